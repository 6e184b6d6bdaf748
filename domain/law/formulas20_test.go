package law

import "testing"

// TestGrammarReplaceParDeuxFois: "est, par deux fois, remplacé par" (and
// "est remplacé par deux fois par") says the count as "est remplacé,
// deux fois, par" does: every occurrence, refused unless the scope holds
// exactly that many.
func TestGrammarReplaceParDeuxFois(t *testing.T) {
	A := []string{"Le maire agit. Il rend compte au maire.", "Le maire signe."}
	runGrammar(t, []grammarCase{
		{name: "est, par deux fois, remplacé", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est, par deux fois, remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit. Il rend compte au préfet.", A[1]}},
		{name: "est remplacé, par deux fois, par", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé, par deux fois, par le mot : « préfet »."}, want: []string{"Le préfet agit. Il rend compte au préfet.", A[1]}},
		{name: "par trois fois where the scope holds two: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est, par trois fois, remplacé par le mot : « préfet »."}},
	})
}
