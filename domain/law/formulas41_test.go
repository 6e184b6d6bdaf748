package law

import "testing"

// TestGrammarBill4EndDeletedKeepsSpace: "après le mot : « meubles », la
// fin de l'alinéa est supprimée" on "1° Les meubles et les tables ;"
// leaves "1° Les meubles ;": the space before the semicolon (or colon)
// that closes it stays, a non-breaking one as it was (it gave
// "meubles;"); a period still follows the last word.
func TestGrammarBill4EndDeletedKeepsSpace(t *testing.T) {
	I := []string{"Sont exclus, en tout état de cause :", "1° Les meubles et les tables ;", "2° Les immeubles et les terrains."}
	runGrammar(t, []grammarCase{
		{name: "a semicolon", before: I, text: []string{"Au 1° de l'article L. 1 du code civil, après le mot : « meubles », la fin de l'alinéa est supprimée."}, want: []string{I[0], "1° Les meubles ;", I[2]}},
		{name: "a colon", before: I, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « exclus », la fin de l'alinéa est supprimée."}, want: []string{"Sont exclus :", I[1], I[2]}},
		{name: "a non-breaking space", before: []string{"1° Les meubles et les tables\u00a0;"}, text: []string{"À l'article L. 1 du code civil, après le mot : « meubles », la fin de l'alinéa est supprimée."}, want: []string{"1° Les meubles\u00a0;"}},
		{name: "a period", before: I, text: []string{"Au 2° de l'article L. 1 du code civil, après le mot : « immeubles », la fin de l'alinéa est supprimée."}, want: []string{I[0], I[1], "2° Les immeubles."}},
	})
}

// TestGrammarBill4ArticlesOfTwoTexts: "Les articles L. 1 et L. 2 du code
// civil et 5 de la loi …" names articles of two texts in one list, not
// read: refused (L. 1 of the second code was abrogated, and L. 2
// dropped); two articles each followed by its text ("Les articles L. 1 du
// code de la santé publique et L. 2 du code de la sécurité sociale") are
// each of its own (TestRefuse91ArticlesEachWithItsText); an article of a law
// whose title holds numbers, and "l'article L. 1 du code A et l'article
// L. 2 du code B", are still read.
func TestGrammarBill4ArticlesOfTwoTexts(t *testing.T) {
	for _, text := range []string{
		"Les articles L. 1 et L. 2 du code civil et 5 de la loi n° 2000-1 du 3 janvier 2000 sont abrogés.",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed {
			t.Errorf("%q: %+v, want refused", text, ins)
		}
	}
	for text, want := range map[string][]CodeRef{
		// Each article with its own text, read since
		// TestRefuse91ArticlesEachWithItsText.
		"Les articles L. 1 du code de la santé publique et L. 2 du code de la sécurité sociale sont abrogés.":                                                                    {{Code: "code de la sante publique", Article: "l1"}, {Code: "code de la securite sociale", Article: "l2"}},
		"Aux articles L. 1 du code de la santé publique et L. 2 du code de la sécurité sociale, le mot : « x » est remplacé par le mot : « y ».":                                 {{Code: "code de la sante publique", Article: "l1"}, {Code: "code de la securite sociale", Article: "l2"}},
		"L'article L. 1 du code de la santé publique et l'article L. 2 du code de la sécurité sociale sont abrogés.":                                                             {{Code: "code de la sante publique", Article: "l1"}, {Code: "code de la securite sociale", Article: "l2"}},
		"À l'article 15 de la loi n° 97-283 du 27 mars 1997 portant transposition n° s 93 / 83 du 27 septembre 1993 et 93 / 98 du 29 octobre 1993, le mot : « x » est supprimé.": {{Code: "loi 97 283", Article: "15"}},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != len(want) {
			t.Errorf("%q: %+v, want parsed", text, ins)
			continue
		}
		for k, e := range ins[0].Edits {
			if e.Scope.Ref != want[k] {
				t.Errorf("%q: edit %d on %v, want %v", text, k, e.Scope.Ref, want[k])
			}
		}
	}
}

// TestGrammarBill4InsertedOutOfRank: a new item inserted before an item
// of its kind that does not rank after it is refused — "Après le 2°, il
// est inséré un 2° bis" where a 2° bis follows already (the bill read
// another text: the article had two 2° bis), "un 2° ter" where the 2°
// bis follows (it went between the 2° and the 2° bis); an item kept as
// "2° bis (Abrogé)" still takes the new one, and the order kept is read.
func TestGrammarBill4InsertedOutOfRank(t *testing.T) {
	I := []string{"Sont exclus :", "1° Un ;", "2° Deux ;", "2° bis Deux bis ;", "3° Trois."}
	L := " de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "a 2° bis there already: refused", before: I, text: []string{"Après le 2°" + L + ", il est inséré un 2° bis ainsi rédigé :", "« 2° bis Nouveau ; »"}},
		{name: "a 2° ter before the 2° bis: refused", before: I, text: []string{"Après le 2°" + L + ", il est inséré un 2° ter ainsi rédigé :", "« 2° ter Nouveau ; »"}},
		{name: "a 2° ter after the 2° bis", before: I, text: []string{"Après le 2° bis" + L + ", il est inséré un 2° ter ainsi rédigé :", "« 2° ter Nouveau ; »"}, want: []string{I[0], I[1], I[2], I[3], "2° ter Nouveau ;", I[4]}},
		{name: "a 6° bis before the 1° of another list", before: []string{"Sont exclus :", "1° Un ;", "6° Six ;", "1° Trois."}, text: []string{"Après le 6°" + L + ", il est inséré un 6° bis ainsi rédigé :", "« 6° bis Nouveau ; »"}, want: []string{"Sont exclus :", "1° Un ;", "6° Six ;", "6° bis Nouveau ;", "1° Trois."}},
		{name: "onto a repealed 2° bis", before: []string{I[0], I[1], I[2], "2° bis (Abrogé) ;", I[4]}, text: []string{"Après le 2°" + L + ", il est rétabli un 2° bis ainsi rédigé :", "« 2° bis Nouveau ; »"}, want: []string{I[0], I[1], I[2], "2° bis Nouveau ;", I[4]}},
	})
}
