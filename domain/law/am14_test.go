package law

import "testing"

// TestAm14NumberItemLocator: an item numbered without a degree sign ("le
// 1 du I", "au 2 du A du II", "au 1 bis du I") is read in an amendment's
// locator as in a bill's — it was refused, and "Au 1, …" edited the whole
// article. A bare "1" that two parts hold, ranges of such items and items
// numbered with a parenthesis ("le 1) du 1°") are refused.
func TestAm14NumberItemLocator(t *testing.T) {
	N := []string{"I. – Le maire signe.", "1. Le juge lit. Le juge date.", "2. Le juge vise.", "II. – Le préfet signe.", "A. – Le greffier lit.", "1. Le greffier date.", "2. Le greffier vise. Il classe."}
	with := func(i int, s string) []string {
		out := append([]string(nil), N...)
		out[i] = s
		return out
	}
	runAmendments(t, []amCase{
		{"supprimer le 1 du I (its placeholder: amitems15)", N, "Supprimer le 1 du I.", []string{N[0], "1. (Supprimé)", N[2], N[3], N[4], N[5], N[6]}},
		{"première phrase du 1 du I", N, "À la première phrase du 1 du I, remplacer le mot : « juge » par le mot : « maire ».", with(1, "1. Le maire lit. Le juge date.")},
		{"seconde phrase du 2 du A du II", N, "À la seconde phrase du 2 du A du II, remplacer le mot : « Il » par le mot : « Elle ».", with(6, "2. Le greffier vise. Elle classe.")},
		{"au 2 du A du II", N, "Au 2 du A du II, remplacer le mot : « vise » par le mot : « lit ».", with(6, "2. Le greffier lit. Il classe.")},
		{"au début du 1 du I", N, "Au début du 1 du I, insérer les mots : « Demain, ».", with(1, "1. Demain, le juge lit. Le juge date.")},
		{"à la fin du 2 du I", N, "À la fin du 2 du I, supprimer le mot : « vise ».", with(2, "2. Le juge.")},
		{"Sénat: locator line", N, "Au 2 du I\n\nRemplacer le mot :\n\nvise\n\npar le mot :\n\ndate", with(2, "2. Le juge date.")},
		{"au 1, two parts hold a 1: refused", N, "Au 1, remplacer le mot : « lit » par le mot : « voit ».", nil},
	})
	S := []string{"I. – Le maire signe.", "1. Le juge lit.", "2. Le juge vise.", "II. – Le préfet lit."}
	runAmendments(t, []amCase{
		{"au 1, one 1", S, "Au 1, remplacer le mot : « lit » par le mot : « voit ».", []string{S[0], "1. Le juge voit.", S[2], S[3]}},
		{"au 1 de cet article (not the whole article)", S, "Au 1 de cet article, remplacer le mot : « lit » par le mot : « voit ».", []string{S[0], "1. Le juge voit.", S[2], S[3]}},
	})
	M := []string{"I. – Le maire signe le 1er mars.", "1. Le juge lit l'article L. 3. Le juge paie 10 euros.", "1 bis. Le juge vise.", "2. Le juge date.", "II. – Le préfet signe.", "1. Le greffier date."}
	P := []string{"I. – Le maire signe :", "1° Le juge lit :", "1) Le juge date ;", "2) Le juge vise.", "2° Le juge part."}
	runAmendments(t, []amCase{
		{"aux 1 et 2 du I (not the 1 bis)", M, "Aux 1 et 2 du I, remplacer le mot : « juge » par le mot : « maire ».", []string{M[0], "1. Le maire lit l'article L. 3. Le maire paie 10 euros.", M[2], "2. Le maire date.", M[4], M[5]}},
		{"au 1 bis du I", M, "Au 1 bis du I, remplacer le mot : « vise » par le mot : « lit ».", []string{M[0], M[1], "1 bis. Le juge lit.", M[3], M[4], M[5]}},
		{"la référence du 1 du I", M, "Au 1 du I, remplacer la référence : « L. 3 » par la référence : « L. 4 ».", []string{M[0], "1. Le juge lit l'article L. 4. Le juge paie 10 euros.", M[2], M[3], M[4], M[5]}},
		{"après la référence, 1 du I", M, "Au 1 du I, après la référence : « L. 3 », insérer les mots : « du code ».", []string{M[0], "1. Le juge lit l'article L. 3 du code. Le juge paie 10 euros.", M[2], M[3], M[4], M[5]}},
		{"le montant, seconde phrase du 1 du I", M, "À la seconde phrase du 1 du I, remplacer le montant : « 10 euros » par le montant : « 20 euros ».", []string{M[0], "1. Le juge lit l'article L. 3. Le juge paie 20 euros.", M[2], M[3], M[4], M[5]}},
		{"supprimer le 1 du II (its placeholder: amitems15)", M, "Supprimer le 1 du II.", []string{M[0], M[1], M[2], M[3], M[4], "1. (Supprimé)"}},
		{"range les 1 à 2 du I (the 1 bis with them, numrange14)", M, "Supprimer les 1 à 2 du I.", []string{M[0], "1, 1 bis et 2. (Supprimé)", M[4], M[5]}},
		// Read since amitems15 (TestAmItems15ParenItem): the one 1) the 1° holds.
		{"le 1) du 1° (amitems15)", P, "Supprimer le 1) du 1°.", []string{P[0], P[1], "1) (Supprimé)", P[3], P[4]}},
		{"au 2) du 1° (amitems15)", P, "Au 2) du 1°, remplacer le mot : « vise » par le mot : « lit ».", []string{P[0], P[1], P[2], "2) Le juge lit.", P[4]}},
	})
}

// TestAm14ItemLocatorsRead: item locators amendments already read as
// bills do, pinned: small romans under a letter, a letter with its
// parenthesis, a bis item and its last alinéa, several items, several
// numbered alinéas, an item on its part's line.
func TestAm14ItemLocatorsRead(t *testing.T) {
	R := []string{"I. – Le maire signe.", "1° Le juge lit :", "a) Le juge date ;", "b) Le juge signe.", "2° Le juge part.", "3° bis Le juge range.", "Il classe."}
	with := func(i int, s string) []string {
		out := append([]string(nil), R...)
		out[i] = s
		return out
	}
	L := []string{"I. – 1. Le juge lit.", "2. Le juge vise.", "II. – 1. Le préfet lit."}
	runAmendments(t, []amCase{
		{"au a) du 1°", R, "Au a) du 1°, remplacer le mot : « date » par le mot : « lit ».", with(2, "a) Le juge lit ;")},
		{"au 3° bis", R, "Au 3° bis, remplacer le mot : « range » par le mot : « classe ».", with(5, "3° bis Le juge classe.")},
		{"dernier alinéa du 3° bis", R, "Au dernier alinéa du 3° bis, remplacer le mot : « classe » par le mot : « range ».", with(6, "Il range.")},
		{"dernier alinéa du 1° du I", R, "Au dernier alinéa du 1° du I, remplacer le mot : « signe » par le mot : « part ».", with(3, "b) Le juge part.")},
		{"aux 1° et 2° du I", R, "Aux 1° et 2° du I, remplacer le mot : « juge » par le mot : « maire ».", []string{R[0], "1° Le maire lit :", "a) Le maire date ;", "b) Le maire signe.", "2° Le maire part.", R[5], R[6]}},
		{"aux alinéas 2 et 5", R, "Aux alinéas 2 et 5, remplacer le mot : « juge » par le mot : « maire ».", []string{R[0], "1° Le maire lit :", R[2], R[3], "2° Le maire part.", R[5], R[6]}},
		{"item on its part's line", L, "Au 1 du II, remplacer le mot : « lit » par le mot : « date ».", []string{L[0], L[1], "II. – 1. Le préfet date."}},
		{"second item of a part's line", L, "Au 2 du I, remplacer le mot : « vise » par le mot : « date ».", []string{L[0], "2. Le juge date.", L[2]}},
	})
}

// TestAm14SmallRomansRead: small romans under a letter ("le ii du a du
// 1°"), alone, in a list or a range, pinned as amendments read them (the
// bills' path; a deleted item leaves its placeholder).
func TestAm14SmallRomansRead(t *testing.T) {
	B := []string{"I. – Le maire :", "1° Les élus :", "a) Le préfet :", "i) Le juge un ;", "ii) Le juge deux ;", "iii) Le juge trois.", "II. – Fin."}
	with := func(i int, s string) []string {
		out := append([]string(nil), B...)
		out[i] = s
		return out
	}
	runAmendments(t, []amCase{
		{"au ii du a du 1°", B, "Au ii du a du 1°, remplacer le mot : « deux » par le mot : « six ».", with(4, "ii) Le juge six ;")},
		{"au ii du a du 1° du I", B, "Au ii du a du 1° du I, remplacer le mot : « deux » par le mot : « six ».", with(4, "ii) Le juge six ;")},
		{"supprimer le ii du a du 1°", B, "Supprimer le ii du a du 1°.", with(4, "ii) (Supprimé)")},
		{"aux i et iii du a", B, "Aux i et iii du a du 1°, remplacer le mot : « juge » par le mot : « maire ».", []string{B[0], B[1], B[2], "i) Le maire un ;", B[4], "iii) Le maire trois.", B[6]}},
		{"à la fin du iii du a du 1°", B, "À la fin du iii du a du 1°, remplacer le mot : « trois » par le mot : « neuf ».", with(5, "iii) Le juge neuf.")},
		{"supprimer les ii à iii", B, "Supprimer les ii à iii du a du 1°.", []string{B[0], B[1], B[2], B[3], "ii) et iii) (Supprimé)", B[6]}},
	})
}
