package app

import (
	"context"
	"encoding/hex"
	"fmt"

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

// Receipt builds the receipt of the ballot whose leaf hash is h.
func (a *App) Receipt(ctx context.Context, h tlog.Hash) (Receipt, error) {
	lg := a.cfg.Ledger.Log
	idx, err := lg.LeafIndex(ctx, h)
	if err != nil {
		return Receipt{}, err
	}
	if err := a.cfg.Runner.WaitFor(ctx, idx); err != nil {
		return Receipt{}, err
	}
	raws, err := lg.Entries(ctx, idx, idx+1)
	if err != nil {
		return Receipt{}, err
	}
	env, err := domain.ParseEntry(raws[0])
	if err != nil {
		return Receipt{}, err
	}
	ev, ok := env.Event.(*domain.BallotCast)
	if !ok {
		return Receipt{}, fmt.Errorf("%w: entry %d is a %s", ErrNotBallot, idx, env.Event.Kind().Name)
	}
	r := Receipt{
		Tracking: hex.EncodeToString(h[:]), Words: domain.TrackingWords(h), Vote: ev.Vote,
		Credential: ev.Credential.String(), Index: idx,
	}
	signed, cp, err := a.cfg.Ledger.Checkpoint(ctx)
	if err != nil {
		return r, err
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
		last := v.Ballots[ev.Credential]
		switch {
		case s.Voters[ev.Credential].Revoked:
			r.Status = "revoked"
		case last.Position != idx:
			r.Status = "replaced"
		default:
			r.Status = "counted"
		}
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
