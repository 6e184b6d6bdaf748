package law

import (
	"errors"
	"strings"
	"testing"
)

// words24Case is a bill's line applied to article L. 1 (before); want
// nil: refused with the error err (errors.Is), the article unchanged.
type words24Case struct {
	name   string
	before []string
	text   string
	want   []string
	err    error
}

func runWords24(t *testing.T, cases []words24Case) {
	t.Helper()
	for _, tc := range cases {
		got, _, errs := applied17(map[string][]string{"L1": tc.before}, tc.text)
		a := got[CodeRef{Code: "code civil", Article: "l1"}]
		want := tc.want
		if want == nil {
			if len(errs) != 1 || !errors.Is(errs[0].Err, tc.err) {
				t.Errorf("%s: errors %v, want %v", tc.name, errs, tc.err)
			}
			want = tc.before
		} else if len(errs) != 0 {
			t.Errorf("%s: errors %v", tc.name, errs)
		}
		if strings.Join(a.Alineas, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", tc.name, a.Alineas, want)
		}
	}
}

// TestWords24PeriodOverColon: new words closed by a period whose end
// lands on the text's colon ("Le juge statue sur la demande :", « sur
// la demande » replaced by « sans délai. ») — the colon or the period
// meant is not said — are refused (errMarkOverMark22) whatever the
// operation: a replacement, an insertion after words, the end of a
// sentence rewritten, as a completion of the alinéa was (the period was
// dropped, and "la fin de la phrase" lost the colon: "Le juge statue
// sur la demande sans délai."). Mid-sentence before a word, before the
// text's period, before an item's semicolon, the period is still the
// line's, dropped.
func TestWords24PeriodOverColon(t *testing.T) {
	L := []string{"Le juge statue sur la demande :", "1° Sur la demande ;", "2° Sur la défense."}
	with := func(i int, s string) []string {
		out := append([]string(nil), L...)
		out[i-1] = s
		return out
	}
	runWords24(t, []words24Case{
		{name: "replaced before the colon", before: L, err: errMarkOverMark22,
			text: "Au premier alinéa de l'article L. 1 du code civil, les mots : « sur la demande » sont remplacés par les mots : « sans délai. »"},
		{name: "inserted before the colon", before: L, err: errMarkOverMark22,
			text: "Au premier alinéa de l'article L. 1 du code civil, après le mot : « demande », sont insérés les mots : « sans délai. »"},
		{name: "the sentence's end before the colon", before: L, err: errMarkOverMark22,
			text: "Au premier alinéa de l'article L. 1 du code civil, après le mot : « demande », la fin de la phrase est ainsi rédigée : « sans délai. »"},
		{name: "completed, as before", before: L, err: errMarkOverMark22,
			text: "Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « sans délai. »"},
		{name: "no period: the colon stays", before: L, want: with(1, "Le juge statue sans délai :"),
			text: "Au premier alinéa de l'article L. 1 du code civil, les mots : « sur la demande » sont remplacés par les mots : « sans délai »."},
		{name: "before an item's semicolon", before: L, want: with(2, "1° Sur la requête ;"),
			text: "Au 1° de l'article L. 1 du code civil, le mot : « demande » est remplacé par le mot : « requête. »"},
		{name: "an item's sentence end", before: L, want: with(2, "1° Sur la requête ;"),
			text: "Au 1° de l'article L. 1 du code civil, après le mot : « Sur », la fin de la phrase est ainsi rédigée : « la requête. »"},
		{name: "mid-sentence", before: []string{"Le juge statue sur la demande dans le mois."}, want: []string{"Le juge statue sans délai dans le mois."},
			text: "À l'article L. 1 du code civil, les mots : « sur la demande » sont remplacés par les mots : « sans délai. »"},
		{name: "before the text's period", before: []string{"Le juge statue sur la demande. Il signe."}, want: []string{"Le juge statue sans délai. Il signe."},
			text: "À l'article L. 1 du code civil, les mots : « sur la demande » sont remplacés par les mots : « sans délai. »"},
	})
}

// TestWords24ElisionAfterAnchor: new words put after an anchor that
// elides before them ("après le mot : « de », sont insérés les mots :
// « au moins »": "de au moins", French writes "d'au moins") are refused
// (errElisionAfterAnchor24), as new words replacing others were; a
// consonant, or an anchor that does not elide, stays applied.
func TestWords24ElisionAfterAnchor(t *testing.T) {
	L := []string{"Le délai est de deux mois."}
	runWords24(t, []words24Case{
		{name: "de, then a vowel", before: L, err: errElisionAfterAnchor24,
			text: "À l'article L. 1 du code civil, après le mot : « de », sont insérés les mots : « au moins »."},
		{name: "de, then a consonant", before: L, want: []string{"Le délai est de plus de deux mois."},
			text: "À l'article L. 1 du code civil, après le mot : « de », sont insérés les mots : « plus de »."},
		{name: "no eliding anchor", before: L, want: []string{"Le délai est au moins de deux mois."},
			text: "À l'article L. 1 du code civil, après le mot : « est », sont insérés les mots : « au moins »."},
	})
}

// TestWords24Contraction: an edit that leaves "de" or "à" before the
// article "le" or "les" and a noun — the new words' last word ("par le
// maire", « par » by « à »: "à le maire"), or their first after the
// text's ("à la commune", « la commune » by « le maire »: a noun in -re
// was taken for an infinitive) — is refused (errContractionNeeded24):
// French contracts them (au, aux, du, des). A pronoun before an
// infinitive ("de le faire", "de le transmettre"), and "de" before "la",
// stay applied.
func TestWords24Contraction(t *testing.T) {
	runWords24(t, []words24Case{
		{name: "à then le maire", before: []string{"La demande est faite par le maire."}, err: errContractionNeeded24,
			text: "À l'article L. 1 du code civil, le mot : « par » est remplacé par le mot : « à »."},
		{name: "au nom de then les maires", before: []string{"La demande est faite par les maires."}, err: errContractionNeeded24,
			text: "À l'article L. 1 du code civil, le mot : « par » est remplacé par les mots : « au nom de »."},
		{name: "le maire after à", before: []string{"La demande est faite à la commune."}, err: errContractionNeeded24,
			text: "À l'article L. 1 du code civil, les mots : « la commune » sont remplacés par les mots : « le maire »."},
		{name: "le ministre after de", before: []string{"Sur avis de la commune."}, err: errContractionNeeded24,
			text: "À l'article L. 1 du code civil, les mots : « la commune » sont remplacés par les mots : « le ministre »."},
		{name: "a pronoun, an infinitive", before: []string{"Il est tenu par le faire."}, want: []string{"Il est tenu de le faire."},
			text: "À l'article L. 1 du code civil, le mot : « par » est remplacé par le mot : « de »."},
		{name: "a pronoun, an infinitive in -ttre", before: []string{"Il est tenu de la saisir."}, want: []string{"Il est tenu de le transmettre."},
			text: "À l'article L. 1 du code civil, les mots : « la saisir » sont remplacés par les mots : « le transmettre »."},
		{name: "the word after a pronoun replaced", before: []string{"Il est tenu de le remettre."}, want: []string{"Il est tenu de le zorglub."},
			text: "À l'article L. 1 du code civil, le mot : « remettre » est remplacé par le mot : « zorglub »."},
		{name: "de then la", before: []string{"La demande est faite par la commune."}, want: []string{"La demande est faite de la commune."},
			text: "À l'article L. 1 du code civil, le mot : « par » est remplacé par le mot : « de »."},
	})
}

// TestWords24InfinitiveLike: the endings the verbs have, not the nouns'.
func TestWords24InfinitiveLike(t *testing.T) {
	for w, want := range map[string]bool{
		"faire": true, "satisfaire": true, "transmettre": true, "connaître": true, "prendre": true, "dire": true,
		"produire": true, "conclure": true, "suivre": true, "croire": true, "saisir": true, "notifier": true,
		"maire": false, "notaire": false, "ministre": false, "membre": false, "titre": false, "mesure": false,
		"mémoire": false, "ordre": false, "livre": false, "lettre": false, "maître": false, "père": false,
		"premier": false, "dernier": false, "dossier": false, "particulier": false, "métier": false, "publier": true, "modifier": true,
	} {
		if got := infinitiveLike24(w); got != want {
			t.Errorf("infinitiveLike24(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWords24SentenceSplit: the sign « ; » (« , », « : ») replaced by
// « . » begins a sentence: the next word takes a capital ("Il statue ;
// il signe." reads "Il statue. Il signe."; it gave "… statue. il
// signe."), as the reverse (joinsSentences) lowers it. Words replaced by the same in
// another case at a sentence's start (« Le » by « le »), which keeps
// its capital, leave the text as it was: refused (errCaseKept24); a
// sentence's first word replaced by others takes its capital.
func TestWords24SentenceSplit(t *testing.T) {
	L := []string{"Le juge statue ; il signe."}
	runWords24(t, []words24Case{
		{name: "semicolon to period", before: L, want: []string{"Le juge statue. Il signe."},
			text: "À l'article L. 1 du code civil, le signe : « ; » est remplacé par le signe : « . »."},
		{name: "a capital kept: refused", before: L, err: errCaseKept24,
			text: "À l'article L. 1 du code civil, le mot : « Le » est remplacé par le mot : « le »."},
		{name: "the first word replaced", before: L, want: []string{"Un nouveau juge statue ; il signe."},
			text: "À l'article L. 1 du code civil, le mot : « Le » est remplacé par les mots : « un nouveau »."},
	})
}

// TestWords24CommaBeforeMark: words added at the end of a text closing
// with a mark lose the comma they end with — "1° Sur la demande ;"
// completed by « , le cas échéant, » reads "1° Sur la demande, le cas
// échéant ;" (it gave "…, le cas échéant, ;"), so before a period; a
// text with no mark keeps it, a comma alone is left as said.
func TestWords24CommaBeforeMark(t *testing.T) {
	L := []string{"Le juge statue :", "1° Sur la demande ;", "2° Sur la défense."}
	runWords24(t, []words24Case{
		{name: "before a semicolon", before: L, want: []string{L[0], "1° Sur la demande, le cas échéant ;", L[2]},
			text: "À la fin du 1° de l'article L. 1 du code civil, sont ajoutés les mots : « , le cas échéant, »."},
		{name: "before a period", before: L, want: []string{L[0], L[1], "2° Sur la défense, le cas échéant."},
			text: "Le 2° de l'article L. 1 du code civil est complété par les mots : « , le cas échéant, »."},
	})
	for _, c := range []struct{ w, end, want string }{
		{", le cas échéant,", "", ", le cas échéant,"},
		{",", " ;", ","},
		{"et le clerc,", ".", "et le clerc"},
	} {
		if got := commaBeforeMark24(c.w, c.end); got != c.want {
			t.Errorf("commaBeforeMark24(%q, %q) = %q, want %q", c.w, c.end, got, c.want)
		}
	}
}
