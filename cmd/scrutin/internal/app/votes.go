package app

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// SubmitDealing appends a trustee's dealing; after the last one, it fixes
// the election key.
func (a *App) SubmitDealing(ctx context.Context, ev *domain.TrusteeDealt) (eventstore.Recorded, error) {
	rec, err := a.Append(ctx, domain.ElectionStream(ev.Election), ev)
	if err != nil {
		return rec, err
	}
	var fixed *domain.ElectionKeyFixed
	var derr error
	a.View(func(s *domain.State) {
		el := s.Elections[ev.Election]
		if el.Key != nil || len(el.Dealings) < len(el.Created.Trustees) {
			return
		}
		key, vks, err := el.DeriveKeys()
		if err != nil {
			derr = err
			return
		}
		fixed = &domain.ElectionKeyFixed{Election: ev.Election, Key: [32]byte(key.Bytes())}
		for _, vk := range vks {
			fixed.VerificationKeys = append(fixed.VerificationKeys, [32]byte(vk.Bytes()))
		}
	})
	if derr != nil {
		return rec, fmt.Errorf("couldn't derive the election key: %w", derr)
	}
	if fixed != nil {
		if _, err := a.Append(ctx, domain.ElectionStream(ev.Election), fixed); err != nil && !errors.Is(err, eventstore.ErrConflict) {
			return rec, fmt.Errorf("couldn't fix the election key: %w", err)
		}
	}
	return rec, nil
}

// SubmitShare appends one part of a trustee's partial decryption; once
// threshold trustees have submitted every part, it publishes the tally.
func (a *App) SubmitShare(ctx context.Context, ev *domain.TallyShareSubmitted) (eventstore.Recorded, error) {
	rec, err := a.Append(ctx, domain.VoteStream(ev.Vote), ev)
	if err != nil {
		return rec, err
	}
	return rec, a.publishTally(ctx, ev.Vote)
}

func (a *App) publishTally(ctx context.Context, vote domain.VoteID) error {
	var tally *domain.TallyPublished
	var cerr error
	a.View(func(s *domain.State) {
		v := s.Votes[vote]
		t := int(s.Elections[v.Opened.Election].Created.Threshold)
		done := v.Decrypted()
		if v.Tally != nil || len(done) < t {
			return
		}
		use := done[:t]
		groups, err := s.CombineTally(v, use)
		if err != nil {
			cerr = err
			return
		}
		tally = &domain.TallyPublished{Vote: vote, Groups: groups}
		for _, tr := range use {
			tally.Trustees = append(tally.Trustees, uint16(tr))
		}
	})
	if cerr != nil {
		return fmt.Errorf("couldn't combine the tally: %w", cerr)
	}
	if tally == nil {
		return nil
	}
	if _, err := a.Append(ctx, domain.VoteStream(vote), tally); err != nil && !errors.Is(err, eventstore.ErrConflict) {
		return fmt.Errorf("couldn't publish the tally: %w", err)
	}
	return nil
}

// CloseDue closes every open vote whose closing time has passed, in order.
// It returns the votes closed.
func (a *App) CloseDue(ctx context.Context) ([]domain.VoteID, error) {
	now := a.cfg.Now()
	var due []domain.VoteID
	a.View(func(s *domain.State) {
		for id, v := range s.Votes {
			if !v.Closed && !now.Before(v.Opened.Closes.Add(a.cfg.CloseDelay)) {
				due = append(due, id)
			}
		}
	})
	sort.Slice(due, func(i, j int) bool { return due[i] < due[j] })
	var closed []domain.VoteID
	for _, id := range due {
		if _, err := a.Append(ctx, domain.VoteStream(id), &domain.VoteClosed{Vote: id}); err != nil {
			return closed, fmt.Errorf("couldn't close %s: %w", id, err)
		}
		closed = append(closed, id)
	}
	return closed, nil
}

// OpenVote opens a vote. A zero TextHash is filled with the hash of the
// stage's text when the ledger holds it (domain rule vote-text), so neither
// an operator nor the agenda computes hashes; a zero MinGroup becomes
// domain.DefaultMinGroup.
func (a *App) OpenVote(ctx context.Context, ev *domain.VoteOpened) (eventstore.Recorded, error) {
	if ev.TextHash == ([32]byte{}) {
		a.View(func(s *domain.State) {
			if h, ok := s.StageHash(ev.Bill, ev.Stage); ok {
				ev.TextHash = h
			}
		})
	}
	if ev.MinGroup == 0 {
		ev.MinGroup = domain.DefaultMinGroup
	}
	return a.Append(ctx, domain.VoteStream(ev.Vote), ev)
}
