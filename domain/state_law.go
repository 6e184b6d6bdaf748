package domain

import "time"

// LawState is the part of the ledger's state that bills and the law events
// fold into: enough to enforce their rules (stages complete in order, parts
// in order, amendments tabled before they are decided) and to compute the
// hash of a stage's text, which a vote commits to.
type LawState struct {
	Stages     map[BillID]map[string]*StageState
	Amendments map[BillID]map[string]*AmendmentState
	Deputies   map[string]*DeputyRecorded
	Groups     map[string]*GroupRecorded
	Scrutins   map[string]*ScrutinState
	Codes      map[string]map[string]*CodeArticleState // code → article
}

// StageState is a stage as folded so far.
type StageState struct {
	Tabled   *StageTabled
	Articles []StageArticle // whole articles, in order
	// FinalNumbers holds each whole article's number in the promulgated
	// law (ArticleTexted.FinalNumber, often empty), parallel to Articles:
	// shown to readers, not covered by the stage's hash.
	FinalNumbers []string
	partial      *ArticleTexted // the article whose parts are arriving
	alineas      []string
	hash         [32]byte // StageTextHash, set when the stage is complete
	// Version counts the versions tabled before the current one (0 for
	// the first): a stage tabled again once complete is its text
	// republished. Previous holds those versions, oldest first.
	Version  int
	Previous []StageVersion
}

// StageVersion is an earlier version of a stage, replaced when the log
// recorded a new one at Replaced; Hash is its StageTextHash (votes opened
// on it commit to it).
type StageVersion struct {
	Tabled       *StageTabled
	Articles     []StageArticle
	FinalNumbers []string
	Hash         [32]byte
	Replaced     time.Time
}

// TextHash returns StageTextHash of the stage's text, computed once when
// the stage became complete, and false while it is not complete.
func (st *StageState) TextHash() ([32]byte, bool) {
	if !st.Complete() {
		return [32]byte{}, false
	}
	return st.hash, true
}

// Complete reports whether every announced article is whole.
func (st *StageState) Complete() bool {
	return st.partial == nil && len(st.Articles) == int(st.Tabled.Articles)
}

// TextHeld reports whether the stage's text is held whole: tabled with a
// text and every announced article arrived. Only such a stage can have
// amendments applied to it, be compared article by article, or be the
// bill's text as it leaves parliament.
func (st *StageState) TextHeld() bool {
	return st.Tabled.HasText && st.Complete()
}

// HasPart reports whether part part of the article at index is folded:
// the article is whole, or it is the one whose parts are arriving and
// that part has arrived.
func (st *StageState) HasPart(index uint32, part uint16) bool {
	if int(index) < len(st.Articles) {
		return true
	}
	return st.partial != nil && int(index) == len(st.Articles) && part <= st.partial.Part
}

// AmendmentState is an amendment as folded so far.
type AmendmentState struct {
	Tabled     *AmendmentTabled // the first part's fields
	Dispositif string           // the parts' texts, concatenated
	Expose     string
	Parts      uint16 // parts received
	Outcome    string // the last AmendmentDecided's; empty if none
	// Version counts the versions tabled before the current one (0 for
	// the first): an amendment tabled again when complete is a revision.
	Version int
	// Previous holds the texts of those earlier versions, oldest first.
	Previous []AmendmentText
}

// AmendmentText is an earlier version of an amendment's text, replaced
// when the log recorded a new version at Replaced.
type AmendmentText struct {
	Dispositif string
	Expose     string
	Replaced   time.Time // the time of the entry that opened the new version
}

// Complete reports whether every part arrived.
func (a *AmendmentState) Complete() bool { return a.Parts == a.Tabled.Parts }

// ScrutinState is a nominative vote as folded so far.
type ScrutinState struct {
	Recorded *ParliamentVoteRecorded // the first part's fields
	Ballots  []DeputyBallot          // every part's, in order
	Parts    uint16
	// Version counts the records before the current one (0 for the
	// first): a vote recorded again when complete is a revision.
	Version int
}

// Complete reports whether every part arrived.
func (v *ScrutinState) Complete() bool { return v.Parts == v.Recorded.Parts }

// CodeArticleState is a code article in force, as last recorded.
type CodeArticleState struct {
	Recorded *CodeArticleRecorded // the first part's fields
	Alineas  []string
	Parts    uint16
}

// Complete reports whether every part arrived.
func (c *CodeArticleState) Complete() bool { return c.Parts == c.Recorded.Parts }

// NewLawState returns the law state of an empty ledger. A read model that
// keeps its own copy folds into it with Apply, the same fold State uses.
func NewLawState() *LawState { return newLawState() }

func newLawState() *LawState {
	return &LawState{
		Stages:     map[BillID]map[string]*StageState{},
		Amendments: map[BillID]map[string]*AmendmentState{},
		Deputies:   map[string]*DeputyRecorded{},
		Groups:     map[string]*GroupRecorded{},
		Scrutins:   map[string]*ScrutinState{},
		Codes:      map[string]map[string]*CodeArticleState{},
	}
}

// Law returns the bills and law part of the state.
func (s *State) Law() *LawState {
	if s.law == nil {
		s.law = newLawState()
	}
	return s.law
}

// Stage returns a bill's stage, or nil.
func (l *LawState) Stage(bill BillID, stage string) *StageState {
	return l.Stages[bill][stage]
}

// StageHash returns the hash of a complete stage's text (StageTextHash),
// and false if the stage is unknown or incomplete.
func (s *State) StageHash(bill BillID, stage string) ([32]byte, bool) {
	st := s.Law().Stage(bill, stage)
	if st == nil {
		return [32]byte{}, false
	}
	return st.TextHash()
}

// checkLaw enforces the rules of the bill and law events (stages, articles,
// amendments, parliament's votes) that State.check does not know.
func (s *State) checkLaw(env Envelope) error {
	l := s.Law()
	rev := env.Revision
	billStream := func(b BillID) error {
		if env.Stream != BillStream(b) {
			return ruleErr(RuleStream, "%s belongs on stream %s, not %s", env.Event.Kind().Name, BillStream(b), env.Stream)
		}
		if _, ok := s.Bills[b]; !ok {
			return ruleErr(RuleBill, "no bill %s", b)
		}
		return nil
	}
	switch e := env.Event.(type) {
	case *StageTabled:
		if err := billStream(e.Bill); err != nil {
			return err
		}
		// Tabled again once complete: its text republished, a new
		// version (the earlier one stays in the log and in Previous).
		if st := l.Stages[e.Bill][e.Stage]; st != nil && !st.Complete() {
			return ruleErr(RuleStageOnce, "stage %s of %s is already tabled and its text is not complete", e.Stage, e.Bill)
		}
	case *ArticleTexted:
		if err := billStream(e.Bill); err != nil {
			return err
		}
		st := l.Stages[e.Bill][e.Stage]
		if st == nil {
			return ruleErr(RuleArticleStage, "no stage %s of %s", e.Stage, e.Bill)
		}
		if int(e.Index) != len(st.Articles) || e.Index >= st.Tabled.Articles {
			return ruleErr(RuleArticleOrder, "article index %d: stage %s has %d of %d articles", e.Index, e.Stage, len(st.Articles), st.Tabled.Articles)
		}
		if p := st.partial; p != nil {
			if e.Part != p.Part+1 || e.Parts != p.Parts || e.Number != p.Number || e.FinalNumber != p.FinalNumber || e.Section != p.Section || e.Status != p.Status {
				return ruleErr(RuleArticleParts, "expected part %d of %d of article %s", p.Part+1, p.Parts, p.Number)
			}
		} else if e.Part != 1 {
			return ruleErr(RuleArticleParts, "article %s starts at part %d", e.Number, e.Part)
		}
	case *AmendmentTabled:
		if err := billStream(e.Bill); err != nil {
			return err
		}
		a := l.Amendments[e.Bill][e.Amendment]
		switch {
		case (a == nil || a.Complete()) && e.Part != 1:
			return ruleErr(RuleAmendmentParts, "amendment %s starts at part %d", e.Amendment, e.Part)
		case a != nil && a.Complete():
			// A new version (the text corrected upstream), on the same
			// stage; it replaces the current one when whole.
			if a.Tabled.Stage != e.Stage {
				return ruleErr(RuleAmendmentOnce, "amendment %s is tabled on stage %s, not %s", e.Amendment, a.Tabled.Stage, e.Stage)
			}
		case a != nil:
			t := *a.Tabled
			t.Part, t.Dispositif, t.Expose = e.Part, e.Dispositif, e.Expose
			if e.Part != a.Parts+1 || !sameEncoding(&t, e) {
				return ruleErr(RuleAmendmentParts, "expected part %d of %d of amendment %s, same fields", a.Parts+1, a.Tabled.Parts, e.Amendment)
			}
		}
	case *AmendmentDecided:
		if err := billStream(e.Bill); err != nil {
			return err
		}
		a := l.Amendments[e.Bill][e.Amendment]
		if a == nil || !a.Complete() {
			return ruleErr(RuleAmendmentDecided, "amendment %s is not tabled", e.Amendment)
		}
		if a.Outcome == e.Outcome {
			return ruleErr(RuleAmendmentDecided, "amendment %s is already %s", e.Amendment, e.Outcome)
		}
	case *DeputyRecorded:
		if env.Stream != DeputyStream(e.Deputy) {
			return ruleErr(RuleStream, "DeputyRecorded belongs on stream %s", DeputyStream(e.Deputy))
		}
	case *GroupRecorded:
		if env.Stream != GroupStream(e.Group) {
			return ruleErr(RuleStream, "GroupRecorded belongs on stream %s", GroupStream(e.Group))
		}
	case *ParliamentVoteRecorded:
		if env.Stream != ScrutinStream(e.Scrutin) {
			return ruleErr(RuleStream, "ParliamentVoteRecorded belongs on stream %s", ScrutinStream(e.Scrutin))
		}
		if e.Bill != "" {
			if _, ok := s.Bills[e.Bill]; !ok {
				return ruleErr(RuleBill, "no bill %s", e.Bill)
			}
		}
		v := l.Scrutins[e.Scrutin]
		if v == nil || v.Complete() {
			// The first record, or a new version of a complete one (its
			// result or ballots corrected upstream): parts from 1.
			if e.Part != 1 {
				return ruleErr(RuleScrutinParts, "part %d of scrutin %s at revision %d: a record starts at part 1", e.Part, e.Scrutin, rev)
			}
		} else {
			if e.Part != v.Parts+1 {
				return ruleErr(RuleScrutinParts, "part %d of scrutin %s: expected part %d", e.Part, e.Scrutin, v.Parts+1)
			}
			t := *v.Recorded
			t.Part, t.Ballots = e.Part, e.Ballots
			if !sameEncoding(&t, e) {
				return ruleErr(RuleScrutinParts, "part %d of scrutin %s differs from part 1", e.Part, e.Scrutin)
			}
			if len(v.Ballots) > 0 && len(e.Ballots) > 0 && v.Ballots[len(v.Ballots)-1].Deputy >= e.Ballots[0].Deputy {
				return ruleErr(RuleScrutinParts, "ballots of scrutin %s not sorted across parts", e.Scrutin)
			}
		}
	case *CodeArticleRecorded:
		if env.Stream != CodeStream(e.Code) {
			return ruleErr(RuleStream, "CodeArticleRecorded belongs on stream %s", CodeStream(e.Code))
		}
		c := l.Codes[e.Code][e.Article]
		if c != nil && !c.Complete() {
			t := *c.Recorded
			t.Part, t.Continues, t.Alineas = e.Part, e.Continues, e.Alineas
			if e.Part != c.Parts+1 || !sameEncoding(&t, e) {
				return ruleErr(RuleCodeParts, "expected part %d of %d of %s", c.Parts+1, c.Recorded.Parts, e.Article)
			}
		} else if e.Part != 1 {
			return ruleErr(RuleCodeParts, "article %s starts at part %d", e.Article, e.Part)
		}
	}
	return nil
}

// sealIfComplete computes the stage's text hash once, when the last
// announced article is whole.
func (st *StageState) sealIfComplete() {
	if st.Complete() {
		st.hash = StageTextHash(st.Tabled.Bill, st.Tabled.Stage, st.Articles)
	}
}

// sameEncoding compares two events' payloads byte for byte.
func sameEncoding(a, b Event) bool {
	ea, eb := &encoder{}, &encoder{}
	a.encode(ea)
	b.encode(eb)
	return string(ea.b) == string(eb.b)
}

// applyLaw folds the bill and law events into the state.
func (s *State) applyLaw(pos uint64, env Envelope) { s.Law().Apply(env) }

// put sets m[k][id] to v, making m[k] for its first.
func put[K comparable, V any](m map[K]map[string]*V, k K, id string, v *V) {
	if m[k] == nil {
		m[k] = map[string]*V{}
	}
	m[k][id] = v
}

// Apply folds one bill or law event into l; other events are ignored. The
// event must have passed State's rules (State.Apply checks them first): Apply
// itself checks nothing.
func (l *LawState) Apply(env Envelope) {
	switch e := env.Event.(type) {
	case *StageTabled:
		st := &StageState{Tabled: e}
		if old := l.Stages[e.Bill][e.Stage]; old != nil {
			// A new version: the current text goes to Previous (copied,
			// so that no earlier view shares its backing array).
			st.Version = old.Version + 1
			st.Previous = append(append(make([]StageVersion, 0, len(old.Previous)+1), old.Previous...),
				StageVersion{Tabled: old.Tabled, Articles: old.Articles, FinalNumbers: old.FinalNumbers, Hash: old.hash, Replaced: env.Time})
		}
		put(l.Stages, e.Bill, e.Stage, st)
		st.sealIfComplete()
	case *ArticleTexted:
		st := l.Stages[e.Bill][e.Stage]
		st.alineas = JoinAlineas(st.alineas, AlineaPart{Continues: e.Continues, Alineas: e.Alineas})
		st.partial = e
		if e.Part == e.Parts {
			st.Articles = append(st.Articles, StageArticle{Number: e.Number, Section: e.Section, Status: e.Status, Alineas: st.alineas})
			st.FinalNumbers = append(st.FinalNumbers, e.FinalNumber)
			st.partial, st.alineas = nil, nil
			st.sealIfComplete()
		}
	case *AmendmentTabled:
		a := l.Amendments[e.Bill][e.Amendment]
		switch {
		case a == nil:
			a = &AmendmentState{Tabled: e}
			put(l.Amendments, e.Bill, e.Amendment, a)
		case a.Complete():
			// A new version: its texts replace the current ones; the
			// outcome stands until an AmendmentDecided changes it.
			a.Previous = append(a.Previous, AmendmentText{Dispositif: a.Dispositif, Expose: a.Expose, Replaced: env.Time})
			a.Tabled, a.Dispositif, a.Expose, a.Parts = e, "", "", 0
			a.Version++
		}
		a.Dispositif += e.Dispositif
		a.Expose += e.Expose
		a.Parts++
	case *AmendmentDecided:
		l.Amendments[e.Bill][e.Amendment].Outcome = e.Outcome
	case *DeputyRecorded:
		l.Deputies[e.Deputy] = e
	case *GroupRecorded:
		l.Groups[e.Group] = e
	case *ParliamentVoteRecorded:
		v := l.Scrutins[e.Scrutin]
		switch {
		case v == nil:
			v = &ScrutinState{Recorded: e}
			l.Scrutins[e.Scrutin] = v
		case v.Complete():
			v.Recorded, v.Ballots, v.Parts = e, nil, 0 // a new version replaces the record
			v.Version++
		}
		v.Ballots = append(v.Ballots, e.Ballots...)
		v.Parts++
	case *CodeArticleRecorded:
		c := l.Codes[e.Code][e.Article]
		if c == nil || c.Complete() {
			c = &CodeArticleState{Recorded: e}
			put(l.Codes, e.Code, e.Article, c)
		}
		c.Alineas = JoinAlineas(c.Alineas, AlineaPart{Continues: e.Continues, Alineas: e.Alineas})
		c.Parts++
	}
}

// SameContent reports whether two events of bills and the law have the
// same payload, byte for byte, once their part fields and their split
// content (texts, alinéas, ballots) are set aside: what an importer
// compares to tell an unchanged record from a revised one. Events of
// other kinds compare whole.
func SameContent(a, b Event) bool {
	strip := func(e Event) Event {
		switch x := e.(type) {
		case *AmendmentTabled:
			c := *x
			c.Part, c.Parts, c.Dispositif, c.Expose = 0, 0, "", ""
			return &c
		case *ParliamentVoteRecorded:
			c := *x
			c.Part, c.Parts, c.Ballots = 0, 0, nil
			return &c
		case *ArticleTexted:
			c := *x
			c.Part, c.Parts, c.Continues, c.Alineas = 0, 0, false, nil
			return &c
		case *CodeArticleRecorded:
			c := *x
			c.Part, c.Parts, c.Continues, c.Alineas = 0, 0, false, nil
			return &c
		}
		return e
	}
	a, b = strip(a), strip(b)
	return a.Kind() == b.Kind() && sameEncoding(a, b)
}
