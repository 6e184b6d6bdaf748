package election_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"

	"github.com/scrutin/scrutin/domain/election"
)

// A voter's device encrypts and signs a ballot; an auditor checks it.
func Example() {
	// In production the election key comes from the key ceremony
	// (election.ElectionKey); a single key stands in for it here.
	key, _ := election.GenerateKey(rand.Reader)
	credPub, credPriv, _ := ed25519.GenerateKey(rand.Reader)

	ctx := election.Context{
		VoteID:      election.VoteID("vote/2026/pjl-1234/rev-3"),
		ElectionKey: key.Public(),
		Options:     3, // For, Against, Abstain
	}
	copy(ctx.Credential[:], credPub)

	ballot, err := election.Encrypt(rand.Reader, ctx, 0) // For
	if err != nil {
		panic(err)
	}
	enc, _ := ballot.MarshalBinary()
	sig := election.SignBallot(credPriv, ctx.VoteID, enc)

	// The auditor, from the BallotCast event's bytes.
	b, err := election.UnmarshalBallot(enc)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(enc), "bytes")
	fmt.Println(election.VerifyBallotSignature(credPub, ctx.VoteID, enc, sig))
	fmt.Println(b.Verify(ctx))
	// Output:
	// 802 bytes
	// <nil>
	// <nil>
}
