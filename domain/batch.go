package domain

import (
	"errors"
	"fmt"
)

// EventBatch checks events of bills and the law, on several streams, that
// will be appended together in this order: each against the state as it
// will be once the ones before it in the batch are applied (a bill
// introduced earlier in the batch has its amendments checked against it;
// the second copy of an amendment is a revision, or refused). It runs the
// same checks and the same fold as State.Apply, on a scratch state that
// holds copies of the records the batch touches, pulled from the base
// state when first touched: the base state is never changed, and a batch
// costs memory for what it touches only.
//
// As with BallotBatch, a batch is valid only while the base state does
// not change: the caller appends the accepted events at the exact
// revisions the base state gave, so that a change in between makes the
// append fail rather than write what a fold would refuse.
//
// The kinds it takes are the importer's: BillIntroduced, StageTabled,
// ArticleTexted, AmendmentTabled, AmendmentDecided, DeputyRecorded,
// GroupRecorded, ParliamentVoteRecorded and CodeArticleRecorded. Any other
// kind is refused with ErrNotBatchable.
type EventBatch struct {
	base, scratch *State
	now           int64
	pulled        map[any]bool
	n             uint64
}

// ErrNotBatchable is returned by EventBatch.Add for an event of a kind a
// batch does not take: append it on its own. Use errors.Is.
var ErrNotBatchable = errors.New("this kind of event is appended on its own, not in a batch")

// NewEventBatch starts a batch of events checked at time now.
func (s *State) NewEventBatch(now int64) *EventBatch {
	scratch := NewState()
	scratch.law = newLawState()
	return &EventBatch{base: s, scratch: scratch, now: now, pulled: map[any]bool{}}
}

// Len returns how many events the batch accepted.
func (b *EventBatch) Len() int { return int(b.n) }

// Add checks ev, to be appended to stream after the events added before
// it, and adds it if it passes. A refused event is not added; the error is
// a *RuleError naming the rule (its Position is where the event would
// have been written), or wraps ErrNotBatchable.
func (b *EventBatch) Add(stream StreamID, ev Event) error {
	if !batchable(ev) {
		return fmt.Errorf("%s: %w", ev.Kind().Name, ErrNotBatchable)
	}
	b.pull(stream, ev)
	s := b.scratch
	env := Envelope{Stream: stream, Revision: s.events(stream), Event: ev}
	err := s.check(env, b.now, nil)
	if b.base.err != nil {
		return b.base.err // the base state's credential table failed (State.Err)
	}
	if err != nil {
		var re *RuleError
		if errors.As(err, &re) {
			re.Position, re.Kind = b.base.next+b.n, ev.Kind()
		}
		return err
	}
	s.apply(b.base.next+b.n, env)
	s.appended(stream)
	b.n++
	return nil
}

// Revision returns the revision of stream's last event, the events the
// batch accepted on it included, and whether it has one: what an append
// of the next event on stream expects.
func (b *EventBatch) Revision(stream StreamID) (uint64, bool) {
	if !b.pulled[pulledStream(stream)] {
		return b.base.Revision(stream)
	}
	return b.scratch.Revision(stream)
}

func batchable(ev Event) bool {
	switch ev.(type) {
	case *BillIntroduced, *StageTabled, *ArticleTexted, *AmendmentTabled, *AmendmentDecided,
		*DeputyRecorded, *GroupRecorded, *ParliamentVoteRecorded, *CodeArticleRecorded:
		return true
	}
	return false
}

// Keys of the records pulled into the scratch state.
type (
	pulledStream    StreamID
	pulledBill      BillID
	pulledStage     struct{ bill, stage string }
	pulledAmendment struct{ bill, amendment string }
	pulledScrutin   string
	pulledCode      struct{ code, article string }
)

// pull copies into the scratch state, once, every record the checks and
// the fold of ev read or change. Records are deep-copied where the fold
// changes them in place; events themselves are never changed.
func (b *EventBatch) pull(stream StreamID, ev Event) {
	s, base, l, bl := b.scratch, b.base, b.scratch.law, b.base.Law()
	once := func(k any) bool {
		if b.pulled[k] {
			return false
		}
		b.pulled[k] = true
		return true
	}
	if once(pulledStream(stream)) {
		if n := base.events(stream); n > 0 {
			s.streams[stream] = n
		}
	}
	bill := func(id BillID) {
		if id != "" && once(pulledBill(id)) {
			if x, ok := base.Bills[id]; ok {
				s.Bills[id] = x
			}
		}
	}
	switch e := ev.(type) {
	case *BillIntroduced:
		bill(e.Bill)
	case *StageTabled:
		bill(e.Bill)
		b.pullStage(e.Bill, e.Stage, once)
	case *ArticleTexted:
		bill(e.Bill)
		b.pullStage(e.Bill, e.Stage, once)
	case *AmendmentTabled:
		bill(e.Bill)
		b.pullAmendment(e.Bill, e.Amendment, once)
	case *AmendmentDecided:
		bill(e.Bill)
		b.pullAmendment(e.Bill, e.Amendment, once)
	case *ParliamentVoteRecorded:
		bill(e.Bill)
		if once(pulledScrutin(e.Scrutin)) {
			if v := bl.Scrutins[e.Scrutin]; v != nil {
				c := *v
				c.Ballots = append([]DeputyBallot(nil), v.Ballots...)
				l.Scrutins[e.Scrutin] = &c
			}
		}
	case *CodeArticleRecorded:
		if once(pulledCode{e.Code, e.Article}) {
			if a := bl.Codes[e.Code][e.Article]; a != nil {
				c := *a
				c.Alineas = append([]string(nil), a.Alineas...)
				put(l.Codes, e.Code, e.Article, &c)
			}
		}
	}
}

func (b *EventBatch) pullStage(bill BillID, stage string, once func(any) bool) {
	if !once(pulledStage{string(bill), stage}) {
		return
	}
	st := b.base.Law().Stages[bill][stage]
	if st == nil {
		return
	}
	c := *st
	c.Articles = append([]StageArticle(nil), st.Articles...)
	c.FinalNumbers = append([]string(nil), st.FinalNumbers...)
	c.alineas = append([]string(nil), st.alineas...)
	c.Previous = append([]StageVersion(nil), st.Previous...)
	put(b.scratch.law.Stages, bill, stage, &c)
}

func (b *EventBatch) pullAmendment(bill BillID, id string, once func(any) bool) {
	if !once(pulledAmendment{string(bill), id}) {
		return
	}
	a := b.base.Law().Amendments[bill][id]
	if a == nil {
		return
	}
	c := *a
	c.Previous = append([]AmendmentText(nil), a.Previous...)
	put(b.scratch.law.Amendments, bill, id, &c)
}
