package law

import "testing"

// TestAmendmentPlaceAfterWords: a place said after the last words of a
// word operation ("Supprimer le mot : « A » à l'alinéa 2", "Remplacer le
// mot : « A » par le mot : « B » à l'alinéa 2", "… dans la première phrase
// de l'alinéa 2", "… aux alinéas 1 et 3", "Après le mot : « A », insérer le
// mot : « B » à l'alinéa 2") is the instruction's place — it
// was dropped, and the words edited in every alinéa of the article.
func TestAmendmentPlaceAfterWords(t *testing.T) {
	al := []string{"Le maire agit seul.", "Le maire signe seul. Il part seul.", "Le maire part seul."}
	runAmendments(t, []amCase{
		{"supprimer … à l'alinéa 2", al, "Supprimer le mot : « seul » à l'alinéa 2.", []string{al[0], "Le maire signe. Il part.", al[2]}},
		{"remplacer … par … à l'alinéa 2", al, "Remplacer le mot : « seul » par le mot : « vite » à l'alinéa 2.", []string{al[0], "Le maire signe vite. Il part vite.", al[2]}},
		{"substituer … au premier alinéa", al, "Substituer au mot : « seul » le mot : « vite » au premier alinéa.", []string{"Le maire agit vite.", al[1], al[2]}},
		{"dans la première phrase de l'alinéa 2", al, "Supprimer le mot : « seul » dans la première phrase de l'alinéa 2.", []string{al[0], "Le maire signe. Il part seul.", al[2]}},
		{"aux alinéas 1 et 3", al, "Supprimer le mot : « seul » aux alinéas 1 et 3.", []string{"Le maire agit.", al[1], "Le maire part."}},
		{"après … insérer … à l'alinéa 2", al, "Après le mot : « maire », insérer le mot : « adjoint » à l'alinéa 2.", []string{al[0], "Le maire adjoint signe seul. Il part seul.", al[2]}},
		{"au début, insérer … à l'alinéa 2", al, "Au début, insérer les mots : « Dès lors, » à l'alinéa 2.", []string{al[0], "Dès lors, le maire signe seul. Il part seul.", al[2]}},
		{"à la fin de l'alinéa 3", al, "Remplacer le mot : « seul » par le mot : « vite » à la fin de l'alinéa 3.", []string{al[0], al[1], "Le maire part vite."}},
	})
}
