package law

import "strings"

// givenFirstLabel is the paragraph number "I. - " that an amendment
// adopted before this one gave the article's first alinéa when it added
// the article's first II (the gage "II. – La perte de recettes … est
// compensée …": numberFirstParagraph), the text as tabled numbering no
// paragraph: that number is not part of the tabled alinéa the amendment
// names. "" when the first alinéa holds no such number, or the article
// as tabled numbered its paragraphs (the number is the text's own).
func givenFirstLabel(al, tabled []string) string {
	if len(al) == 0 {
		return ""
	}
	for _, l := range tabled {
		if _, k := labelOf(l); k == 'r' {
			return ""
		}
	}
	m := billNumber.FindStringSubmatch(al[0])
	if m == nil || m[1] != "I" {
		return ""
	}
	return m[0]
}

// editsFirstAlinea reports whether e, numbered on the article as it now
// stands, deletes or rewrites whole alinéas from the first, or inserts
// alinéas before it ("Supprimer l'alinéa 1", "Rédiger ainsi l'alinéa 1
// :", the Sénat's "Alinéa 1" / "Rédiger ainsi cet alinéa :", "Avant
// l'alinéa 1, insérer …").
func editsFirstAlinea(e Edit) bool {
	if len(e.Scope.Path) == 0 || !e.Scope.Path[0].Numbered || e.Scope.Path[0].Alinea != 1 || e.Scope.Sentence != 0 {
		return false
	}
	switch e.Kind {
	case EditDelete, EditRewrite:
		return len(e.Scope.Path) == 1
	case EditInsertAlineas:
		return len(e.Scope.Path) == 1 && e.Before
	}
	return false
}

// relabelFirst gives the article's first alinéa back the number
// givenFirstLabel took from it before an edit of the first alinéas: the
// I's number stays at the I's start, now the first alinéa the edit left
// (or put there). Where the edit left no alinéa before the next
// paragraph ("II. - …"), the I stands deleted, "I. - (Supprimé)", as a
// bill keeps a deleted paragraph's number (tags gets a 0 for it). New
// text opening with a paragraph's number of its own keeps it.
func relabelFirst(al []string, tags []int, lbl string) ([]string, []int) {
	if len(al) == 0 {
		return al, tags
	}
	al = append([]string(nil), al...)
	if _, k := labelOf(al[0]); k == 'r' {
		if firstParagraph.MatchString(strings.TrimLeft(al[0], "«\" ")) {
			return al, tags
		}
		al = append([]string{lbl + "(Supprimé)"}, al...)
		if tags != nil {
			tags = append([]int{0}, tags...)
		}
		return al, tags
	}
	al[0] = lbl + al[0]
	return al, tags
}
