package law

import (
	"errors"
	"testing"
)

// The rules of the probe-consol4 pass: the conventions a consolidator
// applies to the text an instruction leaves (the punctuation of a list,
// the words around words replaced, the typography of new text), probed
// on short phrases.

// TestConsol4ElisionBeforeAnyWord: "de", "que", "jusque", "lorsque",
// "puisque", "ne", "se" elide before any word beginning with a vowel, not
// only before a noun they determine: new words put after one and headed
// by an article or a pronoun ("un", "une", "au", "aux", "il", "elle",
// "on", "y") leave the text wrong ("de une commune" for "d'une commune",
// "que il signe" for "qu'il signe"), and how the words around change is
// not said — refused, as a noun there was ("de ordonnance"). They were
// applied. After "le", "la", "du", "au", "ce", "sa", which elide only
// before the word they determine, those words are still passed over
// ("le ou les maires"), and so are "et", "ou", prepositions and adverbs
// after any ("au taux de 5 %").
func TestConsol4ElisionBeforeAnyWord(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	refused := []grammarCase{
		{name: "de la commune → une commune", before: []string{"Le rôle de la commune."},
			text: []string{at + "les mots : « la commune » sont remplacés par les mots : « une commune »."}},
		{name: "de la mairie → un lieu", before: []string{"Il part de la mairie."},
			text: []string{at + "les mots : « la mairie » sont remplacés par les mots : « un lieu »."}},
		{name: "que le maire → il", before: []string{"Il faut que le maire signe."},
			text: []string{at + "les mots : « le maire » sont remplacés par le mot : « il »."}},
		{name: "lorsque le maire → elle", before: []string{"Lorsque le maire signe, il date."},
			text: []string{at + "les mots : « le maire » sont remplacés par le mot : « elle »."}},
		{name: "de six mois → au moins un an", before: []string{"Un délai de six mois."},
			text: []string{at + "les mots : « six mois » sont remplacés par les mots : « au moins un an »."}},
		{name: "de le faire → y procéder", before: []string{"Il est tenu de le faire."},
			text: []string{at + "les mots : « le faire » sont remplacés par les mots : « y procéder »."}},
		{name: "inserted before, after de", before: []string{"Le rôle de la commune."},
			text: []string{at + "avant les mots : « la commune », sont insérés les mots : « une ou plusieurs communes et »."}},
	}
	runGrammar(t, refused)
	wantOneApplyErr(t, refused)
	runGrammar(t, []grammarCase{
		{name: "de l'établissement, as written", before: []string{"Le rôle de la commune."},
			text: []string{at + "les mots : « la commune » sont remplacés par les mots : « l'établissement »."},
			want: []string{"Le rôle de l'établissement."}},
		{name: "que le maire → le préfet", before: []string{"Il faut que le maire signe."},
			text: []string{at + "le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Il faut que le préfet signe."}},
		{name: "de six mois → onze mois", before: []string{"Un délai de six mois."},
			text: []string{at + "le mot : « six » est remplacé par le mot : « onze »."},
			want: []string{"Un délai de onze mois."}},
		{name: "le → le ou les: passed over", before: []string{"Il voit le maire."},
			text: []string{at + "le mot : « maire » est remplacé par les mots : « ou les maires »."},
			want: []string{"Il voit le ou les maires."}},
		{name: "d'un an → deux ans", before: []string{"Un délai d'un an."},
			text: []string{at + "les mots : « d'un an » sont remplacés par les mots : « de deux ans »."},
			want: []string{"Un délai de deux ans."}},
	})
	runAmendments(t, []amCase{
		{"amendment: de la commune → une commune", []string{"Le juge de la commune statue."},
			"Alinéa 1\nRemplacer les mots :\nla commune\npar les mots :\nune commune", nil},
		{"amendment: que le maire → il", []string{"Il faut que le maire signe."},
			"À l'alinéa 1, remplacer les mots : « le maire » par le mot : « il ».", nil},
		{"amendment: de la commune → d'une commune, as written", []string{"Le juge de la commune statue."},
			"À l'alinéa 1, remplacer les mots : « de la commune » par les mots : « d'une commune ».",
			[]string{"Le juge d'une commune statue."}},
	})
}

// TestConsol4ListPunctuation keeps as guards the list conventions the
// engine reads: a new last item takes the list's closing period and the
// former last item " ;" (a conjunction "; et", "; ou" stays where the
// list had it), a new first or middle item goes in as written, an item
// repealed keeps its label and the list's punctuation ("2° (Abrogé) ;",
// "3° (Abrogé)."), a paragraph its dash ("II. – (Abrogé)"), a new item of
// an inner list ends its parent's list when it is last.
func TestConsol4ListPunctuation(t *testing.T) {
	list := []string{"Le maire peut :", "1° Signer ;", "2° Viser."}
	h := "L'article L. 1 du code civil est "
	runGrammar(t, []grammarCase{
		{name: "new last item", before: list, text: []string{h + "complété par un 3° ainsi rédigé :", "« 3° Dater. »"},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater."}},
		{name: "two new last items", before: list, text: []string{h + "complété par des 3° et 4° ainsi rédigés :", "« 3° Dater ;", "« 4° Partir. »"},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Viser ;", "3° Dater ;", "4° Partir."}},
		{name: "new last item after ; et", before: []string{"Le maire peut :", "1° Signer ; et", "2° Viser."},
			text: []string{h + "complété par un 3° ainsi rédigé :", "« 3° Dater. »"},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Viser ; et", "3° Dater."}},
		{name: "new last item after ; ou", before: []string{"Le maire peut :", "1° Signer ; ou", "2° Viser."},
			text: []string{h + "complété par un 3° ainsi rédigé :", "« 3° Dater. »"},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Viser ; ou", "3° Dater."}},
		{name: "new first item", before: list,
			text: []string{"Avant le 1° de l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé :", "« 1° A Dater ; »."},
			want: []string{"Le maire peut :", "1° A Dater ;", "1° Signer ;", "2° Viser."}},
		{name: "new middle item", before: list,
			text: []string{"Après le 1° de l'article L. 1 du code civil, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Dater ; »."},
			want: []string{"Le maire peut :", "1° Signer ;", "1° bis Dater ;", "2° Viser."}},
		{name: "middle item repealed", before: []string{"Le maire :", "1° Part ;", "2° Vient ;", "3° Reste."},
			text: []string{"Le 2° de l'article L. 1 du code civil est abrogé."},
			want: []string{"Le maire :", "1° Part ;", "2° (Abrogé) ;", "3° Reste."}},
		{name: "last item repealed", before: []string{"Le maire :", "1° Part ;", "2° Vient ;", "3° Reste."},
			text: []string{"Le 3° de l'article L. 1 du code civil est supprimé."},
			want: []string{"Le maire :", "1° Part ;", "2° Vient ;", "3° (Abrogé)."}},
		{name: "paragraph repealed", before: []string{"I. – Il part.", "II. – Il vient.", "III. – Il reste."},
			text: []string{"Le II de l'article L. 1 du code civil est abrogé."},
			want: []string{"I. – Il part.", "II. – (Abrogé)", "III. – Il reste."}},
		{name: "alinéa deleted: removed", before: []string{"Il part.", "Il vient.", "Il reste."},
			text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est supprimé."},
			want: []string{"Il part.", "Il reste."}},
		{name: "inner list, new last item", before: []string{"Le maire peut :", "1° Viser ;", "2° Signer :", "a) Les actes ;", "b) Les baux."},
			text: []string{"Le 2° de l'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Les contrats. »"},
			want: []string{"Le maire peut :", "1° Viser ;", "2° Signer :", "a) Les actes ;", "b) Les baux ;", "c) Les contrats."}},
		{name: "inner list, new last item before the parent's next", before: []string{"Le maire peut :", "1° Signer :", "a) Les actes ;", "b) Les baux ;", "2° Viser."},
			text: []string{"Le 1° de l'article L. 1 du code civil est complété par un c ainsi rédigé :", "« c) Les contrats ; »."},
			want: []string{"Le maire peut :", "1° Signer :", "a) Les actes ;", "b) Les baux ;", "c) Les contrats ;", "2° Viser."}},
	})
}

// TestConsol4WordsAround keeps as guards the typography of the words an
// edit leaves: no doubled space, no space before a comma, a semicolon
// kept with its no-break space, a comma left before the final period
// dropped, the capital a deleted first word held given to the next.
func TestConsol4WordsAround(t *testing.T) {
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "deleted in the middle", before: []string{"Il part vite ici."}, text: []string{at + "le mot : « vite » est supprimé."},
			want: []string{"Il part ici."}},
		{name: "deleted at the end", before: []string{"Il part vite."}, text: []string{at + "le mot : « vite » est supprimé."},
			want: []string{"Il part."}},
		{name: "deleted before a comma", before: []string{"Il part vite, ici."}, text: []string{at + "le mot : « vite » est supprimé."},
			want: []string{"Il part, ici."}},
		{name: "deleted after a comma, at the end", before: []string{"Il part, vite."}, text: []string{at + "le mot : « vite » est supprimé."},
			want: []string{"Il part."}},
		{name: "a leading comma", before: []string{"Il part, vite."}, text: []string{at + "les mots : « , vite » sont supprimés."},
			want: []string{"Il part."}},
		{name: "before a no-break space and a semicolon", before: []string{"Il part vite\u00a0; il vient."}, text: []string{at + "le mot : « vite » est supprimé."},
			want: []string{"Il part\u00a0; il vient."}},
		{name: "the first word deleted", before: []string{"Vite il part."}, text: []string{at + "le mot : « Vite » est supprimé."},
			want: []string{"Il part."}},
		{name: "a word inside another untouched", before: []string{"Il part vite à la vitesse."}, text: []string{at + "le mot : « vite » est supprimé."},
			want: []string{"Il part à la vitesse."}},
		{name: "a reference, not a longer one", before: []string{"Aux articles L. 10, L. 1-1 et L. 1."},
			text: []string{at + "la référence : « L. 1 » est remplacée par la référence : « L. 2 »."},
			want: []string{"Aux articles L. 10, L. 1-1 et L. 2."}},
		{name: "an item's label, not 1° bis", before: []string{"Au 1° bis et au 1°."},
			text: []string{at + "la référence : « 1° » est remplacée par la référence : « 2° »."},
			want: []string{"Au 1° bis et au 2°."}},
		{name: "a sentence's capital kept", before: []string{"Le maire signe."},
			text: []string{at + "les mots : « Le maire » sont remplacés par les mots : « le préfet »."},
			want: []string{"Le préfet signe."}},
	})
}

// TestConsol4NewTextTypography keeps as guards the typography of new
// text: quotations inside it kept (« », “ ”), the "Art. L. 1-1. – " of a
// new article and the closing "» ;" of a new alinéa stripped, and under
// Légifrance's typography no-break spaces, HTML references, U+2011 and
// the curly apostrophe set plain.
func TestConsol4NewTextTypography(t *testing.T) {
	h := "L'article L. 1 du code civil est "
	runGrammar(t, []grammarCase{
		{name: "nested guillemets", before: []string{"Il part."}, text: []string{h + "complété par un alinéa ainsi rédigé :", "« Il dit « oui ». »"},
			want: []string{"Il part.", "Il dit « oui »."}},
		{name: "curly quotation marks in a sentence", before: []string{"Il part."},
			text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il dit “ oui ”. »"},
			want: []string{"Il part. Il dit “ oui ”."}},
		{name: "an alinéa's closing » ;", before: []string{"A.", "B."},
			text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est ainsi rédigé :", "« Il part. » ;", "2° Le second alinéa est supprimé."},
			want: []string{"Il part."}},
		{name: "Légifrance: no-break spaces plain", legifrance: true, before: []string{"Il part."},
			text: []string{h + "complété par un alinéa ainsi rédigé :", "« Il dit\u00a0: oui\u00a0; il vient\u202f! »"},
			want: []string{"Il part.", "Il dit : oui ; il vient !"}},
		{name: "Légifrance: references", legifrance: true, before: []string{"Il part."},
			text: []string{h + "complété par un alinéa ainsi rédigé :", "« Il dit&nbsp;: oui &amp; non. »"},
			want: []string{"Il part.", "Il dit : oui & non."}},
		{name: "Légifrance: U+2011 and the curly apostrophe", legifrance: true, before: []string{"Il part."},
			text: []string{h + "complété par un alinéa ainsi rédigé :", "« Voir l’article L.\u00a01\u20111. »"},
			want: []string{"Il part.", "Voir l'article L. 1-1."}},
	})
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	ins := "Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :"
	runLaw3(t, []law3Case{
		{name: "a new article's heading stripped", arts: one("A."), text: []string{ins, "« Art. L. 1-1. – Il part.", "« Il vient. »"},
			want: map[string][]string{"L1-1": {"Il part.", "Il vient."}}},
		{name: "a new article's first paragraph kept", arts: one("A."), text: []string{ins, "« Art. L. 1-1. – I. – Il part.", "« II. – Il vient. »"},
			want: map[string][]string{"L1-1": {"I. – Il part.", "II. – Il vient."}}},
		{name: "a new article quoting", arts: one("A."), text: []string{ins, "« Art. L. 1-1. – Le mot : « juge » désigne le maire. »"},
			want: map[string][]string{"L1-1": {"Le mot : « juge » désigne le maire."}}},
		{name: "an article repealed is removed", arts: one("A."), text: []string{"L'article L. 1 du code civil est abrogé."},
			want: map[string][]string{"L1": nil}},
	})
}

// TestConsol4ClosingSignKept: words quoted with the " ;" that closes an
// item (the " :" that closes a list's introduction), at the end of the
// alinéa, replaced by words without it or deleted, leave the sign to
// what remains — "1° Part vite ;", « vite ; » by « tôt »: "1° Part tôt
// ;", deleted: "1° Part ;" — as the final period does
// (TestGrammarAmendmentWordsWithFinalPeriod); the sign was lost and the
// item ran into the next. New words bringing a sign of their own keep
// theirs; the sign inside the alinéa (before other words) is the
// words'.
func TestConsol4ClosingSignKept(t *testing.T) {
	list := []string{"Le maire :", "1° Part vite ;", "2° Vient."}
	with := func(s string) []string { return []string{"Le maire :", s, "2° Vient."} }
	at := "Au 1° de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "replaced", before: list, text: []string{at + "les mots : « vite ; » sont remplacés par les mots : « tôt »."}, want: with("1° Part tôt ;")},
		{name: "deleted", before: list, text: []string{at + "les mots : « vite ; » sont supprimés."}, want: with("1° Part ;")},
		{name: "deleted, the no-break space kept", before: []string{"Le maire :", "1° Part vite\u00a0;", "2° Vient."},
			text: []string{at + "les mots : « vite ; » sont supprimés."}, want: with("1° Part\u00a0;")},
		{name: "new words with their own sign", before: list, text: []string{at + "les mots : « vite ; » sont remplacés par les mots : « tôt ; et »."}, want: with("1° Part tôt ; et")},
		{name: "a list's introduction", before: []string{"Le maire peut vite :", "1° Part ;", "2° Vient."},
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « vite : » sont remplacés par les mots : « tôt »."},
			want: []string{"Le maire peut tôt :", "1° Part ;", "2° Vient."}},
		{name: "inside the alinéa, the words' own", before: []string{"Il part vite ; il vient."},
			text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « vite ; » sont remplacés par les mots : « tôt, puis »."},
			want: []string{"Il part tôt, puis il vient."}},
	})
	runAmendments(t, []amCase{
		{"Sénat: replaced", list, "Alinéa 2\nRemplacer les mots :\nvite ;\npar le mot :\ntôt", with("1° Part tôt ;")},
		{"deleted", list, "À l'alinéa 2, supprimer les mots : « vite ; ».", with("1° Part ;")},
	})
}

// wantOneApplyErr checks that each case, its instruction applied to an
// article L. 1 of the code civil holding its before, is refused at apply
// with one applyErr (parsed, then found not to fit the article).
func wantOneApplyErr(t *testing.T, cases []grammarCase) {
	t.Helper()
	for _, tc := range cases {
		c := Corpus{}
		ref := CodeRef{Code: "code civil", Article: "l1"}
		c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: tc.before}
		_, errs := Apply(c, ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}}), ApplyOptions{})
		var ae applyErr
		if len(errs) != 1 || !errors.As(errs[0].Err, &ae) {
			t.Errorf("%s: want one applyErr, got %v", tc.name, errs)
		}
	}
}
