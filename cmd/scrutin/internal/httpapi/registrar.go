package httpapi

import (
	"context"
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/registrar"
	"github.com/scrutin/scrutin/domain"
)

// Registrar registers voters whose identity it checked with an identity
// provider (registrar.OIDC). The provider's redirect back is a page, served
// by the web package; the API starts the flow and revokes.
type Registrar interface {
	// Name is the registrar's identifier in VoterRegistered.
	Name() string
	// Label names the provider for people.
	Label() string
	// Begin starts the registration of a credential made on the voter's
	// device: it returns the provider's authorization URL and the binding
	// to keep in the browser (Cookie). Errors are *registrar.Error.
	Begin(ctx context.Context, c domain.Credential, d domain.District) (authURL, binding string, err error)
	// Cookie is the cookie that keeps binding in the browser.
	Cookie(binding string) *http.Cookie
	// HashSubject is the keyed hash of one of the provider's subjects.
	HashSubject(subject string) registrar.SubjectHash
	// Revoke revokes the credential registered for a subject hash.
	Revoke(ctx context.Context, h registrar.SubjectHash, reason string) (domain.Credential, uint64, error)
}

func (s *Server) mountRegistrar(r chi.Router) {
	r.Get("/registrars", s.handle(s.registrars))
	if s.cfg.Registrar == nil {
		notConfigured := func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "identity-checked registration (OpenID Connect) is not configured on this server"})
		}
		r.Post("/register/oidc", notConfigured)
		r.Post("/admin/registrar/revoke", notConfigured)
		return
	}
	r.With(s.limit, requireJSON).Post("/register/oidc", s.beginOIDC)
	r.With(s.admin, requireJSON).Post("/admin/registrar/revoke", s.handle(s.revokeSubject))
}

// registrars lists the ways to register on this server.
func (s *Server) registrars(r *http.Request) (any, int, error) {
	type info struct {
		Name  string `json:"name"`
		Label string `json:"label"`
		Kind  string `json:"kind"`  // "oidc" or "demo"
		Start string `json:"start"` // the API path that starts a registration
	}
	out := []info{}
	if s.cfg.Registrar != nil {
		out = append(out, info{s.cfg.Registrar.Name(), s.cfg.Registrar.Label(), "oidc", "/api/v1/register/oidc"})
	}
	if s.cfg.Demo {
		out = append(out, info{"demo", "self-declared (demo)", "demo", "/api/v1/register"})
	}
	return out, http.StatusOK, nil
}

// beginOIDC starts an identity-checked registration: the browser posts the
// public key it made and its district, gets the provider's URL to go to,
// and a cookie that binds the flow to it.
func (s *Server) beginOIDC(w http.ResponseWriter, r *http.Request) {
	var req registerRequest
	if err := decodeJSON(r, &req); err != nil {
		s.writeError(w, r, err)
		return
	}
	c, err := domain.ParseCredential(req.Credential)
	if err != nil {
		s.writeError(w, r, badRequest("%v", err))
		return
	}
	authURL, binding, err := s.cfg.Registrar.Begin(r.Context(), c, req.District)
	if err != nil {
		s.writeError(w, r, registrarError(err))
		return
	}
	http.SetCookie(w, s.cfg.Registrar.Cookie(binding))
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, map[string]string{"authorization_url": authURL, "registrar": s.cfg.Registrar.Name()})
}

type revokeSubjectRequest struct {
	// Subject is the person's subject at the provider (sent to this
	// endpoint only, never kept); or SubjectHash, its keyed hash in hex.
	Subject     string `json:"subject,omitempty"`
	SubjectHash string `json:"subject_hash,omitempty"`
	Reason      string `json:"reason"` // public: it goes into the log
}

// revokeSubject revokes the credential the registrar registered for a
// person, found by their subject at the provider or its keyed hash.
func (s *Server) revokeSubject(r *http.Request) (any, int, error) {
	var req revokeSubjectRequest
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	var h registrar.SubjectHash
	switch {
	case req.Subject != "" && req.SubjectHash == "":
		h = s.cfg.Registrar.HashSubject(req.Subject)
	case req.SubjectHash != "" && req.Subject == "":
		var err error
		if h, err = registrar.ParseSubjectHash(req.SubjectHash); err != nil {
			return nil, 0, badRequest("subject_hash: %v", err)
		}
	default:
		return nil, 0, badRequest("give subject or subject_hash (one of them)")
	}
	if req.Reason == "" {
		return nil, 0, badRequest("a revocation says why (reason)")
	}
	c, pos, err := s.cfg.Registrar.Revoke(r.Context(), h, req.Reason)
	if err != nil {
		return nil, 0, registrarError(err)
	}
	return map[string]any{"credential": c.String(), "subject_hash": h.String(), "index": pos}, http.StatusCreated, nil
}

// registrarError gives a registrar's refusal its status.
func registrarError(err error) error {
	var re *registrar.Error
	if errors.As(err, &re) {
		return &apiError{re.Status, re.Msg}
	}
	return err
}
