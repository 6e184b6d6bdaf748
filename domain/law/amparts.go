package law

import (
	"slices"
	"strings"
)

// amThisSentenceAt is a place before or after the sentence a locator
// line names: "Après cette phrase," (group 1: the preposition);
// amSentenceLoc that locator: "À l'alinéa 1, deuxième phrase" (groups:
// the alinéa, the rank).
var (
	amThisSentenceAt = mustRe(`(?i)^(après|avant)\s+cette\s+phrase\s*,`)
	amSentenceLoc    = mustRe(`^À l'(alin[ée]a\s+\d+(?:er)?)\s*,\s*(` + ordWordsAcc + `)\s+phrase$`)
)

// rewriteByLabels shares the new text of several divisions named by
// their labels among them by the labels it begins with: "Rédiger ainsi
// les II et III :" then "II. – …", "III. – …" (and the alinéas of each)
// rewrites the II with the first and the III with the second. Each
// division's text must begin with its own label, in order; else not read.
func rewriteByLabels(scopes []Scope, lines []string) ([]Edit, bool) {
	if len(lines) < len(scopes) {
		return nil, false
	}
	var starts []int
	for _, s := range scopes {
		if len(s.Path) == 0 || s.Sentence != 0 || s.Where != "" {
			return nil, false
		}
		it := s.Path[len(s.Path)-1].Item
		if it == "" {
			return nil, false
		}
		from := 0
		if len(starts) > 0 {
			from = starts[len(starts)-1] + 1
		}
		at := -1
		for i := from; i < len(lines); i++ {
			if lineLabel(lines[i]) == it {
				at = i
				break
			}
		}
		if at < 0 || len(starts) == 0 && at != 0 {
			return nil, false
		}
		starts = append(starts, at)
	}
	var es []Edit
	for k, s := range scopes {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		es = append(es, Edit{Kind: EditRewrite, Scope: s, Lines: lines[starts[k]:end]})
	}
	// From the last, so that the earlier divisions' lengths do not move
	// the later ones.
	slices.Reverse(es)
	return es, true
}

// amNewPart is new parts or items announced after the divisions they
// replace, case kept: "un II ainsi rédigé", "un paragraphe ainsi rédigé",
// "les II et III suivants", "deux paragraphes ainsi rédigés".
var amNewPart = mustRe(`\b(?:(?:un|une)\s+(?:paragraphe|` + amItemName + `)|(?:deux|trois|quatre|cinq)\s+paragraphes|les\s+` + amItemName + `(?:\s*(?:,|et)\s*` + amItemName + `)+)\s+(?:ainsi\s+r[ée]dig[ée]s?|suivants?)\b`)

// amOnePart is one new part or item announced, case kept: "un II ainsi
// rédigé", "un paragraphe ainsi rédigé", "le paragraphe suivant".
var amOnePart = mustRe(`\b(?:(?:un|une)\s+(?:paragraphe|` + amItemName + `)\s+(?:ainsi\s+r[ée]dig[ée]|suivant)|le\s+paragraphe\s+suivant)\b`)

// mergeParts replaces several items or parts of one division, consecutive
// by their labels, with the one new part the head announces: "Substituer
// aux II et III un II ainsi rédigé : « II. – … »" rewrites the II and
// deletes the III (it was refused). New text that begins with each one's
// label is shared among them (rewriteByLabels); else it must begin with
// the first's label and name no other of them. Not read otherwise, nor
// when no single part is announced ("Rédiger ainsi les II et III : « II.
// – … » « … »": the III's label left out, or one part for both? Not
// said).
func mergeParts(scopes []Scope, lines []string) ([]Edit, bool) {
	if len(lines) == 0 {
		return nil, false
	}
	for k, s := range scopes {
		if len(s.Path) == 0 || s.Sentence != 0 || s.Where != "" || s.RangeTo != "" || s.Path[len(s.Path)-1].Item == "" || s.Path[len(s.Path)-1].GoesOn {
			// A range ("les II à IV") goes on past its labels: not read.
			return nil, false
		}
		if k > 0 {
			a, b := scopes[k-1], s
			if a.Ref != b.Ref || len(a.Path) != len(b.Path) || !slices.Equal(a.Path[:len(a.Path)-1], b.Path[:len(b.Path)-1]) {
				return nil, false
			}
			x, y := a.Path[len(a.Path)-1].Item, b.Path[len(b.Path)-1].Item
			if itemKind(x) != itemKind(y) || itemsApart(x, y) || !itemsFollowKnown(x, y) {
				return nil, false
			}
		}
	}
	if es, ok := rewriteByLabels(scopes, lines); ok {
		return es, true
	}
	first := scopes[0].Path[len(scopes[0].Path)-1].Item
	if lineLabel(lines[0]) != first {
		return nil, false
	}
	for _, l := range lines[1:] {
		for _, s := range scopes {
			if lineLabel(l) == s.Path[len(s.Path)-1].Item {
				return nil, false
			}
		}
	}
	var es []Edit
	for i := len(scopes) - 1; i > 0; i-- { // from the last, so the first stays
		es = append(es, Edit{Kind: EditDelete, Scope: scopes[i], NoMark: true})
	}
	return append(es, Edit{Kind: EditRewrite, Scope: scopes[0], Lines: lines}), true
}

// amLineLabel is the label a line of new text begins with: "II. – ",
// "2° ", "b) " (group 1).
var amLineLabel = mustRe(`^[«"“\s]*([IVX]+(?:\s+` + latinOrd + `)?(?:\s*\.\s*[-–—―]|\s+[-–—―])|\d+°(?:\s*` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?\))`)

// lineLabel is the item name of the label a line begins with, or "".
func lineLabel(l string) string {
	m := amLineLabel.FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	lab := strings.TrimRight(m[1], " .-–—)")
	return itemName(lab)
}
