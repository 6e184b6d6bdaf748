package law

import (
	"strings"
	"testing"
)

// TestLegAddrSmallRoman: under a letter item that announces its own
// items ("a) Le premier alinéa est ainsi modifié :"), the items "i)",
// "ii)", "iii)" are the level below it and keep its place ("ii)" was not
// read as an enumerator, "i)" was a letter: both lost the alinéa, and "La
// dernière phrase est supprimée" deleted the article's last sentence).
// "i)" after "h)" is the ninth letter; "v)" is a numeral after "iv)"
// only.
func TestLegAddrSmallRoman(t *testing.T) {
	A := []string{"Le juge signe. Le juge date. Le juge vise.", "Le maire signe. Le maire date.", "Le préfet signe."}
	runGrammar(t, []grammarCase{
		{name: "i) ii) under a)", before: A, text: []string{
			"Le code civil est ainsi modifié :",
			"1° L'article L. 1 est ainsi modifié :",
			"a) Le premier alinéa est ainsi modifié :",
			"i) À la première phrase, le mot « juge » est remplacé par le mot « préfet » ;",
			"ii) La dernière phrase est supprimée ;",
			"b) Le dernier alinéa est supprimé ;",
		}, want: []string{"Le préfet signe. Le juge date.", A[1]}},
		{name: "i) to v) under b)", before: A, text: []string{
			"L'article L. 1 du code civil est ainsi modifié :",
			"a) Au dernier alinéa, le mot « préfet » est remplacé par le mot « greffier » ;",
			"b) Le premier alinéa est ainsi modifié :",
			"i) La première phrase est supprimée ;",
			"ii) Au début, les mots « Le juge date » sont remplacés par les mots « Il date » ;",
			"iii) (Supprimé)",
			"iv) Les mots « Le juge vise » sont remplacés par les mots « Il vise » ;",
			"v) Le mot « Il » est remplacé, deux fois, par le mot « Elle » ;",
			"c) Au deuxième alinéa, le mot « maire » est remplacé par le mot « préfet ».",
		}, want: []string{"Elle date. Elle vise.", "Le préfet signe. Le préfet date.", "Le greffier signe."}},
		{name: "i) after h) is a letter", before: []string{"Un. Deux. Trois. Quatre. Cinq. Six. Sept. Huit. Neuf."}, text: []string{
			"L'article L. 1 du code civil est ainsi modifié :",
			"a) Le mot « Un » est remplacé par le mot « 1 » ;",
			"b) Le mot « Deux » est remplacé par le mot « 2 » ;",
			"c) Le mot « Trois » est remplacé par le mot « 3 » ;",
			"d) Le mot « Quatre » est remplacé par le mot « 4 » ;",
			"e) Le mot « Cinq » est remplacé par le mot « 5 » ;",
			"f) Le mot « Six » est remplacé par le mot « 6 » ;",
			"g) Le mot « Sept » est remplacé par le mot « 7 » ;",
			"h) Le mot « Huit » est remplacé par le mot « 8 » ;",
			"i) Le mot « Neuf » est remplacé par le mot « 9 ».",
		}, want: []string{"1. 2. 3. 4. 5. 6. 7. 8. 9."}},
	})
}

// TestLegAddrCodePart: a code's part named by its ordinal, "la cinquième
// partie du code du travail", is a division (its folder
// "cinquieme-partie"): "Le chapitre Ier du titre Ier du livre Ier de la
// cinquième partie … est abrogé" abrogates that part's chapter only (the
// part was not read, and the same chapter of every part was abrogated),
// and "La première partie du code du travail est ainsi modifiée :" is a
// head whose items are read (it was no target).
func TestLegAddrCodePart(t *testing.T) {
	c := Corpus{}
	add := func(h, part string) {
		r := CodeRef{Code: "code du travail", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Le juge signe."},
			Division: []string{"partie-legislative", part, "livre-ier", "titre-ier", "chapitre-ier"}}
	}
	add("L1111-1", "premiere-partie")
	add("L5111-1", "cinquieme-partie")
	for _, tc := range []struct {
		text       []string
		l1111, l51 []string
	}{
		{[]string{"Le chapitre Ier du titre Ier du livre Ier de la cinquième partie du code du travail est abrogé."},
			[]string{"Le juge signe."}, nil},
		{[]string{"La cinquième partie du code du travail est ainsi modifiée :", "1° Le chapitre Ier du titre Ier du livre Ier est abrogé ;"},
			[]string{"Le juge signe."}, nil},
		{[]string{"Le code du travail est ainsi modifié :", "1° Le chapitre Ier du titre Ier du livre Ier de la première partie est abrogé."},
			nil, []string{"Le juge signe."}},
		{[]string{"La première partie du code du travail est ainsi modifiée :", "1° À l'article L. 1111-1, le mot « juge » est remplacé par le mot « maire »."},
			[]string{"Le maire signe."}, []string{"Le juge signe."}},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Fatalf("%q: unparsed (%s)", tc.text, in.Reason)
			}
		}
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Fatalf("%q: %v", tc.text, errs[0])
		}
		a := got[CodeRef{Code: "code du travail", Article: "l1111-1"}].Alineas
		b := got[CodeRef{Code: "code du travail", Article: "l5111-1"}].Alineas
		if strings.Join(a, "|") != strings.Join(tc.l1111, "|") || strings.Join(b, "|") != strings.Join(tc.l51, "|") {
			t.Errorf("%q: L. 1111-1 %q, L. 5111-1 %q", tc.text, a, b)
		}
	}
}

// TestLegAddrModificationsBrought: the older head naming its place after
// a preposition, "Au code civil, sont apportées les modifications
// suivantes :", "À l'article L. 1 … il est apporté les modifications
// suivantes :", "Les modifications suivantes sont apportées à l'article
// L. 1 … :", is "Le code civil (L'article L. 1 …) est ainsi modifié :"
// (it was not read, and its items lost their place).
func TestLegAddrModificationsBrought(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	want := []string{"Le juge signe.", "Le préfet date."}
	inCode := "1° Au second alinéa de l'article L. 1, le mot « maire » est remplacé par le mot « préfet »."
	inArt := "1° Au second alinéa, le mot « maire » est remplacé par le mot « préfet »."
	runGrammar(t, []grammarCase{
		{name: "Au code, sont apportées", before: A, text: []string{"Au code civil, sont apportées les modifications suivantes :", inCode}, want: want},
		{name: "Au code sont apportées", before: A, text: []string{"Au code civil sont apportées les modifications suivantes :", inCode}, want: want},
		{name: "À l'article, il est apporté", before: A, text: []string{"À l'article L. 1 du code civil, il est apporté les modifications suivantes :", inArt}, want: want},
		{name: "Aux articles", before: A, more: map[string][]string{"L2": {"Le maire lit."}}, text: []string{"Aux articles L. 1 et L. 2 du code civil sont apportées les modifications suivantes :", "1° Le mot « maire » est remplacé par le mot « préfet »."}, want: want},
		{name: "Les modifications suivantes sont apportées au code", before: A, text: []string{"Les modifications suivantes sont apportées au code civil :", inCode}, want: want},
		{name: "Les modifications suivantes sont apportées à l'article", before: A, text: []string{"Les modifications suivantes sont apportées à l'article L. 1 du code civil :", inArt}, want: want},
	})
}

// TestLegAddrVersionClauses: a clause naming the version of the text
// meant is no place, in its other forms too: "tel que rédigé (rétabli,
// créé, inséré) par l'article 4 de …", "dans sa version issue de …" (the
// article they name was taken for a second place, and the head refused),
// and after a code as the subject, "Le code civil, dans sa rédaction
// issue de la présente loi, est ainsi modifié :" (no target was read).
func TestLegAddrVersionClauses(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	want := []string{"Le juge signe.", "Le préfet date."}
	item := "1° Au second alinéa, le mot « maire » est remplacé par le mot « préfet »."
	runGrammar(t, []grammarCase{
		{name: "tel que rédigé par", before: A, text: []string{"L'article L. 1 du code civil, tel que rédigé par l'article 4 de la loi n° 2000-321 du 12 avril 2000, est ainsi modifié :", item}, want: want},
		{name: "tel que rétabli par", before: A, text: []string{"L'article L. 1 du code civil, tel que rétabli par l'article 4 de la présente loi, est ainsi modifié :", item}, want: want},
		{name: "tel qu'inséré par", before: A, text: []string{"L'article L. 1 du code civil, tel qu'inséré par l'article 4 de la présente loi, est ainsi modifié :", item}, want: want},
		{name: "dans sa version issue de", before: A, text: []string{"L'article L. 1 du code civil, dans sa version issue de la loi n° 2000-321 du 12 avril 2000, est ainsi modifié :", item}, want: want},
		{name: "the code as subject", before: A, text: []string{"Le code civil, dans sa rédaction issue de la présente loi, est ainsi modifié :", "1° Au second alinéa de l'article L. 1, le mot « maire » est remplacé par le mot « préfet »."}, want: want},
	})
}

// TestLegAddrDivisionAsPlace: a division of a code as the place of a word
// edit, "Au chapitre Ier du titre II du livre III du code civil, le mot
// … est remplacé …", "Dans le titre II …", "À la section 2, …" under
// "Le chapitre Ier … est ainsi modifié :", "Aux sections 1 et 2 …", is
// every article of it the corpus holds, as a whole code's (it was no
// target, or sought in no article); an article placed there ("…, il est
// inséré un article L. 1-1") is still the code's, and an alinéa added to
// a division is refused.
func TestLegAddrDivisionAsPlace(t *testing.T) {
	c := Corpus{}
	add := func(h string, div ...string) {
		r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Le juge signe."}, Division: append([]string{"partie-legislative", "livre-iii", "titre-ii"}, div...)}
	}
	add("L1", "chapitre-ier", "section-1")
	add("L2", "chapitre-ier", "section-2")
	add("L3", "chapitre-ii")
	const rep = "le mot « juge » est remplacé par le mot « maire »."
	for _, tc := range []struct {
		text []string
		want string // L1, L2, L3 after: m for maire, j for juge
	}{
		{[]string{"Au chapitre Ier du titre II du livre III du code civil, " + rep}, "mmj"},
		{[]string{"Dans le chapitre Ier du titre II du livre III du code civil, " + rep}, "mmj"},
		{[]string{"À la section 2 du chapitre Ier du titre II du livre III du code civil, " + rep}, "jmj"},
		{[]string{"Le chapitre Ier du titre II du livre III du code civil est ainsi modifié :", "1° À la section 2, " + rep}, "jmj"},
		{[]string{"Le titre II du livre III du code civil est ainsi modifié :", "1° Au chapitre II, " + rep}, "jjm"},
		{[]string{"Aux sections 1 et 2 du chapitre Ier du titre II du livre III du code civil, " + rep}, "mmj"},
		{[]string{"Au chapitre Ier du titre II du livre III du code civil, il est ajouté un alinéa ainsi rédigé :", "« Le juge lit. »"}, ""},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: tc.text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if tc.want == "" {
			if len(errs) == 0 {
				t.Errorf("%q: applied, want refused", tc.text)
			}
			continue
		}
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Fatalf("%q: unparsed (%s)", tc.text, in.Reason)
			}
		}
		if len(errs) > 0 {
			t.Fatalf("%q: %v", tc.text, errs[0])
		}
		var b strings.Builder
		for _, h := range []string{"l1", "l2", "l3"} {
			b.WriteByte(got[CodeRef{Code: "code civil", Article: h}].Alineas[0][3])
		}
		if b.String() != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, b.String(), tc.want)
		}
	}
	runGrammar(t, []grammarCase{{name: "an article inserted in a division placed by its number", before: []string{"Le juge signe."},
		text: []string{"Au chapitre Ier du titre II du livre III du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Le maire signe. »"},
		want: []string{"Le juge signe."}}})
}

// TestLegAddrAmendmentItemThenInner: an amendment's place said in two
// steps, the item first and what is inside it after a comma — "Au I, à
// la dernière phrase du premier alinéa, …", "Au II, au second alinéa,
// …", "Au II, à la première phrase, …" — is the inner place of that item,
// as a bill's (the item was sought inside the alinéa, and the amendment
// refused); "Au premier alinéa du I, à la dernière phrase, …" is that
// alinéa's sentence (the unaccented "a" of "a la" was read as a second
// item, the letter a, after the I).
func TestLegAddrAmendmentItemThenInner(t *testing.T) {
	A := []string{"I. – Le juge signe. Le juge date.", "Le maire signe. Le maire date.", "II. – Le préfet signe. Le préfet date.", "Le greffier signe."}
	runAmendments(t, []amCase{
		{"Au I, à la dernière phrase du premier alinéa", A, "Au I, à la dernière phrase du premier alinéa, substituer au mot : « juge » le mot : « maire ».",
			[]string{"I. – Le juge signe. Le maire date.", A[1], A[2], A[3]}},
		{"Au II, au second alinéa", A, "Au II, au second alinéa, substituer au mot : « greffier » le mot : « juge ».",
			[]string{A[0], A[1], A[2], "Le juge signe."}},
		{"Au II, à la première phrase", A, "Au II, à la première phrase, substituer au mot : « préfet » le mot : « juge ».",
			[]string{A[0], A[1], "II. – Le juge signe. Le préfet date.", A[3]}},
		{"Au premier alinéa du I, à la dernière phrase", A, "Au premier alinéa du I, à la dernière phrase, substituer au mot : « juge » le mot : « maire ».",
			[]string{"I. – Le juge signe. Le maire date.", A[1], A[2], A[3]}},
		{"Au premier alinéa du I, a la dernière phrase (no accent)", A, "Au premier alinéa du I, a la dernière phrase, substituer au mot : « juge » le mot : « maire ».",
			[]string{"I. – Le juge signe. Le maire date.", A[1], A[2], A[3]}},
	})
}

// TestLegAddrItemChainThenItem: a place whose head names an item in its
// item ("Au 2° du I, au b, …") or whose tail does ("Au I, au b du 2°,
// …") is the inner item of the chain, every item after the comma of a
// lower kind than those before it — in a bill and in an amendment (it was
// two places: the words not found in one, refused).
func TestLegAddrItemChainThenItem(t *testing.T) {
	A := []string{"I. – Le juge signe :", "1° Le maire ;", "2° Le préfet :", "a) Le greffier ;", "b) Le notaire.", "II. – Le juge date."}
	want := []string{A[0], A[1], A[2], A[3], "b) Le juge.", A[5]}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "Au 2° du I, au b", before: A, text: []string{C, "1° Au 2° du I, au b, le mot « notaire » est remplacé par le mot « juge »."}, want: want},
		{name: "Au I, au b du 2°", before: A, text: []string{C, "1° Au I, au b du 2°, le mot « notaire » est remplacé par le mot « juge »."}, want: want},
		{name: "Au b du 2°, au I: not a chain", before: A, text: []string{C, "1° Au b du 2°, au I, le mot « notaire » est remplacé par le mot « juge »."}, want: nil},
	})
	runAmendments(t, []amCase{
		{"Au 2° du I, au b", A, "Au 2° du I, au b, substituer au mot : « notaire » le mot : « juge ».", want},
		{"Au I, au b du 2°", A, "Au I, au b du 2°, substituer au mot : « notaire » le mot : « juge ».", want},
	})
}

// TestLegAddrFinanceLawByName: a finance law cited by its name before its
// number, "l'article 5 de la loi de finances pour 2010 (n° 2009-1673 du 30
// décembre 2009)", "la loi de financement de la sécurité sociale pour
// 2012 (n° …)", "la loi de finances rectificative pour 2009 n° …", is
// that law (it was an article of a text not identified).
func TestLegAddrFinanceLawByName(t *testing.T) {
	for _, tc := range []struct{ text, key string }{
		{"Au premier alinéa de l'article 5 de la loi de finances pour 2010 (n° 2009-1673 du 30 décembre 2009), le mot « juge » est remplacé par le mot « maire ».", "loi 2009 1673"},
		{"L'article 5 de la loi de financement de la sécurité sociale pour 2012 (n° 2011-1906 du 21 décembre 2011) est ainsi modifié :", "loi 2011 1906"},
		{"Au premier alinéa de l'article 5 de la loi de finances rectificative pour 2009 n° 2009-1674 du 30 décembre 2009, le mot « juge » est remplacé par le mot « maire ».", "loi 2009 1674"},
	} {
		text := []string{tc.text}
		if strings.HasSuffix(tc.text, ":") {
			text = append(text, "1° Le mot « juge » est remplacé par le mot « maire ».")
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		in := ins[len(ins)-1]
		if in.Status != Parsed || len(in.Edits) != 1 {
			t.Fatalf("%q: %v (%s)", tc.text, in.Status, in.Reason)
		}
		if r := in.Edits[0].Scope.Ref; r.Code != tc.key || r.Article != "5" {
			t.Errorf("%q: %v, want article 5 of %s", tc.text, r, tc.key)
		}
	}
}

// TestLegAddrQuotedLabel: the label after a quoted alinéa's opening
// quotation mark ("« 1° ", "« a) ", "« II. – ") is no part of its first
// sentence, as an unquoted alinéa's: words or a sentence put at its
// start go after the label, and rewriting or deleting its first sentence
// keeps it (the words went before "1°", the sentence rewritten took it).
func TestLegAddrQuotedLabel(t *testing.T) {
	A := []string{"« Art. L. 1. – Le maire signe :", "« 1° Le préfet vise. Il date ;", "« a) Le notaire ; »", "« II. – Le juge vise. Il lit. »"}
	with := func(i int, s string) []string {
		out := append([]string(nil), A...)
		out[i] = s
		return out
	}
	runAmendments(t, []amCase{
		{"words at the start, after « 1°", A, "Au début de l'alinéa 2, insérer les mots : « Demain, ».", with(1, "« 1° Demain, le préfet vise. Il date ;")},
		{"words at the start, after « a)", A, "Au début de l'alinéa 3, insérer les mots : « Demain, ».", with(2, "« a) Demain, le notaire ; »")},
		{"a sentence at the start, after « II. –", A, "Au début de l'alinéa 4, insérer une phrase ainsi rédigée : « Il note. »", with(3, "« II. – Il note. Le juge vise. Il lit. »")},
		{"the first sentence rewritten keeps « 1°", A, "Rédiger ainsi la première phrase de l'alinéa 2 : « Le juge signe. »", with(1, "« 1° Le juge signe. Il date ;")},
		{"the first sentence deleted keeps « II. –", A, "Supprimer la première phrase de l'alinéa 4.", with(3, "« II. – Il lit. »")},
	})
}

// TestLegAddrDivisionNumbers: a division's number is read whole — "le
// paragraphe 1er" (it was no level: the sous-section around it was
// repealed), "la section 1 A", "le titre Ier A" (they were the section 1,
// the titre Ier) — and the first of its kind is one however spelled,
// "chapitre Ier" in a code whose folder says "chapitre-premier" or
// "chapitre-1er", "paragraphe 1er" in "paragraphe-1"; "de la section 1 à
// la section 2" names no section 1 A.
func TestLegAddrDivisionNumbers(t *testing.T) {
	for _, tc := range []struct{ low, want string }{
		{"le paragraphe 1er de la sous-section 1 de la section 2", "section-2 sous-section-1 paragraphe-1er"},
		{"la section 1 a du chapitre ii", "chapitre-ii section-1-a"},
		{"le titre ier a du livre ii", "livre-ii titre-ier-a"},
		{"de la section 1 a la section 2", "section-2 section-1"},
	} {
		if got := strings.Join(divisionSlugs(tc.low), " "); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.low, got, tc.want)
		}
	}
	c := Corpus{}
	add := func(h string, div ...string) {
		r := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[r] = CodeArticle{Ref: r, Heading: h, Alineas: []string{"Le juge signe."}, Division: append([]string{"partie-legislative", "livre-iii", "chapitre-premier"}, div...)}
	}
	add("L1", "section-1", "paragraphe-1")
	add("L2", "section-1", "paragraphe-2")
	add("L3", "section-1-a")
	for _, tc := range []struct {
		text string
		left []string
	}{
		{"Le paragraphe 1er de la section 1 du chapitre Ier du livre III du code civil est abrogé.", []string{"l2", "l3"}},
		{"La section 1 A du chapitre Ier du livre III du code civil est abrogée.", []string{"l1", "l2"}},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.text}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Fatalf("%q: %v", tc.text, errs[0])
		}
		var left []string
		for _, h := range []string{"l1", "l2", "l3"} {
			if len(got[CodeRef{Code: "code civil", Article: h}].Alineas) > 0 {
				left = append(left, h)
			}
		}
		if strings.Join(left, " ") != strings.Join(tc.left, " ") {
			t.Errorf("%q: left %v, want %v", tc.text, left, tc.left)
		}
	}
}
