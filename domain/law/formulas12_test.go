package law

import "testing"

// TestGrammarRanksInDigits: ranks written in digits ("au 3e alinéa", "la
// 2ème phrase") are read as in words.
func TestGrammarRanksInDigits(t *testing.T) {
	B := []string{"A.", "B.", "Le maire agit. Il signe."}
	runGrammar(t, []grammarCase{
		{name: "au 3e alinéa", before: B, text: []string{"Au 3e alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"A.", "B.", "Le préfet agit. Il signe."}},
		{name: "la 2ème phrase du 3ème alinéa", before: B, text: []string{"La 2ème phrase du 3ème alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"A.", "B.", "Le maire agit."}},
		{name: "a rank in the quoted words is not read as one", before: B, text: []string{"Au 3e alinéa de l'article L. 1 du code civil, les mots : « 2e alinéa » sont remplacés par les mots : « maire »."}, want: nil},
		{name: "a rank beyond the words read: refused", before: B, text: []string{"Au 30e alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: nil},
	})
}
