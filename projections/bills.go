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
// The bill and law events are folded by domain's fold (domain.LawState.Apply,
// the one State uses), into a copy Bills keeps under its own lock so readers
// need not go through Runner.View; a stage's text hash is the one that fold
// computed when the stage became complete. Bills adds only indexes (order
// of introduction, of stages, of amendments) and the citizens' votes.
// Bills trusts the log's order and rules (the State fold checked them).
//
// The views live by concept: bills.go (bills, stages, diffs),
// amendments.go, law.go (the law in force and as amended) and
// constituencies.go.
type Bills struct {
	mu      sync.RWMutex
	law     *domain.LawState
	bills   map[domain.BillID]*billModel
	order   []domain.BillID // in order of introduction
	votes   map[domain.VoteID]*domain.VoteOpened
	tallies map[domain.VoteID]*domain.TallyPublished

	cacheMu sync.Mutex
	diffs   map[string]law.BillDiff // by bill, from, to; cleared when a bill changes
}

// billModel indexes a bill's parts that the law state keeps in maps.
type billModel struct {
	intro      *domain.BillIntroduced
	stages     []string // stage ids, by Order (stable)
	amendments []string // amendment ids, in order of first tabling
	scrutins   []string
	votes      []domain.VoteID
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
	return &Bills{law: domain.NewLawState(), bills: map[domain.BillID]*billModel{}, votes: map[domain.VoteID]*domain.VoteOpened{},
		tallies: map[domain.VoteID]*domain.TallyPublished{}, diffs: map[string]law.BillDiff{}}
}

// Apply implements Projection.
func (b *Bills) Apply(pos uint64, env domain.Envelope) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	// What the law fold would trip on if the log broke its rules: an
	// error here, never a panic.
	switch e := env.Event.(type) {
	case *domain.StageTabled:
		if b.bills[e.Bill] == nil {
			return fmt.Errorf("stage of unknown bill %s", e.Bill)
		}
	case *domain.ArticleTexted:
		if b.law.Stage(e.Bill, e.Stage) == nil {
			return fmt.Errorf("article of unknown stage %s", e.Stage)
		}
	case *domain.AmendmentTabled:
		if b.bills[e.Bill] == nil {
			return fmt.Errorf("amendment to unknown bill %s", e.Bill)
		}
	case *domain.AmendmentDecided:
		if b.law.Amendments[e.Bill][e.Amendment] == nil {
			return nil // nothing to decide
		}
	}
	b.law.Apply(env)
	switch e := env.Event.(type) {
	case *domain.BillIntroduced:
		b.bills[e.Bill] = &billModel{intro: e}
		b.order = append(b.order, e.Bill)
	case *domain.StageTabled:
		m := b.bills[e.Bill]
		if b.law.Stage(e.Bill, e.Stage).Version > 0 { // its text republished
			b.clearDiffs(e.Bill)
		} else {
			m.stages = append(m.stages, e.Stage)
		}
		sort.SliceStable(m.stages, func(i, j int) bool {
			return b.law.Stage(e.Bill, m.stages[i]).Tabled.Order < b.law.Stage(e.Bill, m.stages[j]).Tabled.Order
		})
	case *domain.ArticleTexted:
		if e.Part == e.Parts {
			b.clearDiffs(e.Bill)
		}
	case *domain.AmendmentTabled:
		if a := b.law.Amendments[e.Bill][e.Amendment]; a.Version == 0 && a.Parts == 1 {
			m := b.bills[e.Bill]
			m.amendments = append(m.amendments, e.Amendment)
		}
	case *domain.ParliamentVoteRecorded:
		if v := b.law.Scrutins[e.Scrutin]; v.Version == 0 && v.Parts == 1 {
			if m := b.bills[e.Bill]; m != nil {
				m.scrutins = append(m.scrutins, e.Scrutin)
			}
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

// stage returns a bill's stage as the law fold holds it, or nil.
func (b *Bills) stage(bill domain.BillID, id string) *domain.StageState {
	return b.law.Stage(bill, id)
}

// articles returns a stage's whole articles as the law package reads them.
func articles(s *domain.StageState) []law.Article {
	if len(s.Articles) == 0 {
		return nil // as the API has always shown a stage without text: null
	}
	out := make([]law.Article, len(s.Articles))
	for i, a := range s.Articles {
		out[i] = law.Article{Number: law.ArticleNumber(a.Number), FinalNumber: law.ArticleNumber(s.FinalNumbers[i]),
			Section: a.Section, Status: law.ArticleStatus(a.Status), Alineas: a.Alineas}
	}
	return out
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
	// TextHeld is domain.StageState.TextHeld: amendments tabled on the
	// stage can be applied to its text.
	TextHeld bool `json:"text_held"`
	// TextHash is StageTextHash of the stage's text, hex; a vote on the
	// stage commits to it.
	TextHash string `json:"text_hash,omitempty"`
	Amended  int    `json:"amendments"`
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
		t := b.stage(m.intro.Bill, m.stages[n-1]).Tabled
		s.LastStage, s.Date = t.Label, t.Date
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
	for _, aid := range m.amendments {
		a := b.law.Amendments[id][aid]
		v.Outcomes[a.Outcome]++
		perStage[a.Tabled.Stage]++
	}
	for _, s := range m.stages {
		v.StageList = append(v.StageList, stageSummary(b.stage(id, s), perStage[s]))
	}
	if f := b.finalStage(m); f != nil {
		v.FinalStage = f.Tabled.Stage
	}
	for _, id := range m.scrutins {
		v.Scrutins = append(v.Scrutins, scrutinSummary(b.law.Scrutins[id]))
	}
	return v, true
}

func stageSummary(s *domain.StageState, amended int) StageSummary {
	t := s.Tabled
	ss := StageSummary{ID: t.Stage, Order: t.Order, Label: t.Label, Institution: t.Institution, Step: t.Step, Reading: t.Reading,
		Date: t.Date, Failed: t.Failed, HasText: t.HasText, Articles: len(s.Articles), Complete: s.Complete(), TextHeld: s.TextHeld(), Amended: amended}
	if h, ok := s.TextHash(); ok && t.HasText {
		ss.TextHash = hex.EncodeToString(h[:])
	}
	return ss
}

// finalStage is the last complete stage with articles.
func (b *Bills) finalStage(m *billModel) *domain.StageState {
	for i := len(m.stages) - 1; i >= 0; i-- {
		if s := b.stage(m.intro.Bill, m.stages[i]); s.TextHeld() && len(s.Articles) > 0 {
			return s
		}
	}
	return nil
}

// StageText returns a stage's summary and its text.
func (b *Bills) StageText(id domain.BillID, stage string) (StageSummary, []law.Article, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	s := b.stage(id, stage)
	if s == nil {
		return StageSummary{}, nil, false
	}
	return stageSummary(s, 0), articles(s), true
}

// StageHash returns the hash a vote on a complete stage commits to.
func (b *Bills) StageHash(id domain.BillID, stage string) ([32]byte, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	s := b.stage(id, stage)
	if s == nil || !s.Tabled.HasText {
		return [32]byte{}, false
	}
	return s.TextHash()
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
	if fs == nil || ts == nil || !fs.Tabled.HasText || !ts.Tabled.HasText {
		b.mu.RUnlock()
		return law.BillDiff{}, fmt.Errorf("%w: %s or %s", ErrNoStage, from, to)
	}
	f := law.Stage{Bill: law.BillID(id), ID: law.StageID(from), HasText: true, Articles: articles(fs)}
	t := law.Stage{Bill: law.BillID(id), ID: law.StageID(to), HasText: true, Articles: articles(ts)}
	b.mu.RUnlock()
	d = law.Diff(f, t)
	b.cacheMu.Lock()
	b.diffs[key] = d
	b.cacheMu.Unlock()
	return d, nil
}
