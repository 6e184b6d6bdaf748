package server_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
)

// TestVerifyDemo: scrutin-verify audits the demo as the server serves it,
// by URL and from an archive fetched over HTTP, with its vote open (the
// sums are not asked for) and once tallied; every value the API serves
// about the vote is compared and passes.
func TestVerifyDemo(t *testing.T) {
	clk := &clock{t: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	s, err := server.Open(server.Config{DataDir: t.TempDir(), Demo: true, RatePerSecond: 1e6, Burst: 1e6, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.SeedDemo(ctx); err != nil {
		t.Fatal(err)
	}
	url, _ := serve(t, s)
	c := client.New(url)
	vote, err := c.Vote(ctx, server.DemoVote)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 9 {
		v, _ := client.NewVoter()
		if err := c.Register(ctx, v, []domain.District{"75-01", "13-01", "2A-01"}[i%3]); err != nil {
			t.Fatal(err)
		}
		b, _ := v.Encrypt(vote, i%3)
		if _, err := c.Cast(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	store, err := verifier.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	audit := func(stage string, wantTallies int64) {
		t.Helper()
		src, err := verifier.NewHTTPSource(url, nil)
		if err != nil {
			t.Fatal(err)
		}
		check := func(what string, r *verifier.Report, err error) {
			t.Helper()
			var b strings.Builder
			r.WriteText(&b)
			if err != nil || r.Exit != 0 {
				t.Fatalf("%s, %s: exit %d, %v\n%s", stage, what, r.Exit, err, b.String())
			}
			for _, name := range []string{verifier.CheckServedLog, verifier.CheckServedPosition, verifier.CheckServedVotes, verifier.CheckServedKeys, verifier.CheckServedTurnout, verifier.CheckTiles, verifier.CheckEntriesAPI} {
				if c := r.Check(name); c == nil || c.Status != verifier.Pass || c.Count == 0 {
					t.Fatalf("%s, %s: check %s %+v\n%s", stage, what, name, c, b.String())
				}
			}
			if c := r.Check(verifier.CheckTallies); c.Count != wantTallies {
				t.Fatalf("%s, %s: %d tallies, want %d\n%s", stage, what, c.Count, wantTallies, b.String())
			}
		}
		r, err := verifier.Audit(ctx, src, verifier.Config{Store: store})
		check("by URL", r, err)
		dir := t.TempDir()
		if err := verifier.Archive(ctx, src, dir, nil); err != nil {
			t.Fatalf("%s: fetch: %v", stage, err)
		}
		r, err = verifier.Audit(ctx, verifier.NewDirSource(dir), verifier.Config{Store: store})
		check("archive", r, err)
	}
	audit("open vote", 0)
	clk.Advance(31 * 24 * time.Hour)
	waitFor(t, func() bool { v, _ := c.Vote(ctx, server.DemoVote); return v.Tally != nil })
	audit("tallied", 1)
}
