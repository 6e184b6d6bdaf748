package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
)

// startDemo serves a demo server (the demo vote open) with a still clock.
func startDemo(t *testing.T, cfg server.Config) (*server.Server, string, string) {
	t.Helper()
	clk := &clock{t: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	cfg.DataDir, cfg.Demo, cfg.Now = t.TempDir(), true, clk.Now
	s, err := server.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SeedDemo(context.Background()); err != nil {
		s.Close()
		t.Fatal(err)
	}
	url, _ := serve(t, s)
	return s, url, readToken(t, cfg.DataDir)
}

// get requests url and returns the response with its body read.
func request(t *testing.T, method, url, token, ctype, body string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

// jsonError checks that a response is a JSON object {"error": "..."} and
// returns the message.
func jsonError(t *testing.T, resp *http.Response, body string) string {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("%s %s: %d with Content-Type %q, not JSON: %s", resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, ct, trim(body))
	}
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
		t.Fatalf("%s %s: %d, not a JSON error: %s", resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, trim(body))
	}
	return e.Error
}

// goNames are what Go puts in messages and a client has no use for.
var goNames = regexp.MustCompile(`Go (struct|value)|\bGo type|\[\]uint8|\bu?int(8|16|32|64)\b|\bfloat64\b|\bstruct\b|\b(domain|httpapi|server|app|json|strconv|hex|time)\.[A-Z]|\*[a-z]+\.[A-Z]`)

// routes walks the server's router: method and pattern of every route.
func routes(t *testing.T, s *server.Server) [][2]string {
	t.Helper()
	rt, ok := s.Handler.(chi.Routes)
	if !ok {
		t.Fatalf("the server's handler (%T) does not list its routes", s.Handler)
	}
	var out [][2]string
	err := chi.Walk(rt, func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		out = append(out, [2]string{method, strings.ReplaceAll(route, "/*/", "/")})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][1]+out[i][0] < out[j][1]+out[j][0] })
	if len(out) < 40 {
		t.Fatalf("chi.Walk found %d routes", len(out))
	}
	return out
}

// params fills a route pattern's parameters with values the demo holds.
func params(route string) string {
	r := strings.NewReplacer("{vote}", string(server.DemoVote), "{election}", string(server.DemoElection),
		"{id}", string(server.DemoBill), "{stream}", "bill-edge", "{panel}", "panel-edge", "{partner}", "partner.example",
		"{credential}", strings.Repeat("ab", 32), "{tracking}", strings.Repeat("cd", 32), "{index}", "0", "{stage}", "final")
	return r.Replace(route)
}

// TestAPIEdges runs, on one demo server, the checks of the API's edges:
// strict JSON, JSON errors, security headers, the OpenAPI description.
func TestAPIEdges(t *testing.T) {
	s, url, tok := startDemo(t, server.Config{RatePerSecond: 1e6, Burst: 1e6})
	t.Run("StrictJSON", func(t *testing.T) { testStrictJSON(t, s, url, tok) })
	t.Run("JSONErrors", func(t *testing.T) { testJSONErrors(t, url) })
	t.Run("SecurityHeaders", func(t *testing.T) { testSecurityHeaders(t, url, tok) })
	t.Run("OpenAPICoversRoutes", func(t *testing.T) { testOpenAPICoversRoutes(t, s, url) })
}

// testStrictJSON: every route that takes a JSON body refuses trailing data
// after the value — `{…}garbage`, a second value — with a 400 and a JSON
// message, and writes nothing; messages about a malformed body name the
// field, never a Go type.
func testStrictJSON(t *testing.T, s *server.Server, url, tok string) {
	size := func() uint64 { n, _ := s.Head(context.Background()); return n }
	before := size()
	posts := 0
	for _, rt := range routes(t, s) {
		if rt[0] != http.MethodPost {
			continue
		}
		if pages[rt[1]] || strings.HasSuffix(rt[1], "/register/oidc") || strings.HasSuffix(rt[1], "/admin/registrar/revoke") {
			continue // not configured here: TestJSONErrors
		}
		posts++
		for _, body := range []string{`{}garbage`, `{} {}`, `{} x`, "{}\n]", `{}"`} {
			resp, got := request(t, "POST", url+params(rt[1]), tok, "application/json", body)
			msg := jsonError(t, resp, got)
			if resp.StatusCode != http.StatusBadRequest || !strings.Contains(msg, "after the JSON value") {
				t.Errorf("POST %s with %q: %d %q, want 400 naming the data after the JSON value", rt[1], body, resp.StatusCode, msg)
			}
		}
	}
	if posts < 15 {
		t.Fatalf("only %d POST routes", posts)
	}
	for _, c := range []struct{ path, body, want string }{
		{"/api/v1/register", `{"credential":5,"district":"75-01"}`, `field "credential": expected a string, got a JSON number`},
		{"/api/v1/register", `{"credential":"ab","district":["75"]}`, `field "district": expected a string, got a JSON array`},
		{"/api/v1/register", `{"credential":"ab","colour":"red"}`, `unknown field "colour"`},
		{"/api/v1/register", `{"credential":`, "cut short"},
		{"/api/v1/register", ``, "send JSON"},
		{"/api/v1/votes/" + string(server.DemoVote) + "/ballots", `{"credential":"` + strings.Repeat("ab", 32) + `","signature":7}`, `field "signature": expected a base64 string, got a JSON number`},
		{"/api/v1/admin/streams/bill-edge/events", `{"events":[{"type":"BillIntroduced","data":{"Bill":"edge","Type":"one"}}]}`, `field "Type": expected a non-negative integer, got a JSON string`},
		{"/api/v1/admin/streams/bill-edge/events", `{"events":[{"type":"BillIntroduced","data":{"Bill":"edge","Type":1,"Title":"t"}x}]}`, "invalid character"},
		{"/api/v1/admin/streams/bill-edge/events", `{"events":[{"type":"BillIntroduced"}]}`, "no data"},
		{"/api/v1/admin/panels", `{"panel":"p","title":"t","seats":3,"enroll_until":"tomorrow"}`, `"tomorrow" is not a time in RFC 3339 form`},
		{"/api/v1/register", `{"credential":"zz","district":"75-01"}`, "not 64 hexadecimal digits"},
	} {
		ctype := "application/json"
		if c.body == "" {
			ctype = "text/plain"
		}
		resp, got := request(t, "POST", url+c.path, tok, ctype, c.body)
		msg := jsonError(t, resp, got)
		if resp.StatusCode/100 != 4 || !strings.Contains(msg, c.want) || goNames.MatchString(msg) {
			t.Errorf("POST %s %s: %d %q, want 4xx with %q and no Go names", c.path, c.body, resp.StatusCode, msg, c.want)
		}
	}
	if n := size(); n != before {
		t.Fatalf("the log grew from %d to %d events", before, n)
	}
}

// testJSONErrors: API errors are JSON everywhere — unknown routes and
// methods, the OpenID Connect routes on a server without it, /oembed.
func testJSONErrors(t *testing.T, url string) {
	for _, c := range []struct {
		method, path string
		code         int
		want         string
	}{
		{"GET", "/api/v1/nothing-here", 404, "no such page or endpoint"},
		{"GET", "/nothing-here", 404, "no such page or endpoint"},
		{"DELETE", "/api/v1/votes", 405, "not allowed"},
		{"POST", "/api/v1/register/oidc", 404, "not configured"},
		{"POST", "/api/v1/admin/registrar/revoke", 404, "not configured"},
		{"GET", "/inscription/oidc?code=x&state=y", 404, "no such page"},
		{"GET", "/oembed?url=/votes/nope", 404, "no such vote"},
		{"GET", "/oembed?url=https://elsewhere.example/votes/x", 404, "vote page of this site"},
		{"GET", "/oembed?format=xml&url=/votes/" + string(server.DemoVote), 501, "format=json"},
	} {
		resp, body := request(t, c.method, url+c.path, "", "application/json", "")
		if msg := jsonError(t, resp, body); resp.StatusCode != c.code || !strings.Contains(msg, c.want) {
			t.Errorf("%s %s: %d %q, want %d with %q", c.method, c.path, resp.StatusCode, msg, c.code, c.want)
		}
	}
}

// testSecurityHeaders: nosniff on every response; pages and the API
// refuse to be framed (X-Frame-Options: DENY, frame-ancestors 'none'),
// except the vote button's frame, its "no such vote" page included.
func testSecurityHeaders(t *testing.T, url, tok string) {
	vote := string(server.DemoVote)
	for _, c := range []struct {
		method, path string
		code         int
		framable     bool
	}{
		{"GET", "/", 200, false},
		{"GET", "/votes/" + vote, 200, false},
		{"GET", "/votes/nope", 404, false},
		{"GET", "/textes", 200, false},
		{"GET", "/api/v1/votes", 200, false},
		{"GET", "/api/v1/votes/nope", 404, false},
		{"POST", "/api/v1/register", 400, false},
		{"POST", "/api/v1/admin/votes", 422, false},
		{"GET", "/log/checkpoint", 200, false},
		{"GET", "/healthz", 200, false},
		{"GET", "/metrics", 200, false},
		{"GET", "/static/site.css", 200, false},
		{"GET", "/oembed?url=/votes/" + vote, 200, false},
		{"GET", "/nothing-here", 404, false},
		{"GET", "/embed.js", 200, false},
		{"GET", "/embed/" + vote, 200, true},
		{"GET", "/embed/nope", 404, true},
	} {
		resp, body := request(t, c.method, url+c.path, tok, "application/json", "{}")
		if resp.StatusCode != c.code {
			t.Errorf("%s %s: %d, want %d: %s", c.method, c.path, resp.StatusCode, c.code, trim(body))
		}
		h := resp.Header
		if h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s %s: no X-Content-Type-Options: nosniff", c.method, c.path)
		}
		xfo, csp := h.Get("X-Frame-Options"), h.Get("Content-Security-Policy")
		if c.framable {
			if xfo != "" || !strings.Contains(csp, "frame-ancestors *") {
				t.Errorf("%s %s: X-Frame-Options %q, CSP %q: the button's frame must be framable", c.method, c.path, xfo, csp)
			}
			continue
		}
		if xfo != "DENY" {
			t.Errorf("%s %s: X-Frame-Options %q, want DENY", c.method, c.path, xfo)
		}
		if strings.HasPrefix(h.Get("Content-Type"), "text/html") && !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s %s: a page with CSP %q, want frame-ancestors 'none'", c.method, c.path, csp)
		}
	}
}

// TestAdminRateLimited: the admin endpoints take a burst of requests per
// client address, wrong tokens included, then answer 429 with a JSON
// message and Retry-After; public reads are not affected.
func TestAdminRateLimited(t *testing.T) {
	dir := t.TempDir()
	clk := &clock{t: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	s, err := server.Open(server.Config{DataDir: dir, Now: clk.Now, AdminRatePerSecond: 1, AdminBurst: 5})
	if err != nil {
		t.Fatal(err)
	}
	url, _ := serve(t, s)
	tok := readToken(t, dir)
	for i := 0; i < 5; i++ {
		resp, body := request(t, "POST", url+"/api/v1/admin/votes", "wrong", "application/json", "{}")
		if resp.StatusCode != 401 {
			t.Fatalf("request %d: %d %s, want 401", i, resp.StatusCode, trim(body))
		}
	}
	resp, body := request(t, "POST", url+"/api/v1/admin/votes", tok, "application/json", "{}")
	if msg := jsonError(t, resp, body); resp.StatusCode != 429 || resp.Header.Get("Retry-After") == "" || !strings.Contains(msg, "too many requests") {
		t.Fatalf("after the burst: %d %q (Retry-After %q), want 429", resp.StatusCode, msg, resp.Header.Get("Retry-After"))
	}
	if resp, body := request(t, "GET", url+"/api/v1/votes", "", "", ""); resp.StatusCode != 200 {
		t.Fatalf("a public read after the admin limit: %d %s", resp.StatusCode, trim(body))
	}
}

// pages are the routes that serve HTML pages or static files, not the API
// (docs/WEB.md, docs/LAW.md describe them). Every other mounted route must
// be in the OpenAPI description (/api/v1/openapi.json); a new page goes
// here, a new endpoint there.
var pages = map[string]bool{
	"/": true, "/audit": true, "/inscription": true, "/recu/{tracking}": true, "/static/*": true,
	"/textes": true, "/textes/{id}": true, "/textes/{id}/diff": true, "/textes/{id}/amendements": true, "/textes/{id}/loi": true, "/textes/{id}/loi-amendee": true,
	"/textes/{id}/circonscriptions": true, "/votes": true, "/votes/{vote}": true, "/embed.js": true, "/embed/{vote}": true,
	"/mes-votes": true, "/recu": true, "/inscription/communes": true, "/inscription/carte": true, // the registration page's search as you type and its map
	"/inscription/recevoir": true, // a voting ID received by QR code
}

// testOpenAPICoversRoutes walks the router (chi.Walk) and fails when a
// mounted route, with its method, is missing from the OpenAPI description
// the server serves, or when the description names a route no one mounts.
func testOpenAPICoversRoutes(t *testing.T, s *server.Server, url string) {
	resp, body := request(t, "GET", url+"/api/v1/openapi.json", "", "", "")
	if resp.StatusCode != 200 {
		t.Fatalf("openapi.json: %d", resp.StatusCode)
	}
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	described := map[string]bool{}
	for p, ops := range doc.Paths {
		for m := range ops {
			if m != "parameters" && m != "summary" && m != "description" {
				described[strings.ToUpper(m)+" "+p] = true
			}
		}
	}
	mounted := map[string]bool{}
	seenPages := map[string]bool{}
	for _, rt := range routes(t, s) {
		method, route := rt[0], rt[1]
		if pages[route] {
			seenPages[route] = true
			continue
		}
		if strings.HasSuffix(route, "/*") {
			route = strings.TrimSuffix(route, "*") + "{path}"
		}
		key := method + " " + route
		mounted[key] = true
		if !described[key] {
			t.Errorf("%s is mounted but not in the OpenAPI description", key)
		}
	}
	for k := range described {
		if !mounted[k] {
			t.Errorf("the OpenAPI description has %s, which is not mounted", k)
		}
	}
	for p := range pages {
		if !seenPages[p] {
			t.Errorf("the page %s is listed but not mounted", p)
		}
	}
}
