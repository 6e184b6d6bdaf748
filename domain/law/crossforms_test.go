package law

import (
	"strings"
	"testing"
)

// The cross-forms pass: a place or an operation a drafter can name in a
// bill's language is usually nameable in an amendment's, and the other
// way round. Each case holds the same change written in both languages
// (bill: the instruction over article L. 1 of the code civil; amendment:
// the dispositif over the article as tabled) and the text the drafter
// means, or nil where both must refuse.

type crossCase struct {
	name   string
	before []string
	bill   []string // each a bill instruction (one alinéa)
	am     []string // each an amendment dispositif
	want   []string
}

func runCross(t *testing.T, cases []crossCase) {
	t.Helper()
	for _, tc := range cases {
		var g []grammarCase
		for i, b := range tc.bill {
			g = append(g, grammarCase{name: tc.name + "/bill" + string(rune('0'+i)), before: tc.before, text: strings.Split(b, "\n"), want: tc.want})
		}
		runGrammar(t, g)
		var a []amCase
		for i, d := range tc.am {
			a = append(a, amCase{name: tc.name + "/am" + string(rune('0'+i)), before: tc.before, dispositif: d, want: tc.want})
		}
		runAmendments(t, a)
	}
}

// crossArt is the article the probes change: sentences, an enumeration
// with sub-items, amounts, a rate, a year, a reference and a word twice.
var crossArt = []string{
	"Le maire signe l'acte. Il le transmet au préfet. Il en informe le conseil.",
	"Le conseil délibère, dans les conditions prévues à l'article L. 2, sur :",
	"1° Le budget, qui comprend :",
	"a) Les recettes ;",
	"b) Les dépenses ;",
	"2° Les taxes et les redevances ;",
	"3° Les marchés publics.",
	"Le montant de l'amende est fixé à 1 500 euros. Le taux est de 5 %. L'année de référence est 2020.",
	"Le juge statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse.",
}

// crossWant is crossArt with alinéa n (from 1) replaced by s; s == "" deletes it.
func crossWant(pairs ...any) []string {
	out := append([]string(nil), crossArt...)
	del := map[int]bool{}
	for i := 0; i+1 < len(pairs); i += 2 {
		n := pairs[i].(int)
		s := pairs[i+1].(string)
		if s == "" {
			del[n] = true
			continue
		}
		out[n-1] = s
	}
	var r []string
	for i, s := range out {
		if !del[i+1] {
			r = append(r, s)
		}
	}
	return r
}

// crossInsert is crossArt with s inserted after alinéa n (0: at the top).
func crossInsert(n int, s ...string) []string { return crossInsertIn(crossArt, n, s...) }

// crossInsertIn is base with s inserted after alinéa n (0: at the top).
func crossInsertIn(base []string, n int, s ...string) []string {
	out := append([]string(nil), base[:n]...)
	out = append(out, s...)
	return append(out, base[n:]...)
}

const cfL = "de l'article L. 1 du code civil"
const cfA = "À l'article L. 1 du code civil, "

// TestCrossSentenceRankAfterOwnInstruction: in one amendment, a sentence
// named by a rank an earlier instruction of the same amendment moved
// (sentences deleted, rewritten or added in its alinéa) is read when the
// rank names one sentence counted on the text as tabled and on the text
// as that instruction left it — "I. – À l'alinéa 1, supprimer la deuxième
// phrase. II. – …, à la dernière phrase du même alinéa, …" is the last
// either way, as a bill's "1° La deuxième phrase … est supprimée ; 2° À
// la dernière phrase du même alinéa, …" is read (it was refused whatever
// the sentences). Where the two countings name different sentences, or
// one names none (the second after the first was deleted, the last after
// a sentence was added at the end or the last deleted, the third of
// three after the second was deleted), it stays refused, now with its
// reason.
func TestCrossSentenceRankAfterOwnInstruction(t *testing.T) {
	al := []string{"Le maire agit. Il signe. Il part.", "Le juge statue."}
	runAmendments(t, []amCase{
		{"the last after the second deleted", al,
			"I. – À l'alinéa 1, supprimer la deuxième phrase.\nII. – En conséquence, à la dernière phrase du même alinéa, remplacer le mot : « part » par le mot : « sort ».",
			[]string{"Le maire agit. Il sort.", al[1]}},
		{"joined by et", al,
			"À l'alinéa 1, supprimer la première phrase et, à la dernière phrase, substituer au mot : « part » le mot : « sort ».",
			[]string{"Il signe. Il sort.", al[1]}},
		{"Sénat: locator lines", al,
			"Alinéa 1\n1° Première phrase\nSupprimer cette phrase.\n2° Dernière phrase\nRemplacer le mot :\npart\npar le mot :\nsort",
			[]string{"Il signe. Il sort.", al[1]}},
		{"the second after the first rewritten as one", al,
			"Alinéa 1\n1° Première phrase\nRédiger ainsi cette phrase :\nLe préfet agit.\n2° Seconde phrase\nRemplacer le mot :\nsigne\npar le mot :\ndate",
			[]string{"Le préfet agit. Il date. Il part.", al[1]}},
		{"the avant-dernière after a sentence inserted before it", al,
			"Alinéa 1\n1° Après la première phrase, insérer une phrase ainsi rédigée :\nIl lit.\n2° Avant-dernière phrase\nSupprimer cette phrase.",
			[]string{"Le maire agit. Il lit. Il part.", al[1]}},
		{"the last after the last deleted: refused", al,
			"I. – À l'alinéa 1, supprimer la dernière phrase.\nII. – En conséquence, à la dernière phrase du même alinéa, remplacer le mot : « signe » par le mot : « date ».", nil},
		{"the last after a sentence added at the end: refused", al,
			"I. – Compléter l'alinéa 1 par une phrase ainsi rédigée : « Il revient. »\nII. – En conséquence, à la dernière phrase du même alinéa, remplacer le mot : « part » par le mot : « sort ».", nil},
		{"the third after the second deleted: refused", al,
			"I. – À l'alinéa 1, supprimer la deuxième phrase.\nII. – En conséquence, à la troisième phrase du même alinéa, remplacer le mot : « part » par le mot : « sort ».", nil},
		{"the second after the first deleted: refused", al,
			"I. – À l'alinéa 1, supprimer la première phrase.\nII. – En conséquence, à la seconde phrase du même alinéa, remplacer le mot : « part » par le mot : « sort ».", nil},
	})
	r := ApplyAmendment(Article{Number: "1", Alineas: al}, "I. – À l'alinéa 1, supprimer la deuxième phrase.\nII. – En conséquence, à la troisième phrase du même alinéa, remplacer le mot : « part » par le mot : « sort ».")
	if r.Applied || len(r.Unparsed) != 1 || !strings.Contains(r.Unparsed[0], "which counting is meant is not said") {
		t.Errorf("want refused with its reason: %q", r.Unparsed)
	}
}

// TestCrossSameAlineaAfterVerb: in an amendment, "le même alinéa" named
// after the verb of a later instruction ("II. – En conséquence, compléter
// la dernière phrase du même alinéa par …", "supprimer la dernière phrase
// du même alinéa", "compléter le même alinéa par …") is the one alinéa
// the instruction before was made in, as "cet alinéa" is
// (thisAlineaBefore) and as "Au même alinéa, …" before the verb is read
// — a bill's "La dernière phrase du même alinéa est complétée …" is read
// (it was refused). Refused as "cet alinéa" is: the instruction before
// named several alinéas, or inserted, deleted or rewrote whole ones, or
// nothing came before.
func TestCrossSameAlineaAfterVerb(t *testing.T) {
	al := []string{"Le maire signe. Il part.", "Le juge statue."}
	first := "I. – À l'alinéa 1, substituer au mot : « signe » le mot : « vise ».\nII. – En conséquence, "
	runAmendments(t, []amCase{
		{"a sentence of it completed", al, first + "compléter la dernière phrase du même alinéa par les mots : « sans délai ».",
			[]string{"Le maire vise. Il part sans délai.", al[1]}},
		{"a sentence of it deleted", al, first + "supprimer la dernière phrase du même alinéa.",
			[]string{"Le maire vise.", al[1]}},
		{"a sentence of it rewritten", al, first + "rédiger ainsi la dernière phrase du même alinéa : « Il sort. »",
			[]string{"Le maire vise. Il sort.", al[1]}},
		{"it completed by a sentence", al, first + "compléter le même alinéa par une phrase ainsi rédigée : « Il revient. »",
			[]string{"Le maire vise. Il part. Il revient.", al[1]}},
		{"the instruction before on two alinéas: refused", al,
			"I. – Aux alinéas 1 et 2, substituer au mot : « Le » le mot : « Un ».\nII. – En conséquence, supprimer la dernière phrase du même alinéa.", nil},
		{"the instruction before inserted an alinéa: refused", al,
			"I. – Après l'alinéa 1, insérer un alinéa ainsi rédigé : « Il revient. »\nII. – En conséquence, supprimer la dernière phrase du même alinéa.", nil},
		{"nothing before: refused", al, "Supprimer la dernière phrase du même alinéa.", nil},
	})
}

// TestCrossStartRestUnchanged: a bill's "Le début du premier alinéa …
// est ainsi rédigé : « Le préfet signe (le reste sans changement). »" —
// the remark inside the quotation ends the new beginning, as "…" does
// and as an amendment's "Rédiger ainsi le début de l'alinéa 1 : « … (le
// reste sans changement) »" is read (it was refused: no "…" line). A new
// beginning with neither, or sharing no words with the text, stays
// refused; so does one whose remark follows the closing quotation mark,
// in both languages (TestGrammarFormulas, TestAmProbe3Dispositifs).
func TestCrossStartRestUnchanged(t *testing.T) {
	al := []string{"Le maire signe l'acte. Il part.", "Le juge statue."}
	head := "Le début du premier alinéa de l'article L. 1 du code civil est ainsi rédigé : "
	runGrammar(t, []grammarCase{
		{name: "the remark before the period", before: al, text: []string{head + "« Le préfet signe (le reste sans changement). »"},
			want: []string{"Le préfet signe l'acte. Il part.", al[1]}},
		{name: "the remark last", before: al, text: []string{head + "« Le préfet signe (le reste sans modification) »."},
			want: []string{"Le préfet signe l'acte. Il part.", al[1]}},
		{name: "an ellipsis, as before", before: al, text: []string{head + "« Le préfet signe… »."},
			want: []string{"Le préfet signe l'acte. Il part.", al[1]}},
		{name: "the remark after the quotation: refused", before: al, text: []string{head + "« Le préfet signe » (le reste sans changement)."}},
		{name: "neither: refused", before: al, text: []string{head + "« Le préfet signe »."}},
		{name: "no word shared: refused", before: al, text: []string{head + "« Le préfet (le reste sans changement). »"}},
		{name: "elsewhere the remark is dropped", before: al, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » (le reste sans changement)."},
			want: []string{"Le préfet signe l'acte. Il part.", al[1]}},
	})
	runAmendments(t, []amCase{
		{"amendment: the remark after the quotation: refused", al, "Rédiger ainsi le début de l'alinéa 1 : « Le préfet signe » (le reste sans changement).", nil},
		{"amendment: inside, as before", al, "Rédiger ainsi le début de l'alinéa 1 : « Le préfet signe (le reste sans changement). »",
			[]string{"Le préfet signe l'acte. Il part.", al[1]}},
		{"amendment: no word shared: refused", al, "Rédiger ainsi le début de l'alinéa 1 : « Le préfet (le reste sans changement). »", nil},
	})
}

// TestCrossProbe..6 are guards: each change in both languages, read as
// the drafter means, or refused in both.
func TestCrossProbe(t *testing.T) {
	runCross(t, []crossCase{
		// sentences
		{name: "second sentence deleted", before: crossArt,
			bill: []string{"La deuxième phrase du premier alinéa " + cfL + " est supprimée.", cfA + "au premier alinéa, la deuxième phrase est supprimée."},
			am:   []string{"À l'alinéa 1, supprimer la deuxième phrase.", "Supprimer la deuxième phrase de l'alinéa 1.", "Alinéa 1\nSupprimer la deuxième phrase."},
			want: crossWant(1, "Le maire signe l'acte. Il en informe le conseil.")},
		{name: "two last sentences deleted", before: crossArt,
			bill: []string{"Les deux dernières phrases du premier alinéa " + cfL + " sont supprimées."},
			am:   []string{"À l'alinéa 1, supprimer les deux dernières phrases.", "Supprimer les deux dernières phrases de l'alinéa 1."},
			want: crossWant(1, "Le maire signe l'acte.")},
		{name: "first sentence of the avant-dernier rewritten", before: crossArt,
			bill: []string{"La première phrase de l'avant-dernier alinéa " + cfL + " est ainsi rédigée : « Le montant de l'amende est fixé à 3 000 euros. »"},
			am:   []string{"Rédiger ainsi la première phrase de l'alinéa 8 : « Le montant de l'amende est fixé à 3 000 euros. »", "Rédiger ainsi la première phrase de l'avant-dernier alinéa : « Le montant de l'amende est fixé à 3 000 euros. »", "Alinéa 8, première phrase\nRédiger ainsi cette phrase :\nLe montant de l'amende est fixé à 3 000 euros."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2020.")},
		{name: "last sentence completed", before: crossArt,
			bill: []string{"La dernière phrase du dernier alinéa " + cfL + " est complétée par les mots : « par lettre recommandée »."},
			am:   []string{"Compléter la dernière phrase de l'alinéa 9 par les mots : « par lettre recommandée ».", "À la dernière phrase de l'alinéa 9, après le mot : « adverse », insérer les mots : « par lettre recommandée »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse par lettre recommandée.")},
		{name: "sentence inserted after the first", before: crossArt,
			bill: []string{"Après la première phrase du premier alinéa " + cfL + ", est insérée une phrase ainsi rédigée : « Il la date. »"},
			am:   []string{"À l'alinéa 1, après la première phrase, insérer une phrase ainsi rédigée : « Il la date. »", "Après la première phrase de l'alinéa 1, insérer une phrase ainsi rédigée : « Il la date. »"},
			want: crossWant(1, "Le maire signe l'acte. Il la date. Il le transmet au préfet. Il en informe le conseil.")},
		{name: "alinéa completed by a sentence", before: crossArt,
			bill: []string{"Le premier alinéa " + cfL + " est complété par une phrase ainsi rédigée : « Il la date. »"},
			am:   []string{"Compléter l'alinéa 1 par une phrase ainsi rédigée : « Il la date. »", "Alinéa 1\nCompléter cet alinéa par une phrase ainsi rédigée :\nIl la date."},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au préfet. Il en informe le conseil. Il la date.")},
		{name: "word in the second sentence", before: crossArt,
			bill: []string{"À la deuxième phrase du dernier alinéa " + cfL + ", le mot : « motive » est remplacé par le mot : « justifie »."},
			am:   []string{"À la deuxième phrase de l'alinéa 9, substituer au mot : « motive » le mot : « justifie ».", "Alinéa 9, deuxième phrase\nRemplacer le mot :\nmotive\npar le mot :\njustifie"},
			want: crossWant(9, "Le juge statue. Il justifie sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "sentence moved to the start", before: crossArt,
			bill: []string{"Au début du premier alinéa " + cfL + ", est ajoutée une phrase ainsi rédigée : « Il délibère. »"},
			am:   []string{"Au début de l'alinéa 1, insérer une phrase ainsi rédigée : « Il délibère. »"},
			want: crossWant(1, "Il délibère. Le maire signe l'acte. Il le transmet au préfet. Il en informe le conseil.")},
		// items
		{name: "item deleted", before: crossArt,
			bill: []string{"Le 2° " + cfL + " est abrogé.", "Le 2° " + cfL + " est supprimé."},
			want: crossWant(6, "2° (Abrogé) ;")},
		{name: "item deleted (amendment: the bill's placeholder)", before: crossArt,
			am:   []string{"Supprimer l'alinéa 6.", "Alinéa 6\nSupprimer cet alinéa."},
			want: crossWant(6, "2° (Supprimé)")},
		{name: "sub-item rewritten", before: crossArt,
			bill: []string{"Le a du 1° " + cfL + " est ainsi rédigé : « a) Les produits ; »."},
			am:   []string{"Rédiger ainsi l'alinéa 4 : « a) Les produits ; »."},
			want: crossWant(4, "a) Les produits ;")},
		{name: "start of the 3°", before: crossArt,
			bill: []string{"Au début du 3° " + cfL + ", sont ajoutés les mots : « Les contrats et »."},
			am:   []string{"Au début de l'alinéa 7, ajouter les mots : « Les contrats et »."},
			want: crossWant(7, "3° Les contrats et les marchés publics.")},
		{name: "b completed", before: crossArt,
			bill: []string{"Le b du 1° " + cfL + " est complété par les mots : « de fonctionnement »."},
			am:   []string{"Compléter l'alinéa 5 par les mots : « de fonctionnement »."},
			want: crossWant(5, "b) Les dépenses de fonctionnement ;")},
		{name: "2° bis inserted", before: crossArt,
			bill: []string{"Après le 2° " + cfL + ", il est inséré un 2° bis ainsi rédigé : « 2° bis Les emprunts ; »."},
			am:   []string{"Après l'alinéa 6, insérer un alinéa ainsi rédigé : « 2° bis Les emprunts ; »."},
			want: crossInsert(6, "2° bis Les emprunts ;")},
		{name: "list completed by a 4°", before: crossArt,
			bill: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé : « 4° Les emprunts. »"},
			am:   []string{"Après l'alinéa 7, insérer un alinéa ainsi rédigé : « 4° Les emprunts. »"},
			want: crossInsertIn(crossWant(7, "3° Les marchés publics ;"), 7, "4° Les emprunts.")},
		{name: "1° completed by a c", before: crossArt,
			bill: []string{"Le 1° " + cfL + " est complété par un c ainsi rédigé : « c) Les dettes ; »."},
			am:   []string{"Après l'alinéa 5, insérer un alinéa ainsi rédigé : « c) Les dettes ; »."},
			want: crossInsert(5, "c) Les dettes ;")},
		// occurrences
		{name: "second occurrence", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", la seconde occurrence du mot : « partie » est remplacée par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer à la seconde occurrence du mot : « partie » le mot : « personne ».", "Alinéa 9\nRemplacer la seconde occurrence du mot :\npartie\npar le mot :\npersonne"},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et à la personne adverse.")},
		{name: "both occurrences", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", les deux occurrences du mot : « partie » sont remplacées par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer aux deux occurrences du mot : « partie » le mot : « personne »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la personne et à la personne adverse.")},
		// points
		{name: "end after a word rewritten", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", après le mot : « signe », la fin de l'alinéa est ainsi rédigée : « l'arrêté. »"},
			am:   []string{"À l'alinéa 1, après le mot : « signe », rédiger ainsi la fin de cet alinéa : « l'arrêté. »"},
			want: crossWant(1, "Le maire signe l'arrêté.")},
		{name: "end after a word deleted", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", après le mot : « statue », la fin de l'alinéa est supprimée."},
			am:   []string{"À l'alinéa 9, après le mot : « statue », supprimer la fin de cet alinéa."},
			want: crossWant(9, "Le juge statue.")},
		// word lists
		{name: "two words deleted", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", les mots : « de l'amende » et « de référence » sont supprimés."},
			am:   []string{"À l'alinéa 8, supprimer les mots : « de l'amende » et « de référence »."},
			want: crossWant(8, "Le montant est fixé à 1 500 euros. Le taux est de 5 %. L'année est 2020.")},
		// numbers
		{name: "amount", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", le montant : « 1 500 euros » est remplacé par le montant : « 3 000 euros »."},
			am:   []string{"À l'alinéa 8, substituer au montant : « 1 500 euros » le montant : « 3 000 euros »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2020.")},
		{name: "rate", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", le taux : « 5 % » est remplacé par le taux : « 10 % »."},
			am:   []string{"À l'alinéa 8, substituer au taux : « 5 % » le taux : « 10 % »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 1 500 euros. Le taux est de 10 %. L'année de référence est 2020.")},
		{name: "year", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", l'année : « 2020 » est remplacée par l'année : « 2025 »."},
			am:   []string{"À l'alinéa 8, substituer à l'année : « 2020 » l'année : « 2025 »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 1 500 euros. Le taux est de 5 %. L'année de référence est 2025.")},
		{name: "number", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", le nombre : « 1 500 » est remplacé par le nombre : « 3 000 »."},
			am:   []string{"À l'alinéa 8, substituer au nombre : « 1 500 » le nombre : « 3 000 »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2020.")},
		{name: "reference", before: crossArt,
			bill: []string{"Au deuxième alinéa " + cfL + ", la référence : « L. 2 » est remplacée par la référence : « L. 3 »."},
			am:   []string{"À l'alinéa 2, substituer à la référence : « L. 2 » la référence : « L. 3 »."},
			want: crossWant(2, "Le conseil délibère, dans les conditions prévues à l'article L. 3, sur :")},
	})
}

func TestCrossProbe2(t *testing.T) {
	runCross(t, []crossCase{
		// items named in an amendment
		{name: "am: item deleted by its label", before: crossArt,
			am:   []string{"Supprimer le 2°.", "Supprimer le 2° de cet article."},
			want: crossWant(6, "2° (Supprimé)")},
		{name: "am: sub-item rewritten by its label", before: crossArt,
			am:   []string{"Rédiger ainsi le a du 1° : « a) Les produits ; »."},
			want: crossWant(4, "a) Les produits ;")},
		{name: "am: item completed by a sub-item", before: crossArt,
			bill: []string{"Le 1° " + cfL + " est complété par un c ainsi rédigé : « c) Les dettes ; »."},
			am:   []string{"Compléter le 1° par un c ainsi rédigé : « c) Les dettes ; »."},
			want: crossInsert(5, "c) Les dettes ;")},
		{name: "am: start of an item", before: crossArt,
			am:   []string{"Au début du 3°, ajouter les mots : « Les contrats et »."},
			want: crossWant(7, "3° Les contrats et les marchés publics.")},
		{name: "am: sub-item completed", before: crossArt,
			am:   []string{"Compléter le b du 1° par les mots : « de fonctionnement »."},
			want: crossWant(5, "b) Les dépenses de fonctionnement ;")},
		{name: "am: item inserted after an item", before: crossArt,
			am:   []string{"Après le 2°, insérer un 2° bis ainsi rédigé : « 2° bis Les emprunts ; »."},
			want: crossInsert(6, "2° bis Les emprunts ;")},
		{name: "words in an item", before: crossArt,
			bill: []string{"Au 2° " + cfL + ", le mot : « taxes » est remplacé par le mot : « impôts »."},
			am:   []string{"Au 2°, substituer au mot : « taxes » le mot : « impôts ».", "Alinéa 6\nRemplacer le mot :\ntaxes\npar le mot :\nimpôts", "À l'alinéa 6, remplacer le mot : « taxes » par le mot : « impôts »."},
			want: crossWant(6, "2° Les impôts et les redevances ;")},
		{name: "end of a sub-item", before: crossArt,
			bill: []string{"À la fin du b du 1° " + cfL + ", le mot : « dépenses » est remplacé par le mot : « charges »."},
			am:   []string{"À la fin du b du 1°, substituer au mot : « dépenses » le mot : « charges ».", "À la fin de l'alinéa 5, substituer au mot : « dépenses » le mot : « charges »."},
			want: crossWant(5, "b) Les charges ;")},
		// sentences
		{name: "amount in the first sentence", before: crossArt,
			bill: []string{"À la première phrase de l'avant-dernier alinéa " + cfL + ", le montant : « 1 500 euros » est remplacé par le montant : « 3 000 euros »."},
			am:   []string{"À la première phrase de l'avant-dernier alinéa, substituer au montant : « 1 500 euros » le montant : « 3 000 euros ».", "À la première phrase de l'alinéa 8, substituer au montant : « 1 500 euros » le montant : « 3 000 euros »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2020.")},
		{name: "two first sentences deleted", before: crossArt,
			bill: []string{"Les deux premières phrases du dernier alinéa " + cfL + " sont supprimées.", "Les première et deuxième phrases du dernier alinéa " + cfL + " sont supprimées."},
			am:   []string{"Supprimer les deux premières phrases de l'alinéa 9.", "À l'alinéa 9, supprimer les première et deuxième phrases.", "Alinéa 9\nSupprimer les deux premières phrases."},
			want: crossWant(9, "Il la notifie à la partie et à la partie adverse.")},
		{name: "last sentence replaced by two", before: crossArt,
			bill: []string{"La dernière phrase du premier alinéa " + cfL + " est remplacée par deux phrases ainsi rédigées : « Il le transmet. Il l'affiche. »"},
			am:   []string{"Remplacer la dernière phrase de l'alinéa 1 par deux phrases ainsi rédigées : « Il le transmet. Il l'affiche. »", "Rédiger ainsi la dernière phrase de l'alinéa 1 : « Il le transmet. Il l'affiche. »"},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au préfet. Il le transmet. Il l'affiche.")},
		{name: "last sentence deleted", before: crossArt,
			bill: []string{"La dernière phrase du dernier alinéa " + cfL + " est supprimée."},
			am:   []string{"À l'alinéa 9, supprimer la dernière phrase.", "Supprimer la dernière phrase du dernier alinéa."},
			want: crossWant(9, "Le juge statue. Il motive sa décision.")},
		{name: "avant-dernière phrase", before: crossArt,
			bill: []string{"L'avant-dernière phrase du dernier alinéa " + cfL + " est supprimée."},
			am:   []string{"À l'alinéa 9, supprimer l'avant-dernière phrase."},
			want: crossWant(9, "Le juge statue. Il la notifie à la partie et à la partie adverse.")},
		{name: "end of the second sentence", before: crossArt,
			bill: []string{"À la fin de la deuxième phrase du premier alinéa " + cfL + ", les mots : « au préfet » sont remplacés par les mots : « au recteur »."},
			am:   []string{"À la fin de la deuxième phrase de l'alinéa 1, substituer aux mots : « au préfet » les mots : « au recteur »."},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au recteur. Il en informe le conseil.")},
		// occurrences
		{name: "first occurrence", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", la première occurrence du mot : « partie » est remplacée par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer à la première occurrence du mot : « partie » le mot : « personne »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la personne et à la partie adverse.")},
		{name: "after the second occurrence", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", après la seconde occurrence du mot : « partie », est inséré le mot : « civile »."},
			am:   []string{"À l'alinéa 9, après la seconde occurrence du mot : « partie », insérer le mot : « civile ».", "Alinéa 9\nAprès la seconde occurrence du mot :\npartie\ninsérer le mot :\ncivile"},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et à la partie civile adverse.")},
		{name: "last occurrence", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", la dernière occurrence du mot : « partie » est remplacée par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer à la dernière occurrence du mot : « partie » le mot : « personne »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et à la personne adverse.")},
		{name: "twice", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", le mot : « partie » est remplacé, deux fois, par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer, deux fois, au mot : « partie » le mot : « personne »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la personne et à la personne adverse.")},
		// points
		{name: "start until a word rewritten", before: crossArt,
			bill: []string{"Le début du dernier alinéa " + cfL + " jusqu'au mot : « statue » est ainsi rédigé : « Le tribunal statue »."},
			am:   []string{"À l'alinéa 9, rédiger ainsi le début de cet alinéa jusqu'au mot : « statue » : « Le tribunal statue »."},
			want: crossWant(9, "Le tribunal statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "end of the first sentence after a word", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", après le mot : « signe », la fin de la première phrase est ainsi rédigée : « l'arrêté. »"},
			am:   []string{"À la première phrase de l'alinéa 1, après le mot : « signe », rédiger ainsi la fin de cette phrase : « l'arrêté. »"},
			want: crossWant(1, "Le maire signe l'arrêté. Il le transmet au préfet. Il en informe le conseil.")},
		{name: "end of the last sentence after a word deleted", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", après le mot : « notifie », la fin de la dernière phrase est supprimée."},
			am:   []string{"À l'alinéa 9, après le mot : « notifie », supprimer la fin de la dernière phrase.", "À la dernière phrase de l'alinéa 9, après le mot : « notifie », supprimer la fin de cette phrase."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie.")},
		{name: "before words", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", avant les mots : « au préfet », sont insérés les mots : « sans délai »."},
			am:   []string{"À l'alinéa 1, avant les mots : « au préfet », insérer les mots : « sans délai »."},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet sans délai au préfet. Il en informe le conseil.")},
		// word lists
		{name: "three words replaced respectively", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", les mots : « statue », « motive » et « notifie » sont remplacés respectivement par les mots : « juge », « fonde » et « remet »."},
			am:   []string{"À l'alinéa 9, substituer respectivement aux mots : « statue », « motive » et « notifie » les mots : « juge », « fonde » et « remet »."},
			want: crossWant(9, "Le juge juge. Il fonde sa décision. Il la remet à la partie et à la partie adverse.")},
		{name: "three words deleted", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", les mots : « de l'amende », « de 5 % » et « de référence » sont supprimés."},
			am:   []string{"À l'alinéa 8, supprimer les mots : « de l'amende », « de 5 % » et « de référence »."},
			want: crossWant(8, "Le montant est fixé à 1 500 euros. Le taux est. L'année est 2020.")},
		// numbers
		{name: "sum", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", la somme : « 1 500 euros » est remplacée par la somme : « 3 000 euros »."},
			am:   []string{"À l'alinéa 8, substituer à la somme : « 1 500 euros » la somme : « 3 000 euros »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2020.")},
		{name: "percentage", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", le pourcentage : « 5 % » est remplacé par le pourcentage : « 10 % »."},
			am:   []string{"À l'alinéa 8, substituer au pourcentage : « 5 % » le pourcentage : « 10 % »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 1 500 euros. Le taux est de 10 %. L'année de référence est 2020.")},
		{name: "figure", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", le chiffre : « 5 » est remplacé par le chiffre : « 10 »."},
			am:   []string{"À l'alinéa 8, substituer au chiffre : « 5 » le chiffre : « 10 »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 1 500 euros. Le taux est de 10 %. L'année de référence est 2020.")},
		// insertion of items
		{name: "b bis", before: crossArt,
			bill: []string{"Après le b du 1° " + cfL + ", il est inséré un b bis ainsi rédigé : « b bis) Les dettes ; »."},
			am:   []string{"Après l'alinéa 5, insérer un alinéa ainsi rédigé : « b bis) Les dettes ; ».", "Après le b du 1°, insérer un b bis ainsi rédigé : « b bis) Les dettes ; ».", "Après l'alinéa 5\nInsérer un alinéa ainsi rédigé :\nb bis) Les dettes ;"},
			want: crossInsert(5, "b bis) Les dettes ;")},
		{name: "1° A", before: crossArt,
			bill: []string{"Avant le 1° " + cfL + ", il est inséré un 1° A ainsi rédigé : « 1° A Les dons ; »."},
			am:   []string{"Avant l'alinéa 3, insérer un alinéa ainsi rédigé : « 1° A Les dons ; ».", "Avant le 1°, insérer un 1° A ainsi rédigé : « 1° A Les dons ; »."},
			want: crossInsert(2, "1° A Les dons ;")},
		{name: "two items at the end of the list", before: crossArt,
			bill: []string{"Après le 3° " + cfL + ", sont insérés des 4° et 5° ainsi rédigés :\n« 4° Les emprunts ;\n« 5° Les dons. »"},
			am:   []string{"Après l'alinéa 7, insérer deux alinéas ainsi rédigés :\n« 4° Les emprunts ;\n« 5° Les dons. »"},
			want: crossInsertIn(crossWant(7, "3° Les marchés publics ;"), 7, "4° Les emprunts ;", "5° Les dons.")},
		// deletions
		{name: "two sub-items deleted", before: crossArt,
			am:   []string{"Supprimer les alinéas 4 et 5."},
			want: crossInsertIn(crossWant(4, "", 5, ""), 3, "a) et b) (Supprimé)")},
		{name: "last alinéa deleted", before: crossArt,
			bill: []string{"Le dernier alinéa " + cfL + " est supprimé."},
			am:   []string{"Supprimer le dernier alinéa.", "Supprimer l'alinéa 9."},
			want: crossWant(9, "")},
		{name: "two last alinéas deleted", before: crossArt,
			bill: []string{"Les deux derniers alinéas " + cfL + " sont supprimés."},
			am:   []string{"Supprimer les deux derniers alinéas.", "Supprimer les alinéas 8 et 9."},
			want: crossWant(8, "", 9, "")},
	})
}

func TestCrossProbe3(t *testing.T) {
	runCross(t, []crossCase{
		{name: "two operations in one sentence", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", le mot : « signe » est remplacé par le mot : « vise » et, après le mot : « préfet », sont insérés les mots : « sans délai »."},
			am:   []string{"À l'alinéa 1, substituer au mot : « signe » le mot : « vise » et, après le mot : « préfet », insérer les mots : « sans délai »."},
			want: crossWant(1, "Le maire vise l'acte. Il le transmet au préfet sans délai. Il en informe le conseil.")},
		{name: "after a reference", before: crossArt,
			bill: []string{"Au deuxième alinéa " + cfL + ", après la référence : « L. 2 », sont insérés les mots : « et L. 3 »."},
			am:   []string{"À l'alinéa 2, après la référence : « L. 2 », insérer les mots : « et L. 3 ».", "Alinéa 2\nAprès la référence :\nL. 2\ninsérer les mots :\net L. 3"},
			want: crossWant(2, "Le conseil délibère, dans les conditions prévues à l'article L. 2 et L. 3, sur :")},
		{name: "reference replaced by references", before: crossArt,
			bill: []string{"Au deuxième alinéa " + cfL + ", la référence : « L. 2 » est remplacée par les références : « L. 2 et L. 3 »."},
			am:   []string{"À l'alinéa 2, substituer à la référence : « L. 2 » les références : « L. 2 et L. 3 »."},
			want: crossWant(2, "Le conseil délibère, dans les conditions prévues à l'article L. 2 et L. 3, sur :")},
		{name: "last alinéa replaced by two", before: crossArt,
			bill: []string{"Le dernier alinéa " + cfL + " est remplacé par deux alinéas ainsi rédigés :\n« Le juge statue.\n« Il motive sa décision. »"},
			am:   []string{"Remplacer l'alinéa 9 par deux alinéas ainsi rédigés :\n« Le juge statue.\n« Il motive sa décision. »", "Alinéa 9\nRemplacer cet alinéa par deux alinéas ainsi rédigés :\nLe juge statue.\nIl motive sa décision."},
			want: append(crossArt[:8:8], "Le juge statue.", "Il motive sa décision.")},
		{name: "words at the start", before: crossArt,
			bill: []string{"Au début du dernier alinéa " + cfL + ", les mots : « Le juge » sont remplacés par les mots : « Le tribunal »."},
			am:   []string{"Au début de l'alinéa 9, substituer aux mots : « Le juge » les mots : « Le tribunal »."},
			want: crossWant(9, "Le tribunal statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "words unique in the article, no alinéa named", before: crossArt,
			bill: []string{cfA + "après le mot : « juge », sont insérés les mots : « des référés »."},
			am:   []string{"Après le mot : « juge », insérer les mots : « des référés »."},
			want: crossWant(9, "Le juge des référés statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "alinéa at the start of the article", before: crossArt,
			bill: []string{"Au début de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé : « Le conseil se réunit. »"},
			am:   []string{"Au début de cet article, insérer un alinéa ainsi rédigé : « Le conseil se réunit. »", "Avant l'alinéa 1, insérer un alinéa ainsi rédigé : « Le conseil se réunit. »"},
			want: crossInsert(0, "Le conseil se réunit.")},
		{name: "article completed by an alinéa", before: crossArt,
			bill: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé : « Le conseil se réunit. »"},
			am:   []string{"Compléter cet article par un alinéa ainsi rédigé : « Le conseil se réunit. »", "Après l'alinéa 9, insérer un alinéa ainsi rédigé : « Le conseil se réunit. »"},
			want: crossInsert(9, "Le conseil se réunit.")},
		{name: "two middle sentences replaced by one", before: crossArt,
			bill: []string{"Les deuxième et troisième phrases du premier alinéa " + cfL + " sont remplacées par une phrase ainsi rédigée : « Il l'affiche. »"},
			am:   []string{"Remplacer les deuxième et troisième phrases de l'alinéa 1 par une phrase ainsi rédigée : « Il l'affiche. »", "Rédiger ainsi les deux dernières phrases de l'alinéa 1 : « Il l'affiche. »"},
			want: crossWant(1, "Le maire signe l'acte. Il l'affiche.")},
		{name: "two last sentences rewritten", before: crossArt,
			bill: []string{"Les deux dernières phrases du premier alinéa " + cfL + " sont ainsi rédigées : « Il l'affiche. Il le publie. »"},
			am:   []string{"Rédiger ainsi les deux dernières phrases de l'alinéa 1 : « Il l'affiche. Il le publie. »"},
			want: crossWant(1, "Le maire signe l'acte. Il l'affiche. Il le publie.")},
		{name: "start of the last sentence", before: crossArt,
			bill: []string{"Au début de la dernière phrase du dernier alinéa " + cfL + ", sont ajoutés les mots : « Ensuite, »."},
			am:   []string{"Au début de la dernière phrase de l'alinéa 9, insérer les mots : « Ensuite, »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Ensuite, il la notifie à la partie et à la partie adverse.")},
		{name: "first alinéa of an item", before: crossArt,
			bill: []string{"Au premier alinéa du 1° " + cfL + ", le mot : « budget » est remplacé par le mot : « compte »."},
			am:   []string{"Au premier alinéa du 1°, substituer au mot : « budget » le mot : « compte ».", "À l'alinéa 3, substituer au mot : « budget » le mot : « compte »."},
			want: crossWant(3, "1° Le compte, qui comprend :")},
		{name: "Sénat: sub-item rewritten", before: crossArt,
			am:   []string{"Alinéa 4\nRédiger ainsi cet alinéa :\na) Les produits ;"},
			want: crossWant(4, "a) Les produits ;")},
		{name: "bill: two sub-items deleted", before: crossArt,
			bill: []string{"Les a et b du 1° " + cfL + " sont supprimés."},
			want: crossWant(4, "a) (Abrogé) ;", 5, "b) (Abrogé) ;")},
		{name: "am: two sub-items deleted by label", before: crossArt,
			am:   []string{"Supprimer les a et b du 1°."},
			want: crossInsertIn(crossWant(4, "", 5, ""), 3, "a) et b) (Supprimé)")},
		{name: "items renumbered", before: crossArt,
			bill: []string{"Les 2° et 3° " + cfL + " deviennent respectivement les 3° et 4°."},
			want: crossWant(6, "3° Les taxes et les redevances ;", 7, "4° Les marchés publics.")},
		{name: "occurrences: par deux fois / à deux reprises", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", le mot : « partie » est remplacé par deux fois par le mot : « personne ».", "Au dernier alinéa " + cfL + ", le mot : « partie » est remplacé, à deux reprises, par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer par deux fois au mot : « partie » le mot : « personne ».", "À l'alinéa 9, substituer aux deux occurrences des mots : « la partie » les mots : « la personne ».", "Alinéa 9\nRemplacer les deux occurrences du mot :\npartie\npar le mot :\npersonne", "Alinéa 9\nRemplacer, deux fois, le mot :\npartie\npar le mot :\npersonne"},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la personne et à la personne adverse.")},
		{name: "second occurrence of words", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", la seconde occurrence des mots : « la partie » est remplacée par les mots : « l'autre partie »."},
			am:   []string{"À l'alinéa 9, substituer à la seconde occurrence des mots : « la partie » les mots : « l'autre partie »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et à l'autre partie adverse.")},
		{name: "Sénat: amount and year", before: crossArt,
			am:   []string{"Alinéa 8\nRemplacer le montant :\n1 500 euros\npar le montant :\n3 000 euros", "Alinéa 8, première phrase\nRemplacer le montant :\n1 500 euros\npar le montant :\n3 000 euros"},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2020.")},
		{name: "Sénat: year", before: crossArt,
			am:   []string{"Alinéa 8\nRemplacer l'année :\n2020\npar l'année :\n2025"},
			want: crossWant(8, "Le montant de l'amende est fixé à 1 500 euros. Le taux est de 5 %. L'année de référence est 2025.")},
		{name: "date", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", la date : « 2020 » est remplacée par la date : « 2025 »."},
			am:   []string{"À l'alinéa 8, substituer à la date : « 2020 » la date : « 2025 »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 1 500 euros. Le taux est de 5 %. L'année de référence est 2025.")},
		{name: "end from words rewritten", before: crossArt,
			bill: []string{"La fin du premier alinéa " + cfL + ", à partir des mots : « Il le transmet », est ainsi rédigée : « Il l'affiche. »"},
			am:   []string{"À l'alinéa 1, rédiger ainsi la fin de cet alinéa à partir des mots : « Il le transmet » : « Il l'affiche. »", "Rédiger ainsi la fin de l'alinéa 1 à partir des mots : « Il le transmet » : « Il l'affiche. »"},
			want: crossWant(1, "Le maire signe l'acte. Il l'affiche.")},
		{name: "words lists with repeated les mots", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", les mots : « de l'amende » et les mots : « de référence » sont supprimés."},
			am:   []string{"À l'alinéa 8, supprimer les mots : « de l'amende » et les mots : « de référence ».", "Alinéa 8\nSupprimer les mots :\nde l'amende\net les mots :\nde référence"},
			want: crossWant(8, "Le montant est fixé à 1 500 euros. Le taux est de 5 %. L'année est 2020.")},
		{name: "respectively between commas", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", les mots : « statue » et « motive » sont remplacés, respectivement, par les mots : « juge » et « fonde »."},
			am:   []string{"À l'alinéa 9, substituer, respectivement, aux mots : « statue » et « motive » les mots : « juge » et « fonde »."},
			want: crossWant(9, "Le juge juge. Il fonde sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "article completed by a 4°", before: crossArt,
			am:   []string{"Compléter cet article par un 4° ainsi rédigé : « 4° Les emprunts. »", "Après le 3°, insérer un 4° ainsi rédigé : « 4° Les emprunts. »", "Après l'alinéa 7\nInsérer un alinéa ainsi rédigé :\n4° Les emprunts."},
			want: crossInsertIn(crossWant(7, "3° Les marchés publics ;"), 7, "4° Les emprunts.")},
		{name: "item completed by an alinéa", before: crossArt,
			bill: []string{"Le 1° " + cfL + " est complété par un alinéa ainsi rédigé : « Le budget est voté. »"},
			am:   []string{"Compléter le 1° par un alinéa ainsi rédigé : « Le budget est voté. »", "Après l'alinéa 5, insérer un alinéa ainsi rédigé : « Le budget est voté. »"},
			want: crossInsert(5, "Le budget est voté.")},
	})
}

func TestCrossProbe4(t *testing.T) {
	runCross(t, []crossCase{
		{name: "Sénat: sentence in the locator deleted", before: crossArt,
			am:   []string{"Alinéa 1, deuxième phrase\nSupprimer cette phrase."},
			want: crossWant(1, "Le maire signe l'acte. Il en informe le conseil.")},
		{name: "Sénat: end after a word rewritten", before: crossArt,
			am:   []string{"Alinéa 1\nAprès le mot :\nsigne\nrédiger ainsi la fin de cet alinéa :\nl'arrêté."},
			want: crossWant(1, "Le maire signe l'arrêté.")},
		{name: "Sénat: end after a word deleted", before: crossArt,
			am:   []string{"Alinéa 9\nAprès le mot :\nstatue\nsupprimer la fin de cet alinéa."},
			want: crossWant(9, "Le juge statue.")},
		{name: "Sénat: rate", before: crossArt,
			am:   []string{"Alinéa 8\nRemplacer le taux :\n5 %\npar le taux :\n10 %"},
			want: crossWant(8, "Le montant de l'amende est fixé à 1 500 euros. Le taux est de 10 %. L'année de référence est 2020.")},
		{name: "Sénat: reference", before: crossArt,
			am:   []string{"Alinéa 2\nRemplacer la référence :\nL. 2\npar la référence :\nL. 3"},
			want: crossWant(2, "Le conseil délibère, dans les conditions prévues à l'article L. 3, sur :")},
		{name: "alinéa completed by words", before: crossArt,
			am:   []string{"Alinéa 7\nCompléter cet alinéa par les mots :\net les concessions", "Compléter l'alinéa 7 par les mots : « et les concessions »."},
			want: crossWant(7, "3° Les marchés publics et les concessions.")},
		{name: "Sénat: sentence inserted", before: crossArt,
			am:   []string{"Alinéa 1\nAprès la première phrase, insérer une phrase ainsi rédigée :\nIl la date.", "Alinéa 1, première phrase\nCompléter cette phrase par une phrase ainsi rédigée :\nIl la date."},
			want: crossWant(1, "Le maire signe l'acte. Il la date. Il le transmet au préfet. Il en informe le conseil.")},
		{name: "Sénat: two alinéas deleted", before: crossArt,
			am:   []string{"Alinéas 8 et 9\nSupprimer ces alinéas."},
			want: crossWant(8, "", 9, "")},
		{name: "Sénat: year in a sentence", before: crossArt,
			am:   []string{"Alinéa 8, dernière phrase\nRemplacer l'année :\n2020\npar l'année :\n2025"},
			want: crossWant(8, "Le montant de l'amende est fixé à 1 500 euros. Le taux est de 5 %. L'année de référence est 2025.")},
		{name: "Sénat: words after a word in the first sentence", before: crossArt,
			am:   []string{"Alinéa 9, première phrase\nAprès le mot :\njuge\ninsérer les mots :\ndes référés"},
			want: crossWant(9, "Le juge des référés statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "words in a sentence after a word", before: crossArt,
			bill: []string{"À la première phrase du dernier alinéa " + cfL + ", après le mot : « juge », sont insérés les mots : « des référés »."},
			am:   []string{"À la première phrase de l'alinéa 9, après le mot : « juge », insérer les mots : « des référés »."},
			want: crossWant(9, "Le juge des référés statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "end of a sub-item after a word", before: crossArt,
			bill: []string{"Au a du 1° " + cfL + ", après le mot : « Les », la fin de l'alinéa est ainsi rédigée : « produits ; »."},
			am:   []string{"Au a du 1°, après le mot : « Les », rédiger ainsi la fin de cet alinéa : « produits ; ».", "À l'alinéa 4, après le mot : « Les », rédiger ainsi la fin de cet alinéa : « produits ; »."},
			want: crossWant(4, "a) Les produits ;")},
		// refusals: what the text does not hold
		{name: "a fourth sentence", before: crossArt,
			bill: []string{"La quatrième phrase du premier alinéa " + cfL + " est supprimée."},
			am:   []string{"Supprimer la quatrième phrase de l'alinéa 1.", "Alinéa 1\nSupprimer la quatrième phrase."}},
		{name: "a third occurrence", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", la troisième occurrence du mot : « partie » est remplacée par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer à la troisième occurrence du mot : « partie » le mot : « personne »."}},
		{name: "a 4° not there", before: crossArt,
			bill: []string{"Le 4° " + cfL + " est supprimé."},
			am:   []string{"Supprimer le 4°."}},
		{name: "a c not there", before: crossArt,
			bill: []string{"Le c du 1° " + cfL + " est supprimé."},
			am:   []string{"Supprimer le c du 1°."}},
		{name: "an alinéa 10", before: crossArt,
			am: []string{"Supprimer l'alinéa 10.", "À l'alinéa 10, substituer au mot : « juge » le mot : « tribunal »."}},
		{name: "three occurrences said, two there", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", les trois occurrences du mot : « partie » sont remplacées par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer aux trois occurrences du mot : « partie » le mot : « personne »."}},
		{name: "a word not in the sentence", before: crossArt,
			bill: []string{"À la première phrase du dernier alinéa " + cfL + ", le mot : « motive » est remplacé par le mot : « fonde »."},
			am:   []string{"À la première phrase de l'alinéa 9, substituer au mot : « motive » le mot : « fonde »."}},
		{name: "last sentence of an alinéa of one sentence: its only one", before: crossArt,
			bill: []string{"La seconde phrase du deuxième alinéa " + cfL + " est supprimée."},
			am:   []string{"Supprimer la seconde phrase de l'alinéa 2."}},
	})
}

func TestCrossProbe5(t *testing.T) {
	runCross(t, []crossCase{
		{name: "amendment in the passive", before: crossArt,
			am:   []string{"À l'alinéa 9, le mot : « motive » est remplacé par le mot : « justifie »."},
			want: crossWant(9, "Le juge statue. Il justifie sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "amendment in the passive: alinéa deleted", before: crossArt,
			am:   []string{"L'alinéa 9 est supprimé."},
			want: crossWant(9, "")},
		{name: "first sentence completed", before: crossArt,
			bill: []string{"La première phrase du dernier alinéa " + cfL + " est complétée par les mots : « en premier ressort »."},
			am:   []string{"Compléter la première phrase de l'alinéa 9 par les mots : « en premier ressort ».", "Alinéa 9, première phrase\nCompléter cette phrase par les mots :\nen premier ressort"},
			want: crossWant(9, "Le juge statue en premier ressort. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "(deux fois)", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", le mot : « partie » est remplacé (deux fois) par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer (deux fois) au mot : « partie » le mot : « personne ».", "Alinéa 9\nRemplacer (deux fois) le mot :\npartie\npar le mot :\npersonne"},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la personne et à la personne adverse.")},
		{name: "respectivement after", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", les mots : « statue » et « motive » sont respectivement remplacés par les mots : « juge » et « fonde »."},
			am:   []string{"À l'alinéa 9, substituer aux mots : « statue » et « motive » respectivement les mots : « juge » et « fonde »."},
			want: crossWant(9, "Le juge juge. Il fonde sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "end of the second sentence after a word", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", après le mot : « transmet », la fin de la deuxième phrase est ainsi rédigée : « au recteur. »"},
			am:   []string{"À la deuxième phrase de l'alinéa 1, après le mot : « transmet », rédiger ainsi la fin de cette phrase : « au recteur. »"},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au recteur. Il en informe le conseil.")},
		{name: "before the last sentence", before: crossArt,
			bill: []string{"Avant la dernière phrase du premier alinéa " + cfL + ", est insérée une phrase ainsi rédigée : « Il la date. »"},
			am:   []string{"À l'alinéa 1, avant la dernière phrase, insérer une phrase ainsi rédigée : « Il la date. »"},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au préfet. Il la date. Il en informe le conseil.")},
		{name: "start of the second sentence", before: crossArt,
			bill: []string{"Au début de la deuxième phrase du premier alinéa " + cfL + ", le mot : « Il » est remplacé par les mots : « Le maire »."},
			am:   []string{"Au début de la deuxième phrase de l'alinéa 1, substituer au mot : « Il » les mots : « Le maire »."},
			want: crossWant(1, "Le maire signe l'acte. Le maire le transmet au préfet. Il en informe le conseil.")},
		{name: "amount without its unit", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", le montant : « 1 500 » est remplacé par le montant : « 3 000 »."},
			am:   []string{"À l'alinéa 8, substituer au montant : « 1 500 » le montant : « 3 000 »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2020.")},
		{name: "a 4° after an alinéa number", before: crossArt,
			am:   []string{"Après l'alinéa 7, insérer un 4° ainsi rédigé : « 4° Les emprunts. »"},
			want: crossInsertIn(crossWant(7, "3° Les marchés publics ;"), 7, "4° Les emprunts.")},
		{name: "sentences two to the last", before: crossArt,
			bill: []string{"Les deuxième à dernière phrases du premier alinéa " + cfL + " sont supprimées."},
			am:   []string{"Supprimer les deuxième à dernière phrases de l'alinéa 1.", "À l'alinéa 1, supprimer les deuxième et dernière phrases."},
			want: crossWant(1, "Le maire signe l'acte.")},
		{name: "a sentence after words: refused in both (sentences are placed by their ranks)", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", après les mots : « au préfet. », est insérée une phrase ainsi rédigée : « Il la date. »"},
			am:   []string{"À l'alinéa 1, après les mots : « au préfet. », insérer une phrase ainsi rédigée : « Il la date. »"}},
		{name: "the word and its sentence end", before: crossArt,
			bill: []string{"À la dernière phrase du premier alinéa " + cfL + ", les mots : « le conseil » sont remplacés par les mots : « l'assemblée »."},
			am:   []string{"À la troisième phrase de l'alinéa 1, substituer aux mots : « le conseil » les mots : « l'assemblée ».", "Alinéa 1, dernière phrase\nRemplacer les mots :\nle conseil\npar les mots :\nl'assemblée"},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au préfet. Il en informe l'assemblée.")},
	})
}

func TestCrossProbe6(t *testing.T) {
	list := "L'article L. 1 du code civil est ainsi modifié :\n"
	runCross(t, []crossCase{
		{name: "sentence deleted, then a later one counted as found", before: crossArt,
			bill: []string{list + "1° La deuxième phrase du premier alinéa est supprimée ;\n2° À la troisième phrase du même alinéa, le mot : « conseil » est remplacé par le mot : « juge »."},
			am:   []string{"I. – À l'alinéa 1, supprimer la deuxième phrase.\nII. – En conséquence, à la dernière phrase du même alinéa, substituer au mot : « conseil » le mot : « juge ».", "À l'alinéa 1, supprimer la deuxième phrase et, à la dernière phrase, substituer au mot : « conseil » le mot : « juge »."},
			want: crossWant(1, "Le maire signe l'acte. Il en informe le juge.")},
		{name: "alinéa inserted, then a later one counted as found", before: crossArt,
			bill: []string{list + "1° Après le premier alinéa, il est inséré un alinéa ainsi rédigé : « Le préfet vise l'acte. » ;\n2° À la deuxième phrase du dernier alinéa, le mot : « motive » est remplacé par le mot : « justifie »."},
			am:   []string{"I. – Après l'alinéa 1, insérer un alinéa ainsi rédigé : « Le préfet vise l'acte. »\nII. – En conséquence, à la deuxième phrase de l'alinéa 9, substituer au mot : « motive » le mot : « justifie »."},
			want: crossInsertIn(crossWant(9, "Le juge statue. Il justifie sa décision. Il la notifie à la partie et à la partie adverse."), 1, "Le préfet vise l'acte.")},
		{name: "item deleted, then the next renumbered", before: crossArt,
			bill: []string{list + "1° Le 2° est abrogé ;\n2° Le 3° devient le 2°."},
			want: crossWant(6, "", 7, "2° Les marchés publics.")},
		{name: "two ops on two alinéas", before: crossArt,
			bill: []string{list + "1° Au premier alinéa, le mot : « signe » est remplacé par le mot : « vise » ;\n2° Le dernier alinéa est supprimé."},
			am:   []string{"I. – À l'alinéa 1, substituer au mot : « signe » le mot : « vise ».\nII. – Supprimer l'alinéa 9.", "À l'alinéa 1, substituer au mot : « signe » le mot : « vise ».\nII. – En conséquence, supprimer l'alinéa 9."},
			want: crossWant(1, "Le maire vise l'acte. Il le transmet au préfet. Il en informe le conseil.", 9, "")},
		{name: "same substitution elsewhere", before: crossArt,
			bill: []string{list + "1° Au premier alinéa, le mot : « conseil » est remplacé par le mot : « juge » ;\n2° Au deuxième alinéa, le mot : « conseil » est remplacé par le mot : « juge »."},
			am:   []string{"I. – À l'alinéa 1, substituer au mot : « conseil » le mot : « juge ».\nII. – En conséquence, procéder à la même substitution à l'alinéa 2.", "Aux alinéas 1 et 2, substituer au mot : « conseil » le mot : « juge »."},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au préfet. Il en informe le juge.", 2, "Le juge délibère, dans les conditions prévues à l'article L. 2, sur :")},
		{name: "words in the whole article", before: crossArt,
			bill: []string{cfA + "le mot : « conseil » est remplacé par le mot : « juge »."},
			am:   []string{"Substituer au mot : « conseil » le mot : « juge ».", "Aux alinéas 1 et 2, substituer au mot : « conseil » le mot : « juge »."},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au préfet. Il en informe le juge.", 2, "Le juge délibère, dans les conditions prévues à l'article L. 2, sur :")},
		{name: "words everywhere: partout", before: crossArt,
			bill: []string{cfA + "le mot : « conseil » est remplacé, deux fois, par le mot : « juge ».", cfA + "le mot : « conseil » est remplacé partout où il figure par le mot : « juge »."},
			am:   []string{"Aux alinéas 1 et 2, substituer, deux fois, au mot : « conseil » le mot : « juge »."},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au préfet. Il en informe le juge.", 2, "Le juge délibère, dans les conditions prévues à l'article L. 2, sur :")},
		{name: "range of alinéas deleted", before: crossArt,
			bill: []string{"Les troisième à cinquième alinéas " + cfL + " sont supprimés."},
			want: crossWant(3, "", 4, "", 5, "")},
		{name: "range of alinéas deleted (amendment: the bill's placeholder)", before: crossArt,
			am:   []string{"Supprimer les alinéas 3 à 5."},
			want: crossWant(3, "1° (Supprimé)", 4, "", 5, "")},
	})
}

func TestCrossProbe7(t *testing.T) {
	runCross(t, []crossCase{
		{name: "second occurrence of Il", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", la seconde occurrence du mot : « Il » est remplacée par les mots : « Le maire »."},
			am:   []string{"À l'alinéa 1, substituer à la seconde occurrence du mot : « Il » les mots : « Le maire ».", "Alinéa 1\nRemplacer la seconde occurrence du mot :\nIl\npar les mots :\nLe maire"},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet au préfet. Le maire en informe le conseil.")},
		{name: "occurrence deleted", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", la seconde occurrence des mots : « à la partie » est supprimée."},
			am:   []string{"À l'alinéa 9, supprimer la seconde occurrence des mots : « à la partie »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et adverse.")},
		{name: "start of a sub-item until a word", before: crossArt,
			bill: []string{"Le début du a du 1° " + cfL + " jusqu'au mot : « recettes » est ainsi rédigé : « Les produits »."},
			am:   []string{"Au a du 1°, rédiger ainsi le début de cet alinéa jusqu'au mot : « recettes » : « Les produits ».", "À l'alinéa 4, rédiger ainsi le début de cet alinéa jusqu'au mot : « recettes » : « Les produits »."},
			want: crossWant(4, "a) Les produits ;")},
		{name: "a sign replaced", before: crossArt,
			am:   []string{"À la fin de l'alinéa 7, substituer au signe : « . » le signe : « ; ».", "Alinéa 7\nRemplacer le signe :\n.\npar le signe :\n;"},
			want: crossWant(7, "3° Les marchés publics ;")},
		{name: "Sénat: two last sentences", before: crossArt,
			am:   []string{"Alinéa 1, deux dernières phrases\nSupprimer ces phrases.", "Alinéa 1, deuxième et dernière phrases\nSupprimer ces phrases.", "Alinéa 1, deuxième et troisième phrases\nSupprimer ces phrases."},
			want: crossWant(1, "Le maire signe l'acte.")},
		{name: "every occurrence", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", le mot : « partie » est remplacé par le mot : « personne » chaque fois qu'il apparaît."},
			am:   []string{"À l'alinéa 9, substituer à chaque occurrence du mot : « partie » le mot : « personne ».", "À l'alinéa 9, substituer à toutes les occurrences du mot : « partie » le mot : « personne »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la personne et à la personne adverse.")},
		{name: "sentence of an item", before: crossArt,
			bill: []string{"Au 2° " + cfL + ", les mots : « et les redevances » sont supprimés."},
			am:   []string{"Au 2°, supprimer les mots : « et les redevances ».", "À l'alinéa 6, supprimer les mots : « et les redevances »."},
			want: crossWant(6, "2° Les taxes ;")},
		{name: "end of the article's last alinéa", before: crossArt,
			bill: []string{"Le dernier alinéa " + cfL + " est complété par les mots : « par lettre recommandée »."},
			am:   []string{"Compléter le dernier alinéa par les mots : « par lettre recommandée ».", "Compléter cet article par les mots : « par lettre recommandée »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse par lettre recommandée.")},
		{name: "alinéa rewritten whole", before: crossArt,
			bill: []string{"Le deuxième alinéa " + cfL + " est ainsi rédigé : « Le conseil délibère sur : »."},
			am:   []string{"Rédiger ainsi l'alinéa 2 : « Le conseil délibère sur : ».", "Alinéa 2\nRédiger ainsi cet alinéa :\nLe conseil délibère sur :"},
			want: crossWant(2, "Le conseil délibère sur :")},
		{name: "words after a reference replaced", before: crossArt,
			bill: []string{"Au deuxième alinéa " + cfL + ", les mots : « à l'article L. 2 » sont remplacés par les mots : « aux articles L. 2 et L. 3 »."},
			am:   []string{"À l'alinéa 2, substituer aux mots : « à l'article L. 2 » les mots : « aux articles L. 2 et L. 3 »."},
			want: crossWant(2, "Le conseil délibère, dans les conditions prévues aux articles L. 2 et L. 3, sur :")},
		// The 3° by its label takes the alinéas after it (the last item of
		// its list, TestCode7LastItemTakesTheAlineasAfterIt): by number only.
		{name: "the last item rewritten", before: crossArt,
			am:   []string{"Rédiger ainsi l'alinéa 7 : « 3° Les marchés publics et les concessions. »"},
			want: crossWant(7, "3° Les marchés publics et les concessions.")},
	})
}

func TestCrossProbe8(t *testing.T) {
	runCross(t, []crossCase{
		{name: "all occurrences", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", toutes les occurrences du mot : « partie » sont remplacées par le mot : « personne »."},
			am:   []string{"À l'alinéa 9, substituer au mot : « partie », chaque fois qu'il apparaît, le mot : « personne »."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la personne et à la personne adverse.")},
		{name: "alinéa by ordinal in an amendment", before: crossArt,
			bill: []string{"À l'alinéa 9 " + cfL + ", le mot : « motive » est remplacé par le mot : « justifie »."},
			am:   []string{"Au neuvième alinéa, substituer au mot : « motive » le mot : « justifie ».", "Au dernier alinéa, substituer au mot : « motive » le mot : « justifie »."},
			want: crossWant(9, "Le juge statue. Il justifie sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "end of the first sentence of the avant-dernier", before: crossArt,
			bill: []string{"À la fin de la première phrase de l'avant-dernier alinéa " + cfL + ", le montant : « 1 500 euros » est remplacé par le montant : « 3 000 euros »."},
			am:   []string{"À la fin de la première phrase de l'alinéa 8, substituer au montant : « 1 500 euros » le montant : « 3 000 euros »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2020.")},
		{name: "two amounts respectively", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", les montants : « 1 500 euros » et « 5 % » sont remplacés respectivement par les montants : « 3 000 euros » et « 10 % »."},
			am:   []string{"À l'alinéa 8, substituer respectivement aux montants : « 1 500 euros » et « 5 % » les montants : « 3 000 euros » et « 10 % »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 10 %. L'année de référence est 2020.")},
		{name: "the year and the amount", before: crossArt,
			bill: []string{"À l'avant-dernier alinéa " + cfL + ", le montant : « 1 500 euros » est remplacé par le montant : « 3 000 euros » et l'année : « 2020 » est remplacée par l'année : « 2025 »."},
			am:   []string{"À l'alinéa 8, substituer au montant : « 1 500 euros » le montant : « 3 000 euros » et à l'année : « 2020 » l'année : « 2025 »."},
			want: crossWant(8, "Le montant de l'amende est fixé à 3 000 euros. Le taux est de 5 %. L'année de référence est 2025.")},
		{name: "words deleted in two sentences", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", à la deuxième phrase, les mots : « au préfet » sont supprimés et, à la dernière phrase, les mots : « le conseil » sont remplacés par les mots : « le juge »."},
			am:   []string{"À l'alinéa 1, à la deuxième phrase, supprimer les mots : « au préfet » et, à la dernière phrase, substituer aux mots : « le conseil » les mots : « le juge »."},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet. Il en informe le juge.")},
		{name: "an alinéa inserted between two sub-items", before: crossArt,
			bill: []string{"Après le a du 1° " + cfL + ", il est inséré un a bis ainsi rédigé : « a bis) Les dons ; »."},
			am:   []string{"Après le a du 1°, insérer un a bis ainsi rédigé : « a bis) Les dons ; ».", "Après l'alinéa 4, insérer un alinéa ainsi rédigé : « a bis) Les dons ; »."},
			want: crossInsert(4, "a bis) Les dons ;")},
		{name: "sub-item before the a", before: crossArt,
			bill: []string{"Avant le a du 1° " + cfL + ", il est inséré un a A ainsi rédigé : « a A) Les dons ; »."},
			am:   []string{"Avant l'alinéa 4, insérer un alinéa ainsi rédigé : « a A) Les dons ; »."},
			want: crossInsert(3, "a A) Les dons ;")},
		{name: "items deleted together", before: crossArt,
			bill: []string{"Les 1° et 2° " + cfL + " sont abrogés."},
			want: crossWant(3, "1° (Abrogé) ;", 4, "", 5, "", 6, "2° (Abrogé) ;")},
	})
}

func TestCrossProbe9(t *testing.T) {
	runCross(t, []crossCase{
		{name: "start rewritten, the rest unchanged", before: crossArt,
			bill: []string{"Le début du dernier alinéa " + cfL + " est ainsi rédigé : « Le tribunal statue. Il motive sa décision. (le reste sans changement) »."},
			am:   []string{"Rédiger ainsi le début de l'alinéa 9 : « Le tribunal statue. Il motive sa décision. (le reste sans changement) »."},
			want: crossWant(9, "Le tribunal statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "end with no point: refused", before: crossArt,
			bill: []string{"La fin du a du 1° " + cfL + " est ainsi rédigée : « recettes fiscales ; »."},
			am:   []string{"Rédiger ainsi la fin du a du 1° : « recettes fiscales ; ».", "Rédiger ainsi la fin de l'alinéa 4 : « recettes fiscales ; »."}},
		{name: "end of the first sentence from words", before: crossArt,
			bill: []string{"À la première phrase du dernier alinéa " + cfL + ", le mot : « statue » et la fin de la phrase sont remplacés par les mots : « juge en référé »."},
			am:   []string{"À la première phrase de l'alinéa 9, substituer au mot : « statue » et à la fin de la phrase les mots : « juge en référé »."},
			want: crossWant(9, "Le juge juge en référé. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "a word before the end of the alinéa", before: crossArt,
			bill: []string{"Au dernier alinéa " + cfL + ", avant le mot : « adverse », il est inséré le mot : « civile »."},
			am:   []string{"À l'alinéa 9, avant le mot : « adverse », insérer le mot : « civile ».", "Alinéa 9\nAvant le mot :\nadverse\ninsérer le mot :\ncivile"},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et à la partie civile adverse.")},
		{name: "sentence rewritten, then words of the next", before: crossArt,
			bill: []string{"L'article L. 1 du code civil est ainsi modifié :\n1° La première phrase du dernier alinéa est ainsi rédigée : « Le tribunal statue. » ;\n2° À la deuxième phrase du même alinéa, le mot : « motive » est remplacé par le mot : « justifie »."},
			am:   []string{"I. – Rédiger ainsi la première phrase de l'alinéa 9 : « Le tribunal statue. »\nII. – En conséquence, à la deuxième phrase du même alinéa, substituer au mot : « motive » le mot : « justifie »."},
			want: crossWant(9, "Le tribunal statue. Il justifie sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "sentence inserted, then the last completed", before: crossArt,
			bill: []string{"L'article L. 1 du code civil est ainsi modifié :\n1° Après la première phrase du dernier alinéa, est insérée une phrase ainsi rédigée : « Il entend les parties. » ;\n2° La dernière phrase du même alinéa est complétée par les mots : « par écrit »."},
			am:   []string{"I. – À l'alinéa 9, après la première phrase, insérer une phrase ainsi rédigée : « Il entend les parties. »\nII. – En conséquence, compléter la dernière phrase du même alinéa par les mots : « par écrit »."},
			want: crossWant(9, "Le juge statue. Il entend les parties. Il motive sa décision. Il la notifie à la partie et à la partie adverse par écrit.")},
	})
}

func TestCrossProbe10(t *testing.T) {
	runCross(t, []crossCase{
		{name: "same alinéa in a bill's list and an amendment's parts", before: crossArt,
			bill: []string{"L'article L. 1 du code civil est ainsi modifié :\n1° Au premier alinéa, le mot : « signe » est remplacé par le mot : « vise » ;\n2° La dernière phrase du même alinéa est supprimée."},
			am:   []string{"I. – À l'alinéa 1, substituer au mot : « signe » le mot : « vise ».\nII. – En conséquence, supprimer la dernière phrase du même alinéa.", "I. – À l'alinéa 1, substituer au mot : « signe » le mot : « vise ».\nII. – En conséquence, au même alinéa, supprimer la dernière phrase."},
			want: crossWant(1, "Le maire vise l'acte. Il le transmet au préfet.")},
		{name: "same alinéa completed", before: crossArt,
			bill: []string{"L'article L. 1 du code civil est ainsi modifié :\n1° Au dernier alinéa, le mot : « motive » est remplacé par le mot : « fonde » ;\n2° Le même alinéa est complété par une phrase ainsi rédigée : « Il publie. »"},
			am:   []string{"I. – À l'alinéa 9, substituer au mot : « motive » le mot : « fonde ».\nII. – En conséquence, compléter le même alinéa par une phrase ainsi rédigée : « Il publie. »", "I. – À l'alinéa 9, substituer au mot : « motive » le mot : « fonde ».\nII. – En conséquence, compléter cet alinéa par une phrase ainsi rédigée : « Il publie. »"},
			want: crossWant(9, "Le juge statue. Il fonde sa décision. Il la notifie à la partie et à la partie adverse. Il publie.")},
		{name: "a start with the remark after the quotation: refused in both", before: crossArt,
			bill: []string{"Le début du dernier alinéa " + cfL + " est ainsi rédigé : « Le tribunal statue » (le reste sans changement)."},
			am:   []string{"Rédiger ainsi le début de l'alinéa 9 : « Le tribunal statue » (le reste sans changement)."}},
		{name: "a start with an ellipsis", before: crossArt,
			bill: []string{"Le début du dernier alinéa " + cfL + " est ainsi rédigé : « Le tribunal statue… »."},
			am:   []string{"Rédiger ainsi le début de l'alinéa 9 : « Le tribunal statue… »."},
			want: crossWant(9, "Le tribunal statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
		{name: "a start until a word", before: crossArt,
			bill: []string{"Le début du dernier alinéa " + cfL + " jusqu'au mot : « statue » est ainsi rédigé : « Le tribunal juge » (le reste sans changement)."},
			am:   []string{"Rédiger ainsi le début de l'alinéa 9 jusqu'au mot : « statue » : « Le tribunal juge » (le reste sans changement)."},
			want: crossWant(9, "Le tribunal juge. Il motive sa décision. Il la notifie à la partie et à la partie adverse.")},
	})
}

func TestCrossProbe11(t *testing.T) {
	runCross(t, []crossCase{
		{name: "Sénat: words after a word in a sentence", before: crossArt,
			bill: []string{"À la deuxième phrase du premier alinéa " + cfL + ", après le mot : « transmet », sont insérés les mots : « sans délai »."},
			am:   []string{"Alinéa 1, deuxième phrase\nAprès le mot :\ntransmet\ninsérer les mots :\nsans délai", "À la deuxième phrase de l'alinéa 1, après le mot : « transmet », insérer les mots : « sans délai »."},
			want: crossWant(1, "Le maire signe l'acte. Il le transmet sans délai au préfet. Il en informe le conseil.")},
		{name: "Sénat: two sub-items deleted", before: crossArt,
			am:   []string{"Alinéas 4 et 5\nSupprimer ces alinéas."},
			want: crossInsertIn(crossWant(4, "", 5, ""), 3, "a) et b) (Supprimé)")},
		{name: "a sentence of two alinéas' range: refused", before: crossArt,
			bill: []string{"La quatrième phrase des premier et deuxième alinéas " + cfL + " est supprimée."},
			am:   []string{"Aux alinéas 1 et 2, supprimer la quatrième phrase."}},
		{name: "words not in the alinéa: refused", before: crossArt,
			bill: []string{"Au premier alinéa " + cfL + ", le mot : « juge » est remplacé par le mot : « tribunal »."},
			am:   []string{"À l'alinéa 1, substituer au mot : « juge » le mot : « tribunal ».", "Alinéa 1\nRemplacer le mot :\njuge\npar le mot :\ntribunal"}},
		{name: "new words ending a sentence", before: crossArt,
			bill: []string{"Le dernier alinéa " + cfL + " est complété par une phrase ainsi rédigée : « Il publie. »"},
			am:   []string{"Compléter l'alinéa 9 par une phrase ainsi rédigée : « Il publie. »", "Compléter le dernier alinéa par une phrase ainsi rédigée : « Il publie. »", "Alinéa 9\nCompléter cet alinéa par une phrase ainsi rédigée :\nIl publie."},
			want: crossWant(9, "Le juge statue. Il motive sa décision. Il la notifie à la partie et à la partie adverse. Il publie.")},
	})
}
