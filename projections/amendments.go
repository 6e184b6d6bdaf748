package projections

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// AmendmentView is an amendment, with its article as it would leave it.
type AmendmentView struct {
	ID         string    `json:"id"`
	Stage      string    `json:"stage"`
	Number     string    `json:"number"`
	Authors    []string  `json:"authors"`
	Group      string    `json:"group,omitempty"`
	GroupName  string    `json:"group_name,omitempty"`
	Subject    string    `json:"subject"`
	Article    string    `json:"article,omitempty"`
	Additional bool      `json:"additional,omitempty"`
	Position   string    `json:"position,omitempty"`
	Alinea     uint32    `json:"alinea,omitempty"`
	Tabled     time.Time `json:"tabled"`
	Dispositif string    `json:"dispositif"`
	Expose     string    `json:"expose"`
	Outcome    string    `json:"outcome"` // "" while undecided
	// Previous lists the earlier texts, oldest first, when the amendment
	// was corrected after it was tabled; empty otherwise.
	Previous []AmendmentVersion `json:"previous,omitempty"`
	// Applied is the target article as the amendment would leave it, when
	// the stage's text holds the article and the data the amendment's
	// dispositif; nil otherwise (no text is no instruction refused).
	Applied *AppliedAmendment `json:"applied,omitempty"`
}

// AppliedAmendment is an amendment applied to its article.
type AppliedAmendment struct {
	Applied  bool     `json:"applied"`            // every part understood and applied
	Deleted  bool     `json:"deleted,omitempty"`  // the article would be deleted
	Unparsed []string `json:"unparsed,omitempty"` // parts not understood, raw
	// Refusals says why, one for each line of Unparsed: its class (what
	// the pages explain) and its reason.
	Refusals []Refusal `json:"refusals,omitempty"`
	Before   []string  `json:"before"`
	After    []string  `json:"after,omitempty"`
	Ops      []law.Op  `json:"ops,omitempty"` // word diff of before → after
}

// Refusal is why a part of an amendment was not applied: its class
// (law.ClassOf: "sub-amendment", "falls", "not-read", "other-text",
// "not-applicable", "no-instruction", "engine") and the engine's reason.
type Refusal struct {
	Class  law.RefusalClass `json:"class"`
	Reason string           `json:"reason"`
}

// Classes are the classes of a's refusals, each once, in order: what
// the pages explain.
func (a *AppliedAmendment) Classes() []law.RefusalClass { return classesOf(a.Refusals) }

// Classes are the classes of c's refusals, each once, in order.
func (c ChosenAmendment) Classes() []law.RefusalClass { return classesOf(c.Refusals) }

func classesOf(rs []Refusal) []law.RefusalClass {
	var out []law.RefusalClass
	for _, r := range rs {
		if !slices.Contains(out, r.Class) {
			out = append(out, r.Class)
		}
	}
	return out
}

// refusalsOf is the view of an amendment's refusals.
func refusalsOf(errs []error) []Refusal {
	var out []Refusal
	for _, err := range errs {
		out = append(out, Refusal{Class: law.ClassOf(err), Reason: err.Error()})
	}
	return out
}

// ArticleAmendments groups a stage's amendments by target article.
type ArticleAmendments struct {
	Article    string          `json:"article"` // "" for amendments to no article (title…)
	Amendments []AmendmentView `json:"amendments"`
}

// Amendments returns a bill's amendments grouped by target article, in
// the order of the articles (additional and unknown targets last). If
// article is not empty, only that article's. withApplied applies each
// amendment to its article (costlier).
func (b *Bills) Amendments(id domain.BillID, article string, withApplied bool) ([]ArticleAmendments, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	m := b.bills[id]
	if m == nil {
		return nil, false
	}
	groups := map[string]*ArticleAmendments{}
	var keys []string
	rank := map[string]int{}
	if f := b.finalStage(m); f != nil {
		for i, a := range f.Articles {
			rank[law.NormalizeArticleNumber(a.Number)] = i
		}
	}
	for _, aid := range m.amendments {
		a := b.law.Amendments[id][aid]
		t := a.Tabled
		key := law.NormalizeArticleNumber(t.Article)
		if article != "" && key != law.NormalizeArticleNumber(article) {
			continue
		}
		v := AmendmentView{ID: t.Amendment, Stage: t.Stage, Number: t.Number, Authors: t.Authors, Group: t.Group, Subject: t.Subject,
			Article: t.Article, Additional: t.Additional, Position: t.Position, Alinea: t.Alinea, Tabled: t.Tabled,
			Dispositif: a.Dispositif, Expose: a.Expose, Outcome: a.Outcome, Previous: previous(a)}
		if g := b.law.Groups[t.Group]; g != nil {
			v.GroupName = g.Name
		}
		if withApplied && t.Article != "" && !t.Additional && strings.TrimSpace(a.Dispositif) != "" {
			if st := b.stage(id, t.Stage); st != nil {
				ls := law.Stage{Articles: articles(st)}
				if art, ok := ls.Article(law.ArticleNumber(t.Article)); ok {
					v.Applied = applyAmendment(art, a.Dispositif)
				}
			}
		}
		g := groups[key]
		if g == nil {
			g = &ArticleAmendments{Article: t.Article}
			groups[key] = g
			keys = append(keys, key)
		}
		g.Amendments = append(g.Amendments, v)
	}
	sortArticles(keys, rank)
	out := make([]ArticleAmendments, 0, len(keys))
	for _, k := range keys {
		g := groups[k]
		sort.SliceStable(g.Amendments, func(i, j int) bool { return numLess(g.Amendments[i].Number, g.Amendments[j].Number) })
		out = append(out, *g)
	}
	return out, true
}

// sortArticles orders the articles amendments were tabled on as the bill
// reads them: those of the final text in its order, each article it no
// longer has (deleted during the shuttle: "7 bis") after the last of its
// articles numbered before it (law.BillArticleLess), amendments to no
// article ("", titles, additional articles unnumbered) last.
func sortArticles(keys []string, rank map[string]int) {
	place := make(map[string]int, len(keys))
	for _, k := range keys {
		if r, ok := rank[k]; ok {
			place[k] = 2 * r
			continue
		}
		if k == "" {
			place[k] = math.MaxInt
			continue
		}
		p := -1
		for f, r := range rank {
			if 2*r+1 > p && law.BillArticleLess(f, k) {
				p = 2*r + 1
			}
		}
		place[k] = p
	}
	sort.SliceStable(keys, func(i, j int) bool {
		if place[keys[i]] != place[keys[j]] {
			return place[keys[i]] < place[keys[j]]
		}
		return law.BillArticleLess(keys[i], keys[j])
	})
}

// previous returns an amendment's earlier texts, oldest first; nil if none.
func previous(a *domain.AmendmentState) []AmendmentVersion {
	var out []AmendmentVersion
	for _, p := range a.Previous {
		out = append(out, AmendmentVersion{Dispositif: p.Dispositif, Expose: p.Expose, Replaced: p.Replaced})
	}
	return out
}

// numLess orders amendment numbers by their digits, then as strings.
func numLess(a, b string) bool {
	na, nb := digits(a), digits(b)
	if na != nb {
		return na < nb
	}
	return a < b
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' && n < 1e8 {
			n = n*10 + int(r-'0')
		}
	}
	return n
}

func applyAmendment(art law.Article, dispositif string) *AppliedAmendment {
	r := law.ApplyAmendment(art, dispositif)
	out := &AppliedAmendment{Applied: r.Applied, Deleted: r.Deleted, Unparsed: r.Unparsed, Refusals: refusalsOf(r.Refusals), Before: art.Alineas}
	if r.Applied && !r.Deleted {
		out.After = r.Article.Alineas
		out.Ops = law.DiffWords(art.Text(), r.Article.Text())
	}
	return out
}
