package law

import "testing"

// TestProbeAm95DeletedAndEdited: an amendment that deletes this article
// and edits it as well ("I. – Supprimer cet article. II. – À l'alinéa 2,
// …", "Supprimer cet article." then "Rédiger ainsi cet article : …", or
// the deletion last) says two things: refused — the edits after the
// deletion were dropped, those before it undone, the article deleted and
// the amendment counted applied. The deletion alone stays read.
func TestProbeAm95DeletedAndEdited(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre."}
	runAmendments(t, []amCase{
		{"deleted then edited: refused", A, "I. – Supprimer cet article.\nII. – À l'alinéa 2, substituer au mot : « juge » le mot : « maire ».", nil},
		{"deleted then rewritten: refused", A, "Supprimer cet article.\nRédiger ainsi cet article : « Le juge dort. »", nil},
		{"edited then deleted: refused", A, "I. – À l'alinéa 2, substituer au mot : « juge » le mot : « maire ».\nII. – Supprimer cet article.", nil},
	})
	r := ApplyAmendment(Article{Number: "1", Alineas: A}, "Supprimer cet article.")
	if !r.Applied || !r.Deleted {
		t.Errorf("the deletion alone: applied %v, deleted %v, %q", r.Applied, r.Deleted, r.Unparsed)
	}
}
