package law

import "testing"

// TestGrammarAmendmentAfterItemWithQuotedText: "Après le 1°, insérer un
// 1° bis" where the 1° introduces quoted text ("1° L'article L. 1 est
// ainsi rédigé :" then "« Art. L. 1. – …") goes after that text, which is
// the item's own — it went between the 1° and its quotation, the quoted
// lines taken for an alinéa that closes the list. An unquoted alinéa
// after the last item still closes the list.
func TestGrammarAmendmentAfterItemWithQuotedText(t *testing.T) {
	Q := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe. » ;", "2° L'article L. 2 est abrogé.", "II. – Le présent article entre en vigueur en 2020."}
	L := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est ainsi rédigé :", "« Art. L. 2. – Le maire agit. »", "Le présent I entre en vigueur en 2020."}
	runAmendments(t, []amCase{
		{"after the 1° and its quoted text", Q, "Après le 1°, insérer un 1° bis ainsi rédigé :\n« 1° bis L'article L. 1-1 est abrogé ; »", []string{Q[0], Q[1], Q[2], Q[3], "1° bis L'article L. 1-1 est abrogé ;", Q[4], Q[5]}},
		{"Sénat: after the 1°", Q, "Après le 1°\n\nInsérer un alinéa ainsi rédigé :\n\n1° bis L'article L. 1-1 est abrogé ;", []string{Q[0], Q[1], Q[2], Q[3], "1° bis L'article L. 1-1 est abrogé ;", Q[4], Q[5]}},
		{"the last item's quoted text, then the alinéa closing the list", L, "Après le 2°, insérer un 3° ainsi rédigé :\n« 3° L'article L. 3 est abrogé. »", []string{L[0], L[1], L[2], L[3] + " ;", "3° L'article L. 3 est abrogé.", L[4]}},
	})
}

// TestGrammarAmendmentQuotedAlineaFrame: the quotation marks that open
// and close a bill's quoted alinéa ("« Il signe. » ;") are no part of its
// sentences. A sentence completing it goes inside them ("« Il signe. Il
// date. » ;" — it gave "« Il signe. ». Il date ;"), its last sentence
// rewritten keeps them (it gave "Il date ;"), words or a sentence at its
// start go after the opening mark and an article's heading ("« Art. L.
// 1. – Sauf urgence, le maire …" — they went before the "«"), and its
// only sentence deleted is refused as any other (it left "« » ;").
func TestGrammarAmendmentQuotedAlineaFrame(t *testing.T) {
	Q := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe. Il paraphe. » ;", "2° L'article L. 2 est abrogé."}
	S := []string{"Il est inséré un article L. 2 ainsi rédigé :", "\"Art. L. 2. - Le contrat est écrit.\""}
	runAmendments(t, []amCase{
		{"a sentence completing the quoted alinéa", Q, "Compléter l'alinéa 4 par une phrase ainsi rédigée : « Il date. »", []string{Q[0], Q[1], Q[2], "« Il signe. Il paraphe. Il date. » ;", Q[4]}},
		{"Sénat: the same", Q, "Alinéa 4\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl date.", []string{Q[0], Q[1], Q[2], "« Il signe. Il paraphe. Il date. » ;", Q[4]}},
		{"straight quotes", S, "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Il est daté. »", []string{S[0], "\"Art. L. 2. - Le contrat est écrit. Il est daté.\""}},
		{"the last sentence rewritten", Q, "Rédiger ainsi la dernière phrase de l'alinéa 4 : « Il date. »", []string{Q[0], Q[1], Q[2], "« Il signe. Il date. » ;", Q[4]}},
		{"the last sentence deleted", Q, "Supprimer la dernière phrase de l'alinéa 4.", []string{Q[0], Q[1], Q[2], "« Il signe. » ;", Q[4]}},
		{"the first sentence deleted", Q, "Supprimer la première phrase de l'alinéa 4.", []string{Q[0], Q[1], Q[2], "« Il paraphe. » ;", Q[4]}},
		{"words at the start", Q, "Au début de l'alinéa 4, insérer les mots : « Ensuite, ».", []string{Q[0], Q[1], Q[2], "« Ensuite, il signe. Il paraphe. » ;", Q[4]}},
		{"words at the start, after the heading", Q, "Au début de l'alinéa 3, insérer les mots : « Sauf urgence, ».", []string{Q[0], Q[1], "« Art. L. 1. – Sauf urgence, le maire agit.", Q[3], Q[4]}},
		{"the start of the text proposed", Q, "Au début du texte proposé pour l'article L. 1 du code civil, insérer les mots : « En tout état de cause, ».", []string{Q[0], Q[1], "« Art. L. 1. – En tout état de cause, le maire agit.", Q[3], Q[4]}},
		{"a sentence at the start", Q, "Au début de l'alinéa 4, insérer une phrase ainsi rédigée : « Il lit. »", []string{Q[0], Q[1], Q[2], "« Il lit. Il signe. Il paraphe. » ;", Q[4]}},
		{"the only sentence deleted: refused", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe. » ;"}, "Supprimer la première phrase de l'alinéa 3.", nil},
		{"an inner quotation closing the alinéa is its text's", []string{"I. – Le maire agit.", "Il écrit le mot « signé »."}, "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Il date. »", []string{"I. – Le maire agit.", "Il écrit le mot « signé ». Il date."}},
	})
}

// TestGrammarAmendmentEndPunctuation: what an edit leaves at the end of
// a sentence closes with one period, never after a comma. "Supprimer la
// fin de l'alinéa 2 à partir des mots : « Il date »" leaves the sentence
// before whole ("… le contrat." — it gave "… le contrat.."), "à partir
// des mots : « à Paris »" on "… le contrat, à Paris." leaves "… le
// contrat." (not "… le contrat,."); new words ending with a comma
// inserted before the text's period lose it ("décide, le cas échéant."
// — it gave "décide, le cas échéant,.").
func TestGrammarAmendmentEndPunctuation(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat.", "Il signe le contrat, à Paris.", "Le préfet, après avis du maire, décide."}
	runAmendments(t, []amCase{
		{"from the first words of a sentence", A, "Supprimer la fin de l'alinéa 2 à partir des mots : « Il date ».", []string{A[0], "Il signe le contrat.", A[2], A[3]}},
		{"from words after a comma", A, "Supprimer la fin de l'alinéa 3 à partir des mots : « à Paris ».", []string{A[0], A[1], "Il signe le contrat.", A[3]}},
		{"after a word: the period kept", A, "À l'alinéa 3, après le mot : « contrat », supprimer la fin de cet alinéa.", []string{A[0], A[1], "Il signe le contrat.", A[3]}},
		{"new words between commas before the period", A, "À l'alinéa 4, après le mot : « décide », insérer les mots : « , le cas échéant, ».", []string{A[0], A[1], A[2], "Le préfet, après avis du maire, décide, le cas échéant."}},
		{"new words between commas before a comma", A, "À l'alinéa 4, après le mot : « préfet », insérer les mots : « , seul, ».", []string{A[0], A[1], A[2], "Le préfet, seul, après avis du maire, décide."}},
	})
}

// TestGrammarAmendmentSubstituteSentences: "Substituer à la première
// phrase de l'alinéa 2 les deux phrases suivantes : « … »" (also "deux
// phrases ainsi rédigées", "À l'alinéa 2, substituer à la première
// phrase …") rewrites that sentence with the new ones, as "Remplacer la
// première phrase … par deux phrases ainsi rédigées" does — the new text
// announced after the place was read as a place, and the amendment
// refused.
func TestGrammarAmendmentSubstituteSentences(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat. Il remet le contrat.", "Le préfet contrôle."}
	want := []string{A[0], "X lit. Y lit. Il date le contrat. Il remet le contrat.", A[2]}
	runAmendments(t, []amCase{
		{"les deux phrases suivantes", A, "Substituer à la première phrase de l'alinéa 2 les deux phrases suivantes : « X lit. Y lit. »", want},
		{"deux phrases ainsi rédigées", A, "Substituer à la première phrase de l'alinéa 2 deux phrases ainsi rédigées : « X lit. Y lit. »", want},
		{"the alinéa first", A, "À l'alinéa 2, substituer à la première phrase les deux phrases suivantes : « X lit. Y lit. »", want},
		{"two sentences for two", A, "Substituer aux deux dernières phrases de l'alinéa 2 les deux phrases suivantes : « X lit. Y lit. »", []string{A[0], "Il signe le contrat. X lit. Y lit.", A[2]}},
		{"the sentence named as the place is needed", A, "Substituer les deux phrases suivantes : « X lit. Y lit. »", nil},
	})
}

// TestGrammarAmendmentCompleteQuotedAlinea: words completing a bill's
// quoted alinéa go before the quotation mark that closes it, whatever it
// quotes inside ("« Le maire signe le mot « A ». » ;" completed by "et le
// mot « B »" reads "« … le mot « A » et le mot « B ». » ;" — they went
// after the "»"), straight quotes too.
func TestGrammarAmendmentCompleteQuotedAlinea(t *testing.T) {
	Q := []string{"I. – L'article L. 1 est ainsi modifié :", "1° Le premier alinéa est ainsi rédigé :", "« Le maire signe le mot « A ». » ;", "2° Le second alinéa est supprimé."}
	S := []string{"Il est inséré un article L. 2 ainsi rédigé :", "\"Art. L. 2. - Le contrat est écrit.\""}
	runAmendments(t, []amCase{
		{"a quotation inside", Q, "Compléter l'alinéa 3 par les mots : « et le mot « B » ».", []string{Q[0], Q[1], "« Le maire signe le mot « A » et le mot « B ». » ;", Q[3]}},
		{"straight quotes", S, "Compléter l'alinéa 2 par les mots : « et signé ».", []string{S[0], "\"Art. L. 2. - Le contrat est écrit et signé.\""}},
		{"an inner quotation ending the alinéa is its text", []string{"I. – Le maire agit.", "Il écrit le mot « signé »."}, "Compléter l'alinéa 2 par les mots : « et daté ».", []string{"I. – Le maire agit.", "Il écrit le mot « signé » et daté."}},
	})
}

// TestGrammarAmendmentAfterBareLetterItem: "Après le a du 1°, insérer un
// a bis ainsi rédigé :" (also "Après le b du 1°", "Avant le b du 1°",
// "Après le a bis du 1°") names the letter item without its parenthesis,
// as "Au b du 1°" and "Supprimer le b du 1°" do — only "le a)" was read
// there, and the amendment was refused.
func TestGrammarAmendmentAfterBareLetterItem(t *testing.T) {
	L := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « préfet » ;", "b) Il est ajouté un alinéa ainsi rédigé :", "« Il signe. » ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		{"après le a du 1°", L, "Après le a du 1°, insérer un a bis ainsi rédigé :\n« a bis) Le premier alinéa est supprimé ; »", []string{L[0], L[1], L[2], "a bis) Le premier alinéa est supprimé ;", L[3], L[4], L[5]}},
		{"après le b du 1°, its quoted text", L, "Après le b du 1°, insérer un c ainsi rédigé :\n« c) Le dernier alinéa est supprimé ; »", []string{L[0], L[1], L[2], L[3], L[4], "c) Le dernier alinéa est supprimé ;", L[5]}},
		{"avant le b du 1°", L, "Avant le b du 1°, insérer un a bis ainsi rédigé :\n« a bis) Le premier alinéa est supprimé ; »", []string{L[0], L[1], L[2], "a bis) Le premier alinéa est supprimé ;", L[3], L[4], L[5]}},
		{"a letter the 1° lacks: refused", L, "Après le d du 1°, insérer un e ainsi rédigé :\n« e) Le dernier alinéa est supprimé ; »", nil},
	})
}

// TestGrammarAmendmentSentenceStartCapital: words that begin a sentence
// keep its capital. Replaced there, the new ones take it even when the
// amendment quoted the old ones with theirs ("substituer aux mots : « Le
// préfet » les mots : « le maire »" gives "Le maire contrôle." — it gave
// "le maire contrôle."); a capital in the middle of a sentence is a
// name's and the new words keep their case. Words inserted before a
// sentence's first words begin it, and its first word (an article, a
// pronoun) loses its capital ("Dans tous les cas, le maire signe." — it
// gave "dans tous les cas, Le maire …"), after a quotation mark, a
// label or an article's heading too.
func TestGrammarAmendmentSentenceStartCapital(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Le préfet contrôle. Le Monde lit. Il voit Le Monde.", "Il signe le contrat. Il date le contrat."}
	Q := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Le maire signe. »"}
	runAmendments(t, []amCase{
		{"replaced at the start, quoted with a capital", A, "À l'alinéa 2, substituer aux mots : « Le préfet » les mots : « le maire ».", []string{A[0], "Le maire contrôle. Le Monde lit. Il voit Le Monde.", A[2]}},
		{"a name: at a sentence's start, capital; in the middle, as written", A, "À l'alinéa 2, substituer aux mots : « Le Monde » les mots : « le journal ».", []string{A[0], "Le préfet contrôle. Le journal lit. Il voit le journal.", A[2]}},
		{"after an article's heading", Q, "À l'alinéa 2, substituer aux mots : « Le maire » les mots : « le préfet ».", []string{Q[0], "« Art. L. 1. – Le préfet agit.", Q[2]}},
		{"inserted before a quoted alinéa's first words", Q, "À l'alinéa 3, avant les mots : « Le maire », insérer les mots : « dans tous les cas, ».", []string{Q[0], Q[1], "« Dans tous les cas, le maire signe. »"}},
		{"inserted before a second sentence", A, "À l'alinéa 3, avant les mots : « Il date », insérer les mots : « Ensuite, ».", []string{A[0], A[1], "Il signe le contrat. Ensuite, il date le contrat."}},
		{"inserted after a label", A, "À l'alinéa 1, avant les mots : « Le maire », insérer les mots : « Sauf urgence, ».", []string{"I. – Sauf urgence, le maire agit.", A[1], A[2]}},
		{"inserted in the middle: as written", A, "À l'alinéa 3, avant les mots : « le contrat », insérer le mot : « aussi ».", []string{A[0], A[1], "Il signe aussi le contrat. Il date aussi le contrat."}},
	})
}

// TestGrammarAmendmentAfterRankedAlinea: new alinéas placed after or
// before an alinéa named by its rank — "Après le dernier alinéa",
// "Avant le dernier alinéa", "Après le premier alinéa du II", "Après le
// dernier alinéa du I" — go there, as after "l'alinéa 4" (they were
// refused); after the last alinéa of a text proposed for an article of
// a code, inside its quotation, as "Compléter le texte proposé …". A rank
// the article lacks, or several alinéas ("les deux derniers"), is
// refused.
func TestGrammarAmendmentAfterRankedAlinea(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe.", "II. – Le juge tranche.", "Il motive."}
	P := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe. »", "II. – Fin."}
	runAmendments(t, []amCase{
		{"après le dernier alinéa", A, "Après le dernier alinéa, insérer un alinéa ainsi rédigé :\n« Il date. »", []string{A[0], A[1], A[2], A[3], "Il date."}},
		{"avant le dernier alinéa", A, "Avant le dernier alinéa, insérer un alinéa ainsi rédigé :\n« Il date. »", []string{A[0], A[1], A[2], "Il date.", A[3]}},
		{"après le premier alinéa du II", A, "Après le premier alinéa du II, insérer un alinéa ainsi rédigé :\n« Il date. »", []string{A[0], A[1], A[2], "Il date.", A[3]}},
		{"après le dernier alinéa du I", A, "Après le dernier alinéa du I, insérer un alinéa ainsi rédigé :\n« Il date. »", []string{A[0], A[1], "Il date.", A[2], A[3]}},
		{"après le dernier alinéa du texte proposé", P, "Après le dernier alinéa du texte proposé pour l'article L. 1, insérer un alinéa ainsi rédigé :\n« Il date. »", []string{P[0], P[1], "« Il signe.", "« Il date. »", P[3]}},
		{"a rank the article lacks: refused", A, "Après le quarantième alinéa, insérer un alinéa ainsi rédigé :\n« Il date. »", nil},
		{"several alinéas: refused", A, "Après les deux derniers alinéas, insérer un alinéa ainsi rédigé :\n« Il date. »", nil},
	})
}

// TestGrammarAmendmentJoinedAnchors: "À l'alinéa 2, après le mot : « A
// », insérer les mots : « B » et, après le mot : « C », insérer le mot :
// « D »" — a second anchor after "et," (commas around it), its verb said
// again or left out ("et, après le mot : « C », le mot : « D »"), or after
// an operation without an anchor ("supprimer le mot : « E » et, après le
// mot : « C », insérer …") — is a second instruction in the same place;
// it was refused. Without a verb to take (after a replacement), still
// refused.
func TestGrammarAmendmentJoinedAnchors(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat. Il remet le contrat."}
	want := []string{A[0], "Il signe et paraphe le contrat. Il date aussi le contrat. Il remet le contrat."}
	runAmendments(t, []amCase{
		{"et, après", A, "À l'alinéa 2, après le mot : « signe », insérer les mots : « et paraphe » et, après le mot : « date », insérer le mot : « aussi ».", want},
		{"the verb left out", A, "À l'alinéa 2, après le mot : « signe », insérer les mots : « et paraphe » et, après le mot : « date », le mot : « aussi ».", want},
		{"after a deletion", A, "À l'alinéa 2, supprimer le mot : « remet » et, après le mot : « date », insérer le mot : « aussi ».", []string{A[0], "Il signe le contrat. Il date aussi le contrat. Il le contrat."}},
		{"Sénat", A, "Alinéa 2\n\nAprès le mot :\n\nsigne\n\ninsérer les mots :\n\net paraphe\n\net, après le mot :\n\ndate\n\ninsérer le mot :\n\naussi", want},
		{"the verb left out after a replacement: refused", A, "À l'alinéa 2, substituer au mot : « signe » le mot : « lit » et, après le mot : « date », le mot : « aussi ».", nil},
	})
}

// TestGrammarAmendmentNewMarkLabel: a paragraph numbered with the mark a
// committee's or a chamber's text gives a new one — "II (nouveau). – ",
// "I bis (nouveau). – ", "B (nouveau). – " — is the II (the I bis, the
// B): "Au II, …", "Supprimer le II" (→ "II. – (Supprimé)"), "Après le I
// bis, …" read it (they were refused, the label not read), and its
// first sentence begins after the mark.
func TestGrammarAmendmentNewMarkLabel(t *testing.T) {
	N := []string{"I. – Le maire agit.", "I bis (nouveau). – Le préfet vise. Il note.", "II (nouveau). – Le juge tranche.", "Il motive."}
	runAmendments(t, []amCase{
		{"au II", N, "Au II, substituer au mot : « juge » le mot : « tribunal ».", []string{N[0], N[1], "II (nouveau). – Le tribunal tranche.", N[3]}},
		{"supprimer le II", N, "Supprimer le II.", []string{N[0], N[1], "II. – (Supprimé)"}},
		{"après le I bis", N, "Après le I bis, insérer un I ter ainsi rédigé :\n« I ter. – Le greffier lit. »", []string{N[0], N[1], "I ter. – Le greffier lit.", N[2], N[3]}},
		{"rédiger le I bis", N, "Rédiger ainsi le I bis :\n« I bis. – Le greffier lit. »", []string{N[0], "I bis. – Le greffier lit.", N[2], N[3]}},
		{"its first sentence deleted", N, "Supprimer la première phrase de l'alinéa 2.", []string{N[0], "I bis (nouveau). – Il note.", N[2], N[3]}},
	})
}

// TestGrammarAmendmentJoinedSentence: a second verb joined by "et" that
// names a sentence without its alinéa ("À l'alinéa 2, substituer … et
// supprimer la dernière phrase", "… et, après la première phrase,
// insérer …", the Sénat's "Alinéa 2" / "Remplacer …" / "et supprimer la
// dernière phrase") names that sentence of the first's place — it was
// the article's last sentence, deleted in the last alinéa. When the
// first's place is a sentence itself ("À la première phrase de l'alinéa
// 2, … et supprimer la dernière phrase"), which is not said: refused.
func TestGrammarAmendmentJoinedSentence(t *testing.T) {
	B := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat. Il remet le contrat.", "Le juge tranche. Il motive."}
	runAmendments(t, []amCase{
		{"et supprimer la dernière phrase", B, "À l'alinéa 2, substituer au mot : « signe » le mot : « lit » et supprimer la dernière phrase.", []string{B[0], "Il lit le contrat. Il date le contrat.", B[2]}},
		{"et rédiger ainsi la dernière phrase", B, "À l'alinéa 2, substituer au mot : « signe » le mot : « lit » et rédiger ainsi la dernière phrase : « Il le garde. »", []string{B[0], "Il lit le contrat. Il date le contrat. Il le garde.", B[2]}},
		{"et, après la première phrase, insérer", B, "À l'alinéa 2, substituer au mot : « signe » le mot : « lit » et, après la première phrase, insérer une phrase ainsi rédigée : « Il le lit. »", []string{B[0], "Il lit le contrat. Il le lit. Il date le contrat. Il remet le contrat.", B[2]}},
		{"Sénat", B, "Alinéa 2\n\nRemplacer le mot :\n\nsigne\n\npar le mot :\n\nlit\n\net supprimer la dernière phrase.", []string{B[0], "Il lit le contrat. Il date le contrat.", B[2]}},
		{"its own alinéa", B, "À l'alinéa 2, substituer au mot : « signe » le mot : « lit » et supprimer la dernière phrase de l'alinéa 3.", []string{B[0], "Il lit le contrat. Il date le contrat. Il remet le contrat.", "Le juge tranche."}},
		{"a sentence of a sentence: refused", B, "À la première phrase de l'alinéa 2, substituer au mot : « signe » le mot : « lit » et supprimer la dernière phrase.", nil},
	})
}

// TestGrammarAmendmentRewriteKeepsQuoteTail: a quoted alinéa that closes
// its quotation and the bill's item ("« Il motive. » ;" before "3° …"),
// rewritten — "Rédiger ainsi l'alinéa 9 :", "Substituer à l'alinéa 9 les
// deux alinéas suivants :", "Rédiger ainsi le texte proposé pour
// l'article L. 2-1 :" — keeps what followed its closing mark: "« Il
// statue. » ;" (the " ;" was lost, as a deletion already kept it).
func TestGrammarAmendmentRewriteKeepsQuoteTail(t *testing.T) {
	B := []string{"I. – Le code de l'éducation est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Le maire agit. » ;", "2° Après l'article L. 2, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – Le juge tranche.", "« Il motive. » ;", "3° L'article L. 3 est abrogé."}
	runAmendments(t, []amCase{
		{"the last quoted alinéa rewritten", B, "Rédiger ainsi l'alinéa 6 :\n« Il statue. »", []string{B[0], B[1], B[2], B[3], B[4], "« Il statue. » ;", B[6]}},
		{"a quoted alinéa quoted whole", B, "Rédiger ainsi l'alinéa 3 :\n« Le maire décide. »", []string{B[0], B[1], "« Le maire décide. » ;", B[3], B[4], B[5], B[6]}},
		{"replaced by two", B, "Substituer à l'alinéa 6 les deux alinéas suivants :\n« Il motive.\n« Il publie. »", []string{B[0], B[1], B[2], B[3], B[4], "« Il motive.", "« Il publie. » ;", B[6]}},
		{"the text proposed rewritten", B, "Rédiger ainsi le texte proposé pour l'article L. 2-1 du code de l'éducation :\n« Art. L. 2-1. – Le tribunal tranche. »", []string{B[0], B[1], B[2], B[3], "« Art. L. 2-1. – Le tribunal tranche. » ;", B[6]}},
		{"the Sénat's unquoted new text", B, "Alinéa 6\n\nRédiger ainsi cet alinéa :\n\nIl statue.", []string{B[0], B[1], B[2], B[3], B[4], "« Il statue. » ;", B[6]}},
	})
}

// TestGrammarAmendmentIndicativeMore: more operations some amendments
// draft in the bill's indicative, after their own "alinéa N", read as
// their imperative: "L'alinéa 3 est complété par les mots : …" (and "…
// par une phrase ainsi rédigée"), "Après l'alinéa 3, il est inséré un
// alinéa ainsi rédigé :", "Au début de l'alinéa 3, sont insérés les mots
// : …", "À l'alinéa 3, après le mot : « A », la fin de l'alinéa est ainsi
// rédigée : …", and words of any noun ("le délai : … est remplacé") —
// they were refused. Without an alinéa by number ("Le dernier alinéa est
// complété …"), still refused: a bill's text, not the amendment's.
func TestGrammarAmendmentIndicativeMore(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Le délai est de trois mois.", "Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"est complété par les mots", A, "L'alinéa 3 est complété par les mots : « a posteriori ».", []string{A[0], A[1], "Le préfet contrôle a posteriori."}},
		{"est complété par une phrase", A, "L'alinéa 3 est complété par une phrase ainsi rédigée : « Il note. »", []string{A[0], A[1], "Le préfet contrôle. Il note."}},
		{"il est inséré un alinéa", A, "Après l'alinéa 3, il est inséré un alinéa ainsi rédigé :\n« Il note. »", []string{A[0], A[1], A[2], "Il note."}},
		{"sont insérés au début", A, "Au début de l'alinéa 3, sont insérés les mots : « En outre, ».", []string{A[0], A[1], "En outre, le préfet contrôle."}},
		{"la fin est ainsi rédigée", A, "À l'alinéa 3, après le mot : « préfet », la fin de l'alinéa est ainsi rédigée : « vérifie. »", []string{A[0], A[1], "Le préfet vérifie."}},
		{"le délai est remplacé", A, "À l'alinéa 2, le délai : « trois mois » est remplacé par le délai : « six mois ».", []string{A[0], "Le délai est de six mois.", A[2]}},
		{"no alinéa by number: refused", A, "Le dernier alinéa est complété par les mots : « a posteriori ».", nil},
	})
}

// TestGrammarAmendmentRewriteStartKeepsLabel: "Rédiger ainsi le début de
// l'alinéa 1 : « Le préfet de département contrôle … (le reste sans
// changement) »" on "I. – Le préfet de région contrôle …" keeps the
// label, as words inserted at the start do ("I. – Le préfet de
// département contrôle …" — it gave "Le préfet …", the I lost); so do a
// quoted alinéa's mark and an article's heading ("« Art. L. 1. – "), and
// "jusqu'au mot : « A »". A beginning that brings its own label is
// taken whole.
func TestGrammarAmendmentRewriteStartKeepsLabel(t *testing.T) {
	B := []string{"I. – Le préfet de région contrôle les actes du maire.", "Il signe."}
	Q := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le préfet de région contrôle les actes. »"}
	runAmendments(t, []amCase{
		{"without the label", B, "Rédiger ainsi le début de l'alinéa 1 : « Le préfet de département contrôle … (le reste sans changement). »", []string{"I. – Le préfet de département contrôle les actes du maire.", B[1]}},
		{"with it", B, "Rédiger ainsi le début de l'alinéa 1 : « I. – Le préfet de département contrôle … (le reste sans changement). »", []string{"I. – Le préfet de département contrôle les actes du maire.", B[1]}},
		{"jusqu'au mot", B, "Rédiger ainsi le début de l'alinéa 1 jusqu'au mot : « contrôle » : « Le sous-préfet contrôle ».", []string{"I. – Le sous-préfet contrôle les actes du maire.", B[1]}},
		{"an article's heading", Q, "Rédiger ainsi le début de l'alinéa 2 : « Le préfet de département contrôle … (le reste sans changement). »", []string{Q[0], "« Art. L. 1. – Le préfet de département contrôle les actes. »"}},
	})
}

// TestGrammarAmendmentFirstAlineaInList: "1er" in a list or a range of
// alinéas by number — "Aux alinéas 1er et 3", "Supprimer les alinéas
// 1er à 3", the Sénat's "Alinéas 1er et 3" — is the alinéa 1 among the
// others: the list stopped at "1er" and only the alinéa 1 was edited or
// deleted.
func TestGrammarAmendmentFirstAlineaInList(t *testing.T) {
	A := []string{"Le maire agit.", "Il signe.", "Le préfet contrôle.", "Le juge tranche."}
	runAmendments(t, []amCase{
		{"aux alinéas 1er et 3", A, "Aux alinéas 1er et 3, supprimer le mot : « Le ».", []string{"Maire agit.", A[1], "Préfet contrôle.", A[3]}},
		{"les alinéas 1er à 3", A, "Supprimer les alinéas 1er à 3.", []string{A[3]}},
		{"Sénat: Alinéas 1er et 3", A, "Alinéas 1er et 3\n\nSupprimer le mot :\n\nLe", []string{"Maire agit.", A[1], "Préfet contrôle.", A[3]}},
		{"alone, as before", A, "À l'alinéa 1er, supprimer le mot : « Le ».", []string{"Maire agit.", A[1], A[2], A[3]}},
	})
}

// TestGrammarAmendmentAlineaListJoins: a list of alinéas by number is
// each of its numbers, "à" making a range of the number before it —
// "Aux alinéas 2 à 3 et 5" is 2, 3 and 5 (it was 2 to 5), "2, 3, et 5"
// with its comma before "et" is 5 too (it stopped at 3), the Sénat's
// "Alinéas 2 à 3 et 5" alike. A list followed by what it cannot read
// ("Aux alinéas 4 et suivants", "alinéas 2 ainsi que 5") is refused
// (only 4, only 2 were edited).
func TestGrammarAmendmentAlineaListJoins(t *testing.T) {
	B := []string{"Le maire agit.", "Le maire signe.", "Le maire lit.", "Le maire note.", "Le maire vise.", "Le maire part."}
	want := []string{B[0], "Le préfet signe.", "Le préfet lit.", B[3], "Le préfet vise.", B[5]}
	runAmendments(t, []amCase{
		{"a range then a number", B, "Aux alinéas 2 à 3 et 5, substituer au mot : « maire » le mot : « préfet ».", want},
		{"a comma before et", B, "Aux alinéas 2, 3, et 5, substituer au mot : « maire » le mot : « préfet ».", want},
		{"Sénat: a range then a number", B, "Alinéas 2 à 3 et 5\n\nRemplacer le mot :\n\nmaire\n\npar le mot :\n\npréfet", want},
		{"deleted", B, "Supprimer les alinéas 2 à 3 et 5.", []string{B[0], B[3], B[5]}},
		{"a number then a range", B, "Supprimer les alinéas 2 et 4 à 5.", []string{B[0], B[2], B[5]}},
		{"et suivants: refused", B, "Aux alinéas 4 et suivants, substituer au mot : « maire » le mot : « préfet ».", nil},
		{"ainsi que: refused", B, "Aux alinéas 2 ainsi que 5, substituer au mot : « maire » le mot : « préfet ».", nil},
	})
}

// TestGrammarAmendmentItemListJoins: a list of items with a comma before
// its "et" ("Aux 1°, 2°, et 4°") is each of them — the 4° was dropped;
// "et suivants" after an item ("Aux 2° et suivants") does not say how
// far: refused (only the 2° was edited).
func TestGrammarAmendmentItemListJoins(t *testing.T) {
	B := []string{"I. – Le code est ainsi modifié :", "1° Le maire agit ;", "2° Le maire signe ;", "3° Le maire lit ;", "4° Le maire note."}
	runAmendments(t, []amCase{
		{"a comma before et", B, "Aux 1°, 2°, et 4°, substituer au mot : « maire » le mot : « préfet ».", []string{B[0], "1° Le préfet agit ;", "2° Le préfet signe ;", B[3], "4° Le préfet note."}},
		{"et suivants: refused", B, "Aux 2° et suivants, substituer au mot : « maire » le mot : « préfet ».", nil},
	})
}

// TestGrammarAmendmentDeletedWordsPunctuation: the punctuation words
// deleted leave without meaning goes with them: the whole of a
// parenthesis ("Il signe (sauf urgence) le contrat." without "sauf
// urgence" is "Il signe le contrat." — it left "()"), an item of a list
// before its last ("arrêtés, décisions et circulaires" without
// "décisions" is "arrêtés et circulaires" — it left "arrêtés, et"); an
// item between two commas leaves one, as before.
func TestGrammarAmendmentDeletedWordsPunctuation(t *testing.T) {
	B := []string{"Il signe (sauf urgence) le contrat.", "Il vise les arrêtés, décisions et circulaires.", "Il vise les arrêtés, décisions, circulaires et notes."}
	runAmendments(t, []amCase{
		{"a parenthesis emptied", B, "À l'alinéa 1, supprimer les mots : « sauf urgence ».", []string{"Il signe le contrat.", B[1], B[2]}},
		{"the parenthesis deleted", B, "À l'alinéa 1, supprimer les mots : « (sauf urgence) ».", []string{"Il signe le contrat.", B[1], B[2]}},
		{"the item before the last", B, "À l'alinéa 2, supprimer le mot : « décisions ».", []string{B[0], "Il vise les arrêtés et circulaires.", B[2]}},
		{"an item between commas", B, "À l'alinéa 3, supprimer le mot : « décisions ».", []string{B[0], B[1], "Il vise les arrêtés, circulaires et notes."}},
	})
}

// TestGrammarAmendmentCountedOccurrences: occurrences counted after a
// determiner — "substituer aux deux occurrences du mot : « A »" where the
// text holds three (the count is read, TestAm8CountedOccurrences), "aux
// deux dernières occurrences" (not read) — are refused (the count was
// dropped and every occurrence edited, three where the text held
// three). Ranks ("aux deuxième et troisième occurrences") and "(deux
// occurrences)" stay read.
func TestGrammarAmendmentCountedOccurrences(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat. Il remet le contrat."}
	runAmendments(t, []amCase{
		{"aux deux occurrences: refused", A, "À l'alinéa 2, substituer aux deux occurrences du mot : « contrat » le mot : « titre ».", nil},
		{"aux deux dernières occurrences: refused", A, "À l'alinéa 2, substituer aux deux dernières occurrences du mot : « contrat » le mot : « titre ».", nil},
		{"ranks", A, "À l'alinéa 2, substituer aux deuxième et troisième occurrences du mot : « contrat » le mot : « titre ».", []string{A[0], "Il signe le contrat. Il date le titre. Il remet le titre."}},
		{"(trois occurrences)", A, "À l'alinéa 2, substituer au mot : « contrat » (trois occurrences) le mot : « titre ».", []string{A[0], "Il signe le titre. Il date le titre. Il remet le titre."}},
	})
}

// TestGrammarAmendmentElidedOccurrence: an occurrence named after an
// elided article — "substituer à l'avant-dernière occurrence du mot :
// « A »", "après l'avant-dernière occurrence" (the bills' grammar reads
// the same list) — is that occurrence: the rank was dropped and every
// occurrence edited.
func TestGrammarAmendmentElidedOccurrence(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat. Il remet le contrat."}
	runAmendments(t, []amCase{
		{"à l'avant-dernière occurrence", A, "À l'alinéa 2, substituer à l'avant-dernière occurrence du mot : « contrat » le mot : « titre ».", []string{A[0], "Il signe le contrat. Il date le titre. Il remet le contrat."}},
		{"après l'avant-dernière occurrence", A, "À l'alinéa 2, après l'avant-dernière occurrence du mot : « contrat », insérer le mot : « écrit ».", []string{A[0], "Il signe le contrat. Il date le contrat écrit. Il remet le contrat."}},
	})
}

// TestGrammarAmendmentDeleteUnquotedWords: "À l'alinéa 3, supprimer le
// dernier mot" names words without quoting them, no division: refused
// (the whole alinéa was deleted).
func TestGrammarAmendmentDeleteUnquotedWords(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe.", "Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"le dernier mot", A, "À l'alinéa 3, supprimer le dernier mot.", nil},
		{"les mots entre parenthèses", A, "À l'alinéa 3, supprimer les mots entre parenthèses.", nil},
		{"the alinéa itself", A, "Supprimer l'alinéa 3.", []string{A[0], A[1]}},
	})
}

// TestGrammarAmendmentPlaceTakenOut: a place taken out — "À l'alinéa 2,
// sauf à la première phrase, …", "à l'exception de la première phrase",
// "hormis", "… sauf dans la dernière phrase" after the words — or a span
// of divisions ("à partir de la deuxième phrase", "jusqu'à la deuxième
// phrase") is not read: refused (the place taken out was the one
// edited, every occurrence was, or only the bound). In the new words it is text, and new words
// ending with a comma before the text's period lose it ("contrat, sauf
// urgence." — it gave "…,.").
func TestGrammarAmendmentPlaceTakenOut(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat."}
	runAmendments(t, []amCase{
		{"sauf", A, "À l'alinéa 2, sauf à la première phrase, substituer au mot : « contrat » le mot : « acte ».", nil},
		{"à l'exception de", A, "À l'alinéa 2, à l'exception de la première phrase, substituer au mot : « contrat » le mot : « acte ».", nil},
		{"hormis", A, "À l'alinéa 2, hormis la première phrase, substituer au mot : « contrat » le mot : « acte ».", nil},
		{"sauf after the words", A, "À l'alinéa 2, substituer au mot : « contrat » le mot : « acte » sauf dans la dernière phrase.", nil},
		{"à partir de la deuxième phrase", A, "À l'alinéa 2, à partir de la deuxième phrase, substituer au mot : « contrat » le mot : « acte ».", nil},
		{"jusqu'à la deuxième phrase", A, "À l'alinéa 2, jusqu'à la deuxième phrase, substituer au mot : « contrat » le mot : « acte ».", nil},
		{"à partir du mot still read", A, "Supprimer la fin de l'alinéa 2 à partir des mots : « Il date ».", []string{A[0], "Il signe le contrat."}},
		{"the words may say it", A, "À l'alinéa 2, substituer au mot : « contrat » les mots : « contrat, sauf urgence, ».", []string{A[0], "Il signe le contrat, sauf urgence. Il date le contrat, sauf urgence."}},
	})
}

// TestGrammarAmendmentPresentArticle: "le présent article" is "cet
// article" — "Supprimer le présent article.", "Rédiger ainsi le présent
// article :" (both were refused), "à l'alinéa 3 du présent article" —
// outside quotations only: quoted words keep it.
func TestGrammarAmendmentPresentArticle(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"rédiger ainsi le présent article", A, "Rédiger ainsi le présent article :\n« Le juge tranche. »", []string{"Le juge tranche."}},
		{"compléter le présent article", A, "Compléter le présent article par un alinéa ainsi rédigé :\n« Il note. »", []string{A[0], A[1], "Il note."}},
		{"du présent article", A, "À l'alinéa 2 du présent article, substituer au mot : « préfet » le mot : « maire ».", []string{A[0], "Le maire contrôle."}},
		{"quoted, it is text", A, "Compléter l'alinéa 2 par les mots : « au sens du présent article ».", []string{A[0], "Le préfet contrôle au sens du présent article."}},
	})
	if r := ApplyAmendment(Article{Number: "1", Alineas: A}, "Supprimer le présent article."); !r.Applied || !r.Deleted {
		t.Errorf("Supprimer le présent article: applied %v, deleted %v", r.Applied, r.Deleted)
	}
}

// TestGrammarAmendmentOfAmendment: an instruction whose place is an
// amendment — "À l'alinéa 3 de l'amendement n° 12, …", "Compléter
// l'amendement n° 12 par un alinéa …", a sub-amendment drafted without
// the Sénat's "Amendement n° 12, alinéa 3" head — edits that amendment,
// not this article: refused (this article's alinéa 3 was edited).
func TestGrammarAmendmentOfAmendment(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe.", "Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"à l'alinéa 3 de l'amendement", A, "À l'alinéa 3 de l'amendement n° 12, substituer au mot : « préfet » le mot : « maire ».", nil},
		{"compléter l'amendement", A, "Compléter l'amendement n° 12 par un alinéa ainsi rédigé :\n« Il note. »", nil},
		{"the word quoted is text", A, "Compléter l'alinéa 3 par les mots : « et l'amendement 12 ».", []string{A[0], A[1], "Le préfet contrôle et l'amendement 12."}},
	})
}

// TestGrammarAmendmentDashItem: the dash an item of a list opens with
// ("– le préfet ;") is no word of its text, as a label is not: words
// inserted at its start go after it ("– en tant que de besoin, le
// préfet ;" — they went before the dash), a new beginning keeps it, and
// its first sentence begins after it.
func TestGrammarAmendmentDashItem(t *testing.T) {
	B := []string{"Le conseil comprend :", "– le maire ;", "– le préfet. Il vote ;", "– le juge."}
	runAmendments(t, []amCase{
		{"words at its start", B, "Au début de l'alinéa 3, insérer les mots : « en tant que de besoin, ».", []string{B[0], B[1], "– en tant que de besoin, le préfet. Il vote ;", B[3]}},
		{"a new beginning", B, "Rédiger ainsi le début de l'alinéa 2 : « le premier maire … (le reste sans changement). »", []string{B[0], "– le premier maire ;", B[2], B[3]}},
		{"its first sentence deleted", B, "Supprimer la première phrase de l'alinéa 3.", []string{B[0], B[1], "– Il vote ;", B[3]}},
		{"replaced at its start", B, "À l'alinéa 2, substituer aux mots : « le maire » les mots : « la maire ».", []string{B[0], "– la maire ;", B[2], B[3]}},
	})
}

// TestGrammarAmendmentDeleteLastListItem: the last item of a list
// deleted, the item before it ends the list: "– le maire ;", "– le
// juge." without the juge is "– le maire." (a list of dashes, as "1°
// Seul ;", "2° Vite." already gave "1° Seul."), and in a quoted list
// "« – le maire ;", "« – le juge. » ;" gives "« – le maire. » ;" (it gave
// "« – le maire » ;", the item's semicolon kept and the period lost).
func TestGrammarAmendmentDeleteLastListItem(t *testing.T) {
	B := []string{"Le conseil comprend :", "– le maire ;", "– le préfet ;", "– le juge."}
	Q := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le conseil comprend :", "« – le maire ;", "« – le juge. » ;", "2° L'article L. 2 est abrogé."}
	runAmendments(t, []amCase{
		{"a list of dashes", B, "Supprimer l'alinéa 4.", []string{B[0], B[1], "– le préfet."}},
		{"an item in the middle", B, "Supprimer l'alinéa 3.", []string{B[0], B[1], B[3]}},
		{"a quoted list", Q, "Supprimer l'alinéa 5.", []string{Q[0], Q[1], Q[2], "« – le maire. » ;", Q[5]}},
	})
}

// TestGrammarAmendmentAppendDashItem: an item added after the last of a
// list of dashes makes the one before end with " ;", as items numbered
// do ("– le juge ;" then "– le greffier." — it kept "– le juge."), in a
// quoted list too (the new item goes on the quotation); other text after
// the list leaves it as it is.
func TestGrammarAmendmentAppendDashItem(t *testing.T) {
	B := []string{"Le conseil comprend :", "– le maire ;", "– le juge."}
	Q := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le conseil comprend :", "« – le maire ;", "« – le juge. »", "II. – Fin."}
	runAmendments(t, []amCase{
		{"after the last", B, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n« – le greffier. »", []string{B[0], B[1], "– le juge ;", "– le greffier."}},
		{"completing the article", B, "Compléter cet article par un alinéa ainsi rédigé :\n« – le greffier. »", []string{B[0], B[1], "– le juge ;", "– le greffier."}},
		{"in the middle", B, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n« – le greffier ; »", []string{B[0], B[1], "– le greffier ;", B[2]}},
		{"not an item", B, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n« Il se réunit. »", []string{B[0], B[1], B[2], "Il se réunit."}},
		{"a quoted list", Q, "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n« – le greffier. »", []string{Q[0], Q[1], Q[2], "« – le juge ;", "« – le greffier. »", Q[4]}},
		{"the text proposed completed", Q, "Compléter le texte proposé pour l'article L. 1 par un alinéa ainsi rédigé :\n« – le greffier. »", []string{Q[0], Q[1], Q[2], "« – le juge ;", "« – le greffier. »", Q[4]}},
	})
}

// TestGrammarAmendmentSupNumero: the Assemblée's HTML prints the numero
// sign as a superscript o, "n<sup>o</sup> 2009-669": it is "n°", as the
// bill prints it (the words "no 2009-669" were not found); quoted words
// "n°2009-669" find "n° 2009-669" (a spelling, `spellings`).
func TestGrammarAmendmentSupNumero(t *testing.T) {
	B := []string{"I. – La loi n° 2009-669 du 12 juin 2009 est modifiée."}
	runAmendments(t, []amCase{
		{"n<sup>o</sup>", B, "<p>À l’alinéa 1, substituer aux mots : « n<sup>o</sup> 2009‑669 » les mots : « n<sup>o</sup> 2009-670 ».</p>", []string{"I. – La loi n° 2009-670 du 12 juin 2009 est modifiée."}},
		{"n° without its space", B, "À l'alinéa 1, substituer aux mots : « n°2009-669 » les mots : « n° 2009-670 ».", []string{"I. – La loi n° 2009-670 du 12 juin 2009 est modifiée."}},
	})
}

// TestGrammarAmendmentRewriteApartSeveralLines: alinéas apart rewritten
// together ("Rédiger ainsi les alinéas 3 et 5 :", the Sénat's "Alinéas 3
// et 5" / "Rédiger ainsi ces alinéas :") with several alinéas of new
// text: one each, or all for each? Not said — refused (each took all of
// them). One alinéa of new text is each one's, as before.
func TestGrammarAmendmentRewriteApartSeveralLines(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe.", "Le préfet contrôle.", "II. – Le juge tranche.", "Il motive."}
	runAmendments(t, []amCase{
		{"two lines for two alinéas apart", A, "Rédiger ainsi les alinéas 3 et 5 :\n« Il lit. »\n« Il note. »", nil},
		{"Sénat", A, "Alinéas 3 et 5\n\nRédiger ainsi ces alinéas :\n\nIl lit.\n\nIl note.", nil},
		{"one line, each one's", A, "Rédiger ainsi les alinéas 3 et 5 :\n« Il lit. »", []string{A[0], A[1], "Il lit.", A[3], "Il lit."}},
		{"consecutive: one block", A, "Rédiger ainsi les alinéas 2 et 3 :\n« Il lit. »\n« Il note. »", []string{A[0], "Il lit.", "Il note.", A[3], A[4]}},
	})
}

// TestGrammarAmendmentWordsWithFinalPeriod: words quoted with the
// alinéa's final period, as the Sénat ends its last line ("Supprimer le
// mot :" / "vite." on "… agit vite."), leave the period to what remains
// ("… agit." — it was lost); new words ending with a period put before
// the text's own leave one ("lentement.." was printed), and inside a
// sentence none ("le bail de vente." — it gave "le bail. de vente."); old
// words quoted with it, new ones without, keep it ("… de bail." — it was
// lost), an abbreviation's period ("C.G.I.") going with it as before. A
// whole last sentence deleted leaves the period of the one before.
func TestGrammarAmendmentWordsWithFinalPeriod(t *testing.T) {
	B := []string{"I. – Le maire agit vite.", "Il signe le contrat de vente.", "Il signe. Il date."}
	runAmendments(t, []amCase{
		{"deleted with the period", B, "Alinéa 1\n\nSupprimer le mot :\n\nvite.", []string{"I. – Le maire agit.", B[1], B[2]}},
		{"Assemblée, quoted with it", B, "À l'alinéa 2, supprimer les mots : « de vente. »", []string{B[0], "Il signe le contrat.", B[2]}},
		{"new words with a period", B, "Alinéa 1\n\nRemplacer le mot :\n\nvite\n\npar le mot :\n\nlentement.", []string{"I. – Le maire agit lentement.", B[1], B[2]}},
		{"new words with a period inside a sentence", B, "Alinéa 2\n\nRemplacer le mot :\n\ncontrat\n\npar le mot :\n\nbail.", []string{B[0], "Il signe le bail de vente.", B[2]}},
		{"old words with the period, new without", B, "Alinéa 2\n\nRemplacer les mots :\n\nde vente.\n\npar les mots :\n\nde bail", []string{B[0], "Il signe le contrat de bail.", B[2]}},
		{"an abbreviation's period is its own", []string{"Selon le C.G.I."}, "À l'alinéa 1, substituer à l'abréviation : « C.G.I. » les mots : « code général des impôts ».", []string{"Selon le code général des impôts"}},
		{"a sentence replaced by a sentence", B, "Alinéa 3\n\nRemplacer les mots :\n\nIl signe.\n\npar les mots :\n\nIl lit.", []string{B[0], B[1], "Il lit. Il date."}},
		{"a last sentence deleted as words", B, "À l'alinéa 3, supprimer les mots : « Il date. »", []string{B[0], B[1], "Il signe."}},
	})
}

// TestGrammarAmendmentInsertedWordsPeriod: the period that ends the
// Sénat's last line is no part of words inserted inside a sentence or
// before the text's period ("insérer les mots :" / "écrit." after
// "contrat" in "… contrat de vente." gives "… contrat écrit de vente." —
// it gave "écrit. de vente"; "et bien." before "." gave "et bien.."), and
// an anchor quoted with the alinéa's final period ("Après le mot :" /
// "vite.") puts the words before it ("vite et bien." — it gave "vite. et
// bien"). A sentence inserted before another keeps its period.
func TestGrammarAmendmentInsertedWordsPeriod(t *testing.T) {
	B := []string{"I. – Le maire agit vite.", "Il signe le contrat de vente.", "Il signe. Il date."}
	runAmendments(t, []amCase{
		{"inside a sentence", B, "Alinéa 2\n\nAprès le mot :\n\ncontrat\n\ninsérer le mot :\n\nécrit.", []string{B[0], "Il signe le contrat écrit de vente.", B[2]}},
		{"before the text's period", B, "Alinéa 1\n\nAprès le mot :\n\nvite\n\ninsérer les mots :\n\net bien.", []string{"I. – Le maire agit vite et bien.", B[1], B[2]}},
		{"the anchor with the final period", B, "Alinéa 1\n\nAprès le mot :\n\nvite.\n\ninsérer les mots :\n\net bien", []string{"I. – Le maire agit vite et bien.", B[1], B[2]}},
		{"a sentence between sentences", B, "À l'alinéa 3, après les mots : « Il signe. », insérer les mots : « Il lit. »", []string{B[0], B[1], "Il signe. Il lit. Il date."}},
	})
}

// TestGrammarAmendmentSentenceWithoutPeriod: a sentence added or
// rewritten without its period (the Sénat's line "Il note") takes one:
// "… vite. Il note." at the end, "Il signe. Il lit. Il date." between two
// (it ran into the next), "1° … tranche. Il motive ;" in an item.
func TestGrammarAmendmentSentenceWithoutPeriod(t *testing.T) {
	B := []string{"I. – Le maire agit vite.", "Il signe. Il date.", "1° Le juge tranche ;", "2° Fin."}
	runAmendments(t, []amCase{
		{"at the end", B, "Alinéa 1\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl note", []string{"I. – Le maire agit vite. Il note.", B[1], B[2], B[3]}},
		{"between two", B, "Alinéa 2\n\nAprès la première phrase, insérer une phrase ainsi rédigée :\n\nIl lit", []string{B[0], "Il signe. Il lit. Il date.", B[2], B[3]}},
		{"in an item", B, "Alinéa 3\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl motive", []string{B[0], B[1], "1° Le juge tranche. Il motive ;", B[3]}},
		{"a sentence rewritten", B, "Alinéa 2, première phrase\n\nRédiger ainsi cette phrase :\n\nIl lit", []string{B[0], "Il lit. Il date.", B[2], B[3]}},
	})
}

// TestGrammarAmendmentJoinedAfterAnchor: a second verb joined by "et"
// after an insertion at an anchor ("À l'alinéa 3, après le mot : « A »,
// insérer les mots : « B » et supprimer le mot : « C »") is a second
// instruction in the first's place without its anchor — it was refused,
// the place holding quoted words.
func TestGrammarAmendmentJoinedAfterAnchor(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il remet le contrat.", "Le préfet contrôle vite."}
	runAmendments(t, []amCase{
		{"et supprimer", A, "À l'alinéa 3, après le mot : « préfet », insérer les mots : « du département » et supprimer le mot : « vite ».", []string{A[0], A[1], "Le préfet du département contrôle."}},
		{"et substituer", A, "À l'alinéa 2, après le mot : « signe », insérer le mot : « aussi » et substituer au mot : « remet » le mot : « rend ».", []string{A[0], "Il signe aussi le contrat. Il rend le contrat.", A[2]}},
	})
}

// TestGrammarAmendmentReplacedByNothing: words replaced by an empty
// quotation ("substituer au mot : « préfet » le mot : « »") are deleted,
// with the space they leave ("Le contrôle." — it printed "Le  contrôle.").
func TestGrammarAmendmentReplacedByNothing(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"« »", A, "À l'alinéa 2, substituer au mot : « préfet » le mot : « ».", []string{A[0], "Le contrôle."}},
	})
}

// TestGrammarAmendmentWordsAndDivision: "supprimer les mots : « A » et la
// dernière phrase" deletes a division besides the words; not read:
// refused (the sentence was dropped and the words alone deleted). A place
// after the words ("… à l'alinéa 2 et à l'alinéa 3") stays read.
func TestGrammarAmendmentWordsAndDivision(t *testing.T) {
	A := []string{"I. – Le maire agit.", "Il signe le contrat. Il date le contrat.", "Le contrat est écrit."}
	runAmendments(t, []amCase{
		{"et la dernière phrase", A, "À l'alinéa 2, supprimer les mots : « le contrat » et la dernière phrase.", nil},
		{"et l'alinéa 3", A, "Supprimer les mots : « le contrat » et l'alinéa 3.", nil},
		{"a place after the words", A, "Supprimer le mot : « écrit » à l'alinéa 3.", []string{A[0], A[1], "Le contrat est."}},
	})
}
