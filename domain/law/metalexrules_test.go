package law

import "testing"

// Rules of the instruction language found by the lexical and layout
// rewrites of TestMetamorphic (metalex_test.go).

// TestMetaLexRedigeCommeSuit: an amendment's new text announced "rédigé
// comme suit" ("Insérer un alinéa rédigé comme suit :", "deux alinéas
// rédigés comme suit", "un paragraphe libellé ainsi qu'il suit", the
// Sénat's verb line under "Après l'alinéa 3") is announced as "ainsi
// rédigé" is, as the bills read it (it was refused). The words of the new
// text are never touched.
func TestMetaLexRedigeCommeSuit(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "Le juge lit le contrat.", "II. – Le contrat est conservé."}
	after3 := func(ls ...string) []string {
		return append(append(append([]string(nil), A[:3]...), ls...), A[3])
	}
	runAmendments(t, []amCase{
		{"one line", A, "Après l'alinéa 3, insérer un alinéa rédigé comme suit :\n« Le greffier note. »", after3("Le greffier note.")},
		{"Sénat: locator line, verb line", A, "Après l'alinéa 3\nInsérer un alinéa rédigé comme suit :\n« Le greffier note. »", after3("Le greffier note.")},
		{"Sénat: two unquoted alinéas", A, "Après l'alinéa 3\nInsérer deux alinéas rédigés comme suit :\nLe greffier note.\nLe juge dort.", after3("Le greffier note.", "Le juge dort.")},
		{"ainsi qu'il suit", A, "Après l'alinéa 3, insérer un alinéa rédigé ainsi qu'il suit :\n« Le greffier note. »", after3("Le greffier note.")},
		{"the new text's words kept", A, "Après l'alinéa 3, insérer un alinéa rédigé comme suit :\n« Le II est rédigé comme suit : »", after3("Le II est rédigé comme suit :")},
		{"a paragraph", A, "Compléter cet article par un paragraphe rédigé comme suit :\n« III. – Le greffier note. »", append(append([]string(nil), A...), "III. – Le greffier note.")},
	})
}

// TestMetaLexJoinedLineRank: the Sénat's head split over lines ("Après
// le mot :" / "« juge »," / "rédiger ainsi la fin du troisième alinéa
// :") names the bill article's alinéa by its rank on a line joined to the
// head: that rank is the alinéa's number, as on a head's own line ("du 3e
// alinéa" was refused; "du troisième alinéa" was read, but "après le même
// alinéa" after it was refused). A rank that counts in a part named
// ("Au II") stays its rank.
func TestMetaLexJoinedLineRank(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "Le juge lit le contrat.", "II. – Le contrat est conservé.", "Il est daté."}
	end3 := []string{A[0], A[1], "Le juge dort.", A[3], A[4]}
	runAmendments(t, []amCase{
		{"3e alinéa", A, "Après le mot :\n« juge »,\nrédiger ainsi la fin du 3e alinéa :\n« dort. »", end3},
		{"troisième alinéa", A, "Après le mot :\n« juge »,\nrédiger ainsi la fin du troisième alinéa :\n« dort. »", end3},
		{"then après le même alinéa", A, "I. – Après le mot :\n« juge »,\nrédiger ainsi la fin du troisième alinéa :\n« dort. »\nII. – En conséquence, après le même alinéa, insérer un alinéa ainsi rédigé :\n« Le greffier note. »",
			[]string{A[0], A[1], "Le juge dort.", "Le greffier note.", A[3], A[4]}},
		{"a rank in the II", A, "Au II, après le mot :\n« est »,\nrédiger ainsi la fin du second alinéa :\n« signé. »", []string{A[0], A[1], A[2], A[3], "Il est signé."}},
	})
}

// TestMetaLexHeadingEndNoColon: "Après le mot « rural », la fin de
// l'intitulé du titre III est ainsi rédigée : « … »", the colon after "le
// mot" left out as the law sometimes does, rewrites the heading's end as
// with the colon (it was refused: no target article).
func TestMetaLexHeadingEndNoColon(t *testing.T) {
	for _, text := range []string{
		"Après le mot \"rural\", la fin de l'intitulé du titre III du code civil est ainsi rédigée : \"et de la pêche maritime\" ;",
		"Après les mots \"du monde rural\", la fin de l'intitulé du titre III du code civil est ainsi rédigée : \"et de la pêche maritime\" ;",
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{text}}})
		last := ins[len(ins)-1]
		if last.Status != Parsed || len(last.Edits) != 1 || last.Edits[0].Kind != EditRewriteHeading {
			t.Errorf("%s: %+v", text, last)
		}
	}
}

// TestMetaLexTheCountFollowing: "est remplacé par les deux alinéas
// suivants :", the count after "les", announces that many alinéas as
// "est remplacé par deux alinéas ainsi rédigés" does (it was not read:
// "no known instruction form"); "sont insérés les deux alinéas suivants
// :", "par les deux phrases suivantes :" and "les alinéas suivants" stay
// read.
func TestMetaLexTheCountFollowing(t *testing.T) {
	A := []string{"Le maire agit.", "Il rend compte.", "Il signe."}
	L := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "remplacé par les deux alinéas suivants", before: A, text: []string{"Le dernier alinéa de " + L + " est remplacé par les deux alinéas suivants :", "« X x.", "« Y y. »"}, want: []string{A[0], A[1], "X x.", "Y y."}},
		{name: "sont insérés les deux alinéas suivants", before: A, text: []string{"Après le premier alinéa de " + L + ", sont insérés les deux alinéas suivants :", "« X x.", "« Y y. »"}, want: []string{A[0], "X x.", "Y y.", A[1], A[2]}},
		{name: "les deux phrases suivantes", before: A, text: []string{"Le deuxième alinéa de " + L + " est complété par les deux phrases suivantes : « X x. Y y. »"}, want: []string{A[0], "Il rend compte. X x. Y y.", A[2]}},
		{name: "les alinéas suivants", before: A, text: []string{"Après le premier alinéa de " + L + ", sont insérés les alinéas suivants :", "« X x.", "« Y y. »"}, want: []string{A[0], "X x.", "Y y.", A[1], A[2]}},
	})
}

// TestMetaLexNewAlineasAnnounced: "remplacé par deux nouveaux alinéas
// ainsi rédigés", "remplacés par un nouvel alinéa ainsi rédigé",
// "complété par une nouvelle phrase ainsi rédigée" announce the alinéas
// (sentences) as without "nouveaux" (a replacement so announced was not
// read: "no known instruction form"); the new text's own words are kept.
func TestMetaLexNewAlineasAnnounced(t *testing.T) {
	A := []string{"Le maire agit.", "Il rend compte.", "Il signe."}
	L := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "remplacé par deux nouveaux alinéas", before: A, text: []string{"Le dernier alinéa de " + L + " est remplacé par deux nouveaux alinéas ainsi rédigés :", "« X x.", "« Y y. »"}, want: []string{A[0], A[1], "X x.", "Y y."}},
		{name: "remplacés par un nouvel alinéa", before: A, text: []string{"Les deux derniers alinéas de " + L + " sont remplacés par un nouvel alinéa ainsi rédigé :", "« X x. »"}, want: []string{A[0], "X x."}},
		{name: "une nouvelle phrase", before: A, text: []string{"Le dernier alinéa de " + L + " est complété par une nouvelle phrase ainsi rédigée : « Une nouvelle phrase ainsi rédigée. »"}, want: []string{A[0], A[1], "Il signe. Une nouvelle phrase ainsi rédigée."}},
		{name: "complété par un nouvel alinéa", before: A, text: []string{"L'article L. 1 du code civil est complété par un nouvel alinéa ainsi rédigé :", "« X x. »"}, want: []string{A[0], A[1], A[2], "X x."}},
	})
}

// TestMetaLexFirstInDigits: ranks in digits are written in words for
// every reader of a rank (rankWords), "1er" and "1re" too — "premier",
// "première", by the noun's gender — as "2e" is "deuxième" (the 1er was
// left as it was: "Le 1er alinéa … devient le 1er alinéa …" was not read
// as "Le premier alinéa …"); the Sénat's locator line with its rank in
// digits, "Alinéa 2, 1re phrase", "1° 2e phrase", reads as in words (the
// amendment was refused).
func TestMetaLexFirstInDigits(t *testing.T) {
	A := []string{"Le maire agit. Il signe.", "Il rend compte. Il date."}
	L := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "le 1er alinéa", before: A, text: []string{"Au 1er alinéa de " + L + ", le mot : « agit » est remplacé par le mot : « dort »."}, want: []string{"Le maire dort. Il signe.", A[1]}},
		{name: "la 1re phrase", before: A, text: []string{"À la 1re phrase du second alinéa de " + L + ", le mot : « rend » est remplacé par le mot : « doit »."}, want: []string{A[0], "Il doit compte. Il date."}},
	})
	B := []string{"I. – Le maire signe le contrat. Il le date.", "Le préfet date le contrat. Il le remet."}
	runAmendments(t, []amCase{
		{"Alinéa 2, 1re phrase", B, "Alinéa 2, 1re phrase\nCompléter cette phrase par les mots :\net le vise", []string{B[0], "Le préfet date le contrat et le vise. Il le remet."}},
		{"1° 2e phrase", B, "Alinéa 2\n1° 2e phrase\nRemplacer le mot :\nremet\npar le mot :\nrend", []string{B[0], "Le préfet date le contrat. Il le rend."}},
	})
}

// TestMetaLexEndReplacedByWords: "Après le mot : « A », la fin du premier
// alinéa est remplacée par les mots : « B »" rewrites the end after A as
// "… la fin du premier alinéa est ainsi rédigée : « B »" does (it was not
// read: "no known instruction form").
func TestMetaLexEndReplacedByWords(t *testing.T) {
	A := []string{"Le maire agit seul et vite.", "Il rend compte."}
	L := "l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "remplacée par les mots", before: A, text: []string{"Après le mot : « agit », la fin du premier alinéa de " + L + " est remplacée par les mots : « avec le préfet. »"}, want: []string{"Le maire agit avec le préfet.", A[1]}},
		{name: "ainsi rédigée", before: A, text: []string{"Après le mot : « agit », la fin du premier alinéa de " + L + " est ainsi rédigée : « avec le préfet. »"}, want: []string{"Le maire agit avec le préfet.", A[1]}},
	})
}

// TestMetaLexLowerVerbAfterLocator: a line after the Sénat's locator line
// starts an instruction even when its verb is in lower case ("Supprimer
// cet alinéa." / "II. – Alinéa 3, première phrase" / "remplacer les mots
// :"): it was joined to the instruction before the locator line, and the
// amendment refused.
func TestMetaLexLowerVerbAfterLocator(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "Le juge lit le contrat. Il le vise."}
	runAmendments(t, []amCase{
		{"after a part's locator line", A, "I. – Alinéa 2\nSupprimer cet alinéa.\nII. – Alinéa 3, première phrase\nremplacer le mot :\nlit\npar le mot :\nvoit", []string{A[0], "Le juge voit le contrat. Il le vise."}},
		{"after a locator line", A, "Alinéa 2\nSupprimer cet alinéa.\nAlinéa 3\nremplacer le mot :\nlit\npar le mot :\nvoit", []string{A[0], "Le juge voit le contrat. Il le vise."}},
		{"capitalized, as before", A, "I. – Alinéa 2\nSupprimer cet alinéa.\nII. – Alinéa 3, première phrase\nRemplacer le mot :\nlit\npar le mot :\nvoit", []string{A[0], "Le juge voit le contrat. Il le vise."}},
	})
}

// TestMetaLexSubstituerNewFirst: "substituer le mot : « B » au mot :
// « A »" puts B in the place of A, as "substituer au mot : « A » le mot :
// « B »" does — "substituer X à Y" is X put for Y. The first words were
// taken for the old ones: A was put in the place of B (a misreading
// whenever B was in the alinéa, refused otherwise).
func TestMetaLexSubstituerNewFirst(t *testing.T) {
	A := []string{"I. – Le maire signe le contrat.", "Le préfet date le contrat.", "Le juge lit le contrat et le vise."}
	runAmendments(t, []amCase{
		{"new words first", A, "À l'alinéa 3, substituer le mot : « voit » au mot : « lit ».", []string{A[0], A[1], "Le juge voit le contrat et le vise."}},
		{"new words first, both in the alinéa", A, "À l'alinéa 3, substituer le mot : « juge » au mot : « contrat ».", []string{A[0], A[1], "Le juge lit le juge et le vise."}},
		{"plural, comma", A, "À l'alinéa 3, substituer les mots : « examine le document », aux mots : « lit le contrat ».", []string{A[0], A[1], "Le juge examine le document et le vise."}},
		{"after an anchor", A, "À l'alinéa 3, après le mot : « contrat », substituer le mot : « ou » au mot : « et ».", []string{A[0], A[1], "Le juge lit le contrat ou le vise."}},
		{"old words first, as before", A, "À l'alinéa 3, substituer au mot : « lit » le mot : « voit ».", []string{A[0], A[1], "Le juge voit le contrat et le vise."}},
	})
}

// TestMetaLexAlineaPremier: an amendment's "l'alinéa premier" ("Dans
// l'alinéa premier de cet article", "À l'alinéa premier", "de l'alinéa
// premier du texte proposé …") is "le premier alinéa", as the bills read
// it (it was refused).
func TestMetaLexAlineaPremier(t *testing.T) {
	A := []string{"Le maire signe le contrat.", "Le préfet date le contrat."}
	want := []string{"Le maire vise le contrat.", A[1]}
	runAmendments(t, []amCase{
		{"dans l'alinéa premier de cet article", A, "Dans l'alinéa premier de cet article, remplacer le mot :\nsigne\npar le mot :\nvise", want},
		{"à l'alinéa premier", A, "À l'alinéa premier, substituer au mot : « signe » le mot : « vise ».", want},
		{"la fin de l'alinéa premier", A, "Après le mot : « maire », rédiger ainsi la fin de l'alinéa premier : « vise le contrat. »", want},
		{"au premier alinéa, as before", A, "Au premier alinéa, substituer au mot : « signe » le mot : « vise ».", want},
	})
}
