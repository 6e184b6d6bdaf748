package client

import (
	"context"
	"fmt"

	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Log fetches every entry of the log up to its latest checkpoint, and
// checks them against it: the checkpoint is signed by logKey, and the tree
// recomputed from the entries has its root.
func (c *Client) Log(ctx context.Context, logKey note.Verifier) ([][]byte, domain.Checkpoint, error) {
	var signed []byte
	if err := c.Get(ctx, "/log/checkpoint", &signed); err != nil {
		return nil, domain.Checkpoint{}, err
	}
	cp, _, err := domain.OpenCheckpoint(signed, logKey)
	if err != nil {
		return nil, cp, err
	}
	entries := make([][]byte, 0, cp.Size)
	var hashes []tlog.Hash
	hr := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = hashes[x]
		}
		return out, nil
	})
	for start := int64(0); start < cp.Size; {
		end := min(start+1000, cp.Size)
		var page []struct {
			Raw []byte `json:"raw"`
		}
		if err := c.Get(ctx, fmt.Sprintf("/api/v1/log/entries?start=%d&end=%d", start, end), &page); err != nil {
			return nil, cp, err
		}
		if len(page) == 0 {
			return nil, cp, fmt.Errorf("the server sent no entry at %d", start)
		}
		for _, e := range page {
			hs, err := tlog.StoredHashes(int64(len(entries)), e.Raw, hr)
			if err != nil {
				return nil, cp, err
			}
			hashes = append(hashes, hs...)
			entries = append(entries, e.Raw)
		}
		start += int64(len(page))
	}
	root, err := tlog.TreeHash(cp.Size, hr)
	if err != nil {
		return nil, cp, err
	}
	if root != cp.Hash {
		return nil, cp, fmt.Errorf("the entries served do not hash to the signed checkpoint's root")
	}
	return entries, cp, nil
}
