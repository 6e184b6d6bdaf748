package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/importer"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// importCmd is "scrutin import [--data DIR | --server URL] PATH": it reads
// the parliamentary open data under PATH (Assemblée nationale JSON, La
// Fabrique de la loi dossiers, constituency CSV files, and code articles in
// force in the codes-juridiques-francais Markdown layout), prints what it
// found and what it skipped, and appends the events the ledger does not
// hold yet, every one through the rules. Importing the same files twice
// appends nothing.
//
// With --data, it opens the ledger in DIR (the server must not be running
// on it). With --server, it reads the server's log through the public API,
// checked against the log key, and appends through the admin API with the
// token from SCRUTIN_ADMIN_TOKEN or SCRUTIN_ADMIN_TOKEN_FILE.
func importCmd(args []string) {
	fs := flag.NewFlagSet("import", flag.ExitOnError)
	dataDir := fs.String("data", "./scrutin-data", "data `directory` of the ledger to append to")
	serverURL := fs.String("server", "", "append to the server at `URL` through its admin API instead")
	dry := fs.Bool("n", false, "read and report only; append nothing")
	codesDir := fs.String("codes", "", "also read code articles in force from `DIR` (codes-juridiques-francais layout)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: scrutin import [--data DIR | --server URL] [--codes DIR] [-n] PATH")
		fs.PrintDefaults()
	}
	fs.Parse(args)
	logger := newLogger("text")
	if fs.NArg() != 1 {
		fs.Usage()
		os.Exit(2)
	}
	root := fs.Arg(0)
	fsys := os.DirFS(root)
	r, err := importer.Import(fsys, ".")
	if err != nil {
		fatal(logger, "couldn't import", "path", root, "err", err)
	}
	linked, err := importer.LinkScrutins(fsys, ".", r)
	if err != nil {
		fatal(logger, "couldn't import", "path", root, "err", err)
	}
	codes, probs, err := importer.ReadCodes(fsys, ".")
	if err != nil {
		fatal(logger, "couldn't read the code articles", "path", root, "err", err)
	}
	r.Report.Skipped = append(r.Report.Skipped, probs...)
	if *codesDir != "" {
		more, probs, err := importer.ReadCodes(os.DirFS(*codesDir), ".")
		if err != nil {
			fatal(logger, "couldn't read the code articles", "path", *codesDir, "err", err)
		}
		codes = importer.UniqueCodes(append(codes, more...))
		r.Report.Skipped = append(r.Report.Skipped, probs...)
	}
	fmt.Printf("read %d files: %s\n", r.Report.Files, r.Count(codes))
	fmt.Printf("votes tied to their bill by dossier: %d\n", linked)
	for _, p := range r.Report.Skipped {
		fmt.Printf("skipped: %s\n", p)
	}
	for _, p := range r.Report.Warnings {
		fmt.Printf("warning: %s\n", p)
	}
	fmt.Printf("skipped records: %d, warnings: %d, files ignored: %d\n", len(r.Report.Skipped), len(r.Report.Warnings), len(r.Report.Ignored))
	if *dry {
		fmt.Printf("events: %d (not appended: -n)\n", len(importer.Events(r, codes)))
		return
	}

	ctx := context.Background()
	var appended, skipped int
	if *serverURL != "" {
		token, err := adminTokenFromEnv()
		if err != nil {
			fatal(logger, "couldn't read the admin token", "err", err)
		}
		appended, skipped, err = importRemote(ctx, *serverURL, token, r, codes)
		if err != nil {
			fatal(logger, "couldn't append", "server", *serverURL, "appended", appended, "err", err)
		}
	} else {
		cfg := server.Config{DataDir: *dataDir, Log: slog.New(slog.DiscardHandler)}
		cfg.FromEnv()
		s, err := server.Open(cfg)
		if err != nil {
			fatal(logger, "couldn't open the ledger", "data", *dataDir, "err", err)
		}
		defer s.Close()
		if size, _ := s.Head(ctx); size > 0 {
			if err := s.Runner.WaitFor(ctx, uint64(size)-1); err != nil {
				fatal(logger, "couldn't read the ledger", "err", err)
			}
		}
		var ch importer.Changes
		appended, skipped, ch, err = importer.AppendAllBatched(ctx, appendBatch(s), 1000, s.App.View, r, codes...)
		for _, k := range ch.TextsChanged {
			fmt.Printf("warning: the text of stage %s differs from the one the ledger holds; not recorded (a stage's text is fixed when tabled)\n", k)
		}
		if err != nil {
			fatal(logger, "couldn't append", "appended", appended, "err", err)
		}
	}
	fmt.Printf("events appended: %d, already in the ledger: %d\n", appended, skipped)
}

// adminTokenFromEnv reads SCRUTIN_ADMIN_TOKEN, else the file named by
// SCRUTIN_ADMIN_TOKEN_FILE.
func adminTokenFromEnv() (string, error) {
	if t := os.Getenv("SCRUTIN_ADMIN_TOKEN"); t != "" {
		return t, nil
	}
	if f := os.Getenv("SCRUTIN_ADMIN_TOKEN_FILE"); f != "" {
		b, err := os.ReadFile(f)
		return strings.TrimSpace(string(b)), err
	}
	return "", fmt.Errorf("set SCRUTIN_ADMIN_TOKEN or SCRUTIN_ADMIN_TOKEN_FILE")
}

// importRemote folds the server's log (checked against its log key) into a
// local state to see what it holds, then appends the rest through the
// admin API, up to 1,000 events (512 KiB) a request, each request all or
// none (POST /api/v1/admin/batch).
func importRemote(ctx context.Context, base, token string, r *importer.Result, codes []law.CodeArticle) (int, int, error) {
	c := client.New(base)
	key, err := c.LogKey(ctx)
	if err != nil {
		return 0, 0, err
	}
	entries, _, err := c.Log(ctx, key)
	if err != nil {
		return 0, 0, err
	}
	st := domain.NewState()
	st.DeferBallots = true // ballots are the server's and the auditor's business
	for i, e := range entries {
		env, err := domain.ParseEntry(e)
		if err != nil {
			return 0, 0, fmt.Errorf("entry %d: %w", i, err)
		}
		if err := st.Apply(uint64(i), env); err != nil {
			return 0, 0, err
		}
		st.PendingBallots()
	}
	all := importer.Events(r, codes)
	todo, ch := importer.Diff(st, all)
	for _, k := range ch.TextsChanged {
		fmt.Printf("warning: the text of stage %s differs from the one the ledger holds; not recorded (a stage's text is fixed when tabled)\n", k)
	}
	hc := &http.Client{Timeout: 5 * time.Minute}
	type wire struct {
		Stream domain.StreamID `json:"stream"`
		Type   string          `json:"type"`
		Data   any             `json:"data"`
	}
	appended := 0
	for i := 0; i < len(todo); {
		// One request a batch: events on any streams, all written or
		// none (POST /api/v1/admin/batch), within the server's body limit.
		var batch []wire
		size := 0
		for ; i < len(todo) && len(batch) < 1000 && size < 512<<10; i++ {
			b, _ := json.Marshal(todo[i].Event)
			size += len(b)
			batch = append(batch, wire{todo[i].Stream, todo[i].Event.Kind().Name, todo[i].Event})
		}
		body, err := json.Marshal(map[string]any{"events": batch})
		if err != nil {
			return appended, len(all) - len(todo), err
		}
		var resp *http.Response
		var msg []byte
		for {
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(base, "/")+"/api/v1/admin/batch", bytes.NewReader(body))
			if err != nil {
				return appended, len(all) - len(todo), err
			}
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+token)
			if resp, err = hc.Do(req); err != nil {
				return appended, len(all) - len(todo), err
			}
			msg, _ = io.ReadAll(io.LimitReader(resp.Body, 4096))
			resp.Body.Close()
			if resp.StatusCode != http.StatusTooManyRequests {
				break
			}
			// The admin endpoints are rate-limited: wait as told, nothing was written.
			wait, err := strconv.Atoi(resp.Header.Get("Retry-After"))
			if err != nil || wait < 1 {
				wait = 1
			}
			select {
			case <-ctx.Done():
				return appended, len(all) - len(todo), ctx.Err()
			case <-time.After(time.Duration(wait) * time.Second):
			}
		}
		if resp.StatusCode >= 300 {
			return appended, len(all) - len(todo), fmt.Errorf("a batch of %d events (from %s): server answered %d: %s", len(batch), batch[0].Stream, resp.StatusCode, strings.TrimSpace(string(msg)))
		}
		appended += len(batch)
	}
	return appended, len(all) - len(todo), nil
}
