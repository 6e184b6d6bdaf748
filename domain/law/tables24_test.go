package law

import (
	"errors"
	"strings"
	"testing"
)

// tab24 is a table of two columns, its first row a heading of <td> cells
// (width="2" a number of its markup), "Paris" a first cell and the start
// of another, "Lyon" the start of two.
const tab24 = `<table><tbody><tr><td width="2">Ville</td><td>Taux</td></tr><tr><td>Paris</td><td>2</td></tr><tr><td>Paris nord</td><td>3</td></tr><tr><td>Lyon sud</td><td>2</td></tr><tr><td>Lyon nord</td><td>4</td></tr></tbody></table>`

// art24 is an article whose V introduces tab24.
var art24 = []string{"V. – Le taux est fixé :", tab24, "VI. – Autre taux."}

// place24 is the table's place as a bill names it.
const place24 = "du tableau du V de l'article L. 1 du code civil"

// TestTables24Applied: rows named by their first cell or counted, columns,
// cells, rows deleted and added.
func TestTables24Applied(t *testing.T) {
	rep := func(old, new string) string { return strings.Replace(tab24, old, new, 1) }
	for _, tc := range []struct {
		name string
		text []string
		want string
	}{
		{"a row named by its first cell", []string{"À la ligne « Paris » " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 5 »."},
			rep("<td>Paris</td><td>2</td>", "<td>Paris</td><td>5</td>")},
		{"a row named by words its first cell holds, once", []string{"À la ligne « sud » " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 6 »."},
			rep("<td>Lyon sud</td><td>2</td>", "<td>Lyon sud</td><td>6</td>")},
		{"a row counted from the start: the words in one of the two rows it may be", []string{"Au tableau du V de l'article L. 1 du code civil, à la deuxième ligne, le nombre : « 3 » est remplacé par le nombre : « 7 »."},
			rep("<td>3</td>", "<td>7</td>")},
		{"a cell: a row and a column", []string{"À la ligne « Paris nord » " + place24 + ", dans la deuxième colonne, le nombre : « 3 » est supprimé."},
			rep("<td>3</td>", "<td></td>")},
		{"a cell: a row of a column", []string{"À la deuxième ligne de la deuxième colonne " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 5 »."},
			rep("<td>Paris</td><td>2</td>", "<td>Paris</td><td>5</td>")},
		{"a column named by its heading", []string{"À la colonne « Taux » " + place24 + ", le nombre : « 4 » est remplacé par le nombre : « 8 »."},
			rep("<td>4</td>", "<td>8</td>")},
		{"the last row, its first column", []string{"À la dernière ligne " + place24 + ", dans la première colonne, le mot : « nord » est remplacé par le mot : « est »."},
			rep("Lyon nord", "Lyon est")},
		{"a row named deleted", []string{"La ligne « Lyon sud » " + place24 + " est supprimée."},
			rep("<tr><td>Lyon sud</td><td>2</td></tr>", "")},
		{"a row added at the end", []string{"Le tableau du V de l'article L. 1 du code civil est complété par une ligne ainsi rédigée :", "« <table><tbody><tr><td>Lille</td><td>9</td></tr></tbody></table> »"},
			rep("</tbody>", "<tr><td>Lille</td><td>9</td></tr></tbody>")},
		{"a row inserted after a row named", []string{"Après la ligne « Paris nord » " + place24 + ", est insérée une ligne ainsi rédigée :", "« <table><tbody><tr><td>Marseille</td><td>7</td></tr></tbody></table> »"},
			rep("<tr><td>Lyon sud</td>", "<tr><td>Marseille</td><td>7</td></tr><tr><td>Lyon sud</td>")},
		{"under a head", []string{"Le V de l'article L. 1 du code civil est ainsi modifié :", "1° À la ligne « Paris » du tableau, le nombre : « 2 » est remplacé par le nombre : « 5 » ;", "2° Au tableau, à la ligne « Lyon nord », le nombre : « 4 » est remplacé par le nombre : « 1 »."},
			strings.NewReplacer("<td>Paris</td><td>2</td>", "<td>Paris</td><td>5</td>", "<td>4</td>", "<td>1</td>").Replace(tab24)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, refused, errs := run22(t, art24, tc.text)
			if len(refused) > 0 || len(errs) > 0 {
				t.Fatalf("refused %v, apply %v", refused, errs)
			}
			if len(got) != 3 || got[1] != tc.want || got[0] != art24[0] || got[2] != art24[2] {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// TestTables24Refused: what a row, a column or a cell leaves in doubt,
// refused with its type; the article unchanged.
func TestTables24Refused(t *testing.T) {
	spans := []string{art24[0], `<table><tr><td colspan="2">Villes</td></tr><tr><td>Paris</td><td>2</td></tr></table>`, art24[2]}
	head := []string{art24[0], `<table><thead><tr><th>Ville</th><th>Taux</th></tr></thead><tbody><tr><td>Paris</td><td>2</td></tr></tbody></table>`, art24[2]}
	for _, tc := range []struct {
		name   string
		before []string
		text   []string
		err    error
	}{
		{"a row named by words two first cells hold", art24, []string{"À la ligne « Lyon » " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 5 »."}, errTableRowName24},
		{"a row named by words no first cell holds", art24, []string{"À la ligne « Nice » " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 5 »."}, errTableRowName24},
		{"a row counted from the start, the words in both rows it may be", art24, []string{"À la deuxième ligne " + place24 + ", le mot : « Paris » est remplacé par le mot : « Nice »."}, errTableCellWords24},
		{"words twice in a column", art24, []string{"À la colonne « Taux » " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 5 »."}, errTableCellWords24},
		{"a column named by no heading", art24, []string{"À la colonne « Montant » " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 5 »."}, errTableColName24},
		{"a column past the table's", art24, []string{"À la troisième colonne " + place24 + ", le nombre : « 4 » est remplacé par le nombre : « 5 »."}, errTableRank24},
		{"a row counted from the start deleted", art24, []string{"La deuxième ligne " + place24 + " est supprimée."}, errTableRowStart24},
		{"a row inserted after a row counted from the start", art24, []string{"Après la deuxième ligne " + place24 + ", est insérée une ligne ainsi rédigée :", "« <table><tr><td>Nice</td><td>1</td></tr></table> »"}, errTableRowStart24},
		{"a row of another width", art24, []string{"Le tableau du V de l'article L. 1 du code civil est complété par une ligne ainsi rédigée :", "« <table><tr><td>Nice</td><td>1</td><td>2</td></tr></table> »"}, errTableNewRow24},
		{"two rows for one", art24, []string{"Le tableau du V de l'article L. 1 du code civil est complété par une ligne ainsi rédigée :", "« <table><tr><td>Nice</td><td>1</td></tr><tr><td>Pau</td><td>2</td></tr></table> »"}, errTableNewRow24},
		{"an occurrence ranked over a row's cells", art24, []string{"À la ligne « Paris » " + place24 + ", la seconde occurrence du nombre : « 2 » est remplacée par le nombre : « 5 »."}, errTableOccurrence24},
		{"a row added beside a heading row", head, []string{"Après la ligne « Ville » " + place24 + ", est insérée une ligne ainsi rédigée :", "« <table><tr><td>Nice</td><td>1</td></tr></table> »"}, errTableShape24},
		{"a cell spanning columns", spans, []string{"À la ligne « Paris » " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 5 »."}, errTableShape24},
		{"a row and a row", art24, []string{"À la ligne « Paris » de la deuxième ligne " + place24 + ", le nombre : « 2 » est remplacé par le nombre : « 5 »."}, errTablePart24},
		{"words added at the end of a row", art24, []string{"À la ligne « Paris » " + place24 + ", il est ajouté une phrase ainsi rédigée : « Révisé. »"}, errTablePart24},
		{"a row of the table of an article deleted", art24, []string{"La ligne « Paris » du tableau de l'article L. 1 du code civil est supprimée."}, errTableOfArticle22},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, refused, errs := run22(t, tc.before, tc.text)
			var all []error
			all = append(all, refused...)
			for _, e := range errs {
				all = append(all, e)
			}
			if strings.Join(got, "\n") != strings.Join(tc.before, "\n") {
				t.Fatalf("applied: %q (%v)", got, all)
			}
			if len(all) == 0 {
				t.Fatalf("neither refused nor an apply error")
			}
			if tc.err != nil && !errors.Is(errors.Join(all...), tc.err) {
				t.Errorf("errors %v, want %v", all, tc.err)
			}
		})
	}
}

// TestTables24RowsMoved: a row counted after an earlier edit of the same
// bill article changed the table is refused; a row named is not.
func TestTables24RowsMoved(t *testing.T) {
	head := "L'article L. 1 du code civil est ainsi modifié :"
	del := "1° La ligne « Paris » du tableau du V est supprimée ;"
	without := strings.Replace(tab24, "<tr><td>Paris</td><td>2</td></tr>", "", 1)
	got, _, errs := run22(t, art24, []string{head, del, "2° À la deuxième ligne du tableau du V, le nombre : « 3 » est remplacé par le nombre : « 7 »."})
	if got[1] != without || len(errs) != 1 || !errors.Is(errs[0], errTableRowsMoved24) {
		t.Errorf("counted: %q %v", got, errs)
	}
	got, _, errs = run22(t, art24, []string{head, del, "2° À la ligne « Paris nord » du tableau du V, le nombre : « 3 » est remplacé par le nombre : « 7 »."})
	if want := strings.Replace(without, "<td>3</td>", "<td>7</td>", 1); got[1] != want || len(errs) != 0 {
		t.Errorf("named: %q %v", got, errs)
	}
}

// TestTables24Locator: the instruction rewritten as one on the place of
// the table, the part of the table kept.
func TestTables24Locator(t *testing.T) {
	for _, tc := range []struct {
		body, rest string
		sel        tableSel24
	}{
		{"À la ligne « Paris » du tableau du V de l'article L. 1, dans la deuxième colonne, le mot : « a » est supprimé.", "Au V de l'article L. 1, le mot : « a » est supprimé.", tableSel24{on: true, rowName: "Paris", col: 2}},
		{"Dans la dernière colonne du tableau du second alinéa du II, le mot : « a » est supprimé.", "Au second alinéa du II, le mot : « a » est supprimé.", tableSel24{on: true, col: -1}},
		{"Au tableau, à la colonne « Montant », le mot : « a » est supprimé.", "Le mot : « a » est supprimé.", tableSel24{on: true, colName: "Montant"}},
		{"À la ligne « Paris » du tableau, dans la deuxième colonne, le mot : « a » est supprimé.", "Le mot : « a » est supprimé.", tableSel24{on: true, rowName: "Paris", col: 2}},
	} {
		rest, sel, _, ok, bad := tableLocator24(tc.body)
		if !ok || bad || rest != tc.rest || sel != tc.sel {
			t.Errorf("%q: %q %+v %v %v", tc.body, rest, sel, ok, bad)
		}
	}
	// The rows counted from the end alone stay tables22's.
	for _, body := range []string{"La dernière ligne du tableau du V est supprimée.", "À l'avant-dernière ligne du tableau du V, le mot : « a » est supprimé."} {
		if _, _, _, ok, _ := tableLocator24(body); ok {
			t.Errorf("%q read", body)
		}
	}
}
