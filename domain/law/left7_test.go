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

// TestLeft7RelabelKeepsOrder: an item relabelled must keep its list in
// order — "Le 2° devient le 4°" where the 3° follows gave 1°, 4°, 3°;
// "Le II devient le IV" before the III; "Le 4° devient le 2°" taking the
// placeholder "2° (Abrogé)" after the 3° gave 1°, 3°, 2°. Refused, as an
// item rewritten under a new label is (labelBorne). Shifts, a gap after
// the last item, a deleted item's label taken stay read.
func TestLeft7RelabelKeepsOrder(t *testing.T) {
	grp := func(items ...string) []string { return append([]string{left7Ctx}, items...) }
	parts := []string{"I. – Un.", "II. – Deux.", "III. – Trois."}
	runGrammar(t, []grammarCase{
		{name: "past the next: refused", before: left7Items, text: grp("1° Le 2° devient le 4° ;")},
		{name: "a roman past the next: refused", before: parts, text: grp("1° Le II devient le IV ;")},
		{name: "onto a placeholder before the one before: refused", before: []string{"1° Un ;", "2° (Abrogé) ;", "3° Trois ;", "4° Quatre."},
			text: grp("1° Le 4° devient le 2° ;")},
		{name: "a gap after the last", before: left7Items, text: grp("1° Le 3° devient le 5° ;"),
			want: []string{"1° Un ;", "2° Deux ;", "5° Trois."}},
		{name: "a bis between", before: left7Items, text: grp("1° Le 2° devient le 2° bis ;"),
			want: []string{"1° Un ;", "2° bis Deux ;", "3° Trois."}},
		{name: "a deleted item's label taken", before: []string{"1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."},
			text: grp("1° Le 2° est supprimé ;", "2° Les 3° et 4° deviennent respectivement les 2° et 3° ;"),
			want: []string{"1° Un ;", "2° Trois ;", "3° Quatre."}},
		{name: "a shift in two items, the last first, with sub-items", before: []string{"1° Un ;", "2° Deux :", "a) deux-a ;", "b) deux-b ;", "3° Trois."},
			text: grp("1° Le 3° devient le 4° ;", "2° Le 2° devient le 3° ;"),
			want: []string{"1° Un ;", "3° Deux :", "a) deux-a ;", "b) deux-b ;", "4° Trois."}},
		{name: "romans shifted in one clause each", before: parts, text: grp("1° Le II devient le III et le III devient le IV ;"),
			want: []string{"I. – Un.", "III. – Deux.", "IV. – Trois."}},
		{name: "a roman repealed, the one before taking its label", before: parts, text: grp("1° Le III est abrogé et le II devient le III ;"),
			want: []string{"I. – Un.", "III. – Deux."}},
		{name: "a range of letters shifted by two", before: []string{"Chapeau :", "a) Un ;", "b) Deux ;", "c) Trois."},
			text: grp("1° Les a à c deviennent respectivement les c à e ;"),
			want: []string{"Chapeau :", "c) Un ;", "d) Deux ;", "e) Trois."}},
	})
}

// TestLeft7RenumberingGuards: renumberings of items read right or refused
// — swaps refused whole (never one half), a shift onto a label in force
// refused, a renumbering inside a part then an insertion counted on the
// new labels, two operations in one sentence.
func TestLeft7RenumberingGuards(t *testing.T) {
	grp := func(items ...string) []string { return append([]string{left7Ctx}, items...) }
	abc := []string{"Chapeau :", "a) Un ;", "b) Deux ;", "c) Trois."}
	ii := []string{"II. – Deuxième :", "1° Un ;", "2° Deux ;", "3° Trois."}
	five := []string{"1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre ;", "5° Cinq."}
	runGrammar(t, []grammarCase{
		{name: "a swap, respectivement: refused", before: left7Items, text: grp("1° Les 1° et 2° deviennent respectivement les 2° et 1° ;")},
		{name: "a swap, no context: refused", before: left7Items, text: []string{"Les 1° et 2° de l'article L. 1 du code civil deviennent respectivement les 2° et 1°."}},
		{name: "a swap in two clauses: refused", before: left7Items, text: grp("1° Le 1° devient le 2° et le 2° devient le 1° ;")},
		{name: "a swap of letters apart: refused", before: abc, text: grp("1° Le a devient le c et le c devient le a ;")},
		{name: "a shift of two, a range", before: five, text: grp("1° Les 3° à 5° deviennent respectivement les 4° à 6° ;"),
			want: []string{"1° Un ;", "2° Deux ;", "4° Trois ;", "5° Quatre ;", "6° Cinq."}},
		{name: "a shift, then an insertion on the label freed", before: five,
			text: grp("1° Les 3° à 5° deviennent respectivement les 4° à 6° ;", "2° Après le 2°, il est inséré un 3° ainsi rédigé :", "« 3° Nouveau ; »"),
			want: []string{"1° Un ;", "2° Deux ;", "3° Nouveau ;", "4° Trois ;", "5° Quatre ;", "6° Cinq."}},
		{name: "a shift down onto labels in force: refused", before: five, text: grp("1° Les 3° à 5° deviennent les 2° à 4° ;")},
		{name: "ranges of different lengths: refused", before: five, text: grp("1° Les 3° à 5° deviennent respectivement les 4° à 7° ;")},
		{name: "letters in two clauses, onto one in force: refused", before: abc, text: grp("1° Le a devient le b et le b devient le c ;")},
		{name: "letters in two clauses", before: []string{"Chapeau :", "a) Un ;", "b) Deux."}, text: grp("1° Le a devient le b et le b devient le c ;"),
			want: []string{"Chapeau :", "b) Un ;", "c) Deux."}},
		{name: "letters listed", before: abc, text: grp("1° Les a, b et c deviennent respectivement les b, c et d ;"),
			want: []string{"Chapeau :", "b) Un ;", "c) Deux ;", "d) Trois."}},
		{name: "inside a part, one item onto another in force: refused", before: ii,
			text: grp("1° Le II est ainsi modifié :", "a) Le 1° devient le 2° ;", "b) Après le 2°, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »")},
		{name: "inside a part, the list shifted, then a 1° before the 2°", before: ii,
			text: grp("1° Le II est ainsi modifié :", "a) Les 1° à 3° deviennent les 2° à 4° ;", "b) Avant le 2°, il est inséré un 1° ainsi rédigé :", "« 1° Nouveau ; »"),
			want: []string{"II. – Deuxième :", "1° Nouveau ;", "2° Un ;", "3° Deux ;", "4° Trois."}},
		{name: "inside a part, the list shifted, then words of the new 2°", before: ii,
			text: grp("1° Le II est ainsi modifié :", "a) Les 1° à 3° deviennent les 2° à 4° ;", "b) Au 2°, le mot : « Un » est remplacé par le mot : « Uno » ;"),
			want: []string{"II. – Deuxième :", "2° Uno ;", "3° Deux ;", "4° Trois."}},
		{name: "inside a part, the list shifted, then the old 1°: refused", before: ii,
			text: grp("1° Le II est ainsi modifié :", "a) Les 1° à 3° deviennent les 2° à 4° ;", "b) Au 1°, le mot : « Un » est remplacé par le mot : « Uno » ;")},
		{name: "repealed, then the next takes its label", before: left7Items, text: grp("1° Le 2° est abrogé et le 3° devient le 2° ;"),
			want: []string{"1° Un ;", "2° Trois."}},
		{name: "deleted, then two take the labels", before: []string{"1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."},
			text: grp("1° Le 2° est supprimé et les 3° et 4° deviennent respectivement les 2° et 3° ;"),
			want: []string{"1° Un ;", "2° Trois ;", "3° Quatre."}},
		{name: "deleted; the next takes its label", before: left7Items, text: grp("1° Le 2° est supprimé ; le 3° devient le 2° ;"),
			want: []string{"1° Un ;", "2° Trois."}},
		{name: "relabelled onto one deleted after: refused", before: left7Items, text: grp("1° Le 3° devient le 2° et le 2° est supprimé ;")},
		{name: "a label of another kind: refused", before: left7Items, text: grp("1° Le 2° devient le a ;")},
	})
}

// TestLeft7RenumberingClausesByCommas: relabellings joined by commas,
// "Le c devient le d, le b devient le c et le a devient le b", "Le II
// devient le III, et le III devient le IV", are read as when joined by
// "et" — together, the last item first (they were refused as a
// renumbering into a division); "deviennent, respectivement, les …" is
// not cut at its commas; a swap so joined stays refused.
func TestLeft7RenumberingClausesByCommas(t *testing.T) {
	grp := func(items ...string) []string { return append([]string{left7Ctx}, items...) }
	abc := []string{"Chapeau :", "a) Un ;", "b) Deux ;", "c) Trois."}
	bcd := []string{"Chapeau :", "b) Un ;", "c) Deux ;", "d) Trois."}
	parts := []string{"I. – Un.", "II. – Deux.", "III. – Trois."}
	shifted := []string{"I. – Un.", "III. – Deux.", "IV. – Trois."}
	four := []string{"1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."}
	runGrammar(t, []grammarCase{
		{name: "three clauses, the last first", before: abc, text: grp("1° Le c devient le d, le b devient le c et le a devient le b ;"), want: bcd},
		{name: "three clauses, the first first", before: abc, text: grp("1° Le a devient le b, le b devient le c et le c devient le d ;"), want: bcd},
		{name: "two clauses, a comma and et", before: parts, text: grp("1° Le II devient le III, et le III devient le IV ;"), want: shifted},
		{name: "two clauses, a comma", before: parts, text: grp("1° Le III devient le IV, le II devient le III ;"), want: shifted},
		{name: "commas only", before: four, text: grp("1° Le 2° devient le 3°, le 3° devient le 4°, le 4° devient le 5° ;"),
			want: []string{"1° Un ;", "3° Deux ;", "4° Trois ;", "5° Quatre."}},
		{name: "respectivement between commas, then a clause", before: four,
			text: grp("1° Les 3° et 4° deviennent, respectivement, les 4° et 5°, le 2° devient le 3° ;"),
			want: []string{"1° Un ;", "3° Deux ;", "4° Trois ;", "5° Quatre."}},
		{name: "no context, the article in the first", before: parts,
			text: []string{"Le III de l'article L. 1 du code civil devient le IV, le II devient le III."}, want: shifted},
		{name: "then a label given back", before: left7Items,
			text: grp("1° Le 3° devient le 4°, le 2° devient le 3°, et il est rétabli un 2° ainsi rédigé :", "« 2° Nouveau ; »"),
			want: []string{"1° Un ;", "2° Nouveau ;", "3° Deux ;", "4° Trois."}},
		{name: "a swap by a comma: refused", before: left7Items, text: grp("1° Le 1° devient le 2°, le 2° devient le 1° ;")},
	})
}

// TestLeft7AlsoThatGuards: more subjects joined by "ainsi que" or "et",
// each checked by hand — an alinéa and an item of another part, two
// parts around an item; a lower kind after, a sentence among them, or
// another operation than a deletion refused.
func TestLeft7AlsoThatGuards(t *testing.T) {
	grp := func(items ...string) []string { return append([]string{left7Ctx}, items...) }
	art := []string{"I. – Un. Deux.", "Second du I.", "II. – Deux :", "1° Deux-un ;", "2° Deux-deux.", "III. – Trois."}
	runGrammar(t, []grammarCase{
		{name: "an alinéa, ainsi que an item of another part", before: art,
			text: grp("1° Le second alinéa du I, ainsi que le 2° du II, sont supprimés ;"),
			want: []string{"I. – Un. Deux.", "II. – Deux :", "1° Deux-un ;", "2° (Abrogé).", "III. – Trois."}},
		{name: "an item and the parts around its own", before: art,
			text: grp("1° Le 1° du II et les I et III sont abrogés ;"),
			want: []string{"I. – (Abrogé)", "II. – Deux :", "1° (Abrogé) ;", "2° Deux-deux.", "III. – (Abrogé)"}},
		{name: "an item ainsi que a bare item: refused", before: art, text: grp("1° Le 2° du II ainsi que le 1° sont supprimés ;")},
		{name: "an alinéa ainsi que a sentence: refused", before: art,
			text: grp("1° Le second alinéa du I ainsi que la dernière phrase du premier alinéa du I sont supprimés ;")},
		{name: "an alinéa ainsi que an item, completed: refused", before: art,
			text: grp("1° Le second alinéa du I ainsi que le 2° du II sont complétés par les mots : « fin » ;")},
		{name: "an item and a part, rewritten: refused", before: art, text: grp("1° Le 1° du II et le III sont ainsi rédigés :", "« III. – Nouveau. »")},
		{name: "a letter of an item and a bare letter: refused", before: []string{"Chapeau :", "1° Un :", "a) un-a ;", "b) un-b.", "2° Deux :", "a) deux-a ;", "b) deux-b."},
			text: grp("1° Le a du 1° et le b sont supprimés ;")},
	})
}
