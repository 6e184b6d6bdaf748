package law

import (
	"slices"
	"strconv"
	"strings"
)

// composedName is how the amendments composed name amendment i when they
// refuse one after it: its number, or its rank among them when it has
// none (ComposeAmendments) — an empty name would read as no amendment,
// and the rule that an amendment tabled on a text an earlier one replaced
// falls would not hold there.
func composedName(ams []Dispositif, i int) string {
	if n := ams[i].Number; n != "" {
		return n
	}
	return "n° " + strconv.Itoa(i+1) + " in order"
}

// appliedChange is an amendment applied while composing: the article and
// its tags before it, and the alinéas it left.
type appliedChange struct {
	before Article
	tags   []int
	after  []string
	edits  []Edit
	// deleted: it deleted the article (sameDeletion).
	deleted bool
}

// sameChange reports whether a dispositif makes the change an amendment
// applied before it made — the same change written another way, in the
// other chamber's style ("À l'alinéa 3, substituer au mot : « A » le mot
// : « B »." and "Alinéa 3\nRemplacer le mot :\nA\npar le mot :\nB"),
// adopted with it: applied again to the text that amendment left, it
// failed (its words were gone) or applied twice (an alinéa inserted
// twice). It is the same change when its edits are of the same kinds with
// the same words, and it gives, on the text as that amendment found it,
// exactly the text that amendment left; it is then applied once.
func sameChange(done []appliedChange, tabled []string, d string, ref CodeRef) bool {
	if len(done) == 0 {
		return false
	}
	edits, bad := parseDispositif(ref, HTMLToParagraphs(d))
	if len(bad) > 0 || len(edits) == 0 {
		return false
	}
	for _, c := range done {
		if !sameEditWords(edits, c.edits) {
			continue
		}
		r, _ := applyAmendment(c.before, tabled, c.tags, d)
		if r.Applied && (!r.Deleted && !c.deleted && slices.Equal(r.Article.Alineas, c.after) || sameDeletion(r, c)) {
			return true
		}
	}
	return false
}

// sameEditWords reports whether two amendments' edits are, in turn, of
// the same kind with the same words (typography aside).
func sameEditWords(x, y []Edit) bool {
	if len(x) != len(y) {
		return false
	}
	norm := func(s string) string { return strings.TrimSpace(NormalizeTypography(s)) }
	for i := range x {
		a, b := x[i], y[i]
		if a.Kind != b.Kind || norm(a.Old) != norm(b.Old) || norm(a.New) != norm(b.New) || norm(a.Anchor) != norm(b.Anchor) || len(a.Lines) != len(b.Lines) {
			return false
		}
		for k := range a.Lines {
			if norm(a.Lines[k]) != norm(b.Lines[k]) {
				return false
			}
		}
	}
	return true
}
