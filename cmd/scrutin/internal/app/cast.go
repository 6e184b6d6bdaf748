package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

type castRequest struct {
	ev   *domain.BallotCast
	rec  eventstore.Recorded
	err  error
	done chan struct{}
}

// Cast checks a ballot fully (rules, signature, proofs) and appends it.
// Ballots arriving together are verified together, in batches on every
// core, then written in one group commit.
func (a *App) Cast(ctx context.Context, ev *domain.BallotCast) (eventstore.Recorded, error) {
	if err := a.writable(); err != nil {
		return eventstore.Recorded{}, err
	}
	r := &castRequest{ev: ev, done: make(chan struct{})}
	select {
	case a.casts <- r:
	case <-ctx.Done():
		return eventstore.Recorded{}, ctx.Err()
	case <-a.stop:
		return eventstore.Recorded{}, errors.New("shutting down")
	}
	<-r.done
	return r.rec, r.err
}

// batchesInFlight bounds the batches verified and being written at once:
// while one batch waits for its fsync, the next ones are verified.
const batchesInFlight = 4

// minBatch is the batch the batcher waits for (at most BatchWait) when
// few ballots are queued: the batched checks cost less a ballot on larger
// batches (docs/bench-election.md).
const minBatch = 32

// minShare is the fewest ballots a batch gives each core: a smaller
// share verifies alone, as a batch of its own.
const minShare = 64

func (a *App) batcher() {
	defer a.wg.Done()
	// One batch verified at a time on each core. A batch is gathered only
	// once a core is free, so under load it holds every ballot that came
	// while the cores were busy: batches grow with the load, and a ballot
	// costs less to verify in a larger batch.
	verifying := make(chan struct{}, a.cfg.Workers)
	writing := make(chan struct{}, batchesInFlight)
	var inflight sync.WaitGroup
	defer inflight.Wait()
	for {
		var batch []*castRequest
		select {
		case r := <-a.casts:
			batch = append(batch, r)
		case <-a.stop:
			return
		}
		verifying <- struct{}{}
	drain:
		for len(batch) < a.cfg.MaxBatch {
			select {
			case r := <-a.casts:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		if len(batch) < minBatch {
			timer := time.NewTimer(a.cfg.BatchWait)
		gather:
			for len(batch) < minBatch {
				select {
				case r := <-a.casts:
					batch = append(batch, r)
				case <-timer.C:
					break gather
				}
			}
			timer.Stop()
		}
		inflight.Add(1)
		go func() {
			defer inflight.Done()
			a.castBatch(batch, func() {
				<-verifying
				writing <- struct{}{}
			})
			<-writing
		}()
	}
}

// castBatch checks and writes a batch; verified is called once the
// batch's ballots are verified, before they are written.
func (a *App) castBatch(batch []*castRequest, verified func()) {
	a.gate.RLock()
	defer a.gate.RUnlock()
	before, err := a.castCatchUp(context.Background())
	if err != nil {
		verified()
		for _, r := range batch {
			r.finish(eventstore.Recorded{}, err)
		}
		return
	}
	// Rules first, on the state as it is now, each ballot against the
	// ballots before it in the batch: a ballot refused here costs no
	// verification. The commit checks them again.
	var live []*castRequest
	var pend []domain.PendingBallot
	now := a.cfg.Now().UnixMicro()
	a.View(func(s *domain.State) {
		b := s.NewBallotBatch(now)
		for _, r := range batch {
			if err := b.Add(r.ev); err != nil {
				r.finish(eventstore.Recorded{}, fmt.Errorf("%w: %w", ErrRefused, err))
				continue
			}
			live = append(live, r)
			pend = append(pend, domain.PendingBallot{Event: r.ev, Context: s.Votes[r.ev.Vote].Context(r.ev.Credential)})
		}
	})
	// Signatures, decoding and proofs: a large batch is cut in one share a
	// core (of at least minShare ballots), each verified in batches.
	errs := domain.VerifyBallotsParallel(pend, max(min(a.cfg.Workers, len(live)/minShare), 1))
	verified()
	var good []*castRequest
	for i, r := range live {
		if errs[i] != nil {
			r.finish(eventstore.Recorded{}, fmt.Errorf("%w: %w", ErrRefused, errs[i]))
			continue
		}
		good = append(good, r)
	}
	if len(good) == 0 {
		return
	}
	last, wrote := a.commit(good, before)
	err = nil
	if wrote {
		// Read your writes: the receipt's checks see the ballot.
		err = a.cfg.Runner.WaitFor(context.Background(), last)
	}
	for _, r := range good {
		if err != nil && r.err == nil {
			r.err = err
		}
		close(r.done)
	}
}

// finish answers a request.
func (r *castRequest) finish(rec eventstore.Recorded, err error) {
	r.rec, r.err = rec, err
	close(r.done)
}

// castCatchUp brings the state up to what a batch's first check needs,
// and returns how many events the store held once the batch held the
// gate: the commit's check waits for their fold, so that it sees every
// event written before the batch's ballots could be refused by it (a
// close, a revocation: exclusive, so written before the gate was taken).
// That wait is at the commit, after the batch is verified, when the fold
// has almost always caught up. In embedded mode nothing more: a batch's
// own earlier writes are counted by the commit (App.unfolded), and
// waiting here for the store's head would make each batch wait for the
// fold of the one before. With another writer (Head: other replicas), it
// also waits for the head now, for the reader's writes on other replicas.
func (a *App) castCatchUp(ctx context.Context) (uint64, error) {
	size, err := a.head(ctx)
	if err != nil || a.cfg.Head == nil || size == 0 {
		return size, err
	}
	return size, a.cfg.Runner.WaitFor(ctx, size-1)
}

// writtenBallot is a ballot this app wrote, at pos.
type writtenBallot struct {
	ev  *domain.BallotCast
	pos uint64
}

// maxCommitTries bounds how often a commit re-checks and re-appends
// ballots whose stream moved under them (another writer, another replica).
const maxCommitTries = 16

// commit writes verified ballots: one commit at a time, it checks the
// batch's rules again, once the events the store held before the batch
// (before) are folded, on the state plus the ballots written before that
// the state has not folded yet (App.unfolded), each ballot against every
// ballot written before it (BallotBatch: those of the batch too), and
// appends each vote's ballots in one append at the exact revision the
// check saw. If a stream moved in between, the append fails and nothing of
// it is written: the ballots are checked again once the state holds
// everything the store holds. So the ledger never holds a ballot its fold
// would refuse (a replay, a ballot after a close), whatever the
// concurrency. It sets each request's record or error and returns the
// position of the last ballot written, if any.
func (a *App) commit(reqs []*castRequest, before uint64) (last uint64, wrote bool) {
	a.commitMu.Lock()
	defer a.commitMu.Unlock()
	ctx := context.Background()
	pending := reqs
	for try := 0; len(pending) > 0; try++ {
		if try == maxCommitTries {
			err := fmt.Errorf("%w: ballots keep racing other writes; try again", eventstore.ErrConflict)
			for _, r := range pending {
				r.err = err
			}
			return last, wrote
		}
		// First, the state must hold the events written before the batch
		// took the gate (usually folded by now); after a conflict,
		// everything the store holds (this app's ballots included:
		// unfolded empties).
		var err error
		switch {
		case try > 0:
			err = a.catchUp(ctx)
		case before > 0:
			err = a.cfg.Runner.WaitFor(ctx, before-1)
		}
		if err != nil {
			for _, r := range pending {
				r.err = err
			}
			return last, wrote
		}
		type group struct {
			exp  eventstore.Expected
			reqs []*castRequest
		}
		groups := map[domain.StreamID]*group{}
		var order []domain.StreamID
		now := a.cfg.Now().UnixMicro()
		a.View(func(s *domain.State) {
			// The ballots written before, not folded yet, go first in the
			// batch: each new ballot is checked against them (replays), and
			// each stream's revision counts them. One of them refused now
			// (its window closed) is left out, its stream's revision is then
			// short, and the append conflicts: checked again after the fold.
			folded := a.cfg.Runner.Position()
			i := 0
			for i < len(a.unfolded) && a.unfolded[i].pos < folded {
				i++
			}
			a.unfolded = a.unfolded[i:]
			b := s.NewBallotBatch(now)
			ahead := map[domain.StreamID]uint64{}
			for _, w := range a.unfolded {
				if b.Add(w.ev) == nil {
					ahead[domain.VoteStream(w.ev.Vote)]++
				}
			}
			for _, r := range pending {
				if err := b.Add(r.ev); err != nil {
					r.err = fmt.Errorf("%w: %w", ErrRefused, err)
					continue
				}
				st := domain.VoteStream(r.ev.Vote)
				g, ok := groups[st]
				if !ok {
					exp := eventstore.NoStream
					if rev, exists := b.Revision(st); exists {
						exp = eventstore.Exact(rev + ahead[st])
					}
					g = &group{exp: exp}
					groups[st] = g
					order = append(order, st)
				}
				g.reqs = append(g.reqs, r)
			}
		})
		pending = nil
		for _, st := range order {
			g := groups[st]
			evs := make([]domain.Event, len(g.reqs))
			for i, r := range g.reqs {
				evs[i] = r.ev
			}
			res, err := a.cfg.Ledger.Store.Append(ctx, st, g.exp, evs...)
			if errors.Is(err, eventstore.ErrConflict) {
				pending = append(pending, g.reqs...)
				continue
			}
			for i, r := range g.reqs {
				if err != nil {
					r.err = err
					continue
				}
				r.rec = res.Events[i]
				last, wrote = max(last, r.rec.Position), true
				a.unfolded = append(a.unfolded, writtenBallot{ev: r.ev, pos: r.rec.Position})
			}
		}
	}
	return last, wrote
}
