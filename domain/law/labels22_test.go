package law

import "testing"

// TestLabels22LetterOInCode: a code article whose items are typed with
// the letter o for the degree sign ("1o Premier ;", "2obis …", "1o A …")
// has its items found by the bill's "1°" (they were not: "item not
// found"); "1or", "A1o" are no label.
func TestLabels22LetterOInCode(t *testing.T) {
	A := []string{"Texte :", "1o Un maire ;", "2o Deux maire ;", "3o Trois maire."}
	B := []string{"Texte :", "1o A Zéro maire ;", "1o Un maire ;", "1obis Bis maire ;", "2o bis Deux maire."}
	runGrammar(t, []grammarCase{
		{name: "le 1° est abrogé", before: A, text: []string{"Le 1° de l'article L. 1 du code civil est abrogé."}, want: []string{A[0], "1o (Abrogé) ;", A[2], A[3]}},
		{name: "au 2o, a word replaced", before: A, text: []string{"Au 2o de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{A[0], A[1], "2o Deux préfet ;", A[3]}},
		{name: "after the 1°, a 1° bis", before: A, text: []string{"Après le 1° de l'article L. 1 du code civil, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Entre ; »."}, want: []string{A[0], A[1], "1° bis Entre ;", A[2], A[3]}},
		{name: "le 3° devient le 4°", before: A, text: []string{"Le 3° de l'article L. 1 du code civil devient le 4°."}, want: []string{A[0], A[1], A[2], "4° Trois maire."}},
		{name: "le 2° ainsi rédigé", before: A, text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° Deux ; »."}, want: []string{A[0], A[1], "2° Deux ;", A[3]}},
		{name: "le 1° A est abrogé, its capital kept", before: B, text: []string{"Le 1° A de l'article L. 1 du code civil est abrogé."}, want: []string{B[0], "1o A (Abrogé) ;", B[2], B[3], B[4]}},
		{name: "au 1°, not the 1° A", before: B, text: []string{"Au 1° de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{B[0], B[1], "1o Un préfet ;", B[3], B[4]}},
		{name: "le 1° bis glued", before: B, text: []string{"Le 1° bis de l'article L. 1 du code civil est abrogé."}, want: []string{B[0], B[1], B[2], "1obis (Abrogé) ;", B[4]}},
		{name: "le 2° bis", before: B, text: []string{"Au 2° bis de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{B[0], B[1], B[2], B[3], "2o bis Deux préfet."}},
		{name: "a mix of 1° and 2o", before: []string{"Texte :", "1° Un ;", "2o Deux ;", "3° Trois."}, text: []string{"Le 2° de l'article L. 1 du code civil est abrogé."}, want: []string{"Texte :", "1° Un ;", "2o (Abrogé) ;", "3° Trois."}},
		{name: "1or is no label", before: []string{"Texte :", "1or maire ;", "A1o maire."}, text: []string{"Le 1° de l'article L. 1 du code civil est abrogé."}},
	})
}

// TestLabels22GluedLatinInBill: a bill's label or locator with its Latin
// adverb glued to the degree sign, or to the letter o typed for it
// ("1obis", "2°bis"), is the "1° bis" (the locator was refused, "a part
// of an article not read"; "1obis Le 2obis de l'article L. 1 est abrogé"
// repealed the article L. 1).
func TestLabels22GluedLatinInBill(t *testing.T) {
	A := []string{"Texte :", "1° Un maire ;", "2° Deux maire ;", "2° bis Bis maire ;", "3° Trois maire."}
	runGrammar(t, []grammarCase{
		{name: "le 2obis est abrogé", before: A, text: []string{"Le 2obis de l'article L. 1 du code civil est abrogé."}, want: []string{A[0], A[1], A[2], "2° bis (Abrogé) ;", A[4]}},
		{name: "le 2°bis est abrogé", before: A, text: []string{"Le 2°bis de l'article L. 1 du code civil est abrogé."}, want: []string{A[0], A[1], A[2], "2° bis (Abrogé) ;", A[4]}},
		{name: "items 1obis under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1o Le 1° est abrogé ;", "1obis Le 2obis est abrogé ;", "2o Au 3o, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{A[0], "1° (Abrogé) ;", A[2], "2° bis (Abrogé) ;", "3° Trois préfet."}},
		{name: "a new 2obis quoted", before: A, text: []string{"Après le 2° bis de l'article L. 1 du code civil, il est inséré un 2oter ainsi rédigé :", "« 2oter Ter ; »."}, want: []string{A[0], A[1], A[2], A[3], "2° ter Ter ;", A[4]}},
		{name: "a word 2obisx is no label", before: A, text: []string{"Le 2obisx de l'article L. 1 du code civil est abrogé."}},
	})
}

// TestLabels22GluedLatinRewrite: gluedLatin22 rewrites the label only:
// a number standing alone, its o or degree sign, a Latin adverb, then a
// space, a punctuation or the end; "1°bis" inside quotations is kept.
func TestLabels22GluedLatinRewrite(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1obis Le 2obis est abrogé", "1° bis Le 2° bis est abrogé"},
		{"Au 3oter, le mot", "Au 3° ter, le mot"},
		{"Le 2°bis du I", "Le 2° bis du I"},
		{"les mots : « au 2°bis » sont supprimés", "les mots : « au 2°bis » sont supprimés"},
		{"« 4obis Le préfet »", "« 4° bis Le préfet »"},
		{"A1obis, 1obisx, 1°bisx", "A1obis, 1obisx, 1°bisx"},
	} {
		if got := gluedLatin22(c.in); got != c.want {
			t.Errorf("gluedLatin22(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLabels22LabelOf: label reads "1o", "2o bis", "3obis", "1o A" as
// degrees; not "1or", "10ordre".
func TestLabels22LabelOf(t *testing.T) {
	for _, c := range []struct {
		in, want string
		kind     byte
	}{
		{"1o Premier ;", "1°", 'd'},
		{"2o bis Le préfet ;", "2° bis", 'd'},
		{"3obis Le préfet ;", "3° bis", 'd'},
		{"1o A Le préfet ;", "1° a", 'd'},
		{"1o À compter ;", "1°", 'd'},
		{"1or doré", "", 0},
		{"10ordre", "", 0},
	} {
		if got, k := label(c.in); got != c.want || k != c.kind {
			t.Errorf("label(%q) = %q %q, want %q %q", c.in, got, k, c.want, c.kind)
		}
	}
}

// TestLabels22LetterOInBillAmended: an amendment on a bill article whose
// items are typed "1o", "2o": its items are found, and a deleted one
// keeps its number (it went with no placeholder).
func TestLabels22LetterOInBillAmended(t *testing.T) {
	B := []string{"Le maire peut :", "1o Signer ;", "2o Dater ;", "3o Clore."}
	C := []string{"Le maire peut :", "1o A Viser ;", "1o Signer ;", "2o Dater."}
	D := []string{"Le maire peut :", "1o Signer :", "a) Le bail ;", "b) Le devis ;", "2o Dater :", "a) Le bail."}
	runAmendments(t, []amCase{
		{"Supprimer le 2°", B, "Supprimer le 2°.", []string{B[0], B[1], "2o (Supprimé)", B[3]}},
		{"Supprimer les alinéas 2 et 3", B, "Supprimer les alinéas 2 et 3.", []string{B[0], "1o et 2o (Supprimé)", B[3]}},
		{"Au 2o, remplacer", B, "Au 2o, remplacer le mot :\nDater\npar le mot :\nClore", []string{B[0], B[1], "2o Clore ;", B[3]}},
		{"Supprimer le 1° A", C, "Supprimer le 1° A.", []string{C[0], "1o A (Supprimé)", C[2], C[3]}},
		{"Alinéa 3, 1o, a)", D, "Alinéa 3, 1o, a)\nRemplacer le mot :\nbail\npar le mot :\ncontrat", []string{D[0], D[1], "a) Le contrat ;", D[3], D[4], D[5]}},
		{"Alinéa 5, 1o, a): the 2o's: refused", D, "Alinéa 5, 1o, a)\nRemplacer le mot :\nbail\npar le mot :\ncontrat", nil},
	})
}

// TestLabels22UnreadLabelsRefused: a range from an item with a Latin
// adverb or capitals ("Les a bis à c", "Les I A à II", "Les A bis à C")
// and a part lettered with a doubled capital ("Le AA") are refused,
// typed (the whole article was repealed or edited); "Les a bis et c" is
// read as before. A first bound with a Latin adverb alone ("Les a bis à
// c", "Les 2° bis à 3°") is read since labels29 (TestAdverbRanges29).
func TestLabels22UnreadLabelsRefused(t *testing.T) {
	for _, c := range []struct {
		text []string
		err  error
	}{
		{[]string{"Les I A à II de l'article L. 1 du code civil sont abrogés."}, errRangeFirstBound22},
		{[]string{"Les A bis à C de l'article L. 1 du code civil sont abrogés."}, errRangeFirstBound22},
		{[]string{"Les 1° A à 2° de l'article L. 1 du code civil sont abrogés."}, errRangeFirstBound22},
		{[]string{"Le AA de l'article L. 1 du code civil est abrogé."}, errDoubledCapital22},
		{[]string{"Au BB de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, errDoubledCapital22},
		{[]string{"Le AA de l'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet »."}, errDoubledCapital22},
		{[]string{"Le A bis A de l'article L. 1 du code civil est abrogé."}, errCapitalPartCapitals22},
		{[]string{"Les 1° A et 1° B de l'article L. 1 du code civil sont abrogés."}, errListDropped22},
		{[]string{"Les 1° A et B de l'article L. 1 du code civil sont abrogés."}, errListDropped22},
		{[]string{"Les a), b) et c) de l'article L. 1 du code civil sont abrogés."}, errListDropped22},
		{[]string{"Au B A du I de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, errCapitalPartCapitals22},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.text}})
		if refusedWith(ins, c.err) != 1 {
			t.Errorf("%q: %+v, want refused (%v)", c.text, ins, c.err)
		}
		for _, in := range ins {
			if in.Status == Parsed && len(in.Edits) > 0 {
				t.Errorf("%q: %q read, want refused", c.text, in.Text)
			}
		}
	}
	A := []string{"Texte :", "a) Un ;", "a bis) Deux ;", "b) Trois ;", "c) Quatre."}
	runGrammar(t, []grammarCase{
		{name: "les a bis et c, a list", before: A, text: []string{"Les a bis et c de l'article L. 1 du code civil sont abrogés."}, want: []string{A[0], A[1], "a bis) (Abrogé) ;", A[3], "c) (Abrogé)."}},
		{name: "les I et I bis, a list", before: []string{"Texte.", "I. – Un.", "I bis. – Deux.", "II. – Trois."}, text: []string{"Les I et I bis de l'article L. 1 du code civil sont abrogés."}, want: []string{"Texte.", "I. – (Abrogé)", "I bis. – (Abrogé)", "II. – Trois."}},
		{name: "les 1°, 2° et 4°, a list", before: []string{"Texte :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."}, text: []string{"Les 1°, 2° et 4° de l'article L. 1 du code civil sont abrogés."}, want: []string{"Texte :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Trois ;", "4° (Abrogé)."}},
		{name: "les 1° A et 1° B: not applied", before: []string{"Texte :", "1° A Un ;", "1° B Deux ;", "1° Trois."}, text: []string{"Les 1° A et 1° B de l'article L. 1 du code civil sont abrogés."}},
		{name: "le I A, read", before: []string{"Texte.", "I A. – Un.", "I. – Deux."}, text: []string{"Le I A de l'article L. 1 du code civil est abrogé."}, want: []string{"Texte.", "I A. – (Abrogé)", "I. – Deux."}},
	})
}

// TestLabels22UnreadLabelRegexps: what reRangeFirstBound22 and
// reDoubledCapital22 match, and what they leave.
func TestLabels22UnreadLabelRegexps(t *testing.T) {
	for _, c := range []struct {
		in   string
		want error
	}{
		{"les a bis à c de l'article L. 1", errRangeFirstBound22},
		{"des a bis) à c)", errRangeFirstBound22},
		{"les 1° A à 2°", errRangeFirstBound22},
		{"les I A à III", errRangeFirstBound22},
		{"le AA de l'article", errDoubledCapital22},
		{"au BB,", errDoubledCapital22},
		{"les a à c de l'article L. 1", nil},
		{"les a bis et c", nil},
		{"le I A de l'article", nil},
		{"le II de l'article", nil},
		{"les mots AA", nil},
		{"le A bis A de l'article", errCapitalPartCapitals22},
		{"au B A,", errCapitalPartCapitals22},
		{"le A bis de l'article", nil},
		{"du A L. 1", nil},
	} {
		if got := labelNotRead22(c.in); got != c.want {
			t.Errorf("labelNotRead22(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
