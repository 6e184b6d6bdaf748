package law

import (
	"strings"
	"testing"
)

// billCase14 is a bill of several articles applied to articles L. 1 and L. 2
// of the code civil; want nil: some instruction refused (parse or apply),
// and no instruction with a version clause applied.
type billCase14 struct {
	name     string
	arts     [][]string
	want     []string // L. 1 after
	refused  int      // when want is set: instructions refused (0: none)
	reasonIn string   // a word of the refusal's reason
}

func runBill14(t *testing.T, cases []billCase14) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{}
			for h, al := range map[string][]string{"L1": {"Le juge signe.", "Le maire date."}, "L2": {"Le greffier lit."}} {
				r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
				c[r] = CodeArticle{Ref: r, Heading: h, Alineas: al}
			}
			var arts []Article
			for i, al := range tc.arts {
				n := ArticleNumber("1er")
				if i > 0 {
					n = ArticleNumber(string(rune('1' + i)))
				}
				arts = append(arts, Article{Number: n, Alineas: al})
			}
			ins := ParseInstructions(arts)
			got, errs := Apply(c, ins, ApplyOptions{})
			refused := len(errs)
			var reasons []string
			for _, in := range ins {
				if in.Status == Unparsed {
					refused++
					reasons = append(reasons, in.Reason)
				}
			}
			for _, e := range errs {
				reasons = append(reasons, e.Error())
			}
			if tc.want == nil {
				for _, in := range ins {
					if in.Status == Parsed && len(in.Edits) > 0 && reOwnVersion.MatchString(asciiLower(foldAccents(in.Text))) {
						t.Fatalf("applied, want refused: %s", in.Text)
					}
				}
				if refused == 0 {
					t.Fatalf("nothing refused")
				}
				if tc.reasonIn != "" && !strings.Contains(strings.Join(reasons, "\n"), tc.reasonIn) {
					t.Errorf("reasons %q lack %q", reasons, tc.reasonIn)
				}
				return
			}
			if refused != tc.refused {
				t.Fatalf("%d refused, want %d: %q", refused, tc.refused, reasons)
			}
			g := got[CodeRef{Code: "code civil", Article: "l1"}].Alineas
			if strings.Join(g, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestAsAmended14LaterPart: a place named in the version a LATER part of
// this law gives it — "dans sa rédaction résultant de l'article 2 de la
// présente loi" in article 1, "de l'article 2" bare, "tel qu'il résulte
// du 2° du présent article" in the 1°, "tel qu'il résulte du II du
// présent article" in the I, a head's "tel qu'il résulte du présent
// article" before a later part — when that part edits the place, is
// refused (it edited the text before that edit); when the later part
// edits other articles, or only the head's own items follow, the text in
// hand is that version: read. "Dans sa rédaction issue de la présente
// loi" is the law's edits in order, as before: read.
func TestAsAmended14LaterPart(t *testing.T) {
	rep := func(loc, a, b string) string {
		return loc + ", le mot : « " + a + " » est remplacé par le mot : « " + b + " »."
	}
	laterL1 := []string{rep("À l'article L. 1 du code civil", "juge", "greffier")}
	laterL2 := []string{rep("À l'article L. 2 du code civil", "greffier", "juge")}
	runBill14(t, []billCase14{
		{name: "de l'article 2 de la présente loi, which edits L. 1 later", reasonIn: "later part",
			arts: [][]string{{rep("À l'article L. 1 du code civil, dans sa rédaction résultant de l'article 2 de la présente loi", "maire", "préfet")}, laterL1}},
		{name: "de l'article 2, bare", reasonIn: "later part",
			arts: [][]string{{rep("À l'article L. 1 du code civil, dans sa rédaction résultant de l'article 2", "maire", "préfet")}, laterL1}},
		{name: "tel que modifié par l'article 2 de la présente loi, a head", reasonIn: "later part",
			arts: [][]string{{"L'article L. 1 du code civil, tel que modifié par l'article 2 de la présente loi, est ainsi modifié :", rep("1° Au second alinéa", "maire", "préfet")}, laterL1}},
		{name: "issue de la présente loi, a later article edits it: in order", want: []string{"Le greffier signe.", "Le préfet date."},
			arts: [][]string{{rep("À l'article L. 1 du code civil, dans sa rédaction issue de la présente loi", "maire", "préfet")}, laterL1}},
		{name: "du 2° du présent article, in the 1°", reasonIn: "later part",
			arts: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", rep("1° Au second alinéa, tel qu'il résulte du 2° du présent article", "maire", "préfet"), rep("2° Au second alinéa", "date", "lit")}}},
		{name: "du 2°, bare, in the 1°", reasonIn: "later part",
			arts: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", rep("1° Au second alinéa, tel qu'il résulte du 2°", "maire", "préfet"), rep("2° Au second alinéa", "date", "lit")}}},
		{name: "telle que modifiée par l'article 2, a range later", reasonIn: "later part",
			arts: [][]string{{"La dernière phrase de l'article L. 1 du code civil, telle que modifiée par l'article 2 de la présente loi, est supprimée."}, {"Les articles L. 1 à L. 2 du code civil sont abrogés."}}},
		{name: "du II du présent article, in the I", reasonIn: "later part",
			arts: [][]string{{rep("I. – À l'article L. 1 du code civil, tel qu'il résulte du II du présent article", "maire", "préfet"), rep("II. – À l'article L. 1 du code civil", "juge", "greffier")}}},
		{name: "the later article edits L. 2 only: read", want: []string{"Le juge signe.", "Le préfet date."},
			arts: [][]string{{rep("À l'article L. 1 du code civil, dans sa rédaction résultant de l'article 2 de la présente loi", "maire", "préfet")}, laterL2}},
		{name: "issue de la présente loi, nothing after edits it: read", want: []string{"Le juge signe.", "Le préfet date."},
			arts: [][]string{{rep("À l'article L. 1 du code civil", "juge", "juge")}, {rep("À l'article L. 1 du code civil, dans sa rédaction issue de la présente loi", "maire", "préfet")}, laterL2}},
		{name: "a head's clause names the text its items edit", want: []string{"Le juge signe.", "Le date date."},
			arts: [][]string{{"L. – L'article L. 1 du code civil, dans sa rédaction résultant du présent article, est ainsi modifié :", rep("1° Au second alinéa", "maire", "préfet"), rep("2° Au second alinéa", "préfet", "date"), "M. – L'article L. 2 du code civil est abrogé."}}},
		{name: "a head's clause, a later part edits the place", reasonIn: "later part",
			arts: [][]string{{"I. – L'article L. 1 du code civil, tel qu'il résulte du présent article, est ainsi modifié :", rep("1° Au second alinéa", "maire", "préfet"), rep("II. – À l'article L. 1 du code civil", "juge", "greffier")}}},
	})
}

// TestAsAmended14EarlierPart: the version an EARLIER part gives — "du II
// de l'article 1er de la présente loi" in article 2, "tel qu'il résulte
// du 1°" in the 2° — is the text in hand in order: read; so is the
// version of another law ("de l'article 2 de la loi n° 2010-1 du 4
// janvier 2010", even where article 2 of this bill edits the place
// later), the current text.
func TestAsAmended14EarlierPart(t *testing.T) {
	rep := func(loc, a, b string) string {
		return loc + ", le mot : « " + a + " » est remplacé par le mot : « " + b + " »."
	}
	runBill14(t, []billCase14{
		{name: "du II de l'article 1er, in article 2", want: []string{"Le greffier signe.", "Le préfet date."},
			arts: [][]string{{rep("I. – À l'article L. 2 du code civil", "greffier", "juge"), rep("II. – À l'article L. 1 du code civil", "juge", "greffier")},
				{rep("À l'article L. 1 du code civil, dans sa rédaction résultant du II de l'article 1er de la présente loi", "maire", "préfet")}}},
		{name: "tel qu'il résulte du 1°, in the 2°", want: []string{"Le greffier signe.", "Le préfet date."},
			arts: [][]string{{"L'article L. 1 du code civil est ainsi modifié :", rep("1° Au premier alinéa", "juge", "greffier"), rep("2° Au second alinéa, tel qu'il résulte du 1°", "maire", "préfet")}}},
		{name: "another law's article 2", want: []string{"Le greffier signe.", "Le préfet date."}, refused: 0,
			arts: [][]string{{rep("À l'article L. 1 du code civil, dans sa rédaction résultant de l'article 2 de la loi n° 2010-1 du 4 janvier 2010", "maire", "préfet")},
				{rep("À l'article L. 1 du code civil", "juge", "greffier")}}},
		{name: "de l'article 1er in article 1er, its part before", want: []string{"Le greffier signe.", "Le préfet date."},
			arts: [][]string{{rep("I. – À l'article L. 1 du code civil", "juge", "greffier"), rep("II. – À l'article L. 1 du code civil, tel qu'il résulte du I de l'article 1er de la présente loi", "maire", "préfet")}}},
	})
}

// TestAsAmended14EditsNothing: a version clause in an alinéa that edits
// no text — "Les articles L. 1 et L. 2, dans leur rédaction issue de la
// présente loi, sont applicables en Polynésie française." — is neither
// an edit nor a refusal; a renumbering of the place "tel qu'il résulte de
// la présente loi" after its edits is read, refused before a later
// article edits it.
func TestAsAmended14EditsNothing(t *testing.T) {
	rep := "À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."
	runBill14(t, []billCase14{
		{name: "applicable en Polynésie", want: []string{"Le juge signe.", "Le préfet date."},
			arts: [][]string{{rep}, {"Les articles L. 1 et L. 2 du code civil, dans leur rédaction issue de la présente loi, sont applicables en Polynésie française."}}},
	})
	c := Corpus{}
	r1 := CodeRef{Code: "code civil", Article: "l1"}
	c[r1] = CodeArticle{Ref: r1, Heading: "L1", Alineas: []string{"Le maire date."}}
	move := "L'article L. 1 du code civil, tel qu'il résulte de la présente loi, devient l'article L. 3."
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{rep}}, {Number: "2", Alineas: []string{move}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) > 0 || ins[1].Status != Parsed {
		t.Fatalf("renumbering after the edits: %v %s", errs, ins[1].Reason)
	}
	if a := got[CodeRef{Code: "code civil", Article: "l3"}].Alineas; strings.Join(a, "") != "Le préfet date." {
		t.Errorf("L. 3: %q", a)
	}
	ins = ParseInstructions([]Article{{Number: "1er", Alineas: []string{move}}, {Number: "2", Alineas: []string{rep}}})
	if ins[0].Status != Parsed {
		t.Errorf("renumbering before a later edit of the place: %v %s", ins[0].Status, ins[0].Reason)
	}
}

// TestAsAmended14Deferred: the version a part deferred to a day of the
// calendar gives ("Le I du présent article entre en vigueur le 1er
// janvier 2030.") is not the law in force: the later instruction naming
// it is refused, the deferred part kept for its day (not dropped, not
// applied twice).
func TestAsAmended14Deferred(t *testing.T) {
	arts := []Article{
		{Number: "1er", Alineas: []string{"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "II. – Le I du présent article entre en vigueur le 1er janvier 2030."}},
		{Number: "2", Alineas: []string{"À l'article L. 1 du code civil, dans sa rédaction résultant du I de l'article 1er de la présente loi, le mot : « date » est remplacé par le mot : « signe »."}},
	}
	ins := ParseInstructions(arts)
	var deferred, refused int
	for _, in := range ins {
		if in.Deferred != nil {
			deferred++
		}
		if in.Article == "2" && in.Status == Unparsed && strings.Contains(in.Reason, "2030") {
			refused++
		}
	}
	if deferred != 1 || refused != 1 {
		t.Errorf("deferred %d, refused %d; want 1 and 1: %+v", deferred, refused, ins)
	}
	// Without the clause, article 2 edits the text in force, as before.
	arts[1].Alineas = []string{"À l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « signe »."}
	for _, in := range ParseInstructions(arts) {
		if in.Article == "2" && in.Status != Parsed {
			t.Errorf("no clause: %s", in.Reason)
		}
	}
}
