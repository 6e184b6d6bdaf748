// Command scrutin serves the Scrutin platform and runs its admin tasks.
//
//	scrutin [serve] [--addr 127.0.0.1:8080] [--data ./scrutin-data] [--origin NAME]
//	        [--store esdb://host:2113?… --log trillian://host:8090?tree=ID]
//	        [--oidc-issuer URL --oidc-client-id ID --oidc-redirect URL]
//	        [--sync-source URL… --sync-every 6h]
//	scrutin sync [--data DIR] --source URL…
//
// Without --store and --log it runs the embedded mode (one bbolt file in
// the data directory); with both, the distributed mode (docs/OPERATIONS.md):
// EventStoreDB holds the events, Trillian the Merkle log, and a sequencer
// (one active replica at a time: a lease in MariaDB, SCRUTIN_LEASE_DSN_FILE)
// copies the first into the second. The store's connection string may come
// from SCRUTIN_STORE_FILE (required when it holds a password).
//
// Secrets come from the environment or files, never from flags:
// SCRUTIN_LOG_KEY or SCRUTIN_LOG_KEY_FILE (else DATA/log.key, created at
// first start), SCRUTIN_ADMIN_TOKEN or SCRUTIN_ADMIN_TOKEN_FILE (else
// DATA/admin.token); with --oidc-issuer (identity-checked registration,
// docs/REGISTRATION.md), SCRUTIN_OIDC_CLIENT_SECRET or _FILE, and
// SCRUTIN_OIDC_SUBJECT_KEY_FILE (else DATA/oidc-subject.key).
package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"golang.org/x/mod/sumdb/note"

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
	case "sync":
		syncCmd(args)
	case "keygen":
		keygen(args)
	case "law":
		lawCmd(args)
	case "votes":
		votesCmd(args)
	case "backup":
		backupCmd(args)
	case "simulate":
		simulateCmd(args)
	default:
		fmt.Fprintf(os.Stderr, "scrutin: unknown command %q\nusage: scrutin [serve] [flags]; scrutin serve -h for the flags; scrutin import; scrutin sync; scrutin law eval; scrutin keygen ORIGIN; scrutin votes ceremony|list|stages|open|close; scrutin backup DEST; scrutin simulate --data DIR\n", cmd)
		os.Exit(2)
	}
}

func serve(args []string) {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	var cfg server.Config
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "listen `address`")
	fs.StringVar(&cfg.DataDir, "data", "./scrutin-data", "data `directory` (ledger file, keys created at first start)")
	fs.StringVar(&cfg.Origin, "origin", "scrutin.local/log", "log `origin` named in checkpoints, for a key created at first start")
	fs.BoolVar(&cfg.Demo, "demo", true, "demo mode: demo content at first start, self-declared registration, labelled on every page (default false with --store or --log)")
	fs.StringVar(&cfg.Store, "store", "", "event store: `embedded` (default) or an EventStoreDB connection string esdb://host:port?… without a password (else SCRUTIN_STORE_FILE)")
	fs.StringVar(&cfg.LogURL, "log", "", "Merkle log: embedded (default, with the embedded store) or `trillian://host:port?tree=ID`")
	fs.StringVar(&cfg.OIDCIssuer, "oidc-issuer", "", "OpenID Connect `issuer` URL: identity-checked registration (docs/REGISTRATION.md; client secret in SCRUTIN_OIDC_CLIENT_SECRET(_FILE))")
	fs.StringVar(&cfg.OIDCClientID, "oidc-client-id", "", "OpenID Connect client `ID` registered at the provider")
	fs.StringVar(&cfg.OIDCRedirect, "oidc-redirect", "", "OpenID Connect redirect `URL` registered at the provider: <origin>/inscription/oidc")
	fs.StringVar(&cfg.OIDCName, "oidc-name", "oidc", "registrar `name` written in each VoterRegistered it appends")
	fs.StringVar(&cfg.OIDCLabel, "oidc-label", "", "identity provider's `label` on the pages (default: the registrar name)")
	fs.StringVar(&cfg.AgendaFile, "agenda", "", "agenda policy `file`: votes opened and closed by rule (docs/OPERATIONS.md; else SCRUTIN_AGENDA_FILE)")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	var syncSources sources
	fs.Var(&syncSources, "sync-source", "sync from the open-data archive at `URL` (repeatable, or a comma list; docs/OPERATIONS.md); off by default")
	syncEvery := fs.Duration("sync-every", 6*time.Hour, "with --sync-source, sync every `DURATION`")
	fs.Float64Var(&cfg.AdminRatePerSecond, "admin-rate", 50, "admin requests a second allowed to each client address, on average (writes by importers and operators)")
	fs.Float64Var(&cfg.AdminBurst, "admin-burst", 500, "admin requests each client address may send at once before --admin-rate applies")
	pprofAddr := fs.String("pprof-addr", "", "serve Go's profiler (net/http/pprof) on this loopback `address`, for operators (off by default)")
	fs.Parse(args)
	if cfg.AdminRatePerSecond <= 0 || cfg.AdminBurst < 1 {
		fmt.Fprintln(os.Stderr, "scrutin: --admin-rate must be above 0 and --admin-burst at least 1")
		os.Exit(2)
	}
	if err := server.CheckStoreFlag(cfg.Store); err != nil {
		fmt.Fprintln(os.Stderr, "scrutin:", err)
		os.Exit(2)
	}
	if cfg.LogURL == "embedded" {
		cfg.LogURL = ""
	}
	demoSet := false
	fs.Visit(func(f *flag.Flag) { demoSet = demoSet || f.Name == "demo" })
	if !demoSet && (cfg.LogURL != "" || cfg.Store != "" || os.Getenv("SCRUTIN_STORE_FILE") != "" || os.Getenv("SCRUTIN_STORE") != "" || os.Getenv("SCRUTIN_LOG_URL") != "") {
		cfg.Demo = false // a distributed deployment is never a demo unless asked
	}
	logger := newLogger(*logFormat)
	cfg.Log = logger
	cfg.FromEnv()
	if *pprofAddr != "" {
		a, err := servePprof(*pprofAddr)
		if err != nil {
			fmt.Fprintln(os.Stderr, "scrutin:", err)
			os.Exit(2)
		}
		logger.Info("profiler serving", "url", "http://"+a.String()+"/debug/pprof/")
	}

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
	size, _ := s.Head(context.Background())
	logger.Info("scrutin serving", "url", "http://"+ln.Addr().String()+"/", "data", cfg.DataDir,
		"log_origin", s.Ledger.Origin(), "log_verifier_key", s.Ledger.VerifierKey(), "events", size)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	startSync(ctx, s, cfg.DataDir, syncSources, *syncEvery, logger)
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

// keygen prints a new log signing key (a note private key named ORIGIN) on
// stdout and its verifier key on stderr: the key every replica of a
// distributed deployment reads from SCRUTIN_LOG_KEY_FILE.
//
//	(umask 077; scrutin keygen scrutin.example/log > log-key)
func keygen(args []string) {
	if len(args) != 1 || args[0] == "" || args[0][0] == '-' {
		fmt.Fprintln(os.Stderr, "usage: scrutin keygen ORIGIN > FILE   (e.g. scrutin keygen scrutin.example/log; keep FILE secret, mode 0400)")
		os.Exit(2)
	}
	skey, vkey, err := note.GenerateKey(rand.Reader, args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "scrutin keygen:", err)
		os.Exit(1)
	}
	fmt.Println(skey)
	fmt.Fprintln(os.Stderr, "verifier key (publish it):", vkey)
}
