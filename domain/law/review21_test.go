package law

import (
	"strings"
	"testing"
)

// TestReview21DivisionAfterArticleClause: a division named in full in the
// second clause of an instruction whose first named an article ("L'article
// L. 3 est abrogé et la section 3 du chapitre Ier … devient la section
// 4") is the code's, not a part of L. 3: its articles move (the
// renumbering was recorded only, nothing moved, nothing said). A
// "paragraphe" may be an article's own: left as before.
func TestReview21DivisionAfterArticleClause(t *testing.T) {
	cc := "Le code de commerce est ainsi modifié :"
	ch := "du chapitre Ier du titre Ier du livre Ier"
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"under a context", []string{cc, "1° L'article L. 3 est abrogé et la section 3 " + ch + " devient la section 4 ;"},
			[]string{"-l3", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{"the code named", []string{"L'article L. 4 du code de commerce est abrogé et la section 3 " + ch + " devient la section 4."},
			[]string{"-l4", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{"alone, as before", []string{cc, "1° La section 3 " + ch + " devient la section 4 ;"},
			[]string{"~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
	} {
		before := div8Corpus()
		out, errs, _ := gdApply(before, tc.lines...)
		if len(errs) > 0 {
			t.Errorf("%s: %v", tc.name, errs)
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: changes %q, want %q", tc.name, got, tc.want)
		}
	}
}
