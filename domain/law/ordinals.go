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
	unit := []string{"", "unieme", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme", "neuvieme"}
	teen := []string{"dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme", "dix-septieme", "dix-huitieme", "dix-neuvieme"}
	out := map[string]int{}
	add := func(n int, ws ...string) {
		for _, w := range ws {
			out[w] = n
		}
	}
	// 20 to 69: vingt, trente, quarante, cinquante, soixante.
	for k, tens := range []string{"vingt", "trente", "quarante", "cinquante", "soixante"} {
		base := 20 + 10*k
		if base > 20 {
			add(base, strings.TrimSuffix(tens, "e")+"ieme")
		}
		add(base+1, tens+" et unieme", tens+"-et-unieme")
		for u := 2; u <= 9; u++ {
			add(base+u, tens+"-"+unit[u])
		}
	}
	// 70 to 79: soixante-dix…, 71 "soixante et onzième".
	add(70, "soixante-dixieme")
	add(71, "soixante et onzieme", "soixante-et-onzieme")
	for t := 2; t <= 9; t++ {
		add(70+t, "soixante-"+teen[t])
	}
	// 80 to 99: quatre-vingt…, without "et".
	add(80, "quatre-vingtieme")
	for u := 1; u <= 9; u++ {
		add(80+u, "quatre-vingt-"+unit[u])
	}
	for t := 0; t <= 9; t++ {
		add(90+t, "quatre-vingt-"+teen[t])
	}
	add(100, hundredth28)
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
