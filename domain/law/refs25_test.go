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
