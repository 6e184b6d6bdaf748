package law

import "testing"

// TestGrammarAmendmentProbe2: the Sénat's layout with sentences and ranges,
// words at the start, several words deleted (each quotation read, or the
// amendment refused: "supprimer les mots : « A » et « B »" deleted A and
// dropped B), several alinéas at once.
func TestGrammarAmendmentProbe2(t *testing.T) {
	bill := []string{"Le maire est élu. Il est rééligible une fois.", "Le conseil se réunit.", "Le préfet contrôle.", "Le juge tranche.", "Le greffier note."}
	runAmendments(t, []amCase{
		{"Sénat: alinéa, sentence, words", bill, "Alinéa 1, seconde phrase\n\nAprès le mot :\n\nrééligible\n\ninsérer les mots :\n\nau plus", []string{"Le maire est élu. Il est rééligible au plus une fois.", bill[1], bill[2], bill[3], bill[4]}},
		{"Sénat: a range of alinéas deleted", bill, "Alinéas 3 à 5\n\nSupprimer ces alinéas.", []string{bill[0], bill[1]}},
		{"Sénat: two unquoted alinéas inserted", bill, "Après l'alinéa 4\n\nInsérer deux alinéas ainsi rédigés :\n\nL'huissier signifie.\n\nLe notaire authentifie.", []string{bill[0], bill[1], bill[2], bill[3], "L'huissier signifie.", "Le notaire authentifie.", bill[4]}},
		{"au début de l'alinéa, insérer les mots", bill, "Au début de l'alinéa 2, insérer les mots : « Chaque mois, ».", []string{bill[0], "Chaque mois, le conseil se réunit.", bill[2], bill[3], bill[4]}},
		{"aux alinéas 3 et 4, remplacer", []string{"A.", "B.", "Le maire agit.", "Le maire décide."}, "Aux alinéas 3 et 4, remplacer le mot : « maire » par le mot : « préfet ».", []string{"A.", "B.", "Le préfet agit.", "Le préfet décide."}},
		{"supprimer les mots : « A » et « B »", []string{"Le maire et le préfet agissent seuls ici."}, "À l'alinéa 1, supprimer les mots : « seuls » et « ici ».", []string{"Le maire et le préfet agissent."}},
		{"supprimer les mots : « A », « B » et « C »", []string{"Le maire seul agit vite ici."}, "À l'alinéa 1, supprimer les mots : « seul », « vite » et « ici ».", []string{"Le maire agit."}},
		{"supprimer le mot : « A » et le mot : « B »", []string{"Le maire seul agit ici."}, "À l'alinéa 1, supprimer le mot : « seul » et le mot : « ici ».", []string{"Le maire agit."}},
		{"supprimer les mots : « A » ainsi que « B »: a quotation not read, refused (was: A deleted, B dropped)", []string{"Le maire seul agit ici."}, "À l'alinéa 1, supprimer les mots : « seul » ainsi que « ici ».", nil},
		{"à la seconde phrase de l'alinéa 1, remplacer", bill, "À la seconde phrase de l'alinéa 1, remplacer les mots : « une fois » par les mots : « deux fois ».", []string{"Le maire est élu. Il est rééligible deux fois.", bill[1], bill[2], bill[3], bill[4]}},
		{"rédiger ainsi la seconde phrase de l'alinéa 1", bill, "Rédiger ainsi la seconde phrase de l'alinéa 1 : « Il n'est pas rééligible. »", []string{"Le maire est élu. Il n'est pas rééligible.", bill[1], bill[2], bill[3], bill[4]}},
		{"supprimer la seconde phrase de l'alinéa 1", bill, "Supprimer la seconde phrase de l'alinéa 1.", []string{"Le maire est élu.", bill[1], bill[2], bill[3], bill[4]}},
		{"compléter la seconde phrase de l'alinéa 1 par les mots", bill, "Compléter la seconde phrase de l'alinéa 1 par les mots : « au plus ».", []string{"Le maire est élu. Il est rééligible une fois au plus.", bill[1], bill[2], bill[3], bill[4]}},
	})
}

// TestGrammarAmendmentQuotesRead: every quotation of an amendment's
// instruction is read by one of its edits, or the instruction is refused
// ("remplacer les mots : « A » et « B » par le mot : « C »" replaced A and
// dropped B; "compléter … par les mots : « A » et « B »" added A only).
func TestGrammarAmendmentQuotesRead(t *testing.T) {
	runAmendments(t, []amCase{
		{"remplacer les mots A et B par C: refused", []string{"Le maire seul agit ici."}, "À l'alinéa 1, remplacer les mots : « seul » et « ici » par le mot : « vite ».", nil},
		{"compléter l'alinéa par les mots A et B: refused", []string{"Le maire agit."}, "Compléter l'alinéa 1 par les mots : « seul » et « vite ».", nil},
		{"après le mot A, remplacer le mot B par C", []string{"Le maire et le préfet et le juge."}, "À l'alinéa 1, après le mot : « préfet », remplacer le mot : « et » par le mot : « ou ».", []string{"Le maire et le préfet ou le juge."}},
		{"insérer, après le mot A, les mots B", []string{"Le maire agit."}, "À l'alinéa 1, insérer, après le mot : « maire », les mots : « seul ».", []string{"Le maire seul agit."}},
		{"après les mots A, supprimer les mots B: the B after A (A also ends the alinéa)", []string{"De Miquelon et de président, et de président de Miquelon."}, "À l'alinéa 1, après les mots : « Miquelon », supprimer les mots : « et de président ».", []string{"De Miquelon, et de président de Miquelon."}},
		{"après les mots A, supprimer les mots B et C: refused", []string{"De Miquelon et de président, seul."}, "À l'alinéa 1, après les mots : « Miquelon », supprimer les mots : « et de président » et « seul ».", nil},
	})
}
