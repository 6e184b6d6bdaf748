package law

import (
	"fmt"
	"strings"
)

// reKindNamed is a rewrite naming the label of its new division: "est
// remplacé par un a (des 1° et 2°, un III) ainsi rédigé" (lowered, without
// accents, as the instruction is read).
var reKindNamed = mustRe(`(?:est|sont)\s+remplace(?:e|s|es)?\s+par\s+(?:un|une|des|` + cardinalWords + `|\d+)\s+(?:\d+°|[ivx]+\b|[a-z]\b)`)

// markKindNamed marks the rewrites of an instruction that names the
// label of its new division (Edit.kindNamed): a bill's (reKindNamed) or
// an amendment's (amKindNamed) wording, as named matches it.
func markKindNamed(named *lre, edits []Edit, s string) []Edit {
	if !named.MatchString(s) {
		return edits
	}
	for i := range edits {
		if edits[i].Kind == EditRewrite {
			edits[i].kindNamed = true
		}
	}
	return edits
}

// rewriteKeepsKind refuses an item rewritten ("Le a du II est ainsi
// rédigé", "Rédiger ainsi le 1°") by a text whose label is of another
// kind than the item's: "« A. – … »" for a letter a), "« a) … »" for a
// 1°. A rewrite keeps the part's kind; which division the law means —
// the a), or a new part A of the II — is not said (the A took the a's
// place in the list of letters). Naming the new kind says it: "Le a est
// remplacé par un A ainsi rédigé" (kindNamed).
func rewriteKeepsKind(al []string, lo int, e Edit, lines []string) error {
	n := len(e.Scope.Path)
	if e.kindNamed || n == 0 || e.Scope.Path[n-1].Item == "" || e.Scope.Path[n-1].Alinea != 0 || len(lines) == 0 || lo < 0 || lo >= len(al) {
		return nil
	}
	_, kNew := labelOf(lines[0])
	_, kOld := labelOf(al[lo])
	if kNew == 0 || kOld == 0 || kNew == kOld {
		return nil
	}
	return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q rewritten under a label of another kind: %q", e.Scope.Path[n-1].Item, strings.TrimSpace(labelPrefix(strings.TrimLeft(lines[0], "«\" ")))))
}

// amKindNamed is an amendment's "Remplacer le a du II par un A ainsi
// rédigé" (lowered, without accents): the new division's label named.
var amKindNamed = mustRe(`\spar\s+(?:un|une|des|` + cardinalWords + `|\d+)\s+(?:\d+°|[ivx]+\b|[a-z]\b)`)

// oneAlineaStep reports whether the rest of a path is one alinéa step
// ("le second alinéa", "les deux premiers alinéas").
func oneAlineaStep(rest []Division) bool {
	return len(rest) == 1 && rest[0].Item == "" && rest[0].Alinea != 0 && !rest[0].Dash && rest[0].Proposed == ""
}

// innerAlinea is resolve's answer for alinéas of an inner part — one that
// begins on its parent's line, "I. – 1. Le contribuable …" as the codes
// print the first item of a paragraph — that take in that line: the
// alinéas [lo, hi), whose words may be edited and after which alinéas
// may go (innerPart, as the last of the path); the line itself, which
// carries the I's label too, is not rewritten under another label nor
// deleted. Alinéas after that line are found as any item's ("Au second
// alinéa du 1 du I": it was refused, the 1 only found as a whole).
func innerAlinea(item string, lo, hi int) error {
	return innerPart{item: item, lo: lo, hi: hi, last: true}
}
