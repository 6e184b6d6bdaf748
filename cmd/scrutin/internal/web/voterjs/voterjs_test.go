// Package voterjs holds the voter's cryptography in JavaScript (voter.mjs,
// bundled into ../static/voter.js) and proves it equivalent to the Go
// reference: these tests run the committed bundle under node (harness.mjs)
// and compare it with domain/election, domain and cmd/internal/client.
package voterjs

import (
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

type answer struct {
	Value json.RawMessage `json:"value"`
	Error string          `json:"error"`
}

// node runs harness.mjs on the requests. Without node the test fails in CI
// (CI=true, as .ci/run sets it) and is skipped elsewhere, saying so.
func node(t *testing.T, reqs []map[string]any) []answer {
	t.Helper()
	bin, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is not installed: the JavaScript voter cannot be checked")
		}
		t.Skip("node is not installed (CI=true makes this a failure)")
	}
	in, err := json.Marshal(reqs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "harness.mjs")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node harness.mjs: %v\n%s", err, stderr.String())
	}
	var as []answer
	if err := json.Unmarshal(out, &as); err != nil || len(as) != len(reqs) {
		t.Fatalf("harness answered %d answers for %d requests (%v): %.300s", len(as), len(reqs), err, out)
	}
	return as
}

// vector is a testdata/vectors/*.txt file: its expect line and fields.
type vector struct {
	name   string
	expect string
	fields map[string]string
}

func readVectors(t *testing.T, dir string) []vector {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no vectors in %s: %v", dir, err)
	}
	var vs []vector
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		v := vector{name: filepath.Base(p), fields: map[string]string{}}
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			k, val, ok := strings.Cut(line, ": ")
			if !ok {
				t.Fatalf("%s: bad line %q", p, line)
			}
			if k == "expect" {
				v.expect = val
			} else {
				v.fields[k] = val
			}
		}
		vs = append(vs, v)
	}
	return vs
}

// TestElectionVectors: the ballot vectors (domain/election/testdata/vectors,
// kind ballot) are judged by the JavaScript module as by Go: the valid ones
// verify (proofs and signature), each invalid one is refused.
func TestElectionVectors(t *testing.T) {
	var reqs []map[string]any
	var vs []vector
	for _, v := range readVectors(t, "../../../../../domain/election/testdata/vectors") {
		if v.fields["kind"] != "ballot" {
			continue // audit, dealing, tally: not the voter's
		}
		n, _ := strconv.Atoi(v.fields["options"])
		reqs = append(reqs, map[string]any{"op": "ballot", "vote_id": v.fields["vote_id"], "election_key": v.fields["election_key"],
			"credential": v.fields["credential"], "options": n, "ballot": v.fields["ballot"], "signature": v.fields["signature"]})
		vs = append(vs, v)
	}
	if len(vs) < 15 {
		t.Fatalf("only %d ballot vectors", len(vs))
	}
	for i, a := range node(t, reqs) {
		v := vs[i]
		if v.expect == "valid" && a.Error != "" {
			t.Errorf("%s: valid, JS refused it: %s", v.name, a.Error)
		}
		if v.expect != "valid" && a.Error == "" {
			t.Errorf("%s: %s, JS accepted it", v.name, v.expect)
		}
		if a.Error != "" {
			t.Logf("%s (%s): %s", v.name, v.expect, a.Error)
		}
	}
}

// TestEntryVectors: the log-entry vectors (domain/testdata/vectors), and
// 400 single-byte mutations of the ballot entries, parsed by the
// JavaScript module as a BallotCast exactly when Go's domain.ParseEntry
// parses them as one, with the same fields and leaf hash.
func TestEntryVectors(t *testing.T) {
	var entries [][]byte
	var names []string
	var ballots [][]byte
	for _, v := range readVectors(t, "../../../../../domain/testdata/vectors") {
		b, err := hex.DecodeString(v.fields["entry"])
		if err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		entries, names = append(entries, b), append(names, v.name)
		if v.fields["type"] == "BallotCast/v1" {
			ballots = append(ballots, b)
		}
	}
	if len(ballots) < 2 {
		t.Fatalf("only %d ballot entries among the vectors", len(ballots))
	}
	seed := sha256.Sum256([]byte("voterjs mutations"))
	for i := range 400 {
		h := sha256.Sum256(append(seed[:], byte(i), byte(i>>8)))
		e := bytes.Clone(ballots[i%len(ballots)])
		pos := int(binary.BigEndian.Uint32(h[:4]) % uint32(len(e)))
		switch i % 4 {
		case 0, 1: // a byte changed
			e[pos] ^= h[4] | 1
		case 2: // truncated
			e = e[:pos]
		case 3: // a byte inserted
			e = append(e[:pos:pos], append([]byte{h[4]}, e[pos:]...)...)
		}
		entries, names = append(entries, e), append(names, fmt.Sprintf("mutation %d", i))
	}
	reqs := make([]map[string]any, len(entries))
	for i, e := range entries {
		reqs[i] = map[string]any{"op": "entry", "entry": hex.EncodeToString(e)}
	}
	accepted := 0
	for i, a := range node(t, reqs) {
		env, err := domain.ParseEntry(entries[i])
		bc, isBallot := env.Event.(*domain.BallotCast)
		if err != nil || !isBallot {
			if a.Error == "" {
				t.Errorf("%s: Go refuses it as a ballot (%v), JS accepts it", names[i], err)
			}
			continue
		}
		if a.Error != "" {
			t.Errorf("%s: Go parses a ballot, JS refuses it: %s", names[i], a.Error)
			continue
		}
		accepted++
		var got entryFields
		json.Unmarshal(a.Value, &got)
		lh := domain.LeafHash(entries[i])
		want := entryFields{
			hex.EncodeToString(lh[:]), string(env.Stream), string(bc.Vote), bc.Credential.String(),
			hex.EncodeToString(bc.Ballot), hex.EncodeToString(bc.Signature[:])}
		if got != want {
			t.Errorf("%s: JS read %.200v, Go %.200v", names[i], got, want)
		}
	}
	if accepted < len(ballots) {
		t.Errorf("only %d entries accepted", accepted)
	}
}

type entryFields struct {
	LeafHash   string `json:"leaf_hash"`
	Stream     string `json:"stream"`
	Vote       string `json:"vote"`
	Credential string `json:"credential"`
	Ballot     string `json:"ballot"`
	Signature  string `json:"signature"`
}

// randomBytes is deterministic randomness: SHA-256 in counter mode.
func randomBytes(label string, n int) []byte {
	var out []byte
	for i := 0; len(out) < n; i++ {
		h := sha256.Sum256([]byte(fmt.Sprintf("%s/%d", label, i)))
		out = append(out, h[:]...)
	}
	return out[:n]
}

// TestSameBallots: given the same randomness and the same seed, the
// JavaScript module makes the very bytes of Go's client.Voter.Encrypt
// (election.Encrypt and election.SignBallot), for 2 to 16 options and
// every position of the choice.
func TestSameBallots(t *testing.T) {
	key, err := election.GenerateKey(bytes.NewReader(randomBytes("election key", 64)))
	if err != nil {
		t.Fatal(err)
	}
	type tc struct {
		k, choice int
		seed      []byte
		random    []byte
	}
	var cases []tc
	var reqs []map[string]any
	for _, k := range []int{2, 3, 5, 16} {
		for _, choice := range []int{0, 1, k - 1} {
			c := tc{k: k, choice: choice, seed: randomBytes(fmt.Sprintf("seed %d %d", k, choice), 32),
				random: randomBytes(fmt.Sprintf("random %d %d", k, choice), (k-1)*64+k*3*64)}
			opts := make([]string, k)
			for i := range opts {
				opts[i] = fmt.Sprintf("option %d", i)
			}
			for _, prepare := range []bool{false, true} {
				cases = append(cases, c)
				reqs = append(reqs, map[string]any{"op": "encrypt", "choice": choice, "seed": hex.EncodeToString(c.seed), "random": hex.EncodeToString(c.random),
					"prepare": prepare, "vote": map[string]any{"id": "demo-same-" + strconv.Itoa(k), "options": opts, "election_key": hex.EncodeToString(key.Public().Bytes())}})
			}
		}
	}
	for i, a := range node(t, reqs) {
		c := cases[i]
		if a.Error != "" {
			t.Errorf("k=%d choice=%d: JS: %s", c.k, c.choice, a.Error)
			continue
		}
		priv := ed25519.NewKeyFromSeed(c.seed)
		ctx := election.Context{VoteID: election.VoteID("demo-same-" + strconv.Itoa(c.k)), ElectionKey: key.Public(), Options: c.k}
		copy(ctx.Credential[:], priv.Public().(ed25519.PublicKey))
		b, err := election.Encrypt(bytes.NewReader(c.random), ctx, c.choice)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := b.MarshalBinary()
		want := map[string]string{"credential": hex.EncodeToString(ctx.Credential[:]), "ballot": base64.StdEncoding.EncodeToString(raw),
			"signature": base64.StdEncoding.EncodeToString(election.SignBallot(priv, ctx.VoteID, raw))}
		var got map[string]string
		json.Unmarshal(a.Value, &got)
		for _, f := range []string{"credential", "ballot", "signature"} {
			if got[f] != want[f] {
				t.Errorf("k=%d choice=%d: %s differs:\n JS %s\n Go %s", c.k, c.choice, f, got[f], want[f])
			}
		}
	}
	// A prepared ballot serves one ballot of its own vote only.
	reuse := map[string]any{"op": "reuse", "seed": hex.EncodeToString(cases[0].seed), "vote": reqs[0]["vote"]}
	a := node(t, []map[string]any{reuse})[0]
	var got struct{ Second, Other string }
	json.Unmarshal(a.Value, &got)
	if a.Error != "" || got.Second != "drew randomness" || got.Other != "drew randomness" {
		t.Errorf("a prepared ballot served twice or for another vote: %s %+v", a.Error, got)
	}
	// Too little randomness is an error, not a weaker ballot.
	short := reqs[0]
	short["random"] = hex.EncodeToString(cases[0].random[:len(cases[0].random)-1])
	if a := node(t, []map[string]any{short}); a[0].Error == "" {
		t.Error("JS encrypted with less randomness than Go reads")
	}
}

// TestGoVerifiesJSBallots: ballots made by the JavaScript module with the
// browser's random generator, for new voting IDs, pass Go's batch check
// (domain.VerifyBallots: signature, encoding, proofs), and their tally is
// the choices made.
func TestGoVerifiesJSBallots(t *testing.T) {
	const n, k = 30, 3
	key, err := election.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	vote := map[string]any{"id": "demo-jsvoters", "options": []string{"Pour", "Contre", "Abstention"}, "election_key": hex.EncodeToString(key.Public().Bytes())}
	a := node(t, []map[string]any{{"op": "voters", "n": n, "vote": vote}})[0]
	if a.Error != "" {
		t.Fatal(a.Error)
	}
	var voters []struct {
		Credential, Ballot, Signature string
		Choice                        int
	}
	if err := json.Unmarshal(a.Value, &voters); err != nil || len(voters) != n {
		t.Fatalf("%d voters (%v)", len(voters), err)
	}
	pending := make([]domain.PendingBallot, n)
	want := make([]uint64, k)
	seen := map[string]bool{}
	for i, v := range voters {
		cred, err := domain.ParseCredential(v.Credential)
		if err != nil {
			t.Fatal(err)
		}
		if seen[v.Credential] {
			t.Fatalf("voting ID %s made twice", v.Credential)
		}
		seen[v.Credential] = true
		raw, _ := base64.StdEncoding.DecodeString(v.Ballot)
		sig, _ := base64.StdEncoding.DecodeString(v.Signature)
		ev := &domain.BallotCast{Vote: "demo-jsvoters", Credential: cred, Ballot: raw}
		copy(ev.Signature[:], sig)
		pending[i] = domain.PendingBallot{Position: uint64(i), Event: ev,
			Context: election.Context{VoteID: election.VoteID("demo-jsvoters"), ElectionKey: key.Public(), Credential: cred, Options: k}}
		want[v.Choice]++
	}
	var ballots []*election.Ballot
	for i, err := range domain.VerifyBallots(pending, func(_ int, b *election.Ballot) { ballots = append(ballots, b) }) {
		if err != nil {
			t.Errorf("ballot %d: %v", i, err)
		}
	}
	if len(ballots) != n {
		t.Fatalf("%d ballots decoded, want %d", len(ballots), n)
	}
	sums, err := election.SumBallots(ballots)
	if err != nil {
		t.Fatal(err)
	}
	partial, err := election.PartiallyDecrypt(rand.Reader, election.TallyID("demo-jsvoters"), 1, key, sums)
	if err != nil {
		t.Fatal(err)
	}
	table, err := election.NewDiscreteLogTable(n)
	if err != nil {
		t.Fatal(err)
	}
	got, err := election.Combine(1, sums, []*election.PartialDecryption{partial}, table)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tally of the JS ballots %v, want %v", got, want)
	}
	// And a ballot changed by one bit is refused by Go.
	pending[0].Event.Ballot[100] ^= 1
	if errs := domain.VerifyBallots(pending[:1], nil); errs[0] == nil {
		t.Error("Go accepted a JS ballot with a bit flipped")
	}
}

// receiptLog is a small log for receipts: entries, their stored hashes, a
// signing key.
type receiptLog struct {
	t       *testing.T
	entries [][]byte
	hashes  []tlog.Hash
	signer  note.Signer
	vkey    string
}

func (l *receiptLog) add(e []byte) int64 {
	hr := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = l.hashes[x]
		}
		return out, nil
	})
	hs, err := tlog.StoredHashes(int64(len(l.entries)), e, hr)
	if err != nil {
		l.t.Fatal(err)
	}
	l.hashes = append(l.hashes, hs...)
	l.entries = append(l.entries, e)
	return int64(len(l.entries) - 1)
}

func (l *receiptLog) reader() tlog.HashReader {
	return tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = l.hashes[x]
		}
		return out, nil
	})
}

// checkpoint returns the signed checkpoint of the first n entries.
func (l *receiptLog) checkpoint(n int64) (string, tlog.Hash) {
	h, err := tlog.TreeHash(n, l.reader())
	if err != nil {
		l.t.Fatal(err)
	}
	signed, err := note.Sign(&note.Note{Text: domain.FormatCheckpoint(domain.Checkpoint{Origin: l.signer.Name(), Size: n, Hash: h})}, l.signer)
	if err != nil {
		l.t.Fatal(err)
	}
	return string(signed), h
}

func (l *receiptLog) inclusion(n, i int64) []string {
	p, err := tlog.ProveRecord(n, i, l.reader())
	if err != nil {
		l.t.Fatal(err)
	}
	return domain.FormatHashes(p)
}

// TestReceipts: receipts, good and bad, are judged by the JavaScript
// module's checkReceipt as by Go's client.CheckReceipt; and checkEntry
// accepts the receipt's entry and refuses another.
func TestReceipts(t *testing.T) {
	skey, vkey, err := note.GenerateKey(rand.Reader, "scrutin.test/log")
	if err != nil {
		t.Fatal(err)
	}
	signer, _ := note.NewSigner(skey)
	_, otherVkey, _ := note.GenerateKey(rand.Reader, "scrutin.test/log")
	l := &receiptLog{t: t, signer: signer, vkey: vkey}
	for i := range 5 {
		l.add([]byte(fmt.Sprintf("entry %d", i)))
	}
	// The ballot, entry 5.
	priv := ed25519.NewKeyFromSeed(randomBytes("receipt voter", 32))
	cred := domain.Credential(priv.Public().(ed25519.PublicKey))
	ekey, _ := election.GenerateKey(rand.Reader)
	ctx := election.Context{VoteID: election.VoteID("demo-receipt"), ElectionKey: ekey.Public(), Credential: cred, Options: 2}
	b, _ := election.Encrypt(rand.Reader, ctx, 1)
	raw, _ := b.MarshalBinary()
	bc := &domain.BallotCast{Vote: "demo-receipt", Credential: cred, Ballot: raw}
	copy(bc.Signature[:], election.SignBallot(priv, ctx.VoteID, raw))
	entry, err := domain.MarshalEntry(domain.Envelope{Stream: "vote-demo-receipt", Revision: 3, Time: time.UnixMicro(1764032400123456).UTC(), Event: bc})
	if err != nil {
		t.Fatal(err)
	}
	idx := l.add(entry)
	leaf := domain.LeafHash(entry)
	tracking := hex.EncodeToString(leaf[:])
	for i := range 7 {
		l.add([]byte(fmt.Sprintf("later entry %d", i)))
	}

	receipt := func(size int64) map[string]any {
		cp, _ := l.checkpoint(size)
		return map[string]any{"tracking_code": tracking, "vote": "demo-receipt", "credential": cred.String(), "index": idx, "state": "sequenced",
			"checkpoint": cp, "size": size, "inclusion_proof": l.inclusion(size, idx), "status": "counted"}
	}
	closed := func(closeAt, size int64) map[string]any {
		r := receipt(size)
		ccp, _ := l.checkpoint(closeAt)
		cons, err := tlog.ProveTree(size, closeAt, l.reader())
		if err != nil {
			t.Fatal(err)
		}
		r["closing"] = map[string]any{"size": closeAt, "checkpoint": ccp, "inclusion_proof": l.inclusion(closeAt, idx), "consistency_proof": domain.FormatHashes(cons)}
		return r
	}
	promise := func(index uint64, lh tlog.Hash) map[string]any {
		signed, err := note.Sign(&note.Note{Text: domain.FormatPromise(domain.Promise{Origin: signer.Name(), Index: index, Leaf: lh, Time: 1764032400000})}, signer)
		if err != nil {
			t.Fatal(err)
		}
		return map[string]any{"tracking_code": tracking, "index": idx, "state": "promised", "promise": string(signed)}
	}
	mutate := func(r map[string]any, f func(map[string]any)) map[string]any { f(r); return r }
	flipHash := func(s string) string { b, _ := hex.DecodeString(s); b[0] ^= 1; return hex.EncodeToString(b) }
	cases := []struct {
		name string
		r    map[string]any
		key  string
	}{
		{"sequenced", receipt(13), vkey},
		{"just written", receipt(6), vkey},
		{"closed at 6, latest 13", closed(6, 13), vkey},
		{"closed at 8, latest 13", closed(8, 13), vkey},
		{"closed at 13, latest 13", closed(13, 13), vkey},
		{"closed at 7, latest 9", closed(7, 9), vkey},
		{"promised", promise(uint64(idx), leaf), vkey},
		{"another log key", receipt(13), otherVkey},
		{"a malformed key", receipt(13), "scrutin.test/log+00000000+AQ=="},
		{"size differs", mutate(receipt(13), func(r map[string]any) { r["size"] = 12 }), vkey},
		{"index differs", mutate(receipt(13), func(r map[string]any) { r["index"] = idx + 1 }), vkey},
		{"tracking code differs", mutate(receipt(13), func(r map[string]any) { r["tracking_code"] = flipHash(tracking) }), vkey},
		{"proof hash changed", mutate(receipt(13), func(r map[string]any) {
			p := r["inclusion_proof"].([]string)
			p[1] = flipHash(p[1])
		}), vkey},
		{"proof too short", mutate(receipt(13), func(r map[string]any) { r["inclusion_proof"] = r["inclusion_proof"].([]string)[1:] }), vkey},
		{"proof too long", mutate(receipt(13), func(r map[string]any) {
			r["inclusion_proof"] = append(r["inclusion_proof"].([]string), tracking)
		}), vkey},
		{"checkpoint text changed", mutate(receipt(13), func(r map[string]any) {
			r["checkpoint"] = strings.Replace(r["checkpoint"].(string), "\n13\n", "\n14\n", 1)
		}), vkey},
		{"closing not a prefix", mutate(closed(8, 13), func(r map[string]any) {
			c := r["closing"].(map[string]any)
			p := c["consistency_proof"].([]string)
			p[0] = flipHash(p[0])
		}), vkey},
		{"closing without the ballot", mutate(closed(8, 13), func(r map[string]any) {
			c := r["closing"].(map[string]any)
			c["inclusion_proof"] = l.inclusion(13, idx)
		}), vkey},
		{"promise of another index", promise(uint64(idx)+1, leaf), vkey},
		{"promise of another leaf", promise(uint64(idx), domain.LeafHash([]byte("x"))), vkey},
	}
	reqs := make([]map[string]any, len(cases))
	for i, c := range cases {
		reqs[i] = map[string]any{"op": "receipt", "receipt": c.r, "key": c.key}
	}
	for i, a := range node(t, reqs) {
		c := cases[i]
		js, _ := json.Marshal(c.r)
		var r client.Receipt
		if err := json.Unmarshal(js, &r); err != nil {
			t.Fatal(err)
		}
		var goErr error
		if v, err := note.NewVerifier(c.key); err != nil {
			goErr = err
		} else {
			goErr = client.CheckReceipt(&r, v)
		}
		if (goErr == nil) != (a.Error == "") {
			t.Errorf("%s: Go says %v, JS says %q", c.name, goErr, a.Error)
		}
		t.Logf("%s: Go %v; JS %s%s", c.name, goErr, a.Value, a.Error)
	}
	if n := len(cases); n < 20 {
		t.Fatal(n)
	}

	// The entry: the receipt's, and others.
	raw64 := base64.StdEncoding.EncodeToString(entry)
	ballot64 := base64.StdEncoding.EncodeToString(raw)
	other := bytes.Clone(raw)
	other[len(other)-1] ^= 1
	entryCases := []struct {
		name                              string
		raw, tracking, vote, cred, ballot string
		ok                                bool
	}{
		{"the ballot sent", raw64, tracking, "demo-receipt", cred.String(), ballot64, true},
		{"no ballot kept", raw64, tracking, "demo-receipt", cred.String(), "", true},
		{"another tracking code", raw64, flipHash(tracking), "demo-receipt", cred.String(), ballot64, false},
		{"another vote", raw64, tracking, "demo-other", cred.String(), ballot64, false},
		{"another credential", raw64, tracking, "demo-receipt", flipHash(cred.String()), ballot64, false},
		{"another ballot", raw64, tracking, "demo-receipt", cred.String(), base64.StdEncoding.EncodeToString(other), false},
		{"not a ballot", base64.StdEncoding.EncodeToString(l.entries[0]), hex.EncodeToString(l.hashes[0][:]), "demo-receipt", cred.String(), "", false},
	}
	reqs = reqs[:0]
	for _, c := range entryCases {
		reqs = append(reqs, map[string]any{"op": "checkEntry", "raw": c.raw, "tracking": c.tracking, "vote": c.vote, "credential": c.cred, "ballot": c.ballot})
	}
	for i, a := range node(t, reqs) {
		if c := entryCases[i]; c.ok != (a.Error == "") {
			t.Errorf("checkEntry, %s: want ok=%v, JS says %q", c.name, c.ok, a.Error)
		}
	}
}

// TestBudget: everything a first vote runs — the vote page's scripts and
// the voter's module — is at most 500 KB gzipped (docs/bench-web.md), and
// the vote flow no longer needs any WebAssembly.
func TestBudget(t *testing.T) {
	total := 0
	for _, f := range []string{"vote.js", "live.js", "voter.js", "site.css"} {
		b, err := os.ReadFile(filepath.Join("../static", f))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
		zw.Write(b)
		zw.Close()
		t.Logf("%s: %d B, %d B gzipped", f, len(b), buf.Len())
		total += buf.Len()
		if bytes.Contains(b, []byte("WebAssembly")) || bytes.Contains(b, []byte(".wasm")) {
			t.Errorf("%s still loads WebAssembly", f)
		}
	}
	if total > 500_000 {
		t.Errorf("the first vote's code is %d B gzipped, budget 500 000 B", total)
	}
	t.Logf("total %d B gzipped", total)
}
