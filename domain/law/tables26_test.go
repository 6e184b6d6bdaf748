package law

import (
	"errors"
	"strings"
	"testing"
)

// row26 is a new row quoted as a bill writes it: a table of one row.
func row26(a, b string) string {
	return "« <table><tbody><tr><td>" + a + "</td><td>" + b + "</td></tr></tbody></table> »"
}

// head26 names the V of the article L. 1, tab24's place.
const head26 = "Le V de l'article L. 1 du code civil est ainsi modifié :"

// TestTables26Applied: rows rewritten, the row forms under a head, and a
// row counted from the start where both counts give one text.
func TestTables26Applied(t *testing.T) {
	rep := func(old, new string) string { return strings.Replace(tab24, old, new, 1) }
	twice := rep("<tr><td>Paris nord</td><td>3</td></tr>", "<tr><td>Paris</td><td>2</td></tr>")
	for _, tc := range []struct {
		name   string
		before string
		text   []string
		want   string
	}{
		{"the last row rewritten", tab24, []string{"La dernière ligne " + place24 + " est ainsi rédigée :", row26("Lyon est", "5")},
			rep("<td>Lyon nord</td><td>4</td>", "<td>Lyon est</td><td>5</td>")},
		{"a row named replaced by a row", tab24, []string{"La ligne « Paris nord » " + place24 + " est remplacée par une ligne ainsi rédigée :", row26("Paris sud", "8")},
			rep("<td>Paris nord</td><td>3</td>", "<td>Paris sud</td><td>8</td>")},
		{"under a head, a row named deleted", tab24, []string{head26, "1° La ligne « Lyon sud » du tableau est supprimée ;"},
			rep("<tr><td>Lyon sud</td><td>2</td></tr>", "")},
		{"under a head, the last row deleted", tab24, []string{head26, "1° La dernière ligne du tableau est supprimée."},
			rep("<tr><td>Lyon nord</td><td>4</td></tr>", "")},
		{"under a head, a row rewritten", tab24, []string{head26, "1° La ligne « Paris » du tableau est ainsi rédigée :", row26("Paris", "6")},
			rep("<td>Paris</td><td>2</td>", "<td>Paris</td><td>6</td>")},
		{"under a head, the table completed by a row", tab24, []string{head26, "1° Le tableau est complété par une ligne ainsi rédigée :", row26("Lille", "9")},
			rep("</tbody>", "<tr><td>Lille</td><td>9</td></tr></tbody>")},
		{"under a head, a row inserted before a row named", tab24, []string{head26, "1° Avant la ligne « Lyon sud » du tableau, est insérée une ligne ainsi rédigée :", row26("Lille", "9")},
			rep("<tr><td>Lyon sud</td>", "<tr><td>Lille</td><td>9</td></tr><tr><td>Lyon sud</td>")},
		{"a row counted from the start deleted, both readings one text", twice, []string{"La deuxième ligne " + place24 + " est supprimée."},
			strings.Replace(twice, "<tr><td>Paris</td><td>2</td></tr>", "", 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := []string{art24[0], tc.before, art24[2]}
			got, refused, errs := run22(t, before, tc.text)
			if len(refused) > 0 || len(errs) > 0 {
				t.Fatalf("refused %v, apply %v", refused, errs)
			}
			if len(got) != 3 || got[1] != tc.want || got[0] != art24[0] || got[2] != art24[2] {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// TestTables26Refused: a row counted from the start whose two readings
// give two texts or one reading alone, a new row of another width, a
// row under a head naming the article; the article unchanged.
func TestTables26Refused(t *testing.T) {
	for _, tc := range []struct {
		name string
		text []string
		err  error
	}{
		{"a row counted from the start rewritten", []string{"La deuxième ligne " + place24 + " est ainsi rédigée :", row26("Nice", "1")}, errTableRowStart24},
		{"a row counted from the start, one reading past the table", []string{"La cinquième ligne " + place24 + " est supprimée."}, errTableRowStart24},
		{"under a head, a row counted from the start deleted", []string{head26, "1° La troisième ligne du tableau est supprimée."}, errTableRowStart24},
		{"under a head, a row inserted after a row counted from the start", []string{head26, "1° Après la deuxième ligne du tableau, est insérée une ligne ainsi rédigée :", row26("Nice", "1")}, errTableRowStart24},
		{"a row rewritten by a row of another width", []string{"La dernière ligne " + place24 + " est ainsi rédigée :", "« <table><tr><td>Nice</td></tr></table> »"}, errTableNewRow24},
		{"a row rewritten by two rows", []string{"La ligne « Paris » " + place24 + " est ainsi rédigée :", "« <table><tr><td>Nice</td><td>1</td></tr><tr><td>Pau</td><td>2</td></tr></table> »"}, errTableNewRow24},
		{"under a head naming the article", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° La ligne « Paris » du tableau est supprimée."}, errTableOfArticle22},
		{"a row named twice", []string{head26, "1° La ligne « Lyon » du tableau est supprimée."}, errTableRowName24},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, refused, errs := run22(t, art24, tc.text)
			var all []error
			all = append(all, refused...)
			for _, e := range errs {
				all = append(all, e)
			}
			if strings.Join(got, "\n") != strings.Join(art24, "\n") {
				t.Fatalf("applied: %q (%v)", got, all)
			}
			if !errors.Is(errors.Join(all...), tc.err) {
				t.Errorf("errors %v, want %v", all, tc.err)
			}
		})
	}
	// Under a head, the last row deleted then the last row rewritten:
	// counted before or after the 1° is not said.
	got, _, errs := run22(t, art24, []string{head26, "1° La dernière ligne du tableau est supprimée ;", "2° La dernière ligne du tableau est ainsi rédigée :", row26("Nice", "1")})
	if want := strings.Replace(tab24, "<tr><td>Lyon nord</td><td>4</td></tr>", "", 1); got[1] != want || len(errs) != 1 || !errors.Is(errs[0], errTableRowsMoved24) {
		t.Errorf("rows moved: %q %v", got, errs)
	}
}

// am26 is a bill article whose alinéa 2 is tab24.
var am26 = Article{Number: "1er", Alineas: []string{"I. – Le taux est fixé :", tab24, "II. – Autre taux."}}

// TestTables26Amendments: the amendments' table wording, both chambers,
// read on the words of a row, a column or a cell; the rest refused.
func TestTables26Amendments(t *testing.T) {
	rep := func(old, new string) string { return strings.Replace(tab24, old, new, 1) }
	for _, tc := range []struct {
		name, disp, want string
	}{
		{"the Sénat's row counted from the start", "Alinéa 2, tableau, deuxième ligne\nRemplacer le nombre :\n3\npar le nombre :\n7", rep("<td>3</td>", "<td>7</td>")},
		{"the Sénat's last column", "Alinéa 2, tableau, dernière colonne\nRemplacer le nombre : 4 par le nombre : 8", rep("<td>4</td>", "<td>8</td>")},
		{"the Sénat's row named", "Alinéa 2, tableau, ligne « Lyon sud »\nRemplacer le nombre : 2 par le nombre : 6", rep("<td>Lyon sud</td><td>2</td>", "<td>Lyon sud</td><td>6</td>")},
		{"the Assemblée's row of the table of an alinéa", "À l'alinéa 2, au tableau, à la ligne « Paris », substituer au nombre : « 2 » le nombre : « 5 ».", rep("<td>Paris</td><td>2</td>", "<td>Paris</td><td>5</td>")},
		{"the Assemblée's cell", "À la deuxième colonne de la ligne « Lyon sud » du tableau de l'alinéa 2, remplacer le nombre : « 2 » par le nombre : « 6 ».", rep("<td>Lyon sud</td><td>2</td>", "<td>Lyon sud</td><td>6</td>")},
		{"the Assemblée's table then its column", "Au tableau de l'alinéa 2, à la colonne « Taux », remplacer le nombre : « 4 » par le nombre : « 1 ».", rep("<td>4</td>", "<td>1</td>")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ApplyAmendment(am26, tc.disp)
			if !r.Applied || len(r.Refusals) > 0 {
				t.Fatalf("not applied: %v %q", r.Refusals, r.Unparsed)
			}
			if got := r.Article.Alineas; len(got) != 3 || got[1] != tc.want || got[0] != am26.Alineas[0] || got[2] != am26.Alineas[2] {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name, disp string
		err        error
	}{
		{"a row deleted", "Alinéa 2, tableau, deuxième ligne\nSupprimer cette ligne.", errAmTablePart26},
		{"a row inserted", "Alinéa 2, tableau, après la ligne « Paris »\nInsérer une ligne ainsi rédigée :\n<table><tr><td>Nice</td><td>1</td></tr></table>", errAmTablePart26},
		{"a row counted from the start, the words in both rows it may be", "Alinéa 2, tableau, deuxième ligne\nRemplacer le mot : Paris par le mot : Nice", errTableCellWords24},
		{"a row named by words two first cells hold", "À l'alinéa 2, au tableau, à la ligne « Lyon », remplacer le nombre : « 2 » par le nombre : « 5 ».", errTableRowName24},
		{"a column past the table's", "Alinéa 2, tableau, troisième colonne\nRemplacer le nombre : 4 par le nombre : 8", errTableRank24},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ApplyAmendment(am26, tc.disp)
			if r.Applied || strings.Join(r.Article.Alineas, "\n") != strings.Join(am26.Alineas, "\n") {
				t.Fatalf("applied: %q", r.Article.Alineas)
			}
			if !errors.Is(errors.Join(r.Refusals...), tc.err) {
				t.Errorf("refusals %v, want %v", r.Refusals, tc.err)
			}
		})
	}
	if !errors.Is(errAmTablePart26, errAmInstructionUnread24) {
		t.Errorf("errAmTablePart26 is no instruction not read")
	}
}

// TestTables26Locator: the forms rewritten on the table's place or the
// head's, the row kept.
func TestTables26Locator(t *testing.T) {
	for _, tc := range []struct {
		body, rest string
		sel        tableSel24
		kind       int
	}{
		{"La dernière ligne du tableau du V est ainsi rédigée :", "Le V est ainsi rédigé :", tableSel24{on: true, row: -1}, tableRowRewrite26},
		{"La ligne « Paris » du tableau est supprimée ;", "Il est supprimé.", tableSel24{on: true, rowName: "Paris"}, tableDelete24},
		{"Le tableau est complété par une ligne ainsi rédigée :", "Il est ainsi rédigé :", tableSel24{on: true, add: true}, tableAdd24},
		{"Après la ligne « Paris » du tableau, est insérée une ligne ainsi rédigée :", "Il est ainsi rédigé :", tableSel24{on: true, rowName: "Paris", add: true}, tableAdd24},
	} {
		rest, sel, kind, ok, bad := tableLocator26(tc.body)
		if !ok || bad || rest != tc.rest || sel != tc.sel || kind != tc.kind {
			t.Errorf("%q: %q %+v %d %v %v", tc.body, rest, sel, kind, ok, bad)
		}
	}
}

// TestTables26QuotedWordsNoTable: words quoted naming a table's row are
// no part of a table named.
func TestTables26QuotedWordsNoTable(t *testing.T) {
	if err := amTableRefusal26("Alinéa 2 Remplacer les mots : « la ligne du tableau » par les mots : « x »"); err != nil {
		t.Errorf("quoted words: %v", err)
	}
	if err := amTableRefusal26("Alinéa 2, tableau, deuxième ligne Supprimer cette ligne."); !errors.Is(err, errAmTablePart26) {
		t.Errorf("a row deleted: %v", err)
	}
}
