package witness

import (
	"context"
	"slices"
	"testing"
	"time"
)

// BenchmarkCosign measures what witness cosigning adds to each checkpoint:
// every iteration appends one leaf, then times signing a checkpoint alone
// (the cost without witnesses), appends another, and times Cosign (signing,
// consistency proof, the witness's round trip, checking its cosignature).
// Run with .ci/witness.sh bench 200 (docs/bench-witness.md).
func BenchmarkCosign(b *testing.B) {
	w := needWitness(b)
	ctx := context.Background()
	l := newLedger(b, newLogKey(b, w))
	c, err := NewCosigner(Config{Policy: w.policy()})
	if err != nil {
		b.Fatal(err)
	}
	grow(b, l, "bench", 1000)
	if _, err := c.Cosign(ctx, l); err != nil { // learn the witness's size, warm the connection
		b.Fatal(err)
	}
	var plain, cosigned []time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		grow(b, l, "bench", 1)
		b.StartTimer()
		t0 := time.Now()
		if _, _, err := l.Checkpoint(ctx); err != nil {
			b.Fatal(err)
		}
		plain = append(plain, time.Since(t0))
		b.StopTimer()
		grow(b, l, "bench", 1)
		b.StartTimer()
		t0 = time.Now()
		if _, err := c.Cosign(ctx, l); err != nil {
			b.Fatal(err)
		}
		cosigned = append(cosigned, time.Since(t0))
	}
	b.StopTimer()
	pct := func(ds []time.Duration, p int) float64 {
		s := slices.Clone(ds)
		slices.Sort(s)
		return float64(s[(len(s)-1)*p/100].Microseconds()) / 1000
	}
	b.ReportMetric(pct(plain, 50), "sign-p50-ms")
	b.ReportMetric(pct(plain, 99), "sign-p99-ms")
	b.ReportMetric(pct(cosigned, 50), "cosign-p50-ms")
	b.ReportMetric(pct(cosigned, 99), "cosign-p99-ms")
	b.ReportMetric(0, "ns/op") // the two timings are the result, not their sum
}
