package law

import "testing"

// TestBill6AlineaNumbered: a bill's "à l'alinéa 2 de l'article L. 1",
// "L'alinéa 1er", "aux alinéas 2 et 3" are the second, the first, the
// second and third alinéas of the text modified (they were refused); a
// numbered alinéa with a Latin adverb is not read.
func TestBill6AlineaNumbered(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge tranche.", "Le greffier note."}
	runGrammar(t, []grammarCase{
		{name: "à l'alinéa 2", before: A, text: []string{"À l'alinéa 2 de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."}, want: []string{"Le maire signe.", "Le greffier tranche.", "Le greffier note."}},
		{name: "l'alinéa 1er, aux alinéas 2 et 3", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° L'alinéa 1er est supprimé ;", "2° Aux alinéas 2 et 3, le mot : « Le » est remplacé par le mot : « Un »."}, want: []string{"Un juge tranche.", "Un greffier note."}},
		{name: "de l'alinéa 3", before: A, text: []string{"La première phrase de l'alinéa 3 de l'article L. 1 du code civil est complétée par les mots : « la date »."}, want: []string{"Le maire signe.", "Le juge tranche.", "Le greffier note la date."}},
		{name: "in the new words, left as they are", before: A, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est complété par les mots : « de l'alinéa 2 »."}, want: []string{"Le maire signe.", "Le juge tranche.", "Le greffier note de l'alinéa 2."}},
		{name: "l'alinéa premier", before: A, text: []string{"À l'alinéa premier de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet signe.", "Le juge tranche.", "Le greffier note."}},
		{name: "alinéa 2 bis: refused", before: A, text: []string{"À l'alinéa 2 bis de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier »."}},
	})
}

// TestBill6SecondInDigits: "2nd", "2nde" are the second ("au 2nd
// alinéa", "la 2nde phrase"; they were refused); a rank with no noun —
// "Au deuxième de l'article L. 1", "Au 2nd de l'article L. 1" — is
// refused (the rank was dropped: the whole article was edited).
func TestBill6SecondInDigits(t *testing.T) {
	A := []string{"Le maire signe. Le juge tranche.", "Le juge note."}
	art := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "au 2nd alinéa", before: A, text: []string{"Au 2nd alinéa" + art + ", le mot : « juge » est remplacé par le mot : « greffier »."}, want: []string{"Le maire signe. Le juge tranche.", "Le greffier note."}},
		{name: "la 2nde phrase", before: A, text: []string{"La 2nde phrase du premier alinéa" + art + " est supprimée."}, want: []string{"Le maire signe.", "Le juge note."}},
		{name: "au deuxième de l'article: refused", before: A, text: []string{"Au deuxième" + art + ", le mot : « juge » est remplacé par le mot : « greffier »."}},
		{name: "au 2nd de l'article: refused", before: A, text: []string{"Au 2nd" + art + ", le mot : « juge » est remplacé par le mot : « greffier »."}},
		{name: "au 2e de l'article: refused", before: A, text: []string{"Au 2e" + art + ", le mot : « juge » est remplacé par le mot : « greffier »."}},
	})
}

// TestBill6BetweenWords: "entre les mots : « A » et les mots : « B »,
// sont insérés les mots : « C »" puts C between A and B, which must
// follow each other (it was refused as two old words for one new); B a
// punctuation mark follows A with no space; A and B apart: refused; the
// place named after the words is read (TestRefuse87BetweenWordsThenPlace).
func TestBill6BetweenWords(t *testing.T) {
	A := []string{"Le maire signe, le registre."}
	at := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "words", before: A, text: []string{at + "entre les mots : « maire » et les mots : « signe, le », sont insérés les mots : « adjoint »."}, want: []string{"Le maire adjoint signe, le registre."}},
		{name: "il est inséré, no colon", before: A, text: []string{at + "entre le mot « maire » et le mot « signe », il est inséré le mot « adjoint »."}, want: []string{"Le maire adjoint signe, le registre."}},
		{name: "second noun left out, under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Entre les mots : « Le maire » et « signe », sont insérés les mots : « ou son adjoint » ;"}, want: []string{"Le maire ou son adjoint signe, le registre."}},
		{name: "a punctuation mark", before: A, text: []string{at + "entre le mot : « signe » et le signe : « , », sont insérés les mots : « toujours »."}, want: []string{"Le maire signe toujours, le registre."}},
		{name: "apart: refused", before: A, text: []string{at + "entre les mots : « maire » et les mots : « le registre », sont insérés les mots : « toujours »."}},
		{name: "place after (TestRefuse87BetweenWordsThenPlace)", before: A, text: []string{"Entre les mots « maire » et « signe » de l'article L. 1 du code civil, il est inséré le mot « adjoint »."}, want: []string{"Le maire adjoint signe, le registre."}},
	})
}

// TestBill6ArticleCommaAlinea: the older drafting's alinéa between
// commas after its article — "À l'article L. 1, alinéa 2, du code civil,
// …", "À l'article L. 1 du code civil, alinéa 2, …", "L'article L. 1,
// alinéa 1er, du code civil est …", "Dans l'article …", "À l'article
// L. 1, dernier alinéa, …" — is that alinéa (it was refused: a division
// after the article).
func TestBill6ArticleCommaAlinea(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge tranche."}
	op := "le mot : « juge » est remplacé par le mot : « magistrat »."
	B := []string{"Le maire signe.", "Le magistrat tranche."}
	runGrammar(t, []grammarCase{
		{name: "code after", before: A, text: []string{"À l'article L. 1, alinéa 2, du code civil, " + op}, want: B},
		{name: "code before", before: A, text: []string{"À l'article L. 1 du code civil, alinéa 2, " + op}, want: B},
		{name: "dans", before: A, text: []string{"Dans l'article L. 1, alinéa 2, du code civil, " + op}, want: B},
		{name: "under a context", before: A, text: []string{"Le code civil est ainsi modifié :", "1° À l'article L. 1, alinéa 2, " + op}, want: B},
		{name: "a subject", before: A, text: []string{"L'article L. 1, alinéa 1er, du code civil est complété par les mots : « le registre »."}, want: []string{"Le maire signe le registre.", "Le juge tranche."}},
		{name: "a subject repealed", before: A, text: []string{"L'article L. 1, alinéa 2, du code civil est abrogé."}, want: []string{"Le maire signe."}},
		{name: "a rank in words", before: A, text: []string{"À l'article L. 1, dernier alinéa, du code civil, " + op}, want: B},
		{name: "second alinéa", before: A, text: []string{"L'article L. 1, second alinéa, du code civil est abrogé."}, want: []string{"Le maire signe."}},
	})
}

// TestBill6ArticleCommaItem: "À l'article L. 1, 2°, du code civil, …" is
// the 2° of the article (it was read as the whole L. 1 and an article 2:
// the word was replaced in every item); items listed so, "À l'article
// L. 1, 2° et 3°, …", are refused.
func TestBill6ArticleCommaItem(t *testing.T) {
	A := []string{"Sont exclus :", "1° Les meubles du juge ;", "2° Les immeubles du juge."}
	op := "le mot : « juge » est remplacé par le mot : « magistrat »."
	runGrammar(t, []grammarCase{
		{name: "code after", before: A, text: []string{"À l'article L. 1, 2°, du code civil, " + op}, want: []string{"Sont exclus :", "1° Les meubles du juge ;", "2° Les immeubles du magistrat."}},
		{name: "a subject", before: A, text: []string{"L'article L. 1, 2°, du code civil est abrogé."}, want: []string{"Sont exclus :", "1° Les meubles du juge ;", "2° (Abrogé)."}},
		{name: "two items: refused", before: A, text: []string{"À l'article L. 1, 1° et 2°, du code civil, " + op}},
	})
}

// TestBill6DivisionInParens: a part named in parentheses after its
// article — "À l'article L. 1 (II) du code civil", "Aux articles L. 1
// (premier alinéa) et L. 2" — is refused (the whole L. 1 was edited and
// the L. 2 dropped); a roman part between commas, "À l'article L. 1, II,
// du code civil", is that part (it was the whole article).
func TestBill6DivisionInParens(t *testing.T) {
	A := []string{"I. – Le juge signe.", "II. – Le juge tranche."}
	op := "le mot : « juge » est remplacé par le mot : « magistrat »."
	runGrammar(t, []grammarCase{
		{name: "(II): refused", before: A, text: []string{"À l'article L. 1 (II) du code civil, " + op}},
		{name: "(premier alinéa) and another article: refused", before: A, more: map[string][]string{"L2": {"Le juge note."}}, text: []string{"Aux articles L. 1 (premier alinéa) et L. 2 du code civil, " + op}},
		{name: ", II,", before: A, text: []string{"À l'article L. 1, II, du code civil, " + op}, want: []string{"I. – Le juge signe.", "II. – Le magistrat tranche."}},
	})
}
