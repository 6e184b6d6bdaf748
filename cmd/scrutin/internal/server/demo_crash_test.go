package server_test

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
)

// seedChildEnv names the data directory of a child process (this test
// binary, re-executed) that opens a demo server and seeds it, printing
// "event N" as each event is applied, then "seeded".
const seedChildEnv = "SCRUTIN_SEED_CHILD"

func seedChild(dir string) int {
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	s, err := server.Open(server.Config{DataDir: dir, Demo: true, Log: logger})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	ctx := context.Background()
	go func() {
		for pos := uint64(0); ; pos++ {
			if err := s.Runner.WaitFor(ctx, pos); err != nil {
				return
			}
			fmt.Printf("event %d\n", pos)
		}
	}()
	if err := s.SeedDemo(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	fmt.Println("seeded")
	s.Close()
	return 0
}

// TestDemoSeedCrash: a first start SIGKILLed while it adds the demo
// content, at several points (in the bills' import, in the key ceremony),
// then a start that runs to the end: the demo is complete — as many events
// as an uninterrupted seed, every bill, the vote open — and the marker is
// gone. The kills follow the child's progress (the events it has applied),
// not the clock.
func TestDemoSeedCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds the demo seven times (about 30 s); run by .ci/run's integration step")
	}
	ctx := context.Background()
	// The reference: an uninterrupted seed.
	ref, err := server.Open(server.Config{DataDir: t.TempDir(), Demo: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := ref.SeedDemo(ctx); err != nil {
		t.Fatal(err)
	}
	want, _ := ref.Head(ctx)
	var wantBills int
	var wantHash [32]byte
	ref.App.View(func(st *domain.State) { wantBills, wantHash = len(st.Bills), st.Votes[server.DemoVote].Opened.TextHash })
	ref.Close()
	if want < 100 {
		t.Fatalf("the demo has only %d events", want)
	}

	dir := t.TempDir()
	// Kill points, as event positions: early in the import, its middle,
	// its end, and in the ceremony (the last events are ElectionCreated,
	// three dealings and the vote's opening).
	interrupted := 0
	for _, at := range []uint64{1, want / 3, want * 2 / 3, want - 5, want - 3} {
		got, done := killSeedAt(t, dir, at)
		_, err := os.Stat(filepath.Join(dir, "demo-seeding"))
		marker := err == nil
		t.Logf("killed at event %d (target %d), demo marker left: %v", got, at, marker)
		if done && marker {
			t.Fatal("the seeding finished but left its marker")
		}
		if marker {
			interrupted++
		}
	}
	if interrupted < 3 {
		t.Fatalf("only %d of the kills interrupted the seeding", interrupted)
	}

	s, err := server.Open(server.Config{DataDir: dir, Demo: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SeedDemo(ctx); err != nil {
		t.Fatal(err)
	}
	// A seeding the last kill let finish is not resumed, and SeedDemo
	// returns before the state has read the log (the start replays it
	// in the background): wait for it.
	if err := s.App.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Head(ctx)
	var bills int
	var open bool
	s.App.View(func(st *domain.State) {
		bills = len(st.Bills)
		v := st.Votes[server.DemoVote]
		open = v != nil && !v.Closed && v.Opened.TextHash == wantHash
		if el := st.Elections[server.DemoElection]; el == nil || el.Key == nil {
			t.Error("the demo election has no key")
		}
	})
	if got != want || bills != wantBills || !open {
		t.Fatalf("after the crashes: %d events, %d bills, vote open on the same text %v; an uninterrupted seed: %d events, %d bills",
			got, bills, open, want, wantBills)
	}
	if _, err := os.Stat(filepath.Join(dir, "demo-seeding")); err == nil {
		t.Fatal("the demo marker is still there")
	}
	t.Logf("demo complete after the crashes: %d events, %d bills, vote open", got, bills)
}

// killSeedAt starts a seeding child on dir and SIGKILLs it once it has
// applied the event at position at. It returns the last position the child
// reported, and whether it reported the end of the seeding first.
func killSeedAt(t *testing.T, dir string, at uint64) (last uint64, done bool) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), seedChildEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	killed := false
	for sc.Scan() {
		line := sc.Text()
		if line == "seeded" {
			done = true
			continue
		}
		n, err := strconv.ParseUint(strings.TrimPrefix(line, "event "), 10, 64)
		if err != nil {
			continue
		}
		last = n
		if n >= at && !killed {
			cmd.Process.Kill()
			killed = true
		}
	}
	err = cmd.Wait()
	if !killed && !done {
		t.Fatalf("the seeding child stopped by itself: %v\n%s", err, stderr.String())
	}
	return last, done
}
