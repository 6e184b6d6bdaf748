package law

import "testing"

// TestGrammarSentencesAdded: sentences added before, after, at the start
// and at the end of an alinéa.
func TestGrammarSentencesAdded(t *testing.T) {
	B := []string{"Le maire agit. Il signe.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "après la première phrase, deux phrases", before: B, text: []string{"Après la première phrase du premier alinéa de l'article L. 1 du code civil, sont insérées deux phrases ainsi rédigées : « Il lit. Il date. »"}, want: []string{"Le maire agit. Il lit. Il date. Il signe.", B[1]}},
		{name: "au début du premier alinéa, une phrase: before its first, never at its end", before: B, text: []string{"Au début du premier alinéa de l'article L. 1 du code civil, est ajoutée une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Il lit. Le maire agit. Il signe.", B[1]}},
		{name: "complété par deux phrases", before: B, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par deux phrases ainsi rédigées : « Il lit. Il date. »"}, want: []string{"Le maire agit. Il signe. Il lit. Il date.", B[1]}},
		{name: "la seconde phrase complétée par les mots", before: B, text: []string{"La seconde phrase du premier alinéa de l'article L. 1 du code civil est complétée par les mots : « et date »."}, want: []string{"Le maire agit. Il signe et date.", B[1]}},
		{name: "avant la dernière phrase, une phrase", before: B, text: []string{"Avant la dernière phrase du premier alinéa de l'article L. 1 du code civil, est insérée une phrase ainsi rédigée : « Il lit. »"}, want: []string{"Le maire agit. Il lit. Il signe.", B[1]}},
		{name: "complété par une phrase on its own line", before: B, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par une phrase ainsi rédigée :", "« Il lit. »"}, want: []string{"Le maire agit. Il signe. Il lit.", B[1]}},
	})
}

func TestGrammarSentenceAtTheStartOfAPart(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "au début du I, une phrase: after its label", before: []string{"I. – Le maire agit.", "II. – B."}, text: []string{"Au début du I de l'article L. 1 du code civil, est ajoutée une phrase ainsi rédigée : « Il lit. »"}, want: []string{"I. – Il lit. Le maire agit.", "II. – B."}},
	})
}
