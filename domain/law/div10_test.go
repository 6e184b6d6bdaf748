package law

import (
	"strings"
	"testing"
)

// div10Apply applies the bill whose articles are arts (each its alinéas)
// to c.
func div10Apply(c Corpus, arts ...[]string) (Corpus, []ApplyError, []Instruction) {
	var bill []Article
	for k, a := range arts {
		bill = append(bill, Article{Number: ArticleNumber(rune('1' + k)), Alineas: a})
	}
	ins := ParseInstructions(bill)
	out, errs := Apply(c, ins, ApplyOptions{})
	return out, errs, ins
}

// TestDiv10MovedIntoItsPath: articles moved into a new division under a
// division's head ("Le titre II … est ainsi modifié : 1° Il est créé un
// chapitre III …, comprenant l'article L. 22") are in the chapitre III
// OF THE TITRE II: a later instruction naming that one is refused (the
// folders do not say it), one naming another chapitre III (of the titre
// Ier) is read. On div8Corpus.
func TestDiv10MovedIntoItsPath(t *testing.T) {
	head := []string{"Le livre Ier du code de commerce est ainsi modifié :", "1° Le titre II est ainsi modifié :", "a) Il est créé un chapitre III intitulé : « Des termes », comprenant l'article L. 22 ;", "b) L'article L. 20 est abrogé ;", "2° L'article L. 1 est abrogé."}
	for _, c := range []struct {
		name  string
		later []string
		want  []string
		apply bool // a refusal at apply
	}{
		{name: "nothing later", want: []string{"-l1", "-l20", "~l22 "}},
		{name: "the chapitre III of the titre Ier, section repealed", later: []string{"La section 1 du chapitre III du titre Ier du livre Ier du code de commerce est abrogée."}, want: []string{"-l1", "-l12", "-l20", "~l22 "}},
		{name: "the chapitre III of the titre Ier renumbered", later: []string{"Le chapitre III du titre Ier du livre Ier du code de commerce devient le chapitre IV."}, want: []string{"-l1", "-l20", "~l12 livre-ier/titre-ier/chapitre-iv/section-1", "~l13 livre-ier/titre-ier/chapitre-iv/section-2", "~l14 livre-ier/titre-ier/chapitre-iv/section-3", "~l22 "}},
		{name: "the new chapitre III repealed: refused", later: []string{"Le chapitre III du titre II du livre Ier du code de commerce est abrogé."}, want: []string{"-l1", "-l20", "~l22 "}, apply: true},
	} {
		before := div8Corpus()
		arts := [][]string{head}
		if c.later != nil {
			arts = append(arts, c.later)
		}
		out, errs, ins := div10Apply(before, arts...)
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Errorf("%s: %q unparsed: %s", c.name, in.Text, in.Reason)
			}
		}
		if c.apply != (len(errs) > 0) {
			t.Errorf("%s: errors %v, want refused %v", c.name, errs, c.apply)
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: changes %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDiv10GroupedUnderHeads: the case the metamorphic test caught (div9,
// reverted): "Le livre VI … est ainsi modifié : 1° Le titre IX est ainsi
// modifié : … b) Il est inséré un chapitre Ier intitulé : « X »,
// comprenant l'article L. 691-1" moves the L. 691-1 into the chapitre Ier
// of the titre IX of the livre VI; every other chapitre Ier of the code
// stays readable after it (they were all refused). A chapitre created
// under a livre's head (which titre is not said) touches the whole livre.
func TestDiv10GroupedUnderHeads(t *testing.T) {
	corpus := func() Corpus {
		return gdCorpus(map[string]string{
			"L111-1": "livre-ier/titre-ier/chapitre-ier",
			"L681-1": "livre-vi/titre-viii/chapitre-ier",
			"L691-1": "livre-vi/titre-ix", "L692-1": "livre-vi/titre-ix", "L692-2": "livre-vi/titre-ix",
		})
	}
	titreIX := []string{"Le livre VI du code de commerce est ainsi modifié :", "1° Le titre IX est ainsi modifié :", "a) L'article L. 692-1 est abrogé ;", "b) Il est inséré un chapitre Ier intitulé : « Des délais », comprenant l'article L. 691-1 ;", "2° À l'article L. 681-1, le mot : « délai » est remplacé par le mot : « terme »."}
	moved := []string{"Le livre VI du code de commerce est ainsi modifié :", "1° L'article L. 692-1 est abrogé ;", "2° Les articles L. 691-1 et L. 692-2 sont insérés dans le chapitre Ier du titre IX."}
	transferred := []string{"Le titre IX du livre VI du code de commerce est ainsi modifié :", "1° L'article L. 692-1 est abrogé ;", "2° L'article L. 691-1 est transféré au chapitre Ier."}
	livre := []string{"Le livre VI du code de commerce est ainsi modifié :", "1° Il est créé un chapitre II intitulé : « Des délais », comprenant l'article L. 691-1."}
	const (
		ch1Repealed = "Le chapitre Ier du titre Ier du livre Ier du code de commerce est abrogé."
		ch8Edited   = "Au chapitre Ier du titre VIII du livre VI du code de commerce, le mot : « court » est remplacé par le mot : « part »."
		ch9Repealed = "Le chapitre Ier du titre IX du livre VI du code de commerce est abrogé."
	)
	for _, c := range []struct {
		name        string
		first       []string
		later       string
		want        []string
		refusedLate bool // the later instruction refused at apply
	}{
		{name: "alone", first: titreIX, want: []string{"-l692-1", "=l681-1", "~l691-1 "}},
		{name: "another livre's chapitre Ier repealed", first: titreIX, later: ch1Repealed, want: []string{"-l111-1", "-l692-1", "=l681-1", "~l691-1 "}},
		{name: "the titre VIII's chapitre Ier edited", first: titreIX, later: ch8Edited, want: []string{"-l692-1", "=l681-1", "~l691-1 "}},
		{name: "the chapitre Ier moved into: refused", first: titreIX, later: ch9Repealed, want: []string{"-l692-1", "=l681-1", "~l691-1 "}, refusedLate: true},
		{name: "inserted, named with its titre under the livre's head", first: moved, later: ch1Repealed, want: []string{"-l111-1", "-l692-1", "~l691-1 ", "~l692-2 "}},
		{name: "inserted, the chapitre named later: refused", first: moved, later: ch9Repealed, want: []string{"-l692-1", "~l691-1 ", "~l692-2 "}, refusedLate: true},
		{name: "transferred under the titre's head, another chapitre Ier", first: transferred, later: ch8Edited, want: []string{"-l692-1", "=l681-1", "~l691-1 "}},
		{name: "transferred under the titre's head, the chapitre named later: refused", first: transferred, later: ch9Repealed, want: []string{"-l692-1", "~l691-1 "}, refusedLate: true},
		{name: "a chapitre under a livre's head: the livre touched", first: livre, later: ch8Edited, want: []string{"~l691-1 "}, refusedLate: true},
		{name: "a chapitre under a livre's head: another livre read", first: livre, later: ch1Repealed, want: []string{"-l111-1", "~l691-1 "}},
	} {
		before := corpus()
		arts := [][]string{c.first}
		if c.later != "" {
			arts = append(arts, []string{c.later})
		}
		out, errs, ins := div10Apply(before, arts...)
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Errorf("%s: %q unparsed: %s", c.name, in.Text, in.Reason)
			}
		}
		if c.refusedLate != (len(errs) > 0) {
			t.Errorf("%s: errors %v, want refused %v", c.name, errs, c.refusedLate)
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: changes %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDiv10HeadingAndNewArticles: a new division given its heading and
// the new articles it comprises, their text following ("Après l'article
// L. 5, il est inséré une section 4 intitulée : « Des délais » et
// comprenant l'article L. 5-1 ainsi rédigé : « Art. L. 5-1. – … »"): the
// articles are created (they were dropped, silently: the instruction was
// read as a division made of articles in force). And a heading in
// straight or curly marks is read as in guillemets: "Il est créé une
// section 4 … intitulée : "Des délais", comprenant les articles L. 3 à L.
// 5" moves them (it was a new division alone, the articles left in their
// sections). On div8Corpus. The new articles are filed in the section 4
// the instruction creates (divs19, namedHeads; they were filed nowhere).
func TestDiv10HeadingAndNewArticles(t *testing.T) {
	ch1 := " du chapitre Ier du titre Ier du livre Ier du code de commerce"
	art := func(n string) string { return "« Art. L. " + n + ". – Le terme court. »" }
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
		text  string // the text of the first article created, if any
	}{
		{name: "after an article, one article", lines: []string{"Après l'article L. 5 du code de commerce, il est inséré une section 4 intitulée : « Des délais » et comprenant l'article L. 5-1 ainsi rédigé :", art("5-1")}, want: []string{"+l5-1 livre-ier/titre-ier/chapitre-ier/section-4"}, text: "Le terme court."},
		{name: "after an article, two articles", lines: []string{"Après l'article L. 5 du code de commerce, il est inséré une section 4 intitulée : « Des délais » et comprenant les articles L. 5-1 et L. 5-2 ainsi rédigés :", "« Art. L. 5-1. – Le terme court.", art("5-2")}, want: []string{"+l5-1 livre-ier/titre-ier/chapitre-ier/section-4", "+l5-2 livre-ier/titre-ier/chapitre-ier/section-4"}, text: "Le terme court."},
		{name: "a chapitre completed, comma", lines: []string{"Le chapitre Ier du titre Ier du livre Ier du code de commerce est complété par une section 4 intitulée : « Des délais », comprenant l'article L. 5-1 ainsi rédigé :", art("5-1")}, want: []string{"+l5-1 livre-ier/titre-ier/chapitre-ier/section-4"}, text: "Le terme court."},
		{name: "the same without heading, guard", lines: []string{"Après l'article L. 5 du code de commerce, il est inséré une section 4 comprenant l'article L. 5-1 ainsi rédigé :", art("5-1")}, want: []string{"+l5-1 livre-ier/titre-ier/chapitre-ier/section-4"}, text: "Le terme court."},
		{name: "straight marks: the articles moved", lines: []string{"Il est créé une section 4" + ch1 + " intitulée : \"Des délais\", comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "without \"il\": the articles moved", lines: []string{"Est créée une section 4" + ch1 + " intitulée : « Des délais », comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
		{name: "curly marks: the articles moved", lines: []string{"Il est créé une section 4" + ch1 + " intitulée : “Des délais”, comprenant les articles L. 3 à L. 5."}, want: []string{"~l3 ", "~l4 ", "~l5 "}},
	} {
		before := div8Corpus()
		out, errs, ins := gdApply(before, c.lines...)
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Errorf("%s: %q unparsed: %s", c.name, in.Text, in.Reason)
			}
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %v", c.name, errs)
		}
		if got := div8Changes(before, out); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: changes %q, want %q", c.name, got, c.want)
		}
		if c.text != "" {
			r := CodeRef{Code: "code de commerce", Article: "l5-1"}
			if a, ok := out[r]; !ok || strings.Join(a.Alineas, "|") != c.text {
				t.Errorf("%s: L. 5-1 %+v, want %q", c.name, out[r], c.text)
			}
		}
	}
}
