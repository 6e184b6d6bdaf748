package server_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/note"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/internal/trustee"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb/standin"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian/trilliantest"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
)

// distEnv is a distributed deployment in one test: an EventStoreDB
// (the test-only stand-in over real gRPC), a real Trillian tree over
// MariaDB, the sequencer's lease in MariaDB, and Scrutin replicas on them.
type distEnv struct {
	t      *testing.T
	es     *standin.Server
	logURL string
	dsn    string
	skey   string
	lease  string // the lease row's name
	admin  string
}

func newDistEnv(t *testing.T) *distEnv { return newDistEnvWith(t, standin.Start) }

func newDistEnvWith(t *testing.T, startES func(path, addr string) (*standin.Server, error)) *distEnv {
	t.Helper()
	tcfg := trilliantest.NewTree(t) // skips without SCRUTIN_TEST_TRILLIAN
	dsn := os.Getenv("SCRUTIN_TEST_MARIADB")
	if dsn == "" {
		t.Fatal("SCRUTIN_TEST_TRILLIAN is set but SCRUTIN_TEST_MARIADB is not (the sequencer's lease): run .ci/distributed.sh")
	}
	es, err := startES(filepath.Join(t.TempDir(), "esdb.db"), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { es.Close() })
	skey, _, err := note.GenerateKey(rand.Reader, "scrutin.test/distributed")
	if err != nil {
		t.Fatal(err)
	}
	return &distEnv{t: t, es: es, logURL: fmt.Sprintf("trillian://%s?tree=%d", tcfg.Addr, tcfg.TreeID),
		dsn: dsn, skey: skey, lease: fmt.Sprintf("sequencer/%d", tcfg.TreeID), admin: "test-admin-token"}
}

type replica struct {
	srv  *server.Server
	url  string
	stop func()
}

// replica opens and serves one Scrutin replica.
func (d *distEnv) replica(demo bool) *replica { d.t.Helper(); return d.replicaWith(demo, nil) }

// replicaWith opens and serves one Scrutin replica, its configuration
// changed by mod.
func (d *distEnv) replicaWith(demo bool, mod func(*server.Config)) *replica {
	t := d.t
	t.Helper()
	cfg := server.Config{
		DataDir: t.TempDir(), LogKey: d.skey, AdminToken: d.admin, Demo: demo,
		RatePerSecond: 1e6, Burst: 1e6, Store: d.es.URL(), LogURL: d.logURL, LeaseDSN: d.dsn,
		Log: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelError})),
	}
	if mod != nil {
		mod(&cfg)
	}
	s, err := server.Open(cfg)
	if err != nil {
		t.Fatalf("couldn't open a distributed replica: %v", err)
	}
	url, stop := serve(t, s)
	if !s.Distributed() {
		t.Fatal("the replica is not in distributed mode")
	}
	return &replica{srv: s, url: url, stop: stop}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// sequenced waits until every replica's log holds every event of the store.
func sequenced(t *testing.T, rs ...*replica) uint64 {
	t.Helper()
	var n uint64
	waitFor(t, func() bool {
		for _, r := range rs {
			head, err := r.srv.Head(context.Background())
			if err != nil {
				return false
			}
			size, err := r.srv.Ledger.Log.Size(context.Background())
			if err != nil || size != head {
				return false
			}
			n = size
		}
		return true
	})
	return n
}

// TestDistributedReplicas: two replicas on one EventStoreDB and one
// Trillian tree. Writes through either land in one order; both serve the
// same checkpoint, proofs, projections and tally; receipts go from
// promised to sequenced; the auditor's verifier passes the ledger served
// by either.
func TestDistributedReplicas(t *testing.T) {
	d := newDistEnv(t)
	a, b := d.replica(true), d.replica(true)
	ca, cb := client.New(a.url), client.New(b.url)
	ctx := context.Background()
	admin := func(url, path string, in any) {
		t.Helper()
		body, _ := json.Marshal(in)
		if code, resp := do(t, "POST", url+path, d.admin, string(body)); code != 201 {
			t.Fatalf("POST %s: %d %s", path, code, trim(resp))
		}
	}

	// The ceremony through A and B in turn.
	created := domain.ElectionCreated{Election: "e2026", Threshold: 2}
	var trustees []*trustee.Trustee
	for _, name := range []string{"Alice", "Bruno", "Chloé"} {
		tr, err := trustee.Init(t.TempDir(), name)
		if err != nil {
			t.Fatal(err)
		}
		trustees = append(trustees, tr)
		created.Trustees = append(created.Trustees, tr.Info())
	}
	admin(a.url, "/api/v1/admin/elections", created)
	for i, tr := range trustees {
		if err := tr.Deal(ctx, []*client.Client{ca, cb}[i%2], "e2026"); err != nil {
			t.Fatalf("trustee %d deals: %v", i+1, err)
		}
	}
	admin(b.url, "/api/v1/admin/streams/bill-pjl07-405/events", map[string]any{"expected": "no_stream", "events": []any{
		map[string]any{"type": "BillIntroduced", "data": domain.BillIntroduced{Bill: "pjl07-405", Type: domain.BillProjet, Title: "Création et Internet"}},
	}})
	// Every ballot below (24 voters, then a late one after the lease is
	// taken away for 4 s) must be cast before closes + CloseGrace: room for
	// a loaded machine, paid once as a wait before the close.
	closes := time.Now().Add(20 * time.Second)
	admin(a.url, "/api/v1/admin/votes", domain.VoteOpened{Vote: "v1", Bill: "pjl07-405", Stage: "final",
		Question: "Approuvez-vous ce texte ?", Options: []string{"Pour", "Contre", "Abstention"}, Election: "e2026",
		Opens: time.Now().Add(-time.Minute), Closes: closes, MinGroup: 2})
	vote, err := cb.Vote(ctx, "v1")
	if err != nil || vote.Status != "open" {
		t.Fatalf("replica B does not see the vote A opened: %+v, %v", vote, err)
	}
	logKey, err := ca.LogKey(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// Voters register through one replica and vote through the other.
	const n = 24
	districts := []domain.District{"75-01", "13-04", "69-03"}
	choices := make([]int, n)
	receipts := make([]*client.Receipt, n)
	ballots := make([]*domain.BallotCast, n)
	var wg sync.WaitGroup
	errc := make(chan error, n)
	promised := 0
	var mu sync.Mutex
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reg, cast := ca, cb
			if i%2 == 1 {
				reg, cast = cb, ca
			}
			v, _ := client.NewVoter()
			if err := reg.Register(ctx, v, districts[i%3]); err != nil {
				errc <- fmt.Errorf("register %d: %w", i, err)
				return
			}
			choices[i] = i % 3
			ballot, err := v.Encrypt(vote, choices[i])
			if err != nil {
				errc <- err
				return
			}
			r, err := cast.Cast(ctx, ballot)
			if err != nil {
				errc <- fmt.Errorf("cast %d through the other replica: %w", i, err)
				return
			}
			mu.Lock()
			if r.State == "promised" {
				promised++
			}
			mu.Unlock()
			receipts[i], ballots[i] = r, ballot
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}
	for i, r := range receipts {
		if err := []*client.Client{ca, cb}[i%2].CheckReceiptFor(ctx, r, ballots[i], logKey); err != nil {
			t.Fatalf("receipt %d (%s): %v", i, r.State, err)
		}
	}
	t.Logf("%d of %d cast receipts were promises, all kept", promised, n)

	// A promise, deterministically: while another holder has the lease, no
	// replica sequences; the ballot is acknowledged with a promise, then
	// sequenced at the promised index once the lease is free.
	db, err := sql.Open("mysql", d.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sequenced(t, a, b)
	if _, err := db.Exec(`UPDATE scrutin_lease SET holder = 'someone-else', expires = NOW(6) + INTERVAL 1 HOUR WHERE name = ?`, d.lease); err != nil {
		t.Fatal(err)
	}
	time.Sleep(4 * time.Second) // the holder notices at its next renewal (ttl/3)
	late, _ := client.NewVoter()
	if err := ca.Register(ctx, late, "75-01"); err != nil {
		t.Fatal(err)
	}
	lateBallot, _ := late.Encrypt(vote, 1)
	r, err := cb.Cast(ctx, lateBallot)
	if err != nil {
		t.Fatal(err)
	}
	if r.State != "promised" || r.Promise == "" || len(r.Proof) != 0 {
		t.Fatalf("with no sequencer, the receipt is %q (proof %d hashes), want a promise", r.State, len(r.Proof))
	}
	if err := client.CheckReceipt(r, logKey); err != nil {
		t.Fatalf("the promise does not verify: %v", err)
	}
	// The auditor's receipt check: a promise not yet kept cannot be
	// checked (exit 2); one that names another leaf is a failure (exit 1).
	raw, _ := json.Marshal(r)
	pRec, err := verifier.ParseReceipt(raw)
	if err != nil {
		t.Fatal(err)
	}
	srcA, err := verifier.NewHTTPSource(a.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep, _ := verifier.CheckReceipt(ctx, srcA, pRec, verifier.Config{}); rep.Exit != 2 {
		t.Fatalf("scrutin-verify receipt on a promise not kept yet: exit %d, want 2", rep.Exit)
	}
	forged := *pRec
	forged.Index++
	if rep, _ := verifier.CheckReceipt(ctx, srcA, &forged, verifier.Config{}); rep.Exit != 1 {
		t.Fatalf("scrutin-verify receipt on a promise for another leaf: exit %d, want 1", rep.Exit)
	}
	if _, err := db.Exec(`DELETE FROM scrutin_lease WHERE name = ?`, d.lease); err != nil {
		t.Fatal(err)
	}
	if err := ca.CheckReceiptFor(ctx, r, lateBallot, logKey); err != nil {
		t.Fatalf("the promised ballot, once sequenced: %v", err)
	}
	if rep, err := verifier.CheckReceipt(ctx, srcA, pRec, verifier.Config{}); rep.Exit != 0 {
		b, _ := json.MarshalIndent(rep, "", " ")
		t.Fatalf("scrutin-verify receipt on the kept promise: exit %d (%v)\n%s", rep.Exit, err, b)
	}
	choices = append(choices, 1)

	// The vote closes by itself; two trustees decrypt through different
	// replicas; both serve the same tally.
	// Distributed replicas close a vote CloseGrace + 2 ClockSkew after
	// its closing time, when no ballot checked in time can be in flight.
	time.Sleep(time.Until(closes.Add(domain.CloseGrace + 2*domain.ClockSkew)))
	waitFor(t, func() bool {
		v, _ := cb.Vote(ctx, "v1")
		return v.Status == "closed"
	})
	sequenced(t, a, b)
	if err := trustees[0].Decrypt(ctx, ca, logKey, "v1"); err != nil {
		t.Fatalf("trustee 1 through A: %v", err)
	}
	if err := trustees[2].Decrypt(ctx, cb, logKey, "v1"); err != nil {
		t.Fatalf("trustee 3 through B: %v", err)
	}
	var tallies []string
	for _, c := range []*client.Client{ca, cb} {
		var v *client.Vote
		waitFor(t, func() bool { v, _ = c.Vote(ctx, "v1"); return v != nil && v.Tally != nil })
		var total [3]uint64
		for _, g := range v.Tally.Groups {
			for j := range total {
				total[j] += g.Counts[j]
			}
		}
		tallies = append(tallies, fmt.Sprint(total))
	}
	var want [3]uint64
	for _, c := range choices {
		want[c]++
	}
	if tallies[0] != fmt.Sprint(want) || tallies[1] != tallies[0] {
		t.Fatalf("tallies: A %s, B %s; want %v", tallies[0], tallies[1], want)
	}

	// Same checkpoint, same proofs, same projections.
	size := sequenced(t, a, b)
	_, cpa := get(t, a.url+"/log/checkpoint")
	_, cpb := get(t, b.url+"/log/checkpoint")
	if cpa != cpb || !strings.Contains(cpa, fmt.Sprintf("\n%d\n", size)) {
		t.Fatalf("checkpoints differ or are not at %d:\nA %s\nB %s", size, cpa, cpb)
	}
	for _, path := range []string{
		fmt.Sprintf("/api/v1/log/proof/inclusion?index=%d&size=%d", size/2, size),
		fmt.Sprintf("/api/v1/log/proof/consistency?old=%d&new=%d", size/3, size),
		"/api/v1/votes/v1", "/api/v1/votes/v1/turnout", fmt.Sprintf("/log/tile/0/000.p/%d", size%256),
		fmt.Sprintf("/log/tile/entries/000.p/%d", size%256),
	} {
		codeA, ra := get(t, a.url+path)
		codeB, rb := get(t, b.url+path)
		if codeA != 200 || ra != rb {
			t.Fatalf("%s: A %d %s\nB %d %s", path, codeA, trim(ra), codeB, trim(rb))
		}
	}
	for _, st := range []string{"/api/v1/stats"} {
		_, ra := get(t, a.url+st)
		_, rb := get(t, b.url+st)
		var sa, sb map[string]any
		json.Unmarshal([]byte(ra), &sa)
		json.Unmarshal([]byte(rb), &sb)
		if fmt.Sprint(sa["events"], sa["by_type"]) != fmt.Sprint(sb["events"], sb["by_type"]) {
			t.Fatalf("projections differ:\nA %s\nB %s", ra, rb)
		}
	}

	// The auditor's verifier cannot tell this ledger from an embedded one.
	for _, r := range []*replica{a, b} {
		src, err := verifier.NewHTTPSource(r.url, nil)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := verifier.Audit(ctx, src, verifier.Config{})
		if err != nil {
			t.Fatalf("verifier on %s: %v", r.url, err)
		}
		if rep.Exit != 0 {
			b, _ := json.MarshalIndent(rep, "", " ")
			t.Fatalf("verifier on %s failed:\n%s", r.url, b)
		}
	}
}

// TestDistributedFsck: 100,000 events go through the sequencer into
// Trillian, and Tessera's fsck, a C2SP tlog-tiles client no one here
// wrote, checks the tiles a distributed replica serves against its signed
// checkpoint, as it does the embedded mode's (TestTesseraFsck).
func TestDistributedFsck(t *testing.T) {
	// The stand-in without fsync: it serialises appends, each with an
	// fsync, which would make this test measure it.
	d := newDistEnvWith(t, standin.StartNoSync)
	fsck := tool(t, "SCRUTIN_FSCK")
	n := 100_000
	if testing.Short() {
		n = 5_000
	}
	r := d.replica(false)
	start := time.Now()
	ctx := context.Background()
	appendBills(t, r.srv.Ledger.Store, n)
	appended := time.Since(start)
	deadline := time.Now().Add(10 * time.Minute)
	for {
		size, err := r.srv.Ledger.Log.Size(ctx)
		if err == nil && size == uint64(n) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the log holds %d of %d events after 10 minutes (%v)", size, n, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("%d events appended to EventStoreDB in %v, all in Trillian after %v", n, appended.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	keyFile := filepath.Join(t.TempDir(), "log.pub")
	if err := os.WriteFile(keyFile, []byte(r.srv.Ledger.VerifierKey()), 0o644); err != nil {
		t.Fatal(err)
	}
	fctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	out, _ := exec.CommandContext(fctx, fsck, "--storage_url="+r.url+"/log/", "--public_key="+keyFile,
		"--origin="+r.srv.Ledger.Origin(), "--ui=false", "--N=4").CombinedOutput()
	t.Logf("fsck: %s", lastLines(string(out), 2))
	if want := fmt.Sprintf("Successfully fsck'd log with size %d", n); !strings.Contains(string(out), want) {
		t.Fatalf("fsck did not pass the distributed log of %d entries:\n%s", n, lastLines(string(out), 8))
	}
}
