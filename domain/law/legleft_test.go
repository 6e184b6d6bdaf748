package law

import "testing"

// TestLegLeftDatedVersion: a place named as its text stands on a date —
// "dans sa rédaction en vigueur au 1er janvier 2020", "dans sa version
// applicable à compter du …", "en vigueur à la date de publication de
// l'ordonnance …" — may be another text than the one we have (laws
// before or after that date): refused, and a head so named refuses its
// items (they were edited in the current text). The text in force on the
// date of the present law, or with no date ("dans sa rédaction en
// vigueur"), is the current text: read.
func TestLegLeftDatedVersion(t *testing.T) {
	A := []string{"Le maire agit."}
	want := []string{"Le préfet agit."}
	W := ", le mot : « maire » est remplacé par le mot : « préfet »."
	runGrammar(t, []grammarCase{
		{name: "en vigueur au 1er janvier 2020", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction en vigueur au 1er janvier 2020" + W}},
		{name: "applicable au", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction applicable au 3 mars 2021" + W}},
		{name: "version applicable à compter du", before: A, text: []string{"À l'article L. 1 du code civil, dans sa version applicable à compter du 1er juillet 2030" + W}},
		{name: "en vigueur à la date of another text", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction en vigueur à la date de publication de l'ordonnance n° 2020-1 du 2 janvier 2020" + W}},
		{name: "no comma", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil dans sa rédaction applicable au 1er janvier 2020" + W}},
		{name: "a head refuses its items", before: A, text: []string{"L'article L. 1 du code civil, dans sa rédaction en vigueur au 1er janvier 2020, est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "abrogated", before: A, text: []string{"L'article L. 1 du code civil, dans sa rédaction en vigueur le 1er janvier 2020, est abrogé."}},
		{name: "the date of the present law: read", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction en vigueur à la date de promulgation de la présente loi" + W}, want: want},
		{name: "no date: read", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction en vigueur" + W}, want: want},
		{name: "inside new words: read", before: A, text: []string{"À l'article L. 1 du code civil, après le mot : « agit », sont insérés les mots : « selon l'article 2 dans sa rédaction en vigueur au 1er janvier 2020 »."}, want: []string{"Le maire agit selon l'article 2 dans sa rédaction en vigueur au 1er janvier 2020."}},
	})
}
