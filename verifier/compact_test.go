package verifier

import (
	"bytes"
	"crypto/ed25519"
	"reflect"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// TestCompactKeepsAllButBallots: compactClosed changes nothing of a
// closed vote but its ballots, of which it keeps the receipt's only; an
// open vote it leaves alone.
func TestCompactKeepsAllButBallots(t *testing.T) {
	key := func(b byte) domain.Credential {
		return domain.Credential(ed25519.NewKeyFromSeed(bytes.Repeat([]byte{b}, ed25519.SeedSize)).Public().(ed25519.PublicKey))
	}
	c1, c2 := key(1), key(2)
	receipt := &domain.BallotCast{Vote: "v", Credential: c2}
	vote := func(closed bool) *domain.VoteState {
		return &domain.VoteState{Opened: &domain.VoteOpened{Vote: "v"}, Closed: closed, ClosedAt: 9, Cast: 3,
			Ballots: map[domain.Credential]domain.CastBallot{c1: {Position: 4}, c2: {Position: 5}},
			Groups:  []domain.TallyGroup{{Name: "g"}}}
	}
	for _, closed := range []bool{true, false} {
		a := &audit{state: domain.NewState(), kept: []LogEvent{{Event: receipt}}}
		for i, c := range []domain.Credential{c1, c2} {
			reg := &domain.VoterRegistered{Credential: c, District: domain.Districts()[0].Code, Registrar: "demo"}
			if err := a.state.Apply(uint64(i), domain.Envelope{Stream: domain.VoterStream(c), Time: time.Unix(1_800_000_000, 0), Event: reg}); err != nil {
				t.Fatal(err)
			}
		}
		v := vote(closed)
		a.state.Votes["v"] = v
		a.compactClosed("v")
		want := vote(closed)
		if closed {
			want.Ballots = map[domain.Credential]domain.CastBallot{c2: {Position: 5}}
		}
		if !reflect.DeepEqual(v, want) {
			t.Errorf("closed %v: compacted to %+v, want %+v", closed, v, want)
		}
	}
}
