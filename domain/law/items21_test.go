package law

import "testing"

// TestGrammarRomanPartsRewrittenTogether: consecutive paragraphs rewritten
// together ("Les II et III sont remplacés par un II ainsi rédigé", "Les I
// à III sont remplacés par …") are one block, as consecutive 1° and 2°
// are: the later ones go, the first takes the new text (the romans of a
// path, in lower case, were never found consecutive: refused). Not
// consecutive ("Les II et IV"), still refused.
func TestGrammarRomanPartsRewrittenTogether(t *testing.T) {
	A := []string{"I. – Le maire.", "II. – Le juge lit.", "Texte.", "III. – Trois trois.", "IV. – Quatre."}
	runGrammar(t, []grammarCase{
		{name: "les II et III remplacés par un II", before: A, text: []string{"Les II et III de l'article L. 1 du code civil sont remplacés par un II ainsi rédigé :", "« II. – Tout. »"}, want: []string{A[0], "II. – Tout.", A[4]}},
		{name: "les I à III remplacés par deux", before: A, text: []string{"Les I à III de l'article L. 1 du code civil sont remplacés par des I et II ainsi rédigés :", "« I. – Tout.", "« II. – Rien. »"}, want: []string{"I. – Tout.", "II. – Rien.", A[4]}},
		{name: "les I et II remplacés par un I", before: A, text: []string{"Les I et II de l'article L. 1 du code civil sont remplacés par un I ainsi rédigé :", "« I. – Tout. »"}, want: []string{"I. – Tout.", A[3], A[4]}},
		{name: "les II et IV: refused", before: A, text: []string{"Les II et IV de l'article L. 1 du code civil sont remplacés par un II ainsi rédigé :", "« II. – Tout. »"}},
	})
}
