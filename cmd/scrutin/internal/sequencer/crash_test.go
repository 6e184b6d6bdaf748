package sequencer_test

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb/standin"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/sequencer"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian/trilliantest"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// The crash test runs the sequencer in a child process (this test binary,
// re-executed) and kills it with SIGKILL at random points.
const (
	childEnv      = "SCRUTIN_SEQ_CHILD"       // set in the child
	childStoreEnv = "SCRUTIN_SEQ_CHILD_STORE" // the embedded store's file
	childLogEnv   = "SCRUTIN_SEQ_CHILD_LOG"   // file:PATH or trillian://…
	childLeaseEnv = "SCRUTIN_SEQ_CHILD_LEASE" // a MariaDB DSN, or empty for no lease
	childNameEnv  = "SCRUTIN_SEQ_CHILD_LEASE_NAME"
	childBatchEnv = "SCRUTIN_SEQ_CHILD_BATCH"
)

func childMain() int {
	fail := func(err error) int { fmt.Fprintln(os.Stderr, "child:", err); return 2 }
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	ctx := context.Background()
	var store eventstore.Store
	if u := os.Getenv(childStoreEnv); strings.HasPrefix(u, "esdb://") {
		s, err := esdb.OpenConfig(ctx, esdb.Config{URL: u, Logger: logger})
		if err != nil {
			return fail(err)
		}
		store = s
	} else {
		s, err := embedded.Open(u, embedded.Options{})
		if err != nil {
			return fail(err)
		}
		store = s
	}
	var log merklelog.Log
	if u := os.Getenv(childLogEnv); strings.HasPrefix(u, "file:") {
		db, err := embedded.Open(strings.TrimPrefix(u, "file:"), embedded.Options{LogOnly: true})
		if err != nil {
			return fail(err)
		}
		log = db.Log()
	} else {
		cfg, err := trillian.ParseURL(u)
		if err != nil {
			return fail(err)
		}
		cfg.Logger = logger
		// As a restarting server would: wait for the log server.
		for try := 0; ; try++ {
			l, err := trillian.Open(ctx, cfg)
			if err == nil {
				log = l
				break
			}
			if try == 100 {
				return fail(err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	batch, _ := strconv.Atoi(os.Getenv(childBatchEnv))
	cfg := sequencer.Config{Store: store, Log: log, MaxBatch: batch, Logger: logger}
	if dsn := os.Getenv(childLeaseEnv); dsn != "" {
		db, err := sql.Open("mysql", dsn)
		if err != nil {
			return fail(err)
		}
		if cfg.Lease, err = sequencer.NewSQLLease(ctx, db, os.Getenv(childNameEnv), sequencer.NewHolderID(), time.Second); err != nil {
			return fail(err)
		}
	}
	seq, err := sequencer.New(cfg)
	if err != nil {
		return fail(err)
	}
	return fail(seq.Run(ctx))
}

type crashTarget struct {
	url  string                                     // for the child
	open func(t *testing.T) (merklelog.Log, func()) // for the parent, between runs
}

// crashTest kills sequencers copying a store into target. With
// underLoad, the store is an EventStoreDB stand-in served by this process
// and fed without a pause while the children are killed; otherwise it is an
// embedded file that grows between the kills.
func crashTest(t *testing.T, target crashTarget, rounds int, lease string, delay func() time.Duration, underLoad bool) {
	dir := t.TempDir()
	storePath := filepath.Join(dir, "store.db")
	total := 2000
	var storeURL string
	var acked atomic.Int64
	stopLoad := func() {}
	var live eventstore.Store
	if underLoad {
		srv, err := standin.Start(storePath, "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer srv.Close()
		storeURL = srv.URL()
		es, err := esdb.Open(context.Background(), storeURL)
		if err != nil {
			t.Fatal(err)
		}
		defer es.Close()
		live = es
		load(t, es, 0, total)
		acked.Store(int64(total))
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			defer close(done)
			for i := total; ctx.Err() == nil; i++ {
				st := domain.NewStreamID("test", fmt.Sprintf("live%d", i%5))
				if _, err := es.Append(ctx, st, eventstore.Any, storetest.Bill(i)); err == nil {
					acked.Add(1)
				}
				time.Sleep(5 * time.Millisecond)
			}
		}()
		stopLoad = func() {
			cancel()
			<-done
			// An append cancelled by the stop may still have reached the
			// store: the log must end up with every event the store has,
			// and those include every acknowledged one.
			total = int(srv.Size())
			if int64(total) < acked.Load() {
				t.Fatalf("the store holds %d events, %d were acknowledged", total, acked.Load())
			}
		}
	} else {
		storeURL = storePath
		s, _ := embedded.Open(storePath, embedded.Options{})
		load(t, s, 0, total)
		s.Close()
	}
	var stderr strings.Builder
	defer func() {
		if t.Failed() {
			t.Logf("children's stderr (tail):\n%s", tail(stderr.String(), 4000))
		}
	}()
	run := func(d time.Duration) {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(),
			childEnv+"=1", childStoreEnv+"="+storeURL, childLogEnv+"="+target.url,
			childLeaseEnv+"="+lease, childNameEnv+"=crash/"+filepath.Base(dir),
			childBatchEnv+"="+strconv.Itoa(1+rand.IntN(60)))
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(d)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("the child exited by itself: %v", err)
		}
	}
	var heads []tlog.Tree
	head := func() tlog.Tree {
		l, closeLog := target.open(t)
		defer closeLog()
		n, err := l.Size(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		h, err := l.TreeHash(context.Background(), n)
		if err != nil {
			t.Fatal(err)
		}
		return tlog.Tree{N: int64(n), Hash: h}
	}
	kills := 0
	for r := 0; r < rounds; r++ {
		run(delay())
		kills++
		heads = append(heads, head())
		if r%3 == 0 && !underLoad { // more load between crashes
			s, err := embedded.Open(storePath, embedded.Options{})
			if err != nil {
				t.Fatal(err)
			}
			load(t, s, total, 150)
			total += 150
			s.Close()
		}
	}
	stopLoad()
	// Then restarts with more time each, still killed, until caught up.
	for heads[len(heads)-1].N < int64(total) {
		run(delay() + 2*time.Second)
		kills++
		heads = append(heads, head())
		if kills > 4*rounds {
			t.Fatalf("log at %d of %d after %d kills", heads[len(heads)-1].N, total, kills)
		}
	}
	store := live
	if store == nil {
		s, _ := embedded.Open(storePath, embedded.Options{})
		defer s.Close()
		store = s
	}
	l, closeLog := target.open(t)
	defer closeLog()
	checkMirror(t, store, l)
	final := heads[len(heads)-1]
	for i, h := range heads {
		if i > 0 && h.N < heads[i-1].N {
			t.Fatalf("log shrank from %d to %d", heads[i-1].N, h.N)
		}
		if h.N == 0 {
			continue
		}
		p, err := l.ConsistencyProof(context.Background(), uint64(h.N), uint64(final.N))
		if err != nil {
			t.Fatal(err)
		}
		if err := tlog.CheckTree(p, final.N, final.Hash, h.N, h.Hash); err != nil {
			t.Fatalf("tree head %d (size %d) is not consistent with the final one: %v", i, h.N, err)
		}
	}
	t.Logf("%d SIGKILLs (under load: %v); %d events sequenced exactly once, in order; %d tree heads consistent", kills, underLoad, total, len(heads))
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func rounds(def int) int {
	if n, err := strconv.Atoi(os.Getenv("SCRUTIN_CRASH_ROUNDS")); err == nil && n > 0 {
		return n
	}
	return def
}

func TestCrashEmbeddedLog(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped under -short")
	}
	crashTest(t, fileTarget(t), rounds(20), "", func() time.Duration { return time.Duration(5+rand.IntN(150)) * time.Millisecond }, false)
}

// fileTarget is a log-only embedded file in the test's directory.
func fileTarget(t *testing.T) crashTarget {
	path := filepath.Join(t.TempDir(), "log.db")
	return crashTarget{
		url: "file:" + path,
		open: func(t *testing.T) (merklelog.Log, func()) {
			db, err := embedded.Open(path, embedded.Options{LogOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			return db.Log(), func() { db.Close() }
		},
	}
}

// TestCrashUnderLoad: the store is EventStoreDB (the stand-in, over real
// gRPC), written to without a pause while sequencers are killed.
func TestCrashUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped under -short")
	}
	crashTest(t, fileTarget(t), rounds(20), "", func() time.Duration { return time.Duration(50+rand.IntN(300)) * time.Millisecond }, true)
}

func TestCrashTrillianWithLease(t *testing.T) {
	cfg := trilliantest.NewTree(t)
	dsn := os.Getenv("SCRUTIN_TEST_MARIADB")
	mariaDB(t)
	cache := filepath.Join(t.TempDir(), "child-cache.db")
	url := fmt.Sprintf("trillian://%s?tree=%d&cache=%s", cfg.Addr, cfg.TreeID, cache)
	crashTest(t, crashTarget{
		url: url,
		open: func(t *testing.T) (merklelog.Log, func()) {
			l := trilliantest.Open(t, cfg) // its own temporary cache
			return l, func() { l.Close() }
		},
	}, rounds(25), dsn, func() time.Duration {
		// The lease lasts 1s: a new child waits for the killed one's to
		// expire, then works for the rest of its time.
		return time.Duration(1100+rand.IntN(900)) * time.Millisecond
	}, true)
}
