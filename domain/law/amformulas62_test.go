package law

import "testing"

// TestAm6StartEndWithoutDivision: "la fin" and "le début" named without
// their division, the place said before ("À l'alinéa 1, rédiger ainsi le
// début : « Le préfet signe … »", "…, après le mot : « A », rédiger
// ainsi la fin : « … »", the Sénat's "Alinéa 1" / "Après le mot :" / …
// / "rédiger ainsi la fin :") are that alinéa's beginning or end — the
// whole alinéa was rewritten as the new beginning ("Le préfet signe
// …"), or as the new end; without the words that bound it, the end
// stays refused.
func TestAm6StartEndWithoutDivision(t *testing.T) {
	A := []string{"Le maire signe le contrat de vente et le juge le lit.", "Le juge tranche le litige."}
	runAmendments(t, []amCase{
		{"le début, the rest unchanged", A, "À l'alinéa 1, rédiger ainsi le début : « Le préfet signe … (le reste sans changement). »", []string{"Le préfet signe le contrat de vente et le juge le lit.", A[1]}},
		{"le début with …", A, "À l'alinéa 1, rédiger ainsi le début : « Le préfet signe le contrat … »", []string{"Le préfet signe le contrat de vente et le juge le lit.", A[1]}},
		{"la fin after a word", A, "À l'alinéa 1, après le mot : « vente », rédiger ainsi la fin : « et le préfet le vise. »", []string{"Le maire signe le contrat de vente et le préfet le vise.", A[1]}},
		{"la fin deleted after a word", A, "À l'alinéa 1, après le mot : « vente », supprimer la fin.", []string{"Le maire signe le contrat de vente.", A[1]}},
		{"Sénat: la fin after a word", A, "Alinéa 1\n\nAprès le mot :\n\nvente\n\nrédiger ainsi la fin :\n\net le préfet le vise.", []string{"Le maire signe le contrat de vente et le préfet le vise.", A[1]}},
		{"la fin without its bound: refused", A, "À l'alinéa 1, rédiger ainsi la fin : « et le préfet le vise. »", nil},
	})
}
