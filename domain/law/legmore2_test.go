package law

import "testing"

// TestLegMore2InsertCounted: words inserted after a counted number of
// occurrences of an anchor, "après le mot : « A » (deux fois), sont
// insérés les mots : « B »" or "après les deux occurrences du mot : « A
// », …", go after each occurrence when the place holds that many; any
// other count is refused (both were refused).
func TestLegMore2InsertCounted(t *testing.T) {
	C := "L'article L. 1 du code civil est ainsi modifié :"
	A := []string{"Le juge signe et le juge date.", "Le maire date."}
	two := []string{"Le juge de paix signe et le juge de paix date.", "Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "les deux occurrences du mot", before: A, text: []string{C, "1° Au premier alinéa, après les deux occurrences du mot : « juge », sont insérés les mots : « de paix »."}, want: two},
		{name: "(deux fois)", before: A, text: []string{C, "1° Au premier alinéa, après le mot : « juge » (deux fois), sont insérés les mots : « de paix »."}, want: two},
		{name: "deux fois between commas", before: A, text: []string{C, "1° Au premier alinéa, après le mot : « juge », deux fois, sont insérés les mots : « de paix »."}, want: two},
		{name: "three said, two found: refused", before: A, text: []string{C, "1° Au premier alinéa, après le mot : « juge » (trois fois), sont insérés les mots : « de paix »."}},
		{name: "les trois occurrences, two found: refused", before: A, text: []string{C, "1° Au premier alinéa, après les trois occurrences du mot : « juge », sont insérés les mots : « de paix »."}},
	})
}

// TestLegMore2WordsRepealed: quoted words "abrogés", the older drafting
// for "supprimés", are deleted: "les mots : « A » sont abrogés" (it was
// refused).
func TestLegMore2WordsRepealed(t *testing.T) {
	C := "L'article L. 1 du code civil est ainsi modifié :"
	A := []string{"Le juge signe et le juge date.", "Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "les mots sont abrogés", before: A, text: []string{C, "1° Au premier alinéa, les mots : « et le juge date » sont abrogés ;", "2° Au second alinéa, le mot : « maire » est abrogé."},
			want: []string{"Le juge signe.", "Le date."}},
	})
}

// TestLegMore2RespectiveInsertionMany: new words inserted
// "respectivement" after three or more anchors, "après les mots : « A »,
// « B » et « C », sont insérés, respectivement, les mots : « D », « E »
// et « F »", go pair by pair as with two (they were refused); counts that
// differ keep refused.
func TestLegMore2RespectiveInsertionMany(t *testing.T) {
	C := "L'article L. 1 du code civil est ainsi modifié :"
	A := []string{"Le juge signe, le maire date et le préfet vise."}
	runGrammar(t, []grammarCase{
		{name: "three and three", before: A, text: []string{C, "1° Après les mots : « juge », « maire » et « préfet », sont insérés, respectivement, les mots : « de paix », « adjoint » et « de région »."},
			want: []string{"Le juge de paix signe, le maire adjoint date et le préfet de région vise."}},
		{name: "avant, respectivement before the verb", before: A, text: []string{C, "1° Avant les mots : « signe », « date » et « vise », sont respectivement insérés les mots : « ne », « ne » et « ne »."},
			want: []string{"Le juge ne signe, le maire ne date et le préfet ne vise."}},
		{name: "two", before: A, text: []string{C, "1° Après les mots : « juge » et « maire », sont insérés, respectivement, les mots : « de paix » et « adjoint »."},
			want: []string{"Le juge de paix signe, le maire adjoint date et le préfet vise."}},
		{name: "three anchors, two new words: refused", before: A, text: []string{C, "1° Après les mots : « juge », « maire » et « préfet », sont insérés, respectivement, les mots : « de paix » et « adjoint »."}},
	})
}

// TestLegMore2AmendmentEndNoDivision: an amendment's "Rédiger ainsi la
// fin après le mot : « A » : « … »", "Supprimer la fin après le mot :
// « A »", "Remplacer la fin après le mot : « A » par …", no division
// named, under an alinéa named alone (the Sénat's "Alinéa 1" line, "À
// l'alinéa 1, …", "À cet alinéa, …") edit the end of that alinéa after A
// ("à partir du mot : « A »": A included); the rewrite was refused, the
// deletion and the replacement edited A alone; "rédiger ainsi le début
// jusqu'au mot : « A »" the start of that alinéa (the whole alinéa was
// rewritten). With no alinéa named, or a sentence named, they are
// refused — but the start of a sentence named, which is that sentence's
// (TestLeft4StartOfANamedSentence).
func TestLegMore2AmendmentEndNoDivision(t *testing.T) {
	B := []string{"Le juge signe et date.", "Le maire date. Il signe.", "Le préfet vise."}
	want := []string{"Le juge signe et vise.", B[1], B[2]}
	runAmendments(t, []amCase{
		{"the Sénat's locator line", B, "Alinéa 1\nRédiger ainsi la fin après le mot : « signe » :\n« et vise. »", want},
		{"à cet alinéa", B, "Alinéa 1\nÀ cet alinéa, rédiger ainsi la fin après le mot : « signe » :\n« et vise. »", want},
		{"à l'alinéa 1", B, "À l'alinéa 1, rédiger ainsi la fin après le mot : « signe » :\n« et vise. »", want},
		{"à partir du mot", B, "À l'alinéa 1, rédiger ainsi la fin à partir du mot : « et » :\n« et vise. »", want},
		{"no alinéa: refused", B, "Rédiger ainsi la fin après le mot : « signe » :\n« et vise. »", nil},
		{"a sentence named: refused", B, "Alinéa 2, première phrase\nRédiger ainsi la fin après le mot : « maire » :\n« signe. »", nil},
		{"supprimer", B, "À l'alinéa 1, supprimer la fin après le mot : « signe ».", []string{"Le juge signe.", B[1], B[2]}},
		{"supprimer, the Sénat's lines", B, "Alinéa 1\nSupprimer la fin après le mot :\nsigne", []string{"Le juge signe.", B[1], B[2]}},
		{"supprimer à partir", B, "À l'alinéa 1, supprimer la fin à partir du mot : « et ».", []string{"Le juge signe.", B[1], B[2]}},
		{"remplacer … par", B, "À l'alinéa 1, remplacer la fin après le mot : « signe » par les mots : « et vise. »", want},
		{"supprimer, no alinéa: refused", B, "Supprimer la fin après le mot : « signe ».", nil},
		{"the start: rédiger ainsi le début jusqu'au mot", B, "À l'alinéa 1, rédiger ainsi le début jusqu'au mot : « signe » :\n« Le greffier signe »", []string{"Le greffier signe et date.", B[1], B[2]}},
		{"the start, the Sénat's line", B, "Alinéa 1\nRédiger ainsi le début jusqu'au mot : « signe » :\n« Le greffier signe »", []string{"Le greffier signe et date.", B[1], B[2]}},
		{"the start, no alinéa: refused", B, "Rédiger ainsi le début jusqu'au mot : « signe » :\n« Le greffier signe »", nil},
		{"the start, a sentence named: that sentence's (TestLeft4StartOfANamedSentence)", B, "À la seconde phrase de l'alinéa 2, rédiger ainsi le début jusqu'au mot : « signe » :\n« Elle signe »", []string{B[0], "Le maire date. Elle signe.", B[2]}},
		{"supprimer, a sentence named: refused", B, "À la première phrase de l'alinéa 2, supprimer la fin après le mot : « maire ».", nil},
	})
}

// TestLegMore2AmendmentRespectiveMany: an amendment's "après les mots :
// « A », « B » et « C », insérer respectivement les mots : « D », « E » et
// « F »" inserts pair by pair, as with two anchors (it was refused);
// counts that differ keep refused.
func TestLegMore2AmendmentRespectiveMany(t *testing.T) {
	A := []string{"Le juge signe, le maire date et le préfet vise."}
	runAmendments(t, []amCase{
		{"three and three", A, "Alinéa 1, après les mots : « juge », « maire » et « préfet », insérer respectivement les mots : « de paix », « adjoint » et « de région ».",
			[]string{"Le juge de paix signe, le maire adjoint date et le préfet de région vise."}},
		{"two", A, "Alinéa 1, après les mots : « juge » et « maire », insérer respectivement les mots : « de paix » et « adjoint ».",
			[]string{"Le juge de paix signe, le maire adjoint date et le préfet vise."}},
		{"three and two: refused", A, "Alinéa 1, après les mots : « juge », « maire » et « préfet », insérer respectivement les mots : « de paix » et « adjoint ».", nil},
	})
}

// TestLegMore2AmendmentVerbThenEnd: an amendment's "insérer à la fin les
// mots : « B »", "ajouter au début les mots :", the place between the
// verb and its object with no commas, after a locator ("À l'alinéa 1,
// …", the Sénat's "Alinéa 1" line) is read as "à la fin, insérer les mots
// : « B »" (it was refused).
func TestLegMore2AmendmentVerbThenEnd(t *testing.T) {
	B := []string{"Le juge signe et date.", "Le maire date. Il signe.", "Le préfet vise."}
	runAmendments(t, []amCase{
		{"insérer à la fin", B, "À l'alinéa 1, insérer à la fin les mots : « et note »", []string{"Le juge signe et date et note.", B[1], B[2]}},
		{"insérer au début", B, "À l'alinéa 3, insérer au début les mots : « Demain, »", []string{B[0], B[1], "Demain, le préfet vise."}},
		{"the Sénat's line, ajouter à la fin", B, "Alinéa 1\nAjouter à la fin les mots :\net note", []string{"Le juge signe et date et note.", B[1], B[2]}},
		{"the second sentence named", B, "À la seconde phrase de l'alinéa 2, insérer au début les mots : « Puis, »", []string{B[0], "Le maire date. Puis, il signe.", B[2]}},
	})
}
