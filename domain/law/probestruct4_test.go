package law

import "testing"

// The rules of the probe-struct4 pass: bills acting on whole articles,
// several articles and a whole code, probed on short phrases.

func s4(al ...string) []string { return al }

// TestStruct4RangeAsAContext: "Les articles L. 1 à L. 4 sont ainsi
// modifiés :" then items is every article held between, as "Les
// articles L. 1 et L. 2 sont ainsi modifiés :" is each of those named:
// each item edits each of them (whole or not at all, the others
// applied, as "Aux articles L. 1 à L. 4, …"), and a context under an
// item names its part of each. It was refused with its items ("a range
// of articles as a context"). An item naming an article of its own, a
// new article or a renumbering is no edit of each: refused; so is a
// range beside other articles, or a part of each named in the head.
func TestStruct4RangeAsAContext(t *testing.T) {
	arts := map[string][]string{"L1": s4("Le maire signe.", "Il part."), "L2": s4("Le maire part."), "L4": s4("Le maire reste."), "L5": s4("Le maire vient.")}
	h := "Les articles L. 1 à L. 4 du code civil sont ainsi modifiés :"
	runLaw3(t, []law3Case{
		{name: "words, then words at the end", arts: arts,
			text: s4(h, "1° Le mot : « maire » est remplacé par le mot : « juge » ;", "2° Le premier alinéa est complété par les mots : « vite »."),
			want: map[string][]string{"L1": s4("Le juge signe vite.", "Il part."), "L2": s4("Le juge part vite."), "L4": s4("Le juge reste vite.")}},
		{name: "an alinéa added to each", arts: arts,
			text: s4(h, "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « juge » ;", "2° Il est ajouté un alinéa ainsi rédigé :", "« Il signe. »"),
			want: map[string][]string{"L1": s4("Le juge signe.", "Il part.", "Il signe."), "L2": s4("Le juge part.", "Il signe."), "L4": s4("Le juge reste.", "Il signe.")}},
		{name: "a context under an item", arts: arts,
			text: s4(h, "1° Le premier alinéa est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « juge » ;", "b) Il est complété par les mots : « vite »."),
			want: map[string][]string{"L1": s4("Le juge signe vite.", "Il part."), "L2": s4("Le juge part vite."), "L4": s4("Le juge reste vite.")}},
		{name: "an article without the words: refused there", arts: map[string][]string{"L1": s4("Le maire signe."), "L2": s4("Le juge part."), "L3": s4("Le maire reste.")},
			text: s4("Les articles L. 1 à L. 3 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « juge »."),
			want: nil},
		{name: "an article named in an item: refused", arts: arts,
			text: s4(h, "1° Au premier alinéa de l'article L. 2, le mot : « part » est remplacé par le mot : « vient »."), want: nil},
		{name: "an article outside the range: refused", arts: arts,
			text: s4(h, "1° À l'article L. 5, le mot : « maire » est remplacé par le mot : « juge »."), want: nil},
		{name: "le même article: refused", arts: arts,
			text: s4(h, "1° Au même article, le mot : « maire » est remplacé par le mot : « juge »."), want: nil},
		{name: "a new article: refused", arts: arts,
			text: s4(h, "1° Après l'article L. 2, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – Le juge part. »"), want: nil},
		{name: "renumbered: refused", arts: arts,
			text: s4(h, "1° Ils deviennent les articles L. 11 à L. 14."), want: nil},
		{name: "a range and an article: refused", arts: arts,
			text: s4("Les articles L. 1 à L. 4 et L. 5 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « juge »."), want: nil},
		{name: "the list, as before", arts: arts,
			text: s4("Les articles L. 2 et L. 4 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « juge »."),
			want: map[string][]string{"L2": s4("Le juge part."), "L4": s4("Le juge reste.")}},
	})
}
