package law

import (
	"errors"
	"testing"
)

// TestNumberKindsMixed30: a number alone named by "le chiffre", "le mot",
// "la référence" found as an article's number and as the text's own is
// refused when no count, rank or "à chaque occurrence" says which (both
// were replaced: "de 3 mois prévu à l'article L. 3").
func TestNumberKindsMixed30(t *testing.T) {
	const at = "Au premier alinéa de l'article L. 1 du code civil, "
	mixed := "L1: Le délai de 2 mois prévu à l'article L. 2 court.|Le maire signe."
	runRenum22(t, []renum22Case{
		{name: "chiffre mixed", arts: []string{mixed},
			lines: []string{at + "le chiffre : « 2 » est remplacé par le chiffre : « 3 »."},
			want:  "l1: Le délai de 2 mois prévu à l'article L. 2 court.|Le maire signe.", err: errApplyWordsWhich26},
		{name: "mot mixed", arts: []string{mixed},
			lines: []string{at + "le mot : « 2 » est remplacé par le mot : « 3 »."},
			want:  "l1: Le délai de 2 mois prévu à l'article L. 2 court.|Le maire signe.", err: errApplyWordsWhich26},
		{name: "référence mixed", arts: []string{mixed},
			lines: []string{at + "la référence : « 2 » est remplacée par la référence : « 3 »."},
			want:  "l1: Le délai de 2 mois prévu à l'article L. 2 court.|Le maire signe.", err: errApplyWordsWhich26},
		{name: "deleted mixed", arts: []string{mixed},
			lines: []string{at + "le chiffre : « 2 » est supprimé."},
			want:  "l1: Le délai de 2 mois prévu à l'article L. 2 court.|Le maire signe.", err: errApplyWordsWhich26},
		{name: "date's day mixed", arts: []string{"L1: Avant le 3 mars, 3 jurés siègent.|Le maire signe."},
			lines: []string{at + "le chiffre : « 3 » est remplacé par le chiffre : « 4 »."},
			want:  "l1: Avant le 3 mars, 3 jurés siègent.|Le maire signe.", err: errApplyWordsWhich26},
		{name: "articles listed", arts: []string{"L1: Le délai prévu aux articles L. 2 et 2 ans.|Le maire signe."},
			lines: []string{at + "le chiffre : « 2 » est remplacé par le chiffre : « 3 »."},
			want:  "l1: Le délai prévu aux articles L. 2 et 2 ans.|Le maire signe.", err: errApplyWordsWhich26},
		// Said: a count, every occurrence, a rank.
		{name: "deux fois", arts: []string{mixed},
			lines: []string{at + "le chiffre : « 2 » est remplacé, deux fois, par le chiffre : « 3 »."},
			want:  "l1: Le délai de 3 mois prévu à l'article L. 3 court.|Le maire signe."},
		{name: "à chaque occurrence", arts: []string{mixed},
			lines: []string{at + "le chiffre : « 2 » est remplacé, à chaque occurrence, par le chiffre : « 3 »."},
			want:  "l1: Le délai de 3 mois prévu à l'article L. 3 court.|Le maire signe."},
		{name: "partout", arts: []string{mixed},
			lines: []string{at + "le chiffre : « 2 » est, partout où il figure, remplacé par le chiffre : « 3 »."},
			want:  "l1: Le délai de 3 mois prévu à l'article L. 3 court.|Le maire signe."},
		{name: "première occurrence", arts: []string{mixed},
			lines: []string{at + "la première occurrence du chiffre : « 2 » est remplacée par le chiffre : « 3 »."},
			want:  "l1: Le délai de 3 mois prévu à l'article L. 2 court.|Le maire signe."},
		// One kind only: every occurrence, as before.
		{name: "articles only", arts: []string{"L1: Selon les articles L. 2 et R. 2, le juge statue.|Le maire signe."},
			lines: []string{at + "le chiffre : « 2 » est remplacé par le chiffre : « 3 »."},
			want:  "l1: Selon les articles L. 3 et R. 3, le juge statue.|Le maire signe."},
		{name: "own only", arts: []string{"L1: Le délai de 2 mois ou de 2 ans court.|Le maire signe."},
			lines: []string{at + "le chiffre : « 2 » est remplacé par le chiffre : « 3 »."},
			want:  "l1: Le délai de 3 mois ou de 3 ans court.|Le maire signe."},
		{name: "label not a number", arts: []string{"L1: Le délai de 2 mois prévu au 2° court.|Le maire signe."},
			lines: []string{at + "le chiffre : « 2 » est remplacé par le chiffre : « 3 »."},
			want:  "l1: Le délai de 3 mois prévu au 2° court.|Le maire signe."},
		// A quantity's noun takes the designations out (quantityOccurrences).
		{name: "le nombre", arts: []string{mixed},
			lines: []string{at + "le nombre : « 2 » est remplacé par le nombre : « 3 »."},
			want:  "l1: Le délai de 3 mois prévu à l'article L. 2 court.|Le maire signe."},
	})
	// An amendment likewise (errAmEditRefused24); a count said is read.
	art := Article{Number: "1", Alineas: []string{"Le délai de 2 mois prévu à l'article L. 2 court.", "Le maire signe."}}
	r := ApplyAmendment(art, "À l'alinéa 1, substituer au chiffre : « 2 » le chiffre : « 3 ».")
	if r.Applied || len(r.Refusals) != 1 || !errors.Is(r.Refusals[0], errAmEditRefused24) || !errors.Is(r.Refusals[0], errApplyWordsWhich26) {
		t.Errorf("am chiffre mixed: %v %v", r.Applied, r.Refusals)
	}
	runAm27(t, art, []amCase27{
		{name: "am deux fois", disp: []string{"À l'alinéa 1, substituer (deux fois) au chiffre : « 2 » le chiffre : « 3 »."},
			want: "Le délai de 3 mois prévu à l'article L. 3 court. | Le maire signe."},
	}, nil)
}
