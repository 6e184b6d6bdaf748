package law

import (
	"strings"
	"testing"
)

// runDivisionsRefused applies text to a code civil holding arts in the
// folders divs and wants a refusal: an error other than a missing
// article, and every article of arts left as it was.
func runDivisionsRefused(t *testing.T, name string, arts, divs map[string][]string, text []string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		c := divisionCorpus(arts, divs)
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		refused := refusedSomewhere(ins, errs)
		if !refused {
			t.Fatalf("applied, want refused (errors %v)", errs)
		}
		for h, w := range arts {
			g := got[CodeRef{Code: "code civil", Article: ArticleKey(h)}].Alineas
			if strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("%s: got %q, want %q", h, g, w)
			}
		}
	})
}

// TestCodif2RenumberedElsewhereThenNamed: divisions renumbered into
// another kind with no parent said ("Les sections 2 et 3 deviennent
// respectivement les paragraphes 1 et 2", "La section 3 devient le
// paragraphe 1"), are recorded only, and by a range not spelled out one
// by one ("Les sections 2 à 3 bis deviennent les sections 3 à 4")
// refused, as recorded (a range of arabic numbers is read now); a later instruction of the bill
// naming a division they may have changed, by its former number or its
// new one, is refused (it repealed the articles of the former section 2,
// or of the former section 3, whatever the bill meant). A division
// outside them is still applied.
func TestCodif2RenumberedElsewhereThenNamed(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}, "L4": {"Le clerc lit."}, "L5": {"Le notaire note."}}
	sec := func(ch, n string) []string {
		return []string{"livre-ier", "titre-ier", "chapitre-" + ch, "section-" + n}
	}
	divs := map[string][]string{"L1": sec("ier", "1"), "L2": sec("ier", "2"), "L3": sec("ier", "3"), "L4": sec("ier", "3"), "L5": sec("ii", "1")}
	H := "Le chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifié :"
	into := "1° Les sections 2 et 3 deviennent respectivement les paragraphes 1 et 2 ;"
	runDivisionsRefused(t, "into paragraphs, then the former number", arts, divs,
		[]string{H, into, "2° La section 2 est abrogée."})
	runDivisionsRefused(t, "into paragraphs, then a section renumbered onto them", arts, divs,
		[]string{H, into, "2° La section 1 devient la section 3."})
	runDivisionsRefused(t, "a range, then the new number", arts, divs,
		[]string{H, "1° Les sections 2 à 3 bis deviennent les sections 3 à 4 ;", "2° La section 3 est abrogée."})
	runDivisionsRefused(t, "into a paragraph, then a rewrite of the former number", arts, divs,
		[]string{H, "1° La section 3 devient le paragraphe 1 ;", "2° La section 3 est ainsi rédigée :", "« Section 3", "« Du notaire", "« Art. L. 3. – Le notaire lit. »"})
	runDivisions(t, "another chapter is still applied", arts, divs,
		[]string{"1° Les sections 2 et 3 du chapitre Ier du titre Ier du livre Ier du code civil deviennent respectivement les paragraphes 1 et 2 ;", "2° La section 1 du chapitre II du titre Ier du livre Ier du code civil est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": arts["L2"], "L5": nil})
}

// TestCodif2RenumberedIntoAParent: divisions renumbered with the parent
// of their new numbers said, "Les sections 2 et 3 deviennent
// respectivement les sous-sections 1 et 2 de la section 1" (a sibling of
// theirs), "La section 2 du chapitre Ier … devient la section 2 du
// chapitre II" (a level of their path), move their articles there, so
// that the bill's later instructions naming the new place find them (it
// was recorded only; "La sous-section 2 de la section 1 est abrogée"
// found no article). A new place holding other articles is refused.
func TestCodif2RenumberedIntoAParent(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}, "L4": {"Le clerc lit."}, "L5": {"Le notaire note."}}
	sec := func(ch, n string) []string {
		return []string{"livre-ier", "titre-ier", "chapitre-" + ch, "section-" + n}
	}
	divs := map[string][]string{"L1": sec("ier", "1"), "L2": sec("ier", "2"), "L3": sec("ier", "3"), "L4": sec("ier", "3"), "L5": sec("ii", "1")}
	H := "Le chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifié :"
	runDivisions(t, "into sub-sections of a sibling, then one repealed", arts, divs,
		[]string{H, "1° Les sections 2 et 3 deviennent respectivement les sous-sections 1 et 2 de la section 1 ;", "2° La sous-section 2 de la section 1 est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": arts["L2"], "L3": nil, "L4": nil, "L5": arts["L5"]})
	runDivisions(t, "into a sibling, then the sibling repealed", arts, divs,
		[]string{H, "1° La section 2 devient la sous-section 1 de la section 1 ;", "2° La section 1 est abrogée."},
		map[string][]string{"L1": nil, "L2": nil, "L3": arts["L3"], "L5": arts["L5"]})
	runDivisions(t, "into another chapter, then that chapter's section", arts, divs,
		[]string{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil devient la section 2 du chapitre II.", "La section 2 du chapitre II du titre Ier du livre Ier du code civil est abrogée."},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L3": arts["L3"], "L5": arts["L5"]})
	runDivisionsRefused(t, "onto a section holding articles: refused", arts, divs,
		[]string{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil devient la section 1 du chapitre II."})
}

// TestCodif2OneLevelDivision: a division of a code named by one level,
// "Le livre II du code civil est abrogé", "Le livre II du code civil est
// ainsi rédigé :", "Au livre II du code civil, le mot … ", is the code's
// own, at the top of its folders (past its part, "partie-legislative"):
// its articles go, are replaced, are edited (the repeal and the edit
// found no article; the rewrite added the new articles and left the
// former ones in force). A kind the code's folders do not begin with,
// "Le titre II du code civil" where its articles sit in livres (a titre
// II in each), is refused.
func TestCodif2OneLevelDivision(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le clerc lit."}, "L4": {"Le clerc date."}}
	divs := map[string][]string{"L1": {"livre-ier", "titre-ier"}, "L2": {"livre-ii", "titre-ier"}, "L4": {"livre-ii", "titre-ii"}}
	runDivisions(t, "a livre repealed", arts, divs, []string{"Le livre II du code civil est abrogé."},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L4": nil})
	runDivisions(t, "a livre rewritten", arts, divs,
		[]string{"Le livre II du code civil est ainsi rédigé :", "« Livre II", "« Des biens", "« Art. L. 3. – Le notaire lit. »"},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L3": {"Le notaire lit."}, "L4": nil})
	runDivisions(t, "words in a livre", arts, divs, []string{"Au livre II du code civil, le mot : « clerc » est remplacé par le mot : « notaire »."},
		map[string][]string{"L1": arts["L1"], "L2": {"Le notaire lit."}, "L4": {"Le notaire date."}})
	parts := map[string][]string{"L1": {"partie-legislative", "livre-ier", "titre-ier"}, "L2": {"partie-legislative", "livre-ii", "titre-ier"}, "L4": {"partie-legislative", "livre-ii", "titre-ii"}}
	runDivisions(t, "past the legislative part", arts, parts, []string{"Le livre II du code civil est abrogé."},
		map[string][]string{"L1": arts["L1"], "L2": nil, "L4": nil})
	runDivisionsRefused(t, "a titre of a code in livres: refused", arts, divs, []string{"Le titre II du code civil est abrogé."})
	runDivisionsRefused(t, "a titre rewritten: refused", arts, divs,
		[]string{"Le titre II du code civil est ainsi rédigé :", "« Titre II", "« Des biens", "« Art. L. 3. – Le notaire lit. »"})
}

// TestCodif2AlsoTheRank: a deletion whose second subject after "ainsi
// que" is a rank alone, "Le premier alinéa est supprimé, ainsi que le
// second", "La première phrase est supprimée, ainsi que la dernière",
// takes the first subject's noun (the second alinéa, the last phrase),
// counted on the text before the instruction (it was refused: a rank
// with no noun). When the first subject names no rank and noun ("L'article
// L. 1 est abrogé, ainsi que le second"), when the article does not agree
// with the noun ("la première phrase …, ainsi que le second") or the
// rank is of a part named after ("le premier alinéa du I …"), it is
// refused still.
func TestCodif2AlsoTheRank(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe.", "Le maire date.", "Le préfet vise."}, "L2": {"Le clerc lit. Le greffier note. Le notaire scelle."}}
	runUnits(t, "the second alinéa", arts, []string{"À l'article L. 1 du code civil, le premier alinéa est supprimé, ainsi que le second."},
		map[string][]string{"L1": {"Le préfet vise."}, "L2": arts["L2"]}, false)
	runUnits(t, "the last phrase", arts, []string{"À l'article L. 2 du code civil, la première phrase est supprimée, ainsi que la dernière."},
		map[string][]string{"L1": arts["L1"], "L2": {"Le greffier note."}}, false)
	runUnits(t, "under a context", arts, []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est supprimé, ainsi que le dernier ;", "2° Au second alinéa, le mot : « maire » est remplacé par le mot : « notaire »."},
		map[string][]string{"L1": {"Le notaire date."}}, false)
	runUnits(t, "after an article: refused", arts, []string{"L'article L. 1 du code civil est abrogé, ainsi que le second."}, nil, true)
	runUnits(t, "a rank of a part named after: refused", map[string][]string{"L3": {"I. – Le juge signe.", "Le maire date.", "II. – Le clerc lit."}}, []string{"À l'article L. 3 du code civil, le premier alinéa du I est supprimé, ainsi que le second."}, nil, true)
	runUnits(t, "the article against the noun: refused", arts, []string{"À l'article L. 2 du code civil, la première phrase est supprimée, ainsi que le second."}, nil, true)
}
