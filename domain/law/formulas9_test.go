package law

import "testing"

// TestGrammarSubjectAfterLocator: a division named as the subject after
// the locator ("Au II de l'article L. 1, le second alinéa est supprimé")
// is a division of it: never the whole locator.
func TestGrammarSubjectAfterLocator(t *testing.T) {
	I := []string{"I. – A.", "B.", "C.", "II. – D.", "E."}
	runGrammar(t, []grammarCase{
		{name: "Au II de l'article L. 1, le second alinéa est supprimé: the II's, never the II", before: I, text: []string{"Au II de l'article L. 1 du code civil, le second alinéa est supprimé."}, want: []string{I[0], I[1], I[2], I[3]}},
		{name: "les deux derniers alinéas du I", before: I, text: []string{"Les deux derniers alinéas du I de l'article L. 1 du code civil sont supprimés."}, want: []string{I[0], I[3], I[4]}},
		{name: "le II ainsi modifié: 1° le second alinéa", before: I, text: []string{"Le II de l'article L. 1 du code civil est ainsi modifié :", "1° Le second alinéa est supprimé ;"}, want: []string{I[0], I[1], I[2], I[3]}},
		{name: "l'article ainsi modifié: 1° Au II, le second alinéa", before: I, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au II, le second alinéa est supprimé ;"}, want: []string{I[0], I[1], I[2], I[3]}},
		{name: "Au I, les deuxième et troisième alinéas remplacés by one: the I's, never the I", before: I, text: []string{"Au I de l'article L. 1 du code civil, les deuxième et troisième alinéas sont remplacés par un alinéa ainsi rédigé :", "« X. »"}, want: []string{I[0], "X.", I[3], I[4]}},
		{name: "le dernier alinéa du I complété", before: I, text: []string{"Le dernier alinéa du I de l'article L. 1 du code civil est complété par les mots : « et F »."}, want: []string{I[0], I[1], "C et F.", I[3], I[4]}},
		{name: "an alinéa at the start of the II: where its label goes is not said, refused", before: I, text: []string{"Au début du II de l'article L. 1 du code civil, il est ajouté un alinéa ainsi rédigé :", "« X. »"}, want: nil},
		{name: "après le premier alinéa du II", before: I, text: []string{"Après le premier alinéa du II de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« X. »"}, want: []string{I[0], I[1], I[2], I[3], "X.", I[4]}},
		{name: "après le I, un I bis", before: I, text: []string{"Après le I de l'article L. 1 du code civil, il est inséré un I bis ainsi rédigé :", "« I bis. – X. »"}, want: []string{I[0], I[1], I[2], "I bis. – X.", I[3], I[4]}},
	})
}
