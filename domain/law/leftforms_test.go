package law

import (
	"strings"
	"testing"
)

// The left forms: common phrasings of the modification language that
// were refused or misread, each read as a rule or refused with a reason.

// TestLeftSentencesToLast: "les deuxième à dernière phrases" is the
// second sentence and every one after it in the alinéa, counted on the
// text before the instruction — deleted, or replaced together by the new
// text (it was refused: an unrecognised range). A range to the
// "avant-dernière" and a word operation on such a range are read since
// law-left3 (TestLeft3ExceptedLastSentences, TestLeft3WordsInSentencesToLast);
// the range in a division of several alinéas stays refused.
func TestLeftSentencesToLast(t *testing.T) {
	A := []string{"Le juge statue. Il motive. Il notifie. Il publie.", "Le greffier note.", "Le maire signe."}
	I := []string{"Le maire peut :", "1° Signer. Dater. Viser ;", "2° Publier."}
	art := "À l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "deleted", before: A,
			text: []string{art + "les deuxième à dernière phrases du premier alinéa sont supprimées."},
			want: []string{"Le juge statue.", A[1], A[2]}},
		{name: "from the third", before: A,
			text: []string{art + "les troisième à dernière phrases du premier alinéa sont supprimées."},
			want: []string{"Le juge statue. Il motive.", A[1], A[2]}},
		{name: "replaced by one sentence", before: A,
			text: []string{art + "les deuxième à dernière phrases du premier alinéa sont remplacées par une phrase ainsi rédigée : « Il se tait. »"},
			want: []string{"Le juge statue. Il se tait.", A[1], A[2]}},
		{name: "ainsi rédigées", before: A,
			text: []string{art + "les deuxième à dernière phrases du premier alinéa sont ainsi rédigées : « Il se tait. Il dort. »"},
			want: []string{"Le juge statue. Il se tait. Il dort.", A[1], A[2]}},
		{name: "the item keeps its semicolon", before: I,
			text: []string{art + "les deuxième à dernière phrases du 1° sont supprimées."},
			want: []string{"Le maire peut :", "1° Signer ;", "2° Publier."}},
		{name: "the last alone: read as the last", before: A,
			text: []string{art + "les quatrième à dernière phrases du premier alinéa sont supprimées."},
			want: []string{"Le juge statue. Il motive. Il notifie.", A[1], A[2]}},
		{name: "the second to the fourth, as before", before: A,
			text: []string{art + "les deuxième à quatrième phrases du premier alinéa sont supprimées."},
			want: []string{"Le juge statue.", A[1], A[2]}},
		{name: "past the last: refused", before: A,
			text: []string{art + "les deuxième à dernière phrases du deuxième alinéa sont supprimées."}},
		{name: "to the avant-dernière", before: A,
			text: []string{art + "les deuxième à avant-dernière phrases du premier alinéa sont supprimées."},
			want: []string{"Le juge statue. Il publie.", A[1], A[2]}},
		{name: "words in them", before: A,
			text: []string{art + "aux deuxième à dernière phrases du premier alinéa, le mot : « Il » est remplacé par le mot : « Elle »."},
			want: []string{"Le juge statue. Elle motive. Elle notifie. Elle publie.", A[1], A[2]}},
		{name: "a division of several alinéas: refused", before: []string{"I. – Le juge statue. Il motive.", "Il notifie. Il publie.", "II. – Le maire signe."},
			text: []string{art + "les deuxième à dernière phrases du I sont supprimées."}},
	})
}

// TestLeftLocatorCommasThenSentences: a locator of places joined by
// commas, each inside the one before, then the sentences as the subject
// ("À l'article L. 1, au premier alinéa, les deuxième et troisième
// phrases sont supprimées") names the sentences of the innermost place —
// as "les deuxième et troisième phrases du premier alinéa de l'article
// L. 1" (it was refused: a sentence named before a larger division).
func TestLeftLocatorCommasThenSentences(t *testing.T) {
	A := []string{"Le juge statue. Il motive. Il notifie. Il publie.", "Le greffier note. Il date.", "Le maire signe."}
	I := []string{"I. – Le maire peut :", "1° Signer. Dater. Viser ;", "2° Publier.", "II. – Le préfet arrête. Il publie."}
	runGrammar(t, []grammarCase{
		{name: "two sentences deleted", before: A,
			text: []string{"À l'article L. 1 du code civil, au premier alinéa, les deuxième et troisième phrases sont supprimées."},
			want: []string{"Le juge statue. Il publie.", A[1], A[2]}},
		{name: "one sentence deleted", before: A,
			text: []string{"À l'article L. 1 du code civil, au deuxième alinéa, la seconde phrase est supprimée."},
			want: []string{A[0], "Le greffier note.", A[2]}},
		{name: "replaced together", before: A,
			text: []string{"À l'article L. 1 du code civil, au premier alinéa, les deuxième et troisième phrases sont remplacées par une phrase ainsi rédigée : « Il se tait. »"},
			want: []string{"Le juge statue. Il se tait. Il publie.", A[1], A[2]}},
		{name: "under a list", before: A,
			text: []string{"Le code civil est ainsi modifié :", "1° À l'article L. 1, au premier alinéa, les deuxième et troisième phrases sont supprimées ;"},
			want: []string{"Le juge statue. Il publie.", A[1], A[2]}},
		{name: "an item in a part", before: I,
			text: []string{"À l'article L. 1 du code civil, au I, au 1°, la deuxième phrase est supprimée."},
			want: []string{I[0], "1° Signer. Viser ;", I[2], I[3]}},
		{name: "with the range to the last", before: A,
			text: []string{"À l'article L. 1 du code civil, au premier alinéa, les deuxième à dernière phrases sont supprimées."},
			want: []string{"Le juge statue.", A[1], A[2]}},
	})
}

// TestLeftSameItems: "Aux mêmes 1° et 3°" (les mêmes, auxdits) names the
// items of those labels the instruction before named, with the
// divisions that hold them there — "a) Au 1° et au 3° du I, …" then "b)
// Aux mêmes 1° et 3°, …" are the 1° and the 3° of the I (it was refused:
// an item designation not read). An item the instruction before did not
// name, or named in two places, is refused.
func TestLeftSameItems(t *testing.T) {
	I := []string{"Le maire peut :", "1° Signer le permis ;", "2° Viser le permis ;", "3° Dater le permis ;", "4° Publier le permis."}
	P := []string{"I. – Le maire peut :", "1° Signer le permis ;", "2° Viser le permis ;", "3° Dater le permis.", "II. – Le préfet peut :", "1° Signer le permis ;", "2° Viser le permis ;", "3° Dater le permis."}
	head := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "words in each", before: I,
			text: []string{head, "a) Au 1° et au 3°, le mot : « permis » est remplacé par le mot : « document » ;", "b) Aux mêmes 1° et 3°, le mot : « document » est remplacé par le mot : « titre »."},
			want: []string{I[0], "1° Signer le titre ;", I[2], "3° Dater le titre ;", I[4]}},
		{name: "in the part the instruction before named", before: P,
			text: []string{head, "a) Au 1° et au 3° du II, le mot : « permis » est remplacé par le mot : « document » ;", "b) Aux mêmes 1° et 3°, le mot : « document » est remplacé par le mot : « titre »."},
			want: []string{P[0], P[1], P[2], P[3], P[4], "1° Signer le titre ;", P[6], "3° Dater le titre."}},
		{name: "auxdits", before: I,
			text: []string{head, "a) Aux 1° et 3°, le mot : « permis » est remplacé par le mot : « document » ;", "b) Auxdits 1° et 3°, le mot : « document » est remplacé par le mot : « titre »."},
			want: []string{I[0], "1° Signer le titre ;", I[2], "3° Dater le titre ;", I[4]}},
		{name: "a subject", before: I,
			text: []string{head, "a) Aux 2° et 3°, le mot : « permis » est remplacé par le mot : « document » ;", "b) Les mêmes 2° et 3° sont abrogés."},
			want: []string{I[0], I[1], "2° (Abrogé) ;", "3° (Abrogé) ;", I[4]}},
	})
	for _, tc := range []struct {
		name string
		text []string
	}{
		{"one the instruction before did not name", []string{head, "a) Au 1° et au 3°, le mot : « permis » est remplacé par le mot : « document » ;", "b) Aux mêmes 1° et 4°, le mot : « document » est remplacé par le mot : « titre »."}},
		{"named in two places", []string{head, "a) Au 1° du I et au 1° du II, le mot : « permis » est remplacé par le mot : « document » ;", "b) Aux mêmes 1° et 2°, le mot : « document » est remplacé par le mot : « titre »."}},
		{"with none before", []string{"Le code civil est ainsi modifié :", "1° Aux mêmes 1° et 3°, le mot : « document » est remplacé par le mot : « titre »."}},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
		if last := ins[len(ins)-1]; last.Status != Unparsed {
			t.Errorf("%s: want refused, got %+v", tc.name, last)
		}
	}
}

// TestLeftDivisionComprisesAndTakesUp: "La section 2 … comprend les
// articles L. 1 à L. 5" moves articles between divisions of the code,
// which the engine does not edit (and which articles leave is not said);
// "il est inséré un article L. 3 qui reprend les dispositions de
// l'article L. 2": its text, as of when, and the other's fate are not
// said. Both are refused with their reason — alone too, under no head
// (a division's composition was dropped silently: no instruction).
func TestLeftDivisionComprisesAndTakesUp(t *testing.T) {
	for _, tc := range []struct {
		name, why string
		text      []string
	}{
		{"a section alone", "comprise articles", []string{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil comprend les articles L. 1 à L. 5."}},
		{"a chapter alone", "comprise articles", []string{"Le chapitre II du titre Ier du livre Ier du code civil comprend l'article L. 5."}},
		{"under a head", "comprise articles", []string{"Le code civil est ainsi modifié :", "1° La section 2 du chapitre Ier du titre Ier du livre Ier comprend les articles L. 1 à L. 5 ;"}},
		{"takes up, after an article", "takes up another's provisions", []string{"Après l'article L. 1 du code civil, il est inséré un article L. 3 qui reprend les dispositions de l'article L. 2."}},
		{"takes up, in a code", "takes up another's provisions", []string{"Il est inséré, dans le code civil, un article L. 3 qui reprend les dispositions de l'article L. 2."}},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
		if len(ins) == 0 {
			t.Errorf("%s: no instruction (dropped)", tc.name)
			continue
		}
		last := ins[len(ins)-1]
		if last.Status != Unparsed || !strings.Contains(last.Reason, tc.why) {
			t.Errorf("%s: want refused (%s), got %s %q", tc.name, tc.why, last.Status, last.Reason)
		}
	}
	// The same verb of another subject is no instruction.
	if ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"La commission comprend les membres du bureau."}}}); len(ins) != 0 {
		t.Errorf("a sentence of the bill's own text: got %+v", ins)
	}
}

// TestLeftAnnouncedCounts: a count the instruction announces that the
// quoted text does not give is refused — alinéas, sentences, items by
// their labels (these were enforced already: the tests hold them) — and
// one item announced by its label whose new text holds another item of
// its kind ("il est inséré un 2° bis ainsi rédigé : « 2° bis … ; « 2°
// ter … »": an item holds none of its kind; both went in). An item
// replaced by alinéas ("Le 2° est remplacé par trois alinéas …") may
// give several of its kind, and a last item rewritten may be followed
// by new ones (TestReview91RelabelledRewriteOutOfOrder).
func TestLeftAnnouncedCounts(t *testing.T) {
	A := []string{"Le juge statue. Il motive.", "Le greffier note.", "Le maire signe."}
	I := []string{"Le maire peut :", "1° Signer le permis ;", "2° Viser le permis ;", "3° Dater le permis."}
	art := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "deux alinéas, three given: refused", before: A,
			text: []string{"Après le deuxième alinéa de " + art + ", sont insérés deux alinéas ainsi rédigés :", "« Le juge part.", "« Le juge vient.", "« Le juge dort. »"}},
		{name: "deux alinéas, one given: refused", before: A,
			text: []string{"Après le deuxième alinéa de " + art + ", sont insérés deux alinéas ainsi rédigés :", "« Le juge part. »"}},
		{name: "un alinéa, two given: refused", before: A,
			text: []string{"Après le deuxième alinéa de " + art + ", est inséré un alinéa ainsi rédigé :", "« Le juge part.", "« Le juge vient. »"}},
		{name: "trois phrases, two given: refused", before: A,
			text: []string{"Le premier alinéa de " + art + " est complété par trois phrases ainsi rédigées : « Il part. Il dort. »"}},
		{name: "deux phrases, three given: refused", before: A,
			text: []string{"La seconde phrase du premier alinéa de " + art + " est remplacée par deux phrases ainsi rédigées : « Il part. Il vient. Il dort. »"}},
		{name: "des 3° bis et 3° ter, a 3° bis only: refused", before: I,
			text: []string{"Après le 3° de " + art + ", sont insérés des 3° bis et 3° ter ainsi rédigés :", "« 3° bis Lire le permis. »"}},
		{name: "des 4° et 5°, three given: refused", before: I,
			text: []string{"L'article L. 1 du code civil est complété par des 4° et 5° ainsi rédigés :", "« 4° Lire le permis ;", "« 5° Voir le permis ;", "« 6° Fermer le permis. »"}},
		{name: "un 2° bis, a 2° ter after it: refused", before: I,
			text: []string{"Après le 2° de " + art + ", il est inséré un 2° bis ainsi rédigé :", "« 2° bis Lire le permis ;", "« 2° ter Voir le permis ; »"}},
		{name: "complété par un 4°, a 5° after it: refused", before: I,
			text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", "« 4° Lire le permis ;", "« 5° Voir le permis. »"}},
		{name: "deux phrases, two given", before: A,
			text: []string{"Le premier alinéa de " + art + " est complété par deux phrases ainsi rédigées : « Il part. Il dort. »"},
			want: []string{"Le juge statue. Il motive. Il part. Il dort.", A[1], A[2]}},
		{name: "un 2° bis with its own items", before: I,
			text: []string{"Après le 2° de " + art + ", il est inséré un 2° bis ainsi rédigé :", "« 2° bis Lire :", "« a) Le permis ;", "« b) Le plan ; »"},
			want: []string{I[0], I[1], I[2], "2° bis Lire :", "a) Le permis ;", "b) Le plan ;", I[3]}},
		{name: "the 2° replaced by three alinéas, three items", before: I,
			text: []string{"Le 2° de " + art + " est remplacé par trois alinéas ainsi rédigés :", "« 2° Lire le permis ;", "« 2° bis Voir le permis ;", "« 2° ter Fermer le permis ; »"},
			want: []string{I[0], I[1], "2° Lire le permis ;", "2° bis Voir le permis ;", "2° ter Fermer le permis ;", I[3]}},
	})
}

// TestLeftAmendmentItemsAnnounced: an amendment's new items announced by
// their labels after "des" ("Après l'alinéa 2, insérer des 1° bis et 1°
// ter ainsi rédigés :" then the items, quoted or the Sénat's unquoted)
// are read as "un 1° bis et un 1° ter" are, the new text bearing those
// labels in that order (it was refused: no count of new text read). One
// item given for two, or another label, is refused.
func TestLeftAmendmentItemsAnnounced(t *testing.T) {
	B := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "2° L'article L. 2 est abrogé ;", "3° L'article L. 3 est abrogé.", "II. – Le décret entre en vigueur."}
	want := []string{B[0], B[1], "1° bis L'article L. 1-1 est abrogé ;", "1° ter L'article L. 1-2 est abrogé ;", B[2], B[3], B[4]}
	runAmendments(t, []amCase{
		{"des, quoted", B, "Après l'alinéa 2, insérer des 1° bis et 1° ter ainsi rédigés :\n« 1° bis L'article L. 1-1 est abrogé ;\n« 1° ter L'article L. 1-2 est abrogé ; »", want},
		{"the Sénat's", B, "Après l'alinéa 2\nInsérer des 1° bis et 1° ter ainsi rédigés :\n1° bis L'article L. 1-1 est abrogé ;\n1° ter L'article L. 1-2 est abrogé ;", want},
		{"un 1° bis, as before", B, "Après l'alinéa 2, insérer un 1° bis ainsi rédigé :\n« 1° bis L'article L. 1-1 est abrogé ; »", []string{B[0], B[1], "1° bis L'article L. 1-1 est abrogé ;", B[2], B[3], B[4]}},
		{"one given for two: refused", B, "Après l'alinéa 2, insérer des 1° bis et 1° ter ainsi rédigés :\n« 1° bis L'article L. 1-1 est abrogé ; »", nil},
		{"another label: refused", B, "Après l'alinéa 2, insérer des 1° bis et 1° ter ainsi rédigés :\n« 1° bis L'article L. 1-1 est abrogé ;\n« 1° quater L'article L. 1-2 est abrogé ; »", nil},
		{"another first label: refused", B, "Après l'alinéa 2, insérer des 1° bis et 1° ter ainsi rédigés :\n« 1° ter L'article L. 1-1 est abrogé ;\n« 1° quater L'article L. 1-2 est abrogé ; »", nil},
	})
}

// TestLeftExceptedPart: a division deleted or rewritten but for its first
// sentences or alinéas, or its last alinéa, is the range of the rest —
// "Le deuxième alinéa, à l'exception de sa première phrase, est
// supprimé" the second to the last sentences; "L'article L. 1, à
// l'exception de son dernier alinéa, est abrogé" the first to the one
// before the last alinéas (they were refused: a place named as an
// exception); but its last sentence, read since law-left3. Any other
// exception stays refused.
func TestLeftExceptedPart(t *testing.T) {
	A := []string{"Le juge statue. Il motive. Il notifie.", "Le greffier note. Il date. Il signe.", "Le maire signe."}
	art := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "an alinéa but its first sentence, deleted", before: A,
			text: []string{"Le deuxième alinéa de " + art + ", à l'exception de sa première phrase, est supprimé."},
			want: []string{A[0], "Le greffier note.", A[2]}},
		{name: "but its two first sentences, a locator first", before: A,
			text: []string{"À " + art + ", le premier alinéa, à l'exception de ses deux premières phrases, est supprimé."},
			want: []string{"Le juge statue. Il motive.", A[1], A[2]}},
		{name: "rewritten", before: A,
			text: []string{"À " + art + ", le premier alinéa, à l'exception de sa première phrase, est ainsi rédigé : « Il se tait. »"},
			want: []string{"Le juge statue. Il se tait.", A[1], A[2]}},
		{name: "replaced", before: A,
			text: []string{"À " + art + ", le premier alinéa, à l'exception de sa première phrase, est remplacé par une phrase ainsi rédigée : « Il se tait. »"},
			want: []string{"Le juge statue. Il se tait.", A[1], A[2]}},
		{name: "an article but its last alinéa, repealed", before: A,
			text: []string{"L'article L. 1 du code civil, à l'exception de son dernier alinéa, est abrogé."},
			want: []string{A[2]}},
		{name: "an article but its first alinéa", before: A,
			text: []string{"L'article L. 1 du code civil, à l'exception de son premier alinéa, est abrogé."},
			want: []string{A[0]}},
		{name: "an article but its first alinéa, rewritten", before: A,
			text: []string{"L'article L. 1 du code civil, à l'exception de son premier alinéa, est ainsi rédigé :", "« Le préfet arrête. »"},
			want: []string{A[0], "Le préfet arrête."}},
		{name: "a part but its last alinéa: refused", before: []string{"I. – Le préfet vise :", "a) le contrat ;", "b) l'acte.", "II. – Le juge tranche."},
			text: []string{"Le I de " + art + ", à l'exception de son dernier alinéa, est abrogé."}},
		{name: "but its last sentence", before: A,
			text: []string{"Le premier alinéa de " + art + ", à l'exception de sa dernière phrase, est supprimé."},
			want: []string{"Il notifie.", A[1], A[2]}},
		{name: "but an article: refused", before: A,
			text: []string{"La section 1 du chapitre Ier du titre Ier du livre Ier du code civil, à l'exception de l'article L. 2, est abrogée."}},
		{name: "words except a place: read (parity14)", before: A,
			text: []string{"À " + art + ", à l'exception du dernier alinéa, le mot : « juge » est remplacé par le mot : « préfet »."},
			want: []string{"Le préfet statue. Il motive. Il notifie.", A[1], A[2]}},
	})
}
