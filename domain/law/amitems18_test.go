package law

import "testing"

// amI18P is a bill article whose 1° holds an a) introducing a 1) and a
// 2), then a b) introducing its own 1).
var amI18P = []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date :", "1) Le juge vise ;", "2) Le juge classe ;", "b) Le juge part :", "1) Le greffier vise.", "2° Le greffier part."}

// TestAmitems18TwoItemsLine: the Sénat's locator line of an item
// numbered with a parenthesis inside a lettered one, "Alinéa 4, a), 1)",
// is read "Au 1) du a) de l'alinéa 4" (amLocTwoItemsLine; it was
// refused): the alinéa must be that 1) of that a). The alinéa 4 named
// with the b)'s 1) is refused, as is an article whose two a) each hold
// a 1) (which a) is not said). "Alinéas 3 à 6, a)" is still refused.
func TestAmitems18TwoItemsLine(t *testing.T) {
	P := amI18P
	R := []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date :", "1) Le juge vise.", "2° Le greffier part :", "a) Le greffier date :", "1) Le juge classe."}
	rep := "\nRemplacer le mot :\njuge\npar le mot :\nmaire"
	runAmendments(t, []amCase{
		{"alinéa 4, a), 1)", P, "Alinéa 4, a), 1)" + rep, []string{P[0], P[1], P[2], "1) Le maire vise ;", P[4], P[5], P[6], P[7]}},
		{"alinéa 5, a), 2)", P, "Alinéa 5, a), 2)" + rep, []string{P[0], P[1], P[2], P[3], "2) Le maire classe ;", P[5], P[6], P[7]}},
		{"alinéa 4, b), 1): refused", P, "Alinéa 4, b), 1)" + rep, nil},
		{"alinéa 4, a), 2): refused", P, "Alinéa 4, a), 2)" + rep, nil},
		{"alinéa 4, a), 1), two a): refused", R, "Alinéa 7, a), 1)" + rep, nil},
		{"alinéas 3 à 6, a): still refused", P, "Alinéas 3 à 6, a)" + rep, nil},
	})
}

// TestAmitems18ParenList: several items numbered with a parenthesis
// announced together, "insérer des 3) et 4) ainsi rédigés", "Compléter
// le a) du 1° par des 3) et 4) ainsi rédigés", "des 1 bis) et 1 ter)"
// (amParenList, parenListAnnounced) are read, the new text held to
// them: "Après le 2) …, insérer des 3) et 4)" was refused (no count read);
// "Compléter … par des (les) 3) et 4)" with a new text "4)", "5)" went in as
// written, now refused, as is one item for two. The a)'s last item
// ending with a period takes " ;" (the convention). A new last 3) of an
// a) before a b) holding its own 1) is the a)'s (letterEndsParenList; it
// was refused, "a new 3) before 1)"); where the a) introduces no items
// ("a) … ;"), the 3) would come before the 1): refused, as said.
func TestAmitems18ParenList(t *testing.T) {
	P := amI18P
	Q := []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date :", "1) Le juge vise ;", "2) Le juge classe.", "2° Le greffier part."}
	X := []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date ;", "1) Le juge vise ;", "2) Le juge classe ;", "b) Le juge part."}
	two := "\n« 3) Le juge dort ; »\n« 4) Le juge rit. »"
	twoP := "\n« 3) Le juge dort ; »\n« 4) Le juge rit ; »"
	q34 := []string{Q[0], Q[1], Q[2], Q[3], "2) Le juge classe ;", "3) Le juge dort ;", "4) Le juge rit.", Q[5]}
	p34 := []string{P[0], P[1], P[2], P[3], P[4], "3) Le juge dort ;", "4) Le juge rit ;", P[5], P[6], P[7]}
	runAmendments(t, []amCase{
		{"après le 2), des 3) et 4)", Q, "Après le 2) du a) du 1°, insérer des 3) et 4) ainsi rédigés :" + two, q34},
		{"compléter le a), des 3) et 4)", Q, "Compléter le a) du 1° par des 3) et 4) ainsi rédigés :" + two, q34},
		{"compléter le a), deux 3) et 4)", Q, "Compléter le a) du 1° par deux 3) et 4) ainsi rédigés :" + two, q34},
		{"des 3) et 4) under 4), 5): refused", Q, "Compléter le a) du 1° par des 3) et 4) ainsi rédigés :\n« 4) Le juge dort ; »\n« 5) Le juge rit. »", nil},
		{"les 3) et 4) under 4), 5): refused", Q, "Compléter le a) du 1° par les 3) et 4) ainsi rédigés :\n« 4) Le juge dort ; »\n« 5) Le juge rit. »", nil},
		{"les 3) et 4) suivants", Q, "Compléter le a) du 1° par les 3) et 4) suivants :" + two, q34},
		{"des 3) et 4), one item: refused", Q, "Après le 2) du a) du 1°, insérer des 3) et 4) ainsi rédigés :\n« 3) Le juge dort. »", nil},
		{"des 3) et 4) unlabelled: refused", Q, "Après le 2) du a) du 1°, insérer des 3) et 4) ainsi rédigés :\n« Le juge dort ; »\n« Le juge rit. »", nil},
		{"compléter le a) before the b) and its 1)", P, "Compléter le a) du 1° par des 3) et 4) ainsi rédigés :" + twoP, p34},
		{"après le 2) before the b) and its 1)", P, "Après le 2) du a) du 1°, insérer des 3) et 4) ainsi rédigés :" + twoP, p34},
		{"compléter le a) par un 3) before the b)'s 1)", P, "Compléter le a) du 1° par un 3) ainsi rédigé :\n« 3) Le juge dort ; »", []string{P[0], P[1], P[2], P[3], P[4], "3) Le juge dort ;", P[5], P[6], P[7]}},
		{"des 1 bis) et 1 ter)", P, "Après le 1) du a) du 1°, insérer des 1 bis) et 1 ter) ainsi rédigés :\n« 1 bis) Le juge dort ; »\n« 1 ter) Le juge rit ; »", []string{P[0], P[1], P[2], P[3], "1 bis) Le juge dort ;", "1 ter) Le juge rit ;", P[4], P[5], P[6], P[7]}},
		{"an a) with no colon: refused", X, "Compléter le a) du 1° par des 3) et 4) ainsi rédigés :" + twoP, nil},
	})
}

// TestAmitems18ParenInLetterProbes: probes of items numbered with a
// parenthesis inside a lettered one, read as they were — a new 1 bis)
// placed by alinéa number after the a)'s 1) goes inside the a), before
// its 2), the b) keeping its own 1); a new 1) of the b) placed after
// its 1) by alinéa number is refused (two 1)); "Rédiger ainsi le a)"
// with its items rewrites the a) and its items, the b) untouched; "Supprimer le dernier alinéa du a)" deletes the a)'s last
// item, leaving its number.
func TestAmitems18ParenInLetterProbes(t *testing.T) {
	P := amI18P
	bis := []string{P[0], P[1], P[2], P[3], "1 bis) Le juge dort ;", P[4], P[5], P[6], P[7]}
	runAmendments(t, []amCase{
		{"après l'alinéa 4, l'alinéa suivant 1 bis)", P, "Après l'alinéa 4, insérer l'alinéa suivant :\n« 1 bis) Le juge dort ; »", bis},
		{"après l'alinéa 4, un alinéa 1 bis)", P, "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n« 1 bis) Le juge dort ; »", bis},
		{"après l'alinéa 7, a 1): refused", P, "Après l'alinéa 7, insérer l'alinéa suivant :\n« 1) Le greffier dort. »", nil},
		{"rédiger ainsi le a) with its items", P, "Rédiger ainsi le a) du 1° :\n« a) Le juge note : »\n« 1) Le juge voit ; »\n« 2) Le juge lit ; »", []string{P[0], P[1], "a) Le juge note :", "1) Le juge voit ;", "2) Le juge lit ;", P[5], P[6], P[7]}},
		{"supprimer le dernier alinéa du a)", P, "Supprimer le dernier alinéa du a) du 1°.", []string{P[0], P[1], P[2], P[3], "2) (Supprimé)", P[5], P[6], P[7]}},
	})
}
