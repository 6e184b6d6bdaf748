package law

import "testing"

// TestRefuse93RankAfterTheOperation: an occurrence named after a word
// operation — "… est remplacé par le mot : « B » à la deuxième
// occurrence", "… est supprimé à sa deuxième occurrence", also before a
// joined operation ("… à la deuxième occurrence et le mot : « C » est
// supprimé") — is that occurrence (it was refused at the end, and
// dropped before a joined operation: every occurrence was replaced). An
// occurrence or a count between two operations in a form not read ("pour
// sa deuxième occurrence et …") is refused, and so is a rank past the
// last occurrence.
func TestRefuse93RankAfterTheOperation(t *testing.T) {
	A := []string{"Le juge signe le juge.", "Le juge tranche."}
	P := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "replaced, at the end", before: A, text: []string{P + "le mot : « juge » est remplacé par le mot : « maire » à la deuxième occurrence."}, want: []string{"Le juge signe le maire.", "Le juge tranche."}},
		{name: "deleted, à sa", before: A, text: []string{P + "le mot : « juge » est supprimé à sa deuxième occurrence."}, want: []string{"Le juge signe le.", "Le juge tranche."}},
		{name: "before a joined operation", before: A, text: []string{P + "le mot : « juge » est remplacé par le mot : « maire » à la deuxième occurrence et le mot : « signe » est supprimé."}, want: []string{"Le juge le maire.", "Le juge tranche."}},
		{name: "a form not read between two operations: refused", before: A, text: []string{P + "le mot : « juge » est remplacé par le mot : « maire » pour sa deuxième occurrence et le mot : « signe » est supprimé."}},
		{name: "past the last: refused", before: A, text: []string{P + "le mot : « juge » est supprimé à la troisième occurrence."}},
	})
}
