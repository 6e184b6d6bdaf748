package law

import "testing"

func TestBillObject27(t *testing.T) {
	art := []string{"L1: Le juge statue. Le maire note.|Le greffier note.|1° Un;|2° Deux."}
	same := "l1: Le juge statue. Le maire note.|Le greffier note.|1° Un;|2° Deux."
	runRenum22(t, []renum22Case{
		// A pronoun subject: the place of the locator was taken.
		{name: "cela", arts: art, lines: []string{"À l'article L. 1 du code civil, cela est supprimé."}, want: same, err: errBillSubjectPronoun27},
		{name: "tout", arts: art, lines: []string{"Au premier alinéa de l'article L. 1 du code civil, tout est supprimé."}, want: same, err: errBillSubjectPronoun27},
		{name: "rien", arts: art, lines: []string{"Au 2° de l'article L. 1 du code civil, rien est supprimé."}, want: same, err: errBillSubjectPronoun27},
		{name: "tout in context", arts: art, lines: []string{"Le code civil est ainsi modifié :", "1° À l'article L. 1, tout est abrogé ;"}, want: same, err: errBillSubjectPronoun27},
		// "tout" before a determiner, the impersonal "il" of an insertion: read.
		{name: "tout l'article", arts: art, lines: []string{"Tout l'article L. 1 du code civil est abrogé."}, want: ""},
		{name: "il est inséré", arts: art, lines: []string{"Après le premier alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Le clerc lit. »"}, want: "l1: Le juge statue. Le maire note.|Le clerc lit.|Le greffier note.|1° Un;|2° Deux."},
		// A place named by what it says: the whole place was taken.
		{name: "phrase relative", arts: art, lines: []string{"Au premier alinéa de l'article L. 1 du code civil, la phrase relative au juge est supprimée."}, want: same, err: errBillSubjectByContent27},
		{name: "phrase qui", arts: art, lines: []string{"Au premier alinéa de l'article L. 1 du code civil, la phrase qui vise le juge est supprimée."}, want: same, err: errBillSubjectByContent27},
		{name: "dispositions relatives", arts: art, lines: []string{"Le code civil est ainsi modifié :", "1° Les dispositions de l'article L. 1 relatives au juge sont abrogées ;"}, want: same, err: errBillSubjectByContent27},
		{name: "dispositions relatives, code named", arts: art, lines: []string{"Les dispositions de l'article L. 1 du code civil relatives au juge sont abrogées."}, want: same, err: errBillSubjectByContent27},
		// Between commas, the qualifier adds nothing to the place: read.
		{name: "qui between commas", arts: art, lines: []string{"Le code civil est ainsi modifié :", "1° Le premier alinéa de l'article L. 1, qui vise le juge, est supprimé ;"}, want: "l1: Le greffier note.|1° Un;|2° Deux."},
	})
}

func TestBillSubjectTitle27(t *testing.T) {
	for _, s := range []string{
		"a l'article 3 de la loi n° 2000-1 du 1er janvier 2000 relative au juge",
		"a l'article 3 du decret n° 2000-1 du 1er janvier 2000 relatif au juge",
		"a l'article 3 de la loi n° 2000-1 du 1er janvier 2000 visant a proteger le juge",
	} {
		if err := billSubjectUnread27(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	for _, s := range []string{
		"les dispositions de l'article l. 1 du code civil relatives au juge",
		"l'alinea de l'article 3 de la loi n° 2000-1 relatif au juge",
	} {
		if err := billSubjectUnread27(s); err == nil {
			t.Errorf("%q: read", s)
		}
	}
}
