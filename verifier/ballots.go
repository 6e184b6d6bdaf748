package verifier

import (
	"crypto/ed25519"
	"errors"
	"sync"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
)

// ballotVerifier checks the ballots domain.State defers: each signature,
// and the proofs of all of them in batches (election.VerifyBatchParallel),
// on every core. Decoding a ballot (20 points for three options) costs as
// much as a third of its batched verification, so it runs in parallel too.
type ballotVerifier struct {
	workers int
	pending []domain.PendingBallot
	checked int64
}

func newBallotVerifier(workers int) *ballotVerifier {
	return &ballotVerifier{workers: max(workers, 1)}
}

func (v *ballotVerifier) add(p []domain.PendingBallot) { v.pending = append(v.pending, p...) }

// verify checks the queued ballots and returns the failures.
func (v *ballotVerifier) verify() []Failure {
	p := v.pending
	v.pending = nil
	if len(p) == 0 {
		return nil
	}
	v.checked += int64(len(p))
	decoded := make([]*election.Ballot, len(p))
	errs := make([]error, len(p))
	rules := make([]string, len(p))
	chunk := (len(p) + v.workers - 1) / v.workers
	var wg sync.WaitGroup
	for lo := 0; lo < len(p); lo += chunk {
		hi := min(lo+chunk, len(p))
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				e := p[i].Event
				if err := election.VerifyBallotSignature(ed25519.PublicKey(e.Credential[:]), []byte(e.Vote), e.Ballot, e.Signature[:]); err != nil {
					errs[i], rules[i] = err, "ballot-signature"
					continue
				}
				b, err := election.UnmarshalBallot(e.Ballot)
				if err != nil {
					errs[i], rules[i] = err, "ballot"
					continue
				}
				decoded[i] = b
			}
		})
	}
	wg.Wait()
	var bs []*election.Ballot
	var ctxs []election.Context
	var idx []int
	for i, b := range decoded {
		if b != nil {
			bs = append(bs, b)
			ctxs = append(ctxs, p[i].Context)
			idx = append(idx, i)
		}
	}
	if err := election.VerifyBatchParallel(bs, ctxs, v.workers); err != nil {
		var be *election.BatchError
		if errors.As(err, &be) {
			for k, j := range be.Failed {
				errs[idx[j]], rules[idx[j]] = be.Errs[k], "ballot-proof"
			}
		} else {
			for _, i := range idx {
				errs[i], rules[i] = err, "ballot-proof"
			}
		}
	}
	var fs []Failure
	for i, err := range errs {
		if err != nil {
			fs = append(fs, Failure{Entry: int64(p[i].Position), Kind: "BallotCast", Rule: rules[i], Msg: err.Error()})
		}
	}
	return fs
}
