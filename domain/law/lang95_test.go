package law

import "testing"

// TestLang95RelabelledRewriteOnLines: an item rewritten under the label a
// relative clause gives it, its new text on the alinéas after the
// instruction — "Le 3°, qui devient le 4°, est ainsi rédigé :" then "« 4°
// … »", "« a) … »" — is read as the same with the text inline is
// (TestRefuse88RewrittenUnderNewLabel, TestLang92RelabelThenRewritten),
// after a relabelling too, in the order that frees each label first (it
// was refused). The first new alinéa must carry the new label; a swap is
// refused; so is a relabelling naming its article, whose rewrite, said
// first, would name none.
func TestLang95RelabelledRewriteOnLines(t *testing.T) {
	It := []string{"Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet."}
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "one item", before: It, text: []string{ctx, "1° Le 3°, qui devient le 4°, est ainsi rédigé :", "« 4° Le ministre : »", "« a) Un. »"}, want: []string{It[0], It[1], It[2], "4° Le ministre :", "a) Un."}},
		{name: "after a relabelling, the higher rewritten", before: It, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé :", "« 4° Le ministre : »", "« a) Un. »"}, want: []string{It[0], It[1], "3° Le maire ;", "4° Le ministre :", "a) Un."}},
		{name: "after a relabelling, the lower rewritten", before: It, text: []string{ctx, "1° Le 3° devient le 4° et le 2°, qui devient le 3°, est ainsi rédigé :", "« 3° Le ministre : »", "« a) Un ; »"}, want: []string{It[0], It[1], "3° Le ministre :", "a) Un ;", "4° Le préfet."}},
		{name: "the old label: refused", before: It, text: []string{ctx, "1° Le 3°, qui devient le 4°, est ainsi rédigé :", "« 3° Le ministre : »", "« a) Un. »"}},
		{name: "a swap: refused", before: It, text: []string{ctx, "1° Le 2° devient le 3° et le 3°, qui devient le 2°, est ainsi rédigé :", "« 2° Le ministre : »", "« a) Un. »"}},
		{name: "the relabelling naming the article: refused", before: It, text: []string{"Le 2° de l'article L. 1 du code civil devient le 3° et le 3°, qui devient le 4°, est ainsi rédigé :", "« 4° Le ministre : »", "« a) Un. »"}},
	})
}
