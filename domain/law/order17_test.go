package law

import (
	"errors"
	"strings"
	"testing"
)

// order17Apply applies the bill article text to the corpus c: the
// errors and how many articles it added.
func order17Apply(t *testing.T, c Corpus, text []string) ([]error, int) {
	t.Helper()
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
	for _, in := range ins {
		if in.Status != Parsed {
			t.Fatalf("%q: not parsed (%s)", text[0], in.Reason)
		}
	}
	out, errs := Apply(c, ins, ApplyOptions{})
	var es []error
	for _, e := range errs {
		es = append(es, e.Err)
	}
	return es, len(out) - len(c)
}

// TestOrder17NewDivisionArticles: the articles of a division the text
// creates beside another of its level go where it goes, right after
// (before) the one named, and are judged as order15's articles put at
// its end (start): "Après le chapitre II, il est inséré un chapitre II
// bis" holding "L. 9" (or "L. 5-1") while the chapitre III holds L. 5
// and L. 6, or "L. 2-1" while the chapitre II holds L. 3, is refused
// (errMisplacedInNewDivision; it was created where its number does not
// go); "L. 4-1" is read, and so is "Avant le chapitre III, …" with
// "L. 4-1", while "Avant le chapitre III, …" with "L. 5-1" is refused.
func TestOrder17NewDivisionArticles(t *testing.T) {
	div := func(place, h string) []string {
		return []string{place + " du titre Ier du livre Ier du code civil, il est inséré un chapitre II bis ainsi rédigé :", "« Chapitre II bis", "« Le bureau", "« Art. " + h + ". – Le bureau siège. »"}
	}
	for _, c := range []struct {
		place, art string
		ok         bool
	}{
		{"Après le chapitre II", "L. 4-1", true},
		{"Après le chapitre II", "L. 9", false},
		{"Après le chapitre II", "L. 5-1", false},
		{"Après le chapitre II", "L. 2-1", false},
		{"Avant le chapitre III", "L. 4-1", true},
		{"Avant le chapitre III", "L. 5-1", false},
		{"Avant le chapitre III", "L. 2-1", false},
	} {
		errs, added := order17Apply(t, order15Corpus(nil), div(c.place, c.art))
		order17Judged[errMisplacedInNewDivision](t, c.place+", "+c.art, errs, added, c.ok)
	}
}

// order17Judged checks one new article applied (errs, added): read (one
// added, no error) when ok, else refused with one error of type E and
// nothing added.
func order17Judged[E error](t *testing.T, name string, errs []error, added int, ok bool) {
	t.Helper()
	if ok {
		if len(errs) > 0 || added != 1 {
			t.Errorf("%s: errors %v, %d added: want read", name, errs, added)
		}
		return
	}
	var m E
	if len(errs) != 1 || !errors.As(errs[0], &m) || added != 0 {
		t.Errorf("%s: errors %v, %d added: want refused (%T)", name, errs, added, m)
	}
}

// order17Sections: the code civil's chapitre Ier of its titre Ier,
// livre Ier, holding an article in each section given.
func order17Sections(secs map[string]string) Corpus {
	c := Corpus{}
	for h, s := range secs {
		r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Le maire agit."}, Division: []string{"partie-legislative", "livre-ier", "titre-ier", "chapitre-ier", s}}
	}
	return c
}

// TestOrder17NewDivisionNumber: a division the text creates beside
// another of its level is numbered in their order: "Après la section 1,
// il est inséré une section 3" while a section 2 is in force is refused
// (errDivisionOutOfOrder; the section 3 was created between the
// sections 1 and 2), and so are "Après la section 2, … une section 1
// bis" (numbered before the one it follows) and "Avant la section 2, …
// une section 3". Read: "Après la section 1, … une section 1 bis",
// "Après la section 2, … une section 3" (the last), "Avant la section
// 2, … une section 1 bis", and a section 3 after the section 1 where no
// section 2 is in force.
func TestOrder17NewDivisionNumber(t *testing.T) {
	two := map[string]string{"L1": "section-1", "L2": "section-2"}
	sec := func(place, s, h string) []string {
		return []string{place + " du chapitre Ier du titre Ier du livre Ier du code civil, il est inséré une section " + s + " ainsi rédigée :", "« Section " + s, "« Le bureau", "« Art. " + h + ". – Le bureau siège. »"}
	}
	for _, c := range []struct {
		secs           map[string]string
		place, sec, at string
		ok             bool
	}{
		{two, "Après la section 1", "1 bis", "L. 1-1", true},
		{two, "Après la section 1", "3", "L. 1-1", false},
		{two, "Après la section 2", "3", "L. 2-1", true},
		{two, "Après la section 2", "1 bis", "L. 2-1", false},
		{two, "Avant la section 2", "1 bis", "L. 1-1", true},
		{two, "Avant la section 2", "3", "L. 1-1", false},
		{map[string]string{"L1": "section-1", "L5": "section-4"}, "Après la section 1", "3", "L. 1-1", true},
	} {
		errs, added := order17Apply(t, order17Sections(c.secs), sec(c.place, c.sec, c.at))
		order17Judged[errDivisionOutOfOrder](t, c.place+", section "+c.sec, errs, added, c.ok)
	}
}

// TestOrder17DivisionVersionWhole: a division edited whole and named
// in the version a later part of this law gives it ("Le chapitre II,
// dans sa rédaction résultant de l'article 2 de la présente loi, est
// ainsi rédigé : …", "… est abrogé.") is refused when that part edits an
// article the division holds (errDivisionLaterVersion; it was rewritten
// or repealed first, and article 2's edit of L. 3 then failed), or the
// division itself (refused as it is read: "Au chapitre II, il est inséré
// un article L. 4-1"); read when that part edits an article of another
// division (L. 5), when the part named comes first, or when the
// instruction only inserts an article in the division ("Au chapitre II,
// dans sa rédaction …, il est inséré un article L. 4-1": its place is
// the new article's).
func TestOrder17DivisionVersionWhole(t *testing.T) {
	ch2 := "Le chapitre II du titre Ier du livre Ier du code civil, dans sa rédaction résultant de l'article 2 de la présente loi, "
	rewrite := []string{ch2 + "est ainsi rédigé :", "« Chapitre II", "« Le bureau", "« Art. L. 3. – Le bureau siège. »"}
	repeal := []string{ch2 + "est abrogé."}
	edit := func(h string) []string {
		return []string{"À l'article " + h + " du code civil, le mot : « agit » est remplacé par le mot : « signe »."}
	}
	insert := []string{"Au chapitre II du titre Ier du livre Ier du code civil, il est inséré un article L. 4-1 ainsi rédigé :", "« Art. L. 4-1. – Le bureau siège. »"}
	for _, c := range []struct {
		name          string
		first, second []string
		firstNumber   string
		want          string // "applied", "refused" (at Apply), "unparsed"
	}{
		{"rédigé, article 2 edits L. 3", rewrite, edit("L. 3"), "1er", "refused"},
		{"abrogé, article 2 edits L. 3", repeal, edit("L. 3"), "1er", "refused"},
		{"rédigé, article 2 edits L. 5", rewrite, edit("L. 5"), "1er", "applied"},
		{"abrogé, article 2 edits L. 5", repeal, edit("L. 5"), "1er", "applied"},
		{"abrogé, article 2 inserts in the chapter", repeal, insert, "1er", "unparsed"},
		{"abrogé, article 2 comes first", repeal, edit("L. 3"), "3", "applied"},
		{"articles inserted in it, article 2 edits L. 3", []string{"Au chapitre II du titre Ier du livre Ier du code civil, dans sa rédaction résultant de l'article 2 de la présente loi, il est inséré un article L. 4-1 ainsi rédigé :", "« Art. L. 4-1. – Le bureau siège. »"}, edit("L. 3"), "1er", "applied"},
	} {
		arts := []Article{{Number: ArticleNumber(c.firstNumber), Alineas: c.first}, {Number: "2", Alineas: c.second}}
		if c.firstNumber != "1er" {
			arts[0], arts[1] = arts[1], arts[0]
		}
		ins := ParseInstructions(arts)
		k := 0
		if c.firstNumber != "1er" {
			k = len(ins) - 1
		}
		if c.want == "unparsed" {
			if ins[k].Status != Unparsed || !strings.Contains(ins[k].Reason, "the division is named in the version a later part") {
				t.Errorf("%s: %v (%s), want refused as read", c.name, ins[k].Status, ins[k].Reason)
			}
			continue
		}
		if ins[k].Status != Parsed {
			t.Fatalf("%s: not parsed (%s)", c.name, ins[k].Reason)
		}
		before := order15Corpus(nil)
		out, errs := Apply(before, ins, ApplyOptions{})
		switch c.want {
		case "refused":
			var m errDivisionLaterVersion
			if len(errs) != 1 || !errors.As(errs[0].Err, &m) || errs[0].Instruction != k {
				t.Errorf("%s: errors %v, want the chapter's edit refused (errDivisionLaterVersion)", c.name, errs)
			}
			if got := out[CodeRef{Code: "code civil", Article: "l3"}].Alineas; len(got) != 1 || got[0] != "Le maire signe." {
				t.Errorf("%s: L. 3 %q, want article 2's edit applied", c.name, got)
			}
		case "applied":
			if len(errs) > 0 {
				t.Errorf("%s: errors %v, want read", c.name, errs)
			}
		}
	}
}

// TestOrder17BisBesideDash: "L. 4 bis" where the code holds L. 4 and
// L. 4-1 (which comes first is no convention the engine holds) is never
// placed by its number: put where its place says ("Après l'article L. 4,
// …": filed in L. 4's chapter), or filed in no division when no place is
// said ("Dans le code civil, …"); a range over them ("Les articles L. 4
// à L. 4-1 sont abrogés") is refused, L. 4 bis in it or not being not
// said (errRangePlaceNotSaid, latinBesideDashCertain; it repealed L. 4
// bis, as if "4 bis" came before "4-1").
func TestOrder17BisBesideDash(t *testing.T) {
	c := order15Corpus(map[string]string{"L4": "chapitre-ii", "L4-1": "chapitre-iii", "L5": "chapitre-iii"})
	bis := CodeRef{Code: "code civil", Article: ArticleKey("L4 bis")}
	art := "« Art. L. 4 bis. – Le bureau siège. »"
	for _, w := range []struct {
		place string
		want  []string
	}{
		{"Après l'article L. 4 du code civil", []string{"partie-legislative", "livre-ier", "titre-ier", "chapitre-ii"}},
		{"Dans le code civil", nil},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{w.place + ", il est inséré un article L. 4 bis ainsi rédigé :", art}}})
		out, errs := Apply(c, ins, ApplyOptions{})
		got, ok := out[bis]
		if len(errs) > 0 || !ok || strings.Join(got.Division, "/") != strings.Join(w.want, "/") {
			t.Errorf("%s: errors %v, L. 4 bis %v filed in %v, want %v", w.place, errs, ok, got.Division, w.want)
		}
		ins = append(ins, ParseInstructions([]Article{{Number: "2", Alineas: []string{"Les articles L. 4 à L. 4-1 du code civil sont abrogés."}}})...)
		var np errRangePlaceNotSaid
		if _, errs = Apply(c, ins, ApplyOptions{}); len(errs) != 1 || !errors.As(errs[0].Err, &np) || np.article != bis.Article {
			t.Errorf("%s, then a range over them: errors %v, want the range refused (errRangePlaceNotSaid)", w.place, errs)
		}
	}
}
