package law

import "testing"

// TestAm5CompleteQuotedEnd: an alinéa of the bill that ends with the text
// it quotes after a colon ("2° Le second alinéa est ainsi rédigé : « … »",
// "1° … est complété par les mots : « … » ;") completed by words or by a
// sentence is completed inside the quotation, before its final period:
// the bill's sentence ends with its quotation (the words went after the
// closing mark, outside it, a text of neither). New words holding
// quotation marks of their own may be the bill's next clause: refused,
// and so is a sentence completing quoted words that end no sentence. So
// are the words the bill's verb introduces without the colon ("remplacé
// par le mot « préfet »"). A name ("dénommé « France Travail »") or a
// word mentioned ("Il écrit le mot « signé »") is followed by the words,
// as before.
func TestAm5CompleteQuotedEnd(t *testing.T) {
	A := []string{"I. – L'article L. 1 est ainsi modifié :", "1° Le premier alinéa est complété par les mots : « en mairie » ;", "2° Le second alinéa est ainsi rédigé : « Le maire signe le contrat. »", "II. – L'établissement est dénommé « France Travail »."}
	with := func(i int, l string) []string {
		out := append([]string(nil), A...)
		out[i] = l
		return out
	}
	runAmendments(t, []amCase{
		{"words, after a sentence", A, "Compléter l'alinéa 3 par les mots : « et le préfet le date ».", with(2, "2° Le second alinéa est ainsi rédigé : « Le maire signe le contrat et le préfet le date. »")},
		{"Sénat: words, after quoted words", A, "Alinéa 2\n\nCompléter cet alinéa par les mots :\n\net au greffe", with(1, "1° Le premier alinéa est complété par les mots : « en mairie et au greffe » ;")},
		{"à la fin de l'alinéa, ajouter", A, "À la fin de l'alinéa 3, ajouter les mots : « de bail ».", with(2, "2° Le second alinéa est ainsi rédigé : « Le maire signe le contrat de bail. »")},
		{"a sentence", A, "Compléter l'alinéa 3 par une phrase ainsi rédigée : « Il le date. »", with(2, "2° Le second alinéa est ainsi rédigé : « Le maire signe le contrat. Il le date. »")},
		{"Compléter le 2°", A, "Compléter le 2° par les mots : « de bail ».", with(2, "2° Le second alinéa est ainsi rédigé : « Le maire signe le contrat de bail. »")},
		{"words named without their colon", []string{"1° Le mot « maire » est remplacé par le mot « préfet » ;"}, "Compléter l'alinéa 1 par les mots : « de la commune ».", []string{"1° Le mot « maire » est remplacé par le mot « préfet de la commune » ;"}},
		{"a word mentioned: after it", []string{"Il écrit le mot « signé »."}, "Compléter l'alinéa 1 par les mots : « et daté ».", []string{"Il écrit le mot « signé » et daté."}},
		{"a name, not a text quoted: after it", A, "Compléter l'alinéa 4 par les mots : « et ses partenaires ».", with(3, "II. – L'établissement est dénommé « France Travail » et ses partenaires.")},
		{"new words quoting words: refused", A, "Compléter l'alinéa 2 par les mots : « et le mot : “maire” est supprimé ».", nil},
		{"a sentence after quoted words: refused", A, "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Il le date. »", nil},
	})
}

// TestAm5SentenceOfQuotingLine: a sentence named by its rank in an
// alinéa of the bill that ends with the text it quotes ("2° Le second
// alinéa est ainsi rédigé : « Le maire signe. Il date. »") is the bill's
// sentence — the whole line — or one of the quoted text's: not said,
// refused ("Alinéa 3, dernière phrase" / "Rédiger ainsi cette phrase :
// Il remet." gave "2° Il remet.", the bill's instruction lost). Words in
// the alinéa, and sentences of a quoted alinéa, stay read.
func TestAm5SentenceOfQuotingLine(t *testing.T) {
	A := []string{"I. – L'article L. 1 est ainsi modifié :", "1° Le premier alinéa est supprimé ;", "2° Le second alinéa est ainsi rédigé : « Le maire signe le contrat. Il le date. »", "« Le juge statue. Il motive. »"}
	with := func(i int, l string) []string {
		out := append([]string(nil), A...)
		out[i] = l
		return out
	}
	runAmendments(t, []amCase{
		{"the last, rewritten: refused", A, "Alinéa 3, dernière phrase\n\nRédiger ainsi cette phrase :\n\nIl le remet.", nil},
		{"the first, deleted: refused", A, "Supprimer la première phrase de l'alinéa 3.", nil},
		{"the second, completed: refused", A, "Alinéa 3, seconde phrase\n\nCompléter cette phrase par les mots :\n\net le remet", nil},
		{"words in the first: refused", A, "À la première phrase de l'alinéa 3, substituer au mot : « maire » le mot : « préfet ».", nil},
		{"words in the alinéa", A, "À l'alinéa 3, substituer au mot : « maire » le mot : « préfet ».", with(2, "2° Le second alinéa est ainsi rédigé : « Le préfet signe le contrat. Il le date. »")},
		{"a quoted alinéa's last sentence", A, "Alinéa 4, dernière phrase\n\nRédiger ainsi cette phrase :\n\nIl tranche.", with(3, "« Le juge statue. Il tranche. »")},
		{"a plain item's sentence", A, "Alinéa 2, première phrase\n\nRédiger ainsi cette phrase :\n\nLe premier alinéa est abrogé ;", with(1, "1° Le premier alinéa est abrogé ;")},
	})
}

// TestAm5NewItemWithCapitals: new text announced as an item whose label
// carries capitals — "Avant le 1° A, insérer un 1° AA ainsi rédigé :",
// "un 1° bis A", "Avant le I A, insérer un I AA" — is read as "un 1° B"
// was (it was refused: the announcement was not read).
func TestAm5NewItemWithCapitals(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° A L'article L. 1 est abrogé ;", "1° L'article L. 2 est abrogé ;", "2° L'article L. 3 est abrogé."}
	R := []string{"I A. – Le code rural est modifié.", "I. – Le code civil est modifié."}
	runAmendments(t, []amCase{
		{"un 1° AA before the 1° A", A, "Avant le 1° A, insérer un 1° AA ainsi rédigé :\n\n« 1° AA L'article L. 0 est abrogé ; »", []string{A[0], "1° AA L'article L. 0 est abrogé ;", A[1], A[2], A[3]}},
		{"un 1° bis A", A, "Après l'alinéa 3, insérer un 1° bis A ainsi rédigé :\n\n« 1° bis A L'article L. 4 est abrogé ; »", []string{A[0], A[1], A[2], "1° bis A L'article L. 4 est abrogé ;", A[3]}},
		{"un I AA", R, "Avant le I A, insérer un I AA ainsi rédigé :\n\nI AA. – Le code pénal est modifié.", []string{"I AA. – Le code pénal est modifié.", R[0], R[1]}},
	})
}

// TestAm5SameOperationNamed: "procéder à la même substitution" (…
// suppression, insertion; "au même remplacement", "au même ajout") repeats
// the operation before only when it is the one named: after a
// replacement, "la même suppression" is refused (the replacement was made
// again); "au même remplacement", "au même ajout" are read (they were
// refused); "la même modification" names any.
func TestAm5SameOperationNamed(t *testing.T) {
	A := []string{"Le maire signe.", "Le maire date.", "Le juge lit."}
	runAmendments(t, []amCase{
		{"la même substitution", A, "À l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet ».\n\nEn conséquence, procéder à la même substitution à l'alinéa 2.", []string{"Le préfet signe.", "Le préfet date.", A[2]}},
		{"au même remplacement (Sénat)", A, "Alinéa 1\n\nRemplacer le mot :\n\nmaire\n\npar le mot :\n\npréfet\n\nII. – En conséquence, alinéa 2\n\nProcéder au même remplacement.", []string{"Le préfet signe.", "Le préfet date.", A[2]}},
		{"au même ajout", A, "À l'alinéa 1, après le mot : « maire », insérer le mot : « adjoint ».\n\nEn conséquence, procéder au même ajout à l'alinéa 2.", []string{"Le maire adjoint signe.", "Le maire adjoint date.", A[2]}},
		{"la même modification", A, "À l'alinéa 1, supprimer le mot : « maire ».\n\nEn conséquence, procéder à la même modification à l'alinéa 2.", []string{"Le signe.", "Le date.", A[2]}},
		{"la même suppression after a replacement: refused", A, "À l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet ».\n\nEn conséquence, procéder à la même suppression à l'alinéa 2.", nil},
		{"la même substitution after a deletion: refused", A, "À l'alinéa 1, supprimer le mot : « maire ».\n\nEn conséquence, procéder à la même substitution à l'alinéa 2.", nil},
		{"la même suppression after an insertion: refused", A, "À l'alinéa 1, après le mot : « maire », insérer le mot : « adjoint ».\n\nEn conséquence, procéder à la même suppression à l'alinéa 2.", nil},
	})
}

// TestAm5WordsBetweenWords: "Supprimer les mots compris entre les mots :
// « A » et « B »" (also "situés entre le mot : « A » et le mot : « B »",
// and the same replaced) names a span bounded by A and B, not A and B:
// not read — refused (A and B were deleted, the span kept).
func TestAm5WordsBetweenWords(t *testing.T) {
	A := []string{"Le maire signe le contrat de bail en mairie."}
	runAmendments(t, []amCase{
		{"compris entre: refused", A, "Supprimer les mots compris entre les mots : « contrat » et « mairie ».", nil},
		{"situés entre le mot … et le mot: refused", A, "Supprimer les mots situés entre le mot : « contrat » et le mot : « mairie ».", nil},
		{"replaced: refused", A, "Remplacer les mots compris entre les mots : « contrat » et « mairie » par les mots : « écrit à la ».", nil},
		{"the words themselves", A, "Supprimer les mots : « de bail » et « en mairie ».", []string{"Le maire signe le contrat."}},
	})
}

// TestAm5WordsThenSentence: "Compléter l'alinéa 2 par les mots et une
// phrase ainsi rédigés : « et date. Il remet. »" — words that end the
// alinéa's last sentence, then a sentence, in one text — completes the
// alinéa as words do, before its period ("Le maire signe et date. Il
// remet."; it was a sentence of its own: "Le maire signe. et date. Il
// remet.").
func TestAm5WordsThenSentence(t *testing.T) {
	A := []string{"I. – Le juge lit.", "Le maire signe.", "1° Le préfet vise ;"}
	runAmendments(t, []amCase{
		{"les mots et une phrase", A, "Compléter l'alinéa 2 par les mots et une phrase ainsi rédigés : « et date. Il remet. »", []string{A[0], "Le maire signe et date. Il remet.", A[2]}},
		{"Sénat: le mot et deux phrases", A, "Alinéa 2\n\nCompléter cet alinéa par le mot et les deux phrases ainsi rédigés :\n\nseul. Il date. Il remet.", []string{A[0], "Le maire signe seul. Il date. Il remet.", A[2]}},
		{"two lines: refused", A, "Alinéa 2\n\nCompléter cet alinéa par les mots et une phrase ainsi rédigés :\n\net date.\n\nIl remet.", nil},
	})
}

// TestAm5DeletedBeforePeriod: the last words of a sentence set off by a
// comma, deleted without it ("Supprimer le mot : « notamment »" on "… le
// contrat, notamment."), take the comma with them: "… le contrat." (it
// gave "contrat,."); so before a semicolon or a closing parenthesis.
// Between two commas, one stays, as before.
func TestAm5DeletedBeforePeriod(t *testing.T) {
	runAmendments(t, []amCase{
		{"before the period", []string{"Il signe le contrat, notamment."}, "Supprimer le mot : « notamment ».", []string{"Il signe le contrat."}},
		{"before a semicolon", []string{"1° Il signe le contrat, notamment ;"}, "Supprimer le mot : « notamment ».", []string{"1° Il signe le contrat ;"}},
		{"before a closing parenthesis", []string{"Il signe (le contrat, le bail) seul."}, "Supprimer les mots : « le bail ».", []string{"Il signe (le contrat) seul."}},
		{"between two commas", []string{"Il signe, notamment, le contrat."}, "Supprimer le mot : « notamment ».", []string{"Il signe, le contrat."}},
	})
}
