package law

import "strings"

var (
	// amElidedInsert is a second anchor whose verb is left out: "après le
	// mot : « C », les mots : « D »" (groups: the anchor, the words).
	amElidedInsert = mustRe(`^((?:après|avant)\s+[^«"“]*` + amQuoted + `\s*,?\s*)((?:le|les|la|l['’])\s*` + wordNounCased + `\s*:.*)$`)
	amInsertVerb   = mustRe(`(?i)^(?:ins[ée]rer|ajouter)$`)
	amJoined       = mustRe(`(?i)\s*,?\s+et\s*,?\s+(?:après|avant)\s+(?:le|les|la|l['’])\s*` + wordNounCased + `\b`)
	// amJoinedVerb joins a second instruction to the first: "… et
	// supprimer …", "…, puis compléter …", "… ; à l'alinéa 3, substituer
	// …", "… puis, après le mot : « A », insérer …", "… et, à la
	// dernière phrase, après le mot : « A », insérer …" (a place, then
	// an anchor: it was refused) (group 1: the second).
	amJoinedVerb = mustRe(`(?:\s*,?\s+(?:et|puis)\s*,?\s+|\s*;\s+)((?:(?:à|À|au|Au|aux|Aux|dans|Dans|après|Après|avant|Avant|en conséquence|En conséquence)\s[^;«"“]*?,\s*)?(?:(?:après|Après|avant|Avant)\s[^;«"“]*?` + amQuoted + `\s*,?\s*)?(?:supprimer|ins[ée]rer|remplacer|substituer|compl[ée]ter|ajouter|r[ée]diger|r[ée]tablir|proc[ée]der)\b.*)$`)
	amAnchorPos  = mustRe(`(?i)\b(?:après|avant)\s+(?:le|les|la|l['’])\s*` + wordNounCased + `\b`)
)

// amJoinedPlace is a second place for the verb before it: "…, et, à
// l'alinéa 3, le mot : « C » par …", "supprimer le mot : « A » et, à
// l'alinéa 3, le mot : « C »" (group 1: the place, 2: the words after
// it); amPairVerb the verbs it is read for.
var (
	amJoinedPlace = mustRe(`\s*,?\s*(?:\bet|;)\s*,?\s*((?:à|À|au|Au|aux|Aux|dans|Dans)\s[^;«"]*?)\s*,\s*((?:au|aux|à\s+la|à\s+l['’]|le|la|les|l['’])\s*(?:mots?|références?|chiffres?|nombres?|dates?|années?|taux|montants?|sommes?)\s*:.*)$`)
	amPairVerb    = mustRe(`(?i)^(?:remplacer|substituer|supprimer)$`)
	// amJoinedComplete is a second division completed after the first's
	// new words: "… « A » et l'alinéa 3 par les mots : « B »" (group 1:
	// from the division); amCompleteVerb the verb.
	amJoinedComplete = mustRe(`»\s*,?\s+et\s*,?\s+((?:l['’]|le\s|la\s|les\s)[^«»":]*?\b(?:alinéas?|phrases?|\d+°|[IVX]+|[a-z]\))[^«»":]*?\s+par\s+\S.*)$`)
	amCompleteVerb   = mustRe(`(?i)^compl[ée]ter$`)
)

// amJoinedSentenceLoc is a joined instruction's own sentence before its
// verb, "à la seconde phrase, " (group 1: "la seconde phrase");
// amPlaceSentence the one sentence the first instruction's place names.
var (
	amJoinedSentenceLoc = mustRe(`^(?:à|À)\s+(la\s+(?:` + ordWordsAcc + `)\s+phrase)\s*,\s*`)
	amPlaceSentence     = mustRe(`\bla\s+(?:` + ordWordsAcc + `)\s+phrase\b`)
)

// splitJoined splits instructions joined by "et": "À l'alinéa 76, après
// le mot : « A » insérer les mots : « B » et après le mot : « C » insérer
// les mots : « D »" is two insertions in the same place.
func splitJoined(ins []amInstr) []amInstr {
	var out []amInstr
	for _, in := range ins {
		for len(in.payload) == 0 {
			// "À l'alinéa 1, remplacer le mot : « A » par le mot : « B » et
			// supprimer les mots : « C »": a second verb, the same place.
			if loc := amJoinedVerb.FindStringSubmatchIndex(in.head); loc != nil && strings.Count(in.head[:loc[0]], "«") == strings.Count(in.head[:loc[0]], "»") {
				v := amImperative.FindStringIndex(in.head)
				place := ""
				if v != nil {
					place = in.head[:v[0]]
					if a := amAnchorPos.FindStringIndex(place); a != nil && strings.ContainsAny(place, "«\"“") && !strings.ContainsAny(place[:a[0]], "«\"“") {
						// "À l'alinéa 3, après le mot : « A », insérer … et
						// supprimer …": the second's place is the first's
						// without its anchor.
						place = place[:a[0]]
					}
				}
				if v != nil && v[0] < loc[0] && !strings.ContainsAny(place, "«\"“") {
					second := in.head[loc[2]:]
					if amSentenceOnly.MatchString(second) && !ownPlace(amSentenceOnly.ReplaceAllString(second, "")) {
						// "À l'alinéa 2, substituer … et supprimer la
						// dernière phrase": the sentence of the place the
						// first names (it was the article's last); of a
						// sentence named there already, not said: left
						// whole, refused.
						if strings.Contains(strings.ToLower(place), "phrase") {
							// "À l'alinéa 1, à la première phrase, substituer
							// … et, à la seconde phrase, substituer …": the
							// second's sentence, its own place before its
							// verb, stands for the first's in the same
							// alinéa (it was refused).
							m := amJoinedSentenceLoc.FindStringSubmatchIndex(second)
							if m == nil || len(amPlaceSentence.FindAllStringIndex(place, -1)) != 1 {
								break
							}
							at := amPlaceSentence.FindStringIndex(place)
							second = place[:at[0]] + second[m[2]:m[3]] + place[at[1]:] + second[m[1]:]
						} else {
							second = place + second
						}
					} else if !ownPlace(second) {
						// The place the first names.
						second = place + second
					}
					out = append(out, amInstr{head: in.head[:loc[0]]})
					in = amInstr{head: upperFirst(second), joined: true, under: in.under}
					continue
				}
			}
			// "À l'alinéa 1, remplacer le mot : « A » par le mot : « B », et,
			// à l'alinéa 3, le mot : « C » par …": the same verb in a second
			// place (every pair went to the first place).
			if m := amJoinedPlace.FindStringSubmatchIndex(in.head); m != nil && strings.Count(in.head[:m[0]], "«") == strings.Count(in.head[:m[0]], "»") && strings.Contains(in.head[:m[0]], "«") && (hasOwnLocator(in.head[m[2]:m[3]]) || hasItemLoc(in.head[m[2]:m[3]])) {
				if v := amImperative.FindStringIndex(in.head); v != nil && v[0] < m[0] && !strings.ContainsAny(in.head[:v[0]], "«\"“") && amPairVerb.MatchString(in.head[v[0]:v[1]]) {
					out = append(out, amInstr{head: in.head[:m[0]]})
					in = amInstr{head: upperFirst(in.head[m[2]:m[3]]) + ", " + strings.ToLower(in.head[v[0]:v[1]]) + " " + in.head[m[4]:], joined: true, under: in.under}
					continue
				}
			}
			// "Compléter l'alinéa 2 par les mots : « A » et l'alinéa 3 par
			// les mots : « B »": the same verb, a second division and its
			// own new words (it was refused).
			if m := amJoinedComplete.FindStringSubmatchIndex(in.head); m != nil && strings.Count(in.head[:m[0]+len("»")], "«") == strings.Count(in.head[:m[0]+len("»")], "»") {
				if v := amImperative.FindStringIndex(in.head); v != nil && v[0] < m[0] && !strings.ContainsAny(in.head[:v[0]], "«\"“") && amCompleteVerb.MatchString(in.head[v[0]:v[1]]) {
					out = append(out, amInstr{head: in.head[:m[0]+len("»")]})
					in = amInstr{head: in.head[:v[1]] + " " + in.head[m[2]:], joined: true, under: in.under}
					continue
				}
			}
			loc := amJoined.FindStringIndex(in.head)
			if loc == nil || strings.Count(in.head[:loc[0]], "«") != strings.Count(in.head[:loc[0]], "»") {
				break
			}
			// The second's place is the first's: before its anchor, or,
			// without one ("supprimer le mot : « A » et, après le mot :
			// « C », insérer …"), before its verb.
			var prefix string
			if first := amAnchorPos.FindStringIndex(in.head); first != nil && first[0] < loc[0] {
				prefix = in.head[:first[0]]
			} else if v := amImperative.FindStringIndex(in.head); v != nil && v[0] < loc[0] && !strings.ContainsAny(in.head[:v[0]], "«\"“") {
				prefix = in.head[:v[0]]
			} else {
				break
			}
			second := strings.TrimLeft(in.head[loc[0]:], " ,")
			second = strings.TrimLeft(strings.TrimPrefix(second, "et"), " ,")
			if m := amElidedInsert.FindStringSubmatch(second); m != nil && !amImperative.MatchString(second) {
				// "… insérer les mots : « B » et, après le mot : « C »,
				// les mots : « D »": the verb is the first's.
				if v := amImperative.FindString(in.head[:loc[0]]); amInsertVerb.MatchString(v) {
					second = m[1] + strings.ToLower(v) + " " + m[2]
				}
			}
			out = append(out, amInstr{head: in.head[:loc[0]]})
			in = amInstr{head: prefix + second, joined: true, under: in.under}
		}
		out = append(out, in)
	}
	return out
}
