package law

import "testing"

// TestLabelNoPlace30: an item's label followed by "du", "de la" or "des"
// and words that name no place is refused (errLabelNoPlace30): the words
// were passed over and the article's item edited. A place after the label
// ("du I", "du même I", "de la loi") is read as before.
func TestLabelNoPlace30(t *testing.T) {
	const items = "L1: Le juge statue.|1° Le jour ;|1° bis Le matin ;|2° La nuit."
	const parts = "L1: Le juge statue.|I. – 1° Le jour ;|2° La nuit.|II. – Le soir."
	runRenum22(t, []renum22Case{
		{name: "1° bis du juge: refused (was repealed)", arts: []string{items},
			lines: []string{"Le 1° bis du juge de l'article L. 1 du code civil est abrogé."},
			want:  "l1: Le juge statue.|1° Le jour ;|1° bis Le matin ;|2° La nuit.", err: errLabelNoPlace30},
		{name: "2° du juge: refused (the 2° was edited)", arts: []string{items},
			lines: []string{"Au 2° du juge de l'article L. 1 du code civil, le mot : « nuit » est remplacé par le mot : « lune »."},
			want:  "l1: Le juge statue.|1° Le jour ;|1° bis Le matin ;|2° La nuit.", err: errLabelNoPlace30},
		{name: "II de la commune: refused", arts: []string{parts},
			lines: []string{"Au II de la commune de l'article L. 1 du code civil, le mot : « soir » est remplacé par le mot : « lune »."},
			want:  "l1: Le juge statue.|I. – 1° Le jour ;|2° La nuit.|II. – Le soir.", err: errLabelNoPlace30},
		{name: "2° du I: read", arts: []string{parts},
			lines: []string{"Au 2° du I de l'article L. 1 du code civil, le mot : « nuit » est remplacé par le mot : « lune »."},
			want:  "l1: Le juge statue.|I. – 1° Le jour ;|2° La lune.|II. – Le soir."},
		{name: "words quoted after the label: read", arts: []string{items},
			lines: []string{"Au 2° de l'article L. 1 du code civil, le mot : « nuit » est remplacé par les mots : « 2° du juge »."},
			want:  "l1: Le juge statue.|1° Le jour ;|1° bis Le matin ;|2° La 2° du juge."},
	})
}

// TestRangeCapitals30: an item whose rank is not known (capitals after
// its label) inside a range is refused, in or out not said: a roman part
// "II A. –" in "les I à II" (it stayed in force), a "3° bis A" before the
// last bound of "les 1° à 3° bis" (likewise). Enumerated items leave it
// as before.
func TestRangeCapitals30(t *testing.T) {
	const romans = "L1: Le juge statue.|I. – Le jour.|II A. – Le matin.|II. – La nuit.|III. – Fin."
	const degrees = "L1: Le juge statue.|1° Le jour ;|2° Le matin ;|3° La nuit ;|3° bis A Le soir ;|3° bis Le midi ;|4° Fin."
	runRenum22(t, []renum22Case{
		{name: "les I à II over a II A: refused", arts: []string{romans},
			lines: []string{"Les I à II de l'article L. 1 du code civil sont abrogés."},
			want:  "l1: " + romans[4:], err: errApplyItemList26},
		{name: "les 1° à 3° bis over a 3° bis A: refused", arts: []string{degrees},
			lines: []string{"Les 1° à 3° bis de l'article L. 1 du code civil sont abrogés."},
			want:  "l1: " + degrees[4:], err: errApplyItemList26},
		{name: "aux I à II bis over a II bis A: refused", arts: []string{"L1: Le juge statue.|I. – Le jour.|II. – Le matin.|II bis A. – La nuit.|II bis. – Le soir.|III. – Fin."},
			lines: []string{"Les I à II bis de l'article L. 1 du code civil sont abrogés."},
			want:  "l1: Le juge statue.|I. – Le jour.|II. – Le matin.|II bis A. – La nuit.|II bis. – Le soir.|III. – Fin.", err: errApplyItemList26},
		{name: "les 2°, 3° et 3° bis: read, the 3° bis A stays", arts: []string{degrees},
			lines: []string{"Les 2°, 3° et 3° bis de l'article L. 1 du code civil sont abrogés."},
			want:  "l1: Le juge statue.|1° Le jour ;|2° (Abrogé) ;|3° (Abrogé) ;|3° bis A Le soir ;|3° bis (Abrogé) ;|4° Fin."},
		{name: "les 1° à 3° bis, no capitals: read", arts: []string{"L1: Le juge statue.|1° Le jour ;|2° Le matin ;|3° La nuit ;|3° bis Le midi ;|3° ter Le soir ;|4° Fin."},
			lines: []string{"Les 1° à 3° bis de l'article L. 1 du code civil sont abrogés."},
			want:  "l1: Le juge statue.|1° (Abrogé) ;|2° (Abrogé) ;|3° (Abrogé) ;|3° bis (Abrogé) ;|3° ter Le soir ;|4° Fin."},
		{name: "les I à II with a I bis: read", arts: []string{"L1: Le juge statue.|I. – Le jour.|I bis. – Le matin.|II. – La nuit.|III. – Fin."},
			lines: []string{"Les I à II de l'article L. 1 du code civil sont abrogés."},
			want:  "l1: Le juge statue.|I. – (Abrogé)|I bis. – (Abrogé)|II. – (Abrogé)|III. – Fin."},
	})
}

// TestCapitalsBaseMissing30: "il est inséré un 1° A" placed before the
// 1° (capitalsPlaced29) on a list with no 1° is refused with the class
// place-not-found (it was an untyped "item not found"); with a 1° it goes
// before it as before.
func TestCapitalsBaseMissing30(t *testing.T) {
	runRenum22(t, []renum22Case{
		{name: "1° A, no 1°: refused", arts: []string{"L1: Le juge statue.|a) Le jour ;|b) Le matin."},
			lines: []string{"À l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé : « 1° A Le soir ; »."},
			want:  "l1: Le juge statue.|a) Le jour ;|b) Le matin.", err: errApplyPlaceNotFound26},
		{name: "II A, no II: refused", arts: []string{"L1: Le juge statue.|I. – Le jour.|III. – Le matin."},
			lines: []string{"À l'article L. 1 du code civil, il est inséré un II A ainsi rédigé : « II A. – Le soir. »."},
			want:  "l1: Le juge statue.|I. – Le jour.|III. – Le matin.", err: errApplyPlaceNotFound26},
		{name: "1° A with a 1°: read", arts: []string{"L1: Le juge statue.|1° Le jour ;|2° Le matin."},
			lines: []string{"À l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé : « 1° A Le soir ; »."},
			want:  "l1: Le juge statue.|1° A Le soir ;|1° Le jour ;|2° Le matin."},
	})
	corpus := Corpus{}
	ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
	corpus[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: []string{"Le juge statue.", "a) Le jour ;"}}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"À l'article L. 1 du code civil, il est inséré un 1° A ainsi rédigé : « 1° A Le soir ; »."}}})
	_, errs := Apply(corpus, ins, ApplyOptions{})
	if len(errs) != 1 || errs[0].Class() != RefusalPlaceNotFound {
		t.Errorf("1° A, no 1°: errors %v, want one of class %s", errs, RefusalPlaceNotFound)
	}
}
