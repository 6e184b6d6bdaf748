package embedded

import (
	"context"
	"fmt"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	bolt "go.etcd.io/bbolt"
	"golang.org/x/mod/sumdb/tlog"
)

// Log is the Merkle-log view of a DB: leaf i is the entry at position i.
type Log DB

var (
	_ merklelog.Log        = (*Log)(nil)
	_ merklelog.HashReader = (*Log)(nil)
)

func (l *Log) db() *DB { return (*DB)(l) }

// Append implements merklelog.Log. In a file opened as an event store it
// returns merklelog.ErrReadOnly: there, each leaf is written with its event.
func (l *Log) Append(ctx context.Context, start uint64, leaves [][]byte) error {
	if leaves == nil {
		leaves = [][]byte{}
	}
	r := newRequest()
	defer r.free()
	r.start, r.leaves = start, leaves
	return l.db().submit(ctx, r)
}

// Size implements merklelog.Log.
func (l *Log) Size(ctx context.Context) (uint64, error) {
	n, _ := l.db().Head()
	return n, nil
}

// Tree returns the committed tree: its size and root hash.
func (l *Log) Tree() tlog.Tree {
	db := l.db()
	db.mu.Lock()
	defer db.mu.Unlock()
	return tlog.Tree{N: int64(db.size), Hash: db.root}
}

func (l *Log) beyond(size uint64) error {
	if n, _ := l.db().Head(); size > n {
		return fmt.Errorf("size %d, log has %d: %w", size, n, merklelog.ErrBeyondTree)
	}
	return nil
}

// view runs fn on the committed tree's hashes.
func (l *Log) view(fn func(hr tlog.HashReader) error) error {
	return fn(reader(l.db().tree.snapshot(), nil))
}

// TreeHash implements merklelog.Log.
func (l *Log) TreeHash(ctx context.Context, size uint64) (tlog.Hash, error) {
	if t := l.Tree(); uint64(t.N) == size {
		return t.Hash, nil
	}
	if err := l.beyond(size); err != nil {
		return tlog.Hash{}, err
	}
	var h tlog.Hash
	err := l.view(func(hr tlog.HashReader) (err error) {
		h, err = tlog.TreeHash(int64(size), hr)
		return err
	})
	return h, err
}

// InclusionProof implements merklelog.Log.
func (l *Log) InclusionProof(ctx context.Context, index, size uint64) (tlog.RecordProof, error) {
	if err := l.beyond(size); err != nil {
		return nil, err
	}
	if index >= size {
		return nil, fmt.Errorf("leaf %d in a tree of %d: %w", index, size, merklelog.ErrBeyondTree)
	}
	var p tlog.RecordProof
	err := l.view(func(hr tlog.HashReader) (err error) {
		p, err = tlog.ProveRecord(int64(size), int64(index), hr)
		return err
	})
	return p, err
}

// ConsistencyProof implements merklelog.Log.
func (l *Log) ConsistencyProof(ctx context.Context, oldSize, newSize uint64) (tlog.TreeProof, error) {
	if err := l.beyond(newSize); err != nil {
		return nil, err
	}
	if oldSize > newSize {
		return nil, fmt.Errorf("old size %d above new size %d: %w", oldSize, newSize, merklelog.ErrBeyondTree)
	}
	if oldSize == 0 {
		return tlog.TreeProof{}, nil
	}
	var p tlog.TreeProof
	err := l.view(func(hr tlog.HashReader) (err error) {
		p, err = tlog.ProveTree(int64(newSize), int64(oldSize), hr)
		return err
	})
	return p, err
}

// Entries implements merklelog.Log.
func (l *Log) Entries(ctx context.Context, start, end uint64) ([][]byte, error) {
	if err := l.beyond(end); err != nil {
		return nil, err
	}
	if start > end {
		return nil, fmt.Errorf("range [%d, %d): %w", start, end, merklelog.ErrBeyondTree)
	}
	out := make([][]byte, 0, end-start)
	err := l.db().bolt.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketEntries).Cursor()
		for k, v := c.Seek(putU64(start)); k != nil && getU64(k) < end; k, v = c.Next() {
			out = append(out, clone(v))
		}
		return nil
	})
	return out, err
}

// LeafIndex implements merklelog.Log.
func (l *Log) LeafIndex(ctx context.Context, h tlog.Hash) (uint64, error) {
	i, ok, err := l.leaves.lookup(h, func(pos uint64) (tlog.Hash, error) {
		hs, err := l.ReadHashes(ctx, []int64{tlog.StoredHashIndex(0, int64(pos))})
		if err != nil {
			return tlog.Hash{}, err
		}
		return hs[0], nil
	})
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fmt.Errorf("leaf %x: %w", h[:], merklelog.ErrNotFound)
	}
	return i, nil
}

// ReadHashes implements merklelog.HashReader.
func (l *Log) ReadHashes(ctx context.Context, indexes []int64) ([]tlog.Hash, error) {
	var hs []tlog.Hash
	err := l.view(func(hr tlog.HashReader) (err error) {
		hs, err = hr.ReadHashes(indexes)
		return err
	})
	return hs, err
}
