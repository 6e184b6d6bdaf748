package law

import (
	"strings"
	"testing"
)

// TestLang91PairsWithoutRespectively: several old words replaced by as
// many new ones pair up only with "respectivement" ("sont remplacés
// respectivement par", "remplacer respectivement …"): the k-th by the
// k-th. Without it, how they pair is not said — refused, in bills and
// amendments, even when the counts are equal; and the refusal says so
// (it said "respectivement" without as many new words, a word the
// instruction does not hold). With "respectivement" and counts that
// differ, refused as before.
func TestLang91PairsWithoutRespectively(t *testing.T) {
	A := []string{"Le maire signe le bail et le devis.", "Il lit."}
	P := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "respectivement", before: A, text: []string{P + "les mots : « bail » et « devis » sont remplacés respectivement par les mots : « contrat » et « titre »."}, want: []string{"Le maire signe le contrat et le titre.", A[1]}},
		{name: "without: refused", before: A, text: []string{P + "les mots : « bail » et « devis » sont remplacés par les mots : « contrat » et « titre »."}},
		{name: "each its noun, without: refused", before: A, text: []string{P + "le mot : « bail » et le mot : « devis » sont remplacés par les mots : « contrat » et « titre »."}},
	})
	for _, c := range []struct{ text, why string }{
		{P + "les mots : « bail » et « devis » sont remplacés par les mots : « contrat » et « titre ».", "without \"respectivement\": how they pair is not said"},
		{P + "les mots : « bail » et « devis » sont remplacés respectivement par les mots : « contrat », « titre » et « loi ».", "\"respectivement\" without as many new words as old ones"},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{c.text}}})
		if len(ins) != 1 || ins[0].Status != Unparsed || !strings.Contains(ins[0].Reason, c.why) {
			t.Errorf("%s: got %+v, want refused for %q", c.text, ins, c.why)
		}
	}
	runAmendments(t, []amCase{
		{"respectivement", A, "À l'alinéa 1, remplacer respectivement les mots : « bail » et « devis » par les mots : « contrat » et « titre ».", []string{"Le maire signe le contrat et le titre.", A[1]}},
		{"without: refused", A, "À l'alinéa 1, remplacer les mots : « bail » et « devis » par les mots : « contrat » et « titre ».", nil},
		{"substituer, without: refused", A, "À l'alinéa 1, substituer aux mots : « bail » et « devis » les mots : « contrat » et « titre ».", nil},
	})
}
