package law

import "testing"

// TestGrammarInsertAtPlace: words inserted with no anchor ("sont insérés
// les mots") go where the locator says — at the start, at the end — and
// nowhere when it says no place.
func TestGrammarInsertAtPlace(t *testing.T) {
	A := []string{"Le maire agit dans la commune.", "Il rend compte."}
	runGrammar(t, []grammarCase{
		{name: "au début, sont insérés les mots", before: A, text: []string{"Au début du premier alinéa de l'article L. 1 du code civil, sont insérés les mots : « Sauf exception, »."}, want: []string{"Sauf exception, le maire agit dans la commune.", A[1]}},
		{name: "à la fin, sont insérés les mots", before: A, text: []string{"À la fin du premier alinéa de l'article L. 1 du code civil, sont insérés les mots : « et le département »."}, want: []string{"Le maire agit dans la commune et le département.", A[1]}},
		{name: "à la fin, est inséré le mot", before: A, text: []string{"À la fin du second alinéa de l'article L. 1 du code civil, est inséré le mot : « annuellement »."}, want: []string{A[0], "Il rend compte annuellement."}},
		{name: "no place said: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, sont insérés les mots : « seul »."}},
		{name: "an anchor still wins", before: A, text: []string{"Au début du premier alinéa de l'article L. 1 du code civil, après le mot : « maire », sont insérés les mots : « seul »."}, want: []string{"Le maire seul agit dans la commune.", A[1]}},
	})
}
