package law

import (
	"errors"
	"strings"
	"testing"
)

// order15Corpus: the code civil's chapitres I (L. 1, L. 2), II (L. 3,
// L. 4) and III (L. 5, L. 6) of its titre Ier, livre Ier, or the
// articles given, each in its chapter.
func order15Corpus(arts map[string]string) Corpus {
	if arts == nil {
		arts = map[string]string{"L1": "chapitre-ier", "L2": "chapitre-ier", "L3": "chapitre-ii", "L4": "chapitre-ii", "L5": "chapitre-iii", "L6": "chapitre-iii"}
	}
	c := Corpus{}
	for h, ch := range arts {
		r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Le maire agit."}, Division: []string{"partie-legislative", "livre-ier", "titre-ier", ch}}
	}
	return c
}

// TestOrder15PlacedInDivision: new articles placed in a division whose
// number puts them elsewhere in the code's order are refused
// (errMisplacedInDivision): at its end ("Le chapitre II est complété par
// un article L. 3-1" while it holds L. 4; "… L. 5" while its last is
// L. 7; "Le code civil est complété par un article L. 4-1" while L. 5 is
// in force), at its start ("Au début du chapitre II, … L. 4-1" while it
// holds L. 3), or past its articles and over another division's ("Le
// chapitre II est complété par un article L. 5-1 (L. 7)" while L. 5
// opens the chapitre III; "Au chapitre II, il est inséré un article
// L. 1-1" while L. 2 closes the chapitre Ier). Read still: the next
// number at the end (L. 4-1, L. 900 at the code's end), a number among
// the division's articles where no end is said, "Dans le code civil, il
// est inséré un article L. 4-1" (no place: by its number), a division
// the corpus holds nothing of, and orders not certain (L. 4 A after
// L. 4; L. 4 bis beside L. 4-1 is refused, order19's
// TestOrder19PlaceInDivisionBesideDash).
func TestOrder15PlacedInDivision(t *testing.T) {
	ch2 := "Le chapitre II du titre Ier du livre Ier du code civil"
	art := func(h string) string { return "« Art. " + h + ". – Le bureau siège. »" }
	end := func(h string) []string {
		return []string{ch2 + " est complété par un article " + h + " ainsi rédigé :", art(h)}
	}
	in := func(place, h string) []string {
		return []string{place + ", il est inséré un article " + h + " ainsi rédigé :", art(h)}
	}
	for _, c := range []struct {
		name string
		arts map[string]string
		text []string
		ok   bool
	}{
		{"end, the next number", nil, end("L. 4-1"), true},
		{"end, before its L. 4", nil, end("L. 3-1"), false},
		{"end, over the chapitre III's L. 5", nil, end("L. 5-1"), false},
		{"end, L. 7 over L. 5 and L. 6", nil, end("L. 7"), false},
		{"end, before its last L. 7", map[string]string{"L1": "chapitre-ii", "L7": "chapitre-ii", "L8": "chapitre-iii"}, end("L. 5"), false},
		{"end, the last chapter", map[string]string{"L1": "chapitre-ier", "L3": "chapitre-ii"}, end("L. 9"), true},
		{"end, a chapter the corpus holds nothing of", map[string]string{"L1": "chapitre-ier", "L5": "chapitre-iii"}, end("L. 7"), true},
		{"end, L. 4 A after L. 4: not judged", map[string]string{"L3": "chapitre-ii", "L4": "chapitre-ii"}, end("L. 4 A"), true},
		{"à la fin, before its L. 4", nil, []string{"À la fin du chapitre II du titre Ier du livre Ier du code civil, il est ajouté un article L. 3-1 ainsi rédigé :", art("L. 3-1")}, false},
		{"the code's end, L. 900", nil, []string{"Le code civil est complété par un article L. 900 ainsi rédigé :", art("L. 900")}, true},
		{"the code's end, before L. 5", nil, []string{"Le code civil est complété par un article L. 4-1 ainsi rédigé :", art("L. 4-1")}, false},
		{"no place, by its number", nil, in("Dans le code civil", "L. 4-1"), true},
		{"au début, before its L. 3", nil, in("Au début du chapitre II du titre Ier du livre Ier du code civil", "L. 2-1"), true},
		{"au début, after its L. 3", nil, in("Au début du chapitre II du titre Ier du livre Ier du code civil", "L. 4-1"), false},
		{"in the chapter, among its articles", nil, in("Au chapitre II du titre Ier du livre Ier du code civil", "L. 3-1"), true},
		{"in the chapter, over the chapitre Ier's L. 2", nil, in("Au chapitre II du titre Ier du livre Ier du code civil", "L. 1-1"), false},
		{"in the chapter, over the chapitre III's L. 5", nil, in("Au chapitre II du titre Ier du livre Ier du code civil", "L. 5-1"), false},
	} {
		before := order15Corpus(c.arts)
		ins := ParseInstructions([]Article{{Number: "1", Alineas: c.text}})
		for _, in := range ins {
			if in.Status != Parsed {
				t.Fatalf("%s: not parsed (%s)", c.name, in.Reason)
			}
		}
		out, errs := Apply(before, ins, ApplyOptions{})
		added := len(out) - len(before)
		if c.ok {
			if len(errs) > 0 || added != 1 {
				t.Errorf("%s: errors %v, %d added: want read", c.name, errs, added)
			}
			continue
		}
		var m errMisplacedInDivision
		if len(errs) != 1 || !errors.As(errs[0].Err, &m) || added != 0 {
			t.Errorf("%s: errors %v, %d added: want refused (errMisplacedInDivision)", c.name, errs, added)
		}
	}
}

// TestOrder15DivisionVersion: a division's head naming the version a
// later part of this law gives it ("Le chapitre II, dans sa rédaction
// résultant de l'article 2 de la présente loi, est ainsi modifié :")
// is compared by the articles its items name, as an article's head is
// (asamended14): "1° À l'article L. 3, …" while article 2 edits L. 3
// later is refused; while article 2 edits L. 5 only, read.
func TestOrder15DivisionVersion(t *testing.T) {
	head := "Le chapitre II du titre Ier du livre Ier du code civil, dans sa rédaction résultant de l'article 2 de la présente loi, est ainsi modifié :"
	item := "1° À l'article L. 3, le mot : « maire » est remplacé par le mot : « préfet »."
	for _, c := range []struct {
		later   string
		refused bool
	}{
		{"À l'article L. 3 du code civil, le mot : « agit » est remplacé par le mot : « signe ».", true},
		{"À l'article L. 5 du code civil, le mot : « agit » est remplacé par le mot : « signe ».", false},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{head, item}}, {Number: "2", Alineas: []string{c.later}}})
		if got := ins[1].Status == Unparsed && strings.Contains(ins[1].Reason, "later part"); got != c.refused {
			t.Errorf("%s: the 1° %v (%s), want refused %v", c.later, ins[1].Status, ins[1].Reason, c.refused)
		}
	}
}
