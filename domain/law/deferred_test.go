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

// TestGrammarDeferredAnywhere: a date from which an instruction takes
// effect anywhere in it ("Au I de l'article L. 1, à compter du 1er
// janvier 2030, le mot …") defers it, as at the start (it was applied at
// once); a context deferred so ("À compter du 1er janvier 2030, l'article
// L. 1 est ainsi modifié :", "Sont abrogés, à compter du … :") defers its
// items, which are refused with it (they were applied at once, or passed
// over as autonomous provisions).
func TestGrammarDeferredAnywhere(t *testing.T) {
	P := []string{"I. – Un.", "II. – Deux."}
	runGrammar(t, []grammarCase{
		{name: "in the middle", before: P, text: []string{"Au I de l'article L. 1 du code civil, à compter du 1er janvier 2030, le mot : « Un » est remplacé par le mot : « Zéro »."}},
		{name: "a context", before: P, text: []string{"À compter du 1er janvier 2030, l'article L. 1 du code civil est ainsi modifié :", "1° Le II est abrogé."}},
		{name: "a context, the date last", before: P, text: []string{"L'article L. 1 du code civil est ainsi modifié à compter du 1er janvier 2030 :", "1° Le II est abrogé."}},
		{name: "the date in new words", before: P, text: []string{"Au I de l'article L. 1 du code civil, le mot : « Un » est remplacé par les mots : « Un à compter du 1er janvier 2030 »."}, want: []string{"I. – Un à compter du 1er janvier 2030.", P[1]}},
	})
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Sont abrogés, à compter du 1er janvier 2030 :", "1° L'article L. 1 du code civil ;", "2° L'article L. 2 du code civil."}}})
	if len(ins) != 3 || ins[1].Status != Unparsed || ins[2].Status != Unparsed {
		t.Fatalf("%+v", ins)
	}
	// The next part, not deferred, applies.
	ins = ParseInstructions([]Article{{Number: "1", Alineas: []string{"I. – À compter du 1er janvier 2030, l'article L. 1 du code civil est ainsi modifié :", "1° Le II est abrogé.", "II. – L'article L. 1 du code civil est ainsi modifié :", "1° Le I est abrogé."}}})
	if len(ins) != 4 || ins[1].Status != Unparsed || ins[2].Status != Context || ins[3].Status != Parsed {
		t.Fatalf("%+v", ins)
	}
}
