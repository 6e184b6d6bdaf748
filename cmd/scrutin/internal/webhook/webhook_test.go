package webhook_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/news"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/webhook"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

func TestSignVerify(t *testing.T) {
	secret := []byte("0123456789abcdef0123")
	now := time.Unix(1_800_000_000, 0)
	body := []byte(`{"id":"x"}`)
	h := webhook.Sign(secret, now, body)
	if !strings.HasPrefix(h, "t=1800000000,v1=") || len(h) != len("t=1800000000,v1=")+64 {
		t.Fatalf("header %q", h)
	}
	if err := webhook.Verify(secret, h, body, now.Add(time.Minute), 5*time.Minute); err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		secret []byte
		header string
		body   []byte
		now    time.Time
	}{
		"tampered body":   {secret, h, []byte(`{"id":"y"}`), now},
		"other secret":    {[]byte("another secret 0123"), h, body, now},
		"too old":         {secret, h, body, now.Add(6 * time.Minute)},
		"from the future": {secret, h, body, now.Add(-6 * time.Minute)},
		"no signature":    {secret, "t=1800000000", body, now},
		"no time":         {secret, h[strings.Index(h, ",")+1:], body, now},
		"not hex":         {secret, "t=1800000000,v1=zz", body, now},
	} {
		if err := webhook.Verify(tc.secret, tc.header, tc.body, tc.now, 5*time.Minute); !errors.Is(err, webhook.ErrSignature) {
			t.Errorf("%s: %v, want ErrSignature", name, err)
		}
	}
}

func TestLoadEndpoints(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	os.WriteFile(good, []byte("  a-secret-of-enough-bytes\n"), 0o600)
	short := filepath.Join(dir, "short")
	os.WriteFile(short, []byte("short"), 0o600)
	for name, tc := range map[string]struct{ conf, want string }{
		"ok":            {`{"endpoints":[{"name":"a","url":"https://a.example/h","secret_file":%q,"events":["vote.closed"]}]}`, ""},
		"unknown field": {`{"endpoints":[{"name":"a","url":"https://a.example/h","secret_file":%q,"secret":"x"}]}`, "unknown field"},
		"short secret":  {`{"endpoints":[{"name":"a","url":"https://a.example/h","secret_file":%q}]}`, "shorter than 16"},
		"bad url":       {`{"endpoints":[{"name":"a","url":"ftp://a.example/h","secret_file":%q}]}`, "not an http(s) URL"},
		"bad event":     {`{"endpoints":[{"name":"a","url":"https://a.example/h","secret_file":%q,"events":["vote.cast"]}]}`, "unknown event"},
		"twice":         {`{"endpoints":[{"name":"a","url":"https://a.example/h","secret_file":%[1]q},{"name":"a","url":"https://b.example/h","secret_file":%[1]q}]}`, "unique name"},
	} {
		f := good
		if name == "short secret" {
			f = short
		}
		p := filepath.Join(dir, "conf.json")
		os.WriteFile(p, fmt.Appendf(nil, tc.conf, f), 0o600)
		eps, err := webhook.LoadEndpoints(p)
		switch {
		case tc.want == "" && (err != nil || len(eps) != 1):
			t.Errorf("%s: %v", name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want an error saying %q", name, err, tc.want)
		}
	}
}

// memLog is a log in memory: a projections.Source.
type memLog struct {
	mu      sync.Mutex
	entries [][]byte
	more    chan struct{}
}

func newMemLog() *memLog { return &memLog{more: make(chan struct{})} }

func (l *memLog) add(t *testing.T, stream domain.StreamID, ev domain.Event) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	b, err := domain.MarshalEntry(domain.Envelope{Stream: stream, Time: time.Unix(1_800_000_000+int64(len(l.entries)), 0).UTC(), Event: ev})
	if err != nil {
		t.Fatal(err)
	}
	l.entries = append(l.entries, b)
	close(l.more)
	l.more = make(chan struct{})
}

func (l *memLog) SubscribeAll(ctx context.Context, from uint64, fn func(uint64, []byte) error) error {
	for {
		l.mu.Lock()
		es, more := l.entries, l.more
		l.mu.Unlock()
		for ; from < uint64(len(es)); from++ {
			if err := fn(from, es[from]); err != nil {
				return err
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-more:
		}
	}
}

var _ projections.Source = (*memLog)(nil)

// receiver records deliveries; fail decides, per delivery, to fail it.
type receiver struct {
	mu   sync.Mutex
	got  []news.Item
	at   []time.Time
	fail func(n int) bool
	n    int
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.n++
	rc.at = append(rc.at, time.Now())
	if rc.fail != nil && rc.fail(rc.n) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	var it news.Item
	json.Unmarshal(body, &it)
	rc.got = append(rc.got, it)
}

func (rc *receiver) items() []news.Item {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return append([]news.Item(nil), rc.got...)
}

// wait polls cond with a deadline far above the quiet time (well under a
// second): a loaded 2-core machine under -race must not miss it.
func wait(t *testing.T, cond func() bool) {
	t.Helper()
	waitUpTo(t, 3*time.Minute, cond)
}

func waitUpTo(t *testing.T, d time.Duration, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(d); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
	}
}

func bills(t *testing.T, l *memLog, from, n int) {
	for i := from; i < from+n; i++ {
		b := domain.BillID(fmt.Sprint("b", i))
		l.add(t, domain.BillStream(b), &domain.BillIntroduced{Bill: b, Type: domain.BillProjet, Title: "Texte"})
	}
}

// TestOutbox: each endpoint gets the news it asked for, in log order even
// when it fails for a while (later items wait behind a retry); retries back
// off, capped; deliveries queued while an endpoint is down survive a
// restart, and the cursor is not replayed.
func TestOutbox(t *testing.T) {
	l := newMemLog()
	bills(t, l, 0, 5)
	l.add(t, domain.VoteStream("v"), &domain.VoteClosed{Vote: "v"})
	all := &receiver{fail: func(n int) bool { return n <= 5 }} // five failures in a row
	closes := &receiver{}
	srvAll, srvCloses := httptest.NewServer(all), httptest.NewServer(closes)
	defer srvAll.Close()
	defer srvCloses.Close()
	secret := []byte("0123456789abcdef")
	eps := []webhook.Endpoint{
		webhook.Endpoint{Name: "all", URL: srvAll.URL}.WithSecret(secret),
		webhook.Endpoint{Name: "closes", URL: srvCloses.URL, Events: []string{news.VoteClosed}}.WithSecret(secret),
	}
	path := filepath.Join(t.TempDir(), "webhooks.db")
	run := func(eps []webhook.Endpoint) (*webhook.Outbox, func()) {
		o, err := webhook.Open(webhook.Config{Path: path, Endpoints: eps, Source: l, MinBackoff: 20 * time.Millisecond, MaxBackoff: 80 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- o.Run(ctx) }()
		return o, func() {
			cancel()
			if err := <-done; err != nil {
				t.Error(err)
			}
			o.Close()
		}
	}
	o, stop := run(eps)
	// Received and off the queue: stopped between the two, a delivery
	// is sent again at the next start (at least once, by design), and
	// the next phase would count it pending.
	wait(t, func() bool { return len(all.items()) == 6 && len(closes.items()) == 1 && o.Pending() == 0 })
	stop()
	for i, it := range all.items() {
		if it.Position != uint64(i) {
			t.Fatalf("endpoint all got position %d at %d: out of order", it.Position, i)
		}
	}
	if it := closes.items()[0]; it.Type != news.VoteClosed || it.Vote != "v" || it.Position != 5 {
		t.Fatalf("endpoint closes got %+v", it)
	}
	all.mu.Lock()
	for i := 1; i < 6; i++ { // attempts 1..6 of item 0: five failures
		gap := all.at[i].Sub(all.at[i-1])
		if gap < 15*time.Millisecond || gap > 80*12/10*time.Millisecond+300*time.Millisecond {
			t.Errorf("retry %d after %v: want between MinBackoff·0.8 and MaxBackoff·1.2 (+ slack)", i, gap)
		}
	}
	all.mu.Unlock()

	// Down: the deliveries queue, and survive a restart.
	down := &receiver{fail: func(int) bool { return true }}
	srvDown := httptest.NewServer(down)
	eps[0].URL = srvDown.URL
	o, stop = run(eps[:1])
	bills(t, l, 5, 4)
	wait(t, func() bool { return o.Cursor() == 10 && o.Pending() == 4 })
	stop()
	srvDown.Close()
	o, stop = run(eps[:1])
	if n := o.Pending(); n != 4 {
		t.Fatalf("%d deliveries pending after a restart, want 4", n)
	}
	stop()
	eps[0].URL = srvAll.URL
	o, stop = run(eps[:1])
	wait(t, func() bool { return len(all.items()) == 10 && o.Pending() == 0 })
	time.Sleep(100 * time.Millisecond)
	if n := len(all.items()); n != 10 || o.Pending() != 0 {
		t.Fatalf("got %d items (want 10), %d pending", n, o.Pending())
	}
	stop()
}

// TestOutboxThroughput measures how fast the outbox queues a log's news
// (an import's burst) and delivers it to a receiver that answers at once.
func TestOutboxThroughput(t *testing.T) {
	if testing.Short() {
		t.Skip("a throughput measurement")
	}
	const n = 5000
	l := newMemLog()
	bills(t, l, 0, n)
	rc := &receiver{}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	o, err := webhook.Open(webhook.Config{Path: filepath.Join(t.TempDir(), "webhooks.db"), Source: l,
		Endpoints: []webhook.Endpoint{webhook.Endpoint{Name: "fast", URL: srv.URL}.WithSecret([]byte("0123456789abcdef"))}})
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	start := time.Now()
	go func() { done <- o.Run(ctx) }()
	waitUpTo(t, 2*time.Minute, func() bool { return o.Cursor() == n })
	queued := time.Since(start)
	waitUpTo(t, 2*time.Minute, func() bool { return len(rc.items()) == n })
	delivered := time.Since(start)
	cancel()
	<-done
	t.Logf("%d news items: queued in %v (%.0f/s), delivered in %v (%.0f/s)", n, queued.Round(time.Millisecond), n/queued.Seconds(), delivered.Round(time.Millisecond), n/delivered.Seconds())
}

// TestExample: the example configuration in deploy/ parses (with secrets
// of its own).
func TestExample(t *testing.T) {
	b, err := os.ReadFile("../../../../deploy/examples/webhooks.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret")
	os.WriteFile(secret, []byte("an example secret, long enough"), 0o600)
	p := filepath.Join(dir, "webhooks.json")
	os.WriteFile(p, bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("/run/secrets/webhook-trustees"), []byte(secret)), []byte("/run/secrets/webhook-newsroom"), []byte(secret)), 0o600)
	if eps, err := webhook.LoadEndpoints(p); err != nil || len(eps) != 2 {
		t.Fatalf("deploy/examples/webhooks.json: %v", err)
	}
}

// TestOutboxRevision: an amendment tabled again (a corrected version) is
// amendment.revised, within a batch and across a restart; a parliamentary
// vote recorded again is parliament_vote.revised; a stage tabled again (its
// text republished) is bill.revised marked as a revision.
func TestOutboxRevision(t *testing.T) {
	l := newMemLog()
	am := func(id string) {
		l.add(t, domain.BillStream("b"), &domain.AmendmentTabled{Bill: "b", Stage: "s", Amendment: id, Number: id, Authors: []string{"X"}, Part: 1, Parts: 1, Dispositif: "Texte."})
	}
	rc := &receiver{}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "webhooks.db")
	run := func(n int) {
		o, err := webhook.Open(webhook.Config{Path: path, Source: l,
			Endpoints: []webhook.Endpoint{webhook.Endpoint{Name: "e", URL: srv.URL}.WithSecret([]byte("0123456789abcdef"))}})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- o.Run(ctx) }()
		// Received and taken off the queue: stopped before its
		// acknowledgement is recorded, a delivery is sent again at the
		// next start (at least once, by design), which this test does not
		// count.
		wait(t, func() bool { return len(rc.items()) == n && o.Pending() == 0 })
		cancel()
		<-done
		o.Close()
	}
	vote := func(adopted bool) {
		l.add(t, domain.ScrutinStream("VT1"), &domain.ParliamentVoteRecorded{Scrutin: "VT1", Bill: "b", Title: "l'ensemble", Adopted: adopted, Part: 1, Parts: 1})
	}
	stage := func() {
		l.add(t, domain.BillStream("b"), &domain.StageTabled{Bill: "b", Stage: "S", Label: "Dépôt", Step: "depot"})
	}
	am("A")
	am("C")
	am("C")
	vote(false)
	stage()
	run(5)
	am("A")
	am("B")
	vote(true)
	stage()
	run(9)
	var got []string
	for _, it := range rc.items() {
		s := it.Amendment + it.Scrutin + ":" + it.Type
		if it.Type == news.BillRevised {
			s = it.Stage + ":" + it.Type
		}
		if it.Revision {
			s += "+"
		}
		got = append(got, s)
	}
	if want := "A:amendment.tabled C:amendment.tabled C:amendment.revised+ VT1:parliament_vote.recorded S:bill.revised A:amendment.revised+ B:amendment.tabled VT1:parliament_vote.revised+ S:bill.revised+"; strings.Join(got, " ") != want {
		t.Fatalf("got %v, want %s", got, want)
	}
}
