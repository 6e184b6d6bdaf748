package server_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/registrar"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/domain"
)

// testIssuer is an OpenID Connect provider's token side, enough to test
// Scrutin's checks of real signed ID tokens: discovery, keys, and a token
// endpoint that checks the client and PKCE, then signs an ID token as the
// test says (with a fault: another key, another audience, expired, another
// nonce). The end-to-end test (.ci/oidc.sh) runs a real provider instead.
type testIssuer struct {
	*httptest.Server
	key, other *rsa.PrivateKey
	mu         sync.Mutex
	grants     map[string]grant // code → what the token will say
}

type grant struct {
	sub, nonce, challenge string
	fault                 string // "", "signature", "audience", "expired", "nonce"
}

func newTestIssuer(t *testing.T) *testIssuer {
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	other, _ := rsa.GenerateKey(rand.Reader, 2048)
	p := &testIssuer{key: key, other: other, grants: map[string]grant{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{
			"issuer": p.URL, "authorization_endpoint": p.URL + "/auth", "token_endpoint": p.URL + "/token",
			"jwks_uri": p.URL + "/keys", "response_types_supported": []string{"code"},
			"subject_types_supported": []string{"public"}, "id_token_signing_alg_values_supported": []string{"RS256"},
		})
	})
	mux.HandleFunc("GET /keys", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &key.PublicKey, KeyID: "k1", Algorithm: "RS256", Use: "sig"}}})
	})
	mux.HandleFunc("POST /token", p.token)
	p.Server = httptest.NewServer(mux)
	t.Cleanup(p.Close)
	return p
}

func (p *testIssuer) token(w http.ResponseWriter, r *http.Request) {
	id, secret, _ := r.BasicAuth()
	if id == "" {
		id, secret = r.FormValue("client_id"), r.FormValue("client_secret")
	}
	p.mu.Lock()
	g, ok := p.grants[r.FormValue("code")]
	delete(p.grants, r.FormValue("code"))
	p.mu.Unlock()
	sum := sha256.Sum256([]byte(r.FormValue("code_verifier")))
	if id != "scrutin" || secret != "s3cret" || !ok || base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(400)
		w.Write([]byte(`{"error":"invalid_grant"}`))
		return
	}
	claims := map[string]any{"iss": p.URL, "sub": g.sub, "aud": "scrutin", "nonce": g.nonce,
		"iat": time.Now().Unix(), "exp": time.Now().Add(5 * time.Minute).Unix()}
	key := p.key
	switch g.fault {
	case "signature":
		key = p.other
	case "audience":
		claims["aud"] = "another-client"
	case "expired":
		claims["iat"], claims["exp"] = time.Now().Add(-time.Hour).Unix(), time.Now().Add(-30*time.Minute).Unix()
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: jose.JSONWebKey{Key: key, KeyID: "k1"}}, (&jose.SignerOptions{}).WithType("JWT"))
	if err != nil {
		panic(err)
	}
	payload, _ := json.Marshal(claims)
	obj, _ := signer.Sign(payload)
	raw, _ := obj.CompactSerialize()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"access_token": "at", "token_type": "Bearer", "expires_in": 60, "id_token": raw})
}

// login stands for the person logging in at the provider: it reads the
// authorization URL and returns the callback's query.
func (p *testIssuer) login(t *testing.T, authURL string, g grant) url.Values {
	t.Helper()
	u, err := url.Parse(authURL)
	if err != nil || !strings.HasPrefix(authURL, p.URL+"/auth?") {
		t.Fatalf("authorization URL %q", authURL)
	}
	q := u.Query()
	if q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" || q.Get("nonce") == "" || q.Get("state") == "" ||
		q.Get("client_id") != "scrutin" || q.Get("scope") != "openid" || q.Get("response_type") != "code" {
		t.Fatalf("authorization request lacks PKCE, nonce, state or asks too much: %v", q)
	}
	if g.fault != "nonce" {
		g.nonce = q.Get("nonce")
	}
	g.challenge = q.Get("code_challenge")
	code := hex.EncodeToString(randBytes(16))
	p.mu.Lock()
	p.grants[code] = g
	p.mu.Unlock()
	return url.Values{"state": {q.Get("state")}, "code": {code}}
}

func randBytes(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

func newCredential() string {
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	return hex.EncodeToString(pub)
}

func startOIDC(t *testing.T, dir, issuer string) (*server.Server, string, func()) {
	t.Helper()
	s, err := server.Open(server.Config{DataDir: dir, Origin: "scrutin.test/log", OIDCIssuer: issuer, OIDCClientID: "scrutin",
		OIDCClientSecret: "s3cret", OIDCRedirect: "http://127.0.0.1/inscription/oidc", OIDCLabel: "Test ID"})
	if err != nil {
		t.Fatal(err)
	}
	url, stop := serve(t, s)
	return s, url, stop
}

// begin starts a registration as the browser does; it returns the
// authorization URL and the binding cookie.
func begin(t *testing.T, base, cred, district string) (int, string, *http.Cookie) {
	t.Helper()
	body := `{"credential":"` + cred + `","district":"` + district + `"}`
	resp, err := http.Post(base+"/api/v1/register/oidc", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		URL   string `json:"authorization_url"`
		Error string `json:"error"`
	}
	json.NewDecoder(resp.Body).Decode(&out)
	for _, c := range resp.Cookies() {
		if c.Name == registrar.CookieName {
			if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/inscription/oidc" {
				t.Errorf("binding cookie %v: want HttpOnly, SameSite=Lax, Path=/inscription/oidc", c)
			}
			return resp.StatusCode, out.URL, c
		}
	}
	return resp.StatusCode, out.Error, nil
}

// callback comes back from the provider as the browser does.
func callback(t *testing.T, base string, q url.Values, cookie *http.Cookie) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/inscription/oidc?"+q.Encode(), nil)
	if cookie != nil {
		req.AddCookie(cookie)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestOIDCRegistration registers through OpenID Connect, then refuses, each
// with a clear 4xx and nothing appended: an ID token with a bad signature,
// another audience, expired, another flow's nonce, a reused state, a
// missing cookie, a second registration of one person; then revokes by
// subject and registers the person's new credential, and keeps refusing a
// third after a restart.
func TestOIDCRegistration(t *testing.T) {
	idp := newTestIssuer(t)
	dir := t.TempDir()
	s, base, stop := startOIDC(t, dir, idp.URL)
	ctx := context.Background()
	size := func() uint64 { n, _ := s.Ledger.Log.Size(ctx); return n }

	// A person registers.
	const alice = "alice-subject-8c1f0e"
	cred := newCredential()
	code, authURL, cookie := begin(t, base, cred, "75-01")
	if code != 200 || cookie == nil {
		t.Fatalf("begin: %d %s", code, authURL)
	}
	before := size()
	u, _ := url.Parse(authURL)
	firstNonce := u.Query().Get("nonce")
	q := idp.login(t, authURL, grant{sub: alice})
	if code, body := callback(t, base, q, cookie); code != 200 || !strings.Contains(body, `data-result="ok"`) || !strings.Contains(body, cred) {
		t.Fatalf("callback: got %d %s, want 200 registered", code, trim(body))
	}
	if n := size(); n != before+1 {
		t.Fatalf("log grew from %d to %d, want one VoterRegistered", before, n)
	}
	c, _ := domain.ParseCredential(cred)
	s.App.View(func(st *domain.State) {
		if v, ok := st.Voter(c); !ok || v.Registrar != "oidc" || v.District != "75-01" {
			t.Errorf("voter %+v, want registrar oidc in 75-01", v)
		}
	})
	reused := q

	cases := []struct {
		name    string
		sub     string
		fault   string
		reuse   bool // the first registration's callback again
		cookie  bool
		code    int
		reason  string
		message string
	}{
		{name: "bad signature", sub: "bob", fault: "signature", cookie: true, code: 400, reason: "token", message: "signature"},
		{name: "wrong audience", sub: "bob", fault: "audience", cookie: true, code: 400, reason: "token", message: "audience"},
		{name: "expired", sub: "bob", fault: "expired", cookie: true, code: 400, reason: "token", message: "expired"},
		{name: "replayed nonce", sub: "bob", fault: "nonce", cookie: true, code: 400, reason: "nonce", message: "nonce"},
		{name: "reused state", reuse: true, cookie: true, code: 400, reason: "state", message: "already used"},
		{name: "no cookie", sub: "bob", cookie: false, code: 403, reason: "binding", message: "another browser"},
		{name: "second registration", sub: alice, cookie: true, code: 409, reason: "registered", message: "already registered"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := size()
			code, authURL, ck := begin(t, base, newCredential(), "13-01")
			if code != 200 {
				t.Fatalf("begin: %d %s", code, authURL)
			}
			q := reused
			if !tc.reuse {
				g := grant{sub: tc.sub, fault: tc.fault}
				if tc.fault == "nonce" {
					g.nonce = firstNonce // the earlier flow's, already used
				}
				q = idp.login(t, authURL, g)
			}
			if !tc.cookie {
				ck = nil
			}
			code, body := callback(t, base, q, ck)
			if code != tc.code || !strings.Contains(body, `data-reason="`+tc.reason+`"`) || !strings.Contains(body, tc.message) {
				t.Fatalf("got %d %s, want %d, reason %s, with %q", code, trim(body), tc.code, tc.reason, tc.message)
			}
			if n := size(); n != before {
				t.Fatalf("the log grew from %d to %d", before, n)
			}
		})
	}

	// Begin refuses bad input too.
	for _, b := range []struct{ cred, district, msg string }{{"zz", "75-01", "credential"}, {newCredential(), "99-99", "district"}, {cred, "75-01", "already registered"}} {
		if code, msg, _ := begin(t, base, b.cred, b.district); code/100 != 4 || !strings.Contains(msg, b.msg) {
			t.Errorf("begin %s %s: got %d %q, want 4xx with %q", b.cred, b.district, code, msg, b.msg)
		}
	}

	// The subject is nowhere in the log.
	entries, _ := s.Ledger.Log.Entries(ctx, 0, size())
	for i, e := range entries {
		if strings.Contains(string(e), alice) {
			t.Fatalf("entry %d holds the subject", i)
		}
	}

	// Revocation by subject: the credential is revoked, publicly; the
	// person registers a new one.
	tok := readToken(t, dir)
	if code, body := do(t, "POST", base+"/api/v1/admin/registrar/revoke", tok, `{"subject":"`+alice+`","reason":"lost device"}`); code != 201 || !strings.Contains(body, cred) {
		t.Fatalf("revoke: %d %s", code, trim(body))
	}
	if code, body := do(t, "POST", base+"/api/v1/admin/registrar/revoke", tok, `{"subject":"nobody","reason":"x"}`); code != 404 {
		t.Fatalf("revoke unknown subject: %d %s", code, trim(body))
	}
	cred2 := newCredential()
	_, authURL, cookie = begin(t, base, cred2, "75-01")
	if code, body := callback(t, base, idp.login(t, authURL, grant{sub: alice}), cookie); code != 200 || !strings.Contains(body, cred2) {
		t.Fatalf("registration after revocation: %d %s", code, trim(body))
	}

	// The registrar's state survives a restart.
	stop()
	_, base2, _ := startOIDC(t, dir, idp.URL)
	_, authURL, cookie = begin(t, base2, newCredential(), "75-01")
	if code, body := callback(t, base2, idp.login(t, authURL, grant{sub: alice}), cookie); code != 409 {
		t.Fatalf("after restart: got %d %s, want 409", code, trim(body))
	}
}

// TestDistributedOIDC: two replicas of the distributed mode share the
// registrar's state in the lease database, so no routing is needed: a
// flow started on one finishes on the other, once; a second registration
// of the person is refused whichever replica takes it; a replica's
// DATA/registrar.db, from when it ran the registrar alone, is imported; a
// replica with another subject key is refused at start.
func TestDistributedOIDC(t *testing.T) {
	d := newDistEnv(t) // skips without SCRUTIN_TEST_TRILLIAN
	db, err := sql.Open("mysql", d.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, table := range []string{"scrutin_registrar_subjects", "scrutin_registrar_pending", "scrutin_registrar_meta"} {
		if _, err := db.Exec("DROP TABLE IF EXISTS " + table); err != nil {
			t.Fatal(err)
		}
	}
	idp := newTestIssuer(t)
	keyFile := filepath.Join(t.TempDir(), "subject-key")
	os.WriteFile(keyFile, []byte(hex.EncodeToString(randBytes(32))+"\n"), 0o600)
	oidc := func(key string) func(*server.Config) {
		return func(c *server.Config) {
			c.OIDCIssuer, c.OIDCClientID, c.OIDCClientSecret = idp.URL, "scrutin", "s3cret"
			c.OIDCRedirect, c.OIDCSubjectKeyFile = "http://127.0.0.1/inscription/oidc", key
		}
	}
	// Replica a ran the registrar alone before: its DATA/registrar.db is
	// imported at start.
	dirA := t.TempDir()
	key, err := registrar.LoadSubjectKey(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	old, err := registrar.OpenSubjects(filepath.Join(dirA, "registrar.db"))
	if err != nil {
		t.Fatal(err)
	}
	old.Put(registrar.HashSubject(key, idp.URL, "bob"), domain.Credential{9})
	old.Close()
	a := d.replicaWith(false, func(c *server.Config) { oidc(keyFile)(c); c.DataDir = dirA })
	b := d.replicaWith(false, oidc(keyFile))

	// Started on a, finished on b.
	cred := newCredential()
	code, authURL, cookie := begin(t, a.url, cred, "75-01")
	if code != 200 {
		t.Fatalf("begin: %d %s", code, authURL)
	}
	q := idp.login(t, authURL, grant{sub: "alice"})
	if code, body := callback(t, b.url, q, cookie); code != 200 || !strings.Contains(body, cred) {
		t.Fatalf("callback on the other replica: %d %s", code, trim(body))
	}
	// The callback replayed on either replica.
	for _, r := range []*replica{a, b} {
		if code, body := callback(t, r.url, q, cookie); code != 400 || !strings.Contains(body, `data-reason="state"`) {
			t.Fatalf("replayed callback: %d %s, want 400 state", code, trim(body))
		}
	}
	// A second registration of alice, started and finished on either.
	for _, r := range [][2]*replica{{b, a}, {a, a}, {b, b}} {
		_, authURL, cookie := begin(t, r[0].url, newCredential(), "13-01")
		if code, body := callback(t, r[1].url, idp.login(t, authURL, grant{sub: "alice"}), cookie); code != 409 || !strings.Contains(body, `data-reason="registered"`) {
			t.Fatalf("second registration: %d %s, want 409 registered", code, trim(body))
		}
	}
	var n int
	if err := db.QueryRow("SELECT COUNT(*) FROM scrutin_registrar_subjects").Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d subjects in the database (%v), want 2 (alice, and bob imported)", n, err)
	}

	// A replica with its own subject key (DATA/oidc-subject.key) would let
	// everyone register again through it: refused.
	_, err = server.Open(server.Config{DataDir: t.TempDir(), LogKey: d.skey, AdminToken: d.admin,
		Store: d.es.URL(), LogURL: d.logURL, LeaseDSN: d.dsn,
		OIDCIssuer: idp.URL, OIDCClientID: "scrutin", OIDCClientSecret: "s3cret", OIDCRedirect: "http://127.0.0.1/inscription/oidc"})
	if err == nil || !strings.Contains(err.Error(), "another subject key") {
		t.Fatalf("a replica with another subject key: %v, want refused", err)
	}
}
