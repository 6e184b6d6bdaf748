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

// TestWrongLeftQuotedIntro: a line of a bill's quoted text that ends with
// a colon before the quoted items it announces ("« Art. L. 1. – Le juge
// statue. Il peut :" then "« 1° Statuer ;") keeps announcing them: its
// last sentence deleted, its end closed by a period, the line deleted or
// rewritten without its colon are refused — unless the same dispositif
// deletes (rewrites) all its items too ("Supprimer les alinéas 3 et 4"
// where 3 introduces and 4 is its only item, applied one alinéa at a
// time). With its colon, or with its items in one range, read.
func TestWrongLeftQuotedIntro(t *testing.T) {
	A := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le juge statue. Il peut :", "« 1° Statuer ;", "« 2° Viser l'acte. »", "II. – Le décret entre en vigueur."}
	B := []string{A[0], "« Art. L. 1. – Le juge statue.", "« Il peut :", A[2], A[3], A[4]}
	C := []string{A[0], "« Art. L. 1. – Le juge statue.", "« Il peut :", "« 1° Statuer. »", A[4]}
	runAmendments(t, []amCase{
		{"its last sentence deleted: refused", A, "Supprimer la dernière phrase de l'alinéa 2.", nil},
		{"rewritten: refused", A, "Rédiger ainsi l'alinéa 2 : « Art. L. 1. – Le juge statue. »", nil},
		{"its end closed by a period: refused", A, "Rédiger ainsi la fin de l'alinéa 2 après le mot : « peut » : « viser. »", nil},
		{"deleted: refused", B, "Supprimer l'alinéa 3.", nil},
		{"deleted with one of its two items: refused", B, "Supprimer les alinéas 3 et 4.", nil},
		{"rewritten with its colon", A, "Rédiger ainsi l'alinéa 2 : « Art. L. 1. – Le juge doit : »", []string{A[0], "« Art. L. 1. – Le juge doit :", A[2], A[3], A[4]}},
		{"deleted with its items in one range", B, "Supprimer les alinéas 3 à 5.", []string{A[0], "« Art. L. 1. – Le juge statue. »", A[4]}},
		{"deleted with its only item", C, "Supprimer les alinéas 3 et 4.", []string{A[0], "« Art. L. 1. – Le juge statue. »", A[4]}},
		{"deleted with its items one by one", B, "Supprimer les alinéas 3, 4 et 5.", []string{A[0], "« Art. L. 1. – Le juge statue. »", A[4]}},
		{"its last sentence deleted with its items", A, "I. – Supprimer la dernière phrase de l'alinéa 2.\nII. – Supprimer les alinéas 3 et 4.", []string{A[0], "« Art. L. 1. – Le juge statue.", "« 1° et 2° (Supprimé) »", A[4]}},
	})
}
