package law

import "testing"

// TestCode7RomanWithAdverbRelabelled: a paragraph numbered with a Latin
// adverb or a capital after its roman ("I bis", "II A") is of the
// romans' kind: "Le I bis devient le II et le II devient le III" was
// refused ("a label changes kind": "I bis" was read as a letter). A
// letter "i bis)" stays a letter. ("Le II A devient le I bis" alone is
// still refused: "renumbering into a division".)
func TestCode7RomanWithAdverbRelabelled(t *testing.T) {
	P := []string{"I. – Le maire signe.", "I bis. – Le juge tranche.", "II. – Le préfet vise."}
	L := []string{"Sont exclus :", "h) Les meubles ;", "i) Les immeubles ;", "i bis) Les navires."}
	runGrammar(t, []grammarCase{
		{name: "I bis becomes II", before: P, text: []string{"Le I bis de l'article L. 1 du code civil devient le II et le II devient le III."},
			want: []string{P[0], "II. – Le juge tranche.", "III. – Le préfet vise."}},
		{name: "a letter i bis", before: L, text: []string{"Le i bis de l'article L. 1 du code civil devient le j."},
			want: []string{L[0], L[1], L[2], "j) Les navires."}},
	})
}

// TestCode7ItemBeforeTheConjunctionRepealed: an item ending with " ;
// et" repealed keeps the list's " ;" ("b) (Abrogé) ;": it had no
// punctuation, "b) (Abrogé)").
func TestCode7ItemBeforeTheConjunctionRepealed(t *testing.T) {
	L := []string{"Sont exclus :", "a) Les meubles ;", "b) Les immeubles ; et", "c) Les navires."}
	runGrammar(t, []grammarCase{
		{name: "b repealed", before: L, text: []string{"Le b de l'article L. 1 du code civil est abrogé."},
			want: []string{L[0], L[1], "b) (Abrogé) ;", L[3]}},
	})
}
