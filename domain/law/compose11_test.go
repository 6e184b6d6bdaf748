package law

import (
	"strings"
	"testing"
)

// c11Corpus is a code civil of five articles, three alinéas each, in two
// sections of a chapitre Ier and a chapitre II.
func c11Corpus() Corpus {
	c := Corpus{}
	folders := map[string]string{"L1": "livre-ier/titre-ier/chapitre-ier/section-1", "L2": "livre-ier/titre-ier/chapitre-ier/section-1", "L3": "livre-ier/titre-ier/chapitre-ier/section-2", "L4": "livre-ier/titre-ier/chapitre-ier/section-2", "L5": "livre-ier/titre-ier/chapitre-ii"}
	words := map[string]string{"L1": "maire", "L2": "préfet", "L3": "juge", "L4": "greffier", "L5": "notaire"}
	for k, d := range folders {
		r := CodeRef{Code: "code civil", Article: ArticleKey(k)}
		w := words[k]
		c[r] = CodeArticle{Ref: r, Heading: k, Division: strings.Split(d, "/"), Alineas: []string{
			"Le " + w + " statue en premier ressort.",
			"Le " + w + " peut déléguer sa signature.",
			"Le " + w + " rend compte au conseil.",
		}}
	}
	return c
}

// c11Apply applies the bill whose articles are arts (each its alinéas,
// one a line) to c11Corpus: the corpus left, each changed article (or
// "gone") by number, and the errors.
func c11Apply(t *testing.T, arts ...string) (Corpus, map[string]string, []ApplyError) {
	t.Helper()
	var bill []Article
	for k, a := range arts {
		bill = append(bill, Article{Number: ArticleNumber(rune('1' + k)), Alineas: strings.Split(a, "\n")})
	}
	ins := ParseInstructions(bill)
	for _, in := range ins {
		if in.Status == Unparsed {
			t.Errorf("%q unparsed: %s", in.Text, in.Reason)
		}
	}
	before := c11Corpus()
	out, errs := Apply(before, ins, ApplyOptions{})
	return out, changedArticles(before, out), errs
}

// changedArticles: each article of out whose alinéas differ from before's
// (or new), its alinéas joined by "|"; each article of before out lacks,
// "gone".
func changedArticles(before, out Corpus) map[string]string {
	changed := map[string]string{}
	for r, a := range out {
		if b, ok := before[r]; !ok || strings.Join(b.Alineas, "|") != strings.Join(a.Alineas, "|") {
			changed[r.Article] = strings.Join(a.Alineas, "|")
		}
	}
	for r := range before {
		if _, ok := out[r]; !ok {
			changed[r.Article] = "gone"
		}
	}
	return changed
}

// TestCompose11CountsFollowARenumbering: "1° Le premier alinéa de
// l'article L. 4 est supprimé (Après le premier alinéa …, il est inséré
// un alinéa) ; 2° L'article L. 4 devient l'article L. 6 ; 3° Le deuxième
// alinéa de l'article L. 6 est supprimé": the second alinéa of the
// article as the bill article found it, under its new number as under
// its old (it deleted the third, or the alinéa the 1° inserted). A later
// bill article counts on the text as it is.
func TestCompose11CountsFollowARenumbering(t *testing.T) {
	head := "Le code civil est ainsi modifié :"
	for _, c := range []struct {
		name string
		arts []string
		want string
	}{
		{"deleted before", []string{head + "\n1° Le premier alinéa de l'article L. 4 est supprimé ;\n2° L'article L. 4 devient l'article L. 6 ;\n3° Le deuxième alinéa de l'article L. 6 est supprimé."},
			"Le greffier rend compte au conseil."},
		{"inserted before", []string{head + "\n1° Après le premier alinéa de l'article L. 4, il est inséré un alinéa ainsi rédigé :\n« Le greffier prête serment. » ;\n2° L'article L. 4 devient l'article L. 6 ;\n3° Le deuxième alinéa de l'article L. 6 est supprimé."},
			"Le greffier statue en premier ressort.|Le greffier prête serment.|Le greffier rend compte au conseil."},
		{"a later bill article: as it is", []string{head + "\n1° Le premier alinéa de l'article L. 4 est supprimé ;\n2° L'article L. 4 devient l'article L. 6.", "Le deuxième alinéa de l'article L. 6 du code civil est supprimé."},
			"Le greffier peut déléguer sa signature."},
	} {
		_, got, errs := c11Apply(t, c.arts...)
		if len(errs) > 0 {
			t.Errorf("%s: %v", c.name, errs)
		}
		if got["l6"] != c.want || got["l4"] != "gone" {
			t.Errorf("%s: L. 6 %q (L. 4 %q), want %q", c.name, got["l6"], got["l4"], c.want)
		}
	}
}

// TestCompose11SameArticleAfterMade: "le même article" ("dudit article")
// after "1° L'article L. 4 devient l'article L. 6 ;" is the article
// under its new number (it was sought under L. 4, reported missing);
// after "1° Après l'article L. 5, il est inséré un article L. 5-1 … ;"
// it is refused: L. 5 named or L. 5-1 inserted, named last, is not said
// (L. 5 was edited); "du même article L. 5" is read.
func TestCompose11SameArticleAfterMade(t *testing.T) {
	head := "Le code civil est ainsi modifié :\n"
	ins := head + "1° Après l'article L. 5, il est inséré un article L. 5-1 ainsi rédigé :\n« Art. L. 5-1. – Le tribunal statue. » ;\n"
	for _, c := range []struct {
		name, bill string
		want       map[string]string // changed articles; nil: the 2° refused
	}{
		{"renumbered, du même article", head + "1° L'article L. 4 devient l'article L. 6 ;\n2° Au premier alinéa du même article, le mot : « statue » est remplacé par le mot : « décide ».",
			map[string]string{"l4": "gone", "l6": "Le greffier décide en premier ressort.|Le greffier peut déléguer sa signature.|Le greffier rend compte au conseil."}},
		{"renumbered, dudit article", head + "1° L'article L. 4 devient l'article L. 6 ;\n2° Le dernier alinéa dudit article est supprimé.",
			map[string]string{"l4": "gone", "l6": "Le greffier statue en premier ressort.|Le greffier peut déléguer sa signature."}},
		{"inserted, du même article", ins + "2° Au premier alinéa du même article, le mot : « statue » est remplacé par le mot : « décide ».", nil},
		{"inserted, le même article", ins + "2° Le même article est complété par un alinéa ainsi rédigé :\n« Il motive. »", nil},
		{"inserted, du même article L. 5", ins + "2° Au premier alinéa du même article L. 5, le mot : « statue » est remplacé par le mot : « décide ».",
			map[string]string{"l5-1": "Le tribunal statue.", "l5": "Le notaire décide en premier ressort.|Le notaire peut déléguer sa signature.|Le notaire rend compte au conseil."}},
		{"rewritten, le même article", head + "1° L'article L. 3 est ainsi rédigé :\n« Art. L. 3. – Le juge tranche. » ;\n2° Le même article est complété par un alinéa ainsi rédigé :\n« Il motive. »",
			map[string]string{"l3": "Le juge tranche.|Il motive."}},
	} {
		var bill []Article
		bill = append(bill, Article{Number: "1", Alineas: strings.Split(c.bill, "\n")})
		insts := ParseInstructions(bill)
		last := insts[len(insts)-1]
		if c.want == nil {
			if last.Status != Unparsed {
				t.Errorf("%s: %q read (%v), want refused", c.name, last.Text, last.Edits)
			}
			continue
		}
		_, got, errs := c11Apply(t, c.bill)
		if len(errs) > 0 {
			t.Errorf("%s: %v", c.name, errs)
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: changed %q, want %q", c.name, got, c.want)
		}
		for r, w := range c.want {
			if got[r] != w {
				t.Errorf("%s: %s %q, want %q", c.name, r, got[r], w)
			}
		}
	}
}

// TestCompose11ReestablishedKeepsItsFolders: "L'article L. 3 … est
// abrogé." then, in a later bill article, "L'article L. 3 … est ainsi
// rétabli : « … »" files it where it was (it was filed nowhere), and a
// third repealing its section repeals it (it stayed in force).
func TestCompose11ReestablishedKeepsItsFolders(t *testing.T) {
	repeal := "L'article L. 3 du code civil est abrogé."
	again := "L'article L. 3 du code civil est ainsi rétabli :\n« Art. L. 3. – Le juge tranche. »"
	out, got, errs := c11Apply(t, repeal, again)
	if len(errs) > 0 {
		t.Errorf("%v", errs)
	}
	a := out[CodeRef{Code: "code civil", Article: "l3"}]
	if got["l3"] != "Le juge tranche." || strings.Join(a.Division, "/") != "livre-ier/titre-ier/chapitre-ier/section-2" {
		t.Errorf("L. 3 %q in %q, want re-established in its section 2", got["l3"], a.Division)
	}
	_, got, errs = c11Apply(t, repeal, again, "La section 2 du chapitre Ier du titre Ier du livre Ier du code civil est abrogée.")
	if len(errs) > 0 {
		t.Errorf("%v", errs)
	}
	if got["l3"] != "gone" || got["l4"] != "gone" {
		t.Errorf("section 2 repealed: L. 3 %q, L. 4 %q, want both gone", got["l3"], got["l4"])
	}
}
