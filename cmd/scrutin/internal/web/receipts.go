package web

import (
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/domain"
)

// Receipts: the receipt page (/recu/{tracking}), the box that checks any
// tracking code (/recu?code=…, a plain GET), and "Mes votes" (/mes-votes):
// the receipts this browser kept (localStorage "scrutin.receipts"), each
// with its state, read from the public API by static/myvotes.js.
//
// A ballot's state, for people (receiptState; static/myvotes.js applies
// the same rule to the API's receipt):
//
//	revoked                  → annulé (identifiant révoqué)
//	replaced                 → remplacé par un vote ultérieur
//	counted, tallied         → dépouillé
//	counted, closing proof   → dans le point de contrôle de clôture
//	counted                  → compté
//	promised (not yet in the log) → reçu, en cours d'inscription

func init() {
	for k, v := range map[string][2]string{
		"receipt.title":      {"Reçu de vote", "Ballot receipt"},
		"receipt.intro":      {"Ce reçu prouve que votre bulletin chiffré est inscrit dans le journal public. Il ne révèle pas votre choix.", "This receipt proves that your encrypted ballot is written in the public log. It does not reveal your choice."},
		"receipt.keep":       {"Gardez ce code de suivi : notez les mots ou copiez le code. Il vous permet de vérifier à tout moment, sur cet appareil ou un autre, que votre bulletin est compté. Il ne dit à personne ce que vous avez voté.", "Keep this tracking code: write the words down or copy the code. It lets you check at any time, on this device or another, that your ballot is counted. It tells no one how you voted."},
		"receipt.code":       {"Code de suivi", "Tracking code"},
		"receipt.words":      {"En mots", "In words"},
		"receipt.vote":       {"Vote", "Vote"},
		"receipt.index":      {"Position dans le journal", "Position in the log"},
		"receipt.status":     {"État", "Status"},
		"receipt.check":      {"Vérification dans ce navigateur", "Check in this browser"},
		"receipt.checking":   {"Vérification en cours…", "Checking…"},
		"receipt.nojs":       {"La vérification s'exécute dans le navigateur et demande JavaScript. Sans lui : l'outil scrutin-verify (voir la page Vérifier).", "The check runs in the browser and needs JavaScript. Without it: the scrutin-verify tool (see the Audit page)."},
		"receipt.recheck":    {"Vérifier de nouveau", "Check again"},
		"receipt.notfound":   {"Aucun bulletin ne porte ce code de suivi.", "No ballot has this tracking code."},
		"receipt.badcode":    {"Un code de suivi compte 64 caractères (chiffres et lettres de a à f).", "A tracking code has 64 characters (digits and letters a to f)."},
		"receipt.myvotes":    {"Tous mes votes sur cet appareil", "All my votes on this device"},
		"receipt.page":       {"La page de ce reçu, à garder ou partager", "This receipt's page, to keep or share"},
		"state.revoked":      {"annulé : l'identifiant a été révoqué", "cancelled: the voting ID was revoked"},
		"state.replaced":     {"remplacé par un vote ultérieur", "replaced by a later ballot"},
		"state.tallied":      {"compté et dépouillé", "counted and tallied"},
		"state.closing":      {"compté, dans le point de contrôle de clôture", "counted, in the closing checkpoint"},
		"state.counted":      {"compté", "counted"},
		"state.promised":     {"reçu, en cours d'inscription au journal", "received, being written into the log"},
		"myvotes.title":      {"Mes votes", "My votes"},
		"myvotes.intro":      {"Les reçus de vos votes sont gardés sur cet appareil (dans ce navigateur), jamais sur le serveur. Chacun indique si votre bulletin compte.", "Your ballots' receipts are kept on this device (in this browser), never on the server. Each says whether your ballot counts."},
		"myvotes.none":       {"Aucun reçu sur cet appareil.", "No receipt on this device."},
		"myvotes.nojs":       {"Les reçus gardés sur cet appareil s'affichent avec JavaScript. Sans lui, vérifiez un code de suivi ci-dessous.", "The receipts kept on this device show with JavaScript. Without it, check a tracking code below."},
		"myvotes.loading":    {"Lecture des reçus…", "Reading the receipts…"},
		"myvotes.when":       {"Voté le", "Voted on"},
		"myvotes.open":       {"Voir le reçu", "See the receipt"},
		"myvotes.check":      {"Vérifier un code de suivi", "Check a tracking code"},
		"myvotes.check.help": {"Le code de suivi de n'importe quel bulletin, le vôtre ou un autre : 64 caractères.", "The tracking code of any ballot, yours or another: 64 characters."},
		"myvotes.check.b":    {"Vérifier", "Check"},
		"nav.myvotes":        {"Mes votes", "My votes"},
	} {
		messages[k] = v
	}
}

// receiptState is a ballot's state as a message key ("state.…").
func receiptState(rec app.Receipt) string {
	switch {
	case rec.State == "promised":
		return "state.promised"
	case rec.Status == "revoked" || rec.Status == "replaced":
		return "state." + rec.Status
	case rec.Tallied:
		return "state.tallied"
	case rec.Closing != nil:
		return "state.closing"
	}
	return "state.counted"
}

func (s *Site) mountReceipts(r chi.Router) {
	r.Get("/recu/{tracking}", s.receipt)
	r.Get("/recu", s.checkCode)
	r.Get("/mes-votes", s.myVotes)
}

type receiptPage struct {
	Tracking string
	Vote     string
	Question string
	Index    uint64
	Words    string
	State    string // a message key
	Found    bool
	BadCode  bool
}

// trackingCode reads a tracking code as people paste it: any case, spaces
// and dashes ignored. ok is false unless it is 32 bytes in hex.
func trackingCode(s string) (string, [32]byte, bool) {
	var h [32]byte
	s = strings.ToLower(strings.NewReplacer(" ", "", "-", "", "\t", "", "\n", "").Replace(s))
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		return s, h, false
	}
	copy(h[:], b)
	return s, h, true
}

func (s *Site) receipt(w http.ResponseWriter, r *http.Request) {
	p := receiptPage{Tracking: chi.URLParam(r, "tracking")}
	if code, h, ok := trackingCode(p.Tracking); ok {
		p.Tracking = code
		if rec, err := s.cfg.App.Receipt(r.Context(), h); err == nil {
			p.Found, p.Vote, p.Index, p.Words, p.State = true, string(rec.Vote), rec.Index, rec.Words, receiptState(rec)
			s.cfg.App.View(func(st *domain.State) {
				if v, ok := st.Votes[rec.Vote]; ok {
					p.Question = v.Opened.Question
				}
			})
		}
	} else {
		p.BadCode = true
	}
	status := http.StatusOK
	switch {
	case p.BadCode:
		status = http.StatusBadRequest
	case !p.Found:
		status = http.StatusNotFound
	}
	s.render(w, r, status, "receipt.html", "receipt.title", p)
}

// checkCode is the "check a tracking code" box without JavaScript:
// /recu?code=… goes to the code's receipt page.
func (s *Site) checkCode(w http.ResponseWriter, r *http.Request) {
	code, _, ok := trackingCode(r.URL.Query().Get("code"))
	if !ok {
		s.render(w, r, http.StatusBadRequest, "receipt.html", "receipt.title", receiptPage{Tracking: code, BadCode: true})
		return
	}
	u := "/recu/" + url.PathEscape(code)
	if l := r.URL.Query().Get("lang"); l == "en" {
		u += "?lang=en"
	}
	http.Redirect(w, r, u, http.StatusSeeOther)
}

func (s *Site) myVotes(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "myvotes.html", "myvotes.title", nil)
}
