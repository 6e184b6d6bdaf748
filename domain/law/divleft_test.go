package law

import (
	"strings"
	"testing"
)

// TestDivLeftTakesEffectByAnotherArticle: an alinéa of a bill article
// setting when OTHER articles of the law take effect by a delay or an
// event ("L'article 3 entre en vigueur six mois après la publication de
// la présente loi", "… à une date fixée par décret …", "Le I de l'article
// 2 …", "Les articles 1er à 3 …") marks their parts' instructions with it
// (Instruction.TakesEffect, the alinéa as written) and leaves them
// applied, as an alinéa of their own article does (entryLater). They were
// applied unmarked. An article of another text or of a code, a number the
// bill has not, "la présente loi", a rule of application ("s'applique
// aux contrats …") and the law's own date mark nothing; a day of the
// calendar defers, as before.
func TestDivLeftTakesEffectByAnotherArticle(t *testing.T) {
	a1 := []string{"L'article L. 1 du code civil est abrogé."}
	a2 := []string{"I. – L'article L. 2 du code civil est abrogé.", "II. – L'article L. 3 du code civil est abrogé."}
	a3 := []string{"L'article L. 4 du code civil est abrogé."}
	for _, c := range []struct {
		entry  string
		marked []string // the code articles whose repeal is marked
	}{
		{"L'article 3 entre en vigueur six mois après la publication de la présente loi.", []string{"l4"}},
		{"Les articles 1er et 2 de la présente loi entrent en vigueur à une date fixée par décret et au plus tard le 1er janvier 2030.", []string{"l1", "l2", "l3"}},
		{"II. – Les articles 1er à 3 entrent en vigueur à compter de la publication du décret mentionné au I.", []string{"l1", "l2", "l3", "l4"}},
		{"Le I de l'article 2 de la présente loi entre en vigueur à une date fixée par décret.", []string{"l2"}},
		{"Les dispositions de l'article 1er prennent effet à compter du prochain renouvellement du conseil.", []string{"l1"}},
		{"Le 2° de l'article 2 entre en vigueur six mois après la publication de la présente loi.", []string{"l2", "l3"}}, // the 2° of which part: the whole article
		{"L'article 3 de la loi n° 2000-1 du 1er janvier 2000 entre en vigueur six mois après la publication de la présente loi.", nil},
		// A code's article: an entry into force of code articles, read
		// since (TestCodeArticleTakesEffectAfterADelay).
		{"L'article L. 3 du code civil entre en vigueur à une date fixée par décret.", []string{"l3"}},
		{"L'article 9 entre en vigueur six mois après la publication de la présente loi.", nil},
		{"La présente loi entre en vigueur six mois après sa publication.", nil},
		{"L'article 3 s'applique aux contrats conclus après la publication du décret.", nil},
		{"L'article 3 entre en vigueur le lendemain de la publication de la présente loi.", nil},
		// In a part of the territory: the law in force elsewhere is not
		// said to change later.
		{"II. - L'article 3 de la présente loi entre en vigueur à Mayotte au 1er janvier 2014.", nil},
		{"L'article 3 entre en vigueur en Nouvelle-Calédonie six mois après la publication de la présente loi.", nil},
		{"L'article 3 entre en vigueur dans les îles Wallis et Futuna à une date fixée par décret.", nil},
	} {
		var bill []Article
		for i, al := range [][]string{a1, a2, a3, {c.entry}} {
			bill = append(bill, Article{Number: ArticleNumber([]string{"1er", "2", "3", "4"}[i]), Alineas: al})
		}
		ins := ParseInstructions(bill)
		want := map[string]bool{}
		for _, k := range c.marked {
			want[k] = true
		}
		for _, in := range ins {
			if in.Status != Parsed || len(in.Edits) == 0 || in.Edits[0].Scope.Ref.Code != "code civil" {
				continue
			}
			k := string(in.Edits[0].Scope.Ref.Article)
			if got := in.TakesEffect != ""; got != want[k] {
				t.Errorf("%q: %s marked %q, want marked %v", c.entry, k, in.TakesEffect, want[k])
			}
			if want[k] && in.TakesEffect != c.entry {
				t.Errorf("%q: %s marked %q, want the alinéa as written", c.entry, k, in.TakesEffect)
			}
			delete(want, k)
		}
		for k := range want {
			t.Errorf("%q: %s not applied", c.entry, k)
		}
		// The entry alinéa, when returned, is not applied.
		for _, in := range ins {
			if in.Article == "4" && in.Status == Parsed {
				t.Errorf("%q: entry alinéa parsed", c.entry)
			}
		}
	}
	// Nor in an alinéa of their own article.
	for _, entry := range []string{"II. – Le I entre en vigueur à Mayotte à une date fixée par décret.", "II. – Le I entre en vigueur à Mayotte le 1er janvier 2030."} {
		ins := ParseInstructions([]Article{{Number: "5", Alineas: []string{
			"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", entry}}})
		if ins[0].Status != Parsed || ins[0].TakesEffect != "" {
			t.Errorf("%q: %v %q, marked %q", entry, ins[0].Status, ins[0].Reason, ins[0].TakesEffect)
		}
	}
	// A day of the calendar still defers.
	left, deferred := runBill(a1, a2, a3, []string{"L'article 3 entre en vigueur le 1er janvier 2030."})
	if deferred != 1 || len(left) != 1 || left[0] != "l4" {
		t.Errorf("calendar: left %v, %d deferred", left, deferred)
	}
}

// TestDivLeftArticlesMovedIntoADivision: an article in force "inséré"
// into a division of its code is moved there, as "transféré" says
// (TestLegCodifTransferredAndRenumbered, TestLeft3TransferredOnly): "L'article
// L. 5 devient l'article L. 12 et est inséré dans la section 2 du
// chapitre Ier" is its renumbering; "Les articles L. 3 et L. 4
// deviennent les articles L. 21 et L. 22 et sont insérés au sein de la
// section 3 …" theirs; "L'article L. 5 est inséré dans la section 2",
// "Les articles L. 1 et L. 2 sont insérés dans une section 4 …
// intitulée : « … »" (a division the bill creates, its heading no
// article's text) keep their numbers. Their folders no longer say their
// division, and a later instruction naming the division they went to is
// refused (the section 2 repealed without the L. 12); the one they left
// no longer holds them. They were refused ("second of two clauses", "no
// known instruction form"), and the section 2 repealed after the refused
// move left the L. 5 in force. A place naming a text or an article, a
// new article "qui reprend les dispositions de l'article L. 4" (its text
// as it stands, or as the bill leaves it, and the L. 4's fate are not
// said) and "La section 2 comprend les articles L. 10 à L. 12" (which
// move, and whether the others leave, is not said) stay refused.
func TestDivLeftArticlesMovedIntoADivision(t *testing.T) {
	sec := "livre-ier/titre-ier/chapitre-ier/section-"
	c := func() Corpus {
		return gdCorpus(map[string]string{
			"L1": sec + "1", "L2": sec + "1",
			"L3": sec + "2/sous-section-1", "L4": sec + "2/sous-section-2",
			"L5": sec + "3", "L6": sec + "3",
			"L20": "livre-ier/titre-ier/chapitre-ii",
		})
	}
	const head = "Le code de commerce est ainsi modifié :"
	key := func(k string) CodeRef { return CodeRef{Code: "code de commerce", Article: ArticleKey(k)} }
	for _, tc := range []struct {
		lines   []string
		gone    []string          // articles no longer in force
		moved   []string          // articles in force, their folders not said
		refused bool              // some instruction refused
		kept    map[string]string // articles left as they were
		reason  string            // the refusal's reason begins so
	}{
		{[]string{head, "1° L'article L. 5 devient l'article L. 12 et est inséré dans la section 2 du chapitre Ier du titre Ier du livre Ier ;"},
			[]string{"L5"}, []string{"L12"}, false, map[string]string{"L3": sec + "2/sous-section-1", "L6": sec + "3"}, ""},
		{[]string{head, "1° L'article L. 5 devient l'article L. 12 et est inséré dans la section 2 du chapitre Ier ;"},
			[]string{"L5"}, []string{"L12"}, false, nil, ""},
		{[]string{"L'article L. 5 du code de commerce devient l'article L. 12 et est inséré dans la section 2 du chapitre Ier du titre Ier du livre Ier du même code."},
			[]string{"L5"}, []string{"L12"}, false, nil, ""},
		{[]string{head, "1° Les articles L. 3 et L. 4 deviennent les articles L. 21 et L. 22 et sont insérés au sein de la section 3 du chapitre Ier du titre Ier du livre Ier ;"},
			[]string{"L3", "L4"}, []string{"L21", "L22"}, false, map[string]string{"L5": sec + "3"}, ""},
		{[]string{head, "1° L'article L. 5 est inséré dans la section 2 du chapitre Ier du titre Ier du livre Ier ;"},
			nil, []string{"L5"}, false, map[string]string{"L6": sec + "3"}, ""},
		{[]string{head, "1° Les articles L. 1 et L. 2 sont insérés dans une section 4 du chapitre Ier du titre Ier du livre Ier intitulée : « Dispositions générales » ;"},
			nil, []string{"L1", "L2"}, false, nil, ""},
		// The division it went to, named after: refused; the one it left.
		{[]string{head, "1° L'article L. 5 devient l'article L. 12 et est inséré dans la section 2 du chapitre Ier du titre Ier du livre Ier ;", "2° La section 2 du chapitre Ier du titre Ier du livre Ier est abrogée."},
			[]string{"L5"}, []string{"L12"}, true, map[string]string{"L3": sec + "2/sous-section-1", "L4": sec + "2/sous-section-2"}, ""},
		{[]string{head, "1° L'article L. 5 devient l'article L. 12 et est inséré dans la section 2 du chapitre Ier du titre Ier du livre Ier ;", "2° La section 3 du chapitre Ier du titre Ier du livre Ier est abrogée."},
			[]string{"L5", "L6"}, []string{"L12"}, false, nil, ""},
		// Refused.
		{[]string{head, "1° L'article L. 5 devient l'article L. 12 et est inséré dans la section 2 du chapitre Ier du code pénal ;"},
			nil, nil, true, map[string]string{"L5": sec + "3"}, ""},
		{[]string{head, "1° L'article L. 5 est inséré après l'article L. 1 ;"},
			nil, nil, true, map[string]string{"L5": sec + "3"}, ""},
		{[]string{head, "1° Après l'article L. 20, il est inséré un article L. 20-1 qui reprend les dispositions de l'article L. 4 ;"},
			[]string{"L20-1"}, nil, true, map[string]string{"L4": sec + "2/sous-section-2", "L20": "livre-ier/titre-ier/chapitre-ii"}, "a new article that takes up"},
		{[]string{head, "1° La section 2 du chapitre Ier du titre Ier du livre Ier comprend les articles L. 5 à L. 6 ;"},
			nil, nil, true, map[string]string{"L5": sec + "3", "L6": sec + "3", "L3": sec + "2/sous-section-1"}, "a division said to comprise"},
		{[]string{head, "1° Le chapitre II du titre Ier du livre Ier comprend l'article L. 5 ;"},
			nil, nil, true, map[string]string{"L5": sec + "3"}, "a division said to comprise"},
	} {
		out, errs, ins := gdApply(c(), tc.lines...)
		refused := len(errs) > 0
		for _, in := range ins {
			refused = refused || in.Status == Unparsed
			if in.Status == Unparsed && tc.reason != "" && !strings.HasPrefix(in.Reason, tc.reason) {
				t.Errorf("%q: refused %q, want %q…", tc.lines, in.Reason, tc.reason)
			}
		}
		if refused != tc.refused {
			t.Errorf("%q: refused %v (%v), want %v", tc.lines, refused, errs, tc.refused)
		}
		for _, k := range tc.gone {
			if _, ok := out[key(k)]; ok {
				t.Errorf("%q: %s in force", tc.lines, k)
			}
		}
		for _, k := range tc.moved {
			a, ok := out[key(k)]
			if !ok || a.Alineas[0] != "Le délai court." || len(a.Division) != 0 {
				t.Errorf("%q: %s %v %+v, want in force, its folders not said", tc.lines, k, ok, a)
			}
		}
		for k, d := range tc.kept {
			if a, ok := out[key(k)]; !ok || strings.Join(a.Division, "/") != d {
				t.Errorf("%q: %s %v in %q, want in %s", tc.lines, k, ok, strings.Join(a.Division, "/"), d)
			}
		}
	}
}

// TestDivLeftOrganicArticleRenumberedAndEdited: a loi organique's
// article renumbered and edited in one instruction, "L'article L.O. 1
// devient l'article L.O. 2 et est ainsi modifié :" then its items, or
// edited then renumbered by its last item, "L'article L.O. 141 est ainsi
// modifié : 1° … ; 2° Il devient l'article L.O. 141-1.", is read as an
// ordinary article's ("L. 1"): the items edit the new number, or the
// article before its renumbering. "L.O.", "LO", "L.O", "L. O.",
// with a no-break space or none, name the same article; "L.O. 141"
// becoming "L. 141-1" leaves the organic series. (Read already: this
// test holds it.)
func TestDivLeftOrganicArticleRenumberedAndEdited(t *testing.T) {
	mk := func() Corpus {
		c := Corpus{}
		for _, h := range []string{"LO1", "LO141", "L1", "L141"} {
			r := CodeRef{Code: "code electoral", Article: ArticleKey(h)}
			c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Le maire signe.", "Le préfet date."}}
		}
		return c
	}
	const item = "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « juge » ;"
	for _, tc := range []struct {
		lines    []string
		from, to string
	}{
		{[]string{"L'article L.O. 1 du code électoral devient l'article L.O. 2 et est ainsi modifié :", item, "2° Le second alinéa est supprimé."}, "LO1", "LO2"},
		{[]string{"L'article L. 1 du code électoral devient l'article L. 2 et est ainsi modifié :", item, "2° Le second alinéa est supprimé."}, "L1", "L2"},
		{[]string{"L'article LO 1 du code électoral devient l'article LO 2 et est ainsi modifié :", item, "2° Le second alinéa est supprimé."}, "LO1", "LO2"},
		{[]string{"L'article L.O 1 du code électoral devient l'article L.O 2 et est ainsi modifié :", item, "2° Le second alinéa est supprimé."}, "LO1", "LO2"},
		{[]string{"L'article L.\u00a0O. 1 du code électoral devient l'article L.\u00a0O. 2 et est ainsi modifié :", item, "2° Le second alinéa est supprimé."}, "LO1", "LO2"},
		{[]string{"L'article L.O.\u00a01 du code électoral devient l'article L.O.2 et est ainsi modifié :", item, "2° Le second alinéa est supprimé."}, "LO1", "LO2"},
		{[]string{"Le code électoral est ainsi modifié :", "1° L'article L.O. 1 devient l'article L.O. 2 et est ainsi modifié :", "a) Au premier alinéa, le mot : « maire » est remplacé par le mot : « juge » ;", "b) Le second alinéa est supprimé."}, "LO1", "LO2"},
		{[]string{"L'article L.O. 141 du code électoral est ainsi modifié :", item, "2° Le second alinéa est supprimé ;", "3° Il devient l'article L.O. 141-1."}, "LO141", "LO141-1"},
		{[]string{"L'article LO 141 du code électoral est ainsi modifié :", item, "2° Le second alinéa est supprimé ;", "3° Il devient l'article LO 141-1."}, "LO141", "LO141-1"},
		{[]string{"L'article L. 141 du code électoral est ainsi modifié :", item, "2° Le second alinéa est supprimé ;", "3° Il devient l'article L. 141-1."}, "L141", "L141-1"},
		{[]string{"L'article L.O. 141 du code électoral est ainsi modifié :", item, "2° Il devient l'article L.O. 141-1 et est ainsi modifié :", "a) Le second alinéa est supprimé."}, "LO141", "LO141-1"},
		{[]string{"L'article L.O. 141 du code électoral est ainsi modifié :", item, "2° Le second alinéa est supprimé ;", "3° Il devient l'article L. 141-1."}, "LO141", "L141-1"},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.lines}})
		out, errs := Apply(mk(), ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Errorf("%q: %v", tc.lines, errs)
			continue
		}
		ref := func(k string) CodeRef { return CodeRef{Code: "code electoral", Article: ArticleKey(k)} }
		if _, ok := out[ref(tc.from)]; ok {
			t.Errorf("%q: %s still in force", tc.lines, tc.from)
		}
		if a := out[ref(tc.to)]; strings.Join(a.Alineas, "/") != "Le juge signe." {
			t.Errorf("%q: %s is %q", tc.lines, tc.to, a.Alineas)
		}
		if len(out) != 4 {
			t.Errorf("%q: %d articles, want 4", tc.lines, len(out))
		}
	}
}
