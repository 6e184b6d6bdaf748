// Package trillian implements the Merkle-log port (merklelog.Log) on a
// [Trillian] PREORDERED_LOG tree, the distributed mode's log.
//
// Leaf i is the canonical entry of event i, written with AddSequencedLeaves
// at index i; Trillian's log signer integrates the leaves into its tree. The
// tree is RFC 6962 with SHA-256, the same hashes as the embedded log, so the
// roots, proofs and Scrutin's own signed checkpoints cannot tell the two
// modes apart.
//
// # Trust
//
// Trillian is not trusted blindly. Every proof it returns is checked with
// [github.com/transparency-dev/merkle] against its latest log root before it
// is returned, and every leaf it holds is checked against that root before
// it is used.
//
// # The local hash cache
//
// Trillian serves proofs, not the stored hashes of the C2SP tlog-tiles API,
// nor roots of past tree sizes. So each Log keeps a local cache: an
// embedded log-only bbolt file (cmd/scrutin/internal/embedded) holding the
// same leaves. A leaf enters the cache only after the cache's root, with
// that leaf, has been shown to be a prefix of Trillian's latest root (equal
// roots, or a consistency proof verified from the cache's root to Trillian's).
// The cache therefore never holds a leaf Trillian does not, and it can be
// deleted at any time: it is rebuilt from Trillian on the next Open.
// TreeHash of past sizes, Entries, and ReadHashes (tiles) are served from it;
// Size, proofs and LeafIndex go to Trillian.
//
// [Trillian]: https://github.com/google/trillian
package trillian

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	tpb "github.com/google/trillian"
	"github.com/google/trillian/types"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
	"golang.org/x/mod/sumdb/tlog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
)

// Config configures a Log.
type Config struct {
	// Addr is the host:port of the Trillian log server's gRPC endpoint.
	// Required.
	Addr string
	// TreeID is the id of a PREORDERED_LOG tree on that server, created
	// with CreateTree (or Trillian's createtree --tree_type=PREORDERED_LOG).
	// Required.
	TreeID int64
	// CachePath is the file of the local hash cache. Optional: "" keeps the
	// cache in a temporary file removed by Close (it is then rebuilt from
	// Trillian at every Open). Never share one file between two Logs.
	CachePath string
	// Credentials secures the gRPC connection. Optional: plaintext, for a
	// log server on loopback or a private network.
	Credentials credentials.TransportCredentials
	// PollInterval is how often Append polls for the integration of its
	// leaves by the log signer. Optional: 10ms.
	PollInterval time.Duration
	// AddChunk and AddParallel shape Append's writes: requests of at most
	// AddChunk leaves, AddParallel of them at a time (Trillian's MySQL
	// storage writes leaf by leaf, so parallel requests go faster).
	// Optional: 100 and 16.
	AddChunk, AddParallel int
	// Logger receives the log's messages. Optional: slog.Default().
	Logger *slog.Logger
}

// ParseURL reads a log URL of the form
//
//	trillian://host:port?tree=ID[&cache=/path/to/cache.db]
//
// as used by `scrutin serve --log`.
func ParseURL(s string) (Config, error) {
	u, err := url.Parse(s)
	if err != nil {
		return Config{}, fmt.Errorf("couldn't parse log URL: %w", err)
	}
	if u.Scheme != "trillian" || u.Host == "" {
		return Config{}, fmt.Errorf("couldn't parse log URL %q: want trillian://host:port?tree=ID", s)
	}
	q := u.Query()
	id, err := strconv.ParseInt(q.Get("tree"), 10, 64)
	if err != nil || id == 0 {
		return Config{}, fmt.Errorf("couldn't parse log URL %q: tree=ID is missing or not a number", s)
	}
	return Config{Addr: u.Host, TreeID: id, CachePath: q.Get("cache")}, nil
}

// Log is a Trillian-backed merklelog.Log. It is safe for concurrent use;
// only one process should Append to a tree at a time (the sequencer's
// lease), though two writers of the same leaves at the same indices are
// harmless (see Append).
type Log struct {
	cfg    Config
	log    *slog.Logger
	conn   *grpc.ClientConn
	client tpb.TrillianLogClient

	cacheDB *embedded.DB
	cache   *embedded.Log
	tmpDir  string

	mu sync.Mutex // serialises writes to the cache

	rmu sync.Mutex
	cur types.LogRootV1 // the largest root the cache has been checked against
}

var (
	_ merklelog.Log        = (*Log)(nil)
	_ merklelog.HashReader = (*Log)(nil)
)

var hasher = rfc6962.DefaultHasher

// Open connects to the log server, opens the cache and brings it up to
// Trillian's current root, checking it. It fails if the server cannot be
// reached, the tree does not exist, or the cache is not a prefix of the tree
// (delete the cache file then: it is rebuilt).
func Open(ctx context.Context, cfg Config) (*Log, error) {
	if cfg.Addr == "" || cfg.TreeID == 0 {
		return nil, errors.New("couldn't open Trillian log: Addr and TreeID are required")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 10 * time.Millisecond
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.AddChunk <= 0 {
		cfg.AddChunk = 100
	}
	if cfg.AddParallel <= 0 {
		cfg.AddParallel = 16
	}
	if cfg.Credentials == nil {
		cfg.Credentials = insecure.NewCredentials()
	}
	l := &Log{cfg: cfg, log: cfg.Logger.With("tree", cfg.TreeID)}
	conn, err := grpc.NewClient(cfg.Addr,
		grpc.WithTransportCredentials(cfg.Credentials),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20)))
	if err != nil {
		return nil, fmt.Errorf("couldn't connect to Trillian at %s: %w", cfg.Addr, err)
	}
	l.conn = conn
	l.client = tpb.NewTrillianLogClient(conn)
	path := cfg.CachePath
	if path == "" {
		dir, err := os.MkdirTemp("", "scrutin-trillian-cache-")
		if err != nil {
			conn.Close()
			return nil, fmt.Errorf("couldn't create the hash cache: %w", err)
		}
		l.tmpDir = dir
		path = filepath.Join(dir, "cache.db")
	}
	db, err := embedded.Open(path, embedded.Options{LogOnly: true})
	if err != nil {
		l.Close()
		return nil, fmt.Errorf("couldn't open the hash cache: %w", err)
	}
	l.cacheDB, l.cache = db, db.Log()
	if _, err := l.root(ctx); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

// Close closes the connection and the cache.
func (l *Log) Close() error {
	var errs []error
	if l.cacheDB != nil {
		errs = append(errs, l.cacheDB.Close())
	}
	if l.conn != nil {
		errs = append(errs, l.conn.Close())
	}
	if l.tmpDir != "" {
		errs = append(errs, os.RemoveAll(l.tmpDir))
	}
	return errors.Join(errs...)
}

// latest returns Trillian's latest log root, unchecked.
func (l *Log) latest(ctx context.Context) (types.LogRootV1, error) {
	var r types.LogRootV1
	resp, err := l.client.GetLatestSignedLogRoot(ctx, &tpb.GetLatestSignedLogRootRequest{LogId: l.cfg.TreeID})
	if err != nil {
		if c := status.Code(err); c == codes.Unavailable || c == codes.DeadlineExceeded || c == codes.Internal || c == codes.Unknown {
			return r, fmt.Errorf("couldn't get Trillian's log root: %w: %w", merklelog.ErrUnavailable, err)
		}
		return r, fmt.Errorf("couldn't get Trillian's log root: %w", err)
	}
	if err := r.UnmarshalBinary(resp.GetSignedLogRoot().GetLogRoot()); err != nil {
		return r, fmt.Errorf("couldn't parse Trillian's log root: %w", err)
	}
	if len(r.RootHash) != sha256.Size {
		return r, fmt.Errorf("the Trillian log root has a %d-byte hash", len(r.RootHash))
	}
	return r, nil
}

// root returns Trillian's latest root after bringing the cache up to it.
func (l *Log) root(ctx context.Context) (types.LogRootV1, error) {
	r, err := l.latest(ctx)
	if err != nil {
		return r, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.syncLocked(ctx, r, 0, nil); err != nil {
		return r, err
	}
	l.checked(r)
	return r, nil
}

// checked records r as a root the cache has been checked against.
func (l *Log) checked(r types.LogRootV1) {
	l.rmu.Lock()
	defer l.rmu.Unlock()
	if r.TreeSize >= l.cur.TreeSize {
		l.cur = r
	}
}

// rootAtLeast returns a checked root of at least size leaves if one is
// known, without asking Trillian, else Trillian's latest root (which may
// be smaller: callers check). Reads of a tree that is already known need no
// round trip to the log server.
func (l *Log) rootAtLeast(ctx context.Context, size uint64) (types.LogRootV1, error) {
	l.rmu.Lock()
	r := l.cur
	l.rmu.Unlock()
	if r.RootHash != nil && r.TreeSize >= size {
		return r, nil
	}
	return l.root(ctx)
}

// errHint reports that leaves given to syncLocked are not those in the tree.
var errHint = errors.New("the tree holds other leaves")

// syncLocked brings the cache up to root r, checking each batch of leaves
// before it enters the cache. Leaves [hintStart, hintStart+len(hint)), when
// the cache reaches them, are taken from hint instead of read from Trillian;
// if they do not match the tree, the error wraps errHint and the cache holds
// Trillian's leaves instead.
func (l *Log) syncLocked(ctx context.Context, r types.LogRootV1, hintStart uint64, hint [][]byte) error {
	n, err := l.cache.Size(ctx)
	if err != nil {
		return err
	}
	if n >= r.TreeSize {
		// The cache is ahead of (or at) this root, which can happen with
		// several log server replicas: the root must be a prefix of it.
		h, err := l.cache.TreeHash(ctx, r.TreeSize)
		if err != nil {
			return err
		}
		if !bytes.Equal(h[:], r.RootHash) {
			return fmt.Errorf("%w: Trillian's root at size %d is %x, the verified cache has %x", errMisbehaved, r.TreeSize, r.RootHash, h[:])
		}
		return nil
	}
	const batch = 1024
	for n < r.TreeSize {
		end := min(n+batch, r.TreeSize)
		var leaves [][]byte
		fromHint := hintStart <= n && end <= hintStart+uint64(len(hint))
		if fromHint {
			leaves = hint[n-hintStart : end-hintStart]
		} else {
			if leaves, err = l.fetch(ctx, n, end); err != nil {
				return err
			}
		}
		err := l.checkPrefix(ctx, n, leaves, r)
		if err != nil && fromHint && errors.Is(err, errMisbehaved) {
			// Not our leaves: check and cache Trillian's own instead.
			if leaves, err = l.fetch(ctx, n, end); err != nil {
				return err
			}
			if err := l.checkPrefix(ctx, n, leaves, r); err != nil {
				return err
			}
			if err := l.cache.Append(ctx, n, leaves); err != nil {
				return fmt.Errorf("couldn't write the hash cache: %w", err)
			}
			return fmt.Errorf("%w at [%d, %d)", errHint, n, end)
		}
		if err != nil {
			return err
		}
		if err := l.cache.Append(ctx, n, leaves); err != nil {
			return fmt.Errorf("couldn't write the hash cache: %w", err)
		}
		n = end
	}
	return nil
}

// errMisbehaved marks Trillian answers that contradict its own root.
var errMisbehaved = errors.New("the Trillian answer does not match its log root")

// checkPrefix checks that the cache plus leaves at [start, start+len) is a
// prefix of the tree of root r.
func (l *Log) checkPrefix(ctx context.Context, start uint64, leaves [][]byte, r types.LogRootV1) error {
	over := newOverlay(l.cache)
	for i, leaf := range leaves {
		n := int64(start) + int64(i)
		hs, err := tlog.StoredHashesForRecordHash(n, tlog.RecordHash(leaf), over)
		if err != nil {
			return fmt.Errorf("couldn't hash leaf %d: %w", n, err)
		}
		base := tlog.StoredHashIndex(0, n)
		for j, h := range hs {
			over.m[base+int64(j)] = h
		}
	}
	end := start + uint64(len(leaves))
	h, err := tlog.TreeHash(int64(end), over)
	if err != nil {
		return fmt.Errorf("couldn't hash tree %d: %w", end, err)
	}
	if end == r.TreeSize {
		if !bytes.Equal(h[:], r.RootHash) {
			return fmt.Errorf("%w: leaves up to %d hash to %x, Trillian's root is %x", errMisbehaved, end, h[:], r.RootHash)
		}
		return nil
	}
	resp, err := l.client.GetConsistencyProof(ctx, &tpb.GetConsistencyProofRequest{
		LogId: l.cfg.TreeID, FirstTreeSize: int64(end), SecondTreeSize: int64(r.TreeSize),
	})
	if err != nil {
		return fmt.Errorf("couldn't get a consistency proof from Trillian: %w", err)
	}
	if err := proof.VerifyConsistency(hasher, end, r.TreeSize, resp.GetProof().GetHashes(), h[:], r.RootHash); err != nil {
		return fmt.Errorf("%w: leaves up to %d are not a prefix of the tree of %d: %v", errMisbehaved, end, r.TreeSize, err)
	}
	return nil
}

// fetch reads the integrated leaves [start, end) from Trillian.
func (l *Log) fetch(ctx context.Context, start, end uint64) ([][]byte, error) {
	out := make([][]byte, 0, end-start)
	for n := start; n < end; {
		resp, err := l.client.GetLeavesByRange(ctx, &tpb.GetLeavesByRangeRequest{
			LogId: l.cfg.TreeID, StartIndex: int64(n), Count: int64(end - n),
		})
		if err != nil {
			return nil, fmt.Errorf("couldn't read leaves from Trillian: %w", err)
		}
		if len(resp.Leaves) == 0 {
			return nil, fmt.Errorf("couldn't read leaves from Trillian: none at %d", n)
		}
		for _, leaf := range resp.Leaves {
			if uint64(leaf.LeafIndex) != n || n >= end {
				return nil, fmt.Errorf("%w: asked for leaf %d, got %d", errMisbehaved, n, leaf.LeafIndex)
			}
			out = append(out, leaf.LeafValue)
			n++
		}
	}
	return out, nil
}

// overlay is a tlog.HashReader of the cache plus hashes not yet written.
type overlay struct {
	cache *embedded.Log
	m     map[int64]tlog.Hash
}

func newOverlay(c *embedded.Log) *overlay { return &overlay{cache: c, m: map[int64]tlog.Hash{}} }

func (o *overlay) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	var miss []int64
	for i, x := range indexes {
		if h, ok := o.m[x]; ok {
			out[i] = h
		} else {
			miss = append(miss, x)
		}
	}
	if len(miss) == 0 {
		return out, nil
	}
	hs, err := o.cache.ReadHashes(context.Background(), miss)
	if err != nil {
		return nil, err
	}
	j := 0
	for i, x := range indexes {
		if _, ok := o.m[x]; !ok {
			out[i] = hs[j]
			j++
		}
	}
	return out, nil
}

// identity is the LeafIdentityHash of leaf at index: Trillian refuses a
// second leaf with the same identity, so binding the index in it makes
// equal entries at different indices legal, and a retried write of the same
// leaf at the same index a harmless duplicate.
func identity(index uint64, leaf []byte) []byte {
	h := sha256.New()
	h.Write([]byte("scrutin leaf identity v1\x00"))
	h.Write(binary.BigEndian.AppendUint64(nil, index))
	lh := tlog.RecordHash(leaf)
	h.Write(lh[:])
	return h.Sum(nil)
}

func (l *Log) add(ctx context.Context, req *tpb.AddSequencedLeavesRequest) error {
	resp, err := l.client.AddSequencedLeaves(ctx, req)
	if err != nil {
		return fmt.Errorf("couldn't add leaves at %d to Trillian: %w", req.Leaves[0].LeafIndex, err)
	}
	for _, res := range resp.GetResults() {
		// FailedPrecondition means a leaf with this identity (the same
		// leaf at the same index: a retry) or another leaf at this index
		// is already there. Append's root check tells which.
		if c := codes.Code(res.GetStatus().GetCode()); c != codes.OK && c != codes.FailedPrecondition {
			return fmt.Errorf("couldn't add leaf %d to Trillian: %v", res.GetLeaf().GetLeafIndex(), status.FromProto(res.GetStatus()).Err())
		}
	}
	return nil
}

// Append implements merklelog.Log: it adds the leaves with
// AddSequencedLeaves, waits until the signer has integrated them, and checks
// that Trillian's new root is the tree with these leaves.
//
// A retry of the same leaves at the same indices (after a crash, or by a
// second sequencer) is harmless: Trillian keeps the first copy. Other leaves
// already at these indices make Append fail with ErrWrongIndex.
func (l *Log) Append(ctx context.Context, start uint64, leaves [][]byte) error {
	if len(leaves) == 0 {
		return nil
	}
	r, err := l.root(ctx)
	if err != nil {
		return err
	}
	if start != r.TreeSize {
		return fmt.Errorf("couldn't append at %d: %w (size %d)", start, merklelog.ErrWrongIndex, r.TreeSize)
	}
	t0 := time.Now()
	// Trillian's MySQL storage writes each leaf in its own statements,
	// so one request of many leaves is slow: requests of at most AddChunk
	// leaves (and well under gRPC's 4 MiB message limit) go in parallel,
	// AddParallel at a time.
	// Their order does not matter, as each leaf carries its index; if some
	// fail, the retry resends them all and Trillian keeps the first copies.
	var reqs []*tpb.AddSequencedLeavesRequest
	for i := 0; i < len(leaves); {
		req := &tpb.AddSequencedLeavesRequest{LogId: l.cfg.TreeID}
		size := 0
		for ; i < len(leaves) && len(req.Leaves) < l.cfg.AddChunk && (size == 0 || size+len(leaves[i]) < 2<<20); i++ {
			idx := start + uint64(i)
			req.Leaves = append(req.Leaves, &tpb.LogLeaf{
				LeafValue: leaves[i], LeafIndex: int64(idx), LeafIdentityHash: identity(idx, leaves[i]),
			})
			size += len(leaves[i]) + 100
		}
		reqs = append(reqs, req)
	}
	errs := make([]error, len(reqs))
	sem := make(chan struct{}, l.cfg.AddParallel)
	var wg sync.WaitGroup
	for k, req := range reqs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[k] = l.add(ctx, req)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	end := start + uint64(len(leaves))
	t1 := time.Now()
	tick := time.NewTicker(l.cfg.PollInterval)
	defer tick.Stop()
	for {
		r, err = l.latest(ctx)
		if err != nil {
			return err
		}
		if r.TreeSize >= end {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("couldn't append at %d: waiting for the log signer to integrate leaves up to %d (tree at %d): %w", start, end, r.TreeSize, ctx.Err())
		case <-tick.C:
		}
	}
	t2 := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	err = l.syncLocked(ctx, r, start, leaves)
	if err == nil {
		l.checked(r)
	}
	l.log.Debug("appended", "start", start, "leaves", len(leaves), "add", t1.Sub(t0), "integrate", t2.Sub(t1), "cache", time.Since(t2))
	if errors.Is(err, errHint) {
		return fmt.Errorf("couldn't append at %d: %w: %w", start, merklelog.ErrWrongIndex, err)
	}
	return err
}

// Size implements merklelog.Log: the size of Trillian's latest root.
func (l *Log) Size(ctx context.Context) (uint64, error) {
	r, err := l.root(ctx)
	return r.TreeSize, err
}

// Tree returns the size and root hash of Trillian's latest root, checked
// against the cache.
func (l *Log) Tree(ctx context.Context) (tlog.Tree, error) {
	r, err := l.root(ctx)
	if err != nil {
		return tlog.Tree{}, err
	}
	var h tlog.Hash
	copy(h[:], r.RootHash)
	return tlog.Tree{N: int64(r.TreeSize), Hash: h}, nil
}

func beyond(what string, size, treeSize uint64) error {
	return fmt.Errorf("%s: %w (size %d, tree %d)", what, merklelog.ErrBeyondTree, size, treeSize)
}

// TreeHash implements merklelog.Log.
func (l *Log) TreeHash(ctx context.Context, size uint64) (tlog.Hash, error) {
	r, err := l.rootAtLeast(ctx, size)
	if err != nil {
		return tlog.Hash{}, err
	}
	return l.treeHash(ctx, size, r)
}

func (l *Log) treeHash(ctx context.Context, size uint64, r types.LogRootV1) (tlog.Hash, error) {
	if size > r.TreeSize {
		return tlog.Hash{}, beyond("couldn't hash tree", size, r.TreeSize)
	}
	if size == r.TreeSize {
		var h tlog.Hash
		copy(h[:], r.RootHash)
		return h, nil
	}
	return l.cache.TreeHash(ctx, size)
}

// InclusionProof implements merklelog.Log with Trillian's proof, checked
// against the root of the tree of size size.
func (l *Log) InclusionProof(ctx context.Context, index, size uint64) (tlog.RecordProof, error) {
	r, err := l.rootAtLeast(ctx, size)
	if err != nil {
		return nil, err
	}
	if size > r.TreeSize || index >= size {
		return nil, beyond(fmt.Sprintf("couldn't prove inclusion of %d", index), size, r.TreeSize)
	}
	root, err := l.treeHash(ctx, size, r)
	if err != nil {
		return nil, err
	}
	entries, err := l.cache.Entries(ctx, index, index+1)
	if err != nil {
		return nil, err
	}
	resp, err := l.client.GetInclusionProof(ctx, &tpb.GetInclusionProofRequest{
		LogId: l.cfg.TreeID, LeafIndex: int64(index), TreeSize: int64(size),
	})
	if err != nil {
		return nil, fmt.Errorf("couldn't get an inclusion proof from Trillian: %w", err)
	}
	p := resp.GetProof()
	if p == nil {
		return nil, fmt.Errorf("couldn't get an inclusion proof from Trillian: none for %d in %d (server behind?)", index, size)
	}
	lh := tlog.RecordHash(entries[0])
	if err := proof.VerifyInclusion(hasher, index, size, lh[:], p.Hashes, root[:]); err != nil {
		return nil, fmt.Errorf("%w: inclusion proof of %d in %d: %v", errMisbehaved, index, size, err)
	}
	return toHashes(p.Hashes), nil
}

// ConsistencyProof implements merklelog.Log with Trillian's proof, checked
// against the roots of both trees.
func (l *Log) ConsistencyProof(ctx context.Context, oldSize, newSize uint64) (tlog.TreeProof, error) {
	r, err := l.rootAtLeast(ctx, newSize)
	if err != nil {
		return nil, err
	}
	if newSize > r.TreeSize || oldSize > newSize {
		return nil, beyond(fmt.Sprintf("couldn't prove consistency of %d with %d", oldSize, newSize), newSize, r.TreeSize)
	}
	if oldSize == 0 || oldSize == newSize {
		return tlog.TreeProof{}, nil
	}
	oldRoot, err := l.treeHash(ctx, oldSize, r)
	if err != nil {
		return nil, err
	}
	newRoot, err := l.treeHash(ctx, newSize, r)
	if err != nil {
		return nil, err
	}
	resp, err := l.client.GetConsistencyProof(ctx, &tpb.GetConsistencyProofRequest{
		LogId: l.cfg.TreeID, FirstTreeSize: int64(oldSize), SecondTreeSize: int64(newSize),
	})
	if err != nil {
		return nil, fmt.Errorf("couldn't get a consistency proof from Trillian: %w", err)
	}
	p := resp.GetProof()
	if p == nil {
		return nil, fmt.Errorf("couldn't get a consistency proof from Trillian: none for %d→%d (server behind?)", oldSize, newSize)
	}
	if err := proof.VerifyConsistency(hasher, oldSize, newSize, p.Hashes, oldRoot[:], newRoot[:]); err != nil {
		return nil, fmt.Errorf("%w: consistency proof %d→%d: %v", errMisbehaved, oldSize, newSize, err)
	}
	return toHashes(p.Hashes), nil
}

func toHashes(hs [][]byte) []tlog.Hash {
	out := make([]tlog.Hash, len(hs))
	for i, h := range hs {
		copy(out[i][:], h)
	}
	return out
}

// Entries implements merklelog.Log, from the checked cache.
func (l *Log) Entries(ctx context.Context, start, end uint64) ([][]byte, error) {
	r, err := l.rootAtLeast(ctx, end)
	if err != nil {
		return nil, err
	}
	if end > r.TreeSize {
		return nil, beyond("couldn't read entries", end, r.TreeSize)
	}
	if start > end {
		return nil, fmt.Errorf("couldn't read entries [%d, %d): start after end", start, end)
	}
	return l.cache.Entries(ctx, start, end)
}

// LeafIndex implements merklelog.Log with Trillian's GetInclusionProofByHash,
// whose proof is checked before the index is believed.
func (l *Log) LeafIndex(ctx context.Context, h tlog.Hash) (uint64, error) {
	r, err := l.rootAtLeast(ctx, 0)
	if err != nil {
		return 0, err
	}
	i, err := l.leafIndex(ctx, h, r)
	if errors.Is(err, merklelog.ErrNotFound) {
		// Perhaps appended since the root this Log knows: ask again.
		if r, err = l.root(ctx); err != nil {
			return 0, err
		}
		return l.leafIndex(ctx, h, r)
	}
	return i, err
}

func (l *Log) leafIndex(ctx context.Context, h tlog.Hash, r types.LogRootV1) (uint64, error) {
	if r.TreeSize == 0 {
		return 0, fmt.Errorf("leaf %x: %w", h[:], merklelog.ErrNotFound)
	}
	resp, err := l.client.GetInclusionProofByHash(ctx, &tpb.GetInclusionProofByHashRequest{
		LogId: l.cfg.TreeID, LeafHash: h[:], TreeSize: int64(r.TreeSize), OrderBySequence: true,
	})
	if status.Code(err) == codes.NotFound {
		return 0, fmt.Errorf("leaf %x: %w", h[:], merklelog.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("couldn't look up leaf %x in Trillian: %w", h[:], err)
	}
	var best *tpb.Proof
	for _, p := range resp.GetProof() {
		if best == nil || p.LeafIndex < best.LeafIndex {
			best = p
		}
	}
	if best == nil {
		return 0, fmt.Errorf("leaf %x: %w", h[:], merklelog.ErrNotFound)
	}
	if err := proof.VerifyInclusion(hasher, uint64(best.LeafIndex), r.TreeSize, h[:], best.Hashes, r.RootHash); err != nil {
		return 0, fmt.Errorf("%w: inclusion proof of leaf %x at %d: %v", errMisbehaved, h[:], best.LeafIndex, err)
	}
	return uint64(best.LeafIndex), nil
}

// ReadHashes implements merklelog.HashReader from the checked cache, for the
// C2SP tlog-tiles API.
func (l *Log) ReadHashes(ctx context.Context, indexes []int64) ([]tlog.Hash, error) {
	var top int64
	for _, x := range indexes {
		top = max(top, x)
	}
	// The cache holds stored hash x once it holds the leaves that make it.
	l.rmu.Lock()
	r := l.cur
	l.rmu.Unlock()
	if r.RootHash == nil || top >= tlog.StoredHashCount(int64(r.TreeSize)) {
		if _, err := l.root(ctx); err != nil {
			return nil, err
		}
	}
	return l.cache.ReadHashes(ctx, indexes)
}
