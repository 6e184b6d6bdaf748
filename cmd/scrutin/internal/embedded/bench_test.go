package embedded_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

// BenchmarkAppend measures durable appends (fsync before each
// acknowledgement), one event per append, by 1 to 512 concurrent writers,
// into one stream per writer or into 4 shared streams (as ballots go to
// their vote's stream).
func BenchmarkAppend(b *testing.B) {
	for _, c := range []struct{ writers, streams int }{{1, 1}, {16, 16}, {128, 128}, {512, 512}, {128, 4}, {512, 4}, {1024, 4}} {
		writers := c.writers
		b.Run(fmt.Sprintf("writers=%d/streams=%d", c.writers, c.streams), func(b *testing.B) {
			db, err := embedded.Open(filepath.Join(b.TempDir(), "ledger.db"), embedded.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			ctx := context.Background()
			var next atomic.Int64
			var wg sync.WaitGroup
			b.ResetTimer()
			start := time.Now()
			for w := 0; w < writers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					st := domain.NewStreamID("bench", fmt.Sprintf("s%d", w%c.streams))
					for {
						i := next.Add(1)
						if i > int64(b.N) {
							return
						}
						if _, err := db.Append(ctx, st, eventstore.Any, storetest.Bill(int(i))); err != nil {
							b.Error(err)
							return
						}
					}
				}()
			}
			wg.Wait()
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "events/s")
		})
	}
}

func buildLog(b *testing.B, n int) *embedded.DB {
	b.Helper()
	db, err := embedded.Open(filepath.Join(b.TempDir(), "ledger.db"), embedded.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	const batch = 1000
	for i := 0; i < n; i += batch {
		evs := make([]domain.Event, batch)
		for j := range evs {
			evs[j] = storetest.Bill(i + j)
		}
		if _, err := db.Append(ctx, domain.NewStreamID("bench", fmt.Sprint(i%97)), eventstore.Any, evs...); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

// BenchmarkInclusionProof measures proofs at random indices of a log of
// 100,000 events, on all cores.
func BenchmarkInclusionProof(b *testing.B) {
	db := buildLog(b, 100_000)
	defer db.Close()
	lg := db.Log()
	ctx := context.Background()
	size, _ := lg.Size(ctx)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := lg.InclusionProof(ctx, rand.Uint64N(size), size); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "proofs/s")
}

// BenchmarkReplay folds 1,000,000 events from the file into a trivial
// projection (counts by type), as a server does at start.
func BenchmarkReplay(b *testing.B) {
	const n = 1_000_000
	db := buildLog(b, n)
	defer db.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		counts := projections.NewCounts()
		r := projections.NewRunner(counts)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- r.Run(ctx, server.StoreSource(db)) }()
		if err := r.WaitFor(ctx, n-1); err != nil {
			b.Fatal(err)
		}
		cancel()
		<-done
		if counts.Total != n {
			b.Fatalf("folded %d events, want %d", counts.Total, n)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
