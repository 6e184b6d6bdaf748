// Package server assembles a Scrutin server from its configuration: the
// ledger backends, the log key, the projections and the HTTP API.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/agenda"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/backup"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/feed"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/httpapi"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ledger"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/metrics"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/registrar"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/web"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/webhook"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/witness"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

// Config is the server's configuration: flags, and secrets from the
// environment or files (never flags).
type Config struct {
	// Addr is the listen address, e.g. 127.0.0.1:8080.
	Addr string
	// DataDir holds the ledger file, and the keys created at first start.
	DataDir string
	// Origin names the log in its checkpoints; used when the log key is
	// created. Optional: "scrutin.local/log".
	Origin string

	// LogKey is the log's note private key (SCRUTIN_LOG_KEY). Optional.
	LogKey string
	// LogKeyFile is a file holding it (SCRUTIN_LOG_KEY_FILE). Optional:
	// else DataDir/log.key, created at first start.
	LogKeyFile string
	// AdminToken guards the write endpoints (SCRUTIN_ADMIN_TOKEN). Optional.
	AdminToken string
	// AdminTokenFile holds it (SCRUTIN_ADMIN_TOKEN_FILE). Optional: else
	// DataDir/admin.token, created at first start.
	AdminTokenFile string

	// Demo opens self-declared registration, labelled on every page.
	Demo bool
	// RatePerSecond and Burst limit each client's public writes. Optional.
	RatePerSecond, Burst float64
	// AdminRatePerSecond and AdminBurst limit each client's requests to
	// the admin endpoints. Optional: 50 and 500.
	AdminRatePerSecond, AdminBurst float64
	// Now is the clock. Optional: time.Now.
	Now func() time.Time
	// PartnerScheme fetches partners' domains. Optional: "https".
	PartnerScheme string

	// WitnessPolicyFile names a witness policy file
	// (SCRUTIN_WITNESS_POLICY_FILE); else Witnesses lists "<vkey>=<URL>,…"
	// (SCRUTIN_WITNESSES) and WitnessQuorum how many must cosign
	// (SCRUTIN_WITNESS_QUORUM, default all). Optional: no witnesses, the
	// checkpoint carries the log's signature alone. See docs/WITNESS.md.
	WitnessPolicyFile, Witnesses, WitnessQuorum string

	// Distributed mode (docs/OPERATIONS.md); all empty: the embedded mode.
	// Store is an EventStoreDB connection string (--store when it holds no
	// password, or SCRUTIN_STORE), else StoreFile holds it
	// (SCRUTIN_STORE_FILE). LogURL is the Trillian log,
	// "trillian://host:port?tree=ID[&cache=FILE]" (--log, SCRUTIN_LOG_URL).
	// LeaseDSN is the MariaDB DSN of the sequencer's lease
	// (SCRUTIN_LEASE_DSN), else LeaseDSNFile holds it
	// (SCRUTIN_LEASE_DSN_FILE); without one, this replica must be the only
	// one.
	Store, StoreFile, LogURL, LeaseDSN, LeaseDSNFile string

	// OpenID Connect registration (docs/REGISTRATION.md). OIDCIssuer
	// (--oidc-issuer) turns it on. OIDCClientID (--oidc-client-id) and
	// OIDCRedirect (--oidc-redirect: <origin>/inscription/oidc) are the
	// client registered at the provider; its secret is
	// SCRUTIN_OIDC_CLIENT_SECRET, else the file
	// SCRUTIN_OIDC_CLIENT_SECRET_FILE. OIDCSubjectKeyFile
	// (SCRUTIN_OIDC_SUBJECT_KEY_FILE) keys the subject hashes; optional:
	// DataDir/oidc-subject.key, created at first start. OIDCName
	// (--oidc-name, optional: "oidc") is written in VoterRegistered;
	// OIDCLabel (--oidc-label, optional: the name) is shown on the pages.
	// Optional: no identity-checked registration.
	OIDCIssuer, OIDCClientID, OIDCRedirect, OIDCName, OIDCLabel string
	OIDCClientSecret, OIDCClientSecretFile, OIDCSubjectKeyFile  string

	// AgendaFile is an agenda policy (SCRUTIN_AGENDA_FILE, --agenda):
	// votes opened and closed by rule as bills' texts arrive
	// (docs/OPERATIONS.md, "Votes by policy"). AgendaEvery is how often it
	// is applied. Optional: no agenda; every minute.
	AgendaFile  string
	AgendaEvery time.Duration
	// WebhooksFile configures webhooks (SCRUTIN_WEBHOOKS_FILE,
	// docs/OPERATIONS.md, "Feeds and webhooks"); their outbox is
	// DataDir/webhooks.db. WebhookMinBackoff and WebhookMaxBackoff bound
	// the retries. Optional: no webhooks; 1 s and 10 min.
	WebhooksFile                         string
	WebhookMinBackoff, WebhookMaxBackoff time.Duration

	Log *slog.Logger
}

// FromEnv fills the secret fields from the environment.
func (c *Config) FromEnv() {
	c.LogKey = os.Getenv("SCRUTIN_LOG_KEY")
	c.LogKeyFile = os.Getenv("SCRUTIN_LOG_KEY_FILE")
	c.AdminToken = os.Getenv("SCRUTIN_ADMIN_TOKEN")
	c.AdminTokenFile = os.Getenv("SCRUTIN_ADMIN_TOKEN_FILE")
	c.WitnessPolicyFile = os.Getenv("SCRUTIN_WITNESS_POLICY_FILE")
	c.Witnesses = os.Getenv("SCRUTIN_WITNESSES")
	c.WitnessQuorum = os.Getenv("SCRUTIN_WITNESS_QUORUM")
	if c.Store == "" {
		c.Store = os.Getenv("SCRUTIN_STORE")
	}
	c.StoreFile = os.Getenv("SCRUTIN_STORE_FILE")
	if c.LogURL == "" {
		c.LogURL = os.Getenv("SCRUTIN_LOG_URL")
	}
	c.LeaseDSN = os.Getenv("SCRUTIN_LEASE_DSN")
	c.LeaseDSNFile = os.Getenv("SCRUTIN_LEASE_DSN_FILE")
	if c.AgendaFile == "" {
		c.AgendaFile = os.Getenv("SCRUTIN_AGENDA_FILE")
	}
	c.WebhooksFile = os.Getenv("SCRUTIN_WEBHOOKS_FILE")
	c.oidcFromEnv()
}

// Server is a running Scrutin: open backends and the HTTP handler.
type Server struct {
	Ledger *ledger.Ledger
	// DB is the embedded ledger file; nil in distributed mode.
	DB      *embedded.DB
	Runner  *projections.Runner
	Counts  *projections.Counts
	State   *domain.State
	Bills   *projections.Bills
	App     *app.App
	Handler http.Handler

	// Cosigner gets checkpoints cosigned by witnesses; nil without.
	Cosigner *witness.Cosigner
	// Registrar is the OpenID Connect registrar; nil without.
	Registrar *registrar.OIDC
	// Feeds are the Atom feeds, a projection of Runner.
	Feeds *feed.Feeds
	// Outbox delivers webhooks; nil without.
	Outbox *webhook.Outbox
	// Agenda opens and closes votes by policy; nil without.
	Agenda *agenda.Policy

	subjects *registrar.Subjects // the registrar's local file, when open
	bg       sync.WaitGroup      // the agenda and the outbox

	cfg       Config
	backends  *backends
	cosigning chan struct{} // closed when the Cosigner has stopped
	cancel    context.CancelFunc
	done      chan struct{}
	done2     chan struct{} // closed when the distributed mode's watcher has stopped
}

// Open opens the backends and starts the projections.
func Open(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Origin == "" {
		cfg.Origin = "scrutin.local/log"
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("couldn't create the data directory: %w", err)
	}
	skey, created, err := ledger.LoadKey(ledger.KeyConfig{Env: cfg.LogKey, File: cfg.LogKeyFile, DataDir: cfg.DataDir, Origin: cfg.Origin})
	if err != nil {
		return nil, err
	}
	if created {
		cfg.Log.Info("created the log key", "file", filepath.Join(cfg.DataDir, "log.key"))
	}
	admin, err := adminToken(cfg)
	if err != nil {
		return nil, err
	}
	policy, witnessed, err := witness.LoadPolicy(cfg.WitnessPolicyFile, cfg.Witnesses, cfg.WitnessQuorum)
	if err != nil {
		return nil, err
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	dist, err := cfg.distributedMode()
	if err != nil {
		return nil, err
	}
	var b *backends
	if dist {
		store, _ := cfg.storeURL()
		b, err = openDistributed(context.Background(), cfg, store)
	} else {
		b, err = openEmbedded(cfg)
	}
	if err != nil {
		return nil, err
	}
	l, err := ledger.New(b.store, b.log, skey)
	if err != nil {
		b.close()
		return nil, err
	}
	counts := projections.NewCounts()
	state := domain.NewState()
	state.DeferBallots = true // the app verifies every ballot before writing it
	bills := projections.NewBills()
	feeds := feed.New()
	runner := projections.NewRunner(counts, state, bills, feeds)
	ctx, cancel := context.WithCancel(context.Background())
	acfg := app.Config{Ledger: l, Runner: runner, State: state, Now: cfg.Now, Log: cfg.Log, Head: b.head}
	if b.dist != nil {
		acfg.Writable = b.dist.writable
		acfg.CloseDelay = domain.CloseGrace + 2*domain.ClockSkew
	}
	a := app.New(acfg)
	s := &Server{Ledger: l, DB: b.db, backends: b, Runner: runner, Counts: counts, State: state, App: a, Feeds: feeds, cfg: cfg, cancel: cancel, done: make(chan struct{})}
	reg := metrics.New()
	var ready func(context.Context) []string
	var fresh func(context.Context) error
	if b.dist != nil {
		fresh = a.CatchUp
		b.dist.metrics(reg)
		ready = func(context.Context) []string { return b.dist.problems() }
		s.done2 = make(chan struct{})
		go func() {
			defer close(s.done2)
			b.dist.run(ctx, func(msg string, args ...any) { cfg.Log.Error(msg, args...) })
		}()
	}
	go func() {
		defer close(s.done)
		if err := runner.Run(ctx, StoreSource(b.store)); err != nil && ctx.Err() == nil {
			cfg.Log.Error("projections stopped", "err", err)
		}
	}()
	go s.closeVotes(ctx)
	var latest func() []byte
	if witnessed {
		cos, err := witness.NewCosigner(witness.Config{Policy: policy, Log: cfg.Log})
		if err != nil {
			s.Close()
			return nil, err
		}
		s.Cosigner, latest = cos, cos.Latest
		s.cosigning = make(chan struct{})
		go func() { defer close(s.cosigning); cos.Run(ctx, l) }()
	}
	if s.Registrar, err = openRegistrar(cfg, a, b.registrarDB(), &s.subjects); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.startOps(ctx); err != nil {
		s.Close()
		return nil, err
	}
	webReg, apiReg := s.registrars()
	site, err := web.New(web.Config{App: a, Ledger: l, Runner: runner, Bills: bills, Demo: cfg.Demo, Now: cfg.Now, Log: cfg.Log, Registrar: webReg, History: feeds})
	if err != nil {
		s.Close()
		return nil, err
	}
	s.Bills = bills
	s.Handler = httpapi.New(httpapi.Config{
		Ledger: l, App: a, Runner: runner, Counts: counts, Metrics: reg, Readiness: ready, Fresh: fresh, Log: cfg.Log, AdminToken: admin,
		Demo: cfg.Demo, RatePerSecond: cfg.RatePerSecond, Burst: cfg.Burst, Now: cfg.Now, Pages: site,
		AdminRatePerSecond: cfg.AdminRatePerSecond, AdminBurst: cfg.AdminBurst,
		PanelSecrets: panelSecrets{dir: filepath.Join(cfg.DataDir, "panels")}, PartnerScheme: cfg.PartnerScheme, Bills: bills,
		Witnessed: latest, Registrar: apiReg,
		Mounts: []httpapi.Mounter{feeds}, AdminMounts: []httpapi.Mounter{backup.Handler{Config: s.backupConfig}},
	})
	return s, nil
}

// StoreSource adapts an event store's subscription to projections.Source.
func StoreSource(st eventstore.Store) projections.Source {
	return projections.SourceFunc(func(ctx context.Context, from uint64, fn func(uint64, []byte) error) error {
		return st.SubscribeAll(ctx, from, func(r eventstore.Recorded) error { return fn(r.Position, r.Entry) })
	})
}

// closeVotes closes votes when their time comes.
func (s *Server) closeVotes(ctx context.Context) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.App.FinishDue(ctx); err != nil && ctx.Err() == nil {
				s.cfg.Log.Warn("couldn't finish a write left due", "err", err)
			}
			closed, err := s.App.CloseDue(ctx)
			for _, id := range closed {
				s.cfg.Log.Info("vote closed", "vote", id)
			}
			if err != nil && ctx.Err() == nil {
				s.cfg.Log.Warn("couldn't close a vote", "err", err)
			}
			if s.cfg.Demo {
				if err := s.decryptDemo(ctx); err != nil && ctx.Err() == nil {
					s.cfg.Log.Warn("demo trustees", "err", err)
				}
			}
		}
	}
}

// Close stops the projections and closes the backends.
func (s *Server) Close() error {
	s.cancel()
	<-s.done
	s.bg.Wait()
	if s.Outbox != nil {
		s.Outbox.Close()
	}
	if s.cosigning != nil {
		<-s.cosigning
	}
	if s.done2 != nil {
		<-s.done2
	}
	s.App.Close()
	if s.Registrar != nil {
		s.Registrar.Close()
	}
	return s.backends.close()
}

// Head returns how many events the ledger's store holds.
func (s *Server) Head(ctx context.Context) (uint64, error) { return s.backends.head(ctx) }

// Distributed reports whether the server runs on EventStoreDB and Trillian.
func (s *Server) Distributed() bool { return s.backends.dist != nil }

// Serve listens on cfg.Addr until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return srv.Shutdown(shut)
	}
}

func adminToken(cfg Config) (string, error) {
	if cfg.AdminToken != "" {
		return cfg.AdminToken, nil
	}
	path := cfg.AdminTokenFile
	if path == "" {
		path = filepath.Join(cfg.DataDir, "admin.token")
	}
	b, err := os.ReadFile(path)
	if err == nil {
		return strings.TrimSpace(string(b)), nil
	}
	if !errors.Is(err, fs.ErrNotExist) || cfg.AdminTokenFile != "" {
		return "", fmt.Errorf("couldn't read the admin token: %w", err)
	}
	raw := make([]byte, 32)
	rand.Read(raw)
	tok := hex.EncodeToString(raw)
	if err := os.WriteFile(path, []byte(tok+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("couldn't create the admin token: %w", err)
	}
	cfg.Log.Info("created the admin token", "file", path)
	return tok, nil
}
