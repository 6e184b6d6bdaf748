package law

import (
	"strings"
	"testing"
)

// runDissolved parses and applies text on a corpus of the code civil
// whose articles are filed in divs, and checks each article's folders
// against want (an article absent from want keeps its own), or that the
// instruction is refused (want nil) with no folder changed.
func runDissolved(t *testing.T, name string, divs map[string][]string, text []string, want map[string][]string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		arts := map[string][]string{}
		for h := range divs {
			arts[h] = []string{"Le juge " + h + " signe."}
		}
		c := divisionCorpus(arts, divs)
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if want == nil {
			if !refusedSomewhere(ins, errs) {
				t.Fatalf("applied, want refused")
			}
			want = divs
		} else {
			for _, in := range ins {
				if in.Status == Unparsed {
					t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
				}
			}
			if len(errs) > 0 {
				t.Fatalf("apply: %v", errs[0])
			}
		}
		for h, d := range divs {
			w, ok := want[h]
			if !ok {
				w = d
			}
			g := got[CodeRef{Code: "code civil", Article: ArticleKey(h)}]
			if strings.Join(g.Division, "/") != strings.Join(w, "/") {
				t.Errorf("%s: folders %q, want %q", h, g.Division, w)
			}
			if strings.Join(g.Alineas, "\n") != strings.Join(arts[h], "\n") {
				t.Errorf("%s: text %q changed", h, g.Alineas)
			}
		}
	})
}

// TestDiv13DivisionDissolved: "La division et l'intitulé de la section 1
// du chapitre II … sont supprimés" removes the division, its articles
// kept: they go up into the division that held it (their folders lose
// its level) when it is left with no other division of that kind — its
// only section, or all its sections removed together ("Les divisions et
// intitulés des sections 1 et 2 … sont supprimés"). Another section
// staying beside it, where its articles go is not said: refused (the
// articles were left in a section that no longer exists). The heading
// alone removed ("L'intitulé de la section 1 … est supprimé") moves
// nothing.
func TestDiv13DivisionDissolved(t *testing.T) {
	ch := func(n string, rest ...string) []string {
		return append([]string{"livre-ier", "titre-ier", "chapitre-" + n}, rest...)
	}
	divs := map[string][]string{
		"L1": ch("ier", "section-1"), "L2": ch("ier", "section-2"), "L3": ch("ier", "section-2", "sous-section-1"),
		"L4": ch("ii", "section-1"), "L5": ch("ii", "section-1"),
		"L6": ch("iii"), "L7": ch("iii", "section-1"), "L8": ch("iii", "section-2"),
	}
	runDissolved(t, "the only section of its chapter", divs,
		[]string{"La division et l'intitulé de la section 1 du chapitre II du titre Ier du livre Ier du code civil sont supprimés."},
		map[string][]string{"L4": ch("ii"), "L5": ch("ii")})
	runDissolved(t, "all the sections of the chapter together", divs,
		[]string{"Les divisions et intitulés des sections 1 et 2 du chapitre Ier du titre Ier du livre Ier du code civil sont supprimés."},
		map[string][]string{"L1": ch("ier"), "L2": ch("ier"), "L3": ch("ier", "sous-section-1")})
	runDissolved(t, "all the sections, beside an article of the chapter itself", divs,
		[]string{"Les divisions et intitulés des sections 1 et 2 du chapitre III du titre Ier du livre Ier du code civil sont supprimés."},
		map[string][]string{"L7": ch("iii"), "L8": ch("iii")})
	runDissolved(t, "under a head naming the chapter", divs,
		[]string{"Le chapitre II du titre Ier du livre Ier du code civil est ainsi modifié :", "1° La division et l'intitulé de la section 1 sont supprimés ;", "2° À l'article L. 4, le mot : « juge » est remplacé par le mot : « juge »."},
		map[string][]string{"L4": ch("ii"), "L5": ch("ii")})
	runDissolved(t, "a section with another beside it: refused", divs,
		[]string{"La division et l'intitulé de la section 2 du chapitre Ier du titre Ier du livre Ier du code civil sont supprimés."},
		nil)
	runDissolved(t, "a chapter with others beside it: refused", divs,
		[]string{"La division et l'intitulé du chapitre II du titre Ier du livre Ier du code civil sont supprimés."},
		nil)
	runDissolved(t, "a chapter by one level, not the code's top: refused", divs,
		[]string{"La division et l'intitulé du chapitre II du code civil sont supprimés."},
		nil)
	runDissolved(t, "the heading alone: no article moves", divs,
		[]string{"L'intitulé de la section 2 du chapitre Ier du titre Ier du livre Ier du code civil est supprimé."},
		map[string][]string{})
	runDissolved(t, "a division holding no article of the corpus: recorded", divs,
		[]string{"La division et l'intitulé de la section 1 du chapitre IV du titre Ier du livre Ier du code civil sont supprimés."},
		map[string][]string{})
	one := map[string][]string{"L1": {"livre-ier", "titre-ier"}, "L2": {"livre-ier", "titre-ii", "chapitre-ier"}, "L3": {"livre-ii", "titre-ier"}}
	runDissolved(t, "the only chapter of its titre", one,
		[]string{"La division et l'intitulé du chapitre Ier du titre II du livre Ier du code civil sont supprimés."},
		map[string][]string{"L2": {"livre-ier", "titre-ii"}})
	runDissolved(t, "a livre beside another: refused", one,
		[]string{"La division et l'intitulé du livre II du code civil sont supprimés."},
		nil)
}
