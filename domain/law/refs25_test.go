package law

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// refs25Run applies "Le code civil est ainsi modifié :" and lines; it
// gives the articles after ("L1: al|al", in order), the instructions and
// the errors.
func refs25Run(c Corpus, lines ...string) ([]string, []Instruction, []ApplyError) {
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: append([]string{"Le code civil est ainsi modifié :"}, lines...)}})
	out, errs := Apply(c, ins, ApplyOptions{})
	var got []string
	for _, a := range out {
		got = append(got, a.Heading+": "+strings.Join(a.Alineas, "|"))
	}
	slices.Sort(got)
	return got, ins, errs
}

// TestRefs25ArticlePrecited: "l'article précité" with no number is the
// article the instruction before named, as "ledit article" (it was
// refused: no target article); after several articles, or none, it is
// refused typed (errSameUnresolved22); "l'article L. 1 précité" names
// L. 1 as before. Outcomes checked by hand.
func TestRefs25ArticlePrecited(t *testing.T) {
	two := []string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche.|Le juge A rend."}
	for _, tc := range []struct {
		lines   []string
		want    []string
		refused error
	}{
		{[]string{"1° À l'article L. 2, le mot : « tranche » est remplacé par le mot : « juge » ;", "2° Le premier alinéa de l'article précité est supprimé."},
			[]string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A rend."}, nil},
		{[]string{"1° Le second alinéa de l'article L. 1 est supprimé ;", "2° À l'article précité, " + refs22Words},
			[]string{"L1: Le juge B statue.", "L2: Le juge A tranche.|Le juge A rend."}, nil},
		{[]string{"1° Au premier alinéa de l'article L. 1 et au second alinéa de l'article précité, " + refs22Words},
			[]string{"L1: Le juge B statue.|Le juge B décide.", "L2: Le juge A tranche.|Le juge A rend."}, nil},
		{[]string{"1° À l'article L. 2, le mot : « tranche » est remplacé par le mot : « dit » ;", "2° Le premier alinéa de l'article L. 1 précité est supprimé."},
			[]string{"L1: Le juge A décide.", "L2: Le juge A dit.|Le juge A rend."}, nil},
		{[]string{"1° Aux articles L. 1 et L. 2, le mot : « juge » est remplacé par le mot : « tribunal » ;", "2° Le premier alinéa de l'article précité est supprimé."},
			nil, errSameUnresolved22},
		{[]string{"1° Le premier alinéa de l'article précité est supprimé."},
			nil, errSameUnresolved22},
	} {
		got, ins, errs := refs25Run(refs22Corpus(two...), tc.lines...)
		last := ins[len(ins)-1]
		if tc.refused != nil {
			if last.Status != Unparsed || !errors.Is(last.refusal, tc.refused) {
				t.Errorf("%q: status %v, refusal %v; want refused %v", tc.lines, last.Status, last.refusal, tc.refused)
			}
			continue
		}
		if last.Status != Parsed || !slices.Equal(got, tc.want) || len(errs) != 0 {
			t.Errorf("%q:\n got %v %q errs %v\nwant %q", tc.lines, last.Status, got, errs, tc.want)
		}
	}
}

// TestRefs25ArticleAndGroup: one part named for an article and a group
// of articles ("Au premier alinéa de l'article L. 1 et des articles L. 2
// et L. 3") is that part of each (it was refused: a second article
// named apart); an article lacking it refuses the whole instruction
// (errApartPartMissing24); a nested part stays refused. Outcomes
// checked by hand.
func TestRefs25ArticleAndGroup(t *testing.T) {
	three := []string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche.|Le juge A rend.", "L3: Le juge A dit.|Le juge A lit."}
	got, ins, errs := refs25Run(refs22Corpus(three...), "1° Au premier alinéa de l'article L. 1 et des articles L. 2 et L. 3, "+refs22Words)
	want := []string{"L1: Le juge B statue.|Le juge A décide.", "L2: Le juge B tranche.|Le juge A rend.", "L3: Le juge B dit.|Le juge A lit."}
	if ins[len(ins)-1].Status != Parsed || !slices.Equal(got, want) || len(errs) != 0 {
		t.Errorf("group: got %v %q errs %v; want %q", ins[len(ins)-1].Status, got, errs, want)
	}
	short := []string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche.|Le juge A rend.", "L3: Le juge A dit."}
	_, _, errs = refs25Run(refs22Corpus(short...), "1° Au second alinéa de l'article L. 1 et des articles L. 2 et L. 3, "+refs22Words)
	if len(errs) == 0 || !errors.Is(errs[len(errs)-1].Err, errApartPartMissing24) {
		t.Errorf("part missing: errs %v; want errApartPartMissing24", errs)
	}
	_, ins, _ = refs25Run(refs22Corpus(three...), "1° À la fin du premier alinéa de l'article L. 1 et des articles L. 2 et L. 3, "+refs22Words)
	if ins[len(ins)-1].Status != Unparsed {
		t.Errorf("nested part: status %v; want refused", ins[len(ins)-1].Status)
	}
}
