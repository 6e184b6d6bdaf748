package law

import (
	"strconv"
	"strings"
)

// This file reads the dispositif of an amendment: the imperative drafting
// language of both chambers ("Supprimer cet alinéa.", "À l'alinéa 3,
// substituer aux mots : « A » les mots : « B ».", "Compléter cet article
// par un paragraphe ainsi rédigé : …"). The Assemblée writes one
// instruction a paragraph with quoted words inline; the Sénat writes one
// element a line — a locator line ("Alinéa 6", "Alinéa 2, seconde
// phrase"), the verb ("Remplacer les mots :"), the words unquoted on their
// own line, then "par les mots :" and the new words. Both are first put in
// one shape (locator, verb, quoted words, new text) and then parsed by one
// grammar (docs/LAW.md, "An amendment applied").

// amInstr is one instruction of a dispositif: its head with quoted words
// inline, and the alinéas of new text that follow it.
type amInstr struct {
	head    string
	payload []string
	// joined marks an instruction joined to the one before it by "et"
	// (splitJoined); under is the locator line put before it ("Alinéa 5"
	// / "1° Remplacer …", "À l'alinéa 5 :" / "1° Substituer …"); group
	// holds the edits of the instruction before this one with those
	// joined to it or under the same locator (parseDispositif), for
	// "procéder à la même (aux mêmes) …".
	joined bool
	under  string
	group  []Edit
	// refused marks an instruction whose words are not said
	// (itemEndSemicolon): it is refused.
	refused bool
	// mark24 is the kind of the item mark the head's line opened with
	// (amItemMark24).
	mark24 string
	// end27 refuses an instruction whose unquoted new text's end is not
	// said (listGoesOn27).
	end27 error
	// locator30 is the locator line above the instruction ("Alinéa
	// 1"), put before its head or not (under): what "cette phrase"
	// may point at (amSentences30).
	locator30 string
	// count29 refuses an instruction whose "ces trois alinéas" is not the
	// count of the alinéas its locator line names (theseCount29).
	count29 error
}

var (
	// amOtherPlaceLine is the Sénat's locator line of a place outside the
	// article amended (group 1): "Intitulé du chapitre II", "II. – En
	// conséquence, intitulé de la section 2", "Article 4", "Article 4,
	// alinéa 3", "Après l'article 4", "Titre II".
	amOtherPlaceLine = mustRe(`^(?:(?:[IVX]+|[A-Z]|\d+°|[a-z]\))\s*[.)]?\s*[-–—―]\s*)?(?:En conséquence\s*,\s*)?((?i:(?:l['’])?intitulé\s+(?:du|de\s+la|de\s+l['’]|des)\s+[^:«]+|(?:après|avant)\s+l['’]article\s+[^:«]+|articles?\s+(?:\d|premier|unique|liminaire|additionnel)[^:«]*|(?:titre|chapitre|section|sous-section)\s+(?:[IVX]+|\d+|premier|préliminaire)\b[^:«]*))\s*\.?$`)
	// amAfterArticle is a place after or before an article.
	amAfterArticle = mustRe(`(?i)^(?:après|avant)\s`)
	// A locator alone on its line (Sénat): "Alinéa 6", "Alinéas 24 et 25",
	// "Alinéa 2, seconde phrase", "1° Alinéa 14", "Alinéas 72 à 76".
	// amLocItemLine is the Sénat's locator line of an item inside an
	// alinéa, "Alinéa 4, b)", "Alinéa 4, 2°" (group 1: the alinéa, group
	// 2: the item): "Au b de l'alinéa 4" (it was not read).
	amLocItemLine = mustRe(`^(?:\d+°\s*|[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?([Aa]lin[ée]a\s+\d+(?:er)?)\s*,\s*([a-z]{1,2}(?:\s+` + latinOrd + `)?\)|` + amParenLabel + `|\d+\s?°(?:\s*` + latinOrd + `)?)\s*[:.]?$`)
	amLocLine     = mustRe(`(?i)^(?:\d+°\s*|[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?(alin[ée]as?\s+\d+(?:er)?(?:\s*(?:,\s*et|,|et|à)\s*\d+)*(?:\s*,\s*(?:` + ordWordsAcc + `)s?\s+phrases?)?|(?:` + ordWordsAcc + `)\s+phrase)\s*[:.]?$`)
	// An instruction starts with an imperative, a locator, "En
	// conséquence" or the formula of a compensation ("gage": "III. – Pour
	// compenser la perte de recettes résultant du I, compléter cet article
	// par un paragraphe ainsi rédigé"), which ends the new text before it.
	amStart = mustRe(`^(?:(?:[IVX]+|\d+°|[a-z]\))\s*[.)]?\s*[-–—―]?\s*|[A-Z]\s*\.?\s*[-–—―]\s*)?(?:En conséquence|Pour compenser\b|Supprimer|Rédiger|Remplacer|Substituer|Insérer|Compléter|Rétablir|Ajouter|Procéder|(?:Après|Avant) l['’]alinéa\s+\d|(?:Après|Avant) le (?:[IVX]+|\d+°|[a-z]\))[ ,]|(?:À|A|Aux?) (?:l['’]alinéa|alinéas?|la (?:` + ordWordsAcc + `) phrase|la fin de l['’]alinéa|la fin des alinéas)|(?:Au début|En tête) de (?:cet|l['’]alinéa)|En tête de la \pL+ phrase|Alinéas?\s+\d|Dans (?:le|la|l['’]) .*(?:de cet article|alinéa)[ ,])`)
	// A head that asks for words next: "… les mots :", "par le taux :",
	// and "par le mot" without its colon (the new words on the next line).
	amWantsWords = mustRe(`(?i)(?:\b(?:les?|la|l['’]|aux?|du|des)\s*|\bpar\s+(?:les?|la|l['’])\s*)` + wordNounCased + `\s*:\s*$|\bpar\s+(?:les?|la|l['’])\s*` + wordNounCased + `\s*$`)
	// A literal glued to the next element: "le conseil d'administration insérer les mots :".
	amGlued = mustRe(`(?i)^(.*?)\s*((?:,\s*)?(?:ins[ée]rer|ajouter|par|et)\s*(?:\((?:` + cardinalWords + `) fois\)\s*)?(?:les?|la|l['’])\s*` + wordNounCased + `\s*:)\s*$`)
	// A part number needs its separator: "I. –", "I.", "I –", "1°", "a)",
	// "A –"; the I of "Insérer" or "Il" is a word.
	amPartNum = mustRe(`^(?:[IVX]+\s*[.)]\s*[-–—―]?\s*|[IVX]+\s+[-–—―]\s*|\d+°\s*[.)]?\s*[-–—―]?\s*|[a-z]\)\s*[-–—―]?\s*|[A-Z]\s*\.?\s*[-–—―]\s*)`)
	amItalic  = mustRe(`(\pL)_(\pL)|_`)
	// amItalicPunct is an italic mark between a letter and punctuation.
	amItalicPunct = mustRe(`(\pL)_([.,;:)])`)
	// amItalicOpen is an italic mark just inside an opening quotation
	// mark or parenthesis (group 1): "\"_Art. 3. –_".
	amItalicOpen = mustRe(`(^|[«"“(])_+`)
)

var ordWordsAcc = compoundOrdinalsAcc + `|` + simpleOrdinalsAcc

// simpleOrdinalsAcc are the ranks in words to "vingtième" and from the
// end, as written; ordWords reads them folded.
const simpleOrdinalsAcc = `premier|première|1er|1re|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|dix-septième|dix-huitième|dix-neuvième|vingtième|dernier|dernière|avant-dernier|avant-dernière|antépénultième|pénultième`

// cleanAmendmentLine undoes the artefacts of the sources: Markdown
// italics left by an HTML conversion ("283 _quater_et" → "283 quater et"),
// non-breaking hyphens (U+2011) in article numbers.
func cleanAmendmentLine(s string) string {
	// An italic mark closing before punctuation leaves no space:
	// "IV _bis_. –" is "IV bis. –".
	s = amItalicPunct.ReplaceAllString(s, "$1$2")
	// Nor one just inside an opening mark: "\"_Art. 3" is "\"Art. 3" (it
	// read "\" Art. 3", a space inside the straight quotation).
	s = amItalicOpen.ReplaceAllString(s, "$1")
	s = amItalic.ReplaceAllString(s, "$1 $2")
	s = strings.NewReplacer("\u2011", "-", "\u00a0", " ", "\u202f", " ", "*", "").Replace(s)
	return NormalizeSpace(occurrenceSpelled(s))
}

// splitDispositif groups the dispositif's paragraphs into instructions.
func splitDispositif(paras []string) []amInstr {
	var out []amInstr
	locator, alLoc, locKind := "", "", ""
	// other is set while the locator is a place outside the article
	// (amOtherPlaceLine): it goes before every head under it, even one
	// naming its own place ("Article 4" / "Supprimer cet article": article
	// 4, never this one).
	other := false
	wantWords, wantBlock, wholeArticle := false, false, false
	announced := 0 // alinéas of new text the head announces ("par neuf alinéas ainsi rédigés")
	setWants := func() {
		h := strings.TrimSpace(out[len(out)-1].head)
		wantWords = amWantsWords.MatchString(h)
		// Any other head ending with ":" introduces alinéas of new text,
		// and so does a rewrite whose words bound it ("Rédiger ainsi la
		// fin de cet alinéa à partir du mot :" / "date" / then the new
		// end).
		wantBlock = !wantWords && (strings.HasSuffix(h, ":") || amBlockVerb.MatchString(h) || amBoundRewrite.MatchString(h))
		// The whole article rewritten: every line after is its new text
		// ("2° À la première phrase …" is a line of it, not an
		// instruction of the amendment), up to "En conséquence".
		wholeArticle = wantBlock && amWholeArticle.MatchString(h)
		announced = 0
		if m := amAnnounced.FindStringSubmatch(asciiLower(foldAccents(h))); wantBlock && m != nil {
			announced = cardinal(m[1])
		} else if sh, _ := shape(h); wantBlock && amImperative.MatchString(sh) {
			// A verb that asks for new text takes at least its first
			// line, even one that reads as an instruction: the Sénat's
			// unquoted "3° À la première phrase de l'article L. 3, le mot
			// … est remplacé …" after "Insérer un alinéa ainsi rédigé :".
			announced = 1
		}
	}
	part := 0 // the roman number of the amendment's current part ("IV. –")
	// partTight: that number was written tight ("IV.-").
	partTight := false
	paras = adverbListsSpelt28(senatArticleLines24(append([]string(nil), paras...)))
	sentence := -1 // the paragraph that is a line's second sentence
	// locLine is set on the line after a locator line ("Alinéa 7"): that
	// line starts an instruction, even in lower case.
	locLine, prevLoc := false, false
	var items29 [2]string // the locator line's items (underLine29)
	line30 := ""          // the locator of the line the instructions are under (amLaterPlace30)
	for pi := 0; pi < len(paras); pi++ {
		l := cleanAmendmentLine(paras[pi])
		if l == "" {
			continue
		}
		locLine, prevLoc = prevLoc, false
		if amWordsItemLine23(out, l) {
			out[len(out)-1].payload = append(out[len(out)-1].payload, l)
			continue
		}
		if amWordsSibling24(out, l) {
			wantBlock = false // (siblingOfHead24)
		}
		if pi == sentence {
			// The sentence before ended with its full stop: it announced
			// no text on the lines after.
			wantWords, wantBlock, wholeArticle, announced = false, false, false, 0
		}
		// The amendment's next part ("V. – Après le mot : … supprimer
		// …" after "IV. – Rédiger comme suit …") ends the new text of the
		// part before, quoted or not, when it reads as an instruction.
		// Its number written tight ("V.-Après le mot :") must open the
		// instruction: the new text, a code's text, prints its own parts
		// so ("II.-Est puni … de supprimer …").
		// An amendment that writes its own parts tight ("I.-Alinéa 7")
		// writes the next one so: its "II.-" is read as "II. – " is
		// (TestGenTypoTightPartsThroughout).
		nextPart := false
		if m := amRomanPart.FindStringSubmatch(l); m != nil && part > 0 && fromRoman(m[1]) == part+1 {
			rest := l[len(m[0]):]
			if strings.HasSuffix(m[0], " ") || partTight {
				// The Sénat's "II. – Paragraphe I" alone on its line
				// too (it was taken for a line of the new text before
				// it, and "Supprimer ce paragraphe" deleted the alinéa
				// the I's locator named: TestGenAmParagraphLineNextPart).
				nextPart = amImperative.MatchString(l) || amAnchorStart.MatchString(rest) || amParagraphLine.MatchString(l)
				// "II. – Au quatrième alinéa, les mots : « A » sont
				// supprimés." after quoted new text, closed: the part
				// is an instruction in the indicative at the amendment's
				// own alinéa (it was taken for a line of that text —
				// TestGenAmIndicativeNextPart), and so is "II. – Au
				// deuxième alinéa :" before its items
				// (TestGenAmLocatorColonRank).
				nextPart = nextPart || !wholeArticle && len(out) > 0 && quotedClosed(out[len(out)-1].payload) && (indicativeAtAlinea(rest) || amPlaceColon.MatchString(rest))
			} else {
				nextPart = amStart.MatchString(l) || amAnchorStart.MatchString(rest)
			}
		}
		// The Assemblée's gage written as the part itself ("II. – La
		// perte de recettes pour l'État est compensée …") is a paragraph
		// completing the article, as the Sénat's "Pour compenser …,
		// compléter cet article par un paragraphe ainsi rédigé" says; it
		// ends the new text before it once the text announced is read.
		gage := unwrittenGage(l)
		if wantBlock && !nextPart {
			if pl := out[len(out)-1].payload; gage != "" && (!wholeArticle || quotedClosed(pl)) && len(pl) >= max(announced, 1) {
				wantBlock = false
			}
		}
		if wantBlock && !nextPart && !wholeArticle && !isQuoted(l) {
			// New text quoted and closed, as many alinéas as announced:
			// an unquoted line after it that reads as an instruction
			// (a verb of the amendments outside quotations, the
			// indicative at an alinéa, or a place of alinéas alone
			// before its items, "Au sixième alinéa :") is no more of it ("« Le juge lit.
			// »" then "Au deuxième alinéa, supprimer …", whose place
			// amStart does not know: it went in as a new alinéa —
			// TestGenAmUnquotedAfterQuoted); "C est lu." stays new text.
			if pl := out[len(out)-1].payload; quotedClosed(pl) && len(pl) >= max(announced, 1) && (amImperative.MatchString(shapeOnly(l)) || indicativeAtAlinea(l) || amPlaceColon.MatchString(l)) {
				wantBlock = false
			}
			if err := amProseAfterQuote28(out[len(out)-1].payload, announced, l); wantBlock && err != nil {
				out[len(out)-1].end27 = err // (amquote28.go)
			}
		}
		if wantBlock && !nextPart {
			// As many lines as the head announces are new text, even
			// those that read as instructions ("II. – À la première
			// phrase …, les mots : … sont remplacés …"); a locator line
			// ("2° Seconde phrase", "Alinéa 5", "II. – Alinéa 3") ends it,
			// even before the count is reached (the locator was taken for
			// new text; the count contradicted is then refused,
			// alineasAsAnnounced).
			if n := len(out[len(out)-1].payload); n < announced && !amConsequence.MatchString(l) && !ownLocatorLine(l) || !amStart.MatchString(l) && !ownLocatorLine(l) || wholeArticle && !amConsequence.MatchString(l) || billLine(l) {
				cur := &out[len(out)-1]
				cur.payload = append(cur.payload, l)
				continue
			}
			// "2° La nuit ;" then "3° Supprimer …": the text's list goes on (senat27.go).
			switch listGoesOn27(out, paras, pi, l) {
			case listText27:
				out[len(out)-1].payload = append(out[len(out)-1].payload, l)
				continue
			case listUnclear27:
				out[len(out)-1].end27 = errAmTextEndUnclear27
			}
			wantBlock = false
		}
		if nextPart {
			wantBlock = false
		}
		if m := amRomanPart.FindStringSubmatch(l); m != nil && !isQuoted(l) {
			part, partTight = fromRoman(m[1]), !strings.HasSuffix(m[0], " ")
		}
		if gage != "" && !wantWords {
			out = append(out, amInstr{head: "Compléter cet article par un paragraphe ainsi rédigé :", payload: []string{"… – " + gage}})
			locator, alLoc, locKind, other = "", "", "", false
			wantBlock, wholeArticle, announced = false, false, 0
			continue
		}
		if wantWords && len(out) > 0 {
			cur := &out[len(out)-1]
			lit, rest := l, ""
			if !isQuoted(l) {
				if m := amGlued.FindStringSubmatch(l); m != nil && m[1] != "" {
					lit, rest = m[1], m[2]
				}
				// A comma after unquoted words separates the clause:
				// "hospitalisation," then "insérer les mots :" — but the
				// new words ("par les mots :", "insérer les mots :") end
				// the instruction and keep theirs.
				// No clause after the words (the dispositif ends, or a new
				// part or locator line follows): the comma is theirs —
				// "Supprimer les mots :" then ", après avis du maire,".
				if t := strings.TrimRight(strings.TrimSpace(lit), " ,"); t != "" && !amNewWordsSlot.MatchString(asciiLower(foldAccents(cur.head))) && (rest != "" || clauseFollows(paras[pi+1:])) {
					lit = t
				}
				// "contrat (deuxième occurrence)", "maire (deux fois)": the
				// rank or count of the words, not words (they were not
				// found).
				count := ""
				if m := amWordsCountTail.FindStringSubmatchIndex(lit); m != nil && strings.TrimSpace(lit[:m[0]]) != "" {
					lit, count = lit[:m[0]], " "+lit[m[2]:m[3]]
				}
				if rest == "" && count == "" && amNewWordsSlot.MatchString(asciiLower(foldAccents(cur.head))) {
					// "huissier ;" then "2° …": the item's semicolon
					// (itemEndSemicolon).
					t, refuse := itemEndSemicolon(cur.head, lit, paras[pi+1:])
					lit, cur.refused = t, cur.refused || refuse
				}
				lit = "« " + strings.TrimSpace(lit) + " »" + count
			}
			cur.head += " " + lit
			if rest != "" {
				cur.head += " " + rest
			}
			setWants()
			continue
		}
		// "Supprimer l'alinéa 3. Supprimer l'alinéa 5.", "I. – … II. –
		// …": each sentence an instruction, as each paragraph is (the
		// paragraph was refused whole).
		if first, rest, ok := nextSentenceInstr(l); ok {
			l = first
			paras = append(paras[:pi+1], append([]string{rest}, paras[pi+1:]...)...)
			sentence = pi + 1
		}
		l = outsideQuotes(l, latinPlace)
		// "Insérer un alinéa rédigé comme suit :", "… libellé ainsi
		// qu'il suit :": "ainsi rédigé", as the bills read it (refused).
		l = outsideQuotes(l, thusWritten)
		// "Alinéa 2, 1re phrase", "1° 2e phrase": the Sénat's locator
		// line with its rank in digits, as in words (refused).
		l = rankWords(l)
		// "Procéder aux modifications suivantes :" (under a locator
		// line, or after "À l'alinéa 3,"): the items after it are the
		// instructions; it announces no new text.
		if m := amModsFollow.FindStringSubmatch(l); m != nil && !isQuoted(l) {
			if m[1] == "" {
				continue
			}
			l = strings.TrimSpace(l[:len(l)-len(m[0])]) + " :"
		}
		// "À l'alinéa 3 :" then "1° Substituer … ;" / "2° Supprimer …": a
		// locator alone, ended by a colon, is the items' as the Sénat's
		// locator line "Alinéa 3" is.
		// Its alinéa named by its rank ("Au troisième alinéa :"), or
		// after "En conséquence, ", too (they were refused:
		// TestGenAmLocatorColonRank).
		l = amAlineaModified23(l)
		if m := amLocColon.FindStringSubmatch(numberedAlineas(l)); m != nil {
			l = m[1] + m[2]
		}
		// "Au dernier alinéa :" ("À l'avant-dernier alinéa :", the
		// Sénat's line "Dernier alinéa") then "1° Substituer … ;" / "2°
		// Supprimer …": the items are that alinéa's, each read as "Au
		// dernier alinéa, substituer …" (it was refused:
		// TestGenAm2LastColonItems).
		if m := amLastColon.FindStringSubmatch(l); m != nil {
			locKind, other, alLoc = partKind(l), false, ""
			locator = "Au dernier alinéa"
			if m[1]+m[2] != "" {
				locator = "À l'avant-dernier alinéa"
			}
			prevLoc = true
			continue
		}
		// "Paragraphe II" alone on its line, as the Sénat's locator line
		// names a part: the instructions after it are the II's, as "Au II"
		// (the line was dropped and every alinéa of the article edited).
		if m := amParagraphLine.FindStringSubmatch(l); m != nil {
			l = m[1] + "Au " + m[2]
		}
		if m := amOtherPlaceLine.FindStringSubmatch(l); m != nil && !amImperative.MatchString(l) && !isQuoted(l) {
			// "II. – En conséquence, intitulé du chapitre II", "Article
			// 4", "Après l'article 4": the Sénat's locator line of a
			// place outside this article, which the instructions after
			// it edit — never this article's alinéa named before (it was
			// joined to the next verb under the old locator: "Rédiger
			// ainsi cet intitulé" rewrote the alinéa 2).
			locKind = partKind(l)
			alLoc, other = "", true
			place := strings.TrimRight(m[1], " .")
			switch {
			case amAfterArticle.MatchString(place):
				locator = upperFirst(place)
			case strings.HasPrefix(strings.ToLower(place), "l'") || strings.HasPrefix(strings.ToLower(place), "l’"):
				locator = "À " + lowerFirst(place)
			case strings.HasPrefix(strings.ToLower(foldAccents(place)), "intitule") || strings.HasPrefix(strings.ToLower(place), "article"):
				locator = "À l'" + lowerFirst(place)
			default:
				locator = "Au " + lowerFirst(place)
			}
			continue
		}
		if loc, al, ok := twoItemsLocator(l); ok {
			// "Alinéa 4, a), 1)": "Au 1) du a) de l'alinéa 4"
			// (amLocTwoItemsLine).
			locKind, other = partKind(l), false
			alLoc, locator, prevLoc = al, loc, true
			continue
		}
		if loc, ok := itemSentenceLocator(l); ok {
			// "Alinéa 3, a), seconde phrase": "À la seconde phrase du a)
			// de l'alinéa 3" (amLocItemSentenceLine).
			locKind, other = partKind(l), false
			alLoc, locator, prevLoc = "", loc, true
			continue
		}
		if loc, ok := itemInAlineasLocator(l); ok {
			// "Alinéas 3 à 6, a)": the a) among them (itemInAlineas).
			locKind, other = partKind(l), false
			alLoc, locator, prevLoc = "", loc, true
			continue
		}
		if m := amLocItemLine.FindStringSubmatch(l); m != nil {
			locKind, other = partKind(l), false
			alLoc = lowerFirst(m[1])
			locator = "Au " + amItemLabel(m[2]) + " de l'" + alLoc
			prevLoc = true
			continue
		}
		if m := amLocLine.FindStringSubmatch(l); m != nil {
			if strings.HasSuffix(strings.ToLower(m[1]), "phrase") && !strings.HasPrefix(strings.ToLower(m[1]), "alin") {
				// "Alinéa 7" then "Deuxième phrase": the sentence of that alinéa.
				locator = "À la " + strings.ToLower(m[1])
				if alLoc != "" {
					locator += " de l'" + alLoc
				}
				prevLoc = true
				continue
			}
			locKind, other = partKind(l), false
			alLoc = lowerFirst(m[1])
			if i := strings.Index(alLoc, ","); i >= 0 {
				alLoc = alLoc[:i]
			}
			locator = "À l'" + lowerFirst(m[1])
			prevLoc = true
			continue
		}
		// A new numbered part ("II. – En conséquence, …") never goes on
		// with the head before, even one ending with a comma.
		newPart := partKind(l) != "" && !isQuoted(l)
		// Nor does the line after a locator line of another place
		// ("Après l'article 4" / "Insérer un article additionnel …": it
		// was joined to the instruction before).
		afterOther := other && len(out) > 0 && !strings.HasPrefix(out[len(out)-1].head, locator)
		// A line after a locator line never goes on with the head before
		// it ("Supprimer cet alinéa." / "II. – Alinéa 7" / "remplacer les
		// mots :": it was joined to the deletion, refused).
		if len(out) > 0 && !newPart && !afterOther && !locLine && (continues(l) || continuesHead(out[len(out)-1].head)) {
			cur := &out[len(out)-1]
			// "… après le mot : « A »" then "remplacer la virgule par le
			// mot :": the sign named in words, as on a head's own line.
			// A rank of the bill article's alinéa on the line joined
			// ("Après le mot :" / "« A »," / "rédiger ainsi la fin du
			// 3e alinéa :") is its number, as on a head's own line (the
			// rank was left unread: refused, or "le même alinéa" after it
			// was).
			cur.head = bareQuotedWords(numberedAlineas(signsBesideWords(cur.head + " " + outsideQuotes(outsideQuotes(l, namedSigns), amHeadWords))))
			setWants()
			continue
		}
		left30 := "" // the alinéa of the line a new part leaves (amPartSentence30)
		if k := partKind(l); k != "" && k == locKind {
			// "I. – Alinéas 45 à 51 / Remplacer … / II. – Remplacer les
			// mots …": a new part of the same rank leaves the locator of
			// the part before; without its own, it is the whole article.
			left30 = alLoc
			locator, alLoc, locKind, other = "", "", "", false
		}
		head := amPartNum.ReplaceAllString(l, "")
		// "En tête de l'alinéa 2, insérer les mots : …" ("En tête de
		// cet alinéa"): its start, as "Au début de l'alinéa 2" (it was
		// refused).
		head = amAtHead.ReplaceAllString(head, "${1}Au début ${2}")
		// "Alinéa 2 / 1° Deuxième phrase … / 2° Après la deuxième phrase,
		// insérer …": a sentence without its alinéa is the locator line's.
		if alLoc != "" && amSentenceOnly.MatchString(head) && !strings.Contains(strings.ToLower(head), "alinéa") {
			loc := amSentenceOnly.FindStringIndex(head)
			head = head[:loc[1]] + " de l'" + alLoc + head[loc[1]:]
		}
		// "Pour compenser la perte de recettes résultant du I, compléter
		// cet article …": the I is the amendment's, not a locator.
		if m := amGage.FindStringSubmatchIndex(head); m != nil {
			head = strings.ToUpper(head[m[2]:m[2]+1]) + head[m[2]+1:]
		}
		head = makePrecede(head)
		head = outsideQuotes(head, eachOccurrenceAnchor)
		head = signsBesideWords(outsideQuotes(finalPeriodUnder(head, locator), namedSigns))
		head = bareQuotedWords(head)
		head = respectiveAnchors(head)
		head = rankWords(outsideQuotes(head, amHeadWords))
		head = namedParagraphs(head)
		// "Du deuxième au quatrième alinéa", "De l'alinéa 2 à l'alinéa
		// 4": the range (its last alinéa alone was edited, or its two
		// ends).
		head = fromToRanges(head)
		head = numberedAlineas(head)
		// "À l'alinéa 3, insérer après cet alinéa un alinéa …" ("…,
		// après cet alinéa, insérer …"): "cet alinéa" is the alinéa 3 —
		// as "Après l'alinéa 3, insérer …" (it was refused).
		if m := amAtAlineaThisAlinea.FindStringSubmatch(head); m != nil {
			where, verb := m[3]+m[4], m[2]+m[5]
			head = upperFirst(where) + " l'alinéa " + m[1] + ", " + lowerFirst(verb) + " " + m[6]
		}
		// "Insérer après l'alinéa 2 l'alinéa suivant :", without commas.
		if m := amVerbFirstBare.FindStringSubmatch(head); m != nil {
			head = upperFirst(m[2]) + ", " + lowerFirst(m[1]) + " " + m[3]
		}
		// "Entre les alinéas 2 et 3, insérer …": before the second, as
		// bills read "Entre le deuxième et le troisième alinéa" — two
		// alinéas that do not follow each other stay unread (refused).
		if m := amBetweenAlineas.FindStringSubmatch(head); m != nil {
			first, _ := strconv.Atoi(m[1] + m[2])
			if second, _ := strconv.Atoi(m[3]); second == first+1 {
				head = "Avant l'alinéa " + m[3] + ", " + lowerFirst(m[4])
			}
		}
		// "Supprimer à l'alinéa 2 les mots : « A »", "Remplacer à la
		// première phrase de l'alinéa 3 le mot : …": the verb first, its
		// alinéa or sentence without commas before the words — as "À
		// l'alinéa 2, supprimer les mots : « A »" (the place was dropped,
		// and every alinéa edited — TestVerbFirstBarePlace).
		head = verbPlaceAndAnchor(head)
		if m := amVerbPlaceBare.FindStringSubmatch(head); m != nil {
			before := strings.TrimSpace(m[1])
			if before != "" && !strings.HasSuffix(before, ",") {
				before += "," // "Après le mot : « A » insérer, à l'alinéa 2, …"
			}
			if before != "" {
				before += " "
			}
			head = upperFirst(m[3]) + ", " + lowerFirst(before) + lowerFirst(m[2]) + " " + m[4]
		}
		// "Au quatrième alinéa supprimer …": a place first without its
		// comma, as "Au quatrième alinéa, supprimer …"; "Remplacer le mot
		// : « A », à l'alinéa 2, par …", "Supprimer les mots : « A » à
		// l'alinéa 2": the place after the words, as "À l'alinéa 2,
		// remplacer …" (the place was dropped, and every alinéa edited, or
		// the anchor after the verb deleted with the words —
		// TestGenAm4PlaceAnywhere).
		head = amPlaceBareFirst.ReplaceAllString(head, "${1}, ${2}")
		// "Insérer, après l'alinéa 2, l'alinéa suivant :": the verb first,
		// its locator between commas — the same as "Après l'alinéa 2,
		// insérer l'alinéa suivant :".
		if m := amVerbFirst.FindStringSubmatch(head); m != nil {
			head = upperFirst(m[2]) + ", " + lowerFirst(m[1]) + " " + m[3]
		}
		// "À l'alinéa 1, insérer à la fin les mots : « B »", "Alinéa 1 /
		// Ajouter au début les mots :": the place between the verb and
		// its object, no commas — as "À l'alinéa 1, à la fin, insérer les
		// mots : « B »" (it was refused).
		if m := amVerbBareEnd.FindStringSubmatch(head); m != nil {
			place := m[3]
			if m[1] == "" {
				place = upperFirst(place)
			}
			head = m[1] + place + ", " + lowerFirst(m[2]) + " " + m[4]
		}
		// "À l'alinéa 1, insérer, après le mot : « A », les mots : « B »":
		// the anchor set off by commas after the verb.
		head = anchorFirst(head)
		// The place after the words (amPlaceBareFirst above), read once
		// the anchor is put first.
		if m := amPlaceLast.FindStringSubmatch(head); m != nil && !amOwnLocator.MatchString(amQuotedRe.ReplaceAllString(m[1], "")) && !amTwoOps.MatchString(amQuotedRe.ReplaceAllString(m[1], "")) {
			head = upperFirst(m[2]) + ", " + lowerFirst(m[1]) + "."
		} else if h, ok := placeBeforeJoin(head); ok {
			head = h
		} else if m := amPlaceAfterWords.FindStringSubmatch(head); m != nil && !amTwoOps.MatchString(amQuotedRe.ReplaceAllString(m[5], "")) {
			rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m[5]), ","))
			if rest != "" && rest != "." {
				rest = " " + rest
			}
			head = placeFirst(m[4], m) + rest
		} else if h, ok := placeInPairOfTwo(head); ok {
			head = h
		}
		head = letterParenAnnounced(imperative(thisArticle(head)))
		if strings.TrimSpace(head) == "" {
			continue // a part number alone ("II."): nothing to do
		}
		// "Alinéa 1, deuxième phrase" / "Après cette phrase, insérer
		// une phrase …": after that sentence of that alinéa (it was
		// refused).
		if m := amThisSentenceAt.FindStringSubmatch(head); m != nil {
			if l := amSentenceLoc.FindStringSubmatch(locator); l != nil {
				head = m[1] + " la " + l[2] + " phrase de l'" + l[1] + "," + head[len(m[0]):]
			}
		}
		under := ""
		var place29 error
		if locator != "" && (other || !hasOwnLocator(head) && countAgrees(locator, head)) {
			head = locator + ", " + lowerFirst(head)
			under = locator
		} else if locator != "" && !other && hasOwnLocator(head) && underLine29(&items29, locator, amItemMark24(l), locLine) {
			place29 = amLinePlace29(locator, head) // (amsenat29.go)
		} else if locator != "" && !other && !locLine && line30 == locator && hasOwnLocator(head) {
			place29 = amLaterPlace30(locator, l, head) // (amsenat30.go)
		}
		if locLine {
			line30 = locator
		}
		if amLaterEnds30(l) {
			line30 = ""
		}
		if place29 == nil {
			place29 = amPartSentence30(left30, head) // (amsenat30.go)
		}
		out = append(out, amInstr{head: head, under: under, mark24: amItemMark24(l), end27: place29, count29: theseCount29(locator, under, head), locator30: locator})
		setWants()
	}
	return out
}

// nextSentenceInstr splits a dispositif line at its first full stop
// outside quotation marks that a second instruction follows: "Supprimer
// l'alinéa 3. Supprimer l'alinéa 5.", "À l'alinéa 2, supprimer le mot :
// « A ». À l'alinéa 4, …", "I. – … II. – …". A full stop inside quoted
// text (« … . ») ends no sentence; the first must hold a verb of its own.
func nextSentenceInstr(l string) (first, rest string, ok bool) {
	if isQuoted(l) {
		return "", "", false
	}
	depth, straight, curly := 0, false, false
	for i, r := range l {
		switch r {
		case '«':
			depth++
		case '»':
			depth--
		case '"':
			straight = !straight
		case '“':
			curly = true
		case '”':
			curly = false
		case '.':
			if depth != 0 || straight || curly || i+1 >= len(l) || l[i+1] != ' ' {
				continue
			}
			f, r := strings.TrimSpace(l[:i+1]), strings.TrimSpace(l[i+1:])
			if (amStart.MatchString(r) || amAnchorStart.MatchString(r)) && amImperative.MatchString(shapeOnly(f)) {
				return f, r, true
			}
		}
	}
	return "", "", false
}

// shapeOnly is s with its quoted passages left out.
func shapeOnly(s string) string { return quoteRe.ReplaceAllString(s, " ") }

// amAnnouncedLabel is a new item or paragraph announced by its label,
// folded, case kept (group 1): "un II bis ainsi rédigé", "un 3° ainsi
// rédigé", "un c ainsi rédigé", "un B ainsi rédigé"; the first of a list,
// "un 1° bis et un 1° ter ainsi rédigés" (the last was compared with the
// new text's first label, and the amendment refused).
var amAnnouncedLabel = mustRe(`\b(?:un|une)\s+(` + amItemName + `)(?:\s*(?:,|\bet\b)\s*(?:un|une)\s+` + amItemName + `)*\s+(?:ainsi\s+redige|suivant|redige\s+comme\s+suit)` +
	`|\b(?:des|` + cardinalWords + `)\s+(` + amItemName + `)(?:\s*(?:,|\bet\b)\s*` + amItemName + `)+\s+(?:ainsi\s+redige|suivant|redige\s+comme\s+suit)`)

// amItemListLow is a list of items of the "°" kind, folded: "1° bis et
// 1° ter", "4°, 5° et 6°" — new items announced by "des" or a count
// ("insérer des 1° bis et 1° ter ainsi rédigés").
const amItemListLow = `\d+\s*°(?:\s*` + latinOrd + `)?(?:\s*(?:,|\bet\b)\s*\d+\s*°(?:\s*` + latinOrd + `)?)+`

// amEachLabel is each label of a list announced ("un 1° bis et un 1°
// ter", "des 1° bis et 1° ter"): group 1.
var amEachLabel = mustRe(`(?:\b(?:un|une|des|` + cardinalWords + `)\s+|(?:,|\bet\b)\s*(?:(?:un|une)\s+)?)(` + amItemName + `)`)

// labelsAnnounced reports whether the new text's lines of its first
// line's kind bear the labels named, in order.
func labelsAnnounced(lines []string, named [][]string) bool {
	_, kind := labelOf(lines[0])
	var got []string
	for _, l := range lines {
		if lab, k := labelOf(l); k == kind && k != 0 {
			got = append(got, lab)
		}
	}
	if len(got) != len(named) {
		return false
	}
	for i, n := range named {
		if !announcedIs(got[i], n[1]) {
			return false
		}
	}
	return true
}

// announcedIs reports whether a label as labelOf reads it ("ii bis", "1°
// bis", "c") is the one an amendment names ("II bis", "1° bis", "c)").
func announcedIs(read, named string) bool {
	n := strings.ToLower(strings.Join(strings.Fields(amItemLabel(degreeSign.Replace(named))), " "))
	n = strings.Join(strings.Fields(strings.Replace(n, "°", "° ", 1)), " ")
	return strings.ToLower(read) == n
}

// amRowAnnounced is new text announced as a table's rows or columns,
// folded: "par une ligne ainsi rédigée", "les deux lignes suivantes".
var amRowAnnounced = mustRe(`\b(?:une?|les?|la|l'|des|` + cardinalWords + `)\s*(?:(?:` + cardinalWords + `|nouvelles?)\s+)*(?:lignes?|colonnes?)\s+(?:ainsi\s+redigees?|suivantes?)\b`)

// amThisArtFirst is the article itself as what is deleted, folded:
// "cet article", "l'article unique".
var amThisArtFirst = mustRe(`^\s*(?:cet\s+article|l'article\s+unique)\b|^\s*l'article\s*$`)

// amPartNotRead is a part of a text that no division of the grammar
// reads, folded, after its article: the parts bills do not read either
// (unreadPart: a table, its rows, an annex, a dash, "le chapeau"), an
// article's heading ("l'intitulé", "le titre"), provisions said by their
// subject ("les dispositions de cet article relatives à …"), after a
// determiner or an ordinal ("Alinéa 3, deuxième tiret"). A heading or a
// table an alinéa named holds ("À l'alinéa 2, dans l'intitulé du
// chapitre II", "Au tableau de l'alinéa 7") is that alinéa's (group 1).
var amPartNotRead = mustRe(`(?:(?:\bl'|\b(?:le|la|les|du|des|au|aux|de\s+la|a\s+la|cette|cet|ce|ces)\s+)(?:(?:` + ordWords + `)\s+)?|\b(?:` + ordWords + `)\s+)(?:(intitules?|tableaux?)|titres?|` + unreadPart + `|dispositions?\s+(?:de|du|des|relatives?|prevues?|mentionnees?|figurant|visees?))\b|` + numberedPart)

// amAlineaNotRead is an alinéa or a sentence named in a form no reader
// reads, folded: "l'alinéa premier", "l'alinéa II", "l'alinéa deux",
// "l'alinéa n° 2", "l'alinéa 2°", "l'alinéa 2 bis", on the Sénat's
// locator line too ("Alinéa 2 bis", without the article; "Alinéa
// premier" alone is read: amAlineaPremierLine), an item after
// alinéas ("Alinéa 3, 1°": "3, 1" was read as two alinéas; "Alinéa 5,
// a)", "Alinéa 5, b" on its line before the verb: the letter was
// dropped), "l'alinéa unique" (the whole article was
// edited, whatever its alinéas: an article of one alinéa has no locator
// to name), "Alinéa dernier" (the line was dropped and every alinéa
// edited: TestGenAmAlineaDernier), and the bills' forms
// (designationNotRead).
var amAlineaNotRead = mustRe(`\balinea\s+(?:premier|unique|(?:avant-)?derniere?\b|deux|trois|quatre|cinq|[ivx]+\b|n°|no\s+\d|\d+\s*°|\d+\s+` + latinOrd + `\b)|\balineas?\s+\d+(?:er)?(?:\s*(?:,\s*et|,|et|a)\s*\d+)*\s*(?:(?:,\s*et|,|et|a)\s*\d+\s*°|,\s*[a-z]\)|,\s*[a-z]\s*$)|` + designationNotRead)

// amRestoreWhole is what "Rétablir" names when it restores the whole
// article, folded: "cet article", "l'article", "le texte de cet
// article", or nothing but the announcement of the new text ("Rétablir
// ainsi :", "… dans la rédaction suivante"). Any other object ("un II",
// "un alinéa", "le paragraphe II", "l'intitulé de cet article") names a
// division, never the article.
var amRestoreWhole = mustRe(`^(?:\s+|[.:]|ainsi(?:\s+qu'il\s+suit|\s+redige)?|comme\s+suit|(?:le\s+texte\s+de\s+)?(?:cet\s+article|l'article(?:\s+unique)?)|dans\s+(?:la|sa)\s+redaction\s+(?:suivante|ci-apres)|dans\s+le\s+texte\s+suivant|de\s+la\s+maniere\s+suivante)*$`)

// amBoundRewrite is a rewrite bounded by words that end it, its new
// text still to come: "Rédiger ainsi la fin de cet alinéa à partir du
// mot : « A »".
var amBoundRewrite = mustRe(`(?i)\br[ée]diger\s+(?:ainsi|comme\s+suit)\s+(?:la\s+fin|le\s+d[ée]but)\b[^«"]*\s(?:à\s+partir|jusqu['’]|apr[èe]s|avant)\s*(?:du|des|de\s+la|de\s+l['’]|au|aux|à\s+la|à\s+l['’]|le|les|la|l['’])\s*` + wordNounCased + `\s*:\s*«[^»]*»\s*$`)

// amAtHead is "En tête de" before an alinéa, "cet alinéa", "cette
// phrase" or "la seconde phrase", or "En tête du" before a part ("En
// tête du I", "du 2°"), at the start of a head (group 1 what precedes, 2
// the place): its start.
var amAtHead = mustRe(`^(\s*)En\s+tête\s+(de\s+(?:cet(?:te)?\s|l['’]alinéa\s|la\s+\pL+\s+phrase\s)|du\s)`)

// amPresentArt is "le présent article" (and "du", "au"): "cet article".
var amPresentArt = mustRe(`\b([Ll]e|[Dd]u|[Aa]u)\s+présent\s+article\b`)

// thisArticle reads "le présent article" as "cet article" ("Supprimer le
// présent article.", "Rédiger ainsi le présent article :", "à l'alinéa 3
// du présent article") outside the quotations of a head.
func thisArticle(head string) string {
	var b strings.Builder
	depth := 0
	start := 0
	flush := func(end int) {
		b.WriteString(amPresentArt.ReplaceAllStringFunc(head[start:end], func(m string) string {
			switch strings.ToLower(m[:2]) {
			case "du":
				return "de cet article"
			case "au":
				return "à cet article"
			}
			return "cet article"
		}))
	}
	for i, r := range head {
		switch r {
		case '«':
			if depth == 0 {
				flush(i)
				start = i
			}
			depth++
		case '»':
			if depth > 0 {
				depth--
				if depth == 0 {
					b.WriteString(head[start : i+len("»")])
					start = i + len("»")
				}
			}
		}
	}
	if depth > 0 {
		b.WriteString(head[start:])
	} else {
		flush(len(head))
	}
	return b.String()
}

// amVerbsCased are the verbs of an amendment's instructions, as written
// (amVerb reads them folded, amStart with their capital).
const amVerbsCased = `supprimer|ins[ée]rer|remplacer|r[ée]diger|compl[ée]ter|substituer|ajouter|r[ée]tablir|proc[ée]der`

// amIndicative is the bill's verb of an edit: "est remplacé", "sont
// insérés", "est ainsi rédigé".
var amIndicative = mustRe(`\b(?:est|sont)\s+(?:ainsi\s+)?(?:remplace|insere|supprime|ajoute|redige|abroge|modifie|complete|retabli)e?s?\b`)

// billLine reports whether l, unquoted new text that begins as an
// instruction would ("1° À la première phrase, le mot : « A » est remplacé
// …"), is a line of the bill's text: the bill's indicative, no imperative,
// no alinéa by number (the amendment's own indicative, "À l'alinéa 4, les
// mots : … sont remplacés …", is an instruction), no "En conséquence", no
// part number ("II. – À la première phrase …, le mot … est remplacé …"
// may be the amendment's next part: not said).
func billLine(l string) bool {
	if k := partKind(l); k == "roman" || k == "capital" {
		return false
	}
	sh, _ := shape(l)
	low := asciiLower(foldAccents(sh))
	return amIndicative.MatchString(low) && !amImperative.MatchString(sh) && !amNumAl.MatchString(low) && !amConsequence.MatchString(l)
}

var (
	amContinues = mustRe(`(?i)^(?:par|et|ins[ée]rer|ajouter|(?:les?|la|l['’])\s*` + wordNounCased + `\b)`)
	// A verb in lower case goes on with the line before.
	amContinuesVerb = mustRe(`^(?:` + amVerbsCased + `)\b`)
	// The old words of "substituer" or an anchor, in lower case, go on
	// with the words before: "Substituer les mots :" / B / "aux mots :" /
	// A, "Insérer les mots :" / B / "après le mot :" / A
	// (TestGenAm4SenatPartsAfterWords).
	amContinuesLower = mustRe(`^(?:aux?\s+` + wordNounCased + `|(?:après|avant)\s+(?:la\s+\S+\s+occurrence|les?\s|la\s|l['’]))`)
	// "Rédiger ainsi cet alinéa" takes new alinéas, colon or not.
	amBlockVerb = mustRe(`(?i)^(?:.*,\s*)?r[ée]diger\s+(?:ainsi|comme suit)\s+(?:cet|ces|cette|l['’]|le|la|les)\b[^:«"]*$`)
)

// amSentenceOnly is a sentence designated without its alinéa: "Après la
// deuxième phrase", "À la dernière phrase"; or several: "les deuxième et
// troisième phrases", "les deux dernières phrases".
var amSentenceOnly = mustRe(`(?i)\b(?:la|cette)\s+(?:` + ordWordsAcc + `)\s+phrase\b|\bles\s+(?:` + ordWordsAcc + `)(?:\s*(?:,|et|à)\s*(?:` + ordWordsAcc + `))+\s+phrases\b|\bles\s+(?:` + cardinalWords + `)\s+(?:premières|dernières)\s+phrases\b`)

// amUncounted is new alinéas announced in the plural without a count,
// ending the head: "les alinéas suivants :", "des alinéas ainsi rédigés :".
var amUncounted = mustRe(`\b(?:les|des)\s+(?:nouveaux\s+)?alineas\s+(?:ainsi\s+rediges|suivants)\s*:$`)

// amAnnounced is a count of new alinéas announced by a head: "par neuf
// alinéas ainsi rédigés", "insérer trois alinéas ainsi rédigés".
var amAnnounced = mustRe(`\b(` + cardinalWords + `|\d+)\s+alineas\s+(?:ainsi\s+redigee?s?|suivante?s?)\b`)

// cardinals are the counts in words the grammar reads ("deux alinéas
// ainsi rédigés", "les trois derniers alinéas", "remplacé, deux fois,"),
// and cardinalWords the same words for a regexp, compounds first so that
// "dix-sept" is never read "dix" (past vingt: numbers28.go).
var cardinals = map[string]int{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
	"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20}

const cardinalWordsTo20_28 = `dix-sept|dix-huit|dix-neuf|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt`

// cardinal is a count in words or digits ("deux", "12"); 0 if not read.
func cardinal(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	return cardinals[w]
}

// announcedCount is the count re's first group reads in low ("deux
// alinéas ainsi rédigés"); ok is false when there is none or the word ends
// a compound ("quarante-deux" is no "deux").
func announcedCount(re *lre, low string) (n int, ok bool) {
	m := re.FindStringSubmatchIndex(low)
	if m == nil || m[2] > 0 && low[m[2]-1] == '-' {
		return 0, false
	}
	return cardinal(low[m[2]:m[3]]), true
}

// amRomanPart is a roman part number opening a dispositif line ("IV. –",
// "V -", and tight as Légifrance prints it: "V.-"); amImperative an
// instruction's verb in it, amAnchorStart the anchor that begins one
// ("Après le mot :").
var (
	amRomanPart   = mustRe(`^([IVX]+)\s*\.?\s*[-–—―]\s*`)
	amAnchorStart = mustRe(`^(?:Après|Avant)\s+(?:le|les|la|l['’])\s*` + wordNounCased + `\s*:`)
	amImperative  = mustRe(`(?i)\b(?:` + amVerbsCased + `)\b`)
)

// amProposed designates the text a bill article proposes for an article of
// a code: "du texte proposé par le I de cet article pour l'article …";
// amProposedArt with the article's number (group 1), amSameText the one
// designated before ("du même texte", "ce même texte").
var (
	amProposed    = mustRe(`\btexte\s+propose\b`)
	amProposedArt = mustRe(`\btexte\s+propose\s+(?:par\s+[^,]*?\s+)?pour\s+l'article\s+((?:l\.\s*o\.\s*|lo\s+|l\.\s*|r\.\s*|d\.\s*)?\d+(?:-\d+)*(?:\s+` + latinOrd + `)?)\b`)
	amSameText    = mustRe(`\b(?:ce\s+)?meme\s+texte\b`)
)

// blankOut replaces s[i:j] by as many spaces, so that a folded string and
// its cased twin stay aligned.
func blankOut(s string, i, j int) string {
	return s[:i] + strings.Repeat(" ", j-i) + s[j:]
}

// clauseFollows reports whether the next line of a dispositif goes on
// with the instruction before it ("insérer les mots :", "par les mots :")
// rather than starting a new part or locator line, or there being none.
func clauseFollows(paras []string) bool {
	for _, raw := range paras {
		l := cleanAmendmentLine(raw)
		if l == "" {
			continue
		}
		return !amLocLine.MatchString(l) && partKind(l) == ""
	}
	return false
}

// amLocColon is a locator alone ended by a colon, the items after it
// being its instructions: "À l'alinéa 3 :", "Aux alinéas 4 et 5 :", "II.
// – À l'alinéa 3 :" (groups: the part number, the alinéas).
// amParagraphLine is a part of the article named as a paragraph alone on
// its line: "Paragraphe II", "II. – Paragraphe I bis" (group 1 the
// amendment's part number, 2 the part's).
var amParagraphLine = mustRe(`^((?:[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?)[Pp]aragraphe\s+([IVX]+(?:\s+` + latinOrd + `)?)\s*[.:]?$`)

var amLocColon = mustRe(`(?i)^((?:[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?)(?:En\s+conséquence\s*,\s*)?(?:À|A)(?:\s+l['’]\s*|ux\s+)(alin[ée]as?\s+\d+(?:er)?(?:\s*(?:,\s*et|,|et|à)\s*\d+)*)\s*:$`)

// amLastColon is the article's last (groups 1 or 2: "avant-") alinéa
// alone, ended by a colon, the items after it being its instructions:
// "Au dernier alinéa :", "II. – À l'avant-dernier alinéa :"; or the
// Sénat's locator line "Dernier alinéa", "Avant-dernier alinéa".
var amLastColon = mustRe(`(?i)^(?:[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?(?:(?:En\s+conséquence\s*,\s*)?(?:Au\s+|[ÀA]\s+l['’]\s*)(avant-)?dernier\s+alinéa\s*:|(avant-)?dernier\s+alinéa\s*[:.]?)$`)

// ownLocatorLine reports whether a line is the Sénat's locator line,
// which ends the unquoted new text before it: "Alinéa 5", "Paragraphe
// II", "Dernier alinéa" (the last two were taken for lines of that text,
// and the instruction after them edited the place before:
// TestGenAmParagraphLineNextPart).
func ownLocatorLine(l string) bool {
	return amLocLine.MatchString(l) || amParagraphLine.MatchString(l) || amLastLine.MatchString(l)
}

// amLastLine is the Sénat's locator line of the article's last alinéas:
// "Dernier alinéa", "Avant-dernier alinéa, première phrase".
var amLastLine = mustRe(`(?i)^(?:\d+°\s*|[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?(?:avant-)?dernier\s+alinéa(?:\s*,\s*(?:` + ordWordsAcc + `)\s+phrase)?\s*[:.]?$`)

// amTwoSentences is two sentences named one after the other as the
// object of a verb: "supprimer la deuxième phrase et la troisième
// phrase" (groups: what precedes, the two ranks); amSentencesJoined is
// any other "… phrase et (à) la … phrase" (TestGenAmTwoSentencesJoined).
var (
	amTwoSentences    = mustRe(`(?i)(\b(?:supprimer|r[ée]diger\s+ainsi)\s+)la\s+(` + ordWordsAcc + `)\s+phrase\s+et\s+la\s+(` + ordWordsAcc + `)\s+phrase\b`)
	amSentencesJoined = mustRe(`(?i)\bphrase\s*,?\s+et\s+(?:à\s+|de\s+)?la\s+(?:` + ordWordsAcc + `)\s+phrase\b`)
)

// amPlaceColon is a place of the article's alinéas alone, ended by a
// colon, as the items after it take it ("Au deuxième alinéa :", "À
// l'avant-dernier alinéa :"): after quoted new text, the amendment's next
// part (TestGenAmLocatorColonRank).
var amPlaceColon = mustRe(`(?i)^(?:En\s+conséquence\s*,\s*)?(?:À|A|Au|Aux)\s[^«»"“”:]*\balinéas?\b[^«»"“”:]*:$`)

// amModsFollow is the announcement of the items that follow: "Procéder
// aux modifications suivantes :", "apporter les modifications suivantes
// :", after a locator ("À l'alinéa 3, procéder …", group 1) or alone.
var amModsFollow = mustRe(`(?i)(^|,\s*)(?:proc[ée]der\s+aux|apporter\s+les)\s+modifications\s+suivantes\s*:$`)

// indicativeAtAlinea reports whether a head is a word operation in the
// indicative at an alinéa of the bill article named by its number or its
// rank ("Au quatrième alinéa, les mots : « A » sont supprimés"), which
// imperative reads as an instruction.
func indicativeAtAlinea(head string) bool {
	h := numberedAlineas(alineaPremier(head))
	return imperative(h) != h
}

// quotedClosed reports whether new text is quoted as a whole and its
// quotation closed: "« I. – … »" then "« II. – … »" — what follows it is
// no more of it, even after "Rédiger ainsi cet article :".
func quotedClosed(payload []string) bool {
	if len(payload) == 0 || !isQuoted(payload[0]) {
		return false
	}
	last := strings.TrimRight(payload[len(payload)-1], " .;")
	return strings.HasSuffix(last, "»") || strings.HasSuffix(last, "\"") || strings.HasSuffix(last, "”")
}

// amUnwrittenGage is the Assemblée's compensation written as a part of
// the amendment, its own text: "II. – La perte de recettes pour l'État
// est compensée, à due concurrence, par …", "III. – La charge pour les
// organismes de sécurité sociale est compensée …", "III. – Les
// conséquences financières pour l'Agence … sont compensées …" (the
// Sénat writes it so too).
var amUnwrittenGage = mustRe(`(?i)^([IVX]+)\s*\.?\s*[-–—―]\s*((?:la|les|l['’])\s*(?:pertes?\s+de\s+(?:recettes?|ressources?)|charges?|aggravation\s+de(?:s|\s+la)\s+charges?|moindres?\s+recettes?|cons[ée]quences?\s+financi[èe]res?)\b[^«»"]*?\b(?:est|sont)\s+compens[ée]es?\b.*)$`)

// unwrittenGage is the text of a compensation written as a part of the
// amendment (its second part or a later one), or "".
func unwrittenGage(l string) string {
	m := amUnwrittenGage.FindStringSubmatch(l)
	if m == nil || fromRoman(m[1]) < 2 {
		return ""
	}
	return m[2]
}

// amGage is the compensation formula before its verb: "Pour compenser la
// perte de recettes résultant des I et II ci-dessus, compléter …".
var amGage = mustRe(`(?i)^Pour compenser\b[^«"]*?,\s*((?:compl[ée]ter|ins[ée]rer|ajouter|r[ée]diger)\b)`)

// amNewWordsSlot is a head whose next words are the new ones.
var amNewWordsSlot = mustRe(`(?:\bpar|\binserer|\bcompleter\b.*\bpar|\bajouter)\s+(?:les?|la|l')\s*\S*\s*:?\s*$`)

// amPartHead is a part number that opens a dispositif line: "II. –",
// "I.-", "III bis –", "2°", "b)" — never the first letter of a word.
var amPartHead = mustRe(`^(?:[IVX]+(?:\s+` + latinOrd + `)?\s*\.?\s*[-–—―]|[IVX]+\.\s|\d+°|[a-z]\)|[A-Z]\s*\.?\s*[-–—―]\s)`)

// partKind is the rank of the part number a dispositif line begins with:
// "roman" (II. –), "item" (2°), "letter" (b)), "capital" (B –, the
// Sénat's parts "A - Alinéa 1", "B - Alinéa 3"), or "" for none.
func partKind(l string) string {
	m := amPartHead.FindString(l)
	switch {
	case m == "":
		return ""
	case strings.Contains(m, "°"):
		return "item"
	case m[0] >= 'a' && m[0] <= 'z':
		return "letter"
	case strings.Trim(strings.TrimRight(m, " .-–—"), "IVX") != "":
		return "capital"
	}
	return "roman"
}

// continues reports whether a line goes on with the instruction before
// it ("par les mots : …", "insérer les mots : …").
func continues(l string) bool {
	return amContinues.MatchString(l) || amContinuesVerb.MatchString(l) || amContinuesLower.MatchString(l) || isQuoted(l)
}

// continuesHead reports whether head is not finished — it ends with a
// comma, or has no verb yet — and goes on on the next line: "Après le
// mot : « A »," then "rédiger ainsi …".
func continuesHead(head string) bool {
	if strings.HasSuffix(strings.TrimSpace(head), ",") {
		return true
	}
	// "Après le mot : « A »" then "Insérer les mots : …": no verb yet.
	sh, _ := shape(head)
	return !amVerb.MatchString(asciiLower(foldAccents(sh)))
}
