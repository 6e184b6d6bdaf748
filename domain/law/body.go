package law

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

func (p *parser) instructionBody(in *Instruction, level int, body string, payload []string) {
	p.into = nil
	written := body // as written, for the date that may defer it
	if m := reConstitutes.FindStringSubmatch(body); m != nil && len(payload) == 0 && !reConstitutesVerb.MatchString(m[1]) {
		p.constitutes(in, level, m)
		return
	}
	body = exceptionWords17(body)
	if why := groupingRefused(asciiLower(foldAccents(strings.TrimSpace(body)))); why != "" {
		refuseKeeping(in, reasonOf(errGroupingRefused, why))
		return
	}
	body = rewrittenException(body)
	if why := exceptionRefused(asciiLower(foldAccents(strings.TrimSpace(body)))); why != "" {
		refuseKeeping(in, reasonOf(errExceptionRefused, why))
		return
	}
	if err := followingNamed(asciiLower(foldAccents(strings.TrimSpace(body)))); err != nil {
		refuseKeeping(in, err)
		return
	}
	if err := billPronounSubject27(body); err != nil {
		refuseKeeping(in, err) // billobj27.go
		return
	}
	body = dropRestUnchanged(body)
	if rest, sel, kind, ok, bad := tableLocators26(body); bad {
		refuseTyped(in, errTablePart24) // a part of a table (tables24.go)
		return
	} else if ok {
		body = rest
		defer markTable24(in, sel, kind)
	} else if rest, whole, row, ok := tableLocator22(body); ok {
		body = rest // the table of a place (tables22.go)
		defer markTable22(in, whole, row)
	}
	defer func(text string) { oneReference(text, in.Edits) }(body)
	defer func(text string) { signsEvery26(text, in.Edits) }(body) // words26
	m := reUnquotedItemRef.FindStringSubmatch(body)
	if m == nil {
		// "les références aux 2° et 3° sont remplacées par les
		// références aux 3° et 4°": the list as the text writes it,
		// "2° et 3°", one string found once (it was not understood);
		// the items apart ("au 2° … au 3°") are not found, refused —
		// replaced one by one, the new 3° became a 4°.
		m = reUnquotedItemRefs.FindStringSubmatch(body)
	}
	if m != nil {
		// "la référence au 2° est remplacée par la référence au 3°",
		// unquoted: the 2° as quoted words, when the place holds it once
		// (Times) — twice, which reference is meant is not said (it was
		// not understood).
		body = m[1] + "la référence : « " + m[2] + " » est remplacée par la référence : « " + m[3] + " »" + m[4]
		defer func() {
			for i := range in.Edits {
				if in.Edits[i].Kind == EditReplaceWords && in.Edits[i].Times == 0 {
					in.Edits[i].Times = 1
				}
			}
		}()
	}
	body = glued.ReplaceAllString(body, "$1 $2 ainsi ")
	if rest, part, after, ok := wordsException(body); ok {
		body = rest
		defer p.exceptWordsIn(in, part, after)
	}
	if rest, kept, article, ok := rangeException(body); ok {
		body = rest
		defer exceptInRange(in, kept, article)
	} else if rest, kept, ok := rangeExceptSeveral(body); ok {
		body = rest
		defer exceptSeveralInRange(in, kept)
	} else if rest, kept, ok := rangeExceptItems(body); ok {
		body = rest
		defer exceptItemsInRange(in, kept)
	} else if rest, kept, ok := articleButParts(body); ok {
		body = rest
		defer exceptPartsOfArticle(in, kept)
	}
	body = exceptedPart(trailingException(alineasButFirstLast(body)))
	body = canonicalOrder(precededAlinea(body))
	body = alineaNumbers(fromToRanges(rankWords(articlePremier(body))))
	body = occurrencesCounted(occurrencePairs31(body))
	body = respectiveInsertions(body)
	// "les mots : « A » sont abrogés" is "les mots : « A » sont
	// supprimés": words are deleted (it was not understood).
	body = reWordsRepealed.ReplaceAllString(body, "${1}supprim$2")
	if m := reTrailingLocator.FindStringSubmatch(body); m != nil {
		body = upperFirst(m[2]) + ", " + lowerFirst(m[1]) + m[3]
	}
	if m := reBesideNew.FindStringSubmatch(body); m != nil {
		subject := asciiLower(foldAccents(m[1]))
		article := strings.HasPrefix(subject, "l'article") || strings.HasPrefix(subject, "les articles")
		switch {
		case m[2] == "précédé" && article:
			body = "Au début de " + lowerFirst(m[1]) + ", il est ajouté " + m[3]
		case m[2] == "précédé":
			body = "Avant " + lowerFirst(m[1]) + ", il est inséré " + m[3]
		case article && !reNewArticles.MatchString(asciiLower(foldAccents(m[3]))):
			// An alinéa after an article: at its end.
			body = m[1] + " est complété par " + m[3]
		default:
			body = "Après " + lowerFirst(m[1]) + ", il est inséré " + m[3]
		}
	}
	body = betweenWords(body)
	body = betweenWordsReplaced(body)
	if rest, b, ok := betweenTwo(body); ok {
		// "Entre le chapitre II et le chapitre III, il est inséré …":
		// after the first, the two next to each other (order18).
		body = rest
		defer betweenMark(in, b)
	} else if rest, b, ok := betweenAfterPlace(body); ok {
		// "Au chapitre II, entre les articles L. 4 et L. 5, …" (order19).
		body = rest
		defer betweenMark(in, b)
	}
	body = relabelledRewrite(body, payload)
	sh, quotes := shape(body)
	low := asciiLower(foldAccents(sh))
	low = strings.ReplaceAll(low, "\u00a0", " ")
	caseSh := foldAccents(sh)

	parent := Scope{}
	abrogate := false
	if n := len(p.stack); n > 0 {
		parent = p.stack[n-1].scope
		abrogate = p.stack[n-1].abrogate
	}
	push := func(s Scope, abrog bool) {
		p.stack = append(p.stack, frame{level: level, scope: s, abrogate: abrog})
	}
	fail := func(why error) {
		if why == nil { // a place refused with no reason: none is known
			why = errNoKnownForm22
		}
		refuseTyped(in, why)
	}
	// unreadHead: a head (ending with ":") refused refuses its items.
	unreadHead := func() {
		if strings.HasSuffix(strings.TrimSpace(low), ":") {
			p.stack = append(p.stack, frame{level: level, scope: parent, unread: true})
		}
	}

	defer func() {
		if in.Status != Parsed && in.Status != Context {
			p.textOfUnread(low)
		}
		p.forgetTitled(low)
		p.forgetNamedText20(caseSh)
	}()

	var top *frame
	if n := len(p.stack); n > 0 {
		top = &p.stack[n-1]
	}
	defer p.headAgreement28(in, len(p.stack), low)
	if why := pronounSubject28(low, top); why != nil {
		fail(why) // billsubj28.go
		unreadHead()
		return
	}
	if why := p.sameTextAfterVersion(low); why != "" {
		fail(reasonOf(errSameUnresolved22, why))
		return
	}
	if why := p.organicSame19(low); why != nil {
		fail(reasonCaused22(errSameUnresolved22, why))
		return
	}
	if why := codeInForceWhere20(low); why != nil {
		fail(reasonCaused22(errNotCurrentText22, why))
		p.codeOfRefused(low)
		unreadHead()
		return
	}
	if why := articleHeading20(low, parent); why != nil {
		refuseTyped(in, why)
		unreadHead()
		return
	}
	if why := qualifiedCode21(low); why != nil {
		refuseTyped(in, why)
		// Nor is an article named after it with no text the bill
		// article's code ("III. – L'article L. 3 est abrogé" after "II. –
		// L'article L. 2 de l'ancien code pénal …": the code civil's L. 3
		// was repealed): unknown, as "du même code" is.
		p.unknownCode, p.articleCode = true, ""
		unreadHead()
		return
	}
	if why := codes9Refusal(low); why != nil {
		fail(reasonCaused22(errPlaceUnread22, why))
		unreadHead()
		return
	}
	if why := presentText28(low); why != nil {
		fail(reasonCaused22(errPlaceUnread22, why)) // laws28
		unreadHead()
		return
	}
	if why := p.presentCodeUnsaid27(low); why != nil {
		refuseTyped(in, why) // codes27
		unreadHead()
		return
	}
	if reBetweenWordsAny.MatchString(body) {
		// "Entre les mots « A » et « B » de l'article L. 1, …": words
		// between two others in a form betweenWords did not read (it was
		// read as two old words for one new).
		fail(reasonOf(errPlaceBetweenUnread, "words inserted between two others, in a form not read"))
		return
	}
	if why := renumListAfterVerb21(strings.TrimSpace(low)); why != nil {
		refuseTyped(in, why)
		return
	}
	if reRenumber.MatchString(low) {
		p.renumber(in, level, low, caseSh, parent, push, fail)
		return
	}
	if n := len(p.stack); n > 0 && p.stack[n-1].unread {
		fail(errUnderUnreadHead22)
		return
	}
	if n := len(p.stack); n > 0 && p.stack[n-1].heading {
		// An item under "L'intitulé … est ainsi modifié :": words of the
		// heading, which is not an article; one that quotes none is not
		// read.
		if len(quotes) == 0 {
			fail(reasonOf(errHeadingUnread22, "an item of a heading that quotes no words"))
			return
		}
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: quotes}}
		return
	}
	if n := len(p.stack); n > 0 && p.stack[n-1].deferred {
		// An item under "À compter du 1er janvier 2030, l'article L. 1
		// est ainsi modifié :": read, and deferred to that day when the
		// head's was read (frame.on); refused with it otherwise.
		if p.stack[n-1].on == "" {
			fail(reasonOf(errDeferred, reasonDeferred))
			return
		}
		p.deferredOn = p.stack[n-1].on
	}
	// "Le 3°, en tant qu'il modifie l'article L. 1 du code civil, est
	// abrogé": part of the 3° (and the code's article was read as the
	// place). "Par dérogation à l'article L. 1, le mot : « A » est
	// remplacé …", "Sans préjudice de l'article L. 1, à l'article L. 2,
	// …": the clause's article is no place (it was edited, alone or
	// beside L. 2). Either refused, a head with its items.
	for _, c := range []struct {
		re     *lre
		reason string
	}{{reInSoFar, inSoFarReason}, {reRuleBeside, ruleBesideReason}} {
		if !c.re.MatchString(low) {
			continue
		}
		fail(reasonOf(errPartialOrConditional22, c.reason))
		p.codeOfRefused(low)
		unreadHead()
		return
	}
	if m := reTemporary.FindString(low); m != "" {
		// "Jusqu'au 31 décembre 2030, le mot …", "À titre expérimental,
		// l'article L. 1 est ainsi modifié :": in force for a time, then
		// the text goes back (it was applied for good); a head refuses
		// its items.
		fail(reasonOf(errNotCurrentText22, "in force for a time only, not read: "+strings.TrimSpace(m)))
		p.codeOfRefused(low)
		unreadHead()
		return
	}
	if reAdaptation.MatchString(low) || reTerritoryVersion.MatchString(low) {
		// "Pour son application à Mayotte, le mot : « A » est remplacé
		// …", "Pour l'application de l'article L. 1 en Nouvelle-Calédonie,
		// …": how the text reads there, not an edit of it (the article
		// was edited, or read in a code "civil en Nouvelle-Calédonie");
		// "À l'article L. 1, dans sa rédaction applicable en
		// Nouvelle-Calédonie, …": the text in force there, which is not
		// the one we have (the national text was edited).
		fail(reasonOf(errNotCurrentText22, "an adaptation, or the text as it applies in an overseas territory (pour l'application … à, en …; dans sa rédaction applicable en …): not the text we have"))
		unreadHead()
		return
	}
	if m := reEarlierVersion.FindStringSubmatch(low); m != nil && !strings.Contains(m[1], "presente loi") && !strings.Contains(m[1], "presente ordonnance") {
		// "À l'article L. 1, dans sa rédaction antérieure à la loi n° …,
		// le mot …": the text as it stood before another law, which is
		// not the text we have (it was edited in the current text); a
		// head ending with ":" refuses its items too. Before the present
		// law is the current text, read.
		fail(reasonOf(errNotCurrentText22, "the text as it stood before another law (dans sa rédaction antérieure à …), not the current text"))
		p.codeOfRefused(low)
		unreadHead()
		return
	}
	if m := reDatedVersion.FindStringSubmatch(low); m != nil && !strings.Contains(m[1], "presente loi") && !strings.Contains(m[1], "presente ordonnance") {
		// "À l'article L. 1, dans sa rédaction en vigueur au 1er janvier
		// 2020, le mot …": the text as it stands on a date, which may be
		// another than the text we have (later or earlier laws): refused,
		// and a head so named refuses its items (they were edited in the
		// current text). On the date of the present law ("en vigueur à la
		// date de promulgation de la présente loi") it is the current
		// text, read.
		fail(reasonOf(errNotCurrentText22, "the text as it stands on a date (dans sa rédaction en vigueur au …), perhaps not the current text"))
		p.codeOfRefused(low)
		unreadHead()
		return
	}
	if reDeferred.MatchString(low) {
		// "L'article L. 111-4 est abrogé à compter du 1er janvier 2011",
		// "Au I, à compter du …, le mot …": the law in force changes at
		// that date, not when the law does; "À compter du …, l'article
		// L. 1 est ainsi modifié :" defers its items too (they were
		// applied at once). A day of the calendar written before the
		// instruction, between its locator and subject or at its end
		// (cutCalendarDay) is cut, and the instruction read without it
		// deferred to that day (the article's loop: deferTo); one not
		// read so, or another date, refuses it.
		// (The cut body writes no day: read again, it is not cut again.)
		if cut, day, ok := cutCalendarDay(written); ok {
			depth := len(p.stack)
			p.instructionBody(in, level, cut, payload)
			if in.Status == Parsed && len(in.Edits) > 0 || in.Status == Context && len(p.stack) > depth {
				p.deferredOn = day
				return
			}
			p.stack = p.stack[:depth]
		}
		fail(reasonOf(errDeferred, reasonDeferred))
		p.codeOfRefused(low)
		if strings.HasSuffix(strings.TrimSpace(low), ":") {
			p.stack = append(p.stack, frame{level: level, scope: parent, deferred: true})
		}
		return
	}
	if reAbrogList.MatchString(strings.TrimSpace(low)) {
		in.Status = Context
		push(parent, true)
		return
	}

	if t := strings.TrimSpace(low); reTextTitle.MatchString(t) || reOwnTitle.MatchString(t) && parent.Ref.Article == "" && len(parent.Division) == 0 && reTextKey.MatchString(parent.Ref.Code) {
		// "Le titre (L'intitulé) de la loi n° … est ainsi rédigé : « … »",
		// "Dans le titre de la loi …, le mot …", "L'intitulé de
		// l'ordonnance … est ainsi modifié :", under "La loi n° … est
		// ainsi modifiée :" "1° Son titre (Dans son titre, …)": the
		// text's title, no article of it (it was refused as a division
		// rewritten without articles, or with no target article).
		// Recorded as a heading.
		p.headingText(low)
		if reContext.MatchString(t) {
			in.Status = Context
			push(Scope{Ref: CodeRef{Code: parent.Ref.Code}}, false)
			p.stack[len(p.stack)-1].heading = true
			return
		}
		lines := quotes
		if len(lines) == 0 {
			lines = payload
		}
		if len(lines) == 0 {
			fail(reasonOf(errHeadingUnread22, "the title of a text, with no words quoted"))
			return
		}
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: lines}}
		return
	}

	// Words of a division's heading: "Son intitulé est complété par les
	// mots : « … »", "L'intitulé du chapitre II … est complété par …", "Après le mot : « rural », la fin de l'intitulé du
	// titre III est ainsi rédigée : « … »", "Dans l'intitulé du chapitre
	// II, les mots : « A » sont remplacés …". Headings are not articles.
	if why := headingAndPlace(low); why != nil {
		fail(reasonCaused22(errHeadingAndPlaceHead, why))
		return
	}
	if reHeadingRemoved.MatchString(strings.TrimSpace(low)) {
		// "La division et l'intitulé de la section 2 … sont supprimés":
		// the heading goes, the articles stay (under the division above:
		// divisionsDissolved); no article's text changes (it was refused
		// as a part not read).
		p.headingText(low)
		e := Edit{Kind: EditRewriteHeading}
		if why := p.divisionsDissolved(&e, low, caseSh, parent); why != nil {
			fail(reasonCaused22(errHeadingUnread22, why))
			return
		}
		in.Status = Parsed
		in.Edits = []Edit{e}
		return
	}
	if reHeadingWords.MatchString(strings.TrimSpace(low)) || reEntitled.MatchString(strings.TrimSpace(low)) || headingEdge20(strings.TrimSpace(low), parent) {
		p.headingText(low)
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: quotes}}
		return
	}
	// "À l'intitulé, les mots …" under a division's context: its heading;
	// under an article's, refused (the article's words were edited).
	if reBareHeading.MatchString(strings.TrimSpace(low)) {
		if parent.Ref.Article != "" || len(parent.Division) == 0 {
			fail(reasonOf(errHeadingUnread22, "a heading (intitulé) of no division"))
			return
		}
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: quotes}}
		return
	}

	// "Après les mots : « A », la fin du 2° est ainsi rédigée : « B »" /
	// "… la fin de la phrase est supprimée": from the words to the end of
	// the division, never the whole division.
	if m := reRewriteEnd.FindStringSubmatchIndex(low); m != nil {
		// "À partir des mots : « A », la fin …": A goes with the end.
		e := endForm{start: m[0], div: [2]int{m[6], m[7]}, q: m[4:6], occ: m[2:4], rewritten: m[8] >= 0, from: strings.Contains(low[m[0]:m[4]], "a partir") || strings.Contains(low[m[0]:m[4]], "a compter")}
		p.rewrittenEnd(in, e, low, caseSh, quotes, payload, parent)
		return
	}

	// "Les mots : « A » et la fin de l'alinéa sont supprimés (remplacés
	// par les mots : « B »)": from A, A included, to the end of the
	// division named after "la fin", as "la fin de l'alinéa, à partir des
	// mots : « A », …" (they were refused).
	if m := reWordsAndEnd.FindStringSubmatchIndex(low); m != nil {
		e := endForm{start: m[0], div: [2]int{m[6], m[7]}, q: m[4:6], occ: m[2:4], rewritten: m[8] >= 0, from: true}
		p.rewrittenEnd(in, e, low, caseSh, quotes, payload, parent)
		return
	}
	if p.wordsThenEnd26(in, low, caseSh, quotes, payload, parent) {
		return // words26: "… sont remplacés par … et la fin de la phrase est supprimée"
	}

	// "La fin du premier alinéa, à partir des mots : « A », est ainsi
	// rédigée : « B »": the same, the division first; "à partir des mots"
	// rewrites from the words themselves, "après les mots" from after them.
	if m := reRewriteEndInv.FindStringSubmatchIndex(low); m != nil {
		e := endForm{start: m[0], div: [2]int{m[2], m[3]}, q: m[8:10], occ: m[6:8], rewritten: m[10] >= 0, from: !strings.HasPrefix(low[m[4]:m[5]], "apres")}
		p.rewrittenEnd(in, e, low, caseSh, quotes, payload, parent)
		return
	}

	// "Le début du premier alinéa jusqu'aux mots : « A » est ainsi
	// rédigé : « B »": from the start to A included; "… est supprimé",
	// that start deleted (no new text). After a locator, "Au premier
	// alinéa, le début de la seconde phrase (de l'alinéa) jusqu'au mot
	// …", "À la seconde phrase, le début jusqu'au mot …": the division
	// it names (they were not read).
	if m := reRewriteUpTo.FindStringSubmatchIndex(low); m != nil {
		rest, restCased := low[m[2]:m[3]], caseSh[m[2]:m[3]]
		bare := ""
		if b := reBareDivision.FindStringIndex(rest); b != nil && b[0] == 0 {
			bare, rest, restCased = rest[:b[1]], rest[b[1]:], restCased[b[1]:]
		}
		loc, locCased := partOfHead(low[:m[0]], caseSh[:m[0]], rest, restCased)
		scopes, ok, why := p.scopes(strings.TrimSpace(loc), strings.TrimSpace(locCased), parent)
		if !ok {
			fail(why)
			return
		}
		a, _ := strconv.Atoi(low[m[4]:m[5]])
		var lines []string
		if m[6] >= 0 {
			b, _ := strconv.Atoi(low[m[6]:m[7]])
			if b >= len(quotes) {
				fail(errNoNewText22)
				return
			}
			lines = []string{quotes[b]}
		}
		if a >= len(quotes) {
			fail(errNoAnchorWords22)
			return
		}
		for _, s := range scopes {
			if strings.Contains(bare, "phrase") && s.Sentence == 0 || strings.Contains(bare, "paragraphe") {
				// "le début de la phrase" where no sentence is named:
				// which one is not said.
				fail(reasonOf(errRewrittenStartUnread22, "the start of a sentence not named"))
				return
			}
			in.Edits = append(in.Edits, Edit{Kind: EditRewriteStart, Scope: s, Anchor: quotes[a], Lines: lines})
		}
		in.Status = Parsed
		return
	}

	// Word operations, possibly several joined by "et".
	type wop struct {
		start, end int
		edit       Edit
		// more are the further edits of one operation ("sont
		// respectivement remplacés"); bad marks one that cannot be read.
		more []Edit
		bad  bool
		// why says why a bad one cannot be read.
		why string
	}
	var wops []wop
	pos := 0
	// why is set by an operation's reader that refuses it; shorten by
	// one that leaves the end of its match to the next operation.
	why, shorten := "", 0
	for pos < len(low) {
		best := wop{start: -1}
		tryMany := func(re *lre, mk func(m []string) []Edit) {
			loc := re.FindStringSubmatchIndex(low[pos:])
			if loc == nil || best.start >= 0 && loc[0]+pos >= best.start {
				return
			}
			m := make([]string, len(loc)/2)
			for k := range m {
				if loc[2*k] >= 0 {
					m[k] = low[pos+loc[2*k] : pos+loc[2*k+1]]
				}
			}
			why, shorten = "", 0
			best = wop{start: pos + loc[0], end: pos + loc[1], bad: true}
			es := mk(m)
			best.why = why
			best.end -= shorten
			if len(es) > 0 {
				best.edit, best.more, best.bad = es[0], es[1:], false
			}
		}
		try := func(re *lre, mk func(m []string) Edit) {
			tryMany(re, func(m []string) []Edit { return []Edit{mk(m)} })
		}
		// An operation whose verb the one before gives: "… est remplacé
		// par … et le mot : « C » par le mot : « D »", "… sont insérés
		// les mots : « B » et, après le mot : « C », le mot : « D »".
		elided := func(re *lre) *lre {
			// Not when a verb follows: "et, après le mot : « C », le mot :
			// « D » est supprimé" is an operation of its own.
			if loc := re.FindStringIndex(low[pos:]); loc != nil && reVerbNext.MatchString(low[pos+loc[1]:]) {
				return reNever
			}
			return re
		}
		if n := len(wops); n > 0 && wops[n-1].edit.Kind == EditReplaceWords && wops[n-1].edit.Anchor == "" {
			try(elided(reReplaceElided), func(m []string) Edit {
				return Edit{Kind: EditReplaceWords, Occurrences: ordinals(m[1]), Old: q0(quotes, m[2]), New: q0(quotes, m[3])}
			})
		}
		if n := len(wops); n > 0 && wops[n-1].edit.Kind == EditInsertWords {
			try(elided(reInsertElided), func(m []string) Edit {
				return Edit{Kind: EditInsertWords, Before: m[1] == "avant", Occurrences: ordinals(m[2]), Anchor: q0(quotes, m[3]), New: q0(quotes, m[4])}
			})
		}
		// "Les mots : « A » et « B » sont respectivement remplacés par les
		// mots : « C » et « D »": pair by pair, as many on each side.
		tryMany(reRespectively, func(m []string) []Edit {
			// "… et « D » et les mots : « E » sont supprimés": the last
			// subject is the next operation's (the match ends with m[2]).
			if shorten = respectivelyTail(m[2], low[best.end:]); shorten > 0 {
				m[2] = m[2][:len(m[2])-shorten]
			}
			olds, news := qNum.FindAllStringSubmatch(m[1], -1), qNum.FindAllStringSubmatch(m[2], -1)
			if len(olds) != len(news) || len(olds) < 2 {
				why = "\"respectivement\" without as many new words as old ones"
				return nil
			}
			var es []Edit
			for k := range olds {
				es = append(es, Edit{Kind: EditReplaceWords, Old: q0(quotes, olds[k][1]), New: q0(quotes, news[k][1])})
			}
			return es
		})
		// "Les mots : « A » et « B » sont remplacés par le mot : « C »":
		// each by C (it was refused); several new words without
		// "respectivement", how they pair is not said: refused.
		tryMany(reEachReplaced, func(m []string) []Edit {
			if m[3] != "" {
				why = "several old and new words without \"respectivement\": how they pair is not said"
				return nil
			}
			var olds []string
			for _, o := range qNum.FindAllStringSubmatch(m[1], -1) {
				olds = append(olds, q0(quotes, o[1]))
			}
			var es []Edit
			for k, o := range olds {
				beside := append(append([]string(nil), olds[:k]...), olds[k+1:]...)
				es = append(es, Edit{Kind: EditReplaceWords, Old: o, New: q0(quotes, m[2]), Beside: beside})
			}
			return es
		})
		q := func(s string) string {
			n, _ := strconv.Atoi(s)
			if n < len(quotes) {
				return quotes[n]
			}
			return ""
		}
		// "Les mots : « A » à « B » sont supprimés (remplacés par …)":
		// the words from A to B, both included, as the text at apply
		// time places them (they were refused).
		tryMany(reThrough, func(m []string) []Edit {
			if m[3] != "" {
				return []Edit{{Kind: EditReplaceWords, Old: q(m[1]), Through: q(m[2]), New: q(m[3])}}
			}
			return []Edit{{Kind: EditDeleteWords, Old: q(m[1]), Through: q(m[2])}}
		})
		tryMany(reReplace, func(m []string) []Edit {
			// Two counts ("le mot : « A », deux fois, est, trois fois,
			// remplacé"): which one is meant is not said — refused.
			var n []string
			for _, c := range m[3:6] {
				if c != "" {
					n = append(n, c)
				}
			}
			if len(n) > 1 {
				return nil
			}
			return []Edit{{Kind: EditReplaceWords, Occurrences: ordinals(m[1]), Old: q(m[2]), Times: cardinal(strings.Join(n, "")), New: q(m[6])}}
		})
		try(reSubstituted, func(m []string) Edit {
			return Edit{Kind: EditReplaceWords, Old: q(m[1]), New: q(m[2])}
		})
		try(reSubstitutedNew, func(m []string) Edit {
			return Edit{Kind: EditReplaceWords, Old: q(m[2]), New: q(m[1])}
		})
		try(reRaisedTo, func(m []string) Edit {
			return Edit{Kind: EditReplaceWords, Old: q(m[1]), New: q(m[2])}
		})
		try(reReplaceNear, func(m []string) Edit {
			return Edit{Kind: EditReplaceWords, Before: m[1] == "avant", Occurrences: ordinals(m[2]), Anchor: q(m[3]), Old: q(m[4]), New: q(m[5])}
		})
		try(reDeleteNear, func(m []string) Edit {
			return Edit{Kind: EditDeleteWords, Before: m[1] == "avant", Occurrences: ordinals(m[2]), Anchor: q(m[3]), Old: q(m[4])}
		})
		try(reDeleteInv, func(m []string) Edit {
			e := Edit{Kind: EditDeleteWords}
			for _, n := range qNum.FindAllStringSubmatch(m[1], -1) {
				e.Lines = append(e.Lines, q(n[1]))
			}
			return e
		})
		try(rePrecede, func(m []string) Edit { return Edit{Kind: EditAppendWords, New: q(m[1]), Scope: Scope{Where: "start"}} })
		try(reDeleteOcc, func(m []string) Edit {
			return Edit{Kind: EditDeleteWords, Anchor: q(m[2]), Old: q(m[3]), Occurrences: ordinals(m[1])}
		})
		try(reDeleteOccOf, func(m []string) Edit {
			return Edit{Kind: EditDeleteWords, Occurrences: ordinals(m[1]), Old: q(m[2])}
		})
		try(reDeleteTimes, func(m []string) Edit {
			return Edit{Kind: EditDeleteWords, Old: q(m[1] + m[3] + m[5]), Times: cardinal(m[2] + m[4] + m[6])}
		})
		try(reDelete, func(m []string) Edit {
			e := Edit{Kind: EditDeleteWords}
			for _, n := range qNum.FindAllStringSubmatch(m[1], -1) {
				e.Lines = append(e.Lines, q(n[1]))
			}
			return e
		})
		try(reInsert, func(m []string) Edit {
			return Edit{Kind: EditInsertWords, Occurrences: ordinals(m[2]), Anchor: q(m[3]), New: q(m[4]), Before: m[1] == "avant"}
		})
		try(reInsertTimes, func(m []string) Edit {
			return Edit{Kind: EditInsertWords, Anchor: q(m[2]), Times: cardinal(m[3]), New: q(m[4]), Before: m[1] == "avant"}
		})
		try(reInsertInv, func(m []string) Edit {
			return Edit{Kind: EditInsertWords, Occurrences: ordinals(m[3]), Anchor: q(m[4]), New: q(m[1]), Before: m[2] == "avant"}
		})
		try(reFollowed, func(m []string) Edit {
			return Edit{Kind: EditInsertWords, Occurrences: ordinals(m[1]), Anchor: q(m[2]), New: q(m[4]), Before: m[3] == "precede"}
		})
		try(reAppendW, func(m []string) Edit { return Edit{Kind: EditAppendWords, New: q(m[1])} })
		// "Au début du premier alinéa, sont insérés les mots : « A »":
		// words inserted with no anchor are words added at the place the
		// locator says; with no place said, nothing tells where (refused).
		// "À la fin du deuxième alinéa, les mots : « A » sont ajoutés":
		// the words first, as reInsertAtPlace.
		tryMany(reAddedAtPlace, func(m []string) []Edit {
			if !reSaysPlace.MatchString(low[:best.start]) {
				return nil
			}
			return []Edit{{Kind: EditAppendWords, New: q(m[1])}}
		})
		tryMany(reInsertAtPlace, func(m []string) []Edit {
			if !reSaysPlace.MatchString(low[:best.start]) {
				return nil
			}
			return []Edit{{Kind: EditAppendWords, New: q(m[1])}}
		})
		if best.start < 0 {
			break
		}
		wops = append(wops, best)
		pos = best.end
	}

	// "La première occurrence de « 6 » est remplacée par « 4 » et la
	// deuxième occurrence de « 6 » par « 5 »": occurrences are counted on
	// the text before the instruction, so an occurrence replaced earlier
	// in the same instruction no longer counts.
	for i := range wops {
		ei := &wops[i].edit
		if ei.Kind != EditReplaceWords || len(ei.Occurrences) == 0 {
			continue
		}
		for k, o := range ei.Occurrences {
			shift := 0
			for _, w := range wops[:i] {
				ej := w.edit
				if ej.Kind != EditReplaceWords || ej.Old != ei.Old || strings.Contains(ej.New, ej.Old) {
					continue
				}
				for _, oj := range ej.Occurrences {
					if oj > 0 && oj < o {
						shift++
					}
				}
			}
			ei.Occurrences[k] = o - shift
		}
	}

	for _, w := range wops {
		if w.bad {
			if w.why == "" {
				w.why = "\"respectivement\" without as many new words as old ones"
			}
			fail(reasonOf(errWordsPairing22, w.why))
			return
		}
	}
	// "le mot : « maire » est remplacé par le mot : « préfet » et le mot :
	// « préfet » par le mot : « maire »": each operation reads the text
	// before the instruction, but they are applied in turn — the second
	// would edit the first's new words (it gave "Le maire nomme le
	// maire"), or insert after them (an anchor among them). Refused.
	// Operations after a place of their own ("…; au second alinéa, …")
	// edit another text: only those of one place are compared.
	var flat []Edit
	var place []int
	// reorder: the operations read together are applied in the order
	// simultaneousOrder gives.
	reorder := false
	for i, w := range wops {
		p := 0
		if len(place) > 0 {
			p = place[len(place)-1]
		}
		if i > 0 {
			if gap := low[wops[i-1].end:w.start]; reDivWord.MatchString(gap) || strings.Contains(gap, "article") {
				p++
			}
		}
		for range 1 + len(w.more) {
			place = append(place, p)
		}
		flat = append(append(flat, w.edit), w.more...)
	}
	for j := 1; j < len(flat); j++ {
		olds := []string{flat[j].Anchor}
		if flat[j].Kind == EditReplaceWords || flat[j].Kind == EditDeleteWords {
			olds = append(olds, flat[j].Old, flat[j].Through)
			olds = append(olds, flat[j].Lines...)
		}
		for i, e := range flat[:j] {
			if place[i] != place[j] {
				continue
			}
			for _, old := range olds {
				if old != "" && e.New != "" && wordsWithin(e.New, old) {
					if _, ok := simultaneousOrder(flat); !ok {
						fail(errEditsOwnNewWords22)
						return
					}
					reorder = true
				}
			}
		}
	}
	// Quoted words between two word operations that neither reads: the
	// instruction says more than was understood.
	for i := 1; i < len(wops); i++ {
		if reQuotedPart.MatchString(low[wops[i-1].end:wops[i].start]) {
			fail(reasonOf(errBesideWordOps22, "quoted words between two word operations not read"))
			return
		}
		// "… par le mot : « B » pour sa deuxième occurrence et le mot
		// …": an occurrence or a count between two operations that
		// neither read (every occurrence was edited).
		if reTailOccurrences.MatchString(low[wops[i-1].end:wops[i].start]) {
			fail(reasonOf(errBesideWordOps22, "an occurrence or a count between two word operations, not read"))
			return
		}
	}
	var tailSentence, tailAlineas []string
	tailDelete, tailItems, tailAtEnd, tailArticle := "", "", false, false
	if len(wops) > 0 {
		tail := low[wops[len(wops)-1].end:]
		if m := reTailDelete.FindStringSubmatchIndex(tail); m != nil {
			// "… le mot : « A » est remplacé par le mot : « B » et la
			// dernière phrase est supprimée": a division of the same place
			// deleted after the words, read below as an instruction of its
			// own under that place.
			off := wops[len(wops)-1].end
			tailDelete = caseSh[off+m[2] : off+m[3]]
			if m[4] >= 0 {
				// "… et la seconde phrase est ainsi rédigée : « B »": its
				// new text put back (one sentence rewritten).
				n, _ := strconv.Atoi(tail[m[4]:m[5]])
				if n >= len(quotes) {
					fail(reasonOf(errBesideWordOps22, "a part of the instruction not read after its word operations"))
					return
				}
				tailDelete = caseSh[off+m[2]:off+m[4]] + "« " + quotes[n] + " »"
			}
		} else if m := reTailItemDelete.FindStringSubmatchIndex(tail); m != nil {
			// "Au 1°, le mot : « A » est supprimé et le b est supprimé":
			// an item deleted after the words (itemTailPlace).
			off := wops[len(wops)-1].end
			tailDelete, tailItems = caseSh[off+m[2]:off+m[3]], caseSh[off+m[4]:off+m[5]]
		} else if m := reTailAlineaAdded.FindStringSubmatch(tail); m != nil {
			// "… et il est ajouté un alinéa ainsi rédigé : « B »": at the
			// end of the place (alineaAddedAt).
			if n, _ := strconv.Atoi(m[1]); n < len(quotes) {
				tailAlineas, tailAtEnd = []string{quotes[n]}, true
			}
		} else if m := reTailArticleSentence.FindStringSubmatch(tail); m != nil {
			// "La première phrase … est complétée par les mots : « A » et
			// l'article est complété par une phrase ainsi rédigée :
			// « B »": the sentence at the end of the article (words19).
			if n, _ := strconv.Atoi(m[1]); n < len(quotes) {
				tailSentence, tailArticle = []string{quotes[n]}, true
			}
		} else if m := reTailSentence.FindStringSubmatch(tail); m != nil {
			// "… est complété par les mots : « A » et par une phrase ainsi
			// rédigée : « B »": the sentence after the words.
			n, _ := strconv.Atoi(m[1])
			if n < len(quotes) {
				tailSentence = []string{quotes[n]}
			}
		} else if reTailAlineas.MatchString(tail) && len(payload) > 0 && wops[len(wops)-1].edit.Kind == EditAppendWords && wops[len(wops)-1].edit.Scope.Where == "" {
			// "… est complété par les mots : « A » et par un alinéa ainsi
			// rédigé :": the alinéas after the words' place.
			tailAlineas = payload
		} else if m := reTailTimes.FindStringSubmatch(tail); m != nil {
			// "… est remplacé par le mot : « B » deux fois", "… aux deux
			// occurrences": the count the law says, as "est remplacé,
			// deux fois, par" (it was dropped: every occurrence was
			// replaced, however many).
			last := &wops[len(wops)-1]
			if n := cardinal(m[1] + m[2]); n > 0 && len(last.more) == 0 && last.edit.Times == 0 && len(last.edit.Occurrences) == 0 && last.edit.Anchor == "" && (last.edit.Kind == EditReplaceWords || last.edit.Kind == EditDeleteWords) {
				last.edit.Times = n
			} else {
				fail(reasonOf(errBesideWordOps22, "a count of occurrences after the word operations, not read"))
				return
			}
		} else if reQuotedPart.MatchString(tail) || strings.Contains(tail, "ainsi redige") || reTailVerb.MatchString(tail) || reTailPlace.MatchString(tail) || reTailOccurrences.MatchString(tail) && !reTailEvery.MatchString(tail) {
			// More than the word operations read: never apply a part.
			fail(reasonOf(errBesideWordOps22, "a part of the instruction not read after its word operations"))
			return
		} else if t := reTailEvery.ReplaceAllString(tail, ""); reWordsLeft.MatchString(t) {
			// Words after the last operation that no rule reads — a
			// condition ("le cas échéant", "à titre transitoire"), a
			// term ("jusqu'au 1er janvier 2030"): applying the words
			// without them says less than the law — or the rest of
			// a quotation that straight quotes nested in it cut
			// ("(règlement "OCM unique")": the new words stopped at
			// "(règlement "). Not "partout où il figure", "à chaque
			// occurrence" (every occurrence, as without them:
			// reTailEvery).
			fail(reasonOf(errBesideWordOps22, "words after the word operations not read"))
			return
		}
	}
	if len(wops) > 0 {
		loc := low[:wops[0].start]
		// "À l'article L. 1, à chaque occurrence, le mot …", "…, dans
		// toutes ses occurrences, …": every occurrence, as without it (it
		// was refused as an occurrence named in the locator).
		locCased := caseSh[:wops[0].start]
		if m := everyInLocator(loc); m != nil && len(locCased) == len(loc) {
			blank := strings.Repeat(" ", m[1]-m[0])
			loc, locCased = loc[:m[0]]+blank+loc[m[1]:], locCased[:m[0]]+blank+locCased[m[1]:]
		}
		if reDanglingPreposition.MatchString(loc) {
			fail(reasonOf(errBesideWordOps22, "a preposition before the word operations, what it governs not read"))
			return
		}
		if strings.Contains(loc, "occurrence") {
			// "À la seconde occurrence, le mot : « A » est remplacé …":
			// an occurrence named apart from its words, not read (every
			// occurrence was edited).
			fail(reasonOf(errBesideWordOps22, "an occurrence named in the locator, not read"))
			return
		}
		if reQuotedPart.MatchString(loc) {
			// Quoted words before the first operation read ("les mots :
			// « A » ainsi que les mots : « B » sont supprimés" in a form not
			// read): never a part of it.
			fail(reasonOf(errBesideWordOps22, "quoted words before the word operations, not read"))
			return
		}
		for i := 1; i < len(wops); i++ {
			if reQuotedPart.MatchString(low[wops[i-1].end:wops[i].start]) {
				fail(reasonOf(errBesideWordOps22, "quoted words between two word operations, not read"))
				return
			}
		}
		scopes, ok, why := p.scopes(loc, locCased, parent)
		if !ok {
			fail(why)
			return
		}
		if why := timesOfOnlyPlace26(loc, scopes, &wops[0].edit, len(wops), len(wops[0].more)); why != nil {
			fail(why)
			return
		}
		start := len(in.Edits)
		for i, w := range wops {
			if i > 0 {
				// "… sont remplacés par … et, au deuxième alinéa de
				// l'article L. 2, le mot : « C » est remplacé …": a new
				// locator between two operations is theirs from there on.
				gap := strings.Trim(low[wops[i-1].end:w.start], " ,;.")
				gapCased := strings.Trim(caseSh[wops[i-1].end:w.start], " ,;.")
				if t := strings.TrimLeft(low[wops[i-1].end:w.start], " "); strings.HasPrefix(t, ";") || strings.HasPrefix(t, ".") {
					// "… ; au second alinéa du même article, le mot …",
					// "… « B ». Au second alinéa, le mot …": a semicolon or
					// a period joins the two as "et" does (after a period
					// the place was not read: the second operation went to
					// the first place).
					gap, gapCased = "et "+gap, "et "+gapCased
				}
				// "du même article" in it is the article named before.
				p.lastScope, p.lastOthers, p.lastRelabels, p.lastMade = scopes[0], scopes[1:], nil, nil
				if m := reGapSubject.FindStringSubmatchIndex(gap); m != nil && reDivWord.MatchString(gap) {
					// "Le 2° est complété par les mots : « A » et le 3° est
					// complété par les mots : « B »": the second operation's
					// subject is its place, "et au 3°" (both went to the
					// 2°).
					to := map[string]string{"le": "au ", "les": "aux ", "la": "a la ", "l'": "a l'"}[gap[m[2]:m[3]]]
					gap, gapCased = "et "+to+gap[m[4]:], "et "+to+gapCased[m[4]:]
				}
				if g := reGapWhere.FindStringSubmatch(gap); g != nil {
					// "… et, au début, sont ajoutés les mots : « B »":
					// the same place, at its start (its end) — the words
					// went at the end, or every occurrence was edited.
					where := "start"
					if strings.HasPrefix(g[1], "a la") {
						where = "end"
					}
					at := make([]Scope, len(scopes))
					for k, sc := range scopes {
						sc.Where = where
						at[k] = sc
					}
					scopes = at
				} else if g := reGapLocator.FindStringSubmatchIndex(gap); g != nil {
					base := parent
					if !strings.Contains(gap, "article") {
						// No article named: the first locator's article.
						for _, s := range scopes[1:] {
							if s.Ref != scopes[0].Ref {
								fail(reasonOf(errJoinedPlacesUnread22, "a second locator without its article after several articles"))
								return
							}
						}
						base = Scope{Ref: scopes[0].Ref}
						if scopes[0].Ref == parent.Ref {
							base = parent
						}
						if reSentenceOnly.MatchString(gap) {
							// "Au premier alinéa, à la première phrase, …
							// et, à la seconde phrase, …": a sentence
							// alone is of the first locator's alinéa
							// (refused when it named several).
							for _, s := range scopes[1:] {
								if !slices.Equal(s.Path, scopes[0].Path) {
									fail(reasonOf(errJoinedPlacesUnread22, "a sentence without its alinéa after several alinéas"))
									return
								}
							}
							base.Path = append([]Division(nil), scopes[0].Path...)
						}
					}
					gap, gapCased = gap[g[2]:g[3]], gapCased[g[2]:g[3]]
					var why error
					scopes, ok, why = p.scopes(gap, gapCased, base)
					if !ok {
						fail(why)
						return
					}
				} else if reDivWord.MatchString(gap) || strings.Contains(gap, "article") {
					// "Le 2° est complété par les mots : « A » et le 3° est
					// complété par les mots : « B »": a division of its own,
					// the subject of the second operation, not a locator
					// read (both went to the 2°).
					fail(reasonOf(errBesideWordOps22, "a division between two word operations, not read: "+gapCased))
					return
				}
			}
			if len(scopes) > 1 {
				es, err := timesOverPlaces(append([]Edit{w.edit}, w.more...), len(scopes))
				if err != nil {
					fail(err)
					return
				}
				w.edit, w.more = es[0], es[1:]
			}
			for _, s := range scopes {
				places := []Scope{s}
				if e := w.edit; e.Scope.Where == "" && (s.Where != "" || e.Kind == EditAppendWords || e.Kind == EditInsertWords && e.Anchor == "") {
					var ok bool
					if places, ok = addedTo(s); !ok {
						fail(reasonOf(errAdditionPlaceUnsaid22, "words added to alinéas counted to the end"))
						return
					}
				}
				for _, s := range places {
					e := w.edit
					if e.Scope.Where != "" {
						// "… est précédé de la mention": at the start.
						s.Where = e.Scope.Where
					}
					e.Scope = s
					if e.Kind == EditDeleteWords && len(e.Lines) > 0 {
						for _, old := range e.Lines {
							d := e
							d.Lines = nil
							d.Old = old
							in.Edits = append(in.Edits, d)
						}
						continue
					}
					// An anchor at a word boundary ("après le mot : « générale »")
					// is the only place the quote can be found: keep it.
					in.Edits = append(in.Edits, e)
					for _, x := range w.more {
						x.Scope = s
						in.Edits = append(in.Edits, x)
					}
				}
			}
		}
		if reorder {
			es, ok := simultaneousOrder(in.Edits[start:])
			if !ok {
				fail(errEditsOwnNewWords22)
				return
			}
			copy(in.Edits[start:], es)
		}
		rankedInTurn(in.Edits[start:]) // signs21.go
		if tailSentence != nil && tailArticle {
			s, ok := tailArticleScope(scopes)
			if !ok {
				fail(reasonOf(errBesideWordOps22, "a sentence added to an article after word operations on several places"))
				return
			}
			in.Edits = append(in.Edits, Edit{Kind: EditInsertSentences, Scope: s, Lines: tailSentence})
		} else if tailSentence != nil {
			for _, s := range scopes {
				places, ok := addedTo(s)
				if !ok {
					fail(errSentenceAddedToEnd)
					return
				}
				for _, s := range places {
					in.Edits = append(in.Edits, Edit{Kind: EditInsertSentences, Scope: s, Lines: tailSentence})
				}
			}
		}
		for _, s := range scopes {
			if tailAlineas == nil {
				break
			}
			if s.Sentence != 0 {
				fail(reasonOf(errBesideWordOps22, "alinéas added after a sentence"))
				return
			}
			if tailAtEnd && !alineaAddedAt(s) {
				fail(reasonOf(errBesideWordOps22, "an alinéa added after word operations on an alinéa or a sentence: where is not said"))
				return
			}
			in.Edits = append(in.Edits, Edit{Kind: EditAppendAlineas, Scope: s, Lines: tailAlineas})
		}
		if tailDelete != "" {
			if len(scopes) != 1 {
				fail(reasonOf(errBesideWordOps22, "a division deleted after word operations on several places"))
				return
			}
			atEdge := false
			// words is the place of the word operations when the division
			// deleted is one of its siblings.
			var words Scope
			for _, w := range wops {
				if w.edit.Kind == EditAppendWords || w.edit.Scope.Where != "" {
					atEdge = true
				}
			}
			sub := &Instruction{Article: in.Article, Alinea: in.Alinea, Text: in.Text}
			depth := len(p.stack)
			place := scopes[0]
			if tailItems != "" {
				at, beside, why := itemTailPlace(place, tailItems)
				if why != "" {
					fail(reasonOf(errBesideWordOps22, why))
					return
				}
				place = at
				atEdge = atEdge && !beside
			} else if strings.Contains(asciiLower(foldAccents(tailDelete)), "phrase") {
				// "À la première phrase du premier alinéa, …, et la
				// seconde phrase est supprimée": a sentence of the
				// alinéa that sentence is of (it was refused: a sentence
				// of a sentence).
				place.Sentence, place.SentenceLast = 0, false
			} else if up, ok := alineaHolder(place, parent); ok {
				// "Au premier alinéa, …, et le second alinéa est
				// supprimé": an alinéa of what holds the first.
				words = place
				place, atEdge = up, false
			}
			p.stack = append(p.stack, frame{level: level, scope: place})
			p.instruction(sub, level+1, upperFirst(tailDelete)+".", nil)
			p.stack = p.stack[:depth] // whatever the clause pushed goes too
			if sub.Status != Parsed || len(sub.Edits) == 0 {
				fail(reasonOf(errBesideWordOps22, "a part of the instruction not read after its word operations"))
				return
			}
			for _, e := range sub.Edits {
				if e.Kind != EditDelete && !(e.Kind == EditRewrite && (e.Scope.Sentence != 0 || tailRewritesAlinea(e.Scope))) {
					fail(reasonOf(errBesideWordOps22, "a part of the instruction not read after its word operations"))
					return
				}
				if mayDeletePlace(words, e.Scope) {
					fail(reasonOf(errBesideWordOps22, "an alinéa deleted after word operations on an alinéa it may be"))
					return
				}
				if atEdge && !(scopes[0].Sentence > 0 && e.Scope.Sentence > 0 && e.Scope.Sentence != scopes[0].Sentence) {
					// "… est complété par les mots : « A » et la dernière
					// phrase est supprimée": the words go at the end of
					// what is deleted; which was meant is not said. Words
					// added to one sentence, another one named by its rank
					// ("La première phrase … est complétée par les mots :
					// « A » et la seconde phrase est supprimée"), are apart.
					fail(reasonOf(errBesideWordOps22, "a division deleted after words added at its start or end"))
					return
				}
			}
			in.Edits = append(in.Edits, sub.Edits...)
		}
		in.Status = Parsed
		return
	}

	trim := strings.TrimSpace(low)
	switch {
	case reLocatorHead.MatchString(trim) && !modVerb.MatchString(body):
		// "À l'article L. 1 :", "a) Au premier alinéa :" then items: the
		// place of the items under it.
		scopes, ok, why := p.scopes(strings.TrimSuffix(trim, ":"), strings.TrimSuffix(strings.TrimSpace(caseSh), ":"), parent)
		if !ok {
			fail(why)
			return
		}
		in.Status = Context
		push(scopes[0], false)
		p.stack[len(p.stack)-1].also = scopes[1:]
		return

	case reContext.MatchString(trim) && (reIntitule.MatchString(trim) || reOwnHeadingContext.MatchString(trim) && len(parent.Division) > 0 && parent.Ref.Article == ""):
		// "L'intitulé de la section 2 … est ainsi modifié :" ("Son
		// intitulé …" under a division's context) then word operations:
		// each is the heading's (they were refused: no target article).
		p.headingText(trim)
		in.Status = Context
		push(Scope{Ref: CodeRef{Code: parent.Ref.Code}}, false)
		p.stack[len(p.stack)-1].heading = true
		return

	case reContext.MatchString(trim) && twoTextsSubject(reContext.ReplaceAllString(trim, "")):
		fail(reasonOf(errTextOfPlaceUnknown22, "two texts as one context, not read"))
		return

	case reContext.MatchString(trim):
		scopes, ok, why := p.scopes(reContext.ReplaceAllString(trim, ""), reContext.ReplaceAllString(strings.TrimSpace(caseSh), ""), parent)
		if !ok {
			fail(why)
			return
		}
		for _, s := range scopes {
			if s.Everywhere || s.RangeTo != "" && (len(scopes) > 1 || len(s.Path) > 0 || s.Sentence != 0 || s.Where != "" || len(s.Division) > 0) {
				// A range with other articles or a part of each: not
				// read (a range alone is, below).
				fail(reasonOf(errPlaceUnread22, "a range of articles as a context"))
				return
			}
		}
		in.Status = Context
		if to := scopes[0].RangeTo; to != "" {
			// "Les articles L. 1 à L. 4 sont ainsi modifiés :": every
			// instruction under it, on each article held between (it
			// was refused).
			first := scopes[0]
			first.RangeTo = ""
			push(first, false)
			p.stack[len(p.stack)-1].rangeTo = to
			return
		}
		push(scopes[0], false)
		// "Les articles L. 1 et L. 2 sont ainsi modifiés :": every
		// instruction under it, on each.
		p.stack[len(p.stack)-1].also = scopes[1:]
		return

	case reNamedDivision.MatchString(trim):
		// "Il est inséré un chapitre Ier intitulé : « … », comprenant
		// l'article L. 691-1": a division made of articles already there;
		// its heading is not an article.
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditCreateDivision, Scope: Scope{Ref: CodeRef{Code: parent.Ref.Code}}, Lines: quotes}}
		return

	case reHeadingsRewritten.MatchString(trim):
		m := reHeadingsRewritten.FindStringSubmatch(trim)
		lines, ok := headingsShared(m[1], m[2], inlineOr(quotes, payload))
		if !ok {
			fail(reasonOf(errRewriteShareUnsaid22, "several headings rewritten: the new text is not one heading for each division"))
			return
		}
		p.headingText(trim)
		in.Status = Parsed
		for _, l := range lines {
			in.Edits = append(in.Edits, Edit{Kind: EditRewriteHeading, Lines: l})
		}
		return

	case reIntitule.MatchString(trim) && (reRewrite.MatchString(trim) || reHeadingReplaced.MatchString(trim)), reOwnHeading.MatchString(trim):
		p.headingText(trim)
		in.Status = Parsed
		in.Edits = []Edit{{Kind: EditRewriteHeading, Lines: inlineOr(quotes, payload)}}
		return

	case reRewriteHead.MatchString(trim):
		m := reRewriteHead.FindStringSubmatchIndex(trim)
		loc, locCased := trim[m[4]:m[5]], strings.TrimSpace(caseSh)[m[4]:m[5]]
		if m[2] >= 0 {
			// "À l'article L. 1, le début du 3° …": "le 3° de l'article
			// L. 1" (it was refused: a part not read, "début").
			loc, locCased = partOfHead(trim[m[2]:m[3]], strings.TrimSpace(caseSh)[m[2]:m[3]], loc, locCased)
		}
		scopes, ok, why := p.scopes(loc, locCased, parent)
		lines := inlineOr(quotes, payload)
		// The new beginning ends at "…" or at "(le reste sans
		// changement)" written inside its quotation, as an amendment's
		// does (rewriteStart reads both; the remark was refused here).
		if !ok || len(lines) != 1 || !hasElision(lines[0]) && !restUnchangedEnd.MatchString(lines[0]) {
			if ok {
				why = reasonOf(errRewrittenStartUnread22, "\"le début … est ainsi rédigé\" without a single \"…\" line")
			}
			fail(why)
			return
		}
		for _, s := range scopes {
			in.Edits = append(in.Edits, Edit{Kind: EditRewriteStart, Scope: s, Lines: lines})
		}
		in.Status = Parsed
		return

	case reRewriteRepl.MatchString(trim) || reRewrite.MatchString(trim) && !reComplete.MatchString(trim) && !reInsertAfter.MatchString(trim) && !reAddBare.MatchString(trim):
		re := reRewrite
		if reRewriteRepl.MatchString(trim) {
			re = reRewriteRepl
		}
		m := re.FindStringIndex(trim)
		locLow := trim[:m[0]]
		restored := strings.Contains(trim[m[0]:m[1]], "retabli")
		if reQuotedPart.MatchString(locLow) {
			// "La fin de la phrase commençant par les mots : « A » est
			// ainsi rédigée": a part of the text named by its words, in a
			// form not read here. Rewriting the whole scope would be wrong.
			fail(reasonOf(errPlaceUnread22, "a part named by quoted words, in a form not known"))
			return
		}
		scopes, ok, why := p.scopes(locLow, strings.TrimSpace(caseSh)[:m[0]], parent)
		lines := inlineOr(quotes[countQ(locLow):], payload)
		if !ok || len(lines) == 0 {
			if ok {
				why = errNoNewText22
			}
			fail(why)
			return
		}
		if g := reRewriteRepl.FindStringSubmatch(trim); g != nil && strings.HasPrefix(g[1], "paragraphe") && !paragraphReplaced(trim, locLow, scopes, lines) {
			fail(reasonOf(errRewriteShareUnsaid22, "a place replaced by paragraphs: not one part replaced by one paragraph under its label"))
			return
		}
		if g := reRewriteRepl.FindStringSubmatch(trim); g != nil && strings.HasPrefix(g[1], "alinea") {
			for _, s := range scopes {
				if s.Sentence != 0 {
					// "La seconde phrase est remplacée par deux alinéas":
					// where the alinéa is cut, and what becomes of the
					// sentences after, is not said (they were joined into
					// the sentence's alinéa).
					fail(reasonOf(errRewriteShareUnsaid22, "a sentence replaced by alinéas"))
					return
				}
			}
		}
		if g := reRewriteRepl.FindStringSubmatch(trim); g != nil && strings.HasPrefix(g[1], "tiret") {
			if err := dashesReplacing27(scopes, lines); err != nil {
				fail(err)
				return
			}
		}
		if reDivision.MatchString(locLow) || reDivisions.MatchString(locLow) || subjectAfterPlace(locLow) {
			// "Le chapitre IV est ainsi rédigé" → the articles it holds.
			arts := p.splitArticles(scopes[0].Ref.Code, lines)
			if len(arts) == 0 {
				fail(reasonOf(errRewriteShareUnsaid22, "division rewritten without articles"))
				return
			}
			// The division is replaced: what it held and the new text
			// does not hold goes (when the division is known well enough).
			// "Les sections 2 et 3 sont remplacées par une section 2 ainsi
			// rédigée :": the others named go whole (only the first was
			// read; the form was not understood).
			for _, sc := range scopes[1:] {
				if sc.Ref.Article != "" || len(sc.Division) == 0 {
					fail(reasonOf(errRewriteShareUnsaid22, "divisions replaced together with another kind of place"))
					return
				}
				in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: sc})
			}
			in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: scopes[0], NewArticles: arts, ReplaceDivision: true, Headings: articleHeadings(lines)})
			in.Status = Parsed
			return
		}
		if len(scopes) > 1 || scopes[0].RangeTo != "" {
			// "Les articles L. 912-2 à L. 912-5 sont ainsi rédigés :" then
			// "Art. L. 912-2. - …", "Art. L. 912-3. - …": each article
			// takes its own block; the blocks must name the articles.
			arts := p.splitArticles(scopes[0].Ref.Code, lines)
			if g := reRewriteRepl.FindStringSubmatchIndex(trim); g != nil && strings.HasPrefix(trim[g[2]:g[3]], "article") && len(arts) > 0 && wholeArticles(scopes) {
				// "Les articles L. 1 à L. 3 sont remplacés par deux articles
				// L. 1 et L. 2 ainsi rédigés :": the articles named go, the
				// new ones take their place (the L. 3 stayed in force; "…
				// par un article L. 1" was refused).
				if !newArticlesNamed(strings.TrimSpace(caseSh)[g[2]:], arts, nil) {
					fail(reasonOf(errNewArticlesNotNamed, "articles replaced: the new text's articles are not those announced"))
					return
				}
				for _, s := range scopes {
					in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: s, NoMark: true})
				}
				in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: Scope{Ref: CodeRef{Code: scopes[0].Ref.Code}}, NewArticles: arts})
				in.Status = Parsed
				return
			}
			if len(arts) > 1 {
				for _, a := range arts {
					named := false
					for _, s := range scopes {
						whole := len(s.Path) == 0 && s.Sentence == 0
						if whole && (s.Ref == a.Ref || s.RangeTo != "" && s.Ref.Code == a.Ref.Code && inRange(a.Ref.Article, s.Ref.Article, s.RangeTo)) {
							named = true
						}
					}
					if !named {
						fail(reasonOf(errNewArticlesNotNamed, "articles rewritten: the new text holds an article not named"))
						return
					}
				}
				if !everyArticleGiven(scopes, arts) {
					// "Les articles L. 1, L. 2 et L. 3 sont ainsi rédigés :"
					// then the text of L. 1 and L. 2: what becomes of L. 3
					// is not said (it stayed as it was).
					fail(reasonOf(errNewArticlesNotNamed, "articles rewritten: an article named has no new text"))
					return
				}
				sc := scopes[0]
				if restored {
					// "Les articles L. 5 à L. 7 sont ainsi rétablis :":
					// articles abrogated made again, which the corpus may
					// not hold, as one is ("L'article L. 5 est ainsi
					// rétabli") — not the articles of the range it holds
					// (none: nothing was made, and nothing said —
					// TestRestoredRangeOfArticles).
					sc.RangeTo = ""
				}
				in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: sc, NewArticles: arts})
				in.Status = Parsed
				return
			} else if len(arts) == 0 && wholeArticles(scopes) {
				// "Les articles L. 1 et L. 2 sont ainsi rédigés :" then
				// one text, no "Art. …" heading: which article takes
				// what is not said (each took it all).
				fail(reasonOf(errRewriteShareUnsaid22, "several articles rewritten with one text, no article heading"))
				return
			}
		}
		if len(scopes) > 1 && sameDivisionSentences(scopes) {
			// "Les deux dernières phrases sont remplacées par une phrase
			// ainsi rédigée": the new text replaces them together.
			edits, ok := shareSentences(scopes, lines)
			if !ok {
				fail(reasonOf(errRewriteShareUnsaid22, "several sentences rewritten together, not consecutive"))
				return
			}
			in.Edits = append(in.Edits, edits...)
			in.Status = Parsed
			return
		}
		if itemsWithAlineas(scopes) {
			// "Le 2° et le dernier alinéa sont ainsi rédigés :" (…
			// "remplacés par un alinéa …"): an item and an alinéa take
			// one new text; how is not said (each took it all).
			fail(reasonOf(errRewriteShareUnsaid22, "an item and an alinéa rewritten together: how the new text is shared among them is not said"))
			return
		}
		if len(scopes) > 1 && sameArticleList(scopes) {
			// "Les troisième et quatrième alinéas sont remplacés par un
			// alinéa", "Les 2° et 3° sont ainsi rédigés : « 2° … » « 3° … »":
			// the new text replaces the divisions together, never each.
			edits, ok := shareRewrite(scopes, lines)
			if !ok {
				fail(reasonOf(errRewriteShareUnsaid22, "several divisions rewritten together: how the new text is shared among them is not said"))
				return
			}
			in.Edits = append(in.Edits, markKindNamed(reKindNamed, edits, trim)...)
			in.Status = Parsed
			return
		}
		for _, s := range scopes[1:] {
			if s.Ref == scopes[0].Ref && (s.Sentence == 0) != (scopes[0].Sentence == 0) {
				// "La seconde phrase du premier alinéa et le dernier
				// alinéa sont ainsi rédigés :": a sentence and a division
				// of one article take one new text; how is not said (each
				// took it all).
				fail(reasonOf(errRewriteShareUnsaid22, "a sentence and a division rewritten together"))
				return
			}
		}
		if len(scopes) == 1 && len(scopes[0].Path) == 0 && scopes[0].Sentence == 0 && scopes[0].Ref.Article != "" {
			// "L'article L. 1 est remplacé par deux articles L. 1 et L. 1-1
			// ainsi rédigés :": the articles of the new text; the old one
			// goes unless it is among them.
			if arts := p.splitArticles(scopes[0].Ref.Code, lines); len(arts) > 1 {
				// "L'article L. 1 est ainsi rédigé :" then two articles'
				// text: which article the law makes is not said (it made
				// both); "remplacé par deux articles L. 1 et L. 1-1" names
				// them.
				if g := reRewriteRepl.FindStringSubmatchIndex(trim); g == nil || !strings.HasPrefix(trim[g[2]:g[3]], "article") || !newArticlesNamed(strings.TrimSpace(caseSh)[g[2]:], arts, nil) {
					fail(reasonOf(errRewriteShareUnsaid22, "an article rewritten with the text of several"))
					return
				}
				kept := false
				for _, a := range arts {
					kept = kept || a.Ref == scopes[0].Ref
				}
				if !kept {
					in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: scopes[0], NoMark: true})
				}
				in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: Scope{Ref: CodeRef{Code: scopes[0].Ref.Code}}, NewArticles: arts})
				in.Status = Parsed
				return
			}
		}
		for _, s := range scopes {
			l := lines
			if len(s.Path) == 0 && s.Sentence == 0 {
				l = stripArtPrefix(lines)
			}
			if restored && len(s.Path) == 0 && s.Sentence == 0 && s.Ref.Article != "" {
				// "L'article L. 1-1 est ainsi rétabli :", "… est rétabli
				// dans la rédaction suivante :": an article abrogated made
				// again, which the corpus may not hold (it was a rewrite of
				// an article missing).
				arts := p.splitArticles(s.Ref.Code, lines)
				if len(arts) == 0 {
					arts = []CodeArticle{{Ref: s.Ref, Heading: articleHeading(s.Ref.Article), Alineas: l}}
				}
				if len(arts) != 1 || arts[0].Ref != s.Ref {
					fail(reasonOf(errNewArticlesNotNamed, "the new text's article is not the one re-established"))
					return
				}
				in.Edits = append(in.Edits, Edit{Kind: EditCreateArticles, Scope: s, NewArticles: arts})
				continue
			}
			if arts := p.splitArticles(s.Ref.Code, lines); len(s.Path) == 0 && s.Sentence == 0 && s.Ref.Article != "" && len(arts) == 1 && arts[0].Ref != s.Ref {
				// "L'article L. 1 est ainsi rédigé : « Art. L. 1-1. – … »":
				// the text is another article's; which the law makes is
				// not said (L. 1 took L. 1-1's text).
				fail(reasonOf(errNewArticlesNotNamed, "the new text's article is not the one rewritten"))
				return
			}
			in.Edits = append(in.Edits, markKindNamed(reKindNamed, []Edit{{Kind: EditRewrite, Scope: s, Lines: l, Restored: restored}}, trim)...)
		}
		in.Status = Parsed
		return

	case reComplete.MatchString(trim):
		m := reComplete.FindStringSubmatchIndex(trim)
		what := trim[m[2]:m[3]]
		scopes, ok, why := p.scopes(trim[:m[0]], strings.TrimSpace(caseSh)[:m[0]], parent)
		scopes, ok = p.creationScope(what, trim[:m[0]], parent, scopes, ok)
		lines := inlineOr(quotes[countQ(trim[:m[0]]):], payload)
		if !ok || len(lines) == 0 {
			if ok {
				why = errNoNewText22
			}
			fail(why)
			return
		}
		if strings.Contains(what, "article") && reSaysComplete.MatchString(asciiLower(foldAccents(in.Text))) {
			// "Le chapitre II est complété par un article …": at its end
			// (not "Dans le code civil, il est inséré un article …",
			// which drafting writes so: placed by its number).
			p.intoEnd = 1
		}
		p.addition(in, what, strings.TrimSpace(caseSh)[m[2]:m[3]], scopes, lines, "", false, false)
		return

	case reInsertAfter.MatchString(trim):
		m := reInsertAfter.FindStringSubmatchIndex(trim)
		if pre := strings.Trim(trim[:m[0]], " ,"); pre != "" {
			// "Au II, après le premier alinéa, …" in a form wordOrders did
			// not bring to "Après le premier alinéa du II": the first place
			// was dropped (the alinéa was counted in the whole article).
			fail(reasonOf(errPlaceUnread22, "a place before the addition's, not read: "+pre))
			return
		}
		before := trim[m[2]:m[3]] == "avant"
		anchor := trim[m[4]:m[5]]
		anchorCase := strings.TrimSpace(caseSh)[m[4]:m[5]]
		what := trim[m[6]:m[7]]
		lines := inlineOr(quotes[countQ(trim[:m[7]]):], payload)
		// "Après l'article L. 7111-5, il est inséré un article L. 7111-5-1":
		// the anchor is an article; otherwise it is a division of the scope
		// named in the anchor or the parent.
		scopes, ok, why := p.scopes(anchor, anchorCase, parent)
		scopes, ok = p.creationScope(what, anchor, parent, scopes, ok)
		if !ok || len(lines) == 0 {
			if ok {
				why = errNoNewText22
			}
			fail(why)
			return
		}
		if sameDivisionAlineas(scopes) {
			// "Après les premier et deuxième alinéas, il est inséré un
			// alinéa": once after the two, or after each, is not said (it
			// was inserted after each).
			fail(reasonOf(errAdditionPlaceUnsaid22, "an addition after several alinéas of one division: once or after each is not said"))
			return
		}
		if itemsWithAlineas(scopes) {
			// "Après le 2° et le dernier alinéa, il est inséré un alinéa":
			// once or after each is not said either.
			fail(reasonOf(errAdditionPlaceUnsaid22, "an addition after an item and an alinéa: once or after each is not said"))
			return
		}
		p.addition(in, what, strings.TrimSpace(caseSh)[m[6]:m[7]], scopes, lines, anchor, before, strings.Contains(trim[m[5]:m[6]], "retabli"))
		return

	case reAddBare.MatchString(trim):
		m := reAddBare.FindStringSubmatchIndex(trim)
		loc, locCased := trim[:m[0]], strings.TrimSpace(caseSh)[:m[0]]
		what, whatCased := trim[m[2]:m[3]], strings.TrimSpace(caseSh)[m[2]:m[3]]
		if t := reAddedToText.FindStringSubmatchIndex(what); t != nil && strings.TrimSpace(loc) == "" {
			// "Il est ajouté au code civil un article L. 9", "Il est
			// inséré dans la loi n° … un article 5 bis": the text added
			// to, then what is added (it was read as what, "no target
			// article").
			loc, locCased = what[t[2]:t[3]], whatCased[t[2]:t[3]]
			what, whatCased = what[t[4]:t[5]], whatCased[t[4]:t[5]]
		}
		scopes, ok, why := p.scopes(loc, locCased, parent)
		scopes, ok = p.creationScope(what, loc, parent, scopes, ok)
		lines := inlineOr(quotes, payload)
		if !ok || len(lines) == 0 {
			if ok {
				why = errNoNewText22
			}
			fail(why)
			return
		}
		if strings.HasPrefix(strings.TrimSpace(loc), "entre ") && !strings.Contains(what, "article") {
			// "Entre le I et le II, il est inséré un I bis", "Entre le
			// premier et le second alinéa, il est inséré un alinéa":
			// before the second of the two (it was inserted after each).
			if len(scopes) != 2 || scopes[0].Ref != scopes[1].Ref {
				fail(errPlaceBetweenUnread)
				return
			}
			if !adjacentScopes(scopes[0], scopes[1]) {
				// "Entre le premier et le troisième alinéa": not next to
				// each other (it went before the third).
				fail(reasonOf(errAdditionPlaceUnsaid22, "a place between two that do not follow each other"))
				return
			}
			p.addition(in, what, whatCased, scopes[1:], lines, "avant", true, strings.Contains(trim[m[0]:m[2]], "retabli"))
			return
		}
		if verb := trim[m[0]:m[2]]; (strings.Contains(verb, "insere") || strings.Contains(verb, "retabli")) && strings.Contains(what, "alinea") && labelPrefix(lines[0]) == "" && !reAtStartOrEnd.MatchString(loc) {
			// "Il est inséré un alinéa ainsi rédigé :" with no place
			// before or after which: where it goes is not said (it went
			// at the end, as one added). A numbered one goes at its rank.
			fail(reasonOf(errAdditionPlaceUnsaid22, "an alinéa inserted with no place said"))
			return
		}
		if letterCapitalsUnplaced29(trim[m[0]:m[2]], what, loc, lines) {
			fail(reasonOf(errAdditionPlaceUnsaid22, "an item lettered with capitals (a A) inserted with no place said: its rank is not known"))
			return
		}
		if placed, ok := p.capitalsPlaced29(trim[m[0]:m[2]], what, loc, scopes, lines); ok {
			p.addition(in, what, whatCased, placed, lines, "avant", true, false)
			return
		}
		p.addition(in, what, whatCased, scopes, lines, "", false, strings.Contains(trim[m[0]:m[2]], "retabli"))
		return

	case reAbrogate.MatchString(trim):
		m := reAbrogate.FindStringIndex(trim)
		if reQuotedPart.MatchString(trim[:m[0]]) {
			// "Les mots : « A » et « B » … sont supprimés" in a form the
			// word operations did not read: never the whole scope.
			fail(reasonOf(errPlaceUnread22, "a part named by quoted words, in a form not known"))
			return
		}

		scopes, ok, why := p.repealMembers(trim[:m[0]], strings.TrimSpace(caseSh)[:m[0]], parent)
		if !ok {
			fail(why)
			return
		}
		// "Les deuxième et troisième phrases sont supprimées": each counted
		// on the text before the instruction, so the later one goes first
		// (from the end: the one nearer the end last).
		sort.SliceStable(scopes, func(i, j int) bool {
			a, b := scopes[i].Sentence, scopes[j].Sentence
			if a == 0 || b == 0 || (a > 0) != (b > 0) || scopes[i].Ref != scopes[j].Ref {
				return false
			}
			if a > 0 {
				return a > b
			}
			return a < b
		})
		for _, s := range scopes {
			in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: s})
		}
		in.Status = Parsed
		return

	case abrogate:
		// An item under "Sont abrogés :".
		scopes, ok, why := p.repealMembers(strings.TrimRight(trim, " ;."), strings.TrimRight(strings.TrimSpace(caseSh), " ;."), parent)
		if !ok {
			fail(why)
			return
		}
		for _, s := range scopes {
			in.Edits = append(in.Edits, Edit{Kind: EditDelete, Scope: s})
		}
		in.Status = Parsed
		return
	}
	// A division said to comprise articles, or an article taking up
	// another's provisions, is refused with its reason even with no verb
	// of modification and under no head (it was dropped silently: no
	// instruction).
	if len(p.stack) > 0 || modVerb.MatchString(body) || refusedWithoutVerb(low) {
		if reTablePart.MatchString(low) {
			// "Le tableau du second alinéa du I est ainsi modifié : la
			// onzième ligne est remplacée par deux lignes …": a table's
			// rows, as "À la deuxième ligne du tableau" (its reason).
			fail(reasonOf(errPartOfArticleUnread22, "a part of an article not read: tableau"))
			return
		}
		if reDivisionComprises.MatchString(low) {
			fail(reasonOf(errFormRefused22, "a division said to comprise articles (… comprend les articles …): it says the whole of the division, and where the articles it held and does not name go is not said (a move into it, « sont insérés dans la section 2 », is read)"))
			return
		}
		if reTakesUpProvisions.MatchString(low) {
			fail(reasonOf(errFormRefused22, "a new article that takes up another's provisions (qui reprend les dispositions de l'article …): its text, as of when, and the other article's fate are not said"))
			return
		}
		if err := referencesReplaced23(low); err != nil {
			fail(err)
			return
		}
		fail(errNoKnownForm22)
	}
}

// reDivisionComprises is a division said to comprise articles, folded:
// "La section 2 comprend les articles L. 10 à L. 12", "Le chapitre II
// comprend l'article L. 5" — not read (refused with its reason).
var reDivisionComprises = mustRe(`^(?:la|le)\s+(?:livre|titre|chapitre|section|sous-section|paragraphe|sous-paragraphe)\s+[^:«]*?\bcompren(?:d|nent)\s+(?:les\s+articles|l'article)\b`)

// refusedWithoutVerb: an alinéa with no verb of modification that is
// still an instruction, refused with its reason — a division said to
// comprise articles, an article taking up another's provisions (they
// were taken for the bill's own text and dropped silently). low is the
// alinéa folded (asciiLower, foldAccents).
func refusedWithoutVerb(low string) bool {
	return reDivisionComprises.MatchString(low) || reTakesUpProvisions.MatchString(low) || groupingRefused(low) != ""
}

// reTakesUpProvisions is a new article said to take up another's
// provisions, folded: "il est inséré un article L. 20-1 qui reprend les
// dispositions de l'article L. 4" — not read (refused with its reason).
var reTakesUpProvisions = mustRe(`\bqui\s+reprend\s+(?:les\s+dispositions|le\s+texte)\s+(?:de\s+l'article|des\s+articles)\b`)

// q0 is the quoted text numbered s ("q3" → quotes[3]), "" if none.
func q0(quotes []string, s string) string {
	n, err := strconv.Atoi(s)
	if err != nil || n >= len(quotes) {
		return ""
	}
	return quotes[n]
}

// endForm is a rewritten end as its regexp found it: where the match
// starts, the division named after "la fin", the anchor's quote (q) and
// occurrences (occ) as submatch offsets, whether new text follows
// ("ainsi rédigée") and whether the anchor goes with the end ("à partir
// des mots").
type endForm struct {
	start           int
	div             [2]int
	q, occ          []int
	rewritten, from bool
}

// rewrittenEnd fills in the edits of a rewritten or deleted end, from the
// anchor to the end of the division, never the whole division.
func (p *parser) rewrittenEnd(in *Instruction, e endForm, low, caseSh string, quotes, payload []string, parent Scope) {
	fail := func(reason string) {
		refuseTyped(in, reasonOf(errRewrittenEndUnread, reason))
	}
	rest, restCased := low[e.div[0]:e.div[1]], caseSh[e.div[0]:e.div[1]]
	// What "la fin" is the end of: the sentence or the alinéa the
	// anchor is in ("la fin de la phrase", "de cet alinéa"), else the
	// division the locator names ("la fin du 2°", "de l'article"), or
	// none said ("la fin est ainsi rédigée").
	endOf := EndOfDivision
	if strings.TrimSpace(rest) == "" {
		endOf = EndOfUnsaid
	}
	if loc := reBareDivision.FindStringIndex(rest); loc != nil && loc[0] == 0 {
		switch w := rest[:loc[1]]; {
		case strings.Contains(w, "phrase"):
			endOf = EndOfSentence
		case strings.Contains(w, "alinea"):
			endOf = EndOfAlinea
		}
		rest, restCased = rest[loc[1]:], restCased[loc[1]:]
	}
	if reQuotedPart.MatchString(rest) {
		fail("quoted words in the locator of a rewritten end")
		return
	}
	loc, locCased := partOfHead(low[:e.start], caseSh[:e.start], rest, restCased)
	scopes, ok, why := p.scopes(loc, locCased, parent)
	if !ok {
		refuseTyped(in, reasonCaused22(errRewrittenEndUnread, why))
		return
	}
	n, _ := strconv.Atoi(low[e.q[0]:e.q[1]])
	if n >= len(quotes) {
		fail("no anchor words")
		return
	}
	var lines []string
	if e.rewritten {
		if lines = inlineOr(quotes[n+1:], payload); len(lines) == 0 {
			fail("no new text")
			return
		}
		if len(lines) > 1 {
			// "Après le mot : « A », la fin du premier alinéa est ainsi
			// rédigée :" then « seul : », « a) Vite ; », « b) Bien. »:
			// the alinéas quoted were joined into the one (the law's
			// items went into its text).
			fail("a rewritten end of several quoted alinéas, not read")
			return
		}
	}
	var occ []int
	if e.occ[0] >= 0 {
		occ = ordinals(low[e.occ[0]:e.occ[1]])
	}
	for _, s := range scopes {
		in.Edits = append(in.Edits, Edit{Kind: EditRewriteEnd, Scope: s, Anchor: quotes[n], Occurrences: occ, Lines: lines, Before: e.from, EndOf: endOf})
	}
	in.Status = Parsed
}

// partOfHead is the locator of the division whose end or start an
// instruction names ("la fin de la première phrase", "le début du 2°")
// with the locator before it (head): "Au premier alinéa de l'article L.
// 1, après le mot : « A », la fin de la première phrase …" is "la
// première phrase du premier alinéa de l'article L. 1" (it read "… du
// code civil de la première phrase", a code of that name).
func partOfHead(head, headCased, rest, restCased string) (string, string) {
	if m := reRestOf.FindStringSubmatch(rest); m != nil {
		if h := reHeadPrep.FindStringSubmatchIndex(head); h != nil {
			of := genitive[strings.Join(strings.Fields(head[h[2]:h[3]]), " ")]
			the := theOf[strings.Join(strings.Fields(m[1]), " ")]
			return the + rest[len(m[0]):] + " " + of + head[h[3]:], the + restCased[len(m[0]):] + " " + of + headCased[h[3]:]
		}
	}
	return head + " " + rest, headCased + " " + restCased
}
