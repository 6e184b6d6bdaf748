package law

import "testing"

// TestAlineas24OnlyAlineaOfDivision: one alinéa named by its rank in a
// labelled division and deleted ("Le dernier alinéa du 2° est
// supprimé", "Le premier alinéa du 2°", "Le dernier alinéa du I"; "Les
// deux derniers alinéas du 2°") where the division holds those alinéas
// only is refused,
// errOnlyAlineaOfDivision24 — the 2° went whole, its label with it, and
// the list read 1°, 3°. Where the division holds more, the alinéa named
// goes as before; every alinéa counted ("les deux alinéas du II"), a
// word edit, or the item itself repealed, are read.
func TestAlineas24OnlyAlineaOfDivision(t *testing.T) {
	list := "L1: Chapeau :|1° Un ;|2° Deux ;|3° Trois."
	long := "L1: Chapeau :|1° Un ;|2° Deux ;|Suite du deux ;|3° Trois."
	parts := "L1: I. – Un.|II. – Deux.|Deux bis."
	at := " de l'article L. 1 du code civil"
	runRenum22(t, []renum22Case{
		{"the last alinéa of a one-alinéa item", []string{list}, []string{"Le dernier alinéa du 2°" + at + " est supprimé."}, "l1: Chapeau :|1° Un ;|2° Deux ;|3° Trois.", errOnlyAlineaOfDivision24},
		{"the first alinéa of a one-alinéa item", []string{list}, []string{"Le premier alinéa du 2°" + at + " est supprimé."}, "l1: Chapeau :|1° Un ;|2° Deux ;|3° Trois.", errOnlyAlineaOfDivision24},
		{"the last alinéa of a one-alinéa part", []string{parts}, []string{"Le dernier alinéa du I" + at + " est supprimé."}, "l1: I. – Un.|II. – Deux.|Deux bis.", errOnlyAlineaOfDivision24},
		{"in a group", []string{list}, []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au 1°, le mot : « Un » est remplacé par le mot : « Uno » ;", "2° Le dernier alinéa du 3° est supprimé."}, "l1: Chapeau :|1° Uno ;|2° Deux ;|3° Trois.", errOnlyAlineaOfDivision24},
		{"the two last alinéas of a two-alinéa item", []string{long}, []string{"Les deux derniers alinéas du 2°" + at + " sont supprimés."}, "l1: Chapeau :|1° Un ;|2° Deux ;|Suite du deux ;|3° Trois.", errOnlyAlineaOfDivision24},
		{"the item holds two: read", []string{long}, []string{"Le dernier alinéa du 2°" + at + " est supprimé."}, "l1: Chapeau :|1° Un ;|2° Deux ;|3° Trois.", nil},
		{"the part holds two: read", []string{parts}, []string{"Le dernier alinéa du II" + at + " est supprimé."}, "l1: I. – Un.|II. – Deux.", nil},
		{"every alinéa counted: read", []string{parts}, []string{"Les deux alinéas du II" + at + " sont supprimés."}, "l1: I. – Un.", nil},
		{"words of the only alinéa: read", []string{list}, []string{"Au dernier alinéa du 2°" + at + ", le mot : « Deux » est remplacé par le mot : « Dos »."}, "l1: Chapeau :|1° Un ;|2° Dos ;|3° Trois.", nil},
		{"the item repealed: read", []string{list}, []string{"Le 2°" + at + " est abrogé."}, "l1: Chapeau :|1° Un ;|2° (Abrogé) ;|3° Trois.", nil},
		{"an alinéa of the article: read", []string{list}, []string{"Le troisième alinéa" + at + " est supprimé."}, "l1: Chapeau :|1° Un ;|3° Trois.", nil},
	})
}
