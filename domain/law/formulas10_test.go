package law

import "testing"

// TestGrammarDivisionAfterArticle: a division named after the article
// and a comma ("À l'article L. 1, au second alinéa, …") is one of that
// article's, never the whole article.
func TestGrammarDivisionAfterArticle(t *testing.T) {
	B := []string{"Le maire agit.", "Le maire tranche."}
	I := []string{"I. – Le maire agit.", "II. – Le maire tranche."}
	runGrammar(t, []grammarCase{
		{name: "À l'article L. 1, au second alinéa,: that alinéa, never the article", before: B, text: []string{"À l'article L. 1 du code civil, au second alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{B[0], "Le préfet tranche."}},
		{name: "À l'article L. 1, au II,", before: I, text: []string{"À l'article L. 1 du code civil, au II, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{I[0], "II. – Le préfet tranche."}},
		{name: "dans sa rédaction résultant de la loi: no division", before: B, text: []string{"À l'article L. 1 du code civil, dans sa rédaction résultant de la loi n° 2010-1 du 1er janvier 2010, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet agit.", "Le préfet tranche."}},
		{name: "dans sa rédaction issue de la présente loi", before: B, text: []string{"Au second alinéa de l'article L. 1 du code civil, dans sa rédaction issue de la présente loi, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{B[0], "Le préfet tranche."}},
		{name: "À l'article L. 1, au premier alinéa du II,", before: I, text: []string{"À l'article L. 1 du code civil, au premier alinéa du II, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{I[0], "II. – Le préfet tranche."}},
		{name: "À l'article L. 1, à la fin du second alinéa,", before: B, text: []string{"À l'article L. 1 du code civil, à la fin du second alinéa, le mot : « tranche » est remplacé par le mot : « décide »."}, want: []string{B[0], "Le maire décide."}},
		{name: "Dans le II de l'article L. 1", before: I, text: []string{"Dans le II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{I[0], "II. – Le préfet tranche."}},
		{name: "À l'article L. 1, au quatrième alinéa, when it has two: refused", before: B, text: []string{"À l'article L. 1 du code civil, au quatrième alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}, want: nil},
		{name: "a division after the article in a form not read: refused, never the article", before: B, text: []string{"À l'article L. 1 du code civil, s'agissant du second alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}, want: nil},
	})
}
