package registrar

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/oauth2"
)

// OIDCConfig configures an OpenID Connect registrar.
type OIDCConfig struct {
	// Name is the registrar's identifier, written in every VoterRegistered
	// it appends (domain ID alphabet), e.g. "oidc" or "franceconnect".
	Name string
	// Label names the provider on the pages, e.g. "FranceConnect".
	// Optional: Name.
	Label string
	// Issuer is the provider's issuer URL; its discovery document is
	// fetched from Issuer/.well-known/openid-configuration.
	Issuer string
	// ClientID and ClientSecret are the client registered at the provider.
	ClientID, ClientSecret string
	// RedirectURL is the callback registered at the provider:
	// <origin>/inscription/oidc. With https, the flow's cookie is Secure.
	RedirectURL string
	// SubjectKey keys the subject hashes (MinSubjectKey bytes or more).
	SubjectKey []byte
	// Store is the registrar's private state: pending registrations and
	// subjects. Optional when Subjects is set.
	Store Store
	// Subjects, without Store, is the local store's subject file, with
	// pending registrations in memory (NewLocalStore).
	Subjects *Subjects
	// Ledger is where registrations are appended.
	Ledger Ledger
	// FlowTimeout bounds a registration from its start to the callback.
	// Optional: 10 minutes.
	FlowTimeout time.Duration
	// MaxPending bounds the registrations in progress. Optional: 10,000.
	MaxPending int
	// InFlight is how long, with a shared store, a recorded credential
	// not yet in the log is taken for another replica's registration in
	// progress rather than a crash's leftover. Optional: 2 minutes; an
	// append is given half of it.
	InFlight time.Duration
	// HTTPClient reaches the provider. Optional: a client with a 15 s
	// timeout.
	HTTPClient *http.Client
	// Now is the clock. Optional: time.Now.
	Now func() time.Time
	Log *slog.Logger
}

// OIDC is a registrar that checks identities with an OpenID Connect
// provider. A registration is two requests:
//
//  1. Begin, with the credential the browser made and the district: the
//     registrar keeps a pending registration under a random state (the
//     PKCE verifier, a random nonce, the credential, the district, a
//     random browser binding, an expiry) and returns the provider's
//     authorization URL and the binding, which the browser keeps in a
//     cookie.
//  2. Finish, on the provider's redirect back: the pending registration is
//     taken (a state works once), the cookie checked, the code exchanged
//     with the PKCE verifier, the ID token verified (signature against the
//     provider's keys, issuer, audience, expiry) and its nonce compared.
//     Then the keyed hash of the subject is looked up: a person with a
//     live credential is refused; else the credential is registered.
//
// The state is the Store's: with the local store, pending registrations
// are in memory (a restart abandons those in flight, the person starts
// again) and one registrar serves one server process; with the SQL store,
// every replica's registrar shares it.
type OIDC struct {
	cfg OIDCConfig

	discover sync.Mutex // guards provider, oauth, verifier
	provider *oidc.Provider
	oauth    *oauth2.Config
	verifier *oidc.IDTokenVerifier

	register sync.Mutex // serializes this process's subject checks and appends
}

// NewOIDC returns an OpenID Connect registrar. It reaches the provider on
// the first registration, not here, so the server starts without it.
func NewOIDC(cfg OIDCConfig) (*OIDC, error) {
	if cfg.Label == "" {
		cfg.Label = cfg.Name
	}
	if cfg.FlowTimeout == 0 {
		cfg.FlowTimeout = 10 * time.Minute
	}
	if cfg.MaxPending == 0 {
		cfg.MaxPending = 10000
	}
	if cfg.InFlight == 0 {
		cfg.InFlight = 2 * time.Minute
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	// The name goes into VoterRegistered: check it as the domain will.
	if err := checkRegistration(domain.Credential{}, "75-01", cfg.Name); err != nil || cfg.Name == "demo" {
		return nil, fmt.Errorf("registrar name %q: use letters, digits and . _ : - (and not \"demo\")", cfg.Name)
	}
	switch {
	case cfg.Issuer == "":
		return nil, errors.New("the OpenID Connect issuer is missing")
	case cfg.ClientID == "":
		return nil, errors.New("the OpenID Connect client ID is missing")
	case cfg.ClientSecret == "":
		return nil, errors.New("the OpenID Connect client secret is missing (SCRUTIN_OIDC_CLIENT_SECRET or _FILE)")
	case len(cfg.SubjectKey) < MinSubjectKey:
		return nil, fmt.Errorf("the subject key needs at least %d bytes (SCRUTIN_OIDC_SUBJECT_KEY_FILE)", MinSubjectKey)
	case (cfg.Store == nil && cfg.Subjects == nil) || cfg.Ledger == nil:
		return nil, errors.New("the registrar needs its subject store and the ledger")
	}
	u, err := url.Parse(cfg.RedirectURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, fmt.Errorf("the OpenID Connect redirect URL %q is not an http(s) URL", cfg.RedirectURL)
	}
	if cfg.Store == nil {
		cfg.Store = NewLocalStore(cfg.Subjects)
	}
	return &OIDC{cfg: cfg}, nil
}

// Name is the registrar's identifier in VoterRegistered.
func (o *OIDC) Name() string { return o.cfg.Name }

// Label names the provider for people.
func (o *OIDC) Label() string { return o.cfg.Label }

// SecureCookie reports whether the flow's cookie must be Secure: when the
// callback is https.
func (o *OIDC) SecureCookie() bool { return strings.HasPrefix(o.cfg.RedirectURL, "https:") }

// CallbackPath is the path of the redirect URL, where Finish is served.
func (o *OIDC) CallbackPath() string {
	u, _ := url.Parse(o.cfg.RedirectURL)
	return u.Path
}

// FlowTimeout is how long a started registration stays valid.
func (o *OIDC) FlowTimeout() time.Duration { return o.cfg.FlowTimeout }

func (o *OIDC) ctx(ctx context.Context) context.Context {
	ctx = oidc.ClientContext(ctx, o.cfg.HTTPClient)
	return context.WithValue(ctx, oauth2.HTTPClient, o.cfg.HTTPClient)
}

// discovered fetches the provider's discovery document once.
func (o *OIDC) discovered(ctx context.Context) (*oauth2.Config, *oidc.IDTokenVerifier, error) {
	o.discover.Lock()
	defer o.discover.Unlock()
	if o.provider == nil {
		// Not the request's context: a cancelled request must not poison
		// the shared key set.
		dctx, cancel := context.WithTimeout(o.ctx(context.Background()), 15*time.Second)
		defer cancel()
		p, err := oidc.NewProvider(dctx, o.cfg.Issuer)
		if err != nil {
			o.cfg.Log.Warn("couldn't reach the OpenID Connect provider", "issuer", o.cfg.Issuer, "err", err)
			return nil, nil, refuse(http.StatusBadGateway, ReasonProvider, "couldn't reach the identity provider: try again later")
		}
		o.provider = p
		o.oauth = &oauth2.Config{
			ClientID: o.cfg.ClientID, ClientSecret: o.cfg.ClientSecret, RedirectURL: o.cfg.RedirectURL,
			Endpoint: p.Endpoint(),
			// The subject is all the registrar needs: no profile, no e-mail.
			Scopes: []string{oidc.ScopeOpenID},
		}
		o.verifier = p.Verifier(&oidc.Config{ClientID: o.cfg.ClientID, Now: o.cfg.Now})
	}
	return o.oauth, o.verifier, nil
}

func random() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Begin starts the registration of credential in district. It returns the
// provider's authorization URL to send the browser to, and the binding to
// keep in the browser's cookie until Finish.
func (o *OIDC) Begin(ctx context.Context, credential domain.Credential, district domain.District) (authURL, binding string, err error) {
	if _, ok := domain.LookupDistrict(district); !ok {
		return "", "", refuse(http.StatusBadRequest, ReasonRequest, "unknown district %q", district)
	}
	if err := checkRegistration(credential, district, o.cfg.Name); err != nil {
		return "", "", refuse(http.StatusBadRequest, ReasonRequest, "%v", err)
	}
	var taken bool
	o.cfg.Ledger.View(func(st *domain.State) { _, taken = st.Voter(credential) })
	if taken {
		return "", "", refuse(http.StatusConflict, ReasonCredential, "credential %s is already registered: make a new one", credential)
	}
	oc, _, err := o.discovered(ctx)
	if err != nil {
		return "", "", err
	}
	now := o.cfg.Now()
	p := Pending{Verifier: oauth2.GenerateVerifier(), Nonce: random(), Binding: random(),
		Credential: credential, District: district, Expires: now.Add(o.cfg.FlowTimeout)}
	state := random()
	if err := o.cfg.Store.AddPending(ctx, state, p, now, o.cfg.MaxPending); errors.Is(err, ErrBusy) {
		return "", "", refuse(http.StatusServiceUnavailable, ReasonBusy, "too many registrations in progress: try again in a few minutes")
	} else if err != nil {
		o.cfg.Log.Error("couldn't keep a pending registration", "err", err)
		return "", "", fmt.Errorf("couldn't keep the pending registration: %w", err)
	}
	return oc.AuthCodeURL(state, oauth2.S256ChallengeOption(p.Verifier), oidc.Nonce(p.Nonce)), p.Binding, nil
}

// Finish completes a registration from the provider's redirect: its query
// (state, code, or error) and the binding from the browser's cookie. On
// any error nothing was appended.
func (o *OIDC) Finish(ctx context.Context, query url.Values, binding string) (Registration, error) {
	// The pending registration is taken out: a state is used once,
	// whatever the outcome.
	p, err := o.cfg.Store.TakePending(ctx, query.Get("state"))
	if err != nil {
		o.cfg.Log.Error("couldn't take a pending registration", "err", err)
		return Registration{}, fmt.Errorf("couldn't read the pending registration: %w", err)
	}
	switch {
	case p == nil:
		return Registration{}, refuse(http.StatusBadRequest, ReasonState, "unknown or already used registration: start again")
	case subtle.ConstantTimeCompare([]byte(binding), []byte(p.Binding)) != 1:
		return Registration{}, refuse(http.StatusForbidden, ReasonBinding, "this registration was started in another browser (or its cookie is missing): start again here")
	case o.cfg.Now().After(p.Expires):
		return Registration{}, refuse(http.StatusBadRequest, ReasonState, "the registration expired (over %v): start again", o.cfg.FlowTimeout)
	case query.Get("error") != "":
		return Registration{}, refuse(http.StatusBadRequest, ReasonDenied, "the identity provider stopped the login: %s", printable(query.Get("error")))
	case query.Get("code") == "":
		return Registration{}, refuse(http.StatusBadRequest, ReasonProvider, "the identity provider sent no authorization code")
	}
	oc, verifier, err := o.discovered(ctx)
	if err != nil {
		return Registration{}, err
	}
	tok, err := oc.Exchange(o.ctx(ctx), query.Get("code"), oauth2.VerifierOption(p.Verifier))
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) {
			return Registration{}, refuse(http.StatusBadRequest, ReasonProvider, "the identity provider refused the authorization code (%s): start again", printable(re.ErrorCode))
		}
		o.cfg.Log.Warn("couldn't exchange the authorization code", "err", err)
		return Registration{}, refuse(http.StatusBadGateway, ReasonProvider, "couldn't reach the identity provider: try again later")
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		return Registration{}, refuse(http.StatusBadRequest, ReasonToken, "the identity provider sent no ID token")
	}
	return o.finish(ctx, verifier, raw, p)
}

// finish verifies the ID token against p and registers p's credential.
func (o *OIDC) finish(ctx context.Context, verifier *oidc.IDTokenVerifier, raw string, p *Pending) (Registration, error) {
	id, err := verifier.Verify(o.ctx(ctx), raw)
	if err != nil {
		return Registration{}, refuse(http.StatusBadRequest, ReasonToken, "the identity provider's ID token was refused: %v", err)
	}
	if subtle.ConstantTimeCompare([]byte(id.Nonce), []byte(p.Nonce)) != 1 {
		return Registration{}, refuse(http.StatusBadRequest, ReasonNonce, "the ID token's nonce is not this registration's (a replayed token?): start again")
	}
	if id.Subject == "" {
		return Registration{}, refuse(http.StatusBadRequest, ReasonToken, "the ID token has no subject")
	}
	return o.record(ctx, HashSubject(o.cfg.SubjectKey, o.cfg.Issuer, id.Subject), p.Credential, p.District)
}

// record registers c for the person h, unless they have a live credential.
func (o *OIDC) record(ctx context.Context, h SubjectHash, c domain.Credential, district domain.District) (Registration, error) {
	o.register.Lock()
	defer o.register.Unlock()
	if l, ok := o.cfg.Store.(sync.Locker); ok { // a store shared in one process
		l.Lock()
		defer l.Unlock()
	}
	prev, had, err := o.cfg.Store.Subject(ctx, h)
	if err != nil {
		return Registration{}, fmt.Errorf("couldn't read the registrar's subject store: %w", err)
	}
	var old *domain.Credential
	if had {
		old = &prev.Credential
		// A recorded credential that is not in the log (a crash between
		// the two writes below) or was revoked doesn't block. With a
		// shared store, another replica may have appended it: this
		// replica's state first catches up with the store.
		if cu, ok := o.cfg.Ledger.(interface{ CatchUp(context.Context) error }); ok {
			if err := cu.CatchUp(ctx); err != nil {
				return Registration{}, fmt.Errorf("couldn't catch up with the log: %w", err)
			}
		}
		var inLog, live bool
		o.cfg.Ledger.View(func(st *domain.State) { v, ok := st.Voter(prev.Credential); inLog, live = ok, ok && !v.Revoked })
		if live {
			// The message doesn't name the credential: whoever holds the
			// login (a coercer too) must not learn which one is the person's.
			return Registration{}, refuse(http.StatusConflict, ReasonRegistered,
				"this person is already registered: one person, one credential. If it is lost, ask the registrar to revoke it, then register again")
		}
		if !inLog && prev.HasAge && prev.Age < o.cfg.InFlight {
			// Recorded moments ago and not in the log yet: another
			// replica's registration of this person, appending now.
			return Registration{}, refuse(http.StatusConflict, ReasonRegistered,
				"this person's registration is in progress: if it fails, try again in a few minutes")
		}
	}
	// The subject first, then the log: a crash in between leaves a record
	// that the check above sees through, never a second credential. The
	// swap changes only the record read above: of two registrations of one
	// person racing (two replicas), one wins.
	if ok, err := o.cfg.Store.SwapSubject(ctx, h, old, &c); err != nil {
		return Registration{}, fmt.Errorf("couldn't write the registrar's subject store: %w", err)
	} else if !ok {
		return Registration{}, refuse(http.StatusConflict, ReasonRegistered,
			"this person is already registered: one person, one credential. If it is lost, ask the registrar to revoke it, then register again")
	}
	ev := &domain.VoterRegistered{Credential: c, District: district, Registrar: o.cfg.Name}
	actx, cancel := context.WithTimeout(ctx, o.cfg.InFlight/2)
	defer cancel()
	rec, err := o.cfg.Ledger.Append(actx, domain.VoterStream(c), ev)
	if err != nil {
		var re *domain.RuleError
		if errors.As(err, &re) { // refused: nothing appended, undo the record
			if _, err := o.cfg.Store.SwapSubject(context.WithoutCancel(ctx), h, &c, old); err != nil {
				o.cfg.Log.Warn("couldn't undo a subject's record", "err", err)
			}
			if re.Rule == domain.RuleOneRegistration {
				return Registration{}, refuse(http.StatusConflict, ReasonCredential, "credential %s is already registered: make a new one", c)
			}
		}
		return Registration{}, err
	}
	return Registration{Credential: c, District: district, Registrar: o.cfg.Name, Position: rec.Position}, nil
}

// HashSubject returns the keyed hash of this provider's subject, for an
// administrator who knows it (from the provider) and must revoke.
func (o *OIDC) HashSubject(subject string) SubjectHash {
	return HashSubject(o.cfg.SubjectKey, o.cfg.Issuer, subject)
}

// Revoke revokes the credential registered for the person h, with a public
// reason. The person may then register a new credential.
func (o *OIDC) Revoke(ctx context.Context, h SubjectHash, reason string) (domain.Credential, uint64, error) {
	o.register.Lock()
	defer o.register.Unlock()
	sub, ok, err := o.cfg.Store.Subject(ctx, h)
	c := sub.Credential
	if err != nil {
		return c, 0, fmt.Errorf("couldn't read the registrar's subject store: %w", err)
	}
	if !ok {
		return c, 0, refuse(http.StatusNotFound, ReasonSubject, "%v", errNoSubject)
	}
	rec, err := o.cfg.Ledger.Append(ctx, domain.VoterStream(c), &domain.CredentialRevoked{Credential: c, Reason: reason})
	if err != nil {
		return c, 0, err
	}
	return c, rec.Position, nil
}

// checkRegistration checks a VoterRegistered's form as the domain will.
func checkRegistration(c domain.Credential, d domain.District, name string) error {
	ev := &domain.VoterRegistered{Credential: c, District: d, Registrar: name}
	_, err := domain.MarshalEntry(domain.Envelope{Stream: domain.VoterStream(c), Event: ev})
	return err
}

// printable keeps a provider's error code short and plain for messages.
func printable(s string) string {
	if len(s) > 80 {
		s = s[:80]
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return '?'
		}
		return r
	}, s)
}

// CookieName is the cookie that binds a registration to the browser that
// started it.
const CookieName = "scrutin_registration"

// Cookie returns the cookie that keeps binding in the browser until the
// callback (HttpOnly, SameSite=Lax so that the provider's top-level
// redirect carries it, Secure with an https callback, sent to the callback
// path only); with an empty binding, the cookie that deletes it.
func (o *OIDC) Cookie(binding string) *http.Cookie {
	c := &http.Cookie{Name: CookieName, Value: binding, Path: o.CallbackPath(), HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: o.SecureCookie(), MaxAge: int(o.cfg.FlowTimeout.Seconds())}
	if binding == "" {
		c.MaxAge = -1
	}
	return c
}

// Close closes the registrar's store.
func (o *OIDC) Close() error { return o.cfg.Store.Close() }
