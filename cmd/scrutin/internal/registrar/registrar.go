// Package registrar implements Scrutin's registrars: the actors that check
// who may vote and register that person's credential (an Ed25519 public key
// made on their device) in the log, as domain.VoterRegistered. See
// docs/REGISTRATION.md.
//
// oidc.go is the registrar that checks a person's identity with an OpenID
// Connect provider (FranceConnect speaks it): authorization-code flow with
// PKCE, state and nonce, the ID token's signature and claims checked by
// github.com/coreos/go-oidc. store.go is the registrar's private state
// (the Store interface): the flows in flight and, for each person, a keyed
// hash of the provider's subject and the credential registered for it, to
// refuse a second registration and to revoke; subjects.go keeps it in a
// bbolt file and memory (one process), sqlstore.go in MariaDB/MySQL (every
// replica of the distributed mode). The identity itself is neither kept
// nor written to the log.
package registrar

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/domain"
)

// Ledger is what a registrar writes to: the app's checked Append (rules,
// then the log) and its consistent View of the state.
type Ledger interface {
	// Append checks ev against the rules and appends it to stream; on error
	// nothing was appended.
	Append(ctx context.Context, stream domain.StreamID, ev domain.Event) (eventstore.Recorded, error)
	// View runs fn on a consistent state.
	View(fn func(*domain.State))
}

// Registration is a credential a registrar registered.
type Registration struct {
	Credential domain.Credential
	District   domain.District
	Registrar  string // VoterRegistered.Registrar
	Position   uint64 // of the VoterRegistered event in the log
}

// Error is a refused registration step: nothing was appended. Reason is a
// stable word for pages to translate; Status is the HTTP status to answer.
type Error struct {
	Status int
	Reason string // see the Reason* constants
	Msg    string
}

func (e *Error) Error() string { return e.Msg }

// The reasons of an Error.
const (
	ReasonRequest    = "request"    // malformed start request
	ReasonState      = "state"      // unknown, expired or already used state
	ReasonBinding    = "binding"    // the flow was started in another browser
	ReasonDenied     = "denied"     // the provider or the person stopped the login
	ReasonProvider   = "provider"   // the provider couldn't be reached or refused the code
	ReasonToken      = "token"      // the ID token failed its checks (signature, issuer, audience, expiry)
	ReasonNonce      = "nonce"      // the ID token's nonce is not this flow's
	ReasonRegistered = "registered" // this person already has a live credential
	ReasonCredential = "credential" // the credential is already registered
	ReasonBusy       = "busy"       // too many registrations in progress
	ReasonSubject    = "subject"    // no credential registered for this subject (revocation)
)

func refuse(status int, reason, format string, args ...any) error {
	return &Error{Status: status, Reason: reason, Msg: fmt.Sprintf(format, args...)}
}

// Status returns the HTTP status for err: an Error's, else 500.
func Status(err error) int {
	var re *Error
	if errors.As(err, &re) {
		return re.Status
	}
	return http.StatusInternalServerError
}
