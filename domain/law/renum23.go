package law

import (
	"errors"
	"strings"
)

// errArticleCycle23: articles renumbered in one instruction so that their
// numbers go round — "Les articles L. 1 et L. 2 deviennent respectivement
// les articles L. 2 et L. 1" — exchange their numbers: whether their
// texts change place too, and where the list of articles puts them, is
// not said. Refused (it was refused with the same reason, untyped).
var errArticleCycle23 = errors.New("articles renumbered in a cycle (a swap): whether their texts change place is not said")

// articleCycleWhy23 is the reason renumberList and rangeOntoList22 give
// a list of articles whose numbers go round.
const articleCycleWhy23 = "renumbering a list of articles: the numbers go round in a cycle"

// renumberingWhy23 is the refusal of a renumbering clause not read for
// why: of kind errRenumberingUnread22, and errArticleCycle23 for a cycle.
func renumberingWhy23(why string) error {
	if why == articleCycleWhy23 {
		return typedReason{kind: errRenumberingUnread22, cause: errArticleCycle23, text: why}
	}
	return reasonOf(errRenumberingUnread22, why)
}

// errReferencesReplaced23: "les références au 3° sont remplacées par des
// références au 4°" names no words and no place of its own: which
// mentions of the 3° are meant (« au 3° », « du 3° », « aux 2° et 3° »,
// in this article or in others that cite it) is not said.
var errReferencesReplaced23 = errors.New("references to a part replaced by references to another: which mentions, written how and where, is not said")

// reReferencesReplaced23 is that form (lowercase, accents folded).
var reReferencesReplaced23 = mustRe(`\b(?:les|la)\s+references?\s+(?:aux?|a\s+la|a\s+l'|a\s+l’|du|des|de\s+la|de\s+l'|de\s+l’)\s*[^«»]*?\s+(?:sont|est)\s+remplacees?\s+par\s+(?:des|les|la|une)\s+references?\b`)

// referencesReplaced23 is errReferencesReplaced23 for low in that form.
func referencesReplaced23(low string) error {
	if reReferencesReplaced23.MatchString(low) {
		return errReferencesReplaced23
	}
	return nil
}

// reItemLocator23 is a locator of one item written last before the words
// edited, "au 2°, le mot : « A »", "au a du 2°, les mots", "Au 2° du I de
// l'article L. 1, …" (groups: the label, its place).
var reItemLocator23 = mustRe(`(?:^|,\s*)[Aa]u\s+((?:\d+°|[IVXL]+|[a-z])(?:\s+` + latinOrd + `)?)((?:\s+(?:du|des|de\s+la|de\s+l['’])\s*[^,«»]*?)?)\s*,\s*([^,«»]*)$`)

// rePronounRelabel23 is an item relabelled by a pronoun, "il devient le
// 3°" (group: the new label).
var rePronounRelabel23 = mustRe(`^[Ii]l\s+devient\s+(.+)$`)

// headItem23 is the item the head locates last before its words, "au 2°
// du I, le mot : « A » …": its label ("2°") and its place (" du I"),
// lowercase; ok is false when the head's last locator before the words
// is not one item.
func headItem23(head string) (label, place string, ok bool) {
	before, _, found := strings.Cut(head, "«")
	if !found {
		return "", "", false
	}
	m := reItemLocator23.FindStringSubmatch(before)
	if m == nil {
		return "", "", false
	}
	return m[1], normPlace23(m[2]), true
}

// normPlace23 is a place as compared: lowercase, spaces one.
func normPlace23(s string) string { return strings.Join(strings.Fields(asciiLower(s)), " ") }

// reRelabelCut23 is where a relabelling after words may end and another
// begin: "… devient le 4° et le 3° devient le 5°".
var reRelabelCut23 = mustRe(`\s+et\s+(?:[Ll]es?|[Ll]a)\s`)

// relabelTail23 reads the relabellings written after words edited in a
// place (wordsThenRelabel22's tail), as relabellings of items named in
// the part that holds that place: "il devient le 3°" after "au 2°, …" as
// "Le 2° devient le 3°" (the pronoun is the item the words were edited
// in, located last before them); "le 2° du I devient le 3°" after "au 1°
// du I, …" as "Le 2° devient le 3°" (the place named is the head's);
// "le 2° devient le 4° et le 3° devient le 5°" as both, in one clause
// (they were refused: "renumbering after another verb"). A place other
// than the head's, or a pronoun after a place not one item, is left
// refused.
func relabelTail23(head, tail string) (string, bool) {
	label, place, located := headItem23(head)
	if m := rePronounRelabel23.FindStringSubmatch(tail); m != nil {
		if !located {
			return "", false
		}
		tail = "le " + label + " devient " + m[1]
	}
	var parts []string
	start := 0
	for _, c := range reRelabelCut23.FindAllStringIndex(tail, -1) {
		if strings.Contains(tail[start:c[0]], "devien") {
			parts = append(parts, tail[start:c[0]])
			start = c[0] + len(" et ")
			start += len(tail[start:]) - len(strings.TrimLeft(tail[start:], " "))
		}
	}
	parts = append(parts, tail[start:])
	for k, part := range parts {
		r := reRelabelSubject22.FindStringSubmatch(strings.TrimSpace(part))
		if r == nil {
			return "", false
		}
		im := reRenumItems.FindStringSubmatchIndex(plainLetterLabels(r[1]))
		tm := reRenumItemsTo.FindStringSubmatch(plainLetterLabels(r[2]))
		if im == nil || tm == nil || strings.Count(r[2], "devien") > 0 {
			return "", false
		}
		items := r[1]
		if plain := plainLetterLabels(r[1]); im[4] < im[5] {
			if !located || normPlace23(plain[im[4]:im[5]]) != place {
				return "", false
			}
			items = strings.TrimSpace(plain[:im[4]])
		}
		parts[k] = items + " devient " + r[2]
		if strings.Contains(r[0], "deviennent") {
			parts[k] = items + " deviennent " + r[2]
		}
	}
	return strings.Join(parts, " et "), true
}
