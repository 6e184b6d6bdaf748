package ordinal_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb/standin"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore/storetest"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ordinal"
	"github.com/scrutin/scrutin/domain"
)

func openESDB(t *testing.T, url, ns string) *esdb.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := esdb.OpenConfig(ctx, esdb.Config{URL: url, Namespace: ns})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func startStandin(t *testing.T) *standin.Server {
	t.Helper()
	srv, err := standin.Start(filepath.Join(t.TempDir(), "standin.db"), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv
}

// TestConformance: the ordinal store over EventStoreDB (the real client, the
// stand-in server) passes the event-store suite.
func TestConformance(t *testing.T) {
	srv := startStandin(t)
	n := 0
	storetest.Run(t, func(t *testing.T) eventstore.Store {
		n++
		s := ordinal.New(openESDB(t, srv.URL(), fmt.Sprintf("t%d", n)), nil)
		t.Cleanup(func() { s.Close() })
		return s
	})
}

// TestDenseAcrossReplicas: two replicas on one store, each appending,
// number every event the same way, 0 to n-1, and each sees the other's
// writes through Head.
func TestDenseAcrossReplicas(t *testing.T) {
	srv := startStandin(t)
	a := ordinal.New(openESDB(t, srv.URL(), ""), nil)
	b := ordinal.New(openESDB(t, srv.URL(), ""), nil)
	t.Cleanup(func() { a.Close(); b.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const n = 200
	for i := 0; i < n; i++ {
		w, r := a, b
		if i%3 == 0 {
			w, r = b, a
		}
		res, err := w.Append(ctx, domain.NewStreamID("test", fmt.Sprintf("s%d", i%5)), eventstore.Any, storetest.Bill(i))
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Events[0].Position; got != uint64(i) {
			t.Fatalf("append %d: ordinal %d", i, got)
		}
		h, err := r.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if h != uint64(i+1) {
			t.Fatalf("after append %d, the other replica's head is %d", i, h)
		}
	}
	for _, s := range []*ordinal.Store{a, b} {
		rs, err := s.ReadAll(ctx, 37, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != n-37 {
			t.Fatalf("ReadAll from 37: %d events", len(rs))
		}
		for i, r := range rs {
			if r.Position != uint64(37+i) {
				t.Fatalf("ReadAll: event %d has ordinal %d", 37+i, r.Position)
			}
		}
		got := make(chan uint64, n)
		sctx, scancel := context.WithCancel(ctx)
		go s.SubscribeAll(sctx, 150, func(r eventstore.Recorded) error { got <- r.Position; return nil })
		for want := uint64(150); want < n; want++ {
			if o := <-got; o != want {
				t.Fatalf("subscription from 150: got %d, want %d", o, want)
			}
		}
		scancel()
		rs, err = s.ReadStream(ctx, domain.NewStreamID("test", "s2"), 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		for k, r := range rs {
			if r.Position != uint64(2+5*k) {
				t.Fatalf("stream s2 event %d has ordinal %d, want %d", k, r.Position, 2+5*k)
			}
		}
	}
}
