package election

import (
	"encoding/binary"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"slices"
	"sync"

	"filippo.io/edwards25519"
	"github.com/scrutin/scrutin/domain/election/internal/ristretto255"
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
	// The coefficients are computed with filippo.io/edwards25519's scalars,
	// which the ballot's own scalars are (ristretto255.Scalar.Edwards), and
	// handed to the multi-scalar multiplication as canonical encodings.
	var wb [32]byte
	weight := func(w *edwards25519.Scalar) {
		binary.LittleEndian.PutUint64(wb[0:], rng.Uint64())
		binary.LittleEndian.PutUint64(wb[8:], rng.Uint64())
		if _, err := w.SetCanonicalBytes(wb[:]); err != nil {
			panic("election: 128-bit weight rejected")
		}
	}
	challenge := func(sc *edwards25519.Scalar, t *transcript) {
		if _, err := sc.SetUniformBytes(t.digest()); err != nil {
			panic("election: 64-byte challenge rejected")
		}
	}

	gCoef := edwards25519.NewScalar()
	type keyCoef struct {
		key  *ristretto255.Element
		coef *edwards25519.Scalar
	}
	keys := map[[32]byte]*keyCoef{}
	terms := 1
	for i, b := range ballots {
		if ok[i] {
			terms += 6*len(b.opts) - 1 // its points, and at most one election key
		}
	}
	scalars := make([][32]byte, 0, terms)
	points := make([]*ristretto255.Element, 0, terms)
	add := func(s *edwards25519.Scalar, p *ristretto255.Element) {
		scalars = append(scalars, [32]byte(s.Bytes()))
		points = append(points, p)
	}
	var (
		c0, c1, z0, z1 edwards25519.Scalar
		r1, r2, r3, r4 edwards25519.Scalar
		r4c1, tmp      edwards25519.Scalar
		sa, sb         [MaxOptions]edwards25519.Scalar
	)
	for i, b := range ballots {
		if !ok[i] {
			continue
		}
		kc := keys[ctxs[i].ElectionKey.enc]
		if kc == nil {
			kc = &keyCoef{key: ctxs[i].ElectionKey.element(), coef: edwards25519.NewScalar()}
			keys[ctxs[i].ElectionKey.enc] = kc
		}
		kCoef := kc.coef
		d := digests[i]
		k := len(b.opts)
		for j := range b.opts {
			o := &b.opts[j]
			c0.Set(o.c0.Edwards())
			z0.Set(o.z0.Edwards())
			z1.Set(o.z1.Edwards())
			challenge(&c1, newTranscript("range-proof").field(d).field([]byte{byte(j)}).field(b.commitmentBytes(j)))
			c1.Subtract(&c1, &c0)
			weight(&r1)
			weight(&r2)
			weight(&r3)
			weight(&r4)
			// α: ρ1·c0 + ρ3·c1
			sa[j].Multiply(&r1, &c0)
			sa[j].MultiplyAdd(&r3, &c1, &sa[j])
			// β: ρ2·c0 + ρ4·c1
			r4c1.Multiply(&r4, &c1)
			sb[j].MultiplyAdd(&r2, &c0, &r4c1)
			// G: −(ρ1·z0 + ρ3·z1 + ρ4·c1); K: −(ρ2·z0 + ρ4·z1)
			gCoef.MultiplyAdd(&r1, &z0, gCoef)
			gCoef.MultiplyAdd(&r3, &z1, gCoef)
			gCoef.Add(gCoef, &r4c1)
			kCoef.MultiplyAdd(&r2, &z0, kCoef)
			kCoef.MultiplyAdd(&r4, &z1, kCoef)
			add(&r1, &o.a0)
			add(&r2, &o.b0)
			add(&r3, &o.a1)
			add(&r4, &o.b1)
		}
		// The derived ciphertext is (−Σα_j, G − Σβ_j) over the sent
		// options: its coefficients fold into theirs and into G's, so the
		// ballot adds no point of its own for it.
		last := k - 1
		gCoef.Subtract(gCoef, &sb[last])
		for j := range last {
			add(tmp.Subtract(&sa[j], &sa[last]), &b.opts[j].ct.alpha)
			add(tmp.Subtract(&sb[j], &sb[last]), &b.opts[j].ct.beta)
		}
	}
	if len(points) > 0 {
		add(tmp.Negate(gCoef), generator)
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
