package law

import "testing"

// TestCode6DegreeSignsInText: an item's label printed with the ordinal
// indicator ("1º") or its degree sign spaced ("1 °") is the 1° a bill or
// an amendment names (the item was not found: refused); a deleted item
// keeps the text's own sign ("1º (Supprimé)").
func TestCode6DegreeSignsInText(t *testing.T) {
	ind := []string{"Sont exclus :", "1º Les meubles ;", "2º Les immeubles."}
	sp := []string{"Sont exclus :", "1 ° Les meubles ;", "2 ° Les immeubles."}
	runGrammar(t, []grammarCase{
		{name: "the ordinal indicator, abrogated", before: ind, text: []string{"Le 1° de l'article L. 1 du code civil est abrogé."}, want: []string{ind[0], "1º (Abrogé) ;", ind[2]}},
		{name: "the ordinal indicator, words", before: ind, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « immeubles » est remplacé par le mot : « navires »."}, want: []string{ind[0], ind[1], "2º Les navires."}},
		{name: "spaced, words", before: sp, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « immeubles » est remplacé par le mot : « navires »."}, want: []string{sp[0], sp[1], "2 ° Les navires."}},
		{name: "spaced, a 1° bis", before: sp, text: []string{"Après le 1° de l'article L. 1 du code civil, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Les navires ; »"}, want: []string{sp[0], sp[1], "1° bis Les navires ;", sp[2]}},
	})
	runAmendments(t, []amCase{
		{"the ordinal indicator, deleted", append([]string{"I. – Le maire signe."}, ind...), "Supprimer le 1°.", []string{"I. – Le maire signe.", ind[0], "1º (Supprimé)", ind[2]}},
		{"spaced, words", sp, "Au 2°, remplacer le mot : « immeubles » par le mot : « navires ».", []string{sp[0], sp[1], "2 ° Les navires."}},
	})
}

// TestCode6QuotedNumberAnyDash: quoted words holding a paragraph's number
// find it however the text prints its dash — « II. – Le préfet » (the
// bills' en dash) in Légifrance's "II.-Le préfet", "I. ― " or "I. - ",
// « I.- » in a bill's "I. – " (they were not found: refused); new words
// replacing them take the text's own dash ("II.-Le juge"; « A. – » for
// "I.-" gave "A. –Le").
func TestCode6QuotedNumberAnyDash(t *testing.T) {
	tight := []string{"I.-Le maire signe.", "II.-Le préfet vise."}
	mention := func(verb string) []string {
		return []string{"Au premier alinéa de l'article L. 1 du code civil, la mention : « I. – » est " + verb + "."}
	}
	runGrammar(t, []grammarCase{
		{name: "words, tight", before: tight, text: []string{"Au II de l'article L. 1 du code civil, les mots : « II. – Le préfet » sont remplacés par les mots : « II. – Le juge »."}, want: []string{tight[0], "II.-Le juge vise."}},
		{name: "a mention deleted, tight", before: tight, text: mention("supprimée"), want: []string{"Le maire signe.", tight[1]}},
		{name: "a mention deleted, bar", before: []string{"I. ― Le maire signe."}, text: mention("supprimée"), want: []string{"Le maire signe."}},
		{name: "a mention deleted, plain", before: []string{"I. - Le maire signe."}, text: mention("supprimée"), want: []string{"Le maire signe."}},
		{name: "a mention replaced, tight", before: tight, text: mention("remplacée par la mention : « A. – »"), want: []string{"A.-Le maire signe.", tight[1]}},
		{name: "a mention replaced, bar", before: []string{"I. ― Le maire signe."}, text: mention("remplacée par la mention : « A. – »"), want: []string{"A. ― Le maire signe."}},
		{name: "the tight mention in a bill's text", before: []string{"I. – Le maire signe."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la mention : « I.- » est supprimée."}, want: []string{"Le maire signe."}},
	})
	runAmendments(t, []amCase{
		{"an amendment's mention, tight", tight, "À l'alinéa 2, supprimer la mention : « II. – ».", []string{tight[0], "Le préfet vise."}},
	})
}

// TestCode6AmendedAsTheBillTypes: an amendment's new words and alinéas
// take the bill's apostrophe (straight or typographic) and its spaces
// inside guillemets (no-break or plain), as they take its "L.O." and
// "État": an amendment typed with "l’agence" went into a text typed
// "l'autorité" as typed, one apostrophe of each kind in an alinéa.
func TestCode6AmendedAsTheBillTypes(t *testing.T) {
	nb := []string{"La mention «\u00a0lu\u00a0» est écrite."}
	runAmendments(t, []amCase{
		{"straight words in a typographic text", []string{"Le juge de l’autorité signe."}, "À l'alinéa 1, remplacer les mots : « de l'autorité » par les mots : « de l'agence ».", []string{"Le juge de l’agence signe."}},
		{"typographic words in a straight text", []string{"Le juge de l'autorité signe."}, "À l’alinéa 1, remplacer les mots : « de l’autorité » par les mots : « de l’agence ».", []string{"Le juge de l'agence signe."}},
		{"a new alinéa", []string{"Le juge de l’autorité signe."}, "Compléter cet article par un alinéa ainsi rédigé :\n« Il l'a dit. »", []string{"Le juge de l’autorité signe.", "Il l’a dit."}},
		{"guillemets with no-break spaces", nb, "À l'alinéa 1, remplacer le mot : « écrite » par les mots : « suivie de « vu » ».", []string{"La mention «\u00a0lu\u00a0» est suivie de «\u00a0vu\u00a0»."}},
		{"a text with neither: as typed", []string{"Le juge signe."}, "À l’alinéa 1, remplacer le mot : « juge » par les mots : « chef d’état-major ».", []string{"Le chef d’état-major signe."}},
	})
}

// TestCode6ProposedTextNumberTyped: "le texte proposé pour l'article
// L. 1-1" is the quoted article however either text types its number —
// the bill's heading "« Art. L. 1‑1. – " with the non-breaking hyphen of
// the chambers' texts, or "« Art. R.* 1-1. – " with the star of a décret
// en Conseil des ministres (they were "no text proposed": refused).
func TestCode6ProposedTextNumberTyped(t *testing.T) {
	bill := func(heading string) []string {
		return []string{"I. – Après l'article L. 1 du code civil, il est inséré un article ainsi rédigé :", "« Art. " + heading + ". – Le maire signe. »", "II. – Le code de commerce est modifié."}
	}
	am := func(num string) string {
		return "Compléter le texte proposé pour l'article " + num + " du code civil par un alinéa ainsi rédigé :\n« Il date. »"
	}
	var cases []amCase
	for _, tc := range []struct{ heading, named string }{
		{"L. 1\u20111", "L. 1-1"},
		{"L. 1-1", "L. 1\u20111"},
		{"R.* 1-1", "R.* 1-1"},
		{"R.* 1-1", "R. 1-1"},
	} {
		b := bill(tc.heading)
		cases = append(cases, amCase{tc.heading + " named " + tc.named, b, am(tc.named), []string{b[0], "« Art. " + tc.heading + ". – Le maire signe.", "« Il date. »", b[2]}})
	}
	runAmendments(t, cases)
}

// TestCode6AlineaAbbreviated: "al." is "alinéa" — "Au deuxième al. de
// l'article L. 1", "Le 2e al. … est supprimé", an amendment's "À l'al.
// 2, remplacer …" edit that alinéa (the abbreviation was not read: every
// alinéa of the article was edited); quoted, "al." is the text's own.
func TestCode6AlineaAbbreviated(t *testing.T) {
	A := []string{"Le maire signe.", "Le maire vise.", "Le maire date."}
	W := []string{A[0], "Le préfet vise.", A[2]}
	op := " de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."
	runGrammar(t, []grammarCase{
		{name: "au deuxième al.", before: A, text: []string{"Au deuxième al." + op}, want: W},
		{name: "au 2e al.", before: A, text: []string{"Au 2e al." + op}, want: W},
		{name: "le second al. supprimé", before: A, text: []string{"Le second al. de l'article L. 1 du code civil est supprimé."}, want: []string{A[0], A[2]}},
		{name: "quoted", before: []string{"Selon l'art. 5, al. 2, le maire signe."}, text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « al. 2 » sont remplacés par les mots : « al. 3 »."}, want: []string{"Selon l'art. 5, al. 3, le maire signe."}},
	})
	runAmendments(t, []amCase{
		{"an amendment's al. 2", A, "À l'al. 2, remplacer le mot : « maire » par le mot : « préfet ».", W},
		{"an amendment's deuxième al.", A, "Au deuxième al., remplacer le mot : « maire » par le mot : « préfet ».", W},
		{"an amendment's words", []string{"Selon l'art. 5, al. 2, le maire signe."}, "À l'alinéa 1, remplacer les mots : « al. 2 » par les mots : « al. 3 ».", []string{"Selon l'art. 5, al. 3, le maire signe."}},
	})
}

// TestCode6UnreadPlacesNotWidened: a place written with an abbreviation
// or a sign ("à la 2e ph.", "au § 2") or naming a point ("au point 2",
// "au deuxième point") was not read and the words were edited in the
// whole article (an amendment's "À la 2e phrase de l'alinéa 1", its rank
// in digits, in the whole alinéa): "ph." is "phrase", a rank in digits is
// read as in the bills, and a paragraph or a point no path reads is
// refused.
func TestCode6UnreadPlacesNotWidened(t *testing.T) {
	A := []string{"Le maire signe. Le maire vise.", "Le maire date."}
	W := []string{"Le maire signe. Le préfet vise.", A[1]}
	op := ", le mot : « maire » est remplacé par le mot : « préfet »."
	runGrammar(t, []grammarCase{
		{name: "à la 2e ph.", before: A, text: []string{"À la 2e ph. du premier alinéa de l'article L. 1 du code civil" + op}, want: W},
		{name: "au § 2: refused", before: A, text: []string{"Au § 2 de l'article L. 1 du code civil" + op}},
		{name: "au point 2: refused", before: A, text: []string{"Au point 2 de l'article L. 1 du code civil" + op}},
		{name: "au deuxième point: refused", before: A, text: []string{"Au deuxième point de l'article L. 1 du code civil" + op}},
		{name: "the sign", before: []string{"Le maire signe.", "Le maire vise."}, text: []string{"À la fin du premier alinéa de l'article L. 1 du code civil, le point est remplacé par un point-virgule."}, want: []string{"Le maire signe ;", "Le maire vise."}},
	})
	am := " remplacer le mot : « maire » par le mot : « préfet »."
	runAmendments(t, []amCase{
		{"2e phrase", A, "À la 2e phrase de l'alinéa 1," + am, W},
		{"2e ph.", A, "À la 2e ph. de l'alinéa 1," + am, W},
		{"§ 2: refused", A, "Au § 2," + am, nil},
		{"paragraphe 2: refused", A, "Au paragraphe 2," + am, nil},
		{"point 2: refused", A, "Au point 2," + am, nil},
		{"deuxième point: refused", A, "Au deuxième point," + am, nil},
		{"paragraphe II", []string{"I. – Le maire signe.", "II. – Le maire vise."}, "Au paragraphe II," + am, []string{"I. – Le maire signe.", "II. – Le préfet vise."}},
	})
}
