package law

import "testing"

// TestGrammarBill5StartAfterArticle: "Au second alinéa de l'article L. 1,
// au début, sont insérés les mots : « A »" puts A at the start of that
// alinéa, "…, à la fin, sont ajoutés …" at its end (with the article
// named, "au début" was dropped: the words went at the end); the verb
// first, "…, sont insérés, au début, les mots : « A »", likewise (it was
// refused).
func TestGrammarBill5StartAfterArticle(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge tranche le litige."}
	loc := "Au second alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "au début", before: A, text: []string{loc + "au début, sont insérés les mots : « En appel, »."}, want: []string{A[0], "En appel, le juge tranche le litige."}},
		{name: "à la fin", before: A, text: []string{loc + "à la fin, sont ajoutés les mots : « sans délai »."}, want: []string{A[0], "Le juge tranche le litige sans délai."}},
		{name: "the verb first", before: A, text: []string{loc + "sont insérés, au début, les mots : « En appel, »."}, want: []string{A[0], "En appel, le juge tranche le litige."}},
		{name: "under a context, the verb first", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au second alinéa, sont insérés, au début, les mots : « En appel, »."}, want: []string{A[0], "En appel, le juge tranche le litige."}},
		{name: "the article alone", before: A, text: []string{"À l'article L. 1 du code civil, au début, sont insérés les mots : « En appel, »."}, want: []string{"En appel, le maire signe.", A[1]}},
	})
}
