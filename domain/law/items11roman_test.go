package law

import "testing"

// TestGrammarSmallRomanSubItemsBounds: a letter item announcing items
// numbered in small roman numerals ("b) Pour la région :", "i) …", "ii)
// …") holds them: "i)" was read as the letter i and "ii)" as no label,
// so the b ended at its "i)" — "Le b est supprimé" (or "ainsi rédigé")
// left the i) and ii) behind, "le dernier alinéa du b" deleted the b's
// own line (the alinéa goes, the i) keeping its " ;" as any alinéa
// deleted leaves its neighbour's sign), a new c completing the 2° went between the i) and the ii).
// The "i)" is the roman one named under its letter ("Le i du b").
func TestGrammarSmallRomanSubItemsBounds(t *testing.T) {
	D := []string{
		"I. – Le conseil est ainsi composé :",
		"A. – Au titre de l'État :",
		"1° Le préfet ;",
		"2° Le recteur :",
		"a) Pour l'académie ;",
		"b) Pour la région :",
		"i) Le vice-recteur ;",
		"ii) Le délégué.",
		"B. – Au titre des communes :",
		"1° Le maire.",
		"II. – Le conseil se réunit.",
	}
	L := " du 2° du A du I de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "le b est supprimé: with its i) and ii)", before: D, text: []string{"Le b" + L + " est supprimé."}, want: []string{D[0], D[1], D[2], D[3], D[4], "b) (Abrogé).", D[8], D[9], D[10]}},
		{name: "le b est ainsi rédigé: its i) and ii) replaced", before: D, text: []string{"Le b" + L + " est ainsi rédigé :", "« b) Pour la région. »"}, want: []string{D[0], D[1], D[2], D[3], D[4], "b) Pour la région.", D[8], D[9], D[10]}},
		{name: "le dernier alinéa du b: its ii)", before: D, text: []string{"Le dernier alinéa du b" + L + " est supprimé."}, want: []string{D[0], D[1], D[2], D[3], D[4], D[5], D[6], D[8], D[9], D[10]}},
		{name: "le deuxième alinéa du b: its i)", before: D, text: []string{"Au deuxième alinéa du b" + L + ", le mot : « vice-recteur » est remplacé par le mot : « directeur »."}, want: []string{D[0], D[1], D[2], D[3], D[4], D[5], "i) Le directeur ;", D[7], D[8], D[9], D[10]}},
		{name: "le i du b: the roman i)", before: D, text: []string{"Le i du b" + L + " est ainsi rédigé :", "« i) Le directeur ; »."}, want: []string{D[0], D[1], D[2], D[3], D[4], D[5], "i) Le directeur ;", D[7], D[8], D[9], D[10]}},
		{name: "le 2° complété par un c: after the b's ii)", before: D, text: []string{"Le 2° du A du I de l'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Pour le département. »"}, want: []string{D[0], D[1], D[2], D[3], D[4], D[5], D[6], "ii) Le délégué ;", "c) Pour le département.", D[8], D[9], D[10]}},
		{name: "le b complété par un iii", before: D, text: []string{"Le b" + L + " est complété par un iii ainsi rédigé :", "« iii) Le secrétaire. »"}, want: []string{D[0], D[1], D[2], D[3], D[4], D[5], D[6], "ii) Le délégué ;", "iii) Le secrétaire.", D[8], D[9], D[10]}},
		{name: "au b, a word of its ii)", before: D, text: []string{"Au b" + L + ", le mot : « délégué » est remplacé par le mot : « secrétaire »."}, want: []string{D[0], D[1], D[2], D[3], D[4], D[5], D[6], "ii) Le secrétaire.", D[8], D[9], D[10]}},
	})
	// The letter i after an h), and an "i)" after an alinéa that does not
	// announce items, stay letters: the h's list goes on.
	H := []string{"1° Le maire :", "h) Signe :", "i) Vise ;", "j) Date."}
	runGrammar(t, []grammarCase{
		{name: "i) after h): the letter", before: H, text: []string{"Le h du 1° de l'article L. 1 du code civil est supprimé."}, want: []string{H[0], "h) (Abrogé)", H[2], H[3]}},
	})
}

// TestAmSmallRomanItemRefused: an amendment naming an item in small roman
// numerals ("Au ii du a du 1°, remplacer …", "Supprimer le ii du a du
// 1°") is refused, as a bill's is: its locator dropped the ii, and the
// a was edited whole — both its i) and ii) — or deleted. Its alinéa by
// number, and its letter, stay read; the a deleted leaves one
// placeholder, not "a) et i) (Supprimé)".
func TestAmSmallRomanItemRefused(t *testing.T) {
	B := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le I est ainsi modifié :", "i) Le premier alinéa est supprimé ;", "ii) Le second alinéa est supprimé ;", "b) Le II est abrogé ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		// Read now (TestRoman13SmallRomanItemsInAmendments).
		{"au ii du a du 1°", B, "Au ii du a du 1°, remplacer le mot : « alinéa » par le mot : « paragraphe ».", []string{B[0], B[1], B[2], B[3], "ii) Le second paragraphe est supprimé ;", B[5], B[6]}},
		{"supprimer le ii du a du 1°", B, "Supprimer le ii du a du 1°.", []string{B[0], B[1], B[2], B[3], "ii) (Supprimé)", B[5], B[6]}},
		{"à l'alinéa 5", B, "À l'alinéa 5, remplacer le mot : « alinéa » par le mot : « paragraphe ».", []string{B[0], B[1], B[2], B[3], "ii) Le second paragraphe est supprimé ;", B[5], B[6]}},
		{"supprimer le a du 1°: with its i) and ii)", B, "Supprimer le a du 1°.", []string{B[0], B[1], "a) (Supprimé)", B[5], B[6]}},
	})
}
