package law

import "testing"

// The eleventh pass on the closing note's leftovers: each form decided
// by the language's rules, read or refused for a stated reason, on a
// short phrase, with its neighbours kept as guards.

// left11Grp puts items under "L'article L. 1 du code civil est ainsi
// modifié :".
func left11Grp(items ...string) []string {
	return append([]string{"L'article L. 1 du code civil est ainsi modifié :"}, items...)
}

// TestLeft11EveryOccurrenceAtHead: "À chaque occurrence, le mot : « A »
// est remplacé par le mot : « B »" at the head of an instruction is
// every occurrence in the place, as after a locator or after the verb
// (it was refused as an occurrence named in the locator). A rank ("À la
// seconde occurrence, …") stays the rank; an occurrence of other words
// is no head of this form.
func TestLeft11EveryOccurrenceAtHead(t *testing.T) {
	two := []string{"Le juge signe. Le juge date.", "Le juge lit."}
	runGrammar(t, []grammarCase{
		{name: "à chaque occurrence", before: two, text: left11Grp("1° À chaque occurrence, le mot : « juge » est remplacé par le mot : « maire » ;"),
			want: []string{"Le maire signe. Le maire date.", "Le maire lit."}},
		{name: "dans toutes ses occurrences", before: two, text: left11Grp("1° Dans toutes ses occurrences, le mot : « juge » est remplacé par le mot : « maire » ;"),
			want: []string{"Le maire signe. Le maire date.", "Le maire lit."}},
		{name: "deleted", before: two, text: left11Grp("1° À chaque occurrence, les mots : « Le juge » sont supprimés ;"),
			want: []string{"Signe. Date.", "Lit."}},
		{name: "after a locator (guard)", before: two, text: left11Grp("1° Au premier alinéa, à chaque occurrence, le mot : « juge » est remplacé par le mot : « maire » ;"),
			want: []string{"Le maire signe. Le maire date.", "Le juge lit."}},
		{name: "a rank (guard)", before: two, text: left11Grp("1° À la seconde occurrence, le mot : « juge » est remplacé par le mot : « maire » ;"),
			want: []string{"Le juge signe. Le maire date.", "Le juge lit."}},
		{name: "a place after the words: refused", before: two, text: []string{"À chaque occurrence, le mot : « juge » est remplacé par le mot : « maire » au premier alinéa de l'article L. 1 du code civil."}},
	})
}

// TestLeft11PlacedThenBareAlinea: "Le premier alinéa du I et le dernier
// alinéa sont supprimés" — the division is inside the first subject and
// does not reach the second: the I's first alinéa and the article's last
// (it was refused only by chance: read as the last alinéa of the first
// alinéa of the I, not found), as the locators "Au premier alinéa du I
// et au dernier alinéa, …" are read. "Les premier et dernier alinéas du
// I" (one noun for both) is the I's; another operation than a deletion
// stays refused, as for an item and an alinéa.
func TestLeft11PlacedThenBareAlinea(t *testing.T) {
	parts := []string{"I. – Un.", "Deux.", "Trois.", "II. – Quatre.", "Cinq."}
	firstAndLast := []string{"Deux.", "Trois.", "II. – Quatre."}
	runGrammar(t, []grammarCase{
		{name: "du I et le dernier alinéa", before: parts, text: left11Grp("1° Le premier alinéa du I et le dernier alinéa sont supprimés ;"), want: firstAndLast},
		{name: "at the top", before: parts, text: []string{"Le premier alinéa du I et le dernier alinéa de l'article L. 1 du code civil sont supprimés."}, want: firstAndLast},
		{name: "ainsi que", before: parts, text: left11Grp("1° Le premier alinéa du I est supprimé ainsi que le dernier alinéa ;"), want: firstAndLast},
		{name: "a count", before: parts, text: left11Grp("1° Les deux premiers alinéas du I et le dernier alinéa sont supprimés ;"), want: []string{"Trois.", "II. – Quatre."}},
		{name: "locators (guard)", before: []string{"I. – Un.", "Deux.", "II. – Un."}, text: left11Grp("1° Au premier alinéa du I et au dernier alinéa, le mot : « Un » est remplacé par le mot : « Uno » ;"),
			want: []string{"I. – Uno.", "Deux.", "II. – Uno."}},
		{name: "each its division (guard)", before: parts, text: left11Grp("1° Le premier alinéa du I et le dernier alinéa du II sont supprimés ;"), want: firstAndLast},
		{name: "one noun for both (guard)", before: parts, text: left11Grp("1° Les premier et dernier alinéas du I sont supprimés ;"),
			want: []string{"Deux.", "II. – Quatre.", "Cinq."}},
		{name: "completed: refused", before: parts, text: left11Grp("1° Le premier alinéa du I et le deuxième alinéa sont complétés par les mots : « fin » ;")},
	})
}

// TestLeft11AinsiIntitule: "Le chapitre II … est ainsi intitulé : « … »"
// gives the chapter its heading, as "est intitulé" (it was flagged as no
// known form): one instruction, read, no article changed.
func TestLeft11AinsiIntitule(t *testing.T) {
	for _, line := range []string{
		"Le chapitre II du titre Ier du livre Ier du code de commerce est ainsi intitulé : « Des délais ».",
		"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi intitulée : « Des délais ».",
	} {
		before := div8Corpus()
		out, errs, ins := gdApply(before, line)
		if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || ins[0].Edits[0].Kind != EditRewriteHeading || len(errs) != 0 {
			t.Errorf("%q: %+v %v, want a heading rewritten", line, ins, errs)
			continue
		}
		if got := div8Changes(before, out); len(got) != 0 {
			t.Errorf("%q: changed %v", line, got)
		}
	}
}

// TestLeft11OperationAfterWords: an operation of its own after the word
// operations, joined by "et" (or ", et"). An alinéa rewritten, "Au
// premier alinéa, … et le second alinéa est ainsi rédigé : « C »", is
// read as the deletion after words is: an alinéa of what holds the first
// (refused when it may be the first). One alinéa added, "… et il est
// ajouté un alinéa ainsi rédigé : « C »", goes at the end of the place
// when it is the article or an item; after words in an alinéa, where is
// not said (refused). An item deleted, "Au 1°, … et le b est supprimé",
// is the 1°'s b (the kind below the 1°'s), "… et le 2° est supprimé" the
// article's 2° (the 1°'s own kind, beside it). All were refused as a
// part not read.
func TestLeft11OperationAfterWords(t *testing.T) {
	two := []string{"Le juge signe. Le juge date.", "Le juge lit.", "Fin."}
	list := []string{"Chapeau :", "1° Un :", "a) A ;", "b) B ;", "2° Deux ;", "3° Trois."}
	runGrammar(t, []grammarCase{
		{name: "et le second alinéa est ainsi rédigé", before: two, text: left11Grp("1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « maire », et le second alinéa est ainsi rédigé : « Il part. » ;"),
			want: []string{"Le maire signe. Le maire date.", "Il part.", "Fin."}},
		{name: "et le dernier alinéa est ainsi rédigé", before: two, text: left11Grp("1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « maire » et le dernier alinéa est ainsi rédigé : « Il part. » ;"),
			want: []string{"Le maire signe. Le maire date.", "Le juge lit.", "Il part."}},
		{name: "the same alinéa rewritten: refused", before: two, text: left11Grp("1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « maire » et le premier alinéa est ainsi rédigé : « Il part. » ;")},
		{name: "two alinéas, one text: refused", before: two, text: left11Grp("1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « maire », et les deux derniers alinéas sont ainsi rédigés : « Il part. » ;")},
		{name: "il est ajouté un alinéa", before: two, text: left11Grp("1° Le mot : « juge » est remplacé par le mot : « maire » et il est ajouté un alinéa ainsi rédigé : « Il part. » ;"),
			want: []string{"Le maire signe. Le maire date.", "Le maire lit.", "Fin.", "Il part."}},
		{name: "an alinéa added to an item", before: list, text: left11Grp("1° Au 1°, le mot : « Un » est remplacé par le mot : « Uno » et il est ajouté un alinéa ainsi rédigé : « c) C ; » ;"),
			want: []string{"Chapeau :", "1° Uno :", "a) A ;", "b) B ;", "c) C ;", "2° Deux ;", "3° Trois."}},
		{name: "an alinéa added after words in an alinéa: refused", before: two, text: left11Grp("1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « maire » et il est ajouté un alinéa ainsi rédigé : « Il part. » ;")},
		{name: "au 1°, … et le b est supprimé", before: list, text: left11Grp("1° Au 1°, le mot : « Un » est remplacé par le mot : « Uno » et le b est supprimé ;"),
			want: []string{"Chapeau :", "1° Uno :", "a) A ;", "b) (Abrogé) ;", "2° Deux ;", "3° Trois."}},
		{name: "au 1°, … et le 2° est supprimé", before: list, text: left11Grp("1° Au 1°, le mot : « Un » est remplacé par le mot : « Uno » et le 2° est supprimé ;"),
			want: []string{"Chapeau :", "1° Uno :", "a) A ;", "b) B ;", "2° (Abrogé) ;", "3° Trois."}},
		{name: "les 2° et 3°, abrogés", before: list, text: left11Grp("1° Au 1°, le mot : « Un » est remplacé par le mot : « Uno », et les 2° et 3° sont abrogés ;"),
			want: []string{"Chapeau :", "1° Uno :", "a) A ;", "b) B ;", "2° (Abrogé) ;", "3° (Abrogé)."}},
		{name: "at the top", before: list, text: []string{"Au 1° de l'article L. 1 du code civil, le mot : « Un » est remplacé par le mot : « Uno » et le b est supprimé."},
			want: []string{"Chapeau :", "1° Uno :", "a) A ;", "b) (Abrogé) ;", "2° Deux ;", "3° Trois."}},
		{name: "words in the article, then an item", before: list, text: left11Grp("1° Le mot : « Deux » est remplacé par le mot : « Dos » et le 3° est supprimé ;"),
			want: []string{"Chapeau :", "1° Un :", "a) A ;", "b) B ;", "2° Dos ;", "3° (Abrogé)."}},
		{name: "the item itself: refused", before: list, text: left11Grp("1° Au 1°, le mot : « Un » est supprimé et le 1° est supprimé ;")},
		{name: "items of two kinds: refused", before: list, text: left11Grp("1° Au 1°, le mot : « Un » est supprimé et les a et 2° sont supprimés ;")},
		{name: "after words in an alinéa: refused", before: list, text: left11Grp("1° Au premier alinéa, le mot : « Chapeau » est remplacé par le mot : « Tête » et le 2° est supprimé ;")},
		{name: "words at the end of what holds the b: refused", before: list, text: left11Grp("1° Le 1° est complété par les mots : « et plus » et le b est supprimé ;")},
	})
}

// TestLeft11DashAdded: "L'article L. 1 est complété par un tiret ainsi
// rédigé : « – … »" adds an alinéa of a list of dashes at the end of the
// place, the dash before it closed with " ;" as a list's new last item
// closes the one before (it was refused as an unknown kind of addition);
// an item's dashes alike, two dashes on their own lines alike. A new text
// not opening with its dash is not what the bill announces (refused).
func TestLeft11DashAdded(t *testing.T) {
	dashes := []string{"Chapeau :", "– un ;", "– deux."}
	runGrammar(t, []grammarCase{
		{name: "un tiret", before: dashes, text: []string{"L'article L. 1 du code civil est complété par un tiret ainsi rédigé : « – trois. »"},
			want: []string{"Chapeau :", "– un ;", "– deux ;", "– trois."}},
		{name: "deux tirets", before: dashes, text: []string{"L'article L. 1 du code civil est complété par deux tirets ainsi rédigés :", "« – trois ;", "« – quatre. »"},
			want: []string{"Chapeau :", "– un ;", "– deux ;", "– trois ;", "– quatre."}},
		{name: "an item's dashes", before: []string{"Chapeau :", "1° Un :", "– un ;", "– deux ;", "2° Deux."}, text: left11Grp("1° Le 1° est complété par un tiret ainsi rédigé : « – trois ; » ;"),
			want: []string{"Chapeau :", "1° Un :", "– un ;", "– deux ;", "– trois ;", "2° Deux."}},
		{name: "no dash in the new text: refused", before: dashes, text: []string{"L'article L. 1 du code civil est complété par un tiret ainsi rédigé : « trois. »"}},
	})
}

// TestLeft11CommaListLastDeleted: a list of commas whose item before
// the last carries the conjunction ("– B, ou", "2° B, ou") loses its last
// item with no placeholder (a dash, an alinéa deleted): the new last item
// takes the list's period and the item before it the conjunction, "– A,
// ou", "– B." — as a list of semicolons does (it kept "– B, ou", the list
// left open on a conjunction joining nothing). A plain alinéa ending so
// is no item (guard).
func TestLeft11CommaListLastDeleted(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "dashes", before: []string{"Chapeau :", "– A,", "– B, ou", "– C."}, text: left11Grp("1° Le dernier tiret est supprimé ;"),
			want: []string{"Chapeau :", "– A, ou", "– B."}},
		{name: "items, the last alinéa", before: []string{"Chapeau :", "1° A,", "2° B, ou", "3° C."}, text: left11Grp("1° Le dernier alinéa est supprimé ;"),
			want: []string{"Chapeau :", "1° A, ou", "2° B."}},
		{name: "et, then an alinéa", before: []string{"Chapeau :", "1° A,", "2° B, et", "3° C.", "Fin."}, text: left11Grp("1° L'avant-dernier alinéa est supprimé ;"),
			want: []string{"Chapeau :", "1° A, et", "2° B.", "Fin."}},
		{name: "two items left one", before: []string{"Chapeau :", "– B, ou", "– C."}, text: left11Grp("1° Le dernier tiret est supprimé ;"),
			want: []string{"Chapeau :", "– B."}},
		{name: "semicolons (guard)", before: []string{"Chapeau :", "– A ;", "– B ; ou", "– C."}, text: left11Grp("1° Le dernier tiret est supprimé ;"),
			want: []string{"Chapeau :", "– A ; ou", "– B."}},
		{name: "no item (guard)", before: []string{"Le juge, le maire, ou", "– C."}, text: left11Grp("1° Le dernier alinéa est supprimé ;"),
			want: []string{"Le juge, le maire, ou"}},
	})
}

// TestLeft11DanglingPreposition: "À chaque occurrence du mot : « A », le
// mot : « B » est supprimé" (the occurrence rewritten "à le mot : « A »")
// deleted A and B, as a list of words: the first words are the
// complement of a preposition no rule reads. Refused, after a locator
// too; "Après chaque occurrence du mot : « A », …" and a list of words
// with their own determiners are read (guards).
func TestLeft11DanglingPreposition(t *testing.T) {
	al := []string{"Le juge signe. Le juge date."}
	runGrammar(t, []grammarCase{
		{name: "à chaque occurrence du mot: refused", before: al, text: left11Grp("1° À chaque occurrence du mot : « juge », le mot : « signe » est supprimé ;")},
		{name: "au lieu du mot: refused", before: al, text: left11Grp("1° Au lieu du mot : « juge », le mot : « signe » est supprimé ;")},
		{name: "after a locator: refused", before: al, text: []string{"À l'article L. 1 du code civil, à chaque occurrence du mot : « juge », le mot : « signe » est supprimé."}},
		{name: "après chaque occurrence du mot", before: al, text: left11Grp("1° Après chaque occurrence du mot : « juge », sont insérés les mots : « de paix » ;"),
			want: []string{"Le juge de paix signe. Le juge de paix date."}},
		{name: "a list of words", before: al, text: left11Grp("1° Le mot : « juge », le mot : « signe » sont supprimés ;"),
			want: []string{"Le. Le date."}},
	})
}
