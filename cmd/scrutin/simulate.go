package main

import (
	"context"
	"encoding/json"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/simulate"
)

// simulateCmd builds a simulated ledger in a new data directory, for the
// national-scale simulation (docs/SCALE.md):
//
//	scrutin simulate --data DIR --events 10000000 --voters 100000 --ballots 20000 --bills 2 --amendments 10
//
// then `scrutin serve --demo=false --data DIR` serves it.
func simulateCmd(args []string) {
	fs := flag.NewFlagSet("simulate", flag.ExitOnError)
	dir := fs.String("data", "", "data `directory` to create (its ledger.db must not exist)")
	var cfg simulate.Config
	fs.Int64Var(&cfg.Events, "events", 100000, "entries of the log built")
	fs.IntVar(&cfg.Voters, "voters", 10000, "voters registered first")
	fs.IntVar(&cfg.Ballots, "ballots", 10000, "ballots cast in each weekly vote (real: encrypted, proved, signed)")
	fs.IntVar(&cfg.Bills, "bills", 1, "bills tabled each week, the first put to the vote")
	fs.IntVar(&cfg.Articles, "articles", 4, "articles of each bill's text")
	fs.IntVar(&cfg.Amendments, "amendments", 10, "amendments tabled and decided on each bill")
	fs.IntVar(&cfg.Workers, "workers", 2, "goroutines encrypting ballots")
	fs.BoolVar(&cfg.NoSync, "nosync", false, "build the file without fsync (a fixture: faster; the server syncs when it serves it)")
	fs.StringVar(&cfg.Seed, "seed", "scrutin-simulation", "seed of every key and ballot")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `file` (go tool pprof)")
	memprofile := fs.String("memprofile", "", "write a heap profile to `file` at the end (go tool pprof)")
	fs.Parse(args)
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if *dir == "" {
		fatal(logger, "--data is required")
	}
	if err := os.MkdirAll(*dir, 0o700); err != nil {
		fatal(logger, "couldn't create the data directory", "err", err)
	}
	cfg.Path = filepath.Join(*dir, "ledger.db")
	if _, err := os.Stat(cfg.Path); err == nil {
		fatal(logger, "the data directory already holds a ledger", "path", cfg.Path)
	}
	cfg.Log = os.Stderr
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fatal(logger, "couldn't create the CPU profile", "err", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fatal(logger, "couldn't start the CPU profile", "err", err)
		}
		defer pprof.StopCPUProfile()
	}
	if *memprofile != "" {
		cfg.HeapProfile = func() {
			f, err := os.Create(*memprofile)
			if err != nil {
				logger.Error("couldn't create the heap profile", "err", err)
				return
			}
			defer f.Close()
			if err := pprof.WriteHeapProfile(f); err != nil {
				logger.Error("couldn't write the heap profile", "err", err)
			}
		}
	}
	res, err := simulate.Run(ctx, cfg)
	if err != nil {
		fatal(logger, "couldn't simulate", "err", err)
	}
	out := map[string]any{"entries": res.Entries, "kinds": res.Kinds, "votes": res.Votes,
		"seconds": res.Elapsed.Seconds(), "encrypting_seconds": res.Encrypting.Seconds()}
	json.NewEncoder(os.Stdout).Encode(out)
}
