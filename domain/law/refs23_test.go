package law

import (
	"errors"
	"slices"
	"testing"
)

// TestRefs23ArticlesApart: one part named for articles each after "de
// l'article" ("Au premier alinéa de l'article L. 1 et de l'article
// L. 2") is that part of each, as "des articles L. 1 et L. 2" (it was
// refused); an article with its own text stays refused; a part one
// article lacks is refused there, the others' edits standing. Outcomes
// checked by hand.
func TestRefs23ArticlesApart(t *testing.T) {
	two := []string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche.|Le juge A rend."}
	for _, tc := range []struct {
		arts    []string
		line    string
		want    []string
		nErrs   int
		refused error
	}{
		{two, "1° Au premier alinéa de l'article L. 1 et de l'article L. 2, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge A décide.", "L2: Le juge B tranche.|Le juge A rend."}, 0, nil},
		{append(slices.Clone(two), "L3: Le juge A dit.|Le juge A lit."), "1° Au second alinéa de l'article L. 1, de l'article L. 2 et de l'article L. 3, " + refs22Words,
			[]string{"L1: Le juge A statue.|Le juge B décide.", "L2: Le juge A tranche.|Le juge B rend.", "L3: Le juge A dit.|Le juge B lit."}, 0, nil},
		{[]string{"L1: A un.|A deux.|A trois.", "L2: A un.|A deux.|A trois."}, "1° Aux deuxième et troisième alinéas de l'article L. 1 et de l'article L. 2, " + refs22Words,
			[]string{"L1: A un.|B deux.|B trois.", "L2: A un.|B deux.|B trois."}, 0, nil},
		// A part nested in another: "de l'article L. 2" may be the
		// sentence's (L. 2's last) or the alinéa's: still refused.
		{two, "1° À la dernière phrase du second alinéa de l'article L. 1 et de l'article L. 2, " + refs22Words,
			two, 0, errJoinedPlacesUnread22},
		// A text after the last only, the context's: read (refs24).
		{two, "1° Au premier alinéa de l'article L. 1 et de l'article L. 2 du code civil, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge A décide.", "L2: Le juge B tranche.|Le juge A rend."}, 0, nil},
		{two, "1° Le premier alinéa de l'article L. 1 et de l'article L. 2 est supprimé ;",
			[]string{"L1: Le juge A décide.", "L2: Le juge A rend."}, 0, nil},
		// One place among others joined by "et au".
		{append(slices.Clone(two), "L3: Le juge A dit.|Le juge A lit."), "1° Au premier alinéa de l'article L. 1 et de l'article L. 2 et au dernier alinéa de l'article L. 3, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge A décide.", "L2: Le juge B tranche.|Le juge A rend.", "L3: Le juge A dit.|Le juge B lit."}, 0, nil},
		// L. 2 has no second alinéa: "et de l'article L. 2" may be the
		// whole L. 2; refused whole (refs24: errApartPartMissing24).
		{[]string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche."}, "1° Au second alinéa de l'article L. 1 et de l'article L. 2, " + refs22Words,
			[]string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche."}, 2, nil},
		// Each article with its own text: still refused.
		{two, "1° Au premier alinéa de l'article L. 1 du code civil et de l'article L. 2 du code de commerce, " + refs22Words,
			two, 0, errJoinedPlacesUnread22},
	} {
		got, in, errs := refs22Run(refs22Corpus(tc.arts...), tc.line)
		if tc.refused != nil {
			if in.Status != Unparsed || !errors.Is(in.refusal, tc.refused) {
				t.Errorf("%q: status %v, refusal %v; want refused %v", tc.line, in.Status, in.refusal, tc.refused)
			}
			continue
		}
		if in.Status != Parsed || !slices.Equal(got, tc.want) || len(errs) != tc.nErrs {
			t.Errorf("%q:\n got %v %q errs %v\nwant %q, %d errors", tc.line, in.Status, got, errs, tc.want, tc.nErrs)
		}
	}
}

// TestRefs23SentenceNotFound: a sentence the alinéa does not hold is
// refused as such (errSentenceNotFound23), not as words not found.
func TestRefs23SentenceNotFound(t *testing.T) {
	c := refs22Corpus("L1: Le juge A statue.|Le juge A décide.")
	for _, line := range []string{
		"1° À la deuxième phrase du premier alinéa de l'article L. 1, " + refs22Words,
		"1° Aux deuxième et troisième phrases du premier alinéa de l'article L. 1, " + refs22Words,
	} {
		got, _, errs := refs22Run(c, line)
		if len(errs) == 0 || !slices.Equal(got, []string{"L1: Le juge A statue.|Le juge A décide."}) {
			t.Fatalf("%q: got %q errs %v; want refused, unchanged", line, got, errs)
		}
		for _, e := range errs {
			if !errors.Is(e, errSentenceNotFound23) {
				t.Errorf("%q: %v; want errSentenceNotFound23", line, e)
			}
		}
	}
}

// TestRefs23SubjectsCounted: subjects each naming its article, one of
// them a part nested or counted ("les deux derniers alinéas"), are read
// one by one (they were refused: the second's article was given to the
// first too). Outcomes checked by hand.
func TestRefs23SubjectsCounted(t *testing.T) {
	one := "L1: Le chat dort. Il mange.|Le chien court.|Le lapin saute."
	for _, tc := range []struct {
		arts  []string
		line  string
		want  []string
		nErrs int
	}{
		{[]string{one, "L2: Le chat vole.|Le chien nage.|Le lapin rit."},
			"1° La dernière phrase du premier alinéa de l'article L. 1 et les deux derniers alinéas de l'article L. 2 sont supprimés ;",
			[]string{"L1: Le chat dort.|Le chien court.|Le lapin saute.", "L2: Le chat vole."}, 0},
		{[]string{one, "L2: Le chat vole.|Le chien nage.|Le lapin rit."},
			"1° Le premier alinéa de l'article L. 1 et les deux premiers alinéas de l'article L. 2 sont supprimés ;",
			[]string{"L1: Le chien court.|Le lapin saute.", "L2: Le lapin rit."}, 0},
		{[]string{one, "L2: Le chat vole. Il rit. Il nage.|Le chien nage."},
			"1° Le deuxième alinéa de l'article L. 1 et les deux dernières phrases du premier alinéa de l'article L. 2 sont supprimés ;",
			[]string{"L1: Le chat dort. Il mange.|Le lapin saute.", "L2: Le chat vole.|Le chien nage."}, 0},
		{[]string{one, "L2: Le chat vole. Il rit.|Le chien nage."},
			"1° Le deuxième alinéa de l'article L. 1 et la dernière phrase du premier alinéa de l'article L. 2 sont supprimés ;",
			[]string{"L1: Le chat dort. Il mange.|Le lapin saute.", "L2: Le chat vole.|Le chien nage."}, 0},
		// The second's article the first's, named back: one article.
		{[]string{one, "L2: Le chat vole.|Le chien nage."},
			"1° La dernière phrase du premier alinéa de l'article L. 1 et le deuxième alinéa du même article sont supprimés ;",
			[]string{"L1: Le chat dort.|Le lapin saute.", "L2: Le chat vole.|Le chien nage."}, 0},
		// L. 2 has two alinéas, three named: refused there, L. 1's
		// edit stands.
		{[]string{one, "L2: Le chat vole.|Le chien nage."},
			"1° La dernière phrase du premier alinéa de l'article L. 1 et les trois derniers alinéas de l'article L. 2 sont supprimés ;",
			[]string{"L1: Le chat dort.|Le chien court.|Le lapin saute.", "L2: Le chat vole.|Le chien nage."}, 1},
	} {
		got, in, errs := refs22Run(refs22Corpus(tc.arts...), tc.line)
		if in.Status != Parsed || !slices.Equal(got, tc.want) || len(errs) != tc.nErrs {
			t.Errorf("%q:\n got %v %q errs %v\nwant %q, %d errors", tc.line, in.Status, got, errs, tc.want, tc.nErrs)
		}
	}
}
