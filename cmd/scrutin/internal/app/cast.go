package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
)

type castRequest struct {
	ctx  context.Context
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
	r := &castRequest{ctx: ctx, ev: ev, done: make(chan struct{})}
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
	fail := func(r *castRequest, err error) {
		r.err = err
		close(r.done)
	}
	if err := a.catchUp(context.Background()); err != nil {
		verified()
		for _, r := range batch {
			fail(r, err)
		}
		return
	}
	// Rules first, on the state as it is now.
	var live []*castRequest
	var ctxs []election.Context
	now := a.cfg.Now().UnixMicro()
	a.View(func(s *domain.State) {
		for _, r := range batch {
			if err := s.Check(domain.VoteStream(r.ev.Vote), r.ev, now); err != nil {
				fail(r, fmt.Errorf("%w: %w", ErrRefused, err))
				continue
			}
			live = append(live, r)
			ctxs = append(ctxs, s.Votes[r.ev.Vote].Context(r.ev.Credential))
		}
	})
	// Decoding, signatures and proofs: a large batch is cut in one share a
	// core (of at least minShare ballots); each share's signatures are
	// checked in one batch and its proofs in another.
	errs := make([]error, len(live))
	var wg sync.WaitGroup
	shares := max(min(a.cfg.Workers, len(live)/minShare), 1)
	per := (len(live) + shares - 1) / shares
	for lo := 0; lo < len(live); lo += per {
		hi := min(lo+per, len(live))
		wg.Go(func() { verifyBallots(live[lo:hi], ctxs[lo:hi], errs[lo:hi]) })
	}
	wg.Wait()
	verified()
	// Write the good ones together: the store groups them in one commit.
	for i, r := range live {
		if errs[i] != nil {
			fail(r, errs[i])
			continue
		}
		wg.Add(1)
		go func(r *castRequest) {
			defer wg.Done()
			res, err := a.cfg.Ledger.Store.Append(r.ctx, domain.VoteStream(r.ev.Vote), eventstore.Any, r.ev)
			if err == nil {
				r.rec = res.Events[0]
			}
			r.err = err
		}(r)
	}
	wg.Wait()
	// Read your writes: the receipt's checks see the ballot.
	var last uint64
	for i, r := range live {
		if errs[i] == nil && r.err == nil && r.rec.Position >= last {
			last = r.rec.Position
		}
	}
	if err := a.cfg.Runner.WaitFor(context.Background(), last); err != nil {
		for i, r := range live {
			if errs[i] == nil && r.err == nil {
				r.err = err
			}
		}
	}
	for i, r := range live {
		if errs[i] == nil {
			close(r.done)
		}
	}
}

// verifyBallots checks the signatures, the encodings and the proofs of
// the ballots, and sets errs[i] for each one refused, with the first check
// it fails, in that order. The batched checks refuse exactly what
// domain.VerifyBallot, one ballot at a time, refuses.
func verifyBallots(reqs []*castRequest, ctxs []election.Context, errs []error) {
	sigs := make([]election.SignedBallot, len(reqs))
	for i, r := range reqs {
		e := r.ev
		sigs[i] = election.SignedBallot{Credential: e.Credential, VoteID: []byte(e.Vote), Ballot: e.Ballot, Signature: e.Signature}
	}
	if err := election.VerifyBallotSignatures(sigs); err != nil {
		var be *election.BatchError
		if !errors.As(err, &be) {
			for i := range errs {
				errs[i] = err
			}
			return
		}
		for j, f := range be.Failed {
			errs[f] = fmt.Errorf("%w: ballot-signature: %v", ErrRefused, be.Errs[j])
		}
	}
	var idx []int
	var ballots []*election.Ballot
	var okCtxs []election.Context
	for i, r := range reqs {
		if errs[i] != nil {
			continue
		}
		b, err := election.UnmarshalBallot(r.ev.Ballot)
		if err != nil {
			errs[i] = fmt.Errorf("%w: ballot: %v", ErrRefused, err)
			continue
		}
		idx = append(idx, i)
		ballots = append(ballots, b)
		okCtxs = append(okCtxs, ctxs[i])
	}
	if err := election.VerifyBatch(ballots, okCtxs); err != nil {
		var be *election.BatchError
		if !errors.As(err, &be) {
			for _, i := range idx {
				errs[i] = err
			}
			return
		}
		for j, f := range be.Failed {
			errs[idx[f]] = fmt.Errorf("%w: ballot-proof: %v", ErrRefused, be.Errs[j])
		}
	}
}
