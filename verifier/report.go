package verifier

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// The checks, by name, in the order an audit reports them.
const (
	CheckIdentity       = "log-identity"         // the log at this URL keeps the origin and key it had when last audited
	CheckSignature      = "checkpoint-signature" // the checkpoint is signed by the log key (and configured witnesses)
	CheckConsistency    = "consistency"          // every checkpoint seen before is a prefix of this tree
	CheckMerkle         = "merkle-tree"          // the tree recomputed from the entries is the checkpoint's
	CheckTiles          = "tiles"                // entry bundles well formed; hash tiles served equal the recomputed ones
	CheckEntriesAPI     = "entries-api"          // /api/v1/log/entries, decoded, equals the entries of the tiles
	CheckCanonical      = "canonical"            // every entry is the canonical encoding of a known event
	CheckRules          = "rules"                // every event obeys domain.State's rules at its position
	CheckBallots        = "ballots"              // every ballot's signature and proofs (batched)
	CheckOneBallot      = "one-ballot-per-credential"
	CheckSums           = "sums"              // every homomorphic sum, recomputed (and as served)
	CheckDecryption     = "decryption-proofs" // every trustee's partial decryption proof
	CheckTallies        = "tallies"           // every published tally equals the computed one
	CheckServedLog      = "served-log"        // /api/v1/log's origin, size, root and checkpoint agree with the log
	CheckServedPosition = "served-position"   // every position the API claims is within the signed checkpoint
	CheckServedVotes    = "served-votes"      // the votes listed and their details equal the log's
	CheckServedKeys     = "served-keys"       // election keys, trustees and verification keys served equal the log's
	CheckServedTurnout  = "served-turnout"    // turnout served equals the log's at the position claimed
	CheckTexts          = "texts"             // texts served equal texts rebuilt from the log
	CheckSortition      = "sortition"         // every panel draw recomputed from its commitment, beacon and volunteers
	CheckBallotReceipt  = "receipt"           // a voter's receipt (scrutin-verify receipt)
)

var checkOrder = []string{CheckIdentity, CheckSignature, CheckConsistency, CheckMerkle, CheckTiles, CheckEntriesAPI, CheckCanonical, CheckRules,
	CheckBallots, CheckOneBallot, CheckSums, CheckDecryption, CheckTallies, CheckSortition, CheckServedLog, CheckServedPosition, CheckServedVotes,
	CheckServedKeys, CheckServedTurnout, CheckTexts, CheckBallotReceipt}

// Status is the outcome of one check.
type Status string

const (
	Pass          Status = "pass"
	Fail          Status = "fail"           // the log misbehaved
	NotChecked    Status = "not-checked"    // could not check: missing data, network
	NotApplicable Status = "not-applicable" // nothing to check (e.g. 0 texts)
)

// Check is one named check of an audit.
type Check struct {
	Name   string `json:"name"`
	Status Status `json:"status"`
	// Count is how many things were checked: entries, ballots, proofs…
	Count int64 `json:"count"`
	// Unit names what Count counts.
	Unit string `json:"unit"`
	// Detail says more: a note, or why it was not checked.
	Detail   string    `json:"detail,omitempty"`
	Failures []Failure `json:"failures,omitempty"`
}

// Failure is one piece of evidence that the log misbehaved.
type Failure struct {
	Check string `json:"check"`
	// Entry is the log position of the offending entry, or -1.
	Entry int64  `json:"entry"`
	Kind  string `json:"kind,omitempty"` // the event type, when known
	Rule  string `json:"rule,omitempty"` // the domain rule broken, when one is
	Msg   string `json:"message"`
}

func (f Failure) String() string {
	var b strings.Builder
	b.WriteString(f.Check)
	if f.Entry >= 0 {
		fmt.Fprintf(&b, ": entry %d", f.Entry)
		if f.Kind != "" {
			fmt.Fprintf(&b, " (%s)", f.Kind)
		}
	}
	if f.Rule != "" {
		fmt.Fprintf(&b, ": breaks rule %s", f.Rule)
	}
	b.WriteString(": " + f.Msg)
	return b.String()
}

// maxFailures bounds the failures kept per check: the first ones are the
// evidence; a log that breaks everything need not list it all.
const maxFailures = 20

// Report is the result of an audit.
type Report struct {
	Source   string        `json:"source"`
	Origin   string        `json:"origin"`
	Size     int64         `json:"size"`
	RootHash string        `json:"root_hash"`
	Ballots  int64         `json:"ballots"`
	Elapsed  time.Duration `json:"elapsed_ns"`
	Checks   []*Check      `json:"checks"`
	// Outcome is "pass", "misbehaved" or "could-not-check".
	Outcome string `json:"outcome"`
	// Exit is the exit status scrutin-verify uses: 0, 1 or 2.
	Exit  int    `json:"exit"`
	Error string `json:"error,omitempty"`
}

// check returns the named check, creating it (passing, count 0) if needed.
func (r *Report) check(name, unit string) *Check {
	for _, c := range r.Checks {
		if c.Name == name {
			return c
		}
	}
	c := &Check{Name: name, Status: Pass, Unit: unit}
	r.Checks = append(r.Checks, c)
	return c
}

// Check returns the named check, or nil.
func (r *Report) Check(name string) *Check {
	for _, c := range r.Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func (c *Check) fail(f Failure) {
	c.Status = Fail
	f.Check = c.Name
	if len(c.Failures) < maxFailures {
		c.Failures = append(c.Failures, f)
	}
}

func (c *Check) notChecked(why string) {
	if c.Status == Pass {
		c.Status = NotChecked
	}
	if c.Detail == "" {
		c.Detail = why
	}
}

// Failures returns every failure, in check order.
func (r *Report) Failures() []Failure {
	var out []Failure
	for _, c := range r.Checks {
		out = append(out, c.Failures...)
	}
	return out
}

// finish sets the outcome and returns the audit's error: a
// *MisbehaviorError if any check failed (whatever else could not be
// checked: a failure is certain), else an *UnavailableError if any check
// could not run, else nil.
func (r *Report) finish(unavail error) error {
	order := map[string]int{}
	for i, n := range checkOrder {
		order[n] = i
	}
	sortChecks(r.Checks, order)
	if fs := r.Failures(); len(fs) > 0 {
		r.Outcome, r.Exit = "misbehaved", 1
		err := &MisbehaviorError{Failures: fs}
		r.Error = err.Error()
		return err
	}
	if unavail == nil {
		for _, c := range r.Checks {
			if c.Status == NotChecked {
				unavail = &UnavailableError{What: c.Name, Err: fmt.Errorf("%s", c.Detail)}
				break
			}
		}
	}
	if unavail != nil {
		r.Outcome, r.Exit = "could-not-check", 2
		r.Error = unavail.Error()
		return unavail
	}
	r.Outcome, r.Exit = "pass", 0
	return nil
}

func sortChecks(cs []*Check, order map[string]int) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && order[cs[j].Name] < order[cs[j-1].Name]; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// WriteText writes the human summary.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "source   %s\n", r.Source)
	if r.Origin != "" {
		fmt.Fprintf(&b, "log      %s, %d entries, root %s\n", r.Origin, r.Size, r.RootHash)
	}
	for _, c := range r.Checks {
		label := map[Status]string{Pass: "ok", Fail: "FAIL", NotChecked: "??", NotApplicable: "n/a"}[c.Status]
		line := fmt.Sprintf("%-5s %-26s %d %s", label, c.Name, c.Count, c.Unit)
		if c.Status == NotApplicable {
			line = fmt.Sprintf("%-5s %-26s", label, c.Name)
		}
		if c.Detail != "" {
			line += " — " + c.Detail
		}
		b.WriteString(line + "\n")
		for _, f := range c.Failures {
			fmt.Fprintf(&b, "        %s\n", f)
		}
	}
	if r.Ballots > 0 && r.Elapsed > 0 {
		fmt.Fprintf(&b, "time     %.2fs (%d ballots, %.0f ballots/s)\n", r.Elapsed.Seconds(), r.Ballots, float64(r.Ballots)/r.Elapsed.Seconds())
	} else if r.Elapsed > 0 {
		fmt.Fprintf(&b, "time     %.2fs\n", r.Elapsed.Seconds())
	}
	switch r.Exit {
	case 0:
		b.WriteString("result   every check passed\n")
	case 1:
		b.WriteString("result   THE LOG MISBEHAVED (see FAIL above)\n")
	case 2:
		fmt.Fprintf(&b, "result   could not check: %s\n", r.Error)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the report as JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
