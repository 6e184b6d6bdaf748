package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/internal/trustee"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/agenda"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/webhook"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
)

// appendStage tables a stage of bill with one article (its text complete
// when withText).
func appendStage(t *testing.T, s *server.Server, bill domain.BillID, stage, step string, order uint32, date time.Time, withText bool) {
	t.Helper()
	ctx := context.Background()
	st := &domain.StageTabled{Bill: bill, Stage: stage, Order: order, Label: step, Institution: "assemblee", Step: step,
		Reading: "1ère lecture", Date: date, HasText: withText}
	if withText {
		st.Articles = 1
	}
	if _, err := s.App.Append(ctx, domain.BillStream(bill), st); err != nil {
		t.Fatal(err)
	}
	if withText {
		if _, err := s.App.Append(ctx, domain.BillStream(bill), &domain.ArticleTexted{Bill: bill, Stage: stage, Number: "1er", Part: 1, Parts: 1,
			Alineas: []string{"Le texte de l'article premier, étape " + stage + "."}}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAgendaEndToEnd: an agenda policy opens votes on bills as their
// committee texts are published (closing after N days, or at the plenary's
// date when it is scheduled sooner, and never once the plenary is held);
// when a vote closes, the trustees are notified by a signed webhook, two of
// them decrypt, and the tally is published.
func TestAgendaEndToEnd(t *testing.T) {
	ctx := context.Background()
	start := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	clk := &clock{t: start}
	dir := t.TempDir()

	// The trustees: three, threshold two; their webhook receiver decrypts
	// each vote the server says is closed, as scrutin-trustee would.
	var ts []*trustee.Trustee
	for i := range 3 {
		tr, err := trustee.Init(filepath.Join(dir, "trustees", fmt.Sprint(i+1)), fmt.Sprintf("Démo %c", 'A'+i))
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, tr)
	}
	secret := []byte("trustees-webhook-secret-0123456789")
	var mu sync.Mutex
	var closedVotes []string
	var serverURL string
	var logKey note.Verifier
	decrypted := make(chan error, 10)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := webhook.Verify(secret, r.Header.Get(webhook.SignatureHeader), body, time.Now(), 5*time.Minute); err != nil {
			t.Errorf("trustees' webhook: %v", err)
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		var it struct {
			Type string
			Vote domain.VoteID
		}
		if err := json.Unmarshal(body, &it); err != nil || it.Type != "vote.closed" || r.Header.Get(webhook.EventHeader) != it.Type {
			t.Errorf("trustees' webhook got %s (%v), want only vote.closed", body, err)
		}
		mu.Lock()
		closedVotes = append(closedVotes, string(it.Vote))
		base, key := serverURL, logKey
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
		go func() { // a trustee decrypts after acknowledging
			c := client.New(base)
			var err error
			for _, tr := range ts[:2] {
				if err = tr.Decrypt(ctx, c, key, it.Vote); err != nil {
					break
				}
			}
			decrypted <- err
		}()
	}))
	defer hook.Close()

	secretFile := filepath.Join(dir, "hook.secret")
	os.WriteFile(secretFile, secret, 0o600)
	hooksFile := filepath.Join(dir, "webhooks.json")
	os.WriteFile(hooksFile, fmt.Appendf(nil, `{"endpoints": [{"name": "trustees", "url": %q, "secret_file": %q, "events": ["vote.closed"]}]}`, hook.URL, secretFile), 0o600)
	policyFile := filepath.Join(dir, "agenda.json")
	os.WriteFile(policyFile, []byte(`{"rules": [{"name": "commission", "election": "agenda-2026",
		"open_on": {"step": "commission", "institution": "assemblee"}, "close_after_days": 14,
		"close_on_step": "hemicycle", "since": "2026-01-01"}]}`), 0o600)

	s, err := server.Open(server.Config{DataDir: filepath.Join(dir, "data"), Demo: true, RatePerSecond: 1e6, Burst: 1e6, Now: clk.Now,
		AgendaFile: policyFile, AgendaEvery: 20 * time.Millisecond, WebhooksFile: hooksFile, WebhookMinBackoff: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	url, _ := serve(t, s)
	mu.Lock()
	serverURL, logKey = url, s.Ledger.Verifier()
	mu.Unlock()
	c := client.New(url)

	// The bills arrive as a sync would append them, before the ceremony:
	// nothing opens without the election's key.
	day := start.Add(-24 * time.Hour)
	for _, b := range []domain.BillID{"pjl-a", "pjl-b", "pjl-c", "pjl-old"} {
		if _, err := s.App.Append(ctx, domain.BillStream(b), &domain.BillIntroduced{Bill: b, Type: domain.BillProjet, Title: "Projet de loi " + string(b)}); err != nil {
			t.Fatal(err)
		}
		date := day
		if b == "pjl-old" {
			date = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) // before "since"
		}
		appendStage(t, s, b, "00_depot", "depot", 0, date, true)
	}
	appendStage(t, s, "pjl-a", "01_commission", "commission", 1, day, true)
	appendStage(t, s, "pjl-b", "01_commission", "commission", 1, day, true)
	appendStage(t, s, "pjl-b", "02_hemicycle", "hemicycle", 2, start.Add(3*24*time.Hour), false) // scheduled in 3 days
	appendStage(t, s, "pjl-c", "01_commission", "commission", 1, day, true)
	appendStage(t, s, "pjl-c", "02_hemicycle", "hemicycle", 2, day, false) // already held
	appendStage(t, s, "pjl-old", "01_commission", "commission", 1, time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC), true)
	time.Sleep(100 * time.Millisecond)
	if n := len(listVotes(t, c)); n != 0 {
		t.Fatalf("%d votes opened before the election's key was fixed", n)
	}

	created := &domain.ElectionCreated{Election: "agenda-2026", Threshold: 2}
	for _, tr := range ts {
		created.Trustees = append(created.Trustees, tr.Info())
	}
	if _, err := s.App.Append(ctx, domain.ElectionStream("agenda-2026"), created); err != nil {
		t.Fatal(err)
	}
	for _, tr := range ts {
		if err := tr.Deal(ctx, c, "agenda-2026"); err != nil {
			t.Fatal(err)
		}
	}
	voteA := agenda.VoteID("commission", "pjl-a", "01_commission")
	voteB := agenda.VoteID("commission", "pjl-b", "01_commission")
	waitFor(t, func() bool { return len(listVotes(t, c)) >= 2 })
	time.Sleep(100 * time.Millisecond) // a few more rounds: nothing else opens
	votes := listVotes(t, c)
	if len(votes) != 2 {
		t.Fatalf("votes opened: %v, want %s and %s only", votes, voteA, voteB)
	}
	opened := clk.Now()
	if a := votes[voteA]; a == nil || a.Closes.Sub(opened) < 14*24*time.Hour-time.Minute || a.Closes.Sub(opened) > 14*24*time.Hour {
		t.Fatalf("vote on pjl-a: %+v, want closing 14 days after opening", a)
	}
	if b := votes[voteB]; b == nil || !b.Closes.Equal(start.Add(3*24*time.Hour)) {
		t.Fatalf("vote on pjl-b: %+v, want closing at the plenary's date", b)
	}
	v, err := c.Vote(ctx, voteB)
	if err != nil {
		t.Fatal(err)
	}
	var hash [32]byte
	var opened2 *domain.VoteOpened
	s.App.View(func(st *domain.State) {
		hash, _ = st.StageHash("pjl-b", "01_commission")
		opened2 = st.Votes[voteB].Opened
	})
	if opened2.Stage != "01_commission" || opened2.TextHash != hash || opened2.Election != "agenda-2026" {
		t.Fatalf("vote on pjl-b commits to %s %x in %s, want the committee text's hash %x in agenda-2026", opened2.Stage, opened2.TextHash, opened2.Election, hash)
	}

	for i := range 12 {
		vt, _ := client.NewVoter()
		if err := c.Register(ctx, vt, "75-01"); err != nil {
			t.Fatal(err)
		}
		b, _ := vt.Encrypt(v, i%3) // 4 Pour, 4 Contre, 4 Abstention
		if _, err := c.Cast(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	clk.Advance(3*24*time.Hour + time.Second)
	waitFor(t, func() bool { v, _ := c.Vote(ctx, voteB); return v.Tally != nil })
	if err := <-decrypted; err != nil {
		t.Fatalf("the trustees couldn't decrypt: %v", err)
	}
	v, _ = c.Vote(ctx, voteB)
	if len(v.Tally.Groups) != 1 || fmt.Sprint(v.Tally.Groups[0].Counts) != "[4 4 4]" {
		t.Fatalf("tally: %+v", v.Tally.Groups)
	}
	mu.Lock()
	defer mu.Unlock()
	if fmt.Sprint(closedVotes) != fmt.Sprint([]domain.VoteID{voteB}) {
		t.Fatalf("trustees notified of %v, want [%s]", closedVotes, voteB)
	}
	if a, _ := c.Vote(ctx, voteA); a.Status != "open" {
		t.Fatalf("vote on pjl-a is %s, want still open", a.Status)
	}
}

type voteRow struct {
	ID     domain.VoteID
	Closes time.Time
	Status string
}

func listVotes(t *testing.T, c *client.Client) map[domain.VoteID]*voteRow {
	t.Helper()
	var rows []*voteRow
	if err := c.Get(context.Background(), "/api/v1/votes", &rows); err != nil {
		t.Fatal(err)
	}
	out := map[domain.VoteID]*voteRow{}
	for _, r := range rows {
		out[r.ID] = r
	}
	return out
}
