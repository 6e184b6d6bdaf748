package law

import "testing"

// TestGrammarReestablished: "est rétabli dans la rédaction suivante", an
// item "ainsi rétabli", a paragraph added at the start of an article.
func TestGrammarReestablished(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "rétabli dans la rédaction suivante", before: []string{"(Abrogé)"},
			text: []string{"L'article L. 1 du code civil est rétabli dans la rédaction suivante :", "« Art. L. 1. - Le contrat est écrit. »"},
			want: []string{"Le contrat est écrit."}},
		{name: "au début de l'article il est ajouté un I", before: []string{"Le contrat est écrit."},
			text: []string{"Au début de l'article L. 1 du code civil, il est ajouté un I A ainsi rédigé :", "« I A. - Il est daté. »"},
			want: []string{"I A. - Il est daté.", "Le contrat est écrit."}},
		{name: "le 3° est ainsi rétabli", before: []string{"Sont :", "1° A ;", "2° B ;", "3° (Abrogé)"},
			text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rétabli :", "« 3° C. »"},
			want: []string{"Sont :", "1° A ;", "2° B ;", "3° C."}},
	})
}
