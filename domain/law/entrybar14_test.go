package law

import "testing"

// A part's label is read whatever dash the enumerators accept after it,
// and without the chamber's "(nouveau)": "I.―" (the consolidated codes'
// horizontal bar), "II‑" (a non-breaking hyphen), "III (nouveau). –".
// (Labels as itemName keeps them, romans in small letters.) The bar was kept in the label, so an entry into force naming the I
// found no I in the article and refused every part of it.
func TestEntryBar14PartLabels(t *testing.T) {
	parts, _ := billParts([]string{
		"I.―Le code est ainsi modifié :",
		"1° Le mot : « a » est remplacé par le mot : « b » ;",
		"II.\u2011Le code est ainsi modifié :",
		"III (nouveau). – Le code est ainsi modifié :",
		"a) Le mot : « a » est supprimé.",
		"IV. – Le 1° du I entre en vigueur le 1er octobre 2030.",
	})
	want := []partAt{
		{roman: "i"}, {roman: "i", item: "1°"}, {roman: "ii"}, {roman: "iii"},
		{roman: "iii", letter: "a"}, {roman: "iv"},
	}
	for i, w := range want {
		if parts[i] != w {
			t.Errorf("alinéa %d: part %+v, want %+v", i+1, parts[i], w)
		}
	}
}
