package law

import "testing"

// TestCase12RomanCaseInBills: a roman written in capitals ("le I", "au
// V", "du X") names a part "I. –", never the item "i)", "v)" or "x)"
// (or "ii)" of a list in small romans) of an article that has no such
// part — paths keep romans in lower case, and "Le I de l'article L. 1
// est abrogé" deleted the i) of its b; a lower-case one ("le i") names
// the item, never the part. Refused when the text has no division of
// that case; the part and the item are found as before when it has.
func TestCase12RomanCaseInBills(t *testing.T) {
	A := []string{"Le juge examine :", "a) Les faits ;", "b) Les actes :", "i) Le premier ;", "ii) Le second ;", "c) Les preuves."}
	V := []string{"Le juge examine :", "a) Un ;", "b) Deux :", "i) Trois ;", "ii) Quatre ;", "iii) Cinq ;", "iv) Six ;", "v) Sept ;", "c) Huit."}
	X := []string{"Le juge examine :", "a) A ;", "b) B ;", "c) C ;", "d) D ;", "e) E ;", "f) F ;", "g) G ;", "h) H ;", "i) I ;", "j) J ;", "k) K ;", "l) L ;", "m) M ;", "n) N ;", "o) O ;", "p) P ;", "q) Q ;", "r) R ;", "s) S ;", "t) T ;", "u) U ;", "v) V ;", "w) W ;", "x) X."}
	P := []string{"I. – Le juge examine :", "a) Les faits ;", "b) Les actes :", "i) Le premier ;", "ii) Le second ;", "c) Les preuves.", "II. – Le juge tranche."}
	R := []string{"I. – Le juge signe.", "II. – Le juge tranche.", "III. – Le juge statue.", "IV. – Le juge lit.", "V. – Le juge part."}
	runGrammar(t, []grammarCase{
		{name: "le I abrogé, no part I, an item i): refused", before: A, text: []string{"Le I de l'article L. 1 du code civil est abrogé."}},
		{name: "le I supprimé, no part I: refused", before: A, text: []string{"Le I de l'article L. 1 du code civil est supprimé."}},
		{name: "au I, words, no part I: refused", before: A, text: []string{"Au I de l'article L. 1 du code civil, le mot : « premier » est remplacé par le mot : « dernier »."}},
		{name: "le II abrogé, no part II, an item ii): refused", before: A, text: []string{"Le II de l'article L. 1 du code civil est abrogé."}},
		{name: "le V, no part V, an item v): refused", before: V, text: []string{"Le V de l'article L. 1 du code civil est abrogé."}},
		{name: "le X, no part X, an item x): refused", before: X, text: []string{"Le X de l'article L. 1 du code civil est abrogé."}},
		{name: "le c du I, no part I: refused", before: A, text: []string{"Le c du I de l'article L. 1 du code civil est abrogé."}},
		{name: "le i du b: the item", before: A, text: []string{"Le i du b de l'article L. 1 du code civil est abrogé."},
			want: []string{A[0], A[1], A[2], "i) (Abrogé) ;", A[4], A[5]}},
		{name: "le x: the letter", before: X, text: []string{"Au x de l'article L. 1 du code civil, le mot : « X » est remplacé par le mot : « Z »."},
			want: append(append([]string(nil), X[:24]...), "x) Z.")},
		{name: "le I with a part I: the part", before: P, text: []string{"Au I de l'article L. 1 du code civil, le mot : « premier » est remplacé par le mot : « dernier »."},
			want: []string{P[0], P[1], P[2], "i) Le dernier ;", P[4], P[5], P[6]}},
		{name: "le c du I with a part I", before: P, text: []string{"Le c du I de l'article L. 1 du code civil est abrogé."},
			want: []string{P[0], P[1], P[2], P[3], P[4], "c) (Abrogé).", P[6]}},
		{name: "le V with parts: the part", before: R, text: []string{"Au V de l'article L. 1 du code civil, le mot : « part » est remplacé par le mot : « reste »."},
			want: []string{R[0], R[1], R[2], R[3], "V. – Le juge reste."}},
		{name: "le v, parts only: refused", before: R, text: []string{"Au v de l'article L. 1 du code civil, le mot : « part » est remplacé par le mot : « reste »."}},
		{name: "le i, parts only: refused", before: R, text: []string{"Le i de l'article L. 1 du code civil est abrogé."}},
		{name: "les I et II with parts", before: R, text: []string{"Les I et II de l'article L. 1 du code civil sont abrogés."},
			want: []string{"I. – (Abrogé)", "II. – (Abrogé)", R[2], R[3], R[4]}},
		{name: "les I à III with parts", before: R, text: []string{"Les I à III de l'article L. 1 du code civil sont abrogés."},
			want: []string{"I. – (Abrogé)", "II. – (Abrogé)", "III. – (Abrogé)", R[3], R[4]}},
		{name: "les I et II, items only: refused", before: A, text: []string{"Les I et II de l'article L. 1 du code civil sont abrogés."}},
	})
}

// TestCase12RomanCaseInAmendments: the same in an amendment's locator.
func TestCase12RomanCaseInAmendments(t *testing.T) {
	A := []string{"Le code est modifié :", "a) Le a ;", "b) Le b :", "i) Un ;", "ii) Deux ;", "c) Le c."}
	P := []string{"I. – Le code est modifié :", "a) Le a ;", "b) Le b :", "i) Un ;", "ii) Deux ;", "c) Le c.", "II. – Le code est lu."}
	runAmendments(t, []amCase{
		{"supprimer le I, no part I: refused", A, "Supprimer le I.", nil},
		{"au I, words, no part I: refused", A, "Au I, remplacer le mot :\nUn\npar le mot :\nTrois", nil},
		{"supprimer le II, no part II: refused", A, "Supprimer le II.", nil},
		{"au c du I, no part I: refused", A, "Au c du I, remplacer le mot :\nLe\npar le mot :\nUn", nil},
		{"au I with a part I: the part", P, "Au I, remplacer le mot :\nUn\npar le mot :\nTrois",
			[]string{P[0], P[1], P[2], "i) Trois ;", P[4], P[5], P[6]}},
		{"alinéa 7 du II with a part II", P, "Alinéa 7 du II\nRemplacer le mot :\nlu\npar le mot :\nsigné",
			[]string{P[0], P[1], P[2], P[3], P[4], P[5], "II. – Le code est signé."}},
	})
}
