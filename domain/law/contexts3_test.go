package law

import "testing"

// TestGrammarPartDashes: part numbers with whichever dash the source
// prints ("I. –", "I. ―", "I.-", "I bis. –", "A. –"), and a place alone
// ending with a colon as the context of the items under it.
func TestGrammarPartDashes(t *testing.T) {
	B := []string{"Le maire agit.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "I. – (en dash), A. – parts", before: B, text: []string{"I. – Le code civil est ainsi modifié :", "A. – L'article L. 1 est ainsi modifié :", "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Le second alinéa est supprimé ;", "B. – L'article L. 2 est abrogé."}, more: map[string][]string{"L2": {"X."}}, want: []string{"Le préfet agit."}},
		{name: "dashes under a)", before: B, text: []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Le premier alinéa est ainsi modifié :", "- le mot : « maire » est remplacé par le mot : « préfet » ;", "- le mot : « agit » est remplacé par le mot : « décide » ;", "b) Le second alinéa est supprimé."}, want: []string{"Le préfet décide."}},
		{name: "a) Au premier alinéa : then i), ii): a place alone is a context", before: B, text: []string{"Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi modifié :", "a) Au premier alinéa :", "i) le mot : « maire » est remplacé par le mot : « préfet » ;", "ii) le mot : « agit » est remplacé par le mot : « décide » ;"}, want: []string{"Le préfet décide.", "Le juge tranche."}},
	})
}

func TestEnumerationDashes(t *testing.T) {
	for _, l := range []string{"I. - X", "I. – X", "I. ― X", "I.-X", "I. ‑ X", "I bis. – X", "II A. – X", "B. – X", "B bis. – X", "3. – X"} {
		if level, body := enumeration(l); level < 0 || body != "X" {
			t.Errorf("%q: level %d, body %q", l, level, body)
		}
	}
	for _, l := range []string{"Il est inséré", "À l'article L. 1 :"} {
		if level, _ := enumeration(l); level >= 0 {
			t.Errorf("%q read as a part number", l)
		}
	}
}
