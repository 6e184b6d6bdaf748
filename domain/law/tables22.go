package law

import (
	"errors"
	"fmt"
	"strings"
)

// Tables in code articles (tables22). The corpus keeps a table as one
// alinéa, its HTML whole ("<table><tbody><tr><td><p>Usages</p></td>…
// </table>"): ParseCodeArticleMarkdown splits alinéas at blank lines and a
// table holds none. The law counts a table as one alinéa too: in L. 213-10-9
// of the code de l'environnement, "le sixième alinéa du V" is the sixth with
// the table counted (loi n° 2010-874). A bill writes a new table the same
// way, one alinéa of HTML in quotes.
//
// What is read:
//   - words in a table are the words of its cells, never its markup: a
//     word operation never matches inside a tag ("le mot : « tbody »",
//     "le nombre : « 104 »" of width="104"); see maskTable22;
//   - "Au tableau [du second alinéa] [du V] de l'article L. 1, le nombre :
//     « 2 » est remplacé par …": the table as a unit, its words found once in
//     it, else refused (which cell is not said);
//   - "Le tableau du … est remplacé par le tableau suivant :" / "est ainsi
//     rédigé :" with a table as its new text, "Le tableau du … est supprimé".
//
//   - "La dernière ligne du tableau du … est supprimée", "À l'avant-dernière
//     ligne du tableau du …, …": a row counted from the end, where the
//     heading row makes no difference (tableRowEdit22).
//
// Rows counted from the start ("la deuxième ligne du tableau") and columns
// stay refused: whether the heading row counts is not said.

// errTableEdit22 refuses, at parse time, an edit of a table other than its
// words, its replacement or its deletion.
var errTableEdit22 = errors.New("a table edited otherwise than by its words, a new table or its deletion: not read")

// errTableOfArticle22 refuses a table of an article named by the article
// alone, replaced or deleted whole: the article's edits take the article.
var errTableOfArticle22 = errors.New("a table of an article replaced or deleted with no part of the article named: not read")

// Apply-time refusals.
const (
	errTableNotOne22       = applyErr("no table, or more than one, in the place named: which table is meant is not said")
	errTableWordsOnce22    = applyErr("words found in the table other than once: which cell is meant is not said")
	errTableNewNotOne22    = applyErr("a table replaced by a text that is not one table")
	errTableSentence22     = applyErr("a sentence of a table: a table has no sentences")
	errTableEndOfText22    = applyErr("words added at the end of a table, or its end rewritten: a table has no end of text")
	errTableRows22         = applyErr("a row counted from the end of a table that has no such row after its first, a nested table, a cell spanning rows or a footer: which row is meant is not certain")
	errTableRowWordsOnce22 = applyErr("words found in the row other than once: which cell is meant is not said")
	errTableRowsChanged22  = applyErr("a row counted from the end of a table an earlier edit of the same bill article changed: counted before or after that edit is not said")
	errTableSplit22        = applyErr("a table the text holds over several alinéas, where the law counts one: its place or its alinéas' ranks are not certain")
	errTableSpanCells22    = applyErr("words from one to another in a place that holds a table: a span across cells is not said")
)

// reTableTag22 is an alinéa holding a table.
var reTableTag22 = mustRe(`(?i)<table\b`)

// reMarkup22 is one HTML tag.
var reMarkup22 = mustRe(`<[A-Za-z/!][^<>]*>`)

// mark22 stands for a tag while a table's words are edited: no word
// holds it, and it ends a word.
const mark22 = "\uE000"

func isTable22(s string) bool { return reTableTag22.MatchString(s) }

// reMarkupLine22 is an alinéa that begins and ends with a tag: a line of
// a table the corpus holds over several alinéas ("<td width=\"50\">",
// "<p align=\"center\">20 %</p>"); the law's text never begins with one.
var reMarkupLine22 = mustRe(`^\s*<[A-Za-z/!][^<>]*>(?:.*<[A-Za-z/!][^<>]*>)?\s*$`)

// inMarkup22 says the alinéa's tags are no words: it holds a table or is
// a line of one.
func inMarkup22(s string) bool { return isTable22(s) || reMarkupLine22.MatchString(s) }

// splitTables22 gives the tables the corpus holds over several alinéas:
// [start, end) from an alinéa opening a table it does not close to the
// one that closes it (or the end).
func splitTables22(al []string) [][2]int {
	var out [][2]int
	for i := 0; i < len(al); i++ {
		if !isTable22(al[i]) || reTableEnd22.MatchString(al[i]) {
			continue
		}
		j := i + 1
		for j < len(al) && !reTableEnd22.MatchString(al[j]) {
			j++
		}
		if j < len(al) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j - 1
	}
	return out
}

// reTableEnd22 is an alinéa closing a table.
var reTableEnd22 = mustRe(`(?i)</table\s*>`)

// countedOverSplit22 says the place counts alinéas by rank where a table
// held over several alinéas may lie in the count: the law counts the
// table as one, the corpus as many.
func countedOverSplit22(al []string, lo, hi int, e Edit) bool {
	runs := splitTables22(al)
	if len(runs) == 0 {
		return false
	}
	for _, d := range e.Scope.Path {
		if d.Item != "" || d.Alinea == 0 || d.Numbered || d.Dash {
			continue
		}
		for _, r := range runs {
			if d.Alinea > 0 && r[0] < hi || d.Alinea < 0 && r[1] > lo {
				return true
			}
		}
	}
	return false
}

// maskTable22 gives s with each tag replaced by mark22, and the tags in
// order; ok is false when s holds no table and is no line of one (or
// holds mark22 already).
func maskTable22(s string) (masked string, tags []string, ok bool) {
	if !inMarkup22(s) || strings.Contains(s, mark22) {
		return s, nil, false
	}
	tags = reMarkup22.FindAllString(s, -1)
	return reMarkup22.ReplaceAllString(s, mark22), tags, true
}

// unmaskTable22 puts the tags back; ok is false when the marks are not
// as many as the tags (an edit took or added one).
func unmaskTable22(s string, tags []string) (string, bool) {
	if strings.Count(s, mark22) != len(tags) {
		return s, false
	}
	var b strings.Builder
	k := 0
	for {
		i := strings.Index(s, mark22)
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		b.WriteString(tags[k])
		k++
		s = s[i+len(mark22):]
	}
	return b.String(), true
}

// wordsOf22 gives the alinéas as their words are counted: a table's
// markup masked (an occurrence ranked over a division is never one in a
// tag: "la deuxième occurrence du nombre : « 2 »" beside width="2").
func wordsOf22(al []string) []string {
	var out []string
	for i, s := range al {
		if m, _, ok := maskTable22(s); ok {
			if out == nil {
				out = append([]string(nil), al...)
			}
			out[i] = m
		}
	}
	if out == nil {
		return al
	}
	return out
}

// wordEditTable22 is wordEdit on a table's words: its markup masked, so
// that no word is found in a tag. handled is false when s holds no table.
func wordEditTable22(s string, e Edit, only int) (r string, n int, handled bool) {
	masked, tags, ok := maskTable22(s)
	if !ok {
		return s, 0, false
	}
	r, n = wordEdit(masked, e, only)
	back, ok := unmaskTable22(r, tags)
	if !ok {
		return s, 0, true
	}
	return back, n, true
}

// reTableAt22 is "Au tableau du …, " / "Dans le tableau de l'article …, "
// / "Au tableau figurant au …, ": group 1 the preposition, group 2 the
// rest (the place then the operation). A table annexed ("le tableau annexé
// à …") is not matched.
var reTableAt22 = mustRe(`^(\s*)(?:[AÀ]u|Dans\s+le)\s+tableau\s+(?:(?:figurant|constituant)\s+)?(du|au|de\s+la|à\s+la|de\s+l['’]|à\s+l['’])\s*(\S.*)$`)

// reTableHere22 is "Au tableau, …" under a head naming the place.
var reTableHere22 = mustRe(`^(\s*)(?:[AÀ]u|Dans\s+le)\s+tableau\s*,\s*(\S.*)$`)

// reTableWhole22 is "Le tableau du … est remplacé par le tableau suivant
// :", "… est ainsi rédigé :", "… est supprimé.".
var reTableWhole22 = mustRe(`^(\s*)Le\s+tableau\s+(?:figurant\s+)?(du|au|de\s+la|à\s+la|de\s+l['’]|à\s+l['’])\s*(\S.*?)\s+est\s+(remplacé\s+par\s+le\s+tableau\s+suivant\s*:|ainsi\s+rédigé\s*:|supprimé\s*[.;]?)\s*$`)

// placeAfter22 writes the place after its preposition as a locator:
// "du"/"au" + "second alinéa" → "au second alinéa"; "de l'" + "article"
// → "à l'article". head is the article's case ("Au", "Le").
func placeAfter22(prep, rest string, upper bool) string {
	p := strings.ToLower(strings.Join(strings.Fields(prep), " "))
	var lead string
	switch p {
	case "du", "au":
		lead = "au "
		if !upper {
			lead = "le "
		}
	case "de la", "à la":
		lead = "à la "
		if !upper {
			lead = "la "
		}
	default:
		lead = "à l'"
		if !upper {
			lead = "l'"
		}
	}
	return upperFirst(lead) + rest
}

// tableLocator22 rewrites an instruction on a table as one on its place,
// the table marked (markTable22 sets the edits' scopes): "Au tableau du
// second alinéa du V de l'article L. 1, le nombre …" → "Au second alinéa
// du V de l'article L. 1, le nombre …". whole says the form names the
// table whole (replaced, rewritten, deleted).
func tableLocator22(body string) (rest string, whole bool, row int, ok bool) {
	if m := reRowDeleted22.FindStringSubmatch(body); m != nil {
		return m[1] + placeAfter22(m[3], m[4], false) + " est supprimé.", true, rowFromEnd22(m[2]), true
	}
	if m := reRowAt22.FindStringSubmatch(body); m != nil {
		return m[1] + placeAfter22(m[3], m[4], true), false, rowFromEnd22(m[2]), true
	}
	if m := reTableWhole22.FindStringSubmatch(body); m != nil {
		verb := strings.ToLower(m[4])
		tail := " est ainsi rédigé :"
		if strings.HasPrefix(verb, "supprim") {
			tail = " est supprimé."
		}
		return m[1] + placeAfter22(m[2], m[3], false) + tail, true, 0, true
	}
	if m := reTableAt22.FindStringSubmatch(body); m != nil {
		return m[1] + placeAfter22(m[2], m[3], true), false, 0, true
	}
	if m := reTableHere22.FindStringSubmatch(body); m != nil {
		return m[1] + upperFirst(m[2]), false, 0, true
	}
	return body, false, 0, false
}

// rowFromEnd22 is the rank from the end a row's ordinal says.
func rowFromEnd22(ord string) int {
	if strings.HasPrefix(strings.ToLower(ord), "avant") {
		return -2
	}
	return -1
}

// reRowDeleted22 is "La dernière ligne du tableau du … est supprimée",
// "L'avant-dernière ligne …": group 2 the ordinal, 3 the preposition, 4
// the place.
var reRowDeleted22 = mustRe(`^(\s*)(?:La\s+|L['’])(dernière|avant-dernière)\s+ligne\s+du\s+tableau\s+(?:figurant\s+)?(du|au|de\s+la|à\s+la|de\s+l['’]|à\s+l['’])\s*(\S.*?)\s+est\s+supprimée\s*[.;]?\s*$`)

// reRowAt22 is "À la dernière ligne du tableau du …, " then the
// operation.
var reRowAt22 = mustRe(`^(\s*)À\s+(?:la\s+|l['’])(dernière|avant-dernière)\s+ligne\s+du\s+tableau\s+(?:figurant\s+)?(du|au|de\s+la|à\s+la|de\s+l['’]|à\s+l['’])\s*(\S.*)$`)

// reRow22 is one row of a table; reRowSpan22 a cell spanning rows.
var (
	reRow22     = mustRe(`(?is)<tr\b[^>]*>.*?</tr\s*>`)
	reRowSpan22 = mustRe(`(?i)\browspan\b|<tfoot\b`)
)

// tableRowEdit22 edits the row of the table t that e names from the end:
// deleted, or its words edited (found once in the row). The row must not
// be the table's first (a heading or not, the law does not say), the
// table have no nested table, no cell spanning rows and no footer.
func tableRowEdit22(t string, e Edit, opt ApplyOptions) (string, error) {
	if e.Scope.table24.on {
		return tableEdit24(t, e, opt) // a row, a column, a cell (tables24.go)
	}
	if g := opt.grp; g != nil && !g.rowsAsFound22(t) {
		// "1° La dernière ligne du tableau est supprimée ; 2° À la
		// dernière ligne du tableau, …": the last row as the bill article
		// found the table or as the 1° left it is not said.
		return t, errTableRowsChanged22
	}
	if len(reTableTag22.FindAllString(t, -1)) != 1 || reRowSpan22.MatchString(t) {
		return t, errTableRows22
	}
	rows := reRow22.FindAllStringIndex(t, -1)
	k := len(rows) + e.Scope.tableRow22
	if k < 1 {
		return t, errTableRows22
	}
	r0, r1 := rows[k][0], rows[k][1]
	row := t[r0:r1]
	switch e.Kind {
	case EditDelete:
		// The row and the line break before it, as the corpus prints a
		// table's lines apart.
		for r0 > 0 && (t[r0-1] == '\n' || t[r0-1] == ' ') {
			r0--
		}
		return t[:r0] + t[r1:], nil
	case EditReplaceWords, EditDeleteWords, EditInsertWords:
		masked, _, _ := maskTable22(row)
		if len(e.Occurrences) == 0 && e.Times == 0 {
			if hits := findOcc(masked, firstNonEmpty(e.Old, e.Anchor), nil); len(hits) != 2 {
				return t, errTableRowWordsOnce22
			}
		}
		if e.New != "" {
			e.New = typeset([]string{e.New}, opt)[0]
		}
		r, n := wordEdit(row, e, 0)
		if n == 0 {
			return t, applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found in the row", firstNonEmpty(e.Old, e.Anchor)))
		}
		return t[:r0] + r + t[r1:], nil
	}
	return t, errTableRows22
}

// markTable22 marks the edits of an instruction read by tableLocator22
// as on the table of their place; an edit of another kind (or of a
// sentence) refuses it.
func markTable22(in *Instruction, whole bool, row int) {
	if in.Status != Parsed {
		return
	}
	for i := range in.Edits {
		e := &in.Edits[i]
		ok := false
		switch e.Kind {
		case EditReplaceWords, EditDeleteWords, EditInsertWords:
			ok = !whole
		case EditRewrite, EditDelete:
			ok = whole && (row == 0 || e.Kind == EditDelete)
		}
		if whole && len(e.Scope.Path) == 0 {
			// "Le tableau de l'article L. 1 est supprimé" read as "L'article
			// L. 1 est supprimé" took the article whole: a place in it
			// must be named.
			refuseTyped(in, errTableOfArticle22)
			return
		}
		if !ok || e.Scope.Sentence != 0 || e.Scope.Where != "" || e.Through != "" || e.Scope.Everywhere || e.Scope.RangeTo != "" || len(e.Scope.Division) > 0 {
			refuseTyped(in, errTableEdit22)
			return
		}
		e.Scope.table22, e.Scope.tableRow22 = true, row
	}
}

// tableSpan22, at apply time, narrows [lo, hi) (label: the place's) to the table of the place
// for an edit marked table22: the one table in the place, or the table
// the place's one alinéa introduces (it ends with ":" and the table comes
// next) — the law counting the table as an alinéa of its own, "le tableau
// du second alinéa" is read either way, the one table there. The words
// of a word operation must be found once in it, a new table be one table.
// An edit not marked is refused where it would treat a table as text (a
// sentence, words added at its end, a span across cells).
func tableSpan22(al []string, lo, hi int, label string, e Edit) (int, int, string, error) {
	if lo >= 0 && hi <= len(al) && lo < hi && countedOverSplit22(al, lo, hi, e) {
		return lo, hi, label, errTableSplit22
	}
	if !e.Scope.table22 {
		return lo, hi, label, tableGuard22(al, lo, hi, e)
	}
	at := -1
	for i := lo; i < hi; i++ {
		if isTable22(al[i]) {
			if at >= 0 {
				return lo, hi, label, errTableNotOne22
			}
			at = i
		}
	}
	if at < 0 && hi-lo == 1 && hi < len(al) && isTable22(al[hi]) && strings.HasSuffix(strings.TrimSpace(al[lo]), ":") {
		at = hi
	}
	if at < 0 {
		return lo, hi, label, errTableNotOne22
	}
	if !reTableEnd22.MatchString(al[at]) {
		return lo, hi, label, errTableSplit22
	}
	switch e.Kind {
	case EditReplaceWords, EditDeleteWords, EditInsertWords:
		if len(e.Occurrences) == 0 && e.Times == 0 && e.Scope.tableRow22 == 0 && !e.Scope.table24.on {
			masked, _, _ := maskTable22(al[at])
			if hits := findOcc(masked, firstNonEmpty(e.Old, e.Anchor), nil); len(hits) != 2 {
				return lo, hi, label, errTableWordsOnce22
			}
		}
	case EditRewrite:
		if len(e.Lines) != 1 || !isTable22(e.Lines[0]) || !strings.HasSuffix(strings.TrimSpace(strings.TrimRight(e.Lines[0], " »\"")), "</table>") {
			return lo, hi, label, errTableNewNotOne22
		}
	}
	// The table is no labelled part: no "(Abrogé)" left, no label
	// carried over to a new table.
	return at, at + 1, "", nil
}

// tableGuard22 refuses an edit not marked table22 that would treat a
// table in [lo, hi) as text.
func tableGuard22(al []string, lo, hi int, e Edit) error {
	if lo < 0 || hi > len(al) || lo >= hi {
		return nil
	}
	has := false
	for i := lo; i < hi; i++ {
		if isTable22(al[i]) {
			has = true
		}
	}
	if !has {
		return nil
	}
	switch {
	case e.Scope.Sentence != 0 && isTable22(al[pickSentenceAlinea(lo, hi, e.Scope.Sentence)]):
		return errTableSentence22
	case e.Through != "":
		return errTableSpanCells22
	}
	switch e.Kind {
	case EditAppendWords, EditInsertSentences:
		if isTable22(al[hi-1]) {
			return errTableEndOfText22
		}
	case EditRewriteEnd, EditRewriteStart:
		for i := lo; i < hi; i++ {
			if isTable22(al[i]) && (hi-lo == 1 || e.Anchor == "" || strings.Contains(al[i], e.Anchor)) {
				return errTableEndOfText22
			}
		}
	}
	return nil
}

// rowsAsFound22 says the table t is as the bill article found it: the
// group's texts hold it unchanged (a table edited earlier in the group
// has other rows).
func (g *groupState) rowsAsFound22(t string) bool {
	for _, o := range g.orig {
		if o == t {
			return true
		}
	}
	return false
}
