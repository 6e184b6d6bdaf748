package domain

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"filippo.io/edwards25519"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/scrutin/scrutin/domain/election"
	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/rfc6962"
)

// State is the ledger's state, folded event by event in log order. Apply
// enforces every rule an event must obey at its position; the server, the
// projections, the trustees' tool and the auditor's verifier run this same
// fold, so they cannot disagree on what the log means.
type State struct {
	// DeferBallots leaves each ballot's signature and proofs to the caller
	// (who verifies them in batches, see PendingBallots); otherwise Apply
	// verifies every ballot on its own, the reference check.
	DeferBallots bool
	// Ciphertexts, if set, returns the ciphertexts of the ballot at log
	// position pos, already decoded by a caller that decoded the ballot to
	// verify it, so that a vote's close does not decode every counted
	// ballot again; ok false lets the state decode them itself. It is
	// called from several goroutines at once. Optional.
	Ciphertexts func(pos uint64) (cts []election.Ciphertext, ok bool)

	next uint64 // the position Apply expects next
	// streams holds the number of events of every stream but the
	// registered credentials' own, whose number is in their record
	// (voters): one record a credential, not two (docs/AUDIT.md
	// "Memory").
	streams   map[StreamID]uint64
	last      int64 // time of the last event, Unix µs
	Bills     map[BillID]*BillIntroduced
	Elections map[ElectionID]*ElectionState
	voters    CredentialTable         // the registered credentials, in memory or on disk
	err       error                   // the credential table's first failure (Err)
	profiles  []voterProfile          // the districts and registrars voters name
	profileOf map[voterProfile]uint32 // index in profiles
	Votes     map[VoteID]*VoteState
	Panels    map[PanelID]*PanelState
	Partners  map[PartnerID]*PartnerState
	law       *LawState // bills and the law (state_law.go)
	pending   []PendingBallot

	// The log's tree, as a compact range: the root at any size the fold
	// reaches (the sortition beacon), in O(log n) memory.
	tree    *compact.Range
	beacons map[uint64][]*PanelState // panels waiting for the root at a size
}

// ElectionState is a key ceremony as folded so far.
type ElectionState struct {
	Created  *ElectionCreated
	Dealings map[int]*election.Dealing // by trustee, 1 to n
	Key      *election.PublicKey       // once fixed
	VKeys    []election.PublicKey      // verification keys, trustee i at i-1
}

// Ceremony returns the election package's view of the ceremony.
func (e *ElectionState) Ceremony() (election.Ceremony, error) {
	c := election.Ceremony{ID: []byte(e.Created.Election), Threshold: int(e.Created.Threshold)}
	for i, t := range e.Created.Trustees {
		k, err := election.ParsePublicKey(t.EncryptionKey[:])
		if err != nil {
			return c, fmt.Errorf("trustee %d's encryption key: %w", i+1, err)
		}
		c.Trustees = append(c.Trustees, k)
	}
	return c, nil
}

// VoterState is a credential, as State.Voter returns it.
type VoterState struct {
	District  District
	Registrar string
	Revoked   bool
	RevokedAt uint64 // position of CredentialRevoked, if Revoked
}

// voterProfile is what a registration says of the voter besides the
// credential.
type voterProfile struct {
	district  District
	registrar string
}

// Voter returns credential c's registration and revocation, and whether
// it is registered. With a credential table that can fail (on disk), a
// failure answers false: check Err after reading.
func (s *State) Voter(c Credential) (VoterState, bool) {
	r, ok := s.credential(c)
	if !ok {
		return VoterState{}, false
	}
	p := s.profiles[r.Profile]
	return VoterState{District: p.district, Registrar: p.registrar, Revoked: r.Revoked, RevokedAt: r.RevokedAt}, true
}

// VoterCount returns the number of registered credentials, revoked ones
// included.
func (s *State) VoterCount() int { return s.voters.Len() }

// Err returns the failure of the state's credential table, a
// *CredentialTableError, if one happened: the state is then not sound,
// and what it answered since may be wrong (a credential taken for not
// registered). Nil with the memory table, which does not fail.
func (s *State) Err() error { return s.err }

// credential returns c's record, and whether c is registered. A failure
// of the table is kept (Err), answering false: Apply, Check and the
// batches return the failure in place of any answer built on it.
func (s *State) credential(c Credential) (CredentialRecord, bool) {
	r, ok, err := s.voters.Get(c)
	if err != nil {
		s.tableFailed(err)
		return CredentialRecord{}, false
	}
	if ok && int(r.Profile) >= len(s.profiles) {
		s.tableFailed(fmt.Errorf("credential %s: profile %d of %d", c, r.Profile, len(s.profiles)))
		return CredentialRecord{}, false
	}
	return r, ok
}

// putCredential sets c's record.
func (s *State) putCredential(c Credential, r CredentialRecord) {
	if err := s.voters.Put(c, r); err != nil {
		s.tableFailed(err)
	}
}

// tableFailed keeps the credential table's first failure.
func (s *State) tableFailed(err error) {
	if s.err == nil {
		s.err = &CredentialTableError{Err: err}
	}
}

// district returns a registered credential's district ("" if the table
// failed: Err).
func (s *State) district(c Credential) District {
	r, ok := s.credential(c)
	if !ok {
		return ""
	}
	return s.profiles[r.Profile].district
}

// checkEligible checks that c is registered and not revoked: who may cast
// a ballot or volunteer for a panel.
func (s *State) checkEligible(c Credential) error {
	r, ok := s.credential(c)
	if !ok {
		return ruleErr(RuleEligibility, "credential %s is not registered", c)
	}
	if r.Revoked {
		return ruleErr(RuleEligibility, "credential %s is revoked", c)
	}
	return nil
}

// profile returns the index of (d, registrar) in s.profiles, adding it.
func (s *State) profile(d District, registrar string) uint32 {
	k := voterProfile{d, registrar}
	if i, ok := s.profileOf[k]; ok {
		return i
	}
	i := uint32(len(s.profiles))
	s.profiles = append(s.profiles, k)
	s.profileOf[k] = i
	return i
}

// voterStreamCredential returns the credential whose stream is stream,
// if stream is a credential's stream as VoterStream writes it (lower-case
// hexadecimal).
func voterStreamCredential(stream StreamID) (Credential, bool) {
	var c Credential
	const prefix = CategoryVoter + "-"
	if len(stream) != len(prefix)+2*len(c) || string(stream[:len(prefix)]) != prefix {
		return c, false
	}
	h := stream[len(prefix):]
	for i := 0; i < len(h); i++ {
		if !('0' <= h[i] && h[i] <= '9' || 'a' <= h[i] && h[i] <= 'f') {
			return c, false
		}
	}
	if _, err := hex.Decode(c[:], []byte(h)); err != nil {
		return c, false
	}
	return c, true
}

// events returns the number of events of stream: a registered
// credential's stream counts in the credential's record, any other in
// s.streams. (A credential's stream holds no event before its
// registration, which must be at revision 0.)
func (s *State) events(stream StreamID) uint64 {
	if c, ok := voterStreamCredential(stream); ok {
		if r, ok := s.credential(c); ok {
			return uint64(r.Events)
		}
	}
	return s.streams[stream]
}

// appended counts an event appended to stream.
func (s *State) appended(stream StreamID) {
	if c, ok := voterStreamCredential(stream); ok {
		if r, ok := s.credential(c); ok {
			r.Events++
			s.putCredential(c, r)
			return
		}
	}
	s.streams[stream]++
}

// VoteState is a vote as folded so far.
type VoteState struct {
	Opened   *VoteOpened
	Key      election.PublicKey
	Closed   bool
	ClosedAt uint64 // position of VoteClosed
	// Ballots holds each credential's last ballot, the one that counts.
	Ballots map[Credential]CastBallot
	// Cast counts every BallotCast, replaced ones included.
	Cast uint64
	// seen holds the SHA-256 of every ballot cast in the vote: a ballot
	// already in the log cannot be cast again (a replay of a voter's old
	// ballot would otherwise replace the ballot that counts).
	seen map[[32]byte]struct{}
	// After close: the groups and the ciphertexts the trustees decrypt.
	Groups []TallyGroup // names, districts and voters; counts empty
	Sums   []election.Ciphertext
	Shares map[int]map[uint32]*election.PartialDecryption // trustee → first → part
	Tally  *TallyPublished
}

// CastBallot is a credential's ballot in a vote.
type CastBallot struct {
	Position uint64
	Ballot   []byte
}

// PendingBallot is a ballot whose signature and proofs are left to the
// caller (State.DeferBallots).
type PendingBallot struct {
	Position uint64
	Event    *BallotCast
	Context  election.Context
}

// CloseGrace is how long after a vote's closing time a ballot may still be
// stamped: the server refuses ballots that arrive after the closing time,
// but one accepted just before it may be stamped just after, when it is
// written. VoteClosed, not the clock, ends the count.
const CloseGrace = 10 * time.Second

// ClockSkew is how far an event's time may be earlier than the latest time
// before it in the log. The embedded store stamps events in log order, so
// its times never go back; in distributed mode several replicas stamp
// events before EventStoreDB orders them, so two writes racing can land in
// the order opposite to their stamps, by up to the replicas' clock skew plus
// an append's latency (docs/OPERATIONS.md: keep clocks synchronised).
const ClockSkew = 5 * time.Second

// RuleError is an event that breaks a rule at its position.
type RuleError struct {
	Position uint64
	Kind     Kind
	Rule     Rule // which rule, e.g. RuleVoteWindow ("vote-window")
	Err      error
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("event %d (%s) breaks rule %s: %v", e.Position, e.Kind.Name, e.Rule, e.Err)
}

func (e *RuleError) Unwrap() error { return e.Err }

// NewState returns the state of an empty ledger, its credentials kept in
// memory.
func NewState() *State { return NewStateWithCredentials(MemoryCredentials()) }

// NewStateWithCredentials returns the state of an empty ledger that keeps
// its registered credentials in t, which must be empty.
func NewStateWithCredentials(t CredentialTable) *State {
	return &State{
		streams:   map[StreamID]uint64{},
		Bills:     map[BillID]*BillIntroduced{},
		Elections: map[ElectionID]*ElectionState{},
		voters:    t,
		profileOf: map[voterProfile]uint32{},
		Votes:     map[VoteID]*VoteState{},
		Panels:    map[PanelID]*PanelState{},
		Partners:  map[PartnerID]*PartnerState{},
		tree:      (&compact.RangeFactory{Hash: hashChildren}).NewEmptyRange(0),
		beacons:   map[uint64][]*PanelState{},
	}
}

// hashChildren is RFC 6962's interior node hash, SHA-256(0x01 || l || r),
// as rfc6962.DefaultHasher.HashChildren computes it but without the hasher
// and the buffer that allocates a call (the state's tree hashes about one
// node an event).
func hashChildren(l, r []byte) []byte {
	if len(l) != sha256.Size || len(r) != sha256.Size {
		return rfc6962.DefaultHasher.HashChildren(l, r)
	}
	var b [1 + 2*sha256.Size]byte
	b[0] = rfc6962.RFC6962NodeHashPrefix
	copy(b[1:], l)
	copy(b[1+sha256.Size:], r)
	h := sha256.Sum256(b[:])
	return h[:]
}

// Root returns the RFC 6962 root hash of the events applied so far.
func (s *State) Root() [32]byte {
	if s.next == 0 {
		return [32]byte(rfc6962.DefaultHasher.EmptyRoot())
	}
	h, _ := s.tree.GetRootHash(nil)
	return [32]byte(h)
}

// Position returns the number of events applied.
func (s *State) Position() uint64 { return s.next }

// PendingBallots returns and forgets the ballots left to the caller.
func (s *State) PendingBallots() []PendingBallot {
	p := s.pending
	s.pending = nil
	return p
}

// Check reports whether ev could be appended to stream now, at time now,
// without changing the state: the server's command check.
func (s *State) Check(stream StreamID, ev Event, now int64) error {
	// The checks below read the state only; Apply's mutations happen after
	// every check passed, so a dry run of the checks is the check itself.
	err := s.check(Envelope{Stream: stream, Revision: s.events(stream), Event: ev}, now, nil)
	if s.err != nil {
		return s.err
	}
	var re *RuleError
	if errors.As(err, &re) {
		re.Position, re.Kind = s.next, ev.Kind()
	}
	return err
}

// BallotBatch checks ballots that will be appended together, in order:
// each against the state as it will be once the ones before it in the
// batch are applied. Two copies of one ballot in a batch cannot both pass
// (ballot-replay), and each ballot's stream revision counts the ones
// before it. The batch checks the rules; the signatures and proofs are
// VerifyBallots'. A batch is only valid while the state does not change:
// the caller appends the accepted ballots with the exact expected
// revisions Revision gives, so that a state changed in between makes the
// append fail rather than write what a fold would refuse.
type BallotBatch struct {
	s     *State
	now   int64
	seen  map[[32]byte]struct{}
	added map[StreamID]uint64
}

// NewBallotBatch starts a batch of ballots checked at time now.
func (s *State) NewBallotBatch(now int64) *BallotBatch {
	return &BallotBatch{s: s, now: now, seen: map[[32]byte]struct{}{}, added: map[StreamID]uint64{}}
}

// Add checks e against the state and the ballots added before it, and
// adds it if it passes; a refused ballot is not added.
func (b *BallotBatch) Add(e *BallotCast) error {
	stream := VoteStream(e.Vote)
	rev := b.s.events(stream) + b.added[stream]
	err := b.s.check(Envelope{Stream: stream, Revision: rev, Event: e}, b.now, b)
	if b.s.err != nil {
		return b.s.err
	}
	if err != nil {
		var re *RuleError
		if errors.As(err, &re) {
			re.Position, re.Kind = b.s.next, e.Kind()
		}
		return err
	}
	b.seen[sha256.Sum256(e.Ballot)] = struct{}{}
	b.added[stream]++
	return nil
}

// Revision returns the revision stream had before the batch, and whether
// it existed: the expected revision of the batch's append to stream.
func (b *BallotBatch) Revision(stream StreamID) (uint64, bool) {
	return b.s.Revision(stream)
}

// Apply folds the event at position pos. It returns a *RuleError, and
// changes nothing, if the event breaks a rule.
func (s *State) Apply(pos uint64, env Envelope) error { return s.ApplyEntry(pos, env, nil) }

// ApplyEntry is Apply given the entry env was parsed from, whose leaf hash
// the state's tree takes instead of encoding env again. entry must be
// env's canonical encoding, as ParseEntry guarantees of the bytes it
// accepts (the projections' Runner passes those); nil to encode it here.
func (s *State) ApplyEntry(pos uint64, env Envelope, entry []byte) error {
	fail := func(rule Rule, err error) error {
		return &RuleError{Position: pos, Kind: env.Event.Kind(), Rule: rule, Err: err}
	}
	if s.err != nil {
		return s.err
	}
	if pos != s.next {
		return fail(RuleDensePositions, fmt.Errorf("expected event %d", s.next))
	}
	// A failure of the credential table is no answer: not a rule broken
	// (s.err, checked after each step that reads the table).
	want := s.events(env.Stream)
	if s.err != nil {
		return s.err
	}
	if env.Revision != want {
		return fail(RuleStreamRevision, fmt.Errorf("%s is at revision %d, event has %d", env.Stream, want, env.Revision))
	}
	t := env.Time.UnixMicro()
	if t < s.last-ClockSkew.Microseconds() {
		return fail(RuleTimeOrder, fmt.Errorf("time goes back along the log by more than %s", ClockSkew))
	}
	if err := s.check(env, t, nil); err != nil {
		if s.err != nil {
			return s.err
		}
		var re *RuleError
		if errors.As(err, &re) {
			re.Position, re.Kind = pos, env.Event.Kind()
			return re
		}
		return fail(RuleEvent, err)
	}
	s.apply(pos, env)
	s.appended(env.Stream)
	if s.err != nil {
		// The fold failed half-way: the state is not sound (Err).
		return s.err
	}
	s.next++
	s.last = max(s.last, t)
	if entry == nil {
		entry = marshalEntry(env)
	}
	leaf := LeafHash(entry)
	s.tree.Append(leaf[:], nil)
	if ps, ok := s.beacons[s.next]; ok {
		root := s.Root()
		for _, p := range ps {
			p.BeaconRoot = &root
		}
		delete(s.beacons, s.next)
	}
	return nil
}

func ruleErr(rule Rule, format string, args ...any) error {
	return &RuleError{Rule: rule, Err: fmt.Errorf(format, args...)}
}

// check checks env against the state; batch, if not nil, holds the
// ballots to be appended before env in the same batch (BallotBatch).
func (s *State) check(env Envelope, now int64, batch *BallotBatch) error {
	if err := env.Event.check(); err != nil {
		return ruleErr(RuleEvent, "%v", err)
	}
	if err := env.Stream.Check(); err != nil {
		return ruleErr(RuleStream, "%v", err)
	}
	rev := env.Revision
	switch e := env.Event.(type) {
	case *BillIntroduced:
		if env.Stream != BillStream(e.Bill) || rev != 0 {
			return ruleErr(RuleStream, "BillIntroduced opens stream %s, not %s@%d", BillStream(e.Bill), env.Stream, rev)
		}
	case *ElectionCreated:
		if env.Stream != ElectionStream(e.Election) || rev != 0 {
			return ruleErr(RuleStream, "ElectionCreated opens stream %s", ElectionStream(e.Election))
		}
		// Keys that do not decode would wedge the ceremony at its first
		// dealing: refuse them when it opens.
		for i, t := range e.Trustees {
			if _, err := election.ParsePublicKey(t.EncryptionKey[:]); err != nil {
				return ruleErr(RuleCeremony, "trustee %d's encryption key: %v", i+1, err)
			}
			if _, err := new(edwards25519.Point).SetBytes(t.SigningKey[:]); err != nil {
				return ruleErr(RuleCeremony, "trustee %d's signing key is not an Ed25519 public key", i+1)
			}
		}
	case *TrusteeDealt:
		el, err := s.electionOf(env.Stream, e.Election)
		if err != nil {
			return err
		}
		if el.Key != nil {
			return ruleErr(RuleCeremonyClosed, "the ceremony of %s is closed", e.Election)
		}
		n := len(el.Created.Trustees)
		if e.Trustee < 1 || int(e.Trustee) > n {
			return ruleErr(RuleTrustee, "trustee %d of %d", e.Trustee, n)
		}
		if _, dup := el.Dealings[int(e.Trustee)]; dup {
			return ruleErr(RuleOneDealing, "trustee %d already dealt", e.Trustee)
		}
		if err := VerifyTrusteeSignature(el.Created.Trustees[e.Trustee-1].SigningKey, e); err != nil {
			return ruleErr(RuleTrusteeSignature, "%v", err)
		}
		d, err := election.UnmarshalDealing(e.Dealing)
		if err != nil {
			return ruleErr(RuleDealing, "%v", err)
		}
		c, err := el.Ceremony()
		if err != nil {
			return ruleErr(RuleCeremony, "%v", err)
		}
		if d.Dealer() != int(e.Trustee) {
			return ruleErr(RuleDealing, "dealing by trustee %d published as trustee %d's", d.Dealer(), e.Trustee)
		}
		if err := d.Verify(c); err != nil {
			return ruleErr(RuleDealing, "%v", err)
		}
	case *ElectionKeyFixed:
		el, err := s.electionOf(env.Stream, e.Election)
		if err != nil {
			return err
		}
		if el.Key != nil {
			return ruleErr(RuleCeremonyClosed, "the key of %s is already fixed", e.Election)
		}
		key, vks, err := deriveKeys(el)
		if err != nil {
			return ruleErr(RuleElectionKey, "%v", err)
		}
		if [32]byte(key.Bytes()) != e.Key {
			return ruleErr(RuleElectionKey, "published key differs from the one the dealings give")
		}
		if len(vks) != len(e.VerificationKeys) {
			return ruleErr(RuleElectionKey, "%d verification keys, want %d", len(e.VerificationKeys), len(vks))
		}
		for i, vk := range vks {
			if [32]byte(vk.Bytes()) != e.VerificationKeys[i] {
				return ruleErr(RuleElectionKey, "verification key %d differs from the one the dealings give", i+1)
			}
		}
	case *VoteOpened:
		if env.Stream != VoteStream(e.Vote) || rev != 0 {
			return ruleErr(RuleStream, "VoteOpened opens stream %s", VoteStream(e.Vote))
		}
		if _, ok := s.Bills[e.Bill]; !ok {
			return ruleErr(RuleVoteBill, "no bill %s", e.Bill)
		}
		el, ok := s.Elections[e.Election]
		if !ok || el.Key == nil {
			return ruleErr(RuleVoteElection, "election %s has no fixed key", e.Election)
		}
		// A vote commits to the text it is on: when the ledger holds that
		// stage's text, the hash must be its hash.
		if h, ok := s.StageHash(e.Bill, e.Stage); ok && h != e.TextHash {
			return ruleErr(RuleVoteText, "the text hash is not the hash of stage %s of %s", e.Stage, e.Bill)
		}
	case *VoterRegistered:
		if env.Stream != VoterStream(e.Credential) || rev != 0 {
			return ruleErr(RuleOneRegistration, "a credential is registered once, on stream %s at revision 0", VoterStream(e.Credential))
		}
		if _, err := ed25519PublicKey(e.Credential); err != nil {
			return ruleErr(RuleCredential, "%v", err)
		}
	case *CredentialRevoked:
		r, ok := s.credential(e.Credential)
		if !ok || env.Stream != VoterStream(e.Credential) {
			return ruleErr(RuleRevocation, "credential %s is not registered", e.Credential)
		}
		if r.Revoked {
			return ruleErr(RuleRevocation, "credential %s is already revoked", e.Credential)
		}
	case *BallotCast:
		v, err := s.voteOf(env.Stream, e.Vote)
		if err != nil {
			return err
		}
		if v.Closed {
			return ruleErr(RuleVoteWindow, "vote %s is closed", e.Vote)
		}
		if now < v.Opened.Opens.UnixMicro() || now >= v.Opened.Closes.Add(CloseGrace).UnixMicro() {
			return ruleErr(RuleVoteWindow, "vote %s is open from %s to %s", e.Vote, v.Opened.Opens.Format("2006-01-02 15:04:05Z07:00"), v.Opened.Closes.Format("2006-01-02 15:04:05Z07:00"))
		}
		if err := s.checkEligible(e.Credential); err != nil {
			return err
		}
		if len(e.Ballot) != election.BallotSize(len(v.Opened.Options)) {
			return ruleErr(RuleBallot, "ballot for %d options expected", len(v.Opened.Options))
		}
		h := sha256.Sum256(e.Ballot)
		if _, dup := v.seen[h]; dup {
			return ruleErr(RuleBallotReplay, "this ballot is already in the log")
		}
		if batch != nil {
			if _, dup := batch.seen[h]; dup {
				return ruleErr(RuleBallotReplay, "this ballot is already being cast")
			}
		}
		if !s.DeferBallots {
			if err := VerifyBallot(e, v.Context(e.Credential)); err != nil {
				return err
			}
		}
	case *VoteClosed:
		v, err := s.voteOf(env.Stream, e.Vote)
		if err != nil {
			return err
		}
		if v.Closed {
			return ruleErr(RuleVoteClosed, "vote %s is already closed", e.Vote)
		}
		if now < v.Opened.Closes.UnixMicro() {
			return ruleErr(RuleVoteWindow, "vote %s closes at %s", e.Vote, v.Opened.Closes.Format("2006-01-02 15:04:05Z07:00"))
		}
	case *TallyShareSubmitted:
		v, err := s.voteOf(env.Stream, e.Vote)
		if err != nil {
			return err
		}
		if err := s.checkShare(v, e); err != nil {
			return err
		}
	case *TallyPublished:
		v, err := s.voteOf(env.Stream, e.Vote)
		if err != nil {
			return err
		}
		if err := s.checkTally(v, e); err != nil {
			return err
		}
	case *PanelOpened, *VolunteerEnrolled, *PanelClosed, *SortitionDrawn:
		return s.checkPanel(env, now)
	case *PartnerVerified, *PartnerPositionPublished, *PartnerPositionWithdrawn, *PositionModerated:
		return s.checkPartner(env)
	default:
		return s.checkLaw(env)
	}
	return nil
}

func (s *State) apply(pos uint64, env Envelope) {
	switch e := env.Event.(type) {
	case *BillIntroduced:
		s.Bills[e.Bill] = e
	case *ElectionCreated:
		s.Elections[e.Election] = &ElectionState{Created: e, Dealings: map[int]*election.Dealing{}}
	case *TrusteeDealt:
		d, _ := election.UnmarshalDealing(e.Dealing)
		s.Elections[e.Election].Dealings[int(e.Trustee)] = d
	case *ElectionKeyFixed:
		el := s.Elections[e.Election]
		key, vks, _ := deriveKeys(el)
		el.Key, el.VKeys = &key, vks
	case *VoteOpened:
		s.Votes[e.Vote] = &VoteState{Opened: e, Key: *s.Elections[e.Election].Key, Ballots: map[Credential]CastBallot{},
			Shares: map[int]map[uint32]*election.PartialDecryption{}, seen: map[[32]byte]struct{}{}}
	case *VoterRegistered:
		s.putCredential(e.Credential, CredentialRecord{Profile: s.profile(e.District, e.Registrar)})
	case *CredentialRevoked:
		if r, ok := s.credential(e.Credential); ok {
			r.Revoked, r.RevokedAt = true, pos
			s.putCredential(e.Credential, r)
		}
	case *BallotCast:
		v := s.Votes[e.Vote]
		v.Ballots[e.Credential] = CastBallot{Position: pos, Ballot: e.Ballot}
		v.Cast++
		v.seen[sha256.Sum256(e.Ballot)] = struct{}{}
		if s.DeferBallots {
			s.pending = append(s.pending, PendingBallot{Position: pos, Event: e, Context: v.Context(e.Credential)})
		}
	case *VoteClosed:
		v := s.Votes[e.Vote]
		v.Closed, v.ClosedAt = true, pos
		v.Groups, v.Sums = s.tallyInputs(v)
		// No ballot is taken once closed (the window rule is checked
		// first): the hashes of the ballots cast are no longer needed.
		v.seen = nil
	case *TallyShareSubmitted:
		v := s.Votes[e.Vote]
		p, _ := election.UnmarshalPartialDecryption(e.Partial)
		if v.Shares[int(e.Trustee)] == nil {
			v.Shares[int(e.Trustee)] = map[uint32]*election.PartialDecryption{}
		}
		v.Shares[int(e.Trustee)][e.First] = p
	case *TallyPublished:
		s.Votes[e.Vote].Tally = e
	case *PanelOpened, *VolunteerEnrolled, *PanelClosed, *SortitionDrawn:
		s.applyPanel(pos, env)
	case *PartnerVerified, *PartnerPositionPublished, *PartnerPositionWithdrawn, *PositionModerated:
		s.applyPartner(env)
	default:
		s.applyLaw(pos, env)
	}
}

func (s *State) electionOf(stream StreamID, id ElectionID) (*ElectionState, error) {
	el, ok := s.Elections[id]
	if !ok || stream != ElectionStream(id) {
		return nil, ruleErr(RuleStream, "no election %s on stream %s", id, stream)
	}
	return el, nil
}

func (s *State) voteOf(stream StreamID, id VoteID) (*VoteState, error) {
	v, ok := s.Votes[id]
	if !ok || stream != VoteStream(id) {
		return nil, ruleErr(RuleStream, "no vote %s on stream %s", id, stream)
	}
	return v, nil
}

// DeriveKeys computes the election key and the trustees' verification keys
// from the dealings, once every trustee has dealt.
func (e *ElectionState) DeriveKeys() (election.PublicKey, []election.PublicKey, error) {
	return deriveKeys(e)
}

func deriveKeys(el *ElectionState) (election.PublicKey, []election.PublicKey, error) {
	c, err := el.Ceremony()
	if err != nil {
		return election.PublicKey{}, nil, err
	}
	n := len(el.Created.Trustees)
	if len(el.Dealings) != n {
		return election.PublicKey{}, nil, fmt.Errorf("%d of %d trustees dealt", len(el.Dealings), n)
	}
	ds := make([]*election.Dealing, n)
	for i := range ds {
		ds[i] = el.Dealings[i+1]
	}
	key, err := election.ElectionKey(c, ds)
	if err != nil {
		return key, nil, err
	}
	vks := make([]election.PublicKey, n)
	for i := range vks {
		if vks[i], err = election.VerificationKey(c, ds, i+1); err != nil {
			return key, nil, err
		}
	}
	return key, vks, nil
}

// Context is what a credential's ballot in v is bound to.
func (v *VoteState) Context(c Credential) election.Context {
	return election.Context{VoteID: election.VoteID(v.Opened.Vote), ElectionKey: v.Key, Credential: c, Options: len(v.Opened.Options)}
}

func ed25519PublicKey(c Credential) (ed25519.PublicKey, error) {
	// Registration takes what the voter's device made, if it is a sound
	// key: a canonical point not of small order.
	if err := election.CheckCredential(c[:]); err != nil {
		return nil, err
	}
	return ed25519.PublicKey(c[:]), nil
}

// VerifyBallot checks a ballot's signature and proofs, one ballot at a time:
// the reference that batch verification must agree with.
func VerifyBallot(e *BallotCast, ctx election.Context) error {
	if err := election.VerifyBallotSignature(ed25519.PublicKey(e.Credential[:]), []byte(e.Vote), e.Ballot, e.Signature[:]); err != nil {
		return ruleErr(RuleBallotSignature, "%v", err)
	}
	b, err := election.UnmarshalBallot(e.Ballot)
	if err != nil {
		return ruleErr(RuleBallot, "%v", err)
	}
	if err := b.Verify(ctx); err != nil {
		return ruleErr(RuleBallotProof, "%v", err)
	}
	return nil
}

// Counted returns the ballots that count, by credential: each credential's
// last ballot, unless the credential was revoked before the close (a
// revocation after the close changes neither the tally nor the turnout).
func (s *State) Counted(v *VoteState) map[Credential]CastBallot {
	out := make(map[Credential]CastBallot, len(v.Ballots))
	for c, b := range v.Ballots {
		if !s.RevokedWhileOpen(c, v) {
			out[c] = b
		}
	}
	return out
}

// RevokedWhileOpen reports whether credential c was revoked while v was
// open: before v's close, or at all if v is open.
//
// With a credential table that can fail (on disk), a failure answers
// false, as does every accessor of the credentials (Counted, Turnout,
// Voter): check Err after reading.
func (s *State) RevokedWhileOpen(c Credential, v *VoteState) bool {
	r, _ := s.credential(c)
	return r.Revoked && (!v.Closed || r.RevokedAt < v.ClosedAt)
}

// Turnout counts, per district, the credentials whose ballot counts now.
func (s *State) Turnout(v *VoteState) map[District]uint64 {
	t := map[District]uint64{}
	for c := range s.Counted(v) {
		t[s.district(c)]++
	}
	return t
}

// GroupDistricts merges districts so that no group decrypted has fewer than
// min voters (docs/PROTOCOL.md, "Groups"): a district with at least min
// voters is its own group; the others merge by département, a département
// group kept if it has at least min; what remains forms the group "rest",
// which, if it has fewer than min voters, absorbs the smallest group (ties:
// the first by name). Districts with no voter are left out. Groups are
// sorted by name.
func GroupDistricts(turnout map[District]uint64, min uint64) []TallyGroup {
	var groups []TallyGroup
	byDep := map[string][]District{}
	for d, n := range turnout {
		if n == 0 {
			continue
		}
		if n >= min {
			groups = append(groups, TallyGroup{Name: string(d), Districts: []District{d}, Voters: n})
			continue
		}
		info, _ := LookupDistrict(d)
		byDep[info.Departement] = append(byDep[info.Departement], d)
	}
	var rest []District
	var restN uint64
	for dep, ds := range byDep {
		var n uint64
		for _, d := range ds {
			n += turnout[d]
		}
		if n >= min {
			groups = append(groups, TallyGroup{Name: "dep-" + dep, Districts: ds, Voters: n})
		} else {
			rest = append(rest, ds...)
			restN += n
		}
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].Name < groups[j].Name })
	if restN > 0 {
		if restN < min && len(groups) > 0 {
			small := 0
			for i, g := range groups {
				if g.Voters < groups[small].Voters {
					small = i
				}
			}
			rest = append(rest, groups[small].Districts...)
			restN += groups[small].Voters
			groups = append(groups[:small], groups[small+1:]...)
		}
		groups = append(groups, TallyGroup{Name: "rest", Districts: rest, Voters: restN})
	}
	for i := range groups {
		sort.Slice(groups[i].Districts, func(a, b int) bool { return groups[i].Districts[a] < groups[i].Districts[b] })
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].Name < groups[j].Name })
	return groups
}

// tallyInputs returns the groups of a closed vote and the ciphertexts to
// decrypt: for each group in order, the sum of its counted ballots for each
// option in order.
func (s *State) tallyInputs(v *VoteState) ([]TallyGroup, []election.Ciphertext) {
	counted := s.Counted(v)
	turnout := map[District]uint64{}
	for c := range counted {
		turnout[s.district(c)]++
	}
	min := uint64(v.Opened.MinGroup)
	groups := GroupDistricts(turnout, min)
	groupOf := map[District]int{}
	for i, g := range groups {
		for _, d := range g.Districts {
			groupOf[d] = i
		}
	}
	k := len(v.Opened.Options)
	sums := make([]election.Ciphertext, len(groups)*k)
	for i := range sums {
		sums[i] = *election.NewCiphertext()
	}
	// Sum in log order of the ballots, so the result does not depend on
	// map order (it would not anyway: addition commutes).
	creds := make([]Credential, 0, len(counted))
	for c := range counted {
		creds = append(creds, c)
	}
	sort.Slice(creds, func(i, j int) bool { return counted[creds[i]].Position < counted[creds[j]].Position })
	// Decoding (point decompression) is the cost: decode only the
	// ciphertexts (the proofs were checked before), on every CPU, then add
	// in order.
	decoded := make([][]election.Ciphertext, len(creds))
	var wg sync.WaitGroup
	workers := runtime.NumCPU()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(creds); i += workers {
				if s.Ciphertexts != nil {
					if cts, ok := s.Ciphertexts(counted[creds[i]].Position); ok {
						decoded[i] = cts
						continue
					}
				}
				cts, err := election.BallotCiphertexts(counted[creds[i]].Ballot)
				if err != nil {
					continue // a ballot that does not decode never verified: the verifier reports it
				}
				decoded[i] = cts
			}
		}()
	}
	wg.Wait()
	for i, c := range creds {
		if decoded[i] == nil {
			continue
		}
		g := groupOf[s.district(c)]
		for j := range decoded[i] {
			sums[g*k+j].Add(&sums[g*k+j], &decoded[i][j])
		}
	}
	return groups, sums
}

// TallyID binds a part of a partial decryption to its vote and place.
func TallyID(vote VoteID, first uint32) election.TallyID {
	return election.TallyID("scrutin/tally/v1\n" + string(vote) + "\n" + strconv.FormatUint(uint64(first), 10))
}

func (s *State) checkShare(v *VoteState, e *TallyShareSubmitted) error {
	if !v.Closed {
		return ruleErr(RuleTallyAfterClose, "vote %s is not closed", e.Vote)
	}
	if v.Tally != nil {
		return ruleErr(RuleTallyPublished, "vote %s is already tallied", e.Vote)
	}
	el := s.Elections[v.Opened.Election]
	n := len(el.Created.Trustees)
	if e.Trustee < 1 || int(e.Trustee) > n {
		return ruleErr(RuleTrustee, "trustee %d of %d", e.Trustee, n)
	}
	if err := VerifyTrusteeSignature(el.Created.Trustees[e.Trustee-1].SigningKey, e); err != nil {
		return ruleErr(RuleTrusteeSignature, "%v", err)
	}
	if _, dup := v.Shares[int(e.Trustee)][e.First]; dup {
		return ruleErr(RuleOneShare, "trustee %d already decrypted part %d", e.Trustee, e.First)
	}
	if e.First%MaxTallyPart != 0 || int(e.First) >= len(v.Sums) {
		return ruleErr(RuleTallyPart, "part at %d of %d ciphertexts", e.First, len(v.Sums))
	}
	end := min(int(e.First)+MaxTallyPart, len(v.Sums))
	p, err := election.UnmarshalPartialDecryption(e.Partial)
	if err != nil {
		return ruleErr(RuleDecryptionProof, "%v", err)
	}
	if p.Trustee() != int(e.Trustee) {
		return ruleErr(RuleDecryptionProof, "share of trustee %d published as trustee %d's", p.Trustee(), e.Trustee)
	}
	if err := p.Verify(TallyID(e.Vote, e.First), el.VKeys[e.Trustee-1], v.Sums[e.First:end]); err != nil {
		return ruleErr(RuleDecryptionProof, "%v", err)
	}
	return nil
}

// Parts returns the number of TallyShareSubmitted parts a trustee submits
// for a closed vote.
func (v *VoteState) Parts() int { return (len(v.Sums) + MaxTallyPart - 1) / MaxTallyPart }

// Decrypted returns the trustees, in increasing order, who submitted every
// part of their partial decryption.
func (v *VoteState) Decrypted() []int {
	var out []int
	for tr, parts := range v.Shares {
		if len(parts) == v.Parts() {
			out = append(out, tr)
		}
	}
	sort.Ints(out)
	return out
}

// CombineTally combines the shares of the given trustees into counts per
// group: what TallyPublished must say.
func (s *State) CombineTally(v *VoteState, trustees []int) ([]TallyGroup, error) {
	el := s.Elections[v.Opened.Election]
	t := int(el.Created.Threshold)
	if len(trustees) < t {
		return nil, fmt.Errorf("%d trustees, need %d", len(trustees), t)
	}
	var total uint64
	for _, g := range v.Groups {
		total += g.Voters
	}
	table, err := election.NewDiscreteLogTable(max(total, 1))
	if err != nil {
		return nil, err
	}
	counts := make([]uint64, 0, len(v.Sums))
	for first := 0; first < len(v.Sums); first += MaxTallyPart {
		end := min(first+MaxTallyPart, len(v.Sums))
		var parts []*election.PartialDecryption
		for _, tr := range trustees {
			p, ok := v.Shares[tr][uint32(first)]
			if !ok {
				return nil, fmt.Errorf("trustee %d has not decrypted part %d", tr, first)
			}
			parts = append(parts, p)
		}
		c, err := election.Combine(t, v.Sums[first:end], parts, table)
		if err != nil {
			return nil, err
		}
		counts = append(counts, c...)
	}
	k := len(v.Opened.Options)
	out := make([]TallyGroup, len(v.Groups))
	for i, g := range v.Groups {
		g.Counts = counts[i*k : (i+1)*k]
		out[i] = g
	}
	return out, nil
}

func (s *State) checkTally(v *VoteState, e *TallyPublished) error {
	if !v.Closed {
		return ruleErr(RuleTallyAfterClose, "vote %s is not closed", e.Vote)
	}
	if v.Tally != nil {
		return ruleErr(RuleTallyPublished, "vote %s is already tallied", e.Vote)
	}
	trustees := make([]int, len(e.Trustees))
	for i, t := range e.Trustees {
		trustees[i] = int(t)
		if i > 0 && e.Trustees[i-1] >= t {
			return ruleErr(RuleTallyTrustees, "trustees not strictly increasing")
		}
	}
	if len(v.Sums) == 0 {
		// Nothing to decrypt: the tally names no trustee and no group.
		if len(e.Groups) != 0 || len(e.Trustees) != 0 {
			return ruleErr(RuleTallyCount, "a vote with no counted ballot has an empty tally: no group, no trustee")
		}
		return nil
	}
	n := len(s.Elections[v.Opened.Election].Created.Trustees)
	for _, t := range e.Trustees {
		if t < 1 || int(t) > n {
			return ruleErr(RuleTallyTrustees, "trustee %d of %d", t, n)
		}
	}
	want, err := s.CombineTally(v, trustees)
	if err != nil {
		return ruleErr(RuleTallyCombine, "%v", err)
	}
	if len(want) != len(e.Groups) {
		return ruleErr(RuleTallyCount, "%d groups published, %d computed", len(e.Groups), len(want))
	}
	for i, g := range want {
		p := e.Groups[i]
		if p.Name != g.Name || p.Voters != g.Voters || fmt.Sprint(p.Districts) != fmt.Sprint(g.Districts) || fmt.Sprint(p.Counts) != fmt.Sprint(g.Counts) {
			return ruleErr(RuleTallyCount, "group %s: published %v voters %d counts %v, computed %s %v voters %d counts %v", p.Name, p.Districts, p.Voters, p.Counts, g.Name, g.Districts, g.Voters, g.Counts)
		}
	}
	return nil
}

// Revision returns the last revision of stream, and whether it has events.
func (s *State) Revision(stream StreamID) (uint64, bool) {
	n := s.events(stream)
	if n == 0 {
		return 0, false
	}
	return n - 1, true
}
