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

// Store keeps what the verifier saw of each log, across runs, so that the
// next audit checks that the log still extends every checkpoint seen (a
// log that shows two histories, or rewrites one, is caught) and still has
// the origin and key it had (a log re-signed under a new key could show
// any history). It is a directory:
//
//	logs/<url>-<hash>/identity          the origin and key of the log at that URL ("origin …", "key …" lines)
//	logs/<url>-<hash>/checkpoints/<size>-<hash>  each signed checkpoint seen at that URL
//	<origin>-<hash>/key                 the log key first trusted for an origin (logs known by origin only: receipts, archives without source-url)
//	<origin>-<hash>/checkpoints/…       checkpoints of a log known by its origin only
//
// A log is known by its URL (a server's base URL, or the one an archive
// was fetched from, its source-url file): a rolled-back history re-signed
// under a new origin and key is then still compared with what that URL
// showed before.
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

// safeDir names a directory for name: its safe characters, then a hash
// so that distinct names never share one.
func safeDir(name string) string {
	safe := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' {
			return r
		}
		return '_'
	}, name)
	if len(safe) > 80 {
		safe = safe[:80]
	}
	h := sha256.Sum256([]byte(name))
	return safe + "-" + hex.EncodeToString(h[:4])
}

func (s *Store) originDir(origin string) string { return filepath.Join(s.dir, safeDir(origin)) }

func (s *Store) urlDir(logURL string) string {
	return filepath.Join(s.dir, "logs", safeDir(strings.TrimSuffix(logURL, "/")))
}

// logDir is where the checkpoints of a log are kept: by URL when known,
// else by origin.
func (s *Store) logDir(logURL, origin string) string {
	if logURL != "" {
		return s.urlDir(logURL)
	}
	return s.originDir(origin)
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

// Identity returns the origin and key of the log at logURL when it was
// last audited, or "", "".
func (s *Store) Identity(logURL string) (origin, vkey string, err error) {
	b, err := os.ReadFile(filepath.Join(s.urlDir(logURL), "identity"))
	if errors.Is(err, fs.ErrNotExist) {
		return "", "", nil
	}
	if err != nil {
		return "", "", err
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, _ := strings.Cut(line, " ")
		switch k {
		case "origin":
			origin = v
		case "key":
			vkey = v
		}
	}
	if origin == "" || vkey == "" {
		return "", "", fmt.Errorf("%s: malformed identity", filepath.Join(s.urlDir(logURL), "identity"))
	}
	return origin, vkey, nil
}

// SetIdentity stores the origin and key of the log at logURL.
func (s *Store) SetIdentity(logURL, origin, vkey string) error {
	d := s.urlDir(logURL)
	if err := os.MkdirAll(d, 0o700); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(d, "identity"), []byte("url "+logURL+"\norigin "+origin+"\nkey "+vkey+"\n"))
}

// Checkpoints returns every signed checkpoint stored for the log at logURL
// (or, if logURL is "", of origin), by size.
func (s *Store) Checkpoints(logURL, origin string) ([][]byte, error) {
	d := filepath.Join(s.logDir(logURL, origin), "checkpoints")
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

// AddCheckpoint keeps a signed checkpoint (already verified) of the log at
// logURL (or, if logURL is "", of its origin).
func (s *Store) AddCheckpoint(logURL string, cp domain.Checkpoint, signed []byte) error {
	d := filepath.Join(s.logDir(logURL, cp.Origin), "checkpoints")
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
