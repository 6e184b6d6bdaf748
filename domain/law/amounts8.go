package law

import (
	"fmt"
	"strings"
)

// quantityNamed is quoted words an instruction names as a quantity or a
// year — "l'année : « 2025 »", "le montant : « 500 »", "les taux : « 5
// % » et « 10 % »", "de l'année : « 2025 »", the Sénat's "Remplacer
// l'année :" with the words on the next line — on the text as written
// (group 1 the quotations, group 2 the line). "Le chiffre", "le numéro",
// "la référence" and "le mot" name a reference as well, and are not
// among them.
var quantityNamed = mustRe(`(?i)\b(?:les?|la|l['’]|du|des|aux?)\s*(?:ann[ée]es?|mill[ée]simes?|montants?|sommes?|taux|pourcentages?|nombres?|plafonds?|seuils?|dur[ée]es?|d[ée]lais?|[âa]ges?|tarifs?)\s*(?::\s*((?:(?:«[^«»]*»|"[^"]*")\s*(?:,|\bet\b)?\s*)+)|:\s*\n([^\n]+))`)

// quantityQuote is one quotation of quantityNamed's group 1.
var quantityQuote = mustRe(`«([^«»]*)»|"([^"]*)"`)

// designatedBefore is what stands before a number that numbers an
// article or a text, not a quantity: "L. 2025", "R. 12", "LO 1",
// "n° 2025", "nos 1 et 2", "l'article 2025".
var designatedBefore = mustRe(`(?:\b(?:[LRDA]\.|L\.\s*O\.|LO)\s*\*?\s*|\bn(?:[°º]s?|os)\s*|\barticles?\s+|` + numberedListed + `)$`)

// monthAfter is a month's name after a number: the number is the day of
// a date ("3 mars 2025", "1er janvier").
var monthAfter = mustRe(`^(?:er)?[ \x{a0}\x{202f}]+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b`)

// markQuantities marks the word edits whose words the text names as a
// quantity or a year (Edit.quantity).
func markQuantities(edits []Edit, text string) {
	named := map[string]bool{}
	for _, m := range quantityNamed.FindAllStringSubmatch(text, -1) {
		if m[2] != "" {
			named[strings.TrimSpace(m[2])] = true
			continue
		}
		for _, q := range quantityQuote.FindAllStringSubmatch(m[1], -1) {
			named[strings.TrimSpace(q[1]+q[2])] = true
		}
	}
	if len(named) == 0 {
		return
	}
	for k, e := range edits {
		if (e.Kind == EditReplaceWords || e.Kind == EditDeleteWords) && e.Anchor == "" && e.Through == "" && named[strings.TrimSpace(e.Old)] {
			edits[k].quantity = true
		}
	}
}

// designatesNumber reports whether words w found at s[i:] number an
// article or a text ("L. 2025", "n° 2025", "article 2025"): a number
// only, the designation not quoted with it.
func designatesNumber(s string, i int, w string) bool {
	return leadingDigits(w) > 0 && designatedBefore.MatchString(s[:i])
}

// dayOfDate reports whether words w, a number alone, found at s[i:],
// are the day of a date ("3" in "du 3 mars 2025").
func dayOfDate(s string, i int, w string) bool {
	return leadingDigits(w) == len(w) && monthAfter.MatchString(s[i+len(w):])
}

// quantityOccurrences reads a year, an amount, a rate … named by its
// noun ("l'année : « 2025 » est remplacée par l'année : « 2026 »"): a
// number that numbers an article or a text ("l'article L. 2025", "le
// décret n° 2025") is not that year — it was replaced with the year,
// "L. 2026" written for an article the law never named; nor is the day
// of a date ("le nombre : « 3 »" beside "du 3 mars 2025": it became the
// 5 March). The occurrences outside such designations are edited (made the edit's Occurrences);
// none outside them, a rank or a place in the alinéa said ("la deuxième
// occurrence", "au début"), a sentence named, or a count that the
// others do not make is refused. Words found in no designation are left
// as they were.
func quantityOccurrences(al []string, e Edit, only int) (Edit, error) {
	var keep []int
	designated, rank := 0, 0
	for _, s := range al {
		hits := findOcc(s, e.Old, []int{1})
		for k := 0; k+1 < len(hits); k += 2 {
			rank++
			if designatesNumber(s, hits[k], e.Old) || dayOfDate(s, hits[k], e.Old) {
				designated++
				continue
			}
			keep = append(keep, rank)
		}
	}
	if designated == 0 {
		return e, nil
	}
	switch {
	case len(keep) == 0:
		return e, applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q found only as the number of an article or a text, or a date's day: not the quantity or the year the instruction names", e.Old))
	case len(e.Occurrences) > 0 || only != 0 || e.Scope.Sentence != 0:
		return e, applyKind26(errApplyWordsWhich26, fmt.Sprintf("words %q found also as the number of an article or a text, or a date's day, with a rank, a place or a sentence named: whether the rank counts it is not said", e.Old))
	case e.Times > 0 && len(keep) != e.Times:
		return e, applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q found %d times outside the numbers of articles or texts and dates' days, the law says %d", e.Old, len(keep), e.Times))
	}
	e.Occurrences, e.Times = keep, 0
	return e, nil
}

// spaceKinds replaces the no-break and narrow no-break spaces by plain
// ones.
var spaceKinds = strings.NewReplacer("\u00a0", " ", "\u202f", " ")

// spacedOtherwise adds to the hits of words w found in s as quoted
// (findWords) those the text spaces otherwise: an alinéa typed two ways,
// "1 500 €" and "1\u00a0500 €", "L. 1" and "L.\u00a01", holds the
// words twice, and a replacement of every occurrence replaced the one
// typed as quoted alone (the other was left, "2 000 € ou de 1 500 €").
func spacedOtherwise(s, w string, hits []int) []int {
	if !strings.ContainsAny(w, " \u00a0\u202f") || !strings.ContainsAny(s, "\u00a0\u202f") || strings.Count(spaceKinds.Replace(s), spaceKinds.Replace(w)) <= len(hits)/2 {
		return hits
	}
	out := hits
	loose := looseWords(s, w)
	for k := 0; k+1 < len(loose); k += 2 {
		met := false
		for h := 0; h+1 < len(hits); h += 2 {
			if loose[k] < hits[h+1] && hits[h] < loose[k+1] {
				met = true
				break
			}
		}
		if !met {
			out = append(out, loose[k], loose[k+1])
		}
	}
	if len(out) > len(hits) {
		out = append([]int(nil), out...)
		sortPairs(out)
	}
	return out
}
