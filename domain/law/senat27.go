package law

import (
	"errors"
	"strings"
)

// errAmTextEndUnclear27: the Sénat's unquoted new text, a list whose
// items go on, followed by a line that opens with the next item's label
// and a verb of the amendments ("2° La nuit ;" then "3° Supprimer le
// soir."), where the amendment's own items run in the same series
// ("1° Après l'alinéa 3" / … / "2° Supprimer l'alinéa 6."): the line is
// the text's next item or the amendment's next instruction — where the
// new text ends is not said.
var errAmTextEndUnclear27 = errors.New("unquoted new text, then an item that goes on its list and the amendment's: where the new text ends is not said")

// Where an unquoted line of new text goes (listGoesOn27).
const (
	listEnds27    = iota // the line ends the new text, as before
	listText27           // the line is the new text's next item
	listUnclear27        // the text's next item or the amendment's: refused
)

// listGoesOn27 reads l, an unquoted line after the unquoted new text of
// the last instruction of out that would end that text (it opens with a
// verb of the amendments or a locator: amStart), when l opens with an
// item's label ("3°", "b)") that goes on the text's list — the text's
// last line an item of that kind ending with " ;", the next label after
// it, or an introduction ending with ":", the first label ("1°", "a)") —
// a list of objectives in the infinitive ("1° Réduire … ;" / "2°
// Supprimer …") is the text's. When the amendment's own lines (paras
// before pi, the new text's lines left out) number their parts in the
// same series and l's label is their next one too, where the text ends
// is not said. A count said in the head ("deux alinéas", "un alinéa")
// says it, as before.
func listGoesOn27(out []amInstr, paras []string, pi int, l string) int {
	if len(out) == 0 || isQuoted(l) || amConsequence.MatchString(l) || ownLocatorLine(l) {
		return listEnds27
	}
	cur := out[len(out)-1]
	if len(cur.payload) == 0 {
		return listEnds27
	}
	if _, said := amCountSaid27(cur.head); said {
		return listEnds27
	}
	last := strings.TrimSpace(cur.payload[len(cur.payload)-1])
	if isQuoted(last) {
		return listEnds27
	}
	tl, lab := itemLevel27(l)
	if lab == "" {
		return listEnds27
	}
	lastLab := itemLabel27(last, tl)
	switch {
	case strings.HasSuffix(last, ";") && lastLab != "" && labelFollows21(lastLab, lab, tl):
	case strings.HasSuffix(last, ":") && (lab == "1" || lab == "a"):
	default:
		return listEnds27
	}
	in := map[string]bool{}
	for _, ins := range out {
		for _, p := range ins.payload {
			in[strings.TrimSpace(p)] = true
		}
	}
	for k := pi - 1; k >= 0; k-- {
		p := strings.TrimSpace(cleanAmendmentLine(paras[k]))
		if p == "" || in[p] {
			continue
		}
		if own := itemLabel27(p, tl); own != "" {
			if labelFollows21(own, lab, tl) {
				return listUnclear27
			}
			break
		}
	}
	return listText27
}

// itemLevel27 is the level (partLabel21's: 3 for "2°", levelSmall for
// "b)") and the label of the item l opens with, "" when none.
func itemLevel27(l string) (int, string) {
	for _, tl := range []int{3, levelSmall} {
		if lab := itemLabel27(l, tl); lab != "" {
			return tl, lab
		}
	}
	return 0, ""
}

// itemLabel27 is the label of the item of level tl l opens with.
func itemLabel27(l string, tl int) string {
	return partLabel21(strings.TrimSpace(l), tl)
}

// amCountSaid27 is the count of new alinéas an amendment's head
// announces ("deux alinéas ainsi rédigés", amAnnounced; one: "un alinéa
// ainsi rédigé", "l'alinéa suivant"); said is false when it says none.
func amCountSaid27(head string) (n int, said bool) {
	low := asciiLower(foldAccents(quoteRe.ReplaceAllString(head, "« »")))
	n, said = announcedCount(amAnnounced, low)
	if !said && reAmOneAnnounced26.MatchString(low) {
		n, said = 1, true
	}
	return n, said
}
