package law

import (
	"errors"
	"strings"
	"testing"
)

// applied17 applies one bill alinéa to a code civil of the given
// articles and returns the articles after it, the instructions and the
// errors.
func applied17(arts map[string][]string, text string) (Corpus, []Instruction, []ApplyError) {
	c := Corpus{}
	for h, al := range arts {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	return got, ins, errs
}

// TestExcept17ArticleButParagraphs: an article repealed but for one of
// its paragraphs or several — "L'article L. 1, à l'exception de son II,
// est abrogé", "… est abrogé, sauf son II", "…, à l'exception des I et
// III, …", "…, hormis le III, …" — repeals every other paragraph as "Les
// I et III … sont abrogés" does; the paragraph kept keeps its label and
// its text. It was refused (a place named as an exception).
func TestExcept17ArticleButParagraphs(t *testing.T) {
	P := []string{"I. – Le juge signe.", "Il date.", "II. – Le juge tranche.", "III. – Le juge statue."}
	runGrammar(t, []grammarCase{
		{name: "à l'exception de son II", before: P, text: []string{"L'article L. 1 du code civil, à l'exception de son II, est abrogé."},
			want: []string{"I. – (Abrogé)", "II. – Le juge tranche.", "III. – (Abrogé)"}},
		{name: "sauf son II, after the verb", before: P, text: []string{"L'article L. 1 du code civil est abrogé, sauf son II."},
			want: []string{"I. – (Abrogé)", "II. – Le juge tranche.", "III. – (Abrogé)"}},
		{name: "des I et III", before: P, text: []string{"L'article L. 1 du code civil, à l'exception des I et III, est abrogé."},
			want: []string{"I. – Le juge signe.", "Il date.", "II. – (Abrogé)", "III. – Le juge statue."}},
		{name: "hormis le III", before: P, text: []string{"L'article L. 1 du code civil, hormis le III, est supprimé."},
			want: []string{"I. – (Abrogé)", "II. – (Abrogé)", "III. – Le juge statue."}},
		{name: "excepté son I", before: P, text: []string{"L'article L. 1 du code civil, excepté son I, est abrogé."},
			want: []string{"I. – Le juge signe.", "Il date.", "II. – (Abrogé)", "III. – (Abrogé)"}},
	})
}

// TestExcept17ArticleButParagraphsRefused: what the rest is must be
// certain, else the repeal is refused and the article stays whole —
// never repealed whole: text before its I, a paragraph kept it has not,
// every paragraph kept, a paragraph of a part kept out of that part (its
// head and label: not said), a part rewritten but for a paragraph.
func TestExcept17ArticleButParagraphsRefused(t *testing.T) {
	P := []string{"I. – Le juge signe.", "Il date.", "II. – Le juge tranche :", "1° Un ;", "2° Deux.", "III. – Le juge statue."}
	for _, tc := range []struct {
		before []string
		text   string
	}{
		{[]string{"Le juge lit.", "I. – Le juge signe.", "II. – Le juge tranche."}, "L'article L. 1 du code civil, à l'exception de son II, est abrogé."},
		{P, "L'article L. 1 du code civil, à l'exception de son IV, est abrogé."},
		{P, "L'article L. 1 du code civil, à l'exception de ses I, II et III, est abrogé."},
		{[]string{"Le juge signe.", "Le juge tranche."}, "L'article L. 1 du code civil, sauf son II, est abrogé."},
		{P, "Le II de l'article L. 1 du code civil, à l'exception de son 2°, est supprimé."},
		{P, "L'article L. 1 du code civil, à l'exception de son II, et l'article L. 2 du code civil sont abrogés."},
		{P, "L'article L. 1 du code civil, sauf son II, est ainsi rédigé : « Le juge lit. »"},
	} {
		got, ins, errs := applied17(map[string][]string{"L1": tc.before, "L2": {"Le juge lit."}}, tc.text)
		a, ok := got[CodeRef{Code: "code civil", Article: "l1"}]
		if !ok || strings.Join(a.Alineas, "|") != strings.Join(tc.before, "|") {
			t.Errorf("%s: the article became %v %q", tc.text, ok, a.Alineas)
		}
		read := false
		for _, in := range ins {
			read = read || in.Status == Parsed && len(in.Edits) > 0
		}
		if read && len(errs) == 0 {
			t.Errorf("%s: read and applied, want refused", tc.text)
		}
	}
	// The refusal at apply is typed.
	_, _, errs := applied17(map[string][]string{"L1": P}, "L'article L. 1 du code civil, à l'exception de son IV, est abrogé.")
	var pk errPartsKept
	if len(errs) != 1 || !errors.As(errs[0].Err, &pk) {
		t.Errorf("want errPartsKept, got %v", errs)
	}
}

// TestExcept17ExceptOwnPart: "sauf", "hormis", "excepté" before the verb
// with a part of the subject ("L'article L. 1, sauf son dernier alinéa,
// est abrogé") read as "à l'exception de" does (they were refused, the
// same words after the verb read).
func TestExcept17ExceptOwnPart(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche.", "Le juge statue."}
	runGrammar(t, []grammarCase{
		{name: "sauf son dernier alinéa", before: A, text: []string{"L'article L. 1 du code civil, sauf son dernier alinéa, est abrogé."},
			want: []string{"Le juge statue."}},
		{name: "hormis son premier alinéa", before: A, text: []string{"L'article L. 1 du code civil, hormis son premier alinéa, est abrogé."},
			want: []string{"Le juge signe."}},
	})
}

// TestExcept17Exclusion: "à l'exclusion de" is "à l'exception de" in
// every form the exceptions are read (a range repealed, an alinéa kept,
// a word operation over articles); it was read as no exception: the
// article L. 3 repealed with the others, the last alinéa deleted alone,
// the words replaced in the article left out too. In quoted text it is
// text.
func TestExcept17Exclusion(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche.", "Le juge statue."}
	runGrammar(t, []grammarCase{
		{name: "de son dernier alinéa", before: A, text: []string{"L'article L. 1 du code civil, à l'exclusion de son dernier alinéa, est abrogé."},
			want: []string{"Le juge statue."}},
		{name: "after the verb", before: A, text: []string{"L'article L. 1 du code civil est abrogé, à l'exclusion de son premier alinéa."},
			want: []string{"Le juge signe."}},
		{name: "quoted: text", before: A[:1], text: []string{"L'article L. 1 du code civil est complété par les mots : « , à l'exclusion de l'article L. 3 »."},
			want: []string{"Le juge signe, à l'exclusion de l'article L. 3."}},
	})
	arts := map[string][]string{}
	for _, h := range []string{"L1", "L2", "L3", "L4"} {
		arts[h] = []string{"Le juge A signe."}
	}
	checkKeptEdited(t, arts, []string{"l1", "l2", "l3", "l4"}, []keptEdited{
		{"Les articles L. 1 à L. 4 du code civil, à l'exclusion de l'article L. 3, sont abrogés.", "l3", ""},
		{"Les articles L. 1 à L. 4 du code civil sont abrogés, à l'exclusion de l'article L. 2.", "l2", ""},
		{"Aux articles L. 1 à L. 4 du code civil, à l'exclusion de l'article L. 2, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l2", "l1 l3 l4"},
	})
}

// TestExcept17SeveralArticles: a range of articles repealed, or words
// edited in it or in a whole code, but for several of its articles —
// "Les articles L. 1 à L. 5, à l'exception des articles L. 2 et L. 4,
// sont abrogés", "… sont abrogés, sauf les articles L. 2 et L. 4",
// "Aux articles L. 1 à L. 5, à l'exception des articles L. 2 et L. 4, les
// mots …", "Dans l'ensemble du code civil, sauf aux articles L. 5 et
// L. 7, …" — leaves out each of them (they were refused).
func TestExcept17SeveralArticles(t *testing.T) {
	arts := map[string][]string{}
	all := []string{"l1", "l2", "l3", "l4", "l5", "l6", "l7"}
	for _, h := range all {
		arts[strings.ToUpper(h)] = []string{"Le juge A signe."}
	}
	checkKeptEdited(t, arts, all, []keptEdited{
		{"Les articles L. 1 à L. 5 du code civil, à l'exception des articles L. 2 et L. 4, sont abrogés.", "l2 l4 l6 l7", ""},
		{"Les articles L. 1 à L. 5 du code civil sont abrogés, sauf les articles L. 2 et L. 4.", "l2 l4 l6 l7", ""},
		{"Les articles L. 1 à L. 5 du code civil, hormis les articles L. 1, L. 3 et L. 5, sont abrogés.", "l1 l3 l5 l6 l7", ""},
		{"Aux articles L. 1 à L. 5 du code civil, à l'exception des articles L. 2 et L. 4, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l2 l4 l6 l7", "l1 l3 l5"},
		{"Dans l'ensemble du code civil, sauf aux articles L. 5 et L. 7, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l5 l7", "l1 l2 l3 l4 l6"},
		{"Dans l'ensemble du code civil, à l'exception des articles L. 5 et L. 7, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l5 l7", "l1 l2 l3 l4 l6"},
	})
}

// TestExcept17SeveralArticlesRefused: an article kept that is not in the
// range, a list joined by "ou", an article of a list of articles excepted
// (the list names it and leaves it out: incoherent), several articles
// left out of a list: refused, no article repealed or edited.
func TestExcept17SeveralArticlesRefused(t *testing.T) {
	for _, text := range []string{
		"Les articles L. 1 à L. 5 du code civil, à l'exception des articles L. 2 et L. 9, sont abrogés.",
		"Les articles L. 1 à L. 5 du code civil, à l'exception des articles L. 2 ou L. 4, sont abrogés.",
		"Aux articles L. 1 à L. 5 du code civil, à l'exception des articles L. 2 et L. 9, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1, L. 2 et L. 3 du code civil, à l'exception de l'article L. 2, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1, L. 2 et L. 3 du code civil, à l'exception des articles L. 2 et L. 3, les mots : « A » sont remplacés par les mots : « B ».",
		"Les articles L. 1 à L. 5 du code civil, à l'exception des articles L. 2 et L. 2, sont abrogés.",
		"Les articles L. 1 à L. 5 du code civil, à l'exception des articles L. 2 et L. 4, sont ainsi rédigés : « Le juge lit. »",
	} {
		for _, in := range ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}}) {
			if in.Status == Parsed && len(in.Edits) > 0 {
				t.Errorf("%s: read %+v", text, in.Edits)
			}
		}
	}
}

// TestExcept17Reservation: "sous réserve de" names no place left out —
// what is reserved is not said — and is refused in bills (as before)
// and in amendments, where the place it named was taken for the place
// edited ("Supprimer les alinéas 3 à 6, sous réserve de l'alinéa 5"
// deleted the four; "À l'alinéa 4, sous réserve de la dernière phrase,
// remplacer …" replaced in the last sentence alone).
func TestExcept17Reservation(t *testing.T) {
	for _, text := range []string{
		"Les articles L. 1 à L. 5 du code civil, sous réserve de l'article L. 3, sont abrogés.",
		"Les articles L. 1 à L. 5 du code civil sont abrogés, sous réserve de l'article L. 3.",
		"L'article L. 1 du code civil, sous réserve de son dernier alinéa, est abrogé.",
		"Aux articles L. 1 à L. 5 du code civil, sous réserve de l'article L. 3, les mots : « A » sont remplacés par les mots : « B ».",
	} {
		for _, in := range ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}}) {
			if in.Status == Parsed && len(in.Edits) > 0 {
				t.Errorf("%s: read %+v", text, in.Edits)
			}
		}
	}
	B := []string{"Le juge un.", "Le juge deux.", "Le juge trois.", "Le juge quatre. Il date les mots. Il signe les mots.", "Le juge cinq.", "Le juge six."}
	runAmendments(t, []amCase{
		{"sous réserve de l'alinéa 5", B, "Supprimer les alinéas 3 à 6, sous réserve de l'alinéa 5.", nil},
		{"sous réserve de la dernière phrase", B, "À l'alinéa 4, sous réserve de la dernière phrase, remplacer les mots : « les mots » par les mots : « les noms ».", nil},
	})
}

// TestExcept17AmendmentExclusion: an amendment's "à l'exclusion de" is
// its "à l'exception de": the alinéas of a range deleted but one are
// read, a place left out of a word operation or a sentence kept out of
// an alinéa deleted is refused (the place left out was the one edited).
func TestExcept17AmendmentExclusion(t *testing.T) {
	B := []string{"Le juge un.", "Le juge deux.", "Le juge trois.", "Le juge quatre. Il date les mots. Il signe les mots.", "Le juge cinq.", "Le juge six.", "Le juge sept."}
	runAmendments(t, []amCase{
		{"à l'exclusion de l'alinéa 5", B, "Supprimer les alinéas 3 à 6, à l'exclusion de l'alinéa 5.", []string{B[0], B[1], B[4], B[6]}},
		{"à l'exception de l'alinéa 5", B, "Supprimer les alinéas 3 à 6, à l'exception de l'alinéa 5.", []string{B[0], B[1], B[4], B[6]}},
		{"à l'exclusion de la dernière phrase", B, "À l'alinéa 4, à l'exclusion de la dernière phrase, remplacer les mots : « les mots » par les mots : « les noms ».", nil},
		{"à l'exclusion de, after", B, "À l'alinéa 4, remplacer les mots : « les mots » par les mots : « les noms », à l'exclusion de la dernière phrase.", nil},
		{"sauf à la dernière phrase", B, "À l'alinéa 4, sauf à la dernière phrase, remplacer les mots : « les mots » par les mots : « les noms ».", nil},
		{"a sentence kept out of an alinéa deleted", B, "Supprimer l'alinéa 4, à l'exclusion de sa première phrase.", nil},
		{"exception faite de", B, "Supprimer les alinéas 3 à 6, exception faite de l'alinéa 5.", nil},
		{"quoted: text", B[:1], "Compléter cet article par l'alinéa suivant :\n\n« Le juge lit, à l'exclusion de l'alinéa 2. »", []string{B[0], "Le juge lit, à l'exclusion de l'alinéa 2."}},
	})
}

// keptEdited is an instruction over articles holding "Le juge A signe."
// and the heads it must leave as they were (kept) and turn to "Le juge B
// signe." (edited), each list in the order of the heads checked.
type keptEdited struct{ text, kept, edited string }

// checkKeptEdited applies each case's text to arts (applied17) and checks
// which of heads it kept and which it edited.
func checkKeptEdited(t *testing.T, arts map[string][]string, heads []string, cases []keptEdited) {
	t.Helper()
	for _, tc := range cases {
		got, _, errs := applied17(arts, tc.text)
		if len(errs) > 0 {
			t.Errorf("%s: %v", tc.text, errs)
			continue
		}
		var kept, edited []string
		for _, h := range heads {
			a, ok := got[CodeRef{Code: "code civil", Article: h}]
			switch {
			case ok && strings.Join(a.Alineas, "|") == "Le juge A signe.":
				kept = append(kept, h)
			case ok && strings.Join(a.Alineas, "|") == "Le juge B signe.":
				edited = append(edited, h)
			}
		}
		if strings.Join(kept, " ") != tc.kept || strings.Join(edited, " ") != tc.edited {
			t.Errorf("%s: kept %v edited %v, want %s / %s", tc.text, kept, edited, tc.kept, tc.edited)
		}
	}
}
