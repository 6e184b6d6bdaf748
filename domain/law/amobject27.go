package law

import "strings"

// The object of an amendment's deletion or rewrite ("Supprimer cet
// alinéa", "Rédiger ainsi la deuxième phrase de l'alinéa 3 :") is a
// place: a division named by its noun (alinéa, phrase, tiret, ligne,
// paragraphe, article …), by its rank or count before that noun, by its
// start or end, or by its label ("le II", "le 1°", "les a et b"). An
// object that opens on another noun ("Alinéa 4 / Supprimer le juge.",
// "À l'alinéa 5, rédiger ainsi le clerc : « … »") names no place the
// engine reads: the place of the locator alone was deleted or rewritten
// whole. It is refused (amObjectIsPlace27).

// reAmObjectHead27 is an object's first word after the fillers of a
// rewrite ("ainsi", "comme suit") and its determiner.
var reAmObjectHead27 = mustRe(`^\s*(?:(?:ainsi|comme suit)\s+)?(?:(?:cet|cette|ces|ce|les|le|la|des|du|de|une|un|aux|au)\s+|[ld]'\s*)?([a-z][a-z'-]*|\d)`)

// amPlaceNouns27 are the nouns that name a place of an article, and the
// words that open one (its start, its end, its whole).
var amPlaceNouns27 = map[string]bool{
	"alinea": true, "alineas": true, "phrase": true, "phrases": true, "tiret": true, "tirets": true,
	"ligne": true, "lignes": true, "paragraphe": true, "paragraphes": true, "article": true, "articles": true,
	"item": true, "items": true, "division": true, "divisions": true, "subdivision": true, "subdivisions": true,
	"section": true, "sections": true, "chapitre": true, "chapitres": true,
	"debut": true, "fin": true, "ensemble": true, "totalite": true,
}

// reAmRank27 is a rank or a count before a place's noun ("premier",
// "deuxième", "avant-dernière", "deux").
var reAmRank27 = mustRe(`^(?:premi[e]re?s?|seconde?s?|(?:avant-)?derni[e]re?s?|[a-z]+iemes?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)$`)

// reAmPlaceAfterRank27 is a place's noun or label after a rank.
var reAmPlaceAfterRank27 = mustRe(`\b(?:alineas?|phrases?|tirets?|lignes?|paragraphes?|articles?|items?)\b|°|\)`)

// reAmLabel27 is a word that is an item's label: a roman numeral or one
// or two letters ("ii", "a", "aa").
var reAmLabel27 = mustRe(`^(?:[ivxlc]+|[a-z]{1,2})$`)

// amObjectIsPlace27 reports whether obj, the object of a deletion or a
// rewrite as the amendment parser holds it (lower case, no accents),
// opens on a place (above): a label of digits, a place's noun, a label
// of letters, or a rank followed by a place's noun or label; or on no
// word at all.
func amObjectIsPlace27(obj string) bool {
	m := reAmObjectHead27.FindStringSubmatch(obj)
	if m == nil {
		return true
	}
	head := strings.TrimRight(m[1], "'-")
	switch {
	case head[0] >= '0' && head[0] <= '9', reAmLabel27.MatchString(head):
		return true
	case amPlaceNouns27[head]:
		return amComplementIsPlace27(obj[len(m[0]):])
	case reAmRank27.MatchString(head) || countWord29(head):
		n := reAmPlaceAfterRank27.FindStringIndex(obj[len(m[0]):])
		return n != nil && amComplementIsPlace27(obj[len(m[0])+n[1]:])
	}
	return false
}
