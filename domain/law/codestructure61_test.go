package law

import "testing"

// TestCode7MergedPlaceholderSplit: the consolidated codes print items
// repealed together as one placeholder, "1° et 2° (Abrogés) ;", "1° à 3°
// (Abrogés) ;". An edit naming one of its items, or giving one of their
// labels back, splits it into one placeholder an item first: "Le 1° est
// ainsi rédigé" took the 2° with it (it was gone), a 1° bis inserted
// after the 1° went after the 3°, "Le 2° est ainsi rétabli" was refused
// (not found), "Les 3° et 4° deviennent les 1° et 2°" too ("1° is there
// already"); new items on their labels ("Avant le 3°, sont insérés des
// 1° et 2°") take the placeholders' places (the list held both: only a
// first new item took an adjacent placeholder). Edits elsewhere leave it whole; a range not counted one by
// one ("1° bis à 3°") is refused when one of its items is named.
func TestCode7MergedPlaceholderSplit(t *testing.T) {
	two := []string{"Le maire signe :", "1° et 2° (Abrogés) ;", "3° Le mercredi."}
	rng := []string{"Le maire signe :", "1° à 3° (Abrogés) ;", "4° Le jeudi."}
	letters := []string{"Le maire signe :", "a) et b) (Abrogés) ;", "c) Le mercredi."}
	runGrammar(t, []grammarCase{
		{name: "rewritten", before: two, text: []string{"Le 1° de l'article L. 1 du code civil est ainsi rédigé :", "« 1° Le lundi ; »."},
			want: []string{two[0], "1° Le lundi ;", "2° (Abrogé) ;", two[2]}},
		{name: "re-established", before: two, text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rétabli :", "« 2° Le mardi ; »."},
			want: []string{two[0], "1° (Abrogé) ;", "2° Le mardi ;", two[2]}},
		{name: "inserted after the first of a range", before: rng, text: []string{"Après le 1° de l'article L. 1 du code civil, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Le dimanche ; »."},
			want: []string{rng[0], "1° (Abrogé) ;", "1° bis Le dimanche ;", "2° (Abrogé) ;", "3° (Abrogé) ;", rng[2]}},
		{name: "letters", before: letters, text: []string{"Le b de l'article L. 1 du code civil est ainsi rétabli :", "« b) Le mardi ; »."},
			want: []string{letters[0], "a) (Abrogé) ;", "b) Le mardi ;", letters[2]}},
		{name: "relabelled onto them", before: []string{"Le maire signe :", "1° et 2° (Abrogés) ;", "3° Le mercredi ;", "4° Le jeudi."}, text: []string{"Les 3° et 4° de l'article L. 1 du code civil deviennent respectivement les 1° et 2°."},
			want: []string{"Le maire signe :", "1° Le mercredi ;", "2° Le jeudi."}},
		{name: "new items on their labels", before: two, text: []string{"Avant le 3° de l'article L. 1 du code civil, sont insérés des 1° et 2° ainsi rédigés :", "« 1° Le lundi ;", "« 2° Le mardi ; »."},
			want: []string{two[0], "1° Le lundi ;", "2° Le mardi ;", two[2]}},
		{name: "new items after, a range", before: []string{"Le maire signe :", "1° Le lundi ;", "2° à 4° (Abrogés) ;", "5° Le vendredi."}, text: []string{"Après le 1° de l'article L. 1 du code civil, sont insérés des 2° et 3° ainsi rédigés :", "« 2° Le mardi ;", "« 3° Le mercredi ; »."},
			want: []string{"Le maire signe :", "1° Le lundi ;", "2° Le mardi ;", "3° Le mercredi ;", "4° (Abrogé) ;", "5° Le vendredi."}},
		{name: "elsewhere: whole", before: two, text: []string{"Au 3° de l'article L. 1 du code civil, le mot : « mercredi » est remplacé par le mot : « jeudi »."},
			want: []string{two[0], two[1], "3° Le jeudi."}},
		{name: "not counted: refused", before: []string{"Le maire signe :", "1° bis à 3° (Abrogés) ;", "4° Le jeudi."}, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rétabli :", "« 3° Le mardi ; »."}},
	})
}

// TestCode7LastItemDeletedConjunction: the mirror of a new last item —
// a list's last item deleted as an alinéa ("Le dernier alinéa est
// supprimé") where the item before ends with " ; et" (" ; ou"): that
// item ends the list with a period, and the conjunction goes back to the
// item before it ("a) … ; et", "b) … ."; the list ended "b) … ; et",
// joining nothing). An item deleted by its label keeps its place ("c)
// (Abrogé).") and the list its conjunction.
func TestCode7LastItemDeletedConjunction(t *testing.T) {
	L := []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ; et", "c) Les navires."}
	runGrammar(t, []grammarCase{
		{name: "letters", before: L, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{L[0], "a) Les meubles ; et", "b) Les immeubles."}},
		{name: "two dashes", before: []string{"Sont exclus :", "– les meubles ; ou", "– les navires."}, text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{"Sont exclus :", "– les meubles."}},
		{name: "by its label: a placeholder", before: L, text: []string{"Le c de l'article L. 1 du code civil est supprimé."},
			want: []string{L[0], L[1], L[2], "c) (Abrogé)."}},
	})
}

// TestCode7NumberedParagraphsWithSemicolons: paragraphs numbered "1.",
// "2." that the text ends with " ;" as a list ("I. – Le maire signe :",
// "1. Le lundi ;", "2. Le mardi.") take a new last one as items do: the
// old last ends with " ;" now and the new one carries the period (the
// list read "2. Le mardi.", "3. Le mercredi."); paragraphs ending with
// periods keep them.
func TestCode7NumberedParagraphsWithSemicolons(t *testing.T) {
	semi := []string{"I. – Le maire signe :", "1. Le lundi ;", "2. Le mardi.", "II. – Le préfet vise."}
	full := []string{"I. – Le maire signe.", "1. Le lundi vient.", "2. Le mardi vient.", "II. – Le préfet vise."}
	add := []string{"Le I de l'article L. 1 du code civil est complété par un 3 ainsi rédigé :", "« 3. Le mercredi. »"}
	runGrammar(t, []grammarCase{
		{name: "semicolons", before: semi, text: add, want: []string{semi[0], semi[1], "2. Le mardi ;", "3. Le mercredi.", semi[3]}},
		{name: "periods", before: full, text: add, want: []string{full[0], full[1], full[2], "3. Le mercredi.", full[3]}},
	})
}
