package law

import (
	"errors"
	"testing"
)

// TestMend19CodeArticleEnds: an entry ending the application of a
// code's article, "L'article L. 5 du code civil, dans sa rédaction
// résultant de la présente loi, cesse d'être applicable le …", refuses
// the instructions editing L. 5, to no day, as in force for a time only
// (they were applied for good); the others applied.
func TestMend19CodeArticleEnds(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"L'article L. 5 du code civil, dans sa rédaction résultant de la présente loi, cesse d'être applicable le 1er janvier 2031.", "AAATA"},
		{"L'article L. 5 du code civil cesse d'être applicable le 1er janvier 2031.", "AAATA"},
		{"L'article L. 5 du code civil n'est plus applicable à compter du 1er janvier 2031.", "AAATA"},
		{"Les articles L. 1 et L. 5 du code civil sont applicables jusqu'au 31 décembre 2030.", "TAATA"},
		{"Les articles L. 1 et L. 6 du code civil, dans leur rédaction résultant de la présente loi, cessent de produire leurs effets le 31 décembre 2030.", "TAAAT"},
		// Another code's article: nothing of the bill.
		{"L'article L. 5 du code rural cesse d'être applicable le 1er janvier 2031.", "AAAAA"},
		// Entries into force as before.
		{"L'article L. 5 du code civil entre en vigueur le 1er janvier 2030.", "AAADA"},
		{"L'article L. 5 du code civil entre en vigueur six mois après la publication de la présente loi.", "AAAMA"},
	} {
		entry19Check(t, entry19Law(tc.entry), tc.want)
	}
}

// TestMend19KeptUnderLostLabel: an article's alinéas deleted but for its
// last ("L'article L. 1, à l'exception de son dernier alinéa, est
// abrogé", "Les premier à avant-dernier alinéas … sont supprimés") on
// "I. – A", "II. – B", "C": whether "C" stays under the II is not said:
// refused (errKeptUnderLostLabel; it became "C"). Unchanged on an
// article without paragraph labels, or whose alinéa kept opens one.
func TestMend19KeptUnderLostLabel(t *testing.T) {
	para := []string{"I. – Le juge signe.", "II. – Le juge tranche.", "Il clôt."}
	for _, text := range []string{
		"L'article L. 1 du code civil, à l'exception de son dernier alinéa, est abrogé.",
		"L'article L. 1 du code civil est abrogé, à l'exception de son dernier alinéa.",
		"Les premier à avant-dernier alinéas de l'article L. 1 du code civil sont supprimés.",
	} {
		_, _, errs := applied17(map[string][]string{"L1": para}, text)
		if len(errs) != 1 || !errors.Is(errs[0].Err, errKeptUnderLostLabel) {
			t.Errorf("%s: errors %v, want errKeptUnderLostLabel", text, errs)
		}
		refused19(t, para, text)
	}
	runGrammar(t, []grammarCase{
		{name: "no labels", before: []string{"Le juge signe.", "Il tranche.", "Il clôt."}, text: []string{"L'article L. 1 du code civil, à l'exception de son dernier alinéa, est abrogé."},
			want: []string{"Il clôt."}},
		{name: "kept opens a paragraph", before: []string{"I. – Le juge signe.", "Il tranche.", "II. – Il clôt."}, text: []string{"L'article L. 1 du code civil, à l'exception de son dernier alinéa, est abrogé."},
			want: []string{"II. – Il clôt."}},
	})
}
