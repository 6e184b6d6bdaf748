package law

import "testing"

// TestGrammarItemKinds: items and paragraphs of every kind the codes and
// bills number — 1° A inserted before 1°, paragraphs "1." and "A. –",
// tight "II.-", letters with a period.
func TestGrammarItemKinds(t *testing.T) {
	items := []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires."}
	runGrammar(t, []grammarCase{
		{name: "avant le 1°, il est inséré un 1° A", before: items,
			text: []string{"Avant le 1° de l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé :", "« 1° A Les avions ; »"},
			want: []string{"Sont exclus :", "1° A Les avions ;", "1° Les meubles ;", "2° Les navires."}},
		{name: "au 1° A: the item with its capital, never the 1° nor the whole article (TestRefuse83DegreeItemWithCapital)", before: []string{"Sont exclus :", "1° A Les avions ;", "1° Les meubles."},
			text: []string{"Au 1° A de l'article L. 1 du code civil, le mot : « avions » est remplacé par le mot : « fusées »."},
			want: []string{"Sont exclus :", "1° A Les fusées ;", "1° Les meubles."}},
		{name: "paragraphs 1. 2.", before: []string{"1. La réduction est de 10 %.", "2. Elle est plafonnée."},
			text: []string{"Au 2 de l'article L. 1 du code civil, le mot : « plafonnée » est remplacé par le mot : « limitée »."},
			want: []string{"1. La réduction est de 10 %.", "2. Elle est limitée."}},
		{name: "tight I.-", before: []string{"I.-Le maire agit.", "II.-Le préfet signe."},
			text: []string{"Au II de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « vote »."},
			want: []string{"I.-Le maire agit.", "II.-Le préfet vote."}},
		{name: "letter items with a dot", before: []string{"Sont exclus :", "a. Les meubles ;", "b. Les navires."},
			text: []string{"Au b de l'article L. 1 du code civil, le mot : « navires » est remplacé par le mot : « avions »."},
			want: []string{"Sont exclus :", "a. Les meubles ;", "b. Les avions."}},
		{name: "A. B. paragraphs", before: []string{"A. - Le maire agit.", "B. - Le préfet signe."},
			text: []string{"Au B de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « vote »."},
			want: []string{"A. - Le maire agit.", "B. - Le préfet vote."}},
	})
}
