// Package ledger ties the two ports together: events go to the event store,
// their leaves are in the Merkle log, and the log's state is published as
// C2SP tlog-checkpoint signed notes under the log key.
package ledger

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Ledger is the event store, the Merkle log and the log key.
type Ledger struct {
	Store eventstore.Store
	Log   merklelog.Log

	signer   note.Signer
	verifier note.Verifier
	vkey     string

	mu     sync.Mutex
	signed []byte // latest signed checkpoint
	cp     domain.Checkpoint
}

// New returns a ledger that signs checkpoints with skey, a note private key
// ("PRIVATE+KEY+origin+hash+base64") whose name is the log's origin.
func New(store eventstore.Store, log merklelog.Log, skey string) (*Ledger, error) {
	signer, err := note.NewSigner(strings.TrimSpace(skey))
	if err != nil {
		return nil, fmt.Errorf("couldn't read the log key: %w", err)
	}
	vkey, err := VerifierKey(skey)
	if err != nil {
		return nil, err
	}
	verifier, err := note.NewVerifier(vkey)
	if err != nil {
		return nil, fmt.Errorf("couldn't derive the log's verifier key: %w", err)
	}
	return &Ledger{Store: store, Log: log, signer: signer, verifier: verifier, vkey: vkey}, nil
}

// Origin is the log's origin: the first line of its checkpoints.
func (l *Ledger) Origin() string { return l.signer.Name() }

// VerifierKey is the note verifier key of the log ("origin+hash+base64").
func (l *Ledger) VerifierKey() string { return l.vkey }

// Verifier verifies the log's signatures.
func (l *Ledger) Verifier() note.Verifier { return l.verifier }

// Checkpoint returns a signed checkpoint of the log's current tree. A
// checkpoint is only ever signed for leaves already durable.
func (l *Ledger) Checkpoint(ctx context.Context) ([]byte, domain.Checkpoint, error) {
	size, err := l.Log.Size(ctx)
	if err != nil {
		return nil, domain.Checkpoint{}, fmt.Errorf("couldn't read the log size: %w", err)
	}
	l.mu.Lock()
	if l.signed != nil && uint64(l.cp.Size) == size {
		defer l.mu.Unlock()
		return l.signed, l.cp, nil
	}
	l.mu.Unlock()
	h, err := l.Log.TreeHash(ctx, size)
	if err != nil {
		return nil, domain.Checkpoint{}, fmt.Errorf("couldn't read the tree hash: %w", err)
	}
	cp := domain.Checkpoint{Origin: l.Origin(), Size: int64(size), Hash: h}
	signed, err := note.Sign(&note.Note{Text: domain.FormatCheckpoint(cp)}, l.signer)
	if err != nil {
		return nil, domain.Checkpoint{}, fmt.Errorf("couldn't sign checkpoint: %w", err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.signed == nil || l.cp.Size <= cp.Size {
		l.signed, l.cp = signed, cp
	}
	return signed, cp, nil
}

// CheckpointAt signs a checkpoint of the tree of the first size entries: a
// past state of the log (such as a vote's closing checkpoint), which any
// later checkpoint proves consistent.
func (l *Ledger) CheckpointAt(ctx context.Context, size uint64) ([]byte, domain.Checkpoint, error) {
	h, err := l.Log.TreeHash(ctx, size)
	if err != nil {
		return nil, domain.Checkpoint{}, fmt.Errorf("couldn't read the tree hash: %w", err)
	}
	cp := domain.Checkpoint{Origin: l.Origin(), Size: int64(size), Hash: h}
	signed, err := note.Sign(&note.Note{Text: domain.FormatCheckpoint(cp)}, l.signer)
	if err != nil {
		return nil, domain.Checkpoint{}, fmt.Errorf("couldn't sign checkpoint: %w", err)
	}
	return signed, cp, nil
}

// Promise signs the log's promise that the entry of leaf hash leaf will be
// leaf index (domain.Promise): the receipt of a write acknowledged before
// the sequencer has copied it into the log.
func (l *Ledger) Promise(index uint64, leaf tlog.Hash, now time.Time) ([]byte, error) {
	p := domain.Promise{Origin: l.Origin(), Index: index, Leaf: leaf, Time: now.UnixMilli()}
	signed, err := note.Sign(&note.Note{Text: domain.FormatPromise(p)}, l.signer)
	if err != nil {
		return nil, fmt.Errorf("couldn't sign promise: %w", err)
	}
	return signed, nil
}

// VerifierKey derives the verifier key of a note private key.
func VerifierKey(skey string) (string, error) {
	// A note private key is PRIVATE+KEY+<name>+<hash>+<base64(alg||seed)>;
	// x/mod exposes no derivation, so rebuild the public key from the seed.
	parts := strings.SplitN(strings.TrimSpace(skey), "+", 5)
	if len(parts) != 5 || parts[0] != "PRIVATE" || parts[1] != "KEY" {
		return "", errors.New("couldn't read the log key: not a note private key (PRIVATE+KEY+name+hash+key)")
	}
	return ed25519VerifierKey(parts[2], parts[4])
}

// KeyConfig says where the log key comes from; the first that is set wins.
type KeyConfig struct {
	Env     string // the key itself, from the environment (SCRUTIN_LOG_KEY)
	File    string // a file holding the key (SCRUTIN_LOG_KEY_FILE)
	DataDir string // else DataDir/log.key, created at first start (mode 0600)
	Origin  string // the origin of a key created here
}

// LoadKey returns the log's private key per cfg, creating it in the data
// directory at first start. created reports that a new key was made.
func LoadKey(cfg KeyConfig) (skey string, created bool, err error) {
	if cfg.Env != "" {
		return strings.TrimSpace(cfg.Env), false, nil
	}
	path := cfg.File
	if path == "" {
		path = filepath.Join(cfg.DataDir, "log.key")
	}
	b, err := os.ReadFile(path)
	if err == nil {
		return strings.TrimSpace(string(b)), false, nil
	}
	if !errors.Is(err, fs.ErrNotExist) || cfg.File != "" {
		return "", false, fmt.Errorf("couldn't read the log key: %w", err)
	}
	skey, _, err = note.GenerateKey(rand.Reader, cfg.Origin)
	if err != nil {
		return "", false, fmt.Errorf("couldn't create the log key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", false, fmt.Errorf("couldn't create the log key: %w", err)
	}
	if _, err := f.WriteString(skey + "\n"); err != nil {
		f.Close()
		return "", false, fmt.Errorf("couldn't write the log key: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return "", false, fmt.Errorf("couldn't write the log key: %w", err)
	}
	return skey, true, f.Close()
}
