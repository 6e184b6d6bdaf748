package law

import (
	"strings"
	"testing"
)

// parsedSome18 reports whether text is read into some edit.
func parsedSome18(text string) bool {
	for _, in := range ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}}) {
		if in.Status == Parsed && len(in.Edits) > 0 {
			return true
		}
	}
	return false
}

// TestExcept18AlreadyRepealed: an article repealed but for a paragraph
// whose other paragraphs are already "(Abrogé)": a repeal of what is
// repealed changes nothing, as "Le I de l'article L. 1 est abrogé" on
// "I. – (Abrogé)" does — the I stays "I. – (Abrogé)" (not repealed
// twice), the III is repealed, the II kept; every other paragraph
// repealed already, the article stays as it is, no error.
func TestExcept18AlreadyRepealed(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "the I repealed already", before: []string{"I. – (Abrogé)", "II. – Le juge tranche.", "III. – Le juge statue."},
			text: []string{"L'article L. 1 du code civil, à l'exception de son II, est abrogé."},
			want: []string{"I. – (Abrogé)", "II. – Le juge tranche.", "III. – (Abrogé)"}},
		{name: "every other one repealed already", before: []string{"I. – (Abrogé)", "II. – (Abrogé)", "III. – Le juge statue."},
			text: []string{"L'article L. 1 du code civil, à l'exception de son III, est abrogé."},
			want: []string{"I. – (Abrogé)", "II. – (Abrogé)", "III. – Le juge statue."}},
	})
}

// TestExcept18ListOfArticlesLeftOut: three articles or more left out of a
// word operation over a range, the list written with commas ("à
// l'exception des articles L. 2, L. 4 et L. 6", "sauf aux articles …",
// before or after the operation), leave out each (it was refused: the
// commas were not read); an article of the list out of the range, or a
// list joined by "ou", refuses the whole instruction.
func TestExcept18ListOfArticlesLeftOut(t *testing.T) {
	arts := map[string][]string{}
	all := []string{"l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l9"}
	for _, h := range all {
		arts[strings.ToUpper(h)] = []string{"Le juge A signe."}
	}
	checkKeptEdited(t, arts, all, []keptEdited{
		{"Aux articles L. 1 à L. 7 du code civil, à l'exception des articles L. 2, L. 4 et L. 6, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l2 l4 l6 l8 l9", "l1 l3 l5 l7"},
		{"Aux articles L. 1 à L. 7 du code civil, sauf aux articles L. 2, L. 3, L. 4 et L. 6, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l2 l3 l4 l6 l8 l9", "l1 l5 l7"},
		{"Aux articles L. 1 à L. 7 du code civil, les mots : « juge A » sont remplacés par les mots : « juge B », à l'exception des articles L. 2, L. 4 et L. 6.", "l2 l4 l6 l8 l9", "l1 l3 l5 l7"},
		{"Dans l'ensemble du code civil, à l'exception des articles L. 1, L. 5 et L. 9, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l1 l5 l9", "l2 l3 l4 l6 l7 l8"},
	})
	for _, text := range []string{
		"Aux articles L. 1 à L. 7 du code civil, à l'exception des articles L. 2, L. 4 et L. 9, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1 à L. 7 du code civil, à l'exception des articles L. 2, L. 4 ou L. 6, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1 à L. 7 du code civil, à l'exception des articles L. 2, L. 4 et L. 4, les mots : « A » sont remplacés par les mots : « B ».",
		"Aux articles L. 1 à L. 7 du code civil, à l'exception des articles L. 2, L. 4 et du 3° de l'article L. 6, les mots : « A » sont remplacés par les mots : « B ».",
	} {
		if parsedSome18(text) {
			t.Errorf("%s: read, want refused", text)
		}
	}
}

// TestExcept18OtherWords: "exception faite de", "exclusion faite de", "à
// l'exception toutefois de" are "à l'exception de" (they were refused: a
// place named as an exception, or a part of an article not read);
// "excepté le II" was read already. In quoted text they are text.
func TestExcept18OtherWords(t *testing.T) {
	P := []string{"I. – Le juge signe.", "II. – Le juge tranche.", "III. – Le juge statue."}
	want := []string{"I. – (Abrogé)", "II. – Le juge tranche.", "III. – (Abrogé)"}
	runGrammar(t, []grammarCase{
		{name: "exception faite de son II", before: P, text: []string{"L'article L. 1 du code civil, exception faite de son II, est abrogé."}, want: want},
		{name: "exclusion faite du II", before: P, text: []string{"L'article L. 1 du code civil est abrogé, exclusion faite du II."}, want: want},
		{name: "à l'exception toutefois de son II", before: P, text: []string{"L'article L. 1 du code civil, à l'exception toutefois de son II, est abrogé."}, want: want},
		{name: "excepté le II", before: P, text: []string{"L'article L. 1 du code civil, excepté le II, est abrogé."}, want: want},
		{name: "quoted: text", before: P[:1], text: []string{"Le I de l'article L. 1 du code civil est complété par les mots : « , exception faite de l'article L. 3 »."},
			want: []string{"I. – Le juge signe, exception faite de l'article L. 3."}},
	})
	arts := map[string][]string{}
	for _, h := range []string{"L1", "L2", "L3", "L4"} {
		arts[h] = []string{"Le juge A signe."}
	}
	checkKeptEdited(t, arts, []string{"l1", "l2", "l3", "l4"}, []keptEdited{
		{"Les articles L. 1 à L. 4 du code civil, exception faite de l'article L. 3, sont abrogés.", "l3", ""},
		{"Les articles L. 1 à L. 4 du code civil, à l'exception toutefois des articles L. 2 et L. 3, sont abrogés.", "l2 l3", ""},
		{"Aux articles L. 1 à L. 4 du code civil, exclusion faite des articles L. 2 et L. 4, les mots : « juge A » sont remplacés par les mots : « juge B ».", "l2 l4", "l1 l3"},
	})
	// Words named by the new forms stay refused, as "à l'exception des
	// mots" is.
	if parsedSome18("À l'article L. 1 du code civil, exception faite des mots : « A », le mot : « B » est supprimé.") {
		t.Errorf("words excepted: read")
	}
}

// TestExcept18PartOfPart: a paragraph repealed but for its first alinéa
// (or first alinéas) keeps the alinéa bearing its label: the rest goes,
// as "Les deuxième à dernier alinéas du II" would. Refused, the article
// as it was: the last alinéa of a paragraph kept (label lost or taken:
// not said), an item of a paragraph kept out of the article repealed
// ("à l'exception du 2° de son II": the II's head and label not said),
// an item kept out of a paragraph repealed.
func TestExcept18PartOfPart(t *testing.T) {
	Q := []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° Un ;", "2° Deux.", "Il date.", "III. – Le juge statue."}
	runGrammar(t, []grammarCase{
		{name: "the II but its first alinéa", before: Q, text: []string{"Le II de l'article L. 1 du code civil, à l'exception de son premier alinéa, est abrogé."},
			want: []string{"I. – Le juge signe.", "II. – Le juge tranche :", "III. – Le juge statue."}},
		{name: "the II but its two first alinéas", before: Q, text: []string{"Le II de l'article L. 1 du code civil, à l'exception de ses deux premiers alinéas, est supprimé."},
			want: []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° Un.", "III. – Le juge statue."}},
	})
	for _, text := range []string{
		"Le II de l'article L. 1 du code civil, à l'exception de son dernier alinéa, est abrogé.",
		"L'article L. 1 du code civil, à l'exception du 2° de son II, est abrogé.",
		"L'article L. 1 du code civil est abrogé, à l'exception du 2° de son II.",
		"Le II de l'article L. 1 du code civil, à l'exception de son 2°, est abrogé.",
		"Le 2° du II de l'article L. 1 du code civil, à l'exception de son premier alinéa, est abrogé.",
	} {
		got, ins, errs := applied17(map[string][]string{"L1": Q}, text)
		a := got[CodeRef{Code: "code civil", Article: "l1"}]
		if strings.Join(a.Alineas, "|") != strings.Join(Q, "|") {
			t.Errorf("%s: the article became %q", text, a.Alineas)
		}
		for _, in := range ins {
			if in.Status == Parsed && len(in.Edits) > 0 && len(errs) == 0 {
				t.Errorf("%s: read and applied, want refused", text)
			}
		}
	}
	// A paragraph of one alinéa has no second to delete: an error, the
	// article as it was.
	one := []string{"I. – Le juge signe.", "II. – Le juge tranche.", "III. – Le juge statue."}
	got, _, errs := applied17(map[string][]string{"L1": one}, "Le II de l'article L. 1 du code civil, à l'exception de son premier alinéa, est abrogé.")
	if a := got[CodeRef{Code: "code civil", Article: "l1"}]; len(errs) != 1 || strings.Join(a.Alineas, "|") != strings.Join(one, "|") {
		t.Errorf("a paragraph of one alinéa: errors %v, the article %q", errs, a.Alineas)
	}
}

// TestExcept18RangeRewritten: a range of articles rewritten but for one
// of them ("Les articles L. 1 à L. 3, à l'exception de l'article L. 2,
// sont ainsi rédigés : …") is incoherent — one text for articles the
// exception tells apart — and refused, the L. 2 never rewritten, with
// one text or one per article.
func TestExcept18RangeRewritten(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge un."}, "L2": {"Le juge deux."}, "L3": {"Le juge trois."}}
	for _, text := range []string{
		"Les articles L. 1 à L. 3 du code civil, à l'exception de l'article L. 2, sont ainsi rédigés : « Le juge lit. »",
		"Les articles L. 1 à L. 3 du code civil sont ainsi rédigés, à l'exception de l'article L. 2 : « Le juge lit. »",
		"Les articles L. 1 à L. 3 du code civil, exception faite de l'article L. 2, sont ainsi rédigés :\n« Art. L. 1. – Le juge lit. »\n« Art. L. 3. – Le juge dit. »",
	} {
		got, ins, _ := applied17(arts, text)
		for h, al := range arts {
			a := got[CodeRef{Code: "code civil", Article: ArticleKey(h)}]
			if strings.Join(a.Alineas, "|") != strings.Join(al, "|") {
				t.Errorf("%s: %s became %q", text, h, a.Alineas)
			}
		}
		for _, in := range ins {
			if in.Status == Parsed && len(in.Edits) > 0 {
				t.Errorf("%s: read %+v", text, in.Edits)
			}
		}
	}
}
