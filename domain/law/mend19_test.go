package law

import "testing"

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
