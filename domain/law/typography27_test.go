package law

import (
	"errors"
	"testing"
)

// TestTypography27ArticlesDashJoined: two articles joined by a dash,
// each with its letters ("L. 1 – L. 3", "L. 1-L. 3"), a range or a list,
// are refused (only L. 1 was abrogated, or edited); a dash inside one
// number is that number's, and the same words quoted are searched.
func TestTypography27ArticlesDashJoined(t *testing.T) {
	three := []string{"L1: Il signe.", "L2: Il date.", "L3: Il part."}
	runRenum22(t, []renum22Case{
		{name: "spaced en dash", arts: three,
			lines: []string{"Les articles L. 1 – L. 3 du code civil sont abrogés."},
			want:  "l1: Il signe. / l2: Il date. / l3: Il part.", err: errDashJoined27},
		{name: "hyphen tight", arts: three,
			lines: []string{"Les articles L. 1-L. 3 du code civil sont abrogés."},
			want:  "l1: Il signe. / l2: Il date. / l3: Il part.", err: errDashJoined27},
		{name: "words", arts: three,
			lines: []string{"Aux articles L. 1 - L. 3 du code civil, le mot : « Il » est remplacé par le mot : « Elle »."},
			want:  "l1: Il signe. / l2: Il date. / l3: Il part.", err: errDashJoined27},
		{name: "one number", arts: []string{"L1-1: Il signe.", "L1: Il date."},
			lines: []string{"L'article L. 1 – 1 du code civil est abrogé."},
			want:  "l1: Il date."},
		{name: "quoted", arts: []string{"L1: Il lit L. 1 – L. 3."},
			lines: []string{"À l'article L. 1 du code civil, la référence : « L. 1 – L. 3 » est remplacée par la référence : « L. 2 »."},
			want:  "l1: Il lit L. 2."},
	})
}

// TestTypography27AlineasDashJoined: an amendment naming two alinéas
// joined by a dash ("Alinéas 2 – 4", "Aux alinéas 2-4, substituer …")
// is refused (only the alinéa 2 was deleted, or edited); "Alinéas 2 à 4"
// is read, and an item after the dash is no alinéa.
func TestTypography27AlineasDashJoined(t *testing.T) {
	art := Article{Number: "1", Alineas: []string{"Le maire signe.", "Le maire date.", "Le maire part.", "Le maire vient."}}
	for _, disp := range []string{
		"Alinéas 2 – 4\nSupprimer ces alinéas.",
		"Alinéas 2\u20113\nSupprimer ces alinéas.",
		"Supprimer les alinéas 2 - 4.",
		"Aux alinéas 2-4, substituer au mot : « maire » le mot : « juge ».",
	} {
		r := ApplyAmendment(art, disp)
		amTyped24Refused(t, disp, r, errDashJoined27)
		if len(r.Refusals) > 0 && (!errors.Is(r.Refusals[0], errAmInstructionUnread24) || ClassOf(r.Refusals[0]) != RefusalNotRead) {
			t.Errorf("%q: refusal %v not an instruction not read", disp, r.Refusals[0])
		}
	}
	r := ApplyAmendment(art, "Alinéas 2 à 4\nSupprimer ces alinéas.")
	if !r.Applied || len(r.Article.Alineas) != 1 {
		t.Errorf("range: %v %q", r.Refusals, r.Article.Alineas)
	}
	r = ApplyAmendment(art, "À l'alinéa 1, substituer aux mots : « 2-4 » le mot : « juge ».")
	if r.Applied || len(r.Refusals) != 1 || errors.Is(r.Refusals[0], errDashJoined27) {
		t.Errorf("quoted: %v", r.Refusals)
	}
}

// TestTypography27DegreeAfterNoBreakSpace: an item's label whose degree
// sign follows a no-break or narrow no-break space ("Au 1\u00a0° de",
// "Le 2\u202f° … est abrogé") is the item, as "1 °" is (it was refused:
// the designation not read).
func TestTypography27DegreeAfterNoBreakSpace(t *testing.T) {
	list := []string{"L1: Sont électeurs :|1° Les maires ;|2° Les préfets."}
	runRenum22(t, []renum22Case{
		{name: "nbsp", arts: list,
			lines: []string{"Au 1\u00a0° de l'article L. 1 du code civil, le mot : « maires » est remplacé par le mot : « juges »."},
			want:  "l1: Sont électeurs :|1° Les juges ;|2° Les préfets."},
		{name: "narrow", arts: list,
			lines: []string{"Le 2\u202f° de l'article L. 1 du code civil est abrogé."},
			want:  "l1: Sont électeurs :|1° Les maires ;|2° (Abrogé)."},
	})
}

// TestTypography27LabelsDashJoined: two labels of paragraphs or items
// joined by a dash after a determiner ("Les I – III", "Au I – III", "Les
// 1° – 3°", "Les a – c") are refused: the place was dropped and the
// whole article abrogated or edited; "Les I et III" is read.
func TestTypography27LabelsDashJoined(t *testing.T) {
	parts := []string{"L1: I. – Il signe.|II. – Il date.|III. – Il part."}
	kept := "l1: I. – Il signe.|II. – Il date.|III. – Il part."
	runRenum22(t, []renum22Case{
		{name: "paragraphs", arts: parts,
			lines: []string{"Les I – III de l'article L. 1 du code civil sont abrogés."},
			want:  kept, err: errDashJoined27},
		{name: "words", arts: parts,
			lines: []string{"Au I – III de l'article L. 1 du code civil, le mot : « Il » est remplacé par le mot : « Elle »."},
			want:  kept, err: errDashJoined27},
		{name: "letters", arts: parts,
			lines: []string{"Les a – c de l'article L. 1 du code civil sont abrogés."},
			want:  kept, err: errDashJoined27},
		{name: "items", arts: []string{"L1: Sont :|1° Un ;|2° Deux ;|3° Trois."},
			lines: []string{"Les 1° – 3° de l'article L. 1 du code civil sont abrogés."},
			want:  "l1: Sont :|1° Un ;|2° Deux ;|3° Trois.", err: errDashJoined27},
		{name: "list", arts: parts,
			lines: []string{"Les I et III de l'article L. 1 du code civil sont abrogés."},
			want:  "l1: I. – (Abrogé)|II. – Il date.|III. – (Abrogé)"},
	})
	art := Article{Number: "1", Alineas: []string{"Sont :", "1° Un ;", "2° Deux.", "Il date. Il part."}}
	for _, disp := range []string{"Supprimer les 1° – 2°.", "À l'alinéa 4, supprimer les phrases 1 – 2."} {
		amTyped24Refused(t, disp, ApplyAmendment(art, disp), errDashJoined27)
	}
}
