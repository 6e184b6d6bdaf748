package law

import "testing"

// TestAmProbeBeforeInsideQuotation: new alinéas put before a line of a
// bill's quoted text that is not its first ("Avant l'alinéa 3, insérer
// l'alinéa suivant : « … »" where the 2 opens the quotation of an article
// and the 3 goes on with it; the Sénat's "Avant l'alinéa 3" / "Insérer un
// alinéa ainsi rédigé :" / the text unquoted) are lines of that text and
// take its opening mark, as after the 2 they do — they went in unquoted,
// a line of the bill amid the quotation. Before the line after the
// quotation's end they stay the bill's.
func TestAmProbeBeforeInsideQuotation(t *testing.T) {
	A := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le juge statue.", "« Il motive sa décision.", "« Il la notifie. »", "II. – Le décret entre en vigueur."}
	in := func(i int, l string) []string {
		return append(append(append([]string(nil), A[:i]...), l), A[i:]...)
	}
	runAmendments(t, []amCase{
		{"before a line of the quotation", A, "Avant l'alinéa 3, insérer l'alinéa suivant : « Il entend les parties. »", in(2, "« Il entend les parties.")},
		{"as after the line before", A, "Après l'alinéa 2, insérer l'alinéa suivant : « Il entend les parties. »", in(2, "« Il entend les parties.")},
		{"the Sénat's", A, "Avant l'alinéa 4\nInsérer un alinéa ainsi rédigé :\nIl entend les parties.", in(3, "« Il entend les parties.")},
		{"before the line after the quotation: the bill's", A, "Avant l'alinéa 5, insérer l'alinéa suivant : « Le juge dort. »", in(4, "Le juge dort.")},
	})
}

// TestAmProbeAlineaRewrittenWithoutLabel: an alinéa named by its number
// (or its rank) that begins with a label — an item "2°", a paragraph
// "II. –", a quoted article's heading "« Art. L. 1. –" — rewritten whole
// by new text without one ("Rédiger ainsi l'alinéa 3 : « L'article L. 2
// est modifié ; »"): whether it keeps its number is not said, as for a
// division named by its label — refused (it lost it: "1°", an unnumbered
// alinéa, "3°"); new text with another label ("« 3° … »" for the 2°)
// says two labels — refused (two 3°). New text with its label, "… –", or
// an alinéa without a label, read as before.
func TestAmProbeAlineaRewrittenWithoutLabel(t *testing.T) {
	L := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé ;", "3° L'article L. 3 est abrogé.", "II. – Le décret entre en vigueur.", "Il est publié."}
	Q := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le juge statue.", "« Il motive sa décision. »"}
	runAmendments(t, []amCase{
		{"an item: refused", L, "Rédiger ainsi l'alinéa 3 : « L'article L. 2 est modifié ; »", nil},
		{"the Sénat's: refused", L, "Alinéa 3\nRédiger ainsi cet alinéa :\nL'article L. 2 est modifié ;", nil},
		{"a paragraph: refused", L, "Rédiger ainsi l'alinéa 5 : « Le décret entre en vigueur en 2028. »", nil},
		{"by its rank: refused", L, "Rédiger ainsi le cinquième alinéa : « Le décret entre en vigueur en 2028. »", nil},
		{"an article's heading: refused", Q, "Rédiger ainsi l'alinéa 2 : « Le tribunal statue. »", nil},
		{"another item's label: refused", L, "Rédiger ainsi l'alinéa 3 : « 3° L'article L. 2 est modifié ; »", nil},
		{"a paragraph's label for an item: refused", L, "Rédiger ainsi l'alinéa 3 : « II. – L'article L. 2 est modifié. »", nil},
		{"another paragraph's label: refused", L, "Rédiger ainsi l'alinéa 5 : « III. – Le décret entre en vigueur en 2028. »", nil},
		{"with its label", L, "Rédiger ainsi l'alinéa 3 : « 2° L'article L. 2 est modifié ; »", []string{L[0], L[1], "2° L'article L. 2 est modifié ;", L[3], L[4], L[5]}},
		{"… –", L, "Rédiger ainsi l'alinéa 5 : « … – Le décret entre en vigueur en 2028. »", []string{L[0], L[1], L[2], L[3], "II. – Le décret entre en vigueur en 2028.", L[5]}},
		{"a quoted line without a label", Q, "Rédiger ainsi l'alinéa 3 : « Il la notifie. »", []string{Q[0], Q[1], "« Il la notifie. »"}},
		{"alinéas apart without labels, rewritten each", []string{"Le juge lit.", "Le juge dit.", "Le juge vit."}, "Alinéas 1 et 3\nRédiger ainsi ces alinéas :\nIl est lu.", []string{"Il est lu.", "Le juge dit.", "Il est lu."}},
		{"the whole article", L, "Rédiger ainsi les alinéas 1 à 6 : « Le code est abrogé. »", []string{"Le code est abrogé."}},
		{"an elided label", L, "Rédiger ainsi l'alinéa 5 : « ...° Le décret entre en vigueur en 2028. »", []string{L[0], L[1], L[2], L[3], "...° Le décret entre en vigueur en 2028.", L[5]}},
		{"an alinéa without a label", L, "Rédiger ainsi l'alinéa 6 : « Il est affiché. »", []string{L[0], L[1], L[2], L[3], L[4], "Il est affiché."}},
	})
}

// TestAmProbeIntroSentenceDropped: the last sentence of an alinéa that
// introduces the text after it ("I. – Le juge statue. Il peut :" then its
// items; "… est ainsi rédigé :" then the quoted text) deleted, or
// rewritten by a sentence that ends without a colon, leaves the items
// under an alinéa announcing none: what becomes of them is not said —
// refused, as the alinéa rewritten whole is (they were left standing
// alone). Its other sentences, and a new last sentence that introduces
// them, are read.
func TestAmProbeIntroSentenceDropped(t *testing.T) {
	A := []string{"I. – Le juge statue. Il peut :", "1° Statuer ;", "2° Viser l'acte.", "II. – Le décret entre en vigueur."}
	Q := []string{"I. – Le code est modifié. L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le juge statue. »", "II. – Le décret entre en vigueur."}
	runAmendments(t, []amCase{
		{"deleted: refused", A, "Supprimer la dernière phrase de l'alinéa 1.", nil},
		{"the Sénat's: refused", A, "Alinéa 1, seconde phrase\nSupprimer cette phrase.", nil},
		{"rewritten without its colon: refused", A, "Rédiger ainsi la seconde phrase de l'alinéa 1 : « Il statue. »", nil},
		{"a quotation's introduction: refused", Q, "Supprimer la dernière phrase de l'alinéa 1.", nil},
		{"rewritten with its colon", A, "Rédiger ainsi la seconde phrase de l'alinéa 1 : « Il doit : »", []string{"I. – Le juge statue. Il doit :", A[1], A[2], A[3]}},
		{"the first sentence", A, "Supprimer la première phrase de l'alinéa 1.", []string{"I. – Il peut :", A[1], A[2], A[3]}},
		{"II's last sentence", []string{A[0], A[1], A[2], "II. – Le décret entre en vigueur. Il est publié."}, "Supprimer la dernière phrase de l'alinéa 4.", []string{A[0], A[1], A[2], "II. – Le décret entre en vigueur."}},
	})
}

// TestAmProbeIntroNamedOtherwise: an alinéa that introduces the text
// after it (its items, its quoted text), named by its rank in a division
// ("le premier alinéa du I", "du 1°") and deleted or rewritten by text
// that announces nothing, or whose end is rewritten to close otherwise
// than with a colon ("Rédiger ainsi la fin de l'alinéa 1 après le mot :
// « peut » : « aussi viser. »"): what becomes of that text is not said —
// refused, as for the alinéa named by its number (the items were left
// under "1° (Supprimé)" or under an alinéa announcing none). A new end
// without its final sign keeps the colon (read), the end deleted too.
func TestAmProbeIntroNamedOtherwise(t *testing.T) {
	A := []string{"I. – Le juge statue. Il peut :", "1° Statuer ;", "2° Viser l'acte.", "II. – Le décret entre en vigueur."}
	B := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le premier alinéa est supprimé ;", "b) Le second alinéa est supprimé ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		{"the first alinéa of the I rewritten: refused", A, "Rédiger ainsi le premier alinéa du I : « I. – Le juge statue. »", nil},
		{"the first alinéa of the 1° rewritten: refused", B, "Rédiger ainsi le premier alinéa du 1° : « 1° L'article L. 1 est abrogé ; »", nil},
		{"the first alinéa of the 1° deleted: refused", B, "Supprimer le premier alinéa du 1°.", nil},
		{"the end closed by a period: refused", A, "Rédiger ainsi la fin de l'alinéa 1 après le mot : « peut » : « aussi viser. »", nil},
		{"rewritten with its colon", B, "Rédiger ainsi le premier alinéa du 1° : « 1° L'article L. 1-1 est ainsi modifié : »", []string{B[0], "1° L'article L. 1-1 est ainsi modifié :", B[2], B[3], B[4]}},
		{"the end without its sign", A, "Rédiger ainsi la fin de l'alinéa 1 après le mot : « peut » : « aussi »", []string{"I. – Le juge statue. Il peut aussi :", A[1], A[2], A[3]}},
		{"the end deleted", A, "Supprimer la fin de l'alinéa 1 après le mot : « statue ».", []string{"I. – Le juge statue :", A[1], A[2], A[3]}},
		{"the whole 1°", B, "Rédiger ainsi le 1° : « 1° L'article L. 1 est abrogé ; »", []string{B[0], "1° L'article L. 1 est abrogé ;", B[4]}},
	})
}

// TestAmProbeClauseAfterQuotedEnd: words completing an alinéa of the bill
// that ends with the text it quotes ("1° L'article L. 1 est complété par
// les mots : « sans délai » ;") which read as the bill's next clause ("et
// le 2° est abrogé": a division or words named, then the bill's verb) go
// inside the quotation or after it — not said: refused (they went inside,
// « sans délai et le 2° est abrogé »). Other words complete the quoted
// text, as before.
func TestAmProbeClauseAfterQuotedEnd(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est complété par les mots : « sans délai » ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		{"a clause: refused", A, "Compléter le 1° par les mots : « et le 2° est abrogé ».", nil},
		{"words named: refused", A, "Compléter l'alinéa 2 par les mots : « et la dernière phrase est supprimée ».", nil},
		{"words of the quoted text", A, "Compléter l'alinéa 2 par les mots : « et sans frais ».", []string{A[0], "1° L'article L. 1 est complété par les mots : « sans délai et sans frais » ;", A[2]}},
	})
}
