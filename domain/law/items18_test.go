package law

import "testing"

// TestGrammarItemsInAnInnerPart: an item of a part that begins on its
// parent's line ("I. – 1. Le contribuable déduit :" then "a) Les frais ;")
// is on a line of its own and is edited as any item ("Au a du 1 du I":
// it was refused); the inner part itself still has only its words edited
// and things added after its lines ("Le 1 du I est complété par un c"
// adds the c after its b), or is rewritten under its label: deleting
// it, or rewriting it under no label, is refused.
func TestGrammarItemsInAnInnerPart(t *testing.T) {
	C := []string{"I. – 1. Le contribuable déduit :", "a) Les frais ;", "b) Les dons.", "2. Le plafond est fixé :", "a) Par décret.", "II. – Le taux est de 5 %."}
	L := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "au a du 1 du I", before: C, text: []string{"Au a du 1 du I" + L + ", le mot : « frais » est remplacé par le mot : « dépenses »."}, want: []string{C[0], "a) Les dépenses ;", C[2], C[3], C[4], C[5]}},
		{name: "le b du 1 du I est ainsi rédigé", before: C, text: []string{"Le b du 1 du I" + L + " est ainsi rédigé :", "« b) Les cotisations. »"}, want: []string{C[0], C[1], "b) Les cotisations.", C[3], C[4], C[5]}},
		{name: "the a of the 2, not of the 1", before: C, text: []string{"Au a du 2 du I" + L + ", le mot : « décret » est remplacé par le mot : « arrêté »."}, want: []string{C[0], C[1], C[2], C[3], "a) Par arrêté.", C[5]}},
		{name: "le 2 du I est abrogé: with its a)", before: C, text: []string{"Le 2 du I" + L + " est abrogé."}, want: []string{C[0], C[1], C[2], "2. (Abrogé)", C[5]}},
		{name: "the inner part's words", before: C, text: []string{"Au 1 du I" + L + ", le mot : « contribuable » est remplacé par le mot : « foyer »."}, want: []string{"I. – 1. Le foyer déduit :", C[1], C[2], C[3], C[4], C[5]}},
		{name: "a new item added to the inner part", before: C, text: []string{"Le 1 du I" + L + " est complété par un c ainsi rédigé :", "« c) Les cotisations. »"}, want: []string{C[0], C[1], "b) Les dons ;", "c) Les cotisations.", C[3], C[4], C[5]}},
		{name: "the inner part rewritten under no label: refused", before: C, text: []string{"Le 1 du I" + L + " est ainsi rédigé :", "« Le foyer déduit ses frais. »"}},
	})
}
