package law

import "testing"

// TestGrammarBill5ThatAlinea: "Ledit alinéa", "Cet alinéa", "à cet
// alinéa", "Cette phrase", "à ladite phrase" are the alinéa (sentence)
// of the instruction before, as "le même alinéa" is (they were refused);
// after several, refused as it is.
func TestGrammarBill5ThatAlinea(t *testing.T) {
	A := []string{"Le maire signe le registre. Le préfet vise l'acte.", "Le greffier note la date.", "Le clerc range."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	first := "1° Au deuxième alinéa, le mot : « note » est remplacé par le mot : « inscrit » ;"
	want := []string{A[0], "Le greffier inscrit la date du jour.", A[2]}
	runGrammar(t, []grammarCase{
		{name: "ledit alinéa", before: A, text: []string{head, first, "2° Ledit alinéa est complété par les mots : « du jour »."}, want: want},
		{name: "cet alinéa", before: A, text: []string{head, first, "2° Cet alinéa est complété par les mots : « du jour »."}, want: want},
		{name: "à cet alinéa", before: A, text: []string{head, first, "2° À cet alinéa, le mot : « date » est remplacé par les mots : « date du jour »."}, want: want},
		{name: "cette phrase", before: A, text: []string{head, "1° À la seconde phrase du premier alinéa, le mot : « vise » est remplacé par le mot : « signe » ;", "2° Cette phrase est complétée par les mots : « aussi »."}, want: []string{"Le maire signe le registre. Le préfet signe l'acte aussi.", A[1], A[2]}},
		{name: "à ladite phrase", before: A, text: []string{head, "1° À la seconde phrase du premier alinéa, le mot : « vise » est remplacé par le mot : « signe » ;", "2° À ladite phrase, le mot : « acte » est remplacé par le mot : « arrêté »."}, want: []string{"Le maire signe le registre. Le préfet signe l'arrêté.", A[1], A[2]}},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{head, "1° Aux deuxième et troisième alinéas, le mot : « Le » est remplacé par le mot : « Un » ;", "2° Cet alinéa est complété par les mots : « du jour »."}}})
	if len(ins) != 3 || ins[2].Status != Unparsed {
		t.Errorf("after several alinéas, \"cet alinéa\" read: %+v", ins)
	}
}
