package law

import "testing"

// TestAm7SentencesOfOneParagraph: two instructions in one paragraph, each
// ended by its full stop ("Supprimer l'alinéa 3. Supprimer l'alinéa 5.",
// "I. – … II. – …"), are two instructions, their alinéas numbered on the
// article as tabled, as two paragraphs are (the paragraph was refused
// whole). A full stop inside quoted words ends no sentence; a sentence
// that is not an instruction stays in the one before.
func TestAm7SentencesOfOneParagraph(t *testing.T) {
	A := []string{"Le maire signe A.", "Le juge lit B.", "Le préfet vise C.", "Le greffier note D.", "Le ministre tranche E."}
	runAmendments(t, []amCase{
		{"two deletions", A, "Supprimer l'alinéa 3. Supprimer l'alinéa 5.", []string{A[0], A[1], A[3]}},
		{"a deletion and a substitution", A, "À l'alinéa 2, supprimer le mot : « B ». À l'alinéa 4, substituer au mot : « D » le mot : « F ».", []string{A[0], "Le juge lit.", A[2], "Le greffier note F.", A[4]}},
		{"numbered parts", A, "I. – Supprimer l'alinéa 3. II. – À l'alinéa 4, supprimer le mot : « D ».", []string{A[0], A[1], "Le greffier note.", A[4]}},
		{"a full stop in the quoted words", A, "À l'alinéa 2, remplacer le mot : « B. » par le mot : « G. ». Supprimer l'alinéa 5.", []string{A[0], "Le juge lit G.", A[2], A[3]}},
		{"a full stop in quoted words then a verb", []string{"Le juge lit B. Supprimer l'alinéa 5 est interdit."}, "Au premier alinéa, remplacer les mots : « B. Supprimer l'alinéa 5 est » par les mots : « C. Il est ».", []string{"Le juge lit C. Il est interdit."}},
	})
}

// TestAm7OperationWithoutNoun: quoted text an operation names without its
// noun ("remplacer « A » par « B »", "supprimer « A »", "après « A »,
// insérer « B »", "compléter … par « B »", "substituer à « A » « B »", the Sénat's lines "Remplacer"
// / « A » / "par" / « B ») is read as words, "les mots" (it was
// refused); unquoted, where the words end is not said: refused. Quoted
// new text saying "par « B »" is left as it is.
func TestAm7OperationWithoutNoun(t *testing.T) {
	A := []string{"Le maire signe A.", "Le juge lit B.", "Le préfet vise C."}
	runAmendments(t, []amCase{
		{"replace", A, "À l'alinéa 2, remplacer « lit B » par « tranche G ».", []string{A[0], "Le juge tranche G.", A[2]}},
		{"replace, straight quotes", A, "À l'alinéa 2, remplacer \"B\" par \"G\".", []string{A[0], "Le juge lit G.", A[2]}},
		{"delete", A, "À l'alinéa 2, supprimer « B ».", []string{A[0], "Le juge lit.", A[2]}},
		{"insert after", A, "À l'alinéa 2, après « lit », insérer « bien ».", []string{A[0], "Le juge lit bien B.", A[2]}},
		{"substitute", A, "À l'alinéa 2, substituer à « B » « G ».", []string{A[0], "Le juge lit G.", A[2]}},
		{"two operations joined", A, "À l'alinéa 2, remplacer « B » par « G » et supprimer « lit ».", []string{A[0], "Le juge G.", A[2]}},
		{"complete", A, "Compléter l'alinéa 2 par « et G ».", []string{A[0], "Le juge lit B et G.", A[2]}},
		{"Sénat lines, quoted", A, "Alinéa 2\nRemplacer\n« B »\npar\n« G »", []string{A[0], "Le juge lit G.", A[2]}},
		{"Sénat lines, unquoted: refused", A, "Alinéa 2\nRemplacer\nB\npar\nG", nil},
		{"quoted new text untouched", A, "Rédiger ainsi l'alinéa 2 : « Le juge remplace « A » par « B ». »", []string{A[0], "Le juge remplace « A » par « B ».", A[2]}},
	})
}

// TestAm7QuotedPartNotAmendmentPart: a line of new text that opens with a
// quotation mark and a part's number ("« II. – Le préfet vise. »" under
// "I. – Après l'alinéa 3, insérer deux alinéas ainsi rédigés :") is new
// text, never the amendment's part II, even when it reads as an
// instruction; the amendment's own unquoted "II. – Supprimer …" after it
// is. (The new text goes after the I's last alinéa: before it, it would
// take that alinéa from the I — TestProbeAm93ParagraphBeforeItsAlinea.)
func TestAm7QuotedPartNotAmendmentPart(t *testing.T) {
	A := []string{"I. – Le maire signe A.", "Le juge lit B.", "Le préfet vise C.", "Le greffier note D.", "II. – Le ministre tranche E."}
	runAmendments(t, []amCase{
		{"quoted II then the amendment's II", A, "I. – Après l'alinéa 4, insérer deux alinéas ainsi rédigés :\n\n« I bis. – Le maire peut supprimer l'acte.\n\n« II. – Le préfet vise. »\n\nII. – Supprimer l'alinéa 5.", []string{A[0], A[1], A[2], A[3], "I bis. – Le maire peut supprimer l'acte.", "II. – Le préfet vise.", "II. – (Supprimé)"}},
		{"quoted II reading as an instruction", A, "I. – Après l'alinéa 4, insérer deux alinéas ainsi rédigés :\n\n« I bis. – Le maire lit. »\n\n« II. – Supprimer l'alinéa 5. »", []string{A[0], A[1], A[2], A[3], "I bis. – Le maire lit.", "II. – Supprimer l'alinéa 5.", A[4]}},
		{"curly quotes", A, "I. – Après l'alinéa 4, insérer deux alinéas ainsi rédigés :\n\n“I bis. – Le maire lit.\n\n“II. – Le préfet vise.”\n\nII. – Supprimer l'alinéa 5.", []string{A[0], A[1], A[2], A[3], "I bis. – Le maire lit.", "II. – Le préfet vise.", "II. – (Supprimé)"}},
	})
}

// TestAm7AnnouncedQuotationsInline: the alinéas a head announces, quoted
// one after the other on its own line ("Après l'alinéa 3, insérer deux
// alinéas ainsi rédigés : « A » « B »"), are each an alinéa of new text
// (it was refused); their number must be the one announced, else refused.
func TestAm7AnnouncedQuotationsInline(t *testing.T) {
	A := []string{"I. – Le maire signe A.", "Le juge lit B.", "Le préfet vise C.", "II. – Le ministre tranche E."}
	runAmendments(t, []amCase{
		{"two alinéas inserted", A, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés : « Le maire lit. » « Le préfet signe. »", []string{A[0], A[1], "Le maire lit.", "Le préfet signe.", A[2], A[3]}},
		{"parts quoted under the amendment's I", A, "I. – Après l'alinéa 3, insérer deux alinéas ainsi rédigés : « I bis. – Le maire lit. » « I ter. – Le préfet signe. »", []string{A[0], A[1], A[2], "I bis. – Le maire lit.", "I ter. – Le préfet signe.", A[3]}},
		{"an alinéa replaced by two", A, "Remplacer l'alinéa 2 par deux alinéas ainsi rédigés : « Le juge lit. » « Le juge signe. »", []string{A[0], "Le juge lit.", "Le juge signe.", A[2], A[3]}},
		{"three announced, two quoted: refused", A, "Après l'alinéa 2, insérer trois alinéas ainsi rédigés : « Le maire lit. » « Le préfet signe. »", nil},
		{"no count, the plural: every quotation (TestRefuse85InlineAlineasUncounted)", A, "Après l'alinéa 2, insérer les alinéas suivants : « Le maire lit. » « Le préfet signe. »", []string{A[0], A[1], "Le maire lit.", "Le préfet signe.", A[2], A[3]}},
		{"no count, the singular: refused", A, "Après l'alinéa 2, insérer l'alinéa suivant : « Le maire lit. » « Le préfet signe. »", nil},
	})
}
