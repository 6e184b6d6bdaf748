package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
)

// post sends body to path and returns the status and the answer.
func (e *electionEnv) post(path, ct, token string, body []byte) (int, string) {
	req, err := http.NewRequest("POST", e.url+path, bytes.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", ct)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(out)
}

// castBody is a ballot as a cast request: JSON, or the binary body
// (credential ‖ signature ‖ ballot).
func castBody(b *domain.BallotCast, binary bool) (string, []byte) {
	if binary {
		out := append([]byte{}, b.Credential[:]...)
		out = append(out, b.Signature[:]...)
		return "application/octet-stream", append(out, b.Ballot...)
	}
	j, _ := json.Marshal(map[string]any{"credential": b.Credential.String(), "ballot": b.Ballot, "signature": b.Signature[:]})
	return "application/json", j
}

// race runs fn(i) for i in [0, n) at once (released together) and returns
// the statuses and answers.
func race(n int, fn func(i int) (int, string)) ([]int, []string) {
	codes, msgs := make([]int, n), make([]string, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			<-start
			codes[i], msgs[i] = fn(i)
		})
	}
	close(start)
	wg.Wait()
	return codes, msgs
}

func count(codes []int, code int) int {
	n := 0
	for _, c := range codes {
		if c == code {
			n++
		}
	}
	return n
}

// TestConcurrentWrites is the regression test for a ballot written twice:
// one voter sending the same ballot bytes many times at the same instant
// (JSON and binary) got several acknowledged and written, after which the
// fold refused the log (ballot-replay) and every later write failed or
// hung. Over HTTP, round after round: concurrent copies of one ballot,
// re-votes racing each other, registrations of one credential racing,
// revocations and a close racing ballots. Then: one copy written per
// ballot, no writer left hanging, /readyz 200, and the verifier passes the
// served log.
func TestConcurrentWrites(t *testing.T) {
	rounds, copies := 12, 40
	if testing.Short() {
		rounds, copies = 4, 16
	}
	e := newElection(t)
	ctx := context.Background()
	vote, err := e.c.Vote(ctx, "v1")
	if err != nil {
		t.Fatal(err)
	}
	written := map[string]bool{} // tracking codes of acknowledged ballots
	for round := range rounds {
		// Concurrent copies of one ballot: exactly one is written.
		v, _ := client.NewVoter()
		if err := e.c.Register(ctx, v, "75-01"); err != nil {
			t.Fatal(err)
		}
		b, err := v.Encrypt(vote, round%3)
		if err != nil {
			t.Fatal(err)
		}
		before := e.size()
		codes, msgs := race(copies, func(i int) (int, string) {
			ct, body := castBody(b, i%2 == 1)
			return e.post("/api/v1/votes/v1/ballots", ct, "", body)
		})
		if n := count(codes, http.StatusCreated); n != 1 {
			t.Fatalf("round %d: %d of %d copies of one ballot acknowledged, want 1 (%v)", round, n, copies, codes)
		}
		for i, c := range codes {
			if c != http.StatusCreated && (c != http.StatusConflict || !strings.Contains(msgs[i], "ballot-replay")) {
				t.Fatalf("round %d: a copy got %d %s, want 409 ballot-replay", round, c, msgs[i])
			}
		}
		if got := e.size() - before; got != 1 {
			t.Fatalf("round %d: the log grew by %d for one ballot", round, got)
		}

		// Re-votes racing: every distinct ballot is written, the last counts.
		const revotes = 6
		bs := make([]*domain.BallotCast, revotes)
		for i := range bs {
			if bs[i], err = v.Encrypt(vote, i%3); err != nil {
				t.Fatal(err)
			}
		}
		codes, msgs = race(revotes, func(i int) (int, string) {
			ct, body := castBody(bs[i], i%2 == 0)
			return e.post("/api/v1/votes/v1/ballots", ct, "", body)
		})
		for i, c := range codes {
			if c != http.StatusCreated {
				t.Fatalf("round %d: re-vote %d: %d %s", round, i, c, msgs[i])
			}
			var rec struct {
				Tracking string `json:"tracking_code"`
			}
			if err := json.Unmarshal([]byte(msgs[i]), &rec); err != nil || rec.Tracking == "" || written[rec.Tracking] {
				t.Fatalf("round %d: re-vote %d: receipt %s (%v)", round, i, msgs[i], err)
			}
			written[rec.Tracking] = true
		}

		// Registrations of one credential racing: one wins.
		w, _ := client.NewVoter()
		codes, msgs = race(8, func(int) (int, string) {
			j, _ := json.Marshal(map[string]any{"credential": w.Credential().String(), "district": "13-04"})
			return e.post("/api/v1/register", "application/json", "", j)
		})
		if n := count(codes, http.StatusCreated); n != 1 {
			t.Fatalf("round %d: %d of 8 racing registrations of one credential succeeded (%v %v)", round, n, codes, msgs)
		}

		// A revocation racing the voter's ballots: each ballot is either
		// written before the revocation or refused after it.
		wb := make([]*domain.BallotCast, 8)
		for i := range wb {
			wb[i], _ = w.Encrypt(vote, i%3)
		}
		codes, msgs = race(len(wb)+1, func(i int) (int, string) {
			if i == len(wb) {
				j, _ := json.Marshal(map[string]string{"reason": "appareil perdu"})
				return e.post("/api/v1/admin/voters/"+w.Credential().String()+"/revoke", "application/json", e.admin, j)
			}
			ct, body := castBody(wb[i], i%2 == 0)
			return e.post("/api/v1/votes/v1/ballots", ct, "", body)
		})
		if codes[len(wb)] != http.StatusCreated {
			t.Fatalf("round %d: revocation: %d %s", round, codes[len(wb)], msgs[len(wb)])
		}
		for i, c := range codes[:len(wb)] {
			if c != http.StatusCreated && !(c == http.StatusUnprocessableEntity && strings.Contains(msgs[i], "eligibility")) {
				t.Fatalf("round %d: ballot racing a revocation: %d %s", round, c, msgs[i])
			}
		}
	}

	// A close racing ballots on v2: the ballots before VoteClosed are in,
	// the ones after are refused (vote-window).
	vote2, err := e.c.Vote(ctx, "v2")
	if err != nil {
		t.Fatal(err)
	}
	voters := make([]*client.Voter, 24)
	ballots := make([]*domain.BallotCast, len(voters))
	for i := range voters {
		voters[i], _ = client.NewVoter()
		if err := e.c.Register(ctx, voters[i], "69-03"); err != nil {
			t.Fatal(err)
		}
		ballots[i], _ = voters[i].Encrypt(vote2, i%3)
	}
	e.clock.Advance(time.Hour) // past the closing time, within the grace
	codes, msgs := race(len(ballots)+1, func(i int) (int, string) {
		if i == len(ballots) {
			return e.post("/api/v1/admin/votes/v2/close", "application/json", e.admin, []byte("{}"))
		}
		ct, body := castBody(ballots[i], i%2 == 1)
		return e.post("/api/v1/votes/v2/ballots", ct, "", body)
	})
	// The server's own closer may close v2 first (its time has passed):
	// then the explicit close is refused, and the race is the same.
	if c := codes[len(ballots)]; c != http.StatusCreated && !(c == http.StatusConflict && strings.Contains(msgs[len(ballots)], "vote-closed")) {
		t.Fatalf("close: %d %s", c, msgs[len(ballots)])
	}
	if v2, err := e.c.Vote(ctx, "v2"); err != nil || v2.Status == "open" {
		t.Fatalf("v2 after the close: %+v %v", v2, err)
	}
	for i, c := range codes[:len(ballots)] {
		if c != http.StatusCreated && !(c == http.StatusUnprocessableEntity && strings.Contains(msgs[i], "vote-window")) {
			t.Fatalf("ballot racing the close: %d %s", c, msgs[i])
		}
	}

	// Nothing stuck: the ledger takes writes and is ready.
	if code, body := do(t, "GET", e.url+"/readyz", "", ""); code != http.StatusOK {
		t.Fatalf("/readyz: %d %s", code, body)
	}
	late, _ := client.NewVoter()
	if err := e.c.Register(ctx, late, "75-02"); err != nil {
		t.Fatalf("a write after the races: %v", err)
	}

	// The auditor agrees: every rule holds, one ballot per credential.
	src, err := verifier.NewHTTPSource(e.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := verifier.Audit(ctx, src, verifier.Config{})
	if err != nil || rep.Exit != 0 {
		var sb strings.Builder
		for _, c := range rep.Checks {
			sb.WriteString(fmt.Sprintf("%+v\n", c))
		}
		t.Fatalf("scrutin-verify on the raced log: exit %d, %v\n%s", rep.Exit, err, sb.String())
	}
}

// TestFoldStopNeverHangsWriters: if the projections ever stop on a stored
// event (a bug), writes are refused at once with 503 and reads go on; no
// writer waits for a fold that will not come.
func TestFoldStopNeverHangsWriters(t *testing.T) {
	e := newElection(t)
	ctx := context.Background()
	// Write, behind the app's back, an event the fold refuses: v2's close
	// on v1's stream (rule stream), at the stream's next revision.
	var rev uint64
	e.srv.App.View(func(s *domain.State) { rev, _ = s.Revision(domain.VoteStream("v1")) })
	if _, err := e.srv.Ledger.Store.Append(ctx, domain.VoteStream("v1"), eventstore.Exact(rev), &domain.VoteClosed{Vote: "v2"}); err != nil {
		t.Fatal(err)
	}
	// Reads still answer; readiness says why not.
	deadline := time.Now().Add(time.Minute)
	for {
		code, body := do(t, "GET", e.url+"/readyz", "", "")
		if code == http.StatusServiceUnavailable {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz after a refused event: %d %s", code, body)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if code, body := do(t, "GET", e.url+"/api/v1/votes/v1", "", ""); code != http.StatusOK {
		t.Fatalf("a read after the fold stopped: %d %s", code, body)
	}
	v, _ := client.NewVoter()
	done := make(chan error, 1)
	go func() { done <- e.c.Register(ctx, v, "75-01") }()
	select {
	case err := <-done:
		var ce *client.Error
		if !errors.As(err, &ce) || ce.Status != http.StatusServiceUnavailable || !strings.Contains(ce.Message, "fold") {
			t.Fatalf("a write after the fold stopped: %v, want 503 naming the fold", err)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("a write after the fold stopped hangs")
	}
}
