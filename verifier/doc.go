// Package verifier implements the audit of a Scrutin ledger: it re-checks,
// from the public data alone, that the log is an append-only Merkle log
// signed by its key, that every event in it is canonical and obeys the rules
// of [domain.State] at its position, that every ballot is signed and proved,
// that each credential counts once, and that every encrypted sum, partial
// decryption and published tally follows from the ballots.
//
// The data is read through a [Source]: a running server's public HTTP API
// ([NewHTTPSource]) or a directory of downloaded data ([NewDirSource],
// written by [Archive]), so an audit can be archived and re-run offline.
// Checkpoints seen before are kept in a [Store], so a log that rewrites its
// history is caught on the next run.
//
// An audit ends in one of three outcomes, kept apart so that one never
// masks the other: every check passed; the log misbehaved (a
// [*MisbehaviorError], with the check, the entry and the reason); or the
// audit could not check (a [*UnavailableError]: network, missing data).
//
// The verifier imports domain, domain/election, golang.org/x/mod and the
// standard library only: never the server (see deps_test.go). The checks
// are described in docs/AUDIT.md.
package verifier
