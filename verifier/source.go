package verifier

import (
	"context"
	"errors"
	"fmt"
)

// BundleSize is the number of entries in a full C2SP tlog-tiles entry
// bundle (tiles of height 8).
const BundleSize = 256

// Source is what the verifier reads: the log's public data. A server's
// HTTP API and a directory of archived data both provide it.
//
// Every error a Source returns means "could not read", never "the log
// misbehaved": the verifier judges the bytes, the source only fetches them.
type Source interface {
	// Checkpoint returns the log's latest signed checkpoint, as served at
	// /log/checkpoint.
	Checkpoint(ctx context.Context) ([]byte, error)
	// Tile returns the bytes of a C2SP tlog-tiles file, by its path
	// relative to the log's prefix: an entry bundle
	// ("tile/entries/x001/234.p/5") or a hash tile ("tile/0/001"). The
	// error wraps ErrNotFound when the source does not serve it. The
	// verifier parses and judges the bytes.
	Tile(ctx context.Context, path string) ([]byte, error)
	// Get returns the body of a public API resource, for example
	// "/api/v1/votes", "/api/v1/votes/v1" or
	// "/api/v1/log/entries?start=0&end=1000". The error wraps ErrNotFound
	// when the resource does not exist (or was not archived).
	Get(ctx context.Context, path string) ([]byte, error)
	// String names the source in reports (a URL or a directory).
	String() string
}

// LogURLer is implemented by a source that knows the URL of the log it
// serves: a server's base URL, or the one an archive was fetched from. The
// state directory keeps what it saw per log URL.
type LogURLer interface {
	LogURL() string
}

// logURL returns the URL of the log src serves, or "".
func logURL(src Source) string {
	if u, ok := src.(LogURLer); ok {
		return u.LogURL()
	}
	return ""
}

// ErrNotFound is wrapped by a Source's Get for a resource that does not
// exist. Use errors.Is to test for it.
var ErrNotFound = errors.New("not found")

// UnavailableError means the audit could not check something: the network,
// a missing file, data that could not be read. It says nothing against the
// log. Use errors.As to test for it.
type UnavailableError struct {
	What string // what could not be checked
	Err  error
}

func (e *UnavailableError) Error() string {
	return fmt.Sprintf("couldn't check %s: %v", e.What, e.Err)
}

func (e *UnavailableError) Unwrap() error { return e.Err }

// MisbehaviorError means the log or a tally misbehaved: a signed checkpoint
// that does not verify, a history rewritten, an entry that breaks a rule, a
// tally that does not follow from the ballots. Failures holds the evidence.
// Use errors.As to test for it. Like sumdb's ErrSecurity, it is never
// returned for a network or data-availability problem.
type MisbehaviorError struct {
	Failures []Failure
}

func (e *MisbehaviorError) Error() string {
	if len(e.Failures) == 0 {
		return "the log misbehaved"
	}
	f := e.Failures[0]
	s := "the log misbehaved: " + f.String()
	if len(e.Failures) > 1 {
		s += fmt.Sprintf(" (and %d more)", len(e.Failures)-1)
	}
	return s
}

// unavailable wraps err as an UnavailableError.
func unavailable(what string, err error) error {
	var ue *UnavailableError
	if errors.As(err, &ue) {
		return err
	}
	return &UnavailableError{What: what, Err: err}
}
