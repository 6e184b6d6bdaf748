package law

import (
	"errors"
	"strings"
)

// reAdverbMore28 is a bare Latin adverb continuing a list of items:
// "Les 1° bis et ter", "aux a bis, ter et quater" (group 1: the
// adverb). The label before it gives its base.
var reAdverbMore28 = mustRe(`^\s*(?:,\s*|et\s+)(` + latinOrd + `)(?:\s+(?:de|du|des|est|sont|et)\b|\s*,|\s*$)`)

// reAdverbed28 is a label carrying a Latin adverb (group 1: its base,
// "1°", "a", "I"); no capitals after the adverb ("1° bis A").
var reAdverbed28 = mustRe(`^(\S+(?:\s+\S+)??)\s*` + latinOrd + `$`)

// itemMore28 is the next label of a list of items after prev: what
// reItemMore reads ("et 3°", ", b"), or a bare Latin adverb after a
// label that carries one, given the label's base: "Les 1° bis et ter"
// are the 1° bis and the 1° ter, "les a bis, ter et quater" the a bis,
// a ter, a quater (the ter was dropped: the 1° ter stayed in force
// while the 1° bis went). end is where the label ends in rest.
func itemMore28(rest, prev string) (label string, end int, ok bool) {
	if n := reItemMore.FindStringSubmatchIndex(rest); n != nil {
		return rest[n[2]:n[3]], n[3], true
	}
	n := reAdverbMore28.FindStringSubmatchIndex(rest)
	if n == nil {
		return "", 0, false
	}
	b := reAdverbed28.FindStringSubmatch(strings.TrimSpace(prev))
	if b == nil || b[1] == "" {
		return "", 0, false
	}
	return b[1] + " " + rest[n[2]:n[3]], n[3], true
}

// rePlacedRenumbered28 is a renumbering said "est renuméroté" after the
// place it is in: "À l'article L. 1 du code civil, le II est renuméroté
// III", "Au I de l'article L. 1, les 2° et 3° sont renumérotés 3° et
// 4°" (groups: the preposition, the place, the subject and the rest).
var rePlacedRenumbered28 = mustRe(`^(À\s+la|A\s+la|À\s+l['’]|A\s+l['’]|Au|Aux|Dans\s+l['’]|Dans\s+la|Dans\s+le|Dans\s+les)\s*([^«»"“:;,]+?)\s*,\s*((?:le|la|les|l['’])\s*[^«»"“:;,]*?\s(?:est|sont)\s+(?:respectivement\s+)?renum[ée]rot[ée]e?s?\s.*)$`)

// placedRenumbered28 reads a renumbering after its place as the
// renumbering of the subject of that place: "À l'article L. 1, le II
// est renuméroté III" is "Le II de l'article L. 1 est renuméroté III",
// which reRenumbered reads as "… devient le III" (the line was passed
// over as no instruction: the II kept its number in silence).
func placedRenumbered28(m []string) string {
	of, ok := divisionGenitive[strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(m[1]), " ")), "’", "'")]
	if !ok {
		return m[0]
	}
	v := reRenumberedVerb28.FindStringIndex(m[3])
	if v == nil {
		return m[0]
	}
	return upperFirst(m[3][:v[0]]) + " " + of + m[2] + m[3][v[0]:]
}

// reRenumberedVerb28 is where the verb of a renumbering begins.
var reRenumberedVerb28 = mustRe(`\s(?:est|sont)\s+(?:respectivement\s+)?renum[ée]rot`)

// movedDivisionPlaced28 is movedDivision after the place it is in: "À
// l'article L. 1, le II est déplacé (renuméroté, fusionné …)" — flagged
// as an instruction not understood (it was passed over in silence).
var movedDivisionPlaced28 = `^(?:à|a|au|aux|dans)\s[^«»",:;]*,\s*` + movedDivision[1:]

// lettersPastZ28 is an item lettered with two letters, not doubled: "ab)",
// "ac)" — a list of letters gone past the z ("z)", "aa)", "ab)"). Part
// of labelRe: the "ab)" ended no item ("Le aa … est abrogé" took the
// ab) and ac) after it with it).
const lettersPastZ28 = `a[b-z](?:\s+` + latinOrd + `)?\)`

// reLetterPastZNamed28 is a list of items going on past the z, or past a
// doubled letter, with two letters not doubled: "les z et ab", "les
// aa, ab et ac" (group 1: the first of those, group 2 its parenthesis:
// "au" without one is the preposition).
var reLetterPastZNamed28 = mustRe(`\b(?:z|` + doubledLetter + `)\)?(?:\s*,\s*(?:et\s+)?|\s+et\s+|\s+(?:à|a)\s+)(a[b-z])(\)?)(?:\s+(?:de|du|des|est|sont|et|à|a)\b|\s*[,.]|\s*$)`)

// errLetterPastZ28 refuses a list of items naming a letter past the z
// after a doubled letter or the z: "les aa et ab", "les z à ab" (the ab
// was dropped: the aa went alone; which "aa" is meant, the one put
// before the a or the one after the z, is not read either).
var errLetterPastZ28 = errors.New("a list of items naming two letters past the z (ab), not read")

// letterPastZNamed28 refuses a locator listing a letter past the z
// (errLetterPastZ28).
func letterPastZNamed28(cased string) error {
	for _, m := range reLetterPastZNamed28.FindAllStringSubmatch(cased, -1) {
		if m[1] != "au" || m[2] != "" {
			return errLetterPastZ28
		}
	}
	return nil
}

// reAnnouncedLetter28 is one item lettered announced, folded: "un aa
// ainsi rédigé", "un ab ainsi rédigé", "un a bis suivant" (group 1).
var reAnnouncedLetter28 = mustRe(`\b(?:un|le)\s+([a-z]{1,2}(?:\s+` + latinOrd + `)?)\)?\s+(?:est\s+)?(?:ainsi\s+(?:redige|retabli)|suivant|redige\s+comme\s+suit)\b`)

// reQuotedLetter28 is the letter label a new text opens with: "« aa) …",
// "« a bis) …" (group 1).
var reQuotedLetter28 = mustRe(`^[«"“\s]*([a-z]{1,2}(?:\s+` + latinOrd + `)?)\)`)

// announcedLetterDiffers28 is announcedLabelDiffers for labels of two
// letters, which it does not read: "il est inséré un a bis ainsi rédigé
// : « aa) … »", "un aa ainsi rédigé : « ab) … »" (the text went in under
// the quotation's label, in the place of the announced one). Only one
// item announced, one of the two labels of two letters.
func announcedLetterDiffers28(body string, edits []Edit) (string, string, bool) {
	a := reAnnouncedLetter28.FindAllStringSubmatch(asciiLower(foldAccents(body)), -1)
	lines, ok := onlyLines(edits)
	if len(a) != 1 || !ok || len(lines) == 0 {
		return "", "", false
	}
	q := reQuotedLetter28.FindStringSubmatch(lines[0])
	if q == nil {
		return "", "", false
	}
	want, got := a[0][1], strings.Join(strings.Fields(q[1]), " ")
	two := func(l string) bool { return len(strings.Fields(l)[0]) == 2 }
	if want == got || !two(want) && !two(got) {
		return "", "", false
	}
	return want, got, true
}

// reAdverbAlone28 is a label with a Latin adverb followed in a list by
// a bare adverb: "1° bis et ter", "a bis, ter" (groups: the label's base,
// its adverb and join, the bare adverb).
var reAdverbAlone28 = mustRe(`(^|[\s(])(\d+°|[IVX]+|[a-z])(\s+` + latinOrd + `(?:\s*,\s*|\s+et\s+))(` + latinOrd + `)([\s,.;)]|$)`)

// adverbListsSpelt28 spells out, in an amendment's lines before any
// quotation, the label a bare Latin adverb of a list stands for:
// "Supprimer les 1° bis et ter" is "Supprimer les 1° bis et 1° ter" (the
// 1° ter was kept in force while the 1° bis went), as bills read it
// (itemMore28).
func adverbListsSpelt28(paras []string) []string {
	for i, p := range paras {
		head, quoted, _ := strings.Cut(p, "«")
		spelt := head
		for {
			next := reAdverbAlone28.ReplaceAllString(spelt, "$1$2$3$2 $4$5")
			if next == spelt {
				break
			}
			spelt = next
		}
		if spelt != head {
			if strings.Contains(p, "«") {
				spelt += "«" + quoted
			}
			paras[i] = spelt
		}
	}
	return paras
}
