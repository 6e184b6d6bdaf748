package law

import "testing"

// TestDispEnd27StatementEnds: the headings of the statement of reasons
// ("Exposé des motifs", in any case, with its colon, in HTML) and the
// sentences speaking of the amendment itself ("Amendement de
// précision.", "Tel est l'objet du présent amendement.", "Les auteurs
// de cet amendement …", "Par cet amendement, …") end the dispositif,
// after an unquoted new text, a quoted one, or one bounded by its count:
// they were inserted as new alinéas (or the count refused).
func TestDispEnd27StatementEnds(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Un.", "Deux.", "Trois."}}
	heads := [][]string{
		{"Alinéa 2", "Rédiger ainsi cet alinéa :", "Le juge statue."},
		{"Alinéa 2", "Rédiger ainsi cet alinéa :", "« Le juge statue. »"},
		{"Après l'alinéa 1", "Insérer un alinéa ainsi rédigé :", "Le juge statue."},
	}
	wants := []string{"Un. | Le juge statue. | Trois.", "Un. | Le juge statue. | Trois.", "Un. | Le juge statue. | Deux. | Trois."}
	trails := []string{
		"Exposé des motifs", "EXPOSÉ DES MOTIFS", "Exposé des motifs :", "<p>Exposé des motifs</p>",
		"Amendement de précision.", "Amendement rédactionnel.", "Amendement de coordination.", "Amendement d'harmonisation.",
		"Tel est l'objet du présent amendement.", "Tel est le sens de cet amendement.",
		"Les auteurs de cet amendement veulent la clarté.", "Par cet amendement, le juge statue vite.",
	}
	var cases []amCase27
	for _, tr := range trails {
		for k, h := range heads {
			cases = append(cases, amCase27{name: h[2] + " / " + tr, disp: append(append([]string(nil), h...), tr), want: wants[k]})
		}
	}
	// "Amendement" as a quoted word, or a new text speaking of a right
	// of amendment, stays text.
	cases = append(cases,
		amCase27{"words after a colon", []string{"Alinéa 2", "Rédiger ainsi cet alinéa :", "Amendement de la règle."}, "Un. | Amendement de la règle. | Trois.", nil},
		amCase27{"law text naming amendments", []string{"Alinéa 2", "Rédiger ainsi cet alinéa :", "Le juge statue.", "Le droit d'amendement s'exerce."}, "Un. | Le juge statue. | Le droit d'amendement s'exerce. | Trois.", nil},
	)
	runAm27(t, art, cases, nil)
}
