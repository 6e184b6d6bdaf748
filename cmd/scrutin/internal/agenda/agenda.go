// Package agenda runs votes by policy: an operator writes, once, which
// stages of bills citizens vote on and for how long, and the server opens
// and closes those votes as the bills' texts arrive (docs/OPERATIONS.md,
// "Votes by policy"). Votes reuse an election's key ceremony, whose
// trustees decrypt the tally after the close.
package agenda

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/domain"
)

// Policy is an agenda policy: a file (SCRUTIN_AGENDA_FILE) such as
//
//	{"rules": [{
//	  "name": "commission",
//	  "election": "demo-2026",
//	  "open_on": {"step": "commission", "institution": "assemblee"},
//	  "close_after_days": 14,
//	  "close_on_step": "hemicycle",
//	  "since": "2026-01-01"
//	}]}
//
// which opens a vote on every stage adopted in committee at the Assemblée
// once its text is published, to close 14 days later or when the plenary
// debate is scheduled, whichever comes first.
//
// A vote's closing time is fixed when it opens: it is a promise to the
// voters, and the protocol refuses a VoteClosed before it (rule
// vote-window, docs/VOTING.md). So the plenary's date shortens a vote only
// when it is known at the opening (a later stage tabled with a future
// date), and no vote opens on a stage the plenary has already taken up.
type Policy struct {
	Rules []Rule `json:"rules"`
}

// Rule is one kind of vote the agenda opens.
type Rule struct {
	// Name identifies the rule; it starts the IDs of the votes it opens.
	Name string `json:"name"`
	// Election is the key ceremony whose key encrypts the ballots and
	// whose trustees decrypt the tally; its key must be fixed.
	Election domain.ElectionID `json:"election"`
	// OpenOn is the stage that opens a vote once its text is complete.
	OpenOn Match `json:"open_on"`
	// CloseAfterDays is how long the vote stays open at most (> 0).
	CloseAfterDays int `json:"close_after_days"`
	// CloseOnStep names the step that ends the debate the vote is about
	// (e.g. "hemicycle": the plenary). When a later stage of the bill with
	// this step is tabled with a date after the opening, the vote closes
	// at that date if it is sooner than CloseAfterDays (and at least a day
	// away); when such a stage is tabled with an earlier date, no vote
	// opens. Optional.
	CloseOnStep string `json:"close_on_step,omitempty"`
	// Since ignores stages dated before this day (YYYY-MM-DD), so that
	// turning a policy on does not open votes on past bills. Optional.
	Since string `json:"since,omitempty"`
	// Question is asked; %s is replaced by the bill's title. Optional:
	// "Approuvez-vous le texte « %s » tel qu'adopté à cette étape ?".
	Question string `json:"question,omitempty"`
	// Options are the answers. Optional: Pour, Contre, Abstention.
	Options []string `json:"options,omitempty"`
	// MinGroup merges smaller constituencies before decryption. Optional:
	// domain.DefaultMinGroup.
	MinGroup uint32 `json:"min_group,omitempty"`

	since time.Time
}

// Match selects stages (StageTabled's fields); an empty field matches any.
type Match struct {
	Step        string `json:"step,omitempty"`
	Institution string `json:"institution,omitempty"`
}

func (m Match) matches(t *domain.StageTabled) bool {
	return (m.Step == "" || m.Step == t.Step) && (m.Institution == "" || m.Institution == t.Institution)
}

// Load reads and checks a policy file.
func Load(path string) (*Policy, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("couldn't read the agenda policy: %w", err)
	}
	p, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("agenda policy %s: %w", path, err)
	}
	return p, nil
}

// Parse parses and checks a policy: unknown fields, duplicate names and
// missing values are errors.
func Parse(b []byte) (*Policy, error) {
	var p Policy
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("couldn't parse: %w", err)
	}
	seen := map[string]bool{}
	for i := range p.Rules {
		r := &p.Rules[i]
		switch {
		case r.Name == "" || !validID(r.Name) || len(r.Name) > 40:
			return nil, fmt.Errorf("rule %d: name %q must be 1 to 40 of a-z A-Z 0-9 . _ : -", i+1, r.Name)
		case seen[r.Name]:
			return nil, fmt.Errorf("rule %s: the name is used twice", r.Name)
		case r.Election == "":
			return nil, fmt.Errorf("rule %s: election is required", r.Name)
		case r.OpenOn.Step == "" && r.OpenOn.Institution == "":
			return nil, fmt.Errorf("rule %s: open_on needs a step or an institution", r.Name)
		case r.CloseAfterDays <= 0 || r.CloseAfterDays > 366:
			return nil, fmt.Errorf("rule %s: close_after_days must be 1 to 366", r.Name)
		case r.Options != nil && len(r.Options) < 2:
			return nil, fmt.Errorf("rule %s: at least two options", r.Name)
		case r.Question != "" && strings.Count(r.Question, "%") != strings.Count(r.Question, "%s"):
			return nil, fmt.Errorf("rule %s: the question may hold %%s (the bill's title) and no other %% verb", r.Name)
		}
		seen[r.Name] = true
		if r.Since != "" {
			t, err := time.Parse(time.DateOnly, r.Since)
			if err != nil {
				return nil, fmt.Errorf("rule %s: since %q is not YYYY-MM-DD", r.Name, r.Since)
			}
			r.since = t
		}
	}
	return &p, nil
}

func validID(s string) bool {
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-') {
			return false
		}
	}
	return true
}

// VoteID is the vote a rule opens on a bill's stage: "<rule>-<bill>-<stage>"
// when that is a valid ID of at most 160 bytes, else "<rule>-" and 24 hex
// digits of SHA-256(bill NUL stage). The same stage always gives the same
// ID, so the vote is opened once, whatever restarts or replicas.
func VoteID(rule string, bill domain.BillID, stage string) domain.VoteID {
	id := rule + "-" + string(bill) + "-" + stage
	if validID(id) && len(id) <= 160 {
		return domain.VoteID(id)
	}
	h := sha256.Sum256([]byte(string(bill) + "\x00" + stage))
	return domain.VoteID(rule + "-" + hex.EncodeToString(h[:12]))
}

// Action is what the policy asks: open a vote. (Votes close at their
// closing time, app.CloseDue.)
type Action struct {
	Rule string
	Open *domain.VoteOpened
	Why  string
}

// Due returns the actions the policy asks of the ledger's state at now, in
// a stable order. It is pure: Apply does the writing.
func (p *Policy) Due(st *domain.State, now time.Time) []Action {
	var out []Action
	law := st.Law()
	bills := make([]domain.BillID, 0, len(law.Stages))
	for b := range law.Stages {
		bills = append(bills, b)
	}
	sort.Slice(bills, func(i, j int) bool { return bills[i] < bills[j] })
	for _, r := range p.Rules {
		el, ok := st.Elections[r.Election]
		if !ok || el.Key == nil {
			continue // the ceremony is not done: nothing can open yet
		}
		for _, bill := range bills {
			stages := law.Stages[bill]
			names := make([]string, 0, len(stages))
			for n := range stages {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, name := range names {
				sg := stages[name]
				t := sg.Tabled
				if !r.OpenOn.matches(t) {
					continue
				}
				id := VoteID(r.Name, bill, name)
				if _, ok := st.Votes[id]; ok {
					continue
				}
				if t.Failed || !t.HasText || !sg.Complete() || (!r.since.IsZero() && t.Date.Before(r.since)) {
					continue
				}
				closes := now.Add(time.Duration(r.CloseAfterDays) * 24 * time.Hour)
				why := "stage " + name + " is published"
				if next, ok := r.nextDebate(stages, t); ok {
					if next.Before(now.Add(24 * time.Hour)) {
						continue // the debate is over, or too close for a vote
					}
					if next.Before(closes) {
						closes, why = next, why+"; the debate it is about is scheduled on "+next.Format(time.DateOnly)
					}
				}
				hash, ok := st.StageHash(bill, name)
				if !ok {
					continue
				}
				out = append(out, Action{Rule: r.Name, Why: why, Open: &domain.VoteOpened{
					Vote: id, Bill: bill, Stage: name, TextHash: hash, Question: r.question(st, bill, t),
					Options: r.options(), Election: r.Election, Opens: now, Closes: closes, MinGroup: r.MinGroup,
				}})
			}
		}
	}
	return out
}

// nextDebate returns the date of the earliest later stage of the bill with
// step CloseOnStep, and false if none is tabled. An undated stage counts
// as already held.
func (r *Rule) nextDebate(stages map[string]*domain.StageState, t *domain.StageTabled) (time.Time, bool) {
	if r.CloseOnStep == "" {
		return time.Time{}, false
	}
	var best time.Time
	found := false
	for _, s := range stages {
		if s.Tabled.Step == r.CloseOnStep && s.Tabled.Order > t.Order && (!found || s.Tabled.Date.Before(best)) {
			best, found = s.Tabled.Date, true
		}
	}
	return best, found
}

func (r *Rule) question(st *domain.State, bill domain.BillID, t *domain.StageTabled) string {
	title := string(bill)
	if b, ok := st.Bills[bill]; ok && b.Title != "" {
		title = b.Title
	}
	q := r.Question
	if q == "" {
		q = "Approuvez-vous le texte « %s » tel qu'adopté à cette étape ?"
		if t.Label != "" {
			q = "Approuvez-vous le texte « %s » tel qu'adopté (" + strings.ReplaceAll(t.Label, "%", "%%") + ") ?"
		}
	}
	if strings.Contains(q, "%s") {
		return fmt.Sprintf(q, title)
	}
	return q
}

func (r *Rule) options() []string {
	if r.Options != nil {
		return r.Options
	}
	return []string{"Pour", "Contre", "Abstention"}
}

// Apply does what the policy asks now, through the app's rules, and
// returns the actions done. An action another replica did first is not an
// error.
func Apply(ctx context.Context, a *app.App, p *Policy, now time.Time) ([]Action, error) {
	var due []Action
	a.View(func(st *domain.State) { due = p.Due(st, now) })
	var done []Action
	var errs []error
	for _, act := range due {
		if _, err := a.OpenVote(ctx, act.Open); err != nil {
			if ctx.Err() != nil {
				return done, ctx.Err()
			}
			if errors.Is(err, app.ErrRefused) && alreadyDone(a, act) {
				continue
			}
			errs = append(errs, fmt.Errorf("rule %s: %w", act.Rule, err))
			continue
		}
		done = append(done, act)
	}
	return done, errors.Join(errs...)
}

// alreadyDone reports whether the state already shows act done (by
// another replica).
func alreadyDone(a *app.App, act Action) (ok bool) {
	a.View(func(st *domain.State) { _, ok = st.Votes[act.Open.Vote] })
	return ok
}
