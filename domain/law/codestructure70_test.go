package law

import "testing"

// TestCode8NewIINumbersTheI: "L'article L. 1 est complété par un II" on
// an article without numbered paragraphs numbers its text I, as
// Légifrance consolidates it, with the II's own separator ("I. – ",
// "I.-", "I. ― " in Légifrance's typography); the II was added after an
// unnumbered text. An article with a I already is left as it is (a
// "I. ― " too: the mention "I. – " added first was numbered twice), and
// the mention added after the II finds its I there.
func TestCode8NewIINumbersTheI(t *testing.T) {
	A := []string{"Le maire signe.", "Le préfet vise."}
	P := []string{"I. – Le maire signe.", "Le préfet vise."}
	runGrammar(t, []grammarCase{
		{name: "II", before: A, text: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II. – Le juge tranche. »"},
			want: []string{"I. – Le maire signe.", A[1], "II. – Le juge tranche."}},
		{name: "tight II", before: A, text: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II.-Le juge tranche. »"},
			want: []string{"I.-Le maire signe.", A[1], "II.-Le juge tranche."}},
		{name: "II and III", before: A, text: []string{"L'article L. 1 du code civil est complété par des II et III ainsi rédigés :", "« II. – Le juge tranche.", "« III. – Le greffier note. »"},
			want: []string{"I. – Le maire signe.", A[1], "II. – Le juge tranche.", "III. – Le greffier note."}},
		{name: "legifrance", legifrance: true, before: A, text: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II. – Le juge tranche. »"},
			want: []string{"I. ― Le maire signe.", A[1], "II. ― Le juge tranche."}},
		{name: "II then the mention", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Il est ajouté un II ainsi rédigé :", "« II. – Le juge tranche. » ;", "2° Au début du premier alinéa, est ajoutée la mention : « I. – »."},
			want: []string{"I. – Le maire signe.", A[1], "II. – Le juge tranche."}},
		{name: "the mention then II, legifrance", legifrance: true, before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au début du premier alinéa, est ajoutée la mention : « I. – » ;", "2° Il est ajouté un II ainsi rédigé :", "« II. – Le juge tranche. »"},
			want: []string{"I. ― Le maire signe.", A[1], "II. ― Le juge tranche."}},
		{name: "I there", before: P, text: []string{"L'article L. 1 du code civil est complété par un II ainsi rédigé :", "« II. – Le juge tranche. »"},
			want: []string{P[0], P[1], "II. – Le juge tranche."}},
	})
}
