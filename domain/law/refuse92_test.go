package law

import "testing"

// TestRefuse92SameParagraph: "du même paragraphe" after an instruction
// that named a part numbered in roman ("Au 1° du II, …" then "Au 2° du
// même paragraphe, …", "Au même paragraphe, …") is that part, as "du
// même II" (it was refused: a part not read); after an instruction that
// named none, refused.
func TestRefuse92SameParagraph(t *testing.T) {
	A := []string{"I. – Le maire signe.", "1° Le juge lit ;", "2° Le juge note.", "II. – Le préfet vise.", "1° Le greffier note ;", "2° Le ministre tranche."}
	L := "L'article L. 1 du code civil est ainsi modifié :"
	first := "1° Au 1° du II, le mot : « note » est remplacé par les mots : « prend note » ;"
	runGrammar(t, []grammarCase{
		{name: "an item of the same paragraph", before: A, text: []string{L, first, "2° Au 2° du même paragraphe, le mot : « tranche » est remplacé par le mot : « juge » ;"}, want: []string{A[0], A[1], A[2], A[3], "1° Le greffier prend note ;", "2° Le ministre juge."}},
		{name: "the same paragraph", before: A, text: []string{L, first, "2° Au même paragraphe, le mot : « préfet » est remplacé par le mot : « juge » ;"}, want: []string{A[0], A[1], A[2], "II. – Le juge vise.", "1° Le greffier prend note ;", A[5]}},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{L, "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « juge » ;", "2° Au 2° du même paragraphe, le mot : « tranche » est remplacé par le mot : « juge » ;"}}})
	if len(ins) != 3 || ins[2].Status != Unparsed {
		t.Fatalf("no paragraph before: %+v, want the second refused", ins)
	}
}
