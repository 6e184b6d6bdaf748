package law

import "testing"

// TestGrammarUnreadPartsAmendments: the parts of a text no division of
// the grammar reads — a dash of a list, an annex, a table's cells and
// headings ("la rubrique", "la case") — are one list for bills and
// amendments (unreadPart). An amendment placing its edit there is
// refused: it was read as the division around it, or the whole article
// ("Supprimer le deuxième tiret du I" deleted the I, "Au dernier tiret,
// remplacer …" and "À l'annexe, remplacer …" edited every alinéa). The
// same edits on an alinéa or an item are read as before; a dash of an
// alinéa named by its number is read (TestLang93DashOfAnAlinea).
func TestGrammarUnreadPartsAmendments(t *testing.T) {
	P := []string{"I. – Le maire :", "– signe les actes ;", "– saisit le maire adjoint.", "II. – Le tableau annexé :", "Rubrique | Montant", "Taxe du maire | 10"}
	to := func(i int, s string) []string {
		w := append([]string(nil), P...)
		w[i] = s
		return w
	}
	runAmendments(t, []amCase{
		{"a dash of the I: refused", P, "Supprimer le deuxième tiret du I.", nil},
		{"the last dash: refused", P, "Au dernier tiret, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"a dash of the list an alinéa introduces (TestLang93DashOfAnAlinea)", P, "Au deuxième tiret de l'alinéa 1, remplacer le mot : « maire » par le mot : « préfet ».", to(2, "– saisit le préfet adjoint.")},
		{"an alinéa's dash, ordinal without determiner: refused", P, "Alinéa 3, deuxième tiret : remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"the annex: refused", P, "À l'annexe, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"a table's heading: refused", P, "À la rubrique « Taxe du maire », remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"a cell of a row: refused", P, "Dans la case de la deuxième ligne, remplacer le mot : « maire » par le mot : « préfet ».", nil},
		{"the alinéa itself", P, "Alinéa 3 : remplacer le mot : « maire » par le mot : « préfet ».", to(2, "– saisit le préfet adjoint.")},
		{"the alinéa holding the table", P, "Au tableau de l'alinéa 6, remplacer le mot : « maire » par le mot : « préfet ».", to(5, "Taxe du préfet | 10")},
		{"the I", P, "Au I, remplacer le mot : « maire » par le mot : « préfet ».", []string{"I. – Le préfet :", "– signe les actes ;", "– saisit le préfet adjoint.", P[3], P[4], P[5]}},
	})
}

// TestGrammarPlaceholderInItsList: an item an amendment leaves for the
// consolidation to number ("…° Le mot …") is numbered in its own list,
// which ends at a division above it in the law's order — the B after
// the degrees of an A, as the II after those of a I. Before, the degrees
// of the A ran on under the B: a new last item of the A became "2° bis"
// (a 1° followed, under the B) and a new first item of the B "2° bis"
// too. An item added before the 1° of its list is 1° A, as a paragraph
// before the I is I A.
func TestGrammarPlaceholderInItsList(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "A. – L'article L. 1 est ainsi modifié :", "1° Le mot : « a » est supprimé ;", "2° Le mot : « b » est supprimé ;", "B. – L'article L. 2 est ainsi modifié :", "1° Le mot : « c » est supprimé."}
	ins := func(at int, s string) []string {
		w := append([]string(nil), A[:at]...)
		return append(append(w, s), A[at:]...)
	}
	runAmendments(t, []amCase{
		{"the last of the A", A, "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n…° Le mot : « d » est supprimé ;", ins(4, "3° Le mot : « d » est supprimé ;")},
		{"before the 1° of the B", A, "Après l'alinéa 5, insérer un alinéa ainsi rédigé :\n\n…° Le mot : « d » est supprimé ;", ins(5, "1° A Le mot : « d » est supprimé ;")},
		{"between the 1° and the 2° of the A", A, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n…° Le mot : « d » est supprimé ;", ins(3, "1° bis Le mot : « d » est supprimé ;")},
	})
}

// TestGrammarJoinedDeletions: divisions an amendment deletes together by
// their labels leave one placeholder, as the same deletion named by its
// alinéas does and as the chambers' texts print them ("VIII et IX. -
// (Supprimé)", "III bis et III ter. - (Supprimé)" in the development
// set's adopted texts); they were each left "II. – (Supprimé)". Divisions
// apart keep a placeholder each.
func TestGrammarJoinedDeletions(t *testing.T) {
	B := []string{"I. – Le maire agit.", "II. – Le juge tranche.", "III. – Le greffier note.", "III bis. – Le notaire signe.", "IV. – Le préfet vise."}
	runAmendments(t, []amCase{
		{"les II et III", B, "Supprimer les II et III.", []string{B[0], "II et III. – (Supprimé)", B[3], B[4]}},
		{"the same by alinéas", B, "Supprimer les alinéas 2 et 3.", []string{B[0], "II et III. – (Supprimé)", B[3], B[4]}},
		{"les III et III bis", B, "Supprimer les III et III bis.", []string{B[0], B[1], "III et III bis. – (Supprimé)", B[4]}},
		{"in two instructions in a row", B, "I. – Supprimer le II.\nII. – En conséquence, supprimer le III.", []string{B[0], "II et III. – (Supprimé)", B[3], B[4]}},
		{"apart: one each", B, "Supprimer les I et III.", []string{"I. – (Supprimé)", B[1], "III. – (Supprimé)", B[3], B[4]}},
	})
}

// TestGrammarItemAfterQuotedText: a new item inserted after an item of
// the bill whose quoted text ends there is the bill's item, not a line
// of the quotation: "1° Après le premier alinéa, il est inséré un alinéa
// ainsi rédigé :", "« Le maire signe. » ;" then "1° bis Les frais …" — it
// took the quotation's closing mark and quotes of its own ("« …
// signe.", "« 1° bis … ; » ;"; an item that is an instruction itself was
// already the bill's). A new item continuing a quoted list ("« 4° … »" then
// "5° …") still joins the quotation.
func TestGrammarItemAfterQuotedText(t *testing.T) {
	B := []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Le maire signe. » ;", "2° Le dernier alinéa est supprimé."}
	Q := []string{"L'article L. 1 du code civil est complété par deux alinéas ainsi rédigés :", "« 3° Le maire signe ;", "« 4° Le juge tranche. »"}
	runAmendments(t, []amCase{
		{"the bill's 1° bis", B, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« 1° bis Les frais sont à la charge de l'État ; »",
			[]string{B[0], B[1], B[2], "1° bis Les frais sont à la charge de l'État ;", B[3]}},
		{"a quoted list's 5°", Q, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« 5° Le greffier note. »",
			[]string{Q[0], Q[1], "« 4° Le juge tranche ;", "« 5° Le greffier note. »"}},
	})
}

// TestGrammarCompletedItemEndingWithQuotation: "Compléter le 2° par un
// alinéa ainsi rédigé : « … »" where the 2° ends with the text it quotes
// does not say whether the new alinéa is a line of that text or of the
// 2° after it: refused (it went after the quotation, unquoted, a line of
// neither). A new item after it, or the words that complete it, are
// read as before.
func TestGrammarCompletedItemEndingWithQuotation(t *testing.T) {
	B := []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est complété par une phrase ainsi rédigée :", "« Il signe. » ;", "2° Après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Le maire vise. » ;", "3° Le dernier alinéa est supprimé."}
	runAmendments(t, []amCase{
		{"an alinéa: refused", B, "Compléter le 2° par un alinéa ainsi rédigé :\n\n« Le préfet contrôle. »", nil},
		{"the Sénat's: refused", B, "Alinéa 5\n\nCompléter le 2° par un alinéa ainsi rédigé :\n\nLe préfet contrôle.", nil},
		{"a new item after it", B, "Après le 2°, insérer un 2° bis ainsi rédigé :\n\n« 2° bis Le deuxième alinéa est supprimé ; »",
			[]string{B[0], B[1], B[2], B[3], B[4], "2° bis Le deuxième alinéa est supprimé ;", B[5]}},
	})
}

// TestGrammarMemberOfSentence: "le second membre de phrase" (a part of a
// sentence, between its punctuation) is a part no division reads: a
// bill's or an amendment's edit placed there is refused. It was dropped
// from the locator: "Au 1°, au second membre de phrase, le mot …"
// edited the whole 1°.
func TestGrammarMemberOfSentence(t *testing.T) {
	B := []string{"Sont punis :", "1° Le maire, sauf si le maire consent ;", "2° Le préfet."}
	runGrammar(t, []grammarCase{
		{name: "a bill: refused", before: B, text: []string{"Au 1° de l'article L. 1 du code civil, au second membre de phrase, le mot : « maire » est remplacé par le mot : « juge »."}},
		{name: "its first: refused", before: B, text: []string{"Au premier membre de phrase du 1° de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."}},
	})
	runAmendments(t, []amCase{
		{"an amendment: refused", B, "Alinéa 2, second membre de phrase, remplacer le mot : « maire » par le mot : « juge ».", nil},
	})
}
