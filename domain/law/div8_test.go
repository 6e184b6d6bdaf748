package law

import (
	"sort"
	"strings"
	"testing"
)

// div8Corpus is a code of commerce with three titres, sections and a
// chapitre Ier bis, every article "Le délai court.".
func div8Corpus() Corpus {
	p := "livre-ier/titre-ier/"
	return gdCorpus(map[string]string{
		"L1": p + "chapitre-ier/section-1", "L2": p + "chapitre-ier/section-1",
		"L3": p + "chapitre-ier/section-2", "L4": p + "chapitre-ier/section-2",
		"L5":  p + "chapitre-ier/section-3",
		"L10": p + "chapitre-ii", "L11": p + "chapitre-ii",
		"L12": p + "chapitre-iii/section-1", "L13": p + "chapitre-iii/section-2", "L14": p + "chapitre-iii/section-3",
		"L20": "livre-ier/titre-ii/chapitre-ier", "L21": "livre-ier/titre-ii/chapitre-ier-bis", "L22": "livre-ier/titre-ii/chapitre-ii",
	})
}

// div8Changes lists what the bill changed in the corpus, sorted: "-l3"
// for an article gone, "+l4-1 livre-ier/…" for one created (its
// folders), "~l3 livre-ier/…" for one whose text or folders changed,
// "=l3" (text) when only its text changed.
func div8Changes(before, after Corpus) []string {
	var out []string
	for r, a := range before {
		b, ok := after[r]
		switch {
		case !ok:
			out = append(out, "-"+r.Article)
		case strings.Join(a.Division, "/") != strings.Join(b.Division, "/"):
			out = append(out, "~"+r.Article+" "+strings.Join(b.Division, "/"))
		case strings.Join(a.Alineas, "|") != strings.Join(b.Alineas, "|"):
			out = append(out, "="+r.Article)
		}
	}
	for r, b := range after {
		if _, ok := before[r]; !ok {
			out = append(out, "+"+r.Article+" "+strings.Join(b.Division, "/"))
		}
	}
	sort.Strings(out)
	return out
}

const div8Ch1 = "du chapitre Ier du titre Ier du livre Ier du code de commerce"

// TestDiv8Divisions: bills acting on a code's divisions and headings,
// one short phrase a row — the articles repealed, created (with their
// folders), moved or edited, or the refusal. The rows marked "new" are
// the rules of this file: "du même chapitre" (sameDivision), a new
// article or division "à la fin de" a division or "au début" /"à la
// fin" of the context's (reAtDivisionStart, atDivisionEnds), a division
// as the subject after its place (divisionAfterPlace), a heading joined
// to a place of articles (headingAndPlace). The others were read so
// already: guards.
func TestDiv8Divisions(t *testing.T) {
	op := ", le mot : « délai » est remplacé par le mot : « terme »."
	sec := func(n string) []string {
		return []string{"« Section " + n, "« Titre", "« Art. L. " + map[string]string{"1 bis": "12-1", "4": "15", "2": "2-1"}[n] + ". – Le terme court. »"}
	}
	for _, c := range []struct {
		name  string
		lines []string
		want  []string // the changes, or nil
		why   string   // a refusal's reason (parse), "apply" for an ApplyError
	}{
		// Headings: no article changes.
		{name: "heading rewritten", lines: []string{"L'intitulé du chapitre II du titre III du livre Ier du code de commerce est ainsi rédigé : « Nouveau »."}},
		{name: "heading's words", lines: []string{"Dans l'intitulé de la section 2 " + div8Ch1 + op}},
		{name: "heading completed", lines: []string{"L'intitulé de la section 2 " + div8Ch1 + " est complété par les mots : « et autres »."}},
		{name: "heading under a context", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° Dans l'intitulé" + op[:len(op)-1] + " ;", "2° À l'article L. 10" + op}, want: []string{"=l10"}},
		{name: "two headings", lines: []string{"Dans l'intitulé du chapitre II du titre Ier du livre Ier du code de commerce et dans celui de la section 1 du chapitre III" + op}},
		// new: a heading and articles in one locator (the articles' edit was dropped).
		{name: "heading and an article", lines: []string{"Dans l'intitulé du chapitre II du titre Ier du livre Ier du code de commerce et à l'article L. 10 du même code" + op}, why: "a division's heading and another place in one locator, not read"},
		{name: "heading and articles", lines: []string{"Dans l'intitulé du chapitre II du titre Ier du livre Ier du code de commerce ainsi qu'aux articles L. 10 et L. 11 du même code" + op}, why: "a division's heading and another place in one locator, not read"},
		{name: "heading and a division", lines: []string{"Dans l'intitulé du chapitre II du titre Ier du livre Ier du code de commerce et au chapitre II" + op}, why: "a division's heading and another place in one locator, not read"},
		{name: "article then heading", lines: []string{"À l'article L. 10 du code de commerce et dans l'intitulé du chapitre II du titre Ier du livre Ier du même code" + op}, want: []string{"=l10"}},
		// New divisions and articles, filed in their division.
		{name: "section after an article", lines: append([]string{"Après l'article L. 12 du code de commerce, il est inséré une section 1 bis ainsi rédigée :"}, sec("1 bis")...), want: []string{"+l12-1 livre-ier/titre-ier/chapitre-iii/section-1-bis"}},
		{name: "section after a section", lines: append([]string{"Après la section 1 du chapitre III du titre Ier du livre Ier du code de commerce, il est inséré une section 1 bis ainsi rédigée :"}, sec("1 bis")...), want: []string{"+l12-1 livre-ier/titre-ier/chapitre-iii/section-1-bis"}},
		{name: "chapitre completed by a section", lines: append([]string{"Le chapitre III du titre Ier du livre Ier du code de commerce est complété par une section 4 ainsi rédigée :"}, sec("4")...), want: []string{"+l15 livre-ier/titre-ier/chapitre-iii/section-4"}},
		{name: "article at the start of a chapitre", lines: []string{"Au début du chapitre Ier du titre Ier du livre Ier du code de commerce, il est ajouté un article L. 1 A ainsi rédigé :", "« Art. L. 1 A. – Le terme court. »"}, want: []string{"+l1 a livre-ier/titre-ier/chapitre-ier"}},
		{name: "section completed by an article", lines: []string{"La section 2 " + div8Ch1 + " est complétée par un article L. 4-1 ainsi rédigé :", "« Art. L. 4-1. – Le terme court. »"}, want: []string{"+l4-1 livre-ier/titre-ier/chapitre-ier/section-2"}},
		{name: "article before an article", lines: []string{"Avant l'article L. 13 du code de commerce, il est inséré un article L. 12-1 ainsi rédigé :", "« Art. L. 12-1. – Le terme court. »"}, want: []string{"+l12-1 livre-ier/titre-ier/chapitre-iii/section-2"}},
		// new: "à la fin de", "au début" / "à la fin" of the context's (filed nowhere).
		{name: "article at the end of a section", lines: []string{"À la fin de la section 2 " + div8Ch1 + ", il est ajouté un article L. 4-1 ainsi rédigé :", "« Art. L. 4-1. – Le terme court. »"}, want: []string{"+l4-1 livre-ier/titre-ier/chapitre-ier/section-2"}},
		{name: "section at the end of a chapitre", lines: append([]string{"À la fin du chapitre III du titre Ier du livre Ier du code de commerce, il est ajouté une section 4 ainsi rédigée :"}, sec("4")...), want: []string{"+l15 livre-ier/titre-ier/chapitre-iii/section-4"}},
		{name: "section at the start, under a context", lines: append([]string{"Le chapitre III du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° Au début, il est ajouté une section 1 bis ainsi rédigée :"}, sec("1 bis")...), want: []string{"+l12-1 livre-ier/titre-ier/chapitre-iii/section-1-bis"}},
		{name: "article at the end, under a context", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° À la fin, il est ajouté un article L. 11-1 ainsi rédigé :", "« Art. L. 11-1. – Le terme court. »"}, want: []string{"+l11-1 livre-ier/titre-ier/chapitre-ii"}},
		{name: "alinéa at the end of an article", lines: []string{"L'article L. 3 du code de commerce est ainsi modifié :", "1° À la fin, il est ajouté un alinéa ainsi rédigé :", "« Le terme court. »"}, want: []string{"=l3"}},
		// Renumbered, repealed, rewritten, re-established.
		{name: "section renumbered", lines: []string{"La section 2 " + div8Ch1 + " devient la section 4."}, want: []string{"~l3 livre-ier/titre-ier/chapitre-ier/section-4", "~l4 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{name: "section renumbered onto one held", lines: []string{"La section 2 " + div8Ch1 + " devient la section 3."}, why: "apply"},
		{name: "two sections shifted", lines: []string{"La section 3 " + div8Ch1 + " devient la section 4 et la section 2 devient la section 3."}, want: []string{"~l3 livre-ier/titre-ier/chapitre-ier/section-3", "~l4 livre-ier/titre-ier/chapitre-ier/section-3", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{name: "sections repealed", lines: []string{"Les sections 1 et 2 " + div8Ch1 + " sont abrogées."}, want: []string{"-l1", "-l2", "-l3", "-l4"}},
		{name: "sections 1 to 3 repealed", lines: []string{"Les sections 1 à 3 " + div8Ch1 + " sont abrogées."}, want: []string{"-l1", "-l2", "-l3", "-l4", "-l5"}},
		{name: "chapitre Ier bis repealed", lines: []string{"Le chapitre Ier bis du titre II du livre Ier du code de commerce est abrogé."}, want: []string{"-l21"}},
		{name: "chapitre premier repealed", lines: []string{"Le chapitre premier du titre II du livre Ier du code de commerce est abrogé."}, want: []string{"-l20"}},
		{name: "section repealed then renumbered", lines: []string{"La section 2 " + div8Ch1 + " est abrogée et la section 3 devient la section 2."}, want: []string{"-l3", "-l4", "~l5 livre-ier/titre-ier/chapitre-ier/section-2"}},
		{name: "chapitre rewritten", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est ainsi rédigé :", "« Chapitre II", "« Titre", "« Section 1", "« Sous-titre", "« Art. L. 10. – Le terme court. »"}, want: []string{"-l11", "~l10 livre-ier/titre-ier/chapitre-ii/section-1"}},
		{name: "section re-established after a shift", lines: append([]string{"Le chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° La section 3 devient la section 4 ;", "2° La section 2 devient la section 3 ;", "3° Il est rétabli une section 2 ainsi rédigée :"}, sec("2")...),
			want: []string{"+l2-1 livre-ier/titre-ier/chapitre-ier/section-2", "~l3 livre-ier/titre-ier/chapitre-ier/section-3", "~l4 livre-ier/titre-ier/chapitre-ier/section-3", "~l5 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{name: "sous-section and paragraphe", lines: []string{"La section 2 " + div8Ch1 + " est complétée par une sous-section 3 ainsi rédigée :", "« Sous-section 3", "« Titre", "« Paragraphe 1", "« Sous-titre", "« Art. L. 4-1. – Le terme court. »"},
			want: []string{"+l4-1 livre-ier/titre-ier/chapitre-ier/section-2/sous-section-3/paragraphe-1"}},
		{name: "words of a section, under a context", lines: []string{"Le chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° La section 3 est abrogée ;", "2° À la section 1" + op}, want: []string{"-l5", "=l1", "=l2"}},
		// new: "du même chapitre", "dudit chapitre", "au même chapitre".
		{name: "du même chapitre", lines: []string{"La section 2 " + div8Ch1 + " est abrogée.", "La section 3 du même chapitre est abrogée."}, want: []string{"-l3", "-l4", "-l5"}},
		{name: "dudit chapitre", lines: []string{"La section 1 du chapitre III du titre Ier du livre Ier du code de commerce est abrogée.", "La section 2 dudit chapitre est complétée par un article L. 13-1 ainsi rédigé :", "« Art. L. 13-1. – Le terme court. »"},
			want: []string{"+l13-1 livre-ier/titre-ier/chapitre-iii/section-2", "-l12"}},
		{name: "du même titre", lines: []string{"La section 1 du chapitre III du titre Ier du livre Ier du code de commerce est abrogée.", "Le chapitre II du même titre est abrogé."}, want: []string{"-l10", "-l11", "-l12"}},
		{name: "au même chapitre", lines: []string{"Le chapitre II du titre Ier du livre Ier du code de commerce est complété par un article L. 11-1 ainsi rédigé :", "« Art. L. 11-1. – Le terme court. »", "II. – Au même chapitre" + op},
			want: []string{"+l11-1 livre-ier/titre-ier/chapitre-ii", "=l10", "=l11"}},
		{name: "du même chapitre under a titre", lines: []string{"Le titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° Le chapitre III est ainsi modifié :", "a) La section 1 est abrogée ;", "b) La section 2 du même chapitre est abrogée ;", "2° Le chapitre II du même titre est abrogé."},
			want: []string{"-l10", "-l11", "-l12", "-l13"}},
		{name: "du même chapitre after a renumbering, under the head", lines: []string{"Le chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° La section 2 devient la section 4 ;", "2° La section 3 du même chapitre est abrogée."},
			want: []string{"-l5", "~l3 livre-ier/titre-ier/chapitre-ier/section-4", "~l4 livre-ier/titre-ier/chapitre-ier/section-4"}},
		{name: "de la même section after a heading, under the head", lines: []string{"Le chapitre III du titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° L'intitulé est ainsi rédigé : « Neuf » ;", "2° La section 2 du même chapitre est abrogée."}, want: []string{"-l13"}},
		{name: "du même chapitre after an article", lines: []string{"L'article L. 3 du code de commerce est abrogé.", "La section 3 du même chapitre est abrogée."}, want: []string{"-l3"}, why: "\"du meme chapitre\" with no chapitre named before"},
		{name: "de la même section after two", lines: []string{"Les sections 1 et 2 du chapitre III du titre Ier du livre Ier du code de commerce sont abrogées.", "La sous-section 1 de la même section est abrogée."}, want: []string{"-l12", "-l13"}, why: "\"de la meme section\" after several of them"},
		// new: a division as the subject after its place.
		{name: "section after its chapitre", lines: []string{"Au chapitre Ier du titre Ier du livre Ier du code de commerce, la section 2 est abrogée."}, want: []string{"-l3", "-l4"}},
		{name: "sections after their chapitre", lines: []string{"Au chapitre Ier du titre Ier du livre Ier du code de commerce, les sections 1 et 2 sont abrogées."}, want: []string{"-l1", "-l2", "-l3", "-l4"}},
		{name: "chapitre after its titre", lines: []string{"Au titre Ier du livre Ier du code de commerce, le chapitre II est abrogé."}, want: []string{"-l10", "-l11"}},
		{name: "section after its chapitre, under a context", lines: []string{"Le titre Ier du livre Ier du code de commerce est ainsi modifié :", "1° Au chapitre Ier, la section 3 est abrogée ;", "2° Au chapitre III, la section 1 est complétée par un article L. 12-1 ainsi rédigé :", "« Art. L. 12-1. – Le terme court. »"},
			want: []string{"+l12-1 livre-ier/titre-ier/chapitre-iii/section-1", "-l5"}},
		{name: "section rewritten after its chapitre", lines: append([]string{"Au chapitre Ier du titre Ier du livre Ier du code de commerce, la section 2 est ainsi rédigée :"}, sec("2")...), want: []string{"+l2-1 livre-ier/titre-ier/chapitre-ier/section-2", "-l3", "-l4"}},
	} {
		before := div8Corpus()
		out, errs, ins := gdApply(before, c.lines...)
		reasons := unparsedReasons(ins)
		switch {
		case c.why == "apply":
			if len(errs) == 0 {
				t.Errorf("%s: applied, want refused at apply", c.name)
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

// unparsedReasons lists the reasons of the instructions refused, in order.
func unparsedReasons(ins []Instruction) []string {
	var reasons []string
	for _, in := range ins {
		if in.Status == Unparsed {
			reasons = append(reasons, in.Reason)
		}
	}
	return reasons
}
