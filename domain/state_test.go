package domain_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/election"
)

// ledger applies events to a State as a log would, stamping times.
type ledger struct {
	t     *testing.T
	s     *domain.State
	revs  map[domain.StreamID]uint64
	now   time.Time
	count uint64
}

func newLedger(t *testing.T) *ledger {
	return &ledger{t: t, s: domain.NewState(), revs: map[domain.StreamID]uint64{}, now: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
}

func (l *ledger) try(stream domain.StreamID, ev domain.Event) error {
	env := domain.Envelope{Stream: stream, Revision: l.revs[stream], Time: l.now, Event: ev}
	b, err := domain.MarshalEntry(env)
	if err != nil {
		return err
	}
	env, err = domain.ParseEntry(b)
	if err != nil {
		return err
	}
	if err := l.s.Apply(l.count, env); err != nil {
		return err
	}
	l.revs[stream]++
	l.count++
	return nil
}

func (l *ledger) must(stream domain.StreamID, ev domain.Event) {
	l.t.Helper()
	if err := l.try(stream, ev); err != nil {
		l.t.Fatal(err)
	}
}

type trustee struct {
	enc  *election.PrivateKey
	sign ed25519.PrivateKey
	info domain.TrusteeInfo
}

func newTrustee(t *testing.T, name string) *trustee {
	enc, err := election.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pub, sign, _ := ed25519.GenerateKey(rand.Reader)
	tr := &trustee{enc: enc, sign: sign}
	tr.info = domain.TrusteeInfo{Name: name, EncryptionKey: [32]byte(enc.Public().Bytes()), SigningKey: [32]byte(pub)}
	return tr
}

type voter struct {
	priv ed25519.PrivateKey
	cred domain.Credential
}

func newVoter() voter {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	return voter{priv: priv, cred: domain.Credential(pub)}
}

func (v voter) ballot(t *testing.T, vote domain.VoteID, key election.PublicKey, choice int) *domain.BallotCast {
	b, err := election.Encrypt(rand.Reader, election.Context{VoteID: election.VoteID(vote), ElectionKey: key, Credential: v.cred, Options: 3}, choice)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := b.MarshalBinary()
	e := &domain.BallotCast{Vote: vote, Credential: v.cred, Ballot: raw}
	copy(e.Signature[:], election.SignBallot(v.priv, []byte(vote), raw))
	return e
}

func ruleOf(err error) string {
	var re *domain.RuleError
	if errors.As(err, &re) {
		return re.Rule.String()
	}
	return fmt.Sprintf("not a rule error: %v", err)
}

// TestStateElection runs a whole vote through the fold: ceremony, ballots,
// revotes, a revocation, refusals, close, partial decryptions, tally.
func TestStateElection(t *testing.T) {
	l := newLedger(t)
	l.must(domain.BillStream("b1"), &domain.BillIntroduced{Bill: "b1", Type: domain.BillProjet, Title: "Projet"})
	trs := []*trustee{newTrustee(t, "Alice"), newTrustee(t, "Bruno"), newTrustee(t, "Chloé")}
	created := &domain.ElectionCreated{Election: "e1", Threshold: 2}
	for _, tr := range trs {
		created.Trustees = append(created.Trustees, tr.info)
	}
	es := domain.ElectionStream("e1")
	l.must(es, created)
	c, _ := l.s.Elections["e1"].Ceremony()
	secrets := map[int]*election.DealerSecret{}
	for i, tr := range trs {
		d, sec, err := election.NewDealing(rand.Reader, c, i+1)
		if err != nil {
			t.Fatal(err)
		}
		secrets[i+1] = sec
		raw, _ := d.MarshalBinary()
		ev := &domain.TrusteeDealt{Election: "e1", Trustee: uint16(i + 1), Dealing: raw}
		if i == 0 {
			// Signed by another trustee's key: refused.
			domain.SignAsTrustee(trs[1].sign, ev)
			if err := l.try(es, ev); ruleOf(err) != "trustee-signature" {
				t.Fatalf("dealing with a bad signature: %v", err)
			}
		}
		domain.SignAsTrustee(tr.sign, ev)
		l.must(es, ev)
	}
	var dealings []*election.Dealing
	for i := 1; i <= 3; i++ {
		dealings = append(dealings, l.s.Elections["e1"].Dealings[i])
	}
	key, _ := election.ElectionKey(c, dealings)
	fixed := &domain.ElectionKeyFixed{Election: "e1", Key: [32]byte(key.Bytes())}
	for i := 1; i <= 3; i++ {
		vk, _ := election.VerificationKey(c, dealings, i)
		fixed.VerificationKeys = append(fixed.VerificationKeys, [32]byte(vk.Bytes()))
	}
	bad := *fixed
	bad.Key = fixed.VerificationKeys[0]
	if err := l.try(es, &bad); ruleOf(err) != "election-key" {
		t.Fatalf("wrong election key: %v", err)
	}
	l.must(es, fixed)

	vs := domain.VoteStream("v1")
	opened := &domain.VoteOpened{Vote: "v1", Bill: "b1", Stage: "final", Question: "Pour ou contre ?", Options: []string{"Pour", "Contre", "Abstention"},
		Election: "e1", Opens: l.now.Add(time.Hour), Closes: l.now.Add(2 * time.Hour), MinGroup: 3}
	l.must(vs, opened)

	districts := []domain.District{"75-01", "75-02", "13-01", "2A-01"}
	want := map[string][]uint64{}
	var voters []voter
	choices := map[domain.Credential]int{}
	for i := 0; i < 40; i++ {
		v := newVoter()
		voters = append(voters, v)
		l.must(domain.VoterStream(v.cred), &domain.VoterRegistered{Credential: v.cred, District: districts[i%4], Registrar: "demo"})
	}
	early := voters[0].ballot(t, "v1", key, 0)
	if err := l.try(vs, early); ruleOf(err) != "vote-window" {
		t.Fatalf("ballot before the opening: %v", err)
	}
	l.now = l.now.Add(90 * time.Minute)
	stranger := newVoter()
	if err := l.try(vs, stranger.ballot(t, "v1", key, 1)); ruleOf(err) != "eligibility" {
		t.Fatalf("ballot of an unregistered credential: %v", err)
	}
	replayed := voters[1].ballot(t, "v1", key, 1)
	replayed.Credential = voters[2].cred // another voter's name on it
	if err := l.try(vs, replayed); ruleOf(err) != "ballot-signature" {
		t.Fatalf("ballot re-signed under another credential: %v", err)
	}
	for i, v := range voters {
		choice := i % 3
		l.must(vs, v.ballot(t, "v1", key, (choice+1)%3)) // a first ballot…
		l.must(vs, v.ballot(t, "v1", key, choice))       // …replaced
		choices[v.cred] = choice
	}
	// Voter 5 is revoked: not counted.
	l.must(domain.VoterStream(voters[5].cred), &domain.CredentialRevoked{Credential: voters[5].cred, Reason: "device lost"})
	delete(choices, voters[5].cred)
	if err := l.try(vs, voters[5].ballot(t, "v1", key, 0)); ruleOf(err) != "eligibility" {
		t.Fatalf("ballot of a revoked credential: %v", err)
	}
	if err := l.try(vs, &domain.VoteClosed{Vote: "v1"}); ruleOf(err) != "vote-window" {
		t.Fatalf("close before the closing time: %v", err)
	}
	l.now = l.now.Add(time.Hour + domain.CloseGrace)
	if err := l.try(vs, voters[6].ballot(t, "v1", key, 0)); ruleOf(err) != "vote-window" {
		t.Fatalf("ballot after the closing time: %v", err)
	}
	l.must(vs, &domain.VoteClosed{Vote: "v1"})

	vote := l.s.Votes["v1"]
	for cred, choice := range choices {
		v, _ := l.s.Voter(cred)
		d := v.District
		g := string(d)
		if want[g] == nil {
			want[g] = make([]uint64, 3)
		}
		want[g][choice]++
	}
	// Trustees 1 and 3 decrypt.
	shares := map[int]*election.PrivateKey{}
	for _, i := range []int{1, 3} {
		sh, err := election.TrusteeShare(c, dealings, i, trs[i-1].enc, nil)
		if err != nil {
			t.Fatal(err)
		}
		shares[i] = sh
		p, err := election.PartiallyDecrypt(rand.Reader, domain.TallyID("v1", 0), i, sh, vote.Sums)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := p.MarshalBinary()
		ev := &domain.TallyShareSubmitted{Vote: "v1", Trustee: uint16(i), Partial: raw}
		domain.SignAsTrustee(trs[i-1].sign, ev)
		if i == 3 {
			// A share proved for another part of the tally: refused.
			wrong, _ := election.PartiallyDecrypt(rand.Reader, domain.TallyID("v1", 500), i, sh, vote.Sums)
			wraw, _ := wrong.MarshalBinary()
			wev := &domain.TallyShareSubmitted{Vote: "v1", Trustee: 3, Partial: wraw}
			domain.SignAsTrustee(trs[2].sign, wev)
			if err := l.try(vs, wev); ruleOf(err) != "decryption-proof" {
				t.Fatalf("share with a bad proof: %v", err)
			}
		}
		l.must(vs, ev)
	}
	groups, err := l.s.CombineTally(vote, []int{1, 3})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]uint64{}
	for _, g := range groups {
		got[g.Name] = g.Counts
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("tally %v, want %v", got, want)
	}
	forged := &domain.TallyPublished{Vote: "v1", Trustees: []uint16{1, 3}, Groups: append([]domain.TallyGroup{}, groups...)}
	forged.Groups[0].Counts = []uint64{groups[0].Counts[1], groups[0].Counts[0], groups[0].Counts[2]}
	if forged.Groups[0].Counts[0] != groups[0].Counts[0] {
		if err := l.try(vs, forged); ruleOf(err) != "tally-count" {
			t.Fatalf("forged tally: %v", err)
		}
	}
	l.must(vs, &domain.TallyPublished{Vote: "v1", Trustees: []uint16{1, 3}, Groups: groups})
}

func TestGroupDistricts(t *testing.T) {
	turnout := map[domain.District]uint64{
		"75-01": 12, "75-02": 3, "75-03": 4, "75-04": 5, // Paris small ones merge: 12 ≥ 10
		"13-01": 2, "2A-01": 1, // leftovers: rest of 3 < 10, absorbs the smallest group
		"69-01": 10,
	}
	gs := domain.GroupDistricts(turnout, 10)
	got := fmt.Sprint(gs)
	want := "[{75-01 [75-01] 12 []} {dep-75 [75-02 75-03 75-04] 12 []} {rest [13-01 2A-01 69-01] 13 []}]"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	var total uint64
	for _, g := range gs {
		if g.Voters < 10 {
			t.Errorf("group %s has %d voters", g.Name, g.Voters)
		}
		total += g.Voters
	}
	if total != 37 {
		t.Fatalf("groups hold %d voters, want 37", total)
	}
}

func TestTrackingWords(t *testing.T) {
	var h [32]byte
	copy(h[:], []byte{0, 1, 2, 253, 254, 255})
	if got, want := domain.TrackingWords(h), "abeille-abricot-acier-yaourt-zebre-zinc"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

// oneVote returns a ledger with an open vote v1 under a one-trustee
// ceremony, and the vote's key.
func oneVote(t *testing.T) (*ledger, election.PublicKey) {
	l := newLedger(t)
	l.must(domain.BillStream("b1"), &domain.BillIntroduced{Bill: "b1", Type: domain.BillProjet, Title: "Projet"})
	tr := newTrustee(t, "Alice")
	es := domain.ElectionStream("e1")
	l.must(es, &domain.ElectionCreated{Election: "e1", Threshold: 1, Trustees: []domain.TrusteeInfo{tr.info}})
	c, _ := l.s.Elections["e1"].Ceremony()
	d, _, _ := election.NewDealing(rand.Reader, c, 1)
	raw, _ := d.MarshalBinary()
	ev := &domain.TrusteeDealt{Election: "e1", Trustee: 1, Dealing: raw}
	domain.SignAsTrustee(tr.sign, ev)
	l.must(es, ev)
	key, vks, _ := l.s.Elections["e1"].DeriveKeys()
	l.must(es, &domain.ElectionKeyFixed{Election: "e1", Key: [32]byte(key.Bytes()), VerificationKeys: [][32]byte{[32]byte(vks[0].Bytes())}})
	l.must(domain.VoteStream("v1"), &domain.VoteOpened{Vote: "v1", Bill: "b1", Stage: "s", Question: "?", Options: []string{"Pour", "Contre", "Abstention"},
		Election: "e1", Opens: l.now, Closes: l.now.Add(time.Hour), MinGroup: 1})
	return l, key
}

// TestBallotReplay: a voter's earlier ballot, replayed after they voted
// again, is refused — else it would replace the ballot that counts.
func TestBallotReplay(t *testing.T) {
	l, key := oneVote(t)
	v := newVoter()
	l.must(domain.VoterStream(v.cred), &domain.VoterRegistered{Credential: v.cred, District: "75-01", Registrar: "demo"})
	first := v.ballot(t, "v1", key, 0)
	l.must(domain.VoteStream("v1"), first)
	l.must(domain.VoteStream("v1"), v.ballot(t, "v1", key, 1))
	if err := l.try(domain.VoteStream("v1"), first); ruleOf(err) != "ballot-replay" {
		t.Fatalf("replayed ballot: %v", err)
	}
}

// TestBallotBatch: ballots appended together are each checked against the
// ones before them in the batch: the second copy of a ballot is refused
// (ballot-replay) though neither is in the log yet; distinct ballots of
// one voter all pass; the batch's expected revision is the stream's.
func TestBallotBatch(t *testing.T) {
	l, key := oneVote(t)
	v := newVoter()
	l.must(domain.VoterStream(v.cred), &domain.VoterRegistered{Credential: v.cred, District: "75-01", Registrar: "demo"})
	a, b := v.ballot(t, "v1", key, 0), v.ballot(t, "v1", key, 1)
	batch := l.s.NewBallotBatch(l.now.UnixMicro())
	if err := batch.Add(a); err != nil {
		t.Fatal(err)
	}
	if err := batch.Add(a); ruleOf(err) != "ballot-replay" {
		t.Fatalf("a second copy in the batch: %v", err)
	}
	if err := batch.Add(b); err != nil {
		t.Fatalf("another ballot of the voter in the batch: %v", err)
	}
	if rev, ok := batch.Revision(domain.VoteStream("v1")); !ok || rev != 0 {
		t.Fatalf("batch revision %d %v, want 0 (the vote's stream holds VoteOpened)", rev, ok)
	}
	// Each check alone passes: only the batch sees the copy.
	if err := l.s.Check(domain.VoteStream("v1"), a, l.now.UnixMicro()); err != nil {
		t.Fatal(err)
	}
	// The ballot refused in the batch does not count as added.
	l.must(domain.VoteStream("v1"), a)
	l.must(domain.VoteStream("v1"), b)
	if err := l.s.NewBallotBatch(l.now.UnixMicro()).Add(a); ruleOf(err) != "ballot-replay" {
		t.Fatalf("a ballot already in the log, in a batch: %v", err)
	}
}

// TestEmptyTally: a vote with no counted ballot is tallied with an empty
// tally, naming no trustee and no group; any other is refused.
func TestEmptyTally(t *testing.T) {
	l, _ := oneVote(t)
	vs := domain.VoteStream("v1")
	l.now = l.now.Add(time.Hour)
	l.must(vs, &domain.VoteClosed{Vote: "v1"})
	if err := l.try(vs, &domain.TallyPublished{Vote: "v1", Trustees: []uint16{1}}); err == nil || !strings.Contains(err.Error(), "trustees if and only if") {
		t.Fatalf("an empty vote's tally naming a trustee: %v", err)
	}
	if err := l.try(vs, &domain.TallyPublished{Vote: "v1", Trustees: []uint16{1}, Groups: []domain.TallyGroup{{Name: "rest", Districts: []domain.District{"75-01"}, Counts: []uint64{0, 0, 0}}}}); ruleOf(err) != "tally-count" {
		t.Fatalf("an empty vote's tally with a group: %v", err)
	}
	l.must(vs, &domain.TallyPublished{Vote: "v1"})
}

// TestTimeOrder: an event's time may be earlier than the latest before it
// by up to ClockSkew (replicas stamp before EventStoreDB orders), never
// more; and the latest time is a maximum, not the last event's.
func TestTimeOrder(t *testing.T) {
	l := newLedger(t)
	bill := func(i int) (domain.StreamID, domain.Event) {
		id := domain.BillID(fmt.Sprintf("pjl-%d", i))
		return domain.BillStream(id), &domain.BillIntroduced{Bill: id, Type: domain.BillProjet, Title: "Titre"}
	}
	l.must(bill(0))
	l.now = l.now.Add(-domain.ClockSkew) // back by exactly the skew: allowed
	l.must(bill(1))
	l.now = l.now.Add(domain.ClockSkew - time.Second)
	l.must(bill(2))
	// Still measured from the first event's time, the latest.
	l.now = l.now.Add(-domain.ClockSkew)
	if err := l.try(bill(3)); ruleOf(err) != "time-order" {
		t.Fatalf("an event %v before the latest: %v", domain.ClockSkew+time.Second, err)
	}
}

// TestWeakCredentialRefused: a credential of small order (here the
// identity) would verify signatures anyone makes: it is not registered.
func TestWeakCredentialRefused(t *testing.T) {
	l := newLedger(t)
	var c domain.Credential
	c[0] = 1 // the identity point
	err := l.try(domain.VoterStream(c), &domain.VoterRegistered{Credential: c, District: "75-01", Registrar: "demo"})
	if ruleOf(err) != "credential" {
		t.Fatalf("the identity as a credential: %v", err)
	}
}

// TestCeremonyKeysChecked: a ceremony whose trustee keys do not decode is
// refused when it opens (rule ceremony), not at its first dealing.
func TestCeremonyKeysChecked(t *testing.T) {
	good := newTrustee(t, "Alice").info
	badEnc, badSig := good, good
	badEnc.EncryptionKey[31] = 0xff // not a canonical ristretto255 encoding
	badSig.SigningKey = [32]byte{2} // y = 2: (y²−1)/(dy²+1) is not a square, no point
	for name, info := range map[string]domain.TrusteeInfo{"encryption key": badEnc, "signing key": badSig} {
		l := newLedger(t)
		err := l.try(domain.ElectionStream("e1"), &domain.ElectionCreated{Election: "e1", Threshold: 1, Trustees: []domain.TrusteeInfo{good, info}})
		if ruleOf(err) != "ceremony" {
			t.Errorf("%s that does not decode: %v, want rule ceremony", name, err)
		}
	}
	l := newLedger(t)
	l.must(domain.ElectionStream("e1"), &domain.ElectionCreated{Election: "e1", Threshold: 1, Trustees: []domain.TrusteeInfo{good}})
}
