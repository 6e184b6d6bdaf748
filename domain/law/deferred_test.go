package law

import "testing"

// TestGrammarDeferredAtTheStart: "À compter du 1er janvier 2030, …" takes
// effect at that date, as "… est abrogé à compter du …" does: flagged,
// not applied to the law in force; "à compter de la publication" is not a
// date.
func TestGrammarDeferredAtTheStart(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"À compter du 1er janvier 2030, l'article L. 1 du code civil est abrogé.", "À compter de la publication de la présente loi, l'article L. 2 du code civil est abrogé."}}})
	if len(ins) != 2 || ins[0].Status != Unparsed || ins[1].Status != Parsed {
		t.Fatalf("%+v", ins)
	}
}
