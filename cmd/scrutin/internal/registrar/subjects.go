package registrar

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain"
	bolt "go.etcd.io/bbolt"
)

// SubjectHash is the registrar's keyed hash of a person's identity at a
// provider: HMAC-SHA256 under the subject key of
//
//	"scrutin-registrar-subject/1\x00" || issuer || "\x00" || subject
//
// Without the key, it can't be linked to the person, even by someone who
// knows their subject; with it, a known subject can be found (to revoke).
type SubjectHash [32]byte

func (h SubjectHash) String() string { return hex.EncodeToString(h[:]) }

// ParseSubjectHash parses the hex form of a SubjectHash.
func ParseSubjectHash(s string) (SubjectHash, error) {
	var h SubjectHash
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(h) {
		return h, fmt.Errorf("a subject hash is 64 hex digits")
	}
	copy(h[:], b)
	return h, nil
}

// MinSubjectKey is the shortest subject key accepted, in bytes.
const MinSubjectKey = 32

// HashSubject returns the keyed hash of issuer's subject.
func HashSubject(key []byte, issuer, subject string) SubjectHash {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("scrutin-registrar-subject/1\x00"))
	m.Write([]byte(issuer))
	m.Write([]byte{0})
	m.Write([]byte(subject))
	var h SubjectHash
	copy(h[:], m.Sum(nil))
	return h
}

// LoadSubjectKey reads the subject key from a file: at least MinSubjectKey
// bytes, as hex (a trailing newline is ignored) or raw. The key must stay
// the same for the life of the registrar's state: with another key, every
// person could register again.
func LoadSubjectKey(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("couldn't read the subject key: %w", err)
	}
	if h, err := hex.DecodeString(strings.TrimSpace(string(b))); err == nil {
		b = h
	}
	if len(b) < MinSubjectKey {
		return nil, fmt.Errorf("the subject key in %s is %d bytes: it needs at least %d (e.g. head -c 32 /dev/urandom | xxd -p -c 64)", path, len(b), MinSubjectKey)
	}
	return b, nil
}

// Subjects is the registrar's private state, a bbolt file (mode 0600) apart
// from the ledger: subject hash → the credential last registered for it. It
// is not published: it links no one to a credential without the subject
// key, but it says which credentials this registrar vouched for.
type Subjects struct {
	db *bolt.DB
}

var subjectsBucket = []byte("subjects")

// OpenSubjects opens (or creates) the subject store at path.
func OpenSubjects(path string) (*Subjects, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("couldn't open the registrar's subject store: %w", err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(subjectsBucket)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("couldn't open the registrar's subject store: %w", err)
	}
	return &Subjects{db: db}, nil
}

// Close closes the file.
func (s *Subjects) Close() error { return s.db.Close() }

// Get returns the credential recorded for h, if any.
func (s *Subjects) Get(h SubjectHash) (c domain.Credential, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(subjectsBucket).Get(h[:])
		if len(v) == len(c) {
			copy(c[:], v)
			ok = true
		}
		return nil
	})
	return c, ok, err
}

// Put records c for h, durably, replacing any earlier credential.
func (s *Subjects) Put(h SubjectHash, c domain.Credential) error {
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(subjectsBucket).Put(h[:], c[:]) })
}

// Delete forgets h.
func (s *Subjects) Delete(h SubjectHash) error {
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(subjectsBucket).Delete(h[:]) })
}

// swap changes h's credential from old to new (nil: no record) in one
// transaction, and reports false, changing nothing, when it is not old.
func (s *Subjects) swap(h SubjectHash, old, new *domain.Credential) (ok bool, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(subjectsBucket)
		v := b.Get(h[:])
		if (old == nil) != (v == nil) || (old != nil && string(v) != string(old[:])) {
			return nil
		}
		ok = true
		if new == nil {
			return b.Delete(h[:])
		}
		return b.Put(h[:], new[:])
	})
	return ok, err
}

// Each calls fn for every subject recorded, until fn returns an error.
func (s *Subjects) Each(fn func(SubjectHash, domain.Credential) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(subjectsBucket).ForEach(func(k, v []byte) error {
			var h SubjectHash
			var c domain.Credential
			if len(k) != len(h) || len(v) != len(c) {
				return nil
			}
			copy(h[:], k)
			copy(c[:], v)
			return fn(h, c)
		})
	})
}

// Len returns the number of subjects recorded.
func (s *Subjects) Len() (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error { n = tx.Bucket(subjectsBucket).Stats().KeyN; return nil })
	return n, err
}

var errNoSubject = errors.New("no credential is registered for this subject")

// Snapshot calls fn, inside one read transaction, with the size of a
// consistent copy of the subjects file and a function writing it (backups).
func (s *Subjects) Snapshot(fn func(size int64, write func(io.Writer) (int64, error)) error) error {
	return s.db.View(func(tx *bolt.Tx) error { return fn(tx.Size(), tx.WriteTo) })
}
