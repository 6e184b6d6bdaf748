package law

import "testing"

// TestRoman13SmallRomanItemsNamed: an item numbered in small roman
// numerals under a letter item ("i) …", "ii) …" under "a) … :") is named
// in a bill's place as the letters are — "Le ii du a du 1°", "Au i du b",
// "Après le ii du a", "Les ii et iii du a", "Les i à iii du a" (it was
// refused; "Les i à iii" was not read at all, and the whole a deleted);
// deleted, it keeps its label ("ii) (Abrogé) ;", not "ii (Abrogé)").
// "Le i du 1°" where the 1° holds a letter i) and a roman i) under one of
// its letters is refused (the roman one, found first, was deleted); a
// numeral no reader reads ("Les h et ii") is refused, never dropped.
func TestRoman13SmallRomanItemsNamed(t *testing.T) {
	A := []string{"Le juge examine :", "1° Les faits :", "a) Les actes :", "i) Le premier ;", "ii) Le second ;", "iii) Le tiers ;", "b) Les preuves :", "i) La lettre ;", "ii) Le bail.", "2° Les droits."}
	I := []string{"1° Le juge :", "a) A ;", "b) B :", "i) Un ;", "ii) Deux ;", "c) C ;", "d) D ;", "e) E ;", "f) F ;", "g) G ;", "h) H ;", "i) I ;", "j) J."}
	L := " de l'article L. 1 du code civil"
	with := func(al []string, i int, s string) []string {
		out := append([]string(nil), al...)
		out[i] = s
		return out
	}
	runGrammar(t, []grammarCase{
		{name: "le ii du a du 1° supprimé", before: A, text: []string{"Le ii du a du 1°" + L + " est supprimé."}, want: with(A, 4, "ii) (Abrogé) ;")},
		{name: "au ii du b du 1°", before: A, text: []string{"Au ii du b du 1°" + L + ", le mot : « bail » est remplacé par le mot : « loyer »."}, want: with(A, 8, "ii) Le loyer.")},
		{name: "au i du b du 1°", before: A, text: []string{"Au i du b du 1°" + L + ", le mot : « lettre » est remplacé par le mot : « note »."}, want: with(A, 7, "i) La note ;")},
		{name: "au ii) du a du 1°", before: A, text: []string{"Au ii) du a du 1°" + L + ", le mot : « Le » est remplacé par le mot : « Un »."}, want: with(A, 4, "ii) Un second ;")},
		{name: "le ii du a ainsi rédigé", before: A, text: []string{"Le ii du a du 1°" + L + " est ainsi rédigé :", "« ii) Le deuxième ; »."}, want: with(A, 4, "ii) Le deuxième ;")},
		{name: "après le ii du a, un ii bis", before: A, text: []string{"Après le ii du a du 1°" + L + ", il est inséré un ii bis ainsi rédigé :", "« ii bis) Le quart ; »."},
			want: []string{A[0], A[1], A[2], A[3], A[4], "ii bis) Le quart ;", A[5], A[6], A[7], A[8], A[9]}},
		{name: "les ii et iii du a", before: A, text: []string{"Les ii et iii du a du 1°" + L + " sont supprimés."}, want: with(with(A, 4, "ii) (Abrogé) ;"), 5, "iii) (Abrogé) ;")},
		{name: "les i et ii du a", before: A, text: []string{"Les i et ii du a du 1°" + L + " sont supprimés."}, want: with(with(A, 3, "i) (Abrogé) ;"), 4, "ii) (Abrogé) ;")},
		{name: "les i à iii du a", before: A, text: []string{"Les i à iii du a du 1°" + L + " sont supprimés."}, want: with(with(with(A, 3, "i) (Abrogé) ;"), 4, "ii) (Abrogé) ;"), 5, "iii) (Abrogé) ;")},
		{name: "aux ii et iii du a", before: A, text: []string{"Aux ii et iii du a du 1°" + L + ", le mot : « Le » est remplacé par le mot : « Un »."}, want: with(with(A, 4, "ii) Un second ;"), 5, "iii) Un tiers ;")},
		{name: "le ii du 1°, under its a and its b: refused", before: A, text: []string{"Le ii du 1°" + L + " est supprimé."}},
		{name: "le ii bis du a, none: refused", before: A, text: []string{"Le ii bis du a du 1°" + L + " est supprimé."}},
		{name: "les h et ii du 1°: refused", before: A, text: []string{"Les h et ii du 1°" + L + " sont supprimés."}},
		{name: "le ii devient le iii: refused", before: A, text: []string{"Au a du 1°" + L + ", le ii devient le iii et le iii devient le iv."}},
		{name: "le i du 1°, a letter i) and a roman i): refused", before: I, text: []string{"Le i du 1°" + L + " est supprimé."}},
		{name: "le i du b du 1°: the roman", before: I, text: []string{"Le i du b du 1°" + L + " est supprimé."}, want: with(I, 3, "i) (Abrogé) ;")},
		{name: "le j du 1°: the letter", before: I, text: []string{"Le j du 1°" + L + " est supprimé."}, want: with(I, 12, "j) (Abrogé).")},
	})
}

// TestRoman13SmallRomanItemsInAmendments: the same in an amendment's
// locator — "Supprimer le ii du a du 1°", "Alinéa 5, au ii du a", lists
// and ranges (they were refused); a deleted numeral keeps its label,
// "ii) (Supprimé)", "ii) et iii) (Supprimé)" (the line went, or the
// whole a for a list or a range); "le i du 1°" over a letter i) and a
// roman i) is refused.
func TestRoman13SmallRomanItemsInAmendments(t *testing.T) {
	A := []string{"Le juge examine :", "1° Les faits :", "a) Les actes :", "i) Le premier ;", "ii) Le second ;", "iii) Le tiers ;", "b) Les preuves :", "i) La lettre ;", "ii) Le bail.", "2° Les droits."}
	I := []string{"1° Le juge :", "a) A ;", "b) B :", "i) Un ;", "ii) Deux ;", "c) C ;", "d) D ;", "e) E ;", "f) F ;", "g) G ;", "h) H ;", "i) I ;", "j) J."}
	runAmendments(t, []amCase{
		{"supprimer le ii du a du 1°", A, "Supprimer le ii du a du 1°.", []string{A[0], A[1], A[2], A[3], "ii) (Supprimé)", A[5], A[6], A[7], A[8], A[9]}},
		{"supprimer les ii et iii du a du 1°", A, "Supprimer les ii et iii du a du 1°.", []string{A[0], A[1], A[2], A[3], "ii) et iii) (Supprimé)", A[6], A[7], A[8], A[9]}},
		{"supprimer les i à iii du a du 1°", A, "Supprimer les i à iii du a du 1°.", []string{A[0], A[1], A[2], "i), ii) et iii) (Supprimé)", A[6], A[7], A[8], A[9]}},
		{"au ii du a du 1°", A, "Au ii du a du 1°, remplacer le mot : « Le » par le mot : « Un ».", []string{A[0], A[1], A[2], A[3], "ii) Un second ;", A[5], A[6], A[7], A[8], A[9]}},
		{"alinéa 5, au ii du a", A, "Alinéa 5, au ii du a, remplacer le mot : « second » par le mot : « deuxième ».", []string{A[0], A[1], A[2], A[3], "ii) Le deuxième ;", A[5], A[6], A[7], A[8], A[9]}},
		{"après le ii du a, insérer un ii bis", A, "Après le ii du a du 1°, insérer un ii bis ainsi rédigé :\n« ii bis) Le quart ; »", []string{A[0], A[1], A[2], A[3], A[4], "ii bis) Le quart ;", A[5], A[6], A[7], A[8], A[9]}},
		{"insérer un ii bis, the text a ii ter: refused", A, "Après le ii du a du 1°, insérer un ii bis ainsi rédigé :\n« ii ter) Le quart ; »", nil},
		{"supprimer le i du 1°, a letter and a roman: refused", I, "Supprimer le i du 1°.", nil},
		{"supprimer les h et ii du 1°: refused", A, "Supprimer les h et ii du 1°.", nil},
	})
}

// TestRoman13RestoredInItsCase: "Le B du I est ainsi rétabli" where the I
// holds no B restores a part "B. – …", never a letter item "b) …" (the
// labels were compared without their case: the b) went into the I), and
// "Le c du II est ainsi rétabli" a letter c), never "C. – …"; a capital
// and a letter never find each other ("Le A du II" where the II holds
// an a), "Le a du I" where the I holds an A. –: refused, as before).
func TestRoman13RestoredInItsCase(t *testing.T) {
	P := []string{"I. – Le juge examine :", "A. – Les faits.", "II. – Le juge statue :", "a) Sur le fond ;", "b) Sur la forme."}
	L := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "le B du I rétabli, a b): refused", before: P, text: []string{"Le B du I" + L + " est ainsi rétabli :", "« b) Le maire. »"}},
		{name: "le c du II rétabli, a C. –: refused", before: P, text: []string{"Le c du II" + L + " est ainsi rétabli :", "« C. – Le maire. »"}},
		{name: "le B du I rétabli, a B. –", before: P, text: []string{"Le B du I" + L + " est ainsi rétabli :", "« B. – Le maire. »"}, want: []string{P[0], P[1], "B. – Le maire.", P[2], P[3], P[4]}},
		{name: "le A du II, an a): refused", before: P, text: []string{"Le A du II" + L + " est supprimé."}},
		{name: "le a du I, an A. –: refused", before: P, text: []string{"Le a du I" + L + " est supprimé."}},
	})
}
