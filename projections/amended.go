package projections

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// Errors of AmendedLaw, for a 4xx with a message.
var (
	// ErrUnknownAmendment: an amendment id that the bill does not have.
	ErrUnknownAmendment = errors.New("no such amendment on this bill")
	// ErrMixedStages: amendments tabled on different stages of the bill,
	// which amend different texts and cannot be applied together.
	ErrMixedStages = errors.New("amendments tabled on different stages")
	// ErrStageText: the stage the amendments were tabled on has no complete
	// text to apply them to.
	ErrStageText = errors.New("the stage the amendments were tabled on has no complete text")
)

// AmendedLaw is the law in force beside the law as the bill would leave it
// if the chosen amendments were adopted: the amendments are applied to the
// text of the stage they were tabled on, then that text's instructions to
// the code articles in force (LawComparison, same fields as Law's view).
type AmendedLaw struct {
	LawComparison
	// Amendments are the chosen amendments, in the order applied, with
	// what became of each.
	Amendments []ChosenAmendment `json:"amendments"`
	// BillArticles are the stage's articles the chosen amendments change,
	// as tabled and as amended.
	BillArticles []AmendedBillArticle `json:"bill_articles"`
}

// ChosenAmendment is one chosen amendment and its fate in the composition.
type ChosenAmendment struct {
	ID      string `json:"id"`
	Number  string `json:"number"`
	Article string `json:"article,omitempty"`
	Outcome string `json:"outcome"` // as decided so far; "" while pending
	// Status: "applied"; "not-applied" (a part not understood: Unparsed);
	// "additional" (it inserts a new article, and its dispositif is not
	// only the announcement at the place it was tabled and the new
	// article's quoted text: not applied); "no-article" (no target
	// article in the stage's text). An article additionnel read is
	// "applied", its new article among the bill's at its place.
	Status   string    `json:"status"`
	Unparsed []string  `json:"unparsed,omitempty"`
	Refusals []Refusal `json:"refusals,omitempty"` // why, one for each line of Unparsed
}

// AmendedBillArticle is a bill article before and after the amendments.
type AmendedBillArticle struct {
	Article string   `json:"article"`
	Deleted bool     `json:"deleted,omitempty"`
	Before  []string `json:"before"`
	After   []string `json:"after"`
	Ops     []law.Op `json:"ops"`
	// An article additionnel: the amendment that adds it (its number), its
	// place ("après" or "avant") and the bill article it is placed beside.
	AddedBy  string `json:"added_by,omitempty"`
	Position string `json:"position,omitempty"`
	Beside   string `json:"beside,omitempty"`
}

// AmendedLaw applies a bill's amendments ids (or, if pending, every
// amendment not yet decided, added to ids) to the text of the stage they
// were tabled on, and that text to the law in force. The amendments to one
// article are composed in the order of their numbers (law.ComposeNumbered:
// each applies to the article as the previous left it, and a sub-amendment
// "Amendement n° 9, alinéa 2" first edits the chosen amendment 9 it names,
// which then applies as modified; a sub-amendment of an amendment not
// chosen is "not-applied"); one not understood
// leaves the article as it was and is reported, never guessed. With no
// amendment, the stage is the bill's final one (as Law). ok is false for an
// unknown bill; err wraps ErrUnknownAmendment, ErrMixedStages or
// ErrStageText.
func (b *Bills) AmendedLaw(id domain.BillID, ids []string, pending bool) (AmendedLaw, bool, error) {
	b.mu.RLock()
	m := b.bills[id]
	if m == nil {
		b.mu.RUnlock()
		return AmendedLaw{}, false, nil
	}
	chosen := map[string]*domain.AmendmentState{}
	var order []string
	add := func(aid string) {
		if chosen[aid] == nil {
			chosen[aid] = b.law.Amendments[id][aid]
			order = append(order, aid)
		}
	}
	for _, aid := range ids {
		if b.law.Amendments[id][aid] == nil || !b.law.Amendments[id][aid].Complete() {
			b.mu.RUnlock()
			return AmendedLaw{}, true, fmt.Errorf("%w: %q", ErrUnknownAmendment, aid)
		}
		add(aid)
	}
	if pending {
		for _, aid := range m.amendments {
			if a := b.law.Amendments[id][aid]; a.Outcome == "" && a.Complete() {
				add(aid)
			}
		}
	}
	var st *domain.StageState
	for _, aid := range order {
		s := chosen[aid].Tabled.Stage
		if st != nil && st.Tabled.Stage != s {
			b.mu.RUnlock()
			return AmendedLaw{}, true, fmt.Errorf("%w: %s and %s", ErrMixedStages, st.Tabled.Stage, s)
		}
		st = b.stage(id, s)
		if st == nil || !st.TextHeld() {
			b.mu.RUnlock()
			return AmendedLaw{}, true, fmt.Errorf("%w: %s", ErrStageText, s)
		}
	}
	if st == nil {
		st = b.finalStage(m)
	}
	if st == nil {
		b.mu.RUnlock()
		return AmendedLaw{LawComparison: LawComparison{Bill: id}, Amendments: []ChosenAmendment{}, BillArticles: []AmendedBillArticle{}}, true, nil
	}
	arts, before, stage := articles(st), b.corpus(), st.Tabled.Stage
	type pick struct {
		id, number, article, dispositif, outcome, position string
		additional                                         bool
	}
	picks := make([]pick, len(order))
	for i, aid := range order {
		a := chosen[aid]
		picks[i] = pick{aid, a.Tabled.Number, a.Tabled.Article, a.Dispositif, a.Outcome, a.Tabled.Position, a.Tabled.Additional}
	}
	b.mu.RUnlock()

	sort.SliceStable(picks, func(i, j int) bool { return numLess(picks[i].number, picks[j].number) })
	out := AmendedLaw{Amendments: []ChosenAmendment{}, BillArticles: []AmendedBillArticle{}}
	index := map[string]int{} // normalised article number → index in arts
	for i, a := range arts {
		index[law.NormalizeArticleNumber(string(a.Number))] = i
	}
	byArticle := map[int][]int{} // article index → picks, in order
	var touched []int
	chosenView := make([]ChosenAmendment, len(picks))
	// An article additionnel read (additionalText): its new article's
	// text, and the chosen sub-amendments to it, composed as an article's.
	type addition struct {
		pick, at int // at: the bill article it stands after (before, when pick's position is "avant")
		ds       []law.Dispositif
		subs     []int
	}
	var additions []*addition
	subOf := map[int]*addition{}
	for i, p := range picks {
		k, ok := index[law.NormalizeArticleNumber(p.article)]
		if text, read := additionalText(p.dispositif, p.position, p.article); p.additional && ok && read {
			additions = append(additions, &addition{pick: i, at: k, ds: []law.Dispositif{{Number: p.number, Text: text}}})
		}
	}
	for i, p := range picks {
		for _, ad := range additions {
			if ad.pick != i && subOf[i] == nil && law.IsSubAmendmentOf(p.dispositif, picks[ad.pick].number) {
				subOf[i] = ad
				ad.subs = append(ad.subs, i)
				ad.ds = append(ad.ds, law.Dispositif{Number: p.number, Text: p.dispositif})
			}
		}
	}
	for i, p := range picks {
		chosenView[i] = ChosenAmendment{ID: p.id, Number: p.number, Article: p.article, Outcome: p.outcome}
		k, ok := index[law.NormalizeArticleNumber(p.article)]
		switch {
		case subOf[i] != nil:
		case p.additional:
			chosenView[i].Status = "additional"
		case p.article == "" || !ok:
			chosenView[i].Status = "no-article"
		default:
			if byArticle[k] == nil {
				touched = append(touched, k)
			}
			byArticle[k] = append(byArticle[k], i)
		}
	}
	sort.Ints(touched)
	amended := append([]law.Article(nil), arts...)
	for _, k := range touched {
		var ds []law.Dispositif
		for _, i := range byArticle[k] {
			ds = append(ds, law.Dispositif{Number: picks[i].number, Text: picks[i].dispositif})
		}
		res, each := law.ComposeNumbered(arts[k], ds)
		for n, i := range byArticle[k] {
			if each[n].Applied {
				chosenView[i].Status = "applied"
			} else {
				chosenView[i].Status, chosenView[i].Unparsed, chosenView[i].Refusals = "not-applied", each[n].Unparsed, refusalsOf(each[n].Refusals)
			}
		}
		deleted := false
		for n := range each {
			if each[n].Applied && each[n].Deleted {
				deleted = true
			}
		}
		if deleted {
			res.Alineas = nil
		}
		amended[k] = res
		ba := AmendedBillArticle{Article: string(arts[k].Number), Deleted: deleted, Before: arts[k].Alineas, After: res.Alineas}
		ba.Ops = law.DiffWords(strings.Join(arts[k].Alineas, "\n"), strings.Join(res.Alineas, "\n"))
		if ba.After == nil {
			ba.After = []string{}
		}
		out.BillArticles = append(out.BillArticles, ba)
	}
	tabledX, amendedX := arts, amended
	if len(additions) > 0 {
		tabledX, amendedX = nil, nil
		inserted := map[int][2][]law.Article{} // bill article → new articles before it, after it
		for _, ad := range additions {
			p := picks[ad.pick]
			num := additionalNumber(p.position, string(arts[ad.at].Number), p.number)
			res, each := law.ComposeNumbered(law.Article{Number: num, Alineas: []string{""}}, ad.ds)
			for n, i := range append([]int{ad.pick}, ad.subs...) {
				if each[n].Applied {
					chosenView[i].Status = "applied"
				} else {
					chosenView[i].Status, chosenView[i].Unparsed, chosenView[i].Refusals = "not-applied", each[n].Unparsed, refusalsOf(each[n].Refusals)
				}
			}
			if !each[0].Applied || len(res.Alineas) == 0 || res.Alineas[0] == "" {
				continue
			}
			side := 1
			if strings.EqualFold(p.position, "avant") {
				side = 0
			}
			two := inserted[ad.at]
			two[side] = append(two[side], res)
			inserted[ad.at] = two
			out.BillArticles = append(out.BillArticles, AmendedBillArticle{Article: string(num), Before: []string{}, After: res.Alineas, Ops: law.DiffWords("", strings.Join(res.Alineas, "\n")),
				AddedBy: p.number, Position: strings.ToLower(p.position), Beside: string(arts[ad.at].Number)})
		}
		for k := range arts {
			for _, side := range [][]law.Article{inserted[k][0], {}, inserted[k][1]} {
				if side != nil && len(side) == 0 {
					tabledX, amendedX = append(tabledX, arts[k]), append(amendedX, amended[k])
				}
				for _, a := range side {
					// Not in the text as tabled: as if deleted there.
					tabledX, amendedX = append(tabledX, law.Article{Number: a.Number}), append(amendedX, a)
				}
			}
		}
	}
	out.Amendments = chosenView
	// A deleted article gives no instruction; an article reading an
	// earlier one's text ("du même code") that the amendments changed, or
	// after an article additionnel, is refused
	// (law.ParseAmendedInstructions).
	out.LawComparison = compareInstructions(id, stage, law.ParseAmendedInstructions(tabledX, amendedX), before)
	return out, true, nil
}
