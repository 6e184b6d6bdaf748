package law

import "testing"

func TestVoteOnText(t *testing.T) {
	for _, c := range []struct {
		title, text string
		ok          bool
	}{
		{"l'ensemble de la proposition de loi visant à protéger les haies (première lecture).", "Proposition de loi visant à protéger les haies", true},
		{"l'amendement n° 2 du Gouvernement à l'article 3 du projet de loi relatif aux ports (nouvelle lecture).", "Projet de loi relatif aux ports", true},
		{"la motion de rejet préalable du projet de loi relatif aux ports (texte de la commission mixte paritaire).", "Projet de loi relatif aux ports", true},
		{"l'ensemble de la proposition de loi visant à protéger les haies", "", false}, // no reading
		{"la déclaration du Gouvernement sur l'énergie (première lecture).", "", false},
	} {
		got, ok := VoteOnText(c.title)
		if got != c.text || ok != c.ok {
			t.Errorf("VoteOnText(%q) = %q, %v; want %q, %v", c.title, got, ok, c.text, c.ok)
		}
	}
}

func TestShortVoteTitle(t *testing.T) {
	bill := "Proposition de loi visant à protéger les haies (n° 12, Assemblée nationale, 17e législature)"
	for _, c := range []struct{ title, want string }{
		{"l'ensemble de la proposition de loi visant à protéger les haies (première lecture).", "l'ensemble de la proposition de loi (première lecture)"},
		{"l'amendement n° 2 de M. Untel à l'article 3 de la proposition de loi visant à protéger les haies (première lecture).", "l'amendement n° 2 de M. Untel à l'article 3 de la proposition de loi (première lecture)"},
		// Another text: kept whole.
		{"l'ensemble de la proposition de loi visant à protéger les mares (première lecture).", "l'ensemble de la proposition de loi visant à protéger les mares (première lecture)."},
		// No reading: kept whole.
		{"l'ensemble de la proposition de loi visant à protéger les haies", "l'ensemble de la proposition de loi visant à protéger les haies"},
	} {
		if got := ShortVoteTitle(c.title, bill); got != c.want {
			t.Errorf("ShortVoteTitle(%q) = %q; want %q", c.title, got, c.want)
		}
	}
}
