package httpapi

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
	"github.com/scrutin/scrutin/projections"
)

// mountBills adds the bills API under /api/v1:
//
//	GET /bills                              the bills
//	GET /bills/{id}                         a bill: stages, outcomes, votes
//	GET /bills/{id}/stages                  its stages
//	GET /bills/{id}/stages/{stage}          a stage's text
//	GET /bills/{id}/diff?from=S1&to=S2      two stages compared
//	GET /bills/{id}/amendments[?article=N]  amendments by article, applied
//	GET /bills/{id}/law[?stage=S]           the law in force beside the law as amended
//	GET /bills/{id}/law?amendments=A,B[&pending=all]
//	                                        the same with those amendments (and/or every
//	                                        undecided one) applied to their stage's text
//	GET /bills/{id}/constituencies[?district=75-01]
//	                                        each constituency's deputy's votes and citizens' result
//	GET /bills/{id}/district-groups         the groups of districts of each tallied vote
func (s *Server) mountBills(r chi.Router) {
	if s.cfg.Bills == nil {
		return
	}
	r.Get("/bills", s.handle(s.billList))
	r.Get("/bills/{id}", s.handle(s.bill))
	r.Get("/bills/{id}/stages", s.handle(s.billStages))
	r.Get("/bills/{id}/stages/{stage}", s.handle(s.billStage))
	r.Get("/bills/{id}/diff", s.handle(s.billDiff))
	r.Get("/bills/{id}/amendments", s.handle(s.billAmendments))
	r.Get("/bills/{id}/law", s.handle(s.billLaw))
	r.Get("/bills/{id}/constituencies", s.handle(s.billConstituencies))
	r.Get("/bills/{id}/district-groups", s.handle(s.billDistrictGroups))
}

func billID(r *http.Request) domain.BillID { return domain.BillID(chi.URLParam(r, "id")) }

func (s *Server) billList(r *http.Request) (any, int, error) {
	return map[string]any{"bills": s.cfg.Bills.List()}, http.StatusOK, nil
}

func (s *Server) bill(r *http.Request) (any, int, error) {
	v, ok := s.cfg.Bills.Bill(billID(r))
	if !ok {
		return nil, 0, notFound("no bill %q", billID(r))
	}
	return v, http.StatusOK, nil
}

func (s *Server) billStages(r *http.Request) (any, int, error) {
	v, ok := s.cfg.Bills.Bill(billID(r))
	if !ok {
		return nil, 0, notFound("no bill %q", billID(r))
	}
	return map[string]any{"bill": v.ID, "stages": v.StageList}, http.StatusOK, nil
}

// stageParam reads a path parameter, which chi leaves escaped.
func stageParam(r *http.Request, name string) string {
	v := chi.URLParam(r, name)
	if u, err := url.PathUnescape(v); err == nil {
		return u
	}
	return v
}

type stageText struct {
	Bill     domain.BillID            `json:"bill"`
	Stage    projections.StageSummary `json:"stage"`
	Articles []law.Article            `json:"articles"`
}

func (s *Server) billStage(r *http.Request) (any, int, error) {
	id, stage := billID(r), stageParam(r, "stage")
	st, arts, ok := s.cfg.Bills.StageText(id, stage)
	if !ok {
		return nil, 0, notFound("no stage %q of bill %q", stage, id)
	}
	return stageText{Bill: id, Stage: st, Articles: arts}, http.StatusOK, nil
}

func (s *Server) billDiff(r *http.Request) (any, int, error) {
	id := billID(r)
	q := r.URL.Query()
	from, to := q.Get("from"), q.Get("to")
	if from == "" || to == "" {
		return nil, 0, badRequest("from and to: both stages are required")
	}
	if _, ok := s.cfg.Bills.Bill(id); !ok {
		return nil, 0, notFound("no bill %q", id)
	}
	d, err := s.cfg.Bills.Diff(id, from, to)
	if errors.Is(err, projections.ErrNoStage) {
		return nil, 0, notFound("%v", err)
	}
	if err != nil {
		return nil, 0, err
	}
	return map[string]any{"from": d.From, "to": d.To, "counts": d.Counts(), "articles": d.Articles}, http.StatusOK, nil
}

func (s *Server) billAmendments(r *http.Request) (any, int, error) {
	id := billID(r)
	am, ok := s.cfg.Bills.Amendments(id, r.URL.Query().Get("article"), true)
	if !ok {
		return nil, 0, notFound("no bill %q", id)
	}
	return map[string]any{"bill": id, "articles": am}, http.StatusOK, nil
}

func (s *Server) billLaw(r *http.Request) (any, int, error) {
	id := billID(r)
	q := r.URL.Query()
	if q.Has("amendments") || q.Has("pending") {
		return s.billAmendedLaw(r)
	}
	lc, ok := s.cfg.Bills.Law(id, q.Get("stage"))
	if !ok {
		return nil, 0, notFound("no bill %q", id)
	}
	return lc, http.StatusOK, nil
}

// billAmendedLaw serves /law?amendments=A,B&pending=all: the amendments
// are ids as /amendments lists them, comma-separated.
func (s *Server) billAmendedLaw(r *http.Request) (any, int, error) {
	id := billID(r)
	q := r.URL.Query()
	if q.Has("stage") {
		return nil, 0, badRequest("stage: the amendments' own stage is used; leave stage out")
	}
	pending := false
	switch q.Get("pending") {
	case "":
	case "all":
		pending = true
	default:
		return nil, 0, badRequest("pending: only \"all\" is accepted")
	}
	var ids []string
	for _, a := range strings.Split(q.Get("amendments"), ",") {
		if a = strings.TrimSpace(a); a != "" {
			ids = append(ids, a)
		}
	}
	if len(ids) > maxChosenAmendments {
		return nil, 0, badRequest("amendments: at most %d", maxChosenAmendments)
	}
	v, ok, err := s.cfg.Bills.AmendedLaw(id, ids, pending)
	switch {
	case !ok:
		return nil, 0, notFound("no bill %q", id)
	case errors.Is(err, projections.ErrUnknownAmendment), errors.Is(err, projections.ErrMixedStages), errors.Is(err, projections.ErrStageText):
		return nil, 0, badRequest("%v", err)
	case err != nil:
		return nil, 0, err
	}
	return v, http.StatusOK, nil
}

// maxChosenAmendments bounds the amendments one request composes.
const maxChosenAmendments = 500

func (s *Server) billConstituencies(r *http.Request) (any, int, error) {
	id := billID(r)
	d := domain.District(r.URL.Query().Get("district"))
	if d != "" {
		if _, ok := domain.LookupDistrict(d); !ok {
			return nil, 0, badRequest("district %q is not one of the 577 constituencies (DD-NN)", d)
		}
	}
	cs, scr, ok := s.cfg.Bills.Constituencies(id, d)
	if !ok {
		return nil, 0, notFound("no bill %q", id)
	}
	return map[string]any{"bill": id, "scrutins": scr, "constituencies": cs}, http.StatusOK, nil
}

func (s *Server) billDistrictGroups(r *http.Request) (any, int, error) {
	id := billID(r)
	if _, ok := s.cfg.Bills.Bill(id); !ok {
		return nil, 0, notFound("no bill %q", id)
	}
	return map[string]any{"bill": id, "votes": s.cfg.Bills.DistrictGroups(id)}, http.StatusOK, nil
}
