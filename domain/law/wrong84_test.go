package law

import "testing"

// TestWrong84FormerLabelNowLabelled: "Au 2°, devenu 3°, …", "Le 2°,
// devenu 3°, est abrogé" name the item by its former label and its label
// now: the item is the one its label now names (the "devenu 3°" was
// dropped and the 2° edited: after "Les 2° à 4° deviennent les 3° à 5°"
// and a new 2° inserted, the new 2°). "devenu" in another form ("tel
// qu'il est devenu"), or an article named so with its code before
// ("l'article L. 2 du code civil, devenu l'article L. 1"), is refused.
func TestWrong84FormerLabelNowLabelled(t *testing.T) {
	I := []string{"Sont :", "1° un ;", "2° deux trois ;", "3° quatre deux ;", "4° cinq."}
	shift := []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Les 2°, 3° et 4° deviennent les 3°, 4° et 5° ;", "2° Après le 1°, il est inséré un 2° ainsi rédigé :", "« 2° nouveau deux ; »"}
	runGrammar(t, []grammarCase{
		{name: "after a relabelling and an insertion", before: I, text: append(append([]string(nil), shift...), "3° Au 2°, devenu 3°, le mot : « deux » est remplacé par le mot : « Z »."),
			want: []string{"Sont :", "1° un ;", "2° nouveau deux ;", "3° Z trois ;", "4° quatre deux ;", "5° cinq."}},
		{name: "repealed", before: I, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Les 2°, 3° et 4° deviennent les 3°, 4° et 5° ;", "2° Le 2°, devenu 3°, est abrogé."},
			want: []string{"Sont :", "1° un ;", "3° (Abrogé) ;", "4° quatre deux ;", "5° cinq."}},
		{name: "relabelled by an earlier law", before: I, text: []string{"Au 2°, devenu 3°, de l'article L. 1 du code civil, le mot : « deux » est remplacé par le mot : « Z »."},
			want: []string{"Sont :", "1° un ;", "2° deux trois ;", "3° quatre Z ;", "4° cinq."}},
		{name: "without commas", before: I, text: []string{"Au 2° devenu 3° de l'article L. 1 du code civil, le mot : « quatre » est remplacé par le mot : « Z »."},
			want: []string{"Sont :", "1° un ;", "2° deux trois ;", "3° Z deux ;", "4° cinq."}},
		{name: "another form: refused", before: I, text: []string{"Au 2° de l'article L. 1 du code civil, tel qu'il est devenu, le mot : « deux » est remplacé par le mot : « Z »."}},
		{name: "an article with its code before: refused", before: I, text: []string{"À l'article L. 2 du code civil, devenu l'article L. 1, au 3°, le mot : « quatre » est remplacé par le mot : « Z »."}},
	})
}
