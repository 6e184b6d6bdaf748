package app

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// Receipt lets a voter check that their ballot is in the log, and — once
// the vote is closed — that it was in the closing checkpoint and counted.
type Receipt struct {
	Tracking   string        `json:"tracking_code"` // hex leaf hash of the BallotCast entry
	Words      string        `json:"words"`         // its first six bytes as words
	Vote       domain.VoteID `json:"vote"`
	Credential string        `json:"credential"`
	Index      uint64        `json:"index"`
	// State is "sequenced" (in the Merkle log: Checkpoint and Proof below)
	// or "promised" (in the event store, not yet copied into the log:
	// Promise is the log's signed promise of Index; ask again for the proof).
	State   string `json:"state"`
	Promise string `json:"promise,omitempty"`
	// Inclusion in the latest checkpoint.
	Checkpoint string   `json:"checkpoint"`
	Size       uint64   `json:"size"`
	Proof      []string `json:"inclusion_proof"`
	// Status: "counted" (the credential's last ballot, credential valid),
	// "replaced" (a later ballot of the same credential counts instead) or
	// "revoked".
	Status  string   `json:"status"`
	Closing *Closing `json:"closing,omitempty"`
	Tallied bool     `json:"tallied"`
}

// Closing proves the ballot was in the vote's closing checkpoint.
type Closing struct {
	Size        uint64   `json:"size"`
	Checkpoint  string   `json:"checkpoint"`
	Proof       []string `json:"inclusion_proof"`   // the ballot in the closing tree
	Consistency []string `json:"consistency_proof"` // the closing tree within the latest
}

// ErrNotBallot is returned for a tracking code that names no ballot.
var ErrNotBallot = fmt.Errorf("%w: not a ballot", ErrRefused)

// Receipt builds the receipt of the ballot whose leaf hash is h. A ballot
// already in the Merkle log gets its inclusion proof (state "sequenced");
// one still between the event store and the log (distributed mode, before
// the sequencer has copied it) gets the log's signed promise of its leaf
// index (state "promised"), and its proof on a later request.
func (a *App) Receipt(ctx context.Context, h tlog.Hash) (Receipt, error) {
	lg := a.cfg.Ledger.Log
	idx, err := lg.LeafIndex(ctx, h)
	var entry []byte
	if errors.Is(err, merklelog.ErrNotFound) {
		var err2 error
		idx, entry, err2 = a.unsequenced(ctx, h)
		if errors.Is(err2, merklelog.ErrNotFound) {
			// Perhaps sequenced in between: ask the log again.
			idx, err = lg.LeafIndex(ctx, h)
		} else {
			err = err2
		}
	}
	if err != nil {
		return Receipt{}, err
	}
	if err := a.cfg.Runner.WaitFor(ctx, idx); err != nil {
		return Receipt{}, err
	}
	if entry == nil {
		raws, err := lg.Entries(ctx, idx, idx+1)
		if err != nil {
			return Receipt{}, err
		}
		entry = raws[0]
	}
	env, err := domain.ParseEntry(entry)
	if err != nil {
		return Receipt{}, err
	}
	ev, ok := env.Event.(*domain.BallotCast)
	if !ok {
		return Receipt{}, fmt.Errorf("%w: entry %d is a %s", ErrNotBallot, idx, env.Event.Kind().Name)
	}
	r := Receipt{
		Tracking: hex.EncodeToString(h[:]), Words: domain.TrackingWords(h), Vote: ev.Vote,
		Credential: ev.Credential.String(), Index: idx, State: "sequenced",
	}
	signed, cp, err := a.cfg.Ledger.Checkpoint(ctx)
	if err != nil {
		return r, err
	}
	if idx >= uint64(cp.Size) {
		promise, err := a.cfg.Ledger.Promise(idx, h, a.cfg.Now())
		if err != nil {
			return r, err
		}
		r.State, r.Promise = "promised", string(promise)
		a.View(func(s *domain.State) { r.Status = ballotStatus(s, ev, idx) })
		return r, nil
	}
	r.Checkpoint, r.Size = string(signed), uint64(cp.Size)
	p, err := lg.InclusionProof(ctx, idx, r.Size)
	if err != nil {
		return r, err
	}
	r.Proof = domain.FormatHashes(p)
	var closedAt uint64
	closed := false
	a.View(func(s *domain.State) {
		v := s.Votes[ev.Vote]
		r.Status = ballotStatus(s, ev, idx)
		closed, closedAt = v.Closed, v.ClosedAt
		r.Tallied = v.Tally != nil
	})
	if closed && closedAt+1 <= r.Size {
		c := &Closing{Size: closedAt + 1}
		signed, _, err := a.cfg.Ledger.CheckpointAt(ctx, c.Size)
		if err != nil {
			return r, err
		}
		c.Checkpoint = string(signed)
		ip, err := lg.InclusionProof(ctx, idx, c.Size)
		if err != nil {
			return r, err
		}
		cons, err := lg.ConsistencyProof(ctx, c.Size, r.Size)
		if err != nil {
			return r, err
		}
		c.Proof, c.Consistency = domain.FormatHashes(ip), domain.FormatHashes(cons)
		r.Closing = c
	}
	return r, nil
}

// ballotStatus says whether the ballot at idx counts.
func ballotStatus(s *domain.State, ev *domain.BallotCast, idx uint64) string {
	switch {
	case s.RevokedWhileOpen(ev.Credential, s.Votes[ev.Vote]):
		return "revoked"
	case s.Votes[ev.Vote].Ballots[ev.Credential].Position != idx:
		return "replaced"
	}
	return "counted"
}

// maxUnsequenced bounds the events a receipt lookup reads between the log's
// size and the store's head.
const maxUnsequenced = 100_000

// unsequenced finds the entry of leaf hash h among the events in the store
// and not yet in the log.
func (a *App) unsequenced(ctx context.Context, h tlog.Hash) (uint64, []byte, error) {
	head, err := a.head(ctx)
	if err != nil {
		return 0, nil, err
	}
	size, err := a.cfg.Ledger.Log.Size(ctx)
	if err != nil {
		return 0, nil, err
	}
	for from := size; from < head && from < size+maxUnsequenced; {
		rs, err := a.cfg.Ledger.Store.ReadAll(ctx, from, 1000)
		if err != nil {
			return 0, nil, err
		}
		if len(rs) == 0 {
			break
		}
		for _, r := range rs {
			if domain.LeafHash(r.Entry) == h {
				return r.Position, r.Entry, nil
			}
		}
		from = rs[len(rs)-1].Position + 1
	}
	return 0, nil, fmt.Errorf("leaf %x: %w", h[:], merklelog.ErrNotFound)
}
