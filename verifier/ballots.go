package verifier

import (
	"errors"
	"sync"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
)

// ballotTask is how many ballots one worker checks at once: their
// signatures in one batch, their proofs in another. Large enough for the
// bucket method to pay (20 points a ballot), small enough that the last
// task does not keep one core busy long after the others are done.
const ballotTask = 2048

// ballotVerifier checks the ballots domain.State defers, on every core,
// while the fold goes on. Each task (decode, signatures, proofs) is
// independent of the others, so a pool of workers, one a core, runs them
// with no barrier between stages: the one sequential part, the fold, runs
// alongside.
//
// It keeps each ballot's decoded ciphertexts, by log position, for the
// sums at the vote's close (domain.State.Ciphertexts): decoding is the
// largest cost of a ballot, and done once.
type ballotVerifier struct {
	tasks   chan []domain.PendingBallot
	n       int // workers
	workers sync.WaitGroup
	decoded sync.WaitGroup // tasks sent whose ballots are not yet decoded
	// cts holds the decoded ciphertexts by log position, of ballots only:
	// memory grows with the ballots, not the log.
	ctsMu sync.Mutex
	cts   map[uint64][]election.Ciphertext
	// byVote lists the positions in cts of each vote's ballots, so that
	// they are dropped at the vote's close, once summed (drop): memory
	// grows with the ballots of the votes open, not of the log.
	byVote map[domain.VoteID][]uint64

	mu    sync.Mutex
	fails []Failure
}

// newBallotVerifier starts workers goroutines.
func newBallotVerifier(workers int) *ballotVerifier {
	workers = max(workers, 1)
	v := &ballotVerifier{tasks: make(chan []domain.PendingBallot, 2*workers), n: workers, cts: map[uint64][]election.Ciphertext{}, byVote: map[domain.VoteID][]uint64{}}
	for range workers {
		v.workers.Go(func() {
			for t := range v.tasks {
				v.check(t)
			}
		})
	}
	return v
}

// add queues ballots in tasks of at most ballotTask; it blocks while every
// worker is busy and the queue is full. With spread (the ballots before a
// close, or the log's last ones) they are cut in a multiple of the
// workers of equal tasks, so that no core waits long for another.
func (v *ballotVerifier) add(p []domain.PendingBallot, spread bool) {
	size := ballotTask
	if spread {
		tasks := (len(p) + ballotTask - 1) / ballotTask
		tasks = (tasks + v.n - 1) / v.n * v.n
		size = max((len(p)+tasks-1)/tasks, 1)
	}
	for len(p) > 0 {
		n := min(len(p), size)
		v.decoded.Add(1)
		v.tasks <- p[:n:n]
		p = p[n:]
	}
}

// waitDecoded returns once every ballot added so far is decoded, so that
// ciphertexts sees them.
func (v *ballotVerifier) waitDecoded() { v.decoded.Wait() }

// ciphertexts is domain.State.Ciphertexts.
func (v *ballotVerifier) ciphertexts(pos uint64) ([]election.Ciphertext, bool) {
	v.ctsMu.Lock()
	defer v.ctsMu.Unlock()
	cts, ok := v.cts[pos]
	return cts, ok && cts != nil
}

// drop forgets the decoded ciphertexts of vote's ballots: called once the
// vote is closed and its sums computed (no ballot of it is added after).
func (v *ballotVerifier) drop(vote domain.VoteID) {
	v.ctsMu.Lock()
	defer v.ctsMu.Unlock()
	for _, pos := range v.byVote[vote] {
		delete(v.cts, pos)
	}
	delete(v.byVote, vote)
}

// finish waits for every task and returns the failures.
func (v *ballotVerifier) finish() []Failure {
	close(v.tasks)
	v.workers.Wait()
	return v.fails
}

// check verifies one task with domain.VerifyBallots: signatures,
// decoding, proofs, each in a batch. A ballot fails on the first of these
// it fails, under the rule the server and the trustees name too.
func (v *ballotVerifier) check(p []domain.PendingBallot) {
	errs := domain.VerifyBallots(p, func(i int, b *election.Ballot) {
		cts := b.Ciphertexts()
		v.ctsMu.Lock()
		v.cts[p[i].Position] = cts
		v.byVote[p[i].Event.Vote] = append(v.byVote[p[i].Event.Vote], p[i].Position)
		v.ctsMu.Unlock()
	})
	v.decoded.Done()
	rules := make([]string, len(p))
	for i, err := range errs {
		var re *domain.RuleError
		if errors.As(err, &re) {
			rules[i], errs[i] = re.Rule.String(), re.Err
		}
	}

	var fs []Failure
	for i, err := range errs {
		if err != nil {
			fs = append(fs, Failure{Entry: int64(p[i].Position), Kind: "BallotCast", Rule: rules[i], Msg: err.Error()})
		}
	}
	if len(fs) > 0 {
		v.mu.Lock()
		v.fails = append(v.fails, fs...)
		v.mu.Unlock()
	}
}
