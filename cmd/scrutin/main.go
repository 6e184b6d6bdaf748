// Command scrutin serves the Scrutin platform and runs its admin tasks.
//
//	scrutin [serve] [--addr 127.0.0.1:8080] [--data ./scrutin-data] [--origin NAME]
//
// Secrets come from the environment or files, never from flags:
// SCRUTIN_LOG_KEY or SCRUTIN_LOG_KEY_FILE (else DATA/log.key, created at
// first start), SCRUTIN_ADMIN_TOKEN or SCRUTIN_ADMIN_TOKEN_FILE (else
// DATA/admin.token).
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
)

func main() {
	args := os.Args[1:]
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		serve(args)
	case "healthcheck":
		healthcheck(args)
	case "import":
		importCmd(args)
	default:
		fmt.Fprintf(os.Stderr, "scrutin: unknown command %q\nusage: scrutin [serve] [flags]; scrutin serve -h for the flags\n", cmd)
		os.Exit(2)
	}
}

func serve(args []string) {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	var cfg server.Config
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "listen `address`")
	fs.StringVar(&cfg.DataDir, "data", "./scrutin-data", "data `directory` (ledger file, keys created at first start)")
	fs.StringVar(&cfg.Origin, "origin", "scrutin.local/log", "log `origin` named in checkpoints, for a key created at first start")
	fs.BoolVar(&cfg.Demo, "demo", true, "demo mode: demo content at first start, self-declared registration, labelled on every page")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	fs.Parse(args)
	logger := newLogger(*logFormat)
	cfg.Log = logger
	cfg.FromEnv()
	cfg.BuildWasm = true

	s, err := server.Open(cfg)
	if err != nil {
		fatal(logger, "couldn't start", "err", err)
	}
	defer s.Close()
	if cfg.Demo {
		if err := s.SeedDemo(context.Background()); err != nil {
			fatal(logger, "couldn't add the demo content", "err", err)
		}
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		fatal(logger, "couldn't listen", "addr", cfg.Addr, "err", err)
	}
	size, _ := s.DB.Head()
	logger.Info("scrutin serving", "url", "http://"+ln.Addr().String()+"/", "data", cfg.DataDir,
		"log_origin", s.Ledger.Origin(), "log_verifier_key", s.Ledger.VerifierKey(), "events", size)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := s.Serve(ctx, ln); err != nil {
		fatal(logger, "server stopped", "err", err)
	}
}

// healthcheck GETs a URL (default the local /healthz) and exits 0 on 200:
// the container images' probe, which have no curl.
func healthcheck(args []string) {
	url := "http://127.0.0.1:8080/healthz"
	if len(args) > 0 {
		url = args[0]
	}
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		fmt.Fprintln(os.Stderr, "scrutin healthcheck:", err)
		os.Exit(1)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(os.Stderr, "scrutin healthcheck:", url, "answered", resp.Status)
		os.Exit(1)
	}
}

func newLogger(format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, nil))
}

func fatal(logger *slog.Logger, msg string, args ...any) {
	logger.Error(msg, args...)
	os.Exit(1)
}
