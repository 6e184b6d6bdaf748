package sequencer_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb/standin"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/sequencer"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian/trilliantest"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// TestBenchDistributed produces the figures of docs/bench-distributed.md:
// embedded and distributed side by side, in one run. It runs only with
// SCRUTIN_BENCH=1 (and SCRUTIN_TEST_TRILLIAN, as .ci/distributed.sh --bench
// sets). SCRUTIN_BENCH_EVENTS sets the sequencer run's size (100000).
func TestBenchDistributed(t *testing.T) {
	if os.Getenv("SCRUTIN_BENCH") == "" {
		t.Skip("SCRUTIN_BENCH is not set")
	}
	n := 100000
	fmt.Sscan(os.Getenv("SCRUTIN_BENCH_EVENTS"), &n)
	report := func(format string, args ...any) { fmt.Printf("BENCH "+format+"\n", args...) }

	// 1. Appends/s to the event store: embedded, and the EventStoreDB
	// adapter over the stand-in (which measures the adapter and the client
	// over gRPC, not EventStoreDB).
	storePath := filepath.Join(t.TempDir(), "store.db")
	store := openStore(t, storePath)
	report("appends/s, 8 writers, 1 event each: embedded %.0f", appendRate(t, store, 8, 5000))
	srv, err := standin.Start(filepath.Join(t.TempDir(), "standin.db"), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	es, err := esdb.Open(context.Background(), srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer es.Close()
	report("appends/s, 8 writers, 1 event each: esdb adapter → stand-in %.0f", appendRate(t, es, 8, 5000))

	// 2. Sequencer throughput: n events already in the store.
	big := openStore(t, filepath.Join(t.TempDir(), "big.db"))
	start := time.Now()
	for i := 0; i < n; i += 1000 {
		evs := make([]domain.Event, 0, 1000)
		for j := i; j < i+1000 && j < n; j++ {
			evs = append(evs, storetest.Bill(j))
		}
		if _, err := big.Append(context.Background(), domain.NewStreamID("test", fmt.Sprintf("b%d", i%10)), eventstore.Any, evs...); err != nil {
			t.Fatal(err)
		}
	}
	report("preload: %d events in %v", n, time.Since(start).Round(time.Millisecond))
	embLog := openFileLog(t, filepath.Join(t.TempDir(), "log.db")).Log()
	report("sequencer throughput, %d events: into embedded log %.0f events/s", n, sequenceAll(t, big, embLog, n))
	tri := trilliantest.NewLog(t)
	report("sequencer throughput, %d events: into Trillian %.0f events/s", n, sequenceAll(t, big, tri, n))
	// The tiles' hashes give Trillian's root.
	tree, err := tri.Tree(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	h, err := tlog.TreeHash(tree.N, tlog.HashReaderFunc(func(ix []int64) ([]tlog.Hash, error) { return tri.ReadHashes(context.Background(), ix) }))
	if err != nil || h != tree.Hash {
		t.Fatalf("root from the cache's stored hashes: %v (%v), Trillian's %v", h, err, tree.Hash)
	}
	eh, _ := embLog.TreeHash(context.Background(), uint64(n))
	if eh != tree.Hash {
		t.Fatalf("embedded and Trillian roots differ at %d", n)
	}
	report("roots at %d: embedded = Trillian = stored-hash (tiles) root %x…", n, tree.Hash[:6])

	// 3. Inclusion proofs/s, 4 goroutines, random leaves of the n-leaf tree.
	report("inclusion proofs/s (4 goroutines): embedded %.0f", proofRate(t, embLog, uint64(n)))
	report("inclusion proofs/s (4 goroutines): Trillian, each checked %.0f", proofRate(t, tri, uint64(n)))

	// 4. Sequencing lag at 1,000 events/s.
	for _, target := range []struct {
		name string
		log  merklelog.Log
	}{
		{"embedded log", openFileLog(t, filepath.Join(t.TempDir(), "lag.db")).Log()},
		{"Trillian", trilliantest.NewLog(t)},
	} {
		p50, p99, mx := lagAt(t, target.log, 1000, 20*time.Second)
		report("sequencing lag at 1000 events/s for 20s, into %s: p50 %v p99 %v max %v", target.name, p50, p99, mx)
	}
}

func appendRate(t *testing.T, s eventstore.Store, writers, total int) float64 {
	var wg sync.WaitGroup
	var next atomic.Int64
	start := time.Now()
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1)
				if i > int64(total) {
					return
				}
				st := domain.NewStreamID("test", fmt.Sprintf("w%d", i%64))
				if _, err := s.Append(context.Background(), st, eventstore.Any, storetest.Bill(int(i))); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	return float64(total) / time.Since(start).Seconds()
}

func sequenceAll(t *testing.T, store eventstore.Store, log merklelog.Log, n int) float64 {
	seq, _ := sequencer.New(sequencer.Config{Store: store, Log: log, MaxBatch: 5000, Logger: testLogger(t)})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	start := time.Now()
	go seq.Run(ctx)
	waitSize(t, log, uint64(n), 30*time.Minute)
	return float64(n) / time.Since(start).Seconds()
}

func proofRate(t *testing.T, log merklelog.Log, size uint64) float64 {
	var wg sync.WaitGroup
	var count atomic.Int64
	deadline := time.Now().Add(5 * time.Second)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				if _, err := log.InclusionProof(context.Background(), rand.Uint64N(size), size); err != nil {
					t.Error(err)
					return
				}
				count.Add(1)
			}
		}()
	}
	wg.Wait()
	return float64(count.Load()) / 5
}

// lagAt appends rate events/s for d and measures, for each event, the time
// from its append's return to the log holding it.
func lagAt(t *testing.T, log merklelog.Log, rate int, d time.Duration) (p50, p99, mx time.Duration) {
	store := openStore(t, filepath.Join(t.TempDir(), "lagstore.db"))
	seq, _ := sequencer.New(sequencer.Config{Store: store, Log: log, Logger: testLogger(t)})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go seq.Run(ctx)
	total := rate * int(d/time.Second)
	acked := make([]time.Time, total)
	seen := make([]time.Time, total)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // watch the sequencer's progress
		defer wg.Done()
		var done uint64
		for done < uint64(total) {
			n := seq.Sequenced()
			now := time.Now()
			for ; done < n && done < uint64(total); done++ {
				seen[done] = now
			}
			time.Sleep(200 * time.Microsecond)
		}
	}()
	start := time.Now()
	for i := 0; i < total; i++ {
		time.Sleep(time.Until(start.Add(time.Duration(i) * time.Second / time.Duration(rate))))
		a, err := store.Append(context.Background(), domain.NewStreamID("test", fmt.Sprintf("l%d", i%16)), eventstore.Any, storetest.Bill(i))
		if err != nil {
			t.Fatal(err)
		}
		acked[a.Events[0].Position] = time.Now()
	}
	wg.Wait()
	lags := make([]time.Duration, total)
	for i := range lags {
		lags[i] = max(0, seen[i].Sub(acked[i]))
	}
	slices.Sort(lags)
	r := func(d time.Duration) time.Duration { return d.Round(100 * time.Microsecond) }
	return r(lags[total/2]), r(lags[total*99/100]), r(lags[total-1])
}
