package domain

import (
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/scrutin/scrutin/domain/election"
)

// The events of votes, voters and trustees. Streams:
//
//	election-<id>   the key ceremony: ElectionCreated, TrusteeDealt…, ElectionKeyFixed
//	voter-<hex>     a credential: VoterRegistered, CredentialRevoked
//	vote-<id>       a vote: VoteOpened, BallotCast…, VoteClosed, TallyShareSubmitted…, TallyPublished

// Stream categories of votes.
const (
	CategoryElection = "election"
	CategoryVoter    = "voter"
	CategoryVote     = "vote"
)

// VoteID identifies a vote, e.g. "pjl07-405-final".
type VoteID string

// ElectionID identifies a key ceremony, whose key may serve several votes.
type ElectionID string

// Credential is a voter's Ed25519 public key, made on the voter's device.
type Credential [32]byte

func (c Credential) String() string { return hex.EncodeToString(c[:]) }

// ParseCredential reads a credential in hexadecimal.
func ParseCredential(s string) (Credential, error) {
	var c Credential
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(c) {
		return c, fmt.Errorf("credential %q is not 64 hexadecimal digits", s)
	}
	copy(c[:], b)
	return c, nil
}

// VoteStream, VoterStream and ElectionStream name the streams.
func VoteStream(id VoteID) StreamID         { return NewStreamID(CategoryVote, string(id)) }
func VoterStream(c Credential) StreamID     { return NewStreamID(CategoryVoter, c.String()) }
func ElectionStream(id ElectionID) StreamID { return NewStreamID(CategoryElection, string(id)) }

// MinOptions and MaxOptions bound a vote's options (For/Against/Abstain: 3).
const (
	MinOptions = 2
	MaxOptions = 16
)

// DefaultMinGroup is the default smallest group of voters whose counts are
// decrypted: smaller districts are merged first.
const DefaultMinGroup = 10

// TrusteeInfo is one trustee of a ceremony: a name, the key shares are
// encrypted to (ristretto255), and the key it signs its messages with
// (Ed25519).
type TrusteeInfo struct {
	Name          string
	EncryptionKey [32]byte
	SigningKey    [32]byte
}

// ElectionCreated opens a key ceremony among n trustees, t of whom will be
// needed to decrypt.
type ElectionCreated struct {
	Election  ElectionID
	Threshold uint16
	Trustees  []TrusteeInfo
}

// TrusteeDealt publishes a trustee's dealing: commitments to its secret
// polynomial, a proof of knowledge, and a share encrypted to each trustee.
// Signature is the trustee's Ed25519 signature of SigningMessage.
type TrusteeDealt struct {
	Election  ElectionID
	Trustee   uint16 // 1 to n, in the order of ElectionCreated.Trustees
	Dealing   []byte // election.Dealing, canonical
	Signature [64]byte
}

// ElectionKeyFixed closes the ceremony: the election public key, and each
// trustee's verification key, both derived from the dealings (anyone can
// recompute them).
type ElectionKeyFixed struct {
	Election         ElectionID
	Key              [32]byte
	VerificationKeys [][32]byte
}

// VoteOpened opens a vote on one stage of a bill: the question commits to
// the hash of that stage's text, so a ballot is bound to exactly the text it
// was cast on.
type VoteOpened struct {
	Vote     VoteID
	Bill     BillID
	Stage    string
	TextHash [32]byte // SHA-256 of the stage's text, as docs/PROTOCOL.md defines
	Question string
	Options  []string // e.g. Pour, Contre, Abstention
	Election ElectionID
	Opens    time.Time
	Closes   time.Time
	MinGroup uint32 // districts with fewer voters are merged before decryption
}

// VoterRegistered publishes a credential and the voter's constituency, and
// nothing else about the voter.
type VoterRegistered struct {
	Credential Credential
	District   District
	Registrar  string // which registrar vouched: "demo" (self-declared) or an identity provider's name
}

// CredentialRevoked revokes a credential: its ballots in votes still open
// are not counted.
type CredentialRevoked struct {
	Credential Credential
	Reason     string
}

// BallotCast is an encrypted ballot, signed with the voter's credential.
type BallotCast struct {
	Vote       VoteID
	Credential Credential
	Ballot     []byte // election.Ballot, canonical
	Signature  [64]byte
}

// VoteClosed closes a vote: the ballots before it in the log are the ones
// counted; the tree that contains it is the closing checkpoint's.
type VoteClosed struct {
	Vote VoteID
}

// MaxTallyPart is the most ciphertexts one TallyShareSubmitted carries, to
// stay within MaxEntrySize.
const MaxTallyPart = 500

// TallyShareSubmitted is one part of a trustee's partial decryption of a
// vote's encrypted sums: ciphertexts [First, First+n) of the tally, in the
// order docs/PROTOCOL.md defines.
type TallyShareSubmitted struct {
	Vote      VoteID
	Trustee   uint16 // 1 to n
	First     uint32
	Partial   []byte // election.PartialDecryption, canonical
	Signature [64]byte
}

// TallyGroup is the count of one group of districts: a district alone, or
// districts merged so that no group has fewer than MinGroup voters.
type TallyGroup struct {
	Name      string     // the district code, a département ("dep-2A"), or "rest"
	Districts []District // sorted
	Voters    uint64     // ballots counted
	Counts    []uint64   // per option
}

// TallyPublished publishes a vote's result per group, combined from the
// trustees' partial decryptions.
type TallyPublished struct {
	Vote     VoteID
	Trustees []uint16 // whose shares were combined (1 to n), increasing
	Groups   []TallyGroup
}

func (*ElectionCreated) Kind() Kind     { return Kind{"ElectionCreated", 1} }
func (*TrusteeDealt) Kind() Kind        { return Kind{"TrusteeDealt", 1} }
func (*ElectionKeyFixed) Kind() Kind    { return Kind{"ElectionKeyFixed", 1} }
func (*VoteOpened) Kind() Kind          { return Kind{"VoteOpened", 1} }
func (*VoterRegistered) Kind() Kind     { return Kind{"VoterRegistered", 1} }
func (*CredentialRevoked) Kind() Kind   { return Kind{"CredentialRevoked", 1} }
func (*BallotCast) Kind() Kind          { return Kind{"BallotCast", 1} }
func (*VoteClosed) Kind() Kind          { return Kind{"VoteClosed", 1} }
func (*TallyShareSubmitted) Kind() Kind { return Kind{"TallyShareSubmitted", 1} }
func (*TallyPublished) Kind() Kind      { return Kind{"TallyPublished", 1} }

func init() {
	register(func() Event { return new(ElectionCreated) })
	register(func() Event { return new(TrusteeDealt) })
	register(func() Event { return new(ElectionKeyFixed) })
	register(func() Event { return new(VoteOpened) })
	register(func() Event { return new(VoterRegistered) })
	register(func() Event { return new(CredentialRevoked) })
	register(func() Event { return new(BallotCast) })
	register(func() Event { return new(VoteClosed) })
	register(func() Event { return new(TallyShareSubmitted) })
	register(func() Event { return new(TallyPublished) })
}

// --- encodings: fields in declaration order (docs/EVENTS.md) ---

func (e *ElectionCreated) encode(w *encoder) {
	w.str(string(e.Election))
	w.u16(e.Threshold)
	w.u32(uint32(len(e.Trustees)))
	for _, t := range e.Trustees {
		w.str(t.Name)
		w.fixed(t.EncryptionKey[:])
		w.fixed(t.SigningKey[:])
	}
}

func (e *ElectionCreated) decode(d *decoder) {
	e.Election = ElectionID(d.str("election"))
	e.Threshold = d.u16("threshold")
	n := d.count("trustees", 4+64)
	for i := 0; i < n; i++ {
		var t TrusteeInfo
		t.Name = d.str("trustee name")
		copy(t.EncryptionKey[:], d.fixed(32, "encryption key"))
		copy(t.SigningKey[:], d.fixed(32, "signing key"))
		e.Trustees = append(e.Trustees, t)
	}
}

func (e *ElectionCreated) check() error {
	if err := checkID("election", string(e.Election)); err != nil {
		return err
	}
	n := len(e.Trustees)
	if n < 1 || n > election.MaxTrustees {
		return fmt.Errorf("%d trustees, want 1 to %d", n, election.MaxTrustees)
	}
	if e.Threshold < 1 || int(e.Threshold) > n {
		return fmt.Errorf("threshold %d of %d trustees", e.Threshold, n)
	}
	for i, t := range e.Trustees {
		if t.Name == "" {
			return fmt.Errorf("trustee %d: empty name", i)
		}
	}
	return nil
}

func (e *TrusteeDealt) encode(w *encoder) {
	w.str(string(e.Election))
	w.u16(e.Trustee)
	w.bytes(e.Dealing)
	w.fixed(e.Signature[:])
}

func (e *TrusteeDealt) decode(d *decoder) {
	e.Election = ElectionID(d.str("election"))
	e.Trustee = d.u16("trustee")
	e.Dealing = d.bytes("dealing")
	copy(e.Signature[:], d.fixed(64, "signature"))
}

func (e *TrusteeDealt) check() error {
	if err := checkID("election", string(e.Election)); err != nil {
		return err
	}
	if len(e.Dealing) == 0 {
		return errors.New("empty dealing")
	}
	return nil
}

func (e *ElectionKeyFixed) encode(w *encoder) {
	w.str(string(e.Election))
	w.fixed(e.Key[:])
	w.u32(uint32(len(e.VerificationKeys)))
	for _, k := range e.VerificationKeys {
		w.fixed(k[:])
	}
}

func (e *ElectionKeyFixed) decode(d *decoder) {
	e.Election = ElectionID(d.str("election"))
	copy(e.Key[:], d.fixed(32, "key"))
	n := d.count("verification keys", 32)
	for i := 0; i < n; i++ {
		var k [32]byte
		copy(k[:], d.fixed(32, "verification key"))
		e.VerificationKeys = append(e.VerificationKeys, k)
	}
}

func (e *ElectionKeyFixed) check() error {
	if err := checkID("election", string(e.Election)); err != nil {
		return err
	}
	if len(e.VerificationKeys) == 0 {
		return errors.New("no verification keys")
	}
	return nil
}

func (e *VoteOpened) encode(w *encoder) {
	w.str(string(e.Vote))
	w.str(string(e.Bill))
	w.str(e.Stage)
	w.fixed(e.TextHash[:])
	w.str(e.Question)
	w.strs(e.Options)
	w.str(string(e.Election))
	w.timestamp(e.Opens)
	w.timestamp(e.Closes)
	w.u32(e.MinGroup)
}

func (e *VoteOpened) decode(d *decoder) {
	e.Vote = VoteID(d.str("vote"))
	e.Bill = BillID(d.str("bill"))
	e.Stage = d.str("stage")
	copy(e.TextHash[:], d.fixed(32, "text hash"))
	e.Question = d.str("question")
	e.Options = d.strs("options")
	e.Election = ElectionID(d.str("election"))
	e.Opens = d.timestamp("opens")
	e.Closes = d.timestamp("closes")
	e.MinGroup = d.u32("min group")
}

func (e *VoteOpened) check() error {
	if err := checkID("vote", string(e.Vote)); err != nil {
		return err
	}
	if err := checkID("bill", string(e.Bill)); err != nil {
		return err
	}
	if err := checkID("election", string(e.Election)); err != nil {
		return err
	}
	if e.Question == "" {
		return errors.New("empty question")
	}
	if len(e.Options) < MinOptions || len(e.Options) > MaxOptions {
		return fmt.Errorf("%d options, want %d to %d", len(e.Options), MinOptions, MaxOptions)
	}
	for i, o := range e.Options {
		if o == "" {
			return fmt.Errorf("option %d: empty", i)
		}
	}
	if !e.Closes.After(e.Opens) {
		return errors.New("the vote closes before it opens")
	}
	if e.MinGroup < 1 {
		return errors.New("min group must be at least 1")
	}
	return nil
}

func (e *VoterRegistered) encode(w *encoder) {
	w.fixed(e.Credential[:])
	w.str(string(e.District))
	w.str(e.Registrar)
}

func (e *VoterRegistered) decode(d *decoder) {
	copy(e.Credential[:], d.fixed(32, "credential"))
	e.District = District(d.str("district"))
	e.Registrar = d.str("registrar")
}

func (e *VoterRegistered) check() error {
	if err := checkDistrict(e.District); err != nil {
		return err
	}
	return checkID("registrar", e.Registrar)
}

func (e *CredentialRevoked) encode(w *encoder) {
	w.fixed(e.Credential[:])
	w.str(e.Reason)
}

func (e *CredentialRevoked) decode(d *decoder) {
	copy(e.Credential[:], d.fixed(32, "credential"))
	e.Reason = d.str("reason")
}

func (e *CredentialRevoked) check() error {
	if e.Reason == "" {
		return errors.New("a revocation says why")
	}
	return nil
}

func (e *BallotCast) encode(w *encoder) {
	w.str(string(e.Vote))
	w.fixed(e.Credential[:])
	w.bytes(e.Ballot)
	w.fixed(e.Signature[:])
}

func (e *BallotCast) decode(d *decoder) {
	e.Vote = VoteID(d.str("vote"))
	copy(e.Credential[:], d.fixed(32, "credential"))
	e.Ballot = d.bytes("ballot")
	copy(e.Signature[:], d.fixed(64, "signature"))
}

func (e *BallotCast) check() error {
	if err := checkID("vote", string(e.Vote)); err != nil {
		return err
	}
	// The envelope checks the ballot's size; its points and proofs are
	// checked by the rules (docs/PROTOCOL.md), in batches.
	for k := MinOptions; k <= MaxOptions; k++ {
		if len(e.Ballot) == election.BallotSize(k) {
			return nil
		}
	}
	return fmt.Errorf("ballot of %d bytes is no ballot size", len(e.Ballot))
}

func (e *VoteClosed) encode(w *encoder) { w.str(string(e.Vote)) }
func (e *VoteClosed) decode(d *decoder) { e.Vote = VoteID(d.str("vote")) }
func (e *VoteClosed) check() error      { return checkID("vote", string(e.Vote)) }

func (e *TallyShareSubmitted) encode(w *encoder) {
	w.str(string(e.Vote))
	w.u16(e.Trustee)
	w.u32(e.First)
	w.bytes(e.Partial)
	w.fixed(e.Signature[:])
}

func (e *TallyShareSubmitted) decode(d *decoder) {
	e.Vote = VoteID(d.str("vote"))
	e.Trustee = d.u16("trustee")
	e.First = d.u32("first")
	e.Partial = d.bytes("partial decryption")
	copy(e.Signature[:], d.fixed(64, "signature"))
}

func (e *TallyShareSubmitted) check() error {
	if err := checkID("vote", string(e.Vote)); err != nil {
		return err
	}
	if len(e.Partial) == 0 {
		return errors.New("empty partial decryption")
	}
	return nil
}

func (e *TallyPublished) encode(w *encoder) {
	w.str(string(e.Vote))
	w.u32(uint32(len(e.Trustees)))
	for _, t := range e.Trustees {
		w.u16(t)
	}
	w.u32(uint32(len(e.Groups)))
	for _, g := range e.Groups {
		w.str(g.Name)
		w.u32(uint32(len(g.Districts)))
		for _, d := range g.Districts {
			w.str(string(d))
		}
		w.u64(g.Voters)
		w.u32(uint32(len(g.Counts)))
		for _, c := range g.Counts {
			w.u64(c)
		}
	}
}

func (e *TallyPublished) decode(d *decoder) {
	e.Vote = VoteID(d.str("vote"))
	n := d.count("trustees", 2)
	for i := 0; i < n; i++ {
		e.Trustees = append(e.Trustees, d.u16("trustee"))
	}
	n = d.count("groups", 4+4+8+4)
	for i := 0; i < n; i++ {
		var g TallyGroup
		g.Name = d.str("group name")
		m := d.count("districts", 4)
		for j := 0; j < m; j++ {
			g.Districts = append(g.Districts, District(d.str("district")))
		}
		g.Voters = d.u64("voters")
		m = d.count("counts", 8)
		for j := 0; j < m; j++ {
			g.Counts = append(g.Counts, d.u64("count"))
		}
		e.Groups = append(e.Groups, g)
	}
}

func (e *TallyPublished) check() error {
	if err := checkID("vote", string(e.Vote)); err != nil {
		return err
	}
	// An empty tally (a vote with no counted ballot) names no trustee and
	// no group; any other names its trustees.
	if (len(e.Trustees) == 0) != (len(e.Groups) == 0) {
		return errors.New("a tally names trustees if and only if it has groups")
	}
	for _, g := range e.Groups {
		if g.Name == "" || len(g.Districts) == 0 {
			return errors.New("a group needs a name and districts")
		}
		var sum uint64
		for _, c := range g.Counts {
			sum += c
		}
		if sum != g.Voters {
			return fmt.Errorf("group %s: counts add up to %d, not %d voters", g.Name, sum, g.Voters)
		}
		for _, d := range g.Districts {
			if err := checkDistrict(d); err != nil {
				return err
			}
		}
	}
	return nil
}
