package law

import "strings"

// announcedTextUnlabelled reports new text announced by its label
// ("Après l'alinéa 2, insérer un 1° bis ainsi rédigé :", "Compléter cet
// article par un III ainsi rédigé :", "insérer un c ainsi rédigé")
// whose first line bears no label at all (« L'article L. 1-1 est abrogé
// ; »): the division announced would not be there, an alinéa of no label
// in its place (it went in unlabelled, amid the item before it). Whether
// the label goes before the text is not said: refused, as the bills'
// announcedLabelMissing and "Rédiger ainsi le II : « Le préfet dort. »".
// A text left for the consolidation to number ("…° …", "… – …") and a
// mention in parentheses ("(Supprimé)") are not checked.
func announcedTextUnlabelled(first string) bool {
	l := strings.TrimLeft(strings.TrimSpace(first), "«\"“ \u00a0")
	if l == "" || strings.HasPrefix(l, "(") || placeholder.MatchString(l) || amLineLabel.MatchString(l) {
		return false
	}
	_, k := labelOf(l)
	return k == 0
}

// amL9NumAl is the amendment's own alinéa, one number, folded ("à
// l'alinéa 9", "alinéa 9"); amL9RankAl an alinéa named by its rank
// ("du deuxième alinéa", "au dernier alinéa").
var (
	amL9NumAl  = mustRe(`\b(?:a\s+l'|l')?alineas?\s+\d+(?:er)?\b`)
	amL9RankAl = mustRe(`\b(?:` + ordWords + `)\s+alinea\b`)
)

// rankInProposed reads a place inside an article the bill article
// quotes that names both the amendment's alinéa and the quoted article's
// alinéa by its rank ("À l'alinéa 9, à la première phrase du deuxième
// alinéa de l'article L. 12-1 (nouveau)", low and cased the locator,
// scopes as amScope read it): the rank is the place, counted in the
// quoted article, and the alinéa 9 must be it (Scope.Within) — both
// were dropped and every alinéa of the quoted article edited, the rank
// read as the numbered alinéa's. read is false where the locator does
// not name both, or names several alinéas; a nil scope refuses it.
func rankInProposed(ref CodeRef, low, cased string, scopes []Scope, proposed string) ([]Scope, bool) {
	nums := amL9NumAl.FindAllStringIndex(low, -1)
	if len(nums) != 1 || !amL9RankAl.MatchString(low) || len(scopes) != 1 {
		return nil, false
	}
	var at []Division
	for _, d := range scopes[0].Path {
		if d.Numbered {
			at = append(at, d)
		}
	}
	if len(at) != 1 || at[0].Count > 1 {
		return nil, false
	}
	i, j := nums[0][0], nums[0][1]
	ranked, ok := amScope(ref, blankOut(low, i, j), blankOut(cased, i, j))
	if !ok || len(ranked) != 1 {
		return nil, true
	}
	for _, d := range ranked[0].Path {
		if d.Numbered || d.Proposed != "" {
			return nil, true
		}
	}
	sc := ranked[0]
	sc.Path = append([]Division{{Proposed: proposed}}, sc.Path...)
	sc.Within = at
	return []Scope{sc}, true
}
