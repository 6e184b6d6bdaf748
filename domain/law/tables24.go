package law

import (
	"errors"
	"strings"
)

// Rows, columns and cells of a table (tables24), beside tables22's words
// of a table, a table replaced or deleted, rows counted from the end.
//
// What is read:
//   - a row named by its first cell's words, "À la ligne « Paris » du
//     tableau du V de l'article L. 1, le nombre : « 2 » est remplacé par
//     …", "La ligne « Paris » du tableau du V … est supprimée": the one row
//     whose first cell is those words (else the one whose first cell holds
//     them), found once;
//   - a row counted from the start, "À la deuxième ligne du tableau du …,
//     le mot …": whether the heading row counts is not said (a heading is
//     as often a row of <td> as of <th>), so the row is the second or the
//     third; the words must be found once in the two together. A row
//     counted from the start deleted, or a row inserted after it, is
//     refused: the two readings give two texts;
//   - a column counted from the start or named by its heading cell's
//     words ("la deuxième colonne", "la colonne « Montant »"): the cells of
//     that rank in each row, in a table whose rows have as many cells and
//     no cell spanning columns; with a row, the one cell ("À la ligne
//     « Paris » du tableau du …, dans la deuxième colonne, …", "À la
//     deuxième ligne de la troisième colonne du tableau …");
//   - a row added, "Le tableau du V … est complété par une ligne ainsi
//     rédigée :", "Après la ligne « Paris » du tableau du …, est insérée
//     une ligne ainsi rédigée :", the new row given as a table of one row
//     with as many cells as the table's rows.

// tableSel24 is the part of a table an edit names.
type tableSel24 struct {
	on      bool
	row     int    // rank from the start (> 0), from the end (< 0), or 0
	rowName string // the first cell's words of the row named
	col     int    // rank from the start (> 0), from the end (< 0), or 0
	colName string // the heading cell's words of the column named
	add     bool   // a row added: after the row named, or at the end
	before  bool   // with add: before the row named
}

// The parse-time refusal.
var errTablePart24 = errors.New("a part of a table named in a form not read (a column deleted, a row and a column twice, a cell added): not read")

// Apply-time refusals.
const (
	errTableShape24      = applyErr("a table with a nested table, a cell spanning rows or columns, a footer, or rows of unequal cells: its rows and columns are not certain")
	errTableRowName24    = applyErr("a row named by words no row's first cell holds, or more than one: which row is meant is not said")
	errTableColName24    = applyErr("a column named by words the first row's cells hold other than once: which column is meant is not said")
	errTableRank24       = applyErr("a row or a column counted past the table's: which is meant is not said")
	errTableCellWords24  = applyErr("words found in the cells named other than once: which cell is meant is not said")
	errTableRowStart24   = applyErr("a row counted from the start deleted or added to: whether the heading row counts is not said, and the two readings give two texts")
	errTableNewRow24     = applyErr("a row added by a text that is not one row of as many cells as the table's")
	errTableRowsMoved24  = applyErr("a row counted in a table an earlier edit of the same bill article changed: counted before or after that edit is not said")
	errTableOperation24  = applyErr("an operation on a part of a table other than its words, a row deleted or a row added")
	errTableOccurrence24 = applyErr("an occurrence ranked over several cells of a table: the order of the cells is not said")
)

// selAtom24 is one row or column named: "la deuxième ligne", "l'avant-
// dernière colonne", "la ligne « Paris »", "la colonne « Montant »".
var selAtom24 = `(?:(?:la\s+|l['’])(?:` + ordWordsAcc + `)\s+(?:ligne|colonne)|la\s+(?:ligne|colonne)\s+«\s*[^«»]+?\s*»)`

// prep24 is the preposition before the table's place.
const prep24 = `(du|au|de\s+la|à\s+la|de\s+l['’]|à\s+l['’])`

var (
	// reSel24 reads a selection: one or two atoms, joined by "de",
	// "dans", "à", a comma.
	reSel24  = mustRe(`^(` + selAtom24 + `)(?:\s*,?\s*(?:de|dans|à)\s+(` + selAtom24 + `))?$`)
	reAtom24 = mustRe(`^(?:la\s+|l['’])(?:(` + ordWordsAcc + `)\s+(ligne|colonne)|(ligne|colonne)\s+«\s*([^«»]+?)\s*»)$`)
	// reAt24: "À la ligne « Paris » du tableau du V …, …" (group 2 the
	// selection, 3 the preposition, 4 the place and the operation); the
	// place empty under a head ("À la ligne « Paris » du tableau, …").
	reAt24 = mustRe(`^(\s*)(?:À|A|Dans)\s+(` + selAtom24 + `(?:\s*,?\s*(?:de|dans|à)\s+` + selAtom24 + `)?)\s+du\s+tableau\s*(?:(?:figurant\s+)?` + prep24 + `\s*(\S.*)|,\s*(\S.*))$`)
	// reIn24: "Au tableau du V …, à la ligne « Paris », [dans la
	// deuxième colonne,] le nombre …" (group 2 the preposition, 3 the
	// place, 4 and 5 the selections, 6 the operation), or under a head
	// "Au tableau, à la ligne « Paris », …" (7, 8, 9).
	reIn24 = mustRe(`^(\s*)(?:(?:[AÀ]u|Dans\s+le)\s+tableau\s+(?:(?:figurant|constituant)\s+)?` + prep24 + `\s*([^,«»:;]+?)\s*,\s*(?:à|dans)\s+(` + selAtom24 + `)\s*,\s*(?:(?:à|dans)\s+(` + selAtom24 + `)\s*,\s*)?(\S.*)|(?:[AÀ]u|Dans\s+le)\s+tableau\s*,\s*(?:à|dans)\s+(` + selAtom24 + `)\s*,\s*(?:(?:à|dans)\s+(` + selAtom24 + `)\s*,\s*)?(\S.*))$`)
	// reDeleted24: "La ligne « Paris » du tableau du V … est supprimée".
	reDeleted24 = mustRe(`^(\s*)(?:La\s+|L['’])((?:` + ordWordsAcc + `)\s+ligne|ligne\s+«\s*[^«»]+?\s*»)\s+du\s+tableau\s+(?:figurant\s+)?` + prep24 + `\s*(\S.*?)\s+est\s+supprimée\s*[.;]?\s*$`)
	// reAdded24: "Le tableau du V … est complété par une ligne ainsi
	// rédigée :".
	reAdded24 = mustRe(`^(\s*)Le\s+tableau\s+(?:figurant\s+)?` + prep24 + `\s*(\S.*?)\s+est\s+complété\s+par\s+une\s+ligne\s+ainsi\s+rédigée\s*:\s*$`)
	// reAddedAt24: "Après la ligne « Paris » du tableau du V …, est
	// insérée une ligne ainsi rédigée :" (group 2 after or before, 3
	// the row, 4 the preposition, 5 the place).
	reAddedAt24 = mustRe(`^(\s*)(Après|Avant)\s+((?:la\s+|l['’])(?:` + ordWordsAcc + `)\s+ligne|la\s+ligne\s+«\s*[^«»]+?\s*»)\s+du\s+tableau\s+(?:figurant\s+)?` + prep24 + `\s*(\S.*?)\s*,\s*(?:il\s+)?est\s+insérée\s+une\s+ligne\s+ainsi\s+rédigée\s*:\s*$`)
)

// Kinds of instruction tableLocator24 reads.
const (
	tableWords24 = iota + 1
	tableDelete24
	tableAdd24
)

// addAtom24 adds one atom to sel; false when it names a row (a column)
// twice or is not read.
func addAtom24(sel *tableSel24, atom string) bool {
	m := reAtom24.FindStringSubmatch(strings.TrimSpace(atom))
	if m == nil {
		return false
	}
	rank, name, noun := 0, "", m[2]
	if m[1] != "" {
		rank = ordValue[foldAccents(strings.ToLower(m[1]))]
		if rank == 0 {
			return false
		}
	} else {
		noun, name = m[3], strings.Join(strings.Fields(m[4]), " ")
	}
	if noun == "ligne" {
		if sel.row != 0 || sel.rowName != "" {
			return false
		}
		sel.row, sel.rowName = rank, name
	} else {
		if sel.col != 0 || sel.colName != "" {
			return false
		}
		sel.col, sel.colName = rank, name
	}
	sel.on = true
	return true
}

// readSel24 reads a selection of one or two atoms.
func readSel24(sel *tableSel24, s string) bool {
	m := reSel24.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !addAtom24(sel, m[1]) {
		return false
	}
	return m[2] == "" || addAtom24(sel, m[2])
}

// tableLocator24 rewrites an instruction on a row, a column or a cell of
// a table as one on the place of the table, as tableLocator22 does, the
// part of the table kept in sel. ok is false when the body names none;
// bad when it names one in a form not read.
func tableLocator24(body string) (rest string, sel tableSel24, kind int, ok, bad bool) {
	if m := reDeleted24.FindStringSubmatch(body); m != nil {
		if !addAtom24(&sel, "la "+m[2]) {
			return body, sel, 0, true, true
		}
		if sel.rowName == "" && sel.row < 0 {
			return body, tableSel24{}, 0, false, false // tables22's
		}
		return m[1] + placeAfter22(m[3], m[4], false) + " est supprimé.", sel, tableDelete24, true, false
	}
	if m := reAdded24.FindStringSubmatch(body); m != nil {
		sel.on, sel.add = true, true
		return m[1] + placeAfter22(m[2], m[3], false) + " est ainsi rédigé :", sel, tableAdd24, true, false
	}
	if m := reAddedAt24.FindStringSubmatch(body); m != nil {
		if !addAtom24(&sel, m[3]) {
			return body, sel, 0, true, true
		}
		sel.add, sel.before = true, strings.EqualFold(m[2], "avant")
		return m[1] + placeAfter22(m[4], m[5], false) + " est ainsi rédigé :", sel, tableAdd24, true, false
	}
	if m := reAt24.FindStringSubmatch(body); m != nil {
		if !readSel24(&sel, m[2]) {
			return body, sel, 0, true, true
		}
		var r string
		if m[5] != "" {
			r = m[1] + upperFirst(m[5])
		} else {
			r = m[1] + placeAfter22(m[3], m[4], true)
		}
		// "À la ligne « Paris » du tableau du V, dans la deuxième
		// colonne, …": a second atom after the place; under a head, "À
		// la ligne « Paris » du tableau, dans la deuxième colonne, …".
		if k := reLead24.FindStringSubmatchIndex(r); k != nil && m[5] != "" {
			if !addAtom24(&sel, r[k[2]:k[3]]) {
				return body, sel, 0, true, true
			}
			r = m[1] + upperFirst(r[k[4]:])
		} else if k := reInner24.FindStringSubmatchIndex(r); k != nil {
			if !addAtom24(&sel, r[k[4]:k[5]]) {
				return body, sel, 0, true, true
			}
			r = r[:k[2]] + ", " + r[k[3]:]
		}
		if sel.rowName == "" && sel.col == 0 && sel.colName == "" && sel.row < 0 {
			return body, tableSel24{}, 0, false, false // tables22's
		}
		return r, sel, tableWords24, true, false
	}
	if m := reIn24.FindStringSubmatch(body); m != nil {
		if m[7] != "" {
			if !addAtom24(&sel, m[7]) || m[8] != "" && !addAtom24(&sel, m[8]) {
				return body, sel, 0, true, true
			}
			return m[1] + upperFirst(m[9]), sel, tableWords24, true, false
		}
		if !addAtom24(&sel, m[4]) || m[5] != "" && !addAtom24(&sel, m[5]) {
			return body, sel, 0, true, true
		}
		return m[1] + placeAfter22(m[2], m[3], true) + ", " + m[6], sel, tableWords24, true, false
	}
	return body, sel, 0, false, false
}

// reInner24 is a second atom just after the place: ", dans la deuxième
// colonne, " before the operation (group 1 the atom). The place holds no
// quotation mark, nor a comma.
var reInner24 = mustRe(`^[^,«»:;]*?(,\s*(?:à|dans)\s+(` + selAtom24 + `)\s*,\s*)`)

// reLead24 is an atom that begins the operation under a head ("Dans la
// deuxième colonne, le nombre …"; group 1 the atom, 2 the operation).
var reLead24 = mustRe(`^\s*(?:À|Dans)\s+(` + selAtom24 + `)\s*,\s*(\S.*)$`)

// markTable24 marks the edits of an instruction read by tableLocator24
// as on the part sel of the table of their place; another kind of edit
// refuses it.
func markTable24(in *Instruction, sel tableSel24, kind int) {
	if in.Status != Parsed {
		return
	}
	for i := range in.Edits {
		e := &in.Edits[i]
		ok := false
		switch e.Kind {
		case EditReplaceWords, EditDeleteWords, EditInsertWords:
			ok = kind == tableWords24
		case EditDelete:
			ok = kind == tableDelete24 && sel.col == 0 && sel.colName == ""
		case EditRewrite:
			ok = kind == tableAdd24 || kind == tableRowRewrite26
		}
		if kind != tableWords24 && len(e.Scope.Path) == 0 {
			refuseTyped(in, errTableOfArticle22)
			return
		}
		if !ok || e.Scope.Sentence != 0 || e.Scope.Where != "" || e.Through != "" || e.Scope.Everywhere || e.Scope.RangeTo != "" || len(e.Scope.Division) > 0 {
			refuseTyped(in, errTablePart24)
			return
		}
		e.Scope.table22, e.Scope.table24 = true, sel
	}
}

// reCell24 is one cell of a row (group 1 its content).
var (
	reCell24    = mustRe(`(?is)<t[dh]\b[^>]*>(.*?)</t[dh]\s*>`)
	reColSpan24 = mustRe(`(?i)\bcolspan\b`)
)

// cellText24 is a cell's words: its tags taken out, its spaces one.
func cellText24(c string) string {
	return strings.Join(strings.Fields(reMarkup22.ReplaceAllString(c, " ")), " ")
}

// span24 is a part of the table's text: [lo, hi).
type span24 struct{ lo, hi int }

// cells24 gives the spans of the contents of the cells of the row r
// (offsets in t).
func cells24(t string, r span24) []span24 {
	var out []span24
	for _, m := range reCell24.FindAllStringSubmatchIndex(t[r.lo:r.hi], -1) {
		out = append(out, span24{r.lo + m[2], r.lo + m[3]})
	}
	return out
}

// tableEdit24 applies e to the part of the table t its scope names.
func tableEdit24(t string, e Edit, opt ApplyOptions) (string, error) {
	sel := e.Scope.table24
	if len(reTableTag22.FindAllString(t, -1)) != 1 || reRowSpan22.MatchString(t) || reColSpan24.MatchString(t) {
		return t, errTableShape24
	}
	if g := opt.grp; g != nil && (sel.row != 0 || sel.col != 0) && !g.rowsAsFound22(t) {
		return t, errTableRowsMoved24
	}
	var rows []span24
	for _, m := range reRow22.FindAllStringIndex(t, -1) {
		rows = append(rows, span24{m[0], m[1]})
	}
	if len(rows) == 0 {
		return t, errTableShape24
	}
	width := len(cells24(t, rows[0]))
	for _, r := range rows {
		if len(cells24(t, r)) != width {
			return t, errTableShape24
		}
	}
	// The rows named: one, or two where the heading may count.
	var cand []int
	switch {
	case sel.rowName != "":
		k, err := rowNamed24(t, rows, sel.rowName)
		if err != nil {
			return t, err
		}
		cand = []int{k}
	case sel.row < 0:
		k := len(rows) + sel.row
		if k < 1 {
			return t, errTableRank24
		}
		cand = []int{k}
	case sel.row > 0:
		if sel.row > len(rows) {
			return t, errTableRank24
		}
		cand = []int{sel.row - 1}
		if sel.row < len(rows) {
			cand = append(cand, sel.row)
		}
	}
	if r, done, err := tableStructural26(t, rows, cand, e, opt); done {
		return r, err // rows rewritten, rows counted from the start (tables26.go)
	}
	if sel.add {
		return addRow24(t, rows, cand, sel, e, opt)
	}
	if e.Kind == EditDelete {
		if len(cand) != 1 || sel.row > 0 {
			return t, errTableRowStart24
		}
		r0, r1 := rows[cand[0]].lo, rows[cand[0]].hi
		for r0 > 0 && (t[r0-1] == '\n' || t[r0-1] == ' ') {
			r0--
		}
		return t[:r0] + t[r1:], nil
	}
	switch e.Kind {
	case EditReplaceWords, EditDeleteWords, EditInsertWords:
	default:
		return t, errTableOperation24
	}
	// The column named: one rank, or every cell.
	col := -1
	switch {
	case sel.colName != "":
		col = -2
		for j, c := range cells24(t, rows[0]) {
			if strings.EqualFold(cellText24(t[c.lo:c.hi]), sel.colName) {
				if col != -2 {
					return t, errTableColName24
				}
				col = j
			}
		}
		if col < 0 {
			return t, errTableColName24
		}
	case sel.col > 0:
		col = sel.col - 1
	case sel.col < 0:
		col = width + sel.col
	}
	if col >= width || col < -1 {
		return t, errTableRank24
	}
	if cand == nil {
		for k := range rows {
			cand = append(cand, k)
		}
	}
	var cells []span24
	for _, k := range cand {
		cs := cells24(t, rows[k])
		if col >= 0 {
			cells = append(cells, cs[col])
		} else {
			cells = append(cells, cs...)
		}
	}
	// The words found once in the cells together (an occurrence ranked
	// in one cell only).
	w := firstNonEmpty(e.Old, e.Anchor)
	at, n := -1, 0
	for i, c := range cells {
		if h := findOcc(reMarkup22.ReplaceAllString(t[c.lo:c.hi], mark22), w, nil); len(h) > 0 {
			at, n = i, n+len(h)/2
		}
	}
	ranked := len(e.Occurrences) > 0 || e.Times != 0
	if ranked && len(cells) != 1 {
		return t, errTableOccurrence24
	}
	if !ranked && n != 1 || n == 0 {
		return t, errTableCellWords24
	}
	c := cells[at]
	cell := t[c.lo:c.hi]
	tags := reMarkup22.FindAllString(cell, -1)
	if e.New != "" {
		e.New = typeset([]string{e.New}, opt)[0]
	}
	r, k := wordEdit(reMarkup22.ReplaceAllString(cell, mark22), e, 0)
	back, ok := unmaskTable22(r, tags)
	if k == 0 || !ok {
		return t, errTableCellWords24
	}
	return t[:c.lo] + back + t[c.hi:], nil
}

// rowNamed24 is the row whose first cell is the words name, else the one
// whose first cell holds them; one row, else refused.
func rowNamed24(t string, rows []span24, name string) (int, error) {
	is, holds := -1, -1
	nis, nholds := 0, 0
	for k, r := range rows {
		cs := cells24(t, r)
		if len(cs) == 0 {
			continue
		}
		txt := t[cs[0].lo:cs[0].hi]
		if cellText24(txt) == name {
			is, nis = k, nis+1
		}
		if h := findOcc(reMarkup22.ReplaceAllString(txt, mark22), name, nil); len(h) > 0 {
			holds, nholds = k, nholds+len(h)/2
		}
	}
	switch {
	case nis == 1:
		return is, nil
	case nis == 0 && nholds == 1:
		return holds, nil
	}
	return -1, errTableRowName24
}

// newRow24 is the one row of e's new table, as many cells as the
// table's first row, with no cell spanning rows or columns; else
// errTableNewRow24.
func newRow24(t string, rows []span24, e Edit, opt ApplyOptions) (string, error) {
	if len(e.Lines) != 1 {
		return "", errTableNewRow24
	}
	line := censor(e.Lines, opt)[0]
	nr := reRow22.FindAllString(line, -1)
	if len(nr) != 1 || len(reTableTag22.FindAllString(line, -1)) != 1 || reRowSpan22.MatchString(line) || reColSpan24.MatchString(line) {
		return "", errTableNewRow24
	}
	if len(reCell24.FindAllString(nr[0], -1)) != len(cells24(t, rows[0])) {
		return "", errTableNewRow24
	}
	return nr[0], nil
}

// addRow24 adds the one row of e's new table after (before) the row
// named, or after the last row.
func addRow24(t string, rows []span24, cand []int, sel tableSel24, e Edit, opt ApplyOptions) (string, error) {
	if e.Kind != EditRewrite {
		return t, errTableNewRow24
	}
	row, err := newRow24(t, rows, e, opt)
	if err != nil {
		return t, err
	}
	k := len(rows) - 1
	switch {
	case len(cand) > 1 || sel.row > 0:
		return t, errTableRowStart24
	case len(cand) == 1:
		k = cand[0]
	}
	sep := ""
	if len(rows) > 1 {
		sep = t[rows[len(rows)-2].hi:rows[len(rows)-1].lo]
		if strings.TrimSpace(sep) != "" {
			sep = ""
		}
	}
	if inHead24(t, rows[k].lo) {
		// A row added beside the heading row of a <thead>: in it, or
		// in the body, is not said.
		return t, errTableShape24
	}
	if sel.before {
		at := rows[k].lo
		return t[:at] + row + sep + t[at:], nil
	}
	at := rows[k].hi
	return t[:at] + sep + row + t[at:], nil
}

// inHead24 says the offset at of t lies in a <thead>.
func inHead24(t string, at int) bool {
	low := strings.ToLower(t[:at])
	return strings.LastIndex(low, "<thead") > strings.LastIndex(low, "</thead")
}
