package law

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

func applyEdit(c Corpus, e Edit, opt ApplyOptions) error {
	if err := laterInDivision(c, e); err != nil {
		return err
	}
	switch e.Kind {
	case EditInsertAlineas, EditAppendAlineas, EditRewrite:
		if lab, ok := labelledTwice(e.Lines); ok {
			// "Compléter cet article par deux paragraphes ainsi rédigés :
			// « IV. – … » « IV. – … »": which label the law means is
			// not said (the list held two IV).
			return applyKind26(errApplyItemLabel26, fmt.Sprintf("the new text numbers two parts %q", lab))
		}
	}
	if err := headInPart(c, e); err != nil {
		return err
	}
	switch e.Kind {
	case EditReplaceWords, EditInsertWords, EditAppendWords:
		if operationInWords.MatchString(e.New) {
			// "au début, sont insérés les mots : « « » et à la fin, sont
			// ajoutés les mots : « » »": the quotations were paired
			// wrong, the next operation read as the new words (it was
			// inserted as text).
			return applyKind26(errApplyIntroducedText26, fmt.Sprintf("new words %q hold a word operation after a quotation closed: where the quotation ends is not said", e.New))
		}
	}
	if len(e.Scope.ExceptAt) > 0 && e.Kind != EditReplaceWords && e.Kind != EditDeleteWords && e.Kind != EditInsertWords {
		return applyKind26(errApplyEditUnread26, "a part left out of an edit that is not a word operation: what is kept is not said")
	}
	if e.Scope.OnlyInSentence && e.Kind != EditReplaceWords && e.Kind != EditDeleteWords && e.Kind != EditInsertWords {
		// "Alinéas 1 et 6, dernière phrase" / "Supprimer ces phrases": of
		// each alinéa or of the 6 only is not said, and the readings
		// differ.
		return applyKind26(errApplySentence26, "a sentence named after a list of alinéas: of each alinéa or of the last only is not said")
	}
	if err := keptUnderLostLabel(c, e); err != nil {
		// "L'article L. 1, à l'exception de son dernier alinéa, est
		// abrogé" on "I. – A", "II. – B", "C" (mend19.go).
		return err
	}
	if handled, err := deleteButParts(c, e, opt); handled {
		// "L'article L. 1, à l'exception de son II, est abrogé".
		return err
	}
	if e.Scope.Everywhere {
		// "Dans l'ensemble du code civil, les mots : « A » sont remplacés
		// …": every article of the code the corpus holds that has the
		// words; none is an error.
		switch e.Kind {
		case EditReplaceWords, EditDeleteWords, EditInsertWords:
		default:
			return applyKind26(errApplyEditUnread26, "only words can be edited in a whole code")
		}
		if err := rankOverDivision(e); err != nil {
			return err
		}
		var refs []CodeRef
		if len(e.Scope.Division) > 0 {
			// "Au chapitre Ier du titre II du livre III, …": the
			// articles of that division (none known: missing).
			if err := divisionNamed(c, e.Scope.Ref.Code, e.Scope.Division); err != nil {
				return err
			}
			refs = inDivision(c, e.Scope.Ref.Code, e.Scope.Division)
		} else {
			for r := range c {
				// An article left out ("…, à l'exception de l'article
				// L. 2, …": exceptArticleOfWords) is not edited.
				if r.Code == e.Scope.Ref.Code && !e.Scope.excepted(ArticleKey(r.Article)) {
					refs = append(refs, r)
				}
			}
		}
		sort.Slice(refs, func(i, j int) bool { return articleLess(refs[i].Article, refs[j].Article) })
		changed := 0
		for _, r := range refs {
			one := e
			one.Scope = Scope{Ref: r}
			if err := applyEdit(c, one, opt); err == nil {
				changed++
			}
		}
		if changed == 0 {
			// The corpus holds a part of the code: the words may be in
			// an article it does not hold.
			return errMissing
		}
		return nil
	}
	if e.Scope.RangeTo != "" {
		if err := rangeEndsApart(e.Scope.Ref.Article, e.Scope.RangeTo); err != nil {
			return err
		}
		if err := countOverRange(e); err != nil {
			return err
		}
		// Every article of the range that the corpus holds.
		var refs []CodeRef
		for r := range c {
			if r.Code != e.Scope.Ref.Code {
				continue
			}
			in, certain := rangePlace(r.Article, e.Scope.Ref.Article, e.Scope.RangeTo)
			if !certain {
				return errRangePlaceNotSaid{article: r.Article, from: e.Scope.Ref.Article, to: e.Scope.RangeTo}
			}
			if in && !e.Scope.excepted(ArticleKey(r.Article)) {
				refs = append(refs, r)
			}
		}
		if len(refs) == 0 {
			return errMissing
		}
		sort.Slice(refs, func(i, j int) bool { return articleLess(refs[i].Article, refs[j].Article) })
		// Each article whole or not at all, the others applied, as for
		// a list of articles ("Aux articles L. 1 et L. 3"): the language
		// makes no difference between them (the range was refused whole
		// — TestLeft5RangeArticleByArticle).
		var refused errRangeArticles
		for _, r := range refs {
			one := e
			one.Scope.Ref, one.Scope.RangeTo = r, ""
			// Its own group, not the first article's (an alinéa of
			// L. 3 was counted on the text of L. 1 — TestGenArtsRangeCountsEachArticle).
			// Its group begun if none (the article as the bill article
			// found it) and carried over the edit: a later edit of the
			// bill article counting its alinéas counts them on that text
			// (TestGenArts2RangeMembersKeepTheirGroup).
			o := opt
			o.grp = nil
			var before []string
			if a, ok := c[r]; ok && opt.groups != nil {
				o.grp = groupOf(opt.groups, r, a.Alineas)
				before = append([]string(nil), a.Alineas...)
			}
			saved, held := c[r]
			if err := applyEdit(c, one, o); err != nil {
				if held {
					c[r] = saved
				}
				refused = append(refused, rangeArticleErr{ref: r, err: err})
				continue
			}
			if o.grp != nil {
				carryGroup(c, opt.groups, r, o.grp, before)
			}
		}
		if len(refused) > 0 {
			return refused
		}
		return nil
	}
	if n := len(e.Scope.Path); n > 0 && e.Scope.Path[n-1].GoesOn {
		return applyRangeItem(c, e, opt)
	}
	switch e.Kind {
	case EditRenumberDivision:
		return moveDivisions(c, e)
	case EditRewriteHeading:
		if len(e.Dissolved) > 0 {
			return dissolveDivisions(c, e)
		}
		return nil
	case EditCreateDivision:
		return nil
	case EditRelabel:
		a, ok := c[e.Scope.Ref]
		if !ok {
			return errMissing
		}
		// The items repealed together the source or the new label is
		// one of ("1° et 2° (Abrogés) ;" for "les 3° et 4° deviennent
		// les 1° et 2°"): one placeholder an item.
		named := Edit{Scope: Scope{Path: append(append([]Division(nil), e.Scope.Path...), Division{Item: itemName(e.New)})}}
		split, err := splitMergedPlaceholders(a.Alineas, named)
		if err != nil {
			return err
		}
		a.Alineas = split
		lo, _, _, err := resolveInGroup(a.Alineas, e, opt.grp)
		if err != nil {
			return err
		}
		// The item of the new label in the same list: a placeholder "3°
		// (Abrogé)" the renumbering replaces, or an item in force.
		placeholder := -1
		if n := len(e.Scope.Path); n > 0 && e.Scope.Path[n-1].Item != "" {
			tgt := e
			tgt.Scope.Path = append(append([]Division(nil), e.Scope.Path[:n-1]...), Division{Item: itemName(e.New)})
			if at, _, _, err := resolveInGroup(a.Alineas, tgt, opt.grp); err == nil && at != lo {
				if !isAbrogatedPlaceholder(a.Alineas[at]) {
					// "Le 2° devient le 3°" where a 3° is there still:
					// the list would hold two 3°; an instruction is
					// missing — refused.
					return labelInForce22(fmt.Sprintf("item %q: %q is there already", e.Scope.Path[n-1].Item, e.New))
				}
				placeholder = at
			}
		}
		if isParenLabel25(a.Alineas[lo]) {
			return errParenRelabel25
		}
		al, ok := relabelAlinea(a.Alineas[lo], e.New)
		if !ok {
			return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q: no label to replace", e.Scope.Path[len(e.Scope.Path)-1].Item))
		}
		a.Alineas = append([]string(nil), a.Alineas...)
		a.Alineas[lo] = al
		// "Le 2° est supprimé" left "2° (Abrogé)"; "les 3° et 4°
		// deviennent les 2° et 3°" then takes its number: that
		// placeholder goes, or the list would hold two 2° — that one,
		// never a placeholder of the same label in another list.
		if placeholder >= 0 {
			a.Alineas = append(a.Alineas[:placeholder], a.Alineas[placeholder+1:]...)
			if placeholder < lo {
				lo--
			}
		}
		if err := relabelKeepsOrder(a.Alineas, lo); err != nil {
			return err
		}
		if err := capitalKeepsOrder(a.Alineas, lo); err != nil {
			return err
		}
		c[e.Scope.Ref] = a
		return nil
	case EditCreateArticles:
		seen := map[CodeRef]bool{}
		for _, a := range e.NewArticles {
			if seen[a.Ref] {
				// "sont insérés deux articles ainsi rédigés :" then two
				// texts headed "Art. L. 1-1.": which is the law's is not
				// said (the second took the first's place).
				return applyKind26(errApplyLayout26, fmt.Sprintf("the new text holds article %s twice", a.Ref.Article))
			}
			seen[a.Ref] = true
		}
		// The division the place names, when it files the new
		// articles: one of the corpus ("Au chapitre Ier du titre Ier, il
		// est ajouté une section 4" where two titres Ier hold a
		// chapitre Ier is refused — namedTwice — and so is "Au chapitre
		// Ier du code …" where its articles sit in livres — notAtTop).
		if len(e.Into) > 0 {
			if err := divisionNamed(c, e.Scope.Ref.Code, e.Into); err != nil {
				return err
			}
		} else if e.Scope.Ref.Article == "" && len(e.Scope.Division) > 0 {
			if err := divisionNamed(c, e.Scope.Ref.Code, e.Scope.Division); err != nil {
				return err
			}
		}
		if err := jumpsOver(c, e); err != nil {
			return err
		}
		// Between two that follow each other (order18) first: the
		// place the others judge is after the first.
		if err := betweenAdjacent(c, e); err != nil {
			return err
		}
		if err := placedInDivision(c, e); err != nil {
			return err
		}
		if err := newDivisionPlaced(c, e); err != nil {
			return err
		}
		if e.headedOtherwise {
			return errNewDivisionHeadedOtherwise
		}
		folders := newArticlesFolders(c, e, opt.besideGone)
		if e.NewDivision && len(folders) > 0 && len(folders[0]) > 0 && len(e.Headings) > 0 && len(e.Headings[0]) > 0 {
			// "Au chapitre III, il est ajouté (rétabli) une section 3"
			// where the corpus holds articles of a section 3 there: two
			// sections 3 — an instruction is missing (the new articles
			// went in beside them).
			d := folders[0]
			top := d[:len(d)-len(e.Headings[0])+1]
			if refs := inDivision(c, e.Scope.Ref.Code, top); len(refs) > 0 {
				return applyKind26(errApplyLayout26, "new division "+strings.Join(top, "/")+" holds article "+refs[0].Article+" already")
			}
		}
		if e.ReplaceDivision {
			if err := divisionNamed(c, e.Scope.Ref.Code, e.Scope.Division); err != nil {
				return err
			}
			if err := heldElsewhere(c, e); err != nil {
				return err
			}
			if err := siblingHeld(c, e, folders); err != nil {
				return err
			}
			keep := map[CodeRef]bool{}
			for _, a := range e.NewArticles {
				keep[a.Ref] = true
			}
			for _, r := range inDivision(c, e.Scope.Ref.Code, e.Scope.Division) {
				if !keep[r] {
					delete(c, r)
				}
			}
		}
		for _, a := range e.NewArticles {
			if old, ok := c[a.Ref]; ok && e.Fresh && inForce(old) {
				// "Il est inséré un article L. 2" where an L. 2 in force
				// is there: it was overwritten; the corpus and the law
				// disagree.
				return applyKind26(errApplyLayout26, fmt.Sprintf("new article %s is in force already", a.Ref.Article))
			}
		}
		for i, a := range e.NewArticles {
			opt.dash = opt.codeDash[a.Ref.Code]
			a.Alineas = censor(a.Alineas, opt)
			if len(a.Division) == 0 {
				a.Division = folders[i]
			}
			c[a.Ref] = a
		}
		return nil
	}
	if e.Kind == EditDelete && e.Scope.Ref.Article == "" && len(e.Scope.Path) == 0 {
		// "La section 2 du chapitre III du titre Ier du livre V est abrogée."
		if err := divisionNamed(c, e.Scope.Ref.Code, e.Scope.Division); err != nil {
			return err
		}
		refs := inDivision(c, e.Scope.Ref.Code, e.Scope.Division)
		if len(e.Scope.Division) == 0 && e.Scope.Sentence == 0 {
			// "La loi n° … est abrogée": every article of it the corpus
			// holds (none held: out of sample, as before).
			refs = wholeText(c, e.Scope.Ref.Code)
		}
		if len(refs) == 0 {
			return errMissing
		}
		for _, r := range refs {
			delete(c, r)
		}
		return nil
	}
	a, ok := c[e.Scope.Ref]
	if !ok {
		return errMissing
	}
	opt.dash = opt.codeDash[e.Scope.Ref.Code]
	if d := dashStyle(a.Alineas); d != "" {
		opt.dash = d
	}
	al := append([]string(nil), a.Alineas...)
	al, err := splitMergedPlaceholders(al, e)
	if err != nil {
		return err
	}
	lo, hi, label, err := resolveInGroup(al, e, opt.grp)
	if cerr := capitalsBaseMissing30(e, err); cerr != nil {
		return cerr
	}
	var missing itemNotFound
	if n := len(e.Scope.Path); errors.As(err, &missing) && e.Kind == EditRewrite && e.Restored && !opt.billQuotes && e.Scope.Sentence == 0 && n > 0 && e.Scope.Path[n-1].Item != "" && len(e.Lines) > 0 && missing.item == e.Scope.Path[n-1].Item {
		// "Le 2° est ainsi rétabli :" (… rétabli dans la rédaction
		// suivante) where no 2° is there, the list renumbered before
		// ("Les 2° à 4° deviennent les 3° à 5°") or the item gone: the
		// new 2° goes in at its rank, as "Il est rétabli un 2° ainsi
		// rédigé" (it was refused: item not found). Its division must be
		// there, and the new text under its label. (A bill's text, which
		// an amendment restores, keeps a division deleted as "II bis. –
		// (Supprimé)": one not there is not restored.) Its label in its
		// case: a part "B. –" is never the letter "b)" (label keeps the
		// capital; "Le B du I est ainsi rétabli : « b) … »" put the b)
		// in the I).
		up := e
		up.Kind, up.Restored, up.Scope.Path = EditAppendAlineas, false, e.Scope.Path[:n-1]
		if l, _ := labelOf(e.Lines[0]); l == e.Scope.Path[n-1].Item {
			if _, _, _, perr := resolveInGroup(al, up, opt.grp); perr == nil {
				return applyEdit(c, up, opt)
			}
		}
	}
	if n := len(e.Scope.Path); errors.As(err, &missing) && n > 0 && missing.item == e.Scope.Path[n-1].Item && e.Scope.Path[n-1].Count == 0 && len(e.Scope.Within) == 0 {
		// "Au b du 1°, remplacer le mot : « A » …" where the 1° holds its
		// a) and b) on its line: the b's words (inlineItem).
		up := e
		up.Scope.Path = e.Scope.Path[:n-1]
		if clo, chi, _, cerr := resolveInGroup(al, up, opt.grp); cerr == nil {
			if _, _, _, ierr := inlineItem(al, clo, chi, missing.item); !errors.As(ierr, &missing) {
				return inlineWords(c, e, opt, al, clo, chi, missing.item)
			}
		}
	}
	var inner innerPart
	if errors.As(err, &inner) && inner.last && e.Scope.Sentence == 0 && e.Scope.Where == "" && (e.Kind == EditReplaceWords || e.Kind == EditDeleteWords || e.Kind == EditInsertWords) {
		// "Au A du I, le mot : « A » est remplacé …" on "I. – A. – …":
		// the words of the lines the A spans.
		lo, hi, label, err = inner.lo, inner.hi, "", nil
	}
	if errors.As(err, &inner) && inner.last && e.Scope.Sentence == 0 && e.Scope.Where == "" && (e.Kind == EditInsertAlineas && !e.Before || e.Kind == EditAppendAlineas || e.Kind == EditAppendWords || e.Kind == EditInsertSentences) {
		// "Après le A du I, il est inséré un A bis", "Le A du I est
		// complété par un alinéa (une phrase, les mots)" on "I. – A. –
		// …": after its last line, or at its end; its first line, which
		// carries the I's label too, is not touched.
		lo, hi, label, err = inner.lo, inner.hi, "", nil
	}
	if errors.As(err, &inner) && inner.last && e.Kind == EditRewrite && e.Scope.Sentence == 0 && e.Scope.Where == "" && !opt.billQuotes && len(e.Lines) > 0 {
		// "Le A du II est ainsi rédigé : « A. – … »" on "II. – A. – …":
		// the A's lines give way to the new text, whose first line
		// takes the II's label back ("II. – A. – …"). New text under
		// another label (or none) is refused: the II's first line would
		// not be its own.
		if l, _ := labelOf(e.Lines[0]); l == "" || l != strings.TrimSuffix(strings.ToLower(inner.item), ".") && l != strings.TrimSuffix(inner.item, ".") {
			return applyKind26(errApplyItemLabel26, fmt.Sprintf("item %q begins on the line of its part: rewritten under another label", inner.item))
		}
		t := strings.TrimLeft(al[inner.lo], " ")
		lines := append([]string(nil), censor(e.Lines, opt)...)
		lines[0] = al[inner.lo][:len(al[inner.lo])-len(t)] + labelPrefix(t) + strings.TrimLeft(lines[0], "«\" ")
		a.Alineas = splice(al, inner.lo, inner.hi, lines)
		c[e.Scope.Ref] = a
		return nil
	}
	if err != nil {
		return err
	}
	if err := alineaOfDivisionDeleted24(al, lo, hi, e, opt); err != nil {
		return err
	}
	if err := alineaOfArticleDeleted24(al, lo, hi, e, opt); err != nil {
		return err
	}
	if lo, hi, label, err = tableSpan22(al, lo, hi, label, e); err != nil {
		return err // a table as a unit (tables22.go)
	}
	if e.Scope.tableRow22 != 0 || e.Scope.table24.on {
		r, err := tableRowEdit22(al[lo], e, opt)
		if err != nil {
			return err
		}
		al[lo] = r
		a.Alineas = al
		c[e.Scope.Ref] = a
		return nil
	}
	if e.Scope.Sentence != 0 || e.Kind == EditAppendWords || e.Kind == EditInsertSentences {
		lo, hi = sentencesAsFound(al, lo, hi, opt.grp)
	}
	if len(e.Scope.Within) > 0 {
		// "Au 2° de l'alinéa 3": the alinéa must be in the 2° (the 2° was
		// ignored, and the alinéa edited wherever it stood); "Alinéas 2 à
		// 6" / "Supprimer les b à d": the items begin in the alinéas.
		wlo, whi, _, err := resolve(al, e.Scope.Within)
		if err != nil && !errors.As(err, &missing) {
			// "Alinéa 3, a)" where the article holds two a): the one
			// the alinéa 3 is (itemIsTheAlinea).
			if ok, ierr := itemIsTheAlinea(al, e.Scope.Path, e.Scope.Within, lo, hi); ok {
				wlo, whi, err = lo, hi, ierr
			}
		}
		if m := len(e.Scope.Within); errors.As(err, &missing) && missing.item == e.Scope.Within[m-1].Item && label == "" {
			// "Au b du 1° de l'alinéa 2", "Alinéa 2" / "Au b, …" where the
			// alinéa holds its a) and b) on its line: the b's words
			// (inlineItem), the items above it holding the alinéa.
			if m > 1 {
				ulo, uhi, _, uerr := resolve(al, e.Scope.Within[:m-1])
				if uerr != nil {
					return uerr
				}
				if lo < ulo || hi > uhi {
					return applyKind26(errApplyItemList26, fmt.Sprintf("the alinéas named are not in the %s named beside them", e.Scope.Within[m-2].Item))
				}
			}
			if _, _, _, ierr := inlineItem(al, lo, hi, missing.item); !errors.As(ierr, &missing) {
				return inlineWords(c, e, opt, al, lo, hi, missing.item)
			}
		}
		if err != nil {
			return err
		}
		if w := e.Scope.Within[len(e.Scope.Within)-1]; w.Item == "" {
			// "Alinéa 2" / "Supprimer le 1°": the item begins in the
			// alinéas; "Alinéa 2" / "Supprimer les b et c" where the
			// alinéa 2 is the 1°'s first line, refused.
			if lo < wlo || lo >= whi || e.Scope.WithinWhole && !itemIsTheAlineas(al, lo, hi, wlo, whi, e.Scope.Path) {
				return applyKind26(errApplyItemList26, "the items named do not begin in the alinéas named beside them")
			}
		} else if lo < wlo || hi > whi {
			return applyKind26(errApplyItemList26, fmt.Sprintf("the alinéas named are not in the %s named beside them", e.Scope.Within[len(e.Scope.Within)-1].Item))
		}
	}
	if e.Through != "" {
		// "Les mots : « A » à « B » sont supprimés": the span from A to
		// B as the place holds it, then edited as the words it is.
		if e.Kind != EditReplaceWords && e.Kind != EditDeleteWords || e.Anchor != "" || len(e.Occurrences) > 0 || e.Times > 1 || e.Scope.Where != "" || e.Scope.SentencesToEnd {
			return applyKind26(errApplyEditUnread26, "words from one to another, with occurrences, a count, an anchor or a place at the start or end: not read")
		}
		span, err := wordsThrough(al, lo, hi, e.Scope.Sentence, opt.grp, e.Old, e.Through)
		if err != nil {
			return err
		}
		one := e
		one.Old, one.Through, one.Times = span, "", 1
		return applyEdit(c, one, opt)
	}
	if e.Scope.SentencesToEnd && e.Scope.Where == "" && (e.Kind == EditReplaceWords || e.Kind == EditDeleteWords || e.Kind == EditInsertWords) {
		// "Aux deuxième à dernière phrases, le mot : « A » est remplacé
		// …": the words of each of those sentences, counted on the text
		// before the instruction, as "aux deuxième à quatrième phrases"
		// (each must hold them; it was refused).
		return onSentencesToEndWords(c, e, opt, al, lo, hi)
	}
	if e.Scope.SentencesToEnd && (e.Kind != EditDelete && e.Kind != EditRewrite || e.Scope.Where != "") {
		// "Aux deuxième à dernière phrases, il est ajouté …": only a
		// deletion, a rewriting or a word operation of those sentences
		// is read.
		return applyKind26(errApplySentence26, "sentences to the last of their alinéa, edited otherwise than deleted, rewritten whole or by words: not read")
	}
	if e.Scope.SentenceLast && hi > lo {
		// "la seconde et dernière phrase": the alinéa has that many.
		i := pickSentenceAlinea(lo, hi, e.Scope.Sentence)
		if n := len(groupBounds(al, i, opt.grp)); n != e.Scope.Sentence {
			return applyKind26(errApplyPlaceNotFound26, fmt.Sprintf("sentence %d is not the last (%d sentences)", e.Scope.Sentence, n))
		}
	}
	if opt.billQuotes && e.Scope.Sentence != 0 && hi > lo {
		// "Alinéa 3, dernière phrase" on "2° Le second alinéa est ainsi
		// rédigé : « Il signe. Il date. »": the bill's sentence (the
		// whole line: it was rewritten, "2° Il remet.") or the quoted
		// text's is not said.
		if _, _, ok := quotedEnd(al[pickSentenceAlinea(lo, hi, e.Scope.Sentence)]); ok {
			return applyKind26(errApplyIntroducedText26, fmt.Sprintf("sentence %d of an alinéa that ends with the text it quotes: the bill's sentence or the quoted text's is not said", e.Scope.Sentence))
		}
	}
	lines := censor(e.Lines, opt)
	if opt.billQuotes {
		host := append(append([]string(nil), opt.typedAs...), al...)
		lines = asHost(lines, host)
		e.New = strings.Join(asHost([]string{e.New}, host), "")
	}
	switch e.Kind {
	case EditDelete:
		switch {
		case len(e.Scope.Path) == 0 && e.Scope.Sentence == 0:
			delete(c, e.Scope.Ref)
			return nil
		case e.Scope.SentencesToEnd:
			if err := onSentencesToEnd(al, lo, hi, e.Scope.Sentence, e.Scope.SentencesButLast, opt.grp, ""); err != nil {
				return err
			}
		case e.Scope.Sentence != 0:
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, func(string) (string, error) { return "", nil }); err != nil {
				return err
			}
		case label != "" && !e.NoMark:
			term := ""
			last := strings.TrimSpace(al[hi-1])
			roman := smallRomanPrefix(al, lo)
			if _, k := labelOf(al[lo]); k == 'd' || k == 'l' || k == 'p' || roman != "" {
				// An item of a list keeps the list's punctuation (" ;"
				// for "b) … ; et": the conjunction joins it no more).
				// An item of several alinéas whose first ends with " ;"
				// and an item of its kind after it is one of a list
				// going on ("a) Au siège ;", "Le siège est public.", "b)
				// …": "a) (Abrogé) ;", it was "a) (Abrogé).").
				next := hi < len(al)
				if next && roman != "" {
					next = smallRomanPrefix(al, hi) != ""
				} else if next {
					_, kn := labelOf(al[hi])
					next = kn == k
				}
				if semicolonEnd(last) || next && hi-lo > 1 && semicolonEnd(al[lo]) {
					term = " ;"
				} else if strings.HasSuffix(last, ".") {
					term = "."
				}
			}
			// As Légifrance prints it: the item's own label, "b) (Abrogé)",
			// "2° (Abrogé) ;", "III.-(Abrogé)" (a paragraph, no punctuation).
			pre := labelPrefix(strings.TrimLeft(al[lo], " "))
			if roman != "" {
				pre = roman // "ii) (Abrogé) ;", not "ii (Abrogé)"
			}
			if t := strings.TrimRight(pre, " "); strings.ContainsAny(t, "°º") || isLetterDegree22(t) {
				// "1° bis A Le …": the capitals are the label's ("1° bis
				// A (Abrogé) ;", not "1° bis (Abrogé) ;").
				rest := strings.TrimLeft(al[lo], " ")[len(t):]
				if m := degreeCapital.FindStringSubmatchIndex(rest); m != nil {
					pre = t + rest[:m[3]] + " "
				}
			}
			if pre == "" || strings.HasPrefix(pre, "«") || strings.HasPrefix(pre, "\"") {
				pre = label + " "
			} else if !strings.HasSuffix(pre, " ") && !strings.HasSuffix(pre, "-") && !strings.HasSuffix(pre, "–") && !strings.HasSuffix(pre, "―") {
				pre += " "
			}
			al = splice(al, lo, hi, []string{pre + "(Abrogé)" + term})
		default:
			if opt.billQuotes && lo > 0 && hi > lo && !isQuoted(al[lo-1]) && strings.HasSuffix(strings.TrimSpace(al[lo-1]), ":") && isQuoted(al[lo]) && (hi == len(al) || !isQuoted(al[hi])) {
				// "Supprimer les alinéas 2 et 3", the whole text that
				// "… complété par deux alinéas ainsi rédigés :" announces:
				// the announcement would stand alone (it was left).
				return applyKind26(errApplyIntroducedText26, "the quoted text an alinéa introduces deleted whole, the alinéa left")
			}
			closes := hi > lo && quoteCloses(al[hi-1])
			tail := ""
			if closes {
				tail = quoteTail(al[hi-1])
			}
			lastItemEnds := hi > lo && listEnd(al, lo, hi)
			endsSentence := false
			if closes {
				last := al[hi-1]
				endsSentence = strings.HasSuffix(strings.TrimRight(last[:closeStart(last)], " "), ".")
			}
			al = splice(al, lo, hi, nil)
			if lastItemEnds {
				// "1° Seul ;", "2° Vite." without the 2°: the 1° ends the
				// list now ("1° Seul."); so does "1° Seul ; et", its
				// conjunction joining nothing now.
				p := strings.TrimRight(al[lo-1], " ")
				m := itemConjunction.FindStringSubmatch(p)
				if m == nil {
					// "2° B, ou" in a list of commas (left11).
					m = commaConjunction.FindStringSubmatch(p)
				}
				if m != nil {
					p = m[1]
				}
				al[lo-1] = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(p, ";"), ","), " ") + "."
				if m != nil {
					// The conjunction goes before the new last item:
					// "a) … ;", "b) … ; et", "c) … ." without the c give
					// "a) … ; et", "b) … .".
					conjunctionBack(al, lo-1, m[2])
				}
			}
			if opt.billQuotes && closes && lo > 0 && lo <= len(al) {
				// "« A.", "« B. »" without the B: the A closes the
				// quotation now ("« A. »"), with what followed the
				// quotation ("« B. » ;", the item's " ;": "« A. » ;").
				if p := strings.TrimSpace(al[lo-1]); strings.HasPrefix(p, "«") && !quoteCloses(p) {
					if endsSentence && strings.HasSuffix(p, ";") {
						// "« – le maire ;", "« – le juge. »" without the
						// juge: the maire ends the quoted list ("« – le
						// maire. »"; it gave "« – le maire » ;").
						al[lo-1] = strings.TrimRight(strings.TrimSuffix(p, ";"), " ") + "."
					}
					al[lo-1] = closeQuoted(al[lo-1])
					if !strings.HasSuffix(al[lo-1], ";") {
						al[lo-1] += tail
					}
				}
			}
		}
	case EditRewrite:
		if e.Restored && len(e.Scope.Path) > 0 && e.Scope.Sentence == 0 {
			// "Le 3° est ainsi rétabli :" where a 3° in force is there:
			// re-established is said of a part repealed; the law and
			// the article disagree (it was overwritten). The part
			// repealed is its placeholder alone, "3° (Abrogé).": the
			// article's closing alinéa after it is not its (it went
			// with it).
			if !isAbrogatedPlaceholder(al[lo]) {
				return applyKind26(errApplyLayout26, fmt.Sprintf("the part re-established is in force: %q", strings.TrimSpace(al[lo])))
			}
			hi = lo + 1
		}
		switch {
		case len(e.Scope.Path) == 0 && e.Scope.Sentence == 0:
			al = lines
		case e.Scope.SentencesToEnd:
			if err := onSentencesToEnd(al, lo, hi, e.Scope.Sentence, e.Scope.SentencesButLast, opt.grp, withPeriod(strings.Join(lines, " "))); err != nil {
				return err
			}
		case e.Scope.Sentence != 0:
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, func(string) (string, error) { return withPeriod(strings.Join(lines, " ")), nil }); err != nil {
				return err
			}
		default:
			if opt.billQuotes {
				o, _ := quoteShape(al[lo])
				_, c := quoteShape(al[hi-1])
				lines = requote(lines, o, c, al[lo])
				if n := len(lines); o && c && n > 0 && quoteTail(lines[n-1]) == "" && closesQuote(lines[n-1]) {
					// What followed the quotation it closed stays: "«
					// Il motive. » ;" rewritten is "« Il statue. » ;",
					// the bill's item going on.
					lines[n-1] = strings.TrimRight(lines[n-1], " ") + quoteTail(al[hi-1])
				}
			}
			if err := rewriteKeepsKind(al, lo, e, lines); err != nil {
				return err
			}
			if err := labelBorne(al, e, lines, opt); err != nil {
				return err
			}
			lines = itemEnd(al, hi, lines)
			lines = keepLabel(al, lo, e.Scope.Path, lines)
			al = splice(al, lo, hi, lines)
			if !opt.billQuotes {
				// "Le 2° est remplacé par des 2° et 3°" where a 3° follows:
				// the list would hold two.
				if err := rankAmidItems(al, lo, len(lines), true); err != nil {
					return err
				}
			}
		}
	case EditRewriteStart:
		// No new start: "Le début … jusqu'aux mots : « A » est
		// supprimé", as an end deleted has no new end.
		if len(lines) > 1 || len(lines) == 0 && e.Anchor == "" || hi-lo < 1 {
			return applyKind26(errApplyEditUnread26, "bad rewrite-start")
		}
		f := func(s string) (string, error) {
			if e.Anchor != "" {
				hits := findWords(s, e.Anchor)
				if len(hits) != 2 {
					return "", applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found once", e.Anchor))
				}
				// "Avant le mot : « A », … le début": up to A, A kept.
				cut := hits[1]
				if e.Before {
					cut = hits[0]
				}
				if len(lines) == 0 {
					// The words after A begin it now, with its capital;
					// the label stays.
					d, _ := deleteAt(s, []int{textStart(s), cut})
					return d, nil
				}
				return joinWords(keepStart(s, lines[0]), strings.TrimLeft(s[cut:], " ")), nil
			}
			return rewriteStart(s, lines[0])
		}
		if e.Scope.Sentence != 0 {
			// "Le début de la seconde phrase … est ainsi rédigé": that
			// sentence's start, not the alinéa's (it wiped the sentences
			// before).
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, f); err != nil {
				return err
			}
			break
		}
		s, err := f(al[lo])
		if err != nil {
			return err
		}
		al[lo] = s
	case EditAppendAlineas:
		if e.Scope.Sentence != 0 {
			// "La première phrase … est complétée par un alinéa": a
			// sentence holds no alinéa; not read (it went after the
			// whole alinéa).
			return applyKind26(errApplySentence26, "alinéas added to a sentence: not read")
		}
		if e.Scope.Where == "start" && e.Scope.Sentence == 0 {
			// "Au début de l'article, il est ajouté un alinéa".
			if label != "" {
				// "Au début du II, il est ajouté un alinéa": before the
				// II's label it would be the I's; after it, the label
				// would move. Not said: refused.
				return applyKind26(errApplyItemLabel26, fmt.Sprintf("an alinéa at the start of %q: where its label goes is not said", label))
			}
			if opt.billQuotes {
				lines = numberPlaceholders(al, lo, lines, opt.typedAs)
			}
			at, err := startOfList(al, lo, hi, lines)
			if err != nil {
				return err
			}
			al = splice(al, at, at, lines)
			// "Au début, il est inséré un 1°" before the 1° in force: the
			// list would hold two (afterItsPrevious).
			if err := rankAmidItems(al, at, len(lines), !opt.billQuotes); err != nil {
				return err
			}
			break
		}
		at, err := appendPoint(al, lo, hi, lines)
		if err != nil {
			return err
		}
		if err := dashesOffTheList27(al, at, lines); err != nil {
			return err
		}
		if len(lines) > 0 && !opt.billQuotes && len(e.Scope.Path) == 0 && at == len(al) && opt.numberI != nil {
			if m := billNumber.FindStringSubmatch(lines[0]); m != nil && m[1] == "II" && !anyParagraphNumber(al) {
				// "L'article L. 1 est complété par un II" on an article
				// without paragraphs: its text is the I, numbered once the
				// bill article's edits are applied (numberTheI).
				opt.numberI[e.Scope.Ref] = m[2]
			}
		}
		if opt.billQuotes {
			lines = numberPlaceholders(al, at, lines, opt.typedAs)
			al, lines = numberFirstParagraph(al, lines, opt.typedAs)
			if at > 0 && len(lines) > 0 {
				// "Compléter cet article par l'alinéa suivant : « 12° … »"
				// after the quoted list's last item: the list goes on; and
				// "Compléter le texte proposé pour l'article L. 1 par un
				// alinéa": the quoted text goes on.
				if sameListItem(al[at-1], lines[0]) || len(e.Scope.Path) > 0 && e.Scope.Path[0].Proposed != "" {
					al, lines = quoteInBlock(al, at, lines)
				} else if n := len(e.Scope.Path); n > 0 && e.Scope.Path[n-1].Item != "" && hi-1 > lo && isQuoted(al[hi-1]) && closesQuote(al[hi-1]) && !isQuoted(lines[0]) {
					// "Compléter le 2° par un alinéa …" where the 2° ends
					// with the text it quotes: a line of that text, or of
					// the 2° after it, is not said (it went after the
					// quotation, unquoted, a sentence of neither).
					if labelPrefix(lines[0]) == "" {
						return applyKind26(errApplyIntroducedText26, fmt.Sprintf("an alinéa completing %q, which ends with the text it quotes: inside the quotation or after it is not said", label))
					}
				}
			}
		}
		al = splice(al, at, at, lines)
		if err := closeItemBefore(al, at, len(lines)); err != nil {
			return err
		}
		// "Il est ajouté un 3°" after a 3° in force, "Il est ajouté un
		// II" where the II is the last: the list would hold two (a
		// placeholder, "3° (Abrogé)", is taken below).
		if err := rankAmidItems(al, at, len(lines), !opt.billQuotes); err != nil {
			return err
		}
		if opt.billQuotes && len(e.Scope.Path) == 0 {
			if err := itemOffItsList(al, at); err != nil {
				return err
			}
		}
		if !opt.billQuotes {
			al = takePlaceholder(al, at, len(lines))
		}
	case EditInsertAlineas:
		if e.Scope.Sentence != 0 {
			// "Après la première phrase du deuxième alinéa, il est inséré
			// un alinéa": the alinéa is split after that sentence, the
			// new alinéas between its parts (they went after the whole
			// alinéa). Before a sentence, or in a bill's quotation, not
			// read.
			if e.Before || opt.billQuotes || len(lines) == 0 {
				return applyKind26(errApplySentence26, "alinéas inserted at a sentence: not read")
			}
			i := pickSentenceAlinea(lo, hi, e.Scope.Sentence)
			if err := doubtfulSentence(al, i, e.Scope.Sentence, opt.grp); err != nil {
				return err
			}
			b := groupBounds(al, i, opt.grp)
			k, err := sentenceIndex(b, e.Scope.Sentence)
			if err != nil {
				return err
			}
			cut := b[k][1]
			if cut >= closeStart(al[i]) {
				// The last sentence of a quoted alinéa: its closing
				// quotation mark stays with it.
				cut = len(al[i])
			}
			parts := append([]string{strings.TrimRight(al[i][:cut], " ")}, lines...)
			if rest := strings.TrimLeft(al[i][cut:], " "); rest != "" {
				parts = append(parts, rest)
			}
			al = splice(al, i, i+1, parts)
			break
		}
		if err := rankAgrees(al, lo, label, lines, e.Before); err != nil {
			return err
		}
		if label != "" && len(lines) > 0 {
			pos := hi
			if e.Before {
				pos = lo
			}
			if err := unrankedAgain(al, pos, lines[0]); err != nil {
				return err
			}
			if e.Before {
				if err := afterItsPrevious(al, lo, lines[0]); err != nil {
					return err
				}
			}
		}
		if e.Before && !opt.billQuotes && len(lines) > 0 && labelPrefix(lines[0]) == "" {
			// "Avant le premier alinéa du II, il est inséré un alinéa":
			// the II's label opens that alinéa; before it the new alinéa
			// would be the I's (it was), after it the label would move.
			// Not said: refused, as "Au début du II, il est ajouté un
			// alinéa" is.
			if n := len(e.Scope.Path); n >= 2 && e.Scope.Path[n-1].Alinea == 1 && e.Scope.Path[n-1].FromEnd <= 0 && e.Scope.Path[n-2].Item != "" && labelPrefix(strings.TrimLeft(al[lo], " ")) != "" {
				return applyKind26(errApplyItemLabel26, fmt.Sprintf("an alinéa before the first of %q: where its label goes is not said", e.Scope.Path[n-2].Item))
			}
		}
		if e.Before {
			if opt.billQuotes {
				if err := betweenIntroAndText(al, lo, lines); err != nil {
					return err
				}
				lines = numberPlaceholders(al, lo, lines, opt.typedAs)
				lines = quoteBeforeInBlock(al, lo, lines)
			}
			al = splice(al, lo, lo, lines)
			if label == "" {
				if err := rankAmidItems(al, lo, len(lines), !opt.billQuotes); err != nil {
					return err
				}
			}
			if !opt.billQuotes {
				al = takePlaceholder(al, lo, len(lines))
			}
		} else {
			at := hi
			if label != "" && len(lines) > 0 && !beforeSibling(al, lo, hi, lines) {
				// "Après le b, il est inséré un c": after b and its
				// sub-items, before an unnumbered alinéa that closes the list.
				var err error
				if at, err = appendPoint(al, lo, hi, lines); err != nil {
					return err
				}
			}
			if label != "" && len(lines) > 0 {
				if err := outOfRank(al, lo, at, lines[0]); err != nil {
					return err
				}
			}
			if opt.billQuotes {
				if err := betweenIntroAndText(al, at, lines); err != nil {
					return err
				}
				lines = numberPlaceholders(al, at, lines, opt.typedAs)
				lines = itemEnd(al, at, lines)
				lines = quoteIntroduced(lines)
				al, lines = numberFirstParagraph(al, lines, opt.typedAs)
				al, lines = quoteInBlock(al, at, lines)
			}
			al = splice(al, at, at, lines)
			if err := closeItemBefore(al, at, len(lines)); err != nil {
				return err
			}
			if label == "" {
				if err := rankAmidItems(al, at, len(lines), !opt.billQuotes); err != nil {
					return err
				}
			}
			if !opt.billQuotes {
				al = takePlaceholder(al, at, len(lines))
			}
		}
	case EditInsertSentences:
		add := withPeriod(strings.Join(lines, " "))
		// "Au début du premier alinéa, est ajoutée une phrase": before
		// its first sentence.
		before := e.Before || e.Scope.Where == "start" && e.Scope.Sentence == 0
		if opt.billQuotes && !before && e.Scope.Sentence == 0 {
			if s, ok, err := completeQuotedEnd(al[hi-1], add, true); ok || err != nil {
				if err != nil {
					return err
				}
				al[hi-1] = s
				break
			}
		}
		if err := onSentenceInsert(al, lo, hi, e.Scope.Sentence, opt.grp, add, before); err != nil {
			return err
		}
	case EditAppendWords:
		words := typeset([]string{e.New}, opt)[0]
		f := func(s string) (string, error) { return appendWords27(s, words) }
		if e.Scope.Where == "start" {
			// "Au début du premier alinéa, est ajoutée la mention : « I. - »"
			f = func(s string) (string, error) {
				if w, t := billNumber.FindStringSubmatch(strings.TrimSpace(words)), billNumber.FindStringSubmatch(strings.TrimLeft(s, " ")); w != nil && t != nil && w[1] == t[1] && strings.TrimSpace(words) == strings.TrimSpace(w[0]) {
					// "Faire précéder l'alinéa 1 de la mention : « I. –
					// »" where the amendment's new II numbered it I
					// already (numberFirstParagraph): it is there.
					return s, nil
				}
				if err := labelOverLabel(words, s); err != nil {
					return "", err
				}
				if m := reNumberWords.FindStringSubmatch(strings.TrimSpace(words)); m != nil && opt.LegifranceTypography {
					// "I. – " put before an alinéa: set as the article's
					// (or its code's) paragraph numbers are ("I.-Le …").
					return numberAs(m[1], opt.dash) + strings.TrimLeft(s, " "), nil
				}
				if !labelRe.MatchString(strings.TrimSpace(words)) {
					// Words at the start of a numbered alinéa go after its
					// label: "III. – Sauf urgence, le préfet …".
					// So do they after a quoted alinéa's opening
					// quotation mark and an article's heading ("« Art.
					// L. 1. – ").
					if pre := s[:textStart(s)]; pre != "" {
						return pre + joinWords(leadCapital(words, s[len(pre):], opt), lowerFirstWord(s[len(pre):], words)), nil
					}
				}
				return joinWords(leadCapital(words, s, opt), lowerFirstWord(s, words)), nil
			}
		}
		if e.Scope.Sentence != 0 {
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, f); err != nil {
				return err
			}
		} else if e.Scope.Where == "start" {
			s, err := f(al[lo])
			if err != nil {
				return err
			}
			al[lo] = s
		} else if s, ok, err := completeQuotedEnd(al[hi-1], words, false); opt.billQuotes && (ok || err != nil) {
			if err != nil {
				return err
			}
			al[hi-1] = s
		} else {
			w, err := appendMarkClash22(al, hi, words)
			if err != nil {
				return err
			}
			words = w
			s, err := f(al[hi-1])
			if err != nil {
				return err
			}
			al[hi-1] = s
		}
	case EditRewriteEnd:
		end := strings.Join(lines, " ")
		f := func(s string) (string, bool) { return rewriteEnd(s, e.Anchor, e.Occurrences, end, e.Before) }
		if e.Scope.Sentence != 0 {
			if e.EndOf == EndOfAlinea {
				// "À la première phrase, après le mot : « A », la fin
				// de l'alinéa …": the sentence's end, or the alinéa's
				// with the sentences after it? Not said unless it is
				// the alinéa's last (the sentence's end was taken).
				i := pickSentenceAlinea(lo, hi, e.Scope.Sentence)
				if err := doubtfulSentence(al, i, e.Scope.Sentence, opt.grp); err != nil {
					return err
				}
				b := groupBounds(al, i, opt.grp)
				k, err := sentenceIndex(b, e.Scope.Sentence)
				if err != nil {
					return err
				}
				for _, x := range b[k+1:] {
					if x[0] != -1 {
						return applyKind26(errApplySentence26, fmt.Sprintf("the end of the alinéa after %q in sentence %d, sentences after it: of the sentence or of the alinéa is not said", e.Anchor, e.Scope.Sentence))
					}
				}
			}
			found := false
			if err := onSentence(al, lo, hi, e.Scope.Sentence, opt.grp, func(s string) (string, error) {
				r, ok := f(s)
				found = ok
				return r, nil
			}); err != nil {
				return err
			}
			if !found {
				return applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found", e.Anchor))
			}
			break
		}
		// The alinéa the anchor is in, its occurrence counted over the
		// scope: "après le mot : « A », la fin du I" where the I holds A
		// in two alinéas does not say which end is meant (it took the
		// first, and dropped the alinéas after it).
		i, occ := -1, e.Occurrences
		if hi-lo > 1 && len(e.Occurrences) > 0 {
			local, err := occurrencesByAlinea(wordsOf22(al[lo:hi]), e)
			if err != nil {
				return err
			}
			for k, o := range local {
				i, occ = lo+k, o
			}
			if len(local) != 1 || len(occ) != 1 {
				return applyKind26(errApplyWordsWhich26, fmt.Sprintf("the end after several occurrences of %q", e.Anchor))
			}
		} else {
			n := 0
			for k := lo; k < hi; k++ {
				if c := len(findOcc(al[k], e.Anchor, e.Occurrences)) / 2; c > 0 {
					i, n = k, n+c
				}
			}
			if hi-lo > 1 && n > 1 {
				return applyKind26(errApplyWordsWhich26, fmt.Sprintf("words %q found %d times in the division: which end is meant is not said", e.Anchor, n))
			}
		}
		if i < 0 {
			return applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found", e.Anchor))
		}
		if e.EndOf == EndOfUnsaid && i < hi-1 {
			// "À l'article L. 1, après le mot : « A », la fin est ainsi
			// rédigée" with alinéas after A's: the end of the alinéa or
			// of the article is not said (the article's went).
			return applyKind26(errApplyWordsWhich26, fmt.Sprintf("the end after %q, with alinéas after it in the scope: of the alinéa or of the division is not said", e.Anchor))
		}
		f = func(s string) (string, bool) { return rewriteEnd(s, e.Anchor, occ, end, e.Before) }
		if e.EndOf == EndOfSentence {
			// "la fin de la phrase": the sentence the anchor is in, the
			// sentences after it kept (they went with the alinéa's end).
			r, ok, err := rewriteSentenceEnd(al[i], groupBounds(al, i, opt.grp), e.Anchor, occ, func(sent string, occ []int) (string, bool) {
				return rewriteEnd(sent, e.Anchor, occ, end, e.Before)
			})
			if err != nil {
				return err
			}
			if !ok {
				return applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found", e.Anchor))
			}
			if r, err = keepsSemicolon22(al[i], r); err != nil {
				return err // words24: the alinéa's colon or semicolon, as its end rewritten
			}
			al[i] = r
			break
		}
		r, ok := f(al[i])
		if !ok {
			return applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found", e.Anchor))
		}
		if e.EndOf != EndOfAlinea && i < hi-1 && !closingPunct.MatchString(end) {
			r = closedAsDivision(r, al[hi-1])
		} else if r, err = keepsSemicolon22(al[i], r); err != nil {
			return err
		}
		al[i] = r
		if e.EndOf != EndOfAlinea {
			al = splice(al, i+1, hi, nil)
		}
	case EditReplaceWords, EditDeleteWords, EditInsertWords:
		if e.New != "" {
			e.New = typeset([]string{e.New}, opt)[0]
		}
		// "Au début de …" / "À la fin de …": only the first / last
		// occurrence in the scope.
		only := 0
		switch e.Scope.Where {
		case "start":
			only = 1
		case "end":
			only = -1
		}
		if e.Kind != EditInsertWords && e.Anchor == "" && len(e.Occurrences) == 0 && e.Times == 0 && only == 0 && citedDateMixed(al[lo:hi], e.Old) {
			return applyKind26(errApplyWordsWhich26, fmt.Sprintf("words %q found in the date of a text cited and outside it: whether the citation is meant is not said", e.Old))
		}
		if w := firstNonEmpty(e.Old, e.Anchor); len(e.Occurrences) == 0 && e.Times == 0 && only == 0 && (e.Anchor == "" || e.Kind == EditInsertWords) && quotedMixed(al[lo:hi], w) {
			return applyKind26(errApplyWordsWhich26, fmt.Sprintf("words %q found inside a quotation of the text and outside it: whether the words quoted are meant is not said", w))
		}
		if err := checkNumberKinds30(al[lo:hi], e, only); err != nil {
			return err
		}
		if e.quantity {
			var err error
			if e, err = quantityOccurrences(wordsOf22(al[lo:hi]), e, only); err != nil {
				return err
			}
		}
		if b := besideEachOther(al[lo:hi], e); b != "" {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("words %q and %q, each replaced by %q, stand side by side: the new words would come twice, and whether the two are replaced once together is not said", e.Old, b, e.New))
		}
		elo, ehi, err := exceptedSpan(al, lo, hi, e)
		if err != nil {
			return err
		}
		f := func(s string) (string, int) { return wordEdit(s, e, only) }
		// "La deuxième occurrence du mot : « A »" in a division of several
		// alinéas: counted over the division, not in each alinéa (the
		// second of each alinéa was edited, or none).
		var local map[int][]int
		if len(e.Occurrences) > 0 && e.Scope.Sentence == 0 && only == 0 && hi-lo > 1 {
			var err error
			if local, err = occurrencesByAlinea(wordsOf22(al[lo:hi]), e); err != nil {
				return err
			}
		}
		n := 0
		for j := lo; j < hi; j++ {
			i := j
			if only < 0 {
				i = hi - 1 - (j - lo)
			}
			if only != 0 && n > 0 {
				break
			}
			if notTheEndAlinea(i, lo, hi, only, e) || elo <= i && i < ehi {
				continue
			}
			if local != nil {
				occ, ok := local[i-lo]
				if !ok {
					continue
				}
				ei := e
				ei.Occurrences = occ
				var k int
				al[i], k = wordEdit(al[i], ei, only)
				n += k
				continue
			}
			if e.Scope.Sentence != 0 {
				if hi-lo != 1 && i != pickSentenceAlinea(lo, hi, e.Scope.Sentence) {
					continue
				}
				whole := 0
				if e.Scope.OnlyInSentence {
					// "Alinéas 1 et 6, dernière phrase": the 1 whole,
					// or its last sentence? The same when its words
					// are in that sentence only.
					if only != 0 || len(e.Occurrences) > 0 || e.Times > 0 {
						return applyKind26(errApplySentence26, "a sentence named after a list of alinéas, with occurrences or a place in it: of each alinéa or of the last only is not said")
					}
					_, whole = f(al[i])
				}
				if err := doubtfulSentenceWords(al, i, e.Scope.Sentence, opt.grp, firstNonEmpty(e.Old, e.Anchor)); err != nil {
					return err
				}
				k := 0
				if err := onSentenceRead(al, i, i+1, e.Scope.Sentence, opt.grp, func(s string) (string, error) {
					var r string
					r, k = f(s)
					return r, nil
				}); err != nil {
					return err // (refs23: the sentence's reason, not "words not found")
				}
				if e.Scope.OnlyInSentence && k != whole {
					return applyKind26(errApplySentence26, fmt.Sprintf("words %q outside sentence %d of an alinéa named before the sentence: of each alinéa or of the last only is not said", firstNonEmpty(e.Old, e.Anchor), e.Scope.Sentence))
				}
				n += k
				continue
			}
			var k int
			al[i], k = f(al[i])
			n += k
		}
		if n == 0 {
			if err := signWhich26(a.Alineas[lo:hi], e, only); err != nil {
				return err
			}
			if coordinatedEnd27(a.Alineas, lo, hi, e) {
				return nil // the convention made it already (conventions27)
			}
			return applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q not found", firstNonEmpty(e.Old, e.Anchor)))
		}
		if err := signEditChecked(a.Alineas, al, lo, hi, e, only); err != nil {
			return err
		}
		if e.Times > 0 && n != e.Times {
			// "Le mot « A » est remplacé, deux fois, …" where the text
			// holds it three times: the law and the text disagree.
			return applyKind26(errApplyWordsNotFound26, fmt.Sprintf("words %q found %d times, the law says %d", firstNonEmpty(e.Old, e.Anchor), n, e.Times))
		}
		if err := outsideSpan22(a.Alineas[lo:hi], e); err != nil {
			return err
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords && e.Before) && elisionBroken(a.Alineas[lo:hi], al[lo:hi], e.New) {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("new words %q begin with a consonant after an elision (l', d'): the words around are not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords && e.Before) && elisionMissing(a.Alineas[lo:hi], al[lo:hi], e.New) {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("new words %q begin with a vowel after a word that elides or contracts before one (le, la, de, du, au, ce, que…): the words around are not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords) && contractionMissing(a.Alineas[lo:hi], al[lo:hi], e.New) {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("new words %q begin with the article \"le\" or \"les\" after \"de\" or \"à\", which contract (du, des, au, aux): the words around are not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords) && determinerAfterContraction(a.Alineas[lo:hi], al[lo:hi], e.New) {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("new words %q begin with a determiner after \"du\", \"des\", \"au\" or \"aux\", which hold an article already: the words around are not said", e.New))
		}
		if err := wordsChecked24(a.Alineas[lo:hi], al[lo:hi], e); err != nil {
			return err
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords) && marksDoubled(a.Alineas[lo:hi], al[lo:hi]) {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("new words %q end with a mark before the text's own (\" ;.\", \": ;\"): which one stands is not said", e.New))
		}
		if (e.Kind == EditReplaceWords || e.Kind == EditInsertWords) && commaDoubled(a.Alineas[lo:hi], al[lo:hi]) {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("new words %q put a comma before the text's own mark (\",,\", \", ;\"): which one stands is not said", e.New))
		}
		if e.Kind == EditDeleteWords && quotationEmptied(a.Alineas[lo:hi], al[lo:hi]) {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("words %q deleted leave an empty quotation: what becomes of the words around is not said", e.Old))
		}
		if e.Kind == EditDeleteWords && elisionStranded(a.Alineas[lo:hi], al[lo:hi]) {
			return applyKind26(errApplyWordsJoin26, fmt.Sprintf("words %q deleted after an elision (l', d'): the elided word is left alone", e.Old))
		}
	default:
		return applyKind26(errApplyEditUnread26, "unknown edit kind "+string(e.Kind))
	}
	a.Alineas = al
	c[e.Scope.Ref] = a
	return nil
}

// occurrencesByAlinea maps the occurrences a word edit names (of its
// Anchor if it has one, else of Old), counted over the alinéas al, to
// the occurrences within each alinéa (by index in al); an occurrence the
// alinéas do not hold is an error.
func occurrencesByAlinea(al []string, e Edit) (map[int][]int, error) {
	w := e.Old
	if e.Anchor != "" {
		w = e.Anchor
	}
	counts := make([]int, len(al))
	total := 0
	for i, s := range al {
		counts[i] = len(findOcc(s, w, e.Occurrences)) / 2
		total += counts[i]
	}
	out := map[int][]int{}
	for _, o := range e.Occurrences {
		g := o
		if o < 0 {
			g = total + o + 1
		}
		if g < 1 || g > total {
			return nil, applyKind26(errApplyWordsNotFound26, fmt.Sprintf("occurrence %d of %q not found (%d in the division)", o, w, total))
		}
		for i, c := range counts {
			if g <= c {
				out[i] = append(out[i], g)
				break
			}
			g -= c
		}
	}
	return out, nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// sentencesAsFound: a sentence of a division named by its rank ("la
// dernière phrase du II") is counted on the division as the bill article
// found it, and its end (its start) completed by words or a sentence is
// its end as found: alinéas an earlier edit of the group added at its
// start or end are not its ("a) Le II est complété par un alinéa … ; b)
// La dernière phrase du II est supprimée" is the II's own last sentence,
// "b) Le II est complété par les mots …" its own last alinéa; the new
// alinéa's were edited).
func sentencesAsFound(al []string, lo, hi int, g *groupState) (int, int) {
	if g == nil || len(g.tags) != len(al) {
		return lo, hi
	}
	a, b := lo, hi
	for a < b && g.tags[a] == 0 {
		a++
	}
	for b > a && g.tags[b-1] == 0 {
		b--
	}
	if a == b {
		return lo, hi
	}
	return a, b
}

func pickSentenceAlinea(lo, hi, sentence int) int {
	if sentence < 0 {
		return hi - 1
	}
	return lo
}

func splice(al []string, lo, hi int, ins []string) []string {
	out := make([]string, 0, len(al)-(hi-lo)+len(ins))
	out = append(out, al[:lo]...)
	out = append(out, ins...)
	return append(out, al[hi:]...)
}
