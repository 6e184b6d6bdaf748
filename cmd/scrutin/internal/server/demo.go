package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
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

// demoTrustees loads the demo trustees' keys from DATA/demo-trustees, or
// makes them while the demo election is not yet in the log (keys left
// unreadable by a crash while they were written are made again: nothing
// used them yet).
func (s *Server) demoTrustees(mayCreate bool) ([]*trustee.Trustee, error) {
	var ts []*trustee.Trustee
	for i, name := range []string{"Démo A", "Démo B", "Démo C"} {
		dir := filepath.Join(s.cfg.DataDir, "demo-trustees", fmt.Sprint(i+1))
		t, err := trustee.Load(dir)
		if err != nil && mayCreate {
			if err := os.RemoveAll(dir); err != nil {
				return nil, err
			}
			t, err = trustee.Init(dir, name)
		}
		if err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// demoMarker is the file, in the data directory, that says the demo
// content is being added: written before the first demo event, removed
// after the last (the vote's opening). While it is there, every start
// resumes the seeding where it stopped.
const demoMarker = "demo-seeding"

// SeedDemo adds the demo content to an empty ledger. It is resumable: a
// start interrupted while it ran (a crash, SIGKILL) leaves the marker file
// DATA/demo-seeding, and the next start adds what is missing, step by step,
// each step skipped when the log already holds it. A ledger that holds
// events and no marker is left alone (a finished demo, or not a demo).
func (s *Server) SeedDemo(ctx context.Context) error {
	n, err := s.Head(ctx)
	if err != nil {
		return err
	}
	marker := filepath.Join(s.cfg.DataDir, demoMarker)
	_, err = os.Stat(marker)
	resuming := err == nil
	if n > 0 && !resuming {
		return nil
	}
	if resuming {
		s.cfg.Log.Warn("resuming the demo content interrupted at the last start", "events", n)
	} else if err := writeMarker(marker); err != nil {
		return fmt.Errorf("couldn't seed the demo: %w", err)
	}
	if err := s.App.CatchUp(ctx); err != nil {
		return err
	}
	if err := s.seedDemo(ctx); err != nil {
		return fmt.Errorf("couldn't seed the demo: %w", err)
	}
	if err := os.Remove(marker); err != nil {
		return fmt.Errorf("couldn't seed the demo: %w", err)
	}
	if err := syncDir(s.cfg.DataDir); err != nil {
		return fmt.Errorf("couldn't seed the demo: %w", err)
	}
	n, _ = s.Head(ctx)
	s.cfg.Log.Info("added the demo content", "events", n)
	return nil
}

// seedDemo adds each part of the demo the log does not hold yet.
func (s *Server) seedDemo(ctx context.Context) error {
	for _, seed := range demoSeeders {
		if err := seed(ctx, s); err != nil {
			return err
		}
	}
	var billExists bool
	var el *domain.ElectionState
	var voteExists bool
	s.App.View(func(st *domain.State) {
		_, billExists = st.Bills[DemoBill]
		el = st.Elections[DemoElection]
		_, voteExists = st.Votes[DemoVote]
	})
	if !billExists {
		if _, err := s.App.Append(ctx, domain.BillStream(DemoBill), &domain.BillIntroduced{Bill: DemoBill, Type: domain.BillProjet,
			Title: "Projet de loi favorisant la diffusion et la protection de la création sur Internet"}); err != nil {
			return err
		}
	}
	ts, err := s.demoTrustees(el == nil)
	if err != nil {
		return err
	}
	if el == nil {
		created := &domain.ElectionCreated{Election: DemoElection, Threshold: 2}
		for _, t := range ts {
			created.Trustees = append(created.Trustees, t.Info())
		}
		if _, err := s.App.Append(ctx, domain.ElectionStream(DemoElection), created); err != nil {
			return err
		}
	}
	c := s.localClient()
	for i, t := range ts {
		var dealt bool
		s.App.View(func(st *domain.State) { _, dealt = st.Elections[DemoElection].Dealings[i+1] })
		if dealt {
			continue
		}
		// A dealer secret whose dealing is not in the log was never used:
		// the crash came between writing it and appending the dealing.
		if err := os.Remove(filepath.Join(t.Dir, string(DemoElection)+".dealer-secret")); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err := t.Deal(ctx, c, DemoElection); err != nil {
			return err
		}
	}
	if voteExists {
		return nil
	}
	if err := s.App.FinishDue(ctx); err != nil { // the key, when a crash came after the last dealing
		return err
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

// writeMarker creates an empty file and makes its creation durable.
func writeMarker(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// syncDir makes a directory's entries (a file created or removed) durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
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
	ts, err := s.demoTrustees(false)
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
