package law

import "testing"

// TestGrammarCompleteWithSentence: words that complete an alinéa and are a
// sentence of their own — a capital first, a period last ("est complété
// par les mots : « Il signe. »", an amendment's "Compléter l'alinéa 1 par
// les mots : « Il signe. »") — go after the alinéa's period; they took its
// place ("Le maire agit Il signe."). Words that complete the sentence
// still go before it, or bring their own punctuation.
func TestGrammarCompleteWithSentence(t *testing.T) {
	A := []string{"Le maire agit.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "a sentence, straight quotes", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : \"Il signe.\"."}, want: []string{"Le maire agit. Il signe.", A[1]}},
		{name: "a sentence, guillemets", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « Il signe. »"}, want: []string{"Le maire agit. Il signe.", A[1]}},
		{name: "words of the sentence", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « et signe »."}, want: []string{"Le maire agit et signe.", A[1]}},
		{name: "words with their own punctuation", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « ; il signe. »"}, want: []string{"Le maire agit ; il signe.", A[1]}},
	})
	runAmendments(t, []amCase{
		{"amendment: a sentence", A, "Compléter l'alinéa 1 par les mots : « Il signe. »", []string{"Le maire agit. Il signe.", A[1]}},
		{"amendment: words", A, "Compléter l'alinéa 1 par les mots : « , puis signe »", []string{"Le maire agit, puis signe.", A[1]}},
	})
}
