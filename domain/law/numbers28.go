package law

import (
	"slices"
	"strings"
)

// Counts in words past vingt, as the law writes them: "vingt et un
// alinéas" (and "vingt-et-un", the 1990 spelling; "vingt et une
// phrases"), "vingt-deux", "trente", "soixante-dix", "soixante et onze",
// "quatre-vingts", "quatre-vingt-un", "quatre-vingt-dix-neuf". They are
// read wherever a count to vingt is (cardinals, cardinalWords): "sont
// insérés vingt-deux alinéas ainsi rédigés" then twenty-one was put in as
// if the count were said, unchecked ("deux" after a hyphen is no count);
// "les vingt-deux derniers alinéas" was refused.
var cardinalWords = cardinalAlternation28()

// compoundCardinals28 maps each count past vingt, folded, to its value.
var compoundCardinals28 = compoundCardinalValues28()

func init() {
	for w, n := range compoundCardinals28 {
		cardinals[w] = n
	}
}

func compoundCardinalValues28() map[string]int {
	out := frenchCompounds(
		[]string{"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
		[]string{"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"},
		[]string{"un", "une"}, func(tens string) string { return tens }, []string{"quatre-vingts", "quatre-vingt"})
	out["quatre-vingt-une"] = 81
	return out
}

// cardinalAlternation28 is the counts to vingt and past it as one regexp
// alternation, in reverse alphabetical order: a compound before the word
// it begins with ("vingt-deux" before "vingt", "dix-sept" before "dix"),
// and the words of a same beginning side by side.
func cardinalAlternation28() string {
	ws := strings.Split(cardinalWordsTo20_28, "|")
	for w := range compoundCardinalValues28() {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	slices.Reverse(ws)
	return strings.Join(ws, "|")
}

// newSentenceLines28 is the new text an instruction announcing its
// sentences by their count gives: its first edit's, or when that edit has
// none, the one edit that has any. "les deux premières phrases sont
// remplacées par deux phrases ainsi rédigées : « Il dort. »" is a deletion
// of the second sentence and a rewrite of the first: one sentence given
// for two was put in unchecked.
func newSentenceLines28(edits []Edit) []string {
	if len(edits) == 0 {
		return nil
	}
	if len(edits[0].Lines) > 0 {
		return edits[0].Lines
	}
	var lines []string
	for _, e := range edits {
		if len(e.Lines) > 0 {
			if lines != nil {
				return nil
			}
			lines = e.Lines
		}
	}
	return lines
}

// reOrdinalsDash28 is two ranks of alinéas or sentences joined by a dash,
// folded: "les premiere – troisieme phrases", "les deuxieme-quatrieme
// alineas". Range or list is not said (a dash between two numbers,
// typography27): it was read as nothing. A compound rank keeps its
// hyphens ("vingt-deuxieme"): no first part of one is a rank.
var reOrdinalsDash28 = mustRe(`\b(?:` + ordWords + `)\s*` + numberDashes + `\s*(?:` + ordWords + `)\s+(?:alineas|phrases)\b`)

// ordinalsDashJoined28 refuses s (a bill's instruction or an amendment's
// head) naming two ranks of alinéas or sentences joined by a dash, outside
// its quotations, as errDashJoined27 does two numbers.
func ordinalsDashJoined28(s string) error {
	return dashJoined27(asciiLower(foldAccents(s)), reOrdinalsDash28)
}

// hundredth28 is the rank 100, "centième", folded, read as those to
// quatre-vingt-dix-neuvième are ("le centième alinéa" was not read).
// Past it ("cent unième") ranks are still not read.
const hundredth28 = "centieme"
