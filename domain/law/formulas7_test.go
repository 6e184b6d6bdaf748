package law

import "testing"

// TestGrammarFormulas7: whole codes, parts holding only their status,
// joined locators, operations left after word operations, and sentence
// bounds around abbreviations.
func TestGrammarFormulas7(t *testing.T) {
	B := []string{"Le maire agit.", "Le juge tranche."}
	runGrammar(t, []grammarCase{
		{name: "toutes les dispositions législatives: no text named, refused", before: B, text: []string{"Dans toutes les dispositions législatives, les mots : « maire » sont remplacés par les mots : « préfet »."}, want: nil},
		{name: "dans l'ensemble du code: every article of it that has the words", before: B, more: map[string][]string{"L2": {"Le maire signe."}}, text: []string{"Dans l'ensemble du code civil, les mots : « maire » sont remplacés par les mots : « préfet »."}, want: []string{"Le préfet agit.", "Le juge tranche."}},
		{name: "a semicolon joins two locators, the second with du même article", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » ; au second alinéa du même article, le mot : « juge » est remplacé par le mot : « greffier »."}, want: []string{"Le préfet agit.", "Le greffier tranche."}},
		{name: "au début du premier alinéa, les mots", before: B, text: []string{"Au début du premier alinéa de l'article L. 1 du code civil, les mots : « Le maire » sont remplacés par les mots : « Le préfet »."}, want: []string{"Le préfet agit.", "Le juge tranche."}},
		{name: "an autonomous provision edits nothing", before: B, text: []string{"À titre expérimental, pour une durée de trois ans, l'article L. 1 du code civil est applicable aux communes."}, want: B},
		// Both applied, the second alinéa the article's (it was
		// refused): TestLeft10WordsThenSiblingDeleted.
		{name: "a word operation and a deletion joined by et: both applied", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et le second alinéa est supprimé."}, want: []string{"Le préfet agit."}},
		{name: "1° (Supprimé) in a bill: nothing to apply", before: B, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° (Supprimé)", "2° Le second alinéa est supprimé."}, want: []string{"Le maire agit."}},
		{name: "dans le code civil: every article of it", before: B, text: []string{"Dans le code civil, les mots : « maire » sont remplacés par les mots : « préfet »."}, more: map[string][]string{"L2": {"Le maire signe."}}, want: []string{"Le préfet agit.", "Le juge tranche."}},
		{name: "2° (nouveau)", before: B, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet » ;", "2° (nouveau) Le second alinéa est supprimé."}, want: []string{"Le préfet agit."}},
		{name: "elided verb after a comma and et", before: B, text: []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet », et le mot : « agit » par le mot : « décide »."}, want: []string{"Le préfet décide.", "Le juge tranche."}},
		{name: "words ending with a period", before: B, text: []string{"À l'article L. 1 du code civil, les mots : « Le maire agit. » sont remplacés par les mots : « Le préfet agit. »"}, want: []string{"Le préfet agit.", "Le juge tranche."}},
		{name: "two spaces between sentences", before: []string{"Le maire agit.  Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit."}},
		{name: "parentheses inside a sentence", before: []string{"Le maire (ou son adjoint) agit. Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire (ou son adjoint) agit."}},
		{name: "l'art. 3: an abbreviation before a number", before: []string{"Selon l'art. 3 du code, le maire agit. Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Selon l'art. 3 du code, le maire agit."}},
		{name: "(art. L. 2): an abbreviation before a capital is no sentence end", before: []string{"Le maire agit (art. L. 2). Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit (art. L. 2)."}},
		{name: "l'article L. 2. ends a sentence", before: []string{"Le maire agit selon l'article L. 2. Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit selon l'article L. 2."}},
		{name: "l'article 1er. ends a sentence", before: []string{"Le maire agit selon l'article 1er. Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit selon l'article 1er."}},
		{name: "a colon inside a sentence", before: []string{"Le maire agit : il signe. Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit : il signe."}},
		{name: "a semicolon inside a sentence", before: []string{"Le maire agit ; il signe. Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit ; il signe."}},
		{name: "la dernière phrase after an abbreviation", before: []string{"Le maire agit (voir l'art. 2). Le juge tranche. M. Dupont signe."}, text: []string{"La dernière phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le maire agit (voir l'art. 2). Le juge tranche."}},
		{name: "a decimal comma", before: []string{"Le montant est de 1,5 million d'euros. Le juge tranche."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le montant est de 1,5 million d'euros."}},
		{name: "etc. ends a sentence", before: []string{"Le maire agit, etc. Le juge tranche."}, text: []string{"La première phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Le juge tranche."}},
		{name: "the whole code named last", before: B, more: map[string][]string{"L2": {"Le maire signe."}}, text: []string{"Les mots : « maire » sont remplacés par les mots : « préfet » dans l'ensemble du code civil."}, want: []string{"Le préfet agit.", "Le juge tranche."}},
		{name: "dans le code civil named last", before: B, text: []string{"Le mot : « juge » est remplacé par le mot : « greffier » dans le code civil."}, want: []string{"Le maire agit.", "Le greffier tranche."}},
	})
}

// TestPartStatus: "(Non modifié)" is flagged (its text is elsewhere),
// "(Supprimé)" is nothing to apply; the parts after them are read.
func TestPartStatus(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"I. – (Non modifié)", "II. – (Supprimé)", "III. – L'article L. 1 du code civil est abrogé."}}})
	if len(ins) != 2 || ins[0].Status != Unparsed || ins[0].Text != "I. – (Non modifié)" || ins[1].Status != Parsed {
		t.Fatalf("got %+v", ins)
	}
	for body, want := range map[string]string{"(Supprimé)": "deleted", "2° (Suppression maintenue)": "deleted", "(Non modifié)": "unchanged", "III bis. – (Conforme)": "unchanged", "(Supprimé) pour partie": "", "Le maire agit.": "", "I. – (Sans modification)": "unchanged", "2° (Sans changement)": "unchanged", "II. – (Alinéa sans modification)": "unchanged", "3° (Suppression  maintenue)": "deleted"} {
		if got := partStatus(body); got != want {
			t.Errorf("partStatus(%q) = %q, want %q", body, got, want)
		}
	}
}
