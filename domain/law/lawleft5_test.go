package law

import "testing"

// The forms the last rounds left in bills (law-left5): each read as a
// rule of the modification language, or refused with a reason.

// TestLeft5RelabelledCommaList: three items or more relabelled in a
// relative clause, listed with commas, "Aux 2°, 3° et 4° du I, qui
// deviennent respectivement les 3°, 4° et 5°, …", are read as two are
// (TestRelabelledListInsideDivision): each relabelled, then edited under
// its new label; and the same written out, "Les 2°, 3° et 4° du I
// deviennent respectivement les 3°, 4° et 5° et, aux 3°, 4° et 5°, …",
// is two clauses as with two labels (both were refused). As many new
// labels as old, "respectivement", each of the item's kind; else refused.
func TestLeft5RelabelledCommaList(t *testing.T) {
	L := left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte ;", "3° Dater un acte ;", "4° Lire un acte.", "II. – Le juge peut :", "1° Juger un acte.")
	I := left4One("I. – Le maire peut :", "1° Signer un acte ;", "3° Viser un arrêté ;", "4° Dater un arrêté ;", "5° Lire un arrêté.", "II. – Le juge peut :", "1° Juger un acte.")
	P := left4One("Le maire peut :", "1° Signer un acte ;", "2° Viser un acte ;", "3° Dater un acte ;", "4° Lire un acte.")
	Pw := left4One("Le maire peut :", "1° Signer un acte ;", "3° Viser un arrêté ;", "4° Dater un arrêté ;", "5° Lire un arrêté.")
	S := left4One("Le maire peut :", "1° Signer :", "a) Les actes ;", "b) Les lois ;", "c) Les arrêtés ;", "2° Viser.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	w := ", le mot : « acte » est remplacé par le mot : « arrêté » ;"
	runLaw3(t, []law3Case{
		{name: "three items of the I", arts: L, text: []string{c, "1° Aux 2°, 3° et 4° du I, qui deviennent respectivement les 3°, 4° et 5°" + w}, want: I},
		{name: "named with the article", arts: L, text: []string{"Aux 2°, 3° et 4° du I de l'article L. 1 du code civil, qui deviennent respectivement les 3°, 4° et 5°, le mot : « acte » est remplacé par le mot : « arrêté »."}, want: I},
		{name: "no division named", arts: P, text: []string{c, "1° Aux 2°, 3° et 4°, qui deviennent respectivement les 3°, 4° et 5°" + w}, want: Pw},
		{name: "letters of an item", arts: S, text: []string{c, "1° Aux a, b et c du 1°, qui deviennent respectivement les b, c et d, le mot : « Les » est remplacé par le mot : « Des » ;"},
			want: left4One("Le maire peut :", "1° Signer :", "b) Des actes ;", "c) Des lois ;", "d) Des arrêtés ;", "2° Viser.")},
		{name: "written out, in the I", arts: L, text: []string{c, "1° Les 2°, 3° et 4° du I deviennent respectivement les 3°, 4° et 5° et, aux 3°, 4° et 5°" + w}, want: I},
		{name: "written out, no division", arts: P, text: []string{c, "1° Les 2°, 3° et 4° deviennent respectivement les 3°, 4° et 5° et, aux 3°, 4° et 5°" + w}, want: Pw},
		{name: "guard: relabelled alone", arts: L, text: []string{c, "1° Les 2°, 3° et 4° du I deviennent respectivement les 3°, 4° et 5° ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "3° Viser un acte ;", "4° Dater un acte ;", "5° Lire un acte.", "II. – Le juge peut :", "1° Juger un acte.")},
		// Refused.
		{name: "fewer new labels: refused", arts: L, text: []string{c, "1° Aux 2°, 3° et 4° du I, qui deviennent respectivement les 3° et 4°" + w}},
		{name: "no respectivement: refused", arts: L, text: []string{c, "1° Aux 2°, 3° et 4° du I, qui deviennent les 3°, 4° et 5°" + w}},
		{name: "another kind: refused", arts: L, text: []string{c, "1° Aux 2°, 3° et 4° du I, qui deviennent respectivement les a, b et c" + w}},
		{name: "the holder's kind: refused", arts: S, text: []string{c, "1° Aux a, b et c du 1°, qui deviennent respectivement les 2°, 3° et 4°, le mot : « Les » est remplacé par le mot : « Des » ;"}},
		{name: "words one of them does not hold: refused", arts: L, text: []string{c, "1° Aux 2°, 3° et 4° du I, qui deviennent respectivement les 3°, 4° et 5°, le mot : « Viser » est remplacé par le mot : « Voir » ;"}},
		{name: "a new label there already: refused", arts: P, text: []string{c, "1° Aux 2° et 3°, qui deviennent respectivement les 3° et 4°" + w}},
	})
}

// TestLeft5MixedSubjectsWithCommas: three subjects or more listed with
// commas, items and alinéas mixed, "Le dernier alinéa du I, le II et le
// III sont supprimés", "Le 2°, le dernier alinéa et le IV de l'article L.
// 1 … sont abrogés", are each deleted, as two joined by "et" are (they
// were read as "les II et III du dernier alinéa du I", the III dropped).
// A place after a later subject that an earlier one lacks (unless the
// earlier is an item of the place's own kind: "Le II, le III et le
// dernier alinéa du I"), and another operation than a deletion, stay
// refused as with two; a sentence among three subjects is refused (the
// last subject was dropped).
func TestLeft5MixedSubjectsWithCommas(t *testing.T) {
	A := left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte.", "Le juge statue.", "II. – Le juge peut :", "1° Juger un acte.", "III. – Fin.", "IV. – Rien.")
	B := left4One("Le maire peut :", "1° Signer un acte ;", "2° Viser un acte ;", "3° Dater un acte.", "Le juge statue.", "IV. – Rien.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "an alinéa of the I, the II and the III", arts: A, text: []string{c, "1° Le dernier alinéa du I, le II et le III sont supprimés ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte.", "II. – (Abrogé)", "III. – (Abrogé)", "IV. – Rien.")},
		{name: "the first alinéa, the II and the IV", arts: A, text: []string{c, "1° Le premier alinéa, le II et le IV sont supprimés ;"},
			want: left4One("1° Signer un acte ;", "2° Viser un acte.", "Le juge statue.", "II. – (Abrogé)", "III. – Fin.", "IV. – (Abrogé)")},
		{name: "an item, an alinéa and a part, with the article", arts: B, text: []string{"Le 1°, le premier alinéa et le IV de l'article L. 1 du code civil sont abrogés."},
			want: left4One("1° (Abrogé) ;", "2° Viser un acte ;", "3° Dater un acte.", "Le juge statue.", "IV. – (Abrogé)")},
		{name: "four subjects", arts: A, text: []string{c, "1° Le dernier alinéa du I, le II, le III et le IV sont supprimés ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte.", "II. – (Abrogé)", "III. – (Abrogé)", "IV. – (Abrogé)")},
		{name: "parts before an alinéa of a part", arts: A, text: []string{c, "1° Le II, le III et le dernier alinéa du I sont supprimés ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte.", "II. – (Abrogé)", "III. – (Abrogé)", "IV. – Rien.")},
		{name: "guard: two subjects", arts: A, text: []string{c, "1° Le dernier alinéa du I et le II sont supprimés ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte.", "II. – (Abrogé)", "III. – Fin.", "IV. – Rien.")},
		{name: "guard: items alone", arts: A, text: []string{c, "1° Le II, le III et le IV sont supprimés ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte.", "Le juge statue.", "II. – (Abrogé)", "III. – (Abrogé)", "IV. – (Abrogé)")},
		// Refused.
		{name: "a place after the last alone: refused", arts: A, text: []string{c, "1° Le 1°, le 2° et le dernier alinéa du I sont supprimés ;"}},
		{name: "a place after a middle one alone: refused", arts: A, text: []string{c, "1° Le 1°, le dernier alinéa du I et le II sont supprimés ;"}},
		{name: "an item of another kind before the place: refused", arts: A, text: []string{c, "1° Le 1°, le II et le dernier alinéa du I sont supprimés ;"}},
		{name: "a sentence among them: refused", arts: A, text: []string{c, "1° Le dernier alinéa du I, la première phrase du premier alinéa du I et le III sont supprimés ;"}},
		{name: "another operation: refused", arts: A, text: []string{c, "1° Le dernier alinéa du I, le II et le III sont complétés par le mot : « fort » ;"}},
	})
}

// TestLeft5PreciteAfterTwoTexts: "la loi n° … précitée" after two laws
// named is the one its number names, in whichever order they were named;
// "la loi précitée" with no number after two is refused (which one is
// not said); "le code précité" after one code, a law between, is that
// code. (Read before: guards.)
func TestLeft5PreciteAfterTwoTexts(t *testing.T) {
	law, law2 := "loi n° 2000-321", "loi n° 2001-7"
	arts := func() map[string][]string {
		return map[string][]string{"3": {"Le mot A."}, "L3": {"Le mot A."}, law + "|3": {"Le mot A."}, law2 + "|3": {"Le mot A."}, law + "|5": {"Le mot A."}, law2 + "|5": {"Le mot A."}}
	}
	aToB := "le mot : « A » est remplacé par le mot : « B »."
	first := "I. – À l'article 5 de la loi n° 2000-321 du 12 avril 2000, " + aToB
	second := "II. – À l'article 5 de la loi n° 2001-7 du 3 janvier 2001, " + aToB
	runCodes(t, []codesCase{
		{"the first of two, by its number", arts(), [][]string{{first, second,
			"III. – À l'article 3 de la loi n° 2000-321 du 12 avril 2000 précitée, " + aToB}},
			map[string][]string{law + "|5": {"Le mot B."}, law2 + "|5": {"Le mot B."}, law + "|3": {"Le mot B."}}},
		{"the second of two, by its number", arts(), [][]string{{first, second,
			"III. – À l'article 3 de la loi n° 2001-7 du 3 janvier 2001 précitée, " + aToB}},
			map[string][]string{law + "|5": {"Le mot B."}, law2 + "|5": {"Le mot B."}, law2 + "|3": {"Le mot B."}}},
		{"no number after two: refused", arts(), [][]string{{first, second,
			"III. – À l'article 3 de la loi précitée, " + aToB}},
			map[string][]string{partRefused: nil, law + "|5": {"Le mot B."}, law2 + "|5": {"Le mot B."}}},
		{"code précité, one code, a law between", map[string][]string{"L1": {"Le mot A."}, "L3": {"Le mot A."}, law + "|5": {"Le mot A."}, law + "|L3": {"Le mot A."}}, [][]string{{
			"I. – À l'article L. 1 du code civil, " + aToB, first,
			"III. – À l'article L. 3 du code précité, " + aToB}},
			map[string][]string{"L1": {"Le mot B."}, law + "|5": {"Le mot B."}, "L3": {"Le mot B."}}},
	})
}

// TestLeft5SubdivisionsWithoutNumeral: a bill article divided "A. –",
// "B. –" with no "I." above them: each part is read on its own, its
// context closed by the next letter (read before: guards).
func TestLeft5SubdivisionsWithoutNumeral(t *testing.T) {
	L := left4One("Le maire signe un acte.", "Le juge statue.")
	runLaw3(t, []law3Case{
		{name: "two code heads", arts: L, text: []string{"A. – Le code civil est ainsi modifié :", "1° À l'article L. 1, le mot : « acte » est remplacé par le mot : « arrêté » ;",
			"B. – Le code civil est ainsi modifié :", "1° Au second alinéa de l'article L. 1, le mot : « juge » est remplacé par le mot : « préfet » ;"},
			want: left4One("Le maire signe un arrêté.", "Le préfet statue.")},
		{name: "an article head, then the same article", arts: L, text: []string{"A. – L'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « acte » est remplacé par le mot : « arrêté » ;",
			"B. – Au second alinéa du même article, le mot : « juge » est remplacé par le mot : « préfet »."},
			want: left4One("Le maire signe un arrêté.", "Le préfet statue.")},
		{name: "the same code after the A's items", arts: L, text: []string{"A. – Le code civil est ainsi modifié :", "1° À l'article L. 1, le mot : « acte » est remplacé par le mot : « arrêté » ;",
			"B. – À l'article L. 1 du même code, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: left4One("Le préfet signe un arrêté.", "Le juge statue.")},
	})
}

// TestLeft5InlineSubItems: an item whose head opens its own items on its
// line, "1° Le 3° est ainsi modifié : a) Au a, le mot … ; b) Le b est
// supprimé ;", is read as the head and the items on lines of their own
// (they were refused, or "Au b" read as the 3° of the b). Letters in
// their order from a), after the colon and after " ; ", never inside a
// quotation; the next items of the alinéa's own list on its line, "1° …
// ; 2° Le III est abrogé ;", likewise (the 2° was dropped after a
// quotation). The items on the next lines, and nested places in a
// locator ("Au a du 2° du I, …"), are read as before (guards).
func TestLeft5InlineSubItems(t *testing.T) {
	L := left4One("Le maire peut :", "1° Signer un acte ;", "2° Viser un acte ;", "3° Dater :", "a) Les actes ;", "b) Les lois ;", "4° Lire.")
	W := func(a, b string) map[string][]string {
		return left4One("Le maire peut :", "1° Signer un acte ;", "2° Viser un acte ;", "3° Dater :", a, b, "4° Lire.")
	}
	D := left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser :", "a) Les actes ;", "b) Les lois ;", "II. – Fin.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "two items with their places", arts: L, text: []string{c, "1° Le 3° est ainsi modifié : a) Au b, le mot : « Les » est remplacé par le mot : « Des » ; b) Au a, le mot : « actes » est remplacé par le mot : « arrêtés » ;"},
			want: W("a) Les arrêtés ;", "b) Des lois ;")},
		{name: "one item with its place", arts: L, text: []string{c, "1° Le 3° est ainsi modifié : a) Au b, le mot : « Les » est remplacé par le mot : « Des » ;"},
			want: W("a) Les actes ;", "b) Des lois ;")},
		{name: "items completed and deleted", arts: L, text: []string{c, "1° Le 3° est ainsi modifié : a) Le a est complété par le mot : « nouveaux » ; b) Le b est supprimé ;"},
			want: W("a) Les actes nouveaux ;", "b) (Abrogé) ;")},
		{name: "a rewrite quoting a label", arts: L, text: []string{c, "1° Le 3° est ainsi modifié : a) Le a est ainsi rédigé : « a) Les arrêtés ; » ; b) Le b est abrogé ;"},
			want: W("a) Les arrêtés ;", "b) (Abrogé) ;")},
		{name: "an item added", arts: L, text: []string{c, "1° Le 3° est ainsi modifié : a) Les mots : « Les actes » sont remplacés par les mots : « Des actes » ; b) Il est ajouté un c ainsi rédigé : « c) Les arrêtés. »"},
			want: left4One("Le maire peut :", "1° Signer un acte ;", "2° Viser un acte ;", "3° Dater :", "a) Des actes ;", "b) Les lois ;", "c) Les arrêtés.", "4° Lire.")},
		{name: "a nested item's head", arts: D, text: []string{c, "1° Le 2° du I est ainsi modifié : a) Au a, le mot : « actes » est remplacé par le mot : « arrêtés » ; b) Au b, le mot : « lois » est remplacé par le mot : « décrets » ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser :", "a) Les arrêtés ;", "b) Les décrets ;", "II. – Fin.")},
		{name: "guard: the words alone", arts: L, text: []string{c, "1° Le 3° est ainsi modifié : a) Le mot : « actes » est remplacé par le mot : « arrêtés » ; b) Le mot : « lois » est remplacé par le mot : « décrets » ;"},
			want: W("a) Les arrêtés ;", "b) Les décrets ;")},
		{name: "guard: the items on their lines", arts: L, text: []string{c, "1° Le 3° est ainsi modifié :", "a) Au a, le mot : « actes » est remplacé par le mot : « arrêtés » ;", "b) Au b, le mot : « lois » est remplacé par le mot : « décrets » ;"},
			want: W("a) Les arrêtés ;", "b) Les décrets ;")},
		{name: "guard: the first inline, the next on its line", arts: L, text: []string{c, "1° Le 3° est ainsi modifié : a) Le mot : « actes » est remplacé par le mot : « arrêtés » ;", "b) Le mot : « lois » est remplacé par le mot : « décrets » ;"},
			want: W("a) Les arrêtés ;", "b) Les décrets ;")},
		{name: "guard: a nested locator", arts: D, text: []string{c, "1° Au a du 2° du I, le mot : « actes » est remplacé par le mot : « arrêtés » ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser :", "a) Les arrêtés ;", "b) Les lois ;", "II. – Fin.")},
		{name: "guard: nested contexts on their lines", arts: D, text: []string{c, "1° Le I est ainsi modifié :", "a) Le 2° est ainsi modifié :", "- au a, le mot : « actes » est remplacé par le mot : « arrêtés » ;", "- au b, le mot : « lois » est remplacé par le mot : « décrets » ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser :", "a) Les arrêtés ;", "b) Les décrets ;", "II. – Fin.")},
		{name: "the next item of the list on the line", arts: L, text: []string{c, "1° Le 1° est complété par le mot : « vite » ; 2° Le 2° est abrogé ;"},
			want: left4One("Le maire peut :", "1° Signer un acte vite ;", "2° (Abrogé) ;", "3° Dater :", "a) Les actes ;", "b) Les lois ;", "4° Lire.")},
		{name: "the next item after a quotation, its items inline", arts: L, text: []string{c, "1° Le 1° est ainsi rédigé : « 1° Lire ; 2° Voir ; » ; 2° Le 3° est ainsi modifié : a) Au a, le mot : « actes » est remplacé par le mot : « arrêtés » ; b) Le b est supprimé ;"},
			want: left4One("Le maire peut :", "1° Lire ; 2° Voir ;", "2° Viser un acte ;", "3° Dater :", "a) Les arrêtés ;", "b) (Abrogé) ;", "4° Lire.")},
		// Refused.
		{name: "a locator head, not read: refused", arts: L, text: []string{c, "1° Au 3° : a) Au b, le mot : « Les » est remplacé par le mot : « Des » ; b) Au a, le mot : « actes » est remplacé par le mot : « arrêtés » ;"}},
		{name: "words one item lacks: refused", arts: L, text: []string{c, "1° Le 3° est ainsi modifié : a) Au a, le mot : « lois » est remplacé par le mot : « décrets » ;"}},
	})
}

// TestLeft5Probes: short bill instructions combining division, item,
// alinéa and sentence locators, inline sub-items, relabellings and lists
// of subjects, against one invented article; each result checked by hand
// and kept as a guard (a refusal where the law does not say, or where
// the form is not read).
func TestLeft5Probes(t *testing.T) {
	P := left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – Fin.")
	c := "L'article L. 1 du code civil est ainsi modifié :"
	runLaw3(t, []law3Case{
		{name: "À la seconde phrase du premier alinéa du I de l'article L. 1", arts: P, text: []string{"À la seconde phrase du premier alinéa du I de l'article L. 1 du code civil, le mot : « date » est remplacé par le mot : « vise »."},
			want: left4One("I. – Le maire signe l'acte. Il le vise.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – Fin.")},
		{name: "Au I, la seconde phrase du premier alinéa est supprimée ;", arts: P, text: []string{c, "1° Au I, la seconde phrase du premier alinéa est supprimée ;"},
			want: left4One("I. – Le maire signe l'acte.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – Fin.")},
		{name: "Au 2° du II, le mot : « Classer » est remplacé par le mot : ", arts: P, text: []string{c, "1° Au 2° du II, le mot : « Classer » est remplacé par le mot : « Ranger » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Ranger l'acte.", "III. – Fin.")},
		{name: "b) Le 2° est abrogé ;", arts: P, text: []string{c, "1° Le II est ainsi modifié :", "a) Au 1°, le mot : « Viser » est remplacé par le mot : « Voir » ;", "b) Le 2° est abrogé ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Voir l'acte ;", "2° (Abrogé).", "III. – Fin.")},
		{name: "Le second alinéa du I est complété par une phrase ainsi rédi", arts: P, text: []string{c, "1° Le second alinéa du I est complété par une phrase ainsi rédigée : « Il motive. » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue. Il motive.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – Fin.")},
		{name: "Le II est complété par un 3° ainsi rédigé : « 3° Publier l'a", arts: P, text: []string{c, "1° Le II est complété par un 3° ainsi rédigé : « 3° Publier l'acte. » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte ;", "3° Publier l'acte.", "III. – Fin.")},
		{name: "Après le 1° du II, il est inséré un 1° bis ainsi rédigé : « ", arts: P, text: []string{c, "1° Après le 1° du II, il est inséré un 1° bis ainsi rédigé : « 1° bis Lire l'acte ; » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "1° bis Lire l'acte ;", "2° Classer l'acte.", "III. – Fin.")},
		{name: "Au premier alinéa du II, le mot : « préfet » est remplacé pa", arts: P, text: []string{c, "1° Au premier alinéa du II, le mot : « préfet » est remplacé par le mot : « maire » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le maire peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – Fin.")},
		{name: "Au I, au second alinéa, le mot : « juge » est remplacé par l", arts: P, text: []string{c, "1° Au I, au second alinéa, le mot : « juge » est remplacé par le mot : « greffier » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le greffier statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – Fin.")},
		{name: "Au 1° et au 2° du II, le mot : « l'acte » est remplacé par l", arts: P, text: []string{c, "1° Au 1° et au 2° du II, le mot : « l'acte » est remplacé par le mot : « l'arrêté » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'arrêté ;", "2° Classer l'arrêté.", "III. – Fin.")},
		{name: "Aux 1° et 2° du II, les mots : « l'acte » sont remplacés par", arts: P, text: []string{c, "1° Aux 1° et 2° du II, les mots : « l'acte » sont remplacés par les mots : « l'arrêté » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'arrêté ;", "2° Classer l'arrêté.", "III. – Fin.")},
		{name: "Le III est abrogé et le II devient le III ;", arts: P, text: []string{c, "1° Le III est abrogé et le II devient le III ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "III. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.")},
		{name: "La première phrase du premier alinéa du I et le second aliné", arts: P, text: []string{c, "1° La première phrase du premier alinéa du I et le second alinéa du I sont supprimés ;"},
			want: left4One("I. – Il le date.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – Fin.")},
		{name: "Le I est ainsi modifié : a) La seconde phrase du premier ali", arts: P, text: []string{c, "1° Le I est ainsi modifié : a) La seconde phrase du premier alinéa est supprimée ; b) Le second alinéa est ainsi rédigé : « Le greffier statue. » ;"},
			want: left4One("I. – Le maire signe l'acte.", "Le greffier statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – Fin.")},
		{name: "Le II est ainsi modifié : a) Au début du 1°, sont ajoutés le", arts: P, text: []string{c, "1° Le II est ainsi modifié : a) Au début du 1°, sont ajoutés les mots : « Lire et » ; b) À la fin du 2°, sont ajoutés les mots : « en mairie » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Lire et Viser l'acte ;", "2° Classer l'acte en mairie.", "III. – Fin.")},
		{name: "refused: Le II est ainsi modifié : a) Le 1° devient le 2° ; b) Le 2° ", arts: P, text: []string{c, "1° Le II est ainsi modifié : a) Le 1° devient le 2° ; b) Le 2° devient le 3° ;"}},
		{name: "Le II est ainsi modifié : a) Le 2° devient le 3° ; b) Il est", arts: P, text: []string{c, "1° Le II est ainsi modifié : a) Le 2° devient le 3° ; b) Il est rétabli un 2° ainsi rédigé : « 2° Lire l'acte ; » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Lire l'acte ;", "3° Classer l'acte.", "III. – Fin.")},
		{name: "Au II, le 2°, qui devient le 3°, est complété par les mots :", arts: P, text: []string{c, "1° Au II, le 2°, qui devient le 3°, est complété par les mots : « en mairie » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Viser l'acte ;", "3° Classer l'acte en mairie.", "III. – Fin.")},
		{name: "Le II, le III et le second alinéa du I sont supprimés ;", arts: P, text: []string{c, "1° Le II, le III et le second alinéa du I sont supprimés ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "II. – (Abrogé)", "III. – (Abrogé)")},
		{name: "Le second alinéa du I, le 1° du II et le III sont supprimés ", arts: P, text: []string{c, "1° Le second alinéa du I, le 1° du II et le III sont supprimés ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "II. – Le préfet peut :", "1° (Abrogé) ;", "2° Classer l'acte.", "III. – (Abrogé)")},
		{name: "refused: Le second alinéa du I, la seconde phrase du premier alinéa d", arts: P, text: []string{c, "1° Le second alinéa du I, la seconde phrase du premier alinéa du I et le III sont supprimés ;"}},
		{name: "Les 1° et 2° du II et le III sont supprimés ; (two subjects since left7)", arts: P, text: []string{c, "1° Les 1° et 2° du II et le III sont supprimés ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° (Abrogé) ;", "2° (Abrogé).", "III. – (Abrogé)")},
		{name: "refused: Le 1°, le 2° et le premier alinéa du II sont supprimés ;", arts: P, text: []string{c, "1° Le 1°, le 2° et le premier alinéa du II sont supprimés ;"}},
		{name: "Le premier alinéa du II, le 1° du II et le III sont supprimé", arts: P, text: []string{c, "1° Le premier alinéa du II, le 1° du II et le III sont supprimés ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "1° (Abrogé) ;", "2° Classer l'acte.", "III. – (Abrogé)")},
		{name: "Le second alinéa du I, le II et le III de l'article L. 1 du ", arts: P, text: []string{"Le second alinéa du I, le II et le III de l'article L. 1 du code civil sont abrogés."},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "II. – (Abrogé)", "III. – (Abrogé)")},
		{name: "Le second alinéa du I, ainsi que le II et le III, sont suppr (read since left7)", arts: P, text: []string{c, "1° Le second alinéa du I, ainsi que le II et le III, sont supprimés ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "II. – (Abrogé)", "III. – (Abrogé)")},
		{name: "refused: Au second alinéa du I, au 1° du II et au III, le mot : « Fin", arts: P, text: []string{c, "1° Au second alinéa du I, au 1° du II et au III, le mot : « Fin » est remplacé par le mot : « Terme » ;"}},
		{name: "Aux 1° et 2° du II, qui deviennent respectivement les 2° et ", arts: P, text: []string{c, "1° Aux 1° et 2° du II, qui deviennent respectivement les 2° et 3°, le mot : « l'acte » est remplacé par le mot : « l'arrêté » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "2° Viser l'arrêté ;", "3° Classer l'arrêté.", "III. – Fin.")},
		{name: "Le II est ainsi modifié : a) Les 1° et 2° deviennent respect", arts: P, text: []string{c, "1° Le II est ainsi modifié : a) Les 1° et 2° deviennent respectivement les 2° et 3° ; b) Il est rétabli un 1° ainsi rédigé : « 1° Lire l'acte ; » ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "II. – Le préfet peut :", "1° Lire l'acte ;", "2° Viser l'acte ;", "3° Classer l'acte.", "III. – Fin.")},
		{name: "Le I est complété par un alinéa ainsi rédigé : « Le greffier", arts: P, text: []string{c, "1° Le I est complété par un alinéa ainsi rédigé : « Le greffier note. » ; 2° Le III est abrogé ;"},
			want: left4One("I. – Le maire signe l'acte. Il le date.", "Le juge statue.", "Le greffier note.", "II. – Le préfet peut :", "1° Viser l'acte ;", "2° Classer l'acte.", "III. – (Abrogé)")},
	})
}
