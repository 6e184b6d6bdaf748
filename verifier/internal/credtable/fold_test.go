package credtable_test

import (
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier/internal/credtable"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

// TestFoldSameOnDisk folds one log through two states, one keeping its
// credentials in memory (the server's), one in a table on disk whose
// cache holds 4 pages (so that nearly every read goes to the file, and the
// table grows several times): a vote opened, then random registrations
// (some of a credential already registered), revocations (of credentials
// registered, revoked or never registered), ballots (of all of these)
// and lookups, then the close. Every event must get the same answer from
// both, every lookup the same record, and the close the same groups and
// sums.
func TestFoldSameOnDisk(t *testing.T) {
	l, err := ledgertest.Build(ledgertest.Options{Voters: 60, Open: true, Seed: "same on disk"})
	if err != nil {
		t.Fatal(err)
	}
	tab, err := credtable.Open(credtable.Options{Dir: t.TempDir(), Cache: 4 * 4096, Pending: 100})
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	mem, disk := domain.NewState(), domain.NewStateWithCredentials(tab)
	states := []*domain.State{mem, disk}
	for _, s := range states {
		s.DeferBallots = true
	}
	var pos uint64
	apply := func(env domain.Envelope) error {
		env.Revision, _ = mem.Revision(env.Stream)
		if _, ok := mem.Revision(env.Stream); ok {
			env.Revision++
		}
		b, err := domain.MarshalEntry(env)
		if err != nil {
			t.Fatal(err)
		}
		var errs [2]error
		for i, s := range states {
			env, err := domain.ParseEntry(b)
			if err != nil {
				t.Fatal(err)
			}
			errs[i] = s.ApplyEntry(pos, env, b)
			s.PendingBallots()
		}
		if fmt.Sprint(errs[0]) != fmt.Sprint(errs[1]) {
			t.Fatalf("entry %d (%s): in memory %v, on disk %v", pos, env.Event.Kind().Name, errs[0], errs[1])
		}
		if errs[0] == nil {
			pos++
		}
		return errs[0]
	}
	for _, e := range l.Entries {
		env, err := domain.ParseEntry(e)
		if err != nil {
			t.Fatal(err)
		}
		if err := apply(env); err != nil {
			t.Fatalf("the built ledger: %v", err)
		}
	}
	rng := rand.New(rand.NewChaCha8([32]byte{2}))
	var pool []ledgertest.Voter // registered or not
	pool = append(pool, l.Voters...)
	pool = append(pool, l.Stranger)
	newVoter := func(i int) ledgertest.Voter {
		var seed [ed25519.SeedSize]byte
		binary.BigEndian.PutUint64(seed[:], uint64(i))
		priv := ed25519.NewKeyFromSeed(seed[:])
		return ledgertest.Voter{Priv: priv, Cred: domain.Credential(priv.Public().(ed25519.PublicKey))}
	}
	ds := domain.Districts()
	registrars := []string{"demo", "oidc", "fc"}
	when := time.Date(2026, 11, 25, 9, 40, 0, 0, time.UTC) // the vote is open (ledgertest: 9:00 to 10:00)
	same := func(step int, c domain.Credential) {
		v0, ok0 := mem.Voter(c)
		v1, ok1 := disk.Voter(c)
		r0, rok0 := mem.Revision(domain.VoterStream(c))
		r1, rok1 := disk.Revision(domain.VoterStream(c))
		if v0 != v1 || ok0 != ok1 || r0 != r1 || rok0 != rok1 {
			t.Fatalf("step %d, %s: in memory %+v %v, revision %d %v; on disk %+v %v, revision %d %v", step, c, v0, ok0, r0, rok0, v1, ok1, r1, rok1)
		}
	}
	counts := map[string]int{}
	for step := range 6000 {
		var env domain.Envelope
		env.Time = when
		switch r := rng.IntN(100); {
		case r < 50:
			v := newVoter(step)
			if rng.IntN(10) == 0 {
				v = pool[rng.IntN(len(pool))] // registered again, or for the first time
			} else {
				pool = append(pool, v)
			}
			env.Stream, env.Event = domain.VoterStream(v.Cred), &domain.VoterRegistered{Credential: v.Cred,
				District: ds[rng.IntN(len(ds))].Code, Registrar: registrars[rng.IntN(len(registrars))]}
		case r < 60:
			v := pool[rng.IntN(len(pool))]
			env.Stream, env.Event = domain.VoterStream(v.Cred), &domain.CredentialRevoked{Credential: v.Cred, Reason: "test"}
		case r < 65:
			b, err := l.NewBallot(pool[rng.IntN(len(pool))], rng.IntN(3), fmt.Sprint("ballot ", step))
			if err != nil {
				t.Fatal(err)
			}
			env.Stream, env.Event = domain.VoteStream(l.Vote), b
		default:
			same(step, pool[rng.IntN(len(pool))].Cred)
			same(step, newVoter(-step).Cred)
			continue
		}
		err := apply(env)
		counts[fmt.Sprintf("%s %v", env.Event.Kind().Name, err == nil)]++
	}
	t.Logf("events (kind, accepted): %v; the table on disk: %d credentials, %d KiB", counts, disk.VoterCount(), tab.FileSize()>>10)
	for _, k := range []string{"VoterRegistered true", "VoterRegistered false", "CredentialRevoked true", "CredentialRevoked false", "BallotCast true", "BallotCast false"} {
		if counts[k] == 0 {
			t.Errorf("no %s: the test does not exercise it", k)
		}
	}
	if err := apply(domain.Envelope{Stream: domain.VoteStream(l.Vote), Time: when.Add(21 * time.Minute), Event: &domain.VoteClosed{Vote: l.Vote}}); err != nil {
		t.Fatal(err)
	}
	for _, v := range pool {
		same(-1, v.Cred)
	}
	v0, v1 := mem.Votes[l.Vote], disk.Votes[l.Vote]
	if fmt.Sprint(v0.Groups) != fmt.Sprint(v1.Groups) || len(v0.Sums) != len(v1.Sums) || len(v0.Groups) == 0 {
		t.Fatalf("groups: in memory %v, on disk %v", v0.Groups, v1.Groups)
	}
	for i := range v0.Sums {
		b0, _ := v0.Sums[i].MarshalBinary()
		b1, _ := v1.Sums[i].MarshalBinary()
		if string(b0) != string(b1) {
			t.Fatalf("sum %d differs", i)
		}
	}
	if fmt.Sprint(mem.Turnout(v0)) != fmt.Sprint(disk.Turnout(v1)) || len(mem.Counted(v0)) != len(disk.Counted(v1)) {
		t.Fatalf("turnout: in memory %v, on disk %v", mem.Turnout(v0), disk.Turnout(v1))
	}
	if mem.VoterCount() != disk.VoterCount() || mem.Root() != disk.Root() || disk.Err() != nil {
		t.Fatalf("voters %d, %d; roots %x, %x; disk error %v", mem.VoterCount(), disk.VoterCount(), mem.Root(), disk.Root(), disk.Err())
	}
}

// TestFoldTableFailure makes the table on disk fail under the state: the
// fold returns a *domain.CredentialTableError, never a rule broken (a
// ballot of a registered credential refused as not registered).
func TestFoldTableFailure(t *testing.T) {
	l, err := ledgertest.Build(ledgertest.Options{Voters: 300, Open: true, Seed: "failure"})
	if err != nil {
		t.Fatal(err)
	}
	tab, err := credtable.Open(credtable.Options{Dir: t.TempDir(), Cache: 4 * 4096, Pending: 100})
	if err != nil {
		t.Fatal(err)
	}
	s := domain.NewStateWithCredentials(tab)
	s.DeferBallots = true
	for i, e := range l.Entries {
		env, _ := domain.ParseEntry(e)
		if err := s.ApplyEntry(uint64(i), env, e); err != nil {
			t.Fatal(err)
		}
	}
	tab.Close() // removes the file: every read fails
	b, err := l.NewBallot(l.Voters[7], 1, "after the failure")
	if err != nil {
		t.Fatal(err)
	}
	rev, _ := s.Revision(domain.VoteStream(l.Vote))
	err = s.Apply(uint64(len(l.Entries)), domain.Envelope{Stream: domain.VoteStream(l.Vote), Revision: rev + 1, Time: time.Date(2026, 11, 25, 9, 40, 0, 0, time.UTC), Event: b})
	var te *domain.CredentialTableError
	if !errors.As(err, &te) || s.Err() == nil {
		t.Fatalf("Apply after the table failed: %v (Err %v); want a *domain.CredentialTableError", err, s.Err())
	}
	if err := s.Check(domain.VoterStream(l.Voters[8].Cred), &domain.CredentialRevoked{Credential: l.Voters[8].Cred}, 0); !errors.As(err, &te) {
		t.Fatalf("Check after the table failed: %v", err)
	}
}

// TestDiskVoterMemory folds diskVoters registrations into a state whose
// credentials are on disk and bounds the live heap it holds: the page
// cache, the credentials waiting for their merge into the file and the
// (district, registrar) pairs, not a byte a credential
// (domain's TestVoterMemory measures the memory table: 64 bytes a
// credential, 32 MB at this count).
func TestDiskVoterMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("500,000 registrations (~40 s of CPU)")
	}
	const diskVoters = 500_000
	const maxLive = 16 << 20
	// The default cache (4 MiB), fewer credentials waiting in memory for
	// their merge into the file than the default (~13 MB at most): the
	// measure is of what does not grow with the credentials.
	tab, err := credtable.Open(credtable.Options{Dir: t.TempDir(), Pending: 16384})
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	ds := domain.Districts()
	registrars := []string{"demo", "oidc"}
	when := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	var seed [ed25519.SeedSize]byte
	before := liveHeap()
	s := domain.NewStateWithCredentials(tab)
	var check []*domain.VoterRegistered
	for i := range diskVoters {
		binary.BigEndian.PutUint64(seed[:], uint64(i))
		c := domain.Credential(ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey))
		e := &domain.VoterRegistered{Credential: c, District: ds[i%len(ds)].Code, Registrar: registrars[i%len(registrars)]}
		b, err := domain.MarshalEntry(domain.Envelope{Stream: domain.VoterStream(c), Time: when, Event: e})
		if err != nil {
			t.Fatal(err)
		}
		env, err := domain.ParseEntry(b)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.ApplyEntry(uint64(i), env, b); err != nil {
			t.Fatal(err)
		}
		if i%100_000 == 0 || i == diskVoters-1 {
			check = append(check, e)
		}
	}
	after := liveHeap()
	grew := int64(after) - int64(before)
	t.Logf("%d voters on disk: live heap %d → %d (%+.1f MiB, %.2f bytes a voter); file %d MiB", diskVoters, before, after, float64(grew)/(1<<20), float64(grew)/diskVoters, tab.FileSize()>>20)
	if grew > maxLive {
		t.Errorf("the state holds %.1f MiB of live heap for %d credentials on disk, want ≤ %d MiB", float64(grew)/(1<<20), diskVoters, maxLive>>20)
	}
	for _, e := range check {
		v, ok := s.Voter(e.Credential)
		if !ok || v.District != e.District || v.Registrar != e.Registrar || v.Revoked {
			t.Errorf("voter %s: got %+v, %v; want district %s, registrar %s", e.Credential, v, ok, e.District, e.Registrar)
		}
	}
	if n := s.VoterCount(); n != diskVoters || s.Err() != nil {
		t.Errorf("VoterCount() = %d, want %d (Err %v)", n, diskVoters, s.Err())
	}
	runtime.KeepAlive(s)
}

func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
