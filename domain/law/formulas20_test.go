package law

import "testing"

// TestGrammarOlderAnnouncements: the older drafting's announcements of new
// text mean what today's "ainsi rédigé" does — "rédigé comme suit",
// "ainsi libellé", "l'alinéa suivant", "les alinéas suivants", "la
// phrase suivante", "les mots suivants" — the quoted text after them
// saying how much there is. "le texte suivant" names no kind of division
// and stays refused.
func TestGrammarOlderAnnouncements(t *testing.T) {
	A := []string{"Le maire agit.", "Il rend compte."}
	L := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "est rédigé comme suit", before: A, text: []string{"Le second alinéa de " + L + " est rédigé comme suit :", "« Il publie ses actes. »"}, want: []string{A[0], "Il publie ses actes."}},
		{name: "an article rédigé comme suit", before: A, text: []string{"L'article L. 1 du code civil est rédigé comme suit :", "« Art. L. 1. – X x. »"}, want: []string{"X x."}},
		{name: "ainsi libellé", before: A, text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi libellé :", "« X x. »"}, want: []string{A[0], A[1], "X x."}},
		{name: "l'alinéa suivant", before: A, text: []string{"L'article L. 1 du code civil est complété par l'alinéa suivant :", "« X x. »"}, want: []string{A[0], A[1], "X x."}},
		{name: "les alinéas suivants", before: A, text: []string{"Après le premier alinéa de " + L + ", sont insérés les alinéas suivants :", "« X x. »", "« Y y. »"}, want: []string{A[0], "X x.", "Y y.", A[1]}},
		{name: "deux alinéas suivants", before: A, text: []string{"Après le premier alinéa de " + L + ", sont insérés deux alinéas suivants :", "« X x. »", "« Y y. »"}, want: []string{A[0], "X x.", "Y y.", A[1]}},
		{name: "la phrase suivante", before: A, text: []string{"Le second alinéa de " + L + " est complété par la phrase suivante : « Il publie. »"}, want: []string{A[0], "Il rend compte. Il publie."}},
		{name: "les mots suivants", before: A, text: []string{"Le second alinéa de " + L + " est complété par les mots suivants : « au conseil »."}, want: []string{A[0], "Il rend compte au conseil."}},
		{name: "le texte suivant: refused", before: A, text: []string{"Le second alinéa de " + L + " est remplacé par le texte suivant :", "« X x. »"}},
	})
}
