package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/internal/trustee"
	"github.com/scrutin/scrutin/domain"
)

// Demo content: on an empty ledger in demo mode, the server introduces the
// demo bills, runs a key ceremony among three demo trustees whose keys it
// keeps in DATA/demo-trustees (a real deployment's trustees keep theirs on
// their own machines), and opens a vote. When a demo vote closes, two demo
// trustees decrypt it, exactly as real trustees do with scrutin-trustee.

// DemoElection and DemoVote name the demo's ceremony and vote.
const (
	DemoElection domain.ElectionID = "demo-2026"
	DemoVote     domain.VoteID     = "demo-hadopi"
	DemoBill     domain.BillID     = "pjl07-405"
)

// demoSeeders add demo content before the ceremony (the bills); set by the
// files that know the content.
var demoSeeders []func(ctx context.Context, s *Server) error

// handlerTransport sends a client's requests straight to a handler, so the
// demo trustees use the public API without a network.
type handlerTransport struct{ h http.Handler }

func (t handlerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	return rec.Result(), nil
}

func (s *Server) localClient() *client.Client {
	c := client.New("http://scrutin.local")
	c.HTTP = &http.Client{Transport: handlerTransport{s.Handler}, Timeout: time.Minute}
	return c
}

func (s *Server) demoTrustees() ([]*trustee.Trustee, error) {
	var ts []*trustee.Trustee
	for i, name := range []string{"Démo A", "Démo B", "Démo C"} {
		dir := filepath.Join(s.cfg.DataDir, "demo-trustees", fmt.Sprint(i+1))
		t, err := trustee.Load(dir)
		if err != nil {
			if t, err = trustee.Init(dir, name); err != nil {
				return nil, err
			}
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// SeedDemo adds the demo content to an empty ledger.
func (s *Server) SeedDemo(ctx context.Context) error {
	if n, _ := s.Head(ctx); n > 0 {
		return nil
	}
	for _, seed := range demoSeeders {
		if err := seed(ctx, s); err != nil {
			return fmt.Errorf("couldn't seed the demo: %w", err)
		}
	}
	var exists bool
	s.App.View(func(st *domain.State) { _, exists = st.Bills[DemoBill] })
	if !exists {
		if _, err := s.App.Append(ctx, domain.BillStream(DemoBill), &domain.BillIntroduced{Bill: DemoBill, Type: domain.BillProjet,
			Title: "Projet de loi favorisant la diffusion et la protection de la création sur Internet"}); err != nil {
			return err
		}
	}
	ts, err := s.demoTrustees()
	if err != nil {
		return err
	}
	created := &domain.ElectionCreated{Election: DemoElection, Threshold: 2}
	for _, t := range ts {
		created.Trustees = append(created.Trustees, t.Info())
	}
	if _, err := s.App.Append(ctx, domain.ElectionStream(DemoElection), created); err != nil {
		return err
	}
	c := s.localClient()
	for _, t := range ts {
		if err := t.Deal(ctx, c, DemoElection); err != nil {
			return err
		}
	}
	now := s.cfg.Now()
	var hash [32]byte
	s.App.View(func(st *domain.State) { hash = demoTextHash(st) })
	_, err = s.App.Append(ctx, domain.VoteStream(DemoVote), &domain.VoteOpened{
		Vote: DemoVote, Bill: DemoBill, Stage: demoStage, TextHash: hash,
		Question: "Approuvez-vous le texte final du projet de loi « Création et Internet » ?",
		Options:  []string{"Pour", "Contre", "Abstention"}, Election: DemoElection,
		Opens: now, Closes: now.Add(30 * 24 * time.Hour), MinGroup: domain.DefaultMinGroup,
	})
	return err
}

// demoStage is the stage the demo vote is on; demoTextHash its text's hash
// (set by the bill content when it is there).
var (
	demoStage    = "final"
	demoTextHash = func(*domain.State) [32]byte { return [32]byte{} }
)

// decryptDemo has two demo trustees decrypt every closed demo vote.
func (s *Server) decryptDemo(ctx context.Context) error {
	var due []domain.VoteID
	s.App.View(func(st *domain.State) {
		for id, v := range st.Votes {
			if v.Opened.Election == DemoElection && v.Closed && v.Tally == nil && len(v.Decrypted()) < 2 {
				due = append(due, id)
			}
		}
	})
	if len(due) == 0 {
		return nil
	}
	ts, err := s.demoTrustees()
	if err != nil {
		return err
	}
	c := s.localClient()
	key := s.Ledger.Verifier()
	for _, id := range due {
		for _, t := range ts[:2] {
			var ce *client.Error
			if err := t.Decrypt(ctx, c, key, id); err != nil && !(errors.As(err, &ce) && ce.Status == http.StatusConflict) {
				return fmt.Errorf("demo trustee %s couldn't decrypt %s: %w", t.Name, id, err)
			}
		}
	}
	return nil
}
