package verifier

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/scrutin/scrutin/domain"
)

// Store keeps, per log origin, the log key first trusted and every signed
// checkpoint the verifier has seen, so that the next audit checks that the
// log still extends each of them (a log that shows two histories, or
// rewrites one, is caught). It is a directory:
//
//	<origin>/key                       the log's verifier key (note vkey)
//	<origin>/checkpoints/<size>-<hash> each signed checkpoint seen
type Store struct {
	dir string
}

// DefaultStoreDir is the per-user state directory:
// os.UserConfigDir()/scrutin-verify.
func DefaultStoreDir() (string, error) {
	d, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "scrutin-verify"), nil
}

// OpenStore opens (creating it if needed) the store in dir.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("couldn't open state directory: %w", err)
	}
	return &Store{dir: dir}, nil
}

// Dir returns the store's directory.
func (s *Store) Dir() string { return s.dir }

// originDir names an origin's directory: its safe characters, then a hash
// so that distinct origins never share one.
func (s *Store) originDir(origin string) string {
	safe := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' {
			return r
		}
		return '_'
	}, origin)
	h := sha256.Sum256([]byte(origin))
	return filepath.Join(s.dir, safe+"-"+hex.EncodeToString(h[:4]))
}

// Key returns the log key stored for origin, or "".
func (s *Store) Key(origin string) (string, error) {
	b, err := os.ReadFile(filepath.Join(s.originDir(origin), "key"))
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	return strings.TrimSpace(string(b)), err
}

// SetKey stores origin's log key.
func (s *Store) SetKey(origin, vkey string) error {
	d := s.originDir(origin)
	if err := os.MkdirAll(d, 0o700); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(d, "key"), []byte(vkey+"\n"))
}

// Checkpoints returns every signed checkpoint stored for origin, by size.
func (s *Store) Checkpoints(origin string) ([][]byte, error) {
	d := filepath.Join(s.originDir(origin), "checkpoints")
	des, err := os.ReadDir(d)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(des))
	for _, de := range des {
		if !de.IsDir() && !strings.HasPrefix(de.Name(), ".") {
			names = append(names, de.Name())
		}
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) < len(names[j])
		}
		return names[i] < names[j]
	})
	var out [][]byte
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(d, n))
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// AddCheckpoint keeps a signed checkpoint (already verified) of origin.
func (s *Store) AddCheckpoint(cp domain.Checkpoint, signed []byte) error {
	d := filepath.Join(s.originDir(cp.Origin), "checkpoints")
	if err := os.MkdirAll(d, 0o700); err != nil {
		return err
	}
	name := fmt.Sprintf("%d-%s", cp.Size, hex.EncodeToString(cp.Hash[:8]))
	return writeFileAtomic(filepath.Join(d, name), signed)
}

func writeFileAtomic(name string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), name)
}
