package law

import (
	"errors"
	"strings"
	"testing"
)

// q19 is an article of three paragraphs whose II holds a list of five
// items and two alinéas after it.
var q19 = []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre ;", "5° Cinq.", "Il date.", "Il clôt.", "III. – Le juge statue."}

// refused19 checks that each text is refused — not read, or read and
// failing at apply — and leaves the article L. 1 (before) as it was.
func refused19(t *testing.T, before []string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		got, ins, errs := applied17(map[string][]string{"L1": before}, text)
		a := got[CodeRef{Code: "code civil", Article: "l1"}]
		if strings.Join(a.Alineas, "|") != strings.Join(before, "|") {
			t.Errorf("%s: the article became %q", text, a.Alineas)
		}
		for _, in := range ins {
			if in.Status == Parsed && len(in.Edits) > 0 && len(errs) == 0 {
				t.Errorf("%s: read and applied, want refused", text)
			}
		}
	}
}

// TestExcept19RangeButSeveralItems: a range of items repealed but for
// several of them, "Les 1° à 5° du II, à l'exception des 3° et 4°, sont
// abrogés" (also "sauf les …" after the verb, "hormis les 1°, 3° et
// 5°"), repeals the others and keeps those as they are (it was refused:
// only one item kept was read). An item kept out of the range, every
// item kept, an item twice, "ou", or a range rewritten are refused.
func TestExcept19RangeButSeveralItems(t *testing.T) {
	items19 := []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre ;", "5° Cinq.", "III. – Le juge statue."}
	runGrammar(t, []grammarCase{
		{name: "à l'exception des 3° et 4°", before: items19, text: []string{"Les 1° à 5° du II de l'article L. 1 du code civil, à l'exception des 3° et 4°, sont abrogés."},
			want: []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Trois ;", "4° Quatre ;", "5° (Abrogé).", "III. – Le juge statue."}},
		{name: "sauf les 3° et 4° after the verb", before: items19, text: []string{"Les 1° à 5° du II de l'article L. 1 du code civil sont abrogés, sauf les 3° et 4°."},
			want: []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Trois ;", "4° Quatre ;", "5° (Abrogé).", "III. – Le juge statue."}},
		{name: "hormis les 1°, 3° et 5°", before: items19, text: []string{"Les 1° à 5° du II de l'article L. 1 du code civil, hormis les 1°, 3° et 5°, sont supprimés."},
			want: []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° Un ;", "2° (Abrogé) ;", "3° Trois ;", "4° (Abrogé) ;", "5° Cinq.", "III. – Le juge statue."}},
	})
	refused19(t, items19,
		"Les 1° à 3° du II de l'article L. 1 du code civil, à l'exception des 3° et 4°, sont abrogés.",
		"Les 1° à 2° du II de l'article L. 1 du code civil, à l'exception des 1° et 2°, sont abrogés.",
		"Les 1° à 5° du II de l'article L. 1 du code civil, à l'exception des 3° ou 4°, sont abrogés.",
		"Les 1° à 5° du II de l'article L. 1 du code civil, à l'exception des 3° et 3°, sont abrogés.",
		"Les 1° à 5° du II de l'article L. 1 du code civil, à l'exception des 3° et 4°, sont ainsi rédigés : « 1° Le juge lit. »",
		"Le II de l'article L. 1 du code civil, à l'exception des 3° et 5°, est abrogé.",
	)
	// Quoted, the words are text.
	runGrammar(t, []grammarCase{
		{name: "quoted", before: []string{"Le juge signe."}, text: []string{"L'article L. 1 du code civil est complété par les mots : « , à l'exception des 3° et 4° »."},
			want: []string{"Le juge signe, à l'exception des 3° et 4°."}},
	})
}

// TestExcept19ButTwoLastAlineas: an article deleted or rewritten but
// for its two last alinéas, "L'article L. 1, à l'exception de ses deux
// derniers alinéas, est abrogé" (the exception before or after the
// verb), is "Les premier à antépénultième alinéas …" (it was refused,
// while the last one alone was read). Of a paragraph, or three last
// alinéas, stays refused.
func TestExcept19ButTwoLastAlineas(t *testing.T) {
	q19no := []string{"Le juge signe.", "Il date.", "Il clôt.", "Le juge statue."}
	runGrammar(t, []grammarCase{
		{name: "before the verb", before: q19no, text: []string{"L'article L. 1 du code civil, à l'exception de ses deux derniers alinéas, est abrogé."},
			want: []string{"Il clôt.", "Le juge statue."}},
		{name: "after the verb", before: q19no, text: []string{"L'article L. 1 du code civil est abrogé, à l'exception de ses deux derniers alinéas."},
			want: []string{"Il clôt.", "Le juge statue."}},
		{name: "rewritten", before: []string{"Le juge signe.", "Il date.", "Il clôt.", "Il part."}, text: []string{"L'article L. 1 du code civil, à l'exception de ses deux derniers alinéas, est ainsi rédigé : « Le juge lit. »"},
			want: []string{"Le juge lit.", "Il clôt.", "Il part."}},
	})
	refused19(t, q19,
		// "Il clôt." sits under the II, whose line goes: whether it
		// keeps the II's label is not said (errKeptUnderLostLabel,
		// mend19; it lost it).
		"L'article L. 1 du code civil, à l'exception de ses deux derniers alinéas, est abrogé.",
		"L'article L. 1 du code civil est abrogé, à l'exception de ses deux derniers alinéas.",
		"Le II de l'article L. 1 du code civil, à l'exception de ses deux derniers alinéas, est abrogé.",
		"L'article L. 1 du code civil, à l'exception de ses trois derniers alinéas, est abrogé.",
	)
	// Two alinéas only: nothing before the two last, an error.
	refused19(t, []string{"Le juge signe.", "Il date."}, "L'article L. 1 du code civil, à l'exception de ses deux derniers alinéas, est abrogé.")
}

// TestExcept19ArticleHeadInPart: new text for a part of an article that
// opens with an article's heading, "L'article L. 1, à l'exception de
// son dernier alinéa, est ainsi rédigé : « Art. L. 1. – … »", "Le
// deuxième alinéa … est ainsi rédigé : « Art. L. 1. – … »", is refused
// (errHeadInPart): the heading was kept as an alinéa inside the article.
// The whole article rewritten reads it as before; an article whose own
// alinéas open with a heading (a bill quoting one) is not concerned.
func TestExcept19ArticleHeadInPart(t *testing.T) {
	for _, text := range []string{
		"L'article L. 1 du code civil, à l'exception de son dernier alinéa, est ainsi rédigé : « Art. L. 1. – Le juge lit. »",
		"L'article L. 1 du code civil, à l'exception de son premier alinéa, est ainsi rédigé : « Art. L. 1. – Le juge lit. »",
		"Le deuxième alinéa de l'article L. 1 du code civil est ainsi rédigé : « Art. L. 1. – Le juge lit. »",
		"Les deuxième à dernier alinéas de l'article L. 1 du code civil sont ainsi rédigés : « Art. L. 1. – Le juge lit. »",
	} {
		got, _, errs := applied17(map[string][]string{"L1": q19}, text)
		if len(errs) != 1 || !errors.Is(errs[0].Err, errHeadInPart) {
			t.Errorf("%s: errors %v, want errHeadInPart", text, errs)
		}
		if a := got[CodeRef{Code: "code civil", Article: "l1"}]; strings.Join(a.Alineas, "|") != strings.Join(q19, "|") {
			t.Errorf("%s: the article became %q", text, a.Alineas)
		}
	}
	runGrammar(t, []grammarCase{
		{name: "the whole article", before: q19, text: []string{"L'article L. 1 du code civil est ainsi rédigé : « Art. L. 1. – Le juge lit. »"},
			want: []string{"Le juge lit."}},
		{name: "an article quoting one", before: []string{"Le code est ainsi modifié :", "« Art. L. 5. – Le juge signe. »", "« Il date. »"},
			text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est ainsi rédigé : « Art. L. 5. – Le juge lit. »"},
			want: []string{"Le code est ainsi modifié :", "Art. L. 5. – Le juge lit.", "« Il date. »"}},
	})
}

// TestExcept19Decided: the forms probed and left as they read, each
// decided. A paragraph rewritten but for its first alinéa keeps that
// alinéa as it is — its colon too: the law leaves it unchanged, and
// nothing of the instruction (its own colon) goes into the text; new
// text bearing the kept alinéa's label is refused. An item two levels
// down kept out of an article repealed, an item kept out of a paragraph
// repealed or rewritten (what becomes of the paragraph's head and label
// is not said), and a repeal "sous réserve de" another text or part (a
// reservation of law, not a place kept: whether the repeal then holds,
// and from when, is not said) stay refused, the article as it was.
func TestExcept19Decided(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "the II but its first alinéa rewritten", before: q19,
			text: []string{"Le II de l'article L. 1 du code civil, à l'exception de son premier alinéa, est ainsi rédigé :", "« Le juge lit. »"},
			want: []string{"I. – Le juge signe.", "II. – Le juge tranche :", "Le juge lit.", "III. – Le juge statue."}},
		{name: "items in place of the list", before: q19,
			text: []string{"Le II de l'article L. 1 du code civil, à l'exception de son premier alinéa, est ainsi rédigé :", "« 1° Le juge lit ; »", "« 2° Le juge dit. »"},
			want: []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° Le juge lit ;", "2° Le juge dit.", "III. – Le juge statue."}},
	})
	refused19(t, q19,
		"Le II de l'article L. 1 du code civil, à l'exception de son premier alinéa, est ainsi rédigé : « II. – Le juge lit. »",
		"L'article L. 1 du code civil, à l'exception du 2° de son II, est abrogé.",
		"L'article L. 1 du code civil est abrogé, à l'exception du 2° de son II.",
		"Le II de l'article L. 1 du code civil, à l'exception de son 2°, est supprimé.",
		"Le II de l'article L. 1 du code civil, à l'exception de son 2°, est abrogé.",
		"Le II de l'article L. 1 du code civil, sauf son 2°, est supprimé.",
		"Le II de l'article L. 1 du code civil est supprimé, sauf le 2°.",
		"Le II de l'article L. 1 du code civil, à l'exception de son 2°, est ainsi rédigé : « Le juge lit. »",
		"Sous réserve de l'article 5, l'article L. 1 du code civil est abrogé.",
		"Sous réserve des dispositions du II, l'article L. 1 du code civil est abrogé.",
		"L'article L. 1 du code civil est abrogé, sous réserve de l'article 5.",
		"L'article L. 1 du code civil, sous réserve du III, est abrogé.",
		"Sous réserve de l'article 5, à l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire ».",
		"L'article L. 1 du code civil, sauf en ce qui concerne son III, est abrogé.",
		"L'article L. 1 du code civil est abrogé, sauf en ce qui concerne son III.",
	)
}

// TestExcept19WordsButBareLabel: a part left out of a word operation by
// its label with an article, "À l'article L. 1, sauf le III, le mot …"
// ("hormis le III", "excepté le 2°", or after the operation "…, sauf le
// III."), is "sauf au III": the words are edited everywhere in the place
// but in that part (it was refused: a place named as an exception,
// while "à l'exception du III" was read). A part the place has not is an
// error; several ("sauf les II et III") stay refused; in new words the
// form is text.
func TestExcept19WordsButBareLabel(t *testing.T) {
	W := []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° Le juge un ;", "2° Le juge deux.", "III. – Le juge statue."}
	runGrammar(t, []grammarCase{
		{name: "sauf le III", before: W, text: []string{"À l'article L. 1 du code civil, sauf le III, le mot : « juge » est remplacé par le mot : « maire »."},
			want: []string{"I. – Le maire signe.", "II. – Le maire tranche :", "1° Le maire un ;", "2° Le maire deux.", "III. – Le juge statue."}},
		{name: "hormis le III after the operation", before: W, text: []string{"À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire », hormis le III."},
			want: []string{"I. – Le maire signe.", "II. – Le maire tranche :", "1° Le maire un ;", "2° Le maire deux.", "III. – Le juge statue."}},
		{name: "excepté le 2° of the II", before: W, text: []string{"Au II de l'article L. 1 du code civil, excepté le 2°, le mot : « juge » est remplacé par le mot : « maire »."},
			want: []string{"I. – Le juge signe.", "II. – Le maire tranche :", "1° Le maire un ;", "2° Le juge deux.", "III. – Le juge statue."}},
		{name: "in new words: text", before: W, text: []string{"Au 1° du II de l'article L. 1 du code civil, le mot : « un » est remplacé par les mots : « un, sauf le III, »."},
			want: []string{"I. – Le juge signe.", "II. – Le juge tranche :", "1° Le juge un, sauf le III ;", "2° Le juge deux.", "III. – Le juge statue."}},
	})
	refused19(t, W,
		"À l'article L. 1 du code civil, sauf le IV, le mot : « juge » est remplacé par le mot : « maire ».",
		"À l'article L. 1 du code civil, sauf les II et III, le mot : « juge » est remplacé par le mot : « maire ».",
	)
}
