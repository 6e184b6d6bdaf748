package law

import "testing"

// The rules of the sixth pass on the closing note's leftovers, each on a
// short phrase.

// TestLeft6RankThenArticleUnderArticle: under a context naming an
// article ("L'article L. 1 est ainsi modifié :"), "Au second alinéa et au
// premier alinéa de l'article L. 2" may name L. 2's second alinéa or the
// context's: refused. Outside such a context both are L. 2's, as before;
// said otherwise, each is read.
func TestLeft6RankThenArticleUnderArticle(t *testing.T) {
	codes := t5Codes()
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runCodes(t, []codesCase{
		{"under an article", codes, [][]string{{head, "1° Au second alinéa et au premier alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, ranks together", codes, [][]string{{head, "1° Aux premier et second alinéas de l'article L. 2, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2)}},
		{"under an article, each its article", codes, [][]string{{head, "1° Au second alinéa de l'article L. 2 et au premier alinéa de l'article L. 3, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2, 2), t5L3: t5B(t5L3)}},
		{"under an article, a sentence then an alinéa", codes, [][]string{{head, "1° À la première phrase et au second alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, ainsi que", codes, [][]string{{head, "1° Au second alinéa ainsi qu'au premier alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, another code's article", codes, [][]string{{head, "1° Au second alinéa et au premier alinéa de l'article L. 2 du code pénal, " + aToB}}, nil},
		{"under an article item", codes, [][]string{{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au second alinéa et au premier alinéa de l'article L. 2, " + aToB}}, nil},
		{"under an article, one noun after both", codes, [][]string{{head, "1° Au premier et au second alinéas de l'article L. 2, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2)}},
		{"under an article, a whole article", codes, [][]string{{head, "1° Au second alinéa et à l'article L. 2, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1, 2), t5L2: t5B(t5L2)}},
		{"under an article, no article named", codes, [][]string{{head, "1° Au premier alinéa et au second alinéa, " + aToB}},
			map[string][]string{t5L1: t5B(t5L1)}},
		{"under a code", codes, [][]string{{"Le code civil est ainsi modifié :", "1° Au second alinéa et au premier alinéa de l'article L. 2, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2)}},
		{"no context", codes, [][]string{{"Au second alinéa et au premier alinéa de l'article L. 2 du code civil, " + aToB}},
			map[string][]string{t5L2: t5B(t5L2)}},
	})
}
