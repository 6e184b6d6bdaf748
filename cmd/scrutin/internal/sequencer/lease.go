package sequencer

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"
)

// SQLLease is a Lease kept as a row of a MariaDB/MySQL table, the database
// Trillian already needs:
//
//	CREATE TABLE scrutin_lease (name VARCHAR(64) PRIMARY KEY,
//	    holder VARCHAR(255) NOT NULL, expires DATETIME(6) NOT NULL)
//
// Expiry is computed by the database's clock, so the holders' clocks do not
// matter. A holder that dies stops renewing, and another takes the lease
// over once it has expired.
type SQLLease struct {
	db     *sql.DB
	name   string
	holder string
	ttl    time.Duration
}

var _ Lease = (*SQLLease)(nil)

// NewHolderID returns a holder name unique to this process: host, pid and
// random bits.
func NewHolderID() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b))
}

// NewSQLLease creates the lease table if needed and returns the lease
// called name (e.g. "sequencer/<tree id>") for holder, lasting ttl (at
// least a second; 10s is a good default) after each Acquire.
func NewSQLLease(ctx context.Context, db *sql.DB, name, holder string, ttl time.Duration) (*SQLLease, error) {
	if name == "" || holder == "" {
		return nil, errors.New("couldn't create lease: name and holder are required")
	}
	if ttl < time.Second {
		return nil, fmt.Errorf("couldn't create lease: ttl %v is under a second", ttl)
	}
	_, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS scrutin_lease (
		name VARCHAR(64) NOT NULL PRIMARY KEY,
		holder VARCHAR(255) NOT NULL,
		expires DATETIME(6) NOT NULL)`)
	if err != nil {
		return nil, fmt.Errorf("couldn't create the lease table: %w", err)
	}
	return &SQLLease{db: db, name: name, holder: holder, ttl: ttl}, nil
}

// TTL implements Lease.
func (l *SQLLease) TTL() time.Duration { return l.ttl }

// Acquire implements Lease with one upsert: the row is taken if it is ours
// or expired (assignments run left to right, so expires is moved only if
// holder is now ours), then read back.
func (l *SQLLease) Acquire(ctx context.Context) (bool, error) {
	_, err := l.db.ExecContext(ctx, `INSERT INTO scrutin_lease (name, holder, expires)
		VALUES (?, ?, NOW(6) + INTERVAL ? MICROSECOND)
		ON DUPLICATE KEY UPDATE
			holder = IF(holder = VALUES(holder) OR expires < NOW(6), VALUES(holder), holder),
			expires = IF(holder = VALUES(holder), VALUES(expires), expires)`,
		l.name, l.holder, l.ttl.Microseconds())
	if err != nil {
		return false, fmt.Errorf("couldn't take lease %s: %w", l.name, err)
	}
	var holder string
	err = l.db.QueryRowContext(ctx, `SELECT holder FROM scrutin_lease WHERE name = ?`, l.name).Scan(&holder)
	if err != nil {
		return false, fmt.Errorf("couldn't read lease %s: %w", l.name, err)
	}
	return holder == l.holder, nil
}

// Release implements Lease: the row expires now if it is ours.
func (l *SQLLease) Release(ctx context.Context) error {
	_, err := l.db.ExecContext(ctx, `UPDATE scrutin_lease SET expires = NOW(6) - INTERVAL 1 SECOND
		WHERE name = ? AND holder = ?`, l.name, l.holder)
	if err != nil {
		return fmt.Errorf("couldn't release lease %s: %w", l.name, err)
	}
	return nil
}

// Holder returns the lease's current holder and whether it has expired.
func (l *SQLLease) Holder(ctx context.Context) (holder string, expired bool, err error) {
	err = l.db.QueryRowContext(ctx, `SELECT holder, expires < NOW(6) FROM scrutin_lease WHERE name = ?`, l.name).Scan(&holder, &expired)
	if errors.Is(err, sql.ErrNoRows) {
		return "", true, nil
	}
	return holder, expired, err
}
