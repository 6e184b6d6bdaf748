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
	return rec, a.fixKey(ctx, ev.Election)
}

// fixKey appends an election's ElectionKeyFixed once every trustee has
// dealt, unless the log holds it.
func (a *App) fixKey(ctx context.Context, id domain.ElectionID) error {
	var fixed *domain.ElectionKeyFixed
	var derr error
	a.View(func(s *domain.State) {
		el := s.Elections[id]
		if el.Key != nil || len(el.Dealings) < len(el.Created.Trustees) {
			return
		}
		key, vks, err := el.DeriveKeys()
		if err != nil {
			derr = err
			return
		}
		fixed = &domain.ElectionKeyFixed{Election: id, Key: [32]byte(key.Bytes())}
		for _, vk := range vks {
			fixed.VerificationKeys = append(fixed.VerificationKeys, [32]byte(vk.Bytes()))
		}
	})
	if derr != nil {
		return fmt.Errorf("couldn't derive the election key: %w", derr)
	}
	if fixed != nil {
		if _, err := a.Append(ctx, domain.ElectionStream(id), fixed); err != nil && !errors.Is(err, eventstore.ErrConflict) {
			// Another writer (the last dealing's, FinishDue) may have fixed it first.
			var done bool
			a.View(func(s *domain.State) { done = s.Elections[id].Key != nil })
			if !done {
				return fmt.Errorf("couldn't fix the election key: %w", err)
			}
		}
	}
	return nil
}

// FinishDue appends what a write made due when the process stopped
// (a crash) between that write and the next: the key of an election
// whose every trustee has dealt, the tally of a closed vote that enough
// trustees have decrypted. The server runs it at start and then
// periodically; in the usual case it finds nothing to do.
func (a *App) FinishDue(ctx context.Context) error {
	var keys []domain.ElectionID
	var tallies []domain.VoteID
	a.View(func(s *domain.State) {
		for id, el := range s.Elections {
			if el.Key == nil && len(el.Dealings) == len(el.Created.Trustees) {
				keys = append(keys, id)
			}
		}
		for id, v := range s.Votes {
			if v.Closed && v.Tally == nil && len(v.Decrypted()) >= int(s.Elections[v.Opened.Election].Created.Threshold) {
				tallies = append(tallies, id)
			}
		}
	})
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	sort.Slice(tallies, func(i, j int) bool { return tallies[i] < tallies[j] })
	var errs []error
	for _, id := range keys {
		errs = append(errs, a.fixKey(ctx, id))
	}
	for _, id := range tallies {
		errs = append(errs, a.publishTally(ctx, id))
	}
	return errors.Join(errs...)
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
		if v.Tally != nil || !v.Closed {
			return
		}
		if len(v.Sums) == 0 {
			// No ballot counts: nothing to decrypt, the tally is empty.
			tally = &domain.TallyPublished{Vote: vote}
			return
		}
		t := int(s.Elections[v.Opened.Election].Created.Threshold)
		done := v.Decrypted()
		if len(done) < t {
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
		// Another writer (the last share's, FinishDue) may have published it first.
		var done bool
		a.View(func(s *domain.State) { done = s.Votes[vote].Tally != nil })
		if !done {
			return fmt.Errorf("couldn't publish the tally: %w", err)
		}
	}
	return nil
}

// CloseVote closes a vote; a vote where no ballot counts is tallied at once
// (an empty tally: there is nothing for the trustees to decrypt).
func (a *App) CloseVote(ctx context.Context, vote domain.VoteID) (eventstore.Recorded, error) {
	rec, err := a.Append(ctx, domain.VoteStream(vote), &domain.VoteClosed{Vote: vote})
	if err != nil {
		return rec, err
	}
	return rec, a.publishTally(ctx, vote)
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
		if _, err := a.CloseVote(ctx, id); err != nil {
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
