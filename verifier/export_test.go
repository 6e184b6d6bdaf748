package verifier

import "time"

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
