package web_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
)

func get(t *testing.T, u string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func mustContain(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s: missing %q", what, w)
			if testing.Verbose() {
				t.Log(body)
			}
		}
	}
}

// TestVotePages: the demo vote's pages, with ballots cast through the API
// as the browser casts them, then closed and counted by the demo trustees:
// the list, the vote page (turnout, map, table, oEmbed link), the CSV and
// JSON by département, the receipt, the audit page, the widget and its
// oEmbed, the OpenAPI file, and the results once tallied.
func TestVotePages(t *testing.T) {
	dir := t.TempDir()
	var mu sync.Mutex
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	s, err := server.Open(server.Config{DataDir: dir, Demo: true, RatePerSecond: 1e6, Burst: 1e6, Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.SeedDemo(ctx); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler)
	defer func() { ts.Close(); s.Close() }()
	c := client.New(ts.URL)
	vote, err := c.Vote(ctx, server.DemoVote)
	if err != nil {
		t.Fatal(err)
	}
	// Before any ballot, the table by département says so rather than
	// showing its headings alone; the first ballots replace that row.
	code, _, body := get(t, ts.URL+"/votes/"+string(server.DemoVote))
	if code != 200 {
		t.Fatalf("vote page: %d", code)
	}
	mustContain(t, "vote page, no ballot yet", body, `<tr class="none"><td colspan="2">Aucun bulletin compté pour l&#39;instant.</td></tr>`)
	// 12 voters in Paris (a group of its own: at least domain.DefaultMinGroup),
	// 10 in the Rhône and 3 in the Bouches-du-Rhône: the 3 are too few, so
	// they absorb the smallest group (the Rhône) into "rest", off the map.
	var receipt *client.Receipt
	for i := range 25 {
		v, _ := client.NewVoter()
		d := domain.District(fmt.Sprintf("75-%02d", 1+i%12))
		switch {
		case i >= 22:
			d = "13-01"
		case i >= 12:
			d = "69-01"
		}
		if err := c.Register(ctx, v, d); err != nil {
			t.Fatal(err)
		}
		b, err := v.Encrypt(vote, i%3)
		if err != nil {
			t.Fatal(err)
		}
		if receipt, err = c.Cast(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	id := string(server.DemoVote)

	code, _, body = get(t, ts.URL+"/votes")
	if code != 200 {
		t.Fatalf("/votes: %d", code)
	}
	mustContain(t, "/votes", body, `href="/votes/`+id+`"`, "<strong>25</strong>", "Texte\u00a0: projet de loi favorisant la diffusion")

	// The home page: the open vote first, with its bill's title, the
	// turnout, a call to vote; then what is new.
	code, _, body = get(t, ts.URL+"/")
	if code != 200 {
		t.Fatalf("home: %d", code)
	}
	mustContain(t, "home", body, "Votes ouverts", "Approuvez-vous le texte final", "favorisant la diffusion et la protection de la création sur Internet",
		`<strong class="total">25</strong>`, `href="/votes/`+id+`#voter"`, "Quoi de neuf", "amendements adoptés", `href="/inscription"`)
	if strings.Index(body, "Votes ouverts") > strings.Index(body, "Quoi de neuf") {
		t.Error("home: the open votes do not come first")
	}

	code, h, body := get(t, ts.URL+"/votes/"+id)
	if code != 200 {
		t.Fatalf("vote page: %d", code)
	}
	mustContain(t, "vote page", body, `<strong id="total">25</strong>`, `<g id="dep-75" data-name="Paris" class="s5">`,
		`<tr data-dep="75"><th scope="row">Paris (75)</th><td>12</td>`, `type="application/json+oembed"`, "DÉMO", `src="/static/vote.js"`)
	if strings.Contains(body, `<tr class="none">`) {
		t.Error("vote page: the 'no ballot yet' row beside 25 ballots")
	}
	// What is at stake: the bill, the law it changes, the adopted
	// amendments, the partners; the hash only in the technical details.
	mustContain(t, "vote page", body, "Ce qui est en jeu", "favorisant la diffusion et la protection de la création sur Internet",
		"Ce que le texte change dans la loi en vigueur", "(Code de commerce)</span> — modifié", `/loi?etape=`, "Amendements adoptés",
		"amendements?etat=adopted", "Positions des partenaires", "Exposé des motifs", `<details class="tech">`)
	if i, j := strings.Index(body, `<details class="tech">`), strings.Index(body, `class="hash"`); j < i {
		t.Error("vote page: the text's hash shows outside the technical details")
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("vote page CSP: %q", csp)
	}
	if len(body) > 80<<10 {
		t.Errorf("vote page is %d bytes", len(body))
	}

	_, _, body = get(t, ts.URL+"/votes/"+id+"/departements.csv")
	mustContain(t, "CSV", body, "departement,nom,votants\n", "75,Paris,12\n", "69,Rhône,10\n", "13,Bouches-du-Rhône,3\n")
	var dj struct {
		Voters uint64 `json:"voters"`
	}
	_, _, body = get(t, ts.URL+"/votes/"+id+"/departements.json")
	if json.Unmarshal([]byte(body), &dj); dj.Voters != 25 {
		t.Errorf("departements.json: %s", body)
	}

	code, _, body = get(t, ts.URL+"/recu/"+receipt.Tracking)
	if code != 200 {
		t.Fatalf("receipt page: %d", code)
	}
	mustContain(t, "receipt", body, receipt.Tracking, receipt.Words, `data-vote="`+id+`"`, `data-state="state.counted"><strong>compté</strong>`, "Gardez ce code de suivi")
	if strings.Contains(body, "counted<") {
		t.Error("receipt: the state is in English")
	}
	// The box that checks any tracking code, without JS: a GET that goes to
	// the receipt; a malformed code is refused.
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noFollow.Get(ts.URL + "/recu?code=" + url.QueryEscape(" "+strings.ToUpper(receipt.Tracking)+" "))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/recu/"+receipt.Tracking {
		t.Errorf("/recu?code=: %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if code, _, body := get(t, ts.URL+"/recu?code=abc"); code != 400 || !strings.Contains(body, "64 caractères") {
		t.Errorf("/recu?code=abc: %d", code)
	}
	code, _, body = get(t, ts.URL+"/mes-votes")
	if code != 200 {
		t.Fatalf("/mes-votes: %d", code)
	}
	mustContain(t, "my votes", body, `id="receipts"`, `data-replaced="remplacé par un vote ultérieur"`, `action="/recu"`, `src="/static/myvotes.js"`)
	if code, _, _ := get(t, ts.URL+"/recu/"+strings.Repeat("0", 64)); code != 404 {
		t.Errorf("unknown receipt: %d", code)
	}

	for _, p := range []string{"/votes/nope", "/embed/nope", "/votes/nope/departements.csv"} {
		if code, _, _ := get(t, ts.URL+p); code != 404 {
			t.Errorf("%s: %d, want 404", p, code)
		}
	}

	_, _, body = get(t, ts.URL+"/audit")
	mustContain(t, "audit", body, strings.ReplaceAll(s.Ledger.VerifierKey(), "+", "&#43;"), "scrutin-verify")

	code, h, body = get(t, ts.URL+"/embed/"+id)
	if code != 200 || !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors *") {
		t.Errorf("widget: %d, CSP %q", code, h.Get("Content-Security-Policy"))
	}
	mustContain(t, "widget", body, `target="_blank"`, ts.URL+"/votes/"+id, `<strong id="total">25</strong>`,
		"<title>Approuvez-vous le texte final", "Voter sur Scrutin", `src="/static/frame.js"`)
	// An unknown vote: a card that can be framed, not the site's 404 page.
	code, h, body = get(t, ts.URL+"/embed/nope")
	if code != 404 || !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors *") {
		t.Errorf("widget of an unknown vote: %d, CSP %q", code, h.Get("Content-Security-Policy"))
	}
	mustContain(t, "unknown widget", body, `id="missing"`, "Ce vote n&#39;existe pas", `href="`+ts.URL+`/votes"`)
	_, h, body = get(t, ts.URL+"/embed.js")
	if h.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(body, "/embed/") {
		t.Errorf("embed.js: %v", h)
	}
	_, _, body = get(t, ts.URL+"/oembed?url="+url.QueryEscape(ts.URL+"/votes/"+id))
	var oe struct{ Type, HTML string }
	if json.Unmarshal([]byte(body), &oe); oe.Type != "rich" || !strings.Contains(oe.HTML, `<iframe src="`+ts.URL+"/embed/"+id+`"`) {
		t.Errorf("oEmbed: %s", body)
	}
	if code, _, _ := get(t, ts.URL+"/oembed?url="+url.QueryEscape("https://elsewhere.example/votes/"+id)); code != 404 {
		t.Errorf("oEmbed for another site: %d", code)
	}

	checkCompression(t, ts.URL, id)

	// Plain French on the citizen pages: technical words only in the
	// technical details fold.
	for _, p := range []string{"/", "/votes", "/votes/" + id, "/inscription", "/inscription?commune=Lyon", "/inscription?commune=69003", "/inscription/recevoir", "/inscription/carte?q=Lyon", "/recu/" + receipt.Tracking, "/mes-votes", "/embed/" + id} {
		_, _, body := get(t, ts.URL+p)
		for _, j := range jargon(body) {
			t.Errorf("%s: %q outside the technical details", p, j)
		}
		// Every message translated, in both languages: a missing one shows
		// as its key.
		sep := "?"
		if strings.Contains(p, "?") {
			sep = "&"
		}
		_, _, en := get(t, ts.URL+p+sep+"lang=en")
		for _, b := range []string{body, en} {
			if k := messageKey.FindString(b); k != "" {
				t.Errorf("%s: untranslated message %q", p, k)
			}
		}
	}

	_, _, body = get(t, ts.URL+"/api/v1/openapi.json")
	var oa struct {
		OpenAPI string         `json:"openapi"`
		Paths   map[string]any `json:"paths"`
	}
	if err := json.Unmarshal([]byte(body), &oa); err != nil || oa.OpenAPI == "" {
		t.Fatalf("openapi.json: %v", err)
	}
	for _, p := range []string{"/api/v1/votes/{vote}", "/api/v1/votes/{vote}/ballots", "/api/v1/receipts/{tracking}", "/api/v1/register", "/api/v1/log"} {
		if oa.Paths[p] == nil {
			t.Errorf("openapi.json does not describe %s", p)
		}
	}

	// The vote closes when its time comes; the demo trustees decrypt; the
	// results show.
	mu.Lock()
	now = vote.Closes.Add(time.Second)
	mu.Unlock()
	deadline := time.Now().Add(5 * time.Minute)
	for {
		if v, err := c.Vote(ctx, server.DemoVote); err == nil && v.Tally != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no tally after 5 minutes")
		}
		time.Sleep(200 * time.Millisecond)
	}
	_, _, body = get(t, ts.URL+"/votes/"+id)
	mustContain(t, "tallied vote page", body, "Résultats", `class="mapwrap tallied"`, `<th scope="row">Pour</th><td>9</td><td>36.0 %</td>`,
		`<tr data-dep="75"><th scope="row">Paris (75)</th><td>12</td><td>4</td><td>4</td><td>4</td></tr>`, "Regroupés hors carte (petits effectifs, Français de l&#39;étranger) : 13")
	if strings.Contains(body, `src="/static/vote.js"`) {
		t.Error("the vote flow is still offered after close")
	}
	_, _, body = get(t, ts.URL+"/embed/"+id)
	mustContain(t, "tallied widget", body, `id="results"`, "<span>Pour</span> <strong>36.0 %</strong>", "Voir les résultats sur Scrutin")
	if strings.Contains(body, "Voter sur Scrutin") {
		t.Error("the widget of a tallied vote still says Voter")
	}
	_, _, body = get(t, ts.URL+"/recu/"+receipt.Tracking)
	mustContain(t, "tallied receipt", body, "<strong>compté et dépouillé</strong>")
	_, _, body = get(t, ts.URL+"/votes/"+id+"/departements.csv")
	mustContain(t, "tallied CSV", body, "departement,nom,votants,Pour,Contre,Abstention\n", "75,Paris,12,4,4,4\n")
}

// checkCompression: pages, styles, scripts and JSON are gzipped for a
// client that accepts it, and smaller for it; the log's tiles and
// checkpoint are not; a client that does not accept gzip gets plain bytes.
func checkCompression(t *testing.T, base, vote string) {
	t.Helper()
	fetch := func(path string, gz bool) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", base+path, nil)
		if gz {
			req.Header.Set("Accept-Encoding", "gzip")
		} else {
			req.Header.Set("Accept-Encoding", "identity")
		}
		resp, err := http.DefaultTransport.RoundTrip(req) // no transparent decompression
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	_, cp := fetch("/log/checkpoint", false)
	lines := strings.Split(string(cp), "\n")
	if len(lines) < 2 {
		t.Fatalf("checkpoint: %q", cp)
	}
	tile := "/log/tile/0/000"
	if n, _ := strconv.Atoi(lines[1]); n < 256 {
		tile += ".p/" + lines[1]
	}
	for _, c := range []struct {
		path string
		gz   bool
	}{
		{"/", true}, {"/votes/" + vote, true}, {"/textes/pjl07-405/amendements", true}, {"/static/site.css", true},
		{"/static/vote.js", true}, {"/embed.js", true}, {"/api/v1/votes/" + vote, true}, {"/api/v1/openapi.json", true},
		{"/log/checkpoint", false}, {tile, false},
	} {
		resp, b := fetch(c.path, true)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d", c.path, resp.StatusCode)
			continue
		}
		if got := resp.Header.Get("Content-Encoding") == "gzip"; got != c.gz {
			t.Errorf("%s: Content-Encoding %q, want gzip=%v", c.path, resp.Header.Get("Content-Encoding"), c.gz)
			continue
		}
		if !c.gz {
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", c.path, err)
			continue
		}
		plain, err := io.ReadAll(zr)
		if err != nil {
			t.Errorf("%s: %v", c.path, err)
		}
		resp2, raw := fetch(c.path, false)
		if resp2.Header.Get("Content-Encoding") != "" || len(raw) < len(plain)-64 || len(b) >= len(raw) {
			t.Errorf("%s: gzip %d bytes, plain %d (%q), decompressed %d", c.path, len(b), len(raw), resp2.Header.Get("Content-Encoding"), len(plain))
		}
		if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: no Vary: Accept-Encoding", c.path)
		}
		t.Logf("%s: %d bytes, %d gzipped", c.path, len(raw), len(b))
	}
}

var messageKey = regexp.MustCompile(`[\s>](home|stake|tech|vote|votes|register|receipt|state|myvotes|embed|am|law|bill|oidc|status|nav|demo)\.[a-z][a-z.]*[\s<:]`)

// jargon returns the technical words a page shows outside its technical
// details folds (<details class="tech">), in the text people read.
func jargon(body string) []string {
	for {
		i := strings.Index(body, `<details class="tech">`)
		if i < 0 {
			break
		}
		j := strings.Index(body[i:], "</details>")
		if j < 0 {
			return []string{"an unclosed technical details fold"}
		}
		body = body[:i] + body[i+j:]
	}
	body = regexp.MustCompile(`(?s)<script.*?</script>|<[^>]*>`).ReplaceAllString(body, "<>")
	var out []string
	for _, w := range []string{"Point de contrôle signé", "Preuve d'inclusion", "Merkle", "Ed25519", "SHA-256", "clé publique", "counted", "trouvées", "_conseilconstitutionnel_", "demo-2026"} {
		if strings.Contains(body, w) {
			out = append(out, w)
		}
	}
	return out
}
