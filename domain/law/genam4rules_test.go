package law

import "testing"

// TestGenAm4PlaceAnywhere: a word operation's place written after its
// words ("Remplacer le mot : « A », à l'alinéa 2, par …", "Supprimer les
// mots : « A » à l'alinéa 2.", "Insérer les mots : « B » au début de
// l'alinéa 2.") or first without its comma ("Au deuxième alinéa supprimer
// après le mot : « A » les mots : « B »") edits that place alone, as "À
// l'alinéa 2, remplacer …": the place was dropped and every alinéa
// edited, or the anchor deleted with the words.
func TestGenAm4PlaceAnywhere(t *testing.T) {
	A := []string{"Le maire signe le bail.", "Le juge vise le bail du bailleur."}
	two := func(s string) []string { return []string{A[0], s} }
	runAmendments(t, []amCase{
		{"replace, the place before par", A, "Remplacer le mot : « bail », à l'alinéa 2, par le mot : « contrat ».", two("Le juge vise le contrat du bailleur.")},
		{"the anchor first", A, "Après le mot : « vise », remplacer le mot : « le », à l'alinéa 2, par le mot : « un ».", two("Le juge vise un bail du bailleur.")},
		{"delete, the place last", A, "Supprimer les mots : « le bail » à l'alinéa 2.", two("Le juge vise du bailleur.")},
		{"substituer, the place last", A, "Substituer au mot : « bail » le mot : « contrat », à l'alinéa 2.", two("Le juge vise le contrat du bailleur.")},
		{"insert, the place between the words and the anchor", A, "Insérer les mots : « en urgence », à l'alinéa 2, après le mot : « vise ».", two("Le juge vise en urgence le bail du bailleur.")},
		{"au début, last", A, "Insérer les mots : « En outre, » au début de l'alinéa 2.", two("En outre, le juge vise le bail du bailleur.")},
		{"the place first, no comma", A, "Au deuxième alinéa supprimer après le mot : « vise » les mots : « le bail ».", two("Le juge vise du bailleur.")},
		{"the place first, no comma, plain", A, "À l'alinéa 2 supprimer le mot : « bail ».", two("Le juge vise le du bailleur.")},
	})
}

// TestGenAm4PlaceAfterQuotedAnchor: the place after the words when an
// anchor quoted "…" comes first ("Après le mot : "vise", remplacer le mot
// : "le", à l'alinéa 2, par …") edits that alinéa alone.
func TestGenAm4PlaceAfterQuotedAnchor(t *testing.T) {
	A := []string{"Le juge vise le bail.", "Le juge vise le bail du bailleur."}
	runAmendments(t, []amCase{
		{"straight quotes", A, `Après le mot : "vise", remplacer le mot : "le", à l'alinéa 2, par le mot : "un".`, []string{A[0], "Le juge vise un bail du bailleur."}},
		{"guillemets", A, "Après le mot : « vise », supprimer le mot : « le » à l'alinéa 1.", []string{"Le juge vise bail.", A[1]}},
	})
}

// TestGenAm4SenatPartsAfterWords: the Sénat's lines whose anchor or old
// words follow the words, in lower case ("Substituer les mots :" / B /
// "aux mots :" / A; "Insérer les mots :" / B / "après le mot :" / A) go
// on with the instruction (they were read as instructions of their own
// and refused).
func TestGenAm4SenatPartsAfterWords(t *testing.T) {
	A := []string{"Le juge vise le bail.", "Le juge vise le bail du bailleur."}
	two := func(s string) []string { return []string{A[0], s} }
	runAmendments(t, []amCase{
		{"substituer", A, "Alinéa 2\nSubstituer les mots :\nla note\naux mots :\nle bail", two("Le juge vise la note du bailleur.")},
		{"insérer après", A, "Alinéa 2\nInsérer les mots :\nen urgence\naprès le mot :\nvise", two("Le juge vise en urgence le bail du bailleur.")},
		{"supprimer après", A, "Alinéa 2\nSupprimer le mot :\nle\naprès le mot :\nvise", two("Le juge vise bail du bailleur.")},
		{"an occurrence", A, "Alinéa 2\nSupprimer le mot :\nbail\naprès la première occurrence du mot :\nle", two("Le juge vise le du bailleur.")},
	})
}

// TestGenAm4AnchorThenVerbThenPlace: an anchor first, then the verb and
// its place between commas ("Après le mot : « A », supprimer, à l'alinéa
// 2, le mot : « B »"), or the anchor after "substituer" ("Substituer,
// avant le mot : « A », au mot : « B » les mots : « C »") read as the
// anchor and the place before the verb.
func TestGenAm4AnchorThenVerbThenPlace(t *testing.T) {
	A := []string{"Le juge vise le bail.", "Le juge vise le bail du bailleur."}
	two := func(s string) []string { return []string{A[0], s} }
	runAmendments(t, []amCase{
		{"supprimer", A, "Après le mot : « vise », supprimer, à l'alinéa 2, le mot : « le ».", two("Le juge vise bail du bailleur.")},
		{"substituer", A, "Après le mot : « vise », substituer, à l'alinéa 2, les mots : « la note » au mot : « le ».", two("Le juge vise la note bail du bailleur.")},
		{"substituer, the anchor after it", A, "À l'alinéa 2, substituer, avant le mot : « du », au mot : « bail » les mots : « la note ».", two("Le juge vise le la note du bailleur.")},
		{"substituer, new words first", A, "Substituer, avant le mot : « du », les mots : « la note » au mot : « bail », à l'alinéa 2.", two("Le juge vise le la note du bailleur.")},
	})
}

// TestGenAm4AnchorLastAfterHead: "Alinéa 2 : insérer les mots : « B »,
// après le mot : « A »" — the anchor after the words, the place a head
// before a colon — inserts B after A in alinéa 2, as "À l'alinéa 2,
// insérer les mots : « B » après le mot : « A »" (it was refused).
func TestGenAm4AnchorLastAfterHead(t *testing.T) {
	A := []string{"Le juge vise le bail.", "Le juge vise le bail du bailleur."}
	two := func(s string) []string { return []string{A[0], s} }
	runAmendments(t, []amCase{
		{"comma", A, "Alinéa 2 : insérer les mots : « en urgence », après le mot : « vise ».", two("Le juge vise en urgence le bail du bailleur.")},
		{"no comma", A, "Alinéa 2 : insérer les mots : « en urgence » avant le mot : « du ».", two("Le juge vise le bail en urgence du bailleur.")},
		{"the place after the words too", A, "Substituer, avant le mot : « du », les mots : « la note » au mot : « bail », à l'alinéa 2.", two("Le juge vise le la note du bailleur.")},
	})
}

// TestGenAm4PlaceBetweenWords: "Substituer au mot : « A » au deuxième
// alinéa les mots : « B »" — the place between the old and the new words
// — edits that alinéa alone (every alinéa was edited); "En conséquence,
// à l'alinéa 2 supprimer, après le mot : « A », le mot : « B »" reads the
// place first without its comma after "En conséquence," (the anchor was
// deleted too).
func TestGenAm4PlaceBetweenWords(t *testing.T) {
	A := []string{"Le juge vise le bail.", "Le juge vise le bail du bailleur."}
	two := func(s string) []string { return []string{A[0], s} }
	runAmendments(t, []amCase{
		{"substituer", A, "Substituer au mot : « bail » au deuxième alinéa les mots : « la note ».", two("Le juge vise le la note du bailleur.")},
		{"en conséquence", A, "En conséquence, à l'alinéa 2 supprimer, après le mot : « juge », le mot : « le ».", two("Le juge vise bail du bailleur.")},
	})
}
