package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/domain"
)

// batchRequest is the body of POST /api/v1/admin/batch: events of bills
// and the law on any streams, in order.
type batchRequest struct {
	Events []struct {
		Stream string          `json:"stream"`
		Type   string          `json:"type"`
		Data   json.RawMessage `json:"data"`
	} `json:"events"`
}

// batchRefusal is the answer when one event of a batch breaks a rule:
// nothing was written.
type batchRefusal struct {
	Error string `json:"error"`
	Index int    `json:"index"`          // the refused event's, from 0
	Rule  string `json:"rule,omitempty"` // the rule it breaks
}

// appendBatch appends a batch with app.App.AppendBatch: every event is
// checked in order, each against the state plus the ones before it, then
// all are written in one commit, or none (docs/OPERATIONS.md, "Admin
// batch writes"). The body is bounded like every request's (MaxBodyBytes)
// and holds at most app.MaxBatchEvents events.
func (s *Server) appendBatch(r *http.Request) (any, int, error) {
	var req batchRequest
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	if len(req.Events) == 0 {
		return nil, 0, badRequest("no events")
	}
	if len(req.Events) > app.MaxBatchEvents {
		return nil, 0, badRequest("%d events: a batch holds at most %d", len(req.Events), app.MaxBatchEvents)
	}
	evs := make([]app.StreamEvent, len(req.Events))
	for i, e := range req.Events {
		stream := domain.StreamID(e.Stream)
		if err := stream.Check(); err != nil {
			return nil, 0, badRequest("event %d: stream: %v", i, err)
		}
		ev, err := domain.NewEvent(e.Type)
		if err != nil {
			return nil, 0, badRequest("event %d: %v", i, err)
		}
		if len(e.Data) == 0 {
			return nil, 0, badRequest("event %d (%s): no data", i, e.Type)
		}
		if err := decodeStrict(bytes.NewReader(e.Data), ev); err != nil {
			return nil, 0, badRequest("event %d (%s): %v", i, e.Type, err)
		}
		evs[i] = app.StreamEvent{Stream: stream, Event: ev}
	}
	recs, err := s.cfg.App.AppendBatch(r.Context(), evs)
	var be *app.BatchError
	if errors.As(err, &be) {
		status := http.StatusUnprocessableEntity
		if code, _, ok := refusal(err); ok {
			status = code
		}
		out := batchRefusal{Error: be.Error(), Index: be.Index}
		if be.Rule != domain.RuleNone {
			out.Rule = be.Rule.String()
		}
		return out, status, nil
	}
	if err != nil {
		return nil, 0, err
	}
	out := struct {
		Positions []uint64 `json:"positions"`
	}{}
	for _, rec := range recs {
		out.Positions = append(out.Positions, rec.Position)
	}
	return out, http.StatusCreated, nil
}
