package law

import "testing"

// amI17B is a bill article whose 1° holds an a), an a bis), an a ter)
// and a b); the 2° an a bis) of its own.
var amI17B = []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date ;", "a bis) Le juge vise ;", "a ter) Le juge classe ;", "b) Le juge part.", "2° Le greffier part :", "a bis) Le greffier vise."}

// TestAmitems17LetterBisParen: a lettered item with its Latin adverb
// written with its parenthesis, "a bis)", alone or in a list — "Supprimer
// le a bis) du 1°", "Au a bis) du 1°, …", "Supprimer les a bis) et a
// ter) du 1°", "Aux a bis) et a ter) du 1°, …", "Au début des a bis) et
// a ter) du 1°, …", "les a) et a bis)" — is that item (amLetterBisParen):
// the parenthesis after the adverb was not read, and the whole 1°
// deleted or edited, or, with no division named, the whole article. An a
// bis) the place does not single out (the 1° and the 2° both hold one)
// or lacks is refused.
func TestAmitems17LetterBisParen(t *testing.T) {
	B := amI17B
	rep := ", remplacer le mot : « juge » par le mot : « maire »."
	runAmendments(t, []amCase{
		{"supprimer le a bis) du 1°", B, "Supprimer le a bis) du 1°.", []string{B[0], B[1], B[2], "a bis) (Supprimé)", B[4], B[5], B[6], B[7]}},
		{"au a bis) du 1°", B, "Au a bis) du 1°" + rep, []string{B[0], B[1], B[2], "a bis) Le maire vise ;", B[4], B[5], B[6], B[7]}},
		{"au a ter)", B, "Au a ter)" + rep, []string{B[0], B[1], B[2], B[3], "a ter) Le maire classe ;", B[5], B[6], B[7]}},
		{"supprimer les a bis) et a ter) du 1°", B, "Supprimer les a bis) et a ter) du 1°.", []string{B[0], B[1], B[2], "a bis) et a ter) (Supprimé)", B[5], B[6], B[7]}},
		{"aux a bis) et a ter) du 1°", B, "Aux a bis) et a ter) du 1°" + rep, []string{B[0], B[1], B[2], "a bis) Le maire vise ;", "a ter) Le maire classe ;", B[5], B[6], B[7]}},
		{"au début des a bis) et a ter) du 1°", B, "Au début des a bis) et a ter) du 1°, insérer les mots : « Demain, ».", []string{B[0], B[1], B[2], "a bis) Demain, le juge vise ;", "a ter) Demain, le juge classe ;", B[5], B[6], B[7]}},
		{"supprimer les a) et a bis) du 1°", B, "Supprimer les a) et a bis) du 1°.", []string{B[0], B[1], "a) et a bis) (Supprimé)", B[4], B[5], B[6], B[7]}},
		{"au a bis), two: refused", B, "Au a bis)" + rep, nil},
		{"le a quater) du 1°: none, refused", B, "Supprimer le a quater) du 1°.", nil},
		{"les a bis) et a quater) du 1°: refused", B, "Supprimer les a bis) et a quater) du 1°.", nil},
	})
}

// amI17P is a bill article whose a) of the 1° holds a 1) and a 2), the
// a) the 1°'s last item.
var amI17P = []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date :", "1) Le juge vise ;", "2) Le juge classe.", "2° Le greffier part."}

// TestAmitems17ParenAnnounced: an item numbered with a parenthesis
// announced by its label — "Après le 2) du a) du 1°, insérer un 3) ainsi
// rédigé", "Après le 1) du a) du 1°, insérer un 1 bis) ainsi rédigé" —
// is held to it (parenAnnounced): the new text's first line must bear
// that label. "un 3)" then "« 4) … »", "un 1 bis)" then "« 1 ter) … »",
// or no label at all went in as written; refused. A count ("un alinéa")
// is no label, read as before.
func TestAmitems17ParenAnnounced(t *testing.T) {
	P := amI17P
	runAmendments(t, []amCase{
		{"un 1 bis) after the 1)", P, "Après le 1) du a) du 1°, insérer un 1 bis) ainsi rédigé :\n« 1 bis) Le juge dort ; »", []string{P[0], P[1], P[2], P[3], "1 bis) Le juge dort ;", P[4], P[5]}},
		{"un 1 bis) under 1 ter): refused", P, "Après le 1) du a) du 1°, insérer un 1 bis) ainsi rédigé :\n« 1 ter) Le juge dort ; »", nil},
		{"un 1 bis) unlabelled: refused", P, "Après le 1) du a) du 1°, insérer un 1 bis) ainsi rédigé :\n« Le juge dort ; »", nil},
		{"un 3) under 4): refused", P, "Après le 2) du a) du 1°, insérer un 3) ainsi rédigé :\n« 4) Le juge dort. »", nil},
		{"un 3) under 3° : refused", P, "Après le 2) du a) du 1°, insérer un 3) ainsi rédigé :\n« 3° Le juge dort. »", nil},
		{"un alinéa, labelled 1 bis)", P, "Après le 1) du a) du 1°, insérer un alinéa ainsi rédigé :\n« 1 bis) Le juge dort ; »", []string{P[0], P[1], P[2], P[3], "1 bis) Le juge dort ;", P[4], P[5]}},
	})
}

// TestAmitems17ParenInLetter: items numbered with a parenthesis inside a
// lettered item that introduces them ("a) Le juge date :", "1) … ;")
// are that item's (parenInLetter). A new last 4) of the a), the b)
// after it — "Compléter le a) du 1° par un 4) ainsi rédigé", "Après le
// 3) du a) du 1°, insérer un 4)" — goes at the a)'s end (it was refused,
// "a new 4) before b), an item of the division before it"); a new b)
// after the a)'s last 2) ending with a period gives that 2) " ;", as a
// new last item does (it kept its period). Where the a) does not
// introduce them ("a) Le juge date ;", "1) … ;", "2) … ;", "b) …"), the a)
// completed by a 3) before the b) is still refused: the b) may be the 2)'s.
func TestAmitems17ParenInLetter(t *testing.T) {
	P := []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date :", "1) Le juge vise ;", "2) Le juge classe ;", "3) Le juge range ;", "b) Le juge part.", "2° Le greffier part."}
	Q := amI17P
	X := []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date ;", "1) Le juge vise ;", "2) Le juge classe ;", "b) Le juge part."}
	four := []string{P[0], P[1], P[2], P[3], P[4], P[5], "4) Le juge dort ;", P[6], P[7]}
	runAmendments(t, []amCase{
		{"compléter le a) du 1° par un 4)", P, "Compléter le a) du 1° par un 4) ainsi rédigé :\n« 4) Le juge dort ; »", four},
		{"après le 3) du a) du 1°, un 4)", P, "Après le 3) du a) du 1°, insérer un 4) ainsi rédigé :\n« 4) Le juge dort ; »", four},
		{"compléter le 1° par un b): the 2) takes ;", Q, "Compléter le 1° par un b) ainsi rédigé :\n« b) Le juge dort. »", []string{Q[0], Q[1], Q[2], Q[3], "2) Le juge classe ;", "b) Le juge dort.", Q[5]}},
		{"compléter le a) du 1° par un 3)", Q, "Compléter le a) du 1° par un 3) ainsi rédigé :\n« 3) Le juge dort. »", []string{Q[0], Q[1], Q[2], Q[3], "2) Le juge classe ;", "3) Le juge dort.", Q[5]}},
		{"an a) with no colon: 3) before b), refused", X, "Compléter le a) du 1° par un 3) ainsi rédigé :\n« 3) Le juge dort ; »", nil},
	})
}

// TestAmitems17ParenItems: several items numbered with a parenthesis
// named together after a plural determiner — "Supprimer les 1) et 2) du
// a) du 1°", "Aux 1) et 3) du a), …", "Supprimer les 1) à 3) du a)" (the
// 1 bis) between with them), "les 1 bis) et 3)" — are each, as one is
// read (parenItems; they were refused). Labels out of the text's order
// ("les 2) et 1)"), a range bound with its adverb ("les 1 bis) à 3)"),
// an item the place lacks, items two places hold with no place named,
// and a second determiner ("les 1) et 2) et le 3)") are refused.
func TestAmitems17ParenItems(t *testing.T) {
	P := []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date :", "1) Le juge vise ;", "1 bis) Le juge voit ;", "2) Le juge classe ;", "3) Le juge range ;", "b) Le juge part :", "1) Le greffier vise.", "2° Le greffier part."}
	rep := ", remplacer le mot : « juge » par le mot : « maire »."
	runAmendments(t, []amCase{
		{"les 1) et 2) du a) du 1°", P, "Supprimer les 1) et 2) du a) du 1°.", []string{P[0], P[1], P[2], "1) (Supprimé)", P[4], "2) (Supprimé)", P[6], P[7], P[8], P[9]}},
		{"aux 1) et 3) du a)", P, "Aux 1) et 3) du a)" + rep, []string{P[0], P[1], P[2], "1) Le maire vise ;", P[4], P[5], "3) Le maire range ;", P[7], P[8], P[9]}},
		{"les 1) à 3) du a), its 1 bis)", P, "Supprimer les 1) à 3) du a).", []string{P[0], P[1], P[2], "1), 1 bis), 2) et 3) (Supprimé)", P[7], P[8], P[9]}},
		{"aux 1 bis) et 3) du a)", P, "Aux 1 bis) et 3) du a)" + rep, []string{P[0], P[1], P[2], P[3], "1 bis) Le maire voit ;", P[5], "3) Le maire range ;", P[7], P[8], P[9]}},
		{"les 2) et 1): refused", P, "Supprimer les 2) et 1) du a).", nil},
		{"les 1 bis) à 3): refused", P, "Supprimer les 1 bis) à 3) du a).", nil},
		{"les 3) et 4): none, refused", P, "Supprimer les 3) et 4) du a).", nil},
		{"les 1) et 2), two 1): refused", P, "Supprimer les 1) et 2).", nil},
		{"les 1) et 2) et le 3): refused", P, "Supprimer les 1) et 2) et le 3) du a).", nil},
	})
}
