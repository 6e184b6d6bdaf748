// Package election implements Scrutin's secret, verifiable ballots: exponential
// ElGamal on ristretto255 ([RFC 9496]) under a threshold election key, with
// zero-knowledge proofs that a ballot is well formed, batch verification of
// those proofs, a dealerless t-of-n key ceremony and a verifiable tally.
//
// The protocol, byte layouts and every check are specified in
// docs/PROTOCOL.md; this package is its reference implementation, and the
// vectors in testdata/vectors are its test suite.
//
// The package is pure: it does no I/O, keeps no state, and reads randomness
// only from the io.Reader its callers pass in.
//
// [RFC 9496]: https://www.rfc-editor.org/rfc/rfc9496
package election
