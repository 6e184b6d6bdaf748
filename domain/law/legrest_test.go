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

// TestLegRestItemChain: a chain of three places joined by commas, each
// inside the one before — "Au I, au 2°, au b, …", "À l'article L. 1, au
// I, au 2°, …", "Au I, au 2°, à la première phrase, …" — is the
// innermost place, as two are (it was refused, or read as several
// places); bill or amendment. A link not inside the one before ("Au I, au
// 1°, au 2°") is no chain.
func TestLegRestItemChain(t *testing.T) {
	A := []string{"I. - Le maire agit.", "1° Le maire signe :", "a) Le maire date ;", "b) Le maire note ;", "2° Le maire vote :", "a) Le maire lit ;", "b) Le maire tranche.", "II. - Le maire part."}
	w := append([]string{}, A...)
	w[6] = "b) Le préfet tranche."
	w2 := append([]string{}, A...)
	w2[4] = "2° Le préfet vote :"
	runGrammar(t, []grammarCase{
		{name: "article, then two items", before: A, text: []string{"À l'article L. 1 du code civil, au 2° du I, au b, le mot : « maire » est remplacé par le mot : « préfet »."}, want: w},
		{name: "article, then three items", before: A, text: []string{"À l'article L. 1 du code civil, au I, au 2°, au b, le mot : « maire » est remplacé par le mot : « préfet »."}, want: w},
		{name: "three items under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au I, au 2°, au b, le mot : « maire » est remplacé par le mot : « préfet »."}, want: w},
		{name: "article, then two items, then an alinéa", before: A, text: []string{"À l'article L. 1 du code civil, au I, au 2°, au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}, want: w2},
		{name: "items of one kind: no chain", before: A, text: []string{"À l'article L. 1 du code civil, au I, au 1°, au 2°, au b, le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
	B := []string{"I. - Le maire agit.", "1° Le maire signe. Le maire date.", "2° Le maire vote. Le maire lit.", "II. - Le maire part."}
	wb := append([]string{}, B...)
	wb[2] = "2° Le préfet vote. Le maire lit."
	runAmendments(t, []amCase{
		{"amendment: two items, then a sentence", B, "Au I, au 2°, à la première phrase, substituer au mot : « maire » le mot : « préfet ».", wb},
	})
}
