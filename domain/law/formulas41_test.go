package law

import "testing"

// TestGrammarBill4EndDeletedKeepsSpace: "après le mot : « meubles », la
// fin de l'alinéa est supprimée" on "1° Les meubles et les tables ;"
// leaves "1° Les meubles ;": the space before the semicolon (or colon)
// that closes it stays, a non-breaking one as it was (it gave
// "meubles;"); a period still follows the last word.
func TestGrammarBill4EndDeletedKeepsSpace(t *testing.T) {
	I := []string{"Sont exclus, en tout état de cause :", "1° Les meubles et les tables ;", "2° Les immeubles et les terrains."}
	runGrammar(t, []grammarCase{
		{name: "a semicolon", before: I, text: []string{"Au 1° de l'article L. 1 du code civil, après le mot : « meubles », la fin de l'alinéa est supprimée."}, want: []string{I[0], "1° Les meubles ;", I[2]}},
		{name: "a colon", before: I, text: []string{"Au premier alinéa de l'article L. 1 du code civil, après le mot : « exclus », la fin de l'alinéa est supprimée."}, want: []string{"Sont exclus :", I[1], I[2]}},
		{name: "a non-breaking space", before: []string{"1° Les meubles et les tables\u00a0;"}, text: []string{"À l'article L. 1 du code civil, après le mot : « meubles », la fin de l'alinéa est supprimée."}, want: []string{"1° Les meubles\u00a0;"}},
		{name: "a period", before: I, text: []string{"Au 2° de l'article L. 1 du code civil, après le mot : « immeubles », la fin de l'alinéa est supprimée."}, want: []string{I[0], I[1], "2° Les immeubles."}},
	})
}
