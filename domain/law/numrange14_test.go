package law

import "testing"

// TestNumRange14BillRanges: a range or a list of items numbered without
// a degree sign, "Les 1 à 2 du I sont abrogés", "Les 2 et 3 du II sont
// supprimés", "Du 1 au 2 du I", "Aux 1 à 2 du I, …", "Les 1 à 3 du A du
// I sont ainsi rédigés", is each item named, and the range holds the
// items numbered between with a Latin adverb (the 1 bis), as "les 1° à
// 2°" (the range was not read and the whole I deleted; the list's 3 was
// dropped). A range bounded by an item with a Latin adverb is refused.
func TestNumRange14BillRanges(t *testing.T) {
	M := []string{"I. – Le maire signe.", "1. Le juge lit.", "1 bis. Le juge vise.", "2. Le juge date.", "3. Le juge part.", "II. – Le préfet signe.", "1. Le greffier date.", "2. Le greffier vise.", "3. Le greffier lit."}
	with := func(kv ...any) []string {
		out := append([]string(nil), M...)
		for i := 0; i < len(kv); i += 2 {
			out[kv[i].(int)] = kv[i+1].(string)
		}
		return out
	}
	gone := with(1, "1. (Abrogé)", 2, "1 bis. (Abrogé)", 3, "2. (Abrogé)")
	A := []string{"I. – Le maire signe.", "A. – Le juge :", "1. Un.", "2. Deux.", "3. Trois.", "4. Quatre.", "B. – Le préfet.", "II. – Fin."}
	runGrammar(t, []grammarCase{
		{name: "les 1 à 2 du I abrogés", before: M, text: []string{"Les 1 à 2 du I de l'article L. 1 du code civil sont abrogés."}, want: gone},
		{name: "au I, les 1 à 2", before: M, text: []string{"Au I de l'article L. 1 du code civil, les 1 à 2 sont abrogés."}, want: gone},
		{name: "du 1 au 2 du I", before: M, text: []string{"Du 1 au 2 du I de l'article L. 1 du code civil sont abrogés."}, want: gone},
		{name: "in a list", before: M, text: []string{"Le I de l'article L. 1 du code civil est ainsi modifié :", "1° Les 1 à 2 sont abrogés ;", "2° Au 3, le mot : « part » est remplacé par le mot : « lit »."},
			want: with(1, "1. (Abrogé)", 2, "1 bis. (Abrogé)", 3, "2. (Abrogé)", 4, "3. Le juge lit.")},
		{name: "aux 1 à 2 du I, words", before: M, text: []string{"Aux 1 à 2 du I de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."},
			want: with(1, "1. Le maire lit.", 2, "1 bis. Le maire vise.", 3, "2. Le maire date.")},
		{name: "les 2 et 3 du II", before: M, text: []string{"Les 2 et 3 du II de l'article L. 1 du code civil sont supprimés."}, want: with(7, "2. (Abrogé)", 8, "3. (Abrogé)")},
		{name: "les 1 à 3 et 1 bis du II: the II has no 1 bis", before: M, text: []string{"Les 1 à 3 et 1 bis du II de l'article L. 1 du code civil sont supprimés."}},
		{name: "les 1 à 2 et 3 du I", before: M, text: []string{"Les 1 à 2 et 3 du I de l'article L. 1 du code civil sont supprimés."}, want: with(1, "1. (Abrogé)", 2, "1 bis. (Abrogé)", 3, "2. (Abrogé)", 4, "3. (Abrogé)")},
		{name: "les 1 et 1 bis du I", before: M, text: []string{"Les 1 et 1 bis du I de l'article L. 1 du code civil sont supprimés."}, want: with(1, "1. (Abrogé)", 2, "1 bis. (Abrogé)")},
		{name: "les 1 à 3 du A du I rédigés", before: A, text: []string{"Les 1 à 3 du A du I de l'article L. 1 du code civil sont ainsi rédigés :", "« 1. Neuf. »", "« 2. Dix. »", "« 3. Onze. »"},
			want: []string{A[0], A[1], "1. Neuf.", "2. Dix.", "3. Onze.", A[5], A[6], A[7]}},
		{name: "les 1 à 3 du A du I abrogés", before: A, text: []string{"Les 1 à 3 du A du I de l'article L. 1 du code civil sont abrogés."},
			want: []string{A[0], A[1], "1. (Abrogé)", "2. (Abrogé)", "3. (Abrogé)", A[5], A[6], A[7]}},
		{name: "les 1 bis à 2: refused", before: M, text: []string{"Les 1 bis à 2 du I de l'article L. 1 du code civil sont supprimés."}},
		{name: "les 1 à 2 bis: refused", before: M, text: []string{"Les 1 à 2 bis du I de l'article L. 1 du code civil sont supprimés."}},
		// Guards: what was read stays so.
		{name: "le 2 du II", before: M, text: []string{"Le 2 du II de l'article L. 1 du code civil est supprimé."}, want: with(7, "2. (Abrogé)")},
		{name: "renumbering a range", before: M, text: []string{"Les 2 à 3 du II de l'article L. 1 du code civil deviennent les 3 à 4."}, want: with(7, "3. Le greffier vise.", 8, "4. Le greffier lit.")},
		{name: "renumbering a list", before: M, text: []string{"Au II de l'article L. 1 du code civil, les 2 et 3 deviennent respectivement les 3 et 4."}, want: with(7, "3. Le greffier vise.", 8, "4. Le greffier lit.")},
		{name: "days, not items", before: M, text: []string{"Au 3 du I de l'article L. 1 du code civil, les mots : « part » sont remplacés par les mots : « part du 1 au 3 mai »."}, want: with(4, "3. Le juge part du 1 au 3 mai.")},
	})
}

// TestNumRange14ParenItems: items numbered with a parenthesis, "1)",
// "2)", in a bill: "Le 1) du a du 1° est abrogé", "Au 2) du a du 1°, les
// mots …", "Après le 2), il est inséré un 3)": their label kept with its
// parenthesis, never the enclosing item; a plain "1" there (no "1.") is
// not found, and a list of them is refused.
func TestNumRange14ParenItems(t *testing.T) {
	P := []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge :", "1) Le juge date ;", "2) Le juge vise ;", "b) Le greffier.", "2° Le juge part."}
	with := func(i int, s string) []string {
		out := append([]string(nil), P...)
		out[i] = s
		return out
	}
	ins := []string{P[0], P[1], P[2], P[3], P[4], "3) Le juge part.", P[5], P[6]}
	runGrammar(t, []grammarCase{
		{name: "le 1) du a du 1°", before: P, text: []string{"Le 1) du a du 1° de l'article L. 1 du code civil est abrogé."}, want: with(3, "1) (Abrogé) ;")},
		{name: "le 1) du 1°: the one 1) it holds", before: P, text: []string{"Le 1) du 1° de l'article L. 1 du code civil est abrogé."}, want: with(3, "1) (Abrogé) ;")},
		{name: "au 2) du a du 1°, words", before: P, text: []string{"Au 2) du a du 1° de l'article L. 1 du code civil, le mot : « vise » est remplacé par le mot : « lit »."}, want: with(4, "2) Le juge lit ;")},
		{name: "après le 2), un 3)", before: P, text: []string{"Après le 2) du a du 1° de l'article L. 1 du code civil, il est inséré un 3) ainsi rédigé :", "« 3) Le juge part. »"}, want: ins},
		{name: "le a complété par un 3)", before: P, text: []string{"Le a du 1° de l'article L. 1 du code civil est complété par un 3) ainsi rédigé :", "« 3) Le juge part. »"}, want: ins},
		{name: "les 1) et 2): refused", before: P, text: []string{"Les 1) et 2) du a du 1° de l'article L. 1 du code civil sont abrogés."}},
		{name: "les 1) à 2): refused", before: P, text: []string{"Les 1) à 2) du a du 1° de l'article L. 1 du code civil sont abrogés."}},
		{name: "les 1 à 2 du a: not the a", before: P, text: []string{"Les 1 à 2 du a du 1° de l'article L. 1 du code civil sont abrogés."}},
		{name: "le 1 du a: not the a", before: P, text: []string{"Le 1 du a du 1° de l'article L. 1 du code civil est abrogé."}},
	})
}

// TestNumRange14AmendmentRanges: an amendment's range of items numbered
// without a degree sign, "Supprimer les 1 à 2 du I", "Aux 1 à 2 du I,
// …", is read as the bills' (it was refused); a bound with a Latin adverb
// and items numbered with a parenthesis stay refused.
func TestNumRange14AmendmentRanges(t *testing.T) {
	M := []string{"I. – Le maire signe.", "1. Le juge lit.", "1 bis. Le juge vise.", "2. Le juge date.", "3. Le juge part.", "II. – Le préfet signe.", "1. Le greffier date."}
	P := []string{"I. – Le maire signe :", "1° Le juge lit :", "1) Le juge date ;", "2) Le juge vise.", "2° Le juge part."}
	runAmendments(t, []amCase{
		{"supprimer les 1 à 2 du I (one placeholder: amitems15)", M, "Supprimer les 1 à 2 du I.", []string{M[0], "1, 1 bis et 2. (Supprimé)", M[4], M[5], M[6]}},
		{"aux 1 à 2 du I, words", M, "Aux 1 à 2 du I, remplacer le mot : « juge » par le mot : « maire ».", []string{M[0], "1. Le maire lit.", "1 bis. Le maire vise.", "2. Le maire date.", M[4], M[5], M[6]}},
		{"supprimer du 1 au 2 du I", M, "Supprimer du 1 au 2 du I.", []string{M[0], "1, 1 bis et 2. (Supprimé)", M[4], M[5], M[6]}},
		{"les 1 à 2 et 3 (amitems15: read)", M, "Supprimer les 1 à 2 et 3 du I.", []string{M[0], "1, 1 bis, 2 et 3. (Supprimé)", M[5], M[6]}},
		{"les 1 bis à 2: refused", M, "Supprimer les 1 bis à 2 du I.", nil},
		{"le 1) du 1° (amitems15: read)", P, "Supprimer le 1) du 1°.", []string{P[0], P[1], "1) (Supprimé)", P[3], P[4]}},
		{"les 1 à 2 du 1°: refused", P, "Supprimer les 1 à 2 du 1°.", nil},
	})
}
