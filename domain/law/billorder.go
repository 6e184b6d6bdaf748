package law

import "cmp"

// BillArticleLess orders two article numbers of a bill as the bill reads
// them: by their numbers, then their Latin adverbs (2 < 2 bis < 2 ter <
// 3), and an article numbered with capitals after another's number comes
// before it: a bill inserts "1er A" before article 1er and "2 bis A"
// before article 2 bis, in the alphabet's order (1er A < 1er B < 1er),
// where a code puts "39 A" after its article 39 (compareArticles). The
// numbers are read after NormalizeArticleNumber ("Article 1er A", "1 a");
// a number that is not an article's ("Hors article", a title) comes after
// every article, the others among themselves by their text.
func BillArticleLess(a, b string) bool {
	x, okx := articleNumbers(ArticleKey(NormalizeArticleNumber(a)))
	y, oky := articleNumbers(ArticleKey(NormalizeArticleNumber(b)))
	if okx != oky {
		return okx
	}
	if !okx {
		return NormalizeArticleNumber(a) < NormalizeArticleNumber(b)
	}
	if x.letters != y.letters {
		return x.letters < y.letters
	}
	for i := 0; i < len(x.nums) && i < len(y.nums); i++ {
		if x.nums[i] != y.nums[i] {
			return x.nums[i] < y.nums[i]
		}
	}
	if len(x.nums) != len(y.nums) {
		return len(x.nums) < len(y.nums)
	}
	if x.latin != y.latin {
		return x.latin < y.latin
	}
	if (x.capitals == "") != (y.capitals == "") {
		return x.capitals != ""
	}
	if c := cmp.Compare(len(x.capitals), len(y.capitals)); c != 0 {
		return c < 0
	}
	return x.capitals < y.capitals
}
