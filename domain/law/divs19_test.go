package law

import (
	"errors"
	"strings"
	"testing"
)

// divs19Case is one short invented bill on div8Corpus (L. 1 and L. 2 in
// the section 1 of the chapitre Ier of the titre Ier, L. 3 and L. 4 in
// its section 2, L. 5 in its section 3; L. 10 and L. 11 in the chapitre
// II, no section; L. 12 to L. 14 in the sections 1 to 3 of the chapitre
// III; L. 20 to L. 22 in the titre II): the changes div8Changes lists,
// and the refusal at apply it must give, if any.
type divs19Case struct {
	name  string
	lines []string
	want  []string
	err   error
}

// errDivs19Refused stands for a refusal at apply read by another rule
// (its error not this file's).
var errDivs19Refused = errors.New("refused at apply")

func divs19Run(t *testing.T, cases []divs19Case) {
	t.Helper()
	for _, c := range cases {
		before := div8Corpus()
		out, errs, ins := gdApply(before, c.lines...)
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Errorf("%s: %q unparsed: %s", c.name, in.Text, in.Reason)
			}
		}
		switch {
		case c.err == errDivs19Refused && len(errs) == 0:
			t.Errorf("%s: applied, want refused", c.name)
		case c.err != nil && c.err != errDivs19Refused && (len(errs) != 1 || !errors.Is(errs[0], c.err)):
			t.Errorf("%s: errors %v, want %v", c.name, errs, c.err)
		case c.err == nil && len(errs) > 0:
			t.Errorf("%s: errors %v", c.name, errs)
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: changes %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDivs19NewDivisionHeadsItsArticles: new articles in a division the
// instruction creates and names ("Le titre Ier est complété par un
// chapitre IV ainsi rédigé :", "il est inséré une section 4 comprenant
// l'article L. 5-1 ainsi rédigé :") are filed in it, whether or not the
// new text repeats its heading (namedHeads). A text heading them with
// lower divisions only (« Section 1 ») filed them straight in the place
// above the new one ("titre-ier/section-1": no chapitre IV); with no
// heading, nowhere. A text heading them with another division of its
// kind (« Section 5 » for "une section 4") is refused
// (errNewDivisionHeadedOtherwise).
func TestDivs19NewDivisionHeadsItsArticles(t *testing.T) {
	ti := "Le titre Ier du livre Ier du code de commerce"
	ch2 := "Le chapitre II du titre Ier du livre Ier du code de commerce"
	art := func(n string) string { return "« Art. L. " + n + ". – Le terme court. »" }
	divs19Run(t, []divs19Case{
		{name: "a chapitre whose text has sections only", lines: []string{ti + " est complété par un chapitre IV ainsi rédigé :", "« Section 1", "« Des termes", art("15")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iv/section-1"}},
		{name: "a chapitre, an article then a section", lines: []string{ti + " est complété par un chapitre IV ainsi rédigé :", "« Art. L. 15. – Le terme court.", "« Section 1", "« Des termes", art("16")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iv", "+l16 livre-ier/titre-ier/chapitre-iv/section-1"}},
		{name: "a section, no heading in the text", lines: []string{ch2 + " est complété par une section 4 ainsi rédigée :", art("11-1")}, want: []string{"+l11-1 livre-ier/titre-ier/chapitre-ii/section-4"}},
		{name: "a section comprising a new article, its heading in the instruction", lines: []string{ch2 + " est complété par une section 4 intitulée : « Des termes » et comprenant un article L. 11-1 ainsi rédigé :", art("11-1")}, want: []string{"+l11-1 livre-ier/titre-ier/chapitre-ii/section-4"}},
		{name: "beside an article, comprising", lines: []string{"Après l'article L. 5 du code de commerce, il est inséré une section 4 comprenant l'article L. 5-1 ainsi rédigé :", art("5-1")}, want: []string{"+l5-1 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{name: "its own heading in the text, guard", lines: []string{"Après l'article L. 5 du code de commerce, il est inséré une section 4 ainsi rédigée :", "« Section 4", "« Des termes", art("5-1")}, want: []string{"+l5-1 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{name: "its heading and a sous-section, guard", lines: []string{ch2 + " est complété par une section 4 ainsi rédigée :", "« Section 4", "« Des termes", "« Sous-section 1", art("11-1")}, want: []string{"+l11-1 livre-ier/titre-ier/chapitre-ii/section-4/sous-section-1"}},
		{name: "another section in the text: refused", lines: []string{"Après l'article L. 5 du code de commerce, il est inséré une section 4 ainsi rédigée :", "« Section 5", "« Des termes", art("5-1")}, err: errNewDivisionHeadedOtherwise},
		{name: "a chapitre in force, no heading: refused", lines: []string{ti + " est complété par un chapitre III ainsi rédigé :", art("15")}, err: errDivs19Refused},
	})
}

// TestDivs19PlaceAfterTheVerb: a creation whose place, a division of a
// code, follows its verb with no comma ("Il est créé au titre Ier du
// livre Ier du code de commerce un chapitre IV ainsi rédigé :") is read
// as the same with its place first (divisionPlaceFirst): the place was
// taken for the end of the code's name ("code de commerce un chapitre
// iv") and the article created in a code of that name; said to comprise
// articles in force, it was read as a renumbering of nothing, the
// articles left where they were.
func TestDivs19PlaceAfterTheVerb(t *testing.T) {
	art := func(n string) string { return "« Art. L. " + n + ". – Le terme court. »" }
	divs19Run(t, []divs19Case{
		{name: "a chapitre with its text", lines: []string{"Il est créé au titre Ier du livre Ier du code de commerce un chapitre IV ainsi rédigé :", "« Chapitre IV", "« Des termes", art("15")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iv"}},
		{name: "a chapitre, its text with no heading", lines: []string{"Il est créé au titre Ier du livre Ier du code de commerce un chapitre IV ainsi rédigé :", art("15")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iv"}},
		{name: "an article in a chapitre", lines: []string{"Il est inséré au chapitre II du titre Ier du livre Ier du code de commerce un article L. 11-1 ainsi rédigé :", art("11-1")}, want: []string{"+l11-1 livre-ier/titre-ier/chapitre-ii"}},
		{name: "a sous-section in a section", lines: []string{"Il est ajouté à la section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce une sous-section 3 ainsi rédigée :", art("4-1")}, want: []string{"+l4-1 livre-ier/titre-ier/chapitre-ier/section-2/sous-section-3"}},
		{name: "a chapitre comprising articles in force", lines: []string{"Il est créé au titre Ier du livre Ier du code de commerce un chapitre IV intitulé : « Des termes » et comprenant les articles L. 12 à L. 14."}, want: []string{"~l12 ", "~l13 ", "~l14 "}},
		{name: "then the new chapitre named: refused", lines: []string{"Il est créé au titre Ier du livre Ier du code de commerce un chapitre IV intitulé : « Des termes » et comprenant les articles L. 12 à L. 14.", "Le chapitre IV du titre Ier du livre Ier du code de commerce est abrogé."}, want: []string{"~l12 ", "~l13 ", "~l14 "}, err: errDivs19Refused},
		{name: "its place first, guard", lines: []string{"Au titre Ier du livre Ier du code de commerce, il est créé un chapitre IV ainsi rédigé :", art("15")}, want: []string{"+l15 livre-ier/titre-ier/chapitre-iv"}},
	})
}

// TestDivs19EdgeOfDivisionComprising: a new division said to hold
// articles in force and placed at the start or the end of a division
// ("Au début du chapitre II, il est inséré une section 1 intitulée : « A
// » et comprenant les articles L. 10 et L. 11", "À la fin du …", "En
// tête du …", "Au début" alone under the chapitre's head), or in a
// division and beside an article ("Au chapitre II, il est inséré, avant
// l'article L. 10, une section 1 …, comprenant …"), moves them into it
// as "Au chapitre II, il est créé une section 1 …, comprenant …" does
// (edgeAsDivision): an empty division was recorded and the articles left
// where they were, so that a later instruction naming the new section
// found none of them.
func TestDivs19EdgeOfDivisionComprising(t *testing.T) {
	ch2 := "du chapitre II du titre Ier du livre Ier du code de commerce"
	sec := " une section 1 intitulée : « Des délais » et comprenant les articles L. 10 et L. 11."
	moved := []string{"~l10 ", "~l11 "}
	divs19Run(t, []divs19Case{
		{name: "au début du chapitre", lines: []string{"Au début " + ch2 + ", il est inséré" + sec}, want: moved},
		{name: "à la fin du chapitre", lines: []string{"À la fin " + ch2 + ", il est ajouté" + sec}, want: moved},
		{name: "en tête du chapitre", lines: []string{"En tête " + ch2 + ", il est inséré" + sec}, want: moved},
		{name: "the place after the verb", lines: []string{"Il est inséré, au début " + ch2 + "," + sec}, want: moved},
		{name: "in the chapitre, before an article", lines: []string{"Au chapitre II du titre Ier du livre Ier du code de commerce, il est inséré, avant l'article L. 10," + sec}, want: moved},
		{name: "under the chapitre's head", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° Au début, il est inséré une section 1 intitulée : « A » et comprenant l'article L. 10 ;", "2° À la fin, il est ajouté une section 2 intitulée : « B » et comprenant l'article L. 11."}, want: moved},
		{name: "then the new section named: refused", lines: []string{"Au début " + ch2 + ", il est inséré" + sec, "La section 1 " + ch2 + " est abrogée."}, want: moved, err: errDivs19Refused},
	})
}

// TestDivs19RenumberedThenEdited: a division named with its code,
// renumbered, then edited by a verb after "et" with no subject of its
// own ("Le chapitre II … devient le chapitre IV et est complété par un
// article L. 11-1 ainsi rédigé :", "… devient la section 4 et est
// abrogée") is the renumbering, then the edit of the division under its
// new number (divisionBecomesThen): the second clause was dropped,
// silently. A renumbering refused (its new number held) refuses the
// edit too; under a head, left as it was (a renumbering alone).
func TestDivs19RenumberedThenEdited(t *testing.T) {
	ti := " du titre Ier du livre Ier du code de commerce"
	ch1 := " du chapitre Ier" + ti
	art := func(n string) string { return "« Art. L. " + n + ". – Le terme court. »" }
	divs19Run(t, []divs19Case{
		{name: "a chapitre renumbered and completed", lines: []string{"Le chapitre II" + ti + " devient le chapitre IV et est complété par un article L. 11-1 ainsi rédigé :", art("11-1")}, want: []string{"+l11-1 livre-ier/titre-ier/chapitre-iv", "~l10 livre-ier/titre-ier/chapitre-iv", "~l11 livre-ier/titre-ier/chapitre-iv"}},
		{name: "a section renumbered and completed", lines: []string{"La section 2" + ch1 + " devient la section 4 et est complétée par un article L. 4-1 ainsi rédigé :", art("4-1")}, want: []string{"+l4-1 livre-ier/titre-ier/chapitre-ier/section-4", "~l3 livre-ier/titre-ier/chapitre-ier/section-4", "~l4 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{name: "renumbered and repealed", lines: []string{"La section 2" + ch1 + " devient la section 4 et est abrogée."}, want: []string{"-l3", "-l4"}},
		{name: "its new number held: both refused", lines: []string{"La section 2" + ch1 + " devient la section 3 et est complétée par un article L. 4-1 ainsi rédigé :", art("4-1")}, err: errDivs19Refused},
	})
}

// TestDivs19ReplacedBySiblings: a division replaced by itself and a
// division beside it, "Le chapitre II … est remplacé par un chapitre II
// et un chapitre II bis ainsi rédigés :", files the articles the text
// heads « Chapitre II bis » in the chapitre II bis (replacedSibling):
// they were filed in the chapitre II, the heading of its level taken for
// its own. Where the one beside it holds other articles (« Chapitre III
// » where a chapitre III is in force), refused (errSiblingHeld).
func TestDivs19ReplacedBySiblings(t *testing.T) {
	head := "Le chapitre II du titre Ier du livre Ier du code de commerce est remplacé par un chapitre II et un chapitre "
	text := func(n string, more ...string) []string {
		out := []string{head + n + " ainsi rédigés :", "« Chapitre II", "« Des termes", "« Art. L. 10. – Le terme court.", "« Chapitre " + n, "« Des délais"}
		return append(append(out, more...), "« Art. L. 11. – Le terme court. »")
	}
	divs19Run(t, []divs19Case{
		{name: "a chapitre II bis", lines: text("II bis"), want: []string{"=l10", "~l11 livre-ier/titre-ier/chapitre-ii-bis"}},
		{name: "a chapitre II bis with a section", lines: text("II bis", "« Section 1", "« A"), want: []string{"=l10", "~l11 livre-ier/titre-ier/chapitre-ii-bis/section-1"}},
		{name: "a chapitre III in force: refused", lines: text("III"), err: errSiblingHeld},
	})
}
