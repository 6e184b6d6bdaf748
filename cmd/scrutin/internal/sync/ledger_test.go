package sync

import (
	"context"
	gosync "sync"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// memLedger is a ledger in memory: events appended through the rules to a
// State, and kept in order, as app.App.Append does.
type memLedger struct {
	mu  gosync.Mutex
	s   *domain.State
	log []domain.Envelope
}

func newMemLedger() *memLedger { return &memLedger{s: domain.NewState()} }

func (l *memLedger) append(_ context.Context, stream domain.StreamID, ev domain.Event) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	rev, ok := l.s.Revision(stream)
	env := domain.Envelope{Stream: stream, Event: ev, Time: time.Unix(1795599000, 0).UTC()}
	if ok {
		env.Revision = rev + 1
	}
	if _, err := domain.MarshalEntry(env); err != nil {
		return err
	}
	if err := l.s.Apply(l.s.Position(), env); err != nil {
		return err
	}
	l.log = append(l.log, env)
	return nil
}

func (l *memLedger) view(fn func(*domain.State)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fn(l.s)
}
