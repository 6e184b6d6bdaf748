package law

import (
	"fmt"
	"testing"
)

func TestCompoundOrdinals(t *testing.T) {
	for w, n := range map[string]int{
		"vingt et unieme": 21, "vingt-et-unieme": 21, "vingt-deuxieme": 22, "trentieme": 30,
		"trente et unieme": 31, "trente-septieme": 37, "quarante-sixieme": 46, "cinquante-neuvieme": 59,
		"soixante-dixieme": 70, "soixante et onzieme": 71, "soixante-douzieme": 72, "soixante-dix-neuvieme": 79,
		"quatre-vingtieme": 80, "quatre-vingt-unieme": 81, "quatre-vingt-dixieme": 90,
		"quatre-vingt-onzieme": 91, "quatre-vingt-dix-neuvieme": 99,
	} {
		if got := ordValue[w]; got != n {
			t.Errorf("ordValue[%q] = %d, want %d", w, got, n)
		}
	}
	seen := map[int]bool{}
	for _, n := range compoundValue {
		seen[n] = true
	}
	for n := 21; n <= 99; n++ {
		if !seen[n] {
			t.Errorf("rank %d has no word", n)
		}
		if rankName(n) == "" || ordValue[asciiLower(foldAccents(rankName(n)))] != n {
			t.Errorf("rankName(%d) = %q, not read back", n, rankName(n))
		}
	}
	if rankName(21) != "vingt et unième" {
		t.Errorf("rankName(21) = %q", rankName(21))
	}
}

// TestGrammarCompoundRanks: ranks past the twentieth, in words or digits
// ("le vingt-deuxième alinéa", "les trente et unième et trente-septième
// alinéas", "au 23e alinéa"), as long articles of the tax code need them.
func TestGrammarCompoundRanks(t *testing.T) {
	var B []string
	for i := 1; i <= 40; i++ {
		B = append(B, fmt.Sprintf("Alinéa %d.", i))
	}
	without := func(drop ...int) []string {
		var out []string
		for i, a := range B {
			keep := true
			for _, d := range drop {
				if i+1 == d {
					keep = false
				}
			}
			if keep {
				out = append(out, a)
			}
		}
		return out
	}
	with := func(i int, s string) []string {
		out := append([]string(nil), B...)
		out[i-1] = s
		return out
	}
	runGrammar(t, []grammarCase{
		{name: "le vingt-deuxième alinéa est supprimé", before: B, text: []string{"Le vingt-deuxième alinéa de l'article L. 1 du code civil est supprimé."}, want: without(22)},
		{name: "au vingt et unième alinéa, le mot", before: B, text: []string{"Au vingt et unième alinéa de l'article L. 1 du code civil, le mot : « Alinéa » est remplacé par le mot : « Ligne »."}, want: with(21, "Ligne 21.")},
		{name: "les trente et unième et trente-septième alinéas", before: B, text: []string{"Les trente et unième et trente-septième alinéas de l'article L. 1 du code civil sont supprimés."}, want: without(31, 37)},
		{name: "au 23e alinéa", before: B, text: []string{"Au 23e alinéa de l'article L. 1 du code civil, le mot : « Alinéa » est remplacé par le mot : « Ligne »."}, want: with(23, "Ligne 23.")},
		{name: "le quarantième alinéa", before: B, text: []string{"Le quarantième alinéa de l'article L. 1 du code civil est supprimé."}, want: without(40)},
		{name: "le quarante et unième alinéa of forty: refused", before: B, text: []string{"Le quarante et unième alinéa de l'article L. 1 du code civil est supprimé."}},
	})
	runAmendments(t, []amCase{
		{"compléter le vingt-deuxième alinéa", B, "Compléter le vingt-deuxième alinéa par les mots : « bis »", with(22, "Alinéa 22 bis.")},
	})
}
