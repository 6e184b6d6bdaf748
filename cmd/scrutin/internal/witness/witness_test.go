package witness

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ledger"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// realWitness is a C2SP tlog-witness no one here wrote (litewitness), which
// .ci/witness.sh starts on loopback and describes in the environment.
type realWitness struct {
	url, vkey string
	addLog    []string // a command that tells the witness about a log: + origin, vkey
}

func (w realWitness) policy() domain.WitnessPolicy {
	return domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{{Key: w.vkey, URL: w.url}}}
}

// needWitness returns the witness .ci/witness.sh started. Without one the
// test fails in CI (CI=true) and is skipped elsewhere; -short skips it.
func needWitness(t testing.TB) realWitness {
	t.Helper()
	if testing.Short() {
		t.Skip("needs a running witness (.ci/witness.sh)")
	}
	w := realWitness{url: os.Getenv("SCRUTIN_WITNESS_URL"), vkey: os.Getenv("SCRUTIN_WITNESS_VKEY"), addLog: strings.Fields(os.Getenv("SCRUTIN_WITNESS_ADD_LOG"))}
	if w.url == "" || w.vkey == "" || len(w.addLog) == 0 {
		msg := "no witness: run .ci/witness.sh (it sets SCRUTIN_WITNESS_URL, SCRUTIN_WITNESS_VKEY, SCRUTIN_WITNESS_ADD_LOG)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return w
}

// newLogKey makes a log key with a fresh origin (the witness remembers
// every log it saw) and registers it with the witness.
func newLogKey(t testing.TB, w realWitness) string {
	t.Helper()
	origin := "scrutin.test/" + randomHex(8)
	skey, vkey, err := note.GenerateKey(rand.Reader, origin)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(w.addLog[0], append(w.addLog[1:], origin, vkey)...).CombinedOutput()
	if err != nil {
		t.Fatalf("couldn't register the log with the witness: %v: %s", err, out)
	}
	return skey
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// newLedger opens a log-only embedded file signed with skey.
func newLedger(t testing.TB, skey string) *ledger.Ledger {
	t.Helper()
	db, err := embedded.Open(filepath.Join(t.TempDir(), "log.db"), embedded.Options{LogOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	l, err := ledger.New(db, db.Log(), skey)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// grow appends n leaves named prefix-<index>.
func grow(t testing.TB, l *ledger.Ledger, prefix string, n int) {
	t.Helper()
	ctx := context.Background()
	size, err := l.Log.Size(ctx)
	if err != nil {
		t.Fatal(err)
	}
	leaves := make([][]byte, n)
	for i := range leaves {
		leaves[i] = fmt.Appendf(nil, "%s-%d", prefix, size+uint64(i))
	}
	if err := l.Log.Append(ctx, size, leaves); err != nil {
		t.Fatal(err)
	}
}

func TestHonestGrowthCosigned(t *testing.T) {
	w := needWitness(t)
	ctx := context.Background()
	l := newLedger(t, newLogKey(t, w))
	c, err := NewCosigner(Config{Policy: w.policy()})
	if err != nil {
		t.Fatal(err)
	}
	wv, err := domain.NewCosignatureVerifier(w.vkey)
	if err != nil {
		t.Fatal(err)
	}
	var size int64
	// Growth by 1, by 0 (the same checkpoint again), across a tile, by 1.
	for step, n := range []int{1, 2, 0, 7, 50, 300, 1} {
		grow(t, l, "honest", n)
		size += int64(n)
		signed, err := c.Cosign(ctx, l)
		if err != nil {
			t.Fatalf("step %d (size %d): %v", step, size, err)
		}
		cp, err := domain.OpenWitnessed(signed, l.Verifier(), w.policy())
		if err != nil {
			t.Fatalf("step %d: OpenWitnessed: %v", step, err)
		}
		if cp.Size != size {
			t.Fatalf("step %d: cosigned size %d, want %d", step, cp.Size, size)
		}
		if got := c.Latest(); string(got) != string(signed) {
			t.Fatalf("step %d: Latest is not the checkpoint just cosigned", step)
		}
		// The cosignature verifies under the witness's key alone, and is fresh.
		n, err := note.Open(signed, note.VerifierList(wv))
		if err != nil || len(n.Sigs) != 1 {
			t.Fatalf("step %d: the witness's key alone: %v", step, err)
		}
		if ts, err := domain.CosignatureTime(n.Sigs[0]); err != nil || time.Since(ts) > time.Minute || time.Until(ts) > time.Minute {
			t.Fatalf("step %d: cosignature time %v, %v; want about now", step, ts, err)
		}
		t.Logf("size %d cosigned: %s", size, strings.Split(string(signed), "\n")[5])
		if step == 2 {
			saveVector(t, l, w, signed)
		}
	}

	// A new Cosigner (a restarted server) knows nothing of the witness:
	// the witness's 409 tells it the size to prove consistency from.
	c2, err := NewCosigner(Config{Policy: w.policy()})
	if err != nil {
		t.Fatal(err)
	}
	grow(t, l, "honest", 3)
	signed, err := c2.Cosign(ctx, l)
	if err != nil {
		t.Fatalf("after a restart: %v", err)
	}
	if err := domain.VerifyWitnessed(signed, l.Verifier(), w.policy()); err != nil {
		t.Fatalf("after a restart: %v", err)
	}

	// What the verifier refuses: a policy whose key did not cosign, a
	// quorum the witnesses did not reach, a checkpoint never cosigned.
	stranger := strangerKey(t)
	cases := []struct {
		name   string
		signed []byte
		policy domain.WitnessPolicy
	}{
		{"cosignature from a key the policy does not name", signed, domain.WitnessPolicy{Quorum: 1, Witnesses: []domain.Witness{{Key: stranger}}}},
		{"2 of 2 with one cosignature", signed, domain.WitnessPolicy{Quorum: 2, Witnesses: []domain.Witness{{Key: w.vkey}, {Key: stranger}}}},
		{"checkpoint without cosignatures", mustCheckpoint(t, l), w.policy()},
	}
	for _, tc := range cases {
		err := domain.VerifyWitnessed(tc.signed, l.Verifier(), tc.policy)
		if !errors.Is(err, domain.ErrNotWitnessed) {
			t.Errorf("%s: got %v, want ErrNotWitnessed", tc.name, err)
		} else {
			t.Logf("%s: refused: %v", tc.name, err)
		}
	}
}

// TestForkRefusedAndDetected shows the witness two different trees of the
// same size signed by the same log key, in turn: it cosigns the first and
// refuses the second, and a verifier that holds the first cosigned
// checkpoint finds the second inconsistent with it.
func TestForkRefusedAndDetected(t *testing.T) {
	w := needWitness(t)
	ctx := context.Background()
	skey := newLogKey(t, w)
	honest, fork := newLedger(t, skey), newLedger(t, skey)
	grow(t, honest, "honest", 10)
	grow(t, fork, "forked", 10)

	c, err := NewCosigner(Config{Policy: w.policy()})
	if err != nil {
		t.Fatal(err)
	}
	held, err := c.Cosign(ctx, honest)
	if err != nil {
		t.Fatalf("the honest tree: %v", err)
	}
	heldCP, err := domain.OpenWitnessed(held, honest.Verifier(), w.policy())
	if err != nil {
		t.Fatal(err)
	}

	// The forked tree's checkpoint is signed by the log key all the same.
	forked := mustCheckpoint(t, fork)
	forkedCP, _, err := domain.OpenCheckpoint(forked, fork.Verifier())
	if err != nil {
		t.Fatalf("the fork is not signed by the log key: %v", err)
	}
	if forkedCP.Size != heldCP.Size || forkedCP.Hash == heldCP.Hash {
		t.Fatalf("not a fork: sizes %d, %d; hashes equal %v", forkedCP.Size, heldCP.Size, forkedCP.Hash == heldCP.Hash)
	}

	// The witness refuses it: from a fresh Cosigner (old 0, then the 409's
	// size, 10, whose hash is not the fork's) and from the same one.
	fc, _ := NewCosigner(Config{Policy: w.policy()})
	for name, co := range map[string]*Cosigner{"fresh cosigner": fc, "same cosigner": c} {
		got, err := co.Cosign(ctx, fork)
		if err == nil || !errors.Is(err, domain.ErrNotWitnessed) {
			t.Fatalf("%s: the witness cosigned the fork (err %v)", name, err)
		}
		t.Logf("%s: fork of size %d refused: %v", name, forkedCP.Size, err)
		if domain.VerifyWitnessed(got, fork.Verifier(), w.policy()) == nil {
			t.Fatalf("%s: the fork verifies as witnessed", name)
		}
	}
	// By the raw protocol: the witness answers with its size or refuses.
	cl := &Client{URL: w.url, Key: mustVerifier(t, w.vkey)}
	_, err = cl.AddCheckpoint(ctx, 0, nil, forked)
	var conflict *ConflictError
	if !errors.As(err, &conflict) || conflict.Known != heldCP.Size {
		t.Fatalf("old 0: got %v, want a 409 with size %d", err, heldCP.Size)
	}
	_, err = cl.AddCheckpoint(ctx, heldCP.Size, nil, forked)
	var refused *ResponseError
	if !errors.As(err, &refused) && !errors.As(err, &conflict) {
		t.Fatalf("old %d: got %v, want a refusal", heldCP.Size, err)
	}
	t.Logf("add-checkpoint of the fork at old %d: %v", heldCP.Size, err)

	// The fork grows: its consistency proof from 10 is of its own tree, and
	// does not verify against the hash the witness holds.
	grow(t, fork, "forked", 5)
	grown := mustCheckpoint(t, fork)
	grownCP, _, _ := domain.OpenCheckpoint(grown, fork.Verifier())
	proof, err := fork.Log.ConsistencyProof(ctx, uint64(heldCP.Size), uint64(grownCP.Size))
	if err != nil {
		t.Fatal(err)
	}
	_, err = cl.AddCheckpoint(ctx, heldCP.Size, proof, grown)
	if !errors.As(err, &refused) || refused.StatusCode != 422 {
		t.Fatalf("grown fork: got %v, want 422 (bad consistency proof)", err)
	}
	t.Logf("grown fork of size %d refused: %v", grownCP.Size, err)

	// The verifier holds the cosigned checkpoint of the honest tree. Each
	// checkpoint of the fork is refused by the policy and proved
	// inconsistent with what it holds.
	for _, f := range []struct {
		signed []byte
		cp     domain.Checkpoint
		proof  tlog.TreeProof
	}{{forked, forkedCP, nil}, {grown, grownCP, proof}} {
		if err := domain.VerifyWitnessed(f.signed, fork.Verifier(), w.policy()); !errors.Is(err, domain.ErrNotWitnessed) {
			t.Fatalf("fork of size %d: the policy gives %v, want ErrNotWitnessed", f.cp.Size, err)
		}
		if err := tlog.CheckTree(f.proof, f.cp.Size, f.cp.Hash, heldCP.Size, heldCP.Hash); err == nil {
			t.Fatalf("fork of size %d: consistent with the held checkpoint", f.cp.Size)
		} else {
			t.Logf("fork of size %d: inconsistent with the held checkpoint: %v", f.cp.Size, err)
		}
	}

	// The honest log is not harmed: its growth is still cosigned.
	grow(t, honest, "honest", 5)
	if _, err := c.Cosign(ctx, honest); err != nil {
		t.Fatalf("the honest log after the fork: %v", err)
	}
}

// TestCosignerRun checks the loop the server runs: a grown log gets its
// checkpoint cosigned without being asked.
func TestCosignerRun(t *testing.T) {
	w := needWitness(t)
	l := newLedger(t, newLogKey(t, w))
	c, err := NewCosigner(Config{Policy: w.policy(), Interval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- c.Run(ctx, l) }()
	defer func() { cancel(); <-done }()
	for _, n := range []int{4, 9} {
		grow(t, l, "run", n)
		want, _ := l.Log.Size(ctx)
		deadline := time.Now().Add(2 * time.Minute)
		for {
			if signed, cp := c.LatestCheckpoint(); signed != nil && cp.Size == int64(want) {
				if err := domain.VerifyWitnessed(signed, l.Verifier(), w.policy()); err != nil {
					t.Fatal(err)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("size %d not cosigned after 2 minutes", want)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}

func mustCheckpoint(t testing.TB, l *ledger.Ledger) []byte {
	t.Helper()
	signed, _, err := l.Checkpoint(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

func mustVerifier(t testing.TB, vkey string) note.Verifier {
	t.Helper()
	v, err := domain.NewCosignatureVerifier(vkey)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func strangerKey(t testing.TB) string {
	t.Helper()
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	vkey, err := domain.NewCosignatureVerifierKey("stranger.test/witness", pub)
	if err != nil {
		t.Fatal(err)
	}
	return vkey
}

// saveVector writes a cosigned checkpoint as a domain test vector when
// SCRUTIN_WITNESS_VECTOR names a file (to refresh domain/testdata/witness).
func saveVector(t testing.TB, l *ledger.Ledger, w realWitness, signed []byte) {
	path := os.Getenv("SCRUTIN_WITNESS_VECTOR")
	if path == "" {
		return
	}
	v := fmt.Sprintf("# A checkpoint cosigned by litewitness (filippo.io/torchwood v0.6.1),\n# captured by TestHonestGrowthCosigned under .ci/witness.sh.\nexpect: ok\nlog: %s\nwitness: %s\n\n%s", l.VerifierKey(), w.vkey, signed)
	if err := os.WriteFile(path, []byte(v), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestQuorum runs the Cosigner with the real witness and one that is down:
// 1 of 2 publishes, 2 of 2 does not (and keeps the last it published).
func TestQuorum(t *testing.T) {
	w := needWitness(t)
	ctx := context.Background()
	down := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		http.Error(rw, "down for maintenance", http.StatusServiceUnavailable)
	}))
	defer down.Close()
	l := newLedger(t, newLogKey(t, w))
	both := []domain.Witness{{Key: w.vkey, URL: w.url}, {Key: strangerKey(t), URL: down.URL}}

	one, err := NewCosigner(Config{Policy: domain.WitnessPolicy{Quorum: 1, Witnesses: both}})
	if err != nil {
		t.Fatal(err)
	}
	grow(t, l, "quorum", 5)
	signed, err := one.Cosign(ctx, l)
	if err != nil {
		t.Fatalf("1 of 2 with one down: %v", err)
	}
	if err := domain.VerifyWitnessed(signed, l.Verifier(), domain.WitnessPolicy{Quorum: 1, Witnesses: both}); err != nil {
		t.Fatal(err)
	}

	two, err := NewCosigner(Config{Policy: domain.WitnessPolicy{Quorum: 2, Witnesses: both}})
	if err != nil {
		t.Fatal(err)
	}
	grow(t, l, "quorum", 5)
	_, err = two.Cosign(ctx, l)
	if !errors.Is(err, domain.ErrNotWitnessed) || !strings.Contains(err.Error(), "503") {
		t.Fatalf("2 of 2 with one down: got %v, want ErrNotWitnessed naming the 503", err)
	}
	if two.Latest() != nil {
		t.Fatal("2 of 2 with one down: a checkpoint was published")
	}
	t.Logf("2 of 2 with one down: %v", err)
}
