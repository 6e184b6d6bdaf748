package law

import (
	"fmt"
	"strings"
)

// itemOffItsList refuses an item an amendment adds at the end of a bill
// article, outside the bill's quotation, whose label goes on from or
// repeats an item of the quoted text, the bill's own lines holding no
// item of its kind: "Compléter cet article par l'alinéa suivant : « 3°
// … »" where the quoted list « 1° … » « 2° … » (or « 3° … ») is followed
// by a plain alinéa — the list ends before that alinéa; the item's place
// (in the list, or after the alinéa as a second 3°) is not said (it was
// set after the alinéa, unquoted).
func itemOffItsList(al []string, at int) error {
	if at <= 0 || at >= len(al) || isQuoted(al[at]) {
		return nil
	}
	lab, kind := labelOf(al[at])
	r := latinRank(lab, kind)
	if r == 0 {
		return nil
	}
	found := ""
	for i := 0; i < at; i++ {
		l, k := labelOf(al[i])
		if k != kind {
			continue
		}
		if !isQuoted(al[i]) {
			// A list of the bill's own: rankAmidItems reads it.
			return nil
		}
		if lr := latinRank(l, k); lr <= r && lr >= r-100 {
			// Its own label, or the one before ("2°", "2° bis" before
			// a "3°": ranks count by hundreds).
			found = l
		}
	}
	if found == "" {
		return nil
	}
	return applyKind26(errApplyItemList26, fmt.Sprintf("a new %s at the article's end, after the quoted list that holds %s: in that list or after it is not said", lab, found))
}

// inlineLabelRe is an item's label inside an alinéa, after the colon
// that announces its list or the semicolon that ends the item before
// ("1° L'article L. 1 est ainsi modifié : a) … ; b) … ;"): a letter
// with its parenthesis or a number with its degree (group 1).
var inlineLabelRe = mustRe(`[:;]\s+((?:[a-z]{1,2}(?:\s+` + latinOrd + `)?\)|\d+\s?°(?:\s*` + latinOrd + `)?)\s)`)

// inlineItem is the item named want that an alinéa of [lo, hi) holds
// inside its line, its sub-items written on one line: the line and the
// span [from, to) of the item, from its label to the next item's label.
// Found in no line: itemNotFound. Refused: the label in more than one
// place (two lines, or twice in one), and an item followed on its line by
// a label of a lower division or announcing the labels after it ("b) Le
// II est ainsi modifié : 1° …": its own sub-items, where it ends is not
// said); its dashes ("b) … : – … ; – …") are no labels, and go with it. Labels inside quotations are the quoted text's, never items.
func inlineItem(al []string, lo, hi int, want string) (line, from, to int, err error) {
	line = -1
	for i := lo; i < hi; i++ {
		s := al[i]
		spans := quoteSpans(s)
		var labels [][2]int // start of each label, its kind
		for _, m := range inlineLabelRe.FindAllStringSubmatchIndex(s, -1) {
			if !inSpans(spans, m[2]) {
				_, k := label(s[m[2]:])
				labels = append(labels, [2]int{m[2], int(k)})
			}
		}
		for j, l := range labels {
			if lab, _ := label(s[l[0]:]); lab != want {
				continue
			}
			if line >= 0 {
				return 0, 0, 0, applyKind26(errApplyItemList26, fmt.Sprintf("item %q found twice inside alinéas: which one is meant is not said", want))
			}
			line, from, to = i, l[0], len(s)
			if j+1 < len(labels) {
				next := labels[j+1]
				if byte(next[1]) != byte(l[1]) && !ranksAbove(byte(next[1]), byte(l[1])) {
					return 0, 0, 0, applyKind26(errApplyItemList26, fmt.Sprintf("item %q holds items of its own on its line: where it ends is not said", want))
				}
				to = next[0]
				if strings.HasSuffix(strings.TrimRight(s[:to], " "), ":") {
					// "b) Le II est ainsi modifié : 1° … ; 2° …": the
					// labels after it are its own.
					return 0, 0, 0, applyKind26(errApplyItemList26, fmt.Sprintf("item %q announces items of its own on its line: where it ends is not said", want))
				}
			}
		}
	}
	if line < 0 {
		return 0, 0, 0, itemNotFound{item: want}
	}
	return line, from, len(strings.TrimRight(al[line][:to], " ")), nil
}

// inlineWords applies a word operation ("remplacer le mot : « A » par …",
// "supprimer …", "après le mot : « A », insérer …") to the item want that
// an alinéa of [lo, hi) holds inside its line (inlineItem): the words
// are sought in that item alone, its label kept.
func inlineWords(c Corpus, e Edit, opt ApplyOptions, al []string, lo, hi int, want string) error {
	if e.Kind != EditReplaceWords && e.Kind != EditDeleteWords && e.Kind != EditInsertWords || e.Scope.Sentence != 0 || e.Scope.Where != "" || e.Scope.SentencesToEnd || e.Through != "" {
		return applyKind26(errApplyItemList26, fmt.Sprintf("item %q inside an alinéa: only its words can be edited", want))
	}
	i, from, to, err := inlineItem(al, lo, hi, want)
	if err != nil {
		return err
	}
	seg := al[i][from:to]
	pre := labelPrefix(seg)
	one := e
	one.Scope.Path, one.Scope.Within = nil, nil
	o := opt
	o.grp = nil
	a := c[e.Scope.Ref]
	t := a
	t.Alineas = []string{seg}
	tmp := Corpus{e.Scope.Ref: t}
	if err := applyEdit(tmp, one, o); err != nil {
		return err
	}
	got := tmp[e.Scope.Ref].Alineas
	if len(got) != 1 || pre == "" || !strings.HasPrefix(got[0], pre) {
		return applyKind26(errApplyItemList26, fmt.Sprintf("item %q inside an alinéa: its label edited", want))
	}
	out := append([]string(nil), al...)
	out[i] = al[i][:from] + got[0] + al[i][to:]
	a.Alineas = out
	c[e.Scope.Ref] = a
	return nil
}
