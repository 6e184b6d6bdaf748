package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/importer"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	syncer "github.com/scrutin/scrutin/cmd/scrutin/internal/sync"
	"github.com/scrutin/scrutin/domain"
)

// sources is a repeatable flag of URLs, each value possibly a comma list.
type sources []string

func (s *sources) String() string { return strings.Join(*s, ",") }

func (s *sources) Set(v string) error {
	for _, u := range strings.Split(v, ",") {
		if u = strings.TrimSpace(u); u != "" {
			*s = append(*s, u)
		}
	}
	return nil
}

// newSyncer syncs the server's ledger with srcs; the cursor lives in
// DATA/sync.
// batch events at a time are appended in one commit (0: the default).
func newSyncer(s *server.Server, dataDir string, srcs []string, logger *slog.Logger, batch int, appended func()) (*syncer.Syncer, error) {
	return syncer.New(syncer.Config{
		Sources: srcs,
		Dir:     filepath.Join(dataDir, "sync"),
		Append: func(ctx context.Context, stream domain.StreamID, ev domain.Event) error {
			_, err := s.App.Append(ctx, stream, ev)
			return err
		},
		AppendBatch: appendBatch(s),
		BatchEvents: batch,
		View:        s.App.View,
		Log:         logger,
		Appended:    appended,
	})
}

// appendBatch appends events through s.App.AppendBatch.
func appendBatch(s *server.Server) importer.BatchFunc {
	return func(ctx context.Context, evs []importer.StreamEvent) error {
		b := make([]app.StreamEvent, len(evs))
		for i, se := range evs {
			b[i] = app.StreamEvent{Stream: se.Stream, Event: se.Event}
		}
		_, err := s.App.AppendBatch(ctx, b)
		return err
	}
}

// syncCmd is "scrutin sync [--data DIR] --source URL…": it syncs the ledger
// in DIR once with the Assemblée nationale's open-data archives at the
// URLs (docs/OPERATIONS.md, "Sync from parliament"), prints what each
// source changed, and exits 1 if any was refused or failed. The server
// must not be running on DIR (it syncs by itself with --sync-source).
func syncCmd(args []string) {
	if code := runSync(args, os.Stdout, nil); code != 0 {
		os.Exit(code)
	}
}

// runSync runs the sync command, printing on out, and returns its exit
// status; appended, if set, is called after each event appended (the
// crash test's hook).
func runSync(args []string, out io.Writer, appended func()) int {
	fs := flag.NewFlagSet("sync", flag.ContinueOnError)
	dataDir := fs.String("data", "./scrutin-data", "data `directory` of the ledger to append to")
	var srcs sources
	fs.Var(&srcs, "source", "archive `URL` to sync from (repeatable, or a comma list), in order")
	batch := fs.Int("batch", 1000, "events appended in one commit (`N`), all or none")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: scrutin sync [--data DIR] --source URL [--source URL]…")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	logger := newLogger("text")
	if len(srcs) == 0 || fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg := server.Config{DataDir: *dataDir, Log: slog.New(slog.DiscardHandler)}
	cfg.FromEnv()
	s, err := server.Open(cfg)
	if err != nil {
		logger.Error("couldn't open the ledger", "data", *dataDir, "err", err)
		return 1
	}
	defer s.Close()
	if err := s.App.CatchUp(ctx); err != nil {
		logger.Error("couldn't read the ledger", "err", err)
		return 1
	}
	sy, err := newSyncer(s, *dataDir, srcs, logger, *batch, appended)
	if err != nil {
		logger.Error("couldn't sync", "err", err)
		return 1
	}
	reports, err := sy.Run(ctx)
	events := 0
	for _, r := range reports {
		fmt.Fprintln(out, r)
		events += r.Events
	}
	fmt.Fprintf(out, "events appended: %d\n", events)
	if err != nil {
		return 1
	}
	return 0
}

// startSync syncs the server's ledger now and every period, in the
// background, until ctx is done: `scrutin serve --sync-source URL`.
func startSync(ctx context.Context, s *server.Server, dataDir string, srcs []string, every time.Duration, logger *slog.Logger) {
	if len(srcs) == 0 {
		return
	}
	if every <= 0 {
		fatal(logger, "--sync-every must be a positive duration", "every", every)
	}
	sy, err := newSyncer(s, dataDir, srcs, logger, 0, nil)
	if err != nil {
		fatal(logger, "couldn't start the sync", "err", err)
	}
	logger.Info("syncing from parliament", "sources", len(srcs), "every", every)
	go sy.Every(ctx, every)
}
