package law

import "testing"

// New text quoted and closed, then an unquoted line of prose: the line
// is no law text, the instruction is refused; an instruction, a part's
// line, the Sénat's unquoted text and a sub-amendment's new text stay
// read.
func TestAmProseAfterQuote28(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le juge statue. Il motive.", "Le maire signe.", "Le clerc note."}}
	runAm27(t, art, []amCase27{
		{name: "prose after the quotation", disp: []string{"Alinéa 2", "Rédiger ainsi cet alinéa :", "« Le juge statue. »", "Il s'agit de préciser le texte."}, err: errAmProseAfterText28},
		{name: "prose after two alinéas", disp: []string{"Après l'alinéa 2, insérer deux alinéas ainsi rédigés :", "« Le greffier lit.", "« Le greffier note. »", "Il s'agit d'une précision."}, err: errAmProseAfterText28},
		{name: "quoted", disp: []string{"Alinéa 2", "Rédiger ainsi cet alinéa :", "« Le juge statue. »"}, want: "Le juge statue. Il motive. | Le juge statue. | Le clerc note."},
		{name: "unquoted, the Sénat's", disp: []string{"Alinéa 2", "Rédiger ainsi cet alinéa :", "Le juge statue.", "Il date."}, want: "Le juge statue. Il motive. | Le juge statue. | Il date. | Le clerc note."},
		{name: "an instruction after", disp: []string{"I. – Alinéa 2", "Rédiger ainsi cet alinéa :", "« Le juge statue. »", "II. – Alinéa 3", "Supprimer cet alinéa."}, want: "Le juge statue. Il motive. | Le juge statue."},
	}, nil)
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	parent := Dispositif{Number: "10", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé. »"}
	wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: "Amendement n° 10\nCompléter cet amendement par un alinéa ainsi rédigé :\n« C est lu. »"}, []string{"A est écrit.", "B est signé.", "C est lu."})
	if got := quoteInserted28([]string{"Rédiger ainsi cet alinéa :", "« B. »"}, []string{"Rédiger ainsi cet alinéa :", "« B. »", "C."}); got[2] != "« C. »" {
		t.Errorf("inserted after the quotation: %q", got)
	}
	if got := quoteInserted28([]string{"I. – Rédiger ainsi cet alinéa :", "« B. »"}, []string{"I. – Rédiger ainsi cet alinéa :", "« B. »", "II. – Supprimer l'alinéa 3."}); got[2] != "II. – Supprimer l'alinéa 3." {
		t.Errorf("an instruction inserted: %q", got)
	}
}
