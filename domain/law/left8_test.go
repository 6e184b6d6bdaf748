package law

import (
	"strings"
	"testing"
)

// The eighth pass on the closing note's leftovers: bill forms, each rule
// on a short phrase, and their neighbours kept as guards.

// left8Ctx is the head the items of these probes hang under.
const left8Ctx = "L'article L. 1 du code civil est ainsi modifié :"

func left8Grp(item string, lines ...string) []string {
	return append([]string{left8Ctx, item}, lines...)
}

// left8Items is a list between an introduction and a closing alinéa.
var left8Items = []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° Trois.", "Fin."}

// TestLeft8SameLawAfterVersion: "de la même loi" ("ladite loi") after a
// law named with a version clause naming another law, "l'article 2 de
// la loi n° 2000-1 …, dans sa rédaction issue de la loi n° 2010-5 …", is
// refused: the law edited or the one named last, the text does not say
// (it read the first; in one locator the second article was dropped).
// With no version clause, or one naming no other law, it is read.
func TestLeft8SameLawAfterVersion(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	named := "I. – L'article 2 de la loi n° 2000-1 du 1er janvier 2000"
	version := ", dans sa rédaction issue de la loi n° 2010-5 du 3 mars 2010,"
	law3 := []CodeRef{{Code: "loi 2000 1", Article: "3"}}
	for _, tc := range []struct {
		name string
		text []string
		want []CodeRef // the last instruction's; nil: refused
	}{
		{"de la même loi after a version clause", []string{named + version + " est abrogé.", "II. – À l'article 3 de la même loi" + op}, nil},
		{"the clause without commas", []string{named + " dans sa rédaction issue de la loi n° 2010-5 du 3 mars 2010 est abrogé.", "II. – À l'article 3 de la même loi" + op}, nil},
		{"de ladite loi after a version clause", []string{named + version + " est abrogé.", "II. – À l'article 3 de ladite loi" + op}, nil},
		{"tel que modifié par", []string{named + ", tel que modifié par la loi n° 2010-5 du 3 mars 2010, est abrogé.", "II. – À l'article 3 de la même loi" + op}, nil},
		{"in one locator", []string{"À l'article 2 de la loi n° 2000-1 du 1er janvier 2000" + version + " et à l'article 3 de la même loi" + op}, nil},
		{"no version clause", []string{named + " est abrogé.", "II. – À l'article 3 de la même loi" + op}, law3},
		{"a version clause naming no law", []string{named + ", dans sa rédaction issue de l'article 5 de la même loi, est abrogé.", "II. – À l'article 3 de la même loi" + op}, law3},
		{"the law named again by its number", []string{named + version + " est abrogé.", "II. – L'article 4 de la loi n° 2000-1 du 1er janvier 2000 est abrogé.", "III. – À l'article 3 de la même loi" + op}, law3},
		{"du même code after a version clause naming a law", []string{"I. – L'article L. 1 du code civil" + version + " est abrogé.", "II. – À l'article L. 3 du même code" + op}, []CodeRef{{Code: "code civil", Article: "l3"}}},
	} {
		lastRefs(t, tc.name, holdRefs(t, tc.text...), tc.want)
	}
}

// TestLeft8RepealedAlsoBare: "Le 1° est abrogé ainsi que le 3°", no
// comma before "ainsi que", is "Le 1° et le 3° sont abrogés" as with
// the comma (it was not understood); "ainsi que le prévoit …" is no
// second subject.
func TestLeft8RepealedAlsoBare(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "items", before: left8Items, text: left8Grp("1° Le 1° est abrogé ainsi que le 3° ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° Deux ;", "3° (Abrogé)."}},
		{name: "with the comma", before: left8Items, text: left8Grp("1° Le 1° est supprimé, ainsi que le 3° ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° Deux ;", "3° (Abrogé)."}},
		{name: "letters", before: []string{"Chapeau :", "a) Un ;", "b) Deux ;", "c) Trois."}, text: left8Grp("1° Le a est abrogé ainsi que le c ;"),
			want: []string{"Chapeau :", "a) (Abrogé) ;", "b) Deux ;", "c) (Abrogé)."}},
		{name: "an item and the last alinéa", before: left8Items, text: left8Grp("1° Le 1° est supprimé ainsi que le dernier alinéa ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° Deux ;", "3° Trois."}},
		{name: "alinéas by their rank", before: []string{"Un.", "Deux.", "Trois."}, text: left8Grp("1° Le premier alinéa est supprimé ainsi que le dernier ;"),
			want: []string{"Deux."}},
		{name: "articles", before: []string{"Un."}, more: map[string][]string{"L2": {"Deux."}},
			text: []string{"L'article L. 2 du code civil est abrogé ainsi que l'article L. 1 du même code."}, want: []string{}},
		{name: "ainsi que le prévoit: refused", before: left8Items, text: left8Grp("1° Le 1° est supprimé ainsi que le prévoit l'article 2 ;")},
		// One list, "les 1°, 2° et 3°" (TestLeft9ItemThenList).
		{name: "an item and items of a list", before: left8Items, text: left8Grp("1° Le 1° est supprimé ainsi que les 2° et 3° ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé)."}},
	})
}

// TestLeft8QuoteOpenedOnLine: new text whose quotation opens on the
// instruction's line and runs over the next alinéas, "Le second alinéa
// est ainsi rédigé : « Il signe." then "« Il date. »", is read as new
// text on lines of its own (it was refused: no new text); a line closing
// an inner quotation only ("« Il signe l'acte « X »." then "« Il date.
// »") goes on too (it wrote "Il signe l'acte « X", the next alinéa
// refused). One alinéa announced, two given, stays refused.
func TestLeft8QuoteOpenedOnLine(t *testing.T) {
	two := []string{"Un.", "Deux."}
	runGrammar(t, []grammarCase{
		{name: "an alinéa rewritten as two", before: two, text: left8Grp("1° Le second alinéa est ainsi rédigé : « Il signe.", "« Il date. » ;"),
			want: []string{"Un.", "Il signe.", "Il date."}},
		{name: "three, then an item", before: two, text: left8Grp("1° Le second alinéa est ainsi rédigé : « Il signe.", "« Il lit.", "« Il date. » ;", "2° Le premier alinéa est supprimé."),
			want: []string{"Il signe.", "Il lit.", "Il date."}},
		{name: "at the top of the article", before: two, text: []string{"Le second alinéa de l'article L. 1 du code civil est ainsi rédigé : « Il signe.", "« Il date. »"},
			want: []string{"Un.", "Il signe.", "Il date."}},
		{name: "two alinéas announced", before: two, text: left8Grp("1° Sont ajoutés deux alinéas ainsi rédigés : « Il signe.", "« Il date. » ;"),
			want: []string{"Un.", "Deux.", "Il signe.", "Il date."}},
		{name: "an item with its sub-items", before: left8Items, text: left8Grp("1° Le 2° est ainsi rédigé : « 2° Deuxième :", "« a) A ;", "« b) B ; » ;"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deuxième :", "a) A ;", "b) B ;", "3° Trois.", "Fin."}},
		{name: "an inner quotation closing the line", before: two, text: left8Grp("1° Le second alinéa est ainsi rédigé : « Il signe l'acte « X ».", "« Il date. » ;"),
			want: []string{"Un.", "Il signe l'acte « X ».", "Il date."}},
		{name: "a whole article", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé : « Art. L. 1. – Il signe.", "« Il date. »"},
			want: []string{"Il signe.", "Il date."}},
		{name: "on one line", before: two, text: left8Grp("1° Le second alinéa est ainsi rédigé : « Il signe. » ;"),
			want: []string{"Un.", "Il signe."}},
		{name: "one alinéa announced, two given: refused", before: two, text: left8Grp("1° Il est ajouté un alinéa ainsi rédigé : « Il signe.", "« Il date. » ;")},
		{name: "the next alinéa not quoted: refused", before: two, text: left8Grp("1° Le second alinéa est ainsi rédigé : « Il signe.", "Il date. » ;")},
	})
}

// TestLeft8SentencesOverAlineas: new sentences whose one quotation
// runs over several alinéas ("… complété par une phrase ainsi rédigée :"
// then "« Il signe." and "« Il date. »", on the instruction's line or
// not) are refused: a sentence holds no alinéa's break (they were joined
// into one alinéa, "Deux. Il signe. Il date."); sentences quoted one by
// one are read.
func TestLeft8SentencesOverAlineas(t *testing.T) {
	two := []string{"Un.", "Deux. Trois."}
	runGrammar(t, []grammarCase{
		{name: "one sentence announced: refused", before: two, text: left8Grp("1° Le second alinéa est complété par une phrase ainsi rédigée :", "« Il signe.", "« Il date. » ;")},
		{name: "on the instruction's line: refused", before: two, text: left8Grp("1° Le second alinéa est complété par une phrase ainsi rédigée : « Il signe.", "« Il date. » ;")},
		{name: "two sentences announced: refused", before: two, text: left8Grp("1° Le second alinéa est complété par deux phrases ainsi rédigées :", "« Il signe.", "« Il date. » ;")},
		{name: "inserted after a sentence: refused", before: two, text: left8Grp("1° Après la première phrase du second alinéa, sont insérées deux phrases ainsi rédigées :", "« Il signe.", "« Il date. » ;")},
		{name: "a sentence rewritten: refused", before: two, text: left8Grp("1° La première phrase du second alinéa est ainsi rédigée :", "« Il signe.", "« Il date. » ;")},
		{name: "two sentences quoted one by one", before: two, text: left8Grp("1° Le second alinéa est complété par deux phrases ainsi rédigées :", "« Il signe. »", "« Il date. » ;"),
			want: []string{"Un.", "Deux. Trois. Il signe. Il date."}},
		{name: "one sentence on one line", before: two, text: left8Grp("1° Le second alinéa est complété par une phrase ainsi rédigée : « Il signe. » ;"),
			want: []string{"Un.", "Deux. Trois. Il signe."}},
	})
}

// TestLeft8SpacedHeadingAfterLatin: a new article's heading typed with
// a spaced hyphen after a Latin adverb, "« Art. L. 1 bis - 1. – …", is
// article L. 1 bis-1 (it was refused: the new text's articles are not
// those named).
func TestLeft8SpacedHeadingAfterLatin(t *testing.T) {
	for _, tc := range []struct{ heading, num, key string }{
		{"« Art. L. 1 bis - 1. – Texte. »", "1 bis-1", "l1 bis-1"},
		{"« Art. L. 1 bis – 1. – Texte. »", "1 bis-1", "l1 bis-1"},
		{"« Art. L. 1 bis-1. – Texte. »", "1 bis-1", "l1 bis-1"},
		{"« Art. L. 1 ter - 2. – Texte. »", "1 ter-2", "l1 ter-2"},
		{"« Art. L. 1 - 1. – Texte. »", "1-1", "l1-1"},
	} {
		ref := CodeRef{Code: "code civil", Article: "l1"}
		c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: []string{"Un."}}}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Après l'article L. 1 du code civil, il est inséré un article L. " + tc.num + " ainsi rédigé :", tc.heading}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if ins[0].Status != Parsed || len(errs) > 0 {
			t.Fatalf("%s: %s %s %v", tc.heading, ins[0].Status, ins[0].Reason, errs)
		}
		if a := got[CodeRef{Code: "code civil", Article: tc.key}]; strings.Join(a.Alineas, "|") != "Texte." {
			t.Errorf("%s: article %s holds %q", tc.heading, tc.key, a.Alineas)
		}
	}
}

// TestLeft8RelabelCapital: an item relabelled under a label with
// capitals, "Le 1° devient le 1° A", "Le I devient le I A" (it was
// refused: a renumbering into a division); out of its list's order ("Le
// 3° devient le 1° A" after a 2°) refused, as a letter's ("Le a devient
// le a A": "a A)" is no label read) and a change of kind.
func TestLeft8RelabelCapital(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "1° A", before: left8Items, text: left8Grp("1° Le 1° devient le 1° A ;"),
			want: []string{"Chapeau :", "1° A Un ;", "2° Deux ;", "3° Trois.", "Fin."}},
		{name: "2° A", before: left8Items, text: left8Grp("1° Le 2° devient le 2° A ;"),
			want: []string{"Chapeau :", "1° Un ;", "2° A Deux ;", "3° Trois.", "Fin."}},
		{name: "I A", before: []string{"I. – Un.", "II. – Deux."}, text: left8Grp("1° Le I devient le I A ;"),
			want: []string{"I A. – Un.", "II. – Deux."}},
		{name: "the 1° of the I", before: []string{"I. – Un :", "1° Un ;", "2° Deux.", "II. – Deux."}, text: left8Grp("1° Le 1° du I devient le 1° A ;"),
			want: []string{"I. – Un :", "1° A Un ;", "2° Deux.", "II. – Deux."}},
		{name: "then a 1° inserted after it", before: left8Items, text: left8Grp("1° Le 1° devient le 1° A ;", "2° Après le 1° A, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »"),
			want: []string{"Chapeau :", "1° A Un ;", "1° Nouveau ;", "2° Deux ;", "3° Trois.", "Fin."}},
		{name: "out of order after the 2°: refused", before: left8Items, text: left8Grp("1° Le 3° devient le 1° A ;")},
		{name: "out of order after the 1°: refused", before: left8Items, text: left8Grp("1° Le 2° devient le 1° AA ;")},
		{name: "a letter: refused", before: []string{"Chapeau :", "a) Un ;", "b) Deux."}, text: left8Grp("1° Le a devient le a A ;")},
		{name: "another kind: refused", before: left8Items, text: left8Grp("1° Le 1° devient le a A ;")},
	})
}

// TestLeft8Guards: the other forms of this pass's brief, as they read —
// a swap of two items' labels is refused (each label is in force when
// the other takes it); items and an alinéa of a division named after
// them stay refused (whether the items are the division's is not said);
// several edits joined by "et" or ";", a head "ainsi modifié" with a),
// b), "au début du 2°", "le dernier alinéa du 2°", a 3° re-established
// over its placeholder.
func TestLeft8Guards(t *testing.T) {
	words := []string{"Le juge signe et date l'acte du maire."}
	parts := []string{"I. – Premier :", "1° Un ;", "2° Deux ;", "3° Trois.", "Dernier du I.", "II. – Deuxième."}
	deep := []string{"Chapeau :", "1° Un ;", "2° Deux :", "a) A ;", "b) B ;", "Fin du deux ;", "3° Trois."}
	abrogated := []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° (Abrogé)", "4° Quatre."}
	runGrammar(t, []grammarCase{
		{name: "a swap: refused", before: left8Items, text: left8Grp("1° Les 1° et 2° deviennent respectivement les 2° et 1° ;")},
		{name: "a swap in two clauses: refused", before: left8Items, text: left8Grp("1° Le 1° devient le 2° et le 2° devient le 1° ;")},
		{name: "a rotation: refused", before: left8Items, text: left8Grp("1° Les 1° à 3° deviennent respectivement les 2°, 3° et 1° ;")},
		{name: "items and an alinéa of the I: refused", before: parts, text: left8Grp("1° Le 1°, le 2° et le dernier alinéa du I sont supprimés ;")},
		{name: "two items and an alinéa of the I: refused", before: parts, text: left8Grp("1° Les 1° et 2° et le dernier alinéa du I sont supprimés ;")},
		{name: "items and the last alinéa", before: left8Items, text: left8Grp("1° Le 1°, le 2° et le dernier alinéa sont supprimés ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Trois."}},
		{name: "deleted and replaced, joined by et", before: words, text: left8Grp("1° Le mot : « juge » est remplacé par le mot : « greffier » et les mots : « du maire » sont remplacés par les mots : « du préfet » ;"),
			want: []string{"Le greffier signe et date l'acte du préfet."}},
		{name: "joined by ;", before: words, text: left8Grp("1° Le mot : « juge » est remplacé par le mot : « greffier » ; les mots : « du maire » sont remplacés par les mots : « du préfet » ;"),
			want: []string{"Le greffier signe et date l'acte du préfet."}},
		{name: "inserted then replaced", before: words, text: left8Grp("1° Après le mot : « signe », sont insérés les mots : « , lit » et le mot : « juge » est remplacé par le mot : « greffier » ;"),
			want: []string{"Le greffier signe, lit et date l'acte du maire."}},
		{name: "three edits", before: words, text: left8Grp("1° Le mot : « juge » est remplacé par le mot : « greffier », le mot : « signe » est remplacé par le mot : « lit » et les mots : « du maire » sont remplacés par les mots : « du préfet » ;"),
			want: []string{"Le greffier lit et date l'acte du préfet."}},
		{name: "ainsi modifié with a) and b)", before: left8Items, text: left8Grp("1° Le 2° est ainsi modifié :", "a) Le mot : « Deux » est remplacé par le mot : « Dos » ;", "b) Il est complété par les mots : « et plus » ;"),
			want: []string{"Chapeau :", "1° Un ;", "2° Dos et plus ;", "3° Trois.", "Fin."}},
		{name: "a) rewrites the I's 1°, b) edits its 2°", before: []string{"I. – Chapeau :", "1° Un ;", "2° Deux.", "II. – Autre."}, text: left8Grp("1° Le I est ainsi modifié :", "a) Le 1° est ainsi rédigé :", "« 1° Uno ; »", "b) Au 2°, le mot : « Deux » est remplacé par le mot : « Dos » ;", "2° Le II est abrogé."),
			want: []string{"I. – Chapeau :", "1° Uno ;", "2° Dos.", "II. – (Abrogé)"}},
		{name: "au début du 2°", before: left8Items, text: left8Grp("1° Au début du 2°, sont insérés les mots : « Le » ;"),
			want: []string{"Chapeau :", "1° Un ;", "2° Le Deux ;", "3° Trois.", "Fin."}},
		{name: "à la fin du 2°", before: left8Items, text: left8Grp("1° À la fin du 2°, les mots : « Deux » sont remplacés par les mots : « Dos » ;"),
			want: []string{"Chapeau :", "1° Un ;", "2° Dos ;", "3° Trois.", "Fin."}},
		{name: "the last alinéa of the 2°", before: deep, text: left8Grp("1° Le dernier alinéa du 2° est complété par les mots : « et plus » ;"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deux :", "a) A ;", "b) B ;", "Fin du deux et plus ;", "3° Trois."}},
		{name: "the first alinéa of the 2°", before: deep, text: left8Grp("1° Le premier alinéa du 2° est complété par les mots : « et plus » ;"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deux et plus :", "a) A ;", "b) B ;", "Fin du deux ;", "3° Trois."}},
		{name: "a 3° re-established over its placeholder", before: abrogated, text: left8Grp("1° Le 3° est ainsi rétabli :", "« 3° Trois ; »"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."}},
		{name: "a 3° with its sub-items re-established", before: abrogated, text: left8Grp("1° Le 3° est ainsi rétabli :", "« 3° Trois :", "« a) A ;", "« b) B ; »"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° Trois :", "a) A ;", "b) B ;", "4° Quatre."}},
		{name: "il est rétabli un 3°", before: abrogated, text: left8Grp("1° Il est rétabli un 3° ainsi rédigé :", "« 3° Trois ; »"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."}},
		{name: "a b) re-established", before: []string{"Chapeau :", "a) Un ;", "b) (Abrogé)", "c) Trois."}, text: left8Grp("1° Le b est ainsi rétabli :", "« b) Deux ; »"),
			want: []string{"Chapeau :", "a) Un ;", "b) Deux ;", "c) Trois."}},
		{name: "a 3° in force re-established: refused", before: left8Items, text: left8Grp("1° Le 3° est ainsi rétabli :", "« 3° Trois ; »")},
	})
}
