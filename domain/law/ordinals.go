package law

import (
	"slices"
	"strings"
)

// French ordinals from 21 to 99 (and the tens from 30), as the law writes
// them: "vingt et unième" (and "vingt-et-unième", the 1990 spelling),
// "vingt-deuxième", "trentième", "soixante et onzième", "soixante-douzième",
// "quatre-vingtième", "quatre-vingt-unième", "quatre-vingt-dix-neuvième".
// The words to "vingtième" are in ordWords itself.
var (
	// compoundValue maps each compound, folded (no accents), to its rank.
	compoundValue = compoundOrdinalValues()
	// compoundOrdinals is the compounds as a regexp alternation, folded,
	// longest first (so that no shorter word is taken for a part of one).
	compoundOrdinals = compoundAlternation(false)
	// compoundOrdinalsAcc is the same with their accents ("unième").
	compoundOrdinalsAcc = compoundAlternation(true)
)

func compoundOrdinalValues() map[string]int {
	out := frenchCompounds(
		[]string{"", "unieme", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme"},
		[]string{"dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme", "dix-septieme", "dix-huitieme", "dix-neuvieme"},
		[]string{"unieme"}, func(tens string) string { return strings.TrimSuffix(tens, "e") + "ieme" }, []string{"quatre-vingtieme"})
	out[hundredth28] = 100
	return out
}

// frenchCompounds gives French numbers from 21 to 99 (and the tens from
// 30) as the law writes them, folded, with their values, from the words
// of 1 to 9 (unit, unit[0] unused) and of 10 to 19 (teen): "vingt et X"
// for each X of ones ("un", "une"; "unieme") and "vingt-et-X", the 1990
// spelling; "vingt-deux"; each round ten from 30 by tensAlone ("trente",
// "trentieme"); "soixante-dix", "soixante et onze"; 80 as eighty says;
// "quatre-vingt-un", "quatre-vingt-dix-neuf", without "et". Cardinals
// and ordinals are built by it alike.
func frenchCompounds(unit, teen, ones []string, tensAlone func(string) string, eighty []string) map[string]int {
	out := map[string]int{}
	add := func(n int, ws ...string) {
		for _, w := range ws {
			out[w] = n
		}
	}
	for k, tens := range []string{"vingt", "trente", "quarante", "cinquante", "soixante"} {
		base := 20 + 10*k
		if base > 20 {
			add(base, tensAlone(tens))
		}
		for _, o := range ones {
			add(base+1, tens+" et "+o, tens+"-et-"+o)
		}
		for u := 2; u <= 9; u++ {
			add(base+u, tens+"-"+unit[u])
		}
	}
	add(70, "soixante-"+teen[0])
	add(71, "soixante et "+teen[1], "soixante-et-"+teen[1])
	for t := 2; t <= 9; t++ {
		add(70+t, "soixante-"+teen[t])
	}
	add(80, eighty...)
	for u := 1; u <= 9; u++ {
		add(80+u, "quatre-vingt-"+unit[u])
	}
	for t := 0; t <= 9; t++ {
		add(90+t, "quatre-vingt-"+teen[t])
	}
	return out
}

func compoundAlternation(accents bool) string {
	var ws []string
	for w := range compoundValue {
		if accents {
			w = strings.ReplaceAll(w, "ieme", "ième")
		}
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return strings.Join(ws, "|")
}

// rankName is the rank n in words, with its accents ("troisième",
// "vingt et unième"), "" past 99.
func rankName(n int) string {
	if n < len(rankNames) {
		return rankNames[n]
	}
	best := ""
	for w, v := range compoundValue {
		// One spelling a rank: "vingt et unième" rather than
		// "vingt-et-unième".
		if v == n && (best == "" || strings.Contains(w, " ")) {
			best = w
		}
	}
	return strings.ReplaceAll(best, "ieme", "ième")
}
