package domain_test

import (
	"crypto/ed25519"
	"encoding/binary"
	"runtime"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// memVoters is how many credentials TestVoterMemory registers.
const memVoters = 200_000

// maxBytesPerVoter bounds the live heap a registered credential costs the
// fold (docs/AUDIT.md "Memory"): its record, its stream's revision, the
// map's slack. A credential is one 40-byte slot of a map whose tables are
// 7/16 to 7/8 full: 47 to 93 bytes (64 measured here, 101 on 500,000).
// The bound leaves room for the map's growth, not for an allocation a
// voter (the record by pointer with its own strings cost 249).
const maxBytesPerVoter = 150

// TestVoterMemory registers memVoters credentials, spread over every
// district and two registrars, and bounds the live heap the State holds
// for them, measured with runtime.MemStats after a collection.
func TestVoterMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("200,000 registrations (~8 s of CPU, far more under -race): run in full by .ci/run's integration step")
	}
	ds := domain.Districts()
	registrars := []string{"demo", "oidc"}
	// The entries as a log holds them: the fold gets each event parsed
	// from its bytes, with strings of its own, as the auditor and the
	// server do.
	entries := make([][]byte, memVoters)
	when := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	var seed [ed25519.SeedSize]byte
	var check []*domain.VoterRegistered // the first and the last
	for i := range entries {
		binary.BigEndian.PutUint64(seed[:], uint64(i))
		c := domain.Credential(ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey))
		e := &domain.VoterRegistered{Credential: c, District: ds[i%len(ds)].Code, Registrar: registrars[i%len(registrars)]}
		b, err := domain.MarshalEntry(domain.Envelope{Stream: domain.VoterStream(c), Time: when, Event: e})
		if err != nil {
			t.Fatal(err)
		}
		entries[i] = b
		if i == 0 || i == len(entries)-1 {
			check = append(check, e)
		}
	}
	before := liveHeap()
	s := domain.NewState()
	for i, b := range entries {
		env, err := domain.ParseEntry(b)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.ApplyEntry(uint64(i), env, b); err != nil {
			t.Fatal(err)
		}
	}
	after := liveHeap()
	runtime.KeepAlive(entries)
	per := float64(int64(after)-int64(before)) / memVoters
	t.Logf("%d voters: %.1f bytes a voter live (heap %d → %d)", memVoters, per, before, after)
	if per > maxBytesPerVoter {
		t.Errorf("a registered voter costs %.1f bytes of live heap, want ≤ %d", per, maxBytesPerVoter)
	}
	// The state still answers for the credentials measured.
	for _, e := range check {
		v, ok := s.Voter(e.Credential)
		if !ok || v.District != e.District || v.Registrar != e.Registrar || v.Revoked {
			t.Errorf("voter %s: got %+v, %v; want district %s, registrar %s", e.Credential, v, ok, e.District, e.Registrar)
		}
		if rev, ok := s.Revision(domain.VoterStream(e.Credential)); !ok || rev != 0 {
			t.Errorf("stream of %s at revision %d, %v; want 0, true", e.Credential, rev, ok)
		}
	}
	if n := s.VoterCount(); n != memVoters {
		t.Errorf("VoterCount() = %d, want %d", n, memVoters)
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

// TestVoterRecord follows a credential's record and its stream's revision,
// kept together in the state, through registration and revocation.
func TestVoterRecord(t *testing.T) {
	l := newLedger(t)
	v, other := newVoter(), newVoter()
	stream := domain.VoterStream(v.cred)
	if _, ok := l.s.Voter(v.cred); ok {
		t.Fatal("an unregistered credential has a record")
	}
	if _, ok := l.s.Revision(stream); ok {
		t.Fatal("an unregistered credential's stream has a revision")
	}
	l.must(stream, &domain.VoterRegistered{Credential: v.cred, District: "75-01", Registrar: "demo"})
	l.must(domain.VoterStream(other.cred), &domain.VoterRegistered{Credential: other.cred, District: "13-04", Registrar: "oidc"})
	if got, ok := l.s.Voter(v.cred); !ok || got != (domain.VoterState{District: "75-01", Registrar: "demo"}) {
		t.Fatalf("got %+v, %v; want 75-01, demo, not revoked", got, ok)
	}
	if rev, ok := l.s.Revision(stream); !ok || rev != 0 {
		t.Fatalf("after registration: revision %d, %v; want 0, true", rev, ok)
	}
	// A second registration, at the revision the stream has, breaks
	// one-registration; at revision 0 it breaks stream-revision.
	again := &domain.VoterRegistered{Credential: v.cred, District: "75-02", Registrar: "demo"}
	if err := l.s.Check(stream, again, l.now.UnixMicro()); ruleOf(err) != "one-registration" {
		t.Fatalf("second registration: %v", err)
	}
	if err := l.s.Apply(l.count, domain.Envelope{Stream: stream, Revision: 0, Time: l.now, Event: again}); ruleOf(err) != "stream-revision" {
		t.Fatalf("second registration at revision 0: %v", err)
	}
	at := l.count
	l.must(stream, &domain.CredentialRevoked{Credential: v.cred, Reason: "device lost"})
	if got, ok := l.s.Voter(v.cred); !ok || got != (domain.VoterState{District: "75-01", Registrar: "demo", Revoked: true, RevokedAt: at}) {
		t.Fatalf("after revocation: got %+v, %v; want revoked at %d", got, ok, at)
	}
	if rev, ok := l.s.Revision(stream); !ok || rev != 1 {
		t.Fatalf("after revocation: revision %d, %v; want 1, true", rev, ok)
	}
	if err := l.try(stream, &domain.CredentialRevoked{Credential: v.cred, Reason: "again"}); ruleOf(err) != "revocation" {
		t.Fatalf("second revocation: %v", err)
	}
	if got, _ := l.s.Voter(other.cred); got != (domain.VoterState{District: "13-04", Registrar: "oidc"}) {
		t.Fatalf("the other credential: got %+v", got)
	}
	if n := l.s.VoterCount(); n != 2 {
		t.Fatalf("VoterCount() = %d, want 2", n)
	}
}
