package server

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/agenda"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/backup"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/webhook"
)

// startOps starts what runs the platform without an operator: the agenda
// (votes by policy) and the webhooks outbox, when configured.
func (s *Server) startOps(ctx context.Context) error {
	cfg := s.cfg
	if cfg.AgendaFile != "" {
		p, err := agenda.Load(cfg.AgendaFile)
		if err != nil {
			return err
		}
		s.Agenda = p
		every := cfg.AgendaEvery
		if every <= 0 {
			every = time.Minute
		}
		cfg.Log.Info("agenda policy", "file", cfg.AgendaFile, "rules", len(p.Rules), "every", every)
		s.bg.Add(1)
		go func() { defer s.bg.Done(); s.runAgenda(ctx, every) }()
	}
	if cfg.WebhooksFile != "" {
		eps, err := webhook.LoadEndpoints(cfg.WebhooksFile)
		if err != nil {
			return err
		}
		o, err := webhook.Open(webhook.Config{
			Path: filepath.Join(cfg.DataDir, "webhooks.db"), Endpoints: eps, Source: StoreSource(s.backends.store),
			MinBackoff: cfg.WebhookMinBackoff, MaxBackoff: cfg.WebhookMaxBackoff, Log: cfg.Log,
		})
		if err != nil {
			return err
		}
		s.Outbox = o
		cfg.Log.Info("webhooks", "file", cfg.WebhooksFile, "endpoints", len(eps), "cursor", o.Cursor(), "pending", o.Pending())
		s.bg.Add(1)
		go func() {
			defer s.bg.Done()
			for {
				err := o.Run(ctx) // resumes from its cursor: nothing is lost
				if ctx.Err() != nil {
					return
				}
				cfg.Log.Error("webhooks stopped; restarting in 10 s", "err", err)
				select {
				case <-ctx.Done():
					return
				case <-time.After(10 * time.Second):
				}
			}
		}()
	}
	return nil
}

// runAgenda applies the agenda policy every period.
func (s *Server) runAgenda(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		done, err := agenda.Apply(ctx, s.App, s.Agenda, s.cfg.Now())
		for _, a := range done {
			s.cfg.Log.Info("agenda opened a vote", "rule", a.Rule, "vote", a.Open.Vote, "bill", a.Open.Bill, "stage", a.Open.Stage, "closes", a.Open.Closes, "why", a.Why)
		}
		if err != nil && ctx.Err() == nil {
			s.cfg.Log.Warn("agenda", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// backupConfig says what a backup of the embedded mode holds.
func (s *Server) backupConfig() (backup.Config, error) {
	if s.DB == nil {
		return backup.Config{}, errors.New("the distributed mode's data is in EventStoreDB, Trillian and MariaDB: back them up with their own tools (docs/OPERATIONS.md)")
	}
	open := map[string]backup.Snapshot{"ledger.db": s.DB.Snapshot}
	if s.Outbox != nil {
		open["webhooks.db"] = s.Outbox.Snapshot
	}
	if s.subjects != nil {
		open["registrar.db"] = s.subjects.Snapshot
	}
	return backup.Config{DataDir: s.cfg.DataDir, Open: open, Now: s.cfg.Now, Skip: func(rel string) bool {
		// Rebuilt at will: the voter's WebAssembly of a dev run, a
		// distributed mode's log cache, an unfinished restore.
		return rel == "scrutin.wasm" || strings.HasPrefix(rel, "trillian-cache-") || strings.HasSuffix(rel, ".partial")
	}}, nil
}
