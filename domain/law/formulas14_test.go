package law

import "testing"

// TestGrammarNamedQuotes: a quotation named by what it holds — "le
// montant", "le taux", "la date", "l'année", "le chiffre", "le nombre", "la
// somme", "le pourcentage", "la mention", "les références" — is read as
// words.
func TestGrammarNamedQuotes(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "le montant", before: []string{"L'amende est de 100 € au plus."}, text: []string{"À l'article L. 1 du code civil, le montant : « 100 € » est remplacé par le montant : « 200 € »."}, want: []string{"L'amende est de 200 € au plus."}},
		{name: "le taux", before: []string{"Le taux est de 5 %."}, text: []string{"À l'article L. 1 du code civil, le taux : « 5 % » est remplacé par le taux : « 10 % »."}, want: []string{"Le taux est de 10 %."}},
		{name: "la date", before: []string{"Avant le 1er janvier 2020, il déclare."}, text: []string{"À l'article L. 1 du code civil, la date : « 1er janvier 2020 » est remplacée par la date : « 1er janvier 2025 »."}, want: []string{"Avant le 1er janvier 2025, il déclare."}},
		{name: "l'année", before: []string{"Jusqu'en 2020, il déclare."}, text: []string{"À l'article L. 1 du code civil, l'année : « 2020 » est remplacée par l'année : « 2025 »."}, want: []string{"Jusqu'en 2025, il déclare."}},
		{name: "le chiffre", before: []string{"Il désigne 3 membres."}, text: []string{"À l'article L. 1 du code civil, le chiffre : « 3 » est remplacé par le chiffre : « 5 »."}, want: []string{"Il désigne 5 membres."}},
		{name: "le nombre", before: []string{"Il désigne trois membres."}, text: []string{"À l'article L. 1 du code civil, le nombre : « trois » est remplacé par le nombre : « cinq »."}, want: []string{"Il désigne cinq membres."}},
		{name: "la somme", before: []string{"Une somme de 150 euros est due."}, text: []string{"À l'article L. 1 du code civil, la somme : « 150 euros » est remplacée par la somme : « 300 euros »."}, want: []string{"Une somme de 300 euros est due."}},
		{name: "le pourcentage", before: []string{"Au moins 20 % des sièges."}, text: []string{"À l'article L. 1 du code civil, le pourcentage : « 20 % » est remplacé par le pourcentage : « 30 % »."}, want: []string{"Au moins 30 % des sièges."}},
		{name: "les références", before: []string{"Selon les articles L. 2 et L. 3."}, text: []string{"À l'article L. 1 du code civil, les références : « L. 2 et L. 3 » sont remplacées par la référence : « L. 4 »."}, want: []string{"Selon les articles L. 4."}},
		{name: "le mot and la référence together", before: []string{"Le maire applique l'article L. 2."}, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et la référence : « L. 2 » est remplacée par la référence : « L. 3 »."}, want: []string{"Le préfet applique l'article L. 3."}},
	})
}

// TestGrammarOccurrence: "la première (seconde, dernière) occurrence du
// mot" names one occurrence of the words.
func TestGrammarOccurrence(t *testing.T) {
	B := []string{"Le maire saisit le maire délégué."}
	runGrammar(t, []grammarCase{
		{name: "la seconde occurrence du mot … est remplacée", before: B, text: []string{"À l'article L. 1 du code civil, la seconde occurrence du mot : « maire » est remplacée par le mot : « préfet »."}, want: []string{"Le maire saisit le préfet délégué."}},
		{name: "la première occurrence", before: B, text: []string{"À l'article L. 1 du code civil, la première occurrence du mot : « maire » est remplacée par le mot : « préfet »."}, want: []string{"Le préfet saisit le maire délégué."}},
		{name: "la dernière occurrence", before: B, text: []string{"À l'article L. 1 du code civil, la dernière occurrence du mot : « maire » est remplacée par le mot : « préfet »."}, want: []string{"Le maire saisit le préfet délégué."}},
		{name: "après la première occurrence du mot", before: B, text: []string{"À l'article L. 1 du code civil, après la première occurrence du mot : « maire », sont insérés les mots : « de la commune »."}, want: []string{"Le maire de la commune saisit le maire délégué."}},
		{name: "a third occurrence that is not there: refused", before: B, text: []string{"À l'article L. 1 du code civil, la troisième occurrence du mot : « maire » est remplacée par le mot : « préfet »."}},
	})
}

// TestGrammarInvertedInsertion: the verb first — "Il est inséré, après …,
// un alinéa ainsi rédigé", "Sont insérés, après …, deux alinéas".
func TestGrammarInvertedInsertion(t *testing.T) {
	B := []string{"A.", "B."}
	runGrammar(t, []grammarCase{
		{name: "il est inséré, après le premier alinéa de l'article, un alinéa", before: B, text: []string{"Il est inséré, après le premier alinéa de l'article L. 1 du code civil, un alinéa ainsi rédigé :", "« A bis. »"}, want: []string{"A.", "A bis.", "B."}},
		{name: "sont insérés, après le premier alinéa, deux alinéas", before: B, text: []string{"Sont insérés, après le premier alinéa de l'article L. 1 du code civil, deux alinéas ainsi rédigés :", "« A bis.", "« A ter. »"}, want: []string{"A.", "A bis.", "A ter.", "B."}},
		{name: "est ajoutée, à la fin de l'article, une phrase", before: B, text: []string{"L'article L. 1 du code civil est complété par une phrase ainsi rédigée : « C. »"}, want: []string{"A.", "B. C."}},
	})
}

// TestGrammarMention: "la mention : « I. – »" added at the start of an
// alinéa numbers it.
func TestGrammarMention(t *testing.T) {
	B := []string{"Le maire agit.", "Le préfet contrôle."}
	runGrammar(t, []grammarCase{
		{name: "au début du premier alinéa, est ajoutée la mention", before: B, text: []string{"Au début du premier alinéa de l'article L. 1 du code civil, est ajoutée la mention : « I. – »."}, want: []string{"I. – Le maire agit.", "Le préfet contrôle."}},
		{name: "le premier alinéa est précédé de la mention", before: B, text: []string{"Le premier alinéa de l'article L. 1 du code civil est précédé de la mention : « I. – »."}, want: []string{"I. – Le maire agit.", "Le préfet contrôle."}},
	})
}

// TestGrammarRangesOfAlineas: "les deuxième à quatrième alinéas".
func TestGrammarRangesOfAlineas(t *testing.T) {
	B := []string{"A.", "B.", "C.", "D.", "E."}
	runGrammar(t, []grammarCase{
		{name: "les deuxième à quatrième alinéas sont supprimés", before: B, text: []string{"Les deuxième à quatrième alinéas de l'article L. 1 du code civil sont supprimés."}, want: []string{"A.", "E."}},
		{name: "l'avant-dernier alinéa est supprimé", before: B, text: []string{"L'avant-dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"A.", "B.", "C.", "E."}},
		{name: "les trois derniers alinéas sont supprimés", before: B, text: []string{"Les trois derniers alinéas de l'article L. 1 du code civil sont supprimés."}, want: []string{"A.", "B."}},
	})
}

// TestGrammarSemicolonPlaces: two places and their operations in one
// item, joined by a semicolon.
func TestGrammarSemicolonPlaces(t *testing.T) {
	B := []string{"Le maire agit. Le maire rend compte.", "Le préfet contrôle."}
	runGrammar(t, []grammarCase{
		{name: "à la première phrase …, … ; à la seconde phrase du même alinéa, …", before: B, text: []string{"À la première phrase du premier alinéa de l'article L. 1 du code civil, le mot : « agit » est remplacé par le mot : « décide » ; à la seconde phrase du même alinéa, le mot : « maire » est remplacé par le mot : « président »."}, want: []string{"Le maire décide. Le président rend compte.", "Le préfet contrôle."}},
		{name: "à la fin, sont ajoutés les mots", before: B, text: []string{"Au second alinéa de l'article L. 1 du code civil, le mot : « préfet » est remplacé par le mot : « juge » et, à la fin, sont ajoutés les mots : « a posteriori »."}, want: []string{B[0], "Le juge contrôle a posteriori."}},
	})
}
