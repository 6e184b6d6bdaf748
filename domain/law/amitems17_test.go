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
