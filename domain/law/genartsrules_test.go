package law

import (
	"strconv"
	"strings"
	"testing"
)

// gaRule applies the bill article lines to the corpus of articles given
// as "code|key" → alinéas, and checks the articles wanted ("code|key" →
// alinéas, nil: absent).
func gaRule(t *testing.T, name string, corpus map[string][]string, lines []string, want map[string][]string) {
	t.Helper()
	c := Corpus{}
	for k, al := range corpus {
		code, art, _ := strings.Cut(k, "|")
		r := CodeRef{Code: code, Article: art}
		c[r] = CodeArticle{Ref: r, Alineas: al}
	}
	// "+++" between two lines begins the next bill article.
	bill := []Article{{Number: "1er"}}
	for _, l := range lines {
		if l == "+++" {
			bill = append(bill, Article{Number: ArticleNumber(strconv.Itoa(len(bill) + 1))})
			continue
		}
		bill[len(bill)-1].Alineas = append(bill[len(bill)-1].Alineas, l)
	}
	ins := ParseInstructions(bill)
	out, _ := Apply(c, ins, ApplyOptions{})
	for k, w := range want {
		code, art, _ := strings.Cut(k, "|")
		a, ok := out[CodeRef{Code: code, Article: art}]
		switch {
		case w == nil && ok:
			t.Errorf("%s: %s is in force: %q", name, k, a.Alineas)
		case w != nil && !ok:
			t.Errorf("%s: %s is not in force, want %q", name, k, w)
		case w != nil && strings.Join(a.Alineas, "\n") != strings.Join(w, "\n"):
			t.Errorf("%s: %s is %q, want %q", name, k, a.Alineas, w)
		}
	}
}

func gaAl(s string) []string { return []string{s} }

// TestGenArtsRenumberingsBeforeAList: the renumberings pending before an
// instruction of several edits are applied before its snapshot, and
// their refusals are not its own: "I. – Les articles L. 3 à L. 5
// deviennent les articles L. 6 à L. 8" refused (L. 7 in force), then "II.
// – Les articles L. 1 et L. 2 sont abrogés" (it panicked, and a refusal
// of the renumbering put back, as absent, articles the list had not
// touched: L. 3 to L. 5 went).
func TestGenArtsRenumberingsBeforeAList(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l1": gaAl("Un."), cc + "l2": gaAl("Deux."), cc + "l3": gaAl("Trois."), cc + "l4": gaAl("Quatre."), cc + "l5": gaAl("Cinq."), cc + "l7": gaAl("Sept.")}
	gaRule(t, "refused range then a list", corpus, []string{
		"I. – Les articles L. 3 à L. 5 du code de commerce deviennent les articles L. 6 à L. 8.",
		"II. – Les articles L. 1 et L. 2 du même code sont abrogés.",
	}, map[string][]string{cc + "l1": nil, cc + "l2": nil, cc + "l3": gaAl("Trois."), cc + "l4": gaAl("Quatre."), cc + "l5": gaAl("Cinq."), cc + "l7": gaAl("Sept."), cc + "l6": nil})
	gaRule(t, "a renumbering then words in two articles", map[string][]string{cc + "l1": gaAl("Le délai court."), cc + "l2": gaAl("Le délai court.")}, []string{
		"Le code de commerce est ainsi modifié :",
		"1° L'article L. 1 devient l'article L. 3 ;",
		"2° Aux articles L. 2 et L. 3, le mot : « délai » est remplacé par le mot : « terme ».",
	}, map[string][]string{cc + "l1": nil, cc + "l2": gaAl("Le terme court."), cc + "l3": gaAl("Le terme court.")})
}

// TestGenArtsRenumberedTwice: renumberings applied together that give
// one number twice ("1° L'article L. 1 devient l'article L. 5 ; 2°
// L'article L. 3 devient l'article L. 5": the second overwrote the
// first) or move one article twice ("… L. 1 devient L. 5 ; … L. 1 devient
// L. 6": it was in force under both) refuse the later one.
func TestGenArtsRenumberedTwice(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l1": gaAl("Un."), cc + "l3": gaAl("Trois.")}
	gaRule(t, "one number given twice", corpus, []string{
		"Le code de commerce est ainsi modifié :",
		"1° L'article L. 1 devient l'article L. 5 ;",
		"2° L'article L. 3 devient l'article L. 5.",
	}, map[string][]string{cc + "l1": nil, cc + "l5": gaAl("Un."), cc + "l3": gaAl("Trois.")})
	gaRule(t, "one article moved twice", corpus, []string{
		"Le code de commerce est ainsi modifié :",
		"1° L'article L. 1 devient l'article L. 5 ;",
		"2° L'article L. 1 devient l'article L. 6.",
	}, map[string][]string{cc + "l1": nil, cc + "l5": gaAl("Un."), cc + "l6": nil})
	gaRule(t, "a shift stays read", corpus, []string{
		"Le code de commerce est ainsi modifié :",
		"1° L'article L. 3 devient l'article L. 4 ;",
		"2° L'article L. 1 devient l'article L. 3.",
	}, map[string][]string{cc + "l1": nil, cc + "l3": gaAl("Un."), cc + "l4": gaAl("Trois.")})
}

// TestGenArtsRangeEndsWithLatin: a range of articles ending with a
// Latin adverb, "les articles 1er à 2 bis", ends at the 2 bis (it ended
// at the 2: the 2 bis stayed in force).
func TestGenArtsRangeEndsWithLatin(t *testing.T) {
	cv := "code civil|"
	corpus := map[string][]string{cv + "1": gaAl("Un."), cv + "2": gaAl("Deux."), cv + "2 bis": gaAl("Deux bis."), cv + "3": gaAl("Trois.")}
	gaRule(t, "repealed", corpus, []string{"Les articles 1er à 2 bis du code civil sont abrogés."},
		map[string][]string{cv + "1": nil, cv + "2": nil, cv + "2 bis": nil, cv + "3": gaAl("Trois.")})
	gaRule(t, "words", corpus, []string{"Aux articles 2 à 2 bis du code civil, le mot : « Deux » est remplacé par le mot : « Zwei »."},
		map[string][]string{cv + "1": gaAl("Un."), cv + "2": gaAl("Zwei."), cv + "2 bis": gaAl("Zwei bis."), cv + "3": gaAl("Trois.")})
}

// TestGenArtsCodeAfterTheNewArticle: the code named after a new article,
// "Il est rétabli un article L. 3 du code de commerce ainsi rédigé :", is
// the one "du même code" names next (it was the code named before: the
// code civil's L. 1 was repealed).
func TestGenArtsCodeAfterTheNewArticle(t *testing.T) {
	cc, cv := "code de commerce|", "code civil|"
	corpus := map[string][]string{cc + "l1": gaAl("Commerce."), cv + "l1": gaAl("Civil."), cv + "l2": gaAl("Civil deux.")}
	gaRule(t, "dudit code", corpus, []string{
		"I. – L'article L. 2 du code civil est abrogé.",
		"II. – Il est rétabli un article L. 3 du code de commerce ainsi rédigé :",
		"« Art. L. 3. – Le juge tranche. »",
		"III. – L'article L. 1 dudit code est abrogé.",
	}, map[string][]string{cc + "l1": nil, cc + "l3": gaAl("Le juge tranche."), cv + "l1": gaAl("Civil."), cv + "l2": nil})
}

// TestGenArtsNewArticleOfTheOneCode: a new article numbered as a code's
// are, its code not named, "Il est rétabli un article L. 3 ainsi
// rédigé :", is of the code the bill article has named, when it has named
// one, as an article named so in a locator is (it was "no target
// article"); after two codes, or numbered as the law's own articles are
// ("un article 3"), refused.
func TestGenArtsNewArticleOfTheOneCode(t *testing.T) {
	cc, ce := "code de commerce|", "code electoral|"
	corpus := map[string][]string{cc + "l1": gaAl("Un."), ce + "l1": gaAl("Un.")}
	restored := []string{"II. – Il est rétabli un article L. 3 ainsi rédigé :", "« Art. L. 3. – Le juge tranche. »"}
	gaRule(t, "one code", corpus, append([]string{"I. – L'article L. 1 du code de commerce est abrogé."}, restored...),
		map[string][]string{cc + "l1": nil, cc + "l3": gaAl("Le juge tranche."), ce + "l3": nil})
	gaRule(t, "two codes: refused", corpus, append([]string{"I. – L'article L. 1 du code de commerce est abrogé.", "I bis. – L'article L. 1 du code électoral est abrogé."}, restored...),
		map[string][]string{cc + "l3": nil, ce + "l3": nil})
	gaRule(t, "a plain number: refused", corpus, []string{"I. – L'article L. 1 du code de commerce est abrogé.", "II. – Il est rétabli un article 3 ainsi rédigé :", "« Art. 3. – Le juge tranche. »"},
		map[string][]string{cc + "3": nil})
}

// TestGenArtsSameCodeAfterAnUnknownOne: after an article of no code
// said in the bill article, "du même code" is that unknown code, refused
// — in a locator of new articles too ("Après l'article L. 2 du même code,
// il est inséré …"), and for "du code précité" (they took the code an
// earlier bill article named); a new article of no code ("Il est rétabli
// un article L. 3 ainsi rédigé :") makes the code unknown as an article
// named so does.
func TestGenArtsSameCodeAfterAnUnknownOne(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l1": gaAl("Un."), cc + "l2": gaAl("Deux.")}
	first := []string{"À l'article L. 1 du code de commerce, le mot : « Un » est remplacé par le mot : « Uno ».", "+++"}
	gaRule(t, "inserted after, du même code", corpus, append(append([]string(nil), first...),
		"I. – L'article L. 9 est abrogé.", "II. – Après l'article L. 2 du même code, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – Le juge tranche. »"),
		map[string][]string{cc + "l1": gaAl("Uno."), cc + "l2-1": nil})
	gaRule(t, "du code précité", corpus, append(append([]string(nil), first...),
		"I. – L'article L. 9 est abrogé.", "II. – L'article L. 2 du code précité est abrogé."),
		map[string][]string{cc + "l1": gaAl("Uno."), cc + "l2": gaAl("Deux.")})
	gaRule(t, "after a new article of no code", corpus, append(append([]string(nil), first...),
		"I. – Il est rétabli un article L. 3 ainsi rédigé :", "« Art. L. 3. – Le juge tranche. »", "II. – L'article L. 2 dudit code est abrogé."),
		map[string][]string{cc + "l1": gaAl("Uno."), cc + "l2": gaAl("Deux."), cc + "l3": nil})
	gaRule(t, "a code named again: read", corpus, append(append([]string(nil), first...),
		"I. – L'article L. 9 est abrogé.", "II. – L'article L. 1 du code de commerce est abrogé.", "III. – L'article L. 2 du même code est abrogé."),
		map[string][]string{cc + "l1": nil, cc + "l2": nil})
}

// TestGenArtsOrganicRangeRenumbered: a range of organic articles
// renumbered, "Les articles L.O. 1 à L.O. 2 deviennent les articles L.O.
// 3 à L.O. 4" ("L. O.", "LO"), is read as "L. 1 à L. 2" is (it was "a
// division of an article").
func TestGenArtsOrganicRangeRenumbered(t *testing.T) {
	ce := "code electoral|"
	corpus := map[string][]string{ce + "lo1": gaAl("Un."), ce + "lo2": gaAl("Deux.")}
	for _, lo := range []string{"L.O.", "L. O.", "LO"} {
		gaRule(t, lo, corpus, []string{"Les articles " + lo + " 1 à " + lo + " 2 du code électoral deviennent les articles " + lo + " 3 à " + lo + " 4."},
			map[string][]string{ce + "lo1": nil, ce + "lo2": nil, ce + "lo3": gaAl("Un."), ce + "lo4": gaAl("Deux.")})
	}
}

// TestGenArtsCodeNamedAfterAnUnknownOne: a code named after a new
// article, "Il est rétabli un article L. 1 du code de commerce …", names
// a code again after an article of an unknown code: "du même code" after
// it is read (it stayed unknown: refused).
func TestGenArtsCodeNamedAfterAnUnknownOne(t *testing.T) {
	cc := "code de commerce|"
	gaRule(t, "rétabli then du même code", map[string][]string{cc + "l2": gaAl("Deux.")}, []string{
		"I. – L'article L. 9 est abrogé.",
		"II. – Il est rétabli un article L. 1 du code de commerce ainsi rédigé :",
		"« Art. L. 1. – Le juge tranche. »",
		"III. – L'article L. 2 du même code est abrogé.",
	}, map[string][]string{cc + "l1": gaAl("Le juge tranche."), cc + "l2": nil})
}

// TestGenArtsRenumberedTwiceAfterARefusal: a renumbering refused (onto
// an article in force) gives up the numbers it named: a later one of the
// same list moving one of its articles, or onto one of its new numbers,
// is read ("2° Les articles L. 1 à L. 3 deviennent les articles L. 3 à
// L. 5" refused, L. 4 in force; "3° L'article L. 2 devient l'article
// L. 5": it was refused as renumbered twice).
func TestGenArtsRenumberedTwiceAfterARefusal(t *testing.T) {
	cr := "code rural et de la peche maritime|"
	gaRule(t, "after a refused range", map[string][]string{cr + "l1": gaAl("Un."), cr + "l2": gaAl("Deux."), cr + "l3": gaAl("Trois."), cr + "l4": gaAl("Quatre.")}, []string{
		"Le code rural et de la pêche maritime est ainsi modifié :",
		"1° Les articles L. 1 à L. 3 deviennent les articles L. 3 à L. 5 ;",
		"2° L'article L. 2 devient l'article L. 5.",
	}, map[string][]string{cr + "l1": gaAl("Un."), cr + "l2": nil, cr + "l3": gaAl("Trois."), cr + "l4": gaAl("Quatre."), cr + "l5": gaAl("Deux.")})
}

// TestGenArtsSecondArticleAfterThePrecitedCode: "du code précité" ends
// the code's name before "et à l'article …" ("À l'article L. 1 du code
// précité et à l'article 4 du code civil": the name ran on, and the
// instruction was refused as of a text not identified).
func TestGenArtsSecondArticleAfterThePrecitedCode(t *testing.T) {
	ce, cv := "code electoral|", "code civil|"
	corpus := map[string][]string{ce + "l1": gaAl("Le délai court."), ce + "l3": gaAl("Trois."), cv + "4": gaAl("Le délai court.")}
	gaRule(t, "précité then another code", corpus, []string{
		"I. – L'article L. 3 du code électoral est abrogé.",
		"II. – À l'article L. 1 du code précité et à l'article 4 du code civil, le mot : « délai » est remplacé par le mot : « terme ».",
	}, map[string][]string{ce + "l3": nil, ce + "l1": gaAl("Le terme court."), cv + "4": gaAl("Le terme court.")})
}

// TestGenArtsSecondClauseArticleOfTheFirstsCode: in "L'article 1er du
// code civil est abrogé et l'article 3 est ainsi rédigé :", the second
// article is of the first's code, in one sentence (it was "no target
// article" for a plain number, "a code not said" after a bill article
// naming two codes).
func TestGenArtsSecondClauseArticleOfTheFirstsCode(t *testing.T) {
	cc, cv := "code de commerce|", "code civil|"
	corpus := map[string][]string{cv + "1": gaAl("Un."), cv + "3": gaAl("Trois."), cc + "l1": gaAl("Un."), cc + "l3": gaAl("Trois.")}
	gaRule(t, "plain numbers", corpus, []string{"L'article 1er du code civil est abrogé et l'article 3 est ainsi rédigé :", "« Art. 3. – Le juge tranche. »"},
		map[string][]string{cv + "1": nil, cv + "3": gaAl("Le juge tranche."), cc + "l3": gaAl("Trois.")})
	gaRule(t, "after another code", corpus, []string{
		"I. – L'article 1er du code civil est abrogé.",
		"II. – L'article L. 1 du code de commerce est abrogé et l'article L. 3 est ainsi rédigé :", "« Art. L. 3. – Le juge tranche. »",
	}, map[string][]string{cc + "l1": nil, cc + "l3": gaAl("Le juge tranche."), cv + "3": gaAl("Trois.")})
}

// TestGenArtsCountedAfterAWholeRewrite: an alinéa counted by position in
// an article the bill article rewrote whole ("1° L'article L. 1 est
// ainsi rédigé : … 2° Au dernier alinéa de l'article L. 1 …", "Les
// articles L. 1 et L. 2 sont ainsi rédigés") is refused: the article as
// the bill article found it or as rewritten is not said (the alinéa of
// the same rank was edited when the count stayed, refused when it went);
// named by its label, or in another article, it is read.
func TestGenArtsCountedAfterAWholeRewrite(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l1": {"Le délai un.", "Le délai deux."}, cc + "l2": {"Le délai trois."}}
	head := []string{"Le code de commerce est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le délai neuf.", "« Le délai dix. »"}
	gaRule(t, "last alinéa", corpus, append(append([]string(nil), head...), "2° Au dernier alinéa des articles L. 1 et L. 2, le mot : « délai » est remplacé par le mot : « terme »."),
		map[string][]string{cc + "l1": {"Le délai neuf.", "Le délai dix."}, cc + "l2": {"Le terme trois."}})
	gaRule(t, "the whole article", corpus, append(append([]string(nil), head...), "2° À l'article L. 1, le mot : « neuf » est remplacé par le mot : « onze »."),
		map[string][]string{cc + "l1": {"Le délai onze.", "Le délai dix."}})
	gaRule(t, "two rewritten", corpus, []string{"Le code de commerce est ainsi modifié :", "1° Les articles L. 1 et L. 2 sont ainsi rédigés :", "« Art. L. 1. – Le délai neuf.", "« Art. L. 2. – Le délai dix. »", "2° Au premier alinéa de l'article L. 2, le mot : « délai » est remplacé par le mot : « terme »."},
		map[string][]string{cc + "l1": {"Le délai neuf."}, cc + "l2": {"Le délai dix."}})
}

// TestGenArtsSameCodeInTheLocatorAfterAnUnknownOne: after an article of
// an unknown code, "À l'article L. 3 du code de commerce et à l'article
// L. 2-1 du même code" names the code before "du même code": read (it was
// refused as of the unknown code).
func TestGenArtsSameCodeInTheLocatorAfterAnUnknownOne(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l3": gaAl("Le délai court."), cc + "l2-1": gaAl("Le délai court.")}
	gaRule(t, "both", corpus, []string{
		"I. – L'article L. 9 est abrogé.",
		"II. – À l'article L. 3 du code de commerce et à l'article L. 2-1 du même code, le mot : « délai » est remplacé par le mot : « terme ».",
	}, map[string][]string{cc + "l3": gaAl("Le terme court."), cc + "l2-1": gaAl("Le terme court.")})
}

// TestGenArtsRangeCountsEachArticle: an alinéa counted by position in
// each article of a range ("Au deuxième alinéa des articles L. 1 à L. 2")
// is counted in that article, as the bill article found it: it was
// counted on the first article's text (L. 2's third alinéa was edited,
// L. 1 having one more since the 1°).
func TestGenArtsRangeCountsEachArticle(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l1": {"A délai.", "B délai."}, cc + "l2": {"C délai.", "D délai.", "E délai."}}
	gaRule(t, "second alinéa", corpus, []string{
		"Le code de commerce est ainsi modifié :",
		"1° Après le premier alinéa de l'article L. 1, il est inséré un alinéa ainsi rédigé :",
		"« Nouveau. » ;",
		"2° Au deuxième alinéa des articles L. 1 à L. 2, le mot : « délai » est remplacé par le mot : « terme ».",
	}, map[string][]string{cc + "l1": {"A délai.", "Nouveau.", "B terme."}, cc + "l2": {"C délai.", "D terme.", "E délai."}})
}

// TestGenArtsCodeOfARefusedInstruction: an instruction refused for its
// date or the version it names ("À compter du 1er janvier 2030,
// l'article L. 5 du code rural … est abrogé", "…, dans sa rédaction
// antérieure à la loi n° …, est abrogé") still names its code: "de ce
// code", "du même code" after it are that code (they took the one named
// before: a new article went into the code de commerce); with no code
// named, its code is unknown, as an edit's is.
func TestGenArtsCodeOfARefusedInstruction(t *testing.T) {
	cc, cr := "code de commerce|", "code rural et de la peche maritime|"
	corpus := map[string][]string{cc + "r1": gaAl("Un."), cr + "r1": gaAl("Un."), cr + "l5": gaAl("Cinq."), cc + "l6": gaAl("Six.")}
	after := []string{"III. – Après l'article R. 1 de ce code, il est créé un article R. 1-1 ainsi rédigé :", "« Art. R. 1-1. – Le juge tranche. »"}
	for _, refused := range []string{
		"II. – À compter du 1er janvier 2030, l'article L. 5 du code rural et de la pêche maritime est abrogé.",
		"II. – L'article L. 5 du code rural et de la pêche maritime est abrogé à compter du 1er janvier 2030.",
		"II. – L'article L. 5 du code rural et de la pêche maritime, dans sa rédaction antérieure à la loi n° 2010-1 du 4 janvier 2010, est abrogé.",
	} {
		gaRule(t, refused, corpus, append([]string{"I. – L'article L. 6 du code de commerce est abrogé.", refused}, after...),
			map[string][]string{cr + "l5": gaAl("Cinq."), cr + "r1-1": gaAl("Le juge tranche."), cc + "r1-1": nil, cc + "l6": nil})
	}
	gaRule(t, "no code named: unknown", corpus, []string{
		"À l'article R. 1 du code de commerce, le mot : « Un » est remplacé par le mot : « Uno ».", "+++",
		"I. – L'article L. 5 est abrogé à compter du 1er janvier 2030.", "II. – L'article L. 6 de ce code est abrogé.",
	}, map[string][]string{cc + "l6": gaAl("Six."), cc + "r1": gaAl("Uno.")})
	gaRule(t, "the law of a version clause is no place", corpus, []string{
		"À l'article R. 1 du code de commerce, le mot : « Un » est remplacé par le mot : « Uno ».", "+++",
		"I. – L'article L. 5, dans sa rédaction antérieure à la loi n° 2010-1 du 4 janvier 2010, est abrogé.", "II. – L'article L. 6 du même code est abrogé.",
	}, map[string][]string{cc + "l6": gaAl("Six."), cc + "r1": gaAl("Uno.")})
	gaRule(t, "de ce code: the bill article's code", corpus, []string{
		"À l'article R. 1 du code de commerce, le mot : « Un » est remplacé par le mot : « Uno ».", "+++",
		"I. – L'article R. 1 de ce code est abrogé à compter du 1er janvier 2030.", "II. – L'article L. 6 est abrogé.",
	}, map[string][]string{cc + "l6": nil, cc + "r1": gaAl("Uno.")})
}

// TestGenArtsReferenceWithoutItsPeriod: a reference quoted without the
// period after its letters, « L 100 », finds "L. 100" (it was not found);
// the new words go in as typed.
func TestGenArtsReferenceWithoutItsPeriod(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l1": gaAl("Le délai prévu à l'article L. 100 court.")}
	gaRule(t, "L 100", corpus, []string{"À l'article L. 1 du code de commerce, la référence : « L 100 » est remplacée par la référence : « L. 200 »."},
		map[string][]string{cc + "l1": gaAl("Le délai prévu à l'article L. 200 court.")})
	gaRule(t, "R 100 not L. 100", corpus, []string{"À l'article L. 1 du code de commerce, la référence : « R 100 » est remplacée par la référence : « L. 200 »."},
		map[string][]string{cc + "l1": gaAl("Le délai prévu à l'article L. 100 court.")})
}
