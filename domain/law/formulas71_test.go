package law

import "testing"

// TestBill6TextUnsaid: "de ladite loi", "de la loi précitée" after the
// bill article has named two laws are refused — which one is not said
// (it took the last one); after one law, and "de la même loi" (the one
// named last), they are read.
func TestBill6TextUnsaid(t *testing.T) {
	lawA := "À l'article 2 de la loi n° 2000-1 du 1er janvier 2000, le mot : « a » est remplacé par le mot : « b »."
	lawB := "II. – À l'article 3 de la loi n° 2001-2 du 2 janvier 2001, le mot : « a » est remplacé par le mot : « b »."
	for _, tc := range []struct {
		name  string
		text  []string
		want  string // the law of the last instruction; "" refused
		state InstructionStatus
	}{
		{"précitée after two laws: refused", []string{"I. – " + lawA, lawB, "III. – À l'article 4 de la loi précitée, le mot : « a » est remplacé par le mot : « b »."}, "", Unparsed},
		{"ladite after two laws in one locator: refused", []string{"I. – À l'article 2 de la loi n° 2000-1 du 1er janvier 2000 et à l'article 3 de la loi n° 2001-2 du 2 janvier 2001, le mot : « a » est remplacé par le mot : « b ».", "II. – À l'article 4 de ladite loi, le mot : « a » est remplacé par le mot : « b »."}, "", Unparsed},
		{"ladite loi as a subject after two: refused", []string{"I. – " + lawA, lawB, "III. – Ladite loi est ainsi modifiée :", "1° À l'article 4, le mot : « a » est remplacé par le mot : « b »."}, "", Unparsed},
		{"précitée after one law", []string{"I. – " + lawA, "II. – À l'article 4 de la loi précitée, le mot : « a » est remplacé par le mot : « b »."}, "loi 2000 1", Parsed},
		{"la même loi after two: the last", []string{"I. – " + lawA, lawB, "III. – À l'article 4 de la même loi, le mot : « a » est remplacé par le mot : « b »."}, "loi 2001 2", Parsed},
		{"précitée with its number after two", []string{"I. – " + lawA, lawB, "III. – À l'article 4 de la loi n° 2000-1 du 1er janvier 2000 précitée, le mot : « a » est remplacé par le mot : « b »."}, "loi 2000 1", Parsed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
			last := ins[len(ins)-1]
			if last.Status != tc.state {
				t.Fatalf("status %s (%s), want %s", last.Status, last.Reason, tc.state)
			}
			if tc.want != "" && (len(last.Edits) != 1 || last.Edits[0].Scope.Ref.Code != tc.want) {
				t.Fatalf("edits %+v, want one in %s", last.Edits, tc.want)
			}
		})
	}
}

// TestBill6RestoredCodeAfter: "Il est rétabli (inséré) un article L. 1
// du code civil ainsi rédigé :", the code named after the article, is
// read in that code (it was "no target article"); an article inserted
// where one in force is stays refused.
func TestBill6RestoredCodeAfter(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "rétabli", before: []string{"(Abrogé)"}, text: []string{"Il est rétabli un article L. 1 du code civil ainsi rédigé :", "« Art. L. 1. – Le juge tranche. »"}, want: []string{"Le juge tranche."}},
		{name: "inséré onto one in force: refused", before: []string{"Le maire signe."}, text: []string{"Il est inséré un article L. 1 du code civil ainsi rédigé :", "« Art. L. 1. – Le juge tranche. »"}},
	})
}

// TestBill6EachReplaced: "les mots : « A » et « B » sont remplacés par
// le mot : « C »" replaces each by C (it was refused); several new words
// without "respectivement" are refused.
func TestBill6EachReplaced(t *testing.T) {
	A := []string{"Le maire signe le registre. Le juge tranche le litige."}
	at := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "les mots A et B", before: A, text: []string{at + "les mots : « maire » et « juge » sont remplacés par le mot : « préfet »."}, want: []string{"Le préfet signe le registre. Le préfet tranche le litige."}},
		{name: "le mot A et le mot B", before: A, text: []string{at + "le mot : « registre » et le mot : « litige » sont remplacés par le mot : « dossier »."}, want: []string{"Le maire signe le dossier. Le juge tranche le dossier."}},
		{name: "then another operation", before: A, text: []string{at + "les mots : « maire » et « juge » sont remplacés par le mot : « préfet » et le mot : « litige » est supprimé."}, want: []string{"Le préfet signe le registre. Le préfet tranche le."}},
		{name: "two new words without respectivement: refused", before: A, text: []string{at + "les mots : « maire » et « juge » sont remplacés par les mots : « préfet » et « greffier »."}},
		{name: "a new word replaced after: refused", before: A, text: []string{at + "les mots : « maire » et « juge » sont remplacés par le mot : « préfet » et le mot : « préfet » est supprimé."}},
	})
}
