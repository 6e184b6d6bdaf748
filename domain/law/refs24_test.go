package law

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestRefs24ArticlesApartText: one part named for articles each after
// "de l'article", the text named after the last ("Au premier alinéa de
// l'article L. 1 et de l'article L. 2 du code civil"), is that part of
// each, in that text (it was refused); under the context of another
// text it stays refused (errTextOfArticlesUnsaid24); a part nested in
// another, or a text after each article, stays refused as before.
// Outcomes checked by hand.
func TestRefs24ArticlesApartText(t *testing.T) {
	two := []string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche.|Le juge A rend."}
	three := append(slices.Clone(two), "L3: Le juge A dit.|Le juge A lit.")
	for _, tc := range []struct {
		arts    []string
		line    string
		want    []string
		refused error
	}{
		{two, "1° Au premier alinéa de l'article L. 1 et de l'article L. 2 du code civil, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge A décide.", "L2: Le juge B tranche.|Le juge A rend."}, nil},
		{three, "1° Le dernier alinéa de l'article L. 1, de l'article L. 2 et de l'article L. 3 du code civil est supprimé ;",
			[]string{"L1: Le juge A statue.", "L2: Le juge A tranche.", "L3: Le juge A dit."}, nil},
		{two, "1° Au premier alinéa de l'article L. 1 et de l'article L. 2 du même code, " + refs22Words,
			[]string{"L1: Le juge B statue.|Le juge A décide.", "L2: Le juge B tranche.|Le juge A rend."}, nil},
		{two, "1° Au premier alinéa de l'article L. 1 et de l'article L. 2 du code pénal, " + refs22Words,
			two, errTextOfArticlesUnsaid24},
		{two, "1° À la fin du premier alinéa de l'article L. 1 et de l'article L. 2 du code civil, " + refs22Words,
			two, errJoinedPlacesUnread22},
		{two, "1° Au premier alinéa de l'article L. 1 du code civil et de l'article L. 2 du code civil, " + refs22Words,
			two, errJoinedPlacesUnread22},
	} {
		got, in, errs := refs22Run(refs22Corpus(tc.arts...), tc.line)
		if tc.refused != nil {
			if in.Status != Unparsed || !errors.Is(in.refusal, tc.refused) {
				t.Errorf("%q: status %v, refusal %v; want refused %v", tc.line, in.Status, in.refusal, tc.refused)
			}
			continue
		}
		if in.Status != Parsed || !slices.Equal(got, tc.want) || len(errs) != 0 {
			t.Errorf("%q:\n got %v %q errs %v\nwant %q", tc.line, in.Status, got, errs, tc.want)
		}
	}
}

// TestRefs24ArticlesApartNoContext: with no context, the text named
// after the last article is each's, as "à l'article L. 1 et à l'article
// L. 2 du code civil" is.
func TestRefs24ArticlesApartNoContext(t *testing.T) {
	c := refs22Corpus("L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche.|Le juge A rend.")
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Au second alinéa de l'article L. 1 et de l'article L. 2 du code civil, " + refs22Words}}})
	out, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) != 0 || len(ins) != 1 || ins[0].Status != Parsed {
		t.Fatalf("got %+v errs %v", ins, errs)
	}
	for _, h := range []string{"L1", "L2"} {
		a := out[CodeRef{Code: "code civil", Article: ArticleKey(h)}]
		if len(a.Alineas) != 2 || !strings.HasPrefix(a.Alineas[1], "Le juge B") || !strings.Contains(a.Alineas[0], " A ") {
			t.Errorf("%s: %q", h, a.Alineas)
		}
	}
}

// TestRefs24ApartPartMissing: one part named for articles named apart,
// one of which does not hold it ("Au second alinéa de l'article L. 1 et
// de l'article L. 2", L. 2 of one alinéa), may name the whole L. 2: the
// instruction is refused whole (errApartPartMissing24), L. 1 unchanged
// (its edit stood). One noun for both ("des articles L. 1 et L. 2")
// names the part of each: refused in the article lacking it alone, as
// before.
func TestRefs24ApartPartMissing(t *testing.T) {
	arts := []string{"L1: Le juge A statue.|Le juge A décide.", "L2: Le juge A tranche."}
	for _, line := range []string{
		"1° Au second alinéa de l'article L. 1 et de l'article L. 2, " + refs22Words,
		"1° Au second alinéa de l'article L. 1 et de l'article L. 2 du code civil, " + refs22Words,
	} {
		got, in, errs := refs22Run(refs22Corpus(arts...), line)
		if in.Status != Parsed || !slices.Equal(got, arts) || len(errs) == 0 {
			t.Errorf("%q: got %v %q errs %v; want refused, unchanged", line, in.Status, got, errs)
			continue
		}
		for _, e := range errs {
			if !errors.Is(e.Err, errApartPartMissing24) {
				t.Errorf("%q: %v; want errApartPartMissing24", line, e)
			}
		}
	}
	got, _, errs := refs22Run(refs22Corpus(arts...), "1° Au second alinéa des articles L. 1 et L. 2, "+refs22Words)
	if want := []string{"L1: Le juge A statue.|Le juge B décide.", "L2: Le juge A tranche."}; !slices.Equal(got, want) || len(errs) != 1 || errors.Is(errs[0].Err, errApartPartMissing24) {
		t.Errorf("des articles: got %q errs %v; want %q, one error", got, errs, want)
	}
}
