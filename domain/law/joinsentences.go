package law

import "strings"

// joinsSentences reports whether old words ending a sentence with its
// period, replaced by new ones ending with a semicolon or a comma, join
// that sentence to the next: "Il signe. Il date." with the first period
// replaced by a semicolon reads "Il signe ; il date." — the next
// sentence's first word, a function word, loses its capital as after
// new words put before it (lowerFirstWord); a noun keeps it ("; État").
func joinsSentences(old, nw string) bool {
	o, n := strings.TrimRight(old, " \u00a0"), strings.TrimRight(nw, " \u00a0")
	return strings.HasSuffix(o, ".") && !strings.HasSuffix(o, "..") &&
		(strings.HasSuffix(n, ";") || strings.HasSuffix(n, ","))
}

// lowerAfterJoin gives the text after new words that joined two
// sentences (joined, "" for none) with its first word lowered as
// lowerFirstWord says, its leading spaces kept.
func lowerAfterJoin(rest, joined string) string {
	if joined == "" {
		return rest
	}
	if splitsSentences24(";", joined) {
		return upperAfterSplit24(rest) // words24
	}
	t := strings.TrimLeft(rest, " \u00a0")
	if t == "" {
		return rest
	}
	return rest[:len(rest)-len(t)] + lowerFirstWord(t, joined)
}
