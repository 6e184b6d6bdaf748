package law

import (
	"errors"
	"testing"
)

// The rules of the probe-consol5 pass: words, numbers and typography —
// several edits in one sentence, the nouns a quotation is named by ("le
// montant", "le taux", "la date", …), occurrences, quotation marks and
// spaces, the punctuation of a list and the capital of an alinéa —
// probed on short phrases, each result read by hand.

// TestConsol5CapitalAtStart: words put at the start of an alinéa (of a
// sentence, of an item's text after its label) begin it now and take
// its capital, as words put before its first word quoted do ("avant le
// mot : « Le »"): "au début, sont insérés les mots : « le préfet et »"
// before "Le maire signe" gives "Le préfet et le maire signe" (it gave
// "le préfet et le maire signe"). A text in lower case (an item "a) les
// actes ;") and words led by a label stay as written.
func TestConsol5CapitalAtStart(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "an alinéa", before: []string{"Le maire signe les actes."},
			text: []string{at + "au début, sont insérés les mots : « le préfet et »."},
			want: []string{"Le préfet et le maire signe les actes."}},
		{name: "an item's text after its label", before: []string{"1° Le maire signe ;"},
			text: []string{at + "au début, sont insérés les mots : « le préfet et »."},
			want: []string{"1° Le préfet et le maire signe ;"}},
		{name: "a sentence", before: []string{"Il part. Le maire signe."},
			text: []string{at + "au début de la seconde phrase, sont insérés les mots : « en outre, »."},
			want: []string{"Il part. En outre, le maire signe."}},
		{name: "written with its capital", before: []string{"Il part. Le maire signe."},
			text: []string{at + "au début de la seconde phrase, sont insérés les mots : « En outre, »."},
			want: []string{"Il part. En outre, le maire signe."}},
		{name: "before a quoted first word, as it was", before: []string{"Le maire signe les actes."},
			text: []string{at + "avant le mot : « Le », sont insérés les mots : « le préfet et »."},
			want: []string{"Le préfet et le maire signe les actes."}},
		{name: "a noun keeps its capital", before: []string{"L'État signe."},
			text: []string{at + "au début, sont insérés les mots : « Dans la commune, »."},
			want: []string{"Dans la commune, l'État signe."}},
		{name: "a quoted alinéa", before: []string{"« Le maire signe. »"},
			text: []string{at + "au début, sont insérés les mots : « dans la commune, »."},
			want: []string{"« Dans la commune, le maire signe. »"}},
		{name: "Légifrance: the capital without its accent", legifrance: true, before: []string{"Le maire signe."},
			text: []string{at + "au début, sont insérés les mots : « à compter de 2030, »."},
			want: []string{"A compter de 2030, le maire signe."}},
	})
	list := []string{"Le maire peut :", "a) les actes ;", "b) les baux."}
	runGrammar(t, []grammarCase{
		{name: "an item in lower case", before: list,
			text: []string{"Au début du b de l'article L. 1 du code civil, sont insérés les mots : « en outre, »."},
			want: []string{"Le maire peut :", "a) les actes ;", "b) en outre, les baux."}},
	})
	runAmendments(t, []amCase{
		{"amendment: an alinéa", []string{"Le maire signe les actes."},
			"À l'alinéa 1, au début, insérer les mots : « le préfet et ».", []string{"Le préfet et le maire signe les actes."}},
		{"Sénat: an alinéa", []string{"Le maire signe les actes."},
			"Alinéa 1\nAu début de cet alinéa, insérer les mots :\nle préfet et", []string{"Le préfet et le maire signe les actes."}},
		{"amendment: an item in lower case", []string{"a) les actes ;"},
			"À l'alinéa 1, au début, insérer les mots : « en outre, ».", []string{"a) en outre, les actes ;"}},
	})
}

// TestConsol5SeveralEditsInASentence keeps as guards the edits one
// sentence joins ("et", ", et", "; à la fin, …"): each applied in turn
// on what the one before left; an edit whose words are an earlier one's
// new words (applied in turn it would edit them), refused.
func TestConsol5SeveralEditsInASentence(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	b := []string{"Le maire signe vite les actes."}
	runGrammar(t, []grammarCase{
		{name: "replaced and deleted", before: b,
			text: []string{at + "les mots : « vite » sont remplacés par les mots : « sans délai » et les mots : « les actes » sont supprimés."},
			want: []string{"Le maire signe sans délai."}},
		{name: "replaced and inserted after", before: b,
			text: []string{at + "les mots : « vite » sont remplacés par les mots : « sans délai » et, après le mot : « maire », sont insérés les mots : « ou le préfet »."},
			want: []string{"Le maire ou le préfet signe sans délai les actes."}},
		{name: "deleted; at the end", before: b,
			text: []string{at + "le mot : « vite » est supprimé ; à la fin, sont ajoutés les mots : « de la commune »."},
			want: []string{"Le maire signe les actes de la commune."}},
		{name: "replaced; at the end, replaced", before: b,
			text: []string{at + "le mot : « vite » est remplacé par le mot : « seul » ; à la fin, les mots : « les actes » sont supprimés."},
			want: []string{"Le maire signe seul."}},
		{name: "replaced, and a sentence added", before: b,
			text: []string{at + "le mot : « vite » est supprimé et il est ajouté une phrase ainsi rédigée : « Il date. »"},
			want: []string{"Le maire signe les actes. Il date."}},
		{name: "respectively", before: b,
			text: []string{at + "les mots : « vite » et « actes » sont remplacés respectivement par les mots : « seul » et « baux »."},
			want: []string{"Le maire signe seul les baux."}},
		{name: "without respectively: refused", before: b,
			text: []string{at + "les mots : « vite » et « actes » sont remplacés par les mots : « seul » et « baux »."}},
		{name: "an earlier edit's new words: refused", before: b,
			text: []string{at + "le mot : « vite » est remplacé par le mot : « seul » et, après le mot : « seul », sont insérés les mots : « et sans délai »."}},
		{name: "a swap: refused", before: []string{"Le maire signe et le préfet date."},
			text: []string{at + "les mots : « signe » et « date » sont remplacés respectivement par les mots : « date » et « signe »."}},
	})
	runAmendments(t, []amCase{
		{"amendment: replaced and deleted", []string{"Le maire signe les actes."},
			"À l'alinéa 1, remplacer le mot : « signe » par le mot : « date » et supprimer les mots : « les actes ».", []string{"Le maire date."}},
		{"amendment: replaced; at the end", []string{"Le maire signe les actes."},
			"À l'alinéa 1, remplacer les mots : « les actes » par les mots : « les baux » ; à la fin, ajouter les mots : « ruraux ».", []string{"Le maire signe les baux ruraux."}},
	})
}

// TestConsol5NamedQuotations keeps as guards the nouns a quotation is
// named by — "la référence", "les références", "le montant", "le taux",
// "le pourcentage", "le nombre", "le chiffre", "la date", "l'année" —
// read as words, never inside a longer number or reference ("1 000 €"
// not in "11 000 €", "2010" not in "n° 2010-874", "5 %" not in "15 %" or
// "3,5 %", "3" not in "3e"), whatever space the article sets in a number.
func TestConsol5NamedQuotations(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "la référence, after it", before: []string{"Selon l'article L. 1, il part."},
			text: []string{at + "après la référence : « L. 1 », sont insérés les mots : « du présent code »."},
			want: []string{"Selon l'article L. 1 du présent code, il part."}},
		{name: "les références", before: []string{"Selon les articles L. 1 et L. 3, il part."},
			text: []string{at + "les références : « L. 1 et L. 3 » sont remplacées par les références : « L. 2 et L. 4 »."},
			want: []string{"Selon les articles L. 2 et L. 4, il part."}},
		{name: "le montant", before: []string{"L'amende est de 11 000 € ou de 1 000 €."},
			text: []string{at + "le montant : « 1 000 € » est remplacé par le montant : « 2 000 € »."},
			want: []string{"L'amende est de 11 000 € ou de 2 000 €."}},
		{name: "le montant, a no-break space", before: []string{"L'amende est de 1\u00a0000 €."},
			text: []string{at + "le montant : « 1 000 € » est remplacé par le montant : « 2 000 € »."},
			want: []string{"L'amende est de 2 000 €."}},
		{name: "le montant, not in a longer one", before: []string{"L'amende est de 11 000 €."},
			text: []string{at + "le montant : « 1 000 € » est remplacé par le montant : « 2 000 € »."}},
		{name: "le taux", before: []string{"Le taux est de 5 %."},
			text: []string{at + "le taux : « 5 % » est remplacé par le taux : « 7 % »."},
			want: []string{"Le taux est de 7 %."}},
		{name: "le taux, not in 15 %", before: []string{"Le taux est de 15 %."},
			text: []string{at + "le taux : « 5 % » est remplacé par le taux : « 7 % »."}},
		{name: "le taux, not in 3,5 %", before: []string{"Le taux est de 3,5 %."},
			text: []string{at + "le taux : « 5 % » est remplacé par le taux : « 7 % »."}},
		{name: "le pourcentage", before: []string{"Le taux est de 5 %."},
			text: []string{at + "le pourcentage : « 5 % » est remplacé par le pourcentage : « 7 % »."},
			want: []string{"Le taux est de 7 %."}},
		{name: "le nombre", before: []string{"Le nombre est de trois."},
			text: []string{at + "le nombre : « trois » est remplacé par le nombre : « cinq »."},
			want: []string{"Le nombre est de cinq."}},
		{name: "le chiffre, not 3e nor 3,5", before: []string{"Le délai de 3 mois court du 3e jour au taux de 3,5 %."},
			text: []string{at + "le chiffre : « 3 » est remplacé par le chiffre : « 6 »."},
			want: []string{"Le délai de 6 mois court du 3e jour au taux de 3,5 %."}},
		{name: "les nombres, respectively", before: []string{"Entre 3 et 5 mois."},
			text: []string{at + "les nombres : « 3 » et « 5 » sont remplacés respectivement par les nombres : « 4 » et « 6 »."},
			want: []string{"Entre 4 et 6 mois."}},
		{name: "la date", before: []string{"Avant le 1er janvier 2010, il part."},
			text: []string{at + "la date : « 1er janvier 2010 » est remplacée par la date : « 1er janvier 2012 »."},
			want: []string{"Avant le 1er janvier 2012, il part."}},
		{name: "la date, not in 11 janvier", before: []string{"Il part le 11 janvier 2010."},
			text: []string{at + "la date : « 1 janvier 2010 » est remplacée par la date : « 2 janvier 2010 »."}},
		{name: "l'année, not in a law's number", before: []string{"En 2010, selon la loi n° 2010-874, il part."},
			text: []string{at + "l'année : « 2010 » est remplacée par l'année : « 2012 »."},
			want: []string{"En 2012, selon la loi n° 2010-874, il part."}},
		{name: "l'année, only in a law's number", before: []string{"Selon la loi n° 2010-874, il part."},
			text: []string{at + "l'année : « 2010 » est remplacée par l'année : « 2012 »."}},
	})
	runAmendments(t, []amCase{
		{"amendment: le montant", []string{"L'amende est de 1 000 €."},
			"À l'alinéa 1, substituer au montant : « 1 000 € » le montant : « 2 000 € ».", []string{"L'amende est de 2 000 €."}},
		{"Sénat: le taux", []string{"Le taux est de 5 %."},
			"Alinéa 1\nRemplacer le taux :\n5 %\npar le taux :\n7 %", []string{"Le taux est de 7 %."}},
		{"Sénat: l'année", []string{"En 2010, il part."},
			"Alinéa 1\nRemplacer l'année :\n2010\npar l'année :\n2012", []string{"En 2012, il part."}},
		{"Sénat: la date", []string{"Avant le 1er janvier 2010, il part."},
			"Alinéa 1\nRemplacer la date :\n1er janvier 2010\npar la date :\n1er janvier 2012", []string{"Avant le 1er janvier 2012, il part."}},
		{"amendment: le nombre", []string{"L'amende est de 1 000 euros."},
			"À l'alinéa 1, remplacer le nombre : « 1 000 » par le nombre : « 2 000 ».", []string{"L'amende est de 2 000 euros."}},
	})
}

// TestConsol5Occurrences keeps as guards the occurrences a bill or an
// amendment names: a rank, a count held to (refused unless the place
// holds that many), every one ("partout où il apparaît", "chaque fois
// qu'il apparaît", or nothing said — the rule of the language the engine
// reads, docs/LAW.md), a rank past the last refused.
func TestConsol5Occurrences(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	two := []string{"Le maire et le maire adjoint."}
	three := []string{"Le maire, le maire adjoint et le maire délégué."}
	both := []string{"Le préfet et le préfet adjoint."}
	runGrammar(t, []grammarCase{
		{name: "the second", before: two, text: []string{at + "la seconde occurrence du mot : « maire » est remplacée par le mot : « préfet »."},
			want: []string{"Le maire et le préfet adjoint."}},
		{name: "the last", before: two, text: []string{at + "la dernière occurrence du mot : « maire » est remplacée par le mot : « préfet »."},
			want: []string{"Le maire et le préfet adjoint."}},
		{name: "the two", before: two, text: []string{at + "les deux occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}, want: both},
		{name: "partout où il apparaît", before: two, text: []string{at + "le mot : « maire » est remplacé, partout où il apparaît, par le mot : « préfet »."}, want: both},
		{name: "chaque fois qu'il apparaît", before: two, text: []string{at + "le mot : « maire » est remplacé, chaque fois qu'il apparaît, par le mot : « préfet »."}, want: both},
		{name: "deux fois", before: two, text: []string{at + "les mots : « le maire » sont, deux fois, remplacés par les mots : « le préfet »."}, want: both},
		{name: "the first two of three", before: three, text: []string{at + "les deux premières occurrences du mot : « maire » sont remplacées par le mot : « préfet »."},
			want: []string{"Le préfet, le préfet adjoint et le maire délégué."}},
		{name: "the two, three there: refused", before: three, text: []string{at + "les deux occurrences du mot : « maire » sont remplacées par le mot : « préfet »."}},
		{name: "deux fois, three there: refused", before: three, text: []string{at + "les mots : « le maire » sont, deux fois, remplacés par les mots : « le préfet »."}},
		{name: "the second, once there: refused", before: []string{"Le maire signe."}, text: []string{at + "la seconde occurrence du mot : « maire » est remplacée par le mot : « préfet »."}},
		{name: "deux fois, in the sentence named: refused", before: []string{"Le maire signe. Le maire date."},
			text: []string{at + "à la première phrase, le mot : « maire » est remplacé, deux fois, par le mot : « préfet »."}},
	})
	runAmendments(t, []amCase{
		{"amendment: the second", two, "À l'alinéa 1, remplacer la seconde occurrence du mot : « maire » par le mot : « préfet ».", []string{"Le maire et le préfet adjoint."}},
		{"amendment: the two", two, "À l'alinéa 1, substituer aux deux occurrences du mot : « maire » le mot : « préfet ».", both},
		{"amendment: (deux fois)", two, "À l'alinéa 1, remplacer (deux fois) le mot : « maire » par le mot : « préfet ».", both},
		{"amendment: the third, twice there: refused", two, "À l'alinéa 1, remplacer la troisième occurrence du mot : « maire » par le mot : « préfet ».", nil},
	})
}

// TestConsol5Typography keeps as guards the typography of words found
// and of words written: quotation marks inside the quotation (« », “ ”),
// straight and curly quotes around it, the apostrophe and U+2011 of the
// article matched plain, a no-break space before ":" or ";" kept where
// the article has it and the words after are left, HTML references in
// new words read.
func TestConsol5Typography(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "nested guillemets", before: []string{"Le maire dit « oui » et « non »."},
			text: []string{at + "les mots : « « oui » et » sont supprimés."},
			want: []string{"Le maire dit « non »."}},
		{name: "a word between guillemets", before: []string{"Le maire dit «\u00a0oui\u00a0»."},
			text: []string{at + "le mot : « oui » est remplacé par le mot : « non »."},
			want: []string{"Le maire dit «\u00a0non\u00a0»."}},
		{name: "new guillemets", before: []string{"Le maire signe les actes."},
			text: []string{at + "les mots : « signe les actes » sont remplacés par les mots : « dit : « oui » »."},
			want: []string{"Le maire dit : « oui »."}},
		{name: "straight quotes", before: []string{"Le maire signe l'acte."},
			text: []string{at + "les mots : \"l'acte\" sont remplacés par les mots : \"le bail\"."},
			want: []string{"Le maire signe le bail."}},
		{name: "a curly apostrophe in the article", before: []string{"Le maire signe l’acte."},
			text: []string{at + "les mots : « l'acte » sont remplacés par les mots : « le bail »."},
			want: []string{"Le maire signe le bail."}},
		{name: "U+2011 and a no-break space in the article", before: []string{"Voir l'article L.\u00a01\u20111."},
			text: []string{at + "la référence : « L. 1-1 » est remplacée par la référence : « L. 1-2 »."},
			want: []string{"Voir l'article L. 1-2."}},
		{name: "a no-break space before the colon kept", before: []string{"Le maire signe\u00a0: les actes."},
			text: []string{at + "le mot : « signe » est remplacé par le mot : « date »."},
			want: []string{"Le maire date\u00a0: les actes."}},
		{name: "a no-break space before the semicolon, the word before deleted", before: []string{"Le maire signe\u00a0; il part."},
			text: []string{at + "le mot : « signe » est supprimé."},
			want: []string{"Le maire\u00a0; il part."}},
		{name: "HTML references in new words", before: []string{"Le maire signe les actes."},
			text: []string{at + "le mot : « actes » est remplacé par les mots : « avis &amp; baux »."},
			want: []string{"Le maire signe les avis & baux."}},
		{name: "a comma in new words joined to the word before", before: []string{"Le maire signe les actes."},
			text: []string{at + "après le mot : « signe », sont insérés les mots : « , date »."},
			want: []string{"Le maire signe, date les actes."}},
		{name: "new words between commas", before: []string{"Le maire signe les actes."},
			text: []string{at + "après les mots : « Le maire », sont insérés les mots : « , ou le préfet, »."},
			want: []string{"Le maire, ou le préfet, signe les actes."}},
		{name: "a sentence joined by a semicolon", before: []string{"Le maire signe les actes."},
			text: []string{at + "après le mot : « actes », sont insérés les mots : « ; il date »."},
			want: []string{"Le maire signe les actes ; il date."}},
		{name: "words at the end before the alinéa's colon", before: []string{"Le maire signe les actes :"},
			text: []string{at + "à la fin, sont ajoutés les mots : « de la commune »."},
			want: []string{"Le maire signe les actes de la commune :"}},
		{name: "a comma of new words at the end", before: []string{"Le maire signe les actes."},
			text: []string{at + "à la fin, sont ajoutés les mots : « , sauf urgence »."},
			want: []string{"Le maire signe les actes, sauf urgence."}},
	})
	runAmendments(t, []amCase{
		{"amendment: no-break spaces as references", []string{"Le maire signe les actes."},
			"À l'alinéa 1, substituer au mot&nbsp;: «&nbsp;signe&nbsp;» le mot&nbsp;: «&nbsp;date&nbsp;».", []string{"Le maire date les actes."}},
		{"amendment: straight quotes", []string{"Le maire signe les actes."},
			"À l'alinéa 1, remplacer le mot : \"signe\" par le mot : \"date\".", []string{"Le maire date les actes."}},
		{"amendment: curly quotes", []string{"Le maire signe les actes."},
			"À l'alinéa 1, remplacer le mot : “signe” par le mot : “date”.", []string{"Le maire date les actes."}},
	})
}

// TestConsol5ListClosing keeps as guards the closing punctuation of a
// list when its last item goes or a new one comes: the last alinéa
// deleted, the one before takes the list's period ("1° Signer."); a new
// last item of dashes takes it; a new middle item written with its own
// sign keeps it; words added at the end of an item go before its sign.
func TestConsol5ListClosing(t *testing.T) {
	list := []string{"Le maire peut :", "1° Signer ;", "2° Viser."}
	runGrammar(t, []grammarCase{
		{name: "the last alinéa deleted", before: list,
			text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{"Le maire peut :", "1° Signer."}},
		{name: "the last dash deleted", before: []string{"Le maire peut :", "- signer ;", "- viser."},
			text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{"Le maire peut :", "- signer."}},
		{name: "a new last dash", before: []string{"Le maire peut :", "- signer ;", "- viser."},
			text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« - dater. »"},
			want: []string{"Le maire peut :", "- signer ;", "- viser ;", "- dater."}},
		{name: "a new last item inserted after the last", before: list,
			text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Dater. »"},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater."}},
		{name: "a new item before an alinéa closing the list", before: []string{"Le maire peut :", "1° Signer ;", "2° Viser.", "Il date."},
			text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Dater. »"},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater.", "Il date."}},
		{name: "words at the end of the last item", before: list,
			text: []string{"À la fin du 2° de l'article L. 1 du code civil, sont ajoutés les mots : « et dater »."},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Viser et dater."}},
		{name: "words at the end of a middle item", before: list,
			text: []string{"Le 1° de l'article L. 1 du code civil est complété par les mots : « et dater »."},
			want: []string{"Le maire peut :", "1° Signer et dater ;", "2° Viser."}},
		{name: "two items repealed", before: []string{"Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater."},
			text: []string{"Les 2° et 3° de l'article L. 1 du code civil sont supprimés."},
			want: []string{"Le maire peut :", "1° Signer ;", "2° (Abrogé) ;", "3° (Abrogé)."}},
	})
	runAmendments(t, []amCase{
		{"Sénat: a new last item", list, "Après l'alinéa 3\nInsérer un alinéa ainsi rédigé :\n3° Dater.", []string{"Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater."}},
	})
}

// TestConsol5YearOfACitedText: words every occurrence of which an edit
// names, found both in the date of a text cited ("la loi n° 99-1 du 2
// mars 2010", "la loi du 2 mars 2010") and outside it — "l'année : «
// 2010 » est remplacée par l'année : « 2012 »" in "En 2010, selon le
// décret n° 2010-12 du 2 mars 2010, …" — mean the rule's year, not the
// citation's, or both: not said, refused (both were replaced, the
// decree cited by a date it does not bear). A rank or a count says
// which; words found only in a citation's date are that date.
func TestConsol5YearOfACitedText(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	year := at + "l'année : « 2010 » est remplacée par l'année : « 2012 »."
	refused := []grammarCase{
		{name: "a decree's date", before: []string{"En 2010, selon le décret n° 2010-12 du 2 mars 2010, il part."}, text: []string{year}},
		{name: "a law's date without its number", before: []string{"En 2010, selon la loi du 2 mars 2010, il part."}, text: []string{year}},
		{name: "in two sentences", before: []string{"En 2010, il part. Selon la loi du 2 mars 2010, il vient."}, text: []string{year}},
		{name: "a day", before: []string{"Pendant 2 mois, selon la loi n° 99-1 du 2 mars 1999, il part."},
			text: []string{at + "le chiffre : « 2 » est remplacé par le chiffre : « 3 »."}},
		{name: "a date", before: []string{"Le 2 mars 2010, selon la loi du 2 mars 2010, il part."},
			text: []string{at + "la date : « 2 mars 2010 » est remplacée par la date : « 3 mars 2010 »."}},
	}
	runGrammar(t, refused)
	wantOneApplyErr(t, refused)
	runGrammar(t, []grammarCase{
		{name: "the first occurrence", before: []string{"En 2010, selon la loi du 2 mars 2010, il part."},
			text: []string{at + "la première occurrence de l'année : « 2010 » est remplacée par l'année : « 2012 »."},
			want: []string{"En 2012, selon la loi du 2 mars 2010, il part."}},
		{name: "deux fois", before: []string{"En 2010, selon la loi du 2 mars 2010, il part."},
			text: []string{at + "l'année : « 2010 » est remplacée, deux fois, par l'année : « 2012 »."},
			want: []string{"En 2012, selon la loi du 2 mars 2012, il part."}},
		{name: "only in the citation", before: []string{"Selon le décret n° 2010-12 du 2 mars 2010, il part."},
			text: []string{year}, want: []string{"Selon le décret n° 2010-12 du 2 mars 2012, il part."}},
		{name: "not in a text's number", before: []string{"En 2010, selon la loi n° 2010-874, il part."},
			text: []string{year}, want: []string{"En 2012, selon la loi n° 2010-874, il part."}},
		{name: "outside a citation only", before: []string{"Avant le 1er janvier 2010, il part."},
			text: []string{year}, want: []string{"Avant le 1er janvier 2012, il part."}},
	})
}

// TestConsol5CommaLists: a list whose items end with commas ("1°
// Signer,", "2° Viser.") keeps its sign when it grows or shrinks — a new
// last item gives the old last one "," (it took " ;", a list of two
// signs), the last item deleted gives the one before it the period (it
// kept its comma, the list left open); bills and amendments, items and
// dashes alike. Lists of semicolons keep theirs.
func TestConsol5CommaLists(t *testing.T) {
	list := []string{"Le maire peut :", "1° Signer,", "2° Viser."}
	grown := []string{"Le maire peut :", "1° Signer,", "2° Viser,", "3° Dater."}
	runGrammar(t, []grammarCase{
		{name: "a new last item", before: list,
			text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Dater. »"}, want: grown},
		{name: "a new item after the last", before: list,
			text: []string{"Après le 2° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Dater. »"}, want: grown},
		{name: "two new items", before: list,
			text: []string{"L'article L. 1 du code civil est complété par des 3° et 4° ainsi rédigés :", "« 3° Dater,", "« 4° Partir. »"},
			want: []string{"Le maire peut :", "1° Signer,", "2° Viser,", "3° Dater,", "4° Partir."}},
		{name: "letters", before: []string{"Le maire peut :", "a) signer,", "b) viser."},
			text: []string{"L'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) dater. »"},
			want: []string{"Le maire peut :", "a) signer,", "b) viser,", "c) dater."}},
		{name: "dashes", before: []string{"Le maire peut :", "- signer,", "- viser."},
			text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« - dater. »"},
			want: []string{"Le maire peut :", "- signer,", "- viser,", "- dater."}},
		{name: "the last alinéa deleted", before: list,
			text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{"Le maire peut :", "1° Signer."}},
		{name: "the last dash deleted", before: []string{"Le maire peut :", "- signer,", "- viser."},
			text: []string{"Le dernier alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{"Le maire peut :", "- signer."}},
		{name: "the last item repealed keeps its label", before: list,
			text: []string{"Le 2° de l'article L. 1 du code civil est abrogé."},
			want: []string{"Le maire peut :", "1° Signer,", "2° (Abrogé)."}},
		{name: "semicolons kept", before: []string{"Le maire peut :", "1° Signer ;", "2° Viser."},
			text: []string{"L'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3° Dater. »"},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater."}},
	})
	runAmendments(t, []amCase{
		{"Sénat: a new last item", list, "Après l'alinéa 3\nInsérer un alinéa ainsi rédigé :\n3° Dater.", grown},
		{"amendment: the last alinéa deleted", list, "Supprimer l'alinéa 3.", []string{"Le maire peut :", "1° Signer,", "2° (Supprimé)"}},
	})
}

// TestConsol5OperationInNewWords: new words holding a word operation of
// the instruction after a quotation closed in them — a lone guillemet
// quoted, "au début, sont insérés les mots : « « » et à la fin, sont
// ajoutés les mots : « » »" — are quotations paired wrong, never words
// a law inserts: refused (the next operation was inserted as text, "« »
// et à la fin, sont ajoutés les mots : « » le maire …"). Quotations in
// new words stay read (TestConsol5Typography).
func TestConsol5OperationInNewWords(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	refused := []grammarCase{
		{name: "a lone guillemet inserted", before: []string{"Le maire signe les actes."},
			text: []string{at + "au début, sont insérés les mots : « « » et à la fin, sont ajoutés les mots : « » »."}},
	}
	runGrammar(t, refused)
	for _, tc := range refused {
		c := Corpus{}
		ref := CodeRef{Code: "code civil", Article: "l1"}
		c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: tc.before}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
		_, errs := Apply(c, ins, ApplyOptions{})
		var ae applyErr
		if len(refusals(ins, errs)) == 0 || len(errs) > 0 && !errors.As(errs[0].Err, &ae) {
			t.Errorf("%s: want a refusal (an applyErr if applied), got %v", tc.name, errs)
		}
	}
	runGrammar(t, []grammarCase{
		{name: "a lone guillemet paired right", before: []string{"Le maire dit oui."},
			text: []string{at + "le mot : « oui » est remplacé par les mots : « « oui » et le mot : « dit » est remplacé par le mot : « écrit »."},
			want: []string{"Le maire écrit « oui."}},
		{name: "a quotation in new words", before: []string{"Le maire signe les actes."},
			text: []string{at + "les mots : « signe les actes » sont remplacés par les mots : « porte la mention « payé » et date »."},
			want: []string{"Le maire porte la mention « payé » et date."}},
	})
}
