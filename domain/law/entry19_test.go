package law

import (
	"strings"
	"testing"
)

// entry19Law is a bill of four articles: 1er, whose I and II replace a
// word of L. 1 and L. 2 of the code civil; 2, whose I inserts L. 4-1 and
// L. 4-2 and II replaces a word of L. 5; 3, which replaces a word of
// L. 6; 4, the entry (left out of entry19Status).
func entry19Law(entry string) []Article {
	return []Article{
		{Number: "1er", Alineas: []string{
			"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
			"II. – À l'article L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
		}},
		{Number: "2", Alineas: []string{
			"I. – Après l'article L. 4 du code civil, sont insérés des articles L. 4-1 et L. 4-2 ainsi rédigés :",
			"« Art. L. 4-1. – Le préfet statue. »",
			"« Art. L. 4-2. – Le maire statue. »",
			"II. – À l'article L. 5 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
		}},
		{Number: "3", Alineas: []string{"À l'article L. 6 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{Number: "4", Alineas: []string{entry}},
	}
}

// entry19Status is the states of the bill's instructions, one letter
// each in their order ("A" applied, "M" marked, "D" deferred to
// 2030-01-01, "J" to 2030-07-01, "N" deferred to no day, "T" refused as
// in force for a time only), the entries left out.
func entry19Status(arts []Article) string {
	var b strings.Builder
	for _, in := range ParseInstructions(arts) {
		switch {
		case in.Status == Parsed && in.TakesEffect != "":
			b.WriteByte('M')
		case in.Status == Parsed:
			b.WriteByte('A')
		case strings.HasPrefix(in.Reason, reasonTemporaryEntry):
			b.WriteByte('T')
		case strings.HasPrefix(in.Reason, "deferred:") && in.Deferred != nil && in.Deferred.On == "2030-01-01":
			b.WriteByte('D')
		case strings.HasPrefix(in.Reason, "deferred:") && in.Deferred != nil && in.Deferred.On == "2030-07-01":
			b.WriteByte('J')
		case strings.HasPrefix(in.Reason, "deferred:") && in.Deferred == nil:
			b.WriteByte('N')
		case in.Reason == "no known instruction form" || in.Reason == inSoFarReason || strings.HasPrefix(in.Reason, "an entry into force"):
		default:
			b.WriteString("?(" + in.Reason + ")")
		}
	}
	return b.String()
}

func entry19Check(t *testing.T, arts []Article, want string) {
	t.Helper()
	if got := entry19Status(arts); got != want {
		var entries []string
		for _, a := range arts {
			for _, l := range a.Alineas {
				if strings.Contains(l, "vigueur") || strings.Contains(l, "applica") || strings.Contains(l, "effet") {
					entries = append(entries, l)
				}
			}
		}
		t.Errorf("%s:\n got %s\nwant %s", strings.Join(entries, " | "), got, want)
	}
}

// entry19Row is an entry and the states it gives (entry19Status).
type entry19Row struct{ entry, want string }

// entry19Table checks each entry of rows as the bill's article 4
// (entry19Law), then each of own as a third paragraph of its article 2,
// the bill's article 4 left out.
func entry19Table(t *testing.T, rows, own []entry19Row) {
	t.Helper()
	for _, r := range rows {
		entry19Check(t, entry19Law(r.entry), r.want)
	}
	for _, r := range own {
		arts := entry19Law("")[:3]
		arts[1].Alineas = append(arts[1].Alineas, r.entry)
		entry19Check(t, arts, r.want)
	}
}

// TestEntry19InSoFarCodeFirst: "…, en tant qu'il insère dans le code
// civil des articles L. 4-1 et L. 4-2, …" is "…, en tant qu'il insère des
// articles L. 4-1 et L. 4-2 dans le code civil, …": the instruction
// creating them deferred, the others applied (every part of article 2
// was refused, to no day).
func TestEntry19InSoFarCodeFirst(t *testing.T) {
	const day = ", entre en vigueur le 1er janvier 2030."
	for _, tc := range []struct{ clause, want string }{
		{"en tant qu'il insère dans le code civil des articles L. 4-1 et L. 4-2", "AADAA"},
		{"en tant qu'il crée dans le code civil des articles L. 4-1 et L. 4-2", "AADAA"},
		{"en tant qu'il insère au code civil des articles L. 4-1 et L. 4-2", "AADAA"},
		{"en tant qu'il insère dans le code civil, des articles L. 4-1 et L. 4-2", "AADAA"},
		// The I creates L. 4-2 too: not the L. 4-1 alone.
		{"en tant qu'il insère dans le code civil un article L. 4-1", "AANNA"},
		// Not read: the code not said, a verb that creates nothing.
		{"en tant qu'il insère dans le même code des articles L. 4-1 et L. 4-2", "AANNA"},
		{"en tant qu'il modifie dans le code civil des articles L. 4-1 et L. 4-2", "AANNA"},
	} {
		entry19Check(t, entry19Law("L'article 2, "+tc.clause+day), tc.want)
	}
	// entry17Law's II inserts L. 2-1 alone; in its own article too.
	entry16Check(t, entry17Law("L'article 1er, en tant qu'il insère dans le code civil un article L. 2-1"+day), entry17Want("ADAAAAA"))
	entry18Own(t, "ADAAAA", "Le présent article, en tant qu'il insère dans le code civil un article L. 2-1, entre en vigueur le 1er janvier 2030.")
}

// TestEntry19Only: "n'entre en vigueur que le …" ("ne prend effet que",
// "n'est applicable qu'à compter du") is "entre en vigueur le …": the
// parts named deferred (they were applied at once); "ne s'applique
// qu'aux contrats …" is a rule of application, applied.
func TestEntry19Only(t *testing.T) {
	entry19Table(t, []entry19Row{
		{"L'article 2 n'entre en vigueur que le 1er janvier 2030.", "AADDA"},
		{"Les articles 1er et 3 n'entrent en vigueur qu'à compter du 1er janvier 2030.", "DDAAD"},
		{"Le II de l'article 2 ne prend effet que le 1er janvier 2030.", "AAADA"},
		{"L'article 2 n'est applicable qu'à compter du 1er janvier 2030.", "AADDA"},
		{"L'article 2 n'entre en vigueur qu'à une date fixée par décret.", "AAMMA"},
		{"L'article 2 ne s'applique qu'aux contrats conclus à compter du 1er janvier 2030.", "AAAAA"},
	}, []entry19Row{
		{"III. – Le II n'entre en vigueur que le 1er janvier 2030.", "AAADA"},
	})
}

// TestEntry19Ends: an entry that ends the application of parts of the
// law, "L'article 2 cesse d'être applicable le …" ("cessent de produire
// leurs effets", "n'est plus applicable à compter du", "est applicable
// jusqu'au …", "entre en vigueur le … et jusqu'au …"), gives them a time
// only: refused, to no day (they were applied for good, or deferred for
// good), a clause "en tant qu'il …" the article whole; an article of a
// code so named refuses the edits of it alike (TestMend19CodeArticleEnds).
func TestEntry19Ends(t *testing.T) {
	entry19Table(t, []entry19Row{
		{"L'article 2 cesse d'être applicable le 1er janvier 2030.", "AATTA"},
		{"Le II de l'article 2 cesse d'être applicable le 1er janvier 2030.", "AAATA"},
		{"Les dispositions de l'article 2 cessent de produire leurs effets le 31 décembre 2030.", "AATTA"},
		{"L'article 2 n'est plus applicable à compter du 1er janvier 2031.", "AATTA"},
		{"Les articles 1er et 3 sont applicables jusqu'au 31 décembre 2030.", "TTAAT"},
		{"L'article 2 entre en vigueur le 1er janvier 2030 et jusqu'au 31 décembre 2035.", "AATTA"},
		{"L'article 2, en tant qu'il modifie l'article L. 5 du code civil, cesse d'être applicable le 1er janvier 2030.", "AATTA"},
		// A code's article: its edits refused alike (mend19.go).
		{"L'article L. 5 du code civil cesse d'être applicable le 1er janvier 2030.", "AAATA"},
	}, []entry19Row{
		{"III. – Le II est applicable jusqu'au 31 décembre 2030.", "AAATA"},
		{"III. – Le présent article cesse de produire ses effets le 31 décembre 2030.", "AATTA"},
	})
}

// TestEntry19PartBeforeWhole: an article's own entry naming it whole and
// another article's entry naming its part: the part takes its date, in
// either order of the articles (the own entry won); both naming it whole
// at different dates: refused, to no day; a part marked by a delay keeps
// its mark against the whole's day.
func TestEntry19PartBeforeWhole(t *testing.T) {
	const own = "III. – Le présent article entre en vigueur le 1er janvier 2030."
	for _, tc := range []struct{ own, other, want string }{
		{own, "Le II de l'article 1er entre en vigueur le 1er juillet 2030.", "DJ"},
		{own, "Le II de l'article 1er entre en vigueur six mois après la publication de la présente loi.", "DM"},
		{"III. – Le présent article entre en vigueur six mois après la publication de la présente loi.", "Le II de l'article 1er entre en vigueur le 1er juillet 2030.", "MJ"},
		{"III. – Le II entre en vigueur le 1er janvier 2030.", "L'article 1er entre en vigueur le 1er juillet 2030.", "JD"},
		{own, "L'article 1er, en tant qu'il modifie l'article L. 2 du code civil, entre en vigueur le 1er juillet 2030.", "DJ"},
		{own, "L'article 1er, en tant qu'il modifie l'article L. 9 du code civil, entre en vigueur le 1er juillet 2030.", "NN"},
		// Whole and whole: at different dates, not said which holds.
		{own, "L'article 1er entre en vigueur le 1er juillet 2030.", "NN"},
		{own, "Les articles 1er et 2 entrent en vigueur le 1er janvier 2030.", "DD"},
		// The own article's part marked, its whole on a day.
		{"III. – Le II entre en vigueur six mois après la publication de la présente loi.", "L'article 1er entre en vigueur le 1er juillet 2030.", "JM"},
	} {
		for _, first := range []bool{false, true} {
			a1 := Article{Number: "1er", Alineas: []string{
				"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
				"II. – À l'article L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
				tc.own,
			}}
			a5 := Article{Number: "5", Alineas: []string{tc.other}}
			arts := []Article{a1, a5}
			if first {
				// The entry's article first: numbered 1er, the other 5.
				a1.Number = "5"
				a5.Alineas = []string{strings.NewReplacer("l'article 1er", "l'article 5", "L'article 1er", "L'article 5", "articles 1er et 2", "articles 5 et 2").Replace(tc.other)}
				a5.Number = "1er"
				arts = []Article{a5, a1}
			}
			entry19Check(t, arts, tc.want)
		}
	}
	// In one article: the part marked keeps its mark.
	arts := []Article{{Number: "1er", Alineas: []string{
		"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
		"II. – À l'article L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
		"III. – Le II entre en vigueur six mois après la publication de la présente loi.",
		"IV. – Le présent article entre en vigueur le 1er janvier 2030.",
	}}}
	entry19Check(t, arts, "DM")
}

// TestEntry19DayWithTail: a day of the calendar followed by words not
// read, "le 1er janvier 2030 pour les contrats conclus après cette date",
// "… ou, si elle est postérieure, à la date …", refuses the parts named,
// to no day (they were marked, applied at once); "le 1er janvier 2030.
// Il s'applique aux contrats en cours." is an entry on that day (it was
// marked); a part of the territory after the day stays as it was.
func TestEntry19DayWithTail(t *testing.T) {
	entry19Table(t, []entry19Row{
		{"L'article 2 entre en vigueur le 1er janvier 2030 pour les contrats conclus après cette date.", "AANNA"},
		{"L'article 2 entre en vigueur le 1er janvier 2030 ou, si elle est postérieure, à la date de publication du décret mentionné au II.", "AANNA"},
		{"Le II de l'article 2 entre en vigueur à compter du 1er janvier 2030 pour les baux en cours.", "AANNA"},
		{"L'article 2 entre en vigueur le 1er janvier 2030. Il s'applique aux contrats en cours.", "AADDA"},
		{"Les articles 1er et 3 entrent en vigueur le 1er janvier 2030. Ils sont applicables aux instances en cours.", "DDAAD"},
		// Two days: which is not said.
		{"L'article 2 entre en vigueur le 1er janvier 2030. Il s'applique aux contrats conclus à compter du 1er juillet 2030.", "AANNA"},
		{"L'article 2 entre en vigueur le 1er janvier 2030 en Polynésie française.", "AAMMA"},
	}, []entry19Row{
		{"III. – Le II entre en vigueur le 1er janvier 2030 pour les contrats conclus après cette date.", "AANNA"},
		{"III. – Le présent article entre en vigueur le 1er janvier 2030. Il s'applique aux contrats en cours.", "AADDA"},
	})
}

// TestEntry19Twice: two entries naming the same part, or each the
// article whole, at different dates: which holds is not said, refused,
// to no day (the first won); at the same date, deferred to it.
func TestEntry19Twice(t *testing.T) {
	own := func(entries ...string) []Article {
		return []Article{{Number: "1er", Alineas: append([]string{
			"I. – À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
			"II. – À l'article L. 2 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».",
		}, entries...)}}
	}
	for _, tc := range []struct {
		entries []string
		want    string
	}{
		{[]string{"III. – Le présent article entre en vigueur le 1er janvier 2030.", "IV. – Le présent article entre en vigueur le 1er juillet 2030."}, "NN"},
		{[]string{"III. – Le présent article entre en vigueur le 1er janvier 2030.", "IV. – Le présent article entre en vigueur six mois après la publication de la présente loi."}, "NN"},
		{[]string{"III. – Le I entre en vigueur le 1er janvier 2030.", "IV. – Le I entre en vigueur le 1er juillet 2030."}, "NA"},
		{[]string{"III. – Le I entre en vigueur six mois après la publication de la présente loi.", "IV. – Le I entre en vigueur le 1er juillet 2030."}, "NA"},
		{[]string{"III. – Le I entre en vigueur le 1er janvier 2030.", "IV. – Les I et II entrent en vigueur le 1er janvier 2030."}, "DD"},
		{[]string{"III. – Le présent article entre en vigueur le 1er janvier 2030.", "IV. – Le présent article entre en vigueur à compter du 1er janvier 2030."}, "DD"},
	} {
		entry19Check(t, own(tc.entries...), tc.want)
	}
	// The part named in its article and in another, at different dates.
	arts := append(own("III. – Le I entre en vigueur le 1er janvier 2030."), Article{Number: "2", Alineas: []string{"Le I de l'article 1er entre en vigueur le 1er juillet 2030."}})
	entry19Check(t, arts, "NA")
	arts[1].Alineas[0] = "Le I de l'article 1er entre en vigueur le 1er janvier 2030."
	entry19Check(t, arts, "DA")
}
