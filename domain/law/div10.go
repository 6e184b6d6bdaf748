package law

import "strings"

// transferPath is the full path of the division a transfer or a grouping
// names (to, as written: "au chapitre III" → chapitre-iii) under the
// division its instruction is read in (context: "Le titre II du livre
// Ier est ainsi modifié : 1° Il est créé un chapitre III …, comprenant
// l'article L. 22" → livre-ier/titre-ii/chapitre-iii). It was to alone,
// so that a later instruction naming any chapitre III of the code was
// refused as naming the one moved into. The context is cut above the
// largest kind to names ("au chapitre III du titre Ier" under the titre
// II: livre-ier/titre-ier/chapitre-iii); a kind skipped between them (a
// chapitre created under a livre's head: which titre is not said) gives
// the context alone, all of it touched. With no context, to as written.
func transferPath(context, to []string) []string {
	if len(to) == 0 || len(context) == 0 {
		return to
	}
	top := divisionRank(to[0])
	if top < 0 {
		return to
	}
	prefix := context
	for i, f := range context {
		if divisionRank(f) >= top {
			prefix = context[:i]
			break
		}
	}
	if len(prefix) == 0 {
		return to
	}
	if divisionRank(prefix[len(prefix)-1]) != top-1 {
		return append([]string(nil), prefix...)
	}
	return append(append([]string(nil), prefix...), to...)
}

// reHeadingBesideWritten is a new division given its heading, then the
// new articles it comprises, their text following: "Après l'article L.
// 5, il est inséré une section 4 intitulée : « Des délais » et
// comprenant l'article L. 5-1 ainsi rédigé :" (groups: the words up to
// the division, the heading, the articles and "ainsi rédigé :").
var reHeadingBesideWritten = mustRe(`^([^«]*?\b(?:ins[ée]r[ée]|ajout[ée]|cr[ée]{2}|introduit|compl[ée]t[ée])e?s?\s[^«]*?\bune?\s+(?:nouv(?:eau|elle)\s+)?` + divKinds + `\s+[^,;:«]+?)` + reGroupHeading + `\s*,?\s+(?:et\s+)?((?:comprenant|qui\s+comprend)\s+(?:l'article|les\s+articles)\s+[^«»:;]+?\s+ainsi\s+r[ée]dig[ée]s?\s*:)\s*$`)

// headingBesideWritten reads a new division given its heading and the new
// articles it comprises, their text following, as the same without the
// heading ("… il est inséré une section 4 comprenant l'article L. 5-1
// ainsi rédigé :", read already: the articles are created): the heading
// is no article's text. With it, the instruction was read as a division
// made of articles in force (reNamedDivision), and the articles given
// after it were dropped, silently. Anything else is left as it is.
func headingBesideWritten(body string) string {
	m := reHeadingBesideWritten.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return body
	}
	return m[1] + " " + m[3]
}
