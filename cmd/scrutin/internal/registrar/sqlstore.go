package registrar

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/crypto/chacha20poly1305"
)

// SQLStore is the registrar's state in MariaDB/MySQL, shared by every
// replica of the distributed mode (the database of the sequencer's lease):
//
//	scrutin_registrar_subjects (hash BINARY(32) PRIMARY KEY,
//	    credential BINARY(32) NOT NULL, registered DATETIME(6) NOT NULL)
//	scrutin_registrar_pending (state VARCHAR(64) PRIMARY KEY,
//	    flow BLOB NOT NULL, expires DATETIME(6) NOT NULL)
//	scrutin_registrar_meta (name VARCHAR(64) PRIMARY KEY,
//	    value VARBINARY(255) NOT NULL)
//
// The subjects' primary key makes two replicas racing on one person
// resolve to one winner (SwapSubject inserts, or updates only the
// credential it read). A pending registration is taken by reading and
// deleting its row in one transaction: one replica gets it.
//
// A pending flow (PKCE verifier, nonce, browser binding, credential,
// district, expiry) is sealed with XChaCha20-Poly1305 under a key derived
// from the subject key, the state as associated data: whoever reads the
// database can't finish someone's flow nor learn which credential is
// being registered. The meta table keeps a check value of the subject key
// (an HMAC of a constant), so that a replica started with another key is
// refused instead of letting everyone register again.
type SQLStore struct {
	db   *sql.DB
	aead interface {
		Seal(dst, nonce, plaintext, additionalData []byte) []byte
		Open(dst, nonce, ciphertext, additionalData []byte) ([]byte, error)
		NonceSize() int
	}
}

var _ Store = (*SQLStore)(nil)

func derive(key []byte, label string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(label))
	return m.Sum(nil)
}

// OpenSQLStore creates the registrar's tables in db if missing, checks
// that they were made with this subject key (the first replica records
// it), and returns the store. db stays the caller's: Close doesn't close
// it.
func OpenSQLStore(ctx context.Context, db *sql.DB, subjectKey []byte) (*SQLStore, error) {
	if len(subjectKey) < MinSubjectKey {
		return nil, fmt.Errorf("the subject key needs at least %d bytes", MinSubjectKey)
	}
	for _, q := range []string{
		`CREATE TABLE IF NOT EXISTS scrutin_registrar_subjects (
			hash BINARY(32) NOT NULL PRIMARY KEY,
			credential BINARY(32) NOT NULL,
			registered DATETIME(6) NOT NULL)`,
		`CREATE TABLE IF NOT EXISTS scrutin_registrar_pending (
			state VARCHAR(64) NOT NULL PRIMARY KEY,
			flow BLOB NOT NULL,
			expires DATETIME(6) NOT NULL,
			KEY (expires))`,
		`CREATE TABLE IF NOT EXISTS scrutin_registrar_meta (
			name VARCHAR(64) NOT NULL PRIMARY KEY,
			value VARBINARY(255) NOT NULL)`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("couldn't create the registrar's tables: %w", err)
		}
	}
	check := derive(subjectKey, "scrutin-registrar-key-check/1")
	if _, err := db.ExecContext(ctx, `INSERT IGNORE INTO scrutin_registrar_meta (name, value) VALUES ('subject-key-check', ?)`, check); err != nil {
		return nil, fmt.Errorf("couldn't record the subject key's check value: %w", err)
	}
	var got []byte
	if err := db.QueryRowContext(ctx, `SELECT value FROM scrutin_registrar_meta WHERE name = 'subject-key-check'`).Scan(&got); err != nil {
		return nil, fmt.Errorf("couldn't read the subject key's check value: %w", err)
	}
	if !hmac.Equal(got, check) {
		return nil, errors.New("the registrar's database was set up with another subject key: every replica needs the same SCRUTIN_OIDC_SUBJECT_KEY_FILE (with another key, everyone could register again)")
	}
	aead, err := chacha20poly1305.NewX(derive(subjectKey, "scrutin-registrar-pending/1"))
	if err != nil {
		return nil, err
	}
	return &SQLStore{db: db, aead: aead}, nil
}

// Subject implements Store; Age is by the database's clock.
func (s *SQLStore) Subject(ctx context.Context, h SubjectHash) (Subject, bool, error) {
	var c []byte
	var age int64
	err := s.db.QueryRowContext(ctx, `SELECT credential, TIMESTAMPDIFF(MICROSECOND, registered, NOW(6))
		FROM scrutin_registrar_subjects WHERE hash = ?`, h[:]).Scan(&c, &age)
	if errors.Is(err, sql.ErrNoRows) {
		return Subject{}, false, nil
	}
	var sub Subject
	if err != nil {
		return sub, false, err
	}
	if len(c) != len(sub.Credential) {
		return sub, false, fmt.Errorf("subject %s: a credential of %d bytes", h, len(c))
	}
	copy(sub.Credential[:], c)
	sub.Age, sub.HasAge = time.Duration(age)*time.Microsecond, true
	return sub, true, nil
}

// SwapSubject implements Store: an INSERT that the primary key refuses
// when the person has a record, an UPDATE or DELETE of the credential
// read.
func (s *SQLStore) SwapSubject(ctx context.Context, h SubjectHash, old, new *domain.Credential) (bool, error) {
	var res sql.Result
	var err error
	switch {
	case old == nil && new == nil:
		return false, errors.New("SwapSubject: nothing to swap")
	case old == nil:
		res, err = s.db.ExecContext(ctx, `INSERT INTO scrutin_registrar_subjects (hash, credential, registered) VALUES (?, ?, NOW(6))`, h[:], new[:])
		var me *mysql.MySQLError
		if errors.As(err, &me) && me.Number == 1062 { // ER_DUP_ENTRY
			return false, nil
		}
	case new == nil:
		res, err = s.db.ExecContext(ctx, `DELETE FROM scrutin_registrar_subjects WHERE hash = ? AND credential = ?`, h[:], old[:])
	default:
		res, err = s.db.ExecContext(ctx, `UPDATE scrutin_registrar_subjects SET credential = ?, registered = NOW(6)
			WHERE hash = ? AND credential = ?`, new[:], h[:], old[:])
	}
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// AddPending implements Store. The bound is approximate across replicas
// (a count, then an insert).
func (s *SQLStore) AddPending(ctx context.Context, state string, p Pending, now time.Time, max int) error {
	if len(state) > 64 {
		return errors.New("a state is 64 characters at most")
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM scrutin_registrar_pending WHERE expires < ?`, now.UTC()); err != nil {
		return err
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM scrutin_registrar_pending`).Scan(&n); err != nil {
		return err
	}
	if n >= max {
		return ErrBusy
	}
	flow, err := s.seal(state, p)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO scrutin_registrar_pending (state, flow, expires) VALUES (?, ?, ?)`, state, flow, p.Expires.UTC())
	return err
}

// TakePending implements Store: the row is read and deleted in one
// transaction, and returned only if this transaction deleted it.
func (s *SQLStore) TakePending(ctx context.Context, state string) (*Pending, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var flow []byte
	err = tx.QueryRowContext(ctx, `SELECT flow FROM scrutin_registrar_pending WHERE state = ? FOR UPDATE`, state).Scan(&flow)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM scrutin_registrar_pending WHERE state = ?`, state)
	if err != nil {
		return nil, err
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return s.open(state, flow)
}

// Close implements Store; the database stays open (it is the caller's).
func (s *SQLStore) Close() error { return nil }

// Import copies the subjects of a local store (DATA/registrar.db, from a
// registrar that ran on one replica) into the database, keeping any record
// the database already has. It returns how many it added.
func (s *SQLStore) Import(ctx context.Context, local *Subjects) (int, error) {
	added := 0
	err := local.Each(func(h SubjectHash, c domain.Credential) error {
		// An old date: not a registration in flight (see OIDC.record).
		res, err := s.db.ExecContext(ctx, `INSERT IGNORE INTO scrutin_registrar_subjects (hash, credential, registered)
			VALUES (?, ?, '2000-01-01 00:00:00')`, h[:], c[:])
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		added += int(n)
		return nil
	})
	return added, err
}

func (s *SQLStore) seal(state string, p Pending) ([]byte, error) {
	plain, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, s.aead.NonceSize())
	rand.Read(nonce)
	return s.aead.Seal(nonce, nonce, plain, []byte(state)), nil
}

func (s *SQLStore) open(state string, flow []byte) (*Pending, error) {
	ns := s.aead.NonceSize()
	if len(flow) < ns {
		return nil, errors.New("a pending registration's flow is truncated")
	}
	plain, err := s.aead.Open(nil, flow[:ns], flow[ns:], []byte(state))
	if err != nil {
		return nil, fmt.Errorf("couldn't open a pending registration's flow: %w", err)
	}
	var p Pending
	dec := json.NewDecoder(bytes.NewReader(plain))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("couldn't decode a pending registration's flow: %w", err)
	}
	return &p, nil
}
