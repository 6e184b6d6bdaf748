package law

import "testing"

// TestItems27SmallRomansAnnounced: a list "i) …", "ii) …" announced by
// any alinéa ending with ":" (the article's opening words, a degree
// item), not only by a letter item, is a list in small roman numerals:
// "Le i" was the letter i with the ii) and iii) as its alinéas (all
// three went), "Le ii" was not found. Not announced, a letter item that
// holds such an alinéa is refused.
func TestItems27SmallRomansAnnounced(t *testing.T) {
	const at = " de l'article L. 1 du code civil"
	top := []string{"L1: Il est institué :|i) Un ;|ii) Deux ;|iii) Trois."}
	deg := []string{"L1: Il est institué :|1° Un :|i) Ia ;|ii) Ib ;|2° Deux."}
	runRenum22(t, []renum22Case{
		{"i repealed", top, []string{"Le i" + at + " est abrogé."}, "l1: Il est institué :|i) (Abrogé) ;|ii) Deux ;|iii) Trois.", nil},
		{"ii repealed", top, []string{"Le ii" + at + " est abrogé."}, "l1: Il est institué :|i) Un ;|ii) (Abrogé) ;|iii) Trois.", nil},
		{"words in the ii", top, []string{"Au ii" + at + ", le mot : « Deux » est remplacé par le mot : « Dos »."}, "l1: Il est institué :|i) Un ;|ii) Dos ;|iii) Trois.", nil},
		{"ii bis inserted", top, []string{"Après le ii" + at + ", il est inséré un ii bis ainsi rédigé :", "« ii bis) Deux bis ; »."}, "l1: Il est institué :|i) Un ;|ii) Deux ;|ii bis) Deux bis ;|iii) Trois.", nil},
		{"i of a 1°", deg, []string{"Le i du 1°" + at + " est abrogé."}, "l1: Il est institué :|1° Un :|i) (Abrogé) ;|ii) Ib ;|2° Deux.", nil},
		{"ii of a 1°", deg, []string{"Le ii du 1°" + at + " est abrogé."}, "l1: Il est institué :|1° Un :|i) Ia ;|ii) (Abrogé) ;|2° Deux.", nil},
		{"the 1° with its romans", deg, []string{"Le 1°" + at + " est abrogé."}, "l1: Il est institué :|1° (Abrogé) ;|2° Deux.", nil},
		{"the ninth letter stays a letter", []string{"L1: Il est institué :|g) Sept ;|h) Huit ;|i) Neuf ;|j) Dix."}, []string{"Le i" + at + " est abrogé."}, "l1: Il est institué :|g) Sept ;|h) Huit ;|i) (Abrogé) ;|j) Dix.", nil},
		{"not announced: refused", []string{"L1: Il est institué|i) Un ;|ii) Deux ;|iii) Trois."}, []string{"Le i" + at + " est abrogé."}, "l1: Il est institué|i) Un ;|ii) Deux ;|iii) Trois.", errApplyItemList26},
	})
}

// TestItems27SmallRomansInAmendments: the same lists in a bill's
// article, named by an amendment.
func TestItems27SmallRomansInAmendments(t *testing.T) {
	top := []string{"Il est institué :", "i) Un ;", "ii) Deux ;", "iii) Trois."}
	deg := []string{"Il est institué :", "1° Un :", "i) Ia ;", "ii) Ib ;", "2° Deux."}
	bare := []string{"Il est institué", "i) Un ;", "ii) Deux ;", "iii) Trois."}
	runAmendments(t, []amCase{
		{"supprimer le i", top, "Supprimer le i.", []string{top[0], "i) (Supprimé)", top[2], top[3]}},
		{"au ii du 1°", deg, "Au ii du 1°, remplacer le mot : « Ib » par le mot : « Ibe ».", []string{deg[0], deg[1], deg[2], "ii) Ibe ;", deg[4]}},
		{"not announced: refused", bare, "Supprimer le i.", nil},
	})
}
