package law

// The place an amendment's locator names, before its verb ("Après la
// première phrase de l'alinéa 3, insérer …", "Au début du II, ajouter
// …", "À l'alinéa 2, remplacer …"), is a place of the article: a
// place's noun (amPlaceNouns27, or a table's column, a point, a heading:
// amLocNouns28), its label, or its rank before its noun, and what
// completes it a place or a text too (amComplementIsPlace27). A locator
// whose noun or rank is followed by words that name no place ("Après la
// première phrase du juge", "Au début du juge", "À la fin du juge",
// "Au deuxième juge", "Après le troisième clerc de l'alinéa 1", "Au
// juge") had those words dropped: the text went after the first
// sentence of the alinéa, at its start or end, or the words were
// replaced in the whole article. It is refused (errAmPlaceUnnamed28).

import (
	"errors"
	"fmt"
	"strings"
)

// reAmLocPrep28 is the preposition a segment of an amendment's locator
// opens with, folded: "à l'alinéa 3", "au I", "aux alinéas 2 et 3",
// "après la première phrase", "avant le 1°", "dans le II", and "de
// l'alinéa 2" left after anchor words ("Après le mot : « A » de
// l'alinéa 2").
var reAmLocPrep28 = mustRe(`^(?:(?:a|au|aux|apres|avant|dans|de|du|des)\s+|d'\s*)`)

// reAmSameAdj28 is an adjective before a place's noun that leaves it a
// place: "le même alinéa", "le présent article".
var reAmSameAdj28 = mustRe(`\b(?:memes?|present(?:e|s|es)?|seule?s?)\s+`)

// reAmRankDigits28 is a rank in digits: "1er", "2e", "3ème".
var reAmRankDigits28 = mustRe(`^\s*(?:(?:le|la|les|l')\s*)?\d+(?:er|re|eme|e)\b`)

// reAmMoreRanks28 is the ranks after a first one, before their noun:
// "(première) et deuxième (phrases)", "(premier), deuxième et troisième
// (alinéas)".
var reAmMoreRanks28 = mustRe(`^(?:\s*(?:(?:,|et|ou|a)\s*)?(?:` + ordWords + `|(?:avant-)?derni\w*|premi\w*)\b)*`)

// reAmRankedNoun28 is the noun a rank is the rank of, right after it.
var reAmRankedNoun28 = mustRe(`^\s*(?:alineas?|phrases?|tirets?|lignes?|paragraphes?|articles?|items?|subdivisions?|divisions?|sections?|chapitres?|colonnes?|cases?|rubriques?|points?|membres?|parties|partie)\b`)

// amLocNouns28 are the nouns, besides amPlaceNouns27's, of a place a
// locator may name: a table's column, case or rubric, a point, a part or
// a member of a sentence, a heading, an occurrence (each read, or
// refused, by the scope's reading).
var amLocNouns28 = map[string]bool{
	"colonne": true, "colonnes": true, "case": true, "cases": true, "rubrique": true, "rubriques": true,
	"point": true, "points": true, "partie": true, "parties": true, "membre": true, "membres": true,
	"intitule": true, "intitules": true, "sous-alinea": true, "sous-alineas": true,
}

// reAmOccurrence28 is an occurrence after its rank: "la deuxième
// occurrence du mot : « A »" (refused by the scope's reading).
var reAmOccurrence28 = mustRe(`^\s*occurrences?\b`)

// reAmTimes28 is a count of times after a rank's word: "deux fois".
var reAmTimes28 = mustRe(`^\s*fois\b`)

// amLocatorIsPlace28 reports whether loc, the locator before an
// amendment's verb as parseAmInstrEdits holds it (folded, quotations as
// q0, q1 …, the anchor taken out), names places only: each of its
// segments (split on commas) opening on a preposition names a place
// (amLocSegmentIsPlace28), and a segment naming a place's noun or rank
// without preposition (the Sénat's "Alinéa 2, première phrase") names
// it of a place.
func amLocatorIsPlace28(loc string) bool {
	segs := strings.Split(NormalizeSpace(loc), ",")
	for i := 0; i < len(segs); i++ {
		seg := strings.TrimSpace(segs[i])
		// "Alinéa 1, deuxième, troisième et quatrième phrases": ranks
		// listed across commas, their noun after the last, are one
		// segment.
		for i+1 < len(segs) && ranksOnly28(seg) {
			i++
			seg += ", " + strings.TrimSpace(segs[i])
		}
		if !amLocSegmentIsPlace28(seg) {
			return false
		}
	}
	return true
}

// ranksOnly28 reports whether seg, a locator's segment, is ranks alone
// ("deuxieme", "aux deuxieme", "troisieme et quatrieme"), their noun not
// said in it.
func ranksOnly28(seg string) bool {
	seg = seg[len(reAmLocPrep28.FindString(seg)):] // "aux deuxieme"
	m := reAmMoreRanks28.FindString(seg)
	return strings.TrimSpace(m) != "" && strings.TrimSpace(seg[len(m):]) == ""
}

// amLocSegmentIsPlace28 is amLocatorIsPlace28 for one segment.
func amLocSegmentIsPlace28(seg string) bool {
	prep := reAmLocPrep28.FindString(seg)
	obj := reAmSameAdj28.ReplaceAllString(seg[len(prep):], "")
	if m := reAmRankDigits28.FindStringIndex(obj); m != nil {
		return amRankedIsPlace28(obj[m[1]:])
	}
	h := reAmObjectHead27.FindStringSubmatchIndex(obj)
	if h == nil {
		return true
	}
	head := strings.TrimRight(obj[h[2]:h[3]], "'-")
	after := obj[h[1]:]
	switch {
	case head[0] >= '0' && head[0] <= '9', reAmLabel27.MatchString(head):
		// "Au 1° du juge", "Au I du juge": a label completed by no
		// place.
		return amComplementIsPlace27(after)
	case head == "occurrence" || head == "occurrences":
		return true
	case amPlaceNouns27[head], amLocNouns28[head]:
		return amComplementIsPlace27(after)
	case reAmRank27.MatchString(head) || countWord29(head):
		return reAmTimes28.MatchString(after) || amRankedIsPlace28(after)
	case amTextNouns27[head], amCompletedNouns27[head]:
		return amComplementIsPlace27(after)
	}
	return prep == ""
}

// amRankedIsPlace28 reports whether after, what follows a rank, is the
// noun of a place (other ranks before it), then nothing or a complement
// that names a place.
func amRankedIsPlace28(after string) bool {
	after = after[len(reAmMoreRanks28.FindString(after)):]
	if reAmOccurrence28.MatchString(after) {
		return true
	}
	m := reAmRankedNoun28.FindStringIndex(after)
	return m != nil && amComplementIsPlace27(after[m[1]:])
}

// errAmPlaceUnnamed28: an amendment's locator whose place's noun or rank
// is followed by words that name no place ("Après la première phrase du
// juge, insérer …", "Au début du juge, ajouter …", "Au deuxième juge,
// remplacer …"): the words were dropped and the text put after the first
// sentence of the alinéa, at its start. Refused.
var errAmPlaceUnnamed28 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errors.New("the place before the verb names no place of the article"))

// amPlaceUnnamed28 is the refusal of in, an instruction not read, when
// the locator of its head (before its verb, its anchor words taken out)
// names no place (amLocatorIsPlace28), else nil.
func amPlaceUnnamed28(in amInstr) error {
	sh, _ := shape(strings.TrimSpace(in.head))
	low := asciiLower(foldAccents(sh))
	vm := amVerb.FindStringIndex(low)
	if vm == nil {
		return nil
	}
	loc := amAnchor.ReplaceAllString(low[:vm[0]], "")
	if !amLocatorIsPlace28(loc) {
		return errAmPlaceUnnamed28
	}
	if qs := reAmQuoteMark28.FindAllStringIndex(low, -1); len(qs) > 0 && qs[len(qs)-1][1] > vm[1] {
		// "… par le mot : « B » à l'alinéa 3": the place after the
		// words is the locator's too.
		loc += ", " + low[qs[len(qs)-1][1]:]
	}
	if amPlaceTwice28(loc) {
		return errAmPlaceTwice28
	}
	return nil
}

// errAmPlaceTwice28: an amendment's locator naming alinéas by their
// numbers twice, in two of its segments ("À l'alinéa 1, à la deuxième
// phrase de l'alinéa 3, remplacer …", "À l'alinéa 1, remplacer … à
// l'alinéa 3"): one place was dropped (the other's sentence read) or
// both edited. Refused.
var errAmPlaceTwice28 = fmt.Errorf("%w: %w", errAmInstructionUnread24, errors.New("the place before the verb names alinéas by their numbers twice"))

// reAmNumberedAlinea28 is alinéas named by their numbers, folded.
var reAmNumberedAlinea28 = mustRe(`\balineas?\s+\d`)

// reAmQuoteMark28 is a quotation as shape marks it, folded ("q0").
var reAmQuoteMark28 = mustRe(`\bq\d+\b`)

// amPlaceTwice28 reports whether loc (as amLocatorIsPlace28 reads it)
// names alinéas by their numbers in two of its segments.
func amPlaceTwice28(loc string) bool {
	n := 0
	for _, seg := range strings.Split(NormalizeSpace(loc), ",") {
		if reAmNumberedAlinea28.MatchString(seg) {
			n++
		}
	}
	return n > 1
}
