// Package httpapi serves Scrutin over HTTP with chi: the C2SP tlog-tiles
// read API under /log/, the JSON API under /api/v1/, health and metrics.
// A handler decodes the request, calls a function that returns (result,
// status, error), and encodes the result.
package httpapi

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ledger"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/metrics"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

// Config is what the API serves from.
type Config struct {
	Ledger  *ledger.Ledger
	App     *app.App            // every write goes through it
	Runner  *projections.Runner // projections, fed by the ledger
	Counts  *projections.Counts // events by type, a projection of Runner
	Bills   *projections.Bills  // bills and the law, a projection of Runner. Optional.
	Metrics *metrics.Registry
	Log     *slog.Logger

	// AdminToken guards the write endpoints (Authorization: Bearer …).
	// Empty disables them.
	AdminToken string
	// MaxBodyBytes caps request bodies. Optional: 1 MiB.
	MaxBodyBytes int64
	// Demo opens self-declared registration (clearly labelled as such).
	Demo bool
	// RatePerSecond and Burst limit each client address's public writes.
	// Optional: 20 and 60.
	RatePerSecond float64
	Burst         float64
	// AdminRatePerSecond and AdminBurst limit each client address's
	// requests to the admin endpoints, checked before the token: wrong
	// tokens included. Optional: 50 and 500 (an import's batches).
	AdminRatePerSecond float64
	AdminBurst         float64
	// Now is the clock. Optional: time.Now.
	Now func() time.Time
	// PartnerScheme is how partners' domains are fetched. Optional:
	// "https" (tests use "http" on loopback).
	PartnerScheme string
	// PanelSecrets keeps sortition secrets. Optional: no panels.
	PanelSecrets PanelSecrets
	// Witnessed returns the latest checkpoint cosigned by a quorum of
	// witnesses, served at /log/checkpoint; nil before the first. Optional:
	// the checkpoint is served with the log's signature alone.
	Witnessed func() []byte
	// Readiness adds the backends' problems to /readyz (distributed mode:
	// the event store followed, the log reachable and growing). Optional.
	Readiness func(context.Context) []string
	// Fresh makes API reads see every write acknowledged before them, by
	// any replica (distributed mode: app.CatchUp). Optional: reads see what
	// the projections hold (embedded mode, where that is every write).
	Fresh func(context.Context) error
	// Pages mounts the web pages on the router. Optional.
	Pages interface{ Mount(chi.Router) }
	// Registrar registers voters whose identity an OpenID Connect
	// provider checked (registrar.go). Optional: demo registration only.
	Registrar Registrar
	// Mounts add routes beside the API's (the Atom feeds); AdminMounts add
	// routes under /api/v1 behind the admin token (the backup). Optional.
	Mounts, AdminMounts []Mounter
}

// Mounter adds its routes to a router.
type Mounter interface{ Mount(chi.Router) }

func (c Config) now() time.Time { return c.Now() }

// Server is the HTTP API.
type Server struct {
	cfg          Config
	requests     metrics.Counter
	counts       atomic.Pointer[map[routeCode]*atomic.Uint64] // each route and status's series of requests
	countsMu     sync.Mutex                                   // held to add to counts
	limiter      *limiter
	adminLimiter *limiter
}

// handler is the API's handler; it lists the routes it mounts (chi.Walk
// walks it: the test that every route is in the OpenAPI description).
type handler struct {
	*chi.Mux
	h http.Handler
}

func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.h.ServeHTTP(w, r) }

// New returns the API's handler.
func New(cfg Config) http.Handler {
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New()
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.RatePerSecond == 0 {
		cfg.RatePerSecond, cfg.Burst = 20, 60
	}
	if cfg.AdminRatePerSecond == 0 {
		cfg.AdminRatePerSecond, cfg.AdminBurst = 50, 500
	}
	s := &Server{cfg: cfg, limiter: newLimiter(cfg.RatePerSecond, cfg.Burst, cfg.Now),
		adminLimiter: newLimiter(cfg.AdminRatePerSecond, cfg.AdminBurst, cfg.Now)}
	s.requests = cfg.Metrics.Counter("scrutin_http_requests_total", "HTTP requests by route and status.")
	cfg.Metrics.GaugeFunc("scrutin_projection_position", "Events folded into the projections.", func() float64 {
		return float64(cfg.Runner.Position())
	})
	cfg.Metrics.GaugeFunc("scrutin_log_size", "Entries in the Merkle log.", func() float64 {
		n, _ := cfg.Ledger.Log.Size(context.Background())
		return float64(n)
	})

	r := chi.NewRouter()
	r.Use(securityHeaders, s.observe)
	r.Use(compress)
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such page or endpoint: " + r.URL.Path})
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": r.Method + " is not allowed on " + r.URL.Path})
	})
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	r.Get("/readyz", s.readyz)
	r.Get("/metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		cfg.Metrics.WriteTo(w)
	})
	if cfg.Pages != nil {
		cfg.Pages.Mount(r)
	}
	for _, m := range cfg.Mounts {
		m.Mount(r)
	}
	r.Get("/log/checkpoint", s.checkpoint)
	r.Get("/log/tile/*", s.tile)
	r.Route("/api/v1", func(r chi.Router) {
		if cfg.Fresh != nil {
			r.Use(s.fresh)
		}
		r.Get("/log", s.handle(s.logInfo))
		r.Get("/log/entries", s.handle(s.entries))
		r.Get("/log/entries/{index}", s.handle(s.entry))
		r.Get("/log/proof/inclusion", s.handle(s.inclusion))
		r.Get("/log/proof/consistency", s.handle(s.consistency))
		r.Get("/stats", s.handle(s.stats))
		r.With(s.admin, requireJSON).Post("/admin/streams/{stream}/events", s.handle(s.appendEvents))
		r.With(s.admin, requireJSON).Post("/admin/batch", s.handle(s.appendBatch))
		s.mountVotes(r)
		s.mountRegistrar(r)
		s.mountPanels(r)
		s.mountPartners(r)
		s.mountBills(r)
		r.Group(func(r chi.Router) {
			r.Use(s.admin)
			for _, m := range cfg.AdminMounts {
				m.Mount(r)
			}
		})
	})
	return handler{r, limitBody(r, cfg.MaxBodyBytes)}
}

// limitBody caps request bodies at n bytes, as http.MaxBytesHandler does,
// but on the request itself rather than a copy of it (a copy a request,
// some 250 bytes, for nothing: the server keeps the body it made, to
// close it, whatever a handler puts in Request.Body). The body is put
// back once the handler returns: the server, answering after it, looks
// at Request.Body to see whether it was read to its end, and discards
// what is left of a body it does not recognise.
func limitBody(next http.Handler, n int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := r.Body
		r.Body = http.MaxBytesReader(w, body, n)
		next.ServeHTTP(w, r)
		r.Body = body
	})
}

// securityHeaders sets, on every response: X-Content-Type-Options: nosniff
// (a browser takes each response as the type it is served as), and
// X-Frame-Options: DENY except on the vote button's frame, /embed/…,
// which other sites frame (docs/WEB.md). Pages also say frame-ancestors
// 'none' in their Content-Security-Policy, the button frame-ancestors *.
// The security headers' values, shared by every response (Header.Set
// would allocate a slice for each; keys are in canonical form).
var nosniff, deny = []string{"nosniff"}, []string{"DENY"}

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h["X-Content-Type-Options"] = nosniff
		if !strings.HasPrefix(r.URL.Path, "/embed/") {
			h["X-Frame-Options"] = deny
		}
		next.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

// Unwrap lets http.ResponseController reach the connection (a long
// download extends its write deadline).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: 200}
		start := time.Now()
		next.ServeHTTP(sw, r)
		s.count(chi.RouteContext(r.Context()), sw.status).Add(1)
		if sw.status >= 500 {
			s.cfg.Log.Warn("request failed", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start))
		}
	})
}

// routeCode names a series of scrutin_http_requests_total: the patterns
// chi matched (their number in n; past len(patterns), n is -1 and
// patterns[0] is the route pattern they make) and the status.
type routeCode struct {
	patterns [4]string
	n        int
	code     int
}

// count returns the requests counter of a request's route and status,
// from a cache keyed by the patterns chi matched rather than by the route
// pattern they make, which chi builds with a join and a replace a call.
// The cache is a map never changed once published: a lookup takes no lock
// and boxes no key; a new series (rare: a route and status not seen yet)
// publishes a copy.
func (s *Server) count(rctx *chi.Context, code int) *atomic.Uint64 {
	k := routeCode{code: code}
	if rctx != nil {
		if k.n = len(rctx.RoutePatterns); k.n <= len(k.patterns) {
			copy(k.patterns[:], rctx.RoutePatterns)
		} else {
			k.n, k.patterns[0] = -1, rctx.RoutePattern()
		}
	}
	if m := s.counts.Load(); m != nil {
		if c, ok := (*m)[k]; ok {
			return c
		}
	}
	s.countsMu.Lock()
	defer s.countsMu.Unlock()
	old := s.counts.Load()
	if old != nil {
		if c, ok := (*old)[k]; ok {
			return c
		}
	}
	m := make(map[routeCode]*atomic.Uint64, 1)
	if old != nil {
		maps.Copy(m, *old)
	}
	c := s.requests.Value("route", rctx.RoutePattern(), "code", strconv.Itoa(code))
	m[k] = c
	s.counts.Store(&m)
	return c
}

// apiError is an error with the HTTP status to answer.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &apiError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// handle adapts a func returning (result, status, error) to a JSON handler.
func (s *Server) handle(fn func(r *http.Request) (any, int, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, status, err := fn(r)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		writeJSON(w, status, v)
	}
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusInternalServerError
	msg := "internal error"
	var ae *apiError
	var ce *eventstore.ConflictError
	var mbe *http.MaxBytesError
	if code, m, ok := refusal(err); ok {
		writeJSON(w, code, map[string]string{"error": m})
		return
	}
	switch {
	case errors.As(err, &ae):
		status, msg = ae.status, ae.msg
	case errors.As(err, &ce):
		status, msg = http.StatusConflict, ce.Error()
	case errors.As(err, &mbe):
		status, msg = http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", mbe.Limit)
	case errors.Is(err, merklelog.ErrBeyondTree):
		status, msg = http.StatusBadRequest, err.Error()
	case errors.Is(err, merklelog.ErrNotFound), errors.Is(err, eventstore.ErrStreamNotFound):
		status, msg = http.StatusNotFound, err.Error()
	case errors.Is(err, domain.ErrMalformed), errors.Is(err, domain.ErrUnknownType), errors.Is(err, domain.ErrTooLarge):
		status, msg = http.StatusBadRequest, err.Error()
	case errors.Is(err, eventstore.ErrUnavailable), errors.Is(err, merklelog.ErrUnavailable):
		status, msg = http.StatusServiceUnavailable, "the ledger is unavailable, try again later"
		var pe *app.PausedError
		var fe *app.FoldStoppedError
		switch {
		case errors.As(err, &pe):
			msg = pe.Error()
		case errors.As(err, &fe):
			msg = fe.Error()
			s.cfg.Log.Error("write refused: the fold stopped", "path", r.URL.Path, "err", err)
		}
		s.cfg.Log.Warn("ledger unavailable", "path", r.URL.Path, "err", err)
	default:
		s.cfg.Log.Error("request failed", "path", r.URL.Path, "err", err)
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeJSON(w, status, map[string]string{"error": msg})
}

// jsonType is the Content-Type of every JSON answer, one shared value (not
// a new slice a response: Header.Set would allocate one).
var jsonType = []string{"application/json; charset=utf-8"}

// indentedJSON is an answer that writes itself, byte for byte as writeJSON
// would encode it with reflection (the appends' answer, the API's hottest).
type indentedJSON interface{ appendIndented(b []byte) []byte }

// answers are the buffers the indentedJSON answers are written in.
var answers = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header()["Content-Type"] = jsonType
	if a, ok := v.(indentedJSON); ok {
		w.WriteHeader(status)
		bp := answers.Get().(*[]byte)
		*bp = a.appendIndented((*bp)[:0])
		w.Write(*bp) // copied into the connection's buffer, or sent, before it returns
		if cap(*bp) <= 4<<10 {
			answers.Put(bp)
		}
		return
	}
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.Encode(v)
}

// fresh makes a GET wait for the projections to hold every write
// acknowledged before it.
func (s *Server) fresh(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
			err := s.cfg.Fresh(ctx)
			cancel()
			if err != nil {
				s.writeError(w, r, fmt.Errorf("%w: couldn't catch up with the event store: %w", eventstore.ErrUnavailable, err))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	problems := s.readiness(r.Context())
	if len(problems) > 0 {
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"ready": false, "problems": problems})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ready": true})
}

func (s *Server) readiness(ctx context.Context) []string {
	var problems []string
	size, err := s.cfg.Ledger.Log.Size(ctx)
	if err != nil {
		problems = append(problems, "log: "+err.Error())
	}
	if err := s.cfg.Runner.Err(); err != nil {
		problems = append(problems, "projections stopped: "+err.Error())
	}
	if pos := s.cfg.Runner.Position(); err == nil && size > pos+10000 {
		problems = append(problems, fmt.Sprintf("projections catching up: %d of %d events", pos, size))
	}
	if s.cfg.Readiness != nil {
		problems = append(problems, s.cfg.Readiness(ctx)...)
	}
	return problems
}

func (s *Server) stats(r *http.Request) (any, int, error) {
	var out struct {
		Events   uint64            `json:"events"`
		ByType   map[string]uint64 `json:"by_type"`
		Position uint64            `json:"projection_position"`
	}
	s.cfg.Runner.View(func() {
		out.Events = s.cfg.Counts.Total
		out.ByType = make(map[string]uint64, len(s.cfg.Counts.ByType))
		for k, v := range s.cfg.Counts.ByType {
			out.ByType[k] = v
		}
		out.Position = s.cfg.Runner.Position()
	})
	return out, http.StatusOK, nil
}

// admin guards the admin endpoints: a rate limit per client address
// (before the token is checked, so guessing is limited too), then the
// admin token.
func (s *Server) admin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.allow(w, r, s.adminLimiter) {
			return
		}
		tok := s.cfg.AdminToken
		got, ok := bearer(r)
		if tok == "" || !ok || subtle.ConstantTimeCompare([]byte(got), []byte(tok)) != 1 {
			writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "admin token required (Authorization: Bearer …)"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

func bearer(r *http.Request) (string, bool) {
	const p = "Bearer "
	h := r.Header.Get("Authorization")
	if len(h) <= len(p) || h[:len(p)] != p {
		return "", false
	}
	return h[len(p):], true
}

type appendRequest struct {
	// Expected is "any", "no_stream", "exists" or a revision number.
	Expected json.RawMessage `json:"expected"`
	Events   []struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	} `json:"events"`
}

func (s *Server) appendEvents(r *http.Request) (any, int, error) {
	stream := domain.StreamID(chi.URLParam(r, "stream"))
	if err := stream.Check(); err != nil {
		return nil, 0, badRequest("%v", err)
	}
	var req appendRequest
	if err := decodeJSON(r, &req); err != nil {
		return nil, 0, err
	}
	exp, err := parseExpected(req.Expected)
	if err != nil {
		return nil, 0, err
	}
	if len(req.Events) == 0 {
		return nil, 0, badRequest("no events")
	}
	events := make([]domain.Event, len(req.Events))
	for i, e := range req.Events {
		ev, err := domain.NewEvent(e.Type)
		if err != nil {
			return nil, 0, badRequest("event %d: %v", i, err)
		}
		if len(e.Data) == 0 {
			return nil, 0, badRequest("event %d (%s): no data", i, e.Type)
		}
		if err := decodeValue(e.Data, ev); err != nil {
			return nil, 0, badRequest("event %d (%s): %v", i, e.Type, err)
		}
		events[i] = ev
	}
	// Each event goes through the rules; the expected revision is checked
	// against the stream before the first.
	var last uint64
	var exists bool
	s.cfg.App.View(func(st *domain.State) { last, exists = st.Revision(stream) })
	if !exp.Allows(last, exists) {
		return nil, 0, &eventstore.ConflictError{Stream: stream, Expected: exp, Exists: exists, Actual: last}
	}
	out := &appended{Positions: make([]uint64, 0, len(events))}
	for _, ev := range events {
		rec, err := s.cfg.App.Append(r.Context(), stream, ev)
		if err != nil {
			return out, 0, err
		}
		out.Positions = append(out.Positions, rec.Position)
	}
	s.cfg.App.View(func(st *domain.State) { out.LastRevision, _ = st.Revision(stream) })
	return out, http.StatusCreated, nil
}

// appended is the answer to an append: the events' positions and the
// stream's revision after them.
type appended struct {
	Positions    []uint64 `json:"positions"`
	LastRevision uint64   `json:"last_revision"`
}

// appendIndented writes a as writeJSON's indented encoding would.
func (a *appended) appendIndented(b []byte) []byte {
	b = append(b, "{\n \"positions\": "...)
	switch {
	case a.Positions == nil:
		b = append(b, "null"...)
	case len(a.Positions) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, '[')
		for i, p := range a.Positions {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n  "...)
			b = strconv.AppendUint(b, p, 10)
		}
		b = append(b, "\n ]"...)
	}
	b = append(b, ",\n \"last_revision\": "...)
	b = strconv.AppendUint(b, a.LastRevision, 10)
	return append(b, "\n}\n"...)
}

func parseExpected(raw json.RawMessage) (eventstore.Expected, error) {
	switch string(raw) { // the usual spellings, without a decoder
	case "", `"any"`:
		return eventstore.Any, nil
	case `"no_stream"`:
		return eventstore.NoStream, nil
	case `"exists"`:
		return eventstore.StreamExists, nil
	}
	var str string
	if json.Unmarshal(raw, &str) == nil {
		switch str {
		case "any":
			return eventstore.Any, nil
		case "no_stream":
			return eventstore.NoStream, nil
		case "exists":
			return eventstore.StreamExists, nil
		}
		return eventstore.Any, badRequest("expected: %q is not any, no_stream, exists or a revision", str)
	}
	var n uint64
	if err := json.Unmarshal(raw, &n); err != nil {
		return eventstore.Any, badRequest("expected: %s is not any, no_stream, exists or a revision", raw)
	}
	return eventstore.Exact(n), nil
}
