package law

import "testing"

// The rules found by TestGenerativeAmendments (genam_test.go), each on a
// short phrase.

// TestGenAmIndicativeConseqCurly: a word operation in the indicative at the
// amendment's own alinéa reads as its imperative after "En conséquence, "
// too, with its words quoted “…” as well as « … », and at "le dernier
// alinéa" (they were refused).
func TestGenAmIndicativeConseqCurly(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge vise le bail.", "Le préfet date l'acte."}
	runAmendments(t, []amCase{
		{"en conséquence", A, "En conséquence, à l'alinéa 2, le mot : « bail » est supprimé.", []string{A[0], "Le juge vise le.", A[2]}},
		{"curly quotes", A, "À l'alinéa 2, le mot : “bail” est remplacé par le mot : “contrat”.", []string{A[0], "Le juge vise le contrat.", A[2]}},
		{"curly quotes, an anchor", A, "À l'alinéa 2, après le mot : “vise”, sont insérés les mots : “sans délai”.", []string{A[0], "Le juge vise sans délai le bail.", A[2]}},
		{"au dernier alinéa", A, "Au dernier alinéa, le mot : « date » est remplacé par le mot : « vise ».", []string{A[0], A[1], "Le préfet vise l'acte."}},
		{"quoted in new text stays text", A, "Après l'alinéa 1, insérer l'alinéa suivant : « En conséquence, à l'alinéa 2, le mot : “bail” est supprimé. »", []string{A[0], "En conséquence, à l'alinéa 2, le mot : “bail” est supprimé.", A[1], A[2]}},
	})
}

// TestGenAmIndicativeNextPart: the amendment's next part in the indicative
// at its own alinéa ("II. – Au deuxième alinéa, le mot : « A » est
// supprimé.") ends the quoted new text of the part before (it was taken
// for a line of it, and the amendment refused); after "Rédiger ainsi cet
// article :" it stays new text.
func TestGenAmIndicativeNextPart(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge vise le bail.", "Le préfet date."}
	runAmendments(t, []amCase{
		{"next part", A, "I. – Après l'alinéa 1, insérer l'alinéa suivant :\n« Le greffier lit. »\nII. – Au deuxième alinéa, le mot : « bail » est supprimé.", []string{A[0], "Le greffier lit.", "Le juge vise le.", A[2]}},
		{"whole article", A, "Rédiger ainsi cet article :\n« I. – Le greffier lit. »\n« II. – Au deuxième alinéa, le mot : « bail » est supprimé. »", []string{"I. – Le greffier lit.", "II. – Au deuxième alinéa, le mot : « bail » est supprimé."}},
	})
}

// TestGenAmTypedAsTabled: new text takes the typography of the bill
// article as tabled, counted with the text it goes into: after the
// amendment deleted the alinéa holding the apostrophes, "L’agent" still
// goes in as the article types it (it kept the amendment's ’).
func TestGenAmTypedAsTabled(t *testing.T) {
	A := []string{"L'agent signe l'acte.", "Le juge vise."}
	runAmendments(t, []amCase{
		{"deleted first", A, "I. – Supprimer l'alinéa 1.\nII. – Après l'alinéa 2, insérer l'alinéa suivant :\n« L’agent date. »", []string{"Le juge vise.", "L'agent date."}},
	})
	a := Article{Number: "1", Alineas: A}
	got, _ := ComposeAmendments(a, []string{"Supprimer l'alinéa 1.", "Compléter l’alinéa 2 par les mots : « de l’agent »."})
	if want := "Le juge vise de l'agent."; len(got.Alineas) != 1 || got.Alineas[0] != want {
		t.Errorf("composed: got %q, want %q", got.Alineas, want)
	}
}

// TestGenAmWordsBeyondTabled: a word edit of the whole article ("Après le
// mot : « A », insérer …", no alinéa named) where text an earlier part of
// the amendment, or an amendment adopted before it, wrote also holds A:
// the amendment was drafted on the text as tabled, whether the new
// occurrence is meant is not said — refused (the words went after both).
func TestGenAmWordsBeyondTabled(t *testing.T) {
	A := []string{"Le maire signe sans délai.", "Le juge vise."}
	runAmendments(t, []amCase{
		{"the new text holds the anchor: refused", A, "I. – Rédiger ainsi l'alinéa 2 : « Le juge date sans délai. »\nII. – Après le mot : « délai », insérer les mots : « d'un mois ».", nil},
		{"it does not: read", A, "I. – Rédiger ainsi l'alinéa 2 : « Le juge date. »\nII. – Après le mot : « délai », insérer les mots : « d'un mois ».", []string{"Le maire signe sans délai d'un mois.", "Le juge date."}},
		{"an alinéa named: read", A, "I. – Rédiger ainsi l'alinéa 2 : « Le juge date sans délai. »\nII. – À l'alinéa 1, après le mot : « délai », insérer les mots : « d'un mois ».", []string{"Le maire signe sans délai d'un mois.", "Le juge date sans délai."}},
	})
	_, rs := ComposeAmendments(Article{Number: "1", Alineas: A}, []string{"Rédiger ainsi l'alinéa 2 : « Le juge date sans délai. »", "Supprimer le mot : « délai »."})
	if !rs[0].Applied || rs[1].Applied {
		t.Errorf("composed: applied %v, %v; want the second refused", rs[0].Applied, rs[1].Applied)
	}
}

// TestGenAmLastAfterOwnParts: "le dernier alinéa" after an earlier part
// of the amendment inserted or deleted alinéas is read when the alinéas
// after the last as tabled are as they were (the insertion or deletion
// before it: both readings name it — it was refused); the article
// completed first, the readings differ: refused.
func TestGenAmLastAfterOwnParts(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge vise.", "Le préfet date."}
	runAmendments(t, []amCase{
		{"inserted before it", A, "I. – Après l'alinéa 1, insérer l'alinéa suivant : « Le greffier lit. »\nII. – Au dernier alinéa, remplacer le mot : « date » par le mot : « vise ».", []string{A[0], "Le greffier lit.", A[1], "Le préfet vise."}},
		{"deleted before it", A, "I. – Supprimer l'alinéa 1.\nII. – Supprimer le dernier alinéa.", []string{A[1]}},
		{"the article completed: refused", A, "I. – Compléter cet article par un alinéa ainsi rédigé : « Le greffier date. »\nII. – Au dernier alinéa, supprimer le mot : « date ».", nil},
		{"inserted after it: refused", A, "I. – Après l'alinéa 3, insérer l'alinéa suivant : « Le greffier date. »\nII. – Au dernier alinéa, supprimer le mot : « date ».", nil},
		{"the last deleted: refused", A, "I. – Supprimer l'alinéa 3.\nII. – Supprimer le dernier alinéa.", nil},
	})
}

// TestGenAmLocatorColonRank: a locator alone ended by a colon before its
// items names its alinéa by its rank too ("Au deuxième alinéa :", "Au 2e
// alinéa :") and may follow "En conséquence, " (they were refused); as
// the amendment's next part after quoted new text, it ends that text (it
// was taken for a line of it), even when its place is not read ("Au
// dernier alinéa :" — the line went in as new text and the items edited
// the whole article: refused).
func TestGenAmLocatorColonRank(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge vise le bail.", "Le préfet date."}
	items := "\n1° Supprimer le mot : « bail » ;\n2° Supprimer le mot : « vise »."
	want := []string{A[0], "Le juge le.", A[2]}
	runAmendments(t, []amCase{
		{"au deuxième alinéa", A, "Au deuxième alinéa :" + items, want},
		{"au 2e alinéa", A, "Au 2e alinéa :" + items, want},
		{"en conséquence", A, "En conséquence, à l'alinéa 2 :" + items, want},
		{"the next part", A, "I. – Après l'alinéa 1, insérer l'alinéa suivant : « Le greffier lit. »\nII. – Au deuxième alinéa :" + items, []string{A[0], "Le greffier lit.", "Le juge le.", A[2]}},
		{"the next part at a place not read: refused", A, "I. – Après l'alinéa 1, insérer l'alinéa suivant : « Le greffier lit. »\nII. – Au dernier alinéa :" + items, nil},
	})
}

// TestGenAmAlineaDernier: the Sénat's locator line "Alinéa dernier" (and
// "à l'alinéa dernier") is not read: refused (the line was dropped and
// the words edited in every alinéa); "Dernier alinéa" stays read.
func TestGenAmAlineaDernier(t *testing.T) {
	A := []string{"Le maire signe le bail.", "Le juge vise le bail."}
	runAmendments(t, []amCase{
		{"Alinéa dernier: refused", A, "Alinéa dernier\nSupprimer le mot :\nbail", nil},
		{"à l'alinéa dernier: refused", A, "À l'alinéa dernier, supprimer le mot : « bail ».", nil},
		{"Dernier alinéa", A, "Dernier alinéa\nSupprimer le mot :\nbail", []string{A[0], "Le juge vise le."}},
	})
}

// TestGenAmOrdersAnyQuotes: the orders read with « » — the new words
// first ("substituer le mot : "B" au mot : "A""), the anchor last
// ("insérer les mots : "B" après le mot : "A"", "Supprimer la fin de
// l'alinéa 2 après le mot : "A"") — read with "…" and “…” too: the first
// words were taken for the old ones (A put in the place of B), the end
// deletion deleted A alone, the insertion was refused.
func TestGenAmOrdersAnyQuotes(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge vise le bail sans délai."}
	runAmendments(t, []amCase{
		{"new first, straight", A, `À l'alinéa 2, substituer le mot : "juge" au mot : "vise".`, []string{A[0], "Le juge juge le bail sans délai."}},
		{"new first, curly", A, "À l'alinéa 2, substituer le mot : “préfet” au mot : “juge”.", []string{A[0], "Le préfet vise le bail sans délai."}},
		{"anchor last", A, `À l'alinéa 2, insérer les mots : "en urgence" après le mot : "vise".`, []string{A[0], "Le juge vise en urgence le bail sans délai."}},
		{"end, anchor last", A, "Supprimer la fin de l'alinéa 2 après le mot : “vise”.", []string{A[0], "Le juge vise."}},
		{"end rewritten, anchor last", A, `Rédiger ainsi la fin de l'alinéa 2 après le mot : "vise" : "la note."`, []string{A[0], "Le juge vise la note."}},
	})
}

// TestGenAmWordsOfAnEarlierEdit: the second anchor of one instruction
// ("après le mot : « A », insérer les mots : « en urgence » et, après le
// mot : « en », les mots : « B »") found both where the text as tabled
// has it and in the words the first inserted: which is meant is not said
// — refused (B went after both); found only as tabled, read.
func TestGenAmWordsOfAnEarlierEdit(t *testing.T) {
	A := []string{"Le maire signe le bail en mairie."}
	runAmendments(t, []amCase{
		{"in the words inserted too: refused", A, "À l'alinéa 1, après le mot : « signe », insérer les mots : « en urgence » et, après le mot : « en », les mots : « pleine »", nil},
		{"apart: read", A, "À l'alinéa 1, après le mot : « signe », insérer les mots : « vite » et, après le mot : « en », les mots : « pleine »", []string{"Le maire signe vite le bail en pleine mairie."}},
	})
}

// TestGenAmParagraphLineNextPart: the Sénat's locator lines "Paragraphe
// II", "Dernier alinéa", "Avant-dernier alinéa" (and the next part "II. –
// Paragraphe I") end the unquoted new text before them: they were taken
// for lines of it, and the instruction after them edited the place the
// locator before named ("Supprimer ce paragraphe" deleted that alinéa,
// "Supprimer le mot" found the word in it).
func TestGenAmParagraphLineNextPart(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le juge vise.", "II. – Le préfet date.", "Le greffier lit."}
	rewrite := "Alinéa 2\nRédiger ainsi cet alinéa :\nLe clerc note.\n"
	runAmendments(t, []amCase{
		{"the next part", A, "I. – Alinéa 4\nRédiger ainsi cet alinéa :\nLe clerc note.\nII. – Paragraphe I\nSupprimer ce paragraphe.", []string{"I. – (Supprimé)", A[2], "Le clerc note."}},
		{"Paragraphe II", A, rewrite + "Paragraphe II\nSupprimer le mot :\ndate", []string{A[0], "Le clerc note.", "II. – Le préfet.", A[3]}},
		{"Dernier alinéa", A, rewrite + "Dernier alinéa\nSupprimer le mot :\nlit", []string{A[0], "Le clerc note.", A[2], "Le greffier."}},
		{"the whole article rewritten keeps its lines", A, "Rédiger ainsi cet article :\nLe clerc note.\nDernier alinéa", []string{"Le clerc note.", "Dernier alinéa"}},
	})
}

// TestGenAmUnquotedAfterQuoted: new text quoted and closed, as many
// alinéas as announced: an unquoted line after it that reads as an
// instruction (an amendment's verb outside quotations, the indicative at
// an alinéa, a place of alinéas alone before its items: "Au deuxième
// alinéa :" went in as new text, and its items edited every alinéa of
// the article) starts the next instruction, whatever its place ("Au
// deuxième alinéa, supprimer …", "À la fin du deuxième alinéa, insérer
// …": it went in as a new alinéa); a line without a verb stays new text,
// and after "Rédiger ainsi cet article :" every line does.
func TestGenAmUnquotedAfterQuoted(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge vise le bail.", "Le préfet date."}
	ins := "Après l'alinéa 1, insérer l'alinéa suivant :\n« Le greffier lit. »\n"
	runAmendments(t, []amCase{
		{"a rank", A, ins + "Au deuxième alinéa, supprimer le mot : « bail ».", []string{A[0], "Le greffier lit.", "Le juge vise le.", A[2]}},
		{"the end of a rank", A, ins + "À la fin du deuxième alinéa, insérer les mots : « sans délai ».", []string{A[0], "Le greffier lit.", "Le juge vise le bail sans délai.", A[2]}},
		{"two announced, the first open", A, "Après l'alinéa 1, insérer les deux alinéas suivants :\n« Le greffier lit.\n« Le clerc note. »\nAu deuxième alinéa, supprimer le mot : « bail ».", []string{A[0], "Le greffier lit.", "Le clerc note.", "Le juge vise le.", A[2]}},
		{"the whole article", A, "Rédiger ainsi cet article :\n« Le greffier lit. »\nLe clerc note.", []string{"Le greffier lit.", "Le clerc note."}},
		{"no verb: new text still", A, "Après l'alinéa 1, insérer deux alinéas ainsi rédigés :\n« Le greffier lit. »\nLe clerc note.", []string{A[0], "Le greffier lit.", "Le clerc note.", A[1], A[2]}},
		{"a place before its items", A, ins + "Au deuxième alinéa :\n1° Supprimer le mot : « bail » ;\n2° Supprimer le mot : « vise ».", []string{A[0], "Le greffier lit.", "Le juge le.", A[2]}},
		{"the last alinéa before its items (TestGenAm2LastColonItems)", A, ins + "Au dernier alinéa :\n1° Supprimer le mot : « date ».", []string{A[0], "Le greffier lit.", A[1], "Le préfet."}},
	})
}

// TestGenAmNoBreakBeforeSign: words completing an alinéa that ends with a
// no-break space before its semicolon or colon ("vise\u00a0;") go before
// that space, which stays before the sign: "vise sans délai\u00a0;" (it
// gave "vise\u00a0 sans délai ;"); a plain space stays plain.
func TestGenAmNoBreakBeforeSign(t *testing.T) {
	A := []string{"Le maire signe\u00a0:", "1° Le juge vise\u00a0;", "2° Le préfet date ;", "3° Le greffier lit."}
	runAmendments(t, []amCase{
		{"semicolon", A, "Compléter l'alinéa 2 par les mots : « sans délai ».", []string{A[0], "1° Le juge vise sans délai\u00a0;", A[2], A[3]}},
		{"colon, a comma", A, "Compléter l'alinéa 1 par les mots : « , sans délai ».", []string{"Le maire signe, sans délai\u00a0:", A[1], A[2], A[3]}},
		{"plain", A, "Compléter l'alinéa 3 par les mots : « sans délai ».", []string{A[0], A[1], "2° Le préfet date sans délai ;", A[3]}},
	})
}

// TestGenAmNoBreakAfterDeletedWords: the last words before "\u00a0;"
// deleted: the plain space before them goes, the no-break space stays
// ("Le juge vise\u00a0;" — it gave "vise \u00a0;").
func TestGenAmNoBreakAfterDeletedWords(t *testing.T) {
	A := []string{"Le maire signe\u00a0:", "1° Le juge vise le bail\u00a0;", "2° Le préfet date."}
	runAmendments(t, []amCase{
		{"before a semicolon", A, "À l'alinéa 2, supprimer les mots : « le bail ».", []string{A[0], "1° Le juge vise\u00a0;", A[2]}},
		{"before a colon", A, "À l'alinéa 1, supprimer le mot : « signe ».", []string{"Le maire\u00a0:", A[1], A[2]}},
	})
}

// TestGenAmListSemicolonAsTyped: a new last item leaves the old last one
// " ;" typed as the items before it: "\u00a0;" after a no-break space (it
// took a plain " ;"); plain among plain.
func TestGenAmListSemicolonAsTyped(t *testing.T) {
	A := []string{"Le maire signe\u00a0:", "1° Le juge vise\u00a0;", "2° Le préfet date."}
	B := []string{"Le maire signe :", "1° Le juge vise ;", "2° Le préfet date."}
	runAmendments(t, []amCase{
		{"no-break", A, "Après l'alinéa 3, insérer l'alinéa suivant : « 3° Le greffier lit. »", []string{A[0], A[1], "2° Le préfet date\u00a0;", "3° Le greffier lit."}},
		{"plain", B, "Après l'alinéa 3, insérer l'alinéa suivant : « 3° Le greffier lit. »", []string{B[0], B[1], "2° Le préfet date ;", "3° Le greffier lit."}},
	})
}

// TestGenAmTwoSentencesJoined: "supprimer la deuxième phrase et la
// troisième phrase" (also "rédiger ainsi la première phrase et la
// deuxième phrase : …") names both, as "les deuxième et troisième
// phrases" (the second was dropped: one sentence deleted); two sentences
// joined so as a place ("À la deuxième phrase et à la troisième phrase
// …") are refused.
func TestGenAmTwoSentencesJoined(t *testing.T) {
	A := []string{"Le maire signe.", "A un. B deux. C trois. D quatre."}
	runAmendments(t, []amCase{
		{"deleted", A, "À l'alinéa 2, supprimer la deuxième phrase et la troisième phrase.", []string{A[0], "A un. D quatre."}},
		{"the last", A, "Supprimer la deuxième phrase et la dernière phrase de l'alinéa 2.", []string{A[0], "A un. C trois."}},
		{"rewritten", A, "Rédiger ainsi la première phrase et la deuxième phrase de l'alinéa 2 : « X un. Y deux. »", []string{A[0], "X un. Y deux. C trois. D quatre."}},
		{"a place: refused", A, "À la deuxième phrase et à la troisième phrase de l'alinéa 2, supprimer le mot : « deux ».", nil},
	})
}
