package law

import (
	"errors"
	"strings"
	"testing"
)

// TestCode7LastItemAndTheClosingAlinea: an alinéa that begins a sentence
// after a list's last item ending with a period ("2° Les immeubles.",
// "Un décret fixe les modalités.") is formally the item's — the law
// rewrites it with it ("Le 6° est ainsi rédigé" restating the closing
// alinéa, L. 123-8 of the code rural by loi n° 2010-874) — and mostly
// the article's closing provision. "Le 2° est abrogé" took it with the
// item; it is refused now (itemEndNotSaid), and so is the 2° rewritten
// in fewer alinéas than the item and the alinéas after it; rewritten in
// as many, they go (the law restated them); words are sought in them as
// before. An item with an item of its kind after it, or whose alinéas
// after its first follow a colon or a semicolon ("2° Les immeubles,
// lorsque :", "Ils sont bâtis ;", "Ils sont loués."), keeps them; what
// follows the period of its last is refused the same way.
func TestCode7LastItemAndTheClosingAlinea(t *testing.T) {
	P := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles.", "Un décret fixe les modalités."}
	sub := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles, lorsque :", "Ils sont bâtis ;", "Ils sont loués.", "Un décret fixe les modalités."}
	mid := []string{"Sont exclus :", "1° Les meubles.", "Ils sont saisis.", "2° Les immeubles."}
	runGrammar(t, []grammarCase{
		{name: "rewritten with what follows", before: P, text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° Les navires.", "« Un arrêté fixe les modalités. »"},
			want: []string{P[0], P[1], "2° Les navires.", "Un arrêté fixe les modalités."}},
		{name: "words after it", before: P, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « décret » est remplacé par le mot : « arrêté »."},
			want: []string{P[0], P[1], P[2], "Un arrêté fixe les modalités."}},
		{name: "an item inside the list keeps its alinéas", before: mid, text: []string{"Le 1° de l'article L. 1 du code civil est abrogé."},
			want: []string{mid[0], "1° (Abrogé).", mid[3]}},
	})
	for _, tc := range []struct {
		name   string
		before []string
		text   []string
	}{
		{"repealed", P, []string{"Le 2° de l'article L. 1 du code civil est abrogé."}},
		{"rewritten in one alinéa", P, []string{"Le 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° Les navires. »"}},
		{"repealed, its own list first", sub, []string{"Le 2° de l'article L. 1 du code civil est abrogé."}},
	} {
		ref := CodeRef{Code: "code civil", Article: "l1"}
		c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: tc.before}}
		ins := ParseInstructions([]Article{{Number: "1", Alineas: tc.text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		var why itemEndNotSaid
		if len(errs) != 1 || !errors.As(errs[0], &why) || why.item != "2°" || strings.Join(got[ref].Alineas, "\n") != strings.Join(tc.before, "\n") {
			t.Errorf("%s: want refused (itemEndNotSaid), got %v\n%s", tc.name, errs, strings.Join(got[ref].Alineas, "\n"))
		}
	}
}
