package law

import "testing"

// TestWrong82PartReestablishedInForce: "Le 3° est ainsi rétabli :", "Le
// II est rétabli dans la rédaction suivante :" re-establish a part
// repealed: where the article holds that part in force ("3° C ;", not
// "3° (Abrogé) ;"), the law and the article disagree — refused (it was
// overwritten). The part repealed is its placeholder alone: an
// article's closing alinéa after "3° (Abrogé)." stays (it went with the
// placeholder). A whole article re-established is applied over the
// corpus's text as before: the codes keep a repealed article's last text
// in force (L. 119 of the livre des procédures fiscales, re-established
// by loi n° 2010-874 in the development set).
func TestWrong82PartReestablishedInForce(t *testing.T) {
	It := []string{"Sont :", "1° A ;", "2° B ;", "3° C ;", "4° D."}
	runGrammar(t, []grammarCase{
		{name: "an item in force: refused", before: It, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rétabli :", "« 3° Z ; »"}},
		{name: "a part in force: refused", before: []string{"I. – A.", "II. – B.", "III. – C."}, text: []string{"Le II de l'article L. 1 du code civil est rétabli dans la rédaction suivante :", "« II. – Z. »"}},
		{name: "an item repealed", before: []string{"Sont :", "1° A ;", "2° B ;", "3° (Abrogé) ;", "4° D."}, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rétabli :", "« 3° Z ; »"},
			want: []string{"Sont :", "1° A ;", "2° B ;", "3° Z ;", "4° D."}},
		{name: "the last item repealed, a closing alinéa after it", before: []string{"Sont :", "1° A ;", "2° B ;", "3° (Abrogé).", "Un décret fixe les modalités."}, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rétabli :", "« 3° Z. »"},
			want: []string{"Sont :", "1° A ;", "2° B ;", "3° Z.", "Un décret fixe les modalités."}},
		{name: "a part rewritten, not re-established, as before", before: It, text: []string{"Le 3° de l'article L. 1 du code civil est ainsi rédigé :", "« 3° Z ; »"},
			want: []string{"Sont :", "1° A ;", "2° B ;", "3° Z ;", "4° D."}},
		{name: "an article whose last text the corpus holds", before: []string{"Le juge signe."}, text: []string{"L'article L. 1 du code civil est ainsi rétabli :", "« Art. L. 1. – Le maire signe. »"},
			want: []string{"Le maire signe."}},
	})
}
