package election

import (
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"slices"
	"sync"

	"github.com/gtank/ristretto255"
)

// BatchError reports the ballots of a batch that failed verification.
// Use errors.As to get it from VerifyBatch or VerifyBatchParallel.
type BatchError struct {
	Failed []int   // indexes of the ballots that failed, in increasing order
	Errs   []error // Errs[i] is why ballot Failed[i] failed
}

func (e *BatchError) Error() string {
	return fmt.Sprintf("couldn't verify %d of the batch's ballots (first: index %d: %v)", len(e.Failed), e.Failed[0], e.Errs[0])
}

// VerifyBatch checks the proofs of many ballots at once: ballots[i] against
// ctxs[i]. It returns nil if every ballot would pass Verify, and a
// *BatchError listing the ballots that don't otherwise.
//
// All the verification equations of the batch are combined with random
// 128-bit weights into a single multi-scalar multiplication, in which the
// terms on G and on each distinct election key merge into one. If that
// combination fails, every ballot is verified on its own to find the bad
// ones. The weights are derived from a hash of the whole batch (see
// docs/PROTOCOL.md, "Batch verification"), so the result is deterministic.
//
// Batches larger than 2048 ballots are verified in chunks of 2048, one after
// the other: larger multi-scalar multiplications gain little and spill out
// of the cache.
func VerifyBatch(ballots []*Ballot, ctxs []Context) error {
	return VerifyBatchParallel(ballots, ctxs, 1)
}

// verifyBatch verifies the batch; failure indexes are shifted by offset.
func verifyBatch(ballots []*Ballot, ctxs []Context, offset int) error {
	if len(ballots) == 0 {
		return nil
	}
	var failed []int
	var errs []error
	fail := func(i int, err error) {
		failed = append(failed, i+offset)
		errs = append(errs, err)
	}

	// Structural checks first; ballots that fail them stay out of the sum.
	ok := make([]bool, len(ballots))
	digests := make([][]byte, len(ballots))
	seed := newTranscript("batch-weights")
	for i, b := range ballots {
		ctx := &ctxs[i]
		if err := ctx.check(); err != nil {
			fail(i, err)
			continue
		}
		if ctx.Options != len(b.opts) {
			fail(i, fmt.Errorf("ballot has %d options, vote has %d", len(b.opts), ctx.Options))
			continue
		}
		ok[i] = true
		digests[i] = b.digest(ctx)
		h := b.Hash()
		seed.field(digests[i], h[:])
	}

	var s [32]byte
	copy(s[:], seed.digest())
	rng := mrand.NewChaCha8(s)
	var wb [32]byte
	weight := func() *ristretto255.Scalar {
		for i := range 16 {
			if i%8 == 0 {
				v := rng.Uint64()
				for j := range 8 {
					wb[i+j] = byte(v >> (8 * j))
				}
			}
		}
		w := ristretto255.NewScalar()
		if err := w.Decode(wb[:]); err != nil {
			panic("election: 128-bit weight rejected")
		}
		return w
	}

	gCoef := ristretto255.NewScalar()
	type keyCoef struct {
		key  *ristretto255.Element
		coef *ristretto255.Scalar
	}
	keys := map[[32]byte]*keyCoef{}
	var scalars []*ristretto255.Scalar
	var points []*ristretto255.Element
	add := func(s *ristretto255.Scalar, p *ristretto255.Element) {
		scalars = append(scalars, s)
		points = append(points, p)
	}
	tmp := ristretto255.NewScalar()
	for i, b := range ballots {
		if !ok[i] {
			continue
		}
		kc := keys[ctxs[i].ElectionKey.enc]
		if kc == nil {
			kc = &keyCoef{key: ctxs[i].ElectionKey.element(), coef: ristretto255.NewScalar()}
			keys[ctxs[i].ElectionKey.enc] = kc
		}
		kCoef := kc.coef
		d := digests[i]
		c := sumChallenge(d, b.sumCommitmentBytes())
		r5, r6 := weight(), weight()
		r5c := ristretto255.NewScalar().Multiply(r5, c)
		r6c := ristretto255.NewScalar().Multiply(r6, c)
		for j := range b.opts {
			o := &b.opts[j]
			c1 := rangeChallenge(d, j, b.commitmentBytes(j))
			c1.Subtract(c1, &o.c0)
			r1, r2, r3, r4 := weight(), weight(), weight(), weight()
			// α: ρ1·c0 + ρ3·c1 + ρ5·c
			sa := ristretto255.NewScalar().Multiply(r1, &o.c0)
			sa.Add(sa, tmp.Multiply(r3, c1))
			sa.Add(sa, r5c)
			// β: ρ2·c0 + ρ4·c1 + ρ6·c
			sb := ristretto255.NewScalar().Multiply(r2, &o.c0)
			r4c1 := ristretto255.NewScalar().Multiply(r4, c1)
			sb.Add(sb, r4c1)
			sb.Add(sb, r6c)
			// G: −(ρ1·z0 + ρ3·z1 + ρ4·c1); K: −(ρ2·z0 + ρ4·z1)
			gCoef.Add(gCoef, tmp.Multiply(r1, &o.z0))
			gCoef.Add(gCoef, tmp.Multiply(r3, &o.z1))
			gCoef.Add(gCoef, r4c1)
			kCoef.Add(kCoef, tmp.Multiply(r2, &o.z0))
			kCoef.Add(kCoef, tmp.Multiply(r4, &o.z1))
			add(sa, &o.ct.alpha)
			add(sb, &o.ct.beta)
			add(r1, &o.a0)
			add(r2, &o.b0)
			add(r3, &o.a1)
			add(r4, &o.b1)
		}
		// Sum proof: G: −(ρ5·z + ρ6·c); K: −ρ6·z
		gCoef.Add(gCoef, tmp.Multiply(r5, &b.sumZ))
		gCoef.Add(gCoef, r6c)
		kCoef.Add(kCoef, tmp.Multiply(r6, &b.sumZ))
		add(r5, &b.sumA)
		add(r6, &b.sumB)
	}
	if len(points) > 0 {
		add(ristretto255.NewScalar().Negate(gCoef), generator)
		for _, kc := range keys {
			add(kc.coef.Negate(kc.coef), kc.key)
		}
		if !isIdentity(multiScalarMult(scalars, points)) {
			// Find the culprits one by one.
			for i, b := range ballots {
				if !ok[i] {
					continue
				}
				if err := b.verify(&ctxs[i]); err != nil {
					fail(i, err)
				}
			}
			if len(failed) == 0 {
				// Unreachable unless the weights cancelled a bad ballot's
				// error in the sum while each ballot is valid alone: not
				// possible, since a valid ballot satisfies every equation.
				return errors.New("couldn't verify batch: batch equation failed but every ballot verifies")
			}
		}
	}
	if len(failed) == 0 {
		return nil
	}
	sortFailures(failed, errs)
	return &BatchError{Failed: failed, Errs: errs}
}

func sortFailures(failed []int, errs []error) {
	idx := make([]int, len(failed))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return failed[a] - failed[b] })
	f2 := make([]int, len(failed))
	e2 := make([]error, len(errs))
	for i, j := range idx {
		f2[i], e2[i] = failed[j], errs[j]
	}
	copy(failed, f2)
	copy(errs, e2)
}

// maxChunk bounds the ballots in one multi-scalar multiplication, and so the
// memory a batch uses (about 4 KiB a ballot). Measured in
// docs/bench-election.md: 2048 to 4096 is fastest on this machine.
const maxChunk = 2048

// VerifyBatchParallel is VerifyBatch spread over workers goroutines: the batch
// is cut into contiguous chunks of at most 2048 ballots, each verified as a
// batch. workers ≤ 0 means 1.
func VerifyBatchParallel(ballots []*Ballot, ctxs []Context, workers int) error {
	if len(ballots) != len(ctxs) {
		return fmt.Errorf("couldn't verify batch: %d ballots but %d contexts", len(ballots), len(ctxs))
	}
	if workers < 1 {
		workers = 1
	}
	n := len(ballots)
	size := min((n+workers-1)/workers, maxChunk)
	if size == 0 {
		return nil
	}
	type chunk struct{ lo, hi int }
	var chunks []chunk
	for lo := 0; lo < n; lo += size {
		chunks = append(chunks, chunk{lo, min(lo+size, n)})
	}
	if len(chunks) == 1 {
		return verifyBatch(ballots, ctxs, 0)
	}
	results := make([]error, len(chunks))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(chunks)) {
		wg.Go(func() {
			for ci := range next {
				c := chunks[ci]
				results[ci] = verifyBatch(ballots[c.lo:c.hi], ctxs[c.lo:c.hi], c.lo)
			}
		})
	}
	for ci := range chunks {
		next <- ci
	}
	close(next)
	wg.Wait()

	all := &BatchError{}
	for _, err := range results {
		if err == nil {
			continue
		}
		var be *BatchError
		if !errors.As(err, &be) {
			return err
		}
		all.Failed = append(all.Failed, be.Failed...)
		all.Errs = append(all.Errs, be.Errs...)
	}
	if len(all.Failed) == 0 {
		return nil
	}
	return all
}
