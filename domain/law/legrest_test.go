package law

import "testing"

// TestLegRestEarlierVersion: a place named as its text stood before
// another law — "dans sa rédaction antérieure à la loi n° …", "dans sa
// version antérieure à l'ordonnance …", "dans sa rédaction en vigueur
// avant …" — is not the text we have: refused (it was edited in the
// current text), and a head in that form refuses its items. Before the
// present law is the current text, read; "dans sa rédaction issue
// (résultant) de …" is the current text as that law wrote it, read; the
// words inside new text are no place.
func TestLegRestEarlierVersion(t *testing.T) {
	A := []string{"Le maire agit."}
	want := []string{"Le préfet agit."}
	runGrammar(t, []grammarCase{
		{name: "rédaction antérieure à la loi n°", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction antérieure à la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "version antérieure, no comma", before: A, text: []string{"À l'article L. 1 du code civil dans sa version antérieure à l'ordonnance n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "rédaction en vigueur avant", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction en vigueur avant la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "a head refuses its items", before: A, text: []string{"Le code civil, dans sa rédaction antérieure à la loi n° 2020-1 du 1er janvier 2020, est ainsi modifié :", "1° À l'article L. 1, le mot : « maire » est remplacé par le mot : « préfet »."}},
		{name: "the place last", before: A, text: []string{"Le mot : « maire » est remplacé par le mot : « préfet » à l'article L. 1 du code civil, dans sa rédaction antérieure à la loi n° 2020-1 du 1er janvier 2020."}},
		{name: "abrogated", before: A, text: []string{"L'article L. 1 du code civil, dans sa rédaction antérieure à la loi n° 2020-1 du 1er janvier 2020, est abrogé."}},
		{name: "antérieure à la présente loi: read", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction antérieure à la présente loi, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "rédaction issue de: read", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction issue de la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "rédaction résultant de: read", before: A, text: []string{"À l'article L. 1 du code civil, dans sa rédaction résultant de la loi n° 2020-1 du 1er janvier 2020, le mot : « maire » est remplacé par le mot : « préfet »."}, want: want},
		{name: "inside new words: read", before: A, text: []string{"À l'article L. 1 du code civil, après le mot : « agit », sont insérés les mots : « selon l'article 2 dans sa rédaction antérieure à la loi n° 2020-1 »."}, want: []string{"Le maire agit selon l'article 2 dans sa rédaction antérieure à la loi n° 2020-1."}},
	})
}

// TestLegRestItemChain: a chain of three places joined by commas, each
// inside the one before — "Au I, au 2°, au b, …", "À l'article L. 1, au
// I, au 2°, …", "Au I, au 2°, à la première phrase, …" — is the
// innermost place, as two are (it was refused, or read as several
// places); bill or amendment. A link not inside the one before ("Au I, au
// 1°, au 2°") is no chain.
func TestLegRestItemChain(t *testing.T) {
	A := []string{"I. - Le maire agit.", "1° Le maire signe :", "a) Le maire date ;", "b) Le maire note ;", "2° Le maire vote :", "a) Le maire lit ;", "b) Le maire tranche.", "II. - Le maire part."}
	w := append([]string{}, A...)
	w[6] = "b) Le préfet tranche."
	w2 := append([]string{}, A...)
	w2[4] = "2° Le préfet vote :"
	runGrammar(t, []grammarCase{
		{name: "article, then two items", before: A, text: []string{"À l'article L. 1 du code civil, au 2° du I, au b, le mot : « maire » est remplacé par le mot : « préfet »."}, want: w},
		{name: "article, then three items", before: A, text: []string{"À l'article L. 1 du code civil, au I, au 2°, au b, le mot : « maire » est remplacé par le mot : « préfet »."}, want: w},
		{name: "three items under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au I, au 2°, au b, le mot : « maire » est remplacé par le mot : « préfet »."}, want: w},
		{name: "article, then two items, then an alinéa", before: A, text: []string{"À l'article L. 1 du code civil, au I, au 2°, au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}, want: w2},
		{name: "items of one kind: no chain", before: A, text: []string{"À l'article L. 1 du code civil, au I, au 1°, au 2°, au b, le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
	B := []string{"I. - Le maire agit.", "1° Le maire signe. Le maire date.", "2° Le maire vote. Le maire lit.", "II. - Le maire part."}
	wb := append([]string{}, B...)
	wb[2] = "2° Le préfet vote. Le maire lit."
	runAmendments(t, []amCase{
		{"amendment: two items, then a sentence", B, "Au I, au 2°, à la première phrase, substituer au mot : « maire » le mot : « préfet ».", wb},
		{"amendment: three items", A, "Au I, au 2°, au b, substituer au mot : « maire » le mot : « préfet ».", w},
		{"amendment: items of one kind, no chain", A, "Au I, au 1°, au 2°, substituer au mot : « maire » le mot : « préfet ».", nil},
	})
}

// TestLegRestAmendmentItemThenAfter: an amendment's "Au II, après le 1°,
// insérer un 1° bis ainsi rédigé : …" (or "avant le premier alinéa") is
// after (before) that place of the item named first, as "Après le 1° du
// II" (it was refused); a place not inside that item is refused.
func TestLegRestAmendmentItemThenAfter(t *testing.T) {
	B := []string{"I. - Le maire agit :", "1° Le maire signe ;", "2° Le maire vote.", "II. - Le préfet agit :", "1° Le préfet signe ;", "2° Le préfet vote."}
	runAmendments(t, []amCase{
		{"au I, après le 1°", B, "Au I, après le 1°, insérer un 1° bis ainsi rédigé :\n« 1° bis Le maire date ; »", []string{B[0], B[1], "1° bis Le maire date ;", B[2], B[3], B[4], B[5]}},
		{"au II, après le 1°", B, "Au II, après le 1°, insérer un 1° bis ainsi rédigé :\n« 1° bis Le préfet date ; »", []string{B[0], B[1], B[2], B[3], B[4], "1° bis Le préfet date ;", B[5]}},
		{"au II, après le premier alinéa", B, "Au II, après le premier alinéa, insérer un alinéa ainsi rédigé :\n« 1° A Le préfet lit ; »", []string{B[0], B[1], B[2], B[3], "1° A Le préfet lit ;", B[4], B[5]}},
		{"after a place not inside the item: refused", B, "Au 1°, après le II, insérer un alinéa ainsi rédigé :\n« III. - Le juge agit. »", nil},
		{"no item named: refused (two 1°)", B, "Après le 1°, insérer un 1° bis ainsi rédigé :\n« 1° bis Le préfet date ; »", nil},
	})
}

// TestLegRestOccurrenceRank: an occurrence named by its rank before the
// verb, "le mot : « A », à la première occurrence, est remplacé …" ("…,
// dans sa dernière occurrence, …"), or in the locator, "À la dernière
// occurrence du mot : « A », le mot : « A » (ce mot) est remplacé …", is
// that occurrence, as "la deuxième occurrence du mot : « A » est
// remplacée" (they were refused). Other words than the locator's, a rank
// alone in the locator (TestGrammarOccurrenceDeleted), or a rank past the
// last occurrence, are refused.
func TestLegRestOccurrenceRank(t *testing.T) {
	A := []string{"Le maire agit et le maire signe et le maire vote."}
	w1 := []string{"Le préfet agit et le maire signe et le maire vote."}
	w2 := []string{"Le maire agit et le préfet signe et le maire vote."}
	w3 := []string{"Le maire agit et le maire signe et le préfet vote."}
	runGrammar(t, []grammarCase{
		{name: "rank between the words and the verb", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire », à la première occurrence, est remplacé par le mot : « préfet »."}, want: w1},
		{name: "dans sa dernière occurrence", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire », dans sa dernière occurrence, est remplacé par le mot : « préfet »."}, want: w3},
		{name: "locator, then ce mot", before: A, text: []string{"À l'article L. 1 du code civil, à la deuxième occurrence du mot : « maire », ce mot est remplacé par le mot : « préfet »."}, want: w2},
		{name: "locator, then the same words", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, à la dernière occurrence du mot « maire », le mot « maire » est remplacé par le mot « préfet »."}, want: w3},
		{name: "deleted", before: A, text: []string{"À l'article L. 1 du code civil, à la deuxième occurrence du mot : « maire », le mot : « maire » est supprimé."}, want: []string{"Le maire agit et le signe et le maire vote."}},
		{name: "other words than the locator's: refused", before: A, text: []string{"À l'article L. 1 du code civil, à la dernière occurrence du mot : « maire », les mots : « le maire » sont remplacés par les mots : « le préfet »."}},
		{name: "a rank past the last: refused", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire », à la quatrième occurrence, est remplacé par le mot : « préfet »."}},
	})
}

// TestLegRestSentenceThenWords: "Au premier alinéa, la seconde phrase est
// supprimée et le mot : « A » est remplacé par le mot : « B »" edits the
// words of that alinéa after the sentence went (it was refused: a second
// clause naming no place of its own) — the same as on the text before
// the instruction, as the law counts, unless the words stood only in the
// sentence gone: not found, refused. A rank of occurrence (shifted by the
// deletion), or a place not written before both clauses ("La seconde
// phrase du premier alinéa est supprimée et le mot …"), is refused.
func TestLegRestSentenceThenWords(t *testing.T) {
	A := []string{"Le maire agit. Le maire signe.", "Le juge lit."}
	runGrammar(t, []grammarCase{
		{name: "words after a sentence deleted", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la seconde phrase est supprimée et le mot : « agit » est remplacé par le mot : « vote »."}, want: []string{"Le maire vote.", A[1]}},
		{name: "words also in the sentence gone", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la première phrase est supprimée et le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"Le préfet signe.", A[1]}},
		{name: "under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, la seconde phrase est supprimée et, après le mot : « maire », sont insérés les mots : « seul »."}, want: []string{"Le maire seul agit.", A[1]}},
		{name: "words only in the sentence gone: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la seconde phrase est supprimée et le mot : « signe » est remplacé par le mot : « date »."}},
		{name: "a rank of occurrence: refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code civil, la première phrase est supprimée et la seconde occurrence du mot : « maire » est remplacée par le mot : « préfet »."}},
		{name: "no place before both clauses: refused", before: A, text: []string{"La seconde phrase du premier alinéa de l'article L. 1 du code civil est supprimée et le mot : « agit » est remplacé par le mot : « vote »."}},
	})
}

// TestLegRestAmendmentLocatorOccurrence: an amendment's "À l'alinéa 1, à
// la deuxième occurrence du mot : « A », substituer au mot : « A » le mot
// : « B »" is that occurrence, as "à la deuxième occurrence, substituer
// …" (its rank was dropped: every occurrence was replaced); other words
// than the locator's are refused, as is any occurrence left in the
// locator.
func TestLegRestAmendmentLocatorOccurrence(t *testing.T) {
	A := []string{"Le maire agit et le maire signe et le maire vote.", "Le juge lit."}
	runAmendments(t, []amCase{
		{"substituer, the same words", A, "À l'alinéa 1, à la deuxième occurrence du mot : « maire », substituer au mot : « maire » le mot : « préfet ».", []string{"Le maire agit et le préfet signe et le maire vote.", A[1]}},
		{"supprimer, the same words", A, "À l'alinéa 1, à la dernière occurrence du mot : « maire », supprimer le mot : « maire ».", []string{"Le maire agit et le maire signe et le vote.", A[1]}},
		{"other words: refused", A, "À l'alinéa 1, à la deuxième occurrence du mot : « maire », substituer aux mots : « le maire » les mots : « le préfet ».", nil},
	})
}
