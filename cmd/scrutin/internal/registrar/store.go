package registrar

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// Store is the registrar's private state, both parts:
//
//   - the pending registrations, flows in flight under their random state,
//     taken once (TakePending), for FlowTimeout;
//   - the subjects, each person's keyed subject hash → the credential last
//     registered for them.
//
// Two implementations: the local store (NewLocalStore: the bbolt file
// DATA/registrar.db, pending registrations in the process's memory), for
// one server process; and the SQL store (OpenSQLStore: MariaDB/MySQL),
// shared by every replica of the distributed mode.
type Store interface {
	// Subject returns what is recorded for h, if anything.
	Subject(ctx context.Context, h SubjectHash) (Subject, bool, error)
	// SwapSubject changes h's credential from old to new, atomically with
	// the check: old nil means h has no record, new nil forgets h. It
	// reports false, changing nothing, when h's record is not old (another
	// registration of the same person got there first).
	SwapSubject(ctx context.Context, h SubjectHash, old, new *domain.Credential) (bool, error)
	// AddPending keeps p under state, unless max registrations are pending
	// (ErrBusy); those expired at now are dropped first.
	AddPending(ctx context.Context, state string, p Pending, now time.Time, max int) error
	// TakePending removes and returns the pending registration of state:
	// whichever process asks, a state is taken once. Nil if it is unknown
	// or already taken.
	TakePending(ctx context.Context, state string) (*Pending, error)
	// Close releases the store.
	Close() error
}

// Subject is what a store records for a person.
type Subject struct {
	Credential domain.Credential
	// Age is how long ago the credential was recorded, by the store's
	// clock, when HasAge. The local store doesn't keep it (its
	// registrations are serialized by the one process that writes it).
	Age    time.Duration
	HasAge bool
}

// Pending is a registration in flight, between Begin and Finish.
type Pending struct {
	Verifier, Nonce, Binding string
	Credential               domain.Credential
	District                 domain.District
	Expires                  time.Time
}

// ErrBusy is AddPending's refusal when too many registrations are pending.
var ErrBusy = errors.New("too many registrations in progress")

// localStore is the store of one server process: subjects in a bbolt file,
// pending registrations in memory (a restart abandons those in flight).
type localStore struct {
	subjects *Subjects
	reg      sync.Mutex // serializes registrations (Lock, Unlock): see OIDC.record
	mu       sync.Mutex // guards pending
	pending  map[string]*Pending
}

// Lock and Unlock serialize the registrations of every registrar sharing
// this store: it keeps no age of its records, so two registrations of one
// person racing through two registrars must not overlap.
func (s *localStore) Lock()   { s.reg.Lock() }
func (s *localStore) Unlock() { s.reg.Unlock() }

// NewLocalStore returns the store of one server process over subjects
// (which it closes on Close), with pending registrations in memory.
func NewLocalStore(subjects *Subjects) Store {
	return &localStore{subjects: subjects, pending: map[string]*Pending{}}
}

func (s *localStore) Subject(_ context.Context, h SubjectHash) (Subject, bool, error) {
	c, ok, err := s.subjects.Get(h)
	return Subject{Credential: c}, ok, err
}

func (s *localStore) SwapSubject(_ context.Context, h SubjectHash, old, new *domain.Credential) (bool, error) {
	return s.subjects.swap(h, old, new)
}

func (s *localStore) AddPending(_ context.Context, state string, p Pending, now time.Time, max int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, q := range s.pending {
		if now.After(q.Expires) {
			delete(s.pending, k)
		}
	}
	if len(s.pending) >= max {
		return ErrBusy
	}
	s.pending[state] = &p
	return nil
}

func (s *localStore) TakePending(_ context.Context, state string) (*Pending, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.pending[state]
	delete(s.pending, state)
	return p, nil
}

func (s *localStore) Close() error { return s.subjects.Close() }
