package sequencer_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/sequencer"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian/trilliantest"
	"github.com/scrutin/scrutin/domain"
)

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(childMain())
	}
	os.Exit(m.Run())
}

func ctxT(t testing.TB, d time.Duration) context.Context {
	c, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return c
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(b []byte) (int, error) {
	w.t.Log(string(bytes.TrimSpace(b)))
	return len(b), nil
}

func openStore(t testing.TB, path string) *embedded.DB {
	t.Helper()
	db, err := embedded.Open(path, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func openFileLog(t testing.TB, path string) *embedded.DB {
	t.Helper()
	db, err := embedded.Open(path, embedded.Options{LogOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// load appends n events in batches of 1 to 4 over a few streams.
func load(t testing.TB, s eventstore.Store, from, n int) {
	t.Helper()
	for i := from; i < from+n; {
		k := min(1+i%4, from+n-i)
		var evs []domain.Event
		for j := 0; j < k; j++ {
			evs = append(evs, storetest.Bill(i+j))
		}
		st := domain.NewStreamID("test", fmt.Sprintf("s%d", i%7))
		if _, err := s.Append(context.Background(), st, eventstore.Any, evs...); err != nil {
			t.Fatalf("append %d: %v", i, err)
		}
		i += k
	}
}

func readAll(t testing.TB, s eventstore.Store) [][]byte {
	t.Helper()
	var out [][]byte
	var from uint64
	for {
		rs, err := s.ReadAll(context.Background(), from, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 {
			return out
		}
		for _, r := range rs {
			out = append(out, r.Entry)
		}
		from = rs[len(rs)-1].Position + 1
	}
}

// checkMirror checks that the log holds exactly the store's events in order.
func checkMirror(t testing.TB, store eventstore.Store, log merklelog.Log) {
	t.Helper()
	want := readAll(t, store)
	n, err := log.Size(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n != uint64(len(want)) {
		t.Fatalf("log has %d leaves, store %d events", n, len(want))
	}
	for i := uint64(0); i < n; i += 1000 {
		got, err := log.Entries(context.Background(), i, min(i+1000, n))
		if err != nil {
			t.Fatal(err)
		}
		for j, e := range got {
			if !bytes.Equal(e, want[i+uint64(j)]) {
				t.Fatalf("leaf %d is not the store's event %d", i+uint64(j), i+uint64(j))
			}
		}
	}
}

func waitSize(t testing.TB, log merklelog.Log, n uint64, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		got, err := log.Size(context.Background())
		if err == nil && got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("log at %d (%v) after %v, want %d", got, err, d, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// testLive runs a sequencer while writers append, then checks the mirror.
func testLive(t *testing.T, log merklelog.Log) {
	store := openStore(t, filepath.Join(t.TempDir(), "store.db"))
	load(t, store, 0, 500) // a backlog
	seq, err := sequencer.New(sequencer.Config{Store: store, Log: log, MaxBatch: 100, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- seq.Run(ctx) }()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() { defer wg.Done(); load(t, store, 1000*(w+1), 500) }()
	}
	wg.Wait()
	waitSize(t, log, 2500, 5*time.Minute)
	// The log reaches its size before the sequencer counts the batch it
	// just wrote: give the count a moment, then it must be zero.
	deadline := time.Now().Add(2 * time.Minute)
	for n, _ := seq.Lag(); n != 0; n, _ = seq.Lag() {
		if time.Now().After(deadline) {
			t.Errorf("lag %d events after catching up", n)
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: %v", err)
	}
	checkMirror(t, store, log)

	// A restart over a log that does not match the store stops at once.
	other := openStore(t, filepath.Join(t.TempDir(), "other.db"))
	load(t, other, 7, 600)
	seq, _ = sequencer.New(sequencer.Config{Store: other, Log: log, Logger: testLogger(t)})
	if err := seq.Run(ctxT(t, 30*time.Second)); !errors.Is(err, sequencer.ErrDiverged) {
		t.Fatalf("Run on another store: got %v, want ErrDiverged", err)
	}
}

func TestLiveEmbeddedLog(t *testing.T) {
	testLive(t, openFileLog(t, filepath.Join(t.TempDir(), "log.db")).Log())
}

func TestLiveTrillian(t *testing.T) {
	testLive(t, trilliantest.NewLog(t))
}

// mariaDB returns the database of SCRUTIN_TEST_MARIADB (a go-sql-driver
// DSN), or skips.
func mariaDB(t testing.TB) *sql.DB {
	t.Helper()
	dsn := os.Getenv("SCRUTIN_TEST_MARIADB")
	if dsn == "" {
		t.Skip("SCRUTIN_TEST_MARIADB is not set: run .ci/distributed.sh to test the lease")
	}
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.PingContext(ctxT(t, 10*time.Second)); err != nil {
		t.Fatalf("SCRUTIN_TEST_MARIADB is set but the database is unreachable: %v", err)
	}
	return db
}

func TestSQLLease(t *testing.T) {
	db := mariaDB(t)
	ctx := ctxT(t, 30*time.Second)
	name := fmt.Sprintf("test/%d", time.Now().UnixNano())
	a, err := sequencer.NewSQLLease(ctx, db, name, "a", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sequencer.NewSQLLease(ctx, db, name, "b", time.Second)
	steps := []struct {
		l    *sequencer.SQLLease
		want bool
	}{{a, true}, {b, false}, {a, true}, {b, false}}
	for i, s := range steps {
		if got, err := s.l.Acquire(ctx); err != nil || got != s.want {
			t.Fatalf("step %d: got %v, %v; want %v", i, got, err, s.want)
		}
	}
	time.Sleep(1100 * time.Millisecond) // a dies: its lease expires
	if got, err := b.Acquire(ctx); err != nil || !got {
		t.Fatalf("takeover after expiry: got %v, %v", got, err)
	}
	if got, _ := a.Acquire(ctx); got {
		t.Fatal("a took the lease back from a live holder")
	}
	if err := b.Release(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.Acquire(ctx); !got {
		t.Fatal("a couldn't take a released lease")
	}
}

// TestOneActive: two sequencers share a lease; one works at a time, and
// the other takes over when the first stops.
func TestOneActive(t *testing.T) {
	db := mariaDB(t)
	store := openStore(t, filepath.Join(t.TempDir(), "store.db"))
	log := openFileLog(t, filepath.Join(t.TempDir(), "log.db")).Log()
	name := fmt.Sprintf("test/%d", time.Now().UnixNano())
	var seqs [2]*sequencer.Sequencer
	var cancels [2]context.CancelFunc
	dones := make(chan error, 2)
	for i := range seqs {
		lease, err := sequencer.NewSQLLease(context.Background(), db, name, fmt.Sprint("holder-", i), time.Second)
		if err != nil {
			t.Fatal(err)
		}
		seqs[i], _ = sequencer.New(sequencer.Config{Store: store, Log: log, Lease: lease, MaxBatch: 50, Logger: testLogger(t)})
		var ctx context.Context
		ctx, cancels[i] = context.WithCancel(context.Background())
		go func() { dones <- seqs[i].Run(ctx) }()
	}
	load(t, store, 0, 300)
	waitSize(t, log, 300, 5*time.Minute)
	first := 0
	if seqs[1].Active() {
		first = 1
	}
	if seqs[1-first].Active() {
		t.Fatal("both sequencers active")
	}
	cancels[first]()
	<-dones
	load(t, store, 300, 300)
	waitSize(t, log, 600, 5*time.Minute)
	if !seqs[1-first].Active() {
		t.Fatal("the second sequencer did not take over")
	}
	cancels[1-first]()
	<-dones
	checkMirror(t, store, log)
}
