package law

import (
	"errors"
	"testing"
)

// TestSent19InsertBesideSentences: "Après les deux premières phrases,
// il est inséré une phrase" inserts it once, after the second (it was
// inserted after each); "Avant les deux dernières phrases", once before
// the first of them; beside sentences not consecutive ("après les
// première et troisième phrases": beside each, or the pair?) is refused.
func TestSent19InsertBesideSentences(t *testing.T) {
	const four = "Il signe. Il part. Il date. Il rit."
	ins := func(s string) []string {
		return []string{s + " de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Il vient. »"}
	}
	runGrammar(t, []grammarCase{
		{name: "after the two first", before: []string{four}, text: ins("Après les deux premières phrases"), want: []string{"Il signe. Il part. Il vient. Il date. Il rit."}},
		{name: "before the two last", before: []string{four}, text: ins("Avant les deux dernières phrases"), want: []string{"Il signe. Il part. Il vient. Il date. Il rit."}},
		{name: "after the second and third", before: []string{four}, text: ins("Après les deuxième et troisième phrases"), want: []string{"Il signe. Il part. Il date. Il vient. Il rit."}},
		{name: "after the three last", before: []string{four}, text: ins("Après les trois dernières phrases"), want: []string{"Il signe. Il part. Il date. Il rit. Il vient."}},
		{name: "not consecutive: refused", before: []string{four}, text: ins("Après les première et troisième phrases")},
		{name: "one sentence, as before", before: []string{four}, text: ins("Après la deuxième phrase"), want: []string{"Il signe. Il part. Il vient. Il date. Il rit."}},
	})
	got, ok := oneSideOfSentences([]Scope{{Sentence: 1, Path: []Division{{Alinea: 2}}}, {Sentence: 1, Path: []Division{{Alinea: 3}}}}, false)
	if !ok || len(got) != 2 {
		t.Errorf("the first sentence of two alinéas: %v %v", got, ok)
	}
	if _, ok := oneSideOfSentences([]Scope{{Sentence: 2}, {Sentence: -1}}, false); ok {
		t.Errorf("the second and the last: read")
	}
}

// TestSent19HyphenInitial: a hyphenated first name's initials opening an
// alinéa ("J.-P. Dupont signe.") are no label "J.-" (deleting the first
// sentence left "J.-"); a capital's label "A.-" before a word stays one.
func TestSent19HyphenInitial(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "first", before: []string{"J.-P. Dupont signe. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "first, two letters", before: []string{"M.-Th. Durand signe. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "last", before: []string{"J.-P. Dupont signe. Il part."}, text: delSentence("dernière"), want: []string{"J.-P. Dupont signe."}},
		{name: "a label", before: []string{"A.-Le maire signe. Il part."}, text: delSentence("première"), want: []string{"A.-Il part."}},
	})
	if labelSkip("J.-P. Dupont signe.") != 0 || labelSkip("A.-Le maire signe.") == 0 {
		t.Errorf("labelSkip")
	}
}

// TestSent19GluedAfterClosing: a period after a closing guillemet or
// parenthesis, glued to a capital ("Il dit « oui ».Il part.", "(article
// 3).Il part."), ends a sentence, as after a word ("scolaire.A cet
// effet"): it was one sentence ("la deuxième phrase" deleted both).
func TestSent19GluedAfterClosing(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "guillemet, last", before: []string{"Il dit « oui ».Il part."}, text: delSentence("dernière"), want: []string{"Il dit « oui »."}},
		{name: "guillemet, second", before: []string{"Il signe. Il dit « oui ».Il part."}, text: delSentence("deuxième"), want: []string{"Il signe. Il part."}},
		{name: "parenthesis, first", before: []string{"Il signe (article 3).Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "an initial stays one", before: []string{"Il voit J.Dupont. Il part."}, text: delSentence("dernière"), want: []string{"Il voit J.Dupont."}},
	})
}

// TestSent19NumberOpens: a number that is no label after a period ("Il
// signe en 2020. 2021 est exclu.") may open a sentence or not: it was
// one sentence ("la dernière phrase" of "Il part. Il signe en 2020. 2021
// est exclu." deleted both); a rank the readings place apart is refused,
// one they agree on read; a month's or an hour's abbreviation ("janv.
// 2020", "2 h. 30") is no end.
func TestSent19NumberOpens(t *testing.T) {
	const s = "Il part. Il signe en 2020. 2021 est exclu."
	runGrammar(t, []grammarCase{
		{name: "last", before: []string{s}, text: delSentence("dernière")},
		{name: "second", before: []string{s}, text: delSentence("deuxième")},
		{name: "first read", before: []string{s}, text: delSentence("première"), want: []string{"Il signe en 2020. 2021 est exclu."}},
		{name: "janv.", before: []string{"Il signe le 1er janv. 2020 à Paris. Il part."}, text: delSentence("première"), want: []string{"Il part."}},
	})
	var de *doubtfulSentenceError
	if err := doubtfulRank(s, -1); !errors.As(err, &de) || de.Cause != doubtNumberOpens || !errors.Is(err, errDoubtfulSentence) {
		t.Errorf("cause: %v", err)
	}
	if err := doubtfulRank("Il part à 2 h. 30 et revient. Il date.", 1); err != nil {
		t.Errorf("2 h. 30: %v", err)
	}
}

// TestSent19NumberAfterPrefix: an article's prefix before its number
// ("articles L. 912-5 et L. 912-10", "l'article L.O. 136-7", "R*. 12")
// ends no sentence: no other reading.
func TestSent19NumberAfterPrefix(t *testing.T) {
	for _, s := range []string{
		"Il vise les articles L. 912-5 et L. 912-10. Il part.",
		"Il vise l'article L.O. 136-7. Il part.",
		"Il vise l'article L. O. 132-2. Il part.",
		"Il vise l'article R*. 12. Il part.",
		"Il vise le titre IV. 2 000 euros sont dus.",
	} {
		if _, why := numberOpensReading(s); why != 0 {
			t.Errorf("%q: %v", s, why)
		}
	}
}

// TestSent19GluedMark: a capital glued to a question or an exclamation
// mark ("Il signe ?Il part.") opens a sentence, as after a word: it was
// one sentence ("la dernière phrase" was refused as the only one, and
// in a longer alinéa named both).
func TestSent19GluedMark(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "?, last", before: []string{"Il signe ?Il part."}, text: delSentence("dernière"), want: []string{"Il signe ?"}},
		{name: "!, first", before: []string{"Il signe !Il part."}, text: delSentence("première"), want: []string{"Il part."}},
		{name: "? before a lower-case word: one", before: []string{"Il signe ?il part. Il date."}, text: delSentence("dernière"), want: []string{"Il signe ?il part."}},
	})
}

// TestSent19AbbreviationOpener: a reference's abbreviation before a word
// a sentence opens with ("Il signe. Il lit le 1er al. Il part.": the
// abbreviation's period, or the sentence's too?) leaves the boundary
// open: the last sentence was "Il lit le 1er al. Il part." — the ranks
// the readings place apart are refused, the first is read; before a
// number ("l'al. 2") or a name ("art. L. 1") no other reading.
func TestSent19AbbreviationOpener(t *testing.T) {
	const s = "Il signe. Il lit le 1er al. Il part."
	runGrammar(t, []grammarCase{
		{name: "last", before: []string{s}, text: delSentence("dernière")},
		{name: "second", before: []string{s}, text: delSentence("deuxième")},
		{name: "first read", before: []string{s}, text: delSentence("première"), want: []string{"Il lit le 1er al. Il part."}},
		{name: "al. 2", before: []string{"Il signe. Il lit l'al. 2. Il part."}, text: delSentence("dernière"), want: []string{"Il signe. Il lit l'al. 2."}},
	})
	var de *doubtfulSentenceError
	if err := doubtfulRank(s, -1); !errors.As(err, &de) || de.Cause != doubtAbbreviationOpener {
		t.Errorf("cause: %v", err)
	}
	for _, ok := range []string{"Il lit l'art. L. 1. Il part.", "Il voit Mme Le Goff. Il part.", "Il lit l'art. 3. Il part."} {
		if _, why := abbreviationOpenerReading(ok); why != 0 {
			t.Errorf("%q: %v", ok, why)
		}
	}
}
