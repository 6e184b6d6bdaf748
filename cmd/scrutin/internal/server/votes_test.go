package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/internal/trustee"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
	"github.com/scrutin/scrutin/verifier"
)

// clock is a settable clock shared by the server and its store.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Microsecond) // never still: stamps stay distinct
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// election is a running server with a ceremony done and a vote open.
type electionEnv struct {
	t        *testing.T
	srv      *server.Server
	url      string
	admin    string
	clock    *clock
	c        *client.Client
	trustees []*trustee.Trustee
}

func (e *electionEnv) adminPost(path string, in any) {
	e.t.Helper()
	b, _ := json.Marshal(in)
	if code, body := do(e.t, "POST", e.url+path, e.admin, string(b)); code != 201 {
		e.t.Fatalf("POST %s: %d %s", path, code, trim(body))
	}
}

func (e *electionEnv) size() uint64 {
	n, _ := e.srv.Ledger.Log.Size(context.Background())
	return n
}

func newElection(t *testing.T) *electionEnv {
	t.Helper()
	dir := t.TempDir()
	clk := &clock{t: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	s, err := server.Open(server.Config{DataDir: dir, Origin: "scrutin.test/log", Demo: true, RatePerSecond: 1e6, Burst: 1e6, Now: clk.Now, PartnerScheme: "http"})
	if err != nil {
		t.Fatal(err)
	}
	url, _ := serve(t, s)
	ctx := context.Background()
	e := &electionEnv{t: t, srv: s, url: url, admin: readToken(t, dir), clock: clk, c: client.New(url)}

	// The ceremony: three trustees, any two decrypt.
	created := domain.ElectionCreated{Election: "e2026", Threshold: 2}
	for _, name := range []string{"Alice", "Bruno", "Chloé"} {
		tr, err := trustee.Init(t.TempDir(), name)
		if err != nil {
			t.Fatal(err)
		}
		e.trustees = append(e.trustees, tr)
		created.Trustees = append(created.Trustees, tr.Info())
	}
	e.adminPost("/api/v1/admin/elections", created)
	for _, tr := range e.trustees {
		if err := tr.Deal(ctx, e.c, "e2026"); err != nil {
			t.Fatal(err)
		}
	}
	e.adminPost("/api/v1/admin/streams/bill-pjl07-405/events", map[string]any{"expected": "no_stream", "events": []any{
		map[string]any{"type": "BillIntroduced", "data": domain.BillIntroduced{Bill: "pjl07-405", Type: domain.BillProjet, Title: "Création et Internet"}},
	}})
	for _, id := range []string{"v1", "v2"} {
		e.adminPost("/api/v1/admin/votes", domain.VoteOpened{Vote: domain.VoteID(id), Bill: "pjl07-405", Stage: "final",
			Question: "Approuvez-vous ce texte ?", Options: []string{"Pour", "Contre", "Abstention"}, Election: "e2026",
			Opens: clk.Now().Add(-time.Minute), Closes: clk.Now().Add(time.Hour), MinGroup: 5})
	}
	return e
}

// TestVoteEndToEnd: a ceremony with 3 trustees (threshold 2), 1,000 voters
// in several districts cast ballots over HTTP (some vote again, one
// credential is revoked, invalid ballots are refused), the vote closes, two
// trustees decrypt, and the published tally equals the choices made.
func TestVoteEndToEnd(t *testing.T) {
	nVoters := 1000
	if testing.Short() {
		nVoters = 150
	}
	e := newElection(t)
	ctx := context.Background()
	vote, err := e.c.Vote(ctx, "v1")
	if err != nil {
		t.Fatal(err)
	}
	if vote.Status != "open" || vote.ElectionKey == "" {
		t.Fatalf("vote: %+v", vote)
	}
	logKey, err := e.c.LogKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	districts := []domain.District{"75-01", "75-02", "13-04", "69-03", "974-01", "2A-01", "099-05"}
	type cast struct {
		voter    *client.Voter
		district domain.District
		choice   int
		receipt  *client.Receipt
		ballot   *domain.BallotCast
	}
	casts := make([]*cast, nVoters)
	var wg sync.WaitGroup
	errc := make(chan error, nVoters)
	sem := make(chan struct{}, 32)
	for i := range casts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			v, _ := client.NewVoter()
			c := &cast{voter: v, district: districts[i%len(districts)], choice: i % 3}
			casts[i] = c
			if err := e.c.Register(ctx, v, c.district); err != nil {
				errc <- fmt.Errorf("register %d: %w", i, err)
				return
			}
			if i%10 == 0 { // a first ballot, replaced below
				b, _ := v.Encrypt(vote, (c.choice+1)%3)
				if _, err := e.c.Cast(ctx, b); err != nil {
					errc <- fmt.Errorf("cast %d: %w", i, err)
					return
				}
			}
			b, err := v.Encrypt(vote, c.choice)
			if err != nil {
				errc <- err
				return
			}
			c.ballot = b
			if c.receipt, err = e.c.Cast(ctx, b); err != nil {
				errc <- fmt.Errorf("cast %d: %w", i, err)
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}
	for _, i := range []int{0, 1, nVoters - 1} {
		if err := e.c.CheckReceiptFor(ctx, casts[i].receipt, casts[i].ballot, logKey); err != nil {
			t.Fatalf("receipt of voter %d: %v", i, err)
		}
	}

	// Refusals: each with a clear 4xx, nothing appended.
	refuse := func(name string, want int, msg string, fn func() error) {
		t.Helper()
		before := e.size()
		err := fn()
		var ce *client.Error
		if !errors.As(err, &ce) || ce.Status != want || !strings.Contains(ce.Message, msg) {
			t.Fatalf("%s: got %v, want %d with %q", name, err, want, msg)
		}
		if n := e.size(); n != before {
			t.Fatalf("%s: the log grew by %d", name, n-before)
		}
	}
	good := casts[1].ballot
	refuse("bad proof", 422, "ballot-proof", func() error {
		b, _ := casts[1].voter.Encrypt(vote, 1)
		forged, _ := election.UnmarshalBallot(b.Ballot)
		raw, _ := forged.MarshalBinary()
		other, _ := casts[1].voter.Encrypt(vote, 2)
		// One ballot with the 0-or-1 proof of its derived last option
		// (protocol v2: the last 224 bytes, four points and three
		// scalars) taken from another: every point is valid, the proof
		// is not.
		mixed := append(append([]byte{}, raw[:len(raw)-224]...), other.Ballot[len(raw)-224:]...)
		ev := *b
		ev.Ballot = mixed
		copy(ev.Signature[:], election.SignBallot(casts[1].voter.Private, []byte("v1"), mixed))
		_, err := e.c.Cast(ctx, &ev)
		return err
	})
	refuse("replayed into another vote", 422, "ballot-signature", func() error {
		ev := *good
		ev.Vote = "v2"
		_, err := e.c.Cast(ctx, &ev)
		return err
	})
	refuse("replayed into another vote, re-signed", 422, "ballot-proof", func() error {
		ev := *good
		ev.Vote = "v2"
		copy(ev.Signature[:], election.SignBallot(casts[1].voter.Private, []byte("v2"), ev.Ballot))
		_, err := e.c.Cast(ctx, &ev)
		return err
	})
	stranger, _ := client.NewVoter()
	refuse("unregistered credential", 422, "eligibility", func() error {
		b, _ := stranger.Encrypt(vote, 0)
		_, err := e.c.Cast(ctx, b)
		return err
	})
	refuse("malformed encoding", 422, "ballot", func() error {
		ev := *good
		ev.Ballot = ev.Ballot[:len(ev.Ballot)-1]
		_, err := e.c.Cast(ctx, &ev)
		return err
	})
	refuse("second registration", 409, "one-registration", func() error {
		return e.c.Register(ctx, casts[2].voter, "75-01")
	})
	refuse("unknown district", 422, "not one of the 577", func() error {
		return e.c.Register(ctx, stranger, "75-99")
	})
	// One credential revoked: its ballots no longer count, new ones refused.
	revoked := casts[3]
	e.adminPost("/api/v1/admin/voters/"+revoked.voter.Credential().String()+"/revoke", map[string]string{"reason": "appareil perdu"})
	refuse("revoked credential", 422, "revoked", func() error {
		b, _ := revoked.voter.Encrypt(vote, 0)
		_, err := e.c.Cast(ctx, b)
		return err
	})
	got, _ := e.c.Vote(ctx, "v1")
	if got.Turnout.Total != uint64(nVoters-1) {
		t.Fatalf("turnout %d, want %d", got.Turnout.Total, nVoters-1)
	}

	// Close: the clock passes the closing time, the server closes the vote.
	e.clock.Advance(2 * time.Hour)
	waitFor(t, func() bool {
		v1, _ := e.c.Vote(ctx, "v1")
		v2, _ := e.c.Vote(ctx, "v2")
		// v2 has no ballot: tallied at its close, with an empty tally.
		return v1.Status == "closed" && v2.Status == "tallied" && v2.Tally != nil && len(v2.Tally.Groups) == 0
	})
	refuse("ballot after close", 422, "closed", func() error {
		b, _ := casts[5].voter.Encrypt(vote, 0)
		_, err := e.c.Cast(ctx, b)
		return err
	})

	// A share with a bad proof is refused.
	refuse("share with a bad proof", 422, "decryption-proof", func() error {
		var sums struct{ Ciphertexts []string }
		if err := e.c.Get(ctx, "/api/v1/votes/v1/sums", &sums); err != nil {
			return err
		}
		ev := &domain.TallyShareSubmitted{Vote: "v1", Trustee: 2, Partial: []byte("x")}
		domain.SignAsTrustee(e.trustees[1].Sign, ev)
		return e.c.Post(ctx, "/api/v1/votes/v1/shares", map[string]any{"trustee": 2, "first": 0, "partial": ev.Partial, "signature": ev.Signature[:]}, nil)
	})
	// A trustee refuses to decrypt sums that are not the log's.
	lying := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		r.Header.Del("Accept-Encoding") // it rewrites the body: ask for it plain
		e.srv.Handler.ServeHTTP(rec, r)
		body := rec.Body.String()
		if strings.HasSuffix(r.URL.Path, "/sums") {
			var s map[string]any
			json.Unmarshal([]byte(body), &s)
			cts := s["ciphertexts"].([]any)
			cts[0], cts[1] = cts[1], cts[0]
			b, _ := json.Marshal(s)
			body = string(b)
		}
		w.WriteHeader(rec.Code)
		w.Write([]byte(body))
	}))
	defer lying.Close()
	if err := e.trustees[1].Decrypt(ctx, client.New(lying.URL), logKey, "v1"); !errors.Is(err, trustee.ErrSumsDiffer) {
		t.Fatalf("trustee shown other sums: got %v, want ErrSumsDiffer", err)
	}

	// Trustees 1 and 3 decrypt; the server publishes the tally.
	for _, i := range []int{0, 2} {
		if err := e.trustees[i].Decrypt(ctx, e.c, logKey, "v1"); err != nil {
			t.Fatalf("trustee %d: %v", i+1, err)
		}
	}
	final, err := e.c.Vote(ctx, "v1")
	if err != nil || final.Tally == nil {
		t.Fatalf("no tally published: %v", err)
	}
	want := map[domain.District][]uint64{}
	for i, c := range casts {
		if i == 3 {
			continue // revoked
		}
		if want[c.district] == nil {
			want[c.district] = make([]uint64, 3)
		}
		want[c.district][c.choice]++
	}
	var total uint64
	for _, g := range final.Tally.Groups {
		exp := make([]uint64, 3)
		for _, d := range g.Districts {
			for j := range exp {
				exp[j] += want[d][j]
			}
		}
		if fmt.Sprint(exp) != fmt.Sprint(g.Counts) {
			t.Fatalf("group %s: counts %v, want %v", g.Name, g.Counts, exp)
		}
		total += g.Voters
	}
	if total != uint64(nVoters-1) {
		t.Fatalf("tally counts %d voters, want %d", total, nVoters-1)
	}
	// Receipts after the tally: in the closing checkpoint, with a status.
	for _, i := range []int{0, 1, 3} {
		r, err := e.c.Receipt(ctx, casts[i].receipt.Tracking)
		if err != nil {
			t.Fatal(err)
		}
		if err := client.CheckReceipt(r, logKey); err != nil || r.Closing == nil || !r.Tallied {
			t.Fatalf("receipt %d after the tally: %v (closing %v, tallied %v)", i, err, r.Closing != nil, r.Tallied)
		}
		wantStatus := "counted"
		if i == 3 {
			wantStatus = "revoked"
		}
		if r.Status != wantStatus {
			t.Fatalf("receipt %d: status %s, want %s", i, r.Status, wantStatus)
		}
	}
	// A credential revoked after the close still counts (docs/VOTING.md):
	// in the turnout the API serves, in its receipt, and for the verifier.
	late := casts[1]
	e.adminPost("/api/v1/admin/voters/"+late.voter.Credential().String()+"/revoke", map[string]string{"reason": "appareil perdu"})
	after, err := e.c.Vote(ctx, "v1")
	if err != nil || after.Turnout.Total != uint64(nVoters-1) {
		t.Fatalf("turnout after a revocation after the close: %d (%v), want %d", after.Turnout.Total, err, nVoters-1)
	}
	if r, err := e.c.Receipt(ctx, late.receipt.Tracking); err != nil || r.Status != "counted" {
		t.Fatalf("receipt of a credential revoked after the close: %+v %v, want counted", r, err)
	}
	src, err := verifier.NewHTTPSource(e.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := verifier.Audit(ctx, src, verifier.Config{})
	if err != nil || rep.Exit != 0 {
		t.Fatalf("scrutin-verify after a revocation after the close: exit %d, %v", rep.Exit, err)
	}
	t.Logf("%d voters, tally %v", nVoters, final.Tally.Groups)
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	// Far above the quiet time (a few seconds): a loaded 2-core machine
	// must not fail a test that would pass; cond ends the wait as it holds.
	deadline := time.Now().Add(5 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
