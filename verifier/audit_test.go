package verifier_test

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
	"golang.org/x/mod/sumdb/note"
)

var (
	buildOnce sync.Once
	built     *ledgertest.Ledger
	buildErr  error
)

// honest returns a small honest ledger, built once.
func honest(t *testing.T) (*ledgertest.Ledger, *ledgertest.Source) {
	t.Helper()
	buildOnce.Do(func() { built, buildErr = ledgertest.Build(ledgertest.Options{Seed: "verifier-test"}) })
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	src, err := built.Honest()
	if err != nil {
		t.Fatal(err)
	}
	return built, src
}

func report(t *testing.T, r *verifier.Report) string {
	var b strings.Builder
	r.WriteText(&b)
	return b.String()
}

// storeWith returns a state directory that has seen the signed checkpoint.
func storeWith(t *testing.T, l *ledgertest.Ledger, seen []byte) *verifier.Store {
	t.Helper()
	store, err := verifier.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	v, err := note.NewVerifier(l.VerifierKey)
	if err != nil {
		t.Fatal(err)
	}
	cp, _, err := domain.OpenCheckpoint(seen, v)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SetIdentity(ledgertest.TestURL, l.Origin, l.VerifierKey); err != nil {
		t.Fatal(err)
	}
	if err := store.AddCheckpoint(ledgertest.TestURL, cp, seen); err != nil {
		t.Fatal(err)
	}
	return store
}

func TestAuditHonest(t *testing.T) {
	l, src := honest(t)
	// The verifier saw the log when it was 10 entries shorter; it grew.
	earlier, err := l.Sign(l.Entries[:len(l.Entries)-10])
	if err != nil {
		t.Fatal(err)
	}
	store := storeWith(t, l, earlier)
	for run := range 2 {
		r, err := verifier.Audit(context.Background(), src, verifier.Config{Store: store})
		if err != nil {
			t.Fatalf("run %d: %v\n%s", run, err, report(t, r))
		}
		if r.Exit != 0 {
			t.Fatalf("exit %d", r.Exit)
		}
		t.Logf("\n%s", report(t, r))
		for _, name := range []string{verifier.CheckSignature, verifier.CheckMerkle, verifier.CheckCanonical, verifier.CheckRules,
			verifier.CheckBallots, verifier.CheckOneBallot, verifier.CheckSums, verifier.CheckDecryption, verifier.CheckTallies} {
			c := r.Check(name)
			if c == nil || c.Status != verifier.Pass || c.Count == 0 {
				t.Errorf("run %d: check %s: %+v", run, name, c)
			}
		}
		if c := r.Check(verifier.CheckConsistency); c.Status != verifier.Pass || c.Count != int64(run+1) {
			t.Errorf("run %d: consistency %+v, want %d earlier checkpoints", run, c, run+1)
		}
	}
}

// TestTamper makes each case of the tamper suite in memory and checks that
// the audit says the log misbehaved, naming the right check.
func TestTamper(t *testing.T) {
	l, h := honest(t)
	for _, tc := range ledgertest.Cases {
		t.Run(tc.Name, func(t *testing.T) {
			src, seen, err := tc.Make(l, h)
			if err != nil {
				t.Fatal(err)
			}
			cfg := verifier.Config{}
			if seen != nil {
				cfg.Store = storeWith(t, l, seen)
			}
			r, err := verifier.Audit(context.Background(), src, cfg)
			expectFailure(t, r, err, tc.Check, tc.Rule)
		})
	}
}

func expectFailure(t *testing.T, r *verifier.Report, err error, check, rule string) {
	t.Helper()
	var me *verifier.MisbehaviorError
	if !errors.As(err, &me) || r.Exit != 1 {
		t.Fatalf("got exit %d, err %v, want exit 1 (misbehaved)\n%s", r.Exit, err, report(t, r))
	}
	first := me.Failures[0]
	if first.Check != check || (rule != "" && first.Rule != rule) {
		t.Fatalf("first failure %s; want check %s rule %q\n%s", first, check, rule, report(t, r))
	}
	if testing.Verbose() {
		t.Logf("detected: %s", first)
	}
}

func TestMain(m *testing.M) { os.Exit(m.Run()) }

// TestWitnessPolicy: with a witness policy, a checkpoint without the
// quorum of cosignatures is refused (exit 1, named under the signature
// check), though everything else about the log is honest.
func TestWitnessPolicy(t *testing.T) {
	_, h := honest(t)
	wkey, err := domain.NewCosignatureVerifierKey("witness.example/w1", ed25519.NewKeyFromSeed(make([]byte, 32)).Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	policy, err := domain.ParseWitnessPolicy("witness " + wkey + "\nquorum 1\n")
	if err != nil {
		t.Fatal(err)
	}
	r, err := verifier.Audit(context.Background(), h, verifier.Config{WitnessPolicy: &policy})
	if r == nil || r.Exit != 1 {
		t.Fatalf("audit of an unwitnessed checkpoint under a policy: %v, %+v", err, r)
	}
	if c := r.Check(verifier.CheckSignature); c == nil || c.Status == verifier.Pass {
		t.Fatalf("signature check %+v, want a failure", c)
	}
}

// TestServedBehind: a server whose fold lags its log serves the votes as
// of an earlier position (the vote still open, fewer entries); the audit
// compares them with the log at that position and passes.
func TestServedBehind(t *testing.T) {
	full, err := ledgertest.Build(ledgertest.Options{Seed: "behind", Voters: 12})
	if err != nil {
		t.Fatal(err)
	}
	open, err := ledgertest.Build(ledgertest.Options{Seed: "behind", Voters: 12, Open: true})
	if err != nil {
		t.Fatal(err)
	}
	h, err := full.Honest()
	if err != nil {
		t.Fatal(err)
	}
	behind, err := open.Honest()
	if err != nil {
		t.Fatal(err)
	}
	api := map[string][]byte{}
	for p, b := range h.API {
		api[p] = b
	}
	for _, p := range []string{"/api/v1/votes", "/api/v1/votes/" + string(open.Vote), "/api/v1/votes/" + string(open.Vote) + "/turnout", "/api/v1/elections/" + string(open.Election)} {
		api[p] = behind.API[p]
	}
	delete(api, "/api/v1/votes/"+string(open.Vote)+"/sums")
	src := &ledgertest.Source{Signed: h.Signed, Entries: h.Entries, API: api, URL: h.URL}
	r, err := verifier.Audit(context.Background(), src, verifier.Config{})
	if err != nil {
		t.Fatalf("%v\n%s", err, report(t, r))
	}
	if c := r.Check(verifier.CheckServedTurnout); c.Count != 2 {
		t.Fatalf("served-turnout %+v", c)
	}
	// The same responses with the tally of the full log: the log holds no
	// tally at the position they claim.
	var d map[string]any
	json.Unmarshal(h.API["/api/v1/votes/"+string(open.Vote)], &d)
	var b map[string]any
	json.Unmarshal(behind.API["/api/v1/votes/"+string(open.Vote)], &b)
	b["tally"] = d["tally"]
	api["/api/v1/votes/"+string(open.Vote)], _ = json.Marshal(b)
	r, err = verifier.Audit(context.Background(), src, verifier.Config{})
	expectFailure(t, r, err, verifier.CheckTallies, "")
}

// TestStateByOrigin: checkpoints kept by origin (a state directory from
// before the per-URL layout, or receipts checked without a log) are still
// compared when the log is audited by URL.
func TestStateByOrigin(t *testing.T) {
	l, h := honest(t)
	var split ledgertest.Case
	for _, tc := range ledgertest.Cases {
		if tc.Name == "split-view" {
			split = tc
		}
	}
	src, seen, err := split.Make(l, h)
	if err != nil {
		t.Fatal(err)
	}
	store, err := verifier.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	v, _ := note.NewVerifier(l.VerifierKey)
	cp, _, err := domain.OpenCheckpoint(seen, v)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SetKey(l.Origin, l.VerifierKey); err != nil {
		t.Fatal(err)
	}
	if err := store.AddCheckpoint("", cp, seen); err != nil {
		t.Fatal(err)
	}
	r, err := verifier.Audit(context.Background(), src, verifier.Config{Store: store})
	expectFailure(t, r, err, verifier.CheckConsistency, "")
}
