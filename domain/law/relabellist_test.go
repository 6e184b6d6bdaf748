package law

import "testing"

// TestRelabelledListInsideDivision: "Aux 3° et 4° du I, qui deviennent
// respectivement les 4° et 5°, …" relabels each item of the division
// named, then makes the edit in each under its new label, as one item is
// read ("Au 3° du I, qui devient le 4°, …", TestLeft4ItemRelabelledInsideDivision)
// and as the same written out is ("Les 3° et 4° du I deviennent
// respectivement les 4° et 5° et, aux 4° et 5°, …"); it was refused (a
// renumbering into a division). As many new labels as old, each of the
// item's kind and of no kind the divisions around name; else refused. A
// list written with commas ("Aux 1°, 2° et 3° du I, …") is read alike
// (TestLeft5RelabelledCommaList).
func TestRelabelledListInsideDivision(t *testing.T) {
	L := left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte ;", "3° Dater un acte.", "II. – Le juge peut :", "1° Juger un acte.")
	I := func(items ...string) map[string][]string {
		return left4One(append(append([]string{"I. – Le maire peut :", "1° Signer un acte ;"}, items...), "II. – Le juge peut :", "1° Juger un acte.")...)
	}
	S := left4One("Le maire peut :", "1° Signer :", "a) Les actes ;", "b) Les lois ;", "2° Viser :", "a) Les arrêtés.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "two items", arts: L, text: []string{c, "1° Aux 2° et 3° du I, qui deviennent respectivement les 3° et 4°, le mot : « acte » est remplacé par le mot : « arrêté » ;"},
			want: I("3° Viser un arrêté ;", "4° Dater un arrêté.")},
		{name: "named with the article", arts: L, text: []string{"Aux 2° et 3° du I de l'article L. 1 du code civil, qui deviennent respectivement les 3° et 4°, le mot : « acte » est remplacé par le mot : « arrêté »."},
			want: I("3° Viser un arrêté ;", "4° Dater un arrêté.")},
		{name: "letters of an item", arts: S, text: []string{c, "1° Aux a et b du 1°, qui deviennent respectivement les b et c, le mot : « Les » est remplacé par le mot : « Des » ;"},
			want: left4One("Le maire peut :", "1° Signer :", "b) Des actes ;", "c) Des lois ;", "2° Viser :", "a) Les arrêtés.")},
		{name: "guard: written out", arts: L, text: []string{c, "1° Les 2° et 3° du I deviennent respectivement les 3° et 4° et, aux 3° et 4°, le mot : « acte » est remplacé par le mot : « arrêté » ;"},
			want: I("3° Viser un arrêté ;", "4° Dater un arrêté.")},
		// Refused.
		{name: "fewer new labels: refused", arts: L, text: []string{c, "1° Aux 2° et 3° du I, qui deviennent respectivement les 3°, le mot : « acte » est remplacé par le mot : « arrêté » ;"}},
		{name: "more new labels: refused", arts: L, text: []string{c, "1° Aux 2° et 3° du I, qui deviennent respectivement les 3°, 4° et 5°, le mot : « acte » est remplacé par le mot : « arrêté » ;"}},
		{name: "the holder's kind: refused", arts: S, text: []string{c, "1° Aux a et b du 1°, qui deviennent respectivement les 2° et 3°, le mot : « Les » est remplacé par le mot : « Des » ;"}},
		{name: "another kind: refused", arts: L, text: []string{c, "1° Aux 2° et 3° du I, qui deviennent respectivement les a et b, le mot : « acte » est remplacé par le mot : « arrêté » ;"}},
		{name: "no respectivement: refused", arts: L, text: []string{c, "1° Aux 2° et 3° du I, qui deviennent les 3° et 4°, le mot : « acte » est remplacé par le mot : « arrêté » ;"}},
		{name: "words one of them does not hold: refused", arts: L, text: []string{c, "1° Aux 2° et 3° du I, qui deviennent respectivement les 3° et 4°, le mot : « Viser » est remplacé par le mot : « Lire » ;"}},
	})
}
