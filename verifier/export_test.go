package verifier

import (
	"errors"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// SetAheadWait sets the wait before re-auditing a live server whose API is
// ahead of its checkpoint, and returns a function restoring it.
func SetAheadWait(d time.Duration) func() {
	old := aheadWait
	aheadWait = d
	return func() { aheadWait = old }
}

// FastEntries and DecodeEntriesJSON are the two readers of a page of the
// entries API, for the test that they agree.
var (
	FastEntries       = fastEntries
	DecodeEntriesJSON = decodeEntriesJSON
)

// FailCredentialsAfter makes the audits' tables of credentials on disk
// fail (a read error) after n reads; reads returns the number of reads
// done (failed ones included), restore restores the tables.
func FailCredentialsAfter(n int) (reads func() int, restore func()) {
	old := openCredentials
	var done int
	openCredentials = func(dir string) (credentialTable, error) {
		t, err := old(dir)
		if err != nil {
			return nil, err
		}
		return &failingTable{credentialTable: t, left: n, done: &done}, nil
	}
	return func() int { return done }, func() { openCredentials = old }
}

type failingTable struct {
	credentialTable
	left int
	done *int
}

func (f *failingTable) Get(c domain.Credential) (domain.CredentialRecord, bool, error) {
	*f.done++
	if f.left <= 0 {
		return domain.CredentialRecord{}, false, errors.New("read credentials.1: input/output error")
	}
	f.left--
	return f.credentialTable.Get(c)
}
