package law

import (
	"strings"
	"testing"
)

// TestNewArticleBesideUnderAHigherHead: an article inserted beside
// another ("Après l'article L. 1, il est inséré un article L. 1-1") under
// a head naming a division above that article's ("Le livre Ier du code
// civil est ainsi modifié :") is filed in L. 1's own division, as the
// same instruction written with its whole place ("Après l'article L. 1
// du code civil, …") files it (it was filed in the livre, the head's
// division, by the first article of it the corpus holds). When the corpus
// does not hold L. 1, the head's division is the one known.
func TestNewArticleBesideUnderAHigherHead(t *testing.T) {
	sec := []string{"partie-legislative", "livre-ier", "titre-ier", "chapitre-ier", "section-2"}
	other := []string{"partie-legislative", "livre-ier", "titre-ii"}
	newA := "« Art. L. 1-1. – Le greffier note. »"
	for _, c := range []struct {
		name string
		held []string
		text []string
		want []string
	}{
		{"under the livre: L. 1's section", []string{"L1", "L9"}, []string{"Le livre Ier du code civil est ainsi modifié :", "1° Après l'article L. 1, il est inséré un article L. 1-1 ainsi rédigé :", newA}, sec},
		{"whole place: L. 1's section", []string{"L1", "L9"}, []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", newA}, sec},
		{"L. 1 not held: the livre", []string{"L9"}, []string{"Le livre Ier du code civil est ainsi modifié :", "1° Après l'article L. 1, il est inséré un article L. 1-1 ainsi rédigé :", newA}, sec[:2]},
	} {
		t.Run(c.name, func(t *testing.T) {
			corpus := Corpus{}
			for _, h := range c.held {
				d := sec
				if h == "L9" {
					d = other
				}
				ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				corpus[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"Le juge signe."}, Division: d}
			}
			got, errs := Apply(corpus, ParseInstructions([]Article{{Number: "1er", Alineas: c.text}}), ApplyOptions{})
			a, ok := got[CodeRef{Code: "code civil", Article: ArticleKey("L1-1")}]
			if !ok || len(errs) > 0 {
				t.Fatalf("L. 1-1 not made: %v", errs)
			}
			if strings.Join(a.Division, "/") != strings.Join(c.want, "/") {
				t.Errorf("filed in %v, want %v", a.Division, c.want)
			}
		})
	}
}
