package law

import (
	"strings"
	"testing"
)

// TestLeft2BecomesThenSame: a renumbering whose second clause names the
// place by "même" and the new number, "Le 3° devient le 4° et, au même
// 4°, …", "Le II devient le III et, au premier alinéa du même III, …",
// "L'article L. 2 devient l'article L. 5 et, au premier alinéa du même
// article, …": the renumbering, then the edit under the new number (they
// were refused, and the article's edit sought in the L. 2 it left).
// "même" with the old label stays refused; after a list renumbered it is
// read since law-left3 (the new label).
func TestLeft2BecomesThenSame(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	items := one("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet.")
	parts := one("I. – Le juge part.", "Il revient.", "II. – Le maire signe.", "Il part.")
	two := map[string][]string{"L2": {"Le maire signe.", "Il part."}}
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "au même 4°", arts: items, text: []string{ctx, "1° Le 3° devient le 4° et, au même 4°, le mot : « préfet » est remplacé par le mot : « ministre » ;"},
			want: one("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "4° Le ministre.")},
		{name: "au premier alinéa du même III", arts: parts, text: []string{ctx, "1° Le II devient le III et, au premier alinéa du même III, le mot : « maire » est remplacé par le mot : « préfet » ;"},
			want: one("I. – Le juge part.", "Il revient.", "III. – Le préfet signe.", "Il part.")},
		{name: "with its article", arts: parts, text: []string{"Le II de l'article L. 1 du code civil devient le III et, au second alinéa du même III, le mot : « part » est remplacé par le mot : « reste »."},
			want: one("I. – Le juge part.", "Il revient.", "III. – Le maire signe.", "Il reste.")},
		{name: "du même article", arts: two, text: []string{"L'article L. 2 du code civil devient l'article L. 5 et, au premier alinéa du même article, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: map[string][]string{"L2": nil, "L5": {"Le préfet signe.", "Il part."}}},
		{name: "au même article", arts: two, text: []string{"L'article L. 2 du code civil devient l'article L. 5 et, au même article, le mot : « part » est remplacé par le mot : « reste »."},
			want: map[string][]string{"L2": nil, "L5": {"Le maire signe.", "Il reste."}}},
		{name: "the old label: refused", arts: items, text: []string{ctx, "1° Le 3° devient le 4° et, au même 3°, le mot : « préfet » est remplacé par le mot : « ministre » ;"}},
		{name: "another label: refused", arts: items, text: []string{ctx, "1° Le 3° devient le 4° et, au même 2°, le mot : « maire » est remplacé par le mot : « ministre » ;"}},
		{name: "a list (read since law-left3, TestLeft3SameRelabelled)", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent les 3° et 4° et, au même 4°, le mot : « préfet » est remplacé par le mot : « ministre » ;"},
			want: one("Sont exclus :", "1° Le juge ;", "3° Le maire ;", "4° Le ministre.")},
	})
}

// TestLeft2PlacesRenumberedInLocator: several items renumbered in the
// locator of the edit made there, "Aux 2° et 3°, qui deviennent
// respectivement les 3° et 4°, le mot : « A » est remplacé …", and "Les
// 2° et 3° deviennent respectivement les 3° et 4° et, aux 3° et 4°, …":
// the relabellings, then the edit in each item under its new label (they
// were refused: a second clause after several places). Items of two
// lists, or the second clause naming the old labels, stay refused.
func TestLeft2PlacesRenumberedInLocator(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	items := one("Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet.")
	parts := one("I. – Sont exclus :", "1° Le juge ;", "2° Le maire ;", "II. – Sont admis :", "1° Le préfet.")
	ctx := "L'article L. 1 du code civil est ainsi modifié :"
	want := one("Sont exclus :", "1° Le juge ;", "3° Un maire ;", "4° Un préfet.")
	runLaw3(t, []law3Case{
		{name: "aux, qui deviennent respectivement", arts: items, text: []string{ctx, "1° Aux 2° et 3°, qui deviennent respectivement les 3° et 4°, le mot : « Le » est remplacé par le mot : « Un » ;"}, want: want},
		{name: "deviennent et, aux", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent respectivement les 3° et 4° et, aux 3° et 4°, le mot : « Le » est remplacé par le mot : « Un » ;"}, want: want},
		{name: "of the I", arts: parts, text: []string{ctx, "1° Au I, les 1° et 2° deviennent respectivement les 2° et 3° et, aux 2° et 3°, le mot : « Le » est remplacé par le mot : « Un » ;"},
			want: one("I. – Sont exclus :", "2° Un juge ;", "3° Un maire ;", "II. – Sont admis :", "1° Le préfet.")},
		{name: "the old labels: refused", arts: items, text: []string{ctx, "1° Les 2° et 3° deviennent respectivement les 3° et 4° et, aux 2° et 3°, le mot : « Le » est remplacé par le mot : « Un » ;"}},
		{name: "two lists: refused", arts: parts, text: []string{ctx, "1° Le 2° du I et le 1° du II deviennent respectivement le 3° du I et le 2° du II et, aux mêmes 3° et 2°, le mot : « Le » est remplacé par le mot : « Un » ;"}},
	})
}

// TestLeft2WordsInADivision: words replaced "dans l'ensemble de" a
// division of a code ("dans toute la section 2 …", "à la section 2 …")
// are replaced in the articles its folders place there, never elsewhere;
// a division its path does not name alone (a section 2 in two chapitres)
// is refused. (Already read so: a regression test of the probe.)
func TestLeft2WordsInADivision(t *testing.T) {
	mk := func(twoTitres bool) Corpus {
		c := Corpus{}
		arts := []struct{ h, ti, ch, sec string }{{"L1", "titre-ier", "chapitre-iii", "section-1"}, {"L2", "titre-ier", "chapitre-iii", "section-2"}, {"L3", "titre-ier", "chapitre-iii", "section-2"}, {"L4", "titre-ier", "chapitre-iv", "section-2"}}
		if twoTitres {
			arts = append(arts, struct{ h, ti, ch, sec string }{"L5", "titre-ii", "chapitre-iii", "section-2"})
		}
		for _, x := range arts {
			ref := CodeRef{Code: "code civil", Article: ArticleKey(x.h)}
			c[ref] = CodeArticle{Ref: ref, Heading: x.h, Alineas: []string{"Le maire signe."}, Division: []string{"livre-ier", x.ti, x.ch, x.sec}}
		}
		return c
	}
	w := ", le mot : « maire » est remplacé par le mot : « préfet »."
	for _, tc := range []struct {
		text    string
		two     bool
		changed string // the articles changed, "" refused
	}{
		{"Dans l'ensemble de la section 2 du chapitre III du titre Ier du livre Ier du code civil" + w, false, "L2 L3"},
		{"Dans toute la section 2 du chapitre III du titre Ier du livre Ier du code civil" + w, false, "L2 L3"},
		{"À la section 2 du chapitre III du titre Ier du livre Ier du code civil" + w, false, "L2 L3"},
		{"Dans la section 2 du chapitre III du code civil" + w, false, "L2 L3"},
		{"Dans l'ensemble de la section 2 du code civil" + w, false, ""},
		{"Dans la section 2 du chapitre III du code civil" + w, true, ""},
		{"Dans l'ensemble de la section 2 du chapitre III du titre II du livre Ier du code civil" + w, true, "L5"},
	} {
		c := mk(tc.two)
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{tc.text}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		refused := len(errs) > 0
		for _, in := range ins {
			if in.Status == Unparsed {
				refused = true
			}
		}
		var changed []string
		for _, h := range []string{"L1", "L2", "L3", "L4", "L5"} {
			r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			if a, ok := got[r]; ok && a.Alineas[0] != "Le maire signe." {
				changed = append(changed, h)
			}
		}
		if tc.changed == "" {
			if !refused || len(changed) > 0 {
				t.Errorf("%s: want refused, changed %v", tc.text, changed)
			}
			continue
		}
		if refused || strings.Join(changed, " ") != tc.changed {
			t.Errorf("%s: changed %v (refused %v: %v), want %s", tc.text, changed, refused, errs, tc.changed)
		}
	}
}

// TestLeft2LetterOForDegree: the letter o typed (or read by OCR) for the
// degree sign after an item's number standing alone, in the bill's
// designations ("Au 1o du I", "Les 1o et 2o") and the new text's labels
// ("un 3o ainsi rédigé : « 3o … »"), is the degree sign (it was refused:
// a part not read, an unknown kind of addition); a number inside a word
// ("A1o", "1or", "1234o") is left as it is.
func TestLeft2LetterOForDegree(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	items := one("I. – Sont exclus :", "1° Le juge ;", "2° Le maire.", "II. – Il part.")
	added := one("I. – Sont exclus :", "1° Le juge ;", "2° Le maire ;", "3° Le préfet.", "II. – Il part.")
	runLaw3(t, []law3Case{
		{name: "au 1o du I", arts: items, text: []string{"Au 1o du I de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « préfet »."},
			want: one("I. – Sont exclus :", "1° Le préfet ;", "2° Le maire.", "II. – Il part.")},
		{name: "les 1o et 2o", arts: items, text: []string{"Les 1o et 2o du I de l'article L. 1 du code civil sont abrogés."},
			want: one("I. – Sont exclus :", "1° (Abrogé) ;", "2° (Abrogé).", "II. – Il part.")},
		{name: "un 3o, « 3o »", arts: items, text: []string{"Le I de l'article L. 1 du code civil est complété par un 3o ainsi rédigé :", "« 3o Le préfet. »"}, want: added},
		{name: "un 3°, « 3o »", arts: items, text: []string{"Le I de l'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 3o Le préfet. »"}, want: added},
		{name: "un 3°, « 4o »: refused", arts: items, text: []string{"Le I de l'article L. 1 du code civil est complété par un 3° ainsi rédigé :", "« 4o Le préfet. »"}},
	})
	for in, want := range map[string]string{
		"Au 1o du I":         "Au 1° du I",
		"« 3o Le préfet. »":  "« 3° Le préfet. »",
		"les 1o, 2o et 3o.":  "les 1°, 2° et 3°.",
		"le 2o":              "le 2°",
		"Au A1o du I":        "Au A1o du I",
		"le 1or":             "le 1or",
		"le 1234o du I":      "le 1234o du I",
		"la loi no 2004-575": "la loi no 2004-575",
		"le mot : « 12oz »":  "le mot : « 12oz »",
	} {
		if got := plainTyping(in); got != want {
			t.Errorf("plainTyping(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLeft2WordsFromThrough: "les mots : « A » à « B » sont supprimés
// (remplacés par …)", the words from A through B, are now read (Edit
// Through, found at apply: law-left3, TestLeft3WordsFromThrough holds
// the refusals); they were refused.
func TestLeft2WordsFromThrough(t *testing.T) {
	one := func(al ...string) map[string][]string { return map[string][]string{"L1": al} }
	a := one("Le maire signe, sauf urgence déclarée par le préfet. Il part.")
	at := "Au premier alinéa de l'article L. 1 du code civil, "
	runLaw3(t, []law3Case{
		{name: "supprimés", arts: a, text: []string{at + "les mots : « sauf » à « déclarée » sont supprimés."},
			want: one("Le maire signe, par le préfet. Il part.")},
		{name: "remplacés", arts: a, text: []string{at + "les mots : « sauf » à « préfet » sont remplacés par le mot : « toujours »."},
			want: one("Le maire signe, toujours. Il part.")},
		{name: "jusqu'à", arts: a, text: []string{at + "les mots : « sauf » jusqu'à « préfet » sont supprimés."},
			want: one("Le maire signe. Il part.")},
		{name: "allant de", arts: a, text: []string{at + "les mots allant de : « sauf » à : « préfet » sont supprimés."},
			want: one("Le maire signe. Il part.")},
	})
}
