package law

import "testing"

// TestAm4DetachedOccurrence: an occurrence's rank said apart from the
// words it ranks — "remplacer le mot : « A » par le mot : « B » à la
// seconde occurrence", "…, à la deuxième occurrence, …", "après le mot :
// « A » (seconde occurrence)" — ranks the words replaced, deleted or
// inserted after, as "la seconde occurrence du mot : « A »" does (the
// rank was dropped and every occurrence edited). Two ranks, or two groups
// of words it could rank, are not said: refused.
func TestAm4DetachedOccurrence(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat et le contrat.", "Il remet le contrat au préfet."}
	second := []string{"I. – Le maire signe le contrat et le bail.", A[1]}
	runAmendments(t, []amCase{
		{"à la seconde occurrence, at the end", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » à la seconde occurrence.", second},
		{"à la deuxième occurrence, before the verb", A, "À l'alinéa 1, à la deuxième occurrence, remplacer le mot : « contrat » par le mot : « bail ».", second},
		{"after the verb", A, "À l'alinéa 1, remplacer, à la deuxième occurrence, le mot : « contrat » par le mot : « bail ».", second},
		{"substituer, after the words", A, "À l'alinéa 1, substituer au mot : « contrat », à la seconde occurrence, le mot : « bail ».", second},
		{"(seconde occurrence)", A, "À l'alinéa 1, substituer au mot : « contrat » (seconde occurrence) le mot : « bail ».", second},
		{"deleted", A, "À l'alinéa 1, supprimer les mots : « et le contrat » à la première occurrence.", []string{"I. – Le maire signe le contrat.", A[1]}},
		{"the anchor", A, "À l'alinéa 1, après le mot : « contrat » (seconde occurrence), insérer le mot : « signé ».", []string{"I. – Le maire signe le contrat et le contrat signé.", A[1]}},
		{"the anchor, between commas", A, "À l'alinéa 1, après le mot : « contrat », à la seconde occurrence, insérer le mot : « signé ».", []string{"I. – Le maire signe le contrat et le contrat signé.", A[1]}},
		{"la dernière occurrence", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » à la dernière occurrence.", second},
		{"the rank written with the words stays", A, "À l'alinéa 1, substituer à la seconde occurrence du mot : « contrat » le mot : « bail ».", second},
		{"two groups of words: refused", A, "À l'alinéa 1, après le mot : « signe », supprimer les mots : « le contrat » à la seconde occurrence.", nil},
		{"two pairs: refused", A, "À l'alinéa 1, remplacer le mot : « contrat » par le mot : « bail » et le mot : « maire » par le mot : « préfet » à la seconde occurrence.", nil},
		{"two ranks: refused", A, "À l'alinéa 1, à la première occurrence, remplacer le mot : « contrat » par le mot : « bail » à la seconde occurrence.", nil},
		{"a rank on words already ranked: refused", A, "À l'alinéa 1, remplacer la première occurrence du mot : « contrat » par le mot : « bail » à la seconde occurrence.", nil},
	})
}
