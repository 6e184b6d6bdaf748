package web

import (
	"context"
	"net/http"
	"net/url"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/registrar"
)

// Registrar completes identity-checked registrations (registrar.OIDC): the
// identity provider sends the browser back to CallbackPath, a page.
type Registrar interface {
	// Label names the provider for people.
	Label() string
	// CallbackPath is where the provider sends the browser back.
	CallbackPath() string
	// Finish checks the provider's answer (the callback's query) and the
	// browser's binding cookie, then registers the credential. Errors are
	// *registrar.Error; on error nothing was appended.
	Finish(ctx context.Context, query url.Values, binding string) (registrar.Registration, error)
	// Cookie is the binding cookie; Cookie("") deletes it.
	Cookie(binding string) *http.Cookie
}

func init() {
	for k, v := range registrarMessages {
		messages[k] = v
	}
}

var registrarMessages = map[string][2]string{
	"oidc.title":    {"Inscription avec vérification d'identité", "Registration with an identity check"},
	"oidc.intro":    {"Votre identité est vérifiée par %s (OpenID Connect). Votre appareil crée d'abord votre identifiant ; seule sa partie publique est inscrite, avec votre circonscription. L'organisme d'inscription ne garde de votre identité qu'une empreinte à clé secrète, pour refuser une seconde inscription et pouvoir révoquer ; le journal public n'en contient rien.", "Your identity is checked by %s (OpenID Connect). Your device makes your voting ID first; only its public part is registered, with your constituency. The registrar keeps only a keyed hash of your identity, to refuse a second registration and to revoke; the public log holds none of it."},
	"oidc.district": {"Ici, vous choisissez votre circonscription ; un fournisseur d'identité qui transmet l'adresse la fixerait lui-même.", "Here you choose your constituency; a provider that shares the address would set it instead."},
	"oidc.submit":   {"Créer mon identifiant et vérifier mon identité", "Make my voting ID and check my identity"},
	"oidc.ok":       {"Inscription vérifiée par %s : votre identifiant est inscrit.", "Registration checked by %s: your voting ID is registered."},
	"oidc.refused":  {"Inscription refusée.", "Registration refused."},
	"demo.title":    {"Inscription déclarative (démonstration)", "Self-declared registration (demo)"},

	"oidc.reason.registered": {"Vous êtes déjà inscrit·e : une personne, un identifiant. Si vous l'avez perdu, demandez sa révocation à l'organisme d'inscription, puis inscrivez-vous de nouveau.", "You are already registered: one person, one voting ID. If you lost it, ask the registrar to revoke it, then register again."},
	"oidc.reason.state":      {"Cette inscription est inconnue, expirée ou déjà utilisée. Recommencez.", "This registration is unknown, expired or already used. Start again."},
	"oidc.reason.binding":    {"Cette inscription a été commencée dans un autre navigateur (ou son cookie manque). Recommencez ici.", "This registration was started in another browser (or its cookie is missing). Start again here."},
	"oidc.reason.denied":     {"Le fournisseur d'identité a interrompu la connexion.", "The identity provider stopped the login."},
	"oidc.reason.provider":   {"Le fournisseur d'identité n'a pas pu être joint ou a refusé la demande. Réessayez.", "The identity provider could not be reached or refused the request. Try again."},
	"oidc.reason.token":      {"La réponse du fournisseur d'identité n'a pas passé les vérifications (signature, émetteur, destinataire, validité).", "The identity provider's answer failed its checks (signature, issuer, audience, validity)."},
	"oidc.reason.nonce":      {"La réponse du fournisseur d'identité ne correspond pas à cette inscription (rejeu ?). Recommencez.", "The identity provider's answer does not match this registration (a replay?). Start again."},
	"oidc.reason.credential": {"Cet identifiant est déjà inscrit : créez-en un nouveau.", "This credential is already registered: make a new one."},
	"oidc.reason.other":      {"L'inscription n'a pas abouti.", "The registration did not go through."},
}

// registerResult is the outcome of an identity-checked registration, shown
// on the registration page the provider sends the browser back to.
type registerResult struct {
	OK         bool
	Credential string
	District   string
	Reason     string // registrar.Reason*, on refusal
	Detail     string // the registrar's message (English)
}

func (s *Site) mountRegistrar(r chi.Router) {
	if s.cfg.Registrar != nil {
		r.Get(s.cfg.Registrar.CallbackPath(), s.finishRegistration)
	}
}

// finishRegistration is the provider's redirect back: it completes the
// registration and shows the registration page with the outcome. The
// browser's script then keeps the credential it made (vote.js).
func (s *Site) finishRegistration(w http.ResponseWriter, r *http.Request) {
	var binding string
	if c, err := r.Cookie(registrar.CookieName); err == nil {
		binding = c.Value
	}
	reg, err := s.cfg.Registrar.Finish(r.Context(), r.URL.Query(), binding)
	http.SetCookie(w, s.cfg.Registrar.Cookie(""))
	w.Header().Set("Cache-Control", "no-store")
	p := s.registerPage("")
	res := &registerResult{}
	status := http.StatusOK
	if err != nil {
		status = registrar.Status(err)
		res.Reason, res.Detail = "other", "internal error"
		if re, ok := err.(*registrar.Error); ok {
			res.Detail = re.Msg
			if _, known := messages["oidc.reason."+re.Reason]; known {
				res.Reason = re.Reason
			}
		} else {
			s.cfg.Log.Error("couldn't finish a registration", "err", err)
		}
	} else {
		res.OK, res.Credential, res.District = true, reg.Credential.String(), string(reg.District)
	}
	p.Result = res
	s.render(w, r, status, "register.html", "register.title", p)
}
