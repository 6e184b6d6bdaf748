package law

import "testing"

// TestGrammarNumberedParagraphs: the numbered paragraphs (1., 2.) and
// their letters (a., b.) of the code général des impôts' style.
func TestGrammarNumberedParagraphs(t *testing.T) {
	C := []string{"1. Le contribuable déclare.", "2. L'administration contrôle :", "a. Les revenus ;", "b. Les biens.", "3. Un décret fixe les modalités."}
	runGrammar(t, []grammarCase{
		{name: "le 3 (numbered paragraph) abrogé", before: C, text: []string{"Le 3 de l'article L. 1 du code civil est abrogé."}, want: []string{C[0], C[1], C[2], C[3], "3. (Abrogé)"}},
		{name: "au b du 2", before: C, text: []string{"Au b du 2 de l'article L. 1 du code civil, le mot : « biens » est remplacé par le mot : « avoirs »."}, want: []string{C[0], C[1], C[2], "b. Les avoirs.", C[4]}},
		{name: "le 2 complété par un c: the b takes a semicolon", before: C, text: []string{"Le 2 de l'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c. Les dettes. »"}, want: []string{C[0], C[1], C[2], "b. Les biens ;", "c. Les dettes.", C[4]}},
		{name: "après le 1, un 1 bis", before: C, text: []string{"Après le 1 de l'article L. 1 du code civil, il est inséré un 1 bis ainsi rédigé :", "« 1 bis. Le notaire certifie. »"}, want: []string{C[0], "1 bis. Le notaire certifie.", C[1], C[2], C[3], C[4]}},
		{name: "au 1", before: C, text: []string{"Au 1 de l'article L. 1 du code civil, le mot : « déclare » est remplacé par le mot : « signe »."}, want: []string{"1. Le contribuable signe.", C[1], C[2], C[3], C[4]}},
	})
}
