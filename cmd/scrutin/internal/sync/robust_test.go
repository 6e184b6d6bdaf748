package sync

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
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

// TestGone syncs day 1, then an archive without two of its amendments:
// DN3, undecided, is recorded as withdrawn; DN1, decided inadmissible,
// keeps its outcome and is reported. Served again, nothing changes.
func TestGone(t *testing.T) {
	day1, _ := synctest.Timeline(t)
	pub := &synctest.Publisher{}
	srv := httptest.NewServer(pub)
	defer srv.Close()
	l := newMemLedger()
	sy := newTestSyncer(t, srv.URL+"/archive.zip", t.TempDir(), l.append, l, nil)
	pub.Publish(synctest.Zip(t, day1), time.Now())
	if r := runOne(t, sy); r.Status != Imported || r.Gone != 0 || r.GoneDecided != 0 {
		t.Fatalf("day 1: %v", r)
	}
	const prefix = "an_L17/ppl_rapatries_indochine_DLR5L17N51499/amendements/PIONANR5L17B0949/AMANR5L17PO59046B0949P0D1N00000"
	am := func(n string) *domain.AmendmentState {
		return l.s.Law().Amendments["PIONANR5L17B0949"]["AMANR5L17PO59046B0949P0D1N00000"+n]
	}
	if am("3").Outcome != "" || am("1").Outcome != "inadmissible" {
		t.Fatalf("day 1 outcomes: %q %q", am("3").Outcome, am("1").Outcome)
	}
	delete(day1, prefix+"3.json")
	delete(day1, prefix+"1.json")
	pub.Publish(synctest.Zip(t, day1), time.Now())
	n := len(l.log)
	r := runOne(t, sy)
	if r.Status != Imported || r.Gone != 1 || r.GoneDecided != 1 || r.Events != 1 || len(l.log) != n+1 {
		t.Fatalf("without DN1 and DN3: %v", r)
	}
	if am("3").Outcome != "withdrawn" || am("1").Outcome != "inadmissible" {
		t.Errorf("outcomes: DN3 %q, DN1 %q; want withdrawn, inadmissible", am("3").Outcome, am("1").Outcome)
	}
	if !strings.Contains(r.String(), "1 undecided amendments gone from the source, recorded as withdrawn") {
		t.Errorf("report: %s", r)
	}
	// A new archive with the same records: read again, nothing appended
	// (DN3 is decided now, DN1 still reported).
	day1["extra/readme.json"] = []byte(`{"note": "same records"}`)
	pub.Publish(synctest.Zip(t, day1), time.Now().Add(time.Hour))
	if r := runOne(t, sy); r.Status != Imported || r.Events != 0 || r.GoneDecided != 1 {
		t.Errorf("again: %v", r)
	}
}

// TestEvery runs the scheduled sync: a sync at once, then one after each
// wait, until the context ends; the waits are the configured period.
func TestEvery(t *testing.T) {
	day1, _ := synctest.Timeline(t)
	pub := &synctest.Publisher{}
	pub.Publish(synctest.Zip(t, day1), time.Now())
	srv := httptest.NewServer(pub)
	defer srv.Close()
	l := newMemLedger()
	ctx, cancel := context.WithCancel(context.Background())
	var waits []time.Duration
	sy, err := New(Config{Sources: []string{srv.URL + "/archive.zip"}, Dir: t.TempDir(), Append: l.append, View: l.view, Log: testLogger(t),
		Sleep: func(_ context.Context, d time.Duration) error {
			waits = append(waits, d)
			if len(waits) == 3 {
				cancel()
				return context.Canceled
			}
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	sy.Every(ctx, 6*time.Hour)
	if fmt.Sprint(waits) != "[6h0m0s 6h0m0s 6h0m0s]" || len(pub.Agents()) != 3 || pub.Full() != 1 {
		t.Errorf("waits %v, %d requests, %d downloads; want 3 waits of 6h, 3 requests, 1 download", waits, len(pub.Agents()), pub.Full())
	}
	if len(l.log) == 0 {
		t.Error("the scheduled sync appended nothing")
	}
}
