package sync

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/sync/synctest"
	"github.com/scrutin/scrutin/domain"
)

type testWriter struct{ t testing.TB }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}

func testLogger(t testing.TB) *slog.Logger { return slog.New(slog.NewTextHandler(testWriter{t}, nil)) }

// newTestSyncer syncs l with the publisher's archive; it never sleeps, and
// records the waits it was asked for.
func newTestSyncer(t testing.TB, url, dir string, appendFn func(context.Context, domain.StreamID, domain.Event) error, l *memLedger, slept *[]time.Duration) *Syncer {
	t.Helper()
	sy, err := New(Config{Sources: []string{url}, Dir: dir, Append: appendFn, View: l.view, Log: testLogger(t),
		Sleep: func(_ context.Context, d time.Duration) error {
			if slept != nil {
				*slept = append(*slept, d)
			}
			return nil
		},
		BatchFiles: 20, Backoff: 2 * time.Second, MaxBackoff: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return sy
}

func runOne(t testing.TB, sy *Syncer) SourceReport {
	t.Helper()
	reports, _ := sy.Run(context.Background())
	if len(reports) != 1 {
		t.Fatalf("%d reports, want 1", len(reports))
	}
	t.Log(reports[0])
	return reports[0]
}

// snapshot prints what a ledger's state holds of bills, amendments and
// votes (not how it got there: versions are left out), to compare an
// incremental sync with a sync from scratch.
func snapshot(s *domain.State) string {
	var lines []string
	for b := range s.Bills {
		lines = append(lines, "bill "+string(b))
	}
	l := s.Law()
	for b, ss := range l.Stages {
		for id, st := range ss {
			lines = append(lines, fmt.Sprintf("stage %s %s %s %d", b, id, st.Tabled.Date.Format(time.DateOnly), len(st.Articles)))
		}
	}
	for b, as := range l.Amendments {
		for id, a := range as {
			lines = append(lines, fmt.Sprintf("amendment %s %s %q %q %q %s", b, id, a.Dispositif, a.Expose, a.Outcome, a.Tabled.Number))
		}
	}
	for id, v := range l.Scrutins {
		lines = append(lines, fmt.Sprintf("vote %s %s %v %d", id, v.Recorded.Bill, v.Recorded.Adopted, len(v.Ballots)))
	}
	for id, d := range l.Deputies {
		lines = append(lines, fmt.Sprintf("deputy %s %+v", id, *d))
	}
	for id, g := range l.Groups {
		lines = append(lines, fmt.Sprintf("group %s %+v", id, *g))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestTimeline is the fixture publisher's simulated timeline: day 1, day 2
// with new bills, new, corrected and decided amendments and new votes, day
// 3 with a truncated then a corrupt archive. Each sync takes exactly that
// day's changes (the state equals a sync from scratch of the same
// archive), corrections are revisions kept in the log, and day 3 changes
// nothing and says why.
func TestTimeline(t *testing.T) {
	day1, day2 := synctest.Timeline(t)
	pub := &synctest.Publisher{}
	srv := httptest.NewServer(pub)
	defer srv.Close()
	url := srv.URL + "/archive.zip"
	l := newMemLedger()
	var slept []time.Duration
	dir := t.TempDir()
	sy := newTestSyncer(t, url, dir, l.append, l, &slept)
	// An archive left by a killed sync is removed by the next.
	stale := filepath.Join(dir, "archive-123.zip.part")
	if err := os.WriteFile(stale, []byte("PK"), 0o644); err != nil {
		t.Fatal(err)
	}

	// fresh is the state a sync of one archive gives an empty ledger.
	fresh := func(zip []byte) string {
		p := &synctest.Publisher{}
		p.Publish(zip, time.Now())
		s := httptest.NewServer(p)
		defer s.Close()
		f := newMemLedger()
		if r := runOne(t, newTestSyncer(t, s.URL+"/archive.zip", t.TempDir(), f.append, f, nil)); r.Status != Imported {
			t.Fatalf("fresh sync: %v", r)
		}
		return snapshot(f.s)
	}

	// Day 1, served after a 503 and a 429 (Retry-After: 7).
	zip1 := synctest.Zip(t, day1)
	pub.Publish(zip1, time.Date(2025, 5, 28, 18, 0, 0, 0, time.UTC))
	pub.Fail(http.StatusServiceUnavailable, http.StatusTooManyRequests)
	r := runOne(t, sy)
	if r.Status != Imported || r.Err != nil {
		t.Fatalf("day 1: %v", r)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Errorf("the stale archive is still there")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.part")); len(left) != 0 {
		t.Errorf("temporary archives left: %v", left)
	}
	if want := []time.Duration{2 * time.Second, 7 * time.Second}; fmt.Sprint(slept) != fmt.Sprint(want) {
		t.Errorf("waits: got %v, want %v (backoff, then Retry-After)", slept, want)
	}
	c := r.Changes
	if c.NewBills != 1 || c.NewAmendments != 15 || c.RevisedAmendments != 0 || c.NewScrutins != 1 || c.Deputies != 109 || c.Groups != 11 {
		t.Errorf("day 1 changes: %v", c)
	}
	if got, want := snapshot(l.s), fresh(zip1); got != want {
		t.Errorf("day 1: the ledger differs from a sync from scratch")
	}
	am := func(n string) *domain.AmendmentState {
		return l.s.Law().Amendments["PIONANR5L17B0949"]["AMANR5L17PO59046B0949P0D1N00000"+n]
	}
	if am("3").Outcome != "" || am("4").Outcome != "" || !strings.HasPrefix(am("5").Dispositif, "Première rédaction.") {
		t.Fatalf("day 1 amendments: %q %q %q", am("3").Outcome, am("4").Outcome, am("5").Dispositif)
	}

	// The same archive again: a conditional request, a 304, nothing read.
	full := pub.Full()
	if r := runOne(t, sy); r.Status != NotModified || r.Events != 0 || pub.Full() != full {
		t.Fatalf("day 1 again: %v (%d full downloads)", r, pub.Full()-full)
	}

	// Day 2.
	zip2 := synctest.Zip(t, day2)
	pub.Publish(zip2, time.Date(2025, 6, 4, 18, 0, 0, 0, time.UTC))
	n1 := len(l.log)
	r = runOne(t, sy)
	if r.Status != Imported {
		t.Fatalf("day 2: %v", r)
	}
	c = r.Changes
	if c.NewBills != 2 || c.NewAmendments != 10 || c.RevisedAmendments != 1 || c.NewScrutins != 3 || c.RevisedScrutins != 0 || c.Deputies != 0 || c.Groups != 0 {
		t.Errorf("day 2 changes: %v", c)
	}
	if got, want := snapshot(l.s), fresh(zip2); got != want {
		t.Errorf("day 2: the ledger differs from a sync from scratch:\n%s", firstDiff(got, want))
	}
	if am("3").Outcome != "withdrawn" || am("4").Outcome != "adopted" {
		t.Errorf("day 2 outcomes: %q, %q; want withdrawn, adopted", am("3").Outcome, am("4").Outcome)
	}
	if a := am("5"); a.Version != 1 || strings.Contains(a.Dispositif, "Première rédaction") {
		t.Errorf("day 2 corrected amendment: version %d, %q", a.Version, a.Dispositif)
	}
	// The history: both wordings of amendment 5 are in the log, in order.
	var wordings []string
	for _, env := range l.log {
		if e, ok := env.Event.(*domain.AmendmentTabled); ok && e.Amendment == "AMANR5L17PO59046B0949P0D1N000005" {
			wordings = append(wordings, e.Dispositif)
		}
	}
	if len(wordings) != 2 || !strings.HasPrefix(wordings[0], "Première rédaction.") || wordings[1] != am("5").Dispositif {
		t.Errorf("amendment 5 in the log: %q", wordings)
	}
	for b, ss := range l.s.Law().Stages {
		for id, st := range ss {
			if st.Tabled.Date.IsZero() {
				t.Errorf("bill %s, stage %s: no date", b, id)
			}
		}
	}
	// Day 2's sync appended only day 2's events: none is a repeat.
	for _, env := range l.log[n1:] {
		if _, ok := env.Event.(*domain.DeputyRecorded); ok {
			t.Errorf("day 2 recorded a deputy again")
			break
		}
	}

	// Day 3: the archive is truncated, then corrupt. Refused whole.
	n2 := len(l.log)
	for name, body := range map[string][]byte{"truncated": zip2[:len(zip2)*6/10], "corrupt": corrupt(zip2)} {
		pub.Publish(body, time.Date(2025, 6, 5, 18, 0, 0, 0, time.UTC))
		r = runOne(t, sy)
		var ae *ArchiveError
		if r.Status != Refused || !errors.As(r.Err, &ae) || r.Events != 0 || len(l.log) != n2 {
			t.Errorf("day 3 %s: %v; %d events appended", name, r, len(l.log)-n2)
		}
		if !strings.Contains(r.String(), "refused, nothing imported") {
			t.Errorf("day 3 %s: the report does not say why: %s", name, r)
		}
	}
	// The cursor still holds day 2: day 2 served again is not modified.
	pub.Publish(zip2, time.Date(2025, 6, 4, 18, 0, 0, 0, time.UTC))
	if r := runOne(t, sy); r.Status != NotModified {
		t.Errorf("day 2 after day 3: %v", r)
	}
	for _, ua := range pub.Agents() {
		if ua != UserAgent {
			t.Fatalf("User-Agent %q, want %q", ua, UserAgent)
		}
	}
}

// corrupt flips bytes in the middle of an archive: an entry's data.
func corrupt(z []byte) []byte {
	b := append([]byte(nil), z...)
	for i := len(b) / 2; i < len(b)/2+16; i++ {
		b[i] ^= 0x5a
	}
	return b
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "got  " + al[i] + "\nwant " + bl[i]
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(al), len(bl))
}
