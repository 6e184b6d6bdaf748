package law

import "testing"

// TestLang92RelabelThenRewritten: a relabelling, then an item rewritten
// under the label a relative clause gives it — "Le 2° devient le 3° et le
// 3°, qui devient le 4°, est ainsi rédigé : « 4° … »" — is both, in the
// order that gives no label while another item bears it: the 3° rewritten
// (its new text carrying the 4°), then the 2° relabelled; "Le 3° devient
// le 4° et le 2°, qui devient le 3°, …" the other way round (it was
// refused: a renumbering into a division). The new text must carry the
// new label: the old one, another, or none is refused, and so are a swap
// ("… et le 3°, qui devient le 2°") and renumberings apart ("Le 1°
// devient le 2° et le 3°, qui devient le 4°": which frees which label?).
// An item rewritten under a label another item of its list bears, in
// force, is refused (the list held two 4°), as a relabelling onto it is.
func TestLang92RelabelThenRewritten(t *testing.T) {
	It := []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet."}
	Four := []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet ;", "4° Le greffier."}
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "shifting up, the higher rewritten", before: It, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé : « 4° Le ministre. » ;"}, want: []string{"Sont exclus :", "1° Le juge ;", "3° Le maire ;", "4° Le ministre."}},
		{name: "shifting up, the lower rewritten", before: It, text: []string{ctx, "1° Le 3° devient le 4° et le 2°, qui devient le 3°, est ainsi rédigé : « 3° Le ministre ; » ;"}, want: []string{"Sont exclus :", "1° Le juge ;", "3° Le ministre ;", "4° Le préfet."}},
		{name: "parts", before: []string{"I. – Un.", "II. – Deux.", "III. – Trois."}, text: []string{ctx, "1° Le II devient le III et le III, qui devient le IV, est ainsi rédigé : « IV. – Quatre. » ;"}, want: []string{"I. – Un.", "III. – Deux.", "IV. – Quatre."}},
		{name: "the old label: refused", before: It, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé : « 3° Le ministre. » ;"}},
		{name: "neither label: refused", before: It, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé : « 5° Le ministre. » ;"}},
		{name: "no label: refused", before: It, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé : « Le ministre. » ;"}},
		{name: "a swap: refused", before: It, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 2°, est ainsi rédigé : « 2° Le ministre. » ;"}},
		{name: "renumberings apart: refused", before: Four, text: []string{ctx, "1° Le 1° devient le 2° et le 3°, qui devient le 4°, est ainsi rédigé : « 4° Le ministre ; » ;"}},
		{name: "onto a label borne: refused", before: Four, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé : « 4° Le ministre. » ;"}},
		{name: "one item onto a label borne: refused", before: It, text: []string{ctx, "1° Le 2°, qui devient le 3°, est ainsi rédigé : « 3° Le ministre ; » ;"}},
	})
}
