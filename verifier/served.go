package verifier

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// servedSummary is a vote as /api/v1/votes lists it.
type servedSummary struct {
	ID       string    `json:"id"`
	Bill     string    `json:"bill"`
	Stage    string    `json:"stage"`
	Question string    `json:"question"`
	Options  []string  `json:"options"`
	Election string    `json:"election"`
	Opens    time.Time `json:"opens"`
	Closes   time.Time `json:"closes"`
	Status   string    `json:"status"`
	Voters   uint64    `json:"voters"`
	TextHash string    `json:"text_hash"`
}

// servedTurnout is a vote's turnout as the API serves it.
type servedTurnout struct {
	Vote          string            `json:"vote"`
	Total         uint64            `json:"total"`
	ByDistrict    map[string]uint64 `json:"by_district"`
	ByDepartement map[string]uint64 `json:"by_departement"`
	// Position is the number of log entries the server had folded: the
	// log position every value of the response is claimed to hold at.
	Position uint64 `json:"position"`
}

// servedDetail is what the verifier reads of /api/v1/votes/{id}.
type servedDetail struct {
	servedSummary
	ElectionKey string                 `json:"election_key"`
	MinGroup    uint32                 `json:"min_group"`
	Turnout     servedTurnout          `json:"turnout"`
	ClosedAt    *uint64                `json:"closed_at"`
	Tally       *domain.TallyPublished `json:"tally"`

	// turnout is /api/v1/votes/{id}/turnout, nil when not served.
	turnout *servedTurnout
}

// servedElection is what the verifier reads of /api/v1/elections/{id}.
type servedElection struct {
	ID               string               `json:"id"`
	Threshold        uint16               `json:"threshold"`
	Trustees         []domain.TrusteeInfo `json:"trustees"`
	Dealings         map[int]string       `json:"dealings"`
	Key              string               `json:"key"`
	VerificationKeys []string             `json:"verification_keys"`
}

// servedSums is what the verifier reads of /api/v1/votes/{id}/sums.
type servedSums struct {
	Groups      []domain.TallyGroup `json:"groups"`
	Ciphertexts []string            `json:"ciphertexts"`
}

// servedAPI is what the API served about votes and elections, read before
// the checkpoint: the log only grows, so every position an honest server
// serves is then at most the checkpoint's size.
type servedAPI struct {
	// bodies holds every body read, by path (Archive writes them).
	bodies map[string][]byte
	listed bool // /api/v1/votes is served
	// list is /api/v1/votes as read after the details.
	list    []servedSummary
	details map[domain.VoteID]*servedDetail
	// elections: nil value when not served.
	elections map[domain.ElectionID]*servedElection
	// bad is what did not decode: failures of the named checks.
	bad []*servedError
}

// positions returns the least and greatest position the details claim
// (-1, -1 without details).
func (s *servedAPI) positions() (lo, hi int64) {
	lo, hi = -1, -1
	for _, d := range s.details {
		for _, t := range []*servedTurnout{&d.Turnout, d.turnout} {
			if t == nil {
				continue
			}
			p := int64(t.Position)
			if lo < 0 || p < lo {
				lo = p
			}
			hi = max(hi, p)
		}
	}
	return lo, hi
}

func strictJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the value")
	}
	return nil
}

// validVoteID reports whether id can be put in a path (a vote's stream
// name is "vote-<id>").
func validVoteID(id string) bool { return domain.StreamID("vote-"+id).Check() == nil }

// readServed reads the votes the API serves: the list, each vote's detail,
// the list again (so it is no older than any detail), and each vote's key
// ceremony. A source without /api/v1/votes gives an empty servedAPI.
func readServed(ctx context.Context, src Source) (*servedAPI, error) {
	s := &servedAPI{bodies: map[string][]byte{}, details: map[domain.VoteID]*servedDetail{}, elections: map[domain.ElectionID]*servedElection{}}
	get := func(p string) ([]byte, error) {
		b, err := src.Get(ctx, p)
		if err == nil {
			s.bodies[p] = b
		}
		return b, err
	}
	readList := func() ([]servedSummary, error) {
		b, err := get("/api/v1/votes")
		if err != nil {
			return nil, err
		}
		var list []servedSummary
		if err := strictJSON(b, &list); err != nil {
			s.bad = append(s.bad, &servedError{CheckServedVotes, "/api/v1/votes is not a list of votes: " + err.Error()})
			return nil, nil
		}
		return list, nil
	}
	list, err := readList()
	if errors.Is(err, ErrNotFound) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	s.listed = true
	readDetails := func(list []servedSummary) error {
		for _, sv := range list {
			id := domain.VoteID(sv.ID)
			if _, done := s.details[id]; done || !validVoteID(sv.ID) {
				continue
			}
			p := "/api/v1/votes/" + url.PathEscape(sv.ID)
			b, err := get(p)
			if errors.Is(err, ErrNotFound) {
				s.bad = append(s.bad, &servedError{CheckServedVotes, fmt.Sprintf("vote %s is listed, %s is not served", sv.ID, p)})
				continue
			}
			if err != nil {
				return err
			}
			var d servedDetail
			if err := strictJSON(b, &d); err != nil {
				s.bad = append(s.bad, &servedError{CheckServedVotes, fmt.Sprintf("%s does not decode: %v", p, err)})
				continue
			}
			s.details[id] = &d
			tp := p + "/turnout"
			b, err = get(tp)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			var t servedTurnout
			if err := strictJSON(b, &t); err != nil {
				s.bad = append(s.bad, &servedError{CheckServedTurnout, fmt.Sprintf("%s does not decode: %v", tp, err)})
				continue
			}
			d.turnout = &t
		}
		return nil
	}
	if err := readDetails(list); err != nil {
		return nil, err
	}
	if s.list, err = readList(); err != nil {
		return nil, err
	}
	if err := readDetails(s.list); err != nil {
		return nil, err
	}
	for _, d := range s.details {
		id := domain.ElectionID(d.Election)
		if _, done := s.elections[id]; done || domain.StreamID("election-"+d.Election).Check() != nil {
			continue
		}
		p := "/api/v1/elections/" + url.PathEscape(d.Election)
		b, err := get(p)
		if errors.Is(err, ErrNotFound) {
			s.elections[id] = nil
			continue
		}
		if err != nil {
			return nil, err
		}
		var e servedElection
		if err := strictJSON(b, &e); err != nil {
			s.bad = append(s.bad, &servedError{CheckServedKeys, fmt.Sprintf("%s does not decode: %v", p, err)})
			continue
		}
		s.elections[id] = &e
	}
	return s, nil
}

// servedLogSize returns the size of the checkpoint /api/v1/log serves,
// unverified: the stream computes the root of that size (checkServedLog
// verifies the signature).
func servedLogSize(info []byte) (int64, bool) {
	var v struct {
		Checkpoint string `json:"checkpoint"`
	}
	if info == nil || json.Unmarshal(info, &v) != nil || v.Checkpoint == "" {
		return 0, false
	}
	cp, err := domain.ParseCheckpoint(checkpointText([]byte(v.Checkpoint)))
	if err != nil {
		return 0, false
	}
	return cp.Size, true
}

// checkServedLog compares /api/v1/log with the log: its origin is the
// checkpoint's; its checkpoint verifies under the log key, and its size and
// root hash are that checkpoint's; a checkpoint no larger than the one
// audited is the root of the tree's prefix of its size.
func (a *audit) checkServedLog() {
	c := a.report.check(CheckServedLog, "checkpoints")
	if a.logInfo == nil {
		c.Status, c.Detail = NotApplicable, "the source serves no /api/v1/log"
		return
	}
	bad := func(format string, args ...any) {
		c.fail(Failure{Entry: -1, Msg: "/api/v1/log: " + fmt.Sprintf(format, args...)})
	}
	var info struct {
		Origin     string `json:"origin"`
		Size       int64  `json:"size"`
		RootHash   string `json:"root_hash"`
		Checkpoint string `json:"checkpoint"`
	}
	if err := strictJSON(a.logInfo, &info); err != nil {
		bad("does not decode: %v", err)
		return
	}
	if info.Origin != a.cp.Origin {
		bad("serves the origin %q, the checkpoint's is %q", info.Origin, a.cp.Origin)
	}
	if info.Checkpoint == "" {
		c.Detail = "no checkpoint served with it"
		return
	}
	cp, _, err := domain.OpenCheckpoint([]byte(info.Checkpoint), a.key)
	if err != nil {
		bad("its checkpoint does not verify under the log key: %v", err)
		return
	}
	c.Count++
	if info.Size != cp.Size || info.RootHash != hex.EncodeToString(cp.Hash[:]) {
		bad("serves size %d and root %s, its signed checkpoint says %d and %x", info.Size, info.RootHash, cp.Size, cp.Hash[:])
	}
	switch {
	case !a.matched:
		c.notChecked("the entries do not match the checkpoint")
	case cp.Size > a.cp.Size:
		c.Detail = fmt.Sprintf("its checkpoint (size %d) is newer than the one audited (%d): signature checked", cp.Size, a.cp.Size)
	default:
		if err := a.consistentWith(cp); err != nil {
			bad("%v", err)
		}
	}
}

// voteView is what the log says of a vote at one position: the values a
// server that had folded that many entries serves.
type voteView struct {
	closed   bool
	closedAt uint64
	cast     uint64
	voters   uint64
	turnout  map[domain.District]uint64
	tally    *domain.TallyPublished
}

// takeViews records every vote's view after pos entries, if a served
// detail claims that position.
func (a *audit) takeViews(pos int64) {
	if !a.wantView[pos] {
		return
	}
	st := a.state
	m := map[domain.VoteID]voteView{}
	for id, v := range st.Votes {
		voters, turnout := a.counted(id, v)
		m[id] = voteView{closed: v.Closed, closedAt: v.ClosedAt, cast: v.Cast, voters: voters, turnout: turnout, tally: v.Tally}
	}
	a.views[pos] = m
}

// noteFolded records, as the fold goes, where votes were opened and keys
// fixed.
func (a *audit) noteFolded(pos int64, ev domain.Event) {
	switch e := ev.(type) {
	case *domain.VoteOpened:
		a.openedAt[e.Vote] = pos
	case *domain.ElectionKeyFixed:
		a.keyFixedAt[e.Election] = pos
	}
}

// status is the status a vote has in the view, "" when the log leaves it
// to the server's clock (upcoming, open or closing).
func (v voteView) status() string {
	switch {
	case v.tally != nil:
		return "tallied"
	case v.closed:
		return "closed"
	}
	return ""
}

// checkServed compares everything the API served about votes with what the
// log says at the position each response claims: the list of votes, each
// vote's details (question, options in order, text hash, times, status,
// voters), keys, turnout, tally and encrypted sums.
func (a *audit) checkServed(ctx context.Context, src Source) error {
	r := a.report
	s := a.served
	checks := map[string]*Check{}
	for _, n := range []string{CheckServedPosition, CheckServedVotes, CheckServedKeys, CheckServedTurnout, CheckTallies, CheckSums} {
		checks[n] = r.check(n, map[string]string{CheckServedPosition: "responses", CheckServedVotes: "votes",
			CheckServedKeys: "keys", CheckServedTurnout: "turnouts", CheckTallies: "tallies", CheckSums: "ciphertexts"}[n])
	}
	served := []string{CheckServedPosition, CheckServedVotes, CheckServedKeys, CheckServedTurnout}
	if a.state == nil || a.foldedTo < a.size {
		for _, n := range served {
			checks[n].notChecked("the fold did not reach the end of the log")
		}
		return nil
	}
	if s == nil || !s.listed {
		for _, n := range served {
			checks[n].Status, checks[n].Detail = NotApplicable, "the source serves no /api/v1/votes"
		}
		checks[CheckTallies].Detail = appendDetail(checks[CheckTallies].Detail, "the source serves no /api/v1/votes: served tallies not compared")
		return nil
	}
	for _, e := range s.bad {
		checks[e.check].fail(Failure{Entry: -1, Msg: e.msg})
	}
	fail := func(check string, entry int64, format string, args ...any) {
		checks[check].fail(Failure{Entry: entry, Msg: fmt.Sprintf(format, args...)})
	}
	size := a.cp.Size
	st := a.state
	ids := make([]domain.VoteID, 0, len(s.details))
	for id := range s.details {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var servedTallies int64
	for _, id := range ids {
		d := s.details[id]
		pos := int64(d.Turnout.Position)
		checks[CheckServedPosition].Count++
		v, inLog := st.Votes[id]
		if pos > size {
			fail(CheckServedPosition, -1, "vote %s is served as of log position %d, past the %d entries of the signed checkpoint: its status, turnout and tally are the word of a log no checkpoint commits to", id, pos, size)
		}
		if !inLog || a.openedAt[id] >= min(pos, size) {
			fail(CheckServedVotes, -1, "the API serves vote %s as of position %d, which the log had not opened by then", id, pos)
			continue
		}
		checks[CheckServedVotes].Count++
		a.compareSummary(checks[CheckServedVotes], id, v, &d.servedSummary)
		if d.MinGroup != v.Opened.MinGroup {
			fail(CheckServedVotes, int64(a.openedAt[id]), "vote %s: the API serves a minimum group of %d, the log's is %d", id, d.MinGroup, v.Opened.MinGroup)
		}
		// The keys.
		checks[CheckServedKeys].Count++
		if want := hex.EncodeToString(v.Key.Bytes()); d.ElectionKey != want {
			fail(CheckServedKeys, a.openedAt[id], "vote %s: the API serves the election key %s, the log's is %s (a ballot encrypted to another key could be read by whoever holds it)", id, d.ElectionKey, want)
		}
		if pos > size {
			continue // nothing positioned to compare with
		}
		view, ok := a.views[pos][id]
		if !ok {
			continue
		}
		// The vote's state at that position.
		switch want := view.status(); {
		case want != "" && d.Status != want:
			fail(CheckServedVotes, -1, "vote %s: the API serves status %q at position %d, the log says %q", id, d.Status, pos, want)
		case want == "" && d.Status != "upcoming" && d.Status != "open" && d.Status != "closing":
			fail(CheckServedVotes, -1, "vote %s: the API serves status %q at position %d, the log has not closed it (upcoming, open or closing)", id, d.Status, pos)
		case want == "" && d.Status == "upcoming" && view.cast > 0:
			fail(CheckServedVotes, -1, "vote %s: the API serves status \"upcoming\" at position %d, the log already holds %d ballots of it", id, pos, view.cast)
		}
		if d.Voters != view.voters {
			fail(CheckServedVotes, -1, "vote %s: the API serves %d voters at position %d, the log counts %d", id, d.Voters, pos, view.voters)
		}
		switch {
		case view.closed && (d.ClosedAt == nil || *d.ClosedAt != view.closedAt):
			fail(CheckServedVotes, int64(view.closedAt), "vote %s: the API serves closed_at %s, the log closed it at entry %d", id, optUint(d.ClosedAt), view.closedAt)
		case !view.closed && d.ClosedAt != nil:
			fail(CheckServedVotes, -1, "vote %s: the API serves closed_at %d at position %d, the log has not closed it", id, *d.ClosedAt, pos)
		}
		// The turnout, in the details and at /turnout.
		checks[CheckServedTurnout].Count++
		a.compareTurnout(checks[CheckServedTurnout], id, &d.Turnout, view)
		if t := d.turnout; t != nil {
			checks[CheckServedPosition].Count++
			if int64(t.Position) > size {
				fail(CheckServedPosition, -1, "the turnout of vote %s is served as of log position %d, past the %d entries of the signed checkpoint", id, t.Position, size)
			} else if tv, ok := a.views[int64(t.Position)][id]; ok {
				checks[CheckServedTurnout].Count++
				a.compareTurnout(checks[CheckServedTurnout], id, t, tv)
			} else {
				fail(CheckServedVotes, -1, "the turnout of vote %s is served as of position %d, where the log had not opened it", id, t.Position)
			}
		}
		// The tally.
		switch {
		case d.Tally == nil && view.tally == nil:
		case d.Tally == nil:
			fail(CheckTallies, -1, "vote %s: the log holds a tally at position %d, the API serves none", id, pos)
		case view.tally == nil:
			fail(CheckTallies, -1, "vote %s: the API serves a tally the log does not hold at position %d: %s", id, pos, tallyString(d.Tally))
		default:
			servedTallies++
			if !sameJSON(d.Tally, view.tally) {
				fail(CheckTallies, -1, "vote %s: the API serves the tally %s, the log's (checked against the ballots) is %s", id, tallyString(d.Tally), tallyString(view.tally))
			}
		}
	}
	a.compareList(checks[CheckServedVotes])
	a.compareElections(checks[CheckServedKeys])
	checks[CheckTallies].Detail = appendDetail(checks[CheckTallies].Detail, fmt.Sprintf("%d served tallies compared", servedTallies))
	return a.compareSums(ctx, src, checks[CheckSums], ids)
}

func optUint(p *uint64) string {
	if p == nil {
		return "none"
	}
	return fmt.Sprint(*p)
}

// compareSummary compares what never changes once a vote is opened.
func (a *audit) compareSummary(c *Check, id domain.VoteID, v *domain.VoteState, sv *servedSummary) {
	o := v.Opened
	at := a.openedAt[id]
	bad := func(field string, got, want any) {
		c.fail(Failure{Entry: at, Kind: "VoteOpened", Msg: fmt.Sprintf("vote %s: the API serves %s %v, the log's is %v", id, field, got, want)})
	}
	if sv.ID != string(id) {
		bad("id", sv.ID, id)
	}
	if sv.Bill != string(o.Bill) {
		bad("bill", sv.Bill, o.Bill)
	}
	if sv.Stage != o.Stage {
		bad("stage", sv.Stage, o.Stage)
	}
	if sv.Question != o.Question {
		bad("question", fmt.Sprintf("%q", sv.Question), fmt.Sprintf("%q", o.Question))
	}
	if !slices.Equal(sv.Options, o.Options) {
		bad("the options (in this order)", fmt.Sprintf("%q", sv.Options), fmt.Sprintf("%q", o.Options))
	}
	if sv.Election != string(o.Election) {
		bad("election", sv.Election, o.Election)
	}
	if !sv.Opens.Equal(o.Opens) {
		bad("opening time", sv.Opens.Format(time.RFC3339Nano), o.Opens.Format(time.RFC3339Nano))
	}
	if !sv.Closes.Equal(o.Closes) {
		bad("closing time", sv.Closes.Format(time.RFC3339Nano), o.Closes.Format(time.RFC3339Nano))
	}
	if want := hex.EncodeToString(o.TextHash[:]); sv.TextHash != want {
		bad("text hash", sv.TextHash, want)
	}
}

func (a *audit) compareTurnout(c *Check, id domain.VoteID, t *servedTurnout, view voteView) {
	bad := func(format string, args ...any) {
		c.fail(Failure{Entry: -1, Msg: fmt.Sprintf("vote %s at position %d: ", id, t.Position) + fmt.Sprintf(format, args...)})
	}
	if t.Vote != string(id) {
		bad("the turnout served is for vote %q", t.Vote)
	}
	var total uint64
	byDistrict, byDep := map[string]uint64{}, map[string]uint64{}
	for d, n := range view.turnout {
		info, _ := domain.LookupDistrict(d)
		byDistrict[string(d)] += n
		byDep[info.Departement] += n
		total += n
	}
	if t.Total != total {
		bad("the API serves a turnout of %d, the log counts %d", t.Total, total)
	}
	if !sameCounts(t.ByDistrict, byDistrict) {
		bad("the turnout by district served %v differs from the log's %v", t.ByDistrict, byDistrict)
	}
	if !sameCounts(t.ByDepartement, byDep) {
		bad("the turnout by département served %v differs from the log's %v", t.ByDepartement, byDep)
	}
}

// sameCounts compares two counts, a missing key counting 0.
func sameCounts(a, b map[string]uint64) bool {
	for k, n := range a {
		if b[k] != n {
			return false
		}
	}
	for k, n := range b {
		if a[k] != n {
			return false
		}
	}
	return true
}

// compareList compares /api/v1/votes (read after every detail) with the
// log. It was served at some position between the greatest a detail
// claims and the checkpoint's size: when they are equal, exactly; else
// the votes opened before the first must be listed, and every vote listed
// must be in the log.
func (a *audit) compareList(c *Check) {
	s, st, size := a.served, a.state, a.cp.Size
	_, hi := s.positions()
	exact := hi < 0 || hi == size
	lower := size
	if !exact {
		lower = hi
	}
	listed := map[domain.VoteID]bool{}
	for i := range s.list {
		sv := &s.list[i]
		id := domain.VoteID(sv.ID)
		if listed[id] {
			c.fail(Failure{Entry: -1, Msg: fmt.Sprintf("/api/v1/votes lists vote %s twice", id)})
			continue
		}
		listed[id] = true
		v, ok := st.Votes[id]
		if !ok {
			c.fail(Failure{Entry: -1, Msg: fmt.Sprintf("/api/v1/votes lists vote %s, which the log does not hold", id)})
			continue
		}
		a.compareSummary(c, id, v, sv)
		if !exact {
			continue
		}
		view := a.views[size][id]
		if want := view.status(); (want != "" && sv.Status != want) || (want == "" && sv.Status != "upcoming" && sv.Status != "open" && sv.Status != "closing") {
			c.fail(Failure{Entry: -1, Msg: fmt.Sprintf("/api/v1/votes lists vote %s as %q, the log's status is %q", id, sv.Status, orOpen(want))})
		}
		if sv.Voters != view.voters {
			c.fail(Failure{Entry: -1, Msg: fmt.Sprintf("/api/v1/votes lists vote %s with %d voters, the log counts %d", id, sv.Voters, view.voters)})
		}
	}
	var missing []string
	for id, at := range a.openedAt {
		if at < lower && !listed[id] {
			missing = append(missing, fmt.Sprintf("%s (opened at entry %d)", id, at))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		c.fail(Failure{Entry: -1, Msg: "/api/v1/votes leaves out vote " + m})
	}
	if !exact && hi < size {
		c.Detail = appendDetail(c.Detail, fmt.Sprintf("the list of votes was served while the log grew (positions %d to %d): its statuses and voters not compared", hi, size))
	}
}

func orOpen(s string) string {
	if s == "" {
		return "upcoming, open or closing"
	}
	return s
}

// compareElections compares each key ceremony the API serves with the
// log's: trustees (names and keys, in order), threshold, dealings, the
// election key and verification keys. A ceremony whose key the log fixed
// before the first detail's position no longer changes; another is
// compared only when every response is of the checkpoint's size.
func (a *audit) compareElections(c *Check) {
	s, st, size := a.served, a.state, a.cp.Size
	lo, hi := s.positions()
	ids := make([]string, 0, len(s.elections))
	for id := range s.elections {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	var absent int
	for _, sid := range ids {
		id := domain.ElectionID(sid)
		e := s.elections[id]
		if e == nil {
			absent++
			continue
		}
		bad := func(format string, args ...any) {
			c.fail(Failure{Entry: -1, Msg: fmt.Sprintf("election %s: ", id) + fmt.Sprintf(format, args...)})
		}
		el, ok := st.Elections[id]
		if !ok {
			bad("the API serves a key ceremony the log does not hold")
			continue
		}
		fixed, isFixed := a.keyFixedAt[id]
		if !(isFixed && fixed < lo) && !(lo == size && hi == size) {
			continue // served while the ceremony may have moved on
		}
		c.Count++
		if e.ID != string(id) {
			bad("served with id %q", e.ID)
		}
		if e.Threshold != el.Created.Threshold {
			bad("the API serves a threshold of %d, the log's is %d", e.Threshold, el.Created.Threshold)
		}
		if !sameJSON(e.Trustees, el.Created.Trustees) {
			bad("the trustees served (names and keys, in order) differ from the log's: %s", trusteesDiff(e.Trustees, el.Created.Trustees))
		}
		want := map[int]string{}
		for i, d := range el.Dealings {
			b, _ := d.MarshalBinary()
			want[i] = hex.EncodeToString(b)
		}
		if !sameJSON(e.Dealings, want) {
			bad("the dealings served differ from the log's")
		}
		var wantKey string
		var wantVKeys []string
		if el.Key != nil {
			wantKey = hex.EncodeToString(el.Key.Bytes())
			for _, vk := range el.VKeys {
				wantVKeys = append(wantVKeys, hex.EncodeToString(vk.Bytes()))
			}
		}
		if e.Key != wantKey {
			bad("the API serves the election key %q, the log's is %q", e.Key, wantKey)
		}
		if !slices.Equal(e.VerificationKeys, wantVKeys) {
			bad("the verification keys served differ from the log's")
		}
	}
	if absent > 0 {
		c.Detail = appendDetail(c.Detail, fmt.Sprintf("%d key ceremonies not served at /api/v1/elections/{id}: compared through the votes' election keys only", absent))
	}
}

func trusteesDiff(got, want []domain.TrusteeInfo) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d served, %d in the log", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			return fmt.Sprintf("trustee %d is served as %q (encryption key %x, signing key %x), the log's is %q (%x, %x)", i+1,
				got[i].Name, got[i].EncryptionKey[:4], got[i].SigningKey[:4], want[i].Name, want[i].EncryptionKey[:4], want[i].SigningKey[:4])
		}
	}
	return "?"
}

// compareSums compares the encrypted sums the API serves to trustees for
// every vote closed both in the log and as served.
func (a *audit) compareSums(ctx context.Context, src Source, sums *Check, ids []domain.VoteID) error {
	var n int64
	for _, id := range ids {
		v := a.state.Votes[id]
		d := a.served.details[id]
		if v == nil || !v.Closed || d.ClosedAt == nil {
			continue
		}
		b, err := src.Get(ctx, "/api/v1/votes/"+url.PathEscape(string(id))+"/sums")
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			sums.notChecked("couldn't fetch the sums of vote " + string(id))
			return unavailable("the served sums", err)
		}
		var s servedSums
		if err := strictJSON(b, &s); err != nil {
			sums.fail(Failure{Entry: -1, Msg: fmt.Sprintf("the API's sums of vote %s do not decode: %v", id, err)})
			continue
		}
		n++
		if len(s.Ciphertexts) != len(v.Sums) {
			sums.fail(Failure{Entry: int64(v.ClosedAt), Kind: "VoteClosed", Msg: fmt.Sprintf("vote %s: the API serves %d encrypted sums, the ballots give %d", id, len(s.Ciphertexts), len(v.Sums))})
			continue
		}
		for i := range v.Sums {
			want, _ := v.Sums[i].MarshalBinary()
			if s.Ciphertexts[i] != hex.EncodeToString(want) {
				sums.fail(Failure{Entry: int64(v.ClosedAt), Kind: "VoteClosed", Msg: fmt.Sprintf("vote %s: encrypted sum %d served differs from the sum of the counted ballots", id, i)})
				break
			}
		}
		if !sameJSON(stripCounts(s.Groups), stripCounts(v.Groups)) {
			sums.fail(Failure{Entry: int64(v.ClosedAt), Kind: "VoteClosed", Msg: fmt.Sprintf("vote %s: the groups served differ from the groups the counted ballots give", id)})
		}
	}
	sums.Detail = appendDetail(sums.Detail, fmt.Sprintf("recomputed from the counted ballots; %d votes' served sums compared", n))
	return nil
}

func stripCounts(gs []domain.TallyGroup) []domain.TallyGroup {
	out := make([]domain.TallyGroup, len(gs))
	for i, g := range gs {
		g.Counts = nil
		out[i] = g
	}
	return out
}

func sameJSON(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

func tallyString(t *domain.TallyPublished) string {
	s := fmt.Sprintf("trustees %v", t.Trustees)
	for _, g := range t.Groups {
		s += fmt.Sprintf(", %s: %v", g.Name, g.Counts)
	}
	return s
}

func appendDetail(d, more string) string {
	if d == "" {
		return more
	}
	return d + "; " + more
}
