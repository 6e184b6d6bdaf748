package law

import (
	"errors"
	"testing"
)

// occur20Kept checks that text left each of arts' first alinéa as it was.
func occur20Kept(t *testing.T, text string, arts map[string][]string, got Corpus) {
	t.Helper()
	for h, al := range arts {
		if g := got[CodeRef{Code: "code civil", Article: ArticleKey(h)}].Alineas; g[0] != al[0] {
			t.Errorf("%s: %s became %q", text, h, g)
		}
	}
}

// occur20Has reports whether one of errs is want.
func occur20Has(errs []ApplyError, want error) bool {
	for _, e := range errs {
		if errors.Is(e.Err, want) {
			return true
		}
	}
	return false
}

// TestOccur20RankOverDivision: a rank or a count of words over a whole
// code or a division of it — "Dans l'ensemble du code civil, la première
// occurrence du mot : « A » est remplacée …", "Au chapitre II …, le mot :
// « A » est remplacé deux fois …" — is refused (errRankOverDivision): the
// order of the code's articles and those the sample lacks are not known
// (the first occurrence of each article was replaced). Every occurrence
// ("partout où il figure") and a rank in one article stay read.
func TestOccur20RankOverDivision(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe et le juge date."}, "L2": {"Le juge lit."}}
	chap := func(n string) []string { return []string{"livre-ier", "titre-ier", "chapitre-" + n} }
	divs := map[string][]string{"L1": chap("ii"), "L2": chap("ii")}
	for _, text := range []string{
		"Dans l'ensemble du code civil, la première occurrence du mot : « juge » est remplacée par le mot : « maire ».",
		"Dans l'ensemble du code civil, la dernière occurrence du mot : « juge » est supprimée.",
		"Dans l'ensemble du code civil, le mot : « juge » est remplacé deux fois par le mot : « maire ».",
		"Dans l'ensemble du code civil, les deux occurrences du mot : « juge » sont remplacées par le mot : « maire ».",
		"Dans l'ensemble du code civil, après la première occurrence du mot : « juge », sont insérés les mots : « de paix ».",
		"Au chapitre II du titre Ier du livre Ier du code civil, la première occurrence du mot : « juge » est remplacée par le mot : « maire ».",
		"Au chapitre II du titre Ier du livre Ier du code civil, le mot : « juge » est remplacé, à la deuxième occurrence, par le mot : « maire ».",
	} {
		c := divisionCorpus(arts, divs)
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{text}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		occur20Kept(t, text, arts, got)
		refused := occur20Has(errs, errRankOverDivision)
		for _, in := range ins {
			refused = refused || in.Status == Unparsed
		}
		if !refused {
			t.Errorf("%s: not refused (%v)", text, errs)
		}
	}
	runDivisions(t, "partout où il figure, in a whole code", arts, divs,
		[]string{"Dans l'ensemble du code civil, le mot : « juge » est remplacé, partout où il figure, par le mot : « maire »."},
		map[string][]string{"L1": {"Le maire signe et le maire date."}, "L2": {"Le maire lit."}})
	runDivisions(t, "every occurrence in a chapter", arts, divs,
		[]string{"Au chapitre II du titre Ier du livre Ier du code civil, le mot : « juge » est remplacé par le mot : « maire »."},
		map[string][]string{"L1": {"Le maire signe et le maire date."}, "L2": {"Le maire lit."}})
	runDivisions(t, "a rank in each of two articles", arts, divs,
		[]string{"Aux articles L. 1 et L. 2 du code civil, la première occurrence du mot : « juge » est remplacée par le mot : « maire »."},
		map[string][]string{"L1": {"Le maire signe et le juge date."}, "L2": {"Le maire lit."}})
}

// TestOccur20LaterWordsInAnotherCase: a later operation whose words are
// an earlier one's new words in another case — "les mots : « le juge »
// sont remplacés par les mots : « le maire » et les mots : « Le maire »
// par les mots : « Le préfet »" on "Le juge signe et le juge date." —
// reads the text before the instruction, as any two operations of one
// place do: "Le maire" is not there, the instruction is refused (applied
// in turn, the second found the first's new words at the alinéa's start:
// "Le préfet signe et le maire date."). An amendment's pairs likewise.
func TestOccur20LaterWordsInAnotherCase(t *testing.T) {
	before := []string{"Le juge signe et le juge date."}
	runGrammar(t, []grammarCase{
		{name: "case at the start", before: before, text: []string{"À l'article L. 1 du code civil, les mots : « le juge » sont remplacés par les mots : « le maire » et les mots : « Le maire » par les mots : « Le préfet »."}},
		{name: "no chain: read", before: before, text: []string{"À l'article L. 1 du code civil, les mots : « le juge » sont remplacés par les mots : « le maire » et le mot : « date » par le mot : « lit »."},
			want: []string{"Le maire signe et le maire lit."}},
	})
	runAmendments(t, []amCase{
		{"amendment, case at the start", before, "À l'alinéa 1, remplacer les mots : « le juge » par les mots : « le maire » et les mots : « Le maire » par les mots : « Le préfet ».", nil},
		{"amendment, no chain", before, "À l'alinéa 1, remplacer les mots : « le juge » par les mots : « le maire » et le mot : « date » par le mot : « lit ».", []string{"Le maire signe et le maire lit."}},
	})
}

// TestOccur20CountOverPlaces: a count said over several places — "Aux
// premier et troisième alinéas, le mot : « A » est remplacé deux fois
// …", "Aux articles L. 1 et L. 2, les deux occurrences du mot : « A »
// …" — is the operation's over them all, as an amendment's: as many as
// the places, once in each (it was asked of each: refused where each held
// the words once, all four replaced where each held them twice); another
// count is refused (errCountOverPlaces).
func TestOccur20CountOverPlaces(t *testing.T) {
	once := []string{"Le juge signe.", "Le juge date.", "Le juge clôt."}
	twice := []string{"Le juge signe et le juge date.", "Le juge lit.", "Le juge clôt et le juge part."}
	runGrammar(t, []grammarCase{
		{name: "deux fois over two alinéas", before: once, text: []string{"Aux premier et troisième alinéas de l'article L. 1 du code civil, le mot : « juge » est remplacé deux fois par le mot : « maire »."},
			want: []string{"Le maire signe.", "Le juge date.", "Le maire clôt."}},
		{name: "les deux occurrences over two alinéas", before: once, text: []string{"Aux premier et troisième alinéas de l'article L. 1 du code civil, les deux occurrences du mot : « juge » sont remplacées par le mot : « maire »."},
			want: []string{"Le maire signe.", "Le juge date.", "Le maire clôt."}},
		{name: "deux fois, twice in each: refused", before: twice, text: []string{"Aux premier et troisième alinéas de l'article L. 1 du code civil, le mot : « juge » est remplacé deux fois par le mot : « maire »."}},
		{name: "one place", before: twice, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé deux fois par le mot : « maire »."},
			want: []string{"Le maire signe et le maire date.", "Le juge lit.", "Le juge clôt et le juge part."}},
	})
	runDivisions(t, "two articles, once in each", map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le juge lit."}}, nil,
		[]string{"Aux articles L. 1 et L. 2 du code civil, le mot : « juge » est remplacé deux fois par le mot : « maire »."},
		map[string][]string{"L1": {"Le maire signe."}, "L2": {"Le maire lit."}})
	for _, text := range []string{
		"Aux premier et troisième alinéas de l'article L. 1 du code civil, le mot : « juge » est remplacé quatre fois par le mot : « maire ».",
		"Aux premier et troisième alinéas de l'article L. 1 du code civil, le mot : « juge » est supprimé quatre fois.",
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed || !errors.Is(ins[0].refusal, errCountOverPlaces) {
			t.Errorf("%s: want refused (errCountOverPlaces), got %+v", text, ins)
		}
	}
}

// TestOccur20CountOverRange: a count said over a range of articles, "Aux
// articles L. 1 à L. 3, le mot : « A » est remplacé deux fois …", is
// refused (errCountOverRange): it was asked of each article, the one
// holding the words twice edited, the others refused. Every occurrence
// over the range stays read.
func TestOccur20CountOverRange(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le juge juge."}, "L3": {"Le juge clôt."}}
	for _, text := range []string{
		"Aux articles L. 1 à L. 3 du code civil, le mot : « juge » est remplacé deux fois par le mot : « maire ».",
		"Aux articles L. 1 à L. 3 du code civil, les deux occurrences du mot : « juge » sont supprimées.",
	} {
		got, _, errs := applied17(arts, text)
		occur20Kept(t, text, arts, got)
		if !occur20Has(errs, errCountOverRange) {
			t.Errorf("%s: want errCountOverRange, got %v", text, errs)
		}
	}
	runDivisions(t, "every occurrence over a range", arts, nil,
		[]string{"Aux articles L. 1 à L. 3 du code civil, le mot : « juge » est remplacé par le mot : « maire »."},
		map[string][]string{"L1": {"Le maire signe."}, "L2": {"Le maire maire."}, "L3": {"Le maire clôt."}})
}
