package httpapi

import (
	"bufio"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/domain"
)

// PartnerProofPath is where a partner publishes its key on its domain, as
// a line "scrutin-partner <partner id> <hex Ed25519 key>".
const PartnerProofPath = "/.well-known/scrutin-partner.txt"

func (s *Server) mountPartners(r chi.Router) {
	r.Get("/positions", s.handle(s.listPositions))
	r.Group(func(r chi.Router) {
		r.Use(s.limit, requireJSON)
		r.Post("/partners/{partner}/positions", s.handle(s.publishPosition))
		r.Post("/partners/{partner}/withdrawals", s.handle(s.withdrawPosition))
	})
	r.Group(func(r chi.Router) {
		r.Use(s.admin, requireJSON)
		r.Post("/admin/partners", s.handle(s.verifyPartner))
		r.Post("/admin/partners/{partner}/moderations", s.handle(s.moderate))
	})
}

// checkDomain fetches the partner's proof from its domain and looks for
// its key; the answer is capped at 16 KiB and 10 s.
func (s *Server) checkDomain(ctx context.Context, partner domain.PartnerID, dom string, key string) error {
	scheme := s.cfg.PartnerScheme
	if scheme == "" {
		scheme = "https"
	}
	if strings.ContainsAny(dom, "/?#@ ") {
		return badRequest("domain %q: give a host name, nothing else", dom)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	url := scheme + "://" + dom + PartnerProofPath
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return badRequest("domain %q: %v", dom, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return &apiError{http.StatusUnprocessableEntity, fmt.Sprintf("couldn't fetch %s: %v", url, err)}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return &apiError{http.StatusUnprocessableEntity, fmt.Sprintf("%s answered %d: the domain is not verified", url, resp.StatusCode)}
	}
	want := "scrutin-partner " + string(partner) + " " + strings.ToLower(key)
	sc := bufio.NewScanner(io.LimitReader(resp.Body, 16<<10))
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == want {
			return nil
		}
	}
	return &apiError{http.StatusUnprocessableEntity, fmt.Sprintf("%s does not hold the line %q: the domain is not verified", url, want)}
}

func (s *Server) verifyPartner(r *http.Request) (any, int, error) {
	var req struct {
		Partner domain.PartnerID `json:"partner"`
		Name    string           `json:"name"`
		Domain  string           `json:"domain"`
		Key     string           `json:"key"` // hex Ed25519 public key
	}
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	kb, err := hex.DecodeString(req.Key)
	if err != nil || len(kb) != 32 {
		return nil, 0, badRequest("key must be 64 hexadecimal digits")
	}
	if err := s.checkDomain(r.Context(), req.Partner, req.Domain, req.Key); err != nil {
		return nil, 0, err
	}
	ev := &domain.PartnerVerified{Partner: req.Partner, Name: req.Name, Domain: req.Domain, Key: [32]byte(kb)}
	rec, err := s.cfg.App.Append(r.Context(), domain.PartnerStream(req.Partner), ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

func (s *Server) publishPosition(r *http.Request) (any, int, error) {
	var req struct {
		Bill      domain.BillID `json:"bill"`
		Stance    uint8         `json:"stance"`
		Summary   string        `json:"summary"`
		Link      string        `json:"link"`
		Signature []byte        `json:"signature"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	if len(req.Signature) != 64 {
		return nil, 0, badRequest("signature must be 64 bytes")
	}
	id := domain.PartnerID(chi.URLParam(r, "partner"))
	ev := &domain.PartnerPositionPublished{Partner: id, Bill: req.Bill, Stance: req.Stance, Summary: req.Summary, Link: req.Link}
	copy(ev.Signature[:], req.Signature)
	return s.appendPartner(r, id, ev)
}

func (s *Server) withdrawPosition(r *http.Request) (any, int, error) {
	var req struct {
		Bill      domain.BillID `json:"bill"`
		Signature []byte        `json:"signature"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	if len(req.Signature) != 64 {
		return nil, 0, badRequest("signature must be 64 bytes")
	}
	id := domain.PartnerID(chi.URLParam(r, "partner"))
	ev := &domain.PartnerPositionWithdrawn{Partner: id, Bill: req.Bill}
	copy(ev.Signature[:], req.Signature)
	return s.appendPartner(r, id, ev)
}

func (s *Server) moderate(r *http.Request) (any, int, error) {
	var req struct {
		Bill   domain.BillID `json:"bill"`
		Reason string        `json:"reason"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	id := domain.PartnerID(chi.URLParam(r, "partner"))
	return s.appendPartner(r, id, &domain.PositionModerated{Partner: id, Bill: req.Bill, Reason: req.Reason})
}

// appendPartner appends ev to partner id's stream: 201 with its index.
func (s *Server) appendPartner(r *http.Request, id domain.PartnerID, ev domain.Event) (any, int, error) {
	rec, err := s.cfg.App.Append(r.Context(), domain.PartnerStream(id), ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

// Position is a partner's current position as the API shows it.
type Position struct {
	Partner domain.PartnerID `json:"partner"`
	Name    string           `json:"name"`
	Domain  string           `json:"domain"`
	Stance  string           `json:"stance"` // for, against, mixed
	Summary string           `json:"summary"`
	Link    string           `json:"link"`
}

// Positions lists a bill's positions in partner-name order, and the
// positions the operator hid, with the public reason.
type Positions struct {
	Bill      domain.BillID `json:"bill"`
	Order     string        `json:"order"`
	Positions []Position    `json:"positions"`
	Moderated []struct {
		Partner domain.PartnerID `json:"partner"`
		Reason  string           `json:"reason"`
	} `json:"moderated"`
}

func (s *Server) listPositions(r *http.Request) (any, int, error) {
	bill := domain.BillID(r.URL.Query().Get("bill"))
	if bill == "" {
		return nil, 0, badRequest("give ?bill=")
	}
	out := Positions{Bill: bill, Order: "alphabetical by partner name", Positions: []Position{}}
	stances := map[uint8]string{domain.StanceFor: "for", domain.StanceAgainst: "against", domain.StanceMixed: "mixed"}
	s.cfg.App.View(func(st *domain.State) {
		for _, p := range st.Positions(bill) {
			v := st.Partners[p.Partner].Verified
			out.Positions = append(out.Positions, Position{Partner: p.Partner, Name: v.Name, Domain: v.Domain, Stance: stances[p.Stance], Summary: p.Summary, Link: p.Link})
		}
		for id, ps := range st.Partners {
			if reason, ok := ps.Moderated[bill]; ok {
				out.Moderated = append(out.Moderated, struct {
					Partner domain.PartnerID `json:"partner"`
					Reason  string           `json:"reason"`
				}{id, reason})
			}
		}
	})
	return out, http.StatusOK, nil
}
