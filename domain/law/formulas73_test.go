package law

import "testing"

// TestBill6ArticleListsAndExceptions: a list of articles with a comma
// before its "et" ("Aux articles L. 1, L. 2, et L. 3") names all three
// (the L. 3 was dropped); joined by "ou", refused (the L. 3 was
// dropped); a place left out — "à l'exception du dernier alinéa",
// "sauf au …", "hormis l'article L. 2" — is refused (the alinéa left out
// was the one edited; the article left out was edited with the others).
func TestBill6ArticleListsAndExceptions(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche."}
	more := map[string][]string{"L2": {"Le juge note."}, "L3": {"Le juge range."}}
	op := "le mot : « juge » est remplacé par le mot : « magistrat »."
	runGrammar(t, []grammarCase{
		{name: "comma before et", before: A, more: more, text: []string{"Aux articles L. 1, L. 2, et L. 3 du code civil, " + op}, want: []string{"Le magistrat signe.", "Le magistrat tranche."}},
		{name: "ou: refused", before: A, more: more, text: []string{"Aux articles L. 1, L. 2 ou L. 3 du code civil, " + op}},
		{name: "à l'exception du dernier alinéa: read (parity14)", before: A, text: []string{"À l'article L. 1 du code civil, à l'exception du dernier alinéa, " + op}, want: []string{"Le magistrat signe.", A[1]}},
		{name: "sauf au: read (parity14)", before: A, text: []string{"À l'article L. 1 du code civil, sauf au dernier alinéa, " + op}, want: []string{"Le magistrat signe.", A[1]}},
		{name: "hormis an article: refused", before: A, more: more, text: []string{"Aux articles L. 1 à L. 3 du code civil, hormis l'article L. 2, " + op}},
	})
	// The L. 3 of the list is edited too.
	c := Corpus{}
	for h, al := range map[string][]string{"L1": A, "L2": more["L2"], "L3": more["L3"]} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: []string{"Aux articles L. 1, L. 2, et L. 3 du code civil, " + op}}}), ApplyOptions{})
	if l3 := got[CodeRef{Code: "code civil", Article: "l3"}].Alineas; len(errs) != 0 || len(l3) != 1 || l3[0] != "Le magistrat range." {
		t.Fatalf("L. 3 %q, errs %v", l3, errs)
	}
}

// TestBill6PlaceLists: lists of places with a comma before their "et" —
// "Aux premier, deuxième, et troisième alinéas", "Aux 1°, 2°, et 3°",
// "Aux I, II, et III" — name every one (only the last was read, or the
// last was dropped); items after a range, "Aux 1° à 2° et 4°", too (the
// 4° was dropped); places joined by "ou" are refused (the first or the
// last was read alone).
func TestBill6PlaceLists(t *testing.T) {
	Al := []string{"Le juge signe.", "Le juge tranche.", "Le juge note.", "Le juge range."}
	It := []string{"Sont exclus :", "1° Le juge ;", "2° Le juge ;", "3° Le juge ;", "4° Le juge."}
	Pa := []string{"I. – Le juge signe.", "II. – Le juge tranche.", "III. – Le juge note."}
	art := " de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « magistrat »."
	runGrammar(t, []grammarCase{
		{name: "alinéas, comma et", before: Al, text: []string{"Aux premier, deuxième, et troisième alinéas" + art}, want: []string{"Le magistrat signe.", "Le magistrat tranche.", "Le magistrat note.", "Le juge range."}},
		{name: "items, comma et", before: It, text: []string{"Aux 1°, 2°, et 3°" + art}, want: []string{"Sont exclus :", "1° Le magistrat ;", "2° Le magistrat ;", "3° Le magistrat ;", "4° Le juge."}},
		{name: "parts, comma et", before: Pa, text: []string{"Aux I, II, et III" + art}, want: []string{"I. – Le magistrat signe.", "II. – Le magistrat tranche.", "III. – Le magistrat note."}},
		{name: "a range then an item", before: It, text: []string{"Aux 1° à 2° et 4°" + art}, want: []string{"Sont exclus :", "1° Le magistrat ;", "2° Le magistrat ;", "3° Le juge ;", "4° Le magistrat."}},
		{name: "items ou: refused", before: It, text: []string{"Aux 1°, 2° ou 3°" + art}},
		{name: "alinéas ou: refused", before: Al, text: []string{"Aux premier ou deuxième alinéas" + art}},
		{name: "full designations ou: refused", before: Al, text: []string{"Au premier alinéa ou au second alinéa" + art}},
		{name: "lettered items ou: refused", before: []string{"1° Les meubles :", "a) Le juge ;", "b) Le juge."}, text: []string{"Au a ou au b du 1°" + art}},
		{name: "lettered items, comma et", before: []string{"1° Les meubles :", "a) Le juge ;", "b) Le juge ;", "c) Le juge."}, text: []string{"Les a, b, et c du 1° de l'article L. 1 du code civil sont abrogés."}, want: []string{"1° Les meubles :", "a) (Abrogé) ;", "b) (Abrogé) ;", "c) (Abrogé)."}},
	})
}

// TestBill6ArticlePremier: "l'article premier" is the article 1er (it
// was refused: no target article); in new words it is left as it is.
func TestBill6ArticlePremier(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge tranche."}
	c := func(text ...string) Corpus {
		ref := CodeRef{Code: "code civil", Article: "1"}
		got, errs := Apply(Corpus{ref: {Ref: ref, Heading: "1", Alineas: A}}, ParseInstructions([]Article{{Number: "1", Alineas: text}}), ApplyOptions{})
		if len(errs) != 0 {
			t.Fatalf("%v", errs)
		}
		return got
	}
	if got := c("Au premier alinéa de l'article premier du code civil, le mot : « maire » est remplacé par le mot : « préfet »."); got[CodeRef{Code: "code civil", Article: "1"}].Alineas[0] != "Le préfet signe." {
		t.Errorf("%q", got[CodeRef{Code: "code civil", Article: "1"}].Alineas)
	}
	if got := c("Le code civil est ainsi modifié :", "1° L'article premier est complété par les mots : « de l'article premier »."); got[CodeRef{Code: "code civil", Article: "1"}].Alineas[1] != "Le juge tranche de l'article premier." {
		t.Errorf("%q", got[CodeRef{Code: "code civil", Article: "1"}].Alineas)
	}
}

// TestBill6TimesAfterWords: a count after the new words — "… par le mot
// : « B » deux fois", "… aux deux occurrences" — is the count the law
// says, as "est remplacé, deux fois, par" (it was dropped: every
// occurrence was replaced, however many); refused unless the scope holds
// that many. Occurrences named there in a form not read are refused (they
// were dropped; "à la deuxième occurrence" is read since
// TestRefuse93RankAfterTheOperation); "à chaque fois" is every
// one, as without it.
func TestBill6TimesAfterWords(t *testing.T) {
	two := []string{"Le juge et le juge signent."}
	three := []string{"Le juge et le juge et le juge signent."}
	at := "À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »"
	runGrammar(t, []grammarCase{
		{name: "deux fois, two", before: two, text: []string{at + " deux fois."}, want: []string{"Le maire et le maire signent."}},
		{name: "aux deux occurrences, two", before: two, text: []string{at + " aux deux occurrences."}, want: []string{"Le maire et le maire signent."}},
		{name: "deux fois, three: refused", before: three, text: []string{at + " deux fois."}},
		{name: "à la deuxième occurrence (TestRefuse93RankAfterTheOperation)", before: three, text: []string{at + " à la deuxième occurrence."}, want: []string{"Le juge et le maire et le juge signent."}},
		{name: "aux deux premières occurrences: refused", before: three, text: []string{at + " aux deux premières occurrences."}},
		{name: "à chaque fois", before: three, text: []string{at + " à chaque fois."}, want: []string{"Le maire et le maire et le maire signent."}},
	})
}

// TestBill6InsertedBetween: "Entre le I et le II, il est inséré un I
// bis", "Entre le premier et le second alinéa, il est inséré un alinéa",
// "Entre la première et la seconde phrase, il est inséré une phrase"
// insert once, before the second (it was inserted after each); two
// alinéas that do not follow each other are refused.
func TestBill6InsertedBetween(t *testing.T) {
	P := []string{"I. – Le maire signe.", "II. – Le juge tranche."}
	A := []string{"Le maire signe.", "Le juge tranche.", "Le greffier note."}
	art := " de l'article L. 1 du code civil, il est inséré "
	runGrammar(t, []grammarCase{
		{name: "parts", before: P, text: []string{"Entre le I et le II" + art + "un I bis ainsi rédigé :", "« I bis. – Le préfet vise. »"}, want: []string{"I. – Le maire signe.", "I bis. – Le préfet vise.", "II. – Le juge tranche."}},
		{name: "alinéas", before: A, text: []string{"Entre le premier et le second alinéa" + art + "un alinéa ainsi rédigé :", "« Le préfet vise. »"}, want: []string{"Le maire signe.", "Le préfet vise.", "Le juge tranche.", "Le greffier note."}},
		{name: "sentences", before: []string{"Le maire signe. Le juge tranche."}, text: []string{"Entre la première et la seconde phrase du premier alinéa" + art + "une phrase ainsi rédigée : « Le préfet vise. »"}, want: []string{"Le maire signe. Le préfet vise. Le juge tranche."}},
		{name: "alinéas apart: refused", before: A, text: []string{"Entre le premier et le troisième alinéa" + art + "un alinéa ainsi rédigé :", "« Le préfet vise. »"}},
	})
}

// TestBill6AddedAfterSeveralAlineas: "Après les premier et deuxième
// alinéas, il est inséré un alinéa" — once after the two, or after each,
// is not said: refused (it was inserted after each); "Après les deux
// premiers alinéas" (a block) is read as before.
func TestBill6AddedAfterSeveralAlineas(t *testing.T) {
	A := []string{"Le maire signe.", "Le juge tranche.", "Le greffier note."}
	art := " de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :"
	runGrammar(t, []grammarCase{
		{name: "two listed: refused", before: A, text: []string{"Après les premier et deuxième alinéas" + art, "« Le préfet vise. »"}},
		{name: "two named apart: refused", before: A, text: []string{"Après le premier alinéa et le deuxième alinéa" + art, "« Le préfet vise. »"}},
		{name: "a block", before: A, text: []string{"Après les deux premiers alinéas" + art, "« Le préfet vise. »"}, want: []string{"Le maire signe.", "Le juge tranche.", "Le préfet vise.", "Le greffier note."}},
	})
}
