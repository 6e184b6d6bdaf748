package law

import (
	"strings"
	"testing"
)

// The rules of the fifth pass on issue 14 (the closing note's leftovers),
// each on a short phrase.

// TestLeft5ItemOfBothSigns: a new last item after a list whose item
// before the last ends with a period but holds an alinéa of its own
// ending with " ;" (its old end: an alinéa "… ." was added after it) is
// refused: the list is one of semicolons by the item's old end, one of
// periods by its new one. An item that ends with " ;" as found, or one
// ending with a period throughout, decides as before.
func TestLeft5ItemOfBothSigns(t *testing.T) {
	grp := func(items ...string) []string {
		return append([]string{"L'article L. 1 du code civil est ainsi modifié :"}, items...)
	}
	runGrammar(t, []grammarCase{
		{name: "an alinéa with a period added to the 1°, then a 3°: refused",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text: grp("1° Le 1° est complété par un alinéa ainsi rédigé : « Le greffier lit. » ;",
				"2° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »")},
		{name: "the same 1° as found: the 2° takes a semicolon",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise ;", "3° Le notaire part."}},
		{name: "an alinéa with a semicolon added to the 1°: the 2° takes a semicolon",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "2° Le préfet vise."},
			text: grp("1° Le 1° est complété par un alinéa ainsi rédigé : « Le greffier lit ; » ;",
				"2° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want: []string{"Il faut :", "1° Le juge signe.", "Le maire date ;", "Le greffier lit ;", "2° Le préfet vise ;", "3° Le notaire part."}},
		{name: "items of periods: the 2° keeps its own",
			before: []string{"Il faut :", "1° Le juge signe.", "Le maire date.", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe.", "Le maire date.", "2° Le préfet vise.", "3° Le notaire part."}},
		{name: "an enumeration inside the 1° says nothing of the list",
			before: []string{"Il faut :", "1° Le juge signe :", "Le maire date ;", "Le greffier lit.", "2° Le préfet vise."},
			text:   grp("1° Il est ajouté un 3° ainsi rédigé : « 3° Le notaire part. »"),
			want:   []string{"Il faut :", "1° Le juge signe :", "Le maire date ;", "Le greffier lit.", "2° Le préfet vise.", "3° Le notaire part."}},
	})
}

// TestLeft5RangeArticleByArticle: an edit over a range of articles ("Aux
// articles L. 1 à L. 3, le mot …") is applied to each article whole or
// not at all, the others keeping it, as over a list ("Aux articles L. 1
// et L. 3"): the language makes no difference between the two (the range
// was refused whole). Each article refused is reported on its own, and
// the instruction's other edits are refused on it alone.
func TestLeft5RangeArticleByArticle(t *testing.T) {
	ref := func(a string) CodeRef { return CodeRef{Code: "code civil", Article: ArticleKey(a)} }
	corpus := func() Corpus {
		c := Corpus{}
		for _, a := range []struct{ h, text string }{{"L1", "Le préfet signe."}, {"L2", "Le maire signe."}, {"L3", "Le préfet vise."}} {
			c[ref(a.h)] = CodeArticle{Ref: ref(a.h), Heading: a.h, Alineas: []string{a.text}}
		}
		return c
	}
	for _, tc := range []struct {
		text        string
		want        [3]string
		refusedOn   []string // the articles the errors name, in order
		withRefused int      // errors that are another edit's refusal
	}{
		{"Aux articles L. 1 à L. 3 du code civil, le mot : « préfet » est remplacé par le mot : « juge ».",
			[3]string{"Le juge signe.", "Le maire signe.", "Le juge vise."}, []string{"l2"}, 0},
		{"Aux articles L. 1 et L. 3 du code civil, le mot : « préfet » est remplacé par le mot : « juge ».",
			[3]string{"Le juge signe.", "Le maire signe.", "Le juge vise."}, nil, 0},
		{"Aux articles L. 1 à L. 3 du code civil, le mot : « signe » est remplacé par le mot : « date ».",
			[3]string{"Le préfet date.", "Le maire date.", "Le préfet vise."}, []string{"l3"}, 0},
		// Two edits over the range: the first applied in L. 3 is put
		// back with the second, refused there; L. 1 and L. 2 keep both.
		{"Aux articles L. 1 à L. 3 du code civil, le mot : « Le » est remplacé par le mot : « Un » et le mot : « signe » est remplacé par le mot : « date ».",
			[3]string{"Un préfet date.", "Un maire date.", "Le préfet vise."}, []string{"l3", "l3"}, 1},
	} {
		c := corpus()
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}})
		if len(ins) != 1 || ins[0].Status != Parsed {
			t.Errorf("%s: not parsed %+v", tc.text, ins)
			continue
		}
		got, errs := Apply(c, ins, ApplyOptions{})
		var on []string
		with := 0
		for _, e := range errs {
			on = append(on, string(e.Ref.Article))
			if e.WithRefused != 0 {
				with++
			}
		}
		g := [3]string{strings.Join(got[ref("L1")].Alineas, ""), strings.Join(got[ref("L2")].Alineas, ""), strings.Join(got[ref("L3")].Alineas, "")}
		if g != tc.want || strings.Join(on, ",") != strings.Join(tc.refusedOn, ",") || with != tc.withRefused {
			t.Errorf("%s:\ngot %q refused on %v (%v)\nwant %q refused on %v", tc.text, g, on, errs, tc.want, tc.refusedOn)
		}
	}
}

// TestLeft5BareRankBeforeDivision: places joined by "et", the first an
// alinéa or a sentence by its rank alone, the last in a division of the
// article ("Au septième alinéa et au deuxième alinéa du 3°", "À la
// première phrase et au 2° du II"): the genitive may be the last's alone
// (the article's seventh alinéa) or both's (the 3°'s) — refused (it was
// read as the 3°'s). Said otherwise, each is read: "Aux deuxième et
// septième alinéas du 3°" (both the 3°'s), "Au deuxième alinéa du 3° et
// au septième alinéa" (the article's seventh), "Au premier alinéa et au
// dernier alinéa de l'article L. 1" (the article names no division).
func TestLeft5BareRankBeforeDivision(t *testing.T) {
	art := []string{"Le juge signe.", "Le maire signe.", "1° Les meubles :", "a) Le maire ;", "b) Le juge."}
	of := " de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."
	runGrammar(t, []grammarCase{
		{name: "the first by its rank alone, the last in the 1°", before: art,
			text: []string{"Au deuxième alinéa et au deuxième alinéa du 1°" + of}},
		{name: "a sentence by its rank alone, then an item of the 1°", before: art,
			text: []string{"À la première phrase et au a du 1°" + of}},
		{name: "in a group", before: art,
			text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au deuxième alinéa et au deuxième alinéa du 1°, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "the ranks named together: both the 1°'s", before: []string{"Le juge signe.", "Le maire signe.", "1° Les meubles :", "a) Le maire ;", "b) Le maire."},
			text: []string{"Aux deuxième et troisième alinéas du 1°" + of},
			want: []string{"Le juge signe.", "Le maire signe.", "1° Les meubles :", "a) Le préfet ;", "b) Le préfet."}},
		{name: "the division first: the last is the article's", before: art,
			text: []string{"Au deuxième alinéa du 1° et au deuxième alinéa" + of},
			want: []string{"Le juge signe.", "Le préfet signe.", "1° Les meubles :", "a) Le préfet ;", "b) Le juge."}},
		{name: "no division: both the article's", before: []string{"Le maire signe.", "Le maire vise."},
			text: []string{"Au premier alinéa et au dernier alinéa" + of},
			want: []string{"Le préfet signe.", "Le préfet vise."}},
	})
}

// TestLeft5TwoInsertionsAfterOnePlace: in one bill article, ranks count
// on the article as the bill article found it, so "a) Après le premier
// alinéa, il est inséré « X » ; b) Après le premier alinéa, il est inséré
// « Y »" puts both after the first alinéa: Y right after it (before X)
// or after X (the text's order) is not said — refused (Y went after X);
// so after "Avant le deuxième alinéa, il est inséré « X »". Where both
// readings agree it is read: "Avant le premier alinéa" twice (X then Y,
// before it), "Il est ajouté un alinéa" twice (at the end, in order),
// after another alinéa, and after an alinéa rewritten into two (they
// are its own: after them).
func TestLeft5TwoInsertionsAfterOnePlace(t *testing.T) {
	art := []string{"A1.", "A2.", "A3."}
	grp := func(items ...string) []string {
		return append([]string{"L'article L. 1 du code civil est ainsi modifié :"}, items...)
	}
	ins := func(where, text string) string {
		return where + ", il est inséré un alinéa ainsi rédigé : « " + text + " »"
	}
	runGrammar(t, []grammarCase{
		{name: "after the first twice", before: art,
			text: grp("a) "+ins("Après le premier alinéa", "X.")+" ;", "b) "+ins("Après le premier alinéa", "Y."))},
		{name: "after the first, where one was inserted before the second", before: art,
			text: grp("a) "+ins("Avant le deuxième alinéa", "X.")+" ;", "b) "+ins("Après le premier alinéa", "Y."))},
		{name: "in two instructions of one bill article", before: art,
			text: []string{"I. – " + ins("Après le premier alinéa de l'article L. 1 du code civil", "X."), "II. – " + ins("Après le premier alinéa de l'article L. 1 du code civil", "Y.")}},
		{name: "before the second, after an insertion after the first", before: art,
			text: grp("a) "+ins("Après le premier alinéa", "X.")+" ;", "b) "+ins("Avant le deuxième alinéa", "Y.")),
			want: []string{"A1.", "X.", "Y.", "A2.", "A3."}},
		{name: "before the first twice", before: art,
			text: grp("a) "+ins("Avant le premier alinéa", "X.")+" ;", "b) "+ins("Avant le premier alinéa", "Y.")),
			want: []string{"X.", "Y.", "A1.", "A2.", "A3."}},
		{name: "added at the end twice", before: art,
			text: grp("a) Il est ajouté un alinéa ainsi rédigé : « X. » ;", "b) Il est ajouté un alinéa ainsi rédigé : « Y. »"),
			want: []string{"A1.", "A2.", "A3.", "X.", "Y."}},
		{name: "after another alinéa", before: art,
			text: grp("a) "+ins("Après le premier alinéa", "X.")+" ;", "b) "+ins("Après le deuxième alinéa", "Y.")),
			want: []string{"A1.", "X.", "A2.", "Y.", "A3."}},
		{name: "after an alinéa rewritten into two", before: art,
			text: grp("a) Le premier alinéa est remplacé par deux alinéas ainsi rédigés :", "« W. »", "« V. » ;", "b) "+ins("Après le premier alinéa", "Y.")),
			want: []string{"W.", "V.", "Y.", "A2.", "A3."}},
	})
}

// TestLeft5RenumberingTable: items under a head that introduces them as
// one table ("Les articles … font l'objet de la nouvelle numérotation
// suivante :") name each article by its number before the table: an
// item renumbering an article the corpus does not hold, whose number an
// earlier item gives, names that article (not in the corpus), and the
// item's other articles are moved (they were refused with it: read in
// order, the article an earlier item moved there could be meant).
// Written as renumberings without such a head, the item stays refused
// whole (TestGenArts2RenumberingChain).
func TestLeft5RenumberingTable(t *testing.T) {
	cc := "code de commerce|"
	corpus := map[string][]string{cc + "l1": gaAl("Un."), cc + "l2": gaAl("Deux.")}
	gaRule(t, "a table", corpus, []string{
		"Le code de commerce est ainsi modifié :",
		"I. – Les articles L. 1 à L. 3 font l'objet de la nouvelle numérotation suivante :",
		"1° L'article L. 1 devient l'article L. 3 ;",
		"2° Les articles L. 3 et L. 2 deviennent respectivement les articles L. 4 et L. 5.",
	}, map[string][]string{cc + "l1": nil, cc + "l2": nil, cc + "l3": gaAl("Un."), cc + "l4": nil, cc + "l5": gaAl("Deux.")})
	gaRule(t, "without the head", corpus, []string{
		"Le code de commerce est ainsi modifié :",
		"1° L'article L. 1 devient l'article L. 3 ;",
		"2° Les articles L. 3 et L. 2 deviennent respectivement les articles L. 4 et L. 5.",
	}, map[string][]string{cc + "l1": nil, cc + "l2": gaAl("Deux."), cc + "l3": gaAl("Un."), cc + "l4": nil, cc + "l5": nil})
}

// TestLeft5TakesEffect: a later alinéa of the bill article setting when
// some of its parts take effect by a delay or an event ("Le I entre en
// vigueur six mois après la publication de la présente loi", "… à une
// date fixée par décret et au plus tard le …", "… à compter de la date
// de publication du décret …") marks their instructions with it
// (Instruction.TakesEffect); they stay applied, as the consolidated codes
// record them changed by the law (refused, the development set lost 7
// articles exact). A day of the calendar defers them (refused, as
// before); the law's own date, or a rule of application ("s'applique
// aux contrats conclus …"), marks nothing.
func TestLeft5TakesEffect(t *testing.T) {
	for _, tc := range []struct {
		entry  string
		status InstructionStatus
		marked bool
	}{
		{"II. – Le I entre en vigueur six mois après la publication de la présente loi.", Parsed, true},
		{"II. – Le I entre en vigueur à une date fixée par décret et au plus tard le 1er janvier 2030.", Parsed, true},
		{"II. – Le présent article entre en vigueur à compter de la date de publication au Journal officiel du décret nommant le président.", Parsed, true},
		{"II. – Le I prend effet à compter du prochain renouvellement général de l'Assemblée nationale.", Parsed, true},
		{"II. – Le I entre en vigueur le 1er janvier 2030.", Unparsed, false},
		{"II. – Le I entre en vigueur le lendemain de la publication de la présente loi.", Parsed, false},
		{"II. – Le I s'applique aux contrats conclus après la publication du décret.", Parsed, false},
		{"II. – La présente loi entre en vigueur six mois après sa publication.", Parsed, false},
		{"II. – Le III entre en vigueur six mois après la publication de la présente loi.", Parsed, false},
	} {
		ins := ParseInstructions([]Article{{Number: "5", Alineas: []string{
			"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
			tc.entry,
		}}})
		if len(ins) == 0 || ins[0].Alinea != 1 {
			t.Fatalf("%s: %+v", tc.entry, ins)
		}
		if ins[0].Status != tc.status || (ins[0].TakesEffect != "") != tc.marked {
			t.Errorf("%s: status %v (%s), marked %q; want %v, marked %v", tc.entry, ins[0].Status, ins[0].Reason, ins[0].TakesEffect, tc.status, tc.marked)
		}
	}
}
