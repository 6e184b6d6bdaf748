package domain

import (
	"errors"
	"sync"

	"github.com/scrutin/scrutin/domain/election"
)

// VerifyBallots checks the signatures, encodings and proofs of ballots in
// batches, and returns, for each ballot, nil or the *RuleError of the
// first check it fails, in VerifyBallot's order: signature
// (ballot-signature), encoding (ballot), proofs (ballot-proof). It refuses
// exactly what VerifyBallot refuses one ballot at a time: the server's cast
// path, the trustees' tool and the verifier all call it, so that they name
// a bad ballot's rule alike. decoded, if not nil, is called with the index
// and the decoded ballot of every ballot whose signature verifies and that
// decodes, before the proofs are checked.
func VerifyBallots(p []PendingBallot, decoded func(i int, b *election.Ballot)) []error {
	errs := make([]error, len(p))
	sigs := make([]election.SignedBallot, len(p))
	for i := range p {
		e := p[i].Event
		sigs[i] = election.SignedBallot{Credential: e.Credential, VoteID: []byte(e.Vote), Ballot: e.Ballot, Signature: e.Signature}
	}
	batchFailed(election.VerifyBallotSignatures(sigs), errs, nil, RuleBallotSignature)

	idx := make([]int, 0, len(p))
	ballots := make([]*election.Ballot, 0, len(p))
	ctxs := make([]election.Context, 0, len(p))
	for i := range p {
		if errs[i] != nil {
			continue
		}
		b, err := election.UnmarshalBallot(p[i].Event.Ballot)
		if err != nil {
			errs[i] = ruleErr(RuleBallot, "%v", err)
			continue
		}
		if decoded != nil {
			decoded(i, b)
		}
		idx = append(idx, i)
		ballots = append(ballots, b)
		ctxs = append(ctxs, p[i].Context)
	}
	batchFailed(election.VerifyBatch(ballots, ctxs), errs, idx, RuleBallotProof)
	for i := range errs {
		var re *RuleError
		if errors.As(errs[i], &re) {
			re.Position, re.Kind = p[i].Position, p[i].Event.Kind()
		}
	}
	return errs
}

// batchFailed sets errs for the ballots a batch check failed: the batch's
// index j is errs' index idx[j] (j itself when idx is nil).
func batchFailed(err error, errs []error, idx []int, rule Rule) {
	if err == nil {
		return
	}
	at := func(j int) int {
		if idx == nil {
			return j
		}
		return idx[j]
	}
	var be *election.BatchError
	if !errors.As(err, &be) {
		// Not a per-ballot failure: every ballot of the batch fails.
		n := len(idx)
		if idx == nil {
			n = len(errs)
		}
		for j := 0; j < n; j++ {
			errs[at(j)] = ruleErr(rule, "%v", err)
		}
		return
	}
	for k, j := range be.Failed {
		errs[at(j)] = ruleErr(rule, "%v", be.Errs[k])
	}
}

// VerifyBallotsParallel is VerifyBallots on shares goroutines at once,
// each verifying one contiguous share of p in its own batches.
func VerifyBallotsParallel(p []PendingBallot, shares int) []error {
	errs := make([]error, len(p))
	per := max((len(p)+shares-1)/max(shares, 1), 1)
	var wg sync.WaitGroup
	for lo := 0; lo < len(p); lo += per {
		hi := min(lo+per, len(p))
		wg.Go(func() { copy(errs[lo:hi], VerifyBallots(p[lo:hi], nil)) })
	}
	wg.Wait()
	return errs
}
