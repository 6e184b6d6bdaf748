package web

import (
	"encoding/hex"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func init() {
	for k, v := range map[string][2]string{
		"audit.title":       {"Vérifier", "Audit"},
		"audit.intro":       {"Tout ce que Scrutin affiche se recalcule depuis son journal public : chaque texte, chaque inscription, chaque bulletin chiffré, chaque dépouillement. Le journal est un arbre de Merkle en ajout seul ; son état est résumé par un point de contrôle signé.", "Everything Scrutin shows can be recomputed from its public log: every text, registration, encrypted ballot and count. The log is an append-only Merkle tree; its state is summed up by a signed checkpoint."},
		"audit.checkpoint":  {"Point de contrôle actuel", "Current checkpoint"},
		"audit.size":        {"Entrées", "Entries"},
		"audit.root":        {"Racine", "Root hash"},
		"audit.origin":      {"Nom du journal", "Log name"},
		"audit.key":         {"Clé de vérification du journal", "Log verifier key"},
		"audit.key.help":    {"Notez cette clé et comparez-la avec celle publiée par l'opérateur et les témoins : c'est elle qui signe chaque point de contrôle (note signée C2SP, Ed25519).", "Write this key down and compare it with the one the operator and witnesses publish: it signs every checkpoint (C2SP signed note, Ed25519)."},
		"audit.verify":      {"Vérifier vous-même avec scrutin-verify", "Verify it yourself with scrutin-verify"},
		"audit.verify.1":    {"Installer l'outil (Go 1.26 ou plus récent) :", "Install the tool (Go 1.26 or later):"},
		"audit.verify.2":    {"Vérifier tout le journal (signatures, historique, chaque bulletin, chaque somme, chaque dépouillement) :", "Check the whole log (signatures, history, every ballot, every sum, every count):"},
		"audit.verify.3":    {"Vérifier un reçu, puis que le bulletin a été compté :", "Check a receipt, then that the ballot was counted:"},
		"audit.verify.4":    {"Code de sortie : 0 tout est vérifié ; 1 le journal ou un dépouillement est incorrect ; 2 vérification impossible.", "Exit status: 0 every check passed; 1 the log or a count misbehaved; 2 could not check."},
		"audit.endpoints":   {"Données publiques", "Public data"},
		"audit.unavailable": {"Le point de contrôle est momentanément indisponible.", "The checkpoint is unavailable for now."},
	} {
		messages[k] = v
	}
}

func (s *Site) mountAudit(r chi.Router) {
	r.Get("/audit", s.audit)
}

type auditPage struct {
	Checkpoint, Key, Origin, Root, Base string
	Size                                int64
	OK                                  bool
}

func (s *Site) audit(w http.ResponseWriter, r *http.Request) {
	p := auditPage{Key: s.cfg.Ledger.VerifierKey(), Origin: s.cfg.Ledger.Origin(), Base: origin(r)}
	if signed, cp, err := s.cfg.Ledger.Checkpoint(r.Context()); err == nil {
		p.OK, p.Checkpoint, p.Size, p.Root = true, string(signed), cp.Size, hex.EncodeToString(cp.Hash[:])
	} else {
		s.cfg.Log.Error("couldn't read the checkpoint", "err", err)
	}
	s.render(w, r, http.StatusOK, "audit.html", "audit.title", p)
}
