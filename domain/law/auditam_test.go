package law

import (
	"strings"
	"testing"
)

// TestAuditAmTableCellsSeparateWords: in an amendment's HTML, a table's
// cells are separate words: "<td>Inférieur ou égal à 50</td><td>0</td>"
// reads "Inférieur ou égal à 50 0". The cell tags were dropped with the
// others and the cells glued, "50" and "0" read "500" (a wrong figure in
// the new text).
func TestAuditAmTableCellsSeparateWords(t *testing.T) {
	for _, tc := range []struct{ html, want string }{
		{"<table><tr><td>Inférieur ou égal à 50</td><td>0</td></tr></table>", "Inférieur ou égal à 50 0"},
		{"<table><tr><th>Taux</th><th>Tarif</th></tr><tr><td>10</td><td>2</td></tr></table>", "Taux Tarif\n10 2"},
		{"<p>Le maire <b>signe</b> le contrat.</p>", "Le maire signe le contrat."},
	} {
		if got := strings.Join(HTMLToParagraphs(tc.html), "\n"); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.html, got, tc.want)
		}
	}
	A := []string{"Le maire signe.", "Le tarif est fixé."}
	runAmendments(t, []amCase{
		{"a one-row table as new text", A, "<p>Alinéa 2</p><p>Rédiger ainsi cet alinéa :</p><table><tr><td>Tarif</td><td>5</td></tr></table>", []string{A[0], "Tarif 5"}},
	})
}

// TestAuditAmRestRemarkAfterLinesRefused: "Rédiger ainsi cet alinéa :"
// then two or more new lines then "(Le reste sans changement)" on its
// own line (the Sénat's first rows of a table, the rest of the table
// kept): the lines are the beginning of what the alinéa holds and the
// rest of it stays, but where that rest begins is not said. Refused (the
// remark was dropped and the whole alinéa rewritten with the lines: the
// table's other rows were lost). After one new line the remark changes
// nothing, as before; after "le début de cet alinéa" it ends the new
// beginning, as before.
func TestAuditAmRestRemarkAfterLinesRefused(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le préfet date. Le juge lit. Le greffier note.", "II. – Le contrat est conservé."}
	runAmendments(t, []amCase{
		{"two lines then the remark: refused", A, "Alinéa 2\nRédiger ainsi cet alinéa :\nLe préfet signe.\nLe juge note.\n(Le reste sans changement).", nil},
		{"three lines then the remark: refused", A, "Alinéa 2\nRédiger ainsi cet alinéa :\nTaux\nInférieur à 50 0\nSupérieur à 50 2\n(Le reste sans changement).", nil},
		{"one line then the remark: read", A, "Alinéa 2\nRédiger ainsi cet alinéa :\nLe préfet signe.\n(Le reste sans changement).", []string{A[0], "Le préfet signe.", A[2]}},
		{"two lines, no remark: read", A, "Alinéa 2\nRédiger ainsi cet alinéa :\nLe préfet signe.\nLe juge note.", []string{A[0], "Le préfet signe.", "Le juge note.", A[2]}},
	})
}

// TestAuditAmIntroductionsDeletedApart: "Alinéas 2 et 4" / "Supprimer
// ces alinéas" where 2 is "II. – Il est ajouté un article 3 ainsi
// rédigé :", 3 its quoted article and 4 the next such line: the
// introductions are named apart and the text between them skipped, so
// whether that text goes with its introduction (as one introduction
// deleted alone takes it) or stays is not said. Refused (the texts went
// with their introductions, where the adopted text kept them). One
// introduction deleted alone still takes its text; a range naming the
// text too is read.
func TestAuditAmIntroductionsDeletedApart(t *testing.T) {
	A := []string{
		"I. – L'article 1 est ainsi rédigé :",
		"« Art. 1. – Le maire signe. »",
		"II. – Il est ajouté un article 2 ainsi rédigé :",
		"« Art. 2. – Le préfet date. »",
		"III. – Il est ajouté un article 3 ainsi rédigé :",
		"« Art. 3. – Le juge lit. »",
	}
	runAmendments(t, []amCase{
		{"two introductions named apart: refused", A, "Alinéas 3 et 5\nSupprimer ces alinéas.", nil},
		{"indicative list: refused", A, "Supprimer les alinéas 3 et 5.", nil},
		{"one introduction alone: takes its text", A, "Supprimer l'alinéa 3.", []string{A[0], A[1], "II. – (Supprimé)", A[4], A[5]}},
	})
}

// TestAuditAmNewItemAfterQuotedItems: items inserted after the same
// alinéa by amendments composed take their ranks among the items the
// earlier ones inserted, but the lines an inserted item quotes are its
// text, not items of the bill's list: "Après l'alinéa 2, insérer un 1° ter
// ainsi rédigé" adopted after "Après l'alinéa 2, insérer les alinéas
// suivants : « 1° bis Il est ajouté deux alinéas ainsi rédigés : » « 1° le
// maire ; » « 2° le préfet. »" goes after that quotation. The quoted
// "« 2° le préfet. »" ranked after the 1° ter and the 1° ter went inside
// the quotation, between its 1° and 2°.
func TestAuditAmNewItemAfterQuotedItems(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"I. – L'article 1 est ainsi modifié :", "1° Le premier alinéa est supprimé ;", "2° Le second alinéa est supprimé."}}
	bis := Dispositif{Number: "1", Text: "Après l'alinéa 2, insérer les alinéas suivants :\n« 1° bis Il est ajouté deux alinéas ainsi rédigés :\n« 1° le maire ;\n« 2° le préfet. »"}
	ter := Dispositif{Number: "2", Text: "Après l'alinéa 2, insérer un 1° ter ainsi rédigé :\n« 1° ter Il est ajouté un alinéa ainsi rédigé :\n« Le juge lit. »"}
	got, rs := ComposeNumbered(a, []Dispositif{bis, ter})
	for i, r := range rs {
		if !r.Applied {
			t.Fatalf("amendment %d refused: %q", i, r.Unparsed)
		}
	}
	at := map[string]int{}
	for i, l := range got.Alineas {
		switch {
		case strings.HasPrefix(l, "« 2° le préfet"):
			at["2°"] = i
		case strings.HasPrefix(l, "1° ter"):
			at["1° ter"] = i
		case strings.HasPrefix(l, "2° Le second"):
			at["bill 2°"] = i
		}
	}
	if len(at) != 3 || !(at["2°"] < at["1° ter"] && at["1° ter"] < at["bill 2°"]) {
		t.Errorf("the 1° ter not after the 1° bis's quotation:\n%s", strings.Join(got.Alineas, "\n"))
	}
	// Unquoted items inserted before still take their ranks: a 1° bis
	// adopted after a 1° quater goes before it.
	quater := Dispositif{Number: "1", Text: "Après l'alinéa 2, insérer un 1° quater ainsi rédigé :\n« 1° quater Le troisième alinéa est supprimé ; »"}
	bis2 := Dispositif{Number: "2", Text: "Après l'alinéa 2, insérer un 1° bis ainsi rédigé :\n« 1° bis Le quatrième alinéa est supprimé ; »"}
	got, _ = ComposeNumbered(a, []Dispositif{quater, bis2})
	if len(got.Alineas) != 5 || !strings.HasPrefix(got.Alineas[2], "1° bis") || !strings.HasPrefix(got.Alineas[3], "1° quater") {
		t.Errorf("1° bis not before the 1° quater:\n%s", strings.Join(got.Alineas, "\n"))
	}
}

// TestAuditAmEndClosedByQuotedWords: an alinéa of a bill's quoted text
// that ends with quoted words ("\"Le maire coche \"oui\" ou \"non\".",
// the quotation going on in the next alinéa) has its last mark closing
// those words, not the quotation: five straight marks (more « than » in
// the guillemets' case). "Après les mots : « Le maire », rédiger ainsi la
// fin de cet alinéa : « signe. »" then takes no closing mark of the old
// end; it kept "\"." and gave "\"Le maire signe.\"." (a stray mark and
// period). A final mark that closes the quotation is still kept.
func TestAuditAmEndClosedByQuotedWords(t *testing.T) {
	B := []string{"I. – L'article 1 est ainsi rédigé :", "\"Le maire coche \"oui\" ou \"non\".", "\"Le préfet date.\""}
	G := []string{"I. – L'article 1 est ainsi rédigé :", "« Le maire coche « oui » ou « non ».", "« Le préfet date. »"}
	runAmendments(t, []amCase{
		{"straight marks: the inner one", B, "Alinéa 2\nAprès les mots :\nLe maire\nrédiger ainsi la fin de cet alinéa :\nsigne le registre.", []string{B[0], "\"Le maire signe le registre.", B[2]}},
		{"guillemets: the inner one", G, "Alinéa 2\nAprès les mots :\nLe maire\nrédiger ainsi la fin de cet alinéa :\nsigne le registre.", []string{G[0], "« Le maire signe le registre.", G[2]}},
		{"the quotation's closing mark kept", B, "Alinéa 3\nAprès les mots :\nLe préfet\nrédiger ainsi la fin de cet alinéa :\nsigne.", []string{B[0], B[1], "\"Le préfet signe.\""}},
	})
}

// TestAuditAmInsertedTextClosingItsQuotation: alinéas inserted after the
// last alinéa of a bill's quoted text continue that quotation and take its
// closing mark — unless the new text closes it itself: "Après l'alinéa 2,
// insérer les deux alinéas suivants : « Il le date. » « Il le signe. » »"
// leaves "Il le signe. »" once the amendment's own marks are gone, a
// closing mark nothing opens. The block's mark was added after it
// ("signe. »\"", two closing marks); now the new text keeps its own.
func TestAuditAmInsertedTextClosingItsQuotation(t *testing.T) {
	A := []string{"I. – L'article 1 est ainsi rédigé :", "\"Art. 1. - Le maire signe.\"", "II. – Le préfet date."}
	runAmendments(t, []amCase{
		{"the new text closes the quotation", A, "Après l'alinéa 2, insérer les deux alinéas suivants :\n« Le greffier le date.\n« Le juge le signe. » »", []string{A[0], "\"Art. 1. - Le maire signe.", "\"Le greffier le date.", "\"Le juge le signe. »", A[2]}},
		{"it does not: the block's mark moves", A, "Après l'alinéa 2, insérer les deux alinéas suivants :\n« Le greffier le date.\n« Le juge le signe. »", []string{A[0], "\"Art. 1. - Le maire signe.", "\"Le greffier le date.", "\"Le juge le signe.\"", A[2]}},
		{"closed by a straight mark", A, "Après l'alinéa 2, insérer les deux alinéas suivants :\n\"Le greffier le date.\n\"Le juge le signe.\" »", []string{A[0], "\"Art. 1. - Le maire signe.", "\"Le greffier le date.", "\"Le juge le signe.\"", A[2]}},
		{"closed by a curly mark", A, "Après l'alinéa 2, insérer les deux alinéas suivants :\n“Le greffier le date.\n“Le juge le signe.” »", []string{A[0], "\"Art. 1. - Le maire signe.", "\"Le greffier le date.", "\"Le juge le signe.”", A[2]}},
	})
}
