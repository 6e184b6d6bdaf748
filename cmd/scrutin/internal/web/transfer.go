package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Moving a voting ID to a phone with a QR code: the registration page
// draws, in the browser (static/transfer.js, static/uqr.mjs), a QR code
// of a link to /inscription/recevoir whose fragment carries the
// credential and its seed; that page, opened on the phone, checks and
// keeps them. The server serves the page and never sees the fragment
// (docs/WEB.md, "The voting ID across devices").

func init() {
	for k, v := range transferMessages {
		messages[k] = v
	}
}

var transferMessages = map[string][2]string{
	"qr.show":   {"Passer sur un téléphone (code QR)", "Move to a phone (QR code)"},
	"qr.hide":   {"Masquer le code QR", "Hide the QR code"},
	"qr.warn.h": {"Attention :", "Warning:"},
	"qr.warn":   {"toute personne qui voit ce code peut voter à votre place. Ne le montrez qu'à votre propre téléphone, à l'abri des regards ; ne le photographiez pas, ne l'envoyez à personne.", "anyone who sees this code can vote as you. Show it only to your own phone, out of sight; do not photograph it or send it to anyone."},
	"qr.how":    {"Sur votre téléphone, ouvrez l'appareil photo et visez le code, puis ouvrez le lien proposé : l'identifiant y est vérifié puis enregistré.", "On your phone, open the camera and point it at the code, then open the link it offers: the voting ID is checked there, then stored."},
	"qr.lost":   {"Si quelqu'un d'autre a pu voir ce code, demandez la révocation de cet identifiant à l'organisme d'inscription, puis inscrivez-vous de nouveau.", "If someone else may have seen this code, ask the registrar to revoke this voting ID, then register again."},

	"receive.title":     {"Recevoir un identifiant de vote", "Receive a voting ID"},
	"receive.h":         {"Identifiant reçu par code QR", "Voting ID received by QR code"},
	"receive.nojs":      {"Cette page a besoin de JavaScript : elle vérifie l'identifiant et l'enregistre dans ce navigateur, sans rien envoyer de secret.", "This page needs JavaScript: it checks the voting ID and stores it in this browser, sending nothing secret."},
	"receive.replace":   {"Remplacer l'identifiant de cet appareil", "Replace this device's voting ID"},
	"receive.district":  {"Votre circonscription :", "Your constituency:"},
	"receive.votes":     {"Voir les votes ouverts", "See the open votes"},
	"receive.identity":  {"Mon identifiant", "My voting ID"},
	"receive.safe.h":    {"Bon à savoir", "Good to know"},
	"receive.safe.link": {"Le lien du code QR contient votre identifiant : il n'est jamais envoyé au serveur, et il est effacé de l'adresse et de l'historique dès l'ouverture de cette page.", "The QR code's link holds your voting ID: it is never sent to the server, and it is erased from the address bar and the history as soon as this page opens."},
}

// mountRegistration adds the registration pages' helpers: the page a QR
// code opens, and the maps of split communes (circomap.go).
func (s *Site) mountRegistration(r chi.Router) {
	r.Get("/inscription/recevoir", s.receive)
	r.Get("/inscription/carte", communeMapsHTML)
}

// receive is the page a QR code's link opens; its fragment, which only
// the browser sees, carries the voting ID.
func (s *Site) receive(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, http.StatusOK, "receive.html", "receive.title", nil)
}
