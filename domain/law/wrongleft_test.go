package law

import "testing"

// The rules of the wrong-left pass, each on a short phrase.

// TestWrongLeftDeleteAfterRanks: words deleted after (before) several
// named occurrences of an anchor ("Après la première et la troisième
// occurrences du mot : « A », les mots : « B » sont supprimés") are, for
// each occurrence named, the first whole words B after it (the last
// before it, with "avant"), between it and the anchor's next occurrence
// that way. An occurrence named with no B there refuses the whole: the
// words are not where the law puts them ("avant" was read "après", and
// « noir » was the start of "noirs").
func TestWrongLeftDeleteAfterRanks(t *testing.T) {
	grp := func(s string) []string { return []string{"À l'article L. 1 du code civil, " + s} }
	runGrammar(t, []grammarCase{
		{name: "after the first and the third",
			before: []string{"Le chat noir dort, le chat noir mange, le chat noir boit."},
			text:   grp("après la première et la troisième occurrences du mot : « chat », le mot : « noir » est supprimé."),
			want:   []string{"Le chat dort, le chat noir mange, le chat boit."}},
		{name: "before the first and the third",
			before: []string{"Le noir chat dort, le noir chat mange, le noir chat boit."},
			text:   grp("avant la première et la troisième occurrences du mot : « chat », le mot : « noir » est supprimé."),
			want:   []string{"Le chat dort, le noir chat mange, le chat boit."}},
		{name: "before, where only after holds the words: refused",
			before: []string{"Le chat noir dort, le chat noir mange, le chat noir boit."},
			text:   grp("avant la première et la troisième occurrences du mot : « chat », le mot : « noir » est supprimé.")},
		{name: "a word that only begins a longer one: refused",
			before: []string{"Le chat noirs dort, le chat noir mange, le chat noirs boit."},
			text:   grp("après la première et la troisième occurrences du mot : « chat », le mot : « noir » est supprimé.")},
		{name: "the words a little further, before the next anchor",
			before: []string{"Le chat très noir dort, le chat noir mange, le chat très noir boit."},
			text:   grp("après la première et la troisième occurrences du mot : « chat », le mot : « noir » est supprimé."),
			want:   []string{"Le chat très dort, le chat noir mange, le chat très boit."}},
		{name: "the words only past the next anchor: refused",
			before: []string{"Le chat dort, le chat noir mange, le chat noir boit."},
			text:   grp("après la première et la troisième occurrences du mot : « chat », le mot : « noir » est supprimé.")},
	})
}
