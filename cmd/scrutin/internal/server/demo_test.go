package server_test

import (
	"context"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
)

// TestDemo: the demo content opens a vote; after it closes, the demo
// trustees decrypt it and the tally is published.
func TestDemo(t *testing.T) {
	clk := &clock{t: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	s, err := server.Open(server.Config{DataDir: t.TempDir(), Demo: true, RatePerSecond: 1e6, Burst: 1e6, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.SeedDemo(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.SeedDemo(ctx); err != nil { // a second start adds nothing
		t.Fatal(err)
	}
	url, _ := serve(t, s)
	c := client.New(url)
	vote, err := c.Vote(ctx, server.DemoVote)
	if err != nil || vote.Status != "open" {
		t.Fatalf("demo vote: %+v, %v", vote, err)
	}
	for i := 0; i < 12; i++ {
		v, _ := client.NewVoter()
		if err := c.Register(ctx, v, "75-01"); err != nil {
			t.Fatal(err)
		}
		b, _ := v.Encrypt(vote, i%2)
		if _, err := c.Cast(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	clk.Advance(31 * 24 * time.Hour)
	waitFor(t, func() bool { v, _ := c.Vote(ctx, server.DemoVote); return v.Tally != nil })
	v, _ := c.Vote(ctx, server.DemoVote)
	if len(v.Tally.Groups) != 1 || v.Tally.Groups[0].Name != "75-01" || v.Tally.Groups[0].Counts[0] != 6 || v.Tally.Groups[0].Counts[1] != 6 {
		t.Fatalf("demo tally: %+v", v.Tally.Groups)
	}
}
