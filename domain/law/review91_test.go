package law

import "testing"

// TestReview91RelabelledRewriteOutOfOrder: an item or a part rewritten
// under the label a relative clause gives it ("Le 1°, qui devient le
// 4°, est ainsi rédigé", TestLang95RelabelledRewriteOnLines) keeps its
// list in order: a new label past the item after it, or before the one
// before it, is refused (the 4° went before the 2° and the 3°; "Le II,
// qui devient le IV" gave I, IV, III). The last item of its list, a part
// as an item, stays read.
func TestReview91RelabelledRewriteOutOfOrder(t *testing.T) {
	It := []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet."}
	Parts := []string{"I. – Le juge signe.", "II. – Le maire lit.", "III. – Le préfet note."}
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "past the item after it: refused", before: It, text: []string{ctx, "1° Le 1°, qui devient le 4°, est ainsi rédigé :", "« 4° Le ministre ; »"}},
		{name: "past the item after it, inline: refused", before: It, text: []string{"Le 2° de l'article L. 1 du code civil, qui devient le 5°, est ainsi rédigé : « 5° Le ministre ; »"}},
		{name: "a part past the part after it: refused", before: Parts, text: []string{ctx, "1° Le II, qui devient le IV, est ainsi rédigé :", "« IV. – Le ministre lit. »"}},
		{name: "a part onto one there: refused", before: Parts, text: []string{ctx, "1° Le II, qui devient le III, est ainsi rédigé :", "« III. – Le ministre lit. »"}},
		{name: "the last part", before: Parts, text: []string{ctx, "1° Le III, qui devient le IV, est ainsi rédigé :", "« IV. – Le ministre lit. »"}, want: []string{Parts[0], Parts[1], "IV. – Le ministre lit."}},
		{name: "the last item, two alinéas", before: It, text: []string{ctx, "1° Le 3°, qui devient le 4°, est ainsi rédigé :", "« 4° Le ministre ; »", "« 5° Le juge. »"}, want: []string{It[0], It[1], It[2], "4° Le ministre ;", "5° Le juge."}},
	})
}
