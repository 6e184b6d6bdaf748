package projections

import (
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// Bills is the read model of bills: their stages and texts, the diff
// between two stages, amendments applied to their articles, the law in
// force beside the law as the bill would leave it, and, per constituency,
// how its deputy voted beside how its citizens voted.
//
// Bills trusts the log's order and rules (the State fold checked them) and
// keeps its own lock, so readers need not go through Runner.View.
type Bills struct {
	mu       sync.RWMutex
	bills    map[domain.BillID]*billModel
	order    []domain.BillID // in order of introduction
	deputies map[string]*domain.DeputyRecorded
	groups   map[string]*domain.GroupRecorded
	scrutins map[string]*scrutinModel
	codes    law.Corpus
	partial  map[law.CodeRef][]string // code articles whose parts are arriving
	votes    map[domain.VoteID]*domain.VoteOpened
	tallies  map[domain.VoteID]*domain.TallyPublished

	cacheMu sync.Mutex
	diffs   map[string]law.BillDiff // by bill, from, to; cleared when a bill changes
}

type billModel struct {
	intro      *domain.BillIntroduced
	stages     []*stageModel
	amendments []*amendmentModel
	amendIdx   map[string]*amendmentModel
	scrutins   []string
	votes      []domain.VoteID
}

type stageModel struct {
	tabled   *domain.StageTabled
	articles []law.Article
	alineas  []string // the article whose parts are arriving
}

func (s *stageModel) complete() bool { return len(s.articles) == int(s.tabled.Articles) }

type amendmentModel struct {
	tabled     *domain.AmendmentTabled
	dispositif string
	expose     string
	parts      uint16
	outcome    string
	previous   []AmendmentVersion
}

type scrutinModel struct {
	rec       *domain.ParliamentVoteRecorded
	ballots   map[string]domain.DeputyBallot
	parts     uint16
	revisions int // records before the current one
}

// AmendmentVersion is an earlier text of an amendment, replaced when the
// source published a corrected one (a revision in the log).
type AmendmentVersion struct {
	Dispositif string    `json:"dispositif"`
	Expose     string    `json:"expose"`
	Replaced   time.Time `json:"replaced"` // when the log recorded the new version
}

// NewBills returns an empty Bills.
func NewBills() *Bills {
	return &Bills{bills: map[domain.BillID]*billModel{}, deputies: map[string]*domain.DeputyRecorded{},
		groups: map[string]*domain.GroupRecorded{}, scrutins: map[string]*scrutinModel{}, codes: law.Corpus{},
		partial: map[law.CodeRef][]string{}, votes: map[domain.VoteID]*domain.VoteOpened{},
		tallies: map[domain.VoteID]*domain.TallyPublished{}, diffs: map[string]law.BillDiff{}}
}

// Apply implements Projection.
func (b *Bills) Apply(pos uint64, env domain.Envelope) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch e := env.Event.(type) {
	case *domain.BillIntroduced:
		b.bills[e.Bill] = &billModel{intro: e, amendIdx: map[string]*amendmentModel{}}
		b.order = append(b.order, e.Bill)
	case *domain.StageTabled:
		m := b.bills[e.Bill]
		if m == nil {
			return fmt.Errorf("stage of unknown bill %s", e.Bill)
		}
		m.stages = append(m.stages, &stageModel{tabled: e})
		sort.SliceStable(m.stages, func(i, j int) bool { return m.stages[i].tabled.Order < m.stages[j].tabled.Order })
	case *domain.ArticleTexted:
		st := b.stage(e.Bill, e.Stage)
		if st == nil {
			return fmt.Errorf("article of unknown stage %s", e.Stage)
		}
		st.alineas = domain.JoinAlineas(st.alineas, domain.AlineaPart{Continues: e.Continues, Alineas: e.Alineas})
		if e.Part == e.Parts {
			st.articles = append(st.articles, law.Article{Number: law.ArticleNumber(e.Number), FinalNumber: law.ArticleNumber(e.FinalNumber),
				Section: e.Section, Status: law.ArticleStatus(e.Status), Alineas: st.alineas})
			st.alineas = nil
			b.clearDiffs(e.Bill)
		}
	case *domain.AmendmentTabled:
		m := b.bills[e.Bill]
		if m == nil {
			return fmt.Errorf("amendment to unknown bill %s", e.Bill)
		}
		a := m.amendIdx[e.Amendment]
		switch {
		case a == nil:
			a = &amendmentModel{tabled: e}
			m.amendIdx[e.Amendment] = a
			m.amendments = append(m.amendments, a)
		case a.parts == a.tabled.Parts:
			// A new version (domain.AmendmentState): the earlier text is
			// kept in the history, the new one replaces it.
			a.previous = append(a.previous, AmendmentVersion{Dispositif: a.dispositif, Expose: a.expose, Replaced: env.Time})
			a.tabled, a.dispositif, a.expose, a.parts = e, "", "", 0
		}
		a.dispositif += e.Dispositif
		a.expose += e.Expose
		a.parts++
	case *domain.AmendmentDecided:
		if m := b.bills[e.Bill]; m != nil && m.amendIdx[e.Amendment] != nil {
			m.amendIdx[e.Amendment].outcome = e.Outcome
		}
	case *domain.DeputyRecorded:
		b.deputies[e.Deputy] = e
	case *domain.GroupRecorded:
		b.groups[e.Group] = e
	case *domain.ParliamentVoteRecorded:
		v := b.scrutins[e.Scrutin]
		if v == nil {
			v = &scrutinModel{rec: e, ballots: map[string]domain.DeputyBallot{}}
			b.scrutins[e.Scrutin] = v
			if m := b.bills[e.Bill]; m != nil {
				m.scrutins = append(m.scrutins, e.Scrutin)
			}
		} else if v.parts == v.rec.Parts {
			// A new version of the record (domain.ScrutinState) replaces it.
			v.rec, v.ballots, v.parts = e, map[string]domain.DeputyBallot{}, 0
			v.revisions++
		}
		v.parts++
		for _, x := range e.Ballots {
			v.ballots[x.Deputy] = x
		}
	case *domain.CodeArticleRecorded:
		ref := law.CodeRef{Code: e.Code, Article: e.Article}
		if e.Part == 1 {
			b.partial[ref] = nil
		}
		b.partial[ref] = domain.JoinAlineas(b.partial[ref], domain.AlineaPart{Continues: e.Continues, Alineas: e.Alineas})
		if e.Part == e.Parts {
			b.codes[ref] = law.CodeArticle{Ref: ref, Heading: e.Heading, Alineas: b.partial[ref]}
			delete(b.partial, ref)
		}
	case *domain.VoteOpened:
		b.votes[e.Vote] = e
		if m := b.bills[e.Bill]; m != nil {
			m.votes = append(m.votes, e.Vote)
		}
	case *domain.TallyPublished:
		b.tallies[e.Vote] = e
	}
	return nil
}

func (b *Bills) stage(bill domain.BillID, id string) *stageModel {
	m := b.bills[bill]
	if m == nil {
		return nil
	}
	for _, s := range m.stages {
		if s.tabled.Stage == id {
			return s
		}
	}
	return nil
}

func (b *Bills) clearDiffs(bill domain.BillID) {
	b.cacheMu.Lock()
	defer b.cacheMu.Unlock()
	for k := range b.diffs {
		if strings.HasPrefix(k, string(bill)+"\x00") {
			delete(b.diffs, k)
		}
	}
}

// --- read side: the views the API and the pages serve ---

// BillSummary is a bill in the list.
type BillSummary struct {
	ID         domain.BillID `json:"id"`
	Kind       string        `json:"kind"`
	Title      string        `json:"title"`
	Stages     int           `json:"stages"`
	Amendments int           `json:"amendments"`
	LastStage  string        `json:"last_stage,omitempty"`
	Date       time.Time     `json:"date"`
}

// StageSummary is a stage without its text.
type StageSummary struct {
	ID          string    `json:"id"`
	Order       uint32    `json:"order"`
	Label       string    `json:"label"`
	Institution string    `json:"institution"`
	Step        string    `json:"step"`
	Reading     string    `json:"reading"`
	Date        time.Time `json:"date"`
	Failed      bool      `json:"failed,omitempty"`
	HasText     bool      `json:"has_text"`
	Articles    int       `json:"articles"`
	Complete    bool      `json:"complete"`
	// TextHash is StageTextHash of the stage's text, hex; a vote on the
	// stage commits to it.
	TextHash string `json:"text_hash,omitempty"`
	Amended  int    `json:"amendments"`
}

// ScrutinSummary is a nominative vote in parliament.
type ScrutinSummary struct {
	ID      string    `json:"id"`
	Title   string    `json:"title"`
	Date    time.Time `json:"date"`
	Adopted bool      `json:"adopted"`
	For     int       `json:"for"`
	Against int       `json:"against"`
	Abstain int       `json:"abstain"`
	// Revisions counts the records the source corrected (0 if none).
	Revisions int `json:"revisions,omitempty"`
}

// BillView is a bill's page: summary, stages, amendment counts, votes.
type BillView struct {
	BillSummary
	Source     string           `json:"source,omitempty"`
	StageList  []StageSummary   `json:"stage_list"`
	Outcomes   map[string]int   `json:"outcomes"` // amendments by outcome ("" undecided)
	Scrutins   []ScrutinSummary `json:"scrutins"`
	Votes      []domain.VoteID  `json:"votes"` // citizens' votes on the bill
	FinalStage string           `json:"final_stage,omitempty"`
}

// List returns every bill, in order of introduction.
func (b *Bills) List() []BillSummary {
	b.mu.RLock()
	defer b.mu.RUnlock()
	out := make([]BillSummary, 0, len(b.order))
	for _, id := range b.order {
		out = append(out, b.summary(b.bills[id]))
	}
	return out
}

func (b *Bills) summary(m *billModel) BillSummary {
	s := BillSummary{ID: m.intro.Bill, Kind: m.intro.Type.String(), Title: m.intro.Title, Stages: len(m.stages), Amendments: len(m.amendments)}
	if n := len(m.stages); n > 0 {
		s.LastStage, s.Date = m.stages[n-1].tabled.Label, m.stages[n-1].tabled.Date
	}
	return s
}

// Bill returns a bill's view.
func (b *Bills) Bill(id domain.BillID) (BillView, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	m := b.bills[id]
	if m == nil {
		return BillView{}, false
	}
	v := BillView{BillSummary: b.summary(m), Source: m.intro.Source, Outcomes: map[string]int{}, Votes: m.votes}
	perStage := map[string]int{}
	for _, a := range m.amendments {
		v.Outcomes[a.outcome]++
		perStage[a.tabled.Stage]++
	}
	for _, s := range m.stages {
		v.StageList = append(v.StageList, b.stageSummary(m, s, perStage[s.tabled.Stage]))
	}
	if f := finalStage(m); f != nil {
		v.FinalStage = f.tabled.Stage
	}
	for _, id := range m.scrutins {
		v.Scrutins = append(v.Scrutins, b.scrutinSummary(b.scrutins[id]))
	}
	return v, true
}

func (b *Bills) stageSummary(m *billModel, s *stageModel, amended int) StageSummary {
	t := s.tabled
	ss := StageSummary{ID: t.Stage, Order: t.Order, Label: t.Label, Institution: t.Institution, Step: t.Step, Reading: t.Reading,
		Date: t.Date, Failed: t.Failed, HasText: t.HasText, Articles: len(s.articles), Complete: s.complete(), Amended: amended}
	if ss.Complete && t.HasText {
		h := domain.StageTextHash(m.intro.Bill, t.Stage, stageArticles(s.articles))
		ss.TextHash = hex.EncodeToString(h[:])
	}
	return ss
}

func stageArticles(as []law.Article) []domain.StageArticle {
	out := make([]domain.StageArticle, len(as))
	for i, a := range as {
		out[i] = domain.StageArticle{Number: string(a.Number), Section: a.Section, Status: string(a.Status), Alineas: a.Alineas}
	}
	return out
}

// finalStage is the last complete stage with articles.
func finalStage(m *billModel) *stageModel {
	for i := len(m.stages) - 1; i >= 0; i-- {
		if s := m.stages[i]; s.tabled.HasText && len(s.articles) > 0 && s.complete() {
			return s
		}
	}
	return nil
}

func (b *Bills) scrutinSummary(v *scrutinModel) ScrutinSummary {
	s := ScrutinSummary{ID: v.rec.Scrutin, Title: v.rec.Title, Date: v.rec.Date, Adopted: v.rec.Adopted, Revisions: v.revisions}
	for _, x := range v.ballots {
		switch x.Position {
		case domain.PositionFor:
			s.For++
		case domain.PositionAgainst:
			s.Against++
		case domain.PositionAbstain:
			s.Abstain++
		}
	}
	return s
}

// StageText returns a stage's summary and its text.
func (b *Bills) StageText(id domain.BillID, stage string) (StageSummary, []law.Article, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	s := b.stage(id, stage)
	if s == nil {
		return StageSummary{}, nil, false
	}
	return b.stageSummary(b.bills[id], s, 0), s.articles, true
}

// StageHash returns the hash a vote on a complete stage commits to.
func (b *Bills) StageHash(id domain.BillID, stage string) ([32]byte, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	s := b.stage(id, stage)
	if s == nil || !s.complete() || !s.tabled.HasText {
		return [32]byte{}, false
	}
	return domain.StageTextHash(id, stage, stageArticles(s.articles)), true
}

// ErrNoStage is returned by Diff for an unknown stage or one without text.
var ErrNoStage = fmt.Errorf("no such stage with a text")

// Diff compares two stages of a bill: articles aligned, then words. It is
// cached until the bill's text changes.
func (b *Bills) Diff(id domain.BillID, from, to string) (law.BillDiff, error) {
	key := string(id) + "\x00" + from + "\x00" + to
	b.cacheMu.Lock()
	d, ok := b.diffs[key]
	b.cacheMu.Unlock()
	if ok {
		return d, nil
	}
	b.mu.RLock()
	fs, ts := b.stage(id, from), b.stage(id, to)
	if fs == nil || ts == nil || !fs.tabled.HasText || !ts.tabled.HasText {
		b.mu.RUnlock()
		return law.BillDiff{}, fmt.Errorf("%w: %s or %s", ErrNoStage, from, to)
	}
	f := law.Stage{Bill: law.BillID(id), ID: law.StageID(from), HasText: true, Articles: fs.articles}
	t := law.Stage{Bill: law.BillID(id), ID: law.StageID(to), HasText: true, Articles: ts.articles}
	b.mu.RUnlock()
	d = law.Diff(f, t)
	b.cacheMu.Lock()
	b.diffs[key] = d
	b.cacheMu.Unlock()
	return d, nil
}

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
	// the stage's text holds the article; nil otherwise.
	Applied *AppliedAmendment `json:"applied,omitempty"`
}

// AppliedAmendment is an amendment applied to its article.
type AppliedAmendment struct {
	Applied  bool     `json:"applied"`            // every part understood and applied
	Deleted  bool     `json:"deleted,omitempty"`  // the article would be deleted
	Unparsed []string `json:"unparsed,omitempty"` // parts not understood, raw
	Before   []string `json:"before"`
	After    []string `json:"after,omitempty"`
	Ops      []law.Op `json:"ops,omitempty"` // word diff of before → after
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
	if f := finalStage(m); f != nil {
		for i, a := range f.articles {
			rank[law.NormalizeArticleNumber(string(a.Number))] = i
		}
	}
	for _, a := range m.amendments {
		t := a.tabled
		key := law.NormalizeArticleNumber(t.Article)
		if article != "" && key != law.NormalizeArticleNumber(article) {
			continue
		}
		v := AmendmentView{ID: t.Amendment, Stage: t.Stage, Number: t.Number, Authors: t.Authors, Group: t.Group, Subject: t.Subject,
			Article: t.Article, Additional: t.Additional, Position: t.Position, Alinea: t.Alinea, Tabled: t.Tabled,
			Dispositif: a.dispositif, Expose: a.expose, Outcome: a.outcome, Previous: a.previous}
		if g := b.groups[t.Group]; g != nil {
			v.GroupName = g.Name
		}
		if withApplied && t.Article != "" && !t.Additional {
			if st := b.stage(id, t.Stage); st != nil {
				ls := law.Stage{Articles: st.articles}
				if art, ok := ls.Article(law.ArticleNumber(t.Article)); ok {
					v.Applied = applyAmendment(art, a.dispositif)
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
	sort.SliceStable(keys, func(i, j int) bool {
		ri, iok := rank[keys[i]]
		rj, jok := rank[keys[j]]
		if iok != jok {
			return iok
		}
		if iok {
			return ri < rj
		}
		return keys[i] < keys[j]
	})
	out := make([]ArticleAmendments, 0, len(keys))
	for _, k := range keys {
		g := groups[k]
		sort.SliceStable(g.Amendments, func(i, j int) bool { return numLess(g.Amendments[i].Number, g.Amendments[j].Number) })
		out = append(out, *g)
	}
	return out, true
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
	out := &AppliedAmendment{Applied: r.Applied, Deleted: r.Deleted, Unparsed: r.Unparsed, Before: art.Alineas}
	if r.Applied && !r.Deleted {
		out.After = r.Article.Alineas
		out.Ops = law.DiffWords(art.Text(), r.Article.Text())
	}
	return out
}

// LawComparison is the law in force beside the law as the bill's final
// stage would leave it.
type LawComparison struct {
	Bill  domain.BillID        `json:"bill"`
	Stage string               `json:"stage"`
	Stats law.InstructionStats `json:"stats"`
	// Articles are the code articles the bill changes, by reference.
	Articles []LawArticle `json:"articles"`
	// Unparsed are the instructions that were not understood, raw: the
	// reader sees them as written, never a guess.
	Unparsed []RawInstruction `json:"unparsed"`
	// Failed are parsed edits that could not be applied (the text they
	// look for is not in the recorded article), and NotRecorded the
	// articles targeted that the ledger does not hold.
	Failed      []string `json:"failed"`
	NotRecorded []string `json:"not_recorded"`
	// Recorded is how many code articles in force the ledger holds.
	Recorded int `json:"recorded"`
}

// LawArticle is one code article before and after.
type LawArticle struct {
	Code    string   `json:"code"`
	Article string   `json:"article"`
	Heading string   `json:"heading"`
	Status  string   `json:"status"` // modified, created, repealed
	Before  []string `json:"before"`
	After   []string `json:"after"`
	Ops     []law.Op `json:"ops"`
}

// RawInstruction is an instruction shown as written.
type RawInstruction struct {
	Article string `json:"article"` // the bill article
	Text    string `json:"text"`
	Reason  string `json:"reason"`
}

// Law applies the modification instructions of the bill's final stage (or
// of stage, if not empty) to the code articles in force the ledger holds.
func (b *Bills) Law(id domain.BillID, stage string) (LawComparison, bool) {
	b.mu.RLock()
	m := b.bills[id]
	if m == nil {
		b.mu.RUnlock()
		return LawComparison{}, false
	}
	s := finalStage(m)
	if stage != "" {
		s = b.stage(id, stage)
	}
	if s == nil {
		b.mu.RUnlock()
		return LawComparison{Bill: id}, true
	}
	arts, before := s.articles, b.codes.Clone()
	out := LawComparison{Bill: id, Stage: s.tabled.Stage, Recorded: len(before)}
	b.mu.RUnlock()

	ins := law.ParseInstructions(arts)
	out.Stats = law.Stats(ins)
	after, errs := law.Apply(before, ins, law.ApplyOptions{})
	missing := map[string]bool{}
	for _, e := range errs {
		if e.Missing {
			if !missing[e.Ref.String()] {
				missing[e.Ref.String()] = true
				out.NotRecorded = append(out.NotRecorded, e.Ref.String())
			}
			continue
		}
		out.Failed = append(out.Failed, e.Error())
	}
	for _, in := range ins {
		if in.Status == law.Unparsed {
			out.Unparsed = append(out.Unparsed, RawInstruction{Article: string(in.Article), Text: in.Text, Reason: in.Reason})
		}
	}
	for _, ref := range law.Changed(before, after) {
		o, ook := before[ref]
		n, nok := after[ref]
		la := LawArticle{Code: ref.Code, Article: ref.Article, Heading: firstNonEmpty(n.Heading, o.Heading, ref.Article), Before: o.Alineas, After: n.Alineas}
		switch {
		case !ook:
			la.Status = "created"
		case !nok || len(n.Alineas) == 0:
			la.Status = "repealed"
		default:
			la.Status = "modified"
		}
		la.Ops = law.DiffWords(strings.Join(o.Alineas, "\n"), strings.Join(n.Alineas, "\n"))
		out.Articles = append(out.Articles, la)
	}
	sort.Slice(out.Articles, func(i, j int) bool {
		a, c := out.Articles[i], out.Articles[j]
		if a.Code != c.Code {
			return a.Code < c.Code
		}
		return law.ArticleKey(a.Article) < law.ArticleKey(c.Article)
	})
	return out, true
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// ConstituencyView is, for one constituency, how its deputy voted on the
// bill in parliament and, once a citizens' vote on the bill is tallied,
// how its citizens voted.
type ConstituencyView struct {
	District    domain.District `json:"district"`
	Departement string          `json:"departement"`
	Deputy      *DeputyView     `json:"deputy,omitempty"`
	// Positions: the deputy's position in each of the bill's nominative
	// votes, by scrutin id: for, against, abstain, non-voting, or absent.
	Positions map[string]string `json:"positions"`
	Citizens  []CitizensResult  `json:"citizens"`
}

// DeputyView is a deputy.
type DeputyView struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Group     string `json:"group,omitempty"`
	GroupName string `json:"group_name,omitempty"`
}

// CitizensResult is a tallied citizens' vote in the group of districts
// that holds a constituency (small districts are merged before decryption,
// so a count may cover several).
type CitizensResult struct {
	Vote      domain.VoteID     `json:"vote"`
	Stage     string            `json:"stage"`
	Group     string            `json:"group"`
	Districts []domain.District `json:"districts"`
	Voters    uint64            `json:"voters"`
	Options   []string          `json:"options"`
	Counts    []uint64          `json:"counts"`
}

// Constituencies lists the 577 constituencies with their deputy's votes on
// the bill and the citizens' tallied results; district, if not empty,
// keeps only that one.
func (b *Bills) Constituencies(id domain.BillID, district domain.District) ([]ConstituencyView, []ScrutinSummary, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	m := b.bills[id]
	if m == nil {
		return nil, nil, false
	}
	seat := map[domain.District]*domain.DeputyRecorded{}
	for _, d := range b.deputies {
		if d.District != "" {
			if cur := seat[d.District]; cur == nil || d.Deputy < cur.Deputy {
				seat[d.District] = d
			}
		}
	}
	var scr []ScrutinSummary
	for _, s := range m.scrutins {
		scr = append(scr, b.scrutinSummary(b.scrutins[s]))
	}
	byDistrict := map[domain.District][]CitizensResult{}
	for _, vid := range m.votes {
		t := b.tallies[vid]
		if t == nil {
			continue
		}
		for _, g := range t.Groups {
			r := CitizensResult{Vote: vid, Stage: b.votes[vid].Stage, Group: g.Name, Districts: g.Districts, Voters: g.Voters, Options: b.votes[vid].Options, Counts: g.Counts}
			for _, d := range g.Districts {
				byDistrict[d] = append(byDistrict[d], r)
			}
		}
	}
	var out []ConstituencyView
	for _, info := range domain.Districts() {
		if district != "" && info.Code != district {
			continue
		}
		v := ConstituencyView{District: info.Code, Departement: info.DepartementNom, Positions: map[string]string{}, Citizens: byDistrict[info.Code]}
		if d := seat[info.Code]; d != nil {
			v.Deputy = &DeputyView{ID: d.Deputy, Name: strings.TrimSpace(d.FirstName + " " + d.LastName), Group: d.Group}
			if g := b.groups[d.Group]; g != nil {
				v.Deputy.GroupName = g.Name
			}
			for _, s := range m.scrutins {
				pos := "absent"
				if x, ok := b.scrutins[s].ballots[d.Deputy]; ok {
					pos = positionName[x.Position]
				}
				v.Positions[s] = pos
			}
		}
		out = append(out, v)
	}
	return out, scr, true
}

var positionName = map[uint8]string{domain.PositionFor: "for", domain.PositionAgainst: "against", domain.PositionAbstain: "abstain", domain.PositionNonVoting: "non-voting"}

// DistrictGroups returns, for each tallied citizens' vote on the bill, the
// groups of districts its counts were decrypted for.
func (b *Bills) DistrictGroups(id domain.BillID) map[domain.VoteID][]domain.TallyGroup {
	b.mu.RLock()
	defer b.mu.RUnlock()
	out := map[domain.VoteID][]domain.TallyGroup{}
	if m := b.bills[id]; m != nil {
		for _, v := range m.votes {
			if t := b.tallies[v]; t != nil {
				out[v] = t.Groups
			}
		}
	}
	return out
}
