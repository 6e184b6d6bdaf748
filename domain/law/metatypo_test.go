package law

import (
	"strings"
	"testing"
)

// Rules found by the metamorphic test (metamorphic_test.go): the same
// instruction written in another typography the texts use.

// TestMetaTypoTightPartNumber: an amendment's next part number written
// tight, as Légifrance prints it ("II.-Après le mot :"), ends the
// unquoted new text of the part before, as "II. - Après le mot :" does
// (it was taken for a line of that new text: the alinéa rewritten with
// the next part's instruction in it, the instruction lost).
func TestMetaTypoTightPartNumber(t *testing.T) {
	A := []string{"Le maire signe le contrat.", "Le préfet date l'acte."}
	want := []string{"Le maire de la commune signe le contrat.", "Le préfet date et classe l'acte."}
	runAmendments(t, []amCase{
		{"spaced", A, "I. - Rédiger ainsi l'alinéa 2 :\nLe préfet date et classe l'acte.\nII. - Après le mot :\nmaire\ninsérer les mots :\nde la commune", want},
		{"tight", A, "I.-Rédiger ainsi l'alinéa 2 :\nLe préfet date et classe l'acte.\nII.-Après le mot :\nmaire\ninsérer les mots :\nde la commune", want},
		{"tight, en dash", A, "I.–Rédiger ainsi l'alinéa 2 :\nLe préfet date et classe l'acte.\nII.–Après le mot :\nmaire\ninsérer les mots :\nde la commune", want},
		{"tight, supprimer", A, "I.-Rédiger ainsi l'alinéa 2 :\nLe préfet date et classe l'acte.\nII.-Supprimer l'alinéa 1.", []string{"Le préfet date et classe l'acte."}},
		{"tight in the new text: a line of it", A, "I. – Alinéas 1 à 2\nRemplacer ces alinéas par deux alinéas ainsi rédigés :\nI.-Le maire signe le contrat.\nII.-Le préfet peut supprimer l'acte.", []string{"I.-Le maire signe le contrat.", "II.-Le préfet peut supprimer l'acte."}},
	})
}

// TestMetaTypoItalicAfterOpeningMark: a Markdown italic mark just inside
// an opening quotation mark ("\"_Art. 3. –_Le …", the Sénat's italic
// article heading) leaves no space there, after a straight quotation
// mark as after « (the new text read "\" Art. 3. – Le …", a space inside
// the quotation).
func TestMetaTypoItalicAfterOpeningMark(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "II. – Le préfet date l'acte."}
	head := "Compléter cet article par un paragraphe ainsi rédigé :\nIII. – Après l'article 2 du code civil, il est inséré un article 3 ainsi rédigé :\n"
	with := func(q string) []string {
		return append(append([]string(nil), A...), "III. – Après l'article 2 du code civil, il est inséré un article 3 ainsi rédigé :", q)
	}
	runAmendments(t, []amCase{
		{"straight", A, head + "\"_Art. 3. –_Le greffier note.\"", with("\"Art. 3. – Le greffier note.\"")},
		{"curly", A, head + "“_Art. 3. –_Le greffier note.”", with("“Art. 3. – Le greffier note.”")},
		{"guillemets", A, head + "« _Art. 3. –_Le greffier note. »", with("« Art. 3. – Le greffier note. »")},
	})
}

// TestMetaTypoHorizontalBarInAmendments: the horizontal bar (U+2015) the
// consolidated codes print after a part's number ("I. ― ", "II.―") is a
// dash of an amendment's part numbers and locator lines as the en dash
// is: "I. ― Alinéa 1" / "Remplacer les mots : …" / "II. ― Alinéa 2" /
// "Supprimer cet alinéa." (the amendment was refused: its parts not
// read). The dash classes of the amendment grammar had "[.-–—]", a range
// from "." to "–" that held every letter; it is "." or a dash.
func TestMetaTypoHorizontalBarInAmendments(t *testing.T) {
	A := []string{"Le contrat est écrit et signé.", "Il est daté.", "Il est remis."}
	want := []string{"Le contrat est signé.", "Il est remis."}
	runAmendments(t, []amCase{
		{"en dash", A, "I. – Alinéa 1\nRemplacer les mots :\nécrit et signé\npar le mot :\nsigné\nII. – Alinéa 2\nSupprimer cet alinéa.", want},
		{"horizontal bar", A, "I. ― Alinéa 1\nRemplacer les mots :\nécrit et signé\npar le mot :\nsigné\nII. ― Alinéa 2\nSupprimer cet alinéa.", want},
		{"horizontal bar, tight", A, "I.―Alinéa 1\nRemplacer les mots :\nécrit et signé\npar le mot :\nsigné\nII.―Alinéa 2\nSupprimer cet alinéa.", want},
		{"Assemblée, horizontal bar", A, "I. ― À l'alinéa 1, substituer aux mots : « écrit et signé » le mot : « signé ».\nII. ― Supprimer l'alinéa 2.", want},
	})
}

// TestMetaTypoHorizontalBarAnnouncedLabel: a bill's new text under the
// label it announces, set with the horizontal bar of the consolidated
// codes ("Le II est ainsi rédigé : « II. ― … »"), bears that label, as
// with the en dash: the II is read, another label refused. Before, the
// bar hid the label (the amendment grammar's label did not take it):
// any label went in, « III. ― … » for the II too; and once seen, "ii. ―"
// was compared with "ii" and the II refused.
func TestMetaTypoHorizontalBarAnnouncedLabel(t *testing.T) {
	before := []string{"I. – Le maire signe le contrat.", "II. – Le préfet date l'acte."}
	text := func(q string) []string {
		return []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le II est ainsi rédigé :", q}
	}
	runGrammar(t, []grammarCase{
		{name: "en dash", before: before, text: text("« II. – Le préfet classe l'acte. » ;"), want: []string{before[0], "II. – Le préfet classe l'acte."}},
		{name: "horizontal bar", before: before, text: text("« II. ― Le préfet classe l'acte. » ;"), want: []string{before[0], "II. ― Le préfet classe l'acte."}},
		{name: "horizontal bar, tight", before: before, text: text("« II.―Le préfet classe l'acte. » ;"), want: []string{before[0], "II.―Le préfet classe l'acte."}},
		{name: "horizontal bar, another label: refused", before: before, text: text("« III. ― Le préfet classe l'acte. » ;")},
	})
}

// TestMetaTypoCapitalWithoutAccent: quoted words typed with a capital
// without its accent find the words the text prints with it — « en Ile-
// de-France » finds "en Île-de-France", « l'Ecole » "l'École" (the
// amendment was refused: words not found); the other way round was read
// already. A small letter's accent is a letter: « a Paris » does not find
// "à Paris".
func TestMetaTypoCapitalWithoutAccent(t *testing.T) {
	A := []string{"Le syndicat des transports en Île-de-France signe le contrat.", "L'École nationale le date à Paris."}
	runAmendments(t, []amCase{
		{"Île", A, "À l'alinéa 1, substituer aux mots : « en Ile-de-France » les mots : « de Bretagne ».", []string{"Le syndicat des transports de Bretagne signe le contrat.", A[1]}},
		{"École", A, "À l'alinéa 2, substituer aux mots : « L'Ecole nationale » les mots : « Le lycée ».", []string{A[0], "Le lycée le date à Paris."}},
		{"Sénat, unquoted", A, "Alinéa 1\nRemplacer les mots :\nen Ile-de-France\npar les mots :\nde Bretagne", []string{"Le syndicat des transports de Bretagne signe le contrat.", A[1]}},
		{"small letter: refused", A, "À l'alinéa 2, substituer aux mots : « a Paris » les mots : « à Lyon ».", nil},
	})
}

// TestMetaTypoDecomposedAccents: a text whose accented letters are
// decomposed — the letter, then its combining accent (Unicode NFD), as
// some tools copy text — reads as the same text composed: "À l'alinéa"
// typed "A" + U+0300 … "alin" "e" + U+0301 "a" is "À l'alinéa", in a bill
// and in an amendment, and its new words are written composed (the
// instruction was not read: "no known instruction form"; the words, not
// found). A combining accent after a letter that takes no such accent
// is left.
func TestMetaTypoDecomposedAccents(t *testing.T) {
	nfd := strings.NewReplacer("À", "A\u0300", "é", "e\u0301", "è", "e\u0300", "ç", "c\u0327", "ê", "e\u0302")
	before := []string{"Le maire signe le contrat.", "Le préfet date l'acte."}
	runGrammar(t, []grammarCase{
		{name: "bill", before: before, text: []string{nfd.Replace("À la première phrase du second alinéa de l'article L. 1 du code civil, le mot : « préfet » est remplacé par les mots : « maître d'œuvre reçu »")}, want: []string{before[0], "Le maître d'œuvre reçu date l'acte."}},
	})
	runAmendments(t, []amCase{
		{"amendment", before, nfd.Replace("À l'alinéa 2, substituer au mot : « préfet » les mots : « trésorier-payeur général ».\nAlinéa 1\nRemplacer le mot :\nmaire\npar le mot :\nrégisseur"), []string{"Le régisseur signe le contrat.", "Le trésorier-payeur général date l'acte."}},
	})
	if got := composeAccents("x\u0301 e\u0301"); got != "x\u0301 é" {
		t.Errorf("composeAccents: %q", got)
	}
}

// TestMetaTypoUnicodeHyphenTypeset: with Légifrance's typography, new
// text typed with the Unicode hyphen U+2010 ("l'article L. 2‐1") is
// inserted with the plain hyphen, as the non-breaking one (U+2011) is
// (it went in as typed: the consolidated codes print "L. 2-1"). Without
// that typography, the new text is inserted as typed.
func TestMetaTypoUnicodeHyphenTypeset(t *testing.T) {
	before := []string{"Le maire signe le contrat."}
	text := []string{"À l'article L. 1 du code civil, le mot : « contrat » est remplacé par les mots : « document prévu à l'article L. 2\u20101 »."}
	runGrammar(t, []grammarCase{
		{name: "Légifrance typography", before: before, text: text, want: []string{"Le maire signe le document prévu à l'article L. 2-1."}, legifrance: true},
		{name: "as typed", before: before, text: text, want: []string{"Le maire signe le document prévu à l'article L. 2\u20101."}},
	})
}
