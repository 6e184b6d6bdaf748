package law

import (
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
		{"L'article L. 3 du code civil entre en vigueur à une date fixée par décret.", nil},
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
