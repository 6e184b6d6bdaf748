package law

import (
	"errors"
	"strings"
	"testing"
)

// failureCorpus is three articles of the code civil, "L1" to "L3", each
// "Le chat dort."
func failureCorpus() Corpus {
	c := Corpus{}
	for _, h := range []string{"L1", "L2", "L3"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"Le chat dort."}}
	}
	return c
}

// failureBill is three bill articles, the nth replacing "chat" by "chien"
// in the article L. n.
func failureBill() []Article {
	var arts []Article
	for _, n := range []string{"1", "2", "3"} {
		arts = append(arts, Article{Number: ArticleNumber(n), Alineas: []string{"À l'article L. " + n + " du code civil, le mot : « chat » est remplacé par le mot : « chien »."}})
	}
	return arts
}

// TestEngineFailureBillArticle: the engine failing on one bill article
// (a panic while reading it) leaves that article Unparsed, whole, with
// the failure as its reason; the articles before and after it are read
// and applied.
func TestEngineFailureBillArticle(t *testing.T) {
	defer func(r func(*parser, Article) []Instruction) { articleReader = r }(articleReader)
	articleReader = func(p *parser, a Article) []Instruction {
		if a.Number == "2" {
			panic("boum")
		}
		return p.article(a)
	}
	ins := ParseInstructions(failureBill())
	if len(ins) != 3 {
		t.Fatalf("got %d instructions, want 3: %+v", len(ins), ins)
	}
	if in := ins[1]; in.Status != Unparsed || in.Article != "2" || !strings.Contains(in.Reason, "the engine failed") || !strings.Contains(in.Reason, "boum") || !strings.Contains(in.Text, "« chat »") {
		t.Errorf("article 2: got %+v, want it unparsed with the failure", in)
	}
	got, errs := Apply(failureCorpus(), ins, ApplyOptions{})
	if len(errs) != 0 {
		t.Fatalf("apply: %v", errs)
	}
	for h, want := range map[string]string{"l1": "Le chien dort.", "l2": "Le chat dort.", "l3": "Le chien dort."} {
		if g := strings.Join(got[CodeRef{Code: "code civil", Article: h}].Alineas, "\n"); g != want {
			t.Errorf("%s: got %q, want %q", h, g, want)
		}
	}
	if d := silentDrops(failureBill(), ins); len(d) != 0 {
		t.Errorf("silent drops: %v", d)
	}
}

// TestEngineFailureEdit: the engine failing on one edit, after it began
// changing its article, refuses that edit with an *EngineFailure and
// puts the article back; the other edits are applied.
func TestEngineFailureEdit(t *testing.T) {
	defer func(a func(Corpus, Edit, ApplyOptions) error) { editApplier = a }(editApplier)
	editApplier = func(c Corpus, e Edit, opt ApplyOptions) error {
		if e.Scope.Ref.Article == "l2" {
			a := c[e.Scope.Ref]
			a.Alineas[0] = "Changé à moitié."
			c[e.Scope.Ref] = a
			panic("boum")
		}
		return applyEdit(c, e, opt)
	}
	before := failureCorpus()
	got, errs := Apply(before, ParseInstructions(failureBill()), ApplyOptions{})
	if len(errs) != 1 || errs[0].Ref.Article != "l2" || errs[0].Missing {
		t.Fatalf("errors: got %v, want one, on l2", errs)
	}
	var f *EngineFailure
	if !errors.As(errs[0], &f) || f.Value != "boum" {
		t.Errorf("error: got %v, want an *EngineFailure", errs[0].Err)
	}
	for h, want := range map[string]string{"l1": "Le chien dort.", "l2": "Le chat dort.", "l3": "Le chien dort."} {
		if g := strings.Join(got[CodeRef{Code: "code civil", Article: h}].Alineas, "\n"); g != want {
			t.Errorf("%s: got %q, want %q", h, g, want)
		}
	}
	if g := before[CodeRef{Code: "code civil", Article: "l2"}].Alineas[0]; g != "Le chat dort." {
		t.Errorf("the corpus given changed: %q", g)
	}
}

// TestEngineFailureEditCreating: an article the failing edit was
// creating is not left half made.
func TestEngineFailureEditCreating(t *testing.T) {
	defer func(a func(Corpus, Edit, ApplyOptions) error) { editApplier = a }(editApplier)
	editApplier = func(c Corpus, e Edit, opt ApplyOptions) error {
		c[e.Scope.Ref] = CodeArticle{Ref: e.Scope.Ref, Alineas: []string{"À moitié."}}
		panic("boum")
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"À l'article L. 9 du code civil, le mot : « chat » est remplacé par le mot : « chien »."}}})
	got, errs := Apply(failureCorpus(), ins, ApplyOptions{})
	if len(errs) != 1 {
		t.Fatalf("errors: got %v, want one", errs)
	}
	if _, ok := got[CodeRef{Code: "code civil", Article: "l9"}]; ok || len(got) != 3 {
		t.Errorf("got %d articles, l9 among them: want the three given", len(got))
	}
}

// TestEngineFailureAmendment: the engine failing on one amendment of
// several leaves it not applied, its dispositif raw with the failure, and
// the article as the amendments before it left it; the next is applied.
func TestEngineFailureAmendment(t *testing.T) {
	defer func(a func(Article, []string, []int, string) (AmendedArticle, []int)) { amendmentApplier = a }(amendmentApplier)
	amendmentApplier = func(a Article, tabled []string, tags []int, d string) (AmendedArticle, []int) {
		if strings.Contains(d, "boum") {
			a.Alineas[0] = "Changé à moitié."
			panic("boum")
		}
		return applyAmendmentText(a, tabled, tags, d)
	}
	art := Article{Number: "1", Alineas: []string{"Le chat dort.", "Le chien veille."}}
	got, res := ComposeAmendments(art, []string{
		"À l'alinéa 1, substituer au mot : « dort » le mot : « rêve ».",
		"À l'alinéa 2, substituer au mot : « boum » le mot : « veille ».",
		"À l'alinéa 2, substituer au mot : « veille » le mot : « dort ».",
	})
	if !res[0].Applied || res[1].Applied || !res[2].Applied {
		t.Fatalf("applied: got %v %v %v, want the second refused alone", res[0].Applied, res[1].Applied, res[2].Applied)
	}
	if len(res[1].Unparsed) != 1 || !strings.Contains(res[1].Unparsed[0], "the engine failed") || !strings.Contains(res[1].Unparsed[0], "« boum »") {
		t.Errorf("second: got %q, want its dispositif with the failure", res[1].Unparsed)
	}
	if g := strings.Join(got.Alineas, "\n"); g != "Le chat rêve.\nLe chien dort." {
		t.Errorf("got %q", g)
	}
	if art.Alineas[0] != "Le chat dort." {
		t.Errorf("the article given changed: %q", art.Alineas[0])
	}
	one := ApplyAmendment(art, "À l'alinéa 2, substituer au mot : « boum » le mot : « veille ».")
	if one.Applied || strings.Join(one.Article.Alineas, "\n") != "Le chat dort.\nLe chien veille." {
		t.Errorf("alone: got %+v, want the article as it was, not applied", one)
	}
}
