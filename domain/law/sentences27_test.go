package law

import (
	"errors"
	"strings"
	"testing"
)

// applyErr27 applies the bill's lines to L1 (before) and returns the
// first refusal's error, nil when none.
func applyErr27(before, lines []string) error {
	ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
	c := Corpus{ref: CodeArticle{Ref: ref, Heading: "L1", Alineas: before}}
	_, errs := Apply(c, ParseInstructions([]Article{{Number: "1er", Alineas: lines}}), ApplyOptions{})
	for _, e := range errs {
		return e.Err
	}
	return nil
}

// TestSentences27InitialBeforeWordNoName: a capital's period (an
// initial's) before an ordinal, a number in words, a pronoun or an
// adverb a sentence opens with ("le plan A. Deuxième …", "Nul ne …"), or
// after a determiner and a noun before any capitalised word ("le plan B.
// Dupont signe."), leaves the boundary open, as before "Il": "la
// première phrase" rewrote the whole alinéa; names after an initial
// ("J. Dupont") stay read.
func TestSentences27InitialBeforeWordNoName(t *testing.T) {
	first := []string{"La première phrase de l'article L. 1 du code civil est ainsi rédigée : « Il lit. »"}
	last := []string{"La dernière phrase de l'article L. 1 du code civil est ainsi rédigée : « Il lit. »"}
	runGrammar(t, []grammarCase{
		{name: "an ordinal", before: []string{"Une phrase mot A. Deuxième mot A."}, text: first},
		{name: "an ordinal, the last", before: []string{"Une phrase mot A. Deuxième mot A."}, text: last},
		{name: "an adverb in -ièmement", before: []string{"Il vise le plan A. Deuxièmement, il date."}, text: last},
		{name: "Nul", before: []string{"Il vise le plan A. Nul ne date."}, text: first},
		{name: "Quiconque", before: []string{"Il vise le plan A. Quiconque date est puni."}, text: last},
		{name: "after al.", before: []string{"Il lit le 1er al. Nul ne part."}, text: last},
		{name: "a sentence before read", before: []string{"Il signe. Il vise le plan A. Nul ne date."}, text: first, want: []string{"Il lit. Il vise le plan A. Nul ne date."}},
		{name: "a name, as before", before: []string{"Il informe J. Dupont. Il date."}, text: first, want: []string{"Il lit. Il date."}},
		{name: "a name then a verb, as before", before: []string{"Il informe J. Dupont. Il date."}, text: last, want: []string{"Il informe J. Dupont. Il lit."}},
		{name: "a letter after a noun, before a name", before: []string{"Il vise le plan B. Dupont signe."}, text: first},
		{name: "two initials after a noun read", before: []string{"Il informe le notaire J. P. Dupont. Il date."}, text: last, want: []string{"Il informe le notaire J. P. Dupont. Il lit."}},
		{name: "a label noun, as before", before: []string{"Il vise la catégorie B. Nul ne date."}, text: last, want: []string{"Il vise la catégorie B. Il lit."}},
	})
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Une phrase mot A. Deuxième mot A.", true},
		{"Il vise le plan A. Troisièmes sont exclus.", true},
		{"Il informe J. Dupont. Il date.", false},
		{"Il informe J. Premierfils.", false},
		{"Il informe M. Nul.", false},
	} {
		if _, why := initialOpenerReading22(c.s); (why != 0) != c.want {
			t.Errorf("%q: reading %v, want %v", c.s, why, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Il vise le plan B. Dupont signe.", true},
		{"Il vise l'offre C. Paris signe.", true},
		{"Il informe J. Dupont. Il date.", false},
		{"Il informe le notaire J. P. Dupont.", false},
		{"Il informe le maire M. Dupont.", false},
		{"Il vise « le plan B. Dupont » et part.", false},
	} {
		if _, why := initialAfterNounReading27(c.s); (why != 0) != c.want {
			t.Errorf("%q: noun reading %v, want %v", c.s, why, c.want)
		}
	}
	if doubtInitialAfterNoun27 == 0 || doubtInitialAfterNoun27.String() == "" {
		t.Errorf("cause unnamed: %d", doubtInitialAfterNoun27)
	}
	err := doubtfulRank("Une phrase mot A. Deuxième mot A.", 1)
	var de *doubtfulSentenceError
	if !errors.As(err, &de) || de.Cause != doubtInitialOpener22 || !errors.Is(err, errDoubtfulSentence) {
		t.Errorf("untyped: %v", err)
	}
}

// TestSentences27ListOpenerOfTheArticle: the last sentence of an alinéa
// that opens the list after it ("Il signe. Sont exclus :" then "1° …"),
// named by its rank in the article, deleted or rewritten to open none —
// in a bill ("La deuxième phrase de l'article L. 1 …") or in an
// amendment's alinéa with no label ("Supprimer la seconde phrase de
// l'alinéa 1", "Alinéa 1, dernière phrase" / "Supprimer cette phrase"):
// refused, errApplyIntroducedText26 (the items were left under "Il
// signe."); a new sentence announcing them, and the first sentence, stay
// read.
func TestSentences27ListOpenerOfTheArticle(t *testing.T) {
	list := []string{"Il signe. Sont exclus :", "1° Les uns ;", "2° Les autres."}
	for _, line := range []string{
		"La deuxième phrase de l'article L. 1 du code civil est supprimée.",
		"La deuxième phrase de l'article L. 1 du code civil est ainsi rédigée : « Il lit. »",
		"À l'article L. 1 du code civil, la seconde phrase est supprimée.",
	} {
		if err := applyErr27(list, []string{line}); !errors.Is(err, errApplyIntroducedText26) {
			t.Errorf("%s: %v, want errApplyIntroducedText26", line, err)
		}
	}
	runGrammar(t, []grammarCase{
		{name: "announcing them again", before: list, text: []string{"La deuxième phrase de l'article L. 1 du code civil est ainsi rédigée : « Sont inclus : »"}, want: []string{"Il signe. Sont inclus :", "1° Les uns ;", "2° Les autres."}},
		{name: "the first read", before: list, text: []string{"La première phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Sont exclus :", "1° Les uns ;", "2° Les autres."}},
		{name: "no list after", before: []string{"Il signe. Il date.", "Il part."}, text: []string{"La deuxième phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Il signe.", "Il part."}},
	})
	art := Article{Number: "1er", Alineas: list}
	for _, disp := range [][]string{
		{"Supprimer la seconde phrase de l'alinéa 1."},
		{"Alinéa 1, dernière phrase", "Supprimer cette phrase."},
		{"Rédiger ainsi la dernière phrase de l'alinéa 1 : « Il lit. »"},
	} {
		r := ApplyAmendment(art, strings.Join(disp, "\n"))
		if r.Applied || len(r.Refusals) != 1 || !errors.Is(r.Refusals[0], errApplyIntroducedText26) {
			t.Errorf("%q: applied %v %q, refusals %v", disp, r.Applied, r.Article.Alineas, r.Refusals)
		}
	}
	r := ApplyAmendment(art, "Supprimer la première phrase de l'alinéa 1.")
	if got := strings.Join(r.Article.Alineas, " | "); !r.Applied || got != "Sont exclus : | 1° Les uns ; | 2° Les autres." {
		t.Errorf("first sentence: %v %q %v", r.Applied, got, r.Refusals)
	}
}

// TestSentences27WordsBeforeQuestionMark: words completing a sentence
// that ends with "?" or "!" go before the mark, its space kept ("Il date
// ?" completed by "vite": "Il date vite ?" — it gave "Il date ? vite"),
// in bills and amendments; a sentence of its own goes after it; after an
// ellipsis or a quotation holding the sentence's end ("Il écrit « Lu.
// »"), before or after is not said — refused, errWordsAfterEndMark27.
func TestSentences27WordsBeforeQuestionMark(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "a sentence's ?", before: []string{"Il signe. Il date ? Il part."}, text: []string{"La deuxième phrase de l'article L. 1 du code civil est complétée par les mots : « vite »."}, want: []string{"Il signe. Il date vite ? Il part."}},
		{name: "an alinéa's !", before: []string{"Il signe. Il date !"}, text: []string{"L'article L. 1 du code civil est complété par les mots : « vite »."}, want: []string{"Il signe. Il date vite !"}},
		{name: "at the end of the sentence", before: []string{"Il signe. Il date ! Il part."}, text: []string{"À la fin de la deuxième phrase de l'article L. 1 du code civil, sont ajoutés les mots : « vite »."}, want: []string{"Il signe. Il date vite ! Il part."}},
		{name: "a ? glued", before: []string{"Qui signe?"}, text: []string{"L'article L. 1 du code civil est complété par les mots : « le bail »."}, want: []string{"Qui signe le bail?"}},
		{name: "a sentence of its own", before: []string{"Qui signe ?"}, text: []string{"L'article L. 1 du code civil est complété par les mots : « Il part. »"}, want: []string{"Qui signe ? Il part."}},
		{name: "a period, as before", before: []string{"Il signe. Il date."}, text: []string{"L'article L. 1 du code civil est complété par les mots : « vite »."}, want: []string{"Il signe. Il date vite."}},
		{name: "a single capital's period is the sentence's", before: []string{"Il vise le plan B."}, text: []string{"L'article L. 1 du code civil est complété par les mots : « bis »."}, want: []string{"Il vise le plan B bis."}},
		{name: "a quotation ending no sentence, as before", before: []string{"Il écrit « lu »."}, text: []string{"L'article L. 1 du code civil est complété par les mots : « vite »."}, want: []string{"Il écrit « lu » vite."}},
	})
	for _, c := range []struct{ before, line string }{
		{"Il signe. Il date… Il part.", "La deuxième phrase de l'article L. 1 du code civil est complétée par les mots : « vite »."},
		{"Il signe. Il date...", "L'article L. 1 du code civil est complété par les mots : « vite »."},
		{"Il signe. Il écrit « Lu. » Il part.", "La deuxième phrase de l'article L. 1 du code civil est complétée par les mots : « vite »."},
		{"Il signe. Il date, etc.", "L'article L. 1 du code civil est complété par les mots : « vite »."},
		{"Il signe. Il paie (loyers, etc.", "L'article L. 1 du code civil est complété par les mots : « vite »."},
		{"Il signe. Il date, etc. Il part.", "La deuxième phrase de l'article L. 1 du code civil est complétée par les mots : « vite »."},
	} {
		if err := applyErr27([]string{c.before}, []string{c.line}); !errors.Is(err, errWordsAfterEndMark27) || !errors.Is(err, errApplyWordsJoin26) {
			t.Errorf("%s: %v, want errWordsAfterEndMark27", c.before, err)
		}
	}
	art := Article{Number: "1er", Alineas: []string{"Il signe. Il date ? Il part."}}
	for _, disp := range [][]string{
		{"Compléter la deuxième phrase de l'alinéa 1 par les mots : « vite »."},
		{"Alinéa 1, deuxième phrase", "Compléter cette phrase par les mots : « vite »."},
	} {
		r := ApplyAmendment(art, strings.Join(disp, "\n"))
		if got := strings.Join(r.Article.Alineas, " | "); !r.Applied || got != "Il signe. Il date vite ? Il part." {
			t.Errorf("%q: %v %q %v", disp, r.Applied, got, r.Refusals)
		}
	}
	r := ApplyAmendment(Article{Number: "1er", Alineas: []string{"Il signe. Il date…"}}, "Compléter l'alinéa 1 par les mots : « vite ».")
	if r.Applied || len(r.Refusals) != 1 || !errors.Is(r.Refusals[0], errWordsAfterEndMark27) {
		t.Errorf("ellipsis in an amendment: %v %q %v", r.Applied, r.Article.Alineas, r.Refusals)
	}
}
