package law

import "testing"

// TestLabels25Parenthesis: a list whose items are labelled "1°)", "1o)"
// or "(a)" is read when every item of that kind is written in one shape:
// "Au 2°" finds "2o) …", "Le b" finds "(b) …". Letters mixing shapes
// ("(a) …" then "b) …") are refused, errMixedLabelShapes25; "a) …" then
// "b. …", and degree items "1°) …" then "2° …" (one list typed two
// ways), are read. An item
// labelled "1o)" or "(a)" renumbered is refused, errParenRelabel25.
func TestLabels25Parenthesis(t *testing.T) {
	at := " de l'article L. 1 du code civil"
	words := "Au 2°" + at + ", le mot : « Deux » est remplacé par le mot : « Dos »."
	runRenum22(t, []renum22Case{
		{"1°) words", []string{"L1: Chapeau :|1°) Un ;|2°) Deux ;|3°) Trois."}, []string{words}, "l1: Chapeau :|1°) Un ;|2°) Dos ;|3°) Trois.", nil},
		{"1o) words", []string{"L1: Chapeau :|1o) Un ;|2o) Deux ;|3o) Trois."}, []string{words}, "l1: Chapeau :|1o) Un ;|2o) Dos ;|3o) Trois.", nil},
		{"1o bis) words", []string{"L1: Chapeau :|1o) Un ;|1o bis) Deux ;|2o) Trois."}, []string{"Au 1° bis" + at + ", le mot : « Deux » est remplacé par le mot : « Dos »."}, "l1: Chapeau :|1o) Un ;|1o bis) Dos ;|2o) Trois.", nil},
		{"(b) words", []string{"L1: Chapeau :|(a) Un ;|(b) Deux ;|(c) Trois."}, []string{"Au b" + at + ", le mot : « Deux » est remplacé par le mot : « Dos »."}, "l1: Chapeau :|(a) Un ;|(b) Dos ;|(c) Trois.", nil},
		{"(b) repealed", []string{"L1: Chapeau :|(a) Un ;|(b) Deux ;|(c) Trois."}, []string{"Le b" + at + " est abrogé."}, "l1: Chapeau :|(a) Un ;|(b) (Abrogé) ;|(c) Trois.", nil},
		{"1°) then 2°: one list, read", []string{"L1: Chapeau :|1°) Un ;|2° Deux ;|3° Trois."}, []string{words}, "l1: Chapeau :|1°) Un ;|2° Dos ;|3° Trois.", nil},
		{"(a) then b): refused", []string{"L1: Chapeau :|(a) Un ;|b) Deux ;|c) Trois."}, []string{"Au b" + at + ", le mot : « Deux » est remplacé par le mot : « Dos »."}, "l1: Chapeau :|(a) Un ;|b) Deux ;|c) Trois.", errMixedLabelShapes25},
		{"(b) and b): refused", []string{"L1: Chapeau :|(a) Un ;|(b) Deux ;|b) Deux."}, []string{"Au b" + at + ", le mot : « Deux » est remplacé par le mot : « Dos »."}, "l1: Chapeau :|(a) Un ;|(b) Deux ;|b) Deux.", errMixedLabelShapes25},
		{"a) then b.: read", []string{"L1: Chapeau :|a) Un ;|b. Deux ;|c) Trois."}, []string{"Au b" + at + ", le mot : « Deux » est remplacé par le mot : « Dos »."}, "l1: Chapeau :|a) Un ;|b. Dos ;|c) Trois.", nil},
		{"2o) renumbered: refused", []string{"L1: Chapeau :|1o) Un ;|2o) Deux."}, []string{"Le 2°" + at + " devient le 3°."}, "l1: Chapeau :|1o) Un ;|2o) Deux.", errParenRelabel25},
	})
}
