package law

import "testing"

// TestReview24OnlyAlineaOfArticle: one alinéa named by its rank and
// deleted that is the only alinéa of the article ("Le premier alinéa de
// l'article L. 1 est supprimé" on an article of one alinéa) are refused,
// errOnlyAlineaOfArticle24: the article was emptied, never repealed (in
// a group, the other items stand, as any refused item's siblings do).
// Where it held more the alinéa goes; several alinéas counted, words of
// the only alinéa, the article repealed are read.
func TestReview24OnlyAlineaOfArticle(t *testing.T) {
	one := "L1: Le notaire signe."
	two := "L1: Le notaire signe.|Il date."
	at := " de l'article L. 1 du code civil"
	runRenum22(t, []renum22Case{
		{"the first alinéa of a one-alinéa article", []string{one}, []string{"Le premier alinéa" + at + " est supprimé."}, "l1: Le notaire signe.", errOnlyAlineaOfArticle24},
		{"the last alinéa of a one-alinéa article", []string{one}, []string{"Le dernier alinéa" + at + " est supprimé."}, "l1: Le notaire signe.", errOnlyAlineaOfArticle24},
		{"the two last alinéas of a two-alinéa article: read", []string{two}, []string{"Les deux derniers alinéas" + at + " sont supprimés."}, "", nil},
		{"two alinéas deleted one by one: read", []string{two}, []string{"Les premier et second alinéas" + at + " sont supprimés."}, "", nil},
		{"in a group", []string{one}, []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est supprimé ;", "2° Il est ajouté un alinéa ainsi rédigé : « Il part. »"}, "l1: Le notaire signe.|Il part.", errOnlyAlineaOfArticle24},
		{"the article holds two: read", []string{two}, []string{"Le dernier alinéa" + at + " est supprimé."}, "l1: Le notaire signe.", nil},
		{"every alinéa counted: read", []string{two}, []string{"Les deux premiers alinéas" + at + " sont supprimés."}, "", nil},
		{"words of the only alinéa: read", []string{one}, []string{"Au premier alinéa" + at + ", le mot : « signe » est remplacé par le mot : « paraphe »."}, "l1: Le notaire paraphe.", nil},
		{"the article repealed: read", []string{one}, []string{"L'article L. 1 du code civil est abrogé."}, "", nil},
	})
}
