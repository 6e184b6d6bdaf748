package verifier

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Receipt is a voter's receipt, as the server returns it when a ballot is
// cast and at /api/v1/receipts/{tracking}.
type Receipt struct {
	Tracking   string `json:"tracking_code"` // hex leaf hash of the BallotCast entry
	Words      string `json:"words,omitempty"`
	Vote       string `json:"vote"`
	Credential string `json:"credential"`
	Index      int64  `json:"index"`
	// State is "sequenced", or "promised" in the distributed mode before
	// the ballot is in the Merkle log: then Promise is the log's signed
	// promise of Index (docs/LEDGER.md) and there is no proof yet.
	State      string   `json:"state,omitempty"`
	Promise    string   `json:"promise,omitempty"`
	Checkpoint string   `json:"checkpoint"` // signed, of size Size
	Size       int64    `json:"size"`
	Proof      []string `json:"inclusion_proof"`
	Status     string   `json:"status"` // counted, replaced or revoked
	Closing    *struct {
		Size        int64    `json:"size"`
		Checkpoint  string   `json:"checkpoint"`
		Proof       []string `json:"inclusion_proof"`
		Consistency []string `json:"consistency_proof"`
	} `json:"closing,omitempty"`
	Tallied bool `json:"tallied"`
}

// ParseReceipt reads a receipt's JSON.
func ParseReceipt(b []byte) (*Receipt, error) {
	var r Receipt
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("couldn't read receipt: %w", err)
	}
	if _, err := domain.ParseHash(r.Tracking); err != nil {
		return nil, fmt.Errorf("couldn't read receipt: tracking code: %w", err)
	}
	return &r, nil
}

// FetchReceipt asks src for the receipt of a tracking code.
func FetchReceipt(ctx context.Context, src Source, tracking string) (*Receipt, error) {
	if _, err := domain.ParseHash(tracking); err != nil {
		return nil, err
	}
	b, err := src.Get(ctx, "/api/v1/receipts/"+url.PathEscape(tracking))
	if err != nil {
		return nil, unavailable("the receipt", err)
	}
	return ParseReceipt(b)
}

// CheckReceipt checks a voter's receipt: its checkpoints are signed by the
// log, its proofs put the ballot in the log and in the vote's closing
// checkpoint, and the closing checkpoint is a prefix of the receipt's. If
// src is not nil, it then audits the whole log (so every check of Audit
// is in the report) and checks that the ballot at that position is the
// receipt's, that it counts (its credential's last ballot, not revoked),
// and, once the vote is tallied, that the sums including it are the ones
// the trustees decrypted. The receipt's checkpoints are kept in
// cfg.Store, so a log that later forks away from them is caught.
func CheckReceipt(ctx context.Context, src Source, rec *Receipt, cfg Config) (*Report, error) {
	start := time.Now()
	r := &Report{Source: "receipt " + rec.Tracking}
	if src != nil {
		r.Source += " against " + src.String()
	}
	a := &audit{report: r}
	if rec.State == "promised" {
		cur, err := a.keptPromise(ctx, src, &cfg, rec)
		if err != nil || cur == nil {
			r.Elapsed = time.Since(start)
			return r, r.finish(err)
		}
		rec = cur
	}
	err := a.receiptProofs(ctx, src, &cfg, rec)
	c := r.check(CheckBallotReceipt, "proofs")
	switch {
	case err != nil || c.Status == Fail:
	case src == nil:
		c.notChecked("no log given (--server URL|DIR): the ballot's counting was not checked")
	default:
		a.receiptAt = &rec.Index
		if err = a.run(ctx, src, &cfg); err == nil {
			a.receiptCounted(rec)
		}
		err = a.release(err)
	}
	r.Elapsed = time.Since(start)
	return r, r.finish(err)
}

func (a *audit) receiptProofs(ctx context.Context, src Source, cfg *Config, rec *Receipt) error {
	c := a.report.check(CheckBallotReceipt, "proofs")
	bad := func(format string, args ...any) error {
		c.fail(Failure{Entry: rec.Index, Kind: "BallotCast", Msg: fmt.Sprintf(format, args...)})
		return nil
	}
	leaf, err := domain.ParseHash(rec.Tracking)
	if err != nil {
		return unavailable("the receipt", err)
	}
	var key note.Verifier
	{
		// The key as Audit finds it: pinned, kept, or served.
		var ks Source = noSource{}
		if src != nil {
			ks = src
		}
		if key, err = a.logKey(ctx, ks, cfg, []byte(rec.Checkpoint)); err != nil || key == nil {
			return err
		}
	}
	cp, _, err := domain.OpenCheckpoint([]byte(rec.Checkpoint), key)
	if err != nil {
		return bad("the receipt's checkpoint: %v", err)
	}
	if cp.Size != rec.Size {
		return bad("the receipt says size %d, its checkpoint %d", rec.Size, cp.Size)
	}
	proof, err := domain.ParseHashes(rec.Proof)
	if err != nil {
		return bad("inclusion proof: %v", err)
	}
	if err := tlog.CheckRecord(proof, cp.Size, cp.Hash, rec.Index, leaf); err != nil {
		return bad("the ballot is not in the receipt's checkpoint at entry %d: %v", rec.Index, err)
	}
	c.Count++
	keep := []struct {
		cp     domain.Checkpoint
		signed string
	}{{cp, rec.Checkpoint}}
	if cl := rec.Closing; cl != nil {
		ccp, _, err := domain.OpenCheckpoint([]byte(cl.Checkpoint), key)
		if err != nil {
			return bad("the closing checkpoint: %v", err)
		}
		p, err := domain.ParseHashes(cl.Proof)
		if err != nil {
			return bad("closing inclusion proof: %v", err)
		}
		if err := tlog.CheckRecord(p, ccp.Size, ccp.Hash, rec.Index, leaf); err != nil {
			return bad("the ballot is not in the closing checkpoint (size %d): %v", ccp.Size, err)
		}
		cons, err := domain.ParseHashes(cl.Consistency)
		if err != nil {
			return bad("consistency proof: %v", err)
		}
		if err := tlog.CheckTree(cons, cp.Size, cp.Hash, ccp.Size, ccp.Hash); err != nil {
			return bad("the closing checkpoint (size %d) is not a prefix of the receipt's (size %d): %v", ccp.Size, cp.Size, err)
		}
		c.Count += 2
		keep = append(keep, struct {
			cp     domain.Checkpoint
			signed string
		}{ccp, cl.Checkpoint})
	}
	if cfg.Store != nil {
		lurl := ""
		if src != nil {
			lurl = logURL(src)
		}
		for _, k := range keep {
			if err := cfg.Store.AddCheckpoint(lurl, k.cp, []byte(k.signed)); err != nil {
				return unavailable("the state directory", err)
			}
		}
	}
	return nil
}

// keptPromise checks a promised receipt: the promise is signed by the log
// key and names the receipt's leaf; then, with src, the ballot is asked for
// again: now in the log at the promised index (the receipt returned, to be
// checked as any), still only promised (could not check: nil, an
// *UnavailableError), or elsewhere or missing from a log grown past the
// index (a broken promise: a failure, nil receipt).
func (a *audit) keptPromise(ctx context.Context, src Source, cfg *Config, rec *Receipt) (*Receipt, error) {
	c := a.report.check(CheckBallotReceipt, "proofs")
	bad := func(format string, args ...any) (*Receipt, error) {
		c.fail(Failure{Entry: rec.Index, Kind: "BallotCast", Msg: fmt.Sprintf(format, args...)})
		return nil, nil
	}
	leaf, err := domain.ParseHash(rec.Tracking)
	if err != nil {
		return nil, unavailable("the receipt", err)
	}
	unverified, err := domain.ParsePromise(checkpointText([]byte(rec.Promise)))
	if err != nil {
		return bad("the receipt's promise: %v", err)
	}
	key, err := promiseKey(ctx, src, cfg, unverified.Origin)
	if err != nil {
		c.notChecked("no log key to check the promise: pin one with --key")
		return nil, err
	}
	p, err := domain.OpenPromise([]byte(rec.Promise), key)
	if err != nil {
		return bad("the receipt's promise: %v", err)
	}
	if p.Leaf != leaf || int64(p.Index) != rec.Index {
		return bad("the promise is for leaf %d (%x), the receipt names leaf %d (%s)", p.Index, p.Leaf[:], rec.Index, rec.Tracking)
	}
	c.Count++
	if src == nil {
		c.notChecked(fmt.Sprintf("a promise, signed by the log, of leaf %d; give --server to check it was kept", p.Index))
		return nil, &UnavailableError{What: "the promised ballot", Err: errors.New("no log given")}
	}
	cur, err := FetchReceipt(ctx, src, rec.Tracking)
	if err != nil {
		// Not found: broken if the log has grown past the promised index.
		signed, cerr := src.Checkpoint(ctx)
		if cerr != nil {
			return nil, err
		}
		cp, _, oerr := domain.OpenCheckpoint(signed, key)
		if oerr != nil || uint64(cp.Size) <= p.Index {
			return nil, err
		}
		return bad("broken promise: the log has %d entries but the ballot promised as leaf %d is not there (%v)", cp.Size, p.Index, err)
	}
	if cur.State == "promised" {
		c.notChecked(fmt.Sprintf("a promise, signed by the log, of leaf %d; not in the log yet: check again later", p.Index))
		return nil, &UnavailableError{What: "the promised ballot", Err: errors.New("not sequenced yet")}
	}
	if cur.Index != rec.Index || cur.Tracking != rec.Tracking {
		return bad("broken promise: the ballot was promised leaf %d and is leaf %d", p.Index, cur.Index)
	}
	c.Detail = fmt.Sprintf("the log's promise of leaf %d was kept", p.Index)
	return cur, nil
}

// promiseKey finds the log key for a promise of origin: pinned, else kept
// in the state directory, else served by src.
func promiseKey(ctx context.Context, src Source, cfg *Config, origin string) (note.Verifier, error) {
	vkey := cfg.VerifierKey
	if vkey == "" && cfg.Store != nil {
		kept, err := cfg.Store.Key(origin)
		if err != nil {
			return nil, unavailable("the state directory", err)
		}
		vkey = kept
	}
	if vkey == "" && src != nil {
		b, err := src.Get(ctx, "/api/v1/log")
		if err != nil {
			return nil, unavailable("the log key", err)
		}
		var info struct {
			VerifierKey string `json:"verifier_key"`
		}
		if err := json.Unmarshal(b, &info); err != nil {
			return nil, unavailable("the log key", err)
		}
		vkey = info.VerifierKey
	}
	if vkey == "" {
		return nil, &UnavailableError{What: "the promise's signature", Err: errors.New("no log key known or served")}
	}
	v, err := note.NewVerifier(vkey)
	if err != nil {
		return nil, unavailable("the promise's signature", fmt.Errorf("log key %q: %w", vkey, err))
	}
	return v, nil
}

// receiptCounted checks, on the audited log, that the receipt's ballot is
// there and counts.
func (a *audit) receiptCounted(rec *Receipt) {
	c := a.report.check(CheckBallotReceipt, "proofs")
	bad := func(format string, args ...any) {
		c.fail(Failure{Entry: rec.Index, Kind: "BallotCast", Msg: fmt.Sprintf(format, args...)})
	}
	if a.foldedTo < a.size || !a.matched {
		c.notChecked("the audit of the log failed: the ballot's counting was not checked")
		return
	}
	if rec.Index < 0 || rec.Index >= a.size {
		bad("the log has %d entries, the receipt's ballot is entry %d", a.size, rec.Index)
		return
	}
	leaf, _ := domain.ParseHash(rec.Tracking)
	if a.tree.leaf == nil || a.tree.leafAt != rec.Index || *a.tree.leaf != leaf {
		bad("the log's entry %d is not the receipt's ballot", rec.Index)
		return
	}
	var ev domain.Event
	for _, e := range a.kept {
		if e.Pos == rec.Index {
			ev = e.Event
		}
	}
	b, ok := ev.(*domain.BallotCast)
	if !ok {
		kind := "entry the fold did not keep"
		if ev != nil {
			kind = ev.Kind().Name
		}
		bad("entry %d is a %s, not a ballot", rec.Index, kind)
		return
	}
	v := a.state.Votes[b.Vote]
	status := "counted"
	switch {
	case a.state.RevokedWhileOpen(b.Credential, v):
		status = "revoked"
	case v.Ballots[b.Credential].Position != uint64(rec.Index):
		status = "replaced"
	}
	// A receipt's status is the server's word at the receipt's tree size: a
	// ballot counted then may be replaced by a later re-vote since.
	if rec.Status != "" && rec.Size == a.cp.Size && rec.Status != status {
		bad("the receipt says %q at size %d, the log of that size says %q", rec.Status, rec.Size, status)
		return
	}
	detail := fmt.Sprintf("ballot at entry %d of vote %s: %s", rec.Index, b.Vote, status)
	switch {
	case status == "replaced":
		detail += fmt.Sprintf(" by the credential's later ballot at entry %d", v.Ballots[b.Credential].Position)
	case !v.Closed:
		detail += "; the vote is not closed yet"
	default:
		if rec.Closing != nil && rec.Closing.Size != int64(v.ClosedAt)+1 {
			bad("the receipt's closing checkpoint has size %d, the vote closed at entry %d", rec.Closing.Size, v.ClosedAt)
			return
		}
		if uint64(rec.Index) > v.ClosedAt {
			bad("the ballot comes after the vote's close (entry %d)", v.ClosedAt)
			return
		}
		group := ""
		voter, _ := a.state.Voter(b.Credential)
		d := voter.District
		for _, g := range v.Groups {
			for _, gd := range g.Districts {
				if gd == d {
					group = g.Name
				}
			}
		}
		detail += fmt.Sprintf(", in the closing checkpoint (size %d), summed into group %s", v.ClosedAt+1, group)
		if v.Tally != nil && status == "counted" {
			detail += fmt.Sprintf("; those sums were decrypted by trustees %v (proofs checked) and the tally matches them", v.Tally.Trustees)
		} else if status == "counted" {
			detail += "; not tallied yet"
		}
	}
	if rec.Status != "" && rec.Status != status {
		detail += fmt.Sprintf(" (the receipt, issued at size %d, said %s)", rec.Size, rec.Status)
	}
	c.Count++
	c.Detail = detail
}

// noSource serves nothing: the receipt check without a log.
type noSource struct{}

func (noSource) Checkpoint(context.Context) ([]byte, error)   { return nil, ErrNotFound }
func (noSource) Tile(context.Context, string) ([]byte, error) { return nil, ErrNotFound }
func (noSource) Get(_ context.Context, p string) ([]byte, error) {
	return nil, fmt.Errorf("%w: %s", ErrNotFound, p)
}
func (noSource) String() string { return "nothing" }
