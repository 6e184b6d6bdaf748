package law

import "testing"

// TestGrammarTextAnaphora: the text named before, whatever the words that
// point back to it — "du code précité", "du code susmentionné", "du code
// susvisé" (read as a code named "précité": the edit went nowhere),
// "Ledit code est ainsi modifié :", "Ce code est ainsi modifié :" (refused:
// no target), "de cette loi", "Ladite loi est ainsi modifiée :".
func TestGrammarTextAnaphora(t *testing.T) {
	A := []string{"Le maire agit seul."}
	two := map[string][]string{"L2": {"Deux."}}
	first := "I. – L'article L. 2 du code civil est abrogé."
	runGrammar(t, []grammarCase{
		{name: "du code précité", before: A, more: two, text: []string{first, "II. – Au premier alinéa de l'article L. 1 du code précité, le mot : « seul » est supprimé."}, want: []string{"Le maire agit."}},
		{name: "du code susmentionné", before: A, more: two, text: []string{first, "II. – Au premier alinéa de l'article L. 1 du code susmentionné, le mot : « seul » est supprimé."}, want: []string{"Le maire agit."}},
		{name: "du code susvisé", before: A, more: two, text: []string{first, "II. – Au premier alinéa de l'article L. 1 du code susvisé, le mot : « seul » est supprimé."}, want: []string{"Le maire agit."}},
		{name: "ledit code est ainsi modifié", before: A, more: two, text: []string{first, "II. – Ledit code est ainsi modifié :", "1° Au premier alinéa de l'article L. 1, le mot : « seul » est supprimé."}, want: []string{"Le maire agit."}},
		{name: "ce code est ainsi modifié", before: A, more: two, text: []string{first, "II. – Ce code est ainsi modifié :", "1° Au premier alinéa de l'article L. 1, le mot : « seul » est supprimé."}, want: []string{"Le maire agit."}},
		{name: "no code before: précité refused", before: A, text: []string{"Au premier alinéa de l'article L. 1 du code précité, le mot : « seul » est supprimé."}},
	})
	// A law named before: "de cette loi", "Ladite loi est ainsi modifiée".
	for _, text := range [][]string{
		{"I. – L'article 2 de la loi n° 2000-321 du 12 avril 2000 est abrogé.", "II. – L'article 1er de cette loi est complété par les mots : « seul »."},
		{"I. – L'article 2 de la loi n° 2000-321 du 12 avril 2000 est abrogé.", "II. – Ladite loi est ainsi modifiée :", "1° L'article 1er est complété par les mots : « seul »."},
	} {
		c := Corpus{}
		for _, h := range []string{"1", "2"} {
			ref := CodeRef{Code: "loi 2000 321", Article: ArticleKey(h)}
			c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"Un."}}
		}
		got, errs := Apply(c, ParseInstructions([]Article{{Number: "1", Alineas: text}}), ApplyOptions{})
		if a := got[CodeRef{Code: "loi 2000 321", Article: "1"}].Alineas; len(errs) > 0 || len(a) != 1 || a[0] != "Un seul." {
			t.Errorf("%q: article 1 reads %q (%v), want \"Un seul.\"", text[1], a, errs)
		}
	}
}

// TestGrammarBareArticleSeveralCodes: an article named without its code
// is of the code the bill article named before it ("II. – Au premier
// alinéa de l'article L. 1, …" after "I. – … du code civil …") only while
// that article has named one text; after two, which is not said, and the
// instruction is refused (it took the last one named).
func TestGrammarBareArticleSeveralCodes(t *testing.T) {
	status := func(text ...string) []InstructionStatus {
		var out []InstructionStatus
		for _, in := range ParseInstructions([]Article{{Number: "1", Alineas: text}}) {
			out = append(out, in.Status)
		}
		return out
	}
	one := status("I. – L'article L. 2 du code civil est abrogé.", "II. – Au premier alinéa de l'article L. 1, le mot : « seul » est supprimé.")
	if len(one) != 2 || one[1] != Parsed {
		t.Errorf("one code named: %v, want the second parsed", one)
	}
	two := status("I. – L'article L. 2 du code civil est abrogé.", "II. – Le code de commerce est ainsi modifié :", "1° L'article L. 3 est abrogé.", "III. – Au premier alinéa de l'article L. 1, le mot : « seul » est supprimé.")
	if len(two) != 4 || two[3] != Unparsed {
		t.Errorf("two codes named: %v, want the last unparsed", two)
	}
	same := status("I. – L'article L. 2 du code civil est abrogé.", "II. – Le code de commerce est ainsi modifié :", "1° L'article L. 3 est abrogé.", "III. – Au premier alinéa de l'article L. 1 du même code, le mot : « seul » est supprimé.")
	if len(same) != 4 || same[3] != Parsed {
		t.Errorf("du même code: %v, want the last parsed", same)
	}
}
