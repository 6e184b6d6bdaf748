package verifier

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier/internal/credtable"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Config configures an audit. The zero Config audits with no memory of
// earlier runs, trusting the log key the server serves.
type Config struct {
	// Store keeps the log key and the checkpoints seen, across runs.
	// Optional: without one, no earlier checkpoint is compared.
	Store *Store
	// VerifierKey pins the log's key (a note verifier key,
	// "<origin>+<hash>+<key>"). Optional: else the key kept in Store, else
	// the one /api/v1/log serves, trusted on first use.
	VerifierKey string
	// WitnessPolicy, if set, is the quorum of witness cosignatures the
	// checkpoint must carry (docs/WITNESS.md): a checkpoint without it is
	// refused, as one the operator may have shown to this auditor alone.
	WitnessPolicy *domain.WitnessPolicy
	// Workers is the number of goroutines that verify ballots; 0 means
	// GOMAXPROCS.
	Workers int
	// Progress, if set, is called as the audit advances: stage names the
	// step ("fetch", "fold"), done of total units.
	Progress func(stage string, done, total int64)
	// Texts are the text checks to run; nil means DefaultTexts.
	Texts []TextCheck
	// AcceptNewKey accepts that the log at this URL now has another origin
	// or key than the one kept in Store (an operator's announced key
	// rotation): without it such a log fails the log-identity check.
	AcceptNewKey bool
	// CredentialsInMemory keeps the registered credentials the fold reads
	// (domain.State's) in memory, as the server does: about 190 bytes of
	// the audit's peak memory a credential, less CPU. By default they are kept in a table on disk,
	// in a directory of TempDir made for the audit and removed at its end:
	// the audit's memory then does not grow with the credentials
	// (docs/AUDIT.md "Memory").
	CredentialsInMemory bool
	// TempDir is where the table of credentials on disk goes; "" means
	// os.TempDir().
	TempDir string
}

func (c *Config) workers() int {
	if c.Workers > 0 {
		return c.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (c *Config) progress(stage string, done, total int64) {
	if c.Progress != nil {
		c.Progress(stage, done, total)
	}
}

// audit is what an audit leaves for the receipt check.
type audit struct {
	report *Report
	cp     domain.Checkpoint
	key    note.Verifier
	// tree is the tree recomputed from the entries read, matching the
	// checkpoint or not (matched says); only its right edge, upper levels
	// and digests are kept (edgeTree).
	tree    *edgeTree
	matched bool
	// size is the number of entries read (the checkpoint's size once they
	// all were); no entry is kept, only the events the text checks read
	// (and the receipt's ballot), in kept.
	size      int64
	kept      []LogEvent
	receiptAt *int64 // the receipt's ballot, kept by the fold; nil when none
	folder    *folder
	state     *domain.State   // folded up to foldedTo
	table     credentialTable // the state's credentials, unless in memory
	// foldedTo is the number of entries folded: the size unless a rule
	// failure stopped the fold.
	foldedTo int64

	// What the API served, and the log's views at the positions it claims.
	logInfo    []byte // /api/v1/log, nil when not served
	served     *servedAPI
	logURL     string
	wantView   map[int64]bool
	views      map[int64]map[domain.VoteID]voteView
	openedAt   map[domain.VoteID]int64
	closed     map[domain.VoteID]closedVote // compactClosed
	keyFixedAt map[domain.ElectionID]int64
}

// maxAttempts bounds the audits of a live server whose API claims
// positions past the checkpoint it serves (a witnessed checkpoint lagging
// the log): the audit is re-run against a newer checkpoint.
const maxAttempts = 4

// aheadWait is the first wait before such a new audit (then twice, three
// times as long).
var aheadWait = time.Second

// Audit checks the log src serves, as docs/AUDIT.md describes, and returns
// the report. The error is nil when every check passed, a
// *MisbehaviorError when the log or a tally misbehaved, and an
// *UnavailableError when something could not be checked; the report says
// which checks ran in every case.
func Audit(ctx context.Context, src Source, cfg Config) (*Report, error) {
	a, err := runAudit(ctx, src, cfg)
	return a.report, err
}

func runAudit(ctx context.Context, src Source, cfg Config) (*audit, error) {
	start := time.Now()
	_, live := src.(*HTTPSource)
	var identity *Check
	for attempt := 1; ; attempt++ {
		r := &Report{Source: src.String()}
		a := &audit{report: r}
		err := a.release(a.run(ctx, src, &cfg))
		if c := r.Check(CheckIdentity); identity != nil && c != nil && c.Status == Pass {
			*c = *identity // what the first attempt found (it kept the accepted key)
		}
		if identity == nil {
			identity = r.Check(CheckIdentity)
		}
		if live && attempt < maxAttempts && err == nil && a.aheadOnly() {
			// The API may be ahead of a lagging (witnessed) checkpoint:
			// audit again, against a newer one.
			select {
			case <-time.After(time.Duration(attempt) * aheadWait):
				continue
			case <-ctx.Done():
			}
		}
		r.Elapsed = time.Since(start)
		return a, r.finish(err)
	}
}

// aheadOnly reports whether the only failure is served-position: what a
// live server whose checkpoint lags its API shows.
func (a *audit) aheadOnly() bool {
	fs := a.report.Failures()
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if f.Check != CheckServedPosition && f.Check != CheckServedVotes {
			return false
		}
	}
	return a.report.Check(CheckServedPosition).Status == Fail
}

// run does the checks; it returns an error only for what could not be
// checked at all (the rest is in the report).
func (a *audit) run(ctx context.Context, src Source, cfg *Config) error {
	r := a.report
	sig := r.check(CheckSignature, "checkpoint")
	a.logURL = logURL(src)

	// 0. What the API serves, read before the checkpoint: the log only
	// grows, so every position an honest server claims is then within it.
	served, err := readServed(ctx, src)
	if err != nil {
		r.check(CheckServedVotes, "votes").notChecked("couldn't fetch the votes served")
		return unavailable("the votes served", err)
	}
	a.served = served
	a.wantView = map[int64]bool{}
	for _, d := range served.details {
		a.wantView[int64(d.Turnout.Position)] = true
		if d.turnout != nil {
			a.wantView[int64(d.turnout.Position)] = true
		}
	}
	a.views = map[int64]map[domain.VoteID]voteView{}
	a.openedAt = map[domain.VoteID]int64{}
	a.keyFixedAt = map[domain.ElectionID]int64{}

	// 1. The checkpoint and its signature.
	signed, err := src.Checkpoint(ctx)
	if err != nil {
		sig.notChecked("couldn't fetch the checkpoint")
		return unavailable("the checkpoint", err)
	}
	key, err := a.logKey(ctx, src, cfg, signed)
	if err != nil {
		return err
	}
	if key == nil {
		return nil // a failure is in the report
	}
	a.key = key
	cp, _, err := domain.OpenCheckpoint(signed, key)
	if err != nil {
		sig.fail(Failure{Entry: -1, Msg: err.Error()})
		return nil
	}
	if cfg.WitnessPolicy != nil {
		if err := domain.VerifyWitnessed(signed, key, *cfg.WitnessPolicy); err != nil {
			sig.fail(Failure{Entry: -1, Msg: "witness policy: " + err.Error()})
			return nil
		}
	}
	sig.Count++
	a.cp = cp
	a.wantView[cp.Size] = true // the list of votes may be compared there
	r.Origin, r.Size, r.RootHash = cp.Origin, cp.Size, hex.EncodeToString(cp.Hash[:])

	// The earlier checkpoints, whose roots the stream computes as it
	// passes their sizes.
	var olds [][]byte
	if cfg.Store != nil {
		if olds, err = cfg.Store.Checkpoints(a.logURL, cp.Origin); err != nil {
			return unavailable("the state directory", err)
		}
		if a.logURL != "" {
			// Those kept by origin too (receipts, archives without their
			// URL, state directories older than the per-URL layout).
			byOrigin, err := cfg.Store.Checkpoints("", cp.Origin)
			if err != nil {
				return unavailable("the state directory", err)
			}
			olds = append(olds, byOrigin...)
		}
	}
	sizes := []int64{cp.Size}
	for _, signed := range olds {
		if old, _, err := domain.OpenCheckpoint(signed, a.key); err == nil && old.Size <= cp.Size {
			sizes = append(sizes, old.Size)
		}
	}
	if s, ok := servedLogSize(a.logInfo); ok && s <= cp.Size {
		sizes = append(sizes, s)
	}
	leafAt := int64(-1)
	if a.receiptAt != nil {
		leafAt = *a.receiptAt
	}
	a.tree = newEdgeTree(sizes, leafAt)

	// 2–3. The entries, streamed bundle by bundle in log order: each one
	// parsed, its leaves hashed into the tree, its events folded, then
	// dropped (docs/AUDIT.md "Memory").
	merkle := r.check(CheckMerkle, "entries")
	err = a.stream(ctx, src, cfg)
	var se *servedError
	if errors.As(err, &se) {
		a.dropFold()
		r.check(se.check, "tiles").fail(Failure{Entry: -1, Msg: se.msg})
		merkle.notChecked("the entries served are malformed")
		return nil
	}
	if err != nil {
		a.dropFold()
		merkle.notChecked("couldn't fetch the entries")
		r.check(CheckConsistency, "earlier checkpoints").notChecked("couldn't fetch the entries")
		return unavailable("the entries", err)
	}
	a.size = cp.Size
	if cfg.Store != nil {
		// Kept whatever the audit finds: a signed checkpoint binds the log.
		if err := cfg.Store.AddCheckpoint(a.logURL, cp, signed); err != nil {
			return unavailable("the state directory", err)
		}
	}
	root, ok := a.tree.root(cp.Size)
	if !ok {
		return unavailable("the tree", fmt.Errorf("the root of size %d was not computed", cp.Size))
	}
	merkle.Count = cp.Size
	if root != cp.Hash {
		merkle.fail(Failure{Entry: -1, Msg: fmt.Sprintf("the %d entries served hash to %x, the signed checkpoint says %x", cp.Size, root[:], cp.Hash[:])})
	} else {
		a.matched = true
	}
	if err := ctx.Err(); err != nil {
		return unavailable("the events", err)
	}

	// 4. Every checkpoint seen before must be a prefix of this tree.
	a.checkConsistency(cfg, olds)

	// 5. The tiles and the entries API against the entries.
	if err := a.checkHashTiles(ctx, src); err != nil {
		return err
	}
	if err := a.checkEntriesAPI(ctx, src); err != nil {
		return err
	}

	// 6. What the API serves against what the log says.
	a.checkServedLog()
	if err := a.checkServed(ctx, src); err != nil {
		return err
	}
	return a.checkTexts(ctx, src, cfg)
}

// logKey returns the log's verifier key: pinned, else kept for this log's
// URL, else kept for its origin, else served (trust on first use). A log
// whose URL had another origin or key when last audited fails the
// log-identity check (unless cfg.AcceptNewKey); a served key that differs
// from the one used fails the signature check.
func (a *audit) logKey(ctx context.Context, src Source, cfg *Config, signed []byte) (note.Verifier, error) {
	sig := a.report.check(CheckSignature, "checkpoint")
	unverified, err := domain.ParseCheckpoint(checkpointText(signed))
	if err != nil {
		sig.fail(Failure{Entry: -1, Msg: "the checkpoint is malformed: " + err.Error()})
		return nil, nil
	}
	origin := unverified.Origin
	var served string
	if b, err := src.Get(ctx, "/api/v1/log"); err == nil {
		a.logInfo = b
		var info struct {
			VerifierKey string `json:"verifier_key"`
		}
		if json.Unmarshal(b, &info) == nil {
			served = info.VerifierKey
		}
	} else if !errors.Is(err, ErrNotFound) {
		return nil, unavailable("the log key", err)
	}
	lurl := logURL(src)
	var kept, keptOrigin, keptURLKey string
	if cfg.Store != nil {
		if lurl != "" {
			if keptOrigin, keptURLKey, err = cfg.Store.Identity(lurl); err != nil {
				return nil, unavailable("the state directory", err)
			}
		}
		if kept, err = cfg.Store.Key(origin); err != nil {
			return nil, unavailable("the state directory", err)
		}
	}
	id := a.report.check(CheckIdentity, "logs")
	newKey := ""
	if keptURLKey != "" {
		id.Count++
		now := cfg.VerifierKey
		if now == "" {
			now = served
		}
		changed := origin != keptOrigin || (now != "" && now != keptURLKey)
		switch {
		case changed && !cfg.AcceptNewKey:
			id.fail(Failure{Entry: -1, Msg: fmt.Sprintf("the log at %s had the origin %q and the key %q when last audited (kept in %s); it now has the origin %q and the key %q. "+
				"A log re-signed under a new key can show any history: refused. If its operator announced a new key, check it elsewhere and re-run with --accept-new-key",
				lurl, keptOrigin, keptURLKey, cfg.Store.Dir(), origin, orNone(now))})
			sig.notChecked("the log's identity changed")
			return nil, nil
		case changed:
			newKey = now
			if newKey == "" {
				sig.notChecked("no log key: pin one with --key")
				return nil, &UnavailableError{What: "the checkpoint signature", Err: errors.New("no log key known or served")}
			}
			id.Detail = fmt.Sprintf("accepted (--accept-new-key) the origin %q and key %q for %s, which had %q and %q: the checkpoints seen under the old key are not compared", origin, newKey, lurl, keptOrigin, keptURLKey)
		default:
			id.Detail = fmt.Sprintf("%s keeps the origin and key it had", lurl)
		}
	} else {
		id.Status, id.Detail = NotApplicable, "first audit of this log URL (or no state directory, or no URL)"
	}
	vkey, from := cfg.VerifierKey, "pinned"
	switch {
	case vkey != "":
	case newKey != "":
		vkey, from = newKey, "accepted as new"
	case keptURLKey != "":
		vkey, from = keptURLKey, "kept in "+cfg.Store.Dir()
	case kept != "":
		vkey, from = kept, "kept in "+cfg.Store.Dir()
	case served != "":
		vkey, from = served, "served by the log, trusted on first use"
	default:
		sig.notChecked("no log key: pin one with --key")
		return nil, &UnavailableError{What: "the checkpoint signature", Err: errors.New("no log key known or served")}
	}
	v, err := note.NewVerifier(vkey)
	if err != nil {
		sig.notChecked("the log key is malformed")
		return nil, unavailable("the checkpoint signature", fmt.Errorf("log key %q: %w", vkey, err))
	}
	sig.Detail = "log key " + from
	if served != "" && served != vkey {
		sig.fail(Failure{Entry: -1, Msg: fmt.Sprintf("the log now serves the key %q, not the key %q (%s)", served, vkey, from)})
	}
	if cfg.Store != nil && v.Name() == origin {
		if kept == "" {
			if err := cfg.Store.SetKey(origin, vkey); err != nil {
				return nil, unavailable("the state directory", err)
			}
		}
		if lurl != "" && (keptURLKey == "" || newKey != "") {
			if err := cfg.Store.SetIdentity(lurl, origin, vkey); err != nil {
				return nil, unavailable("the state directory", err)
			}
		}
	}
	return v, nil
}

func orNone(s string) string {
	if s == "" {
		return "(none served)"
	}
	return s
}

// checkConsistency compares every checkpoint kept with the tree
// recomputed from the entries: each must be the hash of the tree's prefix
// of its size. A kept checkpoint larger than the tree means the log shrank.
func (a *audit) checkConsistency(cfg *Config, olds [][]byte) {
	c := a.report.check(CheckConsistency, "earlier checkpoints")
	if cfg.Store == nil {
		c.Status, c.Detail = NotApplicable, "no state directory"
		return
	}
	if !a.matched {
		c.notChecked("the entries do not match the checkpoint")
		return
	}
	for _, signed := range olds {
		old, _, err := domain.OpenCheckpoint(signed, a.key)
		if err != nil {
			continue // kept under another key (pinned differently): not this log's
		}
		c.Count++
		if err := a.consistentWith(old); err != nil {
			c.fail(Failure{Entry: -1, Msg: err.Error()})
		}
	}
	if c.Count == 0 && c.Status == Pass {
		c.Detail = "first run against this log: nothing earlier to compare"
	}
}

func (a *audit) consistentWith(old domain.Checkpoint) error {
	if old.Size > a.cp.Size {
		return fmt.Errorf("split view: a checkpoint seen before has %d entries, this log only %d (it shrank or forked)", old.Size, a.cp.Size)
	}
	h, ok := a.tree.root(old.Size)
	if !ok {
		return fmt.Errorf("the root of the tree's prefix of size %d was not computed", old.Size)
	}
	if h != old.Hash {
		return fmt.Errorf("split view: the checkpoint seen before of size %d has root %x, this log's first %d entries hash to %x: the log rewrote its history", old.Size, old.Hash[:], old.Size, h[:])
	}
	return nil
}

// ruleChecks maps the rules of domain.State that belong to a check of
// their own to it; every other rule is reported under CheckRules.
var ruleChecks = map[domain.Rule]string{
	domain.RuleBallotSignature: CheckBallots,
	domain.RuleBallotProof:     CheckBallots,
	domain.RuleBallot:          CheckBallots,
	domain.RuleDecryptionProof: CheckDecryption,
	domain.RuleOneShare:        CheckDecryption,
	domain.RuleTallyPart:       CheckDecryption,
	domain.RuleTallyCount:      CheckTallies,
	domain.RuleTallyCombine:    CheckTallies,
	domain.RuleTallyTrustees:   CheckTallies,
	domain.RuleSortition:       CheckSortition,
	domain.RuleSortitionReveal: CheckSortition,
	domain.RuleSortitionBeacon: CheckSortition,
	domain.RuleSortitionDraw:   CheckSortition,
}

// foldChecks are the checks the fold reports.
var foldChecks = []string{CheckCanonical, CheckRules, CheckBallots, CheckOneBallot, CheckSums, CheckDecryption, CheckTallies, CheckSortition}

// dropFold removes the fold's checks from the report: the entries could
// not all be read, so nothing the fold found is reported (as when it never
// ran).
func (a *audit) dropFold() {
	if a.folder != nil {
		a.folder.bv.finish()
		a.folder = nil
	}
	r := a.report
	kept := r.Checks[:0]
	for _, c := range r.Checks {
		if !slices.Contains(foldChecks, c.Name) {
			kept = append(kept, c)
		}
	}
	r.Checks = kept
}

// bundle is one entry bundle, read and parsed by a fetch worker.
type bundle struct {
	envs   []domain.Envelope // Event nil where the entry failed to parse
	errs   []error
	leaves []tlog.Hash
	err    error
}

// streamWindow is how many entry bundles may be read ahead of the fold:
// what bounds the entries in memory at once (256 each).
const streamWindow = 64

// stream reads the entries bundle by bundle in log order (a window of
// streamWindow bundles fetched and parsed ahead, on every core), hashes
// each into the tree and folds its events, keeping nothing of an entry
// but the tree's stored hashes and what the checks need (docs/AUDIT.md
// "Memory"), into a.tree.
func (a *audit) stream(ctx context.Context, src Source, cfg *Config) error {
	size := a.cp.Size
	f, err := a.startFold(cfg, size)
	if err != nil {
		return err
	}
	if size == 0 {
		a.tree.finish()
		f.finish(ctx, cfg)
		return nil
	}
	count, last := bundleCount(size)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ready := make([]chan bundle, count)
	for i := range ready {
		ready[i] = make(chan bundle, 1)
	}
	slots := make(chan struct{}, streamWindow)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(int64(max(8, cfg.workers())), count) {
		wg.Go(func() {
			for {
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return
				}
				n := next.Add(1) - 1
				if n >= count {
					<-slots
					return
				}
				width := BundleSize
				if n == count-1 {
					width = last
				}
				ready[n] <- readParsed(ctx, src, n, width)
			}
		})
	}
	defer wg.Wait()
	var done int64
	for n := range count {
		var b bundle
		select {
		case b = <-ready[n]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-slots
		if b.err != nil {
			cancel()
			return b.err
		}
		first := n * BundleSize
		if err := a.tree.addBundle(n, b.leaves); err != nil {
			cancel()
			return fmt.Errorf("couldn't compute the tree: %w", err)
		}
		for i, env := range b.envs {
			f.entry(ctx, cfg, first+int64(i), env, b.errs[i])
		}
		done += int64(len(b.envs))
		cfg.progress("verify", done, size)
	}
	a.tree.finish()
	f.finish(ctx, cfg)
	return nil
}

// readParsed reads entry bundle n, parses its entries strictly and hashes
// them.
func readParsed(ctx context.Context, src Source, n int64, width int) bundle {
	es, err := readBundle(ctx, src, n, width)
	if err != nil {
		return bundle{err: fmt.Errorf("couldn't fetch entry bundle %d: %w", n, err)}
	}
	b := bundle{envs: make([]domain.Envelope, len(es)), errs: make([]error, len(es)), leaves: make([]tlog.Hash, len(es))}
	for i, e := range es {
		b.leaves[i] = domain.LeafHash(e)
		b.envs[i], b.errs[i] = domain.ParseEntry(e)
		if b.errs[i] != nil {
			b.envs[i].Event = nil
		}
	}
	return b
}

// folder folds the entries one at a time through domain.State, verifying
// the ballots the state defers in parallel batches. The fold stops at the
// first failure: what follows would be judged against a state that is
// already wrong (the entries after it are still parsed, for the canonical
// check, and hashed).
type folder struct {
	a                                                    *audit
	canon, rules, ballots, one, sums, dec, tallies, draw *Check
	st                                                   *domain.State
	// seen maps each open vote's ballots (SHA-256) to their position:
	// replays. A vote's are dropped at its close, after which the rules
	// refuse any ballot for it.
	seen    map[domain.VoteID]map[[32]byte]int64
	bv      *ballotVerifier
	queued  []domain.PendingBallot
	checked int64
	stop    int64 // where the fold stopped; size if it did not
	size    int64
}

func (a *audit) startFold(cfg *Config, size int64) (*folder, error) {
	r := a.report
	f := &folder{a: a, size: size, stop: size,
		canon: r.check(CheckCanonical, "entries"), rules: r.check(CheckRules, "events"), ballots: r.check(CheckBallots, "ballots"),
		one: r.check(CheckOneBallot, "credentials"), sums: r.check(CheckSums, "ciphertexts"), dec: r.check(CheckDecryption, "partial decryptions"),
		tallies: r.check(CheckTallies, "tallies"), draw: r.check(CheckSortition, "draws"),
		seen: map[domain.VoteID]map[[32]byte]int64{}, bv: newBallotVerifier(cfg.workers())}
	f.canon.Count = size
	if cfg.CredentialsInMemory {
		f.st = domain.NewState()
	} else {
		t, err := openCredentials(cfg.TempDir)
		if err != nil {
			return nil, unavailable("the credential table", err)
		}
		a.table = t
		f.st = domain.NewStateWithCredentials(t)
	}
	f.st.DeferBallots = true
	a.state = f.st
	// Ballots are verified while the fold goes on, on every core; the fold
	// waits for them only at a vote's close, for their decoded ciphertexts
	// (the sums), which the state then does not decode again.
	f.st.Ciphertexts = f.bv.ciphertexts
	a.folder = f
	return f, nil
}

// credentialTable is a table of credentials on disk, closed at the
// audit's end.
type credentialTable interface {
	domain.CredentialTable
	Close() error
}

// openCredentials opens the fold's table of credentials on disk, in a
// directory made in dir (a variable: the tests make it fail).
var openCredentials = func(dir string) (credentialTable, error) { return credtable.Open(credtable.Options{Dir: dir}) }

// credentialChecks are the checks whose results read the registered
// credentials (domain.State's credential table): the fold's, and those
// comparing counts of voters.
var credentialChecks = append(slices.Clone(foldChecks), CheckServedVotes, CheckServedTurnout, CheckBallotReceipt)

// release closes the fold's credential table, if on disk, once the audit
// no longer reads the state, and returns err, or, if the table failed
// (domain.State.Err), that failure: every check that read the credentials
// is then not checked, whatever it found, since a credential that could
// not be read was taken for one not registered.
func (a *audit) release(err error) error {
	var failed error
	if a.state != nil {
		failed = a.state.Err()
	}
	if a.table != nil {
		if cerr := a.table.Close(); cerr != nil && failed == nil && err == nil {
			err = unavailable("the credential table", cerr)
		}
		a.table = nil
	}
	if failed == nil {
		return err
	}
	for _, c := range a.report.Checks {
		if slices.Contains(credentialChecks, c.Name) && c.Status != NotApplicable {
			c.Status, c.Failures, c.Detail = NotChecked, nil, failed.Error()
		}
	}
	return unavailable("the credential table", failed)
}

func (f *folder) flush(force bool) {
	f.queued = append(f.queued, f.st.PendingBallots()...)
	n := len(f.queued)
	if !force {
		n -= n % ballotTask // full tasks only
	}
	if n > 0 {
		f.checked += int64(n)
		f.bv.add(f.queued[:n:n], force)
		f.queued = append([]domain.PendingBallot(nil), f.queued[n:]...)
	}
}

// entry folds the entry at pos (parse error perr), unless the fold has
// stopped.
func (f *folder) entry(ctx context.Context, cfg *Config, pos int64, env domain.Envelope, perr error) {
	a, r := f.a, f.a.report
	if perr != nil {
		f.canon.fail(Failure{Entry: pos, Msg: perr.Error()})
	}
	if f.stop < f.size {
		return
	}
	if env.Event == nil {
		f.stop = pos
		return
	}
	if bc, ok := env.Event.(*domain.BallotCast); ok {
		h := sha256.Sum256(bc.Ballot)
		seen := f.seen[bc.Vote]
		if seen == nil {
			seen = map[[32]byte]int64{}
			f.seen[bc.Vote] = seen
		}
		if j, dup := seen[h]; dup {
			f.one.fail(Failure{Entry: pos, Kind: "BallotCast", Msg: fmt.Sprintf("replays the ballot of entry %d (credential %s): a replayed ballot would count again, overriding its credential's later choice", j, bc.Credential)})
			f.stop = pos
			return
		}
		seen[h] = pos
	}
	if _, ok := env.Event.(*domain.VoteClosed); ok {
		f.flush(true)
		f.bv.waitDecoded()
	}
	a.takeViews(pos)
	if err := f.st.Apply(uint64(pos), env); err != nil {
		if f.st.Err() != nil {
			f.stop = pos // no rule broken: the table failed (release)
			return
		}
		var re *domain.RuleError
		fl := Failure{Entry: pos, Kind: env.Event.Kind().Name, Msg: err.Error()}
		name := CheckRules
		if errors.As(err, &re) {
			fl.Rule, fl.Msg = re.Rule.String(), re.Err.Error()
			if c, ok := ruleChecks[re.Rule]; ok {
				name = c
			}
		}
		r.check(name, "").fail(fl)
		f.stop = pos
		return
	}
	f.rules.Count++
	a.noteFolded(pos, env.Event)
	if textEvent(env.Event) || (a.receiptAt != nil && *a.receiptAt == pos) {
		a.kept = append(a.kept, LogEvent{Pos: pos, Event: env.Event})
	}
	st := f.st
	switch e := env.Event.(type) {
	case *domain.VoteClosed:
		f.sums.Count += int64(len(st.Votes[e.Vote].Sums))
		delete(f.seen, e.Vote)
		f.bv.drop(e.Vote)
		a.compactClosed(e.Vote)
		if st.Err() != nil {
			f.stop = pos
			return
		}
	case *domain.TallyShareSubmitted:
		f.dec.Count += int64(st.Votes[e.Vote].Shares[int(e.Trustee)][e.First].Len())
	case *domain.TallyPublished:
		f.tallies.Count++
	case *domain.SortitionDrawn:
		f.draw.Count++ // the rules recomputed it: seed from the revealed secret and the beacon, unbiased draw
		f.draw.Detail = fmt.Sprintf("%d draws recomputed from the log", f.draw.Count)
	}
	if pos%1024 == 0 {
		if ctx.Err() != nil {
			f.stop = pos
			return
		}
		f.flush(false)
	}
}

// finish waits for the ballots and completes the fold's checks.
func (f *folder) finish(ctx context.Context, cfg *Config) {
	a, st := f.a, f.st
	f.flush(true)
	ballotFails := f.bv.finish()
	st.Ciphertexts = nil // the state outlives the audit (receipts); the ciphertexts need not
	f.bv = nil
	a.folder = nil
	sort.Slice(ballotFails, func(i, j int) bool { return ballotFails[i].Entry < ballotFails[j].Entry })
	for _, fl := range ballotFails {
		f.ballots.fail(fl)
	}
	cfg.progress("verify", f.size, f.size)
	a.foldedTo = f.stop
	if f.stop == f.size {
		a.takeViews(f.stop)
	}
	f.ballots.Count = f.checked
	a.report.Ballots = f.checked
	if f.stop < f.size {
		// What depends on the fold was checked up to the failure only.
		why := fmt.Sprintf("checked up to entry %d, where the fold stopped", f.stop)
		for _, c := range []*Check{f.rules, f.ballots, f.one, f.sums, f.dec, f.tallies} {
			c.notChecked(why)
		}
		return
	}
	// One counted ballot per credential: the state keeps each credential's
	// last ballot; count the credentials whose ballot counts.
	for id, v := range st.Votes {
		voters, _ := a.counted(id, v)
		f.one.Count += int64(voters)
	}
	var open []string
	for id, v := range st.Votes {
		if v.Closed && v.Tally == nil {
			open = append(open, string(id))
		}
	}
	if len(open) > 0 {
		sort.Strings(open)
		f.tallies.Detail = fmt.Sprintf("closed, not yet tallied: %v", open)
	}
}
