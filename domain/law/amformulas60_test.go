package law

import "testing"

// TestAm6RomanPeriodLatin: a paragraph typed "IV.bis -" is the IV bis, as
// "IVbis.-" is: after the IV, an insertion by the alinéa's number.
func TestAm6RomanPeriodLatin(t *testing.T) {
	P := []string{"IV. – Le maire signe.", "V. – Le juge tranche."}
	runAmendments(t, []amCase{
		{"IV.bis - after the IV", P, "Après l'alinéa 1, insérer l'alinéa suivant :\n\n« IV.bis - Le greffier note. »", []string{P[0], "IV.bis - Le greffier note.", P[1]}},
	})
	if l, k := label("IV.bis - Le greffier note."); l != "iv bis" || k != 'r' {
		t.Errorf("label %q %c, want iv bis", l, k)
	}
}

// TestAm6NewItemRankAmidItems: a new item placed by an alinéa's number
// ("Après l'alinéa 4, insérer l'alinéa suivant : « 1° bis … »", "Avant
// l'alinéa 2, …") whose label does not rank between the items of its
// kind around its place says two places: refused (the 1° bis went after the
// 3°, whose period became a semicolon). A quoted item is compared with
// its quotation's items only; a paragraph typed "IV.bis -" is the IV bis.
func TestAm6NewItemRankAmidItems(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° Le maire signe ;", "2° Le maire lit ;", "3° Le juge tranche."}
	Q := []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire peut :", "« 1° Signer ;", "« 2° Dater. »", "II. – Le juge tranche."}
	P := []string{"IV. – Le maire signe.", "V. – Le juge tranche."}
	runAmendments(t, []amCase{
		{"a 1° bis after the 3°: refused", A, "Après l'alinéa 4, insérer l'alinéa suivant :\n\n« 1° bis Le greffier note. »", nil},
		{"a 1° bis before the 1°: refused", A, "Avant l'alinéa 2, insérer l'alinéa suivant :\n\n« 1° bis Le greffier note ; »", nil},
		{"a 1° bis after the 1°", A, "Après l'alinéa 2, insérer l'alinéa suivant :\n\n« 1° bis Le greffier note ; »", []string{A[0], A[1], "1° bis Le greffier note ;", A[2], A[3]}},
		{"a 4° completing the article", A, "Compléter cet article par un alinéa ainsi rédigé :\n\n« 4° Le greffier note. »", []string{A[0], A[1], A[2], "3° Le juge tranche ;", "4° Le greffier note."}},
		{"a quoted 1° bis after the quoted 1°", Q, "Après l'alinéa 3, insérer l'alinéa suivant :\n\n« 1° bis Viser ; »", []string{Q[0], Q[1], Q[2], "« 1° bis Viser ;", Q[3], Q[4]}},
		{"a quoted 1° bis after the quoted 2°: refused", Q, "Après l'alinéa 4, insérer l'alinéa suivant :\n\n« 1° bis Viser. »", nil},
		{"IV.bis - after the V: refused", P, "Après l'alinéa 2, insérer l'alinéa suivant :\n\n« IV.bis - Le greffier note. »", nil},
	})
}

// TestAm6ComposedItemsAtRank: amendments that insert items after the same
// alinéa, composed, put them at their ranks: "Après l'alinéa 2, insérer
// un 1° bis" adopted after "Après l'alinéa 2, insérer un 1° quater" goes
// before the 1° quater (it went after it).
func TestAm6ComposedItemsAtRank(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° Le maire signe ;", "2° Le maire lit."}
	want := []string{A[0], A[1], "1° bis Le greffier note ;", "1° ter Le juge lit ;", "1° quater Le préfet vise ;", A[2]}
	wantComposed(t, "1° bis after 1° quater", A, [][]string{{
		"Après l'alinéa 2, insérer l'alinéa suivant :\n\n« 1° quater Le préfet vise ; »",
		"Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n\n« 1° bis Le greffier note ; »\n\n« 1° ter Le juge lit ; »",
	}}, want)
}

// TestAm6NewDivisionBeforeItems: a new division placed by an alinéa's
// number before an item of a lower kind — "Après l'alinéa 2, insérer : «
// I bis. – … »" where the I's 2° follows, "un 1° bis" before the 1°'s b)
// — would take that item from the division before it (the 2° became the
// I bis's): refused. After the I's last item, before the II, read.
func TestAm6NewDivisionBeforeItems(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est modifié :", "a) Le mot : « A » est supprimé ;", "b) Le mot : « B » est supprimé ;", "2° L'article L. 2 est abrogé.", "II. – Le décret est modifié."}
	runAmendments(t, []amCase{
		{"I bis before the I's 2°: refused", A, "Après l'alinéa 3, insérer un paragraphe ainsi rédigé :\n\n« I bis. – La loi est modifiée. »", nil},
		{"1° bis before the 1°'s b: refused", A, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n\n« 1° bis L'article L. 0 est abrogé ; »", nil},
		{"I bis before the II", A, "Après l'alinéa 5, insérer un paragraphe ainsi rédigé :\n\n« I bis. – La loi est modifiée. »", []string{A[0], A[1], A[2], A[3], A[4], "I bis. – La loi est modifiée.", A[5]}},
		{"1° bis before the 2°", A, "Après l'alinéa 4, insérer un alinéa ainsi rédigé :\n\n« 1° bis L'article L. 0 est abrogé ; »", []string{A[0], A[1], A[2], A[3], "1° bis L'article L. 0 est abrogé ;", A[4], A[5]}},
	})
}

// TestAm6NewItemLabelThere: "Après le 1°, insérer un 1° bis" where the
// bill article's 1° bis follows already (or "un 1° ter" before the 1°
// bis) puts two items of one label in the list, or out of their order:
// refused, in amendments as in bills (the second 1° bis was inserted);
// "…°" left to number there is refused too.
func TestAm6NewItemLabelThere(t *testing.T) {
	A := []string{"I. – Le code est ainsi modifié :", "1° L'article L. 1 est abrogé ;", "1° bis L'article L. 2 est abrogé ;", "2° L'article L. 3 est abrogé."}
	runAmendments(t, []amCase{
		{"a second 1° bis: refused", A, "Après le 1°, insérer un 1° bis ainsi rédigé :\n\n« 1° bis L'article L. 0 est abrogé ; »", nil},
		{"a 1° ter before the 1° bis: refused", A, "Après le 1°, insérer un 1° ter ainsi rédigé :\n\n« 1° ter L'article L. 0 est abrogé ; »", nil},
		{"left to number before the 1° bis: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« …° L'article L. 0 est abrogé ; »", nil},
		{"a 1° ter after the 1° bis", A, "Après le 1° bis, insérer un 1° ter ainsi rédigé :\n\n« 1° ter L'article L. 0 est abrogé ; »", []string{A[0], A[1], A[2], "1° ter L'article L. 0 est abrogé ;", A[3]}},
	})
}

// TestAm6NewBlockNumberedLine: the rank of a block of new alinéas is its
// first numbered line's — "« Le juge statue. » / « II. – … »" inserted
// before the article's II puts a second II (the unnumbered line before
// it hid it: both went in). A new article's parts ("« Art. …. – I. – …",
// "« II. – …") are its own, whatever the article before numbers.
func TestAm6NewBlockNumberedLine(t *testing.T) {
	P := []string{"I. – Le maire signe.", "Le juge tranche.", "II. – Le préfet vise."}
	Q := []string{"I. – Le code est ainsi modifié :", "« Art. L. 1. – I. – Le maire signe.", "« II. – Le juge tranche.", "« III. – Le préfet vise. »"}
	runAmendments(t, []amCase{
		{"a second II after an unnumbered line: refused", P, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n\n« Le juge statue.\n\n« II. – Le greffier note. »", nil},
		{"a I bis after an unnumbered line", P, "Après l'alinéa 2, insérer deux alinéas ainsi rédigés :\n\n« Le juge statue.\n\n« I bis. – Le greffier note. »", []string{P[0], P[1], "Le juge statue.", "I bis. – Le greffier note.", P[2]}},
		{"a new article's parts", Q, "Après l'alinéa 4, insérer deux alinéas ainsi rédigés :\n\n« Art. L. 2. – I. – Le juge lit.\n\n« II. – Le greffier note. »", []string{Q[0], Q[1], Q[2], "« III. – Le préfet vise.", "« Art. L. 2. – I. – Le juge lit.", "« II. – Le greffier note. »"}},
	})
}
