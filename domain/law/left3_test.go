package law

import "testing"

// TestLeft3QuotedItemReference: "À l'article L. 1, la référence : « 2° »
// est remplacée par la référence : « 3° »" — the reference quoted is a
// string, and an item's bare label ("2°", "2° bis", "II", "a") names the
// 2° of this article and the 2° of another ("au 2° de l'article L. 5")
// alike: "la référence", one, is read where the place holds the label
// once; twice, which is meant is not said, refused (every occurrence was
// replaced, the other article's 2° with it). Deleted or as an anchor
// likewise, and in amendments (`Substituer à la référence : « 2° » …`,
// the Sénat's lines). "Les références : « 2° »", "à chaque occurrence"
// say every one; a reference that is no bare label ("L. 5") names one
// thing, every occurrence as before. Labels are not counted.
func TestLeft3QuotedItemReference(t *testing.T) {
	R := "À l'article L. 1 du code civil, la référence : « 2° » est remplacée par la référence : « 3° »."
	two := []string{"Le maire agit selon le 2° et le 2° de l'article L. 5."}
	runGrammar(t, []grammarCase{
		{name: "once", before: []string{"Le maire agit selon le 2° de l'article L. 5.", "2° Le juge lit."}, text: []string{R},
			want: []string{"Le maire agit selon le 3° de l'article L. 5.", "2° Le juge lit."}},
		{name: "twice: refused", before: two, text: []string{R}},
		{name: "roman, twice: refused", before: []string{"Selon le II et le II de l'article L. 5."}, text: []string{"À l'article L. 1 du code civil, la référence : « II » est remplacée par la référence : « III »."}},
		{name: "deleted, twice: refused", before: two, text: []string{"À l'article L. 1 du code civil, la référence : « 2° » est supprimée."}},
		{name: "anchor, twice: refused", before: two, text: []string{"À l'article L. 1 du code civil, après la référence : « 2° », sont insérés les mots : « du I »."}},
		{name: "les références: every one", before: two, text: []string{"À l'article L. 1 du code civil, les références : « 2° » sont remplacées par les références : « 3° »."},
			want: []string{"Le maire agit selon le 3° et le 3° de l'article L. 5."}},
		{name: "à chaque occurrence: every one", before: two, text: []string{"À l'article L. 1 du code civil, la référence : « 2° » est remplacée, à chaque occurrence, par la référence : « 3° »."},
			want: []string{"Le maire agit selon le 3° et le 3° de l'article L. 5."}},
		{name: "an article's number: every one", before: []string{"Selon l'article L. 5 et l'article L. 5."}, text: []string{"À l'article L. 1 du code civil, la référence : « L. 5 » est remplacée par la référence : « L. 6 »."},
			want: []string{"Selon l'article L. 6 et l'article L. 6."}},
	})
	runAmendments(t, []amCase{
		{"amendment, once", []string{"Le maire agit selon le 2° de l'article L. 5."}, "À l'alinéa 1, substituer à la référence : « 2° » la référence : « 3° ».", []string{"Le maire agit selon le 3° de l'article L. 5."}},
		{"amendment, twice: refused", two, "À l'alinéa 1, substituer à la référence : « 2° » la référence : « 3° ».", nil},
		{"Sénat, twice: refused", two, "Alinéa 1\nRemplacer la référence :\n2°\npar la référence :\n3°", nil},
		{"amendment, les références", two, "À l'alinéa 1, remplacer les références : « 2° » par les références : « 3° ».", []string{"Le maire agit selon le 3° et le 3° de l'article L. 5."}},
	})
}
