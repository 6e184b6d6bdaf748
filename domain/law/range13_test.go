package law

import (
	"errors"
	"testing"
)

// TestRange13LetterRangeParenthesised: a range of letters written with
// their parenthesis, "Les a) à c) du II … sont supprimés", "Au II, les
// a) à c) …", "Du a) au c) du II …", is the range "les a à c" (the range
// was not read and the whole II deleted).
func TestRange13LetterRangeParenthesised(t *testing.T) {
	L := []string{"I. – Le maire signe.", "II. – Le juge tranche :", "a) Aa ;", "b) Bb ;", "c) Cc ;", "d) Dd.", "III. – Le greffier note."}
	want := []string{"I. – Le maire signe.", "II. – Le juge tranche :", "a) (Abrogé) ;", "b) (Abrogé) ;", "c) (Abrogé) ;", "d) Dd.", "III. – Le greffier note."}
	runGrammar(t, []grammarCase{
		{name: "les a) à c) du II", before: L, text: []string{"Les a) à c) du II de l'article L. 1 du code civil sont supprimés."}, want: want},
		{name: "au II, les a) à c)", before: L, text: []string{"Au II de l'article L. 1 du code civil, les a) à c) sont supprimés."}, want: want},
		{name: "du a) au c)", before: L, text: []string{"Du a) au c) du II de l'article L. 1 du code civil sont supprimés."}, want: want},
		{name: "aux a) à b), words", before: []string{"II. – Le juge tranche :", "a) Le maire ;", "b) Le maire ;", "c) Le maire."}, text: []string{"Aux a) à b) du II de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"II. – Le juge tranche :", "a) Le préfet ;", "b) Le préfet ;", "c) Le maire."}},
		{name: "without parenthesis, as before", before: L, text: []string{"Les a à c du II de l'article L. 1 du code civil sont supprimés."}, want: want},
	})
}

// TestRange13RangeEndGoneInBill: a range of articles whose first or last
// article an earlier instruction of the same text repealed or renumbered
// ("L'article L. 4 devient l'article L. 9" then "Les articles L. 2 à
// L. 4 sont abrogés", "Aux articles L. 2 à L. 4, …") is refused
// (errGoneInBill): drawn on the text as it was it reaches L. 9, as it is
// now it stops at L. 3 (the articles left in it were edited, the one
// renumbered passed over). An article inside the range gone, or the
// range re-established with its ends, is applied as before.
func TestRange13RangeEndGoneInBill(t *testing.T) {
	for _, c := range []struct {
		name string
		arts []string
		want string // the reason; "" applied
		l2   string // L. 2 after the text
	}{
		{"last renumbered", []string{"L'article L. 4 du code civil devient l'article L. 6.", "Les articles L. 2 à L. 4 du code civil sont abrogés."},
			"a range of articles bounded by article l4, renumbered l6 earlier in this text: whether it is drawn on the text as it was or as it is now is not said", ""},
		{"last renumbered, same bill article", []string{"Le code civil est ainsi modifié :\n1° L'article L. 4 devient l'article L. 6 ;\n2° Les articles L. 2 à L. 4 sont abrogés."},
			"a range of articles bounded by article l4, renumbered l6 earlier in this text: whether it is drawn on the text as it was or as it is now is not said", ""},
		{"first repealed", []string{"L'article L. 2 du code civil est abrogé.", "Les articles L. 2 à L. 4 du code civil sont abrogés."},
			"a range of articles bounded by article l2, repealed earlier in this text: whether it is drawn on the text as it was or as it is now is not said", "gone"},
		{"words, last renumbered", []string{"L'article L. 4 du code civil devient l'article L. 6.", "Aux articles L. 2 à L. 4 du code civil, le mot : « statue » est remplacé par le mot : « juge »."},
			"a range of articles bounded by article l4, renumbered l6 earlier in this text: whether it is drawn on the text as it was or as it is now is not said", ""},
		{"inside repealed", []string{"L'article L. 3 du code civil est abrogé.", "Les articles L. 2 à L. 4 du code civil sont abrogés."}, "", "gone"},
		{"re-established", []string{"Les articles L. 2 à L. 4 du code civil sont abrogés.", "Les articles L. 2 à L. 4 du code civil sont ainsi rétablis :\n« Art. L. 2. – Le préfet signe. »\n« Art. L. 3. – Le juge signe. »\n« Art. L. 4. – Le greffier signe. »"}, "", "Le préfet signe."},
	} {
		out, got, errs := c11Apply(t, c.arts...)
		if c.want == "" {
			if len(errs) > 0 || got["l2"] != c.l2 {
				t.Errorf("%s: L. 2 %q, errors %v; want %q", c.name, got["l2"], errs, c.l2)
			}
			continue
		}
		var g errGoneInBill
		if len(errs) != 1 || errs[0].Missing || !errors.As(errs[0], &g) || errs[0].Reason != c.want {
			t.Errorf("%s: errors %v, want %q", c.name, errs, c.want)
		}
		if got["l2"] != c.l2 || got["l3"] != "" {
			t.Errorf("%s: L. 2 %q, L. 3 %q: the range edited", c.name, got["l2"], got["l3"])
		}
		_ = out
	}
}
