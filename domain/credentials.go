package domain

// CredentialRecord is what the state keeps of a registered credential.
type CredentialRecord struct {
	// Profile is the index of the credential's (district, registrar) pair
	// in the state's table of the pairs voters name, which holds each
	// pair once.
	Profile uint32
	// Events is the number of events of the credential's stream,
	// voter-<credential>, kept here rather than in the map of streams.
	Events    uint32
	Revoked   bool
	RevokedAt uint64 // position of CredentialRevoked, if Revoked
}

// CredentialTable is where a State keeps its registered credentials, one
// record each: in memory (NewState, the server's), or on disk for an
// audit of a log of more credentials than memory should hold
// (docs/AUDIT.md "Memory"). The state's rules read and write it; the
// table only stores.
//
// The server reads its state from several goroutines at once under a read
// lock: Get must be safe for concurrent use (Put is never called
// concurrently with anything).
type CredentialTable interface {
	// Get returns c's record and whether c is registered. An error is a
	// failure of the table, never an answer: a credential not registered
	// is ok false with a nil error.
	Get(c Credential) (r CredentialRecord, ok bool, err error)
	// Put sets c's record, adding c if it is not in the table.
	Put(c Credential, r CredentialRecord) error
	// Len returns the number of credentials in the table.
	Len() int
}

// CredentialTableError is a failure of the state's credential table (one
// on disk: a read or a write that failed). The state is no longer sound
// once one happened: Apply, Check and the batches return it, from then
// on, in place of any answer, and Err reports it.
type CredentialTableError struct{ Err error }

func (e *CredentialTableError) Error() string { return "the credential table failed: " + e.Err.Error() }

func (e *CredentialTableError) Unwrap() error { return e.Err }

// MemoryCredentials returns a table of credentials held in memory, the
// one NewState uses: one 40-byte map entry a credential (the credential
// and an 8-byte record by value), and a map of the revoked ones, rare.
func MemoryCredentials() CredentialTable {
	return &memCredentials{voters: map[Credential]voter{}, revoked: map[Credential]uint64{}}
}

type memCredentials struct {
	voters  map[Credential]voter
	revoked map[Credential]uint64 // position of CredentialRevoked
}

// voter is a registered credential as memCredentials keeps it: 8 bytes
// by value.
type voter struct {
	profile uint32
	events  uint32
}

func (m *memCredentials) Get(c Credential) (CredentialRecord, bool, error) {
	v, ok := m.voters[c]
	if !ok {
		return CredentialRecord{}, false, nil
	}
	at, revoked := m.revoked[c]
	return CredentialRecord{Profile: v.profile, Events: v.events, Revoked: revoked, RevokedAt: at}, true, nil
}

func (m *memCredentials) Put(c Credential, r CredentialRecord) error {
	m.voters[c] = voter{profile: r.Profile, events: r.Events}
	if r.Revoked {
		m.revoked[c] = r.RevokedAt
	} else if len(m.revoked) > 0 {
		delete(m.revoked, c)
	}
	return nil
}

func (m *memCredentials) Len() int { return len(m.voters) }
