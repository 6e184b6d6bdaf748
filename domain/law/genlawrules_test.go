package law

import "testing"

// The rules TestGenerativeLaw found, each on a short phrase.

// TestGenLawEndOfDivisionClosesAsTheDivision: "Après le mot : « A », la
// fin du 1° est ainsi rédigée (supprimée)" where A is in the 1°'s first
// alinéa and alinéas of the 1° follow: they go, and what is left closes
// with the punctuation that closed the 1° — its last alinéa's (it kept
// the colon that opened the sub-items gone: "1° Sont exclus :"). A new
// end bringing its own punctuation keeps it.
func TestGenLawEndOfDivisionClosesAsTheDivision(t *testing.T) {
	items := []string{"Sont exclus :", "1° Les biens :", "a) Les meubles ;", "b) Les baux ;", "2° Les navires."}
	parts := []string{"I. – Le juge signe :", "1° Les actes ;", "2° Les baux.", "II. – Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "an item's end rewritten", before: items,
			text: []string{"Après le mot : « biens », la fin du 1° de l'article L. 1 du code civil est ainsi rédigée : « immeubles »"},
			want: []string{"Sont exclus :", "1° Les biens immeubles ;", "2° Les navires."}},
		{name: "an item's end deleted", before: items,
			text: []string{"Après le mot : « biens », la fin du 1° de l'article L. 1 du code civil est supprimée."},
			want: []string{"Sont exclus :", "1° Les biens ;", "2° Les navires."}},
		{name: "a part's end deleted", before: parts,
			text: []string{"Après le mot : « juge », la fin du I de l'article L. 1 du code civil est supprimée."},
			want: []string{"I. – Le juge.", "II. – Le maire date."}},
		{name: "the new end's own punctuation", before: parts,
			text: []string{"Après le mot : « juge », la fin du I de l'article L. 1 du code civil est ainsi rédigée : « date : »"},
			want: []string{"I. – Le juge date :", "II. – Le maire date."}},
		{name: "the end of the alinéa keeps its own", before: items,
			text: []string{"Au 1° de l'article L. 1 du code civil, après le mot : « biens », la fin de l'alinéa est ainsi rédigée : « suivants »"},
			want: []string{"Sont exclus :", "1° Les biens suivants :", "a) Les meubles ;", "b) Les baux ;", "2° Les navires."}},
	})
}

// TestGenLawSentenceAfterTheLast: "Après la première phrase du a, il est
// inséré une phrase" where the a has no other: the new sentence ends the
// item, which keeps its semicolon last ("a) Le juge signe. Le greffier
// vise ;" — it was "a) Le juge signe ; Le greffier vise."), as "Le a est
// complété par une phrase" does. After an alinéa ending with a colon
// that opens a list, a sentence added at its end is refused: where the
// colon goes is not said (it gave "Sont exclus : Le greffier vise.").
func TestGenLawSentenceAfterTheLast(t *testing.T) {
	items := []string{"Sont exclus :", "a) Le juge signe ;", "b) Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "after the item's only sentence", before: items,
			text: []string{"Après la première phrase du a de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Le greffier vise. »"},
			want: []string{"Sont exclus :", "a) Le juge signe. Le greffier vise ;", "b) Le maire date."}},
		{name: "after the last item's last sentence", before: items,
			text: []string{"Après la dernière phrase du b de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Le greffier vise. »"},
			want: []string{"Sont exclus :", "a) Le juge signe ;", "b) Le maire date. Le greffier vise."}},
		{name: "completed by a sentence, the same", before: items,
			text: []string{"Le a de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Le greffier vise. »"},
			want: []string{"Sont exclus :", "a) Le juge signe. Le greffier vise ;", "b) Le maire date."}},
		{name: "after the colon of a list's head: refused", before: items,
			text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Le greffier vise. »"}},
		{name: "after the last sentence of a list's head: refused", before: items,
			text: []string{"Après la première phrase du premier alinéa de l'article L. 1 du code civil, il est inséré une phrase ainsi rédigée : « Le greffier vise. »"}},
	})
}

// TestGenLawLetterListWithLatin: a list of items whose later label bears
// a Latin adverb, "Les b et b bis du 1°", "Les a et a bis du 1°", "Les I
// et I bis", names each (the b bis was dropped in silence; "et a bis"
// was read as "et à" a second place, "bis du 1°", and the whole 1°
// repealed).
func TestGenLawLetterListWithLatin(t *testing.T) {
	A := []string{"Sont exclus :", "1° Les biens :", "a) Les meubles ;", "a bis) Les baux ;", "b) Les navires ;", "b bis) Les titres ;", "2° Les droits."}
	P := []string{"I. – Le juge signe.", "I bis. – Le maire date.", "II. – Le greffier vise."}
	runGrammar(t, []grammarCase{
		{name: "les b et b bis", before: A,
			text: []string{"Les b et b bis du 1° de l'article L. 1 du code civil sont abrogés."},
			want: []string{"Sont exclus :", "1° Les biens :", "a) Les meubles ;", "a bis) Les baux ;", "b) (Abrogé) ;", "b bis) (Abrogé) ;", "2° Les droits."}},
		{name: "les a et a bis", before: A,
			text: []string{"Les a et a bis du 1° de l'article L. 1 du code civil sont abrogés."},
			want: []string{"Sont exclus :", "1° Les biens :", "a) (Abrogé) ;", "a bis) (Abrogé) ;", "b) Les navires ;", "b bis) Les titres ;", "2° Les droits."}},
		{name: "au a et au a bis", before: A,
			text: []string{"Au a et au a bis du 1° de l'article L. 1 du code civil, le mot : « Les » est remplacé par le mot : « Des »."},
			want: []string{"Sont exclus :", "1° Les biens :", "a) Des meubles ;", "a bis) Des baux ;", "b) Les navires ;", "b bis) Les titres ;", "2° Les droits."}},
		{name: "les I et I bis", before: P,
			text: []string{"Les I et I bis de l'article L. 1 du code civil sont abrogés."},
			want: []string{"I. – (Abrogé)", "I bis. – (Abrogé)", "II. – Le greffier vise."}},
	})
}

// TestGenLawTrailingPlaceCurlyApostrophe: a word operation whose place
// comes last, typed with the Journal officiel's apostrophe, "… par le
// mot : « B » à l’article L. 1 du code civil", "… à l’avant-dernier
// alinéa de l’article L. 1", or its words in curly quotes ("… par le mot
// : “B” au deuxième alinéa"), is read as with the straight apostrophe
// and guillemets (it was refused: a part not read after the word
// operations).
func TestGenLawTrailingPlaceCurlyApostrophe(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date.", "Le greffier vise."}
	runGrammar(t, []grammarCase{
		{name: "à l’article", before: A,
			text: []string{"Le mot : « maire » est remplacé par le mot : « préfet » à l’article L. 1 du code civil."},
			want: []string{"Le juge signe.", "Le préfet date.", "Le greffier vise."}},
		{name: "à l’avant-dernier alinéa de l’article", before: A,
			text: []string{"Le mot : « date » est remplacé par le mot : « signe » à l’avant-dernier alinéa de l’article L. 1 du code civil."},
			want: []string{"Le juge signe.", "Le maire signe.", "Le greffier vise."}},
		{name: "curly quotes", before: A,
			text: []string{"Le mot : “maire” est remplacé par le mot : “préfet” au deuxième alinéa de l'article L. 1 du code civil."},
			want: []string{"Le juge signe.", "Le préfet date.", "Le greffier vise."}},
	})
}

// TestGenLawOccurrenceAnyQuotes: an occurrence said around the verb,
// "le mot : “A” est supprimé, à la première occurrence", "… est
// remplacé, à la première occurrence, par le mot : "B"", is read with
// straight or curly quotes as with guillemets (they were refused, not
// read).
func TestGenLawOccurrenceAnyQuotes(t *testing.T) {
	A := []string{"Le juge signe. Le juge date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "curly, deleted", before: A, text: []string{C, "1° Le mot : “juge” est supprimé, à la première occurrence."}, want: []string{"Le signe. Le juge date."}},
		{name: "straight, deleted", before: A, text: []string{C, "1° Le mot : \"juge\" est supprimé, à la deuxième occurrence."}, want: []string{"Le juge signe. Le date."}},
		{name: "curly, replaced", before: A, text: []string{C, "1° Le mot : “juge” est remplacé, à la première occurrence, par le mot : “maire”."}, want: []string{"Le maire signe. Le juge date."}},
		{name: "straight, rank before the verb", before: A, text: []string{C, "1° Le mot : \"juge\", à la dernière occurrence, est remplacé par le mot : \"maire\"."}, want: []string{"Le juge signe. Le maire date."}},
		{name: "curly, rank in the locator", before: A, text: []string{C, "1° À la première occurrence du mot : “juge”, ce mot est remplacé par le mot : “maire”."}, want: []string{"Le maire signe. Le juge date."}},
		{name: "curly, rank at the end", before: A, text: []string{C, "1° Le mot : “juge” est remplacé par le mot : “maire” à la deuxième occurrence."}, want: []string{"Le juge signe. Le maire date."}},
	})
}

// TestGenLawGroupEndsAsFound: in a group, a division named by its label
// whose end an earlier item added an alinéa to keeps the end it had when
// the bill article found it for a sentence counted from the end and for
// words or a sentence completing it ("a) Le II est complété par un alinéa
// … ; b) La dernière phrase du II est supprimée", "b) Le II est complété
// par les mots …": the II's own last sentence or alinéa — the new
// alinéa's was deleted or completed); alinéas added at its end go after
// one another, in the group's order.
func TestGenLawGroupEndsAsFound(t *testing.T) {
	A := []string{"I. – Le juge signe.", "II. – Le maire date. Le greffier vise."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	add := []string{"1° Le II est complété par un alinéa ainsi rédigé :", "« Le préfet arrête. » ;"}
	runGrammar(t, []grammarCase{
		{name: "the last sentence as found", before: A,
			text: append(append([]string{C}, add...), "2° La dernière phrase du II est supprimée."),
			want: []string{"I. – Le juge signe.", "II. – Le maire date.", "Le préfet arrête."}},
		{name: "completed by words, its end as found", before: A,
			text: append(append([]string{C}, add...), "2° Le II est complété par les mots : « sans délai »."),
			want: []string{"I. – Le juge signe.", "II. – Le maire date. Le greffier vise sans délai.", "Le préfet arrête."}},
		{name: "completed by a sentence, its end as found", before: A,
			text: append(append([]string{C}, add...), "2° Le II est complété par une phrase ainsi rédigée : « Le consul signe. »"),
			want: []string{"I. – Le juge signe.", "II. – Le maire date. Le greffier vise. Le consul signe.", "Le préfet arrête."}},
		{name: "alinéas added in the group's order", before: A,
			text: append(append([]string{C}, add...), "2° Le II est complété par un alinéa ainsi rédigé :", "« Le consul signe. »."),
			want: []string{"I. – Le juge signe.", "II. – Le maire date. Le greffier vise.", "Le préfet arrête.", "Le consul signe."}},
	})
}

// TestGenLawPrecededCurlyApostrophe: "Le deuxième alinéa est précédé
// d’un alinéa ainsi rédigé", "L’article L. 1 … est suivi d’un alinéa",
// typed with the Journal officiel's apostrophe, are read as with the
// straight one (they were not read: no known instruction form).
func TestGenLawPrecededCurlyApostrophe(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	runGrammar(t, []grammarCase{
		{name: "précédé d’un alinéa", before: A,
			text: []string{"Le deuxième alinéa de l’article L. 1 du code civil est précédé d’un alinéa ainsi rédigé :", "« Le greffier vise. »"},
			want: []string{"Le juge signe.", "Le greffier vise.", "Le maire date."}},
		{name: "suivi d’un alinéa", before: A,
			text: []string{"Le premier alinéa de l’article L. 1 du code civil est suivi d’un alinéa ainsi rédigé :", "« Le greffier vise. »"},
			want: []string{"Le juge signe.", "Le greffier vise.", "Le maire date."}},
	})
}

// TestGenLawBetweenLastTwo: "Entre l'avant-dernier et le dernier alinéa,
// il est inséré un alinéa" names two alinéas that follow each other,
// counted from the end: the new one goes before the last (it was refused
// as a place between two apart); "entre l'avant-dernier et le premier"
// stays refused.
func TestGenLawBetweenLastTwo(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date.", "Le greffier vise."}
	runGrammar(t, []grammarCase{
		{name: "entre l'avant-dernier et le dernier alinéa", before: A,
			text: []string{"Entre l'avant-dernier et le dernier alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Le consul arrête. »"},
			want: []string{"Le juge signe.", "Le maire date.", "Le consul arrête.", "Le greffier vise."}},
		{name: "with the curly apostrophe", before: A,
			text: []string{"Entre l’avant-dernier et le dernier alinéa de l’article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Le consul arrête. »"},
			want: []string{"Le juge signe.", "Le maire date.", "Le consul arrête.", "Le greffier vise."}},
		{name: "the last and the first: refused", before: A,
			text: []string{"Entre le dernier et le premier alinéa de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Le consul arrête. »"}},
	})
}

// TestGenLawCommaChainedPlaces: places joined by commas, each inside the
// one before, are one place: "À l'article L. 1, au I, au premier
// alinéa, à la seconde phrase" (it read three places, each holding the words: they were
// edited three times), "À l'article L. 1, au premier alinéa, à la
// première phrase" (it was refused), "Au I, au 2° bis" and "Au I, au 1°,
// au a bis", a label with its Latin adverb (it read the I and the 2° bis
// apart: the words were edited twice).
func TestGenLawCommaChainedPlaces(t *testing.T) {
	A := []string{"I. – Le juge signe. Le maire date.", "Le greffier vise. Le maire signe :", "1° Le consul arrête ;", "1° bis Le maire :", "a) Le préfet lit ;", "a bis) Le maire vote."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "au I, au premier alinéa, à la seconde phrase", before: A,
			text: []string{"À l'article L. 1 du code civil, au I, au premier alinéa, à la seconde phrase, après le mot : « maire », il est ajouté le mot : « seul »."},
			want: []string{"I. – Le juge signe. Le maire seul date.", A[1], A[2], A[3], A[4], A[5]}},
		{name: "à l'article, au deuxième alinéa, à la seconde phrase", before: A,
			text: []string{"À l'article L. 1 du code civil, au deuxième alinéa, à la seconde phrase, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{A[0], "Le greffier vise. Le préfet signe :", A[2], A[3], A[4], A[5]}},
		{name: "au I, au 1° bis", before: A,
			text: []string{C, "1° Au I, au 1° bis, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{A[0], A[1], A[2], "1° bis Le préfet :", A[4], "a bis) Le préfet vote."}},
		{name: "au I, au 1° bis, au a bis", before: A,
			text: []string{C, "1° Au I, au 1° bis, au a bis, après le mot : « maire », il est ajouté le mot : « seul »."},
			want: []string{A[0], A[1], A[2], A[3], A[4], "a bis) Le maire seul vote."}},
	})
}
