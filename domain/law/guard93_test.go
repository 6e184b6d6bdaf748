package law

import "testing"

// TestGuard93OneAnnouncedTwoQuoted: a head announcing one alinéa (one
// sentence) whose quotation closes, then a second quoted alinéa — "…
// après le premier alinéa, il est inséré un alinéa ainsi rédigé :",
// "« C. »", "« D. »" — is refused: whether D is the law's is not said
// (C went in alone, D was left as quoted text of no instruction). Two
// announced take both; one announced and one given is read.
func TestGuard93OneAnnouncedTwoQuoted(t *testing.T) {
	A := []string{"A.", "B."}
	P := "À l'article L. 1 du code civil, après le premier alinéa, "
	runGrammar(t, []grammarCase{
		{name: "one announced, two quoted: refused", before: A, text: []string{P + "il est inséré un alinéa ainsi rédigé :", "« C. »", "« D. »"}},
		{name: "one sentence announced, two quoted: refused", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par une phrase ainsi rédigée :", "« C. »", "« D. »"}},
		{name: "two announced, two quoted", before: A, text: []string{P + "sont insérés deux alinéas ainsi rédigés :", "« C. »", "« D. »"}, want: []string{"A.", "C.", "D.", "B."}},
		{name: "one announced, one quoted", before: A, text: []string{P + "il est inséré un alinéa ainsi rédigé :", "« C. »"}, want: []string{"A.", "C.", "B."}},
	})
}
