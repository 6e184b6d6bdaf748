package law

import (
	"fmt"
	"strconv"
	"strings"
)

// Rows of a table rewritten, rows edited under a head, rows counted from
// the start where both counts agree, and the amendments' table wording
// (tables26), beside tables22's and tables24's forms.
//
// What is read:
//   - a row rewritten, "La dernière ligne (La ligne « Paris ») du tableau
//     du V de l'article L. 1 est ainsi rédigée :" ("est remplacée par une
//     ligne ainsi rédigée :"), the new row the one row of a quoted table
//     of as many cells as the table's rows;
//   - under a head naming the place ("Le V de l'article L. 1 est ainsi
//     modifié :"), the row forms with no place: "1° La ligne « Paris » du
//     tableau est supprimée ;", "2° La dernière ligne du tableau est ainsi
//     rédigée :", "3° Le tableau est complété par une ligne ainsi
//     rédigée :", "4° Après la ligne « Lyon » du tableau, est insérée une
//     ligne ainsi rédigée :";
//   - a row counted from the start deleted, rewritten or added to ("La
//     deuxième ligne du tableau … est supprimée", "Après la troisième
//     ligne …"): the heading row counted or not, the row is one of two;
//     read only where both readings give the same text;
//   - an amendment's table wording, words of a row, a column or a cell of
//     a table the alinéa named is: the Sénat's "Alinéa 2, tableau,
//     deuxième ligne" / "Remplacer le nombre : 3 par le nombre : 5", the
//     Assemblée's "À l'alinéa 2, au tableau, à la ligne « Paris »,
//     remplacer …" and "À la deuxième ligne du tableau de l'alinéa 2,
//     remplacer …", read as tables24 reads a bill's.

// errAmTablePart26 refuses, at parse time, an amendment naming a part of
// a table in a form not read (a row deleted, added or rewritten, a
// table's part with an operation other than on its words).
// It is an instruction not read (errAmInstructionUnread24) too.
var errAmTablePart26 = fmt.Errorf("%w: a part of a table named in a form not read (a row deleted, added or rewritten, an operation other than on its words)", errAmInstructionUnread24)

// tableRowRewrite26 is the kind of a row rewritten (tables24's kinds are
// 1 to 3).
const tableRowRewrite26 = 26

// rowAtom26 is a row named: "deuxième ligne", "ligne « Paris »" (after
// its determiner).
var rowAtom26 = `((?:` + ordWordsAcc + `)\s+ligne|ligne\s+«\s*[^«»]+?\s*»)`

var (
	// reRowRewritten26: "La dernière ligne du tableau du V … est ainsi
	// rédigée :" (group 2 the row, 3 the preposition, 4 the place).
	reRowRewritten26 = mustRe(`^(\s*)(?:La\s+|L['’])` + rowAtom26 + `\s+du\s+tableau\s+(?:figurant\s+)?` + prep24 + `\s*(\S.*?)\s+est\s+(?:ainsi\s+rédigée|remplacée\s+par\s+une\s+ligne\s+ainsi\s+rédigée)\s*:\s*$`)
	// reBareRow26: under a head, "La ligne « Paris » du tableau est
	// supprimée", "… est ainsi rédigée :" (group 2 the row, 3 the verb).
	reBareRow26 = mustRe(`^(\s*)(?:La\s+|L['’])` + rowAtom26 + `\s+du\s+tableau\s+est\s+(supprimée\s*[.;]?|ainsi\s+rédigée\s*:|remplacée\s+par\s+une\s+ligne\s+ainsi\s+rédigée\s*:)\s*$`)
	// reBareAdded26: under a head, "Le tableau est complété par une ligne
	// ainsi rédigée :".
	reBareAdded26 = mustRe(`^(\s*)Le\s+tableau\s+est\s+complété\s+par\s+une\s+ligne\s+ainsi\s+rédigée\s*:\s*$`)
	// reBareAddedAt26: under a head, "Après la ligne « Paris » du
	// tableau, est insérée une ligne ainsi rédigée :" (group 2 after or
	// before, 3 the row).
	reBareAddedAt26 = mustRe(`^(\s*)(Après|Avant)\s+(?:la\s+|l['’])` + rowAtom26 + `\s+du\s+tableau\s*,\s*(?:il\s+)?est\s+insérée\s+une\s+ligne\s+ainsi\s+rédigée\s*:\s*$`)
)

// tableLocator26 rewrites the row forms tables24 does not read as an
// instruction on the place of the table (with a place) or on the head's
// place ("Il est supprimé.", "Il est ainsi rédigé :"), the row kept in
// sel; ok is false when body is none of them, bad when its row is not
// read.
func tableLocator26(body string) (rest string, sel tableSel24, kind int, ok, bad bool) {
	row := func(atom string) bool { return addAtom24(&sel, "la "+atom) }
	if m := reRowRewritten26.FindStringSubmatch(body); m != nil {
		if !row(m[2]) {
			return body, sel, 0, true, true
		}
		return m[1] + placeAfter22(m[3], m[4], false) + " est ainsi rédigé :", sel, tableRowRewrite26, true, false
	}
	if m := reBareRow26.FindStringSubmatch(body); m != nil {
		if !row(m[2]) {
			return body, sel, 0, true, true
		}
		if strings.HasPrefix(m[3], "supprim") {
			return m[1] + "Il est supprimé.", sel, tableDelete24, true, false
		}
		return m[1] + "Il est ainsi rédigé :", sel, tableRowRewrite26, true, false
	}
	if m := reBareAdded26.FindStringSubmatch(body); m != nil {
		sel.on, sel.add = true, true
		return m[1] + "Il est ainsi rédigé :", sel, tableAdd24, true, false
	}
	if m := reBareAddedAt26.FindStringSubmatch(body); m != nil {
		if !row(m[3]) {
			return body, sel, 0, true, true
		}
		sel.add, sel.before = true, m[2] == "Avant"
		return m[1] + "Il est ainsi rédigé :", sel, tableAdd24, true, false
	}
	return body, sel, 0, false, false
}

// tableLocators26 is tableLocator26, else tableLocator24.
func tableLocators26(body string) (string, tableSel24, int, bool, bool) {
	if rest, sel, kind, ok, bad := tableLocator26(body); ok {
		return rest, sel, kind, ok, bad
	}
	return tableLocator24(body)
}

// rowStart26 applies e, a row counted from the start deleted, rewritten
// or added to, where the heading row counted or not gives the same text:
// each reading is the row counted from the end (cand the rows it may
// be). One reading alone (the other past the table), or two texts:
// refused.
func rowStart26(t string, rows []span24, cand []int, e Edit, opt ApplyOptions) (string, error) {
	if len(cand) != 2 {
		return t, errTableRowStart24
	}
	out := ""
	for i, k := range cand {
		f := e
		f.Scope.table24.row = k - len(rows)
		r, err := tableEdit24(t, f, opt)
		if err != nil || i > 0 && r != out {
			return t, errTableRowStart24
		}
		out = r
	}
	return out, nil
}

// rewriteRow26 replaces the row named by the one row of e's new table.
func rewriteRow26(t string, rows []span24, cand []int, e Edit, opt ApplyOptions) (string, error) {
	if len(cand) != 1 {
		return t, errTableOperation24
	}
	row, err := newRow24(t, rows, e, opt)
	if err != nil {
		return t, err
	}
	k := cand[0]
	if inHead24(t, rows[k].lo) {
		return t, errTableShape24
	}
	return t[:rows[k].lo] + row + t[rows[k].hi:], nil
}

// tableStructural26 is tables26's part of tableEdit24 once the rows are
// known: a row counted from the start deleted, rewritten or added to
// (rowStart26), a row rewritten (rewriteRow26). handled is false for
// the other edits.
func tableStructural26(t string, rows []span24, cand []int, e Edit, opt ApplyOptions) (string, bool, error) {
	sel := e.Scope.table24
	if sel.row > 0 && sel.rowName == "" && (sel.add || e.Kind == EditDelete || e.Kind == EditRewrite) {
		r, err := rowStart26(t, rows, cand, e, opt)
		return r, true, err
	}
	if e.Kind == EditRewrite && !sel.add {
		r, err := rewriteRow26(t, rows, cand, e, opt)
		return r, true, err
	}
	return t, false, nil
}

// The amendments' table wording.

// amSelAtom26 is one row or column an amendment names, its determiner
// and preposition optional: "deuxième ligne", "à la ligne « Paris »",
// "dernière colonne".
var amSelAtom26 = `(?:(?:(?:à|dans)\s+)?(?:la\s+|l['’]))?(?:(?:` + ordWordsAcc + `)\s+(?:ligne|colonne)|(?:ligne|colonne)\s+«\s*[^«»]+?\s*»)`

// amSel26 is one or two atoms: "deuxième ligne, troisième colonne",
// "la troisième colonne de la deuxième ligne".
var amSel26 = `(` + amSelAtom26 + `(?:\s*,?\s*(?:de|dans|à)?\s*` + amSelAtom26 + `)?)`

var (
	// reAmTableSenat26: "Alinéa 2, tableau, deuxième ligne" then the
	// verb (group 1 the alinéa, 2 the selection, 3 the rest).
	reAmTableSenat26 = mustRe(`^(?:[ÀA]\s+l['’])?[Aa]linéa\s+(\d+)\s*,\s*(?:au\s+)?tableau\s*,\s*` + amSel26 + `\s*[,:]?\s+(\S.*)$`)
	// reAmTableAt26: "À l'alinéa 2, au tableau, à la ligne « Paris »,
	// remplacer …" (group 1 the alinéa, 2 the selection, 3 the rest).
	reAmTableAt26 = mustRe(`^[ÀA]\s+l['’]alinéa\s+(\d+)\s*,\s*(?:au|dans\s+le)\s+tableau\s*,\s*` + amSel26 + `\s*,\s*(\S.*)$`)
	// reAmTableOf26: "À la deuxième ligne du tableau de l'alinéa 2,
	// remplacer …", "Au tableau de l'alinéa 2, à la deuxième ligne,
	// remplacer …" (groups 1 the selection, 2 the alinéa, 3 the rest;
	// 4, 5, 6 the alinéa, the selection, the rest).
	reAmTableOf26 = mustRe(`^(?:[ÀA]\s+|Dans\s+)` + amSel26 + `\s+du\s+tableau\s+de\s+l['’]alinéa\s+(\d+)\s*,\s*(\S.*)$|^(?:[ÀA]u|Dans\s+le)\s+tableau\s+de\s+l['’]alinéa\s+(\d+)\s*,\s*` + amSel26 + `\s*,\s*(\S.*)$`)
	// reAmSelSplit26 splits a selection into its atoms.
	reAmSelSplit26 = mustRe(`(?:(?:` + ordWordsAcc + `)\s+(?:ligne|colonne)|(?:ligne|colonne)\s+«\s*[^«»]+?\s*»)`)
	// reAmTableNamed26 is an amendment naming a table's row or column
	// at all, folded.
	reAmTableNamed26 = mustRe(`\btableau\b.*\b(?:ligne|colonne)s?\b|\b(?:ligne|colonne)s?\b.*\btableau\b`)
)

// amTableHead26 reads an amendment's head naming a part of a table: the
// alinéa, the part, the rest (the operation). found is false when head
// names none in these forms; ok false when the part is not read.
func amTableHead26(head string) (n int, sel tableSel24, rest string, found, ok bool) {
	var num, part string
	if m := reAmTableSenat26.FindStringSubmatch(head); m != nil {
		num, part, rest = m[1], m[2], m[3]
	} else if m := reAmTableAt26.FindStringSubmatch(head); m != nil {
		num, part, rest = m[1], m[2], m[3]
	} else if m := reAmTableOf26.FindStringSubmatch(head); m != nil {
		if m[2] != "" {
			num, part, rest = m[2], m[1], m[3]
		} else {
			num, part, rest = m[4], m[5], m[6]
		}
	} else {
		return 0, sel, "", false, false
	}
	n, err := strconv.Atoi(num)
	atoms := reAmSelSplit26.FindAllString(part, -1)
	if err != nil || n < 1 || len(atoms) == 0 || len(atoms) > 2 {
		return 0, sel, "", true, false
	}
	for _, a := range atoms {
		if !addAtom24(&sel, "la "+a) {
			return 0, sel, "", true, false
		}
	}
	return n, sel, rest, true, true
}

// amTable26 reads an amendment instruction on the words of a row, a
// column or a cell of the table alinéa n is: the operation read on that
// alinéa, its edits marked as tables24 marks a bill's. handled is false
// when the head names no part of a table in these forms.
func amTable26(ref CodeRef, in amInstr, prev []Edit) (es []Edit, handled, ok bool) {
	n, sel, rest, found, ok := amTableHead26(strings.TrimSpace(in.head))
	if !found {
		return nil, false, false
	}
	if !ok {
		return nil, true, false
	}
	in.head = "À l'alinéa " + strconv.Itoa(n) + ", " + lowerFirst(rest)
	in.under = ""
	es, ok = parseAmInstr(ref, in, prev)
	if !ok || len(es) == 0 {
		return nil, true, false
	}
	for i := range es {
		e := &es[i]
		switch e.Kind {
		case EditReplaceWords, EditDeleteWords, EditInsertWords:
		default:
			return nil, true, false
		}
		p := e.Scope.Path
		if len(p) != 1 || p[0].Alinea != n || !p[0].Numbered || p[0].Count > 1 || p[0].Item != "" || p[0].Dash || e.Scope.Sentence != 0 || e.Scope.Where != "" || e.Through != "" || e.Scope.Everywhere || e.Scope.RangeTo != "" || len(e.Scope.Division) > 0 || len(e.Scope.Within) > 0 {
			return nil, true, false
		}
		e.Scope.table22, e.Scope.table24 = true, sel
	}
	return es, true, true
}

// amTableRefusal26 is the refusal of an amendment instruction not read
// that names a part of a table outside quotation marks: errAmTablePart26,
// else nil.
func amTableRefusal26(head string) error {
	if reAmTableNamed26.MatchString(asciiLower(foldAccents(amQuotedRe.ReplaceAllString(head, "")))) {
		return errAmTablePart26
	}
	return nil
}
