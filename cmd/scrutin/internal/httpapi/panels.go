package httpapi

import (
	"crypto/ed25519"
	"net/http"
	"sort"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/domain"
)

// PanelSecrets keeps the operator's sortition secrets: made and committed
// when a panel opens, revealed when it is drawn.
type PanelSecrets interface {
	// Commit makes panel's secret, keeps it, and returns its SHA-256.
	Commit(panel domain.PanelID) ([32]byte, error)
	// Reveal returns panel's secret.
	Reveal(panel domain.PanelID) ([32]byte, error)
}

func (s *Server) mountPanels(r chi.Router) {
	r.Get("/panels/{panel}", s.handle(s.getPanel))
	r.With(s.limit, requireJSON).Post("/panels/{panel}/volunteers", s.handle(s.volunteer))
	r.Group(func(r chi.Router) {
		r.Use(s.admin, requireJSON)
		r.Post("/admin/panels", s.handle(s.openPanel))
		r.Post("/admin/panels/{panel}/close", s.handle(s.closePanel))
		r.Post("/admin/panels/{panel}/draw", s.handle(s.drawPanel))
	})
}

// Panel is a citizens' panel as the API shows it.
type Panel struct {
	*domain.PanelOpened
	Volunteers  int                    `json:"volunteers"`
	Closed      bool                   `json:"closed"`
	BeaconSize  uint64                 `json:"beacon_size,omitempty"`
	BeaconReady bool                   `json:"beacon_ready"`
	Drawn       *domain.SortitionDrawn `json:"drawn,omitempty"`
	Selected    []string               `json:"selected,omitempty"` // credentials, hex
}

func (s *Server) getPanel(r *http.Request) (any, int, error) {
	id := domain.PanelID(chi.URLParam(r, "panel"))
	var out *Panel
	s.cfg.App.View(func(st *domain.State) {
		p, ok := st.Panels[id]
		if !ok {
			return
		}
		out = &Panel{PanelOpened: p.Opened, Volunteers: len(p.Volunteers), Closed: p.Closed, Drawn: p.Drawn, BeaconReady: p.BeaconRoot != nil}
		if p.Closed {
			out.BeaconSize = p.BeaconSize()
		}
		if p.Drawn != nil {
			for _, c := range p.Drawn.Selected {
				out.Selected = append(out.Selected, c.String())
			}
			sort.Strings(out.Selected)
		}
	})
	if out == nil {
		return nil, 0, notFound("no panel %q", id)
	}
	return out, http.StatusOK, nil
}

func (s *Server) volunteer(r *http.Request) (any, int, error) {
	var req struct {
		Credential string `json:"credential"`
		Signature  []byte `json:"signature"` // Ed25519 over "scrutin/volunteer/v1\n" + panel id
	}
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	c, err := domain.ParseCredential(req.Credential)
	if err != nil {
		return nil, 0, badRequest("%v", err)
	}
	if len(req.Signature) != ed25519.SignatureSize {
		return nil, 0, badRequest("signature must be 64 bytes")
	}
	id := domain.PanelID(chi.URLParam(r, "panel"))
	ev := &domain.VolunteerEnrolled{Panel: id, Credential: c}
	copy(ev.Signature[:], req.Signature)
	rec, err := s.cfg.App.Append(r.Context(), domain.PanelStream(id), ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

func (s *Server) openPanel(r *http.Request) (any, int, error) {
	if s.cfg.PanelSecrets == nil {
		return nil, 0, &apiError{http.StatusNotImplemented, "this server keeps no sortition secrets"}
	}
	var req struct {
		Panel       domain.PanelID `json:"panel"`
		Title       string         `json:"title"`
		Seats       uint32         `json:"seats"`
		Stratify    uint8          `json:"stratify"`
		EnrollUntil time.Time      `json:"enroll_until"`
		Delay       uint32         `json:"delay"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	ev := &domain.PanelOpened{Panel: req.Panel, Title: req.Title, Seats: req.Seats, Stratify: req.Stratify, EnrollUntil: req.EnrollUntil, Delay: req.Delay}
	var exists bool
	s.cfg.App.View(func(st *domain.State) { _, exists = st.Panels[req.Panel] })
	if exists {
		return nil, 0, &apiError{http.StatusConflict, "panel " + string(req.Panel) + " exists"}
	}
	c, err := s.cfg.PanelSecrets.Commit(req.Panel)
	if err != nil {
		return nil, 0, err
	}
	ev.Commitment = c
	rec, err := s.cfg.App.Append(r.Context(), domain.PanelStream(req.Panel), ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

func (s *Server) closePanel(r *http.Request) (any, int, error) {
	if err := decodeNone(r); err != nil {
		return nil, 0, err
	}
	id := domain.PanelID(chi.URLParam(r, "panel"))
	rec, err := s.cfg.App.Append(r.Context(), domain.PanelStream(id), &domain.PanelClosed{Panel: id})
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

func (s *Server) drawPanel(r *http.Request) (any, int, error) {
	if err := decodeNone(r); err != nil {
		return nil, 0, err
	}
	if s.cfg.PanelSecrets == nil {
		return nil, 0, &apiError{http.StatusNotImplemented, "this server keeps no sortition secrets"}
	}
	id := domain.PanelID(chi.URLParam(r, "panel"))
	secret, err := s.cfg.PanelSecrets.Reveal(id)
	if err != nil {
		s.cfg.Log.Warn("no sortition secret", "panel", id, "err", err) // the path stays in the server's log
		return nil, 0, notFound("this server keeps no sortition secret for panel %s", id)
	}
	var draw *domain.SortitionDrawn
	s.cfg.App.View(func(st *domain.State) { draw, err = st.PanelDraw(id, secret) })
	if err != nil {
		return nil, 0, &apiError{http.StatusConflict, err.Error()}
	}
	rec, err := s.cfg.App.Append(r.Context(), domain.PanelStream(id), draw)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position, "selected": len(draw.Selected)}, http.StatusCreated, nil
}
