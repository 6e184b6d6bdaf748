package law

import (
	"fmt"
	"strings"
	"testing"
)

// TestEntry13PartsOfEveryLevel: an entry into force naming a
// capital-letter part ("Le A du I"), an arabic part ("Le 1 du I"), a list
// of them ("Les B et C du I") or a part under both ("Le 2 du A du I")
// defers exactly those parts; a part the article has not, or one standing
// under two parts the entry does not name, defers the whole article.
func TestEntry13PartsOfEveryLevel(t *testing.T) {
	// deferred lists, by alinéa (1-based), whether each parsed instruction
	// of the article is refused as deferred.
	check := func(name string, text []string, want map[int]bool) {
		t.Helper()
		t.Run(name, func(t *testing.T) {
			ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
			got := map[int]bool{}
			for _, in := range ins {
				if in.Status == Parsed {
					got[in.Alinea] = false
				}
				if in.Status == Unparsed && strings.HasPrefix(in.Reason, "deferred:") {
					got[in.Alinea] = true
				}
			}
			for a, w := range want {
				d, ok := got[a]
				if !ok {
					t.Errorf("alinéa %d: no instruction (%+v)", a, ins)
					continue
				}
				if d != w {
					t.Errorf("alinéa %d: deferred %v, want %v", a, d, w)
				}
			}
		})
	}
	capitals := []string{
		"I. – Le code civil est ainsi modifié :",
		"A. – L'article L. 1 est abrogé ;",
		"B. – L'article L. 2 est abrogé ;",
		"C. – L'article L. 3 est abrogé.",
	}
	with := func(base []string, more ...string) []string {
		return append(append([]string(nil), base...), more...)
	}
	check("le A du I", with(capitals, "II. – Le A du I entre en vigueur le 1er janvier 2030."), map[int]bool{2: true, 3: false, 4: false})
	check("les B et C du I", with(capitals, "II. – Les B et C du I entrent en vigueur le 1er janvier 2030."), map[int]bool{2: false, 3: true, 4: true})
	check("les dispositions des A à B du I", with(capitals, "II. – Les dispositions des A à B du I s'appliquent à compter du 1er janvier 2030."), map[int]bool{2: true, 3: true, 4: false})
	check("le D du I: not found, the whole article", with(capitals, "II. – Le D du I entre en vigueur le 1er janvier 2030."), map[int]bool{2: true, 3: true, 4: true})
	check("le IV: not found, not understood, the whole article (entry14)", with(capitals, "II. – Le IV entre en vigueur le 1er janvier 2030."), map[int]bool{2: true, 3: true, 4: true})
	check("le A, romans: the whole article", with(capitals, "II. – Le A entre en vigueur le 1er janvier 2030."), map[int]bool{2: true, 3: true, 4: true})

	check("le A du présent I", with(capitals, "II. – Le A du présent I entre en vigueur le 1er janvier 2030."), map[int]bool{2: true, 3: false, 4: false})
	check("the capitals at the top: le B", []string{"Le code civil est ainsi modifié :", capitals[1], capitals[2], capitals[3], "D. – Le B entre en vigueur le 1er janvier 2030."}, map[int]bool{2: false, 3: true, 4: false})

	arabic := []string{
		"I. – Le code civil est ainsi modifié :",
		"1. L'article L. 1 est abrogé ;",
		"2. L'article L. 2 est abrogé.",
	}
	check("le 1 du I", with(arabic, "II. – Le 1 du I s'applique à compter du 1er janvier 2030."), map[int]bool{2: true, 3: false})
	check("le 2 du présent I", with(arabic, "II. – Le 2 du présent I entre en vigueur le 1er janvier 2030."), map[int]bool{2: false, 3: true})
	check("le 2 du I", with(arabic, "II. – Le 2 du I entre en vigueur le 1er janvier 2030."), map[int]bool{2: false, 3: true})
	check("le 1 unlabelled article", []string{"Le code civil est ainsi modifié :", "1. L'article L. 1 est abrogé ;", "2. L'article L. 2 est abrogé.", "Le 2 entre en vigueur le 1er janvier 2030."}, map[int]bool{2: false, 3: true})

	both := []string{
		"I. – Le code civil est ainsi modifié :",
		"A. – Le livre Ier est ainsi modifié :",
		"1. L'article L. 1 est abrogé ;",
		"2. L'article L. 2 est abrogé ;",
		"B. – Le livre II est ainsi modifié :",
		"1. L'article L. 3 est abrogé ;",
		"2. L'article L. 4 est abrogé.",
	}
	check("le 2 du A du I", with(both, "II. – Le 2 du A du I entre en vigueur le 1er janvier 2030."), map[int]bool{3: false, 4: true, 6: false, 7: false})
	check("le B du I: its 1 and 2", with(both, "II. – Le B du I entre en vigueur le 1er janvier 2030."), map[int]bool{3: false, 4: false, 6: true, 7: true})
	check("le 2 du I: under the A and the B, the whole article", with(both, "II. – Le 2 du I entre en vigueur le 1er janvier 2030."), map[int]bool{3: true, 4: true, 6: true, 7: true})

	items := []string{
		"I. – Le code civil est ainsi modifié :",
		"A. – L'article L. 1 est ainsi modifié :",
		"1° Le premier alinéa est supprimé ;",
		"2° Le second alinéa est supprimé ;",
		"B. – L'article L. 2 est ainsi modifié :",
		"1° Le premier alinéa est supprimé ;",
		"2° Le second alinéa est supprimé.",
	}
	check("le 2° du B du I", with(items, "II. – Le 2° du B du I entre en vigueur le 1er janvier 2030."), map[int]bool{3: false, 4: false, 6: false, 7: true})
	check("le 2° du I: under the A and the B, the whole article", with(items, "II. – Le 2° du I entre en vigueur le 1er janvier 2030."), map[int]bool{3: true, 4: true, 6: true, 7: true})
}

// TestEntry13OtherArticle: another article naming a capital-letter part
// of an article ("Le B du I de l'article 1er …") defers that part only.
func TestEntry13OtherArticle(t *testing.T) {
	arts := []Article{
		{Number: "1er", Alineas: []string{"I. – Le code civil est ainsi modifié :", "A. – L'article L. 1 est abrogé ;", "B. – L'article L. 2 est abrogé."}},
		{Number: "2", Alineas: []string{"Le B du I de l'article 1er entre en vigueur le 1er janvier 2030."}},
	}
	ins := ParseInstructions(arts)
	var got []string
	for _, in := range ins {
		if in.Status == Parsed || strings.HasPrefix(in.Reason, "deferred:") {
			got = append(got, fmt.Sprintf("%s:%d:", in.Article, in.Alinea)+map[bool]string{true: "deferred", false: "applied"}[in.Status != Parsed])
		}
	}
	want := "1er:2:applied 1er:3:deferred"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}
