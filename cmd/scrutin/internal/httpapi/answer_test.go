package httpapi

import (
	"bytes"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/metrics"
)

// TestAppendedAnswer: the appends' answer, written by hand, is byte for
// byte what encoding/json writes for the same struct with writeJSON's
// indentation, whatever the positions.
func TestAppendedAnswer(t *testing.T) {
	type plain appended // the same fields, without appendIndented
	for _, a := range []appended{
		{},
		{Positions: []uint64{}},
		{Positions: []uint64{0}},
		{Positions: []uint64{7}, LastRevision: 3},
		{Positions: []uint64{1, 22, 333, math.MaxUint64}, LastRevision: math.MaxUint64},
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", " ")
		if err := enc.Encode(plain(a)); err != nil {
			t.Fatal(err)
		}
		w := httptest.NewRecorder()
		writeJSON(w, http.StatusCreated, &a)
		if got := w.Body.String(); got != want.String() {
			t.Errorf("%+v:\ngot  %q\nwant %q", a, got, want.String())
		}
		if w.Code != http.StatusCreated || w.Header().Get("Content-Type") != "application/json; charset=utf-8" {
			t.Errorf("%+v: status %d, type %q", a, w.Code, w.Header().Get("Content-Type"))
		}
	}
}

// TestRequestsCounted: observe counts each request under its route pattern
// and status, through the cached series, as the metrics page shows them.
func TestRequestsCounted(t *testing.T) {
	reg := metrics.New()
	s := &Server{requests: reg.Counter("scrutin_http_requests_total", "HTTP requests by route and status.")}
	r := chi.NewRouter()
	r.Use(s.observe)
	r.Get("/x/{id}", func(w http.ResponseWriter, r *http.Request) {
		if chi.URLParam(r, "id") == "missing" {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	for _, p := range []string{"/x/1", "/x/2", "/x/missing", "/x/3"} {
		r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, p, nil))
	}
	var b strings.Builder
	reg.WriteTo(&b)
	for _, want := range []string{
		`scrutin_http_requests_total{route="/x/{id}",code="201"} 3` + "\n",
		`scrutin_http_requests_total{route="/x/{id}",code="404"} 1` + "\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("metrics lack %q:\n%s", want, b.String())
		}
	}
}

// TestRequestsCountedNested: a route under mounted routers is counted
// under the whole pattern chi makes of the patterns it matched, whether
// the cache keys it by those patterns (up to four) or, deeper, by the
// pattern; requests no route matched are counted as before.
func TestRequestsCountedNested(t *testing.T) {
	reg := metrics.New()
	s := &Server{requests: reg.Counter("scrutin_http_requests_total", "HTTP requests by route and status.")}
	r := chi.NewRouter()
	r.Use(s.observe)
	ok := func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }
	var patterns []string
	r.Route("/api", func(r chi.Router) {
		r.Get("/s/{stream}/events", ok)
		r.Route("/a", func(r chi.Router) {
			r.Route("/b", func(r chi.Router) {
				r.Route("/c", func(r chi.Router) {
					r.Route("/d", func(r chi.Router) {
						r.Get("/e/{id}", func(w http.ResponseWriter, r *http.Request) {
							patterns = chi.RouteContext(r.Context()).RoutePatterns
							ok(w, r)
						})
					})
				})
			})
		})
	})
	for _, p := range []string{"/api/s/1/events", "/api/s/2/events", "/api/a/b/c/d/e/1", "/api/a/b/c/d/e/2", "/api/nowhere", "/nowhere"} {
		r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, p, nil))
	}
	if len(patterns) <= 4 {
		t.Fatalf("the deep route matched %d patterns (%q), want more than the cache keys by", len(patterns), patterns)
	}
	var b strings.Builder
	reg.WriteTo(&b)
	for _, want := range []string{
		`scrutin_http_requests_total{route="/api/s/{stream}/events",code="200"} 2` + "\n",
		`scrutin_http_requests_total{route="/api/a/b/c/d/e/{id}",code="200"} 2` + "\n",
		`scrutin_http_requests_total{route="/api/*",code="404"} 1` + "\n",
		`scrutin_http_requests_total{route="",code="404"} 1` + "\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("metrics lack %q:\n%s", want, b.String())
		}
	}
}

// TestParseExpected: every spelling of an expected revision, the plain
// ones read without a decoder, the others (escapes, spaces) through one,
// the same way.
func TestParseExpected(t *testing.T) {
	for raw, want := range map[string]eventstore.Expected{
		``: eventstore.Any, `"any"`: eventstore.Any, `"no_stream"`: eventstore.NoStream, `"exists"`: eventstore.StreamExists,
		`"no\u005fstream"`: eventstore.NoStream, `"\u0061ny"`: eventstore.Any, `"exist\u0073"`: eventstore.StreamExists,
		`0`: eventstore.Exact(0), `42`: eventstore.Exact(42),
	} {
		got, err := parseExpected(json.RawMessage(raw))
		if err != nil || got != want {
			t.Errorf("parseExpected(%s) = %v, %v; want %v", raw, got, err, want)
		}
	}
	for _, raw := range []string{`"ANY"`, `"nostream"`, `-1`, `1.5`, `null`, `true`, `{}`} {
		if _, err := parseExpected(json.RawMessage(raw)); err == nil {
			t.Errorf("parseExpected(%s): no error", raw)
		}
	}
}
