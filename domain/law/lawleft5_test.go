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
// A place after a later subject that an earlier one lacks, and another
// operation than a deletion, stay refused as with two.
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
		{name: "guard: two subjects", arts: A, text: []string{c, "1° Le dernier alinéa du I et le II sont supprimés ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte.", "II. – (Abrogé)", "III. – Fin.", "IV. – Rien.")},
		{name: "guard: items alone", arts: A, text: []string{c, "1° Le II, le III et le IV sont supprimés ;"},
			want: left4One("I. – Le maire peut :", "1° Signer un acte ;", "2° Viser un acte.", "Le juge statue.", "II. – (Abrogé)", "III. – (Abrogé)", "IV. – (Abrogé)")},
		// Refused.
		{name: "a place after the last alone: refused", arts: A, text: []string{c, "1° Le 1°, le 2° et le dernier alinéa du I sont supprimés ;"}},
		{name: "a place after a middle one alone: refused", arts: A, text: []string{c, "1° Le 1°, le dernier alinéa du I et le II sont supprimés ;"}},
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
