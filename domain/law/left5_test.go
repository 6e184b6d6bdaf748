package law

import "testing"

// The rules of the fifth pass on issue 14 (the closing note's leftovers),
// each on a short phrase.

// TestLeft5ItemOfBothSigns: a new last item after a list whose item
// before the last ends with a period but holds an alinéa of its own
// ending with " ;" (its old end: an alinéa "… ." was added after it) is
// refused: the list is one of semicolons by the item's old end, one of
// periods by its new one. An item that ends with " ;" as found, or one
// ending with a period throughout, decides as before.
func TestLeft5ItemOfBothSigns(t *testing.T) {
	grp := func(items ...string) []string {
		return append([]string{"L'article L. 1 du code civil est ainsi modifié :"}, items...)
	}
	runGrammar(t, []grammarCase{
		{name: "an alinéa with a period added to the 1°, then a 3°: refused",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text: grp("1° Le 1° est complété par un alinéa ainsi rédigé : « Le greffier lit. » ;",
				"2° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »")},
		{name: "the same 1° as found: the 2° takes a semicolon",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise ;", "3° Le notaire part."}},
		{name: "an alinéa with a semicolon added to the 1°: the 2° takes a semicolon",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text: grp("1° Le 1° est complété par un alinéa ainsi rédigé : « Le greffier lit ; » ;",
				"2° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "Le greffier lit ;", "2° Le préfet vise ;", "3° Le notaire part."}},
		{name: "items of periods: the 2° keeps its own",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date.", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe.", "Le maire date.", "2° Le préfet vise.", "3° Le notaire part."}},
		{name: "an enumeration inside the 1° says nothing of the list",
			before: []string{"Il faut :", "1° Le juge signe :", "Le maire date ;", "Le greffier lit.", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe :", "Le maire date ;", "Le greffier lit.", "2° Le préfet vise.", "3° Le notaire part."}},
	})
}
