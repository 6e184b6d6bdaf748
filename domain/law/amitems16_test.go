package law

import (
	"strings"
	"testing"
)

// amI16L is a bill article whose 1° and 2° both hold an a) and a b).
var amI16L = []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date ;", "b) Le juge vise.", "2° Le juge part :", "a) Le greffier date ;", "b) Le greffier vise."}

// TestAmItems16LetterAnnounced: a lettered item announced with its
// parenthesis — "Après le a) du 1°, insérer un a bis) ainsi rédigé",
// "Compléter le 1° par un c) ainsi rédigé" — is read as announced
// without it ("un a bis ainsi rédigé", letterParenAnnounced): "un a
// bis)" was refused. The new text's label must agree with the
// announcement ("a ter)" or no label under "un a bis)": refused), and
// the place must be one ("Après le a)" where the 1° and the 2° both hold
// an a): refused).
func TestAmItems16LetterAnnounced(t *testing.T) {
	L := amI16L
	abis := []string{L[0], L[1], L[2], "a bis) Le juge voit ;", L[3], L[4], L[5], L[6]}
	runAmendments(t, []amCase{
		{"après le a) du 1°, un a bis)", L, "Après le a) du 1°, insérer un a bis) ainsi rédigé :\n« a bis) Le juge voit ; »", abis},
		{"après le a du 1°, un a bis", L, "Après le a du 1°, insérer un a bis ainsi rédigé :\n« a bis) Le juge voit ; »", abis},
		{"compléter le 1° par un c)", L, "Compléter le 1° par un c) ainsi rédigé :\n« c) Le juge dort. »", []string{L[0], L[1], L[2], "b) Le juge vise ;", "c) Le juge dort.", L[4], L[5], L[6]}},
		{"un a bis) under a ter): refused", L, "Après le a) du 1°, insérer un a bis) ainsi rédigé :\n« a ter) Le juge voit ; »", nil},
		{"un a bis) unlabelled: refused", L, "Après le a) du 1°, insérer un a bis) ainsi rédigé :\n« Le juge voit ; »", nil},
		{"un c) under d): refused", L, "Compléter le 1° par un c) ainsi rédigé :\n« d) Le juge dort. »", nil},
		{"après le a), two a): refused", L, "Après le a), insérer un a bis) ainsi rédigé :\n« a bis) Le juge voit ; »", nil},
	})
}

// TestAmItems16SenatItemLine: the Sénat's locator line "Alinéa 3, a)" or
// "Alinéa 3, 1)" then its instruction lines is the item that alinéa is:
// where the article holds two a), the one whose line the alinéa 3 is
// (itemIsTheAlinea; it was refused, "found twice"), and "Alinéa 3, 1)"
// the 1) (it was refused, "words not found": the line was not read as
// an item). An alinéa that is none of the items so labelled is refused
// with its reason, as one that is not the item found once elsewhere
// ("Alinéa 4, 1)", the alinéa 4 the 2)) or a label the article lacks;
// "À l'alinéa 3, 1), …" on one line is refused (amAlineaParenItem), as
// "À l'alinéa 5, a), …" is.
func TestAmItems16SenatItemLine(t *testing.T) {
	L := amI16L
	P := []string{"I. – Le maire signe :", "1° Le juge lit :", "1) Le juge date ;", "2) Le juge vise.", "2° Le juge part."}
	Q := []string{"I. – Le maire signe :", "1° Le juge lit :", "a) Le juge date ;", "b) Le juge vise.", "2° Le juge part."}
	rep := "\nRemplacer le mot :\njuge\npar le mot :\nmaire"
	runAmendments(t, []amCase{
		{"Alinéa 3, a): the 1°'s a)", L, "Alinéa 3, a)" + rep, []string{L[0], L[1], "a) Le maire date ;", L[3], L[4], L[5], L[6]}},
		{"Alinéa 6, a): the 2°'s a)", L, "Alinéa 6, a)\nRemplacer le mot :\ngreffier\npar le mot :\nmaire", []string{L[0], L[1], L[2], L[3], L[4], "a) Le maire date ;", L[6]}},
		{"Alinéa 3, a): deleted", L, "Alinéa 3, a)\nSupprimer cet alinéa.", []string{L[0], L[1], "a) (Supprimé)", L[3], L[4], L[5], L[6]}},
		{"Alinéa 3, a): rewritten", L, "Alinéa 3, a)\nRédiger ainsi cet alinéa :\na) Le juge voit ;", []string{L[0], L[1], "a) Le juge voit ;", L[3], L[4], L[5], L[6]}},
		{"Alinéa 3, a): one a)", Q, "Alinéa 3, a)" + rep, []string{Q[0], Q[1], "a) Le maire date ;", Q[3], Q[4]}},
		{"Alinéa 3, 1)", P, "Alinéa 3, 1)" + rep, []string{P[0], P[1], "1) Le maire date ;", P[3], P[4]}},
		{"Alinéa 2, a): the 1°, no a): refused", L, "Alinéa 2, a)" + rep, nil},
		{"Alinéa 5, a): the 2°, no a): refused", L, "Alinéa 5, a)" + rep, nil},
		{"Alinéa 4, 1): the 2): refused", P, "Alinéa 4, 1)" + rep, nil},
		{"Alinéa 3, 1): no 1): refused", Q, "Alinéa 3, 1)" + rep, nil},
		{"À l'alinéa 3, 1), …: refused", P, "À l'alinéa 3, 1), remplacer le mot : « juge » par le mot : « maire ».", nil},
	})
}

// TestAmItems16TwiceReason: the Sénat's "Alinéa 5, a)" where the article
// holds two a) and the alinéa 5 is neither is refused with its reason
// (not "words not found", nor "found twice" alone).
func TestAmItems16TwiceReason(t *testing.T) {
	r := ApplyAmendment(Article{Number: "1", Alineas: amI16L}, "Alinéa 5, a)\nRemplacer le mot :\njuge\npar le mot :\nmaire")
	if r.Applied || len(r.Unparsed) != 1 {
		t.Fatalf("applied or not one refusal: %v %q", r.Applied, r.Unparsed)
	}
	if want := "the alinéa named beside it is none of them"; !strings.Contains(r.Unparsed[0], want) {
		t.Errorf("reason %q, want %q", r.Unparsed[0], want)
	}
}
