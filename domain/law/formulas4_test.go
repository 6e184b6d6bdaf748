package law

import "testing"

// TestGrammarDivisionListsRewritten: a list or range of alinéas or items
// rewritten, replaced or repealed together — "les troisième et quatrième
// alinéas sont remplacés par un alinéa" replaces both by one (each was
// replaced by it), "les 2° à 3° sont abrogés" (the whole article was
// deleted).
func TestGrammarDivisionListsRewritten(t *testing.T) {
	items := []string{"Sont exclus :", "1° Les meubles ;", "2° Les navires ;", "3° Les immeubles ;", "4° Les fusées."}
	runGrammar(t, []grammarCase{
		{name: "les troisième et quatrième alinéas remplacés par un alinéa", before: []string{"A.", "B.", "C.", "D.", "E."},
			text: []string{"Les troisième et quatrième alinéas de l'article L. 1 du code civil sont remplacés par un alinéa ainsi rédigé :", "« X. »"},
			want: []string{"A.", "B.", "X.", "E."}},
		{name: "les deuxième à quatrième alinéas remplacés par deux alinéas", before: []string{"A.", "B.", "C.", "D.", "E."},
			text: []string{"Les deuxième à quatrième alinéas de l'article L. 1 du code civil sont remplacés par deux alinéas ainsi rédigés :", "« X.", "« Y. »"},
			want: []string{"A.", "X.", "Y.", "E."}},
		{name: "les 2° à 3° sont abrogés", before: items,
			text: []string{"Les 2° à 3° de l'article L. 1 du code civil sont abrogés."},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° (Abrogé) ;", "3° (Abrogé) ;", "4° Les fusées."}},
		{name: "les 2° et 3° sont ainsi rédigés", before: items,
			text: []string{"Les 2° et 3° de l'article L. 1 du code civil sont ainsi rédigés :", "« 2° Les avions ;", "« 3° Les trains ; »"},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les avions ;", "3° Les trains ;", "4° Les fusées."}},
		{name: "le 2° est remplacé par deux alinéas", before: items,
			text: []string{"Le 2° de l'article L. 1 du code civil est remplacé par un 2° et un 2° bis ainsi rédigés :", "« 2° Les avions ;", "« 2° bis Les trains ; »"},
			want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les avions ;", "2° bis Les trains ;", "3° Les immeubles ;", "4° Les fusées."}},
		{name: "les 1° et 2° remplacés par quatre alinéas: one block", before: items,
			text: []string{"Les 1° et 2° de l'article L. 1 du code civil sont remplacés par trois alinéas ainsi rédigés :", "« 1° Les biens :", "« a) Les avions ;", "« b) Les trains ; »"},
			want: []string{"Sont exclus :", "1° Les biens :", "a) Les avions ;", "b) Les trains ;", "3° Les immeubles ;", "4° Les fusées."}},
		{name: "les 1° et 3° (not consecutive) rewritten by lines not bearing their labels: refused", before: items,
			text: []string{"Les 1° et 3° de l'article L. 1 du code civil sont ainsi rédigés :", "« Les avions ;", "« Les trains ; »"},
			want: nil},
		{name: "an item designation not read refuses the instruction, never the whole article", before: items,
			text: []string{"Les 2° bis à 2° quater de l'article L. 1 du code civil sont abrogés."},
			want: nil},
	})
}
