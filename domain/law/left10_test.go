package law

import "testing"

// The tenth pass on the closing note's leftovers: bill articles, the
// forms still refused or misread, each rule on a short phrase, and their
// neighbours kept as guards.

// left10Grp puts an item under "L'article L. 1 du code civil est ainsi
// modifié :".
func left10Grp(item string, lines ...string) []string {
	return append([]string{"L'article L. 1 du code civil est ainsi modifié :", item}, lines...)
}

// left10Parts is an article of two parts of three alinéas each.
var left10Parts = []string{"I. – Un.", "Deux.", "Trois.", "II. – Quatre.", "Cinq.", "Six."}

// TestLeft10RankSubjectsBeforeDivision: two alinéas (sentences) each
// with its own noun, the first in no division, the last in one, "Le
// premier alinéa et le dernier alinéa du II sont supprimés": the
// article's first alinéa or the II's, the text does not say (the II's
// was deleted, "II. – Quatre." — while "Au premier alinéa et au dernier
// alinéa du II, …" is refused for that). Refused, with "Le premier
// alinéa est supprimé (,) ainsi que le dernier alinéa du II" and "Le
// premier alinéa, ainsi que le dernier alinéa du II, sont supprimés",
// read as that form (the II's first was deleted, where the verb or the
// commas close the first subject: the article's). One noun for both,
// "Le premier et le dernier alinéas du II", "Les premier et dernier
// alinéas du II", is the II's; no division, "Le premier alinéa et le
// dernier alinéa", the article's (guards).
func TestLeft10RankSubjectsBeforeDivision(t *testing.T) {
	iiEnds := []string{"I. – Un.", "Deux.", "Trois.", "Cinq."}
	runGrammar(t, []grammarCase{
		{name: "le premier alinéa et le dernier alinéa du II: refused", before: left10Parts, text: left10Grp("1° Le premier alinéa et le dernier alinéa du II sont supprimés ;")},
		{name: "of the I: refused", before: left10Parts, text: left10Grp("1° Le deuxième alinéa et le dernier alinéa du I sont supprimés ;")},
		{name: "sentences: refused", before: left10Parts, text: left10Grp("1° La première phrase et la dernière phrase du II sont supprimées ;")},
		{name: "at the top: refused", before: left10Parts, text: []string{"Le premier alinéa et le dernier alinéa du II de l'article L. 1 du code civil sont supprimés."}},
		{name: "ainsi que after the verb: refused", before: left10Parts, text: left10Grp("1° Le premier alinéa est supprimé ainsi que le dernier alinéa du II ;")},
		{name: "ainsi que between commas: refused", before: left10Parts, text: left10Grp("1° Le premier alinéa, ainsi que le dernier alinéa du II, sont supprimés ;")},
		{name: "the locator form, refused before: refused", before: left10Parts, text: left10Grp("1° Au premier alinéa et au dernier alinéa du II, le mot : « Six » est remplacé par le mot : « Sept » ;")},
		{name: "one noun for both", before: left10Parts, text: left10Grp("1° Le premier et le dernier alinéas du II sont supprimés ;"), want: iiEnds},
		{name: "les premier et dernier alinéas", before: left10Parts, text: left10Grp("1° Les premier et dernier alinéas du II sont supprimés ;"), want: iiEnds},
		{name: "no division", before: left10Parts, text: left10Grp("1° Le premier alinéa et le dernier alinéa sont supprimés ;"),
			want: []string{"Deux.", "Trois.", "II. – Quatre.", "Cinq."}},
		{name: "la première phrase et la dernière phrase du premier alinéa", before: []string{"Il signe. Il lit. Il date.", "Fin."}, text: left10Grp("1° La première phrase et la dernière phrase du premier alinéa sont supprimées ;"),
			want: []string{"Il lit.", "Fin."}},
	})
}

// TestLeft10AlineasEachPlaced: two alinéas each in a division of its
// own, "Le deuxième alinéa du I et le dernier alinéa du II sont
// supprimés", are two subjects (they were read as the one inside the
// other, and refused as not found); "… est supprimé, ainsi que le
// dernier alinéa du II" alike. Another operation than a deletion stays
// refused, as for items and alinéas.
func TestLeft10AlineasEachPlaced(t *testing.T) {
	want := []string{"I. – Un.", "Trois.", "II. – Quatre.", "Cinq."}
	runGrammar(t, []grammarCase{
		{name: "du I et du II", before: left10Parts, text: left10Grp("1° Le deuxième alinéa du I et le dernier alinéa du II sont supprimés ;"), want: want},
		{name: "the II first", before: left10Parts, text: left10Grp("1° Le dernier alinéa du II et le deuxième alinéa du I sont supprimés ;"), want: want},
		{name: "ainsi que", before: left10Parts, text: left10Grp("1° Le deuxième alinéa du I est supprimé, ainsi que le dernier alinéa du II ;"), want: want},
		{name: "at the top", before: left10Parts, text: []string{"Le deuxième alinéa du I et le dernier alinéa du II de l'article L. 1 du code civil sont supprimés."}, want: want},
		{name: "a count", before: left10Parts, text: left10Grp("1° Les deux premiers alinéas du I et le dernier alinéa du II sont supprimés ;"),
			want: []string{"Trois.", "II. – Quatre.", "Cinq."}},
		{name: "items' alinéas", before: []string{"Chapeau :", "1° Un :", "a) A ;", "b) B ;", "2° Deux :", "Deux bis ;", "3° Trois."},
			text: left10Grp("1° Le dernier alinéa du 1° et le second alinéa du 2° sont supprimés ;"),
			want: []string{"Chapeau :", "1° Un :", "a) A ;", "2° Deux :", "3° Trois."}},
		{name: "completed: refused", before: left10Parts, text: left10Grp("1° Le deuxième alinéa du I et le dernier alinéa du II sont complétés par les mots : « fin » ;")},
	})
}

// TestLeft10AlsoItemList: "Le 1° est supprimé (,) ainsi que les 2°, 3°
// et 4°" is the 1° to the 4° (refused: the list's commas ended the
// second subject); letters alike. Items of another kind stay refused.
func TestLeft10AlsoItemList(t *testing.T) {
	five := []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre ;", "5° Cinq."}
	gone := []string{"Chapeau :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé) ;", "4° (Abrogé) ;", "5° Cinq."}
	runGrammar(t, []grammarCase{
		{name: "ainsi que les 2°, 3° et 4°", before: five, text: left10Grp("1° Le 1° est supprimé ainsi que les 2°, 3° et 4° ;"), want: gone},
		{name: "with the comma", before: five, text: left10Grp("1° Le 1° est supprimé, ainsi que les 2°, 3° et 4° ;"), want: gone},
		{name: "abrogé, not in a row", before: five, text: left10Grp("1° Le 1° est abrogé ainsi que les 3°, 4° et 5° ;"),
			want: []string{"Chapeau :", "1° (Abrogé) ;", "2° Deux ;", "3° (Abrogé) ;", "4° (Abrogé) ;", "5° (Abrogé)."}},
		{name: "letters", before: []string{"Chapeau :", "a) Un ;", "b) Deux ;", "c) Trois ;", "d) Quatre."}, text: left10Grp("1° Le a est supprimé ainsi que les b, c et d ;"),
			want: []string{"Chapeau :", "a) (Abrogé) ;", "b) (Abrogé) ;", "c) (Abrogé) ;", "d) (Abrogé)."}},
		{name: "another kind: refused", before: five, text: left10Grp("1° Le 1° est supprimé, ainsi que les a, b et c ;")},
	})
}

// TestLeft10RespectivelyThenClause: "les mots : « A » et « B » sont
// remplacés respectivement par les mots : « C » et « D » et les mots :
// « E » sont supprimés" — the last words have their own verb: a second
// operation (refused: read as a third new word, "respectivement"
// without as many new words as old ones). With the comma, or another
// operation, alike; new words of several kinds with no verb after stay
// the replacement's.
func TestLeft10RespectivelyThenClause(t *testing.T) {
	al := []string{"Le juge signe l'acte du maire et du préfet."}
	resp := "1° Les mots : « juge » et « signe » sont remplacés respectivement par les mots : « maire » et « date »"
	runGrammar(t, []grammarCase{
		{name: "et les mots : « E » sont supprimés", before: al, text: left10Grp(resp + " et les mots : « et du préfet » sont supprimés ;"),
			want: []string{"Le maire date l'acte du maire."}},
		{name: "with the comma", before: al, text: left10Grp(resp + ", et les mots : « et du préfet » sont supprimés ;"),
			want: []string{"Le maire date l'acte du maire."}},
		{name: "sont respectivement remplacés, two deleted", before: al,
			text: left10Grp("1° Les mots : « juge » et « signe » sont respectivement remplacés par les mots : « maire » et « date » et les mots : « du maire » et « et du préfet » sont supprimés ;"),
			want: []string{"Le maire date l'acte."}},
		{name: "another replacement", before: al, text: left10Grp(resp + " et le mot : « préfet » est remplacé par le mot : « juge » ;"),
			want: []string{"Le maire date l'acte du maire et du juge."}},
		{name: "at the top", before: al, text: []string{"Au premier alinéa de l'article L. 1 du code civil, les mots : « juge » et « signe » sont remplacés respectivement par les mots : « maire » et « date » et les mots : « et du préfet » sont supprimés."},
			want: []string{"Le maire date l'acte du maire."}},
		{name: "new words of two kinds", before: al, text: left10Grp("1° Les mots : « juge », « signe » et « préfet » sont remplacés respectivement par les mots : « maire » et « date » et le mot : « greffier » ;"),
			want: []string{"Le maire date l'acte du maire et du greffier."}},
		{name: "too few new words: refused", before: al, text: left10Grp(resp + " et le mot : « préfet » ;")},
		{name: "the pairs then short: refused", before: al, text: left10Grp("1° Les mots : « juge », « signe » et « préfet » sont remplacés respectivement par les mots : « maire », « date » et les mots : « greffier » sont supprimés ;")},
	})
}

// TestLeft10WordsThenSiblingDeleted: word operations on an alinéa, then
// "et le second alinéa est supprimé" — an alinéa of what holds the
// first, not of the first (it was sought there, and the instruction
// refused); under a context naming the I, the I's; the article named in
// the locator, the article's. An alinéa the deletion may be the place of
// the words ("… et le premier alinéa est supprimé", a run from the same
// end) is refused; in a division the locator named ("Au premier alinéa
// du I, … et le second alinéa"), whose alinéa is not said: refused as
// before. A sentence stays the place's (guard).
func TestLeft10WordsThenSiblingDeleted(t *testing.T) {
	three := []string{"Le juge signe l'acte.", "Le maire date.", "Fin."}
	words := "1° Au premier alinéa, le mot : « juge » est remplacé par le mot : « greffier »"
	runGrammar(t, []grammarCase{
		{name: "et le second alinéa est supprimé", before: three, text: left10Grp(words + " et le second alinéa est supprimé ;"),
			want: []string{"Le greffier signe l'acte.", "Fin."}},
		{name: "le dernier, with a comma", before: three, text: left10Grp(words + ", et le dernier alinéa est supprimé ;"),
			want: []string{"Le greffier signe l'acte.", "Le maire date."}},
		{name: "les deux derniers", before: three, text: left10Grp(words + " et les deux derniers alinéas sont supprimés ;"),
			want: []string{"Le greffier signe l'acte."}},
		{name: "words added", before: three, text: left10Grp("1° Le premier alinéa est complété par les mots : « du maire » et le second alinéa est supprimé ;"),
			want: []string{"Le juge signe l'acte du maire.", "Fin."}},
		{name: "a sentence of the first", before: three, text: left10Grp("1° À la première phrase du premier alinéa, le mot : « juge » est remplacé par le mot : « greffier » et le second alinéa est supprimé ;"),
			want: []string{"Le greffier signe l'acte.", "Fin."}},
		{name: "the article in the locator", before: three, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier » et le second alinéa est supprimé."},
			want: []string{"Le greffier signe l'acte.", "Fin."}},
		{name: "under the I", before: []string{"I. – Le juge signe l'acte.", "Le maire date.", "II. – Fin."},
			text: []string{"Le I de l'article L. 1 du code civil est ainsi modifié :", words + " et le second alinéa est supprimé ;"},
			want: []string{"I. – Le greffier signe l'acte.", "II. – Fin."}},
		{name: "the sentence stays the alinéa's", before: []string{"Le juge signe l'acte. Il lit.", "Le maire date."}, text: left10Grp(words + " et la seconde phrase est supprimée ;"),
			want: []string{"Le greffier signe l'acte.", "Le maire date."}},
		{name: "the same alinéa: refused", before: three, text: left10Grp(words + " et le premier alinéa est supprimé ;")},
		{name: "a run from the same end: refused", before: three, text: left10Grp(words + " et les deux premiers alinéas sont supprimés ;")},
		{name: "in a division the locator named: refused", before: []string{"I. – Le juge signe l'acte.", "Le maire date.", "II. – Fin."},
			text: left10Grp("1° Au premier alinéa du I, le mot : « juge » est remplacé par le mot : « greffier » et le second alinéa est supprimé ;")},
	})
}
