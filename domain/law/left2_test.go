package law

import "testing"

// TestLeft2ArticleNotAnAlinea: "Compléter cet article par un article
// ainsi rédigé : « Art. 3. – … »" (and "Cet article est complété par un
// article …", "par deux articles …") announces an article, which is not
// an alinéa of this one: where it goes — after this article, or in the
// code text the article proposes — is not said. Refused (it was appended
// as the article's last alinéa). "par un alinéa", "par un paragraphe"
// stay read.
func TestLeft2ArticleNotAnAlinea(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "II. – Le contrat est conservé."}
	runAmendments(t, []amCase{
		{"par un article: refused", A, "Compléter cet article par un article ainsi rédigé :\n« Art. 3. – Le greffier note. »", nil},
		{"par deux articles: refused", A, "Compléter cet article par deux articles ainsi rédigés :\n« Art. 3. – Le greffier note.\n« Art. 4. – Le juge lit. »", nil},
		{"indicative: refused", A, "Cet article est complété par un article ainsi rédigé :\n« Art. 3. – Le greffier note. »", nil},
		{"Sénat, unquoted: refused", A, "Compléter cet article par un article ainsi rédigé :\nArt. 3. – Le greffier note.", nil},
		{"par un alinéa: read", A, "Compléter cet article par un alinéa ainsi rédigé :\n« Le greffier note. »", append(append([]string(nil), A...), "Le greffier note.")},
		{"par un paragraphe: read", A, "Compléter cet article par un paragraphe ainsi rédigé :\n« III. – Le greffier note. »", append(append([]string(nil), A...), "III. – Le greffier note.")},
	})
}

// TestLeft2SubAmendmentThroughItsAmendment: a sub-amendment changes the
// article only through its amendment. One that leaves its amendment
// refused — "Amendement n° 10, alinéa 2" / "Supprimer cet alinéa." on
// "Alinéa 2" / "Rédiger ainsi cet alinéa :" / "« … »", the instruction
// line gone — is not applied either, in either order (it counted as
// applied while its amendment was refused); one whose amendment then
// applies stays applied.
func TestLeft2SubAmendmentThroughItsAmendment(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	parent := Dispositif{Number: "10", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé. »"}
	cut := Dispositif{Number: "12", Text: "Amendement n° 10, alinéa 2\nSupprimer cet alinéa."}
	for _, order := range [][]Dispositif{{parent, cut}, {cut, parent}} {
		got, rs := ComposeNumbered(a, order)
		for i, r := range rs {
			if r.Applied {
				t.Errorf("%s applied, want refused (its amendment refused): %+v", order[i].Number, r)
			}
		}
		if len(got.Alineas) != 2 || got.Alineas[1] != "B est daté." {
			t.Errorf("article edited: %q", got.Alineas)
		}
	}
	wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: "Amendement n° 10, alinéa 3\nRemplacer le mot :\nsigné\npar le mot :\nlu"}, []string{"A est écrit.", "B est lu."})
}

// TestLeft2AtTheHead: "En tête de l'alinéa 2, insérer les mots : « … »"
// (the Sénat's "Alinéa 2" / "En tête de cet alinéa, insérer …", "En tête
// de la seconde phrase de l'alinéa 2", "En tête de cette phrase" under
// "Alinéa 2, seconde phrase", after a part number "I. –") is the start of
// that alinéa or sentence, as "Au début de l'alinéa 2" (it was refused).
func TestLeft2AtTheHead(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "le préfet date le contrat. Il le remet.", "Le juge lit le contrat.", "II. – Le contrat est conservé."}
	al2 := []string{A[0], "Chaque année, le préfet date le contrat. Il le remet.", A[2], A[3]}
	s2 := []string{A[0], "le préfet date le contrat. Chaque année, il le remet.", A[2], A[3]}
	runAmendments(t, []amCase{
		{"en tête de l'alinéa 2", A, "En tête de l'alinéa 2, insérer les mots : « Chaque année, »", al2},
		{"Sénat: en tête de cet alinéa", A, "Alinéa 2\nEn tête de cet alinéa, insérer les mots :\nChaque année,", al2},
		{"after a part number", A, "I. – En tête de l'alinéa 2, insérer les mots : « Chaque année, »\nII. – À l'alinéa 3, substituer au mot : « lit » le mot : « date ».", []string{A[0], al2[1], "Le juge date le contrat.", A[3]}},
		{"en tête de la seconde phrase", A, "En tête de la seconde phrase de l'alinéa 2, insérer les mots : « Chaque année, »", s2},
		{"Sénat: en tête de cette phrase", A, "Alinéa 2, seconde phrase\nEn tête de cette phrase, insérer les mots :\nChaque année,", s2},
	})
}

// TestLeft2AtAlineaAfterThisAlinea: "À l'alinéa 3, insérer après cet
// alinéa un alinéa ainsi rédigé : …" ("…, après cet alinéa, insérer …",
// "avant cet alinéa", after a part number) — "cet alinéa" is the one the
// place names: as "Après l'alinéa 3, insérer …" (it was refused).
// "À l'alinéa 3, insérer après cette phrase …", no sentence named, stays
// refused.
func TestLeft2AtAlineaAfterThisAlinea(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat. Il le remet.", "Le juge lit le contrat.", "II. – Le contrat est conservé."}
	after3 := []string{A[0], A[1], A[2], "Le greffier note.", A[3]}
	runAmendments(t, []amCase{
		{"insérer après cet alinéa", A, "À l'alinéa 3, insérer après cet alinéa un alinéa ainsi rédigé :\n« Le greffier note. »", after3},
		{"après cet alinéa, insérer", A, "À l'alinéa 3, après cet alinéa, insérer un alinéa ainsi rédigé :\n« Le greffier note. »", after3},
		{"avant cet alinéa, two", A, "À l'alinéa 3, insérer avant cet alinéa deux alinéas ainsi rédigés :\n« Le greffier note.\n« Le greffier classe. »", []string{A[0], A[1], "Le greffier note.", "Le greffier classe.", A[2], A[3]}},
		{"after a part number", A, "I. – À l'alinéa 3, insérer après cet alinéa un alinéa ainsi rédigé :\n« Le greffier note. »\nII. – À l'alinéa 2, substituer au mot : « date » le mot : « lit ».", []string{A[0], "Le préfet lit le contrat. Il le remet.", A[2], "Le greffier note.", A[3]}},
		{"après cette phrase, none named: refused", A, "À l'alinéa 3, insérer après cette phrase une phrase ainsi rédigée :\n« Le greffier note. »", nil},
	})
}

// TestLeft2StartWithoutItsEnd: "Rédiger ainsi le début de cette phrase :"
// (or "… de l'alinéa 2", "… de cet alinéa") with new text that does not
// end with "…" and names no word the start runs to ("jusqu'au mot") —
// how much of the old text the new start replaces is not said: stays
// refused. With the ellipsis, read as before.
func TestLeft2StartWithoutItsEnd(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat. Il le remet.", "Le juge lit le contrat.", "II. – Le contrat est conservé."}
	runAmendments(t, []amCase{
		{"cette phrase, no ellipsis: refused", A, "Alinéa 2, première phrase\nRédiger ainsi le début de cette phrase :\nLe juge date", nil},
		{"l'alinéa 2, quoted, no ellipsis: refused", A, "Rédiger ainsi le début de l'alinéa 2 : « Le juge date »", nil},
		{"cet alinéa, no ellipsis: refused", A, "Alinéa 2\nRédiger ainsi le début de cet alinéa :\nLe juge date", nil},
		{"la première phrase de l'alinéa 2, no ellipsis: refused", A, "Rédiger ainsi le début de la première phrase de l'alinéa 2 : « Le juge date »", nil},
		{"with the ellipsis: read", A, "Alinéa 2, première phrase\nRédiger ainsi le début de cette phrase :\nLe juge date…", []string{A[0], "Le juge date le contrat. Il le remet.", A[2], A[3]}},
	})
}

// TestLeft2RewriteThisAmendment: a sub-amendment "Amendement n° 10" /
// "Rédiger ainsi cet amendement :" / its new dispositif (the Sénat's
// unquoted lines, the Assemblée's quoted ones, quotations inside) rewrites
// the whole amendment, which then applies as rewritten, in either order
// (it was refused). Read against the article alone, or under a head that
// names an alinéa of the amendment ("Amendement n° 10, alinéa 3"), it
// stays refused.
func TestLeft2RewriteThisAmendment(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	parent := Dispositif{Number: "10", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé. »"}
	want := []string{"A est lu.", "B est daté."}
	wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: "Amendement n° 10\nRédiger ainsi cet amendement :\nAlinéa 1\nRédiger ainsi cet alinéa :\nA est lu."}, want)
	wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: "Amendement n° 10\nRédiger ainsi cet amendement :\n« Alinéa 1\n« Rédiger ainsi cet alinéa :\n« A est lu. »"}, want)
	wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: "Amendement n° 10\nRédiger ainsi cet amendement :\n« À l'alinéa 1, substituer au mot : « écrit » le mot : « lu ». »"}, want)
	at3 := Dispositif{Number: "12", Text: "Amendement n° 10, alinéa 3\nRédiger ainsi cet amendement :\nAlinéa 1\nSupprimer cet alinéa."}
	if _, rs := ComposeNumbered(a, []Dispositif{parent, at3}); rs[1].Applied {
		t.Errorf("under an alinéa of the amendment: applied, want refused")
	}
	A := []string{"A est écrit.", "B est daté."}
	runAmendments(t, []amCase{
		{"against the article alone: refused", A, "Rédiger ainsi cet amendement :\nAlinéa 1\nRédiger ainsi cet alinéa :\nA est lu.", nil},
	})
}

// TestLeft2PartsByAParagraph: "Les II et III sont remplacés par un
// paragraphe ainsi rédigé : « II. – … »" (or "Les II à IV", "par deux
// paragraphes ainsi rédigés : « II. – … » « III. – … »") is read as "par
// un II" is — the parts together replaced by the new text, under the
// label of the first of them (it was refused). A new text under another
// label, or with no label, and parts apart ("Les II et IV"), refused.
func TestLeft2PartsByAParagraph(t *testing.T) {
	P := []string{"I. – Le maire signe.", "II. – Le préfet vise.", "III. – Le juge note.", "IV. – Le greffier classe."}
	L := "de l'article L. 1 du code civil sont remplacés par un paragraphe ainsi rédigé : "
	runGrammar(t, []grammarCase{
		{name: "II et III", before: P, text: []string{"Les II et III " + L + "« II. – Le préfet signe. »"}, want: []string{P[0], "II. – Le préfet signe.", P[3]}},
		{name: "II à IV", before: P, text: []string{"Les II à IV " + L + "« II. – Le préfet signe. »"}, want: []string{P[0], "II. – Le préfet signe."}},
		{name: "two paragraphs", before: P, text: []string{"Les II et III de l'article L. 1 du code civil sont remplacés par deux paragraphes ainsi rédigés :", "« II. – Le préfet signe.", "« III. – Le juge lit. »"}, want: []string{P[0], "II. – Le préfet signe.", "III. – Le juge lit.", P[3]}},
		{name: "the same as par un II", before: P, text: []string{"Les II et III de l'article L. 1 du code civil sont remplacés par un II ainsi rédigé : « II. – Le préfet signe. »"}, want: []string{P[0], "II. – Le préfet signe.", P[3]}},
		{name: "under the III: refused", before: P, text: []string{"Les II et III " + L + "« III. – Le préfet signe. »"}},
		{name: "no label: refused", before: P, text: []string{"Les II et III " + L + "« Le préfet signe. »"}},
		{name: "II et IV: refused", before: P, text: []string{"Les II et IV " + L + "« II. – Le préfet signe. »"}},
	})
}

// TestLeft2SecondAndLastSentences: "Les deuxième et dernière phrases du
// premier alinéa sont remplacées par une phrase ainsi rédigée : « … »"
// replaces the two together, as "les deux dernières phrases" does, when
// the last is the one after the deuxième — the alinéa has three
// sentences (it was refused as not consecutive); with four (the two
// apart: where the new one goes is not said) or two (the deuxième is the
// last), refused and the alinéa left as it was. "… sont supprimées",
// each sentence deleted, stays read.
func TestLeft2SecondAndLastSentences(t *testing.T) {
	C3 := []string{"Le maire signe. Le préfet date. Il remet.", "Le greffier note."}
	C4 := []string{"Le maire signe. Le préfet date. Il remet. Le juge lit.", "Le greffier note."}
	C2 := []string{"Le maire signe. Le préfet date.", "Le greffier note."}
	T := "Les deuxième et dernière phrases du premier alinéa de l'article L. 1 du code civil sont remplacées par une phrase ainsi rédigée : « Le préfet signe. »"
	runGrammar(t, []grammarCase{
		{name: "three sentences", before: C3, text: []string{T}, want: []string{"Le maire signe. Le préfet signe.", C3[1]}},
		{name: "première et dernière, two sentences", before: C2, text: []string{"Les première et dernière phrases du premier alinéa de l'article L. 1 du code civil sont remplacées par une phrase ainsi rédigée : « Le préfet signe. »"}, want: []string{"Le préfet signe.", C2[1]}},
		{name: "supprimées", before: C3, text: []string{"Les deuxième et dernière phrases du premier alinéa de l'article L. 1 du code civil sont supprimées."}, want: []string{"Le maire signe.", C3[1]}},
		{name: "four sentences: refused", before: C4, text: []string{T}},
		{name: "two sentences: refused", before: C2, text: []string{T}},
	})
	for _, before := range [][]string{C4, C2} {
		c := Corpus{}
		ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
		c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: before}
		got, _ := Apply(c, ParseInstructions([]Article{{Number: "1er", Alineas: []string{T}}}), ApplyOptions{})
		if got[ref].Alineas[0] != before[0] {
			t.Errorf("refused but edited: %q", got[ref].Alineas)
		}
	}
}

// TestLeft2UnquotedItemReference: "À l'article L. 1, la référence au 2°
// est remplacée par la référence au 3°", without quotation marks, is
// "la référence : « 2° » est remplacée par la référence : « 3° »" when the
// place refers to the 2° once (it was not understood); twice — references
// to the 2° of two articles — which is meant is not said: refused, as
// when it holds none; "2° bis" is not the 2°. Item labels are no
// references.
func TestLeft2UnquotedItemReference(t *testing.T) {
	A := []string{"Le maire agit selon le 2° de l'article L. 2."}
	U := "À l'article L. 1 du code civil, la référence au 2° est remplacée par la référence au 3°."
	runGrammar(t, []grammarCase{
		{name: "once", before: A, text: []string{U}, want: []string{"Le maire agit selon le 3° de l'article L. 2."}},
		{name: "once, beside item labels", before: []string{"Le maire agit :", "1° Selon le 2° de l'article L. 2 ;", "2° Selon l'article L. 3."}, text: []string{U},
			want: []string{"Le maire agit :", "1° Selon le 3° de l'article L. 2 ;", "2° Selon l'article L. 3."}},
		{name: "au premier alinéa, bis", before: []string{"Selon le 2° bis.", "Le juge lit."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la référence au 2° bis est remplacée par la référence au 4° ;"}, want: []string{"Selon le 4°.", "Le juge lit."}},
		{name: "twice: refused", before: []string{"Le maire agit :", "1° Selon le 2° de l'article L. 2 ;", "2° Selon le 2° de l'article L. 3."}, text: []string{U}},
		{name: "2° bis is not the 2°: refused", before: []string{"Selon le 2° bis."}, text: []string{U}},
		{name: "none: refused", before: []string{"Le maire agit."}, text: []string{U}},
	})
}
