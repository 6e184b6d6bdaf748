package law

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
	amLocItemLine = mustRe(`^(?:\d+°\s*|[IVX]+\.\s*[-–—―]?\s*|[A-Z]\s*[.\-–—―]\s*)?([Aa]lin[ée]a\s+\d+(?:er)?)\s*,\s*([a-z]{1,2}(?:\s+` + latinOrd + `)?\)|\d+\s?°(?:\s*` + latinOrd + `)?)\s*[:.]?$`)
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
	paras = append([]string(nil), paras...)
	sentence := -1 // the paragraph that is a line's second sentence
	// locLine is set on the line after a locator line ("Alinéa 7"): that
	// line starts an instruction, even in lower case.
	locLine, prevLoc := false, false
	for pi := 0; pi < len(paras); pi++ {
		l := cleanAmendmentLine(paras[pi])
		if l == "" {
			continue
		}
		locLine, prevLoc = prevLoc, false
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
		if m := amLocItemLine.FindStringSubmatch(l); m != nil {
			locKind, other = partKind(l), false
			alLoc = lowerFirst(m[1])
			locator = "Au " + strings.TrimSuffix(m[2], ")") + " de l'" + alLoc
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
		if k := partKind(l); k != "" && k == locKind {
			// "I. – Alinéas 45 à 51 / Remplacer … / II. – Remplacer les
			// mots …": a new part of the same rank leaves the locator of
			// the part before; without its own, it is the whole article.
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
		head = signsBesideWords(outsideQuotes(head, namedSigns))
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
		head = imperative(thisArticle(head))
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
		if locator != "" && (other || !hasOwnLocator(head) && countAgrees(locator, head)) {
			head = locator + ", " + lowerFirst(head)
			under = locator
		}
		out = append(out, amInstr{head: head, under: under})
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
	n := strings.ToLower(strings.Join(strings.Fields(strings.TrimSuffix(degreeSign.Replace(named), ")")), " "))
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
// "dix-sept" is never read "dix".
var cardinals = map[string]int{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
	"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20}

const cardinalWords = `dix-sept|dix-huit|dix-neuf|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt`

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

// Indicative word operations after an amendment's own locator ("À
// l'alinéa 4, les mots : « A » sont remplacés par les mots : « B »"), as
// some amendments are drafted, read as their imperative: remplacer …
// par …, supprimer …, insérer …. Only after "alinéa N": quoted law
// instructions of an article additionnel are new text, not edits.
var (
	amIndicLoc = `^(` + amConseq + `(?:À|A|Au|Aux|Dans|à|au|aux|dans)\s[^«"“]*?\b(?:alinéas?\s+\d+|(?:avant-)?dernier\s+alinéa\b)[^«"“]*?,\s*)`
	amWordsQ   = `((?:les?|la|l['’])\s*` + wordNounCased + `\s*:?\s*(?:«[^»]*»|"[^"]*"|“[^”]*”))`
	// amConseq is the "En conséquence, " an instruction may open with
	// (the place after it in lower case): "En conséquence, à l'alinéa 4,
	// le mot : « A » est supprimé" is read as its imperative (it was
	// refused, and so were words quoted “A”: TestGenAmIndicativeConseqCurly).
	amConseq       = `(?:En\s+conséquence\s*,\s*)?`
	amIndicReplace = mustRe(amIndicLoc + amWordsQ + `\s*,?\s*(?:est|sont)\s*(?:,\s*` + amIndicTimes + `\s*,\s*)?remplacée?s?\s*(?:,\s*` + amIndicTimes + `\s*,\s*)?\s*par\s+(.+)$`)
	// amIndicTimes is what an indicative replacement says of the
	// occurrences it replaces, the bills' own phrases (timesSaid): "est
	// remplacé, deux fois, par", "sont, à chaque occurrence, remplacés
	// par" (amIndicReplace's groups 3 and 4: before and after the
	// participle).
	amIndicTimes  = `(` + timesSaid(false) + `)`
	amIndicDelete = mustRe(amIndicLoc + amWordsQ + `\s*(?:est|sont)\s+supprimée?s?\s*[.;]?\s*$`)
	amIndicInsert = mustRe(amIndicLoc + `((?:après|avant)\s+` + `(?:les?|la|l['’])\s*(?:mots?|références?)\s*:?\s*(?:«[^»]*»|"[^"]*"|“[^”]*”)\s*,?\s*)(?:sont|est)\s+insérée?s?\s+(.+)$`)
	// "Après l'alinéa 3, il est inséré un alinéa …", "Au début de
	// l'alinéa 3, sont insérés les mots : …" (group 1 the place, 2 the
	// rest).
	amIndicAdd = mustRe(`^((?:À|A|Au|Aux|Dans|Après|Avant)\s[^«"]*?(?:\balinéas?\s+\d+|\bcet\s+article\b)[^«"]*?,\s*)(?:il\s+est|sont|est)\s+(?:insérée?s?|ajoutée?s?)\s+(.+)$`)
	// "L'alinéa 3 est complété par les mots : …", "La première phrase
	// de l'alinéa 2 est complétée par …" (group 1 the place before, 2 the
	// division, 3 the rest).
	amIndicComplete = mustRe(`^((?:(?:À|A|Au|Aux|Dans)\s[^«"]*?,\s*)?)((?:L['’]|La\s+|l['’]|la\s+)[^«",:]*?\b(?:alinéa|phrase)\b[^«",:]*?)\s+est\s+complétée?\s+par\s+(.+)$`)
)

// imperative rewrites an indicative word operation as its imperative.
func imperative(head string) string {
	if m := amIndicReplace.FindStringSubmatch(head); m != nil {
		// "le mot : « A » est remplacé, deux fois, par …": "remplacer le
		// mot : « A », deux fois, par …".
		times := m[3] + m[4]
		if times != "" {
			times = ", " + times + ","
		}
		return m[1] + "remplacer " + m[2] + times + " par " + m[5]
	}
	if m := amIndicDelete.FindStringSubmatch(head); m != nil {
		return m[1] + "supprimer " + m[2] + "."
	}
	if m := amIndicInsert.FindStringSubmatch(head); m != nil {
		return m[1] + m[2] + "insérer " + m[3]
	}
	if m := amIndicAdd.FindStringSubmatch(head); m != nil {
		return m[1] + "insérer " + m[2]
	}
	if m := amIndicComplete.FindStringSubmatch(head); m != nil && amNumbered.MatchString(m[1]+m[2]) {
		return upperFirst(m[1] + "compléter " + lowerFirst(m[2]) + " par " + m[3])
	}
	// "Cet article est supprimé.", "… est ainsi rédigé :", "… est
	// complété par …": the imperative's "Supprimer cet article." (they
	// were refused).
	if m := amIndicThisArt.FindStringSubmatch(head); m != nil {
		switch {
		case m[1] != "":
			return "Rédiger ainsi cet article :" + m[2]
		case m[3] != "":
			return "Compléter cet article par " + m[3]
		}
		return "Supprimer cet article."
	}
	// "L'alinéa 3 est supprimé.", "À l'alinéa 1, la dernière phrase est
	// supprimée.", "L'alinéa 2 est ainsi rédigé :": a division of the
	// amendment's own "alinéa N".
	if m := amIndicDivision.FindStringSubmatch(head); m != nil && amNumbered.MatchString(m[1]+m[2]) {
		if m[3] != "" {
			return m[1] + "rédiger ainsi " + lowerFirst(m[2]) + " :" + m[4]
		}
		return m[1] + "supprimer " + lowerFirst(m[2]) + "."
	}
	return head
}

// amIndicThisArt is this article deleted, rewritten or completed in the
// indicative, the whole head: "Cet article est supprimé.", "Le présent
// article est ainsi rédigé : …" (thisArticle made it "cet article"), "Cet
// article est complété par un alinéa ainsi rédigé : …" (groups: "ainsi
// rédigé", what follows its colon; what completes it).
var amIndicThisArt = mustRe(`^[Cc]et\s+article\s+est\s+(?:(ainsi\s+rédigé)\s*:(.*)|complété\s+par\s+(.+)|supprimé\s*\.?\s*)$`)

// amIndicDivision is a division deleted or rewritten in the indicative:
// group 1 the locator, 2 the division, 3 "ainsi rédigé" (else deleted), 4
// what follows the colon; amNumbered an alinéa by number. The anchor of
// an end may open the head ("Après le mot : « A », la fin de l'alinéa 3
// est ainsi rédigée :" — it was refused, TestAmLeft4EndAfterAnchorIndicative).
var (
	amIndicDivision = mustRe(`^((?:(?:À|A|Au|Aux|Dans)\s[^«"“]*?,\s*)?(?:(?:[Aa]près|[Aa]vant)\s+(?:les?|la|l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `\s*,\s*)?)((?:L['’]|Les?\s+|La\s+|l['’]|les?\s+|la\s+|[Cc]ette\s+|[Cc]et\s+|[Cc]es\s+)[^«",:]*?\b(?:alinéas?|phrases?)\b[^«",:]*?)\s+(?:est|sont)\s+(?:(ainsi\s+rédigée?s?)\s*:(.*)|supprimée?s?\s*\.?\s*)$`)
	amNumbered      = mustRe(`\balinéas?\s+\d`)
)

// amVerbFirst is an instruction whose verb comes before its locator set
// off by commas: group 1 the verb, 2 the locator, 3 the rest.
var amVerbFirst = mustRe(`^((?:Ins[ée]rer|Ajouter|Supprimer|Compl[ée]ter|Substituer|Remplacer|R[ée]diger ainsi))\s*,\s*((?:après|avant|au début d[eu']|à la fin d[eu']|à l['’]|à la |au |aux |dans )[^,«"]*?)\s*,\s*(.+)$`)

// amFromWords and amUpToWords bound a rewritten end or start by words:
// "à partir du mot : « A »", "jusqu'au mot : « A »" (group 1: the quote).
var (
	amFromWords = mustRe(`\ba\s+partir\s+(?:du|des|de\s+la|de\s+l')\s*` + wordNoun + `q(\d+)`)
	amUpToWords = mustRe(`\bjusqu'(?:au|aux|a\s+la|a\s+l')\s*` + wordNoun + `q(\d+)`)
	// amUpToExcluded is a bound said to leave its words out, "jusqu'au
	// mot : « A » exclu" ("non inclus", "non compris", "exclusivement"):
	// the start is read to A included, so it is refused (A was replaced
	// with the rest).
	amUpToExcluded = mustRe(`\bjusqu'(?:au|aux|a\s+la|a\s+l')\s*` + wordNoun + `q\d+\s*,?\s*\(?\s*(?:exclue?s?\b|exclusivement|non\s+(?:inclus|compris))`)
	// amWordBound is words that bound a span, not words operated on: "à
	// partir de la seconde occurrence du mot", "jusqu'au mot", "(supprimer)
	// du mot : « A » à la fin", "(les mots compris) entre les mots : « A »
	// et « B »" (A and B were deleted).
	amWordBound = mustRe(`\ba\s+partir\s+d|\bjusqu|^\s*(?:du|de\s+la|de\s+l')\s*` + wordNoun + `q\d|\bentre\s+(?:les?|la|l')\s*` + wordNoun)
)

// amCodeArticleObj is a code's article as what is completed or
// rewritten, or as the text an alinéa or a sentence is of: "Compléter
// l'article L. 1 du code civil par …", "Rédiger ainsi l'article L. 1 :",
// "Au premier alinéa de l'article L. 1" (groups: what comes before, the
// article's number — a code's, with its letters, never the bill's).
var amCodeArticleObj = mustRe(`(?i)(\bcompl[ée]ter\s+|\br[ée]diger\s+(?:ainsi|comme\s+suit)\s+|\b(?:alinéa|phrase)\s+de\s+)l['’]article\s+(` + artLetters + `\d+(?:-\d+)*(?:\s+` + latinOrd + `)?)\b`)

// codeArticleText reads a code's article completed, rewritten or whose
// alinéa is named as the text the bill article proposes for it:
// "Compléter l'article L. 1 du code civil par un alinéa" is "Compléter
// le texte proposé pour l'article L. 1 …" — the alinéa went at the end of
// the bill article, outside the quoted article; where the bill quotes no
// such article, refused (resolve).
func codeArticleText(s string) string {
	return amCodeArticleObj.ReplaceAllStringFunc(s, func(m string) string {
		g := amCodeArticleObj.FindStringSubmatch(m)
		pre := g[1]
		if strings.HasSuffix(strings.ToLower(pre), " de ") {
			pre = pre[:len(pre)-len("de ")] + "du "
		} else {
			pre += "le "
		}
		return pre + "texte proposé pour l'article " + g[2]
	})
}

// amParWords is the new words of a replacement, folded: " par les mots
// : q3" (group 1: the quotation's number).
var amParWords = mustRe(`^\s*par\s+(?:les?|la|l')\s*` + wordNoun + `q(\d+)\s*[.;]?\s*$`)

// amWordsNamed is quoted words named as words just before their
// quotation, folded: "le mot :", "les mots :", "la référence :".
var amWordsNamed = mustRe(`(?:\bles?|\bla|\bl'|\bdes|\bdu|\baux?)\s*` + wordNoun + `$`)

// amRespWord is "respectivement", set off by commas or not; amRespectively
// the pairs it makes, folded, once it is taken out: "les mots : q0 et q1
// par les mots : q2 et q3", "aux mots : q0, q1 et q2 les mots : q3, q4 et
// q5" (groups: the old words' quotations, the new ones').
var (
	amRespWord     = mustRe(`\s*,?\s*\brespectivement\b\s*,?\s*`)
	amRespectively = mustRe(`^\s*(?:les|le|la|l'|aux|au|a\s+la|a\s+l')\s*` + wordNoun + `(q\d+(?:\s*(?:,|et)\s*q\d+)+)\s*(?:par\s+)?(?:les|le|la|l')\s*` + wordNoun + `(q\d+(?:\s*(?:,|et)\s*q\d+)+)\s*[.;]?\s*$`)
)

// amEndOfArticle is a locator that is the end of this article, folded:
// "À la fin de cet article", nothing else named.
var amEndOfArticle = mustRe(`^\s*(?:[ivx]+\.\s*[-–—―]\s*)?a\s+la\s+fin\s+de\s+cet\s+article\s*,?\s*$`)

// amVerbBareEnd is words inserted at the start or the end said between
// the verb and its object, no commas, after a locator or none: "À
// l'alinéa 1, insérer à la fin les mots : « B »" (groups: the locator and
// its comma, the verb, au début or à la fin, the rest).
var amVerbBareEnd = mustRe(`^((?:[^,«]*,\s*)?)([Ii]ns[ée]rer|[Aa]jouter|[Ss]upprimer|[Rr]emplacer)\s+(au\s+début|à\s+la\s+fin)\s+((?:les?|la|l['’])\s*` + wordNounCased + `\s*:.*)$`)

// amBetweenAlineas is an insertion between two alinéas by their numbers:
// "Entre les alinéas 2 et 3, insérer …", "Entre l'alinéa 2 et l'alinéa
// 3, …" (groups: the first number in either form, the second, what
// follows).
var amBetweenAlineas = mustRe(`^Entre\s+(?:les\s+alinéas\s+(\d+)\s+et|l['’]alinéa\s+(\d+)\s+et\s+l['’]alinéa)\s+(\d+)\s*,\s*((?i:ins[ée]rer|ajouter)\b.*)$`)

// amPlaceBareFirst is a place first ("À l'alinéa 2", "Au début de la
// première phrase de l'alinéa 3") and a word operation's verb after it
// without a comma: group 1 the place, 2 the verb.
var amPlaceBareFirst = mustRe(`^((?:[Ee]n\s+cons[ée]quence\s*,\s*)?(?:À|Au|Aux|Dans|à|au|aux|dans)\s[^«"“,:]*?\b(?:alin[ée]as?|phrases?)\b[^«"“,:]*?)\s+((?i:supprimer|remplacer|substituer|ins[ée]rer|ajouter)\b)`)

// placeFirst writes a word operation read by amPlaceAfterWords (m) with
// its place first: "Place, <what went before the verb><verb> <words>"
// (the rest is the caller's).
func placeFirst(place string, m []string) string {
	return upperFirst(place) + ", " + lowerFirst(m[1]) + lowerFirst(m[2]) + " " + strings.TrimSuffix(strings.TrimSpace(m[3]), ",")
}

// amPlaceAfterWords is a word operation whose place (an alinéa, a
// sentence, the start or the end of one) follows its words: group 1 what
// goes before the verb (an anchor, "Alinéa 2 :"), 2 the verb, 3 the words
// (both of "substituer"), 4 the place, 5 the rest ("par …", an anchor, or
// nothing).
var amPlaceAfterWords = mustRe(`^((?:(?:[^«"“]|` + amQuoted + `)*?(?:[,:]|` + amQuoted + `)\s*)?)((?i:supprimer|remplacer|substituer|ins[ée]rer|ajouter))\s+((?:(?:le|les|la|l['’]|aux?|à\s+la|à\s+l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `\s*,?\s*){1,2}?)\s*,?\s*((?:à|au|aux|dans)\s[^«"“,:]*?\b(?:alin[ée]as?|phrases?)\b[^«"“,:.]*?)\s*(,\s*.*|\s+(?:(?:par|après|avant|les?|la|aux?)\s|l['’]).*|\.?\s*)$`)

// amPlaceLast is a word operation whose place ends it, after the words
// and their anchor: "Supprimer le mot : « B », après le mot : « A », à
// l'alinéa 2." (group 1 the operation, from its verb or its anchor, 2
// the place). Read when the operation names no other place and is one
// (amTwoOps).
var amPlaceLast = mustRe(`^((?i:supprimer|remplacer|substituer|ins[ée]rer|ajouter|après|avant)\s(?:[^«"“]|` + amQuoted + `)*` + amQuoted + `)\s*,?\s*((?:à|au|aux|dans)\s[^«"“,:]*?\b(?:alin[ée]as?|phrases?)\b[^«"“,:.]*?)\s*\.?\s*$`)

// amQuotedRe finds quoted words (amQuoted); amTwoOps is two operations
// joined ("et", "puis", ";") outside them.
var (
	amQuotedRe = mustRe(amQuoted)
	amTwoOps   = mustRe(`(?i)\s(?:et|puis)\s|;`)
)

// amVerbPlaceBare is a word operation whose verb comes before its alinéa
// or sentence, between commas or not, and the place before the words:
// group 1 what goes before the verb (an anchor), 2 the verb, 3 the
// place, 4 the words and the rest.
var amVerbPlaceBare = mustRe(`^((?:(?:[^«"“]|` + amQuoted + `)*?,\s*|(?:[^«"“]|` + amQuoted + `)*?` + amQuoted + `\s+)?)((?i:supprimer|remplacer|substituer|ins[ée]rer|ajouter))\s*,?\s*` + amWordOpPlace + `\s*,?\s+((?:les?|la|l['’]|aux?|à\s+la|à\s+l['’])\s*` + wordNounCased + `\s*:.*)$`)

// amVerbFirstBare is an insertion whose verb comes before its alinéa,
// without commas: group 1 the verb, 2 the locator, 3 the rest. The start
// or the end of an alinéa or of its sentence is a place too ("Ajouter à
// la fin de l'alinéa 1 les mots : « B »", "Insérer au début de la
// première phrase de cet alinéa …").
var amVerbFirstBare = mustRe(`^(Ins[ée]rer|Ajouter)\s+((?:après|avant)\s+(?:l['’]alinéa\s+\d+|cet\s+alinéa|ces\s+alinéas|cette\s+phrase|le\s+(?:[IVX]+|\d+°|[a-z]\))(?:\s+` + latinOrd + `)?)|au\s+début\s+de\s+cet\s+article|à\s+la\s+fin\s+de\s+cet\s+article|(?:au\s+début|à\s+la\s+fin)\s+de\s+(?:la\s+(?:` + ordWordsAcc + `)\s+phrase\s+de\s+)?(?:l['’]alinéa\s+\d+|cet\s+alinéa)|(?:au\s+début|à\s+la\s+fin)\s+de\s+la\s+(?:` + ordWordsAcc + `)\s+phrase)\s+([^,].*)$`)

// amAtAlineaThisAlinea is "À l'alinéa 3, insérer après cet alinéa …"
// or "À l'alinéa 3, après cet alinéa, insérer …" (groups: the number;
// the verb, the side, or the side, the verb; what follows).
var amAtAlineaThisAlinea = mustRe(`^(?:À|A)\s+l['’]alinéa\s+(\d+)\s*,\s*(?:(Ins[ée]rer|Ajouter|ins[ée]rer|ajouter)\s+(après|avant)\s+cet\s+alinéa\s*,?\s*|(après|avant)\s+cet\s+alinéa\s*,\s*(ins[ée]rer|ajouter)\s+)(\S.*)$`)

// amOrdAlinea is an alinéa of the bill article named by its rank: "le
// deuxième alinéa", "au 9ème alinéa", "du 2e alinéa" (groups: the article,
// the rank in words, the rank in digits).
var amOrdAlinea = mustRe(`(?i)\b(au|du|le|dans\s+le)\s+(?:(` + ordWordsAcc + `)|(\d+)\s*(?:ème|eme|e|è|er|ère|re|nd|nde))\s+alinéa\b`)

// rankedAlineas writes alinéas of the bill article named by their ranks
// as their numbers: "Aux deuxième et troisième alinéas" is "aux alinéas
// 2 et 3", as one rank is (numberedAlineasSeg); followed by the division
// they count in ("des deuxième et troisième alinéas du I"), or a rank
// not read, left as it is.
func rankedAlineas(s string) string {
	var b strings.Builder
	for {
		m := amOrdAlineas.FindStringSubmatchIndex(s)
		if m == nil {
			b.WriteString(s)
			return b.String()
		}
		rest := s[m[1]:]
		ofArticle := strings.HasPrefix(strings.TrimSpace(asciiLower(foldAccents(rest))), "de cet article")
		var nums []string
		for _, w := range amOrdSep.Split(s[m[4]:m[5]], -1) {
			n := ordValue[asciiLower(foldAccents(strings.TrimSpace(w)))]
			if n <= 0 {
				nums = nil
				break
			}
			nums = append(nums, strconv.Itoa(n))
		}
		if nums == nil || amOrdFollow.MatchString(rest) && !ofArticle {
			b.WriteString(s[:m[1]])
			s = rest
			continue
		}
		b.WriteString(s[:m[0]] + s[m[2]:m[3]] + " alinéas " + strings.Join(nums[:len(nums)-1], ", ") + " et " + nums[len(nums)-1])
		s = rest
	}
}

// amOrdAlList is alinéas named by several ranks, folded: "deuxieme et
// troisieme alineas".
var amOrdAlList = mustRe(`\b(?:` + ordWords + `)\s*(?:,|et)\s*(?:` + ordWords + `)\s+alineas\b`)

// amOrdAlineas is alinéas of the bill article named by their ranks:
// "aux deuxième et troisième alinéas", "les premier, troisième et
// cinquième alinéas" (groups: the article, the ranks); amOrdSep
// separates the ranks.
var (
	amOrdAlineas = mustRe(`(?i)\b(aux|des|les|dans\s+les)\s+((?:` + ordWordsAcc + `)(?:\s*(?:,|et)\s*(?:` + ordWordsAcc + `))+)\s+alinéas\b`)
	amOrdSep     = mustRe(`\s*(?:,\s*et|,|et)\s*`)
)

// amOrdFollow is what makes a ranked alinéa one of a part, not of the
// article: "le deuxième alinéa du I", "de l'article L. 1".
// amOrdRange is a range of alinéas by their ranks: "aux deuxième à
// quatrième alinéas" (group 1 the preposition, 2 and 3 the ranks).
var amOrdRange = mustRe(`(?i)\b(aux|des|les)\s+(` + ordWordsAcc + `)\s+à\s+(` + ordWordsAcc + `)\s+alinéas\b`)

var amOrdFollow = mustRe(`^\s*(?:du|de\s+la|de\s+l['’]|des|de)\s`)

// amMakePrecede is the Assemblée's "faire précéder l'alinéa 1 de la
// mention : « I. – »" (also "de la référence", "des mots"), groups: "En
// conséquence, ", the place, the noun of the words.
var amMakePrecede = mustRe(`(?i)^((?:en\s+cons[ée]quence\s*,\s*)?)faire\s+pr[ée]c[ée]der\s+([^«":,]+?)\s+(?:de\s+la\s+(mention|r[ée]f[ée]rence)|des\s+(mots)|du\s+(mot))\s*:\s*`)

// makePrecede reads "Faire précéder l'alinéa 1 de la mention : « I. – »"
// as "Au début de l'alinéa 1, insérer la mention : « I. – »" ("le début
// de cet article", "le premier alinéa", "le I" likewise) — the mention
// the Assemblée asks for when it numbers an article's first paragraph
// (it was refused).
func makePrecede(head string) string {
	m := amMakePrecede.FindStringSubmatchIndex(head)
	if m == nil {
		return head
	}
	place := head[m[4]:m[5]]
	low := strings.ToLower(place)
	if strings.HasPrefix(low, "le début de ") {
		place, low = place[len("le début de "):], low[len("le début de "):]
	}
	switch {
	case strings.HasPrefix(low, "le "):
		place = "du " + place[3:]
	case strings.HasPrefix(low, "les "):
		place = "des " + place[4:]
	default:
		place = "de " + place
	}
	noun := "la mention"
	switch {
	case m[6] >= 0:
		noun = "la " + head[m[6]:m[7]]
	case m[8] >= 0:
		noun = "les mots"
	case m[10] >= 0:
		noun = "le mot"
	}
	at := "Au début "
	if m[3] > m[2] {
		at = head[m[2]:m[3]] + "au début "
	}
	return at + place + ", insérer " + noun + " : " + head[m[1]:]
}

// amThisSentenceAt is a place before or after the sentence a locator
// line names: "Après cette phrase," (group 1: the preposition);
// amSentenceLoc that locator: "À l'alinéa 1, deuxième phrase" (groups:
// the alinéa, the rank).
var (
	amThisSentenceAt = mustRe(`(?i)^(après|avant)\s+cette\s+phrase\s*,`)
	amSentenceLoc    = mustRe(`^À l'(alin[ée]a\s+\d+(?:er)?)\s*,\s*(` + ordWordsAcc + `)\s+phrase$`)
)

// rewriteByLabels shares the new text of several divisions named by
// their labels among them by the labels it begins with: "Rédiger ainsi
// les II et III :" then "II. – …", "III. – …" (and the alinéas of each)
// rewrites the II with the first and the III with the second. Each
// division's text must begin with its own label, in order; else not read.
func rewriteByLabels(scopes []Scope, lines []string) ([]Edit, bool) {
	if len(lines) < len(scopes) {
		return nil, false
	}
	var starts []int
	for _, s := range scopes {
		if len(s.Path) == 0 || s.Sentence != 0 || s.Where != "" {
			return nil, false
		}
		it := s.Path[len(s.Path)-1].Item
		if it == "" {
			return nil, false
		}
		from := 0
		if len(starts) > 0 {
			from = starts[len(starts)-1] + 1
		}
		at := -1
		for i := from; i < len(lines); i++ {
			if lineLabel(lines[i]) == it {
				at = i
				break
			}
		}
		if at < 0 || len(starts) == 0 && at != 0 {
			return nil, false
		}
		starts = append(starts, at)
	}
	var es []Edit
	for k, s := range scopes {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		es = append(es, Edit{Kind: EditRewrite, Scope: s, Lines: lines[starts[k]:end]})
	}
	// From the last, so that the earlier divisions' lengths do not move
	// the later ones.
	slices.Reverse(es)
	return es, true
}

// amNewPart is new parts or items announced after the divisions they
// replace, case kept: "un II ainsi rédigé", "un paragraphe ainsi rédigé",
// "les II et III suivants", "deux paragraphes ainsi rédigés".
var amNewPart = mustRe(`\b(?:(?:un|une)\s+(?:paragraphe|` + amItemName + `)|(?:deux|trois|quatre|cinq)\s+paragraphes|les\s+` + amItemName + `(?:\s*(?:,|et)\s*` + amItemName + `)+)\s+(?:ainsi\s+r[ée]dig[ée]s?|suivants?)\b`)

// amOnePart is one new part or item announced, case kept: "un II ainsi
// rédigé", "un paragraphe ainsi rédigé", "le paragraphe suivant".
var amOnePart = mustRe(`\b(?:(?:un|une)\s+(?:paragraphe|` + amItemName + `)\s+(?:ainsi\s+r[ée]dig[ée]|suivant)|le\s+paragraphe\s+suivant)\b`)

// mergeParts replaces several items or parts of one division, consecutive
// by their labels, with the one new part the head announces: "Substituer
// aux II et III un II ainsi rédigé : « II. – … »" rewrites the II and
// deletes the III (it was refused). New text that begins with each one's
// label is shared among them (rewriteByLabels); else it must begin with
// the first's label and name no other of them. Not read otherwise, nor
// when no single part is announced ("Rédiger ainsi les II et III : « II.
// – … » « … »": the III's label left out, or one part for both? Not
// said).
func mergeParts(scopes []Scope, lines []string) ([]Edit, bool) {
	if len(lines) == 0 {
		return nil, false
	}
	for k, s := range scopes {
		if len(s.Path) == 0 || s.Sentence != 0 || s.Where != "" || s.RangeTo != "" || s.Path[len(s.Path)-1].Item == "" || s.Path[len(s.Path)-1].GoesOn {
			// A range ("les II à IV") goes on past its labels: not read.
			return nil, false
		}
		if k > 0 {
			a, b := scopes[k-1], s
			if a.Ref != b.Ref || len(a.Path) != len(b.Path) || !slices.Equal(a.Path[:len(a.Path)-1], b.Path[:len(b.Path)-1]) {
				return nil, false
			}
			x, y := a.Path[len(a.Path)-1].Item, b.Path[len(b.Path)-1].Item
			if itemKind(x) != itemKind(y) || itemsApart(x, y) || !itemsFollowKnown(x, y) {
				return nil, false
			}
		}
	}
	if es, ok := rewriteByLabels(scopes, lines); ok {
		return es, true
	}
	first := scopes[0].Path[len(scopes[0].Path)-1].Item
	if lineLabel(lines[0]) != first {
		return nil, false
	}
	for _, l := range lines[1:] {
		for _, s := range scopes {
			if lineLabel(l) == s.Path[len(s.Path)-1].Item {
				return nil, false
			}
		}
	}
	var es []Edit
	for i := len(scopes) - 1; i > 0; i-- { // from the last, so the first stays
		es = append(es, Edit{Kind: EditDelete, Scope: scopes[i], NoMark: true})
	}
	return append(es, Edit{Kind: EditRewrite, Scope: scopes[0], Lines: lines}), true
}

// amLineLabel is the label a line of new text begins with: "II. – ",
// "2° ", "b) " (group 1).
var amLineLabel = mustRe(`^[«"“\s]*([IVX]+(?:\s+` + latinOrd + `)?(?:\s*\.\s*[-–—―]|\s+[-–—―])|\d+°(?:\s*` + latinOrd + `)?|[a-z](?:\s+` + latinOrd + `)?\))`)

// lineLabel is the item name of the label a line begins with, or "".
func lineLabel(l string) string {
	m := amLineLabel.FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	lab := strings.TrimRight(m[1], " .-–—)")
	return itemName(lab)
}

// amEndNoDivision is an end rewritten, deleted or replaced with no
// division named, after an alinéa named alone: "À l'alinéa 2, rédiger
// ainsi la fin après le mot :", "…, supprimer la fin après le mot : « A
// »", "…, remplacer la fin à partir du mot : « A » par …" (the Sénat's
// "Alinéa 2" line, "À cet alinéa, …" after it) — the end of that alinéa,
// as "… la fin de cet alinéa après …" (the rewrite was refused, the
// deletion and the replacement edited A alone); the start the same, "À
// l'alinéa 2, rédiger ainsi le début jusqu'au mot : « A » :" (the whole
// alinéa was rewritten). Elsewhere (amEndBare: no alinéa, a sentence
// named) it is refused (groups: the alinéa, the verb and "la fin" or "le
// début", après, à partir or jusqu').
var amEndNoDivision = mustRe(`^([ÀA]\s+l['’]alinéa\s+\d+)\s*,\s*(?:[àa]\s+cet\s+alinéa\s*,\s*)?((?:[Rr]édiger\s+ainsi|[Ss]upprimer|[Rr]emplacer)\s+(?:la\s+fin|le\s+début))\s+(après|à\s+partir|jusqu)\b`)

// amStartInSentence is a start rewritten, deleted or replaced with no
// division named, after a sentence named alone: "À la première phrase
// de l'alinéa 2, rédiger ainsi le début jusqu'au mot : « A » :" (the
// Sénat's "Alinéa 2, première phrase" line, "À la seconde phrase de cet
// alinéa, …", "À la dernière phrase, …") — the start of that sentence,
// as "… le début de cette phrase jusqu'au …" (it was refused); the
// bound must be found once in that sentence. "La fin" there stays
// refused (amEndBare): the end of the sentence or of the alinéa is not
// said (groups: the place, the verb and "le début").
var amStartInSentence = mustRe(`^((?:[ÀA]\s+l['’]alinéa\s+\d+\s*,\s*[àa]|[ÀA])\s+la\s+(?:` + ordWordsAcc + `)\s+phrase(?:\s+de\s+(?:l['’]alinéa\s+\d+|cet\s+alinéa))?|[ÀA]\s+l['’]alinéa\s+\d+\s*,\s*(?:la\s+)?(?:` + ordWordsAcc + `)\s+phrase)\s*,\s*((?:[Rr]édiger\s+ainsi|[Ss]upprimer|[Rr]emplacer)\s+le\s+début)\s+(jusqu)`)

// amBareReference is an item's bare label written unquoted after "la
// référence :" on the instruction's line, "Remplacer la référence : 2°
// par la référence : 3°", "substituer à la référence : 2° la référence
// : 3°", "Supprimer la référence : 2° bis." (groups: "la référence :",
// the label, what follows: "par", "la référence", the end).
var amBareReference = mustRe(`((?:\b[Ll]a|[àÀ]\s+la)\s+référence\s*:\s*)((?:\d+°|[IVXL]+|[a-z]\))(?:\s+` + latinOrd + `)?)(\s+(?:par\b|la\s+référence\b)|\s*[.;]?\s*$)`)

// quoteBareReferences quotes the bare labels amBareReference finds, as
// the Sénat's lines are (TestLeft3QuotedItemReference): one reference,
// read where the place holds the label once (it was refused).
func quoteBareReferences(head string) string {
	if strings.ContainsAny(head, "«\"\n") {
		return head
	}
	// Twice: "… la référence : 2° la référence : 3°" shares its words.
	for k := 0; k < 2; k++ {
		head = amBareReference.ReplaceAllString(head, "${1}« ${2} »${3}")
	}
	return head
}

// amEndBare is "la fin" or "le début" bounded by words with no division
// after it: "supprimer la fin après le mot : « A »", "rédiger ainsi le
// début jusqu'au mot : « A »".
var amEndBare = mustRe(`(?i)\b(?:rédiger\s+ainsi|supprimer|remplacer)\s+(?:la\s+fin|le\s+début)\s+(?:après|à\s+partir|jusqu)\b`)

// amLatinPlace is a place said in Latin in a head: "in fine", "in
// limine" (group 1: "in" as written, 2: which), not "compléter in fine"
// (which adds at the end anyway).
var amLatinPlace = mustRe(`(?i)\b(in)\s+(limine|fine)\b`)

// latinPlace reads "Alinéa 2, in fine", "In fine de l'alinéa 2, …", "À
// l'alinéa 2, in limine, …" as "à la fin", "au début" (they were
// refused), as the bills' plainDrafting does.
func latinPlace(s string) string {
	return amLatinPlace.ReplaceAllStringFunc(s, func(m string) string {
		g := amLatinPlace.FindStringSubmatch(m)
		place := "au début"
		if strings.EqualFold(g[2], "fine") {
			place = "à la fin"
		}
		if g[1] == "In" {
			place = upperFirst(place)
		}
		return place
	})
}

// amEachOccAnchor is an anchor at each of its occurrences: "après chaque
// occurrence du mot", "avant chaque occurrence de la référence" (groups:
// the preposition, the article).
var amEachOccAnchor = mustRe(`(?i)\b(après|apres|avant)\s+chaque\s+occurrence\s+(du|de\s+la|des|de\s+l['’])\s*`)

// eachOccurrenceAnchor reads "après chaque occurrence du mot : « A »" as
// "après le mot : « A »", which inserts after every occurrence (it was
// refused).
func eachOccurrenceAnchor(s string) string {
	return amEachOccAnchor.ReplaceAllStringFunc(s, func(m string) string {
		g := amEachOccAnchor.FindStringSubmatch(m)
		art := map[string]string{"du": "le ", "des": "les ", "de la": "la "}[strings.ToLower(strings.Join(strings.Fields(g[2]), " "))]
		if art == "" {
			art = "l'"
		}
		return g[1] + " " + art
	})
}

// amCountedOccWords is occurrences counted before their words: "aux deux
// occurrences du mot : « A »", "les trois occurrences des mots : « A »"
// (groups: the determiner, the count, the genitive, the noun, the quoted
// words).
var amCountedOccWords = mustRe(`(?i)\b(aux|les)\s+(` + cardinalWords + `)\s+occurrences\s+(du|de\s+la|des|de\s+l['’])\s*(` + wordNounCased + `)\s*:\s*(«[^«»]*»|"[^"]*")`)

// countedOccurrences reads "substituer aux deux occurrences du mot : « A »
// le mot : « B »", "supprimer les deux occurrences du mot : « A »" as the
// words and their count, "au mot : « A » (deux fois)" — every occurrence,
// refused unless there are that many, as the bills' "les deux
// occurrences du mot : « A » sont remplacées" (it was refused). "Les deux
// premières occurrences" is another reading: left to amCountedOcc, which
// refuses it.
func countedOccurrences(head string) string {
	return amCountedOccWords.ReplaceAllStringFunc(head, func(m string) string {
		g := amCountedOccWords.FindStringSubmatch(m)
		gen := strings.ToLower(strings.Join(strings.Fields(g[3]), " "))
		var det string
		if strings.EqualFold(g[1], "aux") {
			det = map[string]string{"du": "au ", "de la": "à la ", "des": "aux "}[gen]
			if det == "" {
				det = "à l'"
			}
		} else {
			det = map[string]string{"du": "le ", "de la": "la ", "des": "les "}[gen]
			if det == "" {
				det = "l'"
			}
		}
		return det + g[4] + " : " + g[5] + " (" + strings.ToLower(g[2]) + " fois)"
	})
}

// amWordsCountTail is a rank or a count in parentheses after unquoted
// words, on their line: "(deuxième occurrence)", "(deux fois)", "(deux
// occurrences)" (group 1).
var amWordsCountTail = mustRe(`(?i)\s*(\(\s*(?:(?:la\s+)?(?:` + ordWordsAcc + `)\s+occurrence|(?:` + cardinalWords + `)\s+(?:fois|occurrences))\s*\))\s*$`)

// amRestInText is the remark "(le reste sans changement)" ("(sans
// modification)") anywhere in new text.
var amRestInText = mustRe(`(?i)\(\s*(?:le\s+reste\s+)?sans\s+(?:changement|modification)s?\s*\)`)

// amStatusLead is what may stand before the remark when it is a part's
// status ("I. – (Sans modification)", "« 2° bis (Sans changement)"): a
// label, or nothing.
var amStatusLead = mustRe(`^[\s«"“]*(?:(?:[IVX]+|[A-Z]|\d+\s*°|[a-z]{1,2}\))(?:\s+` + latinOrd + `)?\s*[.)]?\s*[-–—]?\s*)?$`)

// amRestRemark is the remark "(le reste sans changement)" alone on its
// line (also "sans modification").
var amRestRemark = mustRe(`(?i)^\s*\(\s*(?:le\s+reste\s+)?sans\s+(?:changement|modification)s?\s*\)\s*[.;]?\s*$`)

// amAnchorLast is an insertion whose anchor follows the new words:
// "insérer les mots : « B » après le mot : « A »" (groups: the place
// before, the verb, the new words, the anchor).
// amSubstNewFirst is "substituer" with the new words first: "substituer
// les mots : « B » aux mots : « A »", a place perhaps before them
// ("substituer, à l'alinéa 2, les mots : « B » aux mots : « A »")
// (groups: the verb, the place, the new words, the old words).
var amSubstNewFirst = mustRe(`\b([Ss]ubstituer)\s*,?\s*((?:(?:à|au|aux|dans)\s[^«"“,:]*?\s*,?\s*)?)((?:le|les|la|l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `)\s*,?\s*((?:aux?|à\s+la|à\s+l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `)`)

// amQuoted is words quoted « … », "…" or “…” (the new words first and
// the anchor last were read with « » only: with "…" the first words were
// taken for the old ones — TestGenAmOrdersAnyQuotes).
const amQuoted = `(?:«[^»]*»|"[^"]*"|“[^”]*”)`

var amAnchorLast = mustRe(`^((?:[^«"“]*?[,:]\s*)?)((?i:ins[ée]rer|ajouter))\s+((?:le|les|la|l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted + `)\s*,?\s*((?:après|avant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)` + wordNounCased + `\s*:\s*` + amQuoted + `)\s*\.?\s*$`)

// amAnchorRef is the anchor of a word operation: "après le mot : « A »",
// "avant la deuxième occurrence du mot : « A »".
var amAnchorRef = `(?:après|avant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)` + wordNounCased + `\s*:\s*` + amQuoted

// amWordsRef is words named with their noun: "les mots : « A »".
var amWordsRef = `(?:le|les|la|l['’])\s*` + wordNounCased + `\s*:\s*` + amQuoted

// amDeleteAnchorLast is a deletion whose anchor follows the words:
// "supprimer les mots : « B » après le mot : « A »" (groups: the place
// before, the verb, the words, the anchor).
var amDeleteAnchorLast = mustRe(`^((?:[^«"“]*?[,:]\s*)?)((?i:supprimer))\s+(` + amWordsRef + `)\s*,?\s*(` + amAnchorRef + `)\s*\.?\s*$`)

// amEndAnchorLast is an end deleted or rewritten whose anchor follows
// the end named: "supprimer la fin de l'alinéa 2 après les mots :
// « A »", "remplacer la fin de cet alinéa après la seconde occurrence du
// mot : « A » par …" (groups: the place before, the verb, the end named,
// the anchor, the rest).
var amEndAnchorLast = mustRe(`^((?:[^«"“]*?,\s*)?)((?i:supprimer|remplacer|substituer\s+à|r[ée]diger\s+ainsi))\s+(la\s+fin\s+(?:de|du|des)\b[^«"“:,]*?)\s*,?\s*((?:après|avant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)` + wordNounCased + `\s*:\s*` + amQuoted + `)\s*,?\s*(.*)$`)

// amRespectiveInsertion is new words inserted after (before) two or more
// anchors "respectivement": "après les mots : « A » et « B », insérer
// respectivement les mots : « C » et « D »", "… « A », « B » et « C » …"
// (groups: the preposition, the anchors' determiner and noun, the
// anchors, the verb, the new words' determiner and noun, the new words).
var amRespectiveInsertion = mustRe(`\b([Aa]près|[Aa]vant)\s+((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList + `\s*,\s*((?i:insérer|ajouter))\s*,?\s*respectivement\s*,?\s*((?:les|le|la|l['’])\s*` + wordNounCased + `\s*:?)\s*` + quotedList)

// respectiveAnchors reads new words inserted after two or more anchors
// "respectivement", "après les mots : « A » et « B », insérer
// respectivement les mots : « C » et « D »", as insertions joined by
// "et", "après les mots : « A », insérer les mots : « C » et, après les
// mots : « B », les mots : « D »" — C after A and D after B (it was
// refused; three or more were refused too); counts that differ are left
// as said (refused).
func respectiveAnchors(head string) string {
	return amRespectiveInsertion.ReplaceAllStringFunc(head, func(m string) string {
		g := amRespectiveInsertion.FindStringSubmatch(m)
		if out, ok := respectivePairs(g[1], g[2], g[3], g[4], g[5], g[6]); ok {
			return out
		}
		return m
	})
}

// amDetachedRank is an occurrence's rank said apart from the words it
// ranks: "remplacer le mot : « A » par le mot : « B » à la seconde
// occurrence", "…, à la deuxième occurrence, …", "après le mot : « A »
// (seconde occurrence)" (group 1: the rank). The rank written before the
// words' noun ("la seconde occurrence du mot") is not this one: the
// caller checks what follows.
var amDetachedRank = mustRe(`(?i)\s*(,)?\s*(?:\(\s*(?:(?:à|a)\s+)?(?:la\s+|sa\s+)?(` + ordWordsAcc + `)\s+occurrence\s*\)|(?:à|a|dans|pour)\s+(?:la|sa)\s+(` + ordWordsAcc + `)\s+occurrence\b)\s*(,)?`)

// amRankedGroup is the words an occurrence's rank may rank: the words
// replaced or deleted, right after the verb ("remplacer le mot :",
// "substituer aux mots :", "supprimer la référence :"), or the anchor of
// an insertion ("après le mot :") (groups: the verb or preposition, the
// determiner, the noun).
var amRankedGroup = mustRe(`(?i)\b(remplacer|supprimer|substituer|après|apres|avant)\s+(le|les|la|l['’]|au|aux|à\s+la|a\s+la|à\s+l['’]|a\s+l['’])\s*(` + wordNounCased + `)\s*:`)

// amRankFollows is what makes a rank the words' own ("la seconde
// occurrence du mot"): a genitive right after it.
var amRankFollows = mustRe(`(?i)^\s*(?:du|de\s+la|de\s+l['’]|des|d['’])`)

// detachedOccurrence reads an occurrence's rank said apart from the words
// it ranks — "À l'alinéa 1, remplacer le mot : « A » par le mot : « B » à
// la seconde occurrence", "substituer au mot : « A », à la deuxième
// occurrence, le mot : « B »", "après le mot : « A » (seconde
// occurrence), insérer …" — as the rank of those words: "remplacer la
// seconde occurrence du mot : « A » par …" (the rank was dropped, and
// every occurrence edited). The words are the only ones an instruction
// edits or inserts after; with two groups of such words, two ranks, or
// more than old and new words quoted, which is ranked is not said: false.
//
// A rank in the locator with the words it ranks, "À l'alinéa 1, à la
// deuxième occurrence du mot : « A », substituer au mot : « A » …", is
// the same when those words are the ones edited (locatorOccurrence).
func detachedOccurrence(head string) (string, bool) {
	head = locatorOccurrence(head)
	rank, n := "", 0
	segs := 0
	s := outsideQuotes(head, func(seg string) string {
		segs++
		first := segs > 1 // the segment right after a quotation
		for {
			m := amDetachedRank.FindStringSubmatchIndex(seg)
			for m != nil && amRankFollows.MatchString(seg[m[1]:]) && m[8] < 0 {
				// "la seconde occurrence du mot": the words' own.
				next := amDetachedRank.FindStringSubmatchIndex(seg[m[1]:])
				if next == nil {
					m = nil
					break
				}
				for i := range next {
					if next[i] >= 0 {
						next[i] += m[1]
					}
				}
				m = next
			}
			if m == nil {
				return seg
			}
			n++
			if m[4] >= 0 {
				rank = seg[m[4]:m[5]]
			} else {
				rank = seg[m[6]:m[7]]
			}
			before, after := strings.TrimRight(seg[:m[0]], " "), seg[m[1]:]
			// "À l'alinéa 1, à la deuxième occurrence, remplacer": the
			// locator keeps its comma; after a verb or a quotation the
			// rank's commas go with it.
			sep := " "
			if m[2] >= 0 && m[8] >= 0 && before != "" && !(first && m[0] == 0) && !amVerbEnd.MatchString(before) {
				sep = ", "
			}
			if before == "" && !first {
				sep = ""
			}
			seg = before + sep + strings.TrimLeft(after, " ")
			if strings.TrimSpace(after) == "" || strings.HasPrefix(strings.TrimSpace(after), ".") {
				seg = strings.TrimRight(before, " ") + strings.TrimLeft(after, " ")
			}
		}
	})
	if n == 0 {
		return head, true
	}
	if n > 1 {
		return "", false
	}
	if _, quotes := shape(s); len(quotes) > 2 {
		return "", false
	}
	groups := 0
	s = outsideQuotes(s, func(seg string) string {
		return amRankedGroup.ReplaceAllStringFunc(seg, func(g string) string {
			groups++
			m := amRankedGroup.FindStringSubmatch(g)
			det := strings.ToLower(strings.Join(strings.Fields(m[2]), " "))
			prep, gen := "", ""
			switch det {
			case "au":
				prep, gen = "à ", "du "
			case "aux":
				prep, gen = "à ", "des "
			case "à la", "a la":
				prep, gen = "à ", "de la "
			case "le":
				gen = "du "
			case "les":
				gen = "des "
			case "la":
				gen = "de la "
			default:
				if strings.HasPrefix(det, "à") || strings.HasPrefix(det, "a ") {
					prep = "à "
				}
				gen = "de l'"
			}
			return m[1] + " " + prep + "la " + rank + " occurrence " + gen + m[3] + " :"
		})
	})
	if groups != 1 {
		return "", false
	}
	return s, true
}

// amLocatorOccurrence is an occurrence's rank in a locator with the words
// it ranks: "à la deuxième occurrence du mot : « A »," (groups: the rank
// said alone, the quotation).
var amLocatorOccurrence = mustRe(`(?i)((?:à|a|dans)\s+la\s+(?:` + ordWordsAcc + `)\s+occurrence)\s+(?:du|de\s+la|des|de\s+l['’])\s*(?:` + wordNounCased + `)\s*:?\s*(«[^«»]*»)\s*,`)

// locatorOccurrence writes "à la deuxième occurrence du mot : « A »,
// substituer au mot : « A » …" as "à la deuxième occurrence, substituer
// au mot : « A » …" when the next quotation is the same words; other
// words are left as they are (the locator's occurrence refuses them).
func locatorOccurrence(head string) string {
	m := amLocatorOccurrence.FindStringSubmatchIndex(head)
	if m == nil {
		return head
	}
	next := quoteRe.FindStringIndex(head[m[1]:])
	if next == nil || quotedText(head[m[4]:m[5]]) != quotedText(head[m[1]+next[0]:m[1]+next[1]]) {
		return head
	}
	return head[:m[0]] + head[m[2]:m[3]] + "," + head[m[1]:]
}

// amVerbEnd is a verb of an instruction ending a text: "remplacer,".
var amVerbEnd = mustRe(`(?i)\b(?:` + amVerbsCased + `)\s*,?$`)

// amSignOld is a punctuation sign named in words as the words an
// instruction edits, right after its verb: "remplacer la virgule",
// "supprimer le point-virgule", "substituer au point" (groups: the verb
// and its preposition, the sign, what follows); amSignNew one named as
// the new words: "par un point", "le point-virgule" after "substituer
// au signe : « , »".
var (
	amSignOld = mustRe(`(?i)\b(remplacer|supprimer|substituer\s+(?:au|à\s+la))\s+(?:(?:le|la)\s+)?(point-virgule|point|virgule|deux-points)(\s+(?:par|un|une|le|la|les)\b|\s*[.,;]?\s*$)`)
	amSignNew = mustRe(`(?i)(\bpar|\bq\d+|»)\s+(?:un|une|le|la)\s+(point-virgule|point|virgule|deux-points)(\s*[.;]?\s*$|\s+et\b|\s*,)`)
)

// amBareVerb is an operation whose words follow it quoted without their
// noun: "remplacer « A » par « B »", "supprimer « A »", "après « A »,
// insérer « B »", "compléter l'alinéa 3 par « B »", "substituer à « A »
// (,) « B »" (group 1; group 2 the "à" that takes "aux mots").
var amBareVerb = mustRe(`(?i)\b(remplacer|supprimer|ins[ée]rer|ajouter|par|apr[èe]s|avant|substituer\s+(à))\s+$`)

// bareQuotedWords reads quoted text an operation names without its noun
// as words: "À l'alinéa 3, remplacer « A » par « B »" is "remplacer les
// mots : « A » par les mots : « B »" (it was refused). Unquoted, as the
// Sénat's layout without a noun ("Remplacer" / A / "par" / B), it stays
// refused: where the words end is not said.
func bareQuotedWords(head string) string {
	var b strings.Builder
	from, depth, straight := 0, 0, false
	substituted := false // after "substituer à « A »": « B » is the new words
	for i, r := range head {
		opens := depth == 0 && !straight && (r == '«' || r == '"' || r == '“')
		if opens {
			seg := head[from:i]
			m := amBareVerb.FindStringSubmatchIndex(seg)
			switch {
			case m != nil && m[4] >= 0:
				seg, substituted = seg[:m[4]]+"aux mots : ", true
			case m != nil:
				seg, substituted = seg[:m[3]]+" les mots : ", false
			case substituted && strings.Trim(seg, " ,") == "" && strings.Count(seg, ",") <= 1:
				// "substituer à « A », « B »": a comma between the two
				// quotations changes nothing (it was refused).
				seg, substituted = " les mots : ", false
			default:
				substituted = false
			}
			b.WriteString(seg)
			from = i
		}
		switch r {
		case '«', '“':
			depth++
		case '»', '”':
			depth--
		case '"':
			straight = !straight
		}
		if depth == 0 && !straight && !opens && (r == '»' || r == '”' || r == '"') {
			b.WriteString(head[from : i+len(string(r))])
			from = i + len(string(r))
		}
	}
	b.WriteString(head[from:])
	return b.String()
}

// namedSigns reads a punctuation sign named in words as the sign quoted:
// "remplacer la virgule par le mot : « et »" is "remplacer le signe : «
// , » par le mot : « et »", "… par un point" "… par le signe : « . »"
// (the first rewrote the alinéa as "et", the second was refused). The
// bills' "le point est remplacé par un point-virgule" is plainDrafting's.
func namedSigns(head string) string {
	m := amSignOld.FindStringSubmatchIndex(head)
	if m == nil {
		return head
	}
	verb := head[m[2]:m[3]]
	noun := "le signe"
	if low := strings.ToLower(verb); strings.HasPrefix(low, "substituer") {
		verb, noun = strings.Fields(verb)[0], "au signe"
	}
	out := head[:m[2]] + verb + " " + noun + " : « " + signOf[strings.ToLower(head[m[4]:m[5]])] + " »" + head[m[6]:]
	if n := amSignNew.FindStringSubmatchIndex(out); n != nil && n[0] > m[2] {
		out = out[:n[3]] + " le signe : « " + signOf[strings.ToLower(out[n[4]:n[5]])] + " »" + out[n[6]:]
	}
	return out
}

// amParagraphLabel is a part of the bill article named with its noun:
// "le paragraphe II", "au paragraphe III bis", "les paragraphes II et
// III".
var amParagraphLabel = mustRe(`(?i)\b(le|du|au|dans\s+le|les|des|aux|dans\s+les)\s+paragraphes?\s+([IVX]+(?:\s+` + latinOrd + `)?)\b`)

// amRestoreOne is "Rétablir un II", "Rétablir un 2° bis", "rétablir un
// b)": the division deleted, named by its label.
var amRestoreOne = mustRe(`(?i)\b(r[ée]tablir\s+)une?\s+((?:paragraphe\s+)?(?:[IVX]+|\d+°|[a-z]\))(?:\s+` + latinOrd + `)?(?:\s|$))`)

// namedParagraphs reads a part named with its noun as the part: "le
// paragraphe II" is "le II", as the bills print "II. –" (the whole
// article was rewritten by "Rétablir le paragraphe II", and "Supprimer
// le paragraphe II" was refused); and "Rétablir un II ainsi rédigé" is
// "Rétablir le II": what is restored is the division deleted, which the
// article keeps as "II. – (Supprimé)". Quoted words are never touched.
func namedParagraphs(head string) string {
	return outsideQuotes(head, func(s string) string {
		s = amRestoreOne.ReplaceAllString(s, "${1}le $2")
		return amParagraphLabel.ReplaceAllString(s, "$1 $2")
	})
}

// numberedAlineas reads an alinéa of the bill article named by its rank
// as its number, which is how amendments count it: "Après le deuxième
// alinéa", "Supprimer le 9ème alinéa" are "après l'alinéa 2", "l'alinéa
// 9". A rank followed by the division it counts in ("du I", "de cet
// article" excepted) is left as it is; "dernier" and "avant-dernier"
// too. Quoted words are never touched.
func numberedAlineas(head string) string {
	if sh, _ := shape(head); hasItemLoc(sh) {
		// "Au II, supprimer le second alinéa": the rank counts in the II.
		return head
	}
	return outsideQuotes(head, numberedAlineasSeg)
}

// amAlineaPremier is "l'alinéa premier", the older order of "le premier
// alinéa" (group 1 what precedes, 2 the preposition, 3 the article's l).
var amAlineaPremier = mustRe(`(^|[^\pL])((?:[àÀ]|[aA]|[dD]e|[dD]ans)\s+)?([lL])['’]alinéa\s+premier\b`)

// alineaPremier writes "à l'alinéa premier" as "au premier alinéa" (the
// bills read it; an amendment's was refused).
func alineaPremier(s string) string {
	return amAlineaPremier.ReplaceAllStringFunc(s, func(m string) string {
		g := amAlineaPremier.FindStringSubmatch(m)
		prep := strings.ToLower(strings.TrimSpace(g[2]))
		upper := g[2] != "" && strings.ToUpper(g[2][:1]) == g[2][:1] || g[2] == "" && g[3] == "L"
		var out string
		switch prep {
		case "à", "a":
			out = "au premier alinéa"
		case "de":
			out = "du premier alinéa"
		case "dans":
			out = "dans le premier alinéa"
		default:
			out = "le premier alinéa"
		}
		if upper {
			out = upperFirst(out)
		}
		return g[1] + out
	})
}

// amAlineaWords writes an amendment head's words for an alinéa as one
// form: "al." "alinéa" (alineaAbbrev), "l'alinéa premier" "le premier
// alinéa" (alineaPremier).
func amAlineaWords(s string) string {
	return amAlineaPremierLine.ReplaceAllString(alineaPremier(alineaAbbrev(s)), "${1}Alinéa 1er")
}

// amFromCounting is a span's bound "à compter du mot :" ("des mots", "de
// la référence"), the words included: as "à partir du mot :" (group 1
// what precedes "à", 2 the article and noun). "Supprimer la fin de
// l'alinéa 3 à compter du mot : « A »" deleted A alone — the bound was
// not read (TestAmLeft4FromCountingWords).
var amFromCounting = mustRe(`(^|[\s,])[àÀ]\s+compter\s+((?:du|des|de\s+la|de\s+l['’])\s*` + wordNounCased + `\s*(?::|$))`)

// amHeadWords writes a head's words outside quotations as the parser
// reads them: an alinéa's (amAlineaWords), a span's bound "à compter du
// mot" (amFromCounting).
func amHeadWords(s string) string {
	return amFromCounting.ReplaceAllString(amAlineaWords(s), "${1}à partir ${2}")
}

// amAlineaPremierLine is the Sénat's locator line "Alinéa premier" (after
// a part's number, "I. – Alinéa premier"), its "Alinéa 1er": group 1 what
// precedes.
var amAlineaPremierLine = mustRe(`^((?:[IVX]+\s*\.\s*[-–—―]\s*)?)Alinéa\s+premier\s*$`)

func numberedAlineasSeg(s string) string {
	s = rankedAlineas(rankWords(s))
	// "Aux deuxième à quatrième alinéas" are "aux alinéas 2 à 4" (a
	// range by ranks was refused), unless the ranks count in a division
	// named after them.
	for _, m := range slices.Backward(amOrdRange.FindAllStringSubmatchIndex(s, -1)) {
		from, to := ordValue[asciiLower(foldAccents(s[m[4]:m[5]]))], ordValue[asciiLower(foldAccents(s[m[6]:m[7]]))]
		if from > 0 && to > from && !amOrdFollow.MatchString(s[m[1]:]) {
			s = s[:m[0]] + s[m[2]:m[3]] + " alinéas " + strconv.Itoa(from) + " à " + strconv.Itoa(to) + s[m[1]:]
		}
	}
	var b strings.Builder
	for {
		m := amOrdAlinea.FindStringSubmatchIndex(s)
		if m == nil {
			b.WriteString(s)
			return b.String()
		}
		n := 0
		if m[4] >= 0 {
			n = ordValue[asciiLower(foldAccents(s[m[4]:m[5]]))]
		} else {
			n, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		rest := s[m[1]:]
		ofArticle := strings.HasPrefix(strings.TrimSpace(asciiLower(foldAccents(rest))), "de cet article")
		if n <= 0 || amOrdFollow.MatchString(rest) && !ofArticle {
			b.WriteString(s[:m[1]])
			s = rest
			continue
		}
		b.WriteString(s[:m[0]])
		art := asciiLower(s[m[2]:m[3]])
		switch {
		case art == "au":
			b.WriteString(upperIf(s[m[2]:m[3]], "à") + " l'alinéa " + strconv.Itoa(n))
		case art == "du":
			b.WriteString(upperIf(s[m[2]:m[3]], "de") + " l'alinéa " + strconv.Itoa(n))
		case art == "le":
			b.WriteString(upperIf(s[m[2]:m[3]], "l'") + "alinéa " + strconv.Itoa(n))
		default:
			b.WriteString(upperIf(s[m[2]:m[3]], "dans") + " l'alinéa " + strconv.Itoa(n))
		}
		s = rest
	}
}

// upperIf is w with a capital when like begins with one.
func upperIf(like, w string) string {
	if r, _ := utf8.DecodeRuneInString(like); unicode.IsUpper(r) {
		return upperFirst(w)
	}
	return w
}

// amVerbFirstAnchor is an insertion, a deletion or a replacement whose
// anchor words come after the verb, between commas or not ("insérer
// après le mot : « A » les mots : « B »", "supprimer, après le mot :
// « A », les mots : « B »", "remplacer, avant le mot : « A », le mot :
// « B » par …"): group 1 what goes before the verb (a locator, "Alinéa
// 2 :"), 2 the verb, 3 the anchor, 4 the words.
var amVerbFirstAnchor = mustRe(`^((?:[^«"“]*?[,:]\s*)?)((?i:ins[ée]rer|ajouter|supprimer|remplacer|substituer))\s*,?\s*((?:[Aa]près|[Aa]vant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)(?:mots?|r[ée]f[ée]rences?|chiffres?|nombres?|dates?|ann[ée]es?|signes?)\s*:?\s*` + amQuoted + `)\s*,?\s*((?:(?:les?|la|l['’]|une?)\s|aux?\s+` + wordNounCased + `\b).+)$`)

// anchorFirst reads an anchor after the verb (amVerbFirstAnchor) as put
// before it: "À l'alinéa 1, supprimer, après le mot : « A », les mots :
// « B »" as "À l'alinéa 1, après le mot : « A », supprimer les mots :
// « B »". Called on each line's head, and again on the head the Sénat's
// lines make whole.
func anchorFirst(head string) string {
	if m := amVerbFirstAnchor.FindStringSubmatch(head); m != nil {
		return m[1] + lowerFirstIf(m[1], m[3]) + ", " + lowerFirst(m[2]) + " " + m[4]
	}
	return head
}

// lowerFirstIf is s with its first letter lowered when something (prefix)
// comes before it.
func lowerFirstIf(prefix, s string) string {
	if prefix == "" {
		return upperFirst(s)
	}
	return lowerFirst(s)
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

var amOwnLocator = mustRe(`(?i)\b(?:alin[ée]as?|phrases?|cet article|du [IVX]+\b|au [IVX]+\b)`)

// amThisDivision is the division a locator line names, pointed at:
// "cet alinéa", "cette phrase", "ces alinéas", "ces trois alinéas", "ces
// deux phrases".
var amThisDivision = mustRe(`(?i)\b(?:cet\s+alin[ée]a|cette\s+phrase|ces\s+(?:(?:` + cardinalWords + `|\d+)\s+)?(?:alin[ée]as|phrases))\b`)

// countAgrees reports whether the count a head gives the alinéas the
// locator line names ("ces trois alinéas") is theirs: "Alinéas 2 à 4" /
// "Supprimer ces deux alinéas" says two things, and the head is left
// without its place (refused).
//
// The number of the pointer agrees too: "cet alinéa" is one of them,
// "ces alinéas" several, "cette phrase" one sentence the line names, "ces
// phrases" sentences it names ("Alinéas 2 et 3" / "Rédiger ainsi cet
// alinéa :" rewrote both as one; "Alinéas 2 à 3" / "Supprimer cette
// phrase" deleted both alinéas whole).
func countAgrees(loc, head string) bool {
	if loc == "" {
		return true
	}
	h := asciiLower(foldAccents(head))
	nums := amDigits.FindAllString(loc, -1)
	n := len(nums)
	if strings.Contains(loc, " à ") && n == 2 {
		first, _ := strconv.Atoi(nums[0])
		last, _ := strconv.Atoi(nums[1])
		n = last - first + 1
	}
	if m := amThisCount.FindStringSubmatch(h); m != nil {
		return cardinal(m[1]) == n
	}
	sentences := strings.Contains(asciiLower(foldAccents(loc)), "phrase")
	switch m := amThisNumber.FindStringSubmatch(h); {
	case m == nil:
		return true
	case m[1] == "cet alinea":
		return n == 1
	case m[1] == "ces alineas":
		return n > 1
	case m[1] == "cette phrase":
		return n == 1 && sentences && !strings.Contains(asciiLower(foldAccents(loc)), "phrases")
	}
	return sentences
}

// amThisNumber is the division a head points at, folded, without a
// count: "cet alinéa", "ces alinéas", "cette phrase", "ces phrases".
var amThisNumber = mustRe(`\b(cet\s+alinea|ces\s+alineas|cette\s+phrase|ces\s+phrases)\b`)

// amAndDivision is a division joined after words by "et": "… et la
// dernière phrase", "… et l'alinéa 3", folded.
var amAndDivision = mustRe(`\bet\s+(?:la|les|le|l')\s*(?:[a-z-]+\s+)*?(?:phrases?|alineas?)\b`)

// amDivisionAnd is a division named, then joined to the words' noun
// ("la seconde phrase et les mots :", "l'alinéa 3 ainsi que le mot :",
// "le II et les mots :", ", à la seconde phrase de l'alinéa 2, les mots
// :"), folded.
var amDivisionAnd = mustRe(`(?:\b(?:phrases?|alineas?|paragraphes?|articles?)\b|\b(?:le|les|du|des|au|aux)\s+[ivx]+\b|\d+\s*°|\b[a-z]\)).*(?:\b(?:et|ainsi\s+que)\s+|,\s*)(?:la|les|le|l'|au|aux|a\s+la|a\s+l')\s*[a-z]+\s*:\s*$`)

// amNounWord is a noun that names words ("mot", "référence", …), folded.
var amNounWord = mustRe(`\b` + wordNoun)

// amCountedOcc is occurrences counted after a determiner ("aux deux
// occurrences", "les deux dernières occurrences"), folded; "(deux
// occurrences)" is a count amTimes reads.
var amCountedOcc = mustRe(`\b(?:les|aux|des)\s+(?:` + cardinalWords + `)\s+(?:(?:premieres|dernieres)\s+)?occurrences\b`)

// amParLine is the line that introduces the Sénat's new words: "par le
// délai :", "par les mots :".
var amParLine = mustRe(`(?i)^\s*par\s+(?:les?|la|l['’])\s*[\p{L}-]+(?:\s+[\p{L}-]+)?\s*:\s*$`)

// amThisCount is the count of "ces trois alinéas", folded; amDigits a
// number.
var (
	// amThisAlineas is an alinéa pointed at ("cet alinéa", "ces
	// alinéas"), folded.
	amThisAlineas = mustRe(`\b(?:cet\s+alinea|ces\s+(?:(?:` + cardinalWords + `|\d+)\s+)?alineas)\b`)
	amThisCount   = mustRe(`\bces\s+(` + cardinalWords + `|\d+)\s+alineas\b`)
	amDigits      = mustRe(`\d+`)
)

func hasOwnLocator(h string) bool {
	// "Supprimer cet alinéa" refers to the locator; "Après l'alinéa 3, …" has its own.
	if amThisDivision.MatchString(h) {
		return false
	}
	// "… insérer une phrase ainsi rédigée", "… l'alinéa suivant": the new
	// text announced, not a place.
	return amOwnLocator.MatchString(amNewText.ReplaceAllString(h, ""))
}

// amNewText is new text announced by its kind: "une phrase ainsi rédigée",
// "les deux alinéas suivants", "un alinéa ainsi rédigé".
var amNewText = mustRe(`(?i)\b(?:une?|` + cardinalWords + `|la|les|l['’])\s*(?:(?:` + cardinalWords + `)\s+)?(?:nouve(?:lle|au|lles|aux)\s+)?(?:phrases?|alin[ée]as?)\s+(?:ainsi\s+r[ée]dig[ée]e?s?|suivante?s?)\b`)

// The grammar, on the head folded to ASCII lower case with quoted passages
// replaced by q0, q1, … (see shape).
var (
	amVerb  = mustRe(`\b(supprimer|rediger|remplacer|substituer|inserer|completer|retablir|ajouter|proceder)\b`)
	amNumAl = mustRe(`\balineas?\s+(\d+)(?:er\b)?((?:\s*,\s*(?:` + ordWords + `)\s+phrase\b)?(?:\s*(?:,\s*et|,|et|a)\s*\d+(?:er\b)?(?:\s*,\s*(?:` + ordWords + `)\s+phrase\b)?)*)`)
	// amNumAlItem is a number of amNumAl's list after the first, with
	// what joins it ("a": a range); amNumAlTail a number the list
	// cannot read after it ("ainsi que 5").
	amNumAlItem = mustRe(`(,\s*et|,|et|a)\s*(\d+)`)
	amNumAlTail = mustRe(`^\s*(?:,\s*et|,|et|ou|ainsi\s+que|a)?\s*\d`)
	// amFollowing is "et suivants", amExcept a place taken out ("sauf",
	// "à l'exception de"), folded.
	amFollowing = mustRe(`\bet\s+(?:les\s+)?suivante?s\b`)
	amExcept    = mustRe(`\b(?:sauf|hormis|excepte|a\s+l'exception\s+d)`)
	// amSpanBound is a span of divisions: "à partir de la deuxième
	// phrase", "jusqu'à l'alinéa 4", folded.
	amSpanBound = mustRe(`\b(?:a\s+partir|jusqu'?)\s*(?:de\s+la|du|des|de\s+l'|au|aux|a\s+la|a\s+l')\s*(?:(?:` + ordWords + `)\s+(?:phrases?|alineas?)|alineas?\s+\d+)\b`)
	// amNumSent is one alinéa of a list, with its sentence if it has one:
	// "24, seconde phrase" in "Alinéas 24, seconde phrase, 37 et 38".
	amNumSent          = mustRe(`(\d+)(?:\s*,\s*(` + ordWords + `)\s+phrase\b)?`)
	amAnchor           = mustRe(`(apres|avant)\s+` + wordTarget + `q(\d+)`)
	amAfterDash        = mustRe(`(apres|avant)\s+le\s+(` + ordWords + `)\s+tiret\s+de\s+l'alinea\s+(\d+)\b`)
	amAfterAl          = mustRe(`(apres|avant)\s+(?:(?:l'alinea|le\s+meme\s+alinea)\s+(\d+)|(?:la\s+)?(` + ordWords + `)\s+phrase)`)
	amWholeArticle     = mustRe(`(?i)^(?:r[ée]diger\s+(?:ainsi|comme\s+suit)\s+cet\s+article|r[ée]tablir\s+cet\s+article)\b`)
	amConsequence      = mustRe(`(?i)^(?:(?:[IVX]+|\d+°|[a-z]\))\s*[.)]?\s*[-–—―]?\s*)?en\s+cons[ée]quence\b`)
	amSameAl           = mustRe(`\b(?:au|dans\s+le|du|a\s+ce)\s+meme\s+alinea\b`)
	amAfterSame        = mustRe(`(apres|avant)\s+le\s+meme\s+alinea\b`)
	amPlaceAfterObject = mustRe(`(?i)^(ins[ée]rer|ajouter)\s+((?:un|une|` + cardinalWords + `|l'|les)\s*[^:«"]*?(?:ainsi\s+r[ée]dig[ée]e?s?|suivante?s?))\s+((?:apr[èe]s|avant)\s+[^:«",]+?)\s*:`)
	amMoreWords        = mustRe(`^\s*(?:,|et)\s*q(\d+)`)
	amWords            = mustRe(`(?:` + occurrence + `|(?:les|le|la|l'|des|du|aux?|a\s+la|a\s+l')\s*)` + wordNoun + `q(\d+)`)
	amCount            = mustRe(`\b(?:un|une|des|` + cardinalWords + `|\d+|l'|les|le|la)\s*(?:\S+\s+)?(alineas?|paragraphes?|phrases?|` + amItemListLow + `|\d+\s*°\s*` + latinOrd + `?(?:\s+[a-z]{1,2})?|[ivx]+(?:\s+` + latinOrd + `)?(?:\s+[a-z]{1,2})?|(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?)\s+(?:ainsi\s+rediges?e?s?|suivante?s?)\b`)
	amAfterThis        = mustRe(`\b(apres|avant)\s+(cet\s+alinea|ces\s+alineas)\b`)
	// amAfterRank is an alinéa named by its rank as the place of new
	// alinéas: "Après le dernier alinéa", "Avant le premier alinéa du II".
	amAfterRank = mustRe(`^\s*(apres|avant)\s+(?:le|l')\s*(?:` + ordWords + `)\s+alinea\b`)
	// amItemThenAfter is an item, then the place after (before) which
	// new alinéas go inside it: "au ii, apres le 1°", "au i, avant le
	// premier alinea" (groups: the preposition, the item, "apres" or
	// "avant", the place).
	amItemThenAfter = mustRe(`^\s*(au|dans\s+le)\s+((?:[ivxl]+|\d+°|[a-z]\)?)(?:\s+` + latinOrd + `)?(?:\s+du\s+(?:[ivxl]+|\d+°|[a-z]\)?)(?:\s+` + latinOrd + `)?)*)\s*,\s*(apres|avant)\s+le\s+((?:[ivxl]+|\d+°|[a-z]\)?)(?:\s+` + latinOrd + `)?|(?:` + ordWords + `)\s+alinea)\s*,?\s*$`)
	amAfterItem     = mustRe(`^\s*(apres|avant)\s+le\s+(?:(?:[ivx]+|\d+°|(?:[a-z]|` + doubledLetter + `)\))(?:\s|,|$)|(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?(?:\s+d(?:u|es?)\s|\s*,))`)
	amAnyRank       = mustRe(`\b((?:` + ordWords + `)|[a-z-]+ieme|[a-z-]+iere|premier|second|seconde|dernier|derniere|\d+(?:e|eme|er|re|nd|nde))\s+(?:alineas?|phrases?)\b`)
	// amThisArt is the article amended: "cet article", "l'article
	// unique", "l'article" with nothing after it ("Supprimer l'article.",
	// "Rédiger ainsi l'article :").
	amThisArt = mustRe(`\bcet\s+article\b|\bl'article\s+unique\b|\bl'article\s*$`)
	// amTimes is the count a replacement says: "remplacer (deux fois) le
	// mot", "…, par deux fois, …".
	amTimes    = mustRe(`(?:^|[\s,(])(?:par\s+)?(` + cardinalWords + `)\s+fois\b`)
	amSameOp   = mustRe(`^proceder\s+(?:a\s+la|au)\s+meme\s+(substitution|remplacement|suppression|insertion|ajout|modification)\b`)
	amEndOf    = mustRe(`\bla\s+fin\s*(?:(?:de|du|des)\b|:|$)`)
	amStartOf  = mustRe(`\ble\s+debut\s*(?:(?:de|du|des)\b|:|$)`)
	amItemLoc  = mustRe(`\b(?:[Ll]e|[Aa]u|[Dd]u|[Ll]es|[Aa]ux|[Dd]es)\s+(\d+°(?:\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|[IVX]+(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|(?:[a-z]|` + doubledLetter + `)\)|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?|(?:[a-z]|` + doubledLetter + `)(?:\s+` + latinOrd + `)?)(?:\s|,|\.|$)`)
	amOrdAl    = mustRe(`\b(` + ordWords + `)\s+alinea\b`)
	amSentence = mustRe(`\b(` + ordWords + `)\s+phrase\b`)
)

// amSameAlObject is the alinéa (sentence) of the instruction before named
// after the verb, folded: "supprimer la dernière phrase du même alinéa",
// "compléter le même alinéa", "compléter la même phrase".
var amSameAlObject = mustRe(`\b(?:le|du|au|ce)\s+meme\s+alinea\b|\b(?:la|cette)\s+meme\s+phrase\b`)

// amRelativeAl is an alinéa named from another, folded: "à l'alinéa
// suivant", "de l'alinéa précédent", "aux alinéas suivants".
var amRelativeAl = mustRe(`(?:\ba\s+l'|\bde\s+l'|\bdans\s+l'|\baux\s+|\bdes\s+)alineas?\s+(?:suivants?|precedents?)\b`)

// onEachScope is the operations ops made again on each place the rest
// of a "procéder à la même …" instruction names (rest folded, restCased
// as written).
func onEachScope(ref CodeRef, ops []Edit, rest, restCased string) ([]Edit, bool) {
	scopes, ok := amScope(ref, rest, restCased)
	if !ok {
		return nil, false
	}
	var es []Edit
	for _, s := range scopes {
		for _, e := range ops {
			e.Scope = s
			es = append(es, e)
		}
	}
	return es, true
}

// amSameOps is amSameOp in the plural, "procéder aux mêmes substitutions"
// (group 1: the noun in the singular).
var amSameOps = mustRe(`^proceder\s+aux\s+memes\s+(substitution|remplacement|suppression|insertion|ajout|modification)s\b`)

// sameOperation reports whether two edits are one operation, on their
// places or others.
func sameOperation(e, l Edit) bool {
	return e.Kind == l.Kind && e.Old == l.Old && e.New == l.New && e.Anchor == l.Anchor && e.Before == l.Before && e.Times == l.Times && slices.Equal(e.Occurrences, l.Occurrences) && slices.Equal(e.Lines, l.Lines)
}

// sameOpKinds are the operations "procéder à la même substitution" (…)
// may repeat, by the noun that names them; "la même modification" names
// any.
var sameOpKinds = map[string][]EditKind{
	"substitution": {EditReplaceWords},
	"remplacement": {EditReplaceWords},
	"suppression":  {EditDeleteWords, EditDelete},
	"insertion":    {EditInsertWords, EditAppendWords, EditInsertSentences, EditInsertAlineas, EditAppendAlineas},
	"ajout":        {EditInsertWords, EditAppendWords, EditInsertSentences, EditInsertAlineas, EditAppendAlineas},
}

// amDashBefore is a dash of an alinéa named before it, folded: "au
// deuxième tiret de l'alinéa 3" (groups: the rank, the number);
// amDashAfter after it, "alinéa 3, deuxième tiret", "à l'alinéa 3, au
// dernier tiret" (group 1: the rank; the match starts at the comma).
var (
	amDashBefore = mustRe(`\b(?:(?:au|le)\s+)?(` + ordWords + `)\s+tiret\s+de\s+l'alinea\s+(\d+)\b`)
	amDashAfter  = mustRe(`\balinea\s+\d+(\s*,\s*(?:(?:au|le)\s+)?(` + ordWords + `)\s+tiret)\b`)
)

// amDashOfAlinea reads a dash of an alinéa named by its number — "Alinéa
// 3, deuxième tiret", "Au dernier tiret de l'alinéa 3", "À l'alinéa 3, au
// deuxième tiret": the alinéa then Division{Dash}, which renumberAsTabled
// makes the dash of that rank in the list the alinéa introduces (it ends
// with a colon, the dashes on their lines after it). dash is false when
// low names no such dash; ok false when it does but the rest is not one
// alinéa by number (refused).
func amDashOfAlinea(ref CodeRef, low, cased string) (sc []Scope, ok, dash bool) {
	pad := func(s string, a, b int, with string) string {
		return s[:a] + with + strings.Repeat(" ", b-a-len(with)) + s[b:]
	}
	rank := 0
	switch {
	case amDashBefore.MatchString(low):
		m := amDashBefore.FindStringSubmatchIndex(low)
		rank = ordValue[low[m[2]:m[3]]]
		with := "a l'alinea " + low[m[4]:m[5]]
		low, cased = pad(low, m[0], m[1], with), pad(cased, m[0], m[1], with)
	case amDashAfter.MatchString(low):
		m := amDashAfter.FindStringSubmatchIndex(low)
		rank = ordValue[low[m[4]:m[5]]]
		low, cased = pad(low, m[2], m[3], ""), pad(cased, m[2], m[3], "")
	default:
		return nil, false, false
	}
	if rank == 0 || strings.Contains(low, "tiret") || amThisNumber.MatchString(low) {
		// "Alinéa 1, deuxième tiret" / "Supprimer cet alinéa": the
		// alinéa 1, or the dash (an alinéa the Sénat numbers)? Not
		// said.
		return nil, false, true
	}
	sc, ok = amScope(ref, low, cased)
	if !ok || len(sc) != 1 || len(sc[0].Path) != 1 || !sc[0].Path[0].Numbered || sc[0].Path[0].Count > 1 || sc[0].Sentence != 0 || len(sc[0].Within) > 0 {
		return nil, false, true
	}
	sc[0].Path = append(sc[0].Path, Division{Alinea: rank, Dash: true})
	return sc, true, true
}

// amScope reads the locator words of an instruction (low: folded, lower
// case; cased: the same with case kept) into scopes of ref. numbered is
// true when alinéas are designated by number ("alinéa 6": the bill
// article's own numbering, all alinéas counted).
func amScope(ref CodeRef, low, cased string) ([]Scope, bool) {
	if amAlineaNotRead.MatchString(low) {
		// "À l'alinéa premier", "à l'alinéa II", "à l'alinéa n° 2",
		// "à l'alinéa 2 bis", "au sous-alinéa 2", "à la phrase 2 de
		// l'alinéa 1", "au dernier membre de phrase", "à la première
		// partie de l'alinéa 1": an alinéa or a sentence named in a form
		// not read — the whole article (or alinéa) was edited. Refused.
		return nil, false
	}
	if l, c, ok := itemThenInnerOf(low, cased); ok {
		// "Au I, à la dernière phrase du premier alinéa", "Au II, au
		// second alinéa": the inner place of that item, read as "à la
		// dernière phrase du premier alinéa du I" (the item was read
		// inside the alinéa: refused).
		return amScope(ref, l, c)
	}
	if sc, ok, dash := amDashOfAlinea(ref, low, cased); dash {
		return sc, ok
	}
	if m := amPartNotRead.FindStringSubmatchIndex(low); m != nil && (m[2] < 0 || !strings.Contains(low, "alinea")) {
		// "Supprimer l'intitulé de cet article", "Compléter le tableau
		// de cet article par …", "À la deuxième ligne du tableau de
		// l'alinéa 7, …": a
		// part of the text no division reads — the whole article (or
		// alinéa) was deleted, completed or edited. Refused.
		return nil, false
	}
	if amFollowing.MatchString(low) {
		// "Aux alinéas 4 et suivants", "Aux 2° et suivants": how far is
		// not said (only the first was edited). Refused.
		return nil, false
	}
	if m := amItemRange.FindStringSubmatchIndex(cased); m != nil {
		// "Supprimer les 2° à 4°", "Aux a) à c) du 1°", "du I au III":
		// each item of the range, and those the text numbers after one
		// with a Latin adverb (a 2° bis: Division.GoesOn), as the bills'
		// "les 2° à 4°" are read (it was refused). Bounds of two kinds,
		// bounds with their own adverb or capitals ("les 2° bis à 4°"),
		// or out of order: refused.
		g := 2
		if m[2] < 0 {
			g = 4
		}
		from, to := strings.TrimSuffix(cased[m[g]:m[g+1]], ")"), strings.TrimSuffix(cased[m[6]:m[7]], ")")
		k := casedKind(from)
		a, b := casedRank(from), casedRank(to)
		if len(strings.Fields(from)) != 1 || len(strings.Fields(to)) != 1 || k == "" || casedKind(to) != k || a == 0 || b <= a {
			return nil, false
		}
		det := map[string]string{"les": "le", "aux": "au", "des": "du", "du": "du"}[asciiLower(cased[m[0]:m[0]+3])]
		span := m[7] - m[0]
		var out []Scope
		for r := a; r <= b; r++ {
			it := labelOfRank(r, k, from)
			if k == "roman" && from == strings.ToLower(from) {
				it = strings.ToLower(it)
			}
			one := det + " " + it
			if len(one) > span {
				return nil, false
			}
			pad := one + strings.Repeat(" ", span-len(one))
			sc, ok := amScope(ref, low[:m[0]]+asciiLower(pad)+low[m[7]:], cased[:m[0]]+pad+cased[m[7]:])
			if !ok {
				return nil, false
			}
			for i := range sc {
				n := len(sc[i].Path)
				if n == 0 || sc[i].Path[n-1].Item != itemName(it) {
					return nil, false
				}
				sc[i].Path[n-1].GoesOn = r < b
			}
			out = append(out, sc...)
		}
		return out, true
	}
	if m := amItemList.FindStringSubmatchIndex(cased); m != nil && !prepositionLast(cased[m[4]:m[5]], cased[m[5]:]) {
		// "Supprimer les a) et b) du 1°", "Au 1° et au 2° du I, …": each
		// item of the list with the divisions around it (only the first
		// was read).
		// Each item after the first takes the first's determiner or none:
		// "du I et le II" is two designations, not a list ("le premier
		// alinéa du I et le II": not read).
		det := strings.ToLower(cased[m[2]:m[3]])
		for _, d := range amItemSep.FindAllStringSubmatch(cased[m[4]:m[5]], -1) {
			if d[1] != "" && (d[1] != det) {
				return nil, false
			}
		}
		m = m[2:]
		items := amItemSep.Split(cased[m[2]:m[3]], -1)
		kind := func(it string) string {
			if f := strings.Fields(it); len(f) > 0 {
				return itemKind(strings.TrimSuffix(f[0], ")"))
			}
			return ""
		}
		var out []Scope
		for _, it := range items {
			if kind(it) == "" || kind(it) != kind(items[0]) {
				return nil, false // "le 2° et le a": no list; not read
			}
			pad := it + strings.Repeat(" ", m[3]-m[2]-len(it))
			sc, ok := amScope(ref, low[:m[2]]+asciiLower(pad)+low[m[3]:], cased[:m[2]]+pad+cased[m[3]:])
			if !ok {
				return nil, false
			}
			out = append(out, sc...)
		}
		return out, true
	}
	var paths [][]Division
	// within is the division named beside alinéas designated by number
	// ("Au 2° de l'alinéa 3"), which must hold them.
	var within []Division
	// own holds, by path, the sentence a list gives one of its alinéas
	// ("Alinéas 24, seconde phrase, 37 et 38": the second sentence of 24,
	// the whole of 37 and 38).
	var own map[int]int
	// pathWhere holds, by path, "end" or "start" when the place is said
	// of that designation only: "à la fin des alinéas 5 et 6 et à
	// l'alinéa 7" — the end of 5 and 6, anywhere in 7.
	var pathWhere map[int]string
	// eachSentence holds, by path, an alinéa of a list a sentence named
	// after the last may or may not be said of ("Alinéas 1 et 6, dernière
	// phrase": the 1).
	var eachSentence map[int]bool
	// "à la fin des alinéas 5 et 6 et à l'alinéa 7": every designation.
	if ms := amNumAl.FindAllStringSubmatchIndex(low, -1); ms != nil {
		if besideNumbered(low, cased) {
			return nil, false
		}
		within = itemsNamed(cased)
		pathWhere = map[int]string{}
		// "Supprimer la seconde phrase de l'alinéa 2 et l'alinéa 3": a
		// sentence named just before one designation of several is that
		// designation's (it was each one's); a sentence named elsewhere
		// as well, or several, is not read.
		var attach map[int]int
		if len(ms) > 1 {
			for j, mi := range ms {
				if sm := amSentBefore.FindStringSubmatch(low[:mi[0]]); sm != nil {
					if attach == nil {
						attach = map[int]int{}
					}
					attach[j] = ordValue[sm[1]]
				}
			}
			if attach != nil && (len(attach) != len(amSentence.FindAllString(low, -1)) || strings.Contains(low, "phrases")) {
				return nil, false
			}
			if attach != nil && own == nil {
				own = map[int]int{}
			}
		}
		for j, mi := range ms {
			m := make([]string, len(mi)/2)
			for k := range m {
				if mi[2*k] >= 0 {
					m[k] = low[mi[2*k]:mi[2*k+1]]
				}
			}
			w := ""
			switch {
			case amEndBefore.MatchString(low[:mi[0]]):
				w = "end"
			case amStartBefore.MatchString(low[:mi[0]]):
				w = "start"
			}
			if amNumAlTail.MatchString(low[mi[1]:]) {
				// "Aux alinéas 2 ainsi que 5": a number left after the
				// list, which stopped before it. Refused.
				return nil, false
			}
			from := len(paths)
			mark := func() {
				for k := from; k < len(paths); k++ {
					pathWhere[k] = w
					if _, set := own[k]; attach != nil && !set {
						own[k] = attach[j]
					}
				}
			}
			first, _ := strconv.Atoi(m[1])
			if strings.Contains(m[2], "phrase") {
				if strings.Contains(m[2], " a ") {
					return nil, false // a range with a sentence: not a form of the language
				}
				if own == nil {
					own = map[int]int{}
				}
				xs := amNumSent.FindAllStringSubmatch(m[0], -1)
				if n := len(xs); n > 1 && xs[n-1][2] != "" {
					withSentence := 0
					for _, x := range xs {
						if x[2] != "" {
							withSentence++
						}
					}
					if withSentence == 1 {
						// "Alinéas 1 et 6, dernière phrase": of the 6 only,
						// or of both? Not said: the sentence of each,
						// where both readings agree (Scope.OnlyInSentence:
						// the 1's words only in its last sentence).
						if eachSentence == nil {
							eachSentence = map[int]bool{}
						}
						for _, x := range xs[:n-1] {
							v, _ := strconv.Atoi(x[1])
							paths = append(paths, []Division{{Alinea: v, Numbered: true}})
							own[len(paths)-1] = ordValue[xs[n-1][2]]
							eachSentence[len(paths)-1] = true
						}
						xs = xs[n-1:]
					}
				}
				for _, x := range xs {
					v, _ := strconv.Atoi(x[1])
					paths = append(paths, []Division{{Alinea: v, Numbered: true}})
					own[len(paths)-1] = ordValue[x[2]]
				}
				mark()
				continue
			}
			// Each number of the list, "à" making a range of the one
			// before: "2 à 3 et 5" is 2 to 3 and 5 (it was 2 to 5).
			paths = append(paths, []Division{{Alinea: first, Numbered: true}})
			prev := first
			for _, x := range amNumAlItem.FindAllStringSubmatch(m[2], -1) {
				v, _ := strconv.Atoi(x[2])
				if x[1] == "a" {
					if v < prev || attach[j] != 0 {
						return nil, false
					}
					paths[len(paths)-1][0].Count = v - prev + 1
				} else {
					paths = append(paths, []Division{{Alinea: v, Numbered: true}})
				}
				prev = v
			}
			mark()
		}
	} else {
		// Alinéas named by several ranks in a part ("à la fin des
		// deuxième et troisième alinéas du I"): only the last rank was
		// read. Not read: refused.
		if amOrdAlList.MatchString(low) {
			return nil, false
		}
		// An alinéa or a sentence named by a rank not read ("au
		// quarantième alinéa"): never the whole article.
		for _, m := range amAnyRank.FindAllStringSubmatch(low, -1) {
			if _, ok := ordValue[m[1]]; !ok {
				return nil, false
			}
		}
		// Divisions, smallest first: "du premier alinéa du I", "du a) du 2°".
		type mention struct {
			pos int
			d   Division
		}
		var ms []mention
		for _, m := range itemLocs(cased) {
			it := itemName(strings.TrimSuffix(cased[m[2]:m[3]], ")"))
			ms = append(ms, mention{m[0], Division{Item: it}})
		}
		for _, m := range amOrdAl.FindAllStringSubmatchIndex(low, -1) {
			ms = append(ms, mention{m[0], Division{Alinea: ordValue[low[m[2]:m[3]]]}})
		}
		// "les deux derniers alinéas (du II)": counted from the end (the
		// start) of the division named, or of the article.
		for _, m := range reCounted.FindAllStringSubmatchIndex(low, -1) {
			ms = append(ms, mention{m[0], countedAlineas(low, m)})
		}
		if len(ms) == 0 && strings.Contains(low, "alineas") {
			// Alinéas named in a form not read: never the whole article.
			return nil, false
		}
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && ms[j].pos < ms[j-1].pos; j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
		var p []Division
		for i := len(ms) - 1; i >= 0; i-- {
			p = append(p, ms[i].d)
		}
		paths = append(paths, p)
	}
	// "la deuxième phrase", "les deuxième et troisième phrases", "les
	// deux dernières phrases": each sentence a scope.
	sentences := []int{0}
	toEnd := false
	switch m := reCountedPhrases.FindStringSubmatch(low); {
	case m != nil:
		n := cardinal(m[1])
		sentences = sentences[:0]
		for k := 1; k <= n; k++ {
			if strings.HasPrefix(m[2], "dernier") {
				sentences = append(sentences, k-n-1)
			} else {
				sentences = append(sentences, k)
			}
		}
	case amPluralPhrases.MatchString(low):
		m := amPluralPhrases.FindStringSubmatch(low)
		sentences = ordinals(m[1])
		if len(sentences) < 2 {
			return nil, false
		}
	case amRankRange.MatchString(low):
		// "les deuxième à quatrième phrases": each rank of the range (it
		// was refused); to "dernière", how many is not said here.
		m := amRankRange.FindStringSubmatch(low)
		from, to := ordValue[m[1]], ordValue[m[2]]
		if from > 1 && to == -1 {
			// "les deuxième à dernière phrases": the second and every
			// one after it (SentencesToEnd, as the bills' side reads
			// it; how many is known only on the text).
			sentences, toEnd = []int{from}, true
			break
		}
		if from <= 0 || to <= from {
			return nil, false
		}
		sentences = sentences[:0]
		for k := from; k <= to; k++ {
			sentences = append(sentences, k)
		}
	case amRankPlural.MatchString(low) && (len(paths) > 1 || len(paths) == 1 && len(paths[0]) > 0 && paths[0][len(paths[0])-1].Numbered && paths[0][len(paths[0])-1].Count > 1):
		// "Aux premières phrases des alinéas 2 et 3", "Alinéas 2 et 3,
		// premières phrases": one rank, in the plural, of several
		// alinéas — that sentence of each (it was refused).
		sentences = []int{ordValue[amRankPlural.FindStringSubmatch(low)[1]]}
	case strings.Contains(low, "phrases"):
		// Sentences named in a form not read: never the whole alinéa.
		return nil, false
	default:
		if m := amSentence.FindStringSubmatch(low); m != nil {
			sentences = []int{ordValue[m[1]]}
		}
	}
	where := ""
	switch {
	case strings.Contains(low, "a la fin"):
		where = "end"
	case strings.Contains(low, "au debut"):
		where = "start"
	}
	// "À la première phrase des alinéas 2 à 4", "À la fin des alinéas 2
	// à 4", "Compléter les alinéas 2 à 4 par les mots …": the sentence,
	// the end or the start of each alinéa of the range (it was the
	// range's: alinéa 2's first sentence or start, alinéa 4's end).
	if own == nil && (where != "" || amEndOf.MatchString(low) || amStartOf.MatchString(low) || slices.ContainsFunc(sentences, func(n int) bool { return n != 0 })) {
		var each [][]Division
		var eachWhere map[int]string
		if pathWhere != nil && len(paths) > 1 {
			eachWhere = map[int]string{}
		}
		for i, p := range paths {
			qs, ok := eachAlineaOf(p)
			if !ok {
				return nil, false
			}
			for _, q := range qs {
				if eachWhere != nil {
					eachWhere[len(each)] = pathWhere[i]
				}
				each = append(each, q)
			}
		}
		paths, pathWhere = each, eachWhere
	}
	if amThisSentence.MatchString(low) && own == nil && !slices.ContainsFunc(sentences, func(n int) bool { return n != 0 }) {
		// "À l'alinéa 2, supprimer cette phrase": no sentence named —
		// the alinéa was deleted whole. Refused.
		return nil, false
	}
	if amThisDivision.MatchString(low) && len(paths) == 1 && len(paths[0]) == 0 && !slices.ContainsFunc(sentences, func(n int) bool { return n != 0 }) {
		// "Compléter cet alinéa par …", "Dans cet alinéa, supprimer …"
		// with no alinéa named before: which one is not said (the whole
		// article was edited, or its last alinéa completed). Refused, as
		// "Supprimer cet alinéa" is.
		return nil, false
	}
	if amThisAlineas.MatchString(low) && len(paths) == 1 && len(paths[0]) == 0 {
		// "Supprimer la dernière phrase de cet alinéa" with no alinéa
		// named before: the article's last sentence was deleted, as if
		// "de cet alinéa" were not said (TestThisAlineaUnnamed).
		return nil, false
	}
	var out []Scope
	for i, p := range paths {
		w := where
		if pathWhere != nil && len(paths) > 1 {
			w = pathWhere[i]
		}
		if own != nil {
			out = append(out, Scope{Ref: ref, Path: p, Sentence: own[i], Where: w, Within: within, OnlyInSentence: eachSentence[i]})
			continue
		}
		for _, sentence := range sentences {
			out = append(out, Scope{Ref: ref, Path: p, Sentence: sentence, SentencesToEnd: toEnd, Where: w, Within: within})
		}
	}
	return out, true
}

// amThisSentence is a sentence pointed at, folded: "cette phrase", "ces
// phrases", "ces deux phrases".
var amThisSentence = mustRe(`\b(?:cette\s+phrase|ces\s+(?:(?:` + cardinalWords + `|\d+)\s+)?phrases)\b`)

// amItemList is a list of items in a locator: "les a) et b) du 1°", "les
// 1°, 2° et 4°", "le a et le b", "aux I et II" (group 1: the items);
// amItemSep separates them.
var (
	amItemName = `(?:\d+°(?:\s*` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|[IVX]+(?:\s+` + latinOrd + `)?(?:\s+[A-Z]{1,2}\b)?|(?:[a-z]|` + doubledLetter + `)\)?(?:\s+` + latinOrd + `)?|[A-HJ-UWYZ](?:\s+` + latinOrd + `)?)`
	amItemSep  = mustRe(`\s*(?:,\s*et\b|,|\bet\b)\s*(?:(le|au|du)\s+)?`)
	// amItemRange is a range of items: "les 1° à 3°", "aux a) à c)", "du
	// I au III".
	amItemRange = mustRe(`\b(?:(?:[Ll]es|[Aa]ux|[Dd]es)\s+(` + amItemName + `)\s+a|[Dd]u\s+(` + amItemName + `)\s+au)\s+(` + amItemName + `)(?:\s|,|\.|$)`)
	amItemList  = mustRe(`\b([Ll]es|[Aa]ux|[Dd]es|[Ll]e|[Aa]u|[Dd]u)\s+(` + amItemName + `(?:\s*(?:,\s*et\b|,|\bet\b)\s*(?:(?:le|au|du)\s+)?` + amItemName + `)+)(?:\s|,|\.|$)`)
)

// prepositionLast reports whether the last item of a list is the
// preposition "à" without its accent, the article after it: "du I, a la
// derniere phrase" (after, what follows the list) is no list of the I and
// the a.
func prepositionLast(list, after string) bool {
	f := strings.Fields(strings.NewReplacer(",", " ").Replace(list))
	if len(f) == 0 || !strings.EqualFold(f[len(f)-1], "a") {
		return false
	}
	a := strings.ToLower(strings.TrimSpace(after))
	return strings.HasPrefix(a, "la ") || strings.HasPrefix(a, "l'") || strings.HasPrefix(a, "l’")
}

// amBillArticle is an article of the bill named by its number: "à
// l'article 5", "de l'article 12 bis", the Sénat's "Article 5, alinéa 3"
// (group 1: the number); amOtherText what makes it an article of another
// text ("de l'article 5 de la loi …", "du code …"), amThisBill what keeps
// it the bill's ("du présent projet de loi"); amHeading a heading or the
// bill's title.
var (
	amBillArticle = mustRe(`(?:^|\bl')[Aa]rticle\s+(` + articleNumber + `)`)
	amOtherText   = mustRe(`^\s+(?:du|de\s+la|de\s+l'|des|de)\s`)
	amThisBill    = mustRe(`^\s+(?:du|de\s+la|de\s+l')\s*(?:present|presente|projet|proposition)\b`)
	amHeading     = mustRe(`\bintitule\s+(?:du|de\s+la|de\s+l'|des)\s*(?:chapitre|titre|section|sous-section|livre|partie|projet|proposition|texte)\b|\btitre\s+(?:du|de\s+la)\s+(?:present\w*\s+)?(?:projet|proposition)\b`)
)

// elsewhere reports whether an instruction (low, cased: its shape) edits
// a heading ("l'intitulé du chapitre II", unless an alinéa of the article
// holds it: "Alinéa 3 / Rédiger ainsi l'intitulé du chapitre II"), the
// bill's title or, after the
// amendment's first instruction (later), another article of the bill
// ("II. – En conséquence, à l'alinéa 3 de l'article 5, …"): not an edit of
// the article ref, never applied to it. The first instruction's article is
// the one the amendment is on, whatever number it gives (the text it was
// tabled on may number it otherwise).
func elsewhere(ref CodeRef, low, cased string, later bool) bool {
	if amHeading.MatchString(low) && !amNumAl.MatchString(low) {
		return true
	}
	if m := amWholeBill.FindStringIndex(low); m != nil && !strings.HasPrefix(strings.TrimSpace(low[m[1]:]), "propose") {
		// "Dans l'ensemble du texte, remplacer …", "… dans le présent
		// projet de loi": every article of the bill, this one among
		// them — not this article's edit alone (it was applied here and
		// counted applied, the other articles left).
		return true
	}
	if severalArticles(ref, low, cased) {
		return true
	}
	if amPlaceOutside.MatchString(low) {
		// The Sénat's "Rapport annexé", "Annexe", "Intitulé", "Tableau"
		// line, "Dans le rapport annexé, …": a place that is no alinéa
		// of this article (the line was dropped and every alinéa edited).
		return true
	}
	if amOfAmendment.MatchString(low) {
		// "À l'alinéa 3 de l'amendement n° 12, …", "Compléter
		// l'amendement n° 12 par …": a sub-amendment's, an amendment
		// edited, not this article (its alinéa 3 was).
		return true
	}
	if !later {
		return false
	}
	for _, m := range amBillArticle.FindAllStringSubmatchIndex(cased, -1) {
		if amOtherText.MatchString(low[m[1]:]) && !amThisBill.MatchString(low[m[1]:]) {
			continue // an article of a code or a law the bill quotes
		}
		if NormalizeArticleNumber(cased[m[2]:m[3]]) != ref.Article {
			return true
		}
	}
	return false
}

// amWholeBill is the whole bill as an instruction's place, folded: "dans
// l'ensemble du texte", "dans tout le projet de loi", "dans toute la
// proposition de loi", "dans l'ensemble des articles", "dans le présent
// projet de loi", "dans la présente loi" ("tout le texte proposé pour
// l'article L. 1" is a quoted article's text: not this).
var amWholeBill = mustRe(`\b(?:l'ensemble|tout|toute|totalite)\s+(?:du|de\s+la|des|de\s+l'|le|la)\s*(?:present\w*\s+)?(?:texte|projet|proposition|loi|articles)\b|\bdans\s+(?:le|la)\s+present\w*\s+(?:projet|proposition|loi|texte)\b`)

// amLocOpener is how a place before the verb begins, folded: a
// preposition or an article ("à l'alinéa 2", "au I", "après le mot",
// "dans le texte proposé"), the Sénat's locator line ("alinéa 2", "texte
// proposé pour …", "amendement n° 10" in a sub-amendment), a rank
// ("dernier alinéa"), "en conséquence", "pour compenser", "in fine".
var amLocOpener = mustRe(`^\s*(?:a|au|aux|apres|avant|dans|alineas?|(?:sous-)?amendements?|texte|entre|en|pour|sur|de|du|des|le|la|les|l'|in|` + ordWords + `|avant-derni\w*|derni\w*)\b`)

// amPlaceOutside is a place that is no alinéa of the article, folded: a
// locator line naming a part of the bill without its determiner at the
// head's start ("rapport annexe", "annexe", "etat b", "intitule",
// "tableau", "titre", "chapitre", "section", "expose des motifs"), or the
// annexed report anywhere ("dans le rapport annexe"). "Titre II",
// "Intitulé du chapitre" are amOtherPlaceLine's; "au tableau de l'alinéa
// 2" is that alinéa's.
var amPlaceOutside = mustRe(`^\s*(?:rapport\s+annexe|annexes?|etat\s+[a-z]|intitules?|tableaux?|titres?|chapitres?|sections?|expose\s+des\s+motifs)\b|\brapports?\s+annexes?\b`)

// amBillArticles is several articles named together, folded: "aux
// articles 1er et 3", "des articles 2 à 4" (group 1 what follows).
var amBillArticles = mustRe(`\barticles\s+\d+(?:er)?(?:\s+` + latinOrd + `)?(?:\s*(?:,|et|a)\s*\d+(?:er)?(?:\s+` + latinOrd + `)?)+\b(.*)$`)

// amThisArticleNamed is this article named as such, folded.
var amThisArticleNamed = mustRe(`\b(?:cet|present)\s+article\b`)

// severalArticles reports whether an instruction (low, cased: its shape)
// names several articles of the bill as its place — "Aux articles 1er et
// 3", "À l'article 1er et à l'article 3", "Dans cet article et à
// l'article 3": the other articles' edits are not this article's (they
// were dropped and this one edited alone). Articles of a code or a law
// the bill quotes ("des articles 3 et 4 de la loi …") are text.
func severalArticles(ref CodeRef, low, cased string) bool {
	if m := amBillArticles.FindStringSubmatch(low); m != nil && (!amOtherText.MatchString(m[1]) || amThisBill.MatchString(m[1])) {
		return true
	}
	nums := map[string]bool{}
	for _, m := range amBillArticle.FindAllStringSubmatchIndex(cased, -1) {
		if amOtherText.MatchString(low[m[1]:]) && !amThisBill.MatchString(low[m[1]:]) {
			continue
		}
		nums[NormalizeArticleNumber(cased[m[2]:m[3]])] = true
	}
	if len(nums) > 1 {
		return true
	}
	if amThisArticleNamed.MatchString(low) {
		for n := range nums {
			if n != ref.Article {
				return true
			}
		}
	}
	return false
}

// amOfAmendment is an amendment named as the place of an instruction,
// folded: "de l'amendement n° 12", "l'amendement 12" (the Sénat's head
// of a sub-amendment, "Amendement n° 78, alinéa 9", is ComposeNumbered's).
var amOfAmendment = mustRe(`(?:\bl'|\bles\s+|\bd'|\bdes\s+)(?:sous-)?amendements?\s+(?:n[°o]s?\s*)?[a-z]*-?\d`)

// amLetterFollow is what follows a letter item named without its
// parenthesis: the division it belongs to ("le b du 1°", and "le b au
// 1°" — "Au 1°, supprimer le b" read with its locator: the b was
// dropped and the whole 1° deleted, TestLetterItemInItsLocator), a comma
// or the end ("Au b, …").
var amLetterFollow = mustRe(`^(?:\s+(?i:du|de|des|au|aux)\s|\s*,|\s*$)`)

// amDegreeCapital is the capitals that end a degree's or a roman
// number's label: "1° A", "2° bis AA", "I A".
var amDegreeCapital = mustRe(`(?:°(?:\s*` + latinOrd + `)?|^[IVX]+(?:\s+` + latinOrd + `)?)(\s+[A-Z]{1,2})$`)

// itemLocs are the items a locator names (amItemLoc): "le 2°", "au II",
// "du b)", and a letter without its parenthesis before the division it
// belongs to, a comma or the end ("le b du 1°", "Au a, …"); elsewhere a
// lone letter is a word.
func itemLocs(s string) [][]int {
	var out [][]int
	for _, m := range amItemLoc.FindAllStringSubmatchIndex(s, -1) {
		if c := amDegreeCapital.FindStringSubmatchIndex(s[m[2]:m[3]]); c != nil && m[3] < len(s) && (strings.HasPrefix(s[m[3]:], "'") || strings.HasPrefix(s[m[3]:], "’")) {
			// "au 1° L'article": an elided word, no capital of the label.
			m[3] = m[2] + c[2]
		}
		if it := s[m[2]:m[3]]; it[0] >= 'a' && it[0] <= 'z' && !strings.HasSuffix(it, ")") && !amLetterFollow.MatchString(s[m[3]:]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// itemsNamed is the path of the items a locator names (itemLocs),
// outermost first: "au b du 1°" is the 1°, its b.
func itemsNamed(s string) []Division {
	locs := itemLocs(s)
	var p []Division
	for i := len(locs) - 1; i >= 0; i-- {
		p = append(p, Division{Item: itemName(strings.TrimSuffix(s[locs[i][2]:locs[i][3]], ")"))})
	}
	return p
}

// ownPlace reports whether an instruction joined to another ("… et, au
// 2°, supprimer …") names its own place: an alinéa, a sentence, the
// article (hasOwnLocator) or an item before its verb — "au 2°" was taken
// for a division within the first's place ("Au 1°, au 2°": the words
// were deleted in both).
func ownPlace(h string) bool {
	if hasOwnLocator(h) {
		return true
	}
	if v := amImperative.FindStringIndex(h); v != nil {
		return hasItemLoc(h[:v[0]])
	}
	return false
}

// hasItemLoc reports whether s names an item (itemLocs).
func hasItemLoc(s string) bool { return len(itemLocs(s)) > 0 }

// amJoinBefore ends a text that joins the division after it to another
// ("l'alinéa 2 et le II"); amJoinAlinea begins one that joins a numbered
// alinéa to the division before it ("le II et l'alinéa 5").
var (
	amJoinBefore = mustRe(`(?:\bet|\bainsi\s+que)\s+(?:(?:a|dans)\s+)?(?:(?:le|la|les|l'|au|aux|du|des)\s*)?$`)
	amJoinAlinea = mustRe(`^\s*,?\s*(?:et|ainsi\s+que)\s+(?:(?:a|au|aux|dans)\s+)?(?:l'|les?\s+|la\s+)?alineas?\s+\d`)
)

// besideNumbered reports whether alinéas designated by number are joined
// to a division named otherwise — a part or an item ("Supprimer l'alinéa
// 2 et le II", "Au II et à l'alinéa 5"), an alinéa by its rank ("l'alinéa
// 1 et le dernier alinéa"): not read (only the numbered alinéas were). A
// division that holds the alinéa ("Au 2° de l'alinéa 3", "À l'alinéa 5,
// au 2°, …") is not joined to it.
func besideNumbered(low, cased string) bool {
	var at [][2]int
	for _, m := range itemLocs(cased) {
		at = append(at, [2]int{m[0], m[1]})
	}
	for _, re := range []*lre{amOrdAl, reCounted} {
		for _, m := range re.FindAllStringIndex(low, -1) {
			at = append(at, [2]int{m[0], m[1]})
		}
	}
	for _, m := range at {
		if amJoinBefore.MatchString(low[:m[0]]) || amJoinAlinea.MatchString(low[m[1]:]) {
			return true
		}
	}
	return false
}

// amPlaceBetween is a place between the words of a deletion: "supprimer le
// mot : « A » et, à l'alinéa 3, le mot : « B »" (not read: B was deleted
// in the first place).
var amPlaceBetween = mustRe(`q\d+\s*,?\s*(?:\bet|;)\s*,?\s*(?:a|au|aux|dans)\s[^:]*?,\s*(?:les?|la|l'|du|des|aux?)\s*` + wordNoun)

// amTailRead is what may follow an operation's last words, folded: the
// counts of occurrences ("à chaque occurrence", "(deux fois)", "(deux
// occurrences)"), "respectivement", punctuation.
var amTailRead = mustRe(`^(?:\s*` + everywhere + `|\s*,?\s*respectivement\b|\s*,?\s*\(?\s*(?:` + cardinalWords + `)\s+occurrences\s*\)?)*[\s.;,]*$`)

// amPlaceAfter is a place after an operation's last words: "à l'alinéa
// 2", "au premier alinéa", "dans la première phrase de l'alinéa 2" (group
// 1).
var amPlaceAfter = mustRe(`^\s*,?\s*((?:a|au|aux|dans)\s.*)$`)

// amCondition is a date or a condition of an amendment's operation,
// outside its quotations (folded): "à compter du …", "à partir du 1er
// …", "jusqu'au 31 …", "à titre expérimental", "applicable(s) à …",
// "pour une durée de …".
var amCondition = mustRe(`\ba\s+(?:compter|partir)\s+du\s+(?:1er|\d|premier)|\bjusqu'au\s+(?:1er|\d)|\ba\s+titre\s+(?:experimental|transitoire|provisoire)\b|\bapplicables?\s+(?:a|en|aux|au|dans)\s|\bpour\s+une\s+duree\b`)

// startBeforeWords reads "Avant le mot : « A », rédiger ainsi le début
// de l'alinéa 3 : « … »" ("… supprimer le début …": no lines): the start
// of the division up to A, A kept, rewritten (deleted) — A found once in
// it. After a word ("Après le mot : « A », … le début"), or before an
// occurrence named, a start is not bounded so: refused (the anchor was
// dropped and the start rewritten by the words it shares).
func startBeforeWords(s Scope, anchor string, before bool, occ []int, lines []string) ([]Edit, bool) {
	if !before || occ != nil {
		return nil, false
	}
	s.Where = ""
	return []Edit{{Kind: EditRewriteStart, Scope: s, Anchor: anchor, Before: true, Lines: lines}}, true
}

// amEndAlone is the end or the start of the place named before, alone
// after the words deleted, replaced or inserted, folded: "supprimer les
// mots : « A » à la fin", "… par les mots : « B » au début", "insérer
// les mots : « B » à la fin" — the words deleted or replaced must end
// (begin) it, as after "À la fin de l'alinéa 3, supprimer …" (wordEdit);
// words inserted go there. It was refused.
var amEndAlone = mustRe(`^(?:a\s+la\s+fin|au\s+debut)\s*[.;]?\s*$`)

// endAloneRead says whether amEndAlone is read after an operation of
// this verb: words deleted or replaced, or inserted without an anchor
// ("Après le mot : « A », insérer les mots : « B » à la fin": after A, or
// at the end? Not said).
func endAloneRead(verb, anchor string) bool {
	switch verb {
	case "supprimer", "remplacer":
		return true
	case "inserer", "ajouter":
		return anchor == ""
	}
	return false
}

// amPlaceNamed is a division in a place after the last words: "à
// l'alinéa 2", "au 3°", "dans la première phrase" — not "à titre
// expérimental", "à compter du …" (read as places, they were dropped).
var amPlaceNamed = mustRe(`\b(?:alineas?|phrases?|articles?|texte|tiret)\b|\b(?:du|au|aux|des|le|les)\s+(?:[ivxl]+|\d+°(?:\s*` + latinOrd + `)?|[a-z]\)?)(?:\s|,|\.|$)`)

// amSentBefore ends a text that names a sentence of the designation after
// it: "la seconde phrase de l'" (group 1: its rank).
var amSentBefore = mustRe(`\b(` + ordWords + `)\s+phrase\s+(?:de\s+l'|des|du|de)\s*$`)

// amEndBefore and amStartBefore end a text that puts the designation
// after it at the end (the start): "à la fin des", "au début de l'".
var (
	amEndBefore   = mustRe(`\ba\s+la\s+fin\s+(?:des|du|de\s+l'|de\s+la|de)\s*$`)
	amStartBefore = mustRe(`\bau\s+debut\s+(?:des|du|de\s+l'|de\s+la|de)\s*$`)
)

// amRankRange is sentences named by a range of ranks: "les deuxième à
// quatrième phrases" (groups: the first rank, the last).
var amRankRange = mustRe(`\b(` + ordWords + `)\s+a\s+(` + ordWords + `)\s+phrases\b`)

// amRankPlural is one rank in the plural, said of the sentences of
// several alinéas: "les premières phrases", "aux secondes phrases"
// (group 1: the rank).
var amRankPlural = mustRe(`\b(` + ordWords + `)s\s+phrases\b`)

// amPluralPhrases is sentences named by their ranks: "les deuxième et
// troisième phrases" (group 1: the ranks).
var amPluralPhrases = mustRe(`\b((?:(?:` + ordWords + `)\s*(?:,|et)\s*)+(?:` + ordWords + `))\s+phrases\b`)

// parseAmInstr parses one instruction of a dispositif into edits of ref;
// amTimesOf reads the counts an amendment says of its words
// ("remplacer (deux fois) le mot : « A » par …", "… et deux fois les mots
// : « C » par …", "supprimer par deux fois les mots : « A »") and gives
// each group of words (spans of s: a replaced pair, the deleted words)
// its count: a count right before a group's words is that group's, any
// other the group it follows. Every occurrence is edited, refused unless
// the place holds exactly that many (as a law's "est remplacé, deux
// fois, par"). False when a count falls on no group or two on one.
func amTimesOf(s string, spans [][2]int) ([]int, bool) {
	times := make([]int, len(spans))
	for _, m := range amTimes.FindAllStringSubmatchIndex(s, -1) {
		g := -1
		for k, sp := range spans {
			if sp[0] >= m[1] && strings.Trim(s[m[1]:sp[0]], " ,)") == "" {
				g = k
				break
			}
		}
		if g < 0 {
			for k, sp := range spans {
				if sp[0] <= m[0] {
					g = k
				}
			}
		}
		if g < 0 || times[g] != 0 {
			return nil, false
		}
		times[g] = cardinal(s[m[2]:m[3]])
	}
	return times, true
}

// locTimes adds to times, the counts an operation says of its words, the
// count said after its place ("À l'alinéa 1 (deux fois), substituer …",
// the Sénat's "Alinéa 1 (deux fois)" line): the words' count, when the
// operation has one group of words and no count of its own (it was
// dropped: every occurrence edited, however many); else not placed —
// false.
func locTimes(loc string, times []int) ([]int, bool) {
	ms := amTimes.FindAllStringSubmatch(loc, -1)
	switch {
	case len(ms) == 0:
		return times, true
	case len(ms) > 1 || len(times) != 1 || times[0] != 0:
		return nil, false
	}
	return []int{cardinal(ms[0][1])}, true
}

// timesPerPlace is the count a word operation says ("(deux fois)") for
// each of its places: over several places ("Alinéas 2 et 4" / "insérer
// (deux fois) les mots :"), the count is the operation's, over them all —
// as many as the places, once in each (it was asked of each: refused, or
// every occurrence of each edited where each held that many); another
// count over several places does not say how many in each: refused.
func timesPerPlace(times, places int) (int, bool) {
	switch {
	case times == 0 || places <= 1:
		return times, true
	case times == places:
		return 1, true
	}
	return 0, false
}

// prevAlinea is the place the instruction before edited ("au même
// alinéa", "après le même alinéa"): false without one, or when its edits
// are on several places.
func prevAlinea(prev []Edit) ([]Division, bool) {
	if len(prev) == 0 {
		return nil, false
	}
	path := prev[len(prev)-1].Scope.Path
	for _, e := range prev {
		if !slices.Equal(e.Scope.Path, path) {
			return nil, false
		}
	}
	return path, true
}

// prev are the edits of the instruction before ("procéder à la même
// substitution"). ok is false when it is not understood.
func parseAmInstr(ref CodeRef, in amInstr, prev []Edit) ([]Edit, bool) {
	// "Après le mot : « A », supprimer la fin de la phrase" (de cette
	// phrase), no sentence named before (a sentence named is that
	// sentence, as it was): the end of the sentence A is in, as
	// the bills read it — read as the alinéa's end, kept to A's sentence
	// (Edit.EndOf; the alinéa's end went, or the rewrite was refused).
	in.head = quoteBareReferences(in.head)
	endOfSentence := false
	if m := amEndOfThePhrase.FindStringIndex(in.head); m != nil && !amEndOfThePhrase.MatchString(in.head[m[1]:]) && isAnchored(in.head[:m[0]]) && !strings.Contains(asciiLower(foldAccents(shapeOnly(in.head[:m[0]]))), "phrase") {
		in.head = in.head[:m[0]] + "la fin de cet alinéa" + in.head[m[1]:]
		endOfSentence = true
	}
	es, ok := parseAmInstrEdits(ref, in, prev)
	if !ok {
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
	oneReference(in.head, es)
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

// amThisAlinea is a head pointing at "cet alinéa", folded;
// amSentenceOfThis a sentence of it ("la dernière phrase de cet
// alinéa"), amSentenceNamed any sentence named ("la première phrase",
// "les deux dernières phrases"), amSentenceAnnounced new sentences ("par
// deux phrases ainsi rédigées"), which name none.
var (
	amThisAlinea        = mustRe(`\bcet\s+alinea\b`)
	amSentenceOfThis    = mustRe(`\bphrases?\s+de\s+cet\s+alinea\b`)
	amSentenceNamed     = mustRe(`\bphrases?\b`)
	amSentenceAnnounced = mustRe(`\bphrases?\s+(?:ainsi\s+redigees?|suivantes?)\b`)
)

// newTextFitsKind reports whether the new text of each edit fits the kind
// of text it takes: words lie inside one alinéa, so words quoted over
// several alinéas ("les mots :" / "« A." / "« B. »", each alinéa of the
// quotation opening its own mark, « or “) are no words — refused (the alinéas were
// joined, a stray "«" in the middle). Words inserted are never empty: an
// empty quotation inserted or added ("insérer les mots : « »") is text
// lost — refused (nothing was inserted and the amendment counted applied;
// words replaced by « » are deleted, TestGrammarAmendmentReplacedByNothing).
//
// Sentences lie inside one alinéa too: new sentences on several alinéas
// ("Compléter l'alinéa 2 par une phrase ainsi rédigée :" / "« Il dort. »" /
// "« Il lit. »", a sentence rewritten by two alinéas) are refused — the
// second alinéa was joined to the first as a sentence, where a new alinéa
// may have been meant; and sentences announced where the place is between
// alinéas ("Après l'alinéa 2, insérer une phrase ainsi rédigée") are
// refused — which alinéa they join is not said (a new alinéa was made).
func newTextFitsKind(head string, es []Edit) bool {
	sentences := false
	if m := amCount.FindStringSubmatch(asciiLower(foldAccents(shapeOnly(head)))); m != nil && strings.HasPrefix(m[1], "phrase") {
		sentences = true
	}
	// "Compléter l'alinéa 2 par deux phrases ainsi rédigées : « Il
	// dort. »": one sentence given for two — refused, as in the bills
	// (it was added as if two; trois announced, two given, likewise).
	announced, counted := announcedCount(reAnnouncedSentences, asciiLower(foldAccents(shapeOnly(head))))
	if !alineasAsAnnounced(head, es) {
		return false
	}
	for _, e := range es {
		if (e.Kind == EditInsertAlineas || e.Kind == EditAppendAlineas || e.Kind == EditRewrite) && e.Scope.Sentence == 0 && itemsInOneLine(e.Lines) {
			return false
		}
		// "Rédiger ainsi l'alinéa 4 : « Le président … conseil. (Le reste
		// sans changement) »": the remark left in the new text says the
		// rest stays, but not where it begins — refused (it went into
		// the article as words). A new beginning reads it
		// (TestGrammarAmendmentRestUnchangedStart).
		for _, l := range append([]string{e.New}, e.Lines...) {
			if m := amRestInText.FindStringIndex(l); m != nil && e.Kind != EditRewriteStart && !amStatusLead.MatchString(l[:m[0]]) {
				return false
			}
		}
	}
	for _, e := range es {
		if counted && announced > 1 && len(e.Lines) > 0 {
			got := 0
			for _, l := range e.Lines {
				got += len(sentenceBounds(stripQuotes(l)))
			}
			if got != announced {
				return false
			}
		}
		switch {
		case sentences && (e.Kind == EditInsertAlineas || e.Kind == EditAppendAlineas):
			return false
		case e.Kind == EditInsertSentences && len(e.Lines) > 1:
			return false
		case e.Scope.Sentence != 0 && len(e.Lines) > 1 && (e.Kind == EditRewrite || e.Kind == EditRewriteEnd || e.Kind == EditRewriteStart):
			return false
		}
		if p := e.Scope.Path; e.Kind == EditRewrite && e.Scope.Sentence == 0 && len(p) > 0 && p[len(p)-1].Item != "" && p[len(p)-1].Alinea == 0 && len(e.Lines) > 0 {
			// "Rédiger ainsi le II : « III. – … »" (Rétablir, Substituer
			// au II …): the division named and the new text's label are
			// two labels — refused (the text's went in: two III); new
			// text without a label ("Rédiger ainsi le II : « Le préfet
			// … »"), whether the II keeps its number is not said —
			// refused (it lost it, "III. –" following an unnumbered
			// alinéa); "… –" keeps it (labelOfRewritten).
			first := strings.TrimLeft(e.Lines[0], " \u00a0«\"“")
			l, k := labelOf(first)
			if k != 0 && !announcedIs(l, p[len(p)-1].Item) || k == 0 && !strings.HasPrefix(first, "…") && !strings.HasPrefix(first, "...") {
				return false
			}
		}
		for _, w := range []string{e.Old, e.New, e.Anchor} {
			if strings.Count(w, "«") > strings.Count(w, "»") || strings.Count(w, "“") > strings.Count(w, "”") {
				return false
			}
		}
		switch e.Kind {
		case EditInsertWords, EditAppendWords:
			if strings.Trim(e.New, " \u00a0") == "" {
				return false
			}
		case EditInsertAlineas, EditAppendAlineas, EditRewrite, EditRewriteEnd, EditRewriteStart, EditInsertSentences:
			// New text quoted empty ("insérer un alinéa ainsi rédigé :
			// « »", "Rédiger ainsi l'alinéa 2 : « »") is text lost —
			// refused (an empty alinéa was made). One alinéa whose
			// quotation inside is left open ("« Le juge dit : « Oui »."
			// read as "Le juge dit : « Oui") ends where is not said —
			// refused; a mark opening the alinéa is a bill's quotation
			// going on.
			for _, l := range e.Lines {
				if strings.Trim(l, " \u00a0«»\"“”") == "" {
					return false
				}
			}
			if len(e.Lines) == 1 {
				t := strings.TrimPrefix(strings.TrimLeft(e.Lines[0], " \u00a0"), "«")
				if strings.Count(t, "«") > strings.Count(t, "»") {
					return false
				}
			}
		}
	}
	return true
}

// alineasAsAnnounced reports whether the new text of each edit holds as
// many alinéas as its head announces: "insérer deux alinéas ainsi rédigés
// :" (Sénat "Remplacer ces alinéas par trois alinéas ainsi rédigés :")
// then another number of alinéas, or "un alinéa ainsi rédigé" ("l'alinéa
// suivant") then several, contradicts itself — the new text and the
// count disagree, which is the law's is not said (every line given went
// in, whatever the count). A head announcing nothing ("Rédiger ainsi les
// alinéas 2 et 3 :", "les alinéas suivants") takes what follows.
func alineasAsAnnounced(head string, es []Edit) bool {
	n := announcedAlineas(asciiLower(foldAccents(shapeOnly(head))))
	if n == 0 {
		return true
	}
	// An end rewritten over several alinéas is two edits, the end and
	// the alinéas after it: their lines together are the new text; the
	// same lines on several places count once.
	seen := map[string]bool{}
	var lines []string
	for _, e := range es {
		switch e.Kind {
		case EditInsertAlineas, EditAppendAlineas, EditRewrite, EditRewriteEnd, EditRewriteStart:
			if k := strings.Join(e.Lines, "\n"); len(e.Lines) > 0 && e.Scope.Sentence == 0 && !seen[k] {
				seen[k] = true
				lines = append(lines, e.Lines...)
			}
		}
	}
	return len(lines) == 0 || len(lines) == n || introducedUnits(lines) == n
}

// announcedAlineas is the count of new alinéas a head announces, folded
// (asciiLower(foldAccents(…))), one rule for the amendment's own head
// (alineasAsAnnounced) and for a bill's line its new text holds
// (introducedUnits): "deux alinéas ainsi rédigés" (amAnnounced) is 2; "un
// alinéa ainsi rédigé", "l'alinéa suivant" (amOneAnnounced, the
// participle's agreement aside: "un alinéa ainsi rédigés") is 1, unless an
// announcement in the plural stands beside it ("deux phrases et un alinéa
// ainsi rédigés": its lines are not all alinéas); 0 when no count is said
// ("les alinéas suivants", "un paragraphe ainsi rédigé", "est ainsi rédigé
// :"). The two read it apart before: "un alinéa ainsi rédigés" was no
// count for the head (every line went in) and one for a bill's line, and
// a plural beside "un alinéa" none for the head only.
func announcedAlineas(low string) int {
	if n, ok := announcedCount(amAnnounced, low); ok && n > 0 {
		return n
	}
	m := amOneAnnounced.FindStringIndex(low)
	if m == nil {
		return 0
	}
	for _, p := range reAnnouncedPlural.FindAllStringIndex(low, -1) {
		if p[0] < m[0] || p[1] > m[1] {
			return 0
		}
	}
	return 1
}

// introducedUnits counts new text's lines as the drafters count alinéas
// when the text is a bill's line introducing a quotation of its own
// ("Insérer un alinéa ainsi rédigé :" / "1° bis L'article 3 est complété
// par un alinéa ainsi rédigé :" / "« Le juge statue. »"): the
// introducing line and the quoted alinéas it announces are one — a
// layout of the quotation, not another count. A quoted run is the line
// before's only when that line ends with a colon and announces as many
// alinéas as the run holds (or no count: "est ainsi rédigé :"); else
// every line counts, and 0 is returned when nothing was joined.
func introducedUnits(lines []string) int {
	own := true // every line opens the amendment's own quotation
	for _, l := range lines {
		own = own && isQuoted(l)
	}
	strip := func(l string) string {
		l = strings.TrimLeft(l, " \u00a0")
		if own {
			l = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(l, "«"), "\""), "“"), " \u00a0")
		}
		return l
	}
	units, joined := 0, false
	for i := 0; i < len(lines); {
		head := strip(lines[i])
		j := i + 1
		for j < len(lines) && isQuoted(strip(lines[j])) {
			j++
		}
		if j > i+1 && strings.HasSuffix(strings.TrimRight(strings.TrimRight(head, " \u00a0»\"”"), " \u00a0"), ":") && !isQuoted(head) {
			if n := announcedAlineas(asciiLower(foldAccents(shapeOnly(head)))); n == 0 || n == j-i-1 {
				units++
				joined = true
				i = j
				continue
			}
		}
		units++
		i++
	}
	if !joined {
		return 0
	}
	return units
}

// itemsInOneLine reports whether a line of new alinéas holds, after its
// own item's label, another item of its kind after a semicolon or a
// period ("1° bis L'article 1-1 est abrogé ; 1° ter L'article 1-2 est
// abrogé ;"), or two items of a kind after its colon ("2° … : a) … ; b)
// …"): items written in one paragraph — two
// alinéas or one is not said (the line went in as one alinéa holding
// both), refused. A reference to an item inside the text ("mentionnés
// au 2° ;") is none: the label must follow the mark and begin a clause
// (a capital after it).
func itemsInOneLine(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimLeft(strings.TrimSpace(l), "«\"“ \u00a0")
		_, k := labelOf(t)
		if k == 0 {
			continue
		}
		seen := map[byte]bool{k: true}
		for _, m := range amItemAfterMark.FindAllStringIndex(t, -1) {
			_, k2 := labelOf(t[m[0]+1:])
			if k2 == 0 || !amClauseAfterLabel.MatchString(t[m[0]+1:]) {
				continue
			}
			if seen[k2] && t[m[0]] != ':' {
				return true
			}
			seen[k2] = true
		}
	}
	return false
}

// amItemAfterMark is a semicolon, a colon or a period followed by a
// label-like start ("; 1° ter", ": a)"); amClauseAfterLabel a label then a capital
// ("1° ter L'article", "b) Le juge").
var (
	amItemAfterMark    = mustRe(`[;:.]\s+(?:\d+\s*°|[a-z]{1,2}\)|[IVX]+\s*\.\s*[-–—])`)
	amClauseAfterLabel = mustRe(`^\s*(?:\d+\s*°(?:\s+(?:` + latinOrd + `))?|[a-z]{1,2}\)|[IVX]+(?:\s+(?:` + latinOrd + `))?\s*\.\s*[-–—])\s+\p{Lu}`)
)

// amOneAnnounced is one new alinéa announced, folded: "un alinéa ainsi
// rédigé", "l'alinéa suivant" (reOneAlinea, the bills'), agreement
// aside ("un alinéa ainsi rédigée").
var amOneAnnounced = mustRe(`\b(?:un\s+(?:nouvel\s+)?alinea\s+(?:ainsi\s+redigee?s?|redige\s+comme\s+suit)|l'alinea\s+suivant)\b`)

// quoteRead reports whether an edit reads the quotation q.
func quoteRead(q string, es []Edit) bool {
	q = strings.TrimSpace(q)
	for _, e := range es {
		if strings.TrimSpace(e.Old) == q || strings.TrimSpace(e.New) == q || strings.TrimSpace(e.Anchor) == q {
			return true
		}
		for _, l := range e.Lines {
			if strings.Contains(l, q) || strings.Contains(q, strings.TrimSpace(l)) {
				return true
			}
		}
	}
	return false
}

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
	head = outsideQuotes(head, codeArticleText)
	sh, quotes := shape(head)
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
		if l, k := labelOf(lines[0]); k != 0 && !announcedIs(l, first) {
			return nil, false
		}
		if named := amEachLabel.FindAllStringSubmatch(m[0], -1); len(named) > 1 && !labelsAnnounced(lines, named) {
			// "insérer un 1° bis et un 1° ter ainsi rédigés :" then one
			// item, or a 1° bis and a 1° quater: refused.
			return nil, false
		}
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
			for k := range news {
				for j := k + 1; j < len(olds); j++ {
					if strings.Contains(q(news[k][1]), q(olds[j][1])) {
						// "… « A » et « B » par … « B » et « C »": each pair
						// applied in turn would edit the words just put.
						return nil, false
					}
				}
			}
			var es []Edit
			for k := range olds {
				for _, s := range scopes {
					es = append(es, Edit{Kind: EditReplaceWords, Scope: s, Old: q(olds[k][1]), New: q(news[k][1])})
				}
			}
			return es, true
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
					if strings.Contains(q(ws[k][2]), q(ws[j][2])) {
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
				return es, true
			}
			s, cons := consecutive(scopes)
			scopes, ok = []Scope{s}, cons
		}
		if !ok || len(scopes) != 1 || len(scopes[0].Path) == 0 && !amThisArt.MatchString(obj) {
			return nil, false
		}
		return []Edit{{Kind: EditRewrite, Scope: scopes[0], Lines: lines}}, true

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
			var es []Edit
			// "Compléter les alinéas 2 à 4 par les mots …": each of them
			// (the range was completed at its end, alinéa 4 only).
			each, ok := eachAlinea(scopes)
			if !ok {
				return nil, false
			}
			for _, s := range each {
				s.Where = ""
				es = append(es, Edit{Kind: EditAppendWords, Scope: s, New: q(tail[ws[0][4]:ws[0][5]])})
			}
			return es, true
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
			var es []Edit
			each, ok := eachAlinea(scopes)
			if !ok {
				return nil, false
			}
			for _, s := range each {
				s.Where = ""
				es = append(es, Edit{Kind: EditAppendWords, Scope: s, New: lines[0]})
			}
			return es, true
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

// sentenceShifts holds, by division (its path), the ranks of the sentences
// that an amendment's earlier instructions deleted, rewrote or inserted
// after (-1: sentences added at the end), and under alineasMoved whether
// they added or removed alinéas.
type sentenceShifts map[string][]int

// shifted reports whether an instruction's edits name a sentence by a
// rank the earlier instructions may have moved: "Alinéa 1 / 1° Après la
// première phrase, insérer une phrase … / 2° Seconde phrase / Supprimer
// cette phrase" — the second sentence as tabled is now the third, and the
// new one was deleted. Ranks before every change stay read.
func (sh sentenceShifts) shifted(es []Edit) bool {
	for _, e := range es {
		// "I. – Compléter cet article par un alinéa … II. – Au dernier
		// alinéa, …": an alinéa counted from the end after the amendment
		// added or removed alinéas (the new one was edited).
		// Counted from the end of the article, it is told apart when
		// applied (movedAfter).
		for k, d := range e.Scope.Path {
			// Counted from the end of a labelled division ("le dernier
			// alinéa du I"), it is told apart when applied too
			// (divisionMoved).
			if d.Alinea < 0 && len(sh[alineasMoved]) > 0 && (k > 0 && !fromEndOfDivision(e) || k == 0 && !fromEndOfArticle(e)) {
				return true
			}
		}
		if e.Scope.SentencesToEnd && sh.rankShifted(e) {
			return true // a run of sentences to the end: not compared
		}
	}
	return false
}

// rankShifted reports whether an edit names a sentence by a rank the
// earlier instructions may have moved (a change before it, or any change
// when it counts from the end). Such an edit is marked rankMoved and read
// only where both countings agree (rankReadingsAgree, when applied):
// "I. – À l'alinéa 1, supprimer la deuxième phrase. II. – …, à la
// dernière phrase du même alinéa, …" names the last sentence either way.
func (sh sentenceShifts) rankShifted(e Edit) bool {
	r := e.Scope.Sentence
	if r == 0 {
		return false
	}
	for _, c := range sh[fmt.Sprint(e.Scope.Path)] {
		if r < 0 || c < 0 || c > 0 && r >= c {
			return true
		}
	}
	return false
}

// alineasMoved is the key of sentenceShifts that notes alinéas added or
// removed.
const alineasMoved = "alineas"

// note records the sentences an instruction's edits change, and whether
// they add or remove alinéas.
func (sh sentenceShifts) note(es []Edit) {
	for _, e := range es {
		if e.Kind == EditInsertAlineas || e.Kind == EditAppendAlineas || e.Scope.Sentence == 0 && (e.Kind == EditDelete || e.Kind == EditRewrite && len(e.Lines) != 1) {
			sh[alineasMoved] = append(sh[alineasMoved], 1)
		}
		switch {
		case e.Kind == EditInsertSentences && e.Scope.Sentence == 0:
			sh.add(e.Scope.Path, -1) // at the end: ranks from the end move
		case e.Kind == EditInsertSentences, e.Scope.Sentence != 0 && (e.Kind == EditDelete || e.Kind == EditRewrite || e.Kind == EditRewriteEnd || e.Kind == EditRewriteStart):
			c := e.Scope.Sentence
			if e.Kind == EditInsertSentences && !e.Before && c > 0 {
				c++ // after sentence c: the ones after it move
			}
			sh.add(e.Scope.Path, c)
		}
	}
}

func (sh sentenceShifts) add(p []Division, c int) {
	k := fmt.Sprint(p)
	sh[k] = append(sh[k], c)
}

// amUnreadAnchor is an anchor left after a word operation's verb ("après
// le mot : q0", "avant la deuxième occurrence du mot : q1"), folded; an
// anchor is read before the verb only. amUnreadPlace is a place of
// alinéas or sentences left between its words ("q0, à l'alinéa 2, le
// mot : q1").
var (
	amUnreadAnchor = mustRe(`\b(?:apres|avant)\s+` + wordTarget + `q\d+`)
	amUnreadPlace  = mustRe(`q\d+\s*,?\s+(?:a|au|aux|dans)\s[^,:]*?\b(?:alineas?|phrases?)\b.*q\d+`)
)

// unreadWordPart reports whether what follows a word operation's verb
// (folded, its quotations as q0, q1 …) still holds an anchor, or a place
// before its last words, that the rewrites before it did not put first:
// "Supprimer, après le mot : « A », à l'alinéa 1, les mots : « B »",
// "Substituer au mot : « A », à l'alinéa 2, le mot : « B » et …". Such a
// part was taken for words (the anchor's deleted too) or dropped (every
// alinéa edited): refused.
func unreadWordPart(rest string) bool {
	return amUnreadAnchor.MatchString(rest) || amUnreadPlace.MatchString(rest) || unreadObjectAnd(rest)
}

// amVerbPlaceAnchor and amVerbAnchorPlace are a word operation whose
// place and anchor both stand between its verb and its words, in either
// order, each between commas or not: "Supprimer, après le mot : « A », à
// l'alinéa 1, les mots : « B »", "Insérer à l'alinéa 2 après le mot :
// « A » le mot : « B »" (groups: "En conséquence, ", the verb, the
// place, the anchor, the words; in amVerbAnchorPlace the anchor comes
// before the place).
var (
	amWordOpPlace     = `((?:à|au|aux|dans)\s[^«"“,:]*?\b(?:alin[ée]as?|phrases?)\b[^«"“,:]*?)`
	amWordOpAnchor    = `((?:après|avant)\s+(?:la\s+(?:` + ordWordsAcc + `)\s+occurrence\s+d[eu]\s*(?:la\s+|l['’]\s*)?|le\s+|les\s+|la\s+|l['’]\s*)` + wordNounCased + `\s*:?\s*` + amQuoted + `)`
	amWordOpVerb      = `^((?:[Ee]n\s+cons[ée]quence\s*,\s*)?)((?i:ins[ée]rer|ajouter|supprimer|remplacer|substituer))\s*,?\s*`
	amWordOpWords     = `\s*,?\s*((?:(?:les?|la|l['’]|une?)\s|aux?\s+` + wordNounCased + `\b).+)$`
	amVerbPlaceAnchor = mustRe(amWordOpVerb + amWordOpPlace + `\s*,?\s+` + amWordOpAnchor + amWordOpWords)
	amVerbAnchorPlace = mustRe(amWordOpVerb + amWordOpAnchor + `\s*,?\s*` + amWordOpPlace + amWordOpWords)
)

// verbPlaceAndAnchor puts a word operation's place and anchor, both
// after its verb (amVerbPlaceAnchor, amVerbAnchorPlace), before it, the
// place first: "À l'alinéa 1, après le mot : « A », supprimer les mots :
// « B »". The anchor was taken for words to delete (A deleted too), or
// the place dropped.
func verbPlaceAndAnchor(head string) string {
	if m := amVerbPlaceAnchor.FindStringSubmatch(head); m != nil {
		return m[1] + lowerFirstIf(m[1], m[3]) + ", " + m[4] + ", " + lowerFirst(m[2]) + " " + m[5]
	}
	if m := amVerbAnchorPlace.FindStringSubmatch(head); m != nil {
		return m[1] + lowerFirstIf(m[1], m[4]) + ", " + m[3] + ", " + lowerFirst(m[2]) + " " + m[5]
	}
	return head
}

// anchorRankOfDeletion gives the Occurrences of a deletion: the words'
// own ranks ("supprimer la deuxième occurrence du mot : « A »"), or, with
// an anchor named by its rank ("Après la deuxième occurrence du mot :
// « A », supprimer le mot : « B »"), the anchor's — the first B after
// that occurrence (the rank was dropped: the first B after any A was
// deleted, one before the second A too).
func anchorRankOfDeletion(words []int, anchor string, occ []int) ([]int, bool) {
	if anchor == "" || occ == nil {
		return words, true
	}
	if words != nil {
		return nil, false
	}
	return occ, true
}

// replacedRanks gives the Occurrences of a replacement: with an anchor,
// the anchor's ranks ("après la deuxième occurrence du mot : « A »,
// remplacer …": the first words after that occurrence, it was refused),
// else the words' own.
func replacedRanks(words []int, anchor string, occ []int) []int {
	if anchor != "" {
		return occ
	}
	return words
}

// amPairSecond opens the second words of a replacement, after its first
// ones: "par …", or "substituer"'s "le mot : …" ("aux mots : …" when the
// new words come first).
var amPairSecond = mustRe(`^(?i:par\s|(?:les?|la|l['’]|aux?)\s*` + wordNounCased + `\s*:)`)

// placeInPairOfTwo reads a replacement whose place stands between its
// old and its new words, and a second operation joined after it
// ("Substituer au mot : « A », à l'alinéa 2, le mot : « B » et au mot :
// « C » le mot : « D »", "Remplacer le mot : « A », au deuxième alinéa,
// par le mot : « B » puis supprimer …") as that place first: "À l'alinéa
// 2, substituer …", the second operation, naming no place of its own,
// in the same place (splitJoined). The place was dropped and every
// alinéa edited. A place elsewhere in the instruction (the second's own):
// left, refused.
func placeInPairOfTwo(head string) (string, bool) {
	m := amPlaceAfterWords.FindStringSubmatch(head)
	if m == nil || !amPairVerb.MatchString(m[2]) || strings.ToLower(m[2]) == "supprimer" || countQuoted(m[3]) != 1 {
		return "", false
	}
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m[5]), ","))
	bare := amQuotedRe.ReplaceAllString(rest, "")
	if !amPairSecond.MatchString(rest) || !amTwoOps.MatchString(bare) || amOwnLocator.MatchString(bare) || amOwnLocator.MatchString(amQuotedRe.ReplaceAllString(m[1], "")) {
		return "", false
	}
	return placeFirst(m[4], m) + " " + rest, true
}

// countQuoted is the number of quotations in s (amQuoted).
func countQuoted(s string) int { return len(amQuotedRe.FindAllStringIndex(s, -1)) }

// amPlaceJoin is where a second operation joins a place read after the
// first's words: " et", " puis", ";".
var amPlaceJoin = mustRe(`\s*;|\s+(?:et|puis)\b`)

// placeBeforeJoin reads a first operation's place after its words, then
// a second operation with a place of its own: "Supprimer le mot : « A »
// à l'alinéa 2 puis, à l'alinéa 1, supprimer le mot : « B »" as "À
// l'alinéa 2, supprimer le mot : « A » puis, à l'alinéa 1, …" (the place
// ran on to the second's: both were refused). The second without a place
// of its own (the first's place, or the whole article?) is left:
// refused.
func placeBeforeJoin(head string) (string, bool) {
	m := amPlaceAfterWords.FindStringSubmatch(head)
	if m == nil {
		return "", false
	}
	j := amPlaceJoin.FindStringIndex(m[4])
	if j == nil || amOwnLocator.MatchString(amQuotedRe.ReplaceAllString(m[1], "")) {
		return "", false
	}
	second := strings.TrimSpace(m[4][j[0]:] + m[5])
	after := strings.TrimLeft(second, " ,;")
	after = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(after, "et"), "puis"), " ,")
	if v := amImperative.FindStringIndex(after); v == nil || !ownPlace(after) || !hasOwnLocator(after[:v[0]]) {
		return "", false
	}
	return placeFirst(strings.TrimSpace(m[4][:j[0]]), m) + " " + second, true
}
