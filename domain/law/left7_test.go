package law

import "testing"

// The seventh pass on the closing note's leftovers: subject lists and
// renumbering in bills, each rule on a short phrase.

// left7Ctx is the head the items of these probes hang under.
const left7Ctx = "L'article L. 1 du code civil est ainsi modifié :"

var left7Items = []string{"1° Un ;", "2° Deux ;", "3° Trois."}

// TestLeft7InsertedBeforeRanksAfterPrevious: a new item inserted before
// an item must rank after the item of its kind before it in the list —
// "Avant le 2°, il est inséré un 1°" where a 1° is in force gave two 1°,
// "Avant le 3°, il est inséré un 1° bis" a 1° bis after the 2°; at the
// start of the article, "Au début, il est inséré un 1°", likewise (it
// went before the 1° in force). Refused; the forms that rank right, a
// placeholder taken and the list renumbered first stay read.
func TestLeft7InsertedBeforeRanksAfterPrevious(t *testing.T) {
	grp := func(item string, lines ...string) []string {
		return append([]string{left7Ctx, item}, lines...)
	}
	runGrammar(t, []grammarCase{
		{name: "a 1° before the 2°: refused", before: left7Items,
			text: grp("1° Avant le 2°, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »")},
		{name: "a 2° before the 3°: refused", before: left7Items,
			text: grp("1° Avant le 3°, il est inséré un 2° ainsi rédigé :", "« 2° Nouveau ; »")},
		{name: "a 1° bis before the 3°: refused", before: left7Items,
			text: grp("1° Avant le 3°, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Nouveau ; »")},
		{name: "a 1° and a 1° bis before the 2°: refused", before: left7Items,
			text: grp("1° Avant le 2°, sont insérés des 1° et 1° bis ainsi rédigés :", "« 1° Nouveau ; »", "« 1° bis Nouveau ; »")},
		{name: "a letter: refused", before: []string{"Chapeau :", "a) Un ;", "b) Deux."},
			text: grp("1° Avant le b, il est inséré un a ainsi rédigé :", "« a) Nouveau ; »")},
		{name: "a roman: refused", before: []string{"I. – Un.", "II. – Deux."},
			text: grp("1° Avant le II, il est inséré un I ainsi rédigé :", "« I. – Nouveau. »")},
		{name: "at the start, a 1° before the 1°: refused", before: left7Items,
			text: grp("1° Au début, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »")},
		{name: "a 2° bis before the 3°", before: left7Items,
			text: grp("1° Avant le 3°, il est inséré un 2° bis ainsi rédigé :", "« 2° bis Nouveau ; »"),
			want: []string{"1° Un ;", "2° Deux ;", "2° bis Nouveau ;", "3° Trois."}},
		{name: "a 1° bis and a 1° ter before the 2°", before: left7Items,
			text: grp("1° Avant le 2°, sont insérés des 1° bis et 1° ter ainsi rédigés :", "« 1° bis Nouveau ; »", "« 1° ter Nouveau ; »"),
			want: []string{"1° Un ;", "1° bis Nouveau ;", "1° ter Nouveau ;", "2° Deux ;", "3° Trois."}},
		{name: "a 1° A before the 1°", before: left7Items,
			text: grp("1° Avant le 1°, il est inséré un 1° A ainsi rédigé :", "« 1° A Nouveau ; »"),
			want: []string{"1° A Nouveau ;", "1° Un ;", "2° Deux ;", "3° Trois."}},
		{name: "a 1° before the 2° where the 1° is a placeholder", before: []string{"1° (Abrogé) ;", "2° Deux ;", "3° Trois."},
			text: grp("1° Avant le 2°, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »"),
			want: []string{"1° Nouveau ;", "2° Deux ;", "3° Trois."}},
		{name: "a 1° before the 2° after the list is renumbered", before: left7Items,
			text: grp("1° Les 1° à 3° deviennent respectivement les 2° à 4° ;", "2° Avant le 2°, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »"),
			want: []string{"1° Nouveau ;", "2° Un ;", "3° Deux ;", "4° Trois."}},
		{name: "a 1° before the I's 2°, the II's list apart", before: []string{"I. – Un :", "1° Un ;", "2° Deux.", "II. – Deux :", "1° Autre."},
			text: grp("1° Avant le 2° du I, il est inséré un 1° bis ainsi rédigé :", "« 1° bis Nouveau ; »"),
			want: []string{"I. – Un :", "1° Un ;", "1° bis Nouveau ;", "2° Deux.", "II. – Deux :", "1° Autre."}},
		{name: "at the start, an alinéa", before: left7Items,
			text: grp("1° Au début, il est inséré un alinéa ainsi rédigé :", "« Chapeau : »"),
			want: []string{"Chapeau :", "1° Un ;", "2° Deux ;", "3° Trois."}},
	})
}

// left7Parts is an article of three paragraphs, the first with items and
// a closing alinéa, the second with items.
var left7Parts = []string{"I. – Premier :", "1° Un ;", "2° Deux ;", "3° Trois.", "Dernier du I.", "II. – Deuxième :", "1° Deux-un ;", "2° Deux-deux ;", "3° Deux-trois.", "III. – Troisième."}

// TestLeft7SubjectsJoinedAlsoThat: subjects joined by "ainsi que", with
// or without the commas of an incise, are joined by "et" when items and
// alinéas are mixed — "Le dernier alinéa du I ainsi que le II", "Le
// dernier alinéa du I, ainsi que le II et le III," (they were refused as
// one place inside the other). Items of a division then a sibling named
// by its label alone, "Les 1° et 2° du II et le III", "Le a du 1° et le
// 2°", are two subjects: no III is in the II (refused as one place inside
// the other); of a lower kind ("Le 2° du I et le 3°": the I's 3°?) they
// stay refused, and another operation than a deletion too.
func TestLeft7SubjectsJoinedAlsoThat(t *testing.T) {
	grp := func(item string, lines ...string) []string {
		return append([]string{left7Ctx, item}, lines...)
	}
	noII := []string{"I. – Premier :", "1° Un ;", "2° Deux ;", "3° Trois.", "II. – (Abrogé)", "III. – (Abrogé)"}
	runGrammar(t, []grammarCase{
		{name: "an alinéa, ainsi que two parts, an incise", before: left7Parts,
			text: grp("1° Le dernier alinéa du I, ainsi que le II et le III, sont supprimés ;"), want: noII},
		{name: "an alinéa ainsi que two parts", before: left7Parts,
			text: grp("1° Le dernier alinéa du I ainsi que le II et le III sont supprimés ;"), want: noII},
		{name: "an alinéa, two parts (guard)", before: left7Parts,
			text: grp("1° Le dernier alinéa du I, le II et le III sont supprimés ;"), want: noII},
		{name: "an alinéa ainsi que a part", before: left7Parts,
			text: grp("1° Le dernier alinéa du I ainsi que le II sont supprimés ;"),
			want: []string{"I. – Premier :", "1° Un ;", "2° Deux ;", "3° Trois.", "II. – (Abrogé)", "III. – Troisième."}},
		{name: "items of the II and the III", before: left7Parts,
			text: grp("1° Les 1° et 2° du II et le III sont abrogés ;"),
			want: []string{"I. – Premier :", "1° Un ;", "2° Deux ;", "3° Trois.", "Dernier du I.", "II. – Deuxième :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Deux-trois.", "III. – (Abrogé)"}},
		{name: "items of the II ainsi que the III", before: left7Parts,
			text: grp("1° Les 1° et 2° du II ainsi que le III sont abrogés ;"),
			want: []string{"I. – Premier :", "1° Un ;", "2° Deux ;", "3° Trois.", "Dernier du I.", "II. – Deuxième :", "1° (Abrogé) ;", "2° (Abrogé) ;", "3° Deux-trois.", "III. – (Abrogé)"}},
		{name: "an item of the I, ainsi que the III, an incise", before: left7Parts,
			text: grp("1° Le 2° du I, ainsi que le III, sont abrogés ;"),
			want: []string{"I. – Premier :", "1° Un ;", "2° (Abrogé) ;", "3° Trois.", "Dernier du I.", "II. – Deuxième :", "1° Deux-un ;", "2° Deux-deux ;", "3° Deux-trois.", "III. – (Abrogé)"}},
		{name: "an item of the I and two parts", before: left7Parts,
			text: grp("1° Le 1° du I et les II et III sont abrogés ;"),
			want: []string{"I. – Premier :", "1° (Abrogé) ;", "2° Deux ;", "3° Trois.", "Dernier du I.", "II. – (Abrogé)", "III. – (Abrogé)"}},
		{name: "no context, the article after the last", before: left7Parts,
			text: []string{"Le 2° du I et le II de l'article L. 1 du code civil sont abrogés."},
			want: []string{"I. – Premier :", "1° Un ;", "2° (Abrogé) ;", "3° Trois.", "Dernier du I.", "II. – (Abrogé)", "III. – Troisième."}},
		{name: "a letter of the 1° and the 2°", before: []string{"Chapeau :", "1° Un :", "a) un-a ;", "b) un-b ;", "2° Deux ;", "3° Trois."},
			text: grp("1° Le a du 1° et le 2° sont supprimés ;"),
			want: []string{"Chapeau :", "1° Un :", "a) (Abrogé) ;", "b) un-b ;", "2° (Abrogé) ;", "3° Trois."}},
		{name: "an item of the I and a bare item: refused", before: left7Parts,
			text: grp("1° Le 2° du I et le 3° sont supprimés ;")},
		{name: "a letter of the 1° of the I and a bare item: refused", before: []string{"I. – Un :", "1° Un :", "a) un-a ;", "b) un-b ;", "2° Deux.", "II. – Deux."},
			text: grp("1° Le a du 1° du I et le 2° sont supprimés ;")},
		{name: "rewritten: refused", before: left7Parts,
			text: grp("1° Le 2° du I et le II sont ainsi rédigés :", "« 2° Nouveau ; »")},
		{name: "completed: refused", before: left7Parts,
			text: grp("1° Le 2° du I et le II sont complétés par les mots : « fin » ;")},
		{name: "the part first, then an item of another: refused", before: left7Parts,
			text: grp("1° Le III et le 2° du I sont abrogés ;")},
		{name: "items of two parts (guard: refused)", before: left7Parts,
			text: grp("1° Les 2° et 3° du I et le 1° du II sont abrogés ;")},
		{name: "items ainsi que an item (guard)", before: left7Items,
			text: grp("1° Le 1°, ainsi que le 3°, sont abrogés ;"),
			want: []string{"1° (Abrogé) ;", "2° Deux ;", "3° (Abrogé)."}},
		{name: "alinéas ainsi que, an incise (guard)", before: []string{"Premier.", "Deuxième.", "Troisième."},
			text: grp("1° Le premier alinéa, ainsi que le dernier alinéa, sont supprimés ;"),
			want: []string{"Deuxième."}},
		{name: "an alinéa ainsi que the last item, which takes the closing alinéa", before: []string{"Premier.", "1° Un ;", "2° Deux.", "Dernier."},
			text: grp("1° Le premier alinéa ainsi que le 2° sont supprimés ;"),
			want: []string{"1° Un ;", "2° (Abrogé)."}},
	})
}

// TestLeft7SubjectListsGuards: subject lists the engine reads right or
// refuses, kept as guards — a place after the last of several subjects
// ("Le 1°, le 2° et le dernier alinéa du I": the I's 1° or the
// article's?) refused; alinéas of an item of a part, sentences and
// alinéas mixed, agreement in the wrong number (read, never dropped).
func TestLeft7SubjectListsGuards(t *testing.T) {
	grp := func(item string, lines ...string) []string {
		return append([]string{left7Ctx, item}, lines...)
	}
	inItem := []string{"I. – Premier.", "1° Un :", "premier du un ;", "deuxième du un ;", "troisième du un ;", "2° Deux.", "II. – Deuxième."}
	sentences := []string{"Premier alinéa. Deuxième phrase. Troisième phrase.", "Second alinéa.", "Troisième alinéa."}
	three := []string{"Premier.", "Deuxième.", "Troisième."}
	runGrammar(t, []grammarCase{
		{name: "two items and an alinéa, a place after the last: refused", before: left7Parts,
			text: grp("1° Le 1°, le 2° et le dernier alinéa du I sont supprimés ;")},
		{name: "items and an alinéa, a place after the last: refused", before: left7Parts,
			text: grp("1° Les 1° et 2° et le dernier alinéa du I sont supprimés ;")},
		{name: "alinéas of an item of a part", before: inItem,
			text: grp("1° Les deuxième et troisième alinéas du 1° du I sont supprimés ;"),
			want: []string{"I. – Premier.", "1° Un :", "troisième du un ;", "2° Deux.", "II. – Deuxième."}},
		{name: "an alinéa of an item of a part", before: inItem,
			text: grp("1° Le deuxième alinéa du 1° du I est supprimé ;"),
			want: []string{"I. – Premier.", "1° Un :", "deuxième du un ;", "troisième du un ;", "2° Deux.", "II. – Deuxième."}},
		{name: "letters of an item of a part", before: []string{"I. – Premier.", "1° Un :", "a) un ;", "b) deux ;", "c) trois ;", "2° Deux.", "II. – Deuxième."},
			text: grp("1° Les a et b du 1° du I sont supprimés ;"),
			want: []string{"I. – Premier.", "1° Un :", "a) (Abrogé) ;", "b) (Abrogé) ;", "c) trois ;", "2° Deux.", "II. – Deuxième."}},
		{name: "a sentence of an alinéa and an alinéa", before: sentences,
			text: grp("1° La dernière phrase du premier alinéa et le second alinéa sont supprimés ;"),
			want: []string{"Premier alinéa. Deuxième phrase.", "Troisième alinéa."}},
		{name: "an alinéa and a sentence of another", before: sentences,
			text: grp("1° Le dernier alinéa et la deuxième phrase du premier alinéa sont supprimés ;"),
			want: []string{"Premier alinéa. Troisième phrase.", "Second alinéa."}},
		{name: "two sentences and an alinéa", before: sentences,
			text: grp("1° Les deux dernières phrases du premier alinéa et le troisième alinéa sont supprimées ;"),
			want: []string{"Premier alinéa.", "Second alinéa."}},
		{name: "a sentence and an alinéa, the article after", before: sentences,
			text: []string{"La dernière phrase du premier alinéa et le deuxième alinéa de l'article L. 1 du code civil sont supprimés."},
			want: []string{"Premier alinéa. Deuxième phrase.", "Troisième alinéa."}},
		{name: "two items, the verb singular", before: left7Items,
			text: grp("1° Le 1° et le 2° est supprimé ;"), want: []string{"1° (Abrogé) ;", "2° (Abrogé) ;", "3° Trois."}},
		{name: "items in the plural, the verb singular", before: left7Items,
			text: grp("1° Les 1° et 2° est abrogé ;"), want: []string{"1° (Abrogé) ;", "2° (Abrogé) ;", "3° Trois."}},
		{name: "one item, the verb plural", before: left7Items,
			text: grp("1° Le 2° sont supprimés ;"), want: []string{"1° Un ;", "2° (Abrogé) ;", "3° Trois."}},
		{name: "two alinéas, the noun and verb singular", before: three,
			text: grp("1° Le premier et le deuxième alinéa est supprimé ;"), want: []string{"Troisième."}},
		{name: "alinéas in the plural, the verb singular", before: three,
			text: grp("1° Les deuxième et troisième alinéas est supprimé ;"), want: []string{"Premier."}},
		{name: "alinéas apart", before: three,
			text: grp("1° Les premier et troisième alinéas sont supprimés ;"), want: []string{"Deuxième."}},
		{name: "three items", before: left7Items,
			text: grp("1° Le 1°, le 2° et le 3° sont supprimés ;"), want: []string{"1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé)."}},
		{name: "three items, one determiner", before: left7Items,
			text: grp("1° Les 1°, 2° et 3° sont abrogés ;"), want: []string{"1° (Abrogé) ;", "2° (Abrogé) ;", "3° (Abrogé)."}},
		{name: "two items rewritten as one, the verb singular: refused", before: left7Items,
			text: grp("1° Le 1° et le 2° est ainsi rédigé :", "« 1° Nouveau ; »")},
		{name: "two items replaced by one", before: left7Items,
			text: grp("1° Le 1° et le 2° sont remplacés par un 1° ainsi rédigé :", "« 1° Nouveau ; »"),
			want: []string{"1° Nouveau ;", "3° Trois."}},
		{name: "the last item, which takes the closing alinéa, and that alinéa: refused", before: []string{"Premier.", "1° Un ;", "2° Deux.", "Dernier."},
			text: grp("1° Le 2° et le dernier alinéa sont supprimés ;")},
	})
}
