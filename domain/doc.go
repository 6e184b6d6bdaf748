// Package domain holds Scrutin's words, rules and wire format: the events of
// the ledger and their one canonical byte encoding, bills, votes and the
// checkpoints of the Merkle log. It does no I/O.
//
// The encoding is specified in docs/EVENTS.md; test vectors are in
// testdata/vectors, produced by testdata/gen.go.
package domain
