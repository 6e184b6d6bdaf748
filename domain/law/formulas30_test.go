package law

import "testing"

// TestGrammarCompleteWithSentence: words that complete an alinéa and are a
// sentence of their own — a capital first, a period last ("est complété
// par les mots : « Il signe. »", an amendment's "Compléter l'alinéa 1 par
// les mots : « Il signe. »") — go after the alinéa's period; they took its
// place ("Le maire agit Il signe."). Words that complete the sentence
// still go before it, or bring their own punctuation.
func TestGrammarCompleteWithSentence(t *testing.T) {
	A := []string{"Le maire agit.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "a sentence, straight quotes", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : \"Il signe.\"."}, want: []string{"Le maire agit. Il signe.", A[1]}},
		{name: "a sentence, guillemets", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « Il signe. »"}, want: []string{"Le maire agit. Il signe.", A[1]}},
		{name: "words of the sentence", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « et signe »."}, want: []string{"Le maire agit et signe.", A[1]}},
		{name: "words with their own punctuation", before: A, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « ; il signe. »"}, want: []string{"Le maire agit ; il signe.", A[1]}},
	})
	runAmendments(t, []amCase{
		{"amendment: a sentence", A, "Compléter l'alinéa 1 par les mots : « Il signe. »", []string{"Le maire agit. Il signe.", A[1]}},
		{"amendment: words", A, "Compléter l'alinéa 1 par les mots : « , puis signe »", []string{"Le maire agit, puis signe.", A[1]}},
	})
}

// TestPartStatusOfSeveral: a status after several parts' labels — "II et
// III. – (Supprimés)", "2° à 4° (Supprimés)", "a) et b) (Supprimés)",
// "B et C. – (Supprimés)", "2°, 3° et 5° (Supprimés)" — is the status of
// each, as after one ("II. – (Supprimé)"); it was an instruction not
// understood, flagged.
func TestPartStatusOfSeveral(t *testing.T) {
	for text, want := range map[string]string{
		"II et III. – (Supprimés)": "deleted", "2° à 4° (Supprimés)": "deleted", "a) et b) (Supprimés)": "deleted",
		"A. – (Supprimé)": "deleted", "B et C. – (Supprimés)": "deleted", "2°, 3° et 5° (Supprimés)": "deleted",
		"III bis et IV. – (Non modifiés)": "unchanged", "II. – Le code est modifié.": "", "A la fin, (Supprimé)": "",
	} {
		_, body := enumeration(text)
		if got := partStatus(body); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"I. – L'article L. 1 du code civil est abrogé.", "II et III. – (Supprimés)"}}})
	if len(ins) != 1 || ins[0].Status != Parsed {
		t.Errorf("got %+v, want the I only", ins)
	}
}

// TestPartStatusElided: a line of dots or ellipses alone ("………………",
// "..........", ". . . .") is a part a text leaves out as unchanged
// since an earlier reading: passed over, the context kept, the items
// after it in their place.
func TestPartStatusElided(t *testing.T) {
	for _, dots := range []string{"……………………………………", "..........", ". . . . . . . .", "…"} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est supprimé ;", dots, "3° Le dernier alinéa est supprimé."}}})
		if len(ins) != 3 || ins[1].Status != Parsed || ins[2].Status != Parsed || ins[2].Edits[0].Scope.Ref.Article != "l1" {
			t.Errorf("%q: got %+v", dots, ins)
		}
	}
	for _, text := range []string{"Le maire agit...", "II. – (Supprimé) …"} {
		if reOmitted.MatchString(text) {
			t.Errorf("%q read as a line of dots", text)
		}
	}
}
