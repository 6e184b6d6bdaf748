package app

import (
	"context"
	"crypto/ed25519"
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

// batchesInFlight bounds the batches being verified or written at once:
// while one batch waits for its fsync, the next is verified.
const batchesInFlight = 4

func (a *App) batcher() {
	defer a.wg.Done()
	sem := make(chan struct{}, batchesInFlight)
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
		timer := time.NewTimer(a.cfg.BatchWait)
	gather:
		for len(batch) < a.cfg.MaxBatch {
			select {
			case r := <-a.casts:
				batch = append(batch, r)
			case <-timer.C:
				break gather
			}
		}
		timer.Stop()
		sem <- struct{}{}
		inflight.Add(1)
		go func() {
			defer func() { <-sem; inflight.Done() }()
			a.castBatch(batch)
		}()
	}
}

func (a *App) castBatch(batch []*castRequest) {
	a.gate.RLock()
	defer a.gate.RUnlock()
	fail := func(r *castRequest, err error) {
		r.err = err
		close(r.done)
	}
	if err := a.catchUp(context.Background()); err != nil {
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
	// Decoding and signatures, on every core.
	ballots := make([]*election.Ballot, len(live))
	errs := make([]error, len(live))
	var wg sync.WaitGroup
	per := (len(live) + a.cfg.Workers - 1) / a.cfg.Workers
	for w := 0; w < a.cfg.Workers && w*per < len(live); w++ {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				e := live[i].ev
				if err := election.VerifyBallotSignature(ed25519.PublicKey(e.Credential[:]), []byte(e.Vote), e.Ballot, e.Signature[:]); err != nil {
					errs[i] = fmt.Errorf("%w: ballot-signature: %v", ErrRefused, err)
					continue
				}
				b, err := election.UnmarshalBallot(e.Ballot)
				if err != nil {
					errs[i] = fmt.Errorf("%w: ballot: %v", ErrRefused, err)
					continue
				}
				ballots[i] = b
			}
		}(w*per, min((w+1)*per, len(live)))
	}
	wg.Wait()
	// Proofs, batched.
	var okIdx []int
	var okBallots []*election.Ballot
	var okCtxs []election.Context
	for i := range live {
		if errs[i] == nil {
			okIdx = append(okIdx, i)
			okBallots = append(okBallots, ballots[i])
			okCtxs = append(okCtxs, ctxs[i])
		}
	}
	if err := election.VerifyBatchParallel(okBallots, okCtxs, a.cfg.Workers); err != nil {
		var be *election.BatchError
		if !errors.As(err, &be) {
			for _, i := range okIdx {
				errs[i] = err
			}
		} else {
			for j, f := range be.Failed {
				errs[okIdx[f]] = fmt.Errorf("%w: ballot-proof: %v", ErrRefused, be.Errs[j])
			}
		}
	}
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
