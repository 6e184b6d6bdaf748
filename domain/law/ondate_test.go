package law

import (
	"strings"
	"testing"
)

// dayCase is a bill article (text) applied to L. 1 of the code civil
// (before): now, it must leave L. 1 as it is (every instruction refused
// as deferred); on day, it must give want (nil: L. 1 repealed), and on
// the day after, nothing again.
type dayCase struct {
	name   string
	before []string
	text   []string
	day    string
	want   []string
}

func runDays(t *testing.T, cases []dayCase) {
	t.Helper()
	ref := CodeRef{Code: "code civil", Article: "l1"}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: tc.before}}
			ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
			deferred := 0
			for _, in := range ins {
				if in.Status == Parsed && len(in.Edits) > 0 {
					t.Fatalf("applied now, want deferred: %s", in.Text)
				}
				if in.Deferred != nil {
					deferred++
					if in.Deferred.On != tc.day || in.Status != Unparsed || !strings.HasPrefix(in.Reason, "deferred") {
						t.Fatalf("deferred to %q (%s, %s), want %s: %s", in.Deferred.On, in.Status, in.Reason, tc.day, in.Text)
					}
				}
			}
			if deferred == 0 {
				t.Fatalf("nothing deferred: %+v", ins)
			}
			now, _ := Apply(c, ins, ApplyOptions{})
			if got := now[ref].Alineas; strings.Join(got, "\n") != strings.Join(tc.before, "\n") {
				t.Fatalf("changed now:\n%s", strings.Join(got, "\n"))
			}
			then, errs := Apply(c, OnDay(ins, tc.day), ApplyOptions{})
			for _, e := range errs {
				t.Fatalf("on %s: %v", tc.day, e)
			}
			got, ok := then[ref]
			if tc.want == nil {
				if ok && len(got.Alineas) > 0 {
					t.Fatalf("on %s: still there:\n%s", tc.day, strings.Join(got.Alineas, "\n"))
				}
			} else if strings.Join(got.Alineas, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("on %s: got\n%s\nwant\n%s", tc.day, strings.Join(got.Alineas, "\n"), strings.Join(tc.want, "\n"))
			}
			other, _ := Apply(c, OnDay(ins, "2099-12-31"), ApplyOptions{})
			if got := other[ref].Alineas; strings.Join(got, "\n") != strings.Join(tc.before, "\n") {
				t.Fatalf("changed on another day:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

// TestDayWrittenInTheInstruction: a day of the calendar written before
// the instruction ("À compter du 1er janvier 2030, …", "Le 1er janvier
// 2030, …"), between its locator and its subject, set off by commas
// ("Au I, à compter du …, le mot …") or after its verb ("… est
// complété, à compter du …, par …"), or at its end ("… est abrogé à
// compter du …", "… sont supprimés le …") defers it to that day: refused
// now as before, its edits kept for that day (Instruction.Deferred), the
// instruction read as if the date were not written.
func TestDayWrittenInTheInstruction(t *testing.T) {
	P := []string{"I. – Le maire signe.", "II. – Le préfet date."}
	runDays(t, []dayCase{
		{"repealed at the end", P, []string{"L'article L. 1 du code civil est abrogé à compter du 1er janvier 2030."}, "2030-01-01", nil},
		{"repealed on a day", P, []string{"L'article L. 1 du code civil est abrogé le 15 mars 2031."}, "2031-03-15", nil},
		{"the day first", P, []string{"À compter du 1er janvier 2030, l'article L. 1 du code civil est abrogé."}, "2030-01-01", nil},
		{"premier written out", P, []string{"À partir du premier juillet 2030, l'article L. 1 du code civil est abrogé."}, "2030-07-01", nil},
		{"le, first", P, []string{"Le 1er août 2030, au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."}, "2030-08-01", []string{"I. – Le juge signe.", P[1]}},
		{"between the locator and the subject", P, []string{"Au I de l'article L. 1 du code civil, à compter du 1er janvier 2030, le mot : « maire » est remplacé par le mot : « juge »."}, "2030-01-01", []string{"I. – Le juge signe.", P[1]}},
		{"words deleted at the end", P, []string{"Au II de l'article L. 1 du code civil, les mots : « Le préfet » sont remplacés par les mots : « Le greffier » à compter du 1er février 2030."}, "2030-02-01", []string{P[0], "II. – Le greffier date."}},
		{"after the verb", P, []string{"Le I de l'article L. 1 du code civil est complété, à compter du 1er janvier 2030, par les mots : « et date »."}, "2030-01-01", []string{"I. – Le maire signe et date.", P[1]}},
		{"rewritten whole", P, []string{"À compter du 1er janvier 2030, l'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Le juge signe. »"}, "2030-01-01", []string{"Le juge signe."}},
		{"under a head naming the code", P, []string{"I. – À compter du 1er janvier 2030, le code civil est ainsi modifié :", "1° À l'article L. 1, le mot : « maire » est remplacé par le mot : « juge » ;", "2° Au II de l'article L. 1, le mot : « préfet » est remplacé par le mot : « greffier »."}, "2030-01-01", []string{"I. – Le juge signe.", "II. – Le greffier date."}},
		{"a date quoted too", P, []string{"Au I de l'article L. 1 du code civil, après le mot : « signe », sont insérés les mots : « au 1er janvier 2030 » à compter du 1er janvier 2031."}, "2031-01-01", []string{"I. – Le maire signe au 1er janvier 2030.", P[1]}},
	})
}

// TestDayOfAHead: a head deferred to a day ("À compter du 1er janvier
// 2030, l'article L. 1 est ainsi modifié :", "… est ainsi modifié à
// compter du … :") is read, and its items are read and deferred to that
// day with it; under a head naming several articles, each one's.
func TestDayOfAHead(t *testing.T) {
	P := []string{"I. – Le maire signe.", "II. – Le préfet date."}
	runDays(t, []dayCase{
		{"the day first", P, []string{"À compter du 1er janvier 2030, l'article L. 1 du code civil est ainsi modifié :", "1° Au I, le mot : « maire » est remplacé par le mot : « juge » ;", "2° Le II est abrogé."}, "2030-01-01", []string{"I. – Le juge signe.", "II. – (Abrogé)"}},
		{"the day last", P, []string{"L'article L. 1 du code civil est ainsi modifié à compter du 1er janvier 2030 :", "1° Le II est abrogé."}, "2030-01-01", []string{P[0], "II. – (Abrogé)"}},
		{"nested heads", P, []string{"À compter du 1er janvier 2030, l'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « juge » ;", "b) Le mot : « signe » est remplacé par le mot : « lit » ;", "2° Le II est abrogé."}, "2030-01-01", []string{"I. – Le juge lit.", "II. – (Abrogé)"}},
	})
	// The next part, not deferred, applies now.
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"I. – À compter du 1er janvier 2030, l'article L. 1 du code civil est ainsi modifié :", "1° Le II est abrogé.", "II. – L'article L. 1 du code civil est ainsi modifié :", "1° Le I est abrogé."}}})
	if len(ins) != 4 || ins[0].Status != Context || ins[1].Deferred == nil || ins[2].Status != Context || ins[3].Status != Parsed || ins[3].Deferred != nil {
		t.Fatalf("%+v", ins)
	}
	// Two articles: each item edits both, on the day.
	c := Corpus{}
	for _, n := range []string{"L1", "L2"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(n)}
		c[ref] = CodeArticle{Ref: ref, Heading: n, Alineas: []string{"Le maire signe."}}
	}
	ins = ParseInstructions([]Article{{Number: "1", Alineas: []string{"À compter du 1er janvier 2030, les articles L. 1 et L. 2 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « juge »."}}})
	now, _ := Apply(c, ins, ApplyOptions{})
	then, errs := Apply(c, OnDay(ins, "2030-01-01"), ApplyOptions{})
	for _, n := range []string{"l1", "l2"} {
		ref := CodeRef{Code: "code civil", Article: n}
		if now[ref].Alineas[0] != "Le maire signe." || then[ref].Alineas[0] != "Le juge signe." {
			t.Errorf("%s: now %q, on the day %q (%v)", n, now[ref].Alineas, then[ref].Alineas, errs)
		}
	}
}

// TestDayOfAnEntryIntoForce: an alinéa setting the day some parts take
// effect ("II. – Le I entre en vigueur le 1er octobre 2030.", "Le
// présent article entre en vigueur …", another article's "L'article 1er
// entre en vigueur …", a code article's "L'article L. 1 du code civil,
// dans sa rédaction résultant de la présente loi, entre en vigueur …")
// defers them to that day.
func TestDayOfAnEntryIntoForce(t *testing.T) {
	P := []string{"I. – Le maire signe.", "II. – Le préfet date."}
	runDays(t, []dayCase{
		{"its own part", P, []string{"I. – Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge ».", "II. – Le I entre en vigueur le 1er octobre 2030."}, "2030-10-01", []string{"I. – Le juge signe.", P[1]}},
		{"the article", P, []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – Le présent article entre en vigueur le 1er janvier 2031."}, "2031-01-01", nil},
	})
	ref := CodeRef{Code: "code civil", Article: "l1"}
	c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: P}}
	for name, arts := range map[string][]Article{
		"another article": {{Number: "1er", Alineas: []string{"Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."}}, {Number: "2", Alineas: []string{"L'article 1er entre en vigueur le 1er janvier 2030."}}},
		"a code article":  {{Number: "1er", Alineas: []string{"Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge »."}}, {Number: "2", Alineas: []string{"L'article L. 1 du code civil, dans sa rédaction résultant de la présente loi, entre en vigueur le 1er janvier 2030."}}},
	} {
		ins := ParseInstructions(arts)
		if ins[0].Deferred == nil || ins[0].Deferred.On != "2030-01-01" {
			t.Fatalf("%s: %+v", name, ins)
		}
		then, errs := Apply(c, OnDay(ins, "2030-01-01"), ApplyOptions{})
		if then[ref].Alineas[0] != "I. – Le juge signe." || len(errs) > 0 {
			t.Errorf("%s: %q %v", name, then[ref].Alineas, errs)
		}
	}
}

// TestDayNotRead: a date that is no day of the calendar the engine
// reads, or not one of the three places, or two days, still refuses the
// instruction as deferred, and keeps no edits for any day: "à compter du
// 1er janvier 2030 pour les contrats …" (the day qualifies what follows),
// "à compter du premier jour du sixième mois …", "du 31 février", two
// days, a day written inside the sentence with no comma.
func TestDayNotRead(t *testing.T) {
	for _, text := range []string{
		"L'article L. 1 du code civil est abrogé à compter du 1er janvier 2030 pour les contrats conclus après cette date.",
		"L'article L. 1 du code civil est abrogé à compter du premier jour du sixième mois suivant la publication de la présente loi.",
		"L'article L. 1 du code civil est abrogé à compter du 31 février 2030.",
		"À compter du 1er janvier 2030, l'article L. 1 du code civil est abrogé à compter du 1er janvier 2031.",
		"Au I de l'article L. 1 du code civil, le mot : « maire » est, à compter du 1er janvier 2030 remplacé par le mot : « juge ».",
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed || ins[0].Deferred != nil {
			t.Errorf("%s: %+v", text, ins)
		}
	}
	// Applied now, a day that is no date of the text is no deferral.
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé par les mots : « maire élu le 1er janvier 2030 »."}}})
	if len(ins) != 1 || ins[0].Status != Parsed || ins[0].Deferred != nil {
		t.Errorf("%+v", ins)
	}
}

// TestCutCalendarDay: the three places of the day, and what is left.
func TestCutCalendarDay(t *testing.T) {
	for _, tc := range []struct{ in, cut, day string }{
		{"À compter du 1er janvier 2030, l'article L. 1 est abrogé.", "L'article L. 1 est abrogé.", "2030-01-01"},
		{"Au 29 février 2032, l'article L. 1 est abrogé.", "L'article L. 1 est abrogé.", "2032-02-29"},
		{"Au I, à compter du 1er décembre 2030, le mot : « A » est supprimé.", "Au I, le mot : « A » est supprimé.", "2030-12-01"},
		{"L'article L. 1 est abrogé à compter du 1er août 2030.", "L'article L. 1 est abrogé.", "2030-08-01"},
		{"Les articles L. 1 et L. 2 sont abrogés au 1er août 2030 ;", "Les articles L. 1 et L. 2 sont abrogés ;", "2030-08-01"},
		{"Sont abrogés, à compter du 1er janvier 2030 :", "Sont abrogés :", "2030-01-01"},
		{"L'article L. 1 est ainsi modifié à compter du 1er janvier 2030 :", "L'article L. 1 est ainsi modifié :", "2030-01-01"},
		{"Après l'article L. 1, il est inséré, à compter du 1er janvier 2030, un article L. 1-1 ainsi rédigé :", "Après l'article L. 1, il est inséré un article L. 1-1 ainsi rédigé :", "2030-01-01"},
		{"L'article L. 1 est abrogé le 29 février 2031.", "", ""},
		{"Le mot : « A » est remplacé par les mots : « le 1er janvier 2030 ».", "", ""},
	} {
		cut, day, ok := cutCalendarDay(tc.in)
		if ok != (tc.day != "") || cut != tc.cut || day != tc.day {
			t.Errorf("%s: %q %q %v, want %q %q", tc.in, cut, day, ok, tc.cut, tc.day)
		}
	}
}

// TestRunDay: the day of a run of a law at another date is its folder's
// (autres_dates/YYYY-MM-DD…), only there.
func TestRunDay(t *testing.T) {
	for dir, want := range map[string]string{
		"laws/loi_x/autres_dates/2011-01-01_846d5a3c58": "2011-01-01",
		"autres_dates/2011-01-28":                       "2011-01-28",
		"laws/loi_x":                                    "",
		"laws/2011-01-01_x":                             "",
		"laws/loi_x/autres_dates/2011-02-30_x":          "",
	} {
		day, ok := runDay(dir)
		if ok != (want != "") || day != want {
			t.Errorf("%s: %q %v, want %q", dir, day, ok, want)
		}
	}
}
