package law

import "testing"

// TestGrammarUnderAPart: alinéas and sentences added under a numbered
// part (at the end of the I, not of the article), and straight quotes
// inside guillemets.
func TestGrammarUnderAPart(t *testing.T) {
	P := []string{"I. – Le maire agit.", "Il rend compte.", "II. – Le préfet contrôle."}
	runGrammar(t, []grammarCase{
		{name: "under the I, il est ajouté un alinéa: at the end of the I", before: P, text: []string{"Le I de l'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « président » ;", "2° Il est ajouté un alinéa ainsi rédigé :", "« Il publie ses actes. »"}, want: []string{"I. – Le président agit.", "Il rend compte.", "Il publie ses actes.", "II. – Le préfet contrôle."}},
		{name: "le I est complété par un alinéa", before: P, text: []string{"Le I de l'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Il publie ses actes. »"}, want: []string{"I. – Le maire agit.", "Il rend compte.", "Il publie ses actes.", "II. – Le préfet contrôle."}},
		{name: "le premier alinéa du I est complété par une phrase", before: P, text: []string{"Le premier alinéa du I de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il publie ses actes. »"}, want: []string{"I. – Le maire agit. Il publie ses actes.", "Il rend compte.", "II. – Le préfet contrôle."}},
		{name: "après le premier alinéa du I, il est inséré un alinéa", before: P, text: []string{"Après le premier alinéa du I de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Il publie ses actes. »"}, want: []string{"I. – Le maire agit.", "Il publie ses actes.", "Il rend compte.", "II. – Le préfet contrôle."}},
		{name: "nested straight quotes inside guillemets", before: []string{"Il est dit \"le maire\" dans ce code."}, text: []string{"À l'article L. 1 du code civil, les mots : « \"le maire\" » sont remplacés par les mots : « \"le président\" »."}, want: []string{"Il est dit \"le président\" dans ce code."}},
	})
}
