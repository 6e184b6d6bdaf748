package law

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// prev are the edits of the instruction before ("procéder à la même
// substitution"). ok is false when it is not understood.
func parseAmInstr(ref CodeRef, in amInstr, prev []Edit) ([]Edit, bool) {
	if in.refused || in.end27 != nil {
		return nil, false
	}
	if es, handled, ok := amTable26(ref, in, prev); handled {
		return es, ok // a part of a table (tables26.go)
	}
	if es, handled, ok := amWordsGroup23(ref, in, prev); handled {
		return es, ok
	}
	// "Après le mot : « A », supprimer la fin de la phrase" (de cette
	// phrase), no sentence named before (a sentence named is that
	// sentence, as it was): the end of the sentence A is in, as
	// the bills read it — read as the alinéa's end, kept to A's sentence
	// (Edit.EndOf; the alinéa's end went, or the rewrite was refused).
	in.head = commaAndWords(quoteOneLine22(quoteBareReferences(in.head)))
	endOfSentence := false
	if m := amEndOfThePhrase.FindStringIndex(in.head); m != nil && !amEndOfThePhrase.MatchString(in.head[m[1]:]) && isAnchored(in.head[:m[0]]) && !strings.Contains(asciiLower(foldAccents(shapeOnly(in.head[:m[0]]))), "phrase") {
		in.head = in.head[:m[0]] + "la fin de cet alinéa" + in.head[m[1]:]
		endOfSentence = true
	}
	es, ok := parseAmInstrEdits(ref, in, prev)
	if !ok || restAfterBeginning24(in, es) != nil {
		return nil, false
	}
	if endOfSentence {
		for i := range es {
			if es[i].Kind != EditRewriteEnd || es[i].Scope.Sentence != 0 || es[i].Before {
				return nil, false
			}
			es[i].EndOf = EndOfSentence
		}
	}
	// Every quotation of the instruction is read by one of its edits (old,
	// new or anchor words, new text): "remplacer les mots : « A » et « B »
	// par le mot : « C »" or "compléter … par les mots : « A » et « B »"
	// would otherwise apply a part and drop the rest.
	_, quotes := shape(dropRestUnchanged(strings.TrimSpace(in.head)))
	for _, q := range quotes {
		if !quoteRead(q, es) {
			return nil, false
		}
	}
	if !newTextFitsKind(in.head, es) {
		return nil, false
	}
	if smallRomanNamed(in.head, es) {
		return nil, false
	}
	oneReference(in.head, es)
	signsEvery26(in.head, es) // words26
	// "Au I" / "Supprimer cet alinéa": "cet alinéa" is the I only if the
	// I is one alinéa (Scope.OneAlinea, checked on the article).
	if amThisAlinea.MatchString(asciiLower(foldAccents(shapeOnly(in.head)))) {
		for i := range es {
			if p := es[i].Scope.Path; len(p) > 0 && p[len(p)-1].Item != "" {
				es[i].Scope.OneAlinea = true
			}
		}
	}
	// "Alinéa 1" / "Supprimer la dernière phrase de cet alinéa": the
	// sentence the head names, of the alinéa the line names — no other
	// sentence named, "cet alinéa" can only be the alinéa (it was
	// refused).
	if h := asciiLower(foldAccents(shapeOnly(in.head))); amThisAlinea.MatchString(h) && !amAfterThis.MatchString(h) && !(amSentenceOfThis.MatchString(h) && len(amSentenceNamed.FindAllString(amSentenceAnnounced.ReplaceAllString(h, ""), -1)) == 1) {
		// "Alinéa 2, première phrase" / "Supprimer cet alinéa" (or
		// "Rédiger ainsi cet alinéa", "Compléter cet alinéa par les
		// mots"): the sentence the line names, or the alinéa the head
		// points at? Words edited are read where both readings agree
		// (Scope.OnlyInSentence: the words in that sentence only); any
		// other edit is refused (the sentence was deleted, rewritten or
		// completed). A sentence added ("Compléter cet alinéa par une
		// phrase") goes at the alinéa's end, as before.
		for i := range es {
			switch {
			case es[i].Scope.Sentence == 0, es[i].Kind == EditInsertSentences:
			case es[i].Kind == EditReplaceWords, es[i].Kind == EditDeleteWords, es[i].Kind == EditInsertWords && es[i].Anchor != "":
				es[i].Scope.OnlyInSentence = true
			default:
				return nil, false
			}
		}
	}
	return es, true
}

// amEndOfThePhrase is the end of a sentence named by no rank, outside
// quotations in practice (a head's words are quoted): "la fin de la
// phrase", "la fin de cette phrase".
var amEndOfThePhrase = mustRe(`\bla\s+fin\s+de\s+(?:la|cette)\s+phrase\b`)

// isAnchored reports whether a head's start (before "la fin …") names the
// words the end follows: "après le mot : « A »" — the end of the
// sentence those words are in.
func isAnchored(before string) bool {
	return amAfterWordsAnchor.MatchString(asciiLower(foldAccents(before)))
}

// amAfterWordsAnchor is an anchor after words, folded: "après le mot :
// « A »", "après les mots : « A »".
var amAfterWordsAnchor = mustRe(`\bapres\s+(?:la\s+\S+\s+occurrence\s+d[eu]s?\s+)?(?:le|les|la|l')\s*[a-z]+\s*:\s*(?:«[^»]*»|"[^"]*")`)

// parseAmInstrEdits is parseAmInstr before its check that every quotation
// is read.
// amThisDash is the Sénat's line naming a dash of an alinéa, then a head
// pointing at it: "Alinéa 3, deuxième tiret" / "Supprimer ce tiret", "…
// Rédiger ainsi ce tiret :", "… Après ce tiret, insérer …", "… À ce
// tiret, remplacer …" (groups: the alinéa, the rank, the verb or place,
// what follows).
var amThisDash = mustRe(`^(?:[ÀA]\s+l['’])?[Aa]linéa\s+(\d+)\s*,\s*(?:au\s+)?(\pL[\pL-]*)\s+tiret\s*[,:]?\s+(Supprimer|Rédiger\s+ainsi|Compléter|Après|Avant|À|à)\s+ce\s+tiret\b(.*)$`)

// thisDash reads amThisDash as the dash named in the head: "Supprimer le
// deuxième tiret de l'alinéa 3", "Au deuxième tiret de l'alinéa 3,
// remplacer …" (dashAsTabled; it was refused).
func thisDash(head string) string {
	m := amThisDash.FindStringSubmatch(head)
	if m == nil || ordValue[asciiLower(foldAccents(m[2]))] == 0 {
		return head
	}
	dash := "le " + strings.ToLower(m[2]) + " tiret de l'alinéa " + m[1]
	if strings.EqualFold(m[3], "à") {
		return "Au " + strings.ToLower(m[2]) + " tiret de l'alinéa " + m[1] + m[4]
	}
	return m[3] + " " + dash + m[4]
}

func parseAmInstrEdits(ref CodeRef, in amInstr, prev []Edit) ([]Edit, bool) {
	// The indicative read as the imperative once the head is whole: the
	// Sénat's "Alinéa 1" / "Les mots :" / "A" / "sont remplacés par les
	// mots :" / "B" is known as such only after its last line (it was
	// refused), and its "Alinéa 2" / "Cet alinéa est supprimé." only with
	// the locator before it.
	head := imperative(dropRestUnchanged(strings.TrimSpace(in.head)))
	head = thisDash(head)
	head = amEndNoDivision.ReplaceAllString(head, "$1, $2 de cet alinéa $3")
	head = amStartInSentence.ReplaceAllString(head, "$1, $2 de cette phrase $3")
	if amEndBare.MatchString(head) {
		// "Supprimer la fin après le mot : « A »", "Rédiger ainsi le
		// début jusqu'au mot : « A »" with no alinéa named alone: the end
		// (start) of what is not said (A alone was deleted).
		return nil, false
	}
	// "insérer les mots : « B » après le mot : « A »": the anchor after
	// the new words, read as "après le mot : « A », insérer les mots :
	// « B »" (it was refused).
	if m := amAnchorLast.FindStringSubmatch(head); m != nil {
		head = m[1] + lowerFirstIf(m[1], m[4]) + ", " + lowerFirst(m[2]) + " " + m[3] + "."
	}
	// "supprimer les mots : « B » après le mot : « A »": the anchor
	// bounds the words, read as "après le mot : « A », supprimer les
	// mots : « B »" (the anchor's words were deleted too —
	// TestAnchorOfDeletion; the anchor after the verb:
	// amVerbFirstAnchor).
	head = anchorFirst(head)
	if m := amDeleteAnchorLast.FindStringSubmatch(head); m != nil {
		head = m[1] + lowerFirstIf(m[1], m[4]) + ", " + lowerFirst(m[2]) + " " + m[3] + "."
	}
	// "substituer les mots : « B » aux mots : « A »": B put in the
	// place of A, as "substituer aux mots : « A » les mots : « B »" (the
	// first words were taken for the old ones: A put in the place of B).
	head = amSubstNewFirst.ReplaceAllString(head, "${1} ${2}${4} ${3}")
	// "Supprimer la fin de l'alinéa 2 après les mots : « A »": the
	// anchor after the end it bounds, read as "Après les mots : « A »,
	// supprimer la fin de l'alinéa 2" (A alone was deleted or replaced).
	if m := amEndAnchorLast.FindStringSubmatch(head); m != nil {
		head = strings.TrimSpace(m[1] + lowerFirstIf(m[1], m[4]) + ", " + lowerFirst(m[2]) + " " + m[3] + " " + m[5])
	}
	head = countedOccurrences(head)
	// "supprimer la deuxième phrase et la troisième phrase": the two,
	// as "les deuxième et troisième phrases" (the second was dropped);
	// two sentences joined so in another form are refused.
	head = outsideQuotes(head, func(seg string) string {
		return amTwoSentences.ReplaceAllString(seg, "${1}les $2 et $3 phrases")
	})
	joined := false
	outsideQuotes(head, func(seg string) string {
		joined = joined || amSentencesJoined.MatchString(seg)
		return seg
	})
	if joined {
		return nil, false
	}
	head, ok := detachedOccurrence(head)
	if !ok {
		return nil, false
	}
	// "Insérer un alinéa ainsi rédigé après l'alinéa 1 : « … »": the
	// place after the new text's announcement, read as "Après l'alinéa 1,
	// insérer un alinéa ainsi rédigé : « … »".
	if m := amPlaceAfterObject.FindStringSubmatch(head); m != nil {
		head = upperFirst(m[3]) + ", " + lowerFirst(m[1]) + " " + m[2] + " :" + head[len(m[0]):]
	}
	head = sentenceNamedNew22(head)
	head = outsideQuotes(head, codeArticleText)
	sh, quotes := shape(head)
	if statementSentence(sh) {
		// "Les auteurs proposent de supprimer l'alinéa 5.": no
		// instruction (statementSentence).
		return nil, false
	}
	low := asciiLower(foldAccents(sh))
	cased := foldAccents(sh)
	low = strings.TrimSpace(strings.TrimPrefix(low, "en consequence,"))
	cased = strings.TrimSpace(cased[len(cased)-len(low):])
	low = strings.TrimRight(low, " .;")
	cased = cased[:len(low)]
	if amCondition.MatchString(low) {
		// "Supprimer l'alinéa 2 à compter du 1er janvier 2030", "Rédiger
		// ainsi l'alinéa 2, à titre expérimental :", "insérer un alinéa
		// ainsi rédigé, applicable à Mayotte :": a date or a condition
		// of the operation, not read (it was applied without it).
		return nil, false
	}
	q := func(s string) string {
		n, _ := strconv.Atoi(s)
		if n < len(quotes) {
			return quotes[n]
		}
		return ""
	}
	vm := amVerb.FindStringSubmatchIndex(low)
	if vm == nil || len(amVerb.FindAllStringIndex(low, -1)) > 1 {
		// No verb, or two not read as two instructions: never a part.
		return nil, false
	}
	if amExcept.MatchString(low) || amSpanBound.MatchString(low) {
		// "… sauf dans la dernière phrase" (wherever it stands), "à
		// partir de la deuxième phrase", "jusqu'à l'alinéa 4": a place
		// taken out, or a span of divisions, is not read (every
		// occurrence, or the bound alone, was edited). Refused.
		return nil, false
	}
	if amRowAnnounced.MatchString(low) {
		// "Compléter le tableau de l'alinéa 2 par une ligne ainsi
		// rédigée :": a table's row or column is no alinéa (one was
		// inserted). Not read: refused.
		return nil, false
	}
	if amCountedOcc.MatchString(low) {
		// "substituer aux deux occurrences du mot", "aux deux dernières
		// occurrences": the count was dropped and every occurrence
		// edited. Not read: refused.
		return nil, false
	}
	// "le texte proposé (par le I de cet article) pour l'article L.
	// 558-48": a quoted article inside the bill article, its alinéas
	// counted inside it; "du même texte" is the one the instruction
	// before designated. The words are blanked out of the locator, so
	// that "le I" in them is no locator. Without an article number, or
	// "même texte" without one before, refused.
	proposed := ""
	if m := amProposedArt.FindStringSubmatchIndex(low); m != nil {
		proposed = NormalizeSpace(cased[m[2]:m[3]])
		low, cased = blankOut(low, m[0], m[1]), blankOut(cased, m[0], m[1])
	} else if m := amSameText.FindStringIndex(low); m != nil {
		if len(prev) == 0 || len(prev[len(prev)-1].Scope.Path) == 0 || prev[len(prev)-1].Scope.Path[0].Proposed == "" {
			return nil, false
		}
		proposed = prev[len(prev)-1].Scope.Path[0].Proposed
		low, cased = blankOut(low, m[0], m[1]), blankOut(cased, m[0], m[1])
	} else if amProposed.MatchString(low) {
		return nil, false
	}
	if elsewhere(ref, low, cased, len(prev) > 0) {
		return nil, false
	}
	verb := low[vm[2]:vm[3]]
	loc, locCased := low[:vm[0]], cased[:vm[0]]
	if strings.TrimSpace(loc) != "" && !amLocOpener.MatchString(loc) {
		// "Programme 101" / "Remplacer le mot : …", "Partout où il
		// figure, remplacer …": a place in words no place of the article
		// begins with — not read (it was dropped and the words edited in
		// every alinéa of the article). Refused.
		return nil, false
	}
	op := low[vm[0]:]
	if amRelativeAl.MatchString(low) {
		// "II. – En conséquence, procéder à la même substitution à
		// l'alinéa suivant (précédent)", "À l'alinéa suivant, substituer
		// …": an alinéa counted from another is not read — it was
		// dropped and the words edited wherever the article holds them.
		// Refused ("insérer l'alinéa suivant :" announces new text).
		return nil, false
	}
	if amSameAlObject.MatchString(op) {
		// "II. – En conséquence, supprimer (rédiger ainsi) la dernière
		// phrase du même alinéa", "compléter le même alinéa par …": the
		// alinéa of the instruction before named after the verb is not
		// read — it was dropped, and the article's last alinéa edited.
		// Refused; "Au même alinéa, supprimer la dernière phrase" is read.
		return nil, false
	}
	// New text: the alinéas after the head, or the last quotation of a
	// head that ends with it ("Rédiger ainsi cet alinéa : « … »").
	lines := unquoteBlock(in.payload)
	if n := len(lines); n > 1 && amRestRemark.MatchString(lines[n-1]) {
		// The Sénat's "Le préfet signe…" then "(le reste sans
		// changement)" on its own line: the remark ends the new
		// beginning before it, as "…" does; after any other new text it
		// changes nothing (it was read as an alinéa of the new text: the
		// beginning refused, the remark inserted).
		if amStartOf.MatchString(low) {
			lines = append(lines[:n-2:n-2], lines[n-2]+" "+strings.TrimSpace(lines[n-1]))
		} else if n > 2 {
			// Two or more new lines then the remark ("Rédiger ainsi cet
			// alinéa :" / a table's first rows / "(Le reste sans
			// changement)"): the lines are the beginning of what the
			// place holds and the rest of it stays, but where that rest
			// begins is not said (the rows after them were dropped).
			// Refused.
			return nil, false
		} else {
			lines = lines[:n-1]
		}
	}
	for _, l := range in.payload {
		if amParLine.MatchString(l) {
			// "Remplacer le délai :" / "trois mois" / "par le délai :" /
			// "six mois" read as new alinéas (a noun not known for words):
			// the Sénat's words replaced, not new text — refused (the
			// alinéa was rewritten with the four lines).
			return nil, false
		}
	}
	if len(lines) == 0 && strings.HasSuffix(strings.TrimRight(low, " ."), "q"+strconv.Itoa(len(quotes)-1)) && strings.Contains(op, ":") {
		if c := strings.LastIndex(op, ":"); c >= 0 && strings.TrimSpace(strings.Trim(op[c+1:], " .")) == "q"+strconv.Itoa(len(quotes)-1) && !amWordsNamed.MatchString(op[:c+1]) {
			// "Substituer à l'alinéa 2 l'alinéa suivant : « … »": the
			// quotation is new text — not words named as words ("…
			// par le mot : « et »": the alinéa was rewritten as "et").
			lines = []string{quotes[len(quotes)-1]}
		}
	}
	if len(lines) == 0 && len(quotes) > 1 {
		// "Après l'alinéa 3, insérer deux alinéas ainsi rédigés : « A » «
		// B »" in one paragraph: each quotation after the colon an alinéa,
		// as many as announced (it was refused).
		if c := strings.LastIndex(op, ":"); c >= 0 && !amWordsNamed.MatchString(op[:c+1]) {
			run := strings.Fields(strings.Trim(op[c+1:], " ."))
			n, ok := announcedCount(amAnnounced, op)
			if !ok && amUncounted.MatchString(op[:c+1]) {
				// "insérer les alinéas suivants : « A » « B »": no count,
				// the plural — every quotation after the colon (it was
				// refused).
				n, ok = len(run), true
			}
			if ok && n == len(run) && n > 1 && n <= len(quotes) {
				first := len(quotes) - n
				for i, q := range run {
					if q != "q"+strconv.Itoa(first+i) {
						run = nil
						break
					}
				}
				if run != nil {
					lines = append([]string(nil), quotes[first:]...)
				}
			}
		}
	}

	// "insérer les deux alinéas suivants : « … »": one quotation for
	// several alinéas announced, not read. (New alinéas on the lines after
	// the head are taken as they come: their authors' counts are sometimes
	// off by one; "quarante-deux" is no "deux".)
	if _, ok := announcedCount(amAnnounced, op); ok && len(in.payload) == 0 && len(lines) == 1 {
		return nil, false
	}

	// "procéder aux mêmes substitutions à l'alinéa 7": every operation
	// of the instruction before, each once, on each place (it was
	// refused).
	if m := amSameOps.FindStringSubmatch(op); m != nil {
		if in.joined {
			return nil, false
		}
		var ops []Edit
		for _, e := range in.group {
			if k, ok := sameOpKinds[m[1]]; ok && !slices.Contains(k, e.Kind) {
				return nil, false
			}
			if !slices.ContainsFunc(ops, func(o Edit) bool { return sameOperation(o, e) }) {
				ops = append(ops, e)
			}
		}
		if len(ops) == 0 {
			return nil, false
		}
		return onEachScope(ref, ops, loc+" "+op[len(m[0]):], locCased+" "+cased[vm[0]+len(m[0]):])
	}

	// "procéder à la même substitution aux alinéas 5 à 7"
	if m := amSameOp.FindStringSubmatch(op); m != nil {
		if len(prev) == 0 {
			return nil, false
		}
		// After several operations ("substituer au mot : « A » le mot :
		// « B » et au mot : « C » le mot : « D »"), which one is "the
		// same" is not said (the last was taken): refused. One operation
		// on several places is one.
		// Those joined to it by "et" too ("substituer … et supprimer …":
		// the deletion alone was made again).
		for _, e := range append(slices.Clip(in.group), prev...) {
			if !sameOperation(e, prev[len(prev)-1]) {
				return nil, false
			}
		}
		if k, ok := sameOpKinds[m[1]]; ok && !slices.Contains(k, prev[len(prev)-1].Kind) {
			// "… remplacer … En conséquence, procéder à la même
			// suppression": the operation named is not the one before
			// (the replacement was made again). Refused.
			return nil, false
		}
		return onEachScope(ref, prev[len(prev)-1:], loc+" "+op[len(m[0]):], locCased+" "+cased[vm[0]+len(m[0]):])
	}

	// The anchor of an insertion, in the locator: "Après le mot : « A », insérer …".
	anchor, before := "", false
	var occ []int
	if m := amAnchor.FindStringSubmatchIndex(loc); m != nil {
		anchor = q(loc[m[6]:m[7]])
		before = loc[m[2]:m[3]] == "avant"
		if m[4] >= 0 {
			occ = ordinals(loc[m[4]:m[5]])
		}
		loc, locCased = loc[:m[0]]+loc[m[1]:], locCased[:m[0]]+locCased[m[1]:]
	}

	if strings.Contains(loc, "occurrence") {
		// "À l'alinéa 1, à la deuxième occurrence du mot : « A », substituer
		// au mot : « A » …": an occurrence named in the locator, apart from
		// the operation's words, is not read (every occurrence was
		// replaced). Refused.
		return nil, false
	}
	if m := amItemThenAfter.FindStringSubmatchIndex(loc); m != nil && anchor == "" && (verb == "inserer" || verb == "ajouter") &&
		itemThenInner("au "+loc[m[4]:m[5]], ",", "au "+loc[m[8]:m[9]]) {
		// "Au II, après le 1°, insérer un 1° bis ainsi rédigé :", "Au I,
		// avant le premier alinéa, insérer …": the place after (before)
		// which is inside the item named first, read as "après le 1° du
		// II" (it was refused).
		of := genitive[strings.Join(strings.Fields(loc[m[2]:m[3]]), " ")]
		loc = loc[m[6]:m[7]] + " le " + loc[m[8]:m[9]] + " " + of + " " + loc[m[4]:m[5]]
		locCased = locCased[m[6]:m[7]] + " le " + locCased[m[8]:m[9]] + " " + of + " " + locCased[m[4]:m[5]]
	}

	// "Supprimer le mot : « A » à l'alinéa 2", "Remplacer … par le mot :
	// « B » dans la première phrase de l'alinéa 2", "Après le mot : « A »,
	// insérer le mot : « B » à l'alinéa 2": a place after the last words
	// of a word operation is the instruction's (it was dropped, and every
	// alinéa edited).
	if verb == "supprimer" || verb == "remplacer" || verb == "substituer" || verb == "inserer" || verb == "ajouter" {
		if qs := qNum.FindAllStringIndex(op, -1); len(qs) > 0 {
			end := qs[len(qs)-1][1]
			if m := amPlaceAfter.FindStringSubmatchIndex(op[end:]); m != nil && (amPlaceNamed.MatchString(op[end+m[2]:]) || endAloneRead(verb, anchor) && amEndAlone.MatchString(op[end+m[2]:])) {
				at := vm[0] + end + m[2]
				loc, locCased = loc+" "+low[at:], locCased+" "+cased[at:]
				op = op[:end+m[2]]
			}
			// What follows the operation's last words is read: a count
			// ("(deux fois)", "à chaque occurrence"), "respectivement",
			// punctuation. Anything else ("… par le mot : « B » et le
			// contrat de vente", "… et à l'alinéa 2") was dropped, the
			// operation applied without it: refused.
			if !amTailRead.MatchString(op[min(end, len(op)):]) {
				return nil, false
			}
		}
	}
	if !amLocatorIsPlace28(loc) || amPlaceTwice28(loc) {
		// "Après la première phrase du juge, insérer …": no place
		// (amplace28.go).
		return nil, false
	}
	scopeOf := func(extra, extraCased string) ([]Scope, bool) {
		if obj := strings.TrimRight(extraCased, " .;:"); proposed == "" && amNumAl.MatchString(loc) && !hasItemLoc(locCased) && (hasItemLoc(obj) || amItemRange.MatchString(obj) || amItemList.MatchString(obj)) {
			// "Alinéas 2 à 6" / "Supprimer les b à d", "Alinéa 5" /
			// "Supprimer le 2°": the items named as the verb's object,
			// which must begin in those alinéas (Scope.Within) — the item
			// was dropped and the alinéas deleted (the whole 1° for its
			// b), or the list's items each read as the alinéa.
			objs, ok := amScope(ref, asciiLower(obj), obj)
			places, ok2 := amScope(ref, loc, locCased)
			if !ok || !ok2 || len(places) == 0 {
				return nil, false
			}
			// The alinéas, one span: "Alinéas 5 et 6" is 5 to 6; apart
			// ("Alinéas 2 et 5"), not read.
			var span Division
			for k, pl := range places {
				if pl.Sentence != 0 || pl.Where != "" || len(pl.Within) > 0 || len(pl.Path) != 1 || !pl.Path[0].Numbered {
					return nil, false
				}
				d := pl.Path[0]
				if k == 0 {
					span = d
					continue
				}
				if d.Alinea != span.Alinea+max(span.Count, 1) {
					return nil, false
				}
				span.Count = max(span.Count, 1) + max(d.Count, 1)
			}
			for i := range objs {
				if len(objs[i].Path) == 0 || objs[i].Path[0].Numbered || len(objs[i].Within) > 0 {
					return nil, false
				}
				objs[i].Within = []Division{span}
			}
			return objs, true
		}
		scopes, ok := amScope(ref, extra+" "+loc, extraCased+" "+locCased)
		if ok && proposed != "" {
			if sc, read := rankInProposed(ref, extra+" "+loc, extraCased+" "+locCased, scopes, proposed); read {
				return sc, sc != nil
			}
			// Inside the proposed text: the bill article's numbered
			// alinéa (a Sénat locator line) only points at it.
			for i := range scopes {
				var p []Division
				for _, d := range scopes[i].Path {
					if !d.Numbered {
						p = append(p, d)
					}
				}
				scopes[i].Path = append([]Division{{Proposed: proposed}}, p...)
			}
			if len(scopes) == 0 {
				scopes = []Scope{{Ref: ref, Path: []Division{{Proposed: proposed}}}}
			}
			return scopes, true
		}
		if ok && amSameAl.MatchString(loc) && !amAfterSame.MatchString(loc) {
			// "En conséquence, au même alinéa, substituer …": the alinéa
			// of the instruction before; refused without one, and after
			// one on several alinéas ("Aux alinéas 2 et 3", "alinéas 2 à
			// 4"): which is not said.
			path, ok := prevAlinea(prev)
			if !ok || len(path) == 0 {
				return nil, false
			}
			for _, d := range path {
				if d.Count != 0 && d.Count != 1 {
					return nil, false
				}
			}
			for i := range scopes {
				if len(scopes[i].Path) == 0 {
					scopes[i].Path = append([]Division(nil), path...)
				}
			}
		}
		return scopes, ok
	}
	rest, restCased := op[len(verb):], cased[vm[0]+len(verb):vm[0]+len(op)]
	if (verb == "supprimer" || verb == "remplacer" || verb == "substituer" || verb == "inserer" || verb == "ajouter") && unreadWordPart(rest) {
		return nil, false
	}
	// words reads the quoted words of s: "les mots : « A »", and those
	// listed after them without their noun ("les mots : « A » et « B »",
	// "les mots : « A », « B » et « C »").
	words := func(s string) []Edit {
		var es []Edit
		for _, m := range amWords.FindAllStringSubmatchIndex(s, -1) {
			occ := ""
			if m[2] >= 0 {
				occ = s[m[2]:m[3]]
			}
			es = append(es, Edit{Old: q(s[m[4]:m[5]]), Occurrences: ordinals(occ)})
			for rest := s[m[1]:]; ; {
				n := amMoreWords.FindStringSubmatchIndex(rest)
				if n == nil {
					break
				}
				es = append(es, Edit{Old: q(rest[n[2]:n[3]])})
				rest = rest[n[1]:]
			}
		}
		return es
	}

	// "Après le II, insérer un II bis ainsi rédigé : « II ter. – … »",
	// "Compléter le I par un 3° ainsi rédigé : « 4° … »": the item
	// announced and the new text's label are two labels — refused (the
	// text's went in).
	if m := amAnnouncedLabel.FindStringSubmatch(cased); m != nil && len(lines) > 0 && (verb == "inserer" || verb == "ajouter" || verb == "completer" || verb == "retablir") {
		first := m[1]
		if first == "" {
			// "des 1° bis et 1° ter ainsi rédigés".
			first = m[2]
		}
		if roman, same := smallRomanAnnounced(first, lines[0]); roman && !same {
			return nil, false
		} else if l, k := labelOf(lines[0]); !roman && (k != 0 && !announcedIs(l, first) || announcedTextUnlabelled(lines[0])) {
			return nil, false
		}
		if named := amEachLabel.FindAllStringSubmatch(m[0], -1); len(named) > 1 && !labelsAnnounced(lines, named) {
			// "insérer un 1° bis et un 1° ter ainsi rédigés :" then one
			// item, or a 1° bis and a 1° quater: refused.
			return nil, false
		}
	}
	if (verb == "inserer" || verb == "ajouter" || verb == "completer" || verb == "retablir") && (!parenAnnounced(cased, lines) || !parenListAnnounced(cased, lines)) {
		// "insérer un 3) ainsi rédigé : « 4) … »": refused
		// (parenAnnounced).
		return nil, false
	}
	// startUpTo reads a start bounded by words, "le début de l'alinéa 3
	// jusqu'au mot : « A »" (obj), deleted (no lines) or replaced by
	// lines: from the start to A included, in one division.
	startUpTo := func(obj, objCased string, lines []string) ([]Edit, bool) {
		m := amUpToWords.FindStringSubmatchIndex(obj)
		if m == nil || anchor != "" || countQ(obj) != 1 || amEndOf.MatchString(obj) || amUpToExcluded.MatchString(obj) {
			return nil, false
		}
		scopes, ok := scopeOf(obj[:m[0]], objCased[:m[0]])
		if !ok || len(scopes) != 1 {
			return nil, false
		}
		sc := scopes[0]
		sc.Where = ""
		return []Edit{{Kind: EditRewriteStart, Scope: sc, Anchor: q(obj[m[2]:m[3]]), Lines: lines}}, true
	}
	switch verb {
	case "supprimer":
		// "Supprimer la fin de l'alinéa 3 à partir du mot : « A »": from
		// A, A included, to the end. Other words that bound a span ("du
		// mot : « A » à la fin", "à partir de la seconde occurrence du
		// mot") are no words to delete: refused (A alone was deleted).
		from := false
		if m := amFromWords.FindStringSubmatch(rest); m != nil && anchor == "" && amEndOf.MatchString(rest) {
			anchor, from = q(m[1]), true
		} else if amStartOf.MatchString(rest) && anchor != "" && !amUpToWords.MatchString(rest) {
			// "Avant le mot : « A », supprimer le début de l'alinéa 3".
			scopes, ok := scopeOf(rest, restCased)
			if !ok || len(scopes) != 1 {
				return nil, false
			}
			return startBeforeWords(scopes[0], anchor, before, occ, nil)
		} else if amStartOf.MatchString(rest) && amUpToWords.MatchString(rest) {
			// "Supprimer le début de l'alinéa 3 jusqu'au mot : « A »":
			// a start without a new one (A alone was deleted).
			return startUpTo(rest, restCased, nil)
		} else if amWordBound.MatchString(rest) {
			return nil, false
		}
		if ws := words(rest); len(ws) > 0 && !from {
			if n := qNum.FindStringIndex(rest); n != nil && amDivisionAnd.MatchString(rest[:n[0]]) {
				// "supprimer la seconde phrase et les mots : « A »",
				// "Supprimer l'alinéa 3 et les mots : …": a division
				// deleted before the words (it was dropped, and the words
				// deleted wherever they stood); a place between commas
				// not read as one ("Supprimer, en la seconde phrase de
				// l'alinéa 2, les mots : …"). Not read: refused.
				return nil, false
			}
			if i := strings.LastIndex(rest, "q"+strconv.Itoa(len(quotes)-1)); i >= 0 && amAndDivision.MatchString(rest[i:]) {
				// "supprimer les mots : « A » et la dernière phrase": a
				// division deleted besides the words (it was dropped).
				// Not read: refused.
				return nil, false
			}
			if len(ws) != countQ(rest) || amPlaceBetween.MatchString(rest) {
				// Quoted words not read as words to delete: the
				// amendment says more than was understood.
				return nil, false
			}
			scopes, ok := scopeOf("", "")
			if !ok {
				return nil, false
			}
			// "Après les mots : « A », supprimer les mots : « B »": the
			// first B after A (the last before it with "avant"); with
			// several words or an ordinal as well, not read.
			if anchor != "" && (len(ws) != 1 || ws[0].Occurrences != nil) {
				return nil, false
			}
			wocc, ok := anchorRankOfDeletion(ws[0].Occurrences, anchor, occ)
			if !ok {
				return nil, false
			}
			// "supprimer (deux fois) les mots : « A »": a count, said
			// of one group of words only.
			times, ok := amTimesOf(rest, [][2]int{{0, len(rest)}})
			if ok {
				times, ok = locTimes(loc, times)
			}
			if !ok || times[0] != 0 && len(ws) != 1 {
				return nil, false
			}
			t, ok := timesPerPlace(times[0], len(scopes))
			if !ok {
				return nil, false
			}
			var es []Edit
			for _, s := range scopes {
				for _, w := range ws {
					es = append(es, Edit{Kind: EditDeleteWords, Scope: s, Old: w.Old, Occurrences: wocc, Anchor: anchor, Before: before, Times: t})
				}
			}
			return es, true
		}
		if amEndOf.MatchString(rest) || amStartOf.MatchString(rest) {
			// "Après le mot : « A », supprimer la fin de l'alinéa 3": from
			// the words to the end, never the whole alinéa; without the
			// words, or "le début", not read.
			if anchor == "" || before || amStartOf.MatchString(rest) {
				return nil, false
			}
			scopes, ok := scopeOf(rest, restCased)
			if !ok || len(scopes) == 0 {
				return nil, false
			}
			var es []Edit
			for _, sc := range scopes {
				sc.Where = ""
				es = append(es, Edit{Kind: EditRewriteEnd, Scope: sc, Anchor: anchor, Occurrences: occ, Before: from})
			}
			return es, true
		}
		if amThisArt.MatchString(rest) && !strings.Contains(rest, "alinea") && !hasItemLoc(restCased) && !strings.Contains(rest, "phrase") {
			// "Supprimer cet article": the article named first, nothing
			// of it before ("les dispositions de cet article relatives
			// à …", "la référence à cet article": refused — the article
			// was deleted).
			if !amThisArtFirst.MatchString(rest) {
				return nil, false
			}
			return []Edit{{Kind: EditDelete, Scope: Scope{Ref: ref}}}, true
		}
		for _, m := range amNounWord.FindAllString(rest, -1) {
			if !strings.HasPrefix(m, "phrase") {
				// "À l'alinéa 3, supprimer le dernier mot": words named
				// without their quotation are no division — the whole
				// alinéa was deleted. Refused.
				return nil, false
			}
		}
		if !amObjectIsPlace27(rest) {
			// "Alinéa 4 / Supprimer le juge.": no place (amobject27.go).
			return nil, false
		}
		scopes, ok := scopeOf(rest, restCased)
		if !ok || len(scopes) == 0 {
			return nil, false
		}
		if len(scopes) > 1 {
			// "Alinéas 33 et 34 / Supprimer ces alinéas": consecutive
			// alinéas go as one block, so that a division and the quoted
			// text it introduces leave one "3° (Supprimé)".
			if s, ok := consecutive(scopes); ok {
				scopes = []Scope{s}
			}
		}
		if len(scopes) > 1 && sameDivisionSentences(scopes) {
			// Sentences counted on the text before: from the start, the
			// later ones first; from the end, the one nearer the start
			// first (deleting it leaves the last one last).
			sort.SliceStable(scopes, func(i, j int) bool {
				a, b := scopes[i].Sentence, scopes[j].Sentence
				if a > 0 && b > 0 {
					return a < b
				}
				return a > b
			})
		}
		var es []Edit
		for i := len(scopes) - 1; i >= 0; i-- { // from the last, so numbers stay valid
			s := scopes[i]
			if len(s.Path) == 0 && s.Sentence == 0 {
				return nil, false
			}
			es = append(es, Edit{Kind: EditDelete, Scope: s, NoMark: true})
		}
		return es, true

	case "remplacer", "substituer":
		// Words: "remplacer les mots : « A » par les mots : « B »",
		// "substituer aux mots : « A » les mots : « B »".
		// "Remplacer le début de l'alinéa 3 jusqu'au mot : « A » par les
		// mots : « B »": the start rewritten up to A (A alone was
		// replaced); other words that bound a span are not the words
		// replaced — refused.
		if i := strings.Index(rest, " par "); i >= 0 && verb == "remplacer" && amStartOf.MatchString(rest[:i]) && amUpToWords.MatchString(rest[:i]) {
			m := amParWords.FindStringSubmatch(rest[i:])
			if m == nil {
				return nil, false
			}
			return startUpTo(rest[:i], restCased[:i], []string{q(m[1])})
		}
		if i := strings.Index(rest, " par "); i >= 0 && verb == "remplacer" && anchor != "" && amStartOf.MatchString(rest[:i]) && !amUpToWords.MatchString(rest[:i]) {
			// "Avant le mot : « A », remplacer le début de l'alinéa 3 par
			// les mots : « B »": the start up to A, A kept.
			m := amParWords.FindStringSubmatch(rest[i:])
			scopes, ok := scopeOf(rest[:i], restCased[:i])
			if m == nil || !ok || len(scopes) != 1 {
				return nil, false
			}
			return startBeforeWords(scopes[0], anchor, before, occ, []string{q(m[1])})
		}
		if amWordBound.MatchString(rest) {
			return nil, false
		}
		// "remplacer respectivement les mots : « A » et « B » par les
		// mots : « C » et « D »": A by C, B by D — as many new as old.
		if amRespWord.MatchString(rest) {
			m := amRespectively.FindStringSubmatch(amRespWord.ReplaceAllString(rest, " "))
			if m == nil || anchor != "" {
				return nil, false
			}
			olds, news := qNum.FindAllStringSubmatch(m[1], -1), qNum.FindAllStringSubmatch(m[2], -1)
			if len(olds) != len(news) {
				return nil, false
			}
			scopes, ok := scopeOf("", "")
			if !ok {
				return nil, false
			}
			var es []Edit
			for k := range olds {
				for _, s := range scopes {
					es = append(es, Edit{Kind: EditReplaceWords, Scope: s, Old: q(olds[k][1]), New: q(news[k][1])})
				}
			}
			// "… « A » et « B » par … « B » et « C »": the pairs read the
			// text as tabled, B replaced before A (in turn, A's new B
			// became C); refused when no order does it.
			return simultaneousOrder(es)
		}
		// Several pairs: "remplacer les mots : « A » par les mots : « B »
		// et les mots : « C » par les mots : « D »"; an odd count (old
		// words without their new ones) is not read.
		if ws := amWords.FindAllStringSubmatch(rest, -1); len(ws) >= 2 {
			if len(ws)%2 != 0 {
				return nil, false
			}
			if n := qNum.FindStringIndex(rest); n != nil && amDivisionAnd.MatchString(rest[:n[0]]) {
				// "Remplacer l'alinéa 3 et les mots : « A » par …",
				// "Substituer, en la seconde phrase de l'alinéa 2, aux mots
				// : …": a division, or a place not read, before the words
				// (it was dropped, and the words replaced wherever they
				// stood). Refused.
				return nil, false
			}
			scopes, ok := scopeOf("", "")
			if !ok {
				return nil, false
			}
			// "Après le mot : « Guyane », substituer au mot : « et » le mot
			// : « ou »": the first "et" after the anchor (the last before
			// it with "avant"); with an ordinal as well, not read.
			if anchor != "" && (len(ws) != 2 || ordinals(ws[0][1]) != nil) {
				return nil, false
			}
			var spans [][2]int
			for k, m := range amWords.FindAllStringIndex(rest, -1) {
				if k%2 == 0 {
					spans = append(spans, [2]int{m[0], m[1]})
				} else {
					spans[len(spans)-1][1] = m[1]
				}
			}
			times, ok := amTimesOf(rest, spans)
			if ok {
				times, ok = locTimes(loc, times)
			}
			if !ok {
				return nil, false
			}
			for k := 1; k < len(ws); k += 2 {
				for j := k + 1; j < len(ws); j += 2 {
					if strings.Contains(q(ws[k][2]), q(ws[j][2])) || wordsWithin(q(ws[k][2]), q(ws[j][2])) {
						// "le mot : « maire » par le mot : « préfet » et le
						// mot : « préfet » par le mot : « juge »": the
						// pairs in turn would edit the words just put (both
						// became "juge"). Refused.
						return nil, false
					}
				}
			}
			var es []Edit
			for k := 0; k < len(ws); k += 2 {
				t, ok := timesPerPlace(times[k/2], len(scopes))
				if !ok {
					return nil, false
				}
				for _, s := range scopes {
					es = append(es, Edit{Kind: EditReplaceWords, Scope: s, Old: q(ws[k][2]), Occurrences: replacedRanks(ordinals(ws[k][1]), anchor, occ), New: q(ws[k+1][2]), Anchor: anchor, Before: before, Times: t})
				}
			}
			return es, true
		}
		// "Après le mot : « A », remplacer la fin de l'alinéa 2 par les
		// mots : « B »": its end rewritten from A, as "rédiger ainsi la
		// fin"; without the words (or "le début"), where the end begins
		// is not said — refused (the whole alinéa was rewritten).
		if amEndOf.MatchString(rest) || amStartOf.MatchString(rest) {
			i := strings.Index(rest, " par ")
			if anchor == "" || before || i < 0 || amStartOf.MatchString(rest[:i]) || !amEndOf.MatchString(rest[:i]) {
				return nil, false
			}
			end := lines
			if m := amParWords.FindStringSubmatch(rest[i:]); m != nil {
				end = []string{q(m[1])}
			}
			scopes, ok := scopeOf(rest[:i], restCased[:i])
			if len(end) == 0 || end[0] == "" || !ok || len(scopes) != 1 {
				return nil, false
			}
			sc := scopes[0]
			sc.Where = ""
			return rewriteEndLines(Edit{Kind: EditRewriteEnd, Scope: sc, Anchor: anchor, Occurrences: occ}, end)
		}
		// Alinéas: "remplacer cet alinéa par deux alinéas ainsi rédigés",
		// "substituer aux alinéas 2 à 5 les quatre alinéas suivants".
		// The new text after the head, or quoted at its end ("Substituer à
		// l'alinéa 2 l'alinéa suivant : « … »").
		if len(lines) == 0 {
			return nil, false
		}
		obj, objCased := rest, restCased
		if i := strings.Index(obj, " par "); i >= 0 {
			obj, objCased = obj[:i], objCased[:i]
		}
		if i := strings.LastIndex(obj, ":"); i >= 0 && len(in.payload) == 0 {
			obj, objCased = obj[:i], objCased[:i]
		}
		// "Substituer à la première phrase les deux phrases suivantes :":
		// the new text announced is no place.
		if m := amNewText.FindStringIndex(obj); m != nil {
			obj, objCased = blankOut(obj, m[0], m[1]), blankOut(objCased, m[0], m[1])
		}
		one := amOnePart.MatchString(restCased)
		if m := amNewPart.FindStringIndex(objCased); m != nil {
			obj, objCased = blankOut(obj, m[0], m[1]), blankOut(objCased, m[0], m[1])
		}
		scopes, ok := scopeOf(obj, objCased)
		if ok && len(scopes) > 1 && sameDivisionSentences(scopes) {
			return shareSentences(scopes, lines)
		}
		if ok && len(scopes) > 1 {
			if es, merged := mergeParts(scopes, lines); merged && one {
				return markKindNamed(amKindNamed, es, rest), true
			}
			s, cons := consecutive(scopes)
			scopes, ok = []Scope{s}, cons
		}
		if !ok || len(scopes) != 1 || len(scopes[0].Path) == 0 && !amThisArt.MatchString(obj) {
			return nil, false
		}
		return markKindNamed(amKindNamed, []Edit{{Kind: EditRewrite, Scope: scopes[0], Lines: lines}}, rest), true

	case "rediger", "retablir":
		obj, objCased := rest, restCased
		if i := strings.Index(obj, ":"); i >= 0 {
			obj, objCased = obj[:i], objCased[:i]
		}
		if len(lines) == 0 {
			return nil, false
		}
		// "Rétablir cet article …" is the whole article, "Rétablir ainsi
		// l'alinéa 5 : …" (or "Alinéa 5 / Rétablir ce paragraphe …") only
		// the alinéa.
		if (verb == "retablir" || amThisArt.MatchString(obj)) && amRestoreWhole.MatchString(obj) && !strings.Contains(obj, "alinea") && !strings.Contains(loc, "alinea") && !strings.Contains(obj, "phrase") && !amEndOf.MatchString(obj) && !amStartOf.MatchString(obj) && !hasItemLoc(objCased) {
			return []Edit{{Kind: EditRewrite, Scope: Scope{Ref: ref}, Lines: lines}}, true
		}
		if !amObjectIsPlace27(obj) {
			// "À l'alinéa 5, rédiger ainsi le clerc : « … »": no place.
			return nil, false
		}
		scopes, ok := scopeOf(obj, objCased)
		if !ok || len(scopes) == 0 {
			return nil, false
		}
		if len(scopes) > 1 && sameDivisionSentences(scopes) {
			// "Rédiger ainsi les deux dernières phrases de l'alinéa 2":
			// one new text for them together.
			return shareSentences(scopes, lines)
		}
		if len(scopes) > 1 && (amEndOf.MatchString(obj) || amStartOf.MatchString(obj)) {
			// "Rédiger ainsi la fin des alinéas 2 et 3 : …": one new end
			// for each, or for them together? Not said (both alinéas were
			// rewritten whole).
			return nil, false
		}
		if len(scopes) > 1 {
			// "Alinéas 48 et 60 / Rédiger ainsi ces alinéas : …": consecutive
			// alinéas are one block; others each take the new text — items
			// ("Rédiger ainsi les a) et b) :") not, each has its own —
			// the lines that begin with its label (rewriteByLabels).
			if s, ok := consecutive(scopes); ok {
				return []Edit{{Kind: EditRewrite, Scope: s, Lines: lines}}, true
			}
			if es, ok := rewriteByLabels(scopes, lines); ok {
				return es, true
			}
			if len(lines) > 1 {
				// "Rédiger ainsi les alinéas 3 et 5 :" then two alinéas:
				// one each, or both for each? Not said (each took both).
				return nil, false
			}
			var es []Edit
			for _, s := range scopes {
				if len(s.Path) == 0 || s.Path[len(s.Path)-1].Item != "" || s.Sentence != 0 || amEndOf.MatchString(obj) || amStartOf.MatchString(obj) {
					return nil, false
				}
				es = append(es, Edit{Kind: EditRewrite, Scope: s, Lines: lines})
			}
			return es, true
		}
		s := scopes[0]
		s.Where = ""
		switch {
		case amEndOf.MatchString(obj):
			from := false
			if m := amFromWords.FindStringSubmatch(rest); m != nil && anchor == "" {
				// "Rédiger ainsi la fin de l'alinéa à partir du mot :
				// « A » : « … »": from A, A included.
				anchor, from = q(m[1]), true
			}
			if anchor == "" || before {
				// "Avant le mot : « A », rédiger ainsi la fin …": an end
				// before a word is no form of the language (it was read
				// as after A). Refused.
				return nil, false
			}
			return rewriteEndLines(Edit{Kind: EditRewriteEnd, Scope: s, Anchor: anchor, Occurrences: occ, Before: from}, lines)
		case amStartOf.MatchString(obj):
			if len(lines) != 1 {
				return nil, false
			}
			if amUpToExcluded.MatchString(rest) {
				return nil, false
			}
			if anchor != "" {
				return startBeforeWords(s, anchor, before, occ, lines)
			}
			if m := amUpToWords.FindStringSubmatch(rest); m != nil {
				// "Rédiger ainsi le début de cet alinéa jusqu'au mot :
				// « A » : « … »": from the start to A included.
				return []Edit{{Kind: EditRewriteStart, Scope: s, Anchor: q(m[1]), Lines: lines}}, true
			}
			return []Edit{{Kind: EditRewriteStart, Scope: s, Lines: lines}}, true
		}
		if len(s.Path) == 0 && s.Sentence == 0 {
			return nil, false
		}
		// "Rétablir le II dans la rédaction suivante", "Rétablir un 2°
		// ainsi rédigé", "Rétablir ainsi l'alinéa 5": re-established is
		// said of a division deleted, "II. – (Supprimé)"; one in force
		// there says another text — refused, as in the bills (it was
		// overwritten).
		restored := verb == "retablir" && s.Sentence == 0 && s.Path[len(s.Path)-1].Count <= 1
		return []Edit{{Kind: EditRewrite, Scope: s, Lines: lines, Restored: restored}}, true

	case "inserer", "ajouter":
		if anchor != "" {
			ws := amWords.FindAllStringSubmatch(rest, -1)
			if len(ws) != 1 {
				return nil, false
			}
			scopes, ok := scopeOf("", "")
			if !ok {
				return nil, false
			}
			// "Après le mot : « A » (deux fois), insérer …", "… insérer le
			// mot : « B » (deux fois)": the count the amendment says, after
			// the anchor or the new words (it was dropped: the words went
			// after every occurrence, however many); two counts: refused.
			times := 0
			if ms := amTimes.FindAllStringSubmatch(low, -1); len(ms) > 1 {
				return nil, false
			} else if len(ms) == 1 {
				times = cardinal(ms[0][1])
			}
			times, ok = timesPerPlace(times, len(scopes))
			if !ok {
				return nil, false
			}
			var es []Edit
			for _, s := range scopes {
				es = append(es, Edit{Kind: EditInsertWords, Scope: s, Anchor: anchor, Occurrences: occ, New: q(ws[0][2]), Before: before, Times: times})
			}
			return es, true
		}
		if ws := amWords.FindAllStringSubmatch(rest, -1); len(ws) == 1 && len(in.payload) == 0 {
			// "Au début de l'alinéa 53, insérer les mots : « … »"
			scopes, ok := scopeOf("", "")
			if !ok || scopes[0].Where == "" {
				return nil, false
			}
			var es []Edit
			for _, s := range scopes {
				es = append(es, Edit{Kind: EditAppendWords, Scope: s, New: q(ws[0][2])})
			}
			return es, true
		}
		if len(lines) == 0 || !amCount.MatchString(rest) {
			return nil, false
		}
		kind := amCount.FindStringSubmatch(rest)[1]
		if strings.HasPrefix(kind, "phrase") && (strings.Contains(loc, "au debut") || strings.Contains(loc, "a la fin")) && !amAfterAl.MatchString(loc) {
			// "Au début de l'alinéa 1, insérer une phrase ainsi rédigée"
			// (before its first sentence, after its label), "À la fin
			// de l'alinéa 1, …" (after its last).
			scopes, ok := scopeOf("", "")
			if !ok || len(scopes) == 0 {
				return nil, false
			}
			var es []Edit
			for _, sc := range scopes {
				if sc.Sentence != 0 {
					return nil, false
				}
				start := strings.Contains(loc, "au debut")
				sc.Where = ""
				if start {
					sc.Where = "start"
				}
				es = append(es, Edit{Kind: EditInsertSentences, Scope: sc, Lines: lines, Before: start})
			}
			return es, true
		}
		if m := amAfterThis.FindStringSubmatch(loc); m != nil {
			// "Alinéa 3 / Après cet alinéa, insérer deux alinéas …";
			// "Alinéas 3 et 4 / Après ces alinéas, …": after the last
			// (before the first); "cet alinéa" under "Alinéa 3, première
			// phrase" is the alinéa (both were refused).
			scopes, ok := scopeOf("", "")
			if !ok || len(scopes) == 0 {
				return nil, false
			}
			s := scopes[0]
			if len(scopes) > 1 {
				if s, ok = consecutive(scopes); !ok {
					return nil, false
				}
			}
			if len(s.Path) != 1 || (s.Path[0].Count > 1) != (m[2] != "cet alinea") {
				return nil, false
			}
			d := s.Path[0]
			if m[1] == "apres" && d.Count > 1 {
				d.Alinea += d.Count - 1
			}
			d.Count = 0
			s.Path, s.Sentence, s.Where = []Division{d}, 0, ""
			return []Edit{{Kind: EditInsertAlineas, Scope: s, Lines: lines, Before: m[1] == "avant"}}, true
		}
		if m := amAfterSame.FindStringSubmatch(loc); m != nil && !amAfterAl.MatchString(loc) {
			// "En conséquence, après le même alinéa, insérer …": the
			// alinéa of the instruction before.
			path, ok := prevAlinea(prev)
			if !ok || len(path) != 1 || !path[0].Numbered {
				return nil, false
			}
			d := path[0]
			d.Alinea += max(d.Count, 1) - 1
			d.Count = 0
			return []Edit{{Kind: EditInsertAlineas, Scope: Scope{Ref: ref, Path: []Division{d}}, Lines: lines, Before: m[1] == "avant"}}, true
		}
		if m := amAfterDash.FindStringSubmatch(loc); m != nil {
			// "Après le deuxième tiret de l'alinéa 3, insérer …": after
			// (before) that dash of the list alinéa 3 introduces
			// (dashAsTabled).
			n, _ := strconv.Atoi(m[3])
			rank := ordValue[m[2]]
			if rank == 0 || strings.Count(loc, "tiret") > 1 {
				return nil, false
			}
			return []Edit{{Kind: EditInsertAlineas, Scope: Scope{Ref: ref, Path: []Division{{Alinea: n, Numbered: true}, {Alinea: rank, Dash: true}}}, Lines: lines, Before: m[1] == "avant"}}, true
		}
		if m := amAfterAl.FindStringSubmatch(loc); m != nil {
			before := m[1] == "avant"
			if m[2] != "" {
				n, _ := strconv.Atoi(m[2])
				return []Edit{{Kind: EditInsertAlineas, Scope: Scope{Ref: ref, Path: []Division{{Alinea: n, Numbered: true}}}, Lines: lines, Before: before}}, true
			}
			if strings.HasPrefix(kind, "phrase") {
				scopes, ok := scopeOf("", "")
				if !ok || len(scopes) != 1 {
					return nil, false
				}
				s := scopes[0]
				s.Sentence = ordValue[m[3]]
				if len(s.Path) == 0 {
					s.Path = []Division{{Alinea: 1}}
				}
				return []Edit{{Kind: EditInsertSentences, Scope: s, Lines: lines, Before: before}}, true
			}
			return nil, false
		}
		if m := amAfterRank.FindStringSubmatch(loc); m != nil {
			// "Après le dernier alinéa, insérer …", "Avant le premier
			// alinéa du II, insérer …": that one alinéa.
			scopes, ok := scopeOf("", "")
			if !ok || len(scopes) != 1 || len(scopes[0].Path) == 0 || scopes[0].Sentence != 0 {
				return nil, false
			}
			last := scopes[0].Path[len(scopes[0].Path)-1]
			if last.Item != "" || last.Alinea == 0 || last.Count > 1 || last.Proposed != "" {
				return nil, false
			}
			if p := scopes[0].Path; len(p) == 2 && p[0].Proposed != "" && last.Alinea == -1 && m[1] == "apres" {
				// "Après le dernier alinéa du texte proposé pour l'article
				// L. 1": at its end, inside its quotation, as "Compléter
				// le texte proposé … par un alinéa".
				s := scopes[0]
				s.Path = p[:1]
				return []Edit{{Kind: EditAppendAlineas, Scope: s, Lines: lines}}, true
			}
			return []Edit{{Kind: EditInsertAlineas, Scope: scopes[0], Lines: lines, Before: m[1] == "avant"}}, true
		}
		if m := amAfterItem.FindStringSubmatch(loc); m != nil {
			// "Après le I, insérer un I bis ainsi rédigé :": after the
			// whole item, its own alinéas included.
			scopes, ok := scopeOf("", "")
			if !ok || len(scopes) != 1 || len(scopes[0].Path) == 0 || scopes[0].Path[len(scopes[0].Path)-1].Item == "" {
				return nil, false
			}
			return []Edit{{Kind: EditInsertAlineas, Scope: scopes[0], Lines: lines, Before: m[1] == "avant"}}, true
		}
		if strings.Contains(loc, "au debut de cet article") {
			return []Edit{{Kind: EditInsertAlineas, Scope: Scope{Ref: ref, Path: []Division{{Alinea: 1}}}, Lines: lines, Before: true}}, true
		}
		if amEndOfArticle.MatchString(loc) {
			// "À la fin de cet article, insérer un paragraphe ainsi
			// rédigé :": as "Compléter cet article par …".
			return []Edit{{Kind: EditAppendAlineas, Scope: Scope{Ref: ref}, Lines: lines}}, true
		}
		return nil, false

	case "completer":
		obj, objCased := rest, restCased
		tail := ""
		if i := strings.Index(obj, " par "); i >= 0 {
			obj, objCased, tail = obj[:i], objCased[:i], obj[i+len(" par "):]
		} else if i := strings.Index(obj, " d'"); i >= 0 {
			obj, objCased, tail = obj[:i], objCased[:i], obj[i+len(" d'"):]
		} else {
			return nil, false
		}
		if !amCompletedIsPlace27(obj) {
			// "Alinéa 3 / Compléter le juge par les mots : « … »": no
			// place (amverbs27.go).
			return nil, false
		}
		scopes, ok := scopeOf(obj, objCased)
		if !ok || len(scopes) == 0 {
			return nil, false
		}
		if ws := amWords.FindAllStringSubmatchIndex(tail, -1); len(ws) == 1 && !strings.Contains(tail, "ainsi redige") {
			// "Compléter par les mots : « A » l'alinéa 2": words after the
			// new ones are not read (A went to the article's end).
			if strings.Trim(tail[ws[0][1]:], " .;") != "" {
				return nil, false
			}
			// "Compléter les alinéas 2 à 4 par les mots …": each of them
			// (the range was completed at its end, alinéa 4 only).
			return appendToEach(scopes, q(tail[ws[0][4]:ws[0][5]]))
		}
		if len(lines) == 0 {
			return nil, false
		}
		if amWordsThenSentence.MatchString(tail) {
			// "Compléter l'alinéa 2 par les mots et une phrase ainsi
			// rédigés : « et date. Il remet. »": words that end the
			// alinéa's last sentence, then sentences — completed as words
			// are (it was a sentence of its own: "signe. et date.").
			if len(lines) != 1 {
				return nil, false
			}
			return appendToEach(scopes, lines[0])
		}
		if strings.Contains(tail, "phrase") {
			var es []Edit
			each, ok := eachAlinea(scopes)
			if !ok {
				return nil, false
			}
			for _, s := range each {
				s.Where = ""
				if !strings.Contains(obj, "phrase") {
					s.Sentence = 0
				}
				// "Compléter la première phrase de l'alinéa 3 par une
				// phrase": after that sentence (it went at the alinéa's
				// end); "cet alinéa" under "Alinéa 3, première phrase" is
				// the alinéa.
				es = append(es, Edit{Kind: EditInsertSentences, Scope: s, Lines: lines})
			}
			return es, true
		}
		if len(scopes) != 1 {
			return nil, false
		}
		if amArticleAnnounced.MatchString(tail) && !proposedScope(scopes[0]) {
			// "Compléter cet article par un article ainsi rédigé : « Art.
			// 3. – … »": an article is not an alinéa of this one (it was
			// appended as its last alinéa); where it goes, in a text
			// proposed for a code or after this article, is not said.
			return nil, false
		}
		return []Edit{{Kind: EditAppendAlineas, Scope: scopes[0], Lines: lines}}, true
	}
	return nil, false
}

// amArticleAnnounced is an article announced as what completes (folded):
// "un article ainsi rédigé", "deux articles ainsi rédigés", "un article
// 3 bis ainsi rédigé".
var amArticleAnnounced = mustRe(`^\s*(?:un|des|les|l'|` + cardinalWords + `)\s*(?:nouvel\s+|nouveaux\s+)?articles?\b`)

// proposedScope reports whether a scope lies in a text a bill article
// proposes for a code ("le texte proposé pour l'article L. 1").
func proposedScope(s Scope) bool {
	for _, d := range s.Path {
		if d.Proposed != "" {
			return true
		}
	}
	return false
}

// amWordsThenSentence announces words and sentences in one text, folded:
// "les mots et une phrase ainsi rédigés", "le mot et les deux phrases
// suivants".
var amWordsThenSentence = mustRe(`^\s*(?:les|le)\s+mots?\s+et\s+(?:une|la|les|des|` + cardinalWords + `)\s*(?:(?:` + cardinalWords + `)\s+)?phrases?\b`)

// rewriteEndLines is the edit e, an alinéa's end rewritten, with its new
// text: on one line, the new end; on several ("Après le mot : « dont »,
// rédiger ainsi la fin de cet alinéa :" / "« : »"… / "« - un représentant
// … ;" / "« - un autre. »"), the first line ends the alinéa and the others
// are new alinéas after it, as the quotation's alinéas say — they were
// joined into the alinéa. The end of a sentence, or of a division that is
// not one alinéa, followed by new alinéas, leaves where the rest goes not
// said: refused; so does a first line that is an item.
func rewriteEndLines(e Edit, lines []string) ([]Edit, bool) {
	if len(lines) == 0 {
		return nil, false
	}
	e.Lines = lines[:1]
	if len(lines) == 1 {
		return []Edit{e}, true
	}
	// A first line that is an item ("« - trois représentants ;", "« 1°
	// …") begins an alinéa of its own: how the alinéa before it ends (a
	// colon?) is not said — refused (it was joined to the alinéa, "dont -
	// trois représentants …").
	first := strings.TrimLeft(lines[0], " \u00a0«\"“")
	if _, k := labelOf(first); k != 0 || strings.HasPrefix(first, "-") || strings.HasPrefix(first, "–") || strings.HasPrefix(first, "—") {
		return nil, false
	}
	p := e.Scope.Path
	if e.Scope.Sentence != 0 || len(p) != 1 || p[0].Item != "" || p[0].Alinea <= 0 || p[0].Count > 1 || p[0].Proposed != "" || e.Scope.Where != "" {
		return nil, false
	}
	after := Edit{Kind: EditInsertAlineas, Scope: Scope{Ref: e.Scope.Ref, Path: p}, Lines: lines[1:]}
	return []Edit{e, after}, true
}

// unquoteBlock removes the quotation marks that delimit an amendment's new
// text, when it has them: the Assemblée quotes every alinéa of it
// (« … »); new text that is not quoted as a whole (the Sénat's, or an
// instruction followed by the code text it quotes) keeps its marks, which
// are the bill's own.
func unquoteBlock(payload []string) []string {
	if len(payload) == 0 || !isQuoted(payload[0]) {
		out := make([]string, len(payload))
		for i, l := range payload {
			out[i] = strings.TrimSpace(l)
		}
		return out
	}
	return cleanPayload(payload)
}

// eachAlineaOf is a path ending with alinéas counted together — a range
// of numbered alinéas ("alinéas 2 à 4"), "les deux derniers alinéas",
// "les deuxième à quatrième alinéas" — as one path by alinéa; any other
// path alone. Alinéas counted to the end ("les deuxième à dernier
// alinéas") are not said in number: not ok.
func eachAlineaOf(p []Division) ([][]Division, bool) {
	if len(p) == 0 {
		return [][]Division{p}, true
	}
	last := p[len(p)-1]
	if last.Item != "" || last.Alinea == 0 || last.Count == 0 || last.Count == 1 || last.Proposed != "" {
		return [][]Division{p}, true
	}
	if last.Count < 0 || last.Alinea < 0 && last.Alinea+last.Count > 0 {
		return nil, false
	}
	var out [][]Division
	for k := 0; k < last.Count; k++ {
		q := append([]Division(nil), p...)
		q[len(q)-1].Alinea, q[len(q)-1].Count = last.Alinea+k, 0
		out = append(out, q)
	}
	return out, true
}

// eachAlinea is scopes with their alinéas counted together split, one
// scope by alinéa (eachAlineaOf).
func eachAlinea(scopes []Scope) ([]Scope, bool) {
	var out []Scope
	for _, s := range scopes {
		ps, ok := eachAlineaOf(s.Path)
		if !ok {
			return nil, false
		}
		for _, p := range ps {
			t := s
			t.Path = p
			out = append(out, t)
		}
	}
	return out, true
}

// consecutive merges scopes on consecutive numbered alinéas ("alinéas 32
// et 33") into one.
func consecutive(scopes []Scope) (Scope, bool) {
	first := scopes[0]
	if len(first.Path) != 1 || !first.Path[0].Numbered || first.Sentence != 0 {
		return first, false
	}
	n := first.Path[0].Alinea
	for i, s := range scopes[1:] {
		if len(s.Path) != 1 || !s.Path[0].Numbered || s.Path[0].Alinea != n+i+1 || s.Sentence != 0 {
			return first, false
		}
	}
	first.Path = []Division{{Alinea: n, Count: len(scopes), Numbered: true}}
	return first, true
}

// appendToEach completes each alinéa of scopes (eachAlinea) with the
// words w: "Compléter les alinéas 2 à 4 par les mots …".
func appendToEach(scopes []Scope, w string) ([]Edit, bool) {
	each, ok := eachAlinea(scopes)
	if !ok {
		return nil, false
	}
	var es []Edit
	for _, s := range each {
		s.Where = ""
		es = append(es, Edit{Kind: EditAppendWords, Scope: s, New: w})
	}
	return es, true
}
