package esdb_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb/standin"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/domain"
)

func ctxT(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

func startStandin(t *testing.T, path string) *standin.Server {
	t.Helper()
	srv, err := standin.Start(path, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv
}

func open(t *testing.T, cfg esdb.Config) *esdb.Store {
	t.Helper()
	s, err := esdb.OpenConfig(ctxT(t), cfg)
	if err != nil {
		t.Fatalf("couldn't open %s: %v", cfg.URL, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestConformanceStandin runs the suite over the real client library and
// real gRPC, against the test-only stand-in server.
func TestConformanceStandin(t *testing.T) {
	storetest.Run(t, func(t *testing.T) eventstore.Store {
		srv := startStandin(t, filepath.Join(t.TempDir(), "standin.db"))
		return open(t, esdb.Config{URL: srv.URL()})
	})
}

// TestConformanceStandinNamespace: the same, with every subtest in its own
// namespace of one server, as against a real server.
func TestConformanceStandinNamespace(t *testing.T) {
	srv := startStandin(t, filepath.Join(t.TempDir(), "standin.db"))
	n := 0
	storetest.Run(t, func(t *testing.T) eventstore.Store {
		n++
		return open(t, esdb.Config{URL: srv.URL(), Namespace: fmt.Sprintf("t%d", n)})
	})
}

// TestConformanceServer runs the suite against a real EventStoreDB or
// KurrentDB server: SCRUTIN_TEST_ESDB=esdb://localhost:2113?tls=false
// (docs/OPERATIONS.md). Each subtest works in a namespace of its own.
func TestConformanceServer(t *testing.T) {
	url := os.Getenv("SCRUTIN_TEST_ESDB")
	if url == "" {
		t.Skip("SCRUTIN_TEST_ESDB is not set: see docs/OPERATIONS.md to run against a real EventStoreDB")
	}
	run := time.Now().UnixNano()
	n := 0
	storetest.Run(t, func(t *testing.T) eventstore.Store {
		n++
		return open(t, esdb.Config{URL: url, Namespace: fmt.Sprintf("test%d-%d", run, n)})
	})
}

// TestRestartAndResubscribe: a subscription survives the server going away
// and coming back on the same file, and sees every event once.
func TestRestartAndResubscribe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "standin.db")
	srv, err := standin.Start(path, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := srv.URL()
	s := open(t, esdb.Config{URL: addr})
	st := domain.NewStreamID("test", "restart")
	for i := 0; i < 20; i++ {
		if _, err := s.Append(ctxT(t), st, eventstore.Any, storetest.Bill(i)); err != nil {
			t.Fatal(err)
		}
	}
	got := make(chan eventstore.Recorded, 100)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.SubscribeAll(ctx, 0, func(r eventstore.Recorded) error { got <- r; return nil })
	recv := func(n int) []eventstore.Recorded {
		var out []eventstore.Recorded
		for len(out) < n {
			select {
			case r := <-got:
				out = append(out, r)
			case <-time.After(2 * time.Minute):
				t.Fatalf("got %d events, want %d", len(out), n)
			}
		}
		return out
	}
	first := recv(20)
	srv.Close()
	// Same port, same file.
	var srv2 *standin.Server
	for i := 0; i < 50; i++ {
		if srv2, err = standin.Start(path, addr[len("esdb://"):len(addr)-len("?tls=false")]); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer srv2.Close()
	var appended []uint64
	for i := 20; i < 30; i++ {
		var a eventstore.Appended
		for try := 0; ; try++ {
			if a, err = s.Append(ctxT(t), st, eventstore.Any, storetest.Bill(i)); err == nil || try > 50 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			t.Fatal(err)
		}
		appended = append(appended, a.Events[0].Position)
	}
	second := recv(10)
	if second[0].Position <= first[19].Position {
		t.Fatalf("positions went back after the restart")
	}
	for i, r := range second {
		if r.Position != appended[i] {
			t.Fatalf("event %d after the restart at %d, appended at %d", i, r.Position, appended[i])
		}
	}
	select {
	case r := <-got:
		t.Fatalf("extra event at %d", r.Position)
	case <-time.After(200 * time.Millisecond):
	}
}

// TestIdempotentRetry: the event id is the entry's hash, so the same write
// twice at the same revision is stored once.
func TestEventID(t *testing.T) {
	a, b := esdb.EventID([]byte("x")), esdb.EventID([]byte("y"))
	if a == b || a != esdb.EventID([]byte("x")) || a.Version() != 8 {
		t.Fatalf("EventID: %v %v", a, b)
	}
}
