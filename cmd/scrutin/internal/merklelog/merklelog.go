// Package merklelog is the Merkle-log port: an append-only list of entries
// at dense indices 0, 1, 2, …, hashed as an RFC 6962 tree, that proves
// inclusion and consistency. Backends: the embedded bbolt file
// (cmd/scrutin/internal/embedded) and a Trillian PREORDERED_LOG tree. Every
// backend passes the conformance suite in the logtest package.
//
// Proofs are golang.org/x/mod/sumdb/tlog's, which is tested against real
// Certificate Transparency proofs: no proof code is written here.
package merklelog

import (
	"context"
	"errors"

	"golang.org/x/mod/sumdb/tlog"
)

// ErrBeyondTree is returned (wrapped) for a request past the tree's size:
// an index not yet in the log, or a proof to a size the log has not reached.
// Use errors.Is to test for it.
var ErrBeyondTree = errors.New("beyond the tree")

// ErrWrongIndex is returned (wrapped) by Append when start is not the log's
// size: leaves are dense, never skipped or written twice.
var ErrWrongIndex = errors.New("leaf index is not the log's size")

// ErrNotFound is returned (wrapped) by LeafIndex for a hash not in the log.
var ErrNotFound = errors.New("leaf not found")

// ErrUnavailable is returned (wrapped) when the log's server cannot be
// reached or does not answer: a temporary condition, retried later.
var ErrUnavailable = errors.New("the Merkle log is unavailable")

// ErrReadOnly is returned by Append on a log whose leaves are written by
// another path (the embedded store writes each event with its leaf).
var ErrReadOnly = errors.New("leaves of this log are appended with their events")

// Log is the Merkle-log port.
type Log interface {
	// Append adds leaves at indices start, start+1, …; start must equal
	// the current size (else ErrWrongIndex, nothing written). When it
	// returns nil the leaves are durable.
	Append(ctx context.Context, start uint64, leaves [][]byte) error

	// Size returns the number of leaves.
	Size(ctx context.Context) (uint64, error)

	// TreeHash returns the root hash of the tree of the first size leaves.
	TreeHash(ctx context.Context, size uint64) (tlog.Hash, error)

	// InclusionProof proves that leaf index is in the tree of size size.
	InclusionProof(ctx context.Context, index, size uint64) (tlog.RecordProof, error)

	// ConsistencyProof proves that the tree of size oldSize is a prefix of
	// the tree of size newSize.
	ConsistencyProof(ctx context.Context, oldSize, newSize uint64) (tlog.TreeProof, error)

	// Entries returns the leaves [start, end).
	Entries(ctx context.Context, start, end uint64) ([][]byte, error)

	// LeafIndex returns the index of the first leaf whose RFC 6962 leaf hash
	// is h.
	LeafIndex(ctx context.Context, h tlog.Hash) (uint64, error)
}

// HashReader is the optional ability to read stored hashes by their
// tlog.StoredHashIndex, which serves C2SP tlog-tiles directly.
type HashReader interface {
	ReadHashes(ctx context.Context, indexes []int64) ([]tlog.Hash, error)
}
