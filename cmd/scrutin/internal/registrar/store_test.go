package registrar

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
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
	_ "github.com/go-sql-driver/mysql"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// The behaviour tests below run over both stores: the local one (bbolt and
// memory; the two registrars share it, as in one process) and the SQL one
// against a real MariaDB named by SCRUTIN_TEST_MARIADB (each registrar with
// its own *sql.DB: two replicas), e.g.
//
//	SCRUTIN_TEST_MARIADB='root@tcp(127.0.0.1:3306)/scrutin_regtest?parseTime=true'

// testDB opens the test database and drops the registrar's tables, before
// the test and after.
func testDB(t *testing.T) *sql.DB {
	t.Helper()
	dsn := os.Getenv("SCRUTIN_TEST_MARIADB")
	if dsn == "" {
		t.Skip("SCRUTIN_TEST_MARIADB is not set: the SQL store is not tested (e.g. root@tcp(127.0.0.1:3306)/scrutin_regtest?parseTime=true)")
	}
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	drop := func() error {
		for _, q := range []string{"scrutin_registrar_subjects", "scrutin_registrar_pending", "scrutin_registrar_meta"} {
			if _, err := db.Exec("DROP TABLE IF EXISTS " + q); err != nil {
				return err
			}
		}
		return nil
	}
	t.Cleanup(func() { drop(); db.Close() })
	if err := drop(); err != nil {
		t.Fatal(err)
	}
	return db
}

// storePair returns two stores over the same state: the local store twice,
// or two SQL stores on two connections to one database.
func storePair(t *testing.T, kind string, key []byte) (Store, Store) {
	t.Helper()
	switch kind {
	case "local":
		s, err := OpenSubjects(filepath.Join(t.TempDir(), "registrar.db"))
		if err != nil {
			t.Fatal(err)
		}
		st := NewLocalStore(s)
		t.Cleanup(func() { st.Close() })
		return st, st
	case "sql":
		testDB(t)
		var out [2]Store
		for i := range out {
			db, err := sql.Open("mysql", os.Getenv("SCRUTIN_TEST_MARIADB"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			if out[i], err = OpenSQLStore(context.Background(), db, key); err != nil {
				t.Fatal(err)
			}
		}
		return out[0], out[1]
	}
	panic(kind)
}

var storeKinds = []string{"local", "sql"}

func TestStoreSubjects(t *testing.T) {
	ctx := context.Background()
	for _, kind := range storeKinds {
		t.Run(kind, func(t *testing.T) {
			a, b := storePair(t, kind, make([]byte, 32))
			h := HashSubject(make([]byte, 32), "i", "s")
			c1, c2, c3 := domain.Credential{1}, domain.Credential{2}, domain.Credential{3}
			if _, ok, err := a.Subject(ctx, h); ok || err != nil {
				t.Fatalf("empty store: %v %v", ok, err)
			}
			if ok, err := a.SwapSubject(ctx, h, nil, &c1); !ok || err != nil {
				t.Fatalf("first record: %v %v", ok, err)
			}
			// The other replica, racing on the same person, loses.
			if ok, err := b.SwapSubject(ctx, h, nil, &c2); ok || err != nil {
				t.Fatalf("second insert: %v %v, want refused", ok, err)
			}
			if ok, _ := b.SwapSubject(ctx, h, &c2, &c3); ok {
				t.Fatal("a swap from a credential not recorded succeeded")
			}
			sub, ok, err := b.Subject(ctx, h)
			if !ok || err != nil || sub.Credential != c1 {
				t.Fatalf("got %v %v %v, want %v", sub, ok, err, c1)
			}
			if kind == "sql" && (!sub.HasAge || sub.Age < 0 || sub.Age > time.Minute) {
				t.Errorf("age %v %v, want a fresh one", sub.Age, sub.HasAge)
			}
			if ok, err := b.SwapSubject(ctx, h, &c1, &c2); !ok || err != nil {
				t.Fatalf("swap c1→c2: %v %v", ok, err)
			}
			if ok, _ := a.SwapSubject(ctx, h, &c1, nil); ok {
				t.Fatal("deleted a record that changed")
			}
			if ok, err := a.SwapSubject(ctx, h, &c2, nil); !ok || err != nil {
				t.Fatalf("delete: %v %v", ok, err)
			}
			if _, ok, _ := b.Subject(ctx, h); ok {
				t.Fatal("deleted subject still there")
			}
		})
	}
}

func TestStorePending(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	for _, kind := range storeKinds {
		t.Run(kind, func(t *testing.T) {
			a, b := storePair(t, kind, make([]byte, 32))
			p := Pending{Verifier: "v", Nonce: "n", Binding: "b", Credential: domain.Credential{7}, District: "75-01", Expires: now.Add(10 * time.Minute)}
			if err := a.AddPending(ctx, "s1", p, now, 2); err != nil {
				t.Fatal(err)
			}
			got, err := b.TakePending(ctx, "s1")
			if err != nil || got == nil || *got != p {
				t.Fatalf("taken on the other replica: %+v %v, want %+v", got, err, p)
			}
			if got, err := a.TakePending(ctx, "s1"); got != nil || err != nil {
				t.Fatalf("taken twice: %+v %v", got, err)
			}
			if got, err := a.TakePending(ctx, "unknown"); got != nil || err != nil {
				t.Fatalf("unknown state: %+v %v", got, err)
			}
			// The bound, and expired flows dropped to make room.
			a.AddPending(ctx, "s2", p, now, 2)
			a.AddPending(ctx, "s3", p, now, 2)
			if err := b.AddPending(ctx, "s4", p, now, 2); !errors.Is(err, ErrBusy) {
				t.Fatalf("third pending of 2: %v, want ErrBusy", err)
			}
			if err := b.AddPending(ctx, "s4", p, now.Add(11*time.Minute), 2); err != nil {
				t.Fatalf("after expiry: %v", err)
			}
			if got, _ := a.TakePending(ctx, "s2"); got != nil {
				t.Fatal("an expired flow was kept")
			}
			// Many replicas racing on one state: one gets it.
			a.AddPending(ctx, "race", p, now, 10)
			var wg sync.WaitGroup
			var mu sync.Mutex
			won := 0
			for i := range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					st := a
					if i%2 == 1 {
						st = b
					}
					if got, err := st.TakePending(ctx, "race"); err != nil {
						t.Error(err)
					} else if got != nil {
						mu.Lock()
						won++
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			if won != 1 {
				t.Fatalf("%d takers got the state, want 1", won)
			}
		})
	}
}

// TestSQLStoreSealed checks that the flow in the database is sealed (the
// verifier and nonce are not readable, a row moved to another state doesn't
// open) and that a replica with another subject key is refused.
func TestSQLStoreSealed(t *testing.T) {
	ctx := context.Background()
	db := testDB(t)
	key := make([]byte, 32)
	s, err := OpenSQLStore(ctx, db, key)
	if err != nil {
		t.Fatal(err)
	}
	p := Pending{Verifier: "verifier-XYZ", Nonce: "nonce-XYZ", Binding: "binding-XYZ", District: "75-01", Expires: time.Now().Add(time.Minute)}
	if err := s.AddPending(ctx, "st", p, time.Now(), 10); err != nil {
		t.Fatal(err)
	}
	var flow []byte
	db.QueryRow("SELECT flow FROM scrutin_registrar_pending WHERE state = 'st'").Scan(&flow)
	if len(flow) == 0 || strings.Contains(string(flow), "XYZ") {
		t.Fatalf("flow %q is not sealed", flow)
	}
	db.Exec("UPDATE scrutin_registrar_pending SET state = 'other' WHERE state = 'st'")
	if got, err := s.TakePending(ctx, "other"); err == nil || got != nil {
		t.Fatalf("a flow moved to another state opened: %+v %v", got, err)
	}
	other := make([]byte, 32)
	other[0] = 1
	if _, err := OpenSQLStore(ctx, db, other); err == nil || !strings.Contains(err.Error(), "another subject key") {
		t.Fatalf("another subject key: %v, want refused", err)
	}
	if _, err := OpenSQLStore(ctx, db, key); err != nil {
		t.Fatalf("reopening with the same key: %v", err)
	}
}

// TestSQLStoreImport imports a local store's subjects, keeping the
// database's own records.
func TestSQLStoreImport(t *testing.T) {
	ctx := context.Background()
	s, err := OpenSQLStore(ctx, testDB(t), make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	local, err := OpenSubjects(filepath.Join(t.TempDir(), "registrar.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer local.Close()
	h1, h2 := SubjectHash{1}, SubjectHash{2}
	c1, c2, c3 := domain.Credential{1}, domain.Credential{2}, domain.Credential{3}
	local.Put(h1, c1)
	local.Put(h2, c2)
	s.SwapSubject(ctx, h2, nil, &c3)
	if n, err := s.Import(ctx, local); n != 1 || err != nil {
		t.Fatalf("Import = %d, %v; want 1 added", n, err)
	}
	if sub, ok, _ := s.Subject(ctx, h1); !ok || sub.Credential != c1 || sub.Age < time.Hour {
		t.Errorf("h1: %+v %v, want c1, old", sub, ok)
	}
	if sub, _, _ := s.Subject(ctx, h2); sub.Credential != c3 {
		t.Errorf("h2: %v, want the database's c3", sub.Credential)
	}
}

// ---- two OpenID Connect registrars (two replicas) over one store ----

// fakeLedger is a log of the voters' events, checked by domain.State.
type fakeLedger struct {
	mu   sync.Mutex
	st   *domain.State
	revs map[domain.StreamID]uint64
	fail error // the next Append's error, once
}

func newFakeLedger() *fakeLedger {
	return &fakeLedger{st: domain.NewState(), revs: map[domain.StreamID]uint64{}}
}

func (l *fakeLedger) Append(_ context.Context, stream domain.StreamID, ev domain.Event) (eventstore.Recorded, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.fail; err != nil {
		l.fail = nil
		return eventstore.Recorded{}, err
	}
	pos := l.st.Position()
	if err := l.st.Apply(pos, domain.Envelope{Stream: stream, Revision: l.revs[stream], Time: time.Now(), Event: ev}); err != nil {
		return eventstore.Recorded{}, err
	}
	l.revs[stream]++
	return eventstore.Recorded{Position: pos}, nil
}

func (l *fakeLedger) View(fn func(*domain.State)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fn(l.st)
}

// issuer signs ID tokens for codes it handed out, checking PKCE.
type issuer struct {
	*httptest.Server
	key    *rsa.PrivateKey
	mu     sync.Mutex
	grants map[string][3]string // code → sub, nonce, challenge
}

func newIssuer(t *testing.T) *issuer {
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	p := &issuer{key: key, grants: map[string][3]string{}}
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
	mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		g, ok := p.grants[r.FormValue("code")]
		delete(p.grants, r.FormValue("code"))
		p.mu.Unlock()
		sum := sha256.Sum256([]byte(r.FormValue("code_verifier")))
		w.Header().Set("Content-Type", "application/json")
		if !ok || base64.RawURLEncoding.EncodeToString(sum[:]) != g[2] {
			w.WriteHeader(400)
			w.Write([]byte(`{"error":"invalid_grant"}`))
			return
		}
		payload, _ := json.Marshal(map[string]any{"iss": p.URL, "sub": g[0], "aud": "scrutin", "nonce": g[1],
			"iat": time.Now().Unix(), "exp": time.Now().Add(5 * time.Minute).Unix()})
		signer, _ := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: jose.JSONWebKey{Key: key, KeyID: "k1"}}, (&jose.SignerOptions{}).WithType("JWT"))
		obj, _ := signer.Sign(payload)
		raw, _ := obj.CompactSerialize()
		json.NewEncoder(w).Encode(map[string]any{"access_token": "at", "token_type": "Bearer", "expires_in": 60, "id_token": raw})
	})
	p.Server = httptest.NewServer(mux)
	t.Cleanup(p.Close)
	return p
}

// login is the person logging in as sub: the callback's query.
func (p *issuer) login(t *testing.T, authURL, sub string) url.Values {
	t.Helper()
	u, err := url.Parse(authURL)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	code := random()
	p.mu.Lock()
	p.grants[code] = [3]string{sub, q.Get("nonce"), q.Get("code_challenge")}
	p.mu.Unlock()
	return url.Values{"state": {q.Get("state")}, "code": {code}}
}

func newCred(t *testing.T) domain.Credential {
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	var c domain.Credential
	copy(c[:], pub)
	return c
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// replicas returns two registrars over one store and one ledger.
func replicas(t *testing.T, kind string, idp *issuer, l Ledger, clk *clock) (*OIDC, *OIDC) {
	key := []byte(strings.Repeat("k", 32))
	sa, sb := storePair(t, kind, key)
	var out [2]*OIDC
	for i, st := range []Store{sa, sb} {
		o, err := NewOIDC(OIDCConfig{Name: "oidc", Issuer: idp.URL, ClientID: "scrutin", ClientSecret: "s",
			RedirectURL: "http://127.0.0.1/inscription/oidc", SubjectKey: key, Store: st, Ledger: l, Now: clk.now})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = o
	}
	return out[0], out[1]
}

func reason(err error) string {
	var re *Error
	if errors.As(err, &re) {
		return re.Reason
	}
	return fmt.Sprint(err)
}

// TestReplicas registers through two registrars sharing a store: a flow
// started on one finishes on the other, once; a second registration of
// the person is refused on either; two racing registrations of one person
// give one credential; an expired flow is refused; after a revocation on
// one, the person registers again on the other.
func TestReplicas(t *testing.T) {
	ctx := context.Background()
	for _, kind := range storeKinds {
		t.Run(kind, func(t *testing.T) {
			idp := newIssuer(t)
			l := newFakeLedger()
			clk := &clock{t: time.Now()}
			a, b := replicas(t, kind, idp, l, clk)
			voters := func() int { n := 0; l.View(func(st *domain.State) { n = st.VoterCount() }); return n }

			// Started on a, finished on b.
			c1 := newCred(t)
			authURL, binding, err := a.Begin(ctx, c1, "75-01")
			if err != nil {
				t.Fatal(err)
			}
			q := idp.login(t, authURL, "alice")
			reg, err := b.Finish(ctx, q, binding)
			if err != nil || reg.Credential != c1 {
				t.Fatalf("finish on the other replica: %+v %v", reg, err)
			}
			// The callback replayed, on either replica.
			for _, o := range []*OIDC{a, b} {
				if _, err := o.Finish(ctx, q, binding); reason(err) != ReasonState {
					t.Fatalf("replayed callback: %v, want reason state", err)
				}
			}
			// A second registration of alice, on either replica.
			for _, o := range []*OIDC{a, b} {
				authURL, binding, _ := o.Begin(ctx, newCred(t), "13-01")
				if _, err := o.Finish(ctx, idp.login(t, authURL, "alice"), binding); reason(err) != ReasonRegistered {
					t.Fatalf("second registration: %v, want reason registered", err)
				}
			}
			if n := voters(); n != 1 {
				t.Fatalf("%d voters, want 1", n)
			}

			// Bob registers on both replicas at once: one credential.
			type flow struct {
				o       *OIDC
				q       url.Values
				binding string
			}
			var flows []flow
			for i := range 6 {
				o := []*OIDC{a, b}[i%2]
				authURL, binding, err := o.Begin(ctx, newCred(t), "75-01")
				if err != nil {
					t.Fatal(err)
				}
				flows = append(flows, flow{[]*OIDC{b, a}[i%2], idp.login(t, authURL, "bob"), binding})
			}
			var wg sync.WaitGroup
			errs := make([]error, len(flows))
			for i, f := range flows {
				wg.Add(1)
				go func() { defer wg.Done(); _, errs[i] = f.o.Finish(ctx, f.q, f.binding) }()
			}
			wg.Wait()
			ok := 0
			for _, err := range errs {
				if err == nil {
					ok++
				} else if reason(err) != ReasonRegistered {
					t.Errorf("racing registration: %v, want reason registered", err)
				}
			}
			if ok != 1 || voters() != 2 {
				t.Fatalf("%d racing registrations succeeded, %d voters; want 1 and 2", ok, voters())
			}

			// Expiry: a flow finished after FlowTimeout, on the other replica.
			authURL, binding, _ = a.Begin(ctx, newCred(t), "75-01")
			q = idp.login(t, authURL, "carol")
			clk.add(a.FlowTimeout() + time.Second)
			if _, err := b.Finish(ctx, q, binding); reason(err) != ReasonState || !strings.Contains(err.Error(), "expired") {
				t.Fatalf("expired flow: %v, want reason state, expired", err)
			}
			clk.add(-a.FlowTimeout() - time.Second) // the ID tokens' clock again

			// Revoked on a, alice registers again on b, once.
			h := a.HashSubject("alice")
			if c, _, err := a.Revoke(ctx, h, "lost device"); err != nil || c != c1 {
				t.Fatalf("revoke: %v %v", c, err)
			}
			c2 := newCred(t)
			authURL, binding, _ = b.Begin(ctx, c2, "75-01")
			if reg, err := b.Finish(ctx, idp.login(t, authURL, "alice"), binding); err != nil || reg.Credential != c2 {
				t.Fatalf("after revocation: %+v %v", reg, err)
			}
			authURL, binding, _ = a.Begin(ctx, newCred(t), "75-01")
			if _, err := a.Finish(ctx, idp.login(t, authURL, "alice"), binding); reason(err) != ReasonRegistered {
				t.Fatalf("third registration: %v, want reason registered", err)
			}
			if _, _, err := b.Revoke(ctx, b.HashSubject("nobody"), "x"); reason(err) != ReasonSubject {
				t.Fatalf("revoke unknown: %v", err)
			}
		})
	}
}

// TestCrashLeftover: a record whose credential never reached the log (a
// crash between the two writes) doesn't block the person; with a shared
// store, only once it is older than InFlight (until then, it may be
// another replica's registration, appending now).
func TestCrashLeftover(t *testing.T) {
	ctx := context.Background()
	for _, kind := range storeKinds {
		t.Run(kind, func(t *testing.T) {
			idp := newIssuer(t)
			l := newFakeLedger()
			a, b := replicas(t, kind, idp, l, &clock{t: time.Now()})
			// A refused append undoes the record.
			l.fail = &domain.RuleError{Rule: domain.RuleEvent, Err: errors.New("refused")}
			authURL, binding, _ := a.Begin(ctx, newCred(t), "75-01")
			if _, err := b.Finish(ctx, idp.login(t, authURL, "dave"), binding); err == nil {
				t.Fatal("a refused append registered")
			}
			if _, ok, _ := a.cfg.Store.Subject(ctx, a.HashSubject("dave")); ok {
				t.Fatal("a refused append left its record")
			}
			lost := newCred(t)
			if ok, err := a.cfg.Store.SwapSubject(ctx, a.HashSubject("dave"), nil, &lost); !ok || err != nil {
				t.Fatal(ok, err)
			}
			authURL, binding, _ = b.Begin(ctx, newCred(t), "75-01")
			_, err := b.Finish(ctx, idp.login(t, authURL, "dave"), binding)
			if kind == "local" {
				if err != nil {
					t.Fatalf("local store, leftover record: %v, want registered", err)
				}
				return
			}
			if reason(err) != ReasonRegistered || !strings.Contains(err.Error(), "in progress") {
				t.Fatalf("fresh record not in the log: %v, want in progress", err)
			}
			b.cfg.InFlight = time.Nanosecond // the record is now old enough
			authURL, binding, _ = b.Begin(ctx, newCred(t), "75-01")
			if _, err := b.Finish(ctx, idp.login(t, authURL, "dave"), binding); err != nil {
				t.Fatalf("old record not in the log: %v, want registered", err)
			}
		})
	}
}
