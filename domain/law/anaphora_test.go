package law

import "testing"

// TestGrammarAnaphora: "le même article", "ledit article", "cet
// article", "au même alinéa", "à la même phrase" name the place of the
// instruction before in the same bill article (all were refused); with
// none before, they are refused.
func TestGrammarAnaphora(t *testing.T) {
	A := "L'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "à la même phrase", before: []string{"Le maire agit vite. Il signe."},
			text: []string{A + " est ainsi modifié :", "1° À la première phrase, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° À la même phrase, le mot : « vite » est supprimé."},
			want: []string{"Le préfet agit. Il signe."}},
		{name: "au même alinéa", before: []string{"Le maire agit vite.", "Le maire signe."},
			text: []string{A + " est ainsi modifié :", "1° Au second alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Au même alinéa, le mot : « signe » est remplacé par le mot : « vote »."},
			want: []string{"Le maire agit vite.", "Le préfet vote."}},
		{name: "au même article", before: []string{"Le maire agit."},
			text: []string{"I. - Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. - Le même article est complété par un alinéa ainsi rédigé :", "« Il signe. »"},
			want: []string{"Le préfet agit.", "Il signe."}},
		{name: "le même article est ainsi modifié", before: []string{"Le maire agit.", "B."},
			text: []string{"I. - Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. - Le même article est ainsi modifié :", "1° Le second alinéa est supprimé."},
			want: []string{"Le préfet agit."}},
		{name: "au 1° du même article", before: []string{"Sont :", "1° Le maire ;", "2° Le préfet."},
			text: []string{"I. - L'article L. 1 du code civil est complété par un alinéa ainsi rédigé : « C. »", "II. - Au 1° du même article, le mot : « maire » est remplacé par le mot : « juge »."},
			want: []string{"Sont :", "1° Le juge ;", "2° Le préfet.", "C."}},
		{name: "cet article", before: []string{"Le maire agit."},
			text: []string{A + " est ainsi modifié :", "1° Le premier alinéa de cet article est complété par les mots : « seul »."},
			want: []string{"Le maire agit seul."}},
		{name: "ledit article", before: []string{"Le maire agit."},
			text: []string{"I. - Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. - Ledit article est complété par un alinéa ainsi rédigé :", "« Il signe. »"},
			want: []string{"Le préfet agit.", "Il signe."}},
		{name: "le même article with no article before: refused", before: []string{"Le maire agit."},
			text: []string{"Le même article est complété par un alinéa ainsi rédigé :", "« Il signe. »"},
			want: nil},
	})
}

func TestGrammarAnaphoraWithoutSentence(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{
		"L'article L. 1 du code civil est ainsi modifié :",
		"1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;",
		"2° À la même phrase, le mot : « vite » est supprimé.",
	}}})
	if len(ins) != 3 || ins[1].Status != Parsed || ins[2].Status != Unparsed {
		t.Fatalf("want the 2° refused (the 1° named no sentence): %+v", ins)
	}
}
