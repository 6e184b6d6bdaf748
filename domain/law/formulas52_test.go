package law

import "testing"

// TestGrammarBill5PlacesJoinedHead: a head of places joined by commas
// and ending with ":" — "1° Au premier alinéa, à la première phrase :",
// "À l'article L. 1, au premier alinéa :", "Au II, au second alinéa :" —
// is the place of the items under it, as "Au premier alinéa :" is (it was
// not understood, and its items were read under its parent: they edited
// the whole article); in an instruction, "1° Au II, au second alinéa, le
// mot …", "Au 1°, à la première phrase, …" (a comma alone between an
// item and an alinéa or a sentence with no holder of its own) is that
// alinéa of the II, not two places (it edited the whole II and the
// article's second alinéa); "au 1°, au 3° et au 4°" are still three.
func TestGrammarBill5PlacesJoinedHead(t *testing.T) {
	A := []string{"Le maire signe le registre. Le maire vise l'acte.", "Le maire note.", "Le maire date."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "an alinéa, a sentence", before: A, text: []string{head, "1° Au premier alinéa, à la première phrase :", "a) Le mot : « maire » est remplacé par le mot : « préfet » ;", "b) Sont ajoutés les mots : « communal » ;", "2° Le dernier alinéa est supprimé."}, want: []string{"Le préfet signe le registre communal. Le maire vise l'acte.", A[1]}},
		{name: "the article, an alinéa", before: A, text: []string{"À l'article L. 1 du code civil, au deuxième alinéa :", "1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Sont ajoutés les mots : « seul »."}, want: []string{A[0], "Le préfet note seul.", A[2]}},
		{name: "a part, an alinéa", before: []string{"I. – Le maire signe.", "II. – Le maire vise.", "Le maire note."}, text: []string{head, "1° Au II, au second alinéa :", "a) Le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"I. – Le maire signe.", "II. – Le maire vise.", "Le préfet note."}},
		{name: "in an instruction", before: []string{"I. – Le maire signe.", "Le maire note.", "II. – Le maire vise.", "Le maire date."}, text: []string{head, "1° Au II, au second alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"I. – Le maire signe.", "Le maire note.", "II. – Le maire vise.", "Le préfet date."}},
		{name: "an item, a sentence", before: []string{"Sont exclus :", "1° Le maire signe. Le maire vise ;", "2° Le maire note."}, text: []string{head, "1° Au 1°, à la seconde phrase, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Sont exclus :", "1° Le maire signe. Le préfet vise ;", "2° Le maire note."}},
		{name: "a list of items", before: []string{"Sont exclus :", "1° Le maire ;", "2° Le maire ;", "3° Le maire."}, text: []string{head, "1° Au 1°, au 2° et au 3°, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Sont exclus :", "1° Le préfet ;", "2° Le préfet ;", "3° Le préfet."}},
		{name: "another sentence inside: refused", before: A, text: []string{head, "1° Au premier alinéa, à la première phrase :", "a) À la seconde phrase, le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
}

// TestGrammarBill5ItemThenLowerItem: an item then, after a comma alone,
// an item of a lower kind — "1° Au I, au 1° :", "Au I, au 1°, le mot …",
// "Au 2°, au a, …" — is that item of the first (it was read as two
// places: the words were sought in the whole I, and the article's 1°).
func TestGrammarBill5ItemThenLowerItem(t *testing.T) {
	P := []string{"I. – Sont exclus :", "1° Les meubles ;", "2° Les immeubles.", "II. – Les meubles sont saisis."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "a head", before: P, text: []string{head, "1° Au I, au 1° :", "a) Le mot : « meubles » est remplacé par le mot : « navires » ;", "b) Sont ajoutés les mots : « usagés »."}, want: []string{P[0], "1° Les navires usagés ;", P[2], P[3]}},
		{name: "an instruction", before: P, text: []string{head, "1° Au I, au 1°, le mot : « meubles » est remplacé par le mot : « navires »."}, want: []string{P[0], "1° Les navires ;", P[2], P[3]}},
		{name: "a letter of an item", before: []string{"Sont exclus :", "1° Les meubles :", "a) Les tables ;", "b) Les chaises ;", "2° Les tables."}, text: []string{head, "1° Au 1°, au a, le mot : « tables » est remplacé par le mot : « lits »."}, want: []string{"Sont exclus :", "1° Les meubles :", "a) Les lits ;", "b) Les chaises ;", "2° Les tables."}},
	})
}
