package law

import "testing"

// TestAm4CapitalLettersOfLabels: an item a later reading put before
// another carries capitals in its label — "1° A L'article …", "1° B
// (nouveau) Le …", "I A. – …" — and an amendment names it so: "Supprimer
// le 1° A", "Au 1° B, …", "Supprimer le I A", "les 1° A et 1° B". The 1°
// A was read as a second 1° (every designation of the 1° refused: "found
// twice"), "Supprimer le I A" deleted the I. A capital that is a word
// ("2° A compter de …", "au 1° L'article") is no part of a label.
func TestAm4CapitalLettersOfLabels(t *testing.T) {
	A := []string{"I. – Le code électoral est ainsi modifié :", "1° A (nouveau) L'article L. 10 est abrogé ;", "1° B L'article L. 11 est abrogé ;", "1° L'article L. 12 est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « préfet » ;", "b) Le mot : « juge » est supprimé ;", "2° A compter de 2020, le maire signe.", "II. – Le présent article entre en vigueur en 2020."}
	R := []string{"I A. – Le code rural est modifié.", "I. – Le code civil est modifié.", "II. – Le présent article entre en vigueur en 2020."}
	with := func(i int, l string) []string {
		out := append([]string(nil), A...)
		out[i] = l
		return out
	}
	runAmendments(t, []amCase{
		{"Supprimer le 1° A", A, "Supprimer le 1° A.", with(1, "1° A (Supprimé)")},
		{"Supprimer le 1° B", A, "Supprimer le 1° B.", with(2, "1° B (Supprimé)")},
		{"Supprimer le 1°: its a) and b) with it", A, "Supprimer le 1°.", []string{A[0], A[1], A[2], "1° (Supprimé)", A[6], A[7]}},
		{"au b du 1°", A, "Au b du 1°, substituer au mot : « juge » le mot : « greffier ».", with(5, "b) Le mot : « greffier » est supprimé ;")},
		{"au 1° B", A, "Au 1° B, substituer à la référence : « L. 11 » la référence : « L. 15 ».", with(2, "1° B L'article L. 15 est abrogé ;")},
		{"les 1° A et 1° B (deleted together: one placeholder)", A, "Supprimer les 1° A et 1° B.", []string{A[0], "1° A et 1° B (Supprimé)", A[3], A[4], A[5], A[6], A[7]}},
		{"a capital that is a word: the 2°", A, "Au 2°, substituer à l'année : « 2020 » l'année : « 2021 ».", with(6, "2° A compter de 2021, le maire signe.")},
		{"Supprimer le I A", R, "Supprimer le I A.", []string{"I A. – (Supprimé)", R[1], R[2]}},
		{"au I A", R, "Au I A, substituer au mot : « rural » le mot : « minier ».", []string{"I A. – Le code minier est modifié.", R[1], R[2]}},
		{"au I", R, "Au I, substituer au mot : « civil » le mot : « minier ».", []string{R[0], "I. – Le code minier est modifié.", R[2]}},
	})
}

// TestAm4SentenceRankRange: sentences named by a range of ranks — "les
// deuxième à quatrième phrases de l'alinéa 2", under the Sénat's locator
// line "Supprimer les deuxième à quatrième phrases." — are each of the
// range, as "les deuxième, troisième et quatrième phrases" are (it was
// refused). To "dernière": every one to the last (am-left2).
func TestAm4SentenceRankRange(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe. Il date. Il remet. Il note. Il lit."}
	runAmendments(t, []amCase{
		{"deleted", A, "Supprimer les deuxième à quatrième phrases de l'alinéa 2.", []string{A[0], "Il signe. Il lit."}},
		{"Sénat: deleted", A, "Alinéa 2\n\nSupprimer les deuxième à quatrième phrases.", []string{A[0], "Il signe. Il lit."}},
		{"rewritten together", A, "Rédiger ainsi les deuxième à quatrième phrases de l'alinéa 2 : « Il relit. »", []string{A[0], "Il signe. Il relit. Il lit."}},
		{"words in them", A, "Aux deuxième à quatrième phrases de l'alinéa 2, substituer au mot : « Il » le mot : « Elle ».", []string{A[0], "Il signe. Elle date. Elle remet. Elle note. Il lit."}},
		{"to the last: read (TestAmLeft2SentencesToEnd)", A, "Supprimer les deuxième à dernière phrases de l'alinéa 2.", []string{"I. – Le maire agit.", "Il signe."}},
	})
}

// TestAm4DeleteInsideParenthesis: words deleted at the start or the end
// of a parenthesis leave it closed on the words that stay — "(délai)",
// "(sans)" — as the words of a sentence do (it gave "( délai)", "(sans
// )"); the whole of it goes with its marks.
func TestAm4DeleteInsideParenthesis(t *testing.T) {
	A := []string{"II. – Il signe (sans délai) le contrat."}
	runAmendments(t, []amCase{
		{"its first word", A, "À l'alinéa 1, supprimer le mot : « sans ».", []string{"II. – Il signe (délai) le contrat."}},
		{"its last word", A, "À l'alinéa 1, supprimer le mot : « délai ».", []string{"II. – Il signe (sans) le contrat."}},
		{"all of it", A, "À l'alinéa 1, supprimer les mots : « sans délai ».", []string{"II. – Il signe le contrat."}},
	})
}

// TestAm4AnchorAfterNewWords: an insertion whose anchor follows the new
// words — "insérer les mots : « B » après le mot : « A »", "… avant le
// mot : « A »", "… après la seconde occurrence du mot : « A »" — inserts
// as "après le mot : « A », insérer les mots : « B »" does (it was
// refused). Two such insertions joined by "et" stay refused.
func TestAm4AnchorAfterNewWords(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat et le contrat.", "Il le remet."}
	runAmendments(t, []amCase{
		{"après", A, "À l'alinéa 1, insérer les mots : « de bail » après le mot : « contrat ».", []string{"I. – Le maire signe le contrat de bail et le contrat de bail.", A[1]}},
		{"avant", A, "À l'alinéa 1, insérer le mot : « seul » avant le mot : « maire ».", []string{"I. – Le seul maire signe le contrat et le contrat.", A[1]}},
		{"an occurrence", A, "Insérer les mots : « de bail » après la seconde occurrence du mot : « contrat ».", []string{"I. – Le maire signe le contrat et le contrat de bail.", A[1]}},
		{"two joined: refused", A, "À l'alinéa 1, insérer les mots : « de bail » après le mot : « contrat » et le mot : « seul » avant le mot : « maire ».", nil},
	})
}

// TestAm4BareArticle: "l'article" with nothing after it is the article
// amended, as "cet article": "Supprimer l'article.", "Rédiger ainsi
// l'article :" (they were refused; "Compléter l'article par …" was read).
// An article named by its number stays another text.
func TestAm4BareArticle(t *testing.T) {
	A := []string{"I. – Le maire signe.", "II. – Il date."}
	runAmendments(t, []amCase{
		{"Supprimer l'article", A, "Supprimer l'article.", []string{}},
		{"Rédiger ainsi l'article", A, "Rédiger ainsi l'article :\n« Le juge statue. »", []string{"Le juge statue."}},
		{"Compléter l'article", A, "Compléter l'article par un III ainsi rédigé :\n« III. – Il remet. »", []string{A[0], A[1], "III. – Il remet."}},
		{"an article by its number: refused", A, "Supprimer l'article L. 12.", nil},
	})
}
