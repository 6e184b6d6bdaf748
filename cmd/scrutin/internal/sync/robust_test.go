package sync

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/sync/synctest"
	"github.com/scrutin/scrutin/domain"
)

// TestBackoff checks the waits: doubling from Backoff, Retry-After when
// given, never more than MaxBackoff; the retries end with a clear error,
// and a 404 is not retried.
func TestBackoff(t *testing.T) {
	pub := &synctest.Publisher{}
	pub.Publish(synctest.Zip(t, map[string][]byte{"x.json": []byte(`{}`)}), time.Now())
	srv := httptest.NewServer(pub)
	defer srv.Close()
	l := newMemLedger()
	var slept []time.Duration
	sy := newTestSyncer(t, srv.URL+"/archive.zip", t.TempDir(), l.append, l, &slept)
	pub.Fail(500, 502, 503, 504, 503, 503)
	r := runOne(t, sy)
	var he *HTTPError
	if r.Status != Failed || !errors.As(r.Err, &he) || he.Status != 503 {
		t.Fatalf("after 6 failures: %v", r)
	}
	if want := "[2s 4s 8s 16s 32s]"; fmt.Sprint(slept) != want {
		t.Errorf("waits: got %v, want %s", slept, want)
	}
	// Retry-After beyond the cap: the cap.
	slept = nil
	pub.Fail(429)
	sy.cfg.MaxBackoff = 5 * time.Second
	if r := runOne(t, sy); r.Status != Imported {
		t.Fatalf("after a 429: %v", r)
	}
	if fmt.Sprint(slept) != "[5s]" {
		t.Errorf("waits: got %v, want [5s] (Retry-After: 7 capped)", slept)
	}
	// Not found: no retry.
	slept = nil
	sy.cfg.Sources = []string{srv.URL + "/nope.zip"}
	if r := runOne(t, sy); r.Status != Failed || len(slept) != 0 {
		t.Errorf("404: %v after %v", r, slept)
	}
}

// entries is a ledger's log without the times of recording: what two runs
// of the same sync must have in common.
func entries(t testing.TB, l *memLedger) [][]byte {
	var out [][]byte
	for _, env := range l.log {
		env.Time = time.Time{}
		b, err := domain.MarshalEntry(env)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// TestResume interrupts a sync after every k events (the append failing,
// as a crash would leave it), syncs again until it completes, and checks
// the log equals the uninterrupted run's, event for event, for each day of
// the timeline.
func TestResume(t *testing.T) {
	day1, day2 := synctest.Timeline(t)
	zips := [][]byte{synctest.Zip(t, day1), synctest.Zip(t, day2)}
	run := func(stopEvery int) (*memLedger, int) {
		pub := &synctest.Publisher{}
		srv := httptest.NewServer(pub)
		defer srv.Close()
		l := newMemLedger()
		n, stops := 0, 0
		appendFn := func(ctx context.Context, s domain.StreamID, ev domain.Event) error {
			if n++; stopEvery > 0 && n%stopEvery == 0 {
				return errors.New("interrupted")
			}
			return l.append(ctx, s, ev)
		}
		sy := newTestSyncer(t, srv.URL+"/archive.zip", t.TempDir(), appendFn, l, nil)
		for _, z := range zips {
			pub.Publish(z, time.Now())
			for {
				r := runOne(t, sy)
				if r.Status == Imported {
					break
				}
				if r.Status != Failed || stops > 400 {
					t.Fatalf("stop %d: %v", stops, r)
				}
				stops++
			}
		}
		return l, stops
	}
	want, _ := run(0)
	for _, k := range []int{5, 23, 151} {
		got, stops := run(k)
		if g, w := entries(t, got), entries(t, want); !bytes.Equal(bytes.Join(g, nil), bytes.Join(w, nil)) {
			t.Errorf("interrupted every %d events (%d times): %d events, want %d, or different", k, stops, len(g), len(w))
		}
		if stops == 0 {
			t.Errorf("interrupted every %d events: never interrupted", k)
		}
	}
}
