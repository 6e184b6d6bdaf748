package server

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/httpapi"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/registrar"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/web"
)

// oidcFromEnv fills the OpenID Connect registrar's secrets from the
// environment.
func (c *Config) oidcFromEnv() {
	c.OIDCClientSecret = os.Getenv("SCRUTIN_OIDC_CLIENT_SECRET")
	c.OIDCClientSecretFile = os.Getenv("SCRUTIN_OIDC_CLIENT_SECRET_FILE")
	c.OIDCSubjectKeyFile = os.Getenv("SCRUTIN_OIDC_SUBJECT_KEY_FILE")
}

// openRegistrar opens the OpenID Connect registrar that cfg configures, or
// returns nil without one (cfg.OIDCIssuer empty).
// With db (the distributed mode's lease database), its state is there,
// shared by the replicas.
// The local store's subject file, when it opens one, is set in *subjects
// (for backups).
func openRegistrar(cfg Config, a *app.App, db *sql.DB, subjects **registrar.Subjects) (*registrar.OIDC, error) {
	if cfg.OIDCIssuer == "" {
		return nil, nil
	}
	secret := cfg.OIDCClientSecret
	if secret == "" && cfg.OIDCClientSecretFile != "" {
		b, err := os.ReadFile(cfg.OIDCClientSecretFile)
		if err != nil {
			return nil, fmt.Errorf("couldn't read the OpenID Connect client secret: %w", err)
		}
		secret = strings.TrimSpace(string(b))
	}
	key, err := subjectKey(cfg)
	if err != nil {
		return nil, err
	}
	name := cfg.OIDCName
	if name == "" {
		name = "oidc"
	}
	store, where, err := openRegistrarStore(cfg, key, db, subjects)
	if err != nil {
		return nil, err
	}
	o, err := registrar.NewOIDC(registrar.OIDCConfig{
		Name: name, Label: cfg.OIDCLabel, Issuer: cfg.OIDCIssuer, ClientID: cfg.OIDCClientID, ClientSecret: secret,
		RedirectURL: cfg.OIDCRedirect, SubjectKey: key, Store: store, Ledger: a, Now: cfg.Now, Log: cfg.Log,
	})
	if err != nil {
		store.Close()
		return nil, fmt.Errorf("couldn't configure OpenID Connect registration: %w", err)
	}
	cfg.Log.Info("OpenID Connect registration", "issuer", cfg.OIDCIssuer, "registrar", name, "redirect", cfg.OIDCRedirect, "state", where)
	return o, nil
}

// openRegistrarStore opens the registrar's state: with db (the distributed
// mode's lease database), the SQL store every replica shares, into which a
// DATA/registrar.db left by a one-replica registrar is imported; else the
// local store, DATA/registrar.db with pending registrations in memory.
func openRegistrarStore(cfg Config, key []byte, db *sql.DB, local **registrar.Subjects) (registrar.Store, string, error) {
	path := filepath.Join(cfg.DataDir, "registrar.db")
	if db == nil {
		subjects, err := registrar.OpenSubjects(path)
		if err != nil {
			return nil, "", err
		}
		*local = subjects
		return registrar.NewLocalStore(subjects), path, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	store, err := registrar.OpenSQLStore(ctx, db, key)
	if err != nil {
		return nil, "", err
	}
	if _, err := os.Stat(path); err == nil {
		subjects, err := registrar.OpenSubjects(path)
		if err != nil {
			return nil, "", err
		}
		n, err := store.Import(ctx, subjects)
		subjects.Close()
		if err != nil {
			return nil, "", fmt.Errorf("couldn't import %s into the registrar's database: %w", path, err)
		}
		cfg.Log.Info("imported the registrar's local subjects into its database (the file is no longer used)", "file", path, "added", n)
	}
	return store, "lease database (scrutin_registrar_*)", nil
}

// subjectKey reads the subject key from cfg.OIDCSubjectKeyFile, else from
// DataDir/oidc-subject.key, created at first start.
func subjectKey(cfg Config) ([]byte, error) {
	if cfg.OIDCSubjectKeyFile != "" {
		return registrar.LoadSubjectKey(cfg.OIDCSubjectKeyFile)
	}
	path := filepath.Join(cfg.DataDir, "oidc-subject.key")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		raw := make([]byte, registrar.MinSubjectKey)
		rand.Read(raw)
		if err := os.WriteFile(path, []byte(hex.EncodeToString(raw)+"\n"), 0o600); err != nil {
			return nil, fmt.Errorf("couldn't create the subject key: %w", err)
		}
		cfg.Log.Warn("created the OpenID Connect subject key in the data directory: keep a copy (without it, everyone could register again), or set SCRUTIN_OIDC_SUBJECT_KEY_FILE", "file", path)
	}
	return registrar.LoadSubjectKey(path)
}

// registrars returns the registrar as the web pages and the API take it:
// nil interfaces without one.
func (s *Server) registrars() (web.Registrar, httpapi.Registrar) {
	if s.Registrar == nil {
		return nil, nil
	}
	return s.Registrar, s.Registrar
}
