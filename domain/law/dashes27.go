package law

import (
	"errors"
	"fmt"
	"strings"
)

// reCountedDashes27 is dashes counted from the end or the start of a
// list, folded: "les deux derniers tirets", "des trois premiers tirets"
// (groups: the count, "derniers" or "premiers").
var reCountedDashes27 = mustRe(`\b(` + cardinalWords + `|\d+)\s+(derniers|premiers)\s+tirets\b`)

// countedDashes27 reads the dashes counted ("les deux derniers tirets",
// "les trois premiers tirets") named before the article (low[:cut]):
// the last (the first) n dashes of the division's list, as countedAlineas
// counts alinéas — Division{Dash, Alinea: -n (1), Count: n}. It blanks
// them in low and cased (they were a part not read, "tirets").
func countedDashes27(low, cased string, cut int) (string, string, []dashRange26) {
	var out []dashRange26
	for _, m := range reCountedDashes27.FindAllStringSubmatchIndex(low[:min(cut, len(low))], -1) {
		n := cardinal(low[m[2]:m[3]])
		if n < 1 {
			continue
		}
		d := Division{Alinea: 1, Count: n, Dash: true}
		if low[m[4]:m[5]] == "derniers" {
			d.Alinea = -n
		}
		out = append(out, dashRange26{pos: m[0], div: d})
		blank := strings.Repeat(" ", m[1]-m[0])
		low = low[:m[0]] + blank + low[m[1]:]
		cased = cased[:m[0]] + blank + cased[m[1]:]
	}
	return low, cased, out
}

// errDashesReplacingNotDashes27: "… est remplacé par deux tirets ainsi
// rédigés :" whose new text does not open each alinéa with a dash, or
// that replaces a sentence (where the alinéa is cut is not said).
var errDashesReplacingNotDashes27 = errors.New("a place replaced by dashes: the new text is not dashes on their lines, or the place is a sentence")

// dashesReplacing27 checks "Le dernier tiret est remplacé par deux
// tirets ainsi rédigés : « – A ; » « – B. »" (it was not a known
// instruction form): the place's alinéas give way to the new dashes as
// they do to alinéas ("… remplacé par deux alinéas"), each new alinéa
// opening with its dash (dashesAdded) and no scope a sentence.
func dashesReplacing27(scopes []Scope, lines []string) error {
	for _, s := range scopes {
		if s.Sentence != 0 {
			return errDashesReplacingNotDashes27
		}
	}
	if !dashesAdded("des tirets", lines) {
		return errDashesReplacingNotDashes27
	}
	return nil
}

// dashesOffTheList27 refuses dashes added at the end of a place (lines,
// each opening with its dash, to go at al[at]) where they would not end
// a list of dashes: "Le premier alinéa est complété par un tiret" where
// that alinéa introduces a list ("Sont exclus :", "– A ;", "– B.") — the
// new dash went before the list's first, the list going on after it
// (the alinéa with its list, or its line alone, is not said).
func dashesOffTheList27(al []string, at int, lines []string) error {
	if !dashesAdded("des tirets", lines) || at <= 0 || at > len(al) {
		return nil
	}
	if at < len(al) && dashItem(al[at]) {
		return applyKind26(errApplyItemList26, "dashes added at the end of a place a list of dashes goes on past: the list's end, or the place's, is not said")
	}
	return nil
}

// amCountedDashes27Re is dashes counted in the list an alinéa introduces,
// folded: "les deux derniers tirets de l'alinéa 3", "aux trois premiers
// tirets de l'alinéa 3" (groups: the count, "derniers" or "premiers",
// the alinéa).
var amCountedDashes27Re = mustRe(`\b(?:(?:les|aux|des)\s+)?(` + cardinalWords + `|\d+)\s+(derniers|premiers)\s+tirets\s+de\s+l'alinea\s+(\d+)\b`)

// amCountedDashes27 reads an amendment's dashes counted in the list an
// alinéa introduces ("Supprimer les deux derniers tirets de l'alinéa
// 3"): the alinéa then Division{Dash, Alinea: -n or 1, Count: n}, which
// dashAsTabled makes those dashes of its list (it was refused, as
// amCountedDash26). Counted with no alinéa ("Alinéa 3 / Supprimer les
// deux derniers tirets"), refused.
func amCountedDashes27(ref CodeRef, low, cased string) ([]Scope, bool) {
	m := amCountedDashes27Re.FindStringSubmatchIndex(low)
	if m == nil {
		return nil, false
	}
	n := cardinal(low[m[2]:m[3]])
	if n < 1 {
		return nil, false
	}
	d := Division{Alinea: 1, Count: n, Dash: true}
	if low[m[4]:m[5]] == "derniers" {
		d.Alinea = -n
	}
	with := "a l'alinea " + low[m[6]:m[7]]
	pad := with + strings.Repeat(" ", m[1]-m[0]-len(with))
	low, cased = low[:m[0]]+pad+low[m[1]:], cased[:m[0]]+pad+cased[m[1]:]
	return amDashesOfAlinea27(ref, low, cased, d)
}

// dashesAsTabled27 is dashAsTabled for dd.Count dashes from the k-th of
// ds (the lines of the list alinéa d introduces): the alinéas they are,
// counted as tabled. Dashes the list does not hold are refused (the
// range found at apply, as errDashesMissing26), and so is a dash among
// them that introduces items of its own (dashAsTabled).
func dashesAsTabled27(e Edit, d, dd Division, al []string, ds []int, k int) (Edit, error) {
	if k+dd.Count > len(ds) {
		return e, applyKind26(errApplyItemList26, fmt.Sprintf("%d dashes from dash %d of alinéa %d not found (%d dashes)", dd.Count, k+1, d.Alinea, len(ds)))
	}
	for _, j := range ds[k : k+dd.Count] {
		if own := strings.TrimRight(strings.TrimSpace(al[j]), " »\"”"); strings.HasSuffix(own, ":") {
			return e, applyKind26(errApplyItemList26, fmt.Sprintf("a dash of alinéa %d introduces items of its own: with them or not is not said", d.Alinea))
		}
	}
	d.Alinea, d.Count = ds[k]+1, dd.Count
	e.Scope.Path = []Division{d}
	return e, nil
}
