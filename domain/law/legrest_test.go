package law

import "testing"

// TestLegRestEarlierVersion: a place named as its text stood before
// another law — "dans sa rédaction antérieure à la loi n° …", "dans sa
// version antérieure à l'ordonnance …", "dans sa rédaction en vigueur
// avant …" — is not the text we have: refused (it was edited in the
// current text), and a head in that form refuses its items. Before the
// present law is the current text, read; "dans sa rédaction issue
// (résultant) de …" is the current text as that law wrote it, read; the
// words inside new text are no place.
func TestLegRestEarlierVersion(t *testing.T) {
	A := []string{"Le maire agit."}
	want := []string{"Le préfet agit."}
	runGrammar(t, []grammarCase{
		{name: "rédaction antérieure à la loi n°", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction antérieure à la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "version antérieure, no comma", before: A, text: []string{"À l'article L. 1 du code civil dans sa version antérieure à l'ordonnance n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "rédaction en vigueur avant", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction en vigueur avant la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "a head refuses its items", before: A, text: []string{"Le code civil, dans sa rédaction antérieure à la loi n° 2020-1 du 1er janvier 2020, est ainsi modifié :", "1° À l'article L. 1, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "the place last", before: A, text: []string{"Le mot : « maire » est remplacé par le mot : « préfet » à l'article L. 1 du code civil, dans sa rédaction antérieure à la loi n° 2020-1 du 1er janvier 2020."}},
		{name: "abrogated", before: A, text: []string{"L'article L. 1 du code civil, dans sa rédaction antérieure à la loi n° 2020-1 du 1er janvier 2020, est abrogé."}},
		{name: "antérieure à la présente loi: read", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction antérieure à la présente loi, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "rédaction issue de: read", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction issue de la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "rédaction résultant de: read", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction résultant de la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "inside new words: read", before: A, text: []string{"À l'article L. 1 du code civil, après le mot : « agit », sont insérés les mots : « selon l'article 2 dans sa rédaction antérieure à la loi n° 2020-1 »."}, want: []string{"Le maire agit selon l'article 2 dans sa rédaction antérieure à la loi n° 2020-1."}},
	})
}
