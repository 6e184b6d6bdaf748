package law

import "testing"

// TestAm5SubAmendmentNamedInPlace: a sub-amendment that names its
// amendment in its instruction's place, as the Assemblée writes one —
// "À l'alinéa 3 de l'amendement n° 10, substituer …", "Rédiger ainsi
// l'alinéa 1 de l'amendement n° 10 rectifié :" — edits that amendment's
// dispositif as "Amendement n° 10, alinéa 3" / … does (it was refused);
// without its amendment, or naming two, it is refused.
func TestAm5SubAmendmentNamedInPlace(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	parent := Dispositif{Number: "10", Text: "Alinéa 2\nRédiger ainsi cet alinéa :\n« B est signé et daté. »"}
	for _, tc := range []struct {
		name, sub string
		want      []string
	}{
		{"à l'alinéa 3 de l'amendement n° 10", "À l'alinéa 3 de l'amendement n° 10, substituer au mot : « signé » le mot : « remis ».", []string{"A est écrit.", "B est remis et daté."}},
		{"rectifié, in HTML", "<p>À l&#8217;alinéa 3 de l&#8217;amendement n°&nbsp;10 rectifié, supprimer les mots&nbsp;: «&nbsp;et daté&nbsp;».</p>", []string{"A est écrit.", "B est signé."}},
		{"Rédiger ainsi l'alinéa 1 de l'amendement", "Rédiger ainsi l'alinéa 1 de l'amendement n° 10 :\n« Alinéa 1 »", []string{"B est signé et daté.", "B est daté."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantSubAmendment(t, a, parent, Dispositif{Number: "12", Text: tc.sub}, tc.want)
		})
	}
	// Two amendments named: which one is not said.
	_, rs := ComposeNumbered(a, []Dispositif{parent, {Number: "11", Text: "Alinéa 1\nSupprimer cet alinéa."}, {Number: "12", Text: "À l'alinéa 3 de l'amendement n° 10, supprimer les mots : « et daté ». À l'alinéa 1 de l'amendement n° 11, supprimer le mot : « 1 »."}})
	if rs[2].Applied {
		t.Errorf("two amendments named: applied")
	}
}
