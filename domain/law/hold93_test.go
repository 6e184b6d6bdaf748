package law

import "testing"

// TestHold93SeveralCodesAsOnePlace: two codes (or a code and the livre
// des procédures fiscales) named as one place, joined by a comma, "et"
// or "ainsi que" — "Dans le code civil et le code de commerce, …",
// "Dans l'ensemble du code civil et du code de commerce", "Le code civil
// et le code de commerce sont ainsi modifiés :" — are refused: the second
// was dropped, or read into the first's name (a code of no article, the
// edits going nowhere). Each article with its code, "Aux articles L. 1
// du code civil et L. 1 du code de commerce", "À l'article L. 1 du code
// civil et à l'article L. 1 du code de commerce", is read.
func TestHold93SeveralCodesAsOnePlace(t *testing.T) {
	op := ", le mot : « juge » est remplacé par le mot : « maire »."
	for _, text := range [][]string{
		{"Dans le code civil et le code de commerce" + op},
		{"Dans le code civil et dans le code de commerce" + op},
		{"Dans l'ensemble du code civil et du code de commerce" + op},
		{"Dans le code civil, le code de commerce et le code rural" + op},
		{"Dans le code général des impôts ainsi que dans le livre des procédures fiscales" + op},
		{"Le code civil et le code de commerce sont ainsi modifiés :", "1° À l'article L. 1" + op},
	} {
		for _, refs := range holdRefs(t, text...) {
			if refs != nil {
				t.Errorf("%q: edits %v, want refused", text, refs)
			}
		}
	}
	both := []CodeRef{{Code: "code civil", Article: "l1"}, {Code: "code de commerce", Article: "l1"}}
	for _, text := range []string{
		"Aux articles L. 1 du code civil et L. 1 du code de commerce" + op,
		"À l'article L. 1 du code civil et à l'article L. 1 du code de commerce" + op,
		"L'article L. 1 du code civil et l'article L. 1 du code de commerce sont abrogés.",
	} {
		got := holdRefs(t, text)
		if len(got) != 1 || len(got[0]) != 2 || got[0][0] != both[0] || got[0][1] != both[1] {
			t.Errorf("%q: edits %v, want %v", text, got, both)
		}
	}
}
