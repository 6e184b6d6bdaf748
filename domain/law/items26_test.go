package law

import (
	"errors"
	"testing"
)

// TestItems26DashRanges: a range of dashes by rank, "les deuxième à
// quatrième tirets (du 2°)", is each dash of the range (only the last
// rank was read: "Les deuxième à quatrième tirets … sont supprimés"
// deleted the fourth alone); a range the list does not hold is refused
// (errDashesMissing26), and so is one to "dernier" or out of order
// (errDashRangeUnread26). Dashes counted ("les deux derniers tirets"),
// refused when this round was written, are read since dashes27.
func TestItems26DashRanges(t *testing.T) {
	item := "L1: Il comprend :|1° Un ;|2° Deux :|– a ;|– b ;|– c ;|3° Trois."
	flat := "L1: Il comprend :|– a x ;|– b x ;|– c x ;|– d x."
	flatAfter := "l1: Il comprend :|– a x ;|– b x ;|– c x ;|– d x."
	runRenum22(t, []renum22Case{
		{"a range of ranks", []string{flat}, []string{"Les deuxième à quatrième tirets de l'article L. 1 du code civil sont supprimés."}, "l1: Il comprend :|– a x.", nil},
		{"a range of ranks in an item", []string{item}, []string{"Les deuxième à troisième tirets du 2° de l'article L. 1 du code civil sont supprimés."}, "l1: Il comprend :|1° Un ;|2° Deux :|– a ;|3° Trois.", nil},
		{"words in a range", []string{flat}, []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Aux premier à troisième tirets, le mot : « x » est remplacé par le mot : « y »."}, "l1: Il comprend :|– a y ;|– b y ;|– c y ;|– d x.", nil},
		{"beyond the list", []string{item}, []string{"Les deuxième à quatrième tirets du 2° de l'article L. 1 du code civil sont supprimés."}, "l1: Il comprend :|1° Un ;|2° Deux :|– a ;|– b ;|– c ;|3° Trois.", errDashesMissing26},
		{"to the last", []string{flat}, []string{"Les deuxième à dernier tirets de l'article L. 1 du code civil sont supprimés."}, flatAfter, errDashRangeUnread26},
		{"out of order", []string{flat}, []string{"Les troisième à deuxième tirets de l'article L. 1 du code civil sont supprimés."}, flatAfter, errDashRangeUnread26},
		// Refused until dashes27 (errPartOfArticleUnread22): the last two
		// dashes now (countedDashes27).
		{"counted", []string{flat}, []string{"Les deux derniers tirets de l'article L. 1 du code civil sont supprimés."}, "l1: Il comprend :|– a x ;|– b x.", nil},
	})
}

// TestItems26AmendmentCountedDashes: in an amendment, "Supprimer les deux
// derniers tirets" under "Alinéa 1", or "… de l'alinéa 1", deleted the
// whole alinéa 1 (the dashes dropped); refused now, as ranges of dashes
// are.
func TestItems26AmendmentCountedDashes(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Il comprend :", "– a ;", "– b ;", "– c."}}
	for _, d := range []string{
		"Alinéa 1\nSupprimer les deux derniers tirets.",
		// "Supprimer les trois premiers tirets de l'alinéa 1." is read
		// since dashes27 (TestDashes27AmendmentCounted).
		"Alinéa 1\nSupprimer les premiers tirets.",
		"Supprimer les deuxième à troisième tirets de l'alinéa 1.",
	} {
		r := ApplyAmendment(art, d)
		if r.Applied || len(r.Refusals) == 0 || !errors.Is(r.Refusals[0], errAmInstructionUnread24) {
			t.Errorf("%q: applied %v, refusals %v, alinéas %q", d, r.Applied, r.Refusals, r.Article.Alineas)
		}
	}
}
