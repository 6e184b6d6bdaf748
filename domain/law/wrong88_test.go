package law

import "testing"

// TestWrong88ClauseAfterTheAnnouncement: a clause between the
// announcement of new text and its colon — "Le 3° est ainsi rédigé, à
// titre expérimental :", "… par deux alinéas ainsi rédigés, applicables
// à Mayotte :", "… est ainsi rédigé, pour les seuls contrats … :" — is a
// condition of the new text, not read: refused (the text was applied
// without it). A date there defers it, as before.
func TestWrong88ClauseAfterTheAnnouncement(t *testing.T) {
	I := []string{"Sont :", "1° un ;", "2° deux ;", "3° trois ;", "4° quatre."}
	runGrammar(t, []grammarCase{
		{name: "à titre expérimental: refused", before: I, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rédigé, à titre expérimental :", "« 3° Z ; »"}},
		{name: "applicables à Mayotte: refused", before: I, text: []string{"Le 3° de l'article L. 1 du code civil est remplacé par deux alinéas ainsi rédigés, applicables à Mayotte :", "« 3° Z ;", "« 3° bis Y ; »"}},
		{name: "under a context: refused", before: I, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 3° est ainsi rédigé, pour les seuls contrats conclus après le 1er janvier 2030 :", "« 3° Z ; »"}},
		{name: "a date: deferred", before: I, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rédigé, à compter du 1er janvier 2030 :", "« 3° Z ; »"}},
		{name: "none", before: I, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rédigé :", "« 3° Z ; »"}, want: []string{"Sont :", "1° un ;", "2° deux ;", "3° Z ;", "4° quatre."}},
	})
}
