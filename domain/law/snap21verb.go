package law

import "errors"

// errVerbInLocator refuses a place that holds a verb of its own: "L'article
// L. 3 est transféré à la section 3 et, à l'article L. 4, le mot : « a »
// est remplacé …", "L'article L. 3 est transféré à la section 3 et
// l'article L. 4 est abrogé". The first clause, a subject and its verb
// the grammar does not read there, is no place: read as one ("l'article
// L. 3 … et à l'article L. 4"), the second clause's edit went to both
// articles and the first clause's was dropped (L. 3 repealed instead of
// moved). A verb after "qui", "que", "tel qu'il" ("tel qu'il est modifié
// par …") qualifies the place and stays read.
var errVerbInLocator = errors.New("a clause of its own (a subject and its verb) before the place, not read")

// reVerbInLocator is a finite verb in a locator, folded: "est transfere",
// "sont deplaces", "est ainsi …" (group 1: the text before the verb's
// subject marker, to tell "qui est", "tel qu'il est").
var reVerbInLocator = mustRe(`(^|.*?\S)\s+(?:est|sont)\s+[a-z]`)

// reVerbQualifies is the end of the text before a verb that qualifies
// the place ("qui", "que", "tel qu'il", "telle qu'elle", "lequel").
var reVerbQualifies = mustRe(`(?:\bqui|\bque|\bqu'(?:il|elle|ils|elles)|\blequel|\blaquelle|\blesquels|\blesquelles|\bdont|\bou)\s*(?:\S+\s+)?$`)

// verbInLocator reports whether a locator (folded, lowered) holds a
// finite verb of its own.
func verbInLocator(low string) bool {
	m := reVerbInLocator.FindStringSubmatch(low)
	return m != nil && !reVerbQualifies.MatchString(m[1])
}
