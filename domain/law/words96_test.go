package law

import "testing"

// TestWords96EverywherePartout: "partout" alone, "est remplacé partout
// par", "est, partout, remplacé par", "… par le mot « B » partout", is
// every occurrence, as "partout où il figure" (it was not understood).
func TestWords96EverywherePartout(t *testing.T) {
	A := []string{"Le juge signe le bail.", "Le maire date le bail."}
	W := []string{"Le juge signe le contrat.", "Le maire date le contrat."}
	runGrammar(t, []grammarCase{
		{name: "est remplacé partout par", before: A, text: []string{"À l'article L. 1 du code civil, le mot « bail » est remplacé partout par le mot « contrat »."}, want: W},
		{name: "after the new words", before: A, text: []string{"À l'article L. 1 du code civil, le mot « bail » est remplacé par le mot « contrat » partout."}, want: W},
		{name: "between commas", before: A, text: []string{"À l'article L. 1 du code civil, le mot « bail » est, partout, remplacé par le mot « contrat »."}, want: W},
		{name: "sont partout remplacés", before: A, text: []string{"À l'article L. 1 du code civil, les mots « le bail » sont partout remplacés par les mots « le contrat »."}, want: W},
	})
	runAmendments(t, []amCase{
		{"remplacer partout", A, "Aux alinéas 1 et 2, remplacer partout le mot : « bail » par le mot : « contrat ».", W},
	})
}

// TestWords96WholeCodeTout: "Dans tout le code civil, …" names the code
// as "Dans l'ensemble du code civil" does — every article of it (the
// code was not read after "tout le": "no target article", though
// docs/LAW.md listed the form as read).
func TestWords96WholeCodeTout(t *testing.T) {
	A := []string{"Le juge signe le bail.", "Le maire date le bail."}
	W := []string{"Le préfet signe le bail.", "Le maire date le bail."}
	B := map[string][]string{"L2": {"Le juge vise."}}
	runGrammar(t, []grammarCase{
		{name: "dans tout le code", before: A, more: B, text: []string{"Dans tout le code civil, le mot « juge » est remplacé par le mot « préfet »."}, want: W},
		{name: "after the operation", before: A, more: B, text: []string{"Le mot « juge » est remplacé par le mot « préfet » dans tout le code civil."}, want: W},
		{name: "dans l'ensemble du code", before: A, more: B, text: []string{"Dans l'ensemble du code civil, le mot « juge » est remplacé par le mot « préfet »."}, want: W},
	})
}

// TestWords96LabelledTwice: new text that numbers two parts of one list
// alike — "Compléter cet article par deux paragraphes ainsi rédigés : «
// IV. – … » « IV. – … »", two "4°", "a), b), a)" — is refused: which
// label the law means is not said (the list held two IV). Items of one
// label under two parts, or after an alinéa that introduces a list of
// its own ("Le cas échéant :"), are two lists and read.
func TestWords96LabelledTwice(t *testing.T) {
	P := []string{"I. – Le juge signe.", "II. – Le maire date.", "III. – Le préfet vise."}
	runAmendments(t, []amCase{
		{"two IV: refused", P, "Compléter cet article par deux paragraphes ainsi rédigés :\n\n« IV. – Le greffier lit.\n\n« IV. – Le greffier date. »", nil},
		{"IV and V", P, "Compléter cet article par deux paragraphes ainsi rédigés :\n\n« IV. – Le greffier lit.\n\n« V. – Le greffier date. »", append(append([]string(nil), P...), "IV. – Le greffier lit.", "V. – Le greffier date.")},
	})
	L := []string{"Le juge :", "1° A ;", "2° B ;", "3° C."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "two 4°: refused", before: L, text: []string{C, "1° Il est ajouté deux alinéas ainsi rédigés :", "« 4° D ;", "« 4° E. »"}},
		{name: "a, b, a: refused", before: []string{"Le juge."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Le juge :", "« a) A ;", "« b) B ;", "« a) C. »"}},
		{name: "1° under two parts", before: []string{"Le juge."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« I. – Le juge :", "« 1° A ;", "« 2° B.", "« II. – Le maire :", "« 1° C ;", "« 2° D. »"},
			want: []string{"I. – Le juge :", "1° A ;", "2° B.", "II. – Le maire :", "1° C ;", "2° D."}},
		{name: "1° after a list's introduction", before: []string{"Le juge."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Le juge :", "« 1° A ;", "« 2° B.", "« Le cas échéant :", "« 1° C ;", "« 2° D. »"},
			want: []string{"Le juge :", "1° A ;", "2° B.", "Le cas échéant :", "1° C ;", "2° D."}},
	})
}
