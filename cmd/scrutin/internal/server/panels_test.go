package server_test

import (
	"context"
	"crypto/ed25519"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
)

// TestPanelSortition opens a panel, has voters volunteer, closes it, draws
// once the log passed the beacon size, and reproduces the draw from the
// log alone, as scrutin-verify does (the rules recompute it).
func TestPanelSortition(t *testing.T) {
	e := newElection(t)
	ctx := context.Background()
	e.adminPost("/api/v1/admin/panels", map[string]any{"panel": "p2026", "title": "Panel citoyen sur la création", "seats": 2,
		"stratify": domain.StratifyDistrict, "enroll_until": e.clock.Now().Add(time.Hour), "delay": 2})
	var vols []*client.Voter
	for i := 0; i < 10; i++ {
		v, _ := client.NewVoter()
		if err := e.c.Register(ctx, v, []domain.District{"75-01", "13-04"}[i%2]); err != nil {
			t.Fatal(err)
		}
		sig := ed25519.Sign(v.Private, domain.VolunteerMessage("p2026"))
		if err := e.c.Post(ctx, "/api/v1/panels/p2026/volunteers", map[string]any{"credential": v.Credential().String(), "signature": sig}, nil); err != nil {
			t.Fatal(err)
		}
		vols = append(vols, v)
	}
	e.clock.Advance(2 * time.Hour)
	e.adminPost("/api/v1/admin/panels/p2026/close", map[string]any{})
	if code, body := do(t, "POST", e.url+"/api/v1/admin/panels/p2026/draw", e.admin, "{}"); code != 409 {
		t.Fatalf("draw before the beacon: %d %s", code, body)
	}
	for i := 0; i < 2; i++ { // two more events: the beacon size is reached
		v, _ := client.NewVoter()
		e.c.Register(ctx, v, "69-03")
	}
	e.adminPost("/api/v1/admin/panels/p2026/draw", map[string]any{})
	var panel struct {
		Selected []string `json:"selected"`
	}
	if err := e.c.Get(ctx, "/api/v1/panels/p2026", &panel); err != nil {
		t.Fatal(err)
	}
	if len(panel.Selected) != 4 {
		t.Fatalf("%d selected, want 2 per district", len(panel.Selected))
	}
	// Reproduce: fold the whole log; the rules recompute the draw.
	key, _ := e.c.LogKey(ctx)
	entries, _, err := e.c.Log(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	st := domain.NewState()
	st.DeferBallots = true
	for i, raw := range entries {
		env, err := domain.ParseEntry(raw)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Apply(uint64(i), env); err != nil {
			t.Fatalf("the log breaks a rule: %v", err)
		}
	}
	if st.Panels["p2026"].Drawn == nil {
		t.Fatal("no draw in the folded log")
	}
	// scrutin-verify recomputes the draw too, and says so by name.
	src, err := verifier.NewHTTPSource(e.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := verifier.Audit(ctx, src, verifier.Config{})
	if err != nil || rep.Exit != 0 {
		t.Fatalf("scrutin-verify on the log with a draw: exit %d, %v", rep.Exit, err)
	}
	if c := rep.Check(verifier.CheckSortition); c == nil || c.Count != 1 || c.Status != verifier.Pass {
		t.Fatalf("scrutin-verify's sortition check: %+v", c)
	}
	mine := map[string]bool{}
	for _, v := range vols {
		mine[v.Credential().String()] = true
	}
	for _, c := range panel.Selected {
		if !mine[c] {
			t.Fatalf("selected %s is not a volunteer", c)
		}
	}
}
