package election

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
)

var ballotCache struct {
	sync.Mutex
	ballots []*Ballot
	ctxs    []Context
}

// testBallots returns n three-option ballots from n distinct credentials.
// They are made once and shared (read-only) by every test and benchmark.
func testBallots(t testing.TB, n int) ([]*Ballot, []Context) {
	t.Helper()
	ballotCache.Lock()
	defer ballotCache.Unlock()
	if len(ballotCache.ballots) < n {
		ballotCache.ballots, ballotCache.ctxs = makeTestBallots(t, n)
	}
	return ballotCache.ballots[:n:n], ballotCache.ctxs[:n:n]
}

func makeTestBallots(t testing.TB, n int) ([]*Ballot, []Context) {
	t.Helper()
	ctx, _ := testContext(t, 3)
	r := testRand(42)
	ballots := make([]*Ballot, n)
	ctxs := make([]Context, n)
	for i := range n {
		c := ctx
		c.Credential[0], c.Credential[1] = byte(i), byte(i>>8)
		b, err := Encrypt(r, c, i%3)
		if err != nil {
			t.Fatal(err)
		}
		ballots[i], ctxs[i] = b, c
	}
	return ballots, ctxs
}

func TestVerifyBatch(t *testing.T) {
	ballots, ctxs := testBallots(t, 300)
	for _, n := range []int{0, 1, 5, 300} {
		if err := VerifyBatch(ballots[:n], ctxs[:n]); err != nil {
			t.Errorf("n=%d: %v", n, err)
		}
		if err := VerifyBatchParallel(ballots[:n], ctxs[:n], 2); err != nil {
			t.Errorf("parallel n=%d: %v", n, err)
		}
	}
}

func TestVerifyBatchFindsBadBallots(t *testing.T) {
	ballots, ctxs := testBallots(t, 300)
	ctxs = slices.Clone(ctxs)
	bad := []int{3, 77, 150, 299}
	// 3: replayed by another voter; 77: into another vote; 150: swapped
	// proofs from another ballot; 299: wrong option count.
	ctxs[3].Credential[5] ^= 1
	ctxs[77].VoteID = VoteID("another vote")
	forged := *ballots[150]
	forged.opts = slices.Clone(forged.opts)
	forged.opts[1].z0 = ballots[151].opts[1].z0
	ballots = slices.Clone(ballots)
	ballots[150] = &forged
	ctxs[299].Options = 4
	for _, workers := range []int{0, 1, 2, 3} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			var err error
			if workers == 0 {
				err = VerifyBatch(ballots, ctxs)
			} else {
				err = VerifyBatchParallel(ballots, ctxs, workers)
			}
			var be *BatchError
			if !errors.As(err, &be) {
				t.Fatalf("got %v, want *BatchError", err)
			}
			if !slices.Equal(be.Failed, bad) {
				t.Errorf("got failed %v, want %v", be.Failed, bad)
			}
		})
	}
}

func TestVerifyBatchMixedKeys(t *testing.T) {
	ballots, ctxs := testBallots(t, 10)
	ctx2, _ := testContext(t, 3)
	other, _ := GenerateKey(testRand(9))
	ctx2.ElectionKey = other.Public()
	b, err := Encrypt(testRand(10), ctx2, 2)
	if err != nil {
		t.Fatal(err)
	}
	ballots = append(ballots, b)
	ctxs = append(ctxs, ctx2)
	if err := VerifyBatch(ballots, ctxs); err != nil {
		t.Fatal(err)
	}
	ctxs[10].ElectionKey = ctxs[0].ElectionKey
	var be *BatchError
	if err := VerifyBatch(ballots, ctxs); !errors.As(err, &be) || !slices.Equal(be.Failed, []int{10}) {
		t.Fatalf("got %v, want failure of ballot 10", err)
	}
}

func BenchmarkVerify(b *testing.B) {
	ballots, ctxs := testBallots(b, 1)
	cpu := cpuTime()
	for b.Loop() {
		if err := ballots[0].Verify(ctxs[0]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ballots/s")
	reportPerCPU(b, cpu, b.N, "ballots")
}

func BenchmarkUnmarshalBallot(b *testing.B) {
	ballots, _ := testBallots(b, 1)
	enc, _ := ballots[0].MarshalBinary()
	for b.Loop() {
		if _, err := UnmarshalBallot(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncrypt(b *testing.B) {
	ctx, _ := testContext(b, 3)
	r := testRand(3)
	for b.Loop() {
		if _, err := Encrypt(r, ctx, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyBatch measures proof checking only (ballots already decoded);
// BenchmarkDecodeVerifyBatch includes decoding, as an auditor reading the log would.
func BenchmarkVerifyBatch(b *testing.B) {
	ballots, ctxs := testBallots(b, 8192)
	for _, n := range []int{8, 16, 32, 64, 128, 256, 1024, 8192} {
		b.Run(fmt.Sprintf("n=%d/sequential", n), func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if err := VerifyBatch(ballots[:n], ctxs[:n]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "ballots/s")
			reportPerCPU(b, cpu, b.N*n, "ballots")
		})
		b.Run(fmt.Sprintf("n=%d/parallel2", n), func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if err := VerifyBatchParallel(ballots[:n], ctxs[:n], 2); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "ballots/s")
			reportPerCPU(b, cpu, b.N*n, "ballots")
		})
	}
}

func BenchmarkDecodeVerifyBatch(b *testing.B) {
	ballots, ctxs := testBallots(b, 8192)
	encs := make([][]byte, len(ballots))
	for i, bl := range ballots {
		encs[i], _ = bl.MarshalBinary()
	}
	pub, priv, _ := ed25519.GenerateKey(testRand(77))
	sigs := make([][]byte, len(encs))
	for i := range encs {
		sigs[i] = SignBallot(priv, ctxs[i].VoteID, encs[i])
	}
	for _, n := range []int{1024, 8192} {
		b.Run(fmt.Sprintf("n=%d/parallel2", n), func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				decoded := make([]*Ballot, n)
				parallel(2, n, func(i int) {
					decoded[i], _ = UnmarshalBallot(encs[i])
				})
				if err := VerifyBatchParallel(decoded, ctxs[:n], 2); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "ballots/s")
			reportPerCPU(b, cpu, b.N*n, "ballots")
		})
		// As an auditor: decode, check the credential's signature, then the proofs.
		b.Run(fmt.Sprintf("n=%d/parallel2/with-signatures", n), func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				decoded := make([]*Ballot, n)
				parallel(2, n, func(i int) {
					decoded[i], _ = UnmarshalBallot(encs[i])
					if err := VerifyBallotSignature(pub, ctxs[i].VoteID, encs[i], sigs[i]); err != nil {
						panic(err)
					}
				})
				if err := VerifyBatchParallel(decoded, ctxs[:n], 2); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "ballots/s")
			reportPerCPU(b, cpu, b.N*n, "ballots")
		})
		// As the verifier does: each core takes 1,024 ballots, decodes
		// them, checks their signatures in one batch and their proofs in
		// another.
		signed := make([]SignedBallot, len(encs))
		for i := range encs {
			signed[i] = SignedBallot{VoteID: ctxs[i].VoteID, Ballot: encs[i]}
			copy(signed[i].Credential[:], pub)
			copy(signed[i].Signature[:], sigs[i])
		}
		b.Run(fmt.Sprintf("n=%d/parallel2/with-batched-signatures", n), func(b *testing.B) {
			cpu := cpuTime()
			const task = 1024
			for b.Loop() {
				parallel(2, n/task, func(t int) {
					lo, hi := t*task, (t+1)*task
					decoded := make([]*Ballot, task)
					for i := lo; i < hi; i++ {
						decoded[i-lo], _ = UnmarshalBallot(encs[i])
					}
					if err := VerifyBallotSignatures(signed[lo:hi]); err != nil {
						panic(err)
					}
					if err := VerifyBatch(decoded, ctxs[lo:hi]); err != nil {
						panic(err)
					}
				})
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "ballots/s")
			reportPerCPU(b, cpu, b.N*n, "ballots")
		})
	}
}
