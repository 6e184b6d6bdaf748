package law

import "testing"

// The object of a deletion or a rewrite is a place, or the amendment is
// refused: another noun deleted (rewrote) the locator's place whole.
func TestAmObject27NotAPlace(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Le maire signe.", "Le juge lit. Il part.", "1° Le clerc ;", "2° Le préfet."}}
	runAm27(t, art, []amCase27{
		// read: the place, its rank, its label, its start or end
		{name: "this alinéa", disp: []string{"Alinéa 1", "Supprimer cet alinéa."}, want: "Le juge lit. Il part. | 1° Le clerc ; | 2° Le préfet."},
		{name: "a sentence by rank", disp: []string{"Alinéa 2", "Supprimer la dernière phrase."}, want: "Le maire signe. | Le juge lit. | 1° Le clerc ; | 2° Le préfet."},
		{name: "a count of alinéas", disp: []string{"Supprimer les deux derniers alinéas."}, want: "Le maire signe. | Le juge lit. Il part. | 1° et 2° (Supprimé)"},
		{name: "an item's label", disp: []string{"Supprimer le 1°."}, want: "Le maire signe. | Le juge lit. Il part. | 1° (Supprimé) | 2° Le préfet."},
		{name: "rewritten, by rank", disp: []string{"Rédiger ainsi la première phrase de l'alinéa 2 :", "« Le greffier lit. »"}, want: "Le maire signe. | Le greffier lit. Il part. | 1° Le clerc ; | 2° Le préfet."},
		// refused: another noun, a rank with no noun
		{name: "a noun deleted", disp: []string{"Alinéa 2", "Supprimer le juge."}, err: errAmInstructionUnread24},
		{name: "a plural noun deleted", disp: []string{"À l'alinéa 3, supprimer les clercs."}, err: errAmInstructionUnread24},
		{name: "the rest", disp: []string{"Alinéa 2", "Supprimer le reste."}, err: errAmInstructionUnread24},
		{name: "a rank with no noun", disp: []string{"Alinéa 2", "Supprimer le premier."}, err: errAmInstructionUnread24},
		{name: "all", disp: []string{"Alinéa 2", "Supprimer tout."}, err: errAmInstructionUnread24},
		{name: "a noun rewritten", disp: []string{"À l'alinéa 2, rédiger ainsi le juge :", "« Le greffier »"}, err: errAmInstructionUnread24},
	}, nil)
}

// The words that open a place, one by one.
func TestAmObject27Heads(t *testing.T) {
	for obj, want := range map[string]bool{
		" cet alinea": true, " ces alineas": true, " l'alinea 3": true, " la derniere phrase de l'alinea 3": true,
		" le ii": true, " les a et b du 1°": true, " le 1°": true, " les 2° a 4°": true, " le iv de cet article": true,
		" les deux derniers tirets": true, " l'avant-derniere phrase": true, " ainsi la fin de cet alinea": true,
		" comme suit le dernier alinea": true, " ainsi le debut de l'alinea 1 jusqu'au mot": true, " cette ligne": true,
		" le juge": false, " les clercs": false, " le reste": false, " le premier": false, " tout": false,
		" ainsi le juge": false, " le contenu de l'alinea": false, " les deux derniers": false,
	} {
		if got := amObjectIsPlace27(obj); got != want {
			t.Errorf("%q: %v, want %v", obj, got, want)
		}
	}
}
