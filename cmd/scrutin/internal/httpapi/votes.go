package httpapi

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sort"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/domain"
)

func (s *Server) mountVotes(r chi.Router) {
	r.Get("/votes", s.handle(s.listVotes))
	r.Get("/votes/{vote}", s.handle(s.getVote))
	r.Get("/votes/{vote}/turnout", s.handle(s.getTurnout))
	r.Get("/votes/{vote}/sums", s.handle(s.getSums))
	r.Get("/elections/{election}", s.handle(s.getElection))
	r.Get("/voters/{credential}", s.handle(s.getVoter))
	r.Get("/receipts/{tracking}", s.handle(s.getReceipt))
	r.Group(func(r chi.Router) {
		r.Use(s.limit, requireJSON)
		r.Post("/register", s.handle(s.register))
		r.Post("/elections/{election}/dealings", s.handle(s.submitDealing))
		r.Post("/votes/{vote}/shares", s.handle(s.submitShare))
	})
	r.With(s.limit, requireBallotBody).Post("/votes/{vote}/ballots", s.handle(s.castBallot))
	r.Group(func(r chi.Router) {
		r.Use(s.admin, requireJSON)
		r.Post("/admin/elections", s.handle(s.createElection))
		r.Post("/admin/votes", s.handle(s.openVote))
		r.Post("/admin/votes/{vote}/close", s.handle(s.closeVote))
		r.Post("/admin/voters/{credential}/revoke", s.handle(s.revoke))
	})
}

// requireJSON refuses writes that are not JSON: a cross-site HTML form can
// only send form encodings, so this also keeps such forms out (the API
// uses no cookies; the pages have their own CSRF tokens).
func requireJSON(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ct := r.Header.Get("Content-Type"); ct != "application/json" && !hasPrefix(ct, "application/json;") {
			writeJSON(w, http.StatusUnsupportedMediaType, map[string]string{"error": "send JSON (Content-Type: application/json)"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// VoteSummary is a vote in lists.
type VoteSummary struct {
	ID       domain.VoteID     `json:"id"`
	Bill     domain.BillID     `json:"bill"`
	Stage    string            `json:"stage"`
	Question string            `json:"question"`
	Options  []string          `json:"options"`
	Election domain.ElectionID `json:"election"`
	Opens    time.Time         `json:"opens"`
	Closes   time.Time         `json:"closes"`
	Status   string            `json:"status"` // upcoming, open, closed, tallied
	Voters   uint64            `json:"voters"` // credentials whose ballot counts
	TextHash string            `json:"text_hash"`
}

func (s *Server) summary(st *domain.State, v *domain.VoteState) VoteSummary {
	o := v.Opened
	out := VoteSummary{ID: o.Vote, Bill: o.Bill, Stage: o.Stage, Question: o.Question, Options: o.Options,
		Election: o.Election, Opens: o.Opens, Closes: o.Closes, TextHash: hex.EncodeToString(o.TextHash[:])}
	now := s.cfg.now()
	switch {
	case v.Tally != nil:
		out.Status = "tallied"
	case v.Closed:
		out.Status = "closed"
	case now.Before(o.Opens):
		out.Status = "upcoming"
	case now.Before(o.Closes):
		out.Status = "open"
	default:
		out.Status = "closing"
	}
	out.Voters = uint64(len(st.Counted(v)))
	return out
}

func (s *Server) listVotes(r *http.Request) (any, int, error) {
	var out []VoteSummary
	s.cfg.App.View(func(st *domain.State) {
		for _, v := range st.Votes {
			out = append(out, s.summary(st, v))
		}
	})
	// Open votes first, then by closing time.
	rank := map[string]int{"open": 0, "closing": 1, "upcoming": 2, "closed": 3, "tallied": 4}
	sort.Slice(out, func(i, j int) bool {
		if rank[out[i].Status] != rank[out[j].Status] {
			return rank[out[i].Status] < rank[out[j].Status]
		}
		return out[i].Closes.Before(out[j].Closes)
	})
	if out == nil {
		out = []VoteSummary{}
	}
	return out, http.StatusOK, nil
}

// Turnout is a vote's public turnout: credentials whose ballot counts.
type Turnout struct {
	Vote          domain.VoteID     `json:"vote"`
	Total         uint64            `json:"total"`
	ByDistrict    map[string]uint64 `json:"by_district"`
	ByDepartement map[string]uint64 `json:"by_departement"`
	Position      uint64            `json:"position"` // events folded
}

// VoteDetail is one vote with its turnout and, once tallied, its result.
type VoteDetail struct {
	VoteSummary
	ElectionKey string                 `json:"election_key"`
	MinGroup    uint32                 `json:"min_group"`
	Turnout     Turnout                `json:"turnout"`
	ClosedAt    *uint64                `json:"closed_at,omitempty"` // log position of VoteClosed
	Tally       *domain.TallyPublished `json:"tally,omitempty"`
}

func (s *Server) vote(r *http.Request, fn func(st *domain.State, v *domain.VoteState)) error {
	id := domain.VoteID(chi.URLParam(r, "vote"))
	found := false
	s.cfg.App.View(func(st *domain.State) {
		if v, ok := st.Votes[id]; ok {
			found = true
			fn(st, v)
		}
	})
	if !found {
		return notFound("no vote %q", id)
	}
	return nil
}

func (s *Server) turnout(st *domain.State, v *domain.VoteState) Turnout {
	t := Turnout{Vote: v.Opened.Vote, ByDistrict: map[string]uint64{}, ByDepartement: map[string]uint64{}, Position: st.Position()}
	for d, n := range st.Turnout(v) {
		info, _ := domain.LookupDistrict(d)
		t.ByDistrict[string(d)] += n
		t.ByDepartement[info.Departement] += n
		t.Total += n
	}
	return t
}

func (s *Server) getVote(r *http.Request) (any, int, error) {
	var out VoteDetail
	err := s.vote(r, func(st *domain.State, v *domain.VoteState) {
		out = VoteDetail{VoteSummary: s.summary(st, v), ElectionKey: hex.EncodeToString(v.Key.Bytes()),
			MinGroup: v.Opened.MinGroup, Turnout: s.turnout(st, v), Tally: v.Tally}
		if v.Closed {
			at := v.ClosedAt
			out.ClosedAt = &at
		}
	})
	return out, http.StatusOK, err
}

func (s *Server) getTurnout(r *http.Request) (any, int, error) {
	var out Turnout
	err := s.vote(r, func(st *domain.State, v *domain.VoteState) { out = s.turnout(st, v) })
	return out, http.StatusOK, err
}

// Sums is what trustees decrypt: the groups and, for each group and option
// in order, the encrypted sum of the counted ballots.
type Sums struct {
	Vote        domain.VoteID       `json:"vote"`
	Groups      []domain.TallyGroup `json:"groups"`
	Ciphertexts []string            `json:"ciphertexts"` // hex, 64 bytes each
	Parts       int                 `json:"parts"`
	PartSize    int                 `json:"part_size"`
	Decrypted   []int               `json:"decrypted_by"`
}

func (s *Server) getSums(r *http.Request) (any, int, error) {
	var out Sums
	var closed bool
	err := s.vote(r, func(st *domain.State, v *domain.VoteState) {
		closed = v.Closed
		out = Sums{Vote: v.Opened.Vote, Groups: v.Groups, Parts: v.Parts(), PartSize: domain.MaxTallyPart, Decrypted: v.Decrypted()}
		for _, c := range v.Sums {
			b, _ := c.MarshalBinary()
			out.Ciphertexts = append(out.Ciphertexts, hex.EncodeToString(b))
		}
	})
	if err == nil && !closed {
		return nil, 0, &apiError{http.StatusConflict, "the vote is not closed: nothing to decrypt yet"}
	}
	return out, http.StatusOK, err
}

// ElectionInfo is a key ceremony as the API shows it.
type ElectionInfo struct {
	ID               domain.ElectionID    `json:"id"`
	Threshold        uint16               `json:"threshold"`
	Trustees         []domain.TrusteeInfo `json:"trustees"`
	Dealings         map[int]string       `json:"dealings"` // trustee → hex dealing
	Key              string               `json:"key,omitempty"`
	VerificationKeys []string             `json:"verification_keys,omitempty"`
}

func (s *Server) getElection(r *http.Request) (any, int, error) {
	id := domain.ElectionID(chi.URLParam(r, "election"))
	var out *ElectionInfo
	s.cfg.App.View(func(st *domain.State) {
		el, ok := st.Elections[id]
		if !ok {
			return
		}
		out = &ElectionInfo{ID: id, Threshold: el.Created.Threshold, Trustees: el.Created.Trustees, Dealings: map[int]string{}}
		for i, d := range el.Dealings {
			b, _ := d.MarshalBinary()
			out.Dealings[i] = hex.EncodeToString(b)
		}
		if el.Key != nil {
			out.Key = hex.EncodeToString(el.Key.Bytes())
			for _, vk := range el.VKeys {
				out.VerificationKeys = append(out.VerificationKeys, hex.EncodeToString(vk.Bytes()))
			}
		}
	})
	if out == nil {
		return nil, 0, notFound("no election %q", id)
	}
	return out, http.StatusOK, nil
}

func (s *Server) getVoter(r *http.Request) (any, int, error) {
	c, err := domain.ParseCredential(chi.URLParam(r, "credential"))
	if err != nil {
		return nil, 0, badRequest("%v", err)
	}
	var out map[string]any
	s.cfg.App.View(func(st *domain.State) {
		if v, ok := st.Voter(c); ok {
			out = map[string]any{"credential": c.String(), "district": v.District, "registrar": v.Registrar, "revoked": v.Revoked}
		}
	})
	if out == nil {
		return nil, 0, notFound("credential %s is not registered", c)
	}
	return out, http.StatusOK, nil
}

func (s *Server) getReceipt(r *http.Request) (any, int, error) {
	h, err := parseHash(chi.URLParam(r, "tracking"))
	if err != nil {
		return nil, 0, err
	}
	rec, err := s.cfg.App.Receipt(r.Context(), h)
	if err != nil {
		return nil, 0, err
	}
	return rec, http.StatusOK, nil
}

type registerRequest struct {
	Credential string          `json:"credential"` // hex Ed25519 public key, made on the voter's device
	District   domain.District `json:"district"`
}

func (s *Server) register(r *http.Request) (any, int, error) {
	if !s.cfg.Demo {
		return nil, 0, &apiError{http.StatusForbidden, "self-declared registration is only open in demo mode"}
	}
	var req registerRequest
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	c, err := domain.ParseCredential(req.Credential)
	if err != nil {
		return nil, 0, badRequest("%v", err)
	}
	ev := &domain.VoterRegistered{Credential: c, District: req.District, Registrar: "demo"}
	rec, err := s.cfg.App.Append(r.Context(), domain.VoterStream(c), ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"credential": c.String(), "district": req.District, "registrar": "demo", "demo": true, "index": rec.Position}, http.StatusCreated, nil
}

type ballotRequest struct {
	Credential string `json:"credential"` // hex
	Ballot     []byte `json:"ballot"`     // base64 of the canonical ballot
	Signature  []byte `json:"signature"`  // base64, 64 bytes
}

// ballotContentType is the binary form of a cast request (docs/VOTING.md):
// credential (32 bytes) || signature (64) || the ballot's canonical
// encoding, with no JSON or base64 to decode.
const ballotContentType = "application/octet-stream"

// requireBallotBody is requireJSON, also letting through the binary
// ballot: an HTML form cannot send that content type either.
func requireBallotBody(next http.Handler) http.Handler {
	json := requireJSON(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == ballotContentType {
			next.ServeHTTP(w, r)
			return
		}
		json.ServeHTTP(w, r)
	})
}

func (s *Server) castBallot(r *http.Request) (any, int, error) {
	ev, err := decodeBallot(r)
	if err != nil {
		return nil, 0, err
	}
	ev.Vote = domain.VoteID(chi.URLParam(r, "vote"))
	rec, err := s.cfg.App.Cast(r.Context(), ev)
	if err != nil {
		return nil, 0, err
	}
	receipt, err := s.cfg.App.Receipt(r.Context(), domain.LeafHash(rec.Entry))
	if err != nil {
		return nil, 0, err
	}
	return receipt, http.StatusCreated, nil
}

// decodeBallot reads a cast request, JSON (ballotRequest) or binary
// (ballotContentType).
func decodeBallot(r *http.Request) (*domain.BallotCast, error) {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == ballotContentType {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return nil, err
			}
			return nil, badRequest("couldn't read the request: %v", err)
		}
		if len(b) <= 32+64 {
			return nil, badRequest("a binary ballot is credential (32 bytes) || signature (64 bytes) || ballot")
		}
		ev := &domain.BallotCast{Ballot: b[32+64:]}
		copy(ev.Credential[:], b[:32])
		copy(ev.Signature[:], b[32:32+64])
		return ev, nil
	}
	var req ballotRequest
	if err := decodeJSON(r, &req); err != nil {
		return nil, err
	}
	c, err := domain.ParseCredential(req.Credential)
	if err != nil {
		return nil, badRequest("%v", err)
	}
	if len(req.Signature) != 64 {
		return nil, badRequest("signature must be 64 bytes")
	}
	ev := &domain.BallotCast{Credential: c, Ballot: req.Ballot}
	copy(ev.Signature[:], req.Signature)
	return ev, nil
}

type dealingRequest struct {
	Trustee   uint16 `json:"trustee"`
	Dealing   []byte `json:"dealing"`
	Signature []byte `json:"signature"`
}

func (s *Server) submitDealing(r *http.Request) (any, int, error) {
	var req dealingRequest
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	if len(req.Signature) != 64 {
		return nil, 0, badRequest("signature must be 64 bytes")
	}
	ev := &domain.TrusteeDealt{Election: domain.ElectionID(chi.URLParam(r, "election")), Trustee: req.Trustee, Dealing: req.Dealing}
	copy(ev.Signature[:], req.Signature)
	rec, err := s.cfg.App.SubmitDealing(r.Context(), ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

type shareRequest struct {
	Trustee   uint16 `json:"trustee"`
	First     uint32 `json:"first"`
	Partial   []byte `json:"partial"`
	Signature []byte `json:"signature"`
}

func (s *Server) submitShare(r *http.Request) (any, int, error) {
	var req shareRequest
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	if len(req.Signature) != 64 {
		return nil, 0, badRequest("signature must be 64 bytes")
	}
	ev := &domain.TallyShareSubmitted{Vote: domain.VoteID(chi.URLParam(r, "vote")), Trustee: req.Trustee, First: req.First, Partial: req.Partial}
	copy(ev.Signature[:], req.Signature)
	rec, err := s.cfg.App.SubmitShare(r.Context(), ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

func (s *Server) createElection(r *http.Request) (any, int, error) {
	var ev domain.ElectionCreated
	if err := decodeJSON(r, &ev); err != nil {
		return nil, 0, err
	}
	rec, err := s.cfg.App.Append(r.Context(), domain.ElectionStream(ev.Election), &ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

func (s *Server) openVote(r *http.Request) (any, int, error) {
	var ev domain.VoteOpened
	if err := decodeJSON(r, &ev); err != nil {
		return nil, 0, err
	}
	rec, err := s.cfg.App.OpenVote(r.Context(), &ev)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

func (s *Server) closeVote(r *http.Request) (any, int, error) {
	if err := decodeNone(r); err != nil {
		return nil, 0, err
	}
	id := domain.VoteID(chi.URLParam(r, "vote"))
	rec, err := s.cfg.App.CloseVote(r.Context(), id)
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

func (s *Server) revoke(r *http.Request) (any, int, error) {
	c, err := domain.ParseCredential(chi.URLParam(r, "credential"))
	if err != nil {
		return nil, 0, badRequest("%v", err)
	}
	var req struct {
		Reason string `json:"reason"`
	}
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	rec, err := s.cfg.App.Append(r.Context(), domain.VoterStream(c), &domain.CredentialRevoked{Credential: c, Reason: req.Reason})
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"index": rec.Position}, http.StatusCreated, nil
}

// refusal maps a rule error to its HTTP status.
func refusal(err error) (int, string, bool) {
	if !errors.Is(err, app.ErrRefused) {
		return 0, "", false
	}
	var re *domain.RuleError
	if errors.As(err, &re) {
		switch re.Rule {
		case domain.RuleOneRegistration, domain.RuleOneDealing, domain.RuleOneShare, domain.RuleVoteClosed, domain.RuleTallyPublished, domain.RuleCeremonyClosed, domain.RuleBallotReplay:
			return http.StatusConflict, fmt.Sprintf("refused (%s): %v", re.Rule, re.Err), true
		}
		return http.StatusUnprocessableEntity, fmt.Sprintf("refused (%s): %v", re.Rule, re.Err), true
	}
	return http.StatusUnprocessableEntity, err.Error(), true
}
