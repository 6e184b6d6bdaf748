package law

import (
	"strings"
	"testing"
)

// TestDiv9Divisions: bills grouping a code's articles into divisions,
// renumbering divisions with their own, and the guards of divisions
// completed, re-established, repealed, renumbered and retitled — one
// short invented phrase a row, on div8Corpus (L. 1 and L. 2 in the
// section 1 of the chapitre Ier of the titre Ier, L. 3 and L. 4 in its
// section 2, L. 5 in its section 3; L. 10 and L. 11 in the chapitre II,
// no section; L. 12, L. 13, L. 14 in the sections 1 to 3 of the
// chapitre III; L. 20, L. 21, L. 22 in the chapitres Ier, Ier bis and II
// of the titre II). The changes are div8Changes': "~l3 " is an article
// whose folders no longer say its division (moved into one the bill
// creates, as a transfer is). Rows marked "new" are the rules of
// div9.go; the others were read so already: guards.
func TestDiv9Divisions(t *testing.T) {
	ch1 := " du chapitre Ier du titre Ier du livre Ier du code de commerce"
	art := func(n string) string { return "« Art. L. " + n + ". – Le terme court. »" }
	const moved = "a division said to comprise articles (… comprend les articles …): it says the whole of the division, and where the articles it held and does not name go is not said (a move into it, « sont insérés dans la section 2 », is read)"
	const divided = "a division divided into divisions that comprise articles in force (… est divisé en deux sections : …), not read: which articles each holds is said as its whole, and the others' place is not said (« Les articles L. 1 et L. 2 sont insérés dans une section 1 … » is read)"
	const headingComprises = "a division's heading given with the articles it comprises (… ; elle comprend les articles …): it says the whole of the division, and where the articles it held and does not name go is not said"
	const blind = "apply"
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
		why   string // a refusal's reason at parse, "apply" for an ApplyError
	}{
		// 1. An article added to a chapitre that has sections: in the
		// chapitre, after its sections, in none of them (as written);
		// beside an article, in that article's section.
		{name: "chapitre with sections completed by an article", lines: []string{"Le chapitre III du titre Ier du livre Ier du code de commerce est complété par un article L. 15 ainsi rédigé :", art("15")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iii"}},
		{name: "completed by two articles", lines: []string{"Le chapitre III du titre Ier du livre Ier du code de commerce est complété par des articles L. 15 et L. 16 ainsi rédigés :", "« Art. L. 15. – Le terme court.", art("16")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iii", "+l16 livre-ier/titre-ier/chapitre-iii"}},
		{name: "added to the chapitre, under its head", lines: []string{"Le chapitre III du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° Il est ajouté un article L. 15 ainsi rédigé :", art("15")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iii"}},
		{name: "after the last article: its section", lines: []string{"Après l'article L. 14 du code de commerce, il est inséré un article L. 15 ainsi rédigé :", art("15")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iii/section-3"}},
		// 2. new: articles grouped into a new division — moved into it.
		{name: "new: created comprising a range", lines: []string{"Il est créé une section 4" + ch1 + " intitulée : « Des délais », comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new: created, heading without colon, « et comprenant »", lines: []string{"Il est créé une section 4" + ch1 + ", intitulée « Des délais » et comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new: created with no heading", lines: []string{"Il est créé une section 4" + ch1 + " comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new division with its text, guard", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est complété par une section 1 comprenant les articles L. 11-1 et L. 11-2 ainsi rédigés :", "« Section 1", "« Des délais", "« Art. L. 11-1. – Le terme court.", art("11-2")}, want: []string{"+l11-1 livre-ier/titre-ier/chapitre-ii/section-1", "+l11-2 livre-ier/titre-ier/chapitre-ii/section-1"}},
		{name: "new: inserted after an article", lines: []string{"Après l'article L. 2 du code de commerce, il est inséré une section 1 bis intitulée : « Des délais » et comprenant les articles L. 3 et L. 4."}, want: []string{"~l3 ", "~l4 "}},
		{name: "new: created in a chapitre named first", lines: []string{"Au chapitre Ier du titre Ier du livre Ier du code de commerce, il est créé une section 4 intitulée : « Des délais », comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new: under the chapitre's head, one article", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° Il est créé une section 1 intitulée : « A », comprenant l'article L. 10 ;", "2° Il est créé une section 2 intitulée : « B », comprenant l'article L. 11."}, want: []string{"~l10 ", "~l11 "}},
		{name: "new: articles form a new section", lines: []string{"Les articles L. 3 à L. 5 du code de commerce forment une section 4" + ch1 + " intitulée : « Des délais »."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new: an article constitutes a new chapitre", lines: []string{"L'article L. 10 du code de commerce constitue un chapitre II bis du titre Ier du livre Ier du même code."}, want: []string{"~l10 "}},
		{name: "new: created, its place after the verb", lines: []string{"Il est créé, au chapitre Ier du titre Ier du livre Ier du code de commerce, une section 4 intitulée : « Des délais », comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new: a chapitre created in a titre, « et comprenant »", lines: []string{"Il est créé, au titre II du livre Ier du code de commerce, un chapitre III intitulé : « Des termes » et comprenant les articles L. 20 et L. 21."}, want: []string{"~l20 ", "~l21 "}},
		{name: "new: a chapitre completed by a section comprising articles", lines: []string{"Le chapitre Ier du titre Ier du livre Ier du code de commerce est complété par une section 4 intitulée : « Des délais », comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new: articles regrouped within a new section", lines: []string{"Les articles L. 3 à L. 5 du code de commerce sont regroupés au sein d'une section 4" + ch1 + " intitulée : « Des délais »."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new: articles regrouped, no heading", lines: []string{"Les articles L. 3 à L. 5 du code de commerce sont regroupés dans une nouvelle section 4" + ch1 + "."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "new section with articles in force quoted: refused, guard", lines: []string{"Le chapitre Ier du titre Ier du livre Ier du code de commerce est complété par une section 4 comprenant les articles L. 3 et L. 4 ainsi rédigés :", "« Section 4", "« Des délais", "« Art. L. 3. – Le terme court.", art("4")}, why: blind},
		{name: "new: renumbered and comprising: refused", lines: []string{"La section 2" + ch1 + " devient la section 3 et comprend les articles L. 3 à L. 5."}, why: "a division renumbered and said to comprise articles (… devient la section 3 et comprend les articles …): it says the whole of the division, and where the articles it held and does not name go is not said"},
		{name: "new: the new section named later: refused", lines: []string{"Il est créé une section 4" + ch1 + " intitulée : « Des délais », comprenant les articles L. 3 à L. 5.", "La section 4" + ch1 + " est abrogée."}, want: []string{"~l3 ", "~l4 ", "~l5 "}, why: blind},
		{name: "new: articles form a section in force: refused", lines: []string{"Les articles L. 3 à L. 5 du code de commerce forment la section 2" + ch1 + "."}, why: moved},
		{name: "moved into a section named with its code, guard", lines: []string{"Les articles L. 3 à L. 5 du code de commerce sont insérés dans une section 4 du chapitre Ier du titre Ier du livre Ier du même code intitulée : « Des délais »."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "a section comprises, guard", lines: []string{"La section 2" + ch1 + " comprend les articles L. 3 à L. 5."}, why: moved},
		// 3. new: a division divided into divisions: refused (dropped).
		{name: "new: divided into two sections", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est divisé en deux sections : la section 1, intitulée « A », comprend l'article L. 10 ; la section 2, intitulée « B », comprend l'article L. 11."}, why: divided},
		{name: "new: divided, under its head", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° Il est divisé en deux sections ;", "2° L'article L. 10 est abrogé."}, want: []string{"-l10"}, why: divided},
		// 4. Re-established and repealed divisions, guards.
		{name: "chapitre in force re-established: rewritten", lines: []string{"Le chapitre III du titre Ier du livre Ier du code de commerce est ainsi rétabli :", "« Chapitre III", "« Des délais", art("12")}, want: []string{"-l13", "-l14", "~l12 livre-ier/titre-ier/chapitre-iii"}},
		{name: "section re-established with an article of another: refused", lines: []string{"La section 4" + ch1 + " est ainsi rétablie :", "« Section 4", "« Des délais", art("3")}, why: blind},
		{name: "section holding articles repealed", lines: []string{"La section 2" + ch1 + " est abrogée."}, want: []string{"-l3", "-l4"}},
		{name: "two sections repealed", lines: []string{"Les sections 1 et 2 du chapitre III du titre Ier du livre Ier du code de commerce sont abrogées."}, want: []string{"-l12", "-l13"}},
		// 5. Renumbered divisions.
		{name: "section renumbered, its articles kept", lines: []string{"La section 3 du chapitre III du titre Ier du livre Ier du code de commerce devient la section 5."}, want: []string{"~l14 livre-ier/titre-ier/chapitre-iii/section-5"}},
		{name: "titre renumbered", lines: []string{"Le titre II du livre Ier du code de commerce devient le titre III."}, want: []string{"~l20 livre-ier/titre-iii/chapitre-ier", "~l21 livre-ier/titre-iii/chapitre-ier-bis", "~l22 livre-ier/titre-iii/chapitre-ii"}},
		{name: "new: titre and its chapitres", lines: []string{"Le titre II du livre Ier du code de commerce devient le titre III et ses chapitres Ier bis et II deviennent les chapitres II et III."}, want: []string{"~l20 livre-ier/titre-iii/chapitre-ier", "~l21 livre-ier/titre-iii/chapitre-ii", "~l22 livre-ier/titre-iii/chapitre-iii"}},
		{name: "new: titre and its chapitres, respectivement", lines: []string{"Le titre II du livre Ier du code de commerce devient le titre III et ses chapitres Ier bis et II deviennent respectivement les chapitres II et III."}, want: []string{"~l20 livre-ier/titre-iii/chapitre-ier", "~l21 livre-ier/titre-iii/chapitre-ii", "~l22 livre-ier/titre-iii/chapitre-iii"}},
		{name: "new: titre and its chapitre", lines: []string{"Le titre II du livre Ier du code de commerce devient le titre III et son chapitre II devient le chapitre IV."}, want: []string{"~l20 livre-ier/titre-iii/chapitre-ier", "~l21 livre-ier/titre-iii/chapitre-ier-bis", "~l22 livre-ier/titre-iii/chapitre-iv"}},
		{name: "new: chapitres named in the new titre", lines: []string{"Le titre II du livre Ier du code de commerce devient le titre III et les chapitres Ier bis et II du titre III du livre Ier du même code deviennent les chapitres II et III."}, want: []string{"~l20 livre-ier/titre-iii/chapitre-ier", "~l21 livre-ier/titre-iii/chapitre-ii", "~l22 livre-ier/titre-iii/chapitre-iii"}},
		{name: "new: chapitres named in the former titre", lines: []string{"Le titre II du livre Ier du code de commerce devient le titre III et les chapitres Ier bis et II du titre II du livre Ier du même code deviennent les chapitres II et III."}, want: []string{"~l20 livre-ier/titre-iii/chapitre-ier", "~l21 livre-ier/titre-iii/chapitre-ii", "~l22 livre-ier/titre-iii/chapitre-iii"}},
		{name: "chapitres renumbered « en conséquence »: recorded", lines: []string{"Le titre II du livre Ier du code de commerce devient le titre III et ses chapitres sont renumérotés en conséquence."}},
		{name: "a chain, guard", lines: []string{"La section 3" + ch1 + " devient la section 4 et la section 2 devient la section 3."}, want: []string{"~l3 livre-ier/titre-ier/chapitre-ier/section-3", "~l4 livre-ier/titre-ier/chapitre-ier/section-3", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
		// 6. Headings: no article changes.
		{name: "heading's word", lines: []string{"Dans l'intitulé de la section 2" + ch1 + ", le mot : « délai » est remplacé par le mot : « terme »."}},
		{name: "heading rewritten", lines: []string{"L'intitulé du chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi rédigé : « Des délais »."}},
		{name: "heading completed", lines: []string{"L'intitulé du titre II du livre Ier du code de commerce est complété par les mots : « et des termes »."}},
		{name: "new: heading and the articles it comprises: refused", lines: []string{"L'intitulé de la section 2" + ch1 + " est ainsi rédigé : « Des délais » ; elle comprend les articles L. 3 et L. 4."}, why: headingComprises},
	} {
		before := div8Corpus()
		out, errs, ins := gdApply(before, c.lines...)
		reasons := unparsedReasons(ins)
		switch {
		case c.why == blind:
			if len(errs) == 0 || len(reasons) > 0 {
				t.Errorf("%s: %q %v, want refused at apply", c.name, reasons, errs)
			}
		case c.why != "":
			if len(reasons) != 1 || reasons[0] != c.why {
				t.Errorf("%s: refusals %q, want %q", c.name, reasons, c.why)
			}
		default:
			if len(reasons) > 0 || len(errs) > 0 {
				t.Errorf("%s: refused %q %v", c.name, reasons, errs)
			}
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: changes %q, want %q", c.name, got, c.want)
		}
	}
}
