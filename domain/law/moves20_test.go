package law

import (
	"errors"
	"testing"
)

// moves20Corpus holds the code civil's L. 1 to L. 6 ("Un.", …, "Six.").
func moves20Corpus() Corpus {
	c := Corpus{}
	for i, h := range []string{"L1", "L2", "L3", "L4", "L5", "L6"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{[]string{"Un.", "Deux.", "Trois.", "Quatre.", "Cinq.", "Six."}[i]}}
	}
	return c
}

// moves20Apply applies one bill article to moves20Corpus and gives the
// text of each article left (by its key) and the errors.
func moves20Apply(al ...string) (map[string]string, []ApplyError) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: al}})
	got, errs := Apply(moves20Corpus(), ins, ApplyOptions{})
	left := map[string]string{}
	for r, a := range got {
		if len(a.Alineas) > 0 {
			left[r.Article] = a.Alineas[0]
		}
	}
	return left, errs
}

// TestMoves20RenumberingCycle: renumberings applied together whose new
// numbers go round ("L'article L. 1 devient l'article L. 2 et l'article
// L. 2 devient l'article L. 1", three articles round, or in two items of
// a list) are refused, as a list of articles in a cycle is; they were
// applied as a swap. A chain that ends on a number freed ("L. 1 devient
// L. 7 et L. 2 devient L. 1") is read, and a renumbering of the list
// outside the cycle stays applied.
func TestMoves20RenumberingCycle(t *testing.T) {
	for _, tc := range []struct {
		name string
		al   []string
		want map[string]string
		ok   bool
	}{
		{"a swap in one alinéa", []string{"L'article L. 1 du code civil devient l'article L. 2 et l'article L. 2 devient l'article L. 1."}, map[string]string{"l1": "Un.", "l2": "Deux."}, false},
		{"three round", []string{"L'article L. 1 du code civil devient l'article L. 2, l'article L. 2 devient l'article L. 3 et l'article L. 3 devient l'article L. 1."}, map[string]string{"l1": "Un.", "l2": "Deux.", "l3": "Trois."}, false},
		{"a swap in two items", []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 devient l'article L. 2 ;", "2° L'article L. 2 devient l'article L. 1 ;", "3° L'article L. 5 devient l'article L. 9."}, map[string]string{"l1": "Un.", "l2": "Deux.", "l9": "Cinq."}, false},
		{"a chain onto a number freed", []string{"L'article L. 1 du code civil devient l'article L. 7 et l'article L. 2 devient l'article L. 1."}, map[string]string{"l1": "Deux.", "l7": "Un."}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			left, errs := moves20Apply(tc.al...)
			if tc.ok != (len(errs) == 0) {
				t.Fatalf("errs %v", errs)
			}
			if !tc.ok {
				var cyc errRenumberCycle
				found := false
				for _, e := range errs {
					found = found || errors.As(e.Err, &cyc)
				}
				if !found {
					t.Errorf("no errRenumberCycle in %v", errs)
				}
			}
			for k, w := range tc.want {
				if left[k] != w {
					t.Errorf("%s = %q, want %q (%v)", k, left[k], w, left)
				}
			}
		})
	}
}

// TestMoves20RangeOntoRenumberingRefused: a range named by the new
// numbers a renumbering of the same bill article gave but could not
// apply (onto articles in force), "Les articles L. 4 à L. 6 deviennent
// les articles L. 1 à L. 3 et les articles L. 1 à L. 3 sont abrogés"
// (in one alinéa or two items), is refused as one article named so is
// (errRenumberedOnto): read in order it is the articles renumbered, the
// corpus holds others — the former L. 1 to L. 3 were repealed. In the
// order that frees the numbers first, read.
func TestMoves20RangeOntoRenumberingRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		al   []string
		want map[string]string
		ok   bool
	}{
		{"one alinéa", []string{"Les articles L. 4 à L. 6 du code civil deviennent les articles L. 1 à L. 3 et les articles L. 1 à L. 3 sont abrogés."}, map[string]string{"l1": "Un.", "l3": "Trois.", "l4": "Quatre."}, false},
		{"two items", []string{"Le code civil est ainsi modifié :", "1° Les articles L. 4 à L. 6 deviennent les articles L. 1 à L. 3 ;", "2° Les articles L. 1 à L. 3 sont abrogés."}, map[string]string{"l1": "Un.", "l3": "Trois.", "l4": "Quatre."}, false},
		{"a range over one of them", []string{"Le code civil est ainsi modifié :", "1° L'article L. 6 devient l'article L. 2 ;", "2° Les articles L. 1 à L. 3 sont abrogés."}, map[string]string{"l1": "Un.", "l2": "Deux.", "l6": "Six."}, false},
		{"repealed first", []string{"Les articles L. 1 à L. 3 du code civil sont abrogés et les articles L. 4 à L. 6 deviennent les articles L. 1 à L. 3."}, map[string]string{"l1": "Quatre.", "l3": "Six.", "l4": ""}, true},
		{"a range elsewhere", []string{"Le code civil est ainsi modifié :", "1° L'article L. 6 devient l'article L. 1 ;", "2° Les articles L. 3 à L. 4 sont abrogés."}, map[string]string{"l1": "Un.", "l3": "", "l6": "Six."}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			left, errs := moves20Apply(tc.al...)
			if tc.ok != (len(errs) == 0) {
				t.Fatalf("errs %v", errs)
			}
			for k, w := range tc.want {
				if left[k] != w {
					t.Errorf("%s = %q, want %q (%v)", k, left[k], w, left)
				}
			}
		})
	}
}
