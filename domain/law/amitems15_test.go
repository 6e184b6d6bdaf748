package law

import "testing"

// TestAmItems15ParenItem: one item numbered with a parenthesis, "1)",
// "2 bis)", named in an amendment's locator — "Au 1) du 2°, …",
// "Supprimer le 1) du 2°", "Au début du 1), …", "Compléter le 1) par
// …", "Rédiger ainsi le 1) du 1° :", "Après le 1) du 1°, insérer un 1
// bis) ainsi rédigé" — is read as the bills read it, the item "1)" (never
// the paragraph "1."): it was refused. Where the article holds two such
// items and the place named does not say which, where the place holds
// none, and several items so numbered ("les 1) et 2)", "le 1) et le
// 2)", "au 1), au 2)"), refused; "un 1) bis" (no such label) refused.
func TestAmItems15ParenItem(t *testing.T) {
	P := []string{"I. – Le maire signe :", "1° Le juge lit :", "1) Le juge date ;", "2) Le juge vise. Il classe.", "2° Le juge part :", "1) Le greffier date ;", "2) Le greffier vise."}
	Q := []string{"I. – Le maire signe :", "1° Le juge lit :", "1) Le juge date ;", "2) Le juge vise. Il classe.", "2° Le juge part."}
	with := func(b []string, kv ...any) []string {
		out := append([]string(nil), b...)
		for i := 0; i < len(kv); i += 2 {
			out[kv[i].(int)] = kv[i+1].(string)
		}
		return out
	}
	ins := []string{Q[0], Q[1], Q[2], "1 bis) Le juge voit ;", Q[3], Q[4]}
	runAmendments(t, []amCase{
		{"au 1) du 2°", P, "Au 1) du 2°, remplacer le mot : « date » par le mot : « lit ».", with(P, 5, "1) Le greffier lit ;")},
		{"supprimer le 2) du 2°", P, "Supprimer le 2) du 2°.", []string{P[0], P[1], P[2], P[3], P[4], P[5], "2) (Supprimé)"}},
		{"au 1), two 1): refused", P, "Au 1), remplacer le mot : « date » par le mot : « lit ».", nil},
		{"après le 1), two 1): refused", P, "Après le 1), insérer un alinéa ainsi rédigé :\n« 1 bis) Le juge voit ; »", nil},
		{"au 1), one 1)", Q, "Au 1), remplacer le mot : « date » par le mot : « lit ».", with(Q, 2, "1) Le juge lit ;")},
		{"au début du 1)", Q, "Au début du 1), insérer les mots : « Demain, ».", with(Q, 2, "1) Demain, le juge date ;")},
		{"compléter le 1)", Q, "Compléter le 1) par les mots : « demain ».", with(Q, 2, "1) Le juge date demain ;")},
		{"seconde phrase du 2) du 1°", Q, "À la seconde phrase du 2) du 1°, remplacer le mot : « classe » par le mot : « range ».", with(Q, 3, "2) Le juge vise. Il range.")},
		{"au 2) du 1°, à la seconde phrase", Q, "Au 2) du 1°, à la seconde phrase, remplacer le mot : « classe » par le mot : « range ».", with(Q, 3, "2) Le juge vise. Il range.")},
		{"rédiger ainsi le 1) du 1°", Q, "Rédiger ainsi le 1) du 1° :\n« 1) Le juge voit ; »", with(Q, 2, "1) Le juge voit ;")},
		{"rédiger ainsi le 1) with a 2): refused", Q, "Rédiger ainsi le 1) du 1° :\n« 2) Le juge voit ; »", nil},
		{"après le 1), un 1 bis)", Q, "Après le 1) du 1°, insérer un 1 bis) ainsi rédigé :\n« 1 bis) Le juge voit ; »", ins},
		{"après le 1), un alinéa", Q, "Après le 1) du 1°, insérer un alinéa ainsi rédigé :\n« 1 bis) Le juge voit ; »", ins},
		{"un 1) bis: refused", Q, "Après le 1), insérer un 1) bis ainsi rédigé :\n« 1) bis Le juge voit ; »", nil},
		{"le 1) du 2°: none there, refused", Q, "Supprimer le 1) du 2°.", nil},
		{"le 3): none, refused", Q, "Supprimer le 3).", nil},
		{"les 1) et 2) (read since amitems17)", Q, "Supprimer les 1) et 2) du 1°.", []string{Q[0], Q[1], "1) et 2) (Supprimé)", Q[4]}},
		{"le 1) et le 2): refused", Q, "Supprimer le 1) et le 2) du 1°.", nil},
		{"au 1), au 2): refused", Q, "Au 1), au 2), remplacer le mot : « juge » par le mot : « maire ».", nil},
		{"les 1) à 2) (read since amitems17)", Q, "Supprimer les 1) à 2) du 1°.", []string{Q[0], Q[1], "1) et 2) (Supprimé)", Q[4]}},
		{"le 1 du 1° (no paragraph 1.): refused", Q, "Supprimer le 1 du 1°.", nil},
	})
}

// TestAmItems15RangeThenList: a range of items then items listed after
// it, "Supprimer les 1 à 2 et 3 du I", "Aux 1 à 2 et 4 du I, …", "les 1
// à 2, 3 et 4", "Supprimer les 1° à 2° et 4°", is the range's items (the
// 1 bis between its bounds with them) then each listed, as the bills read
// it (it was refused). A listed item the range holds or before its end
// ("les 1 à 3 et 2"), of another kind, one the text lacks, or joined by
// its own determiner ("les 1 à 2 et le 3") is refused.
func TestAmItems15RangeThenList(t *testing.T) {
	M := []string{"I. – Le maire signe.", "1. Le juge lit.", "1 bis. Le juge vise.", "2. Le juge date.", "3. Le juge part.", "4. Le juge dort.", "II. – Le préfet signe.", "1. Le greffier date."}
	D := []string{"I. – Le maire signe :", "1° Le juge lit ;", "2° Le juge vise ;", "3° Le juge date ;", "4° Le juge part ;", "5° Le juge dort.", "II. – Fin."}
	runAmendments(t, []amCase{
		{"aux 1 à 2 et 4 du I", M, "Aux 1 à 2 et 4 du I, remplacer le mot : « juge » par le mot : « maire ».", []string{M[0], "1. Le maire lit.", "1 bis. Le maire vise.", "2. Le maire date.", M[4], "4. Le maire dort.", M[6], M[7]}},
		{"aux 1° à 2° et 5° du I", D, "Aux 1° à 2° et 5° du I, remplacer le mot : « juge » par le mot : « maire ».", []string{D[0], "1° Le maire lit ;", "2° Le maire vise ;", D[3], D[4], "5° Le maire dort.", D[6]}},
		{"supprimer les 1° à 2° et 4°", D, "Supprimer les 1° à 2° et 4°.", []string{D[0], "1° et 2° (Supprimé)", D[3], "4° (Supprimé)", D[5], D[6]}},
		{"les 1 à 3 et 2: refused", M, "Supprimer les 1 à 3 et 2 du I.", nil},
		{"les 1 à 2 et 5: refused", M, "Supprimer les 1 à 2 et 5 du I.", nil},
		{"les 1 à 2 et le 3: refused", M, "Supprimer les 1 à 2 et le 3 du I.", nil},
		{"les 1° à 2° et 4: refused", D, "Supprimer les 1° à 2° et 4 du I.", nil},
	})
}

// TestAmItems15DeletedNumberPlaceholder: a paragraph numbered "1." (no
// dash, as conventions and finance articles number theirs) or an item
// numbered "1)" deleted by an amendment — "Supprimer le 2 de cet
// article", "Supprimer l'alinéa 3", "Supprimer les alinéas 2 à 3",
// "Supprimer le 1) du 1°" — stays as its number and "(Supprimé)", as the
// corpus's "I. – (Supprimé)", "1° (Supprimé)", "c) (Supprimé)" (divPrefix:
// divNumberDot, divNumberParen; the line went). A block crossing levels
// leaves one per level ("1) et 2) (Supprimé)" then "2° (Supprimé)"); one
// holding both "1)" and lettered items goes with no placeholder, as
// before (which is inside which is not known: parenAndLetters); a plain
// alinéa goes as before.
func TestAmItems15DeletedNumberPlaceholder(t *testing.T) {
	C := []string{"Le traité est ratifié :", "1. Le juge lit.", "2. Le juge vise.", "3. Le juge date."}
	Q := []string{"I. – Le maire signe :", "1° Le juge lit :", "1) Le juge date ;", "2) Le juge vise. Il classe.", "2° Le juge part."}
	L := []string{"I. – Le maire signe :", "1) Le juge lit :", "a) Le juge date ;", "b) Le juge vise.", "2) Le juge part."}
	runAmendments(t, []amCase{
		{"le 2 de cet article", C, "Supprimer le 2 de cet article.", []string{C[0], C[1], "2. (Supprimé)", C[3]}},
		{"l'alinéa 3", C, "Supprimer l'alinéa 3.", []string{C[0], C[1], "2. (Supprimé)", C[3]}},
		{"les alinéas 2 à 3", C, "Supprimer les alinéas 2 à 3.", []string{C[0], "1 et 2. (Supprimé)", C[3]}},
		{"the plain alinéa 1 goes", C, "Supprimer l'alinéa 1.", []string{C[1], C[2], C[3]}},
		{"le 1) du 1°", Q, "Supprimer le 1) du 1°.", []string{Q[0], Q[1], "1) (Supprimé)", Q[3], Q[4]}},
		{"les alinéas 3 à 5 across levels", Q, "Supprimer les alinéas 3 à 5.", []string{Q[0], Q[1], "1) et 2) (Supprimé)", "2° (Supprimé)"}},
		{"1) and letters: no placeholder", L, "Supprimer les alinéas 3 à 5.", []string{L[0], L[1]}},
	})
}
