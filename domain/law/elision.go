package law

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// elisionBroken reports whether new words put where words stood now
// follow an elided word and begin with a consonant, more often than
// before ("L'adjoint" with "adjoint" replaced by "maire": "L'maire"): the
// article must change too, and the law did not say how.
func elisionBroken(before, after []string, nw string) bool {
	r, _ := utf8.DecodeRuneInString(nw)
	if !unicode.IsLower(r) || strings.ContainsRune("aeiouyhàâéèêëîïôûü", r) {
		return false
	}
	return newWordsAfter(`(?i)(?:^|[^\pL])(?:l|d|qu|jusqu|lorsqu|puisqu)['’]`, nw, before, after)
}

// elisionMissing reports whether new words put where words stood now
// follow a word that elides or contracts before a vowel ("le", "la",
// "de", "du", "au", "ce", "sa", "que", "ne", "se") and begin with a
// vowel, more often than before ("La décision" with « décision »
// replaced by « ordonnance »: "La ordonnance", "du ministre" with
// « ministre » by « État »: "du État"): the article must change too
// (l', de l', à l', cet, son), and the law did not say how, as in
// elisionBroken. An h, a y, a word the language does not elide before
// ("onze", "oui", "ouate"), a single letter or a word in capitals (an
// item's label, a roman number, an acronym), and a word that is no noun
// or adjective the word before determines (a conjunction, a preposition,
// an article, a pronoun: "le ou les organismes") are passed over after
// a determiner ("le", "la", "du", "au", "ce", "sa"); after "de", "que",
// "jusque", "lorsque", "puisque", "ne" and "se", which elide before any
// word, an article or a pronoun is not ("d'un", "d'une", "d'au moins",
// "qu'il", "qu'on", "d'y"; "de une commune", "que il signe" were
// applied) — prepositions, adverbs, "et" and "ou" still are.
func elisionMissing(before, after []string, nw string) bool {
	w := nw
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	if w == "y" {
		return newWordsAfter(elidingWords, nw, before, after)
	}
	r, _ := utf8.DecodeRuneInString(w)
	if utf8.RuneCountInString(w) < 2 || !strings.ContainsRune("aeiouàâéèêëîïôûüAEIOUÀÂÉÈÊËÎÏÔÛÜ", r) || strings.ToUpper(w) == w {
		return false
	}
	switch strings.ToLower(w) {
	case "onze", "onzième", "onzièmes", "oui", "ouate", "ouistiti", "uhlan", "et", "ou":
		return false
	case "au", "aux", "un", "une", "il", "ils", "elle", "elles", "on":
		// No noun the word before determines: "le ou les organismes",
		// "la ou les personnes"; but an article or a pronoun heads
		// the words put in, which the words that elide before any word
		// elide before too ("d'une", "qu'il").
		return newWordsAfter(elidingWords, nw, before, after)
	case "où", "en", "avec", "avant", "après", "entre", "envers", "outre", "ainsi", "afin", "alors", "aussi", "auprès", "autour", "à", "ès":
		// Prepositions and adverbs: no noun the word before
		// determines, and words of no group ("au taux de 5 %", « 5 »
		// replaced by « en urgence »), passed over as before.
		return false
	}
	return newWordsAfter(`(?i)(?:^|[^\pL'’])(?:le|la|de|du|au|ce|sa|que|jusque|lorsque|puisque|ne|se)\s+`, nw, before, after)
}

// elidingWords leads the new words of elisionMissing with a word that
// elides before any word beginning with a vowel, not only a noun it
// determines: "de", "que", "jusque", "lorsque", "puisque", "ne", "se".
const elidingWords = `(?i)(?:^|[^\pL'’])(?:de|que|jusque|lorsque|puisque|ne|se)\s+`

// contractionMissing reports whether new words beginning with the
// article "le" or "les" follow "de" or "à", more often than before
// ("chargé de l'économie" with « l'économie » replaced by « les finances
// »: "chargé de les finances", "à le département"): French contracts them
// (du, des, au, aux), so the words around must change too, and the law
// did not say how, as in elisionMissing. "le", "les" a pronoun ("afin de
// le saisir", "de les en informer", "à les leur transmettre") is
// followed, after "de" or "à", by an infinitive or by "y", "en", "lui",
// "leur": a second word ending as an infinitive does ("-er", "-ir",
// "-re", "-ïr": "le registre", "le dossier" too) is passed over, as are
// "Le", "Les" in capitals (a title: "de Les Échos") and a lone article.
func contractionMissing(before, after []string, nw string) bool {
	f := strings.Fields(nw)
	if len(f) < 2 || f[0] != "le" && f[0] != "les" {
		return false
	}
	w := f[1]
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	w = strings.ToLower(w)
	switch {
	case w == "y" || w == "en" || w == "lui" || w == "leur":
		return false
	case strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re") || strings.HasSuffix(w, "ïr"):
		return false
	}
	return newWordsAfter(`(?i)(?:^|[^\pL])(?:de|à)\s+`, nw, before, after)
}

// determinerAfterContraction reports whether new words beginning with a
// determiner ("le", "la", "les", "l'", "un", "une", "ce", "cette", "ces",
// "son", "sa", "ses", "chaque", …) follow "du", "des", "au" or "aux", more
// often than before ("le président du département" with « département »
// replaced by « la région »: "du la région"; « l'État »: "du l'État"):
// those words hold an article already (de le, à les), so the words
// around must change too ("de la région"), and the law did not say how,
// as in contractionMissing. A determiner in capitals (a title: "du Le
// Monde") is passed over, and a lone word ("aux leurs", a pronoun);
// "leur" (a pronoun too: "au leur") and "tout" ("au tout début") are no
// determiners here, nor "des".
func determinerAfterContraction(before, after []string, nw string) bool {
	f := strings.Fields(nw)
	if len(f) == 0 {
		return false
	}
	if i := strings.IndexAny(f[0], "'’"); i >= 0 {
		if f[0][:i] != "l" || strings.TrimLeft(f[0][i:], "'’") == "" {
			return false
		}
	} else {
		if len(f) < 2 {
			return false
		}
		switch f[0] {
		case "le", "la", "les", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "chaque", "quelque", "quelques", "plusieurs", "certains", "certaines", "aucun", "aucune":
		default:
			return false
		}
	}
	return newWordsAfter(`(?:^|[^\pL'’])(?i:du|des|au|aux)\s+`, nw, before, after)
}

// elisionStranded reports whether words deleted leave an elided word
// ("l'", "d'", "qu'") before no word, more often than before ("l'acte"
// with "acte" deleted: "l' et"): the law did not say what becomes of it.
func elisionStranded(before, after []string) bool {
	return moreOften(elidedAlone, before, after)
}

// newWordsAfter reports whether the new words nw, whole, follow what
// lead matches (a regexp) more often in the alinéas after than before —
// the shape of the elision and contraction checks (elisionBroken,
// elisionMissing, contractionMissing, determinerAfterContraction). Its
// expression is compiled for each edit that passes their first tests.
func newWordsAfter(lead, nw string, before, after []string) bool {
	return moreOften(regexp.MustCompile(lead+regexp.QuoteMeta(nw)+`(?:[^\pL]|$)`), before, after)
}

// moreOften reports whether re matches the alinéas after more often than
// the alinéas before.
func moreOften(re interface{ FindAllStringIndex(string, int) [][]int }, before, after []string) bool {
	count := func(al []string) int {
		n := 0
		for _, l := range al {
			n += len(re.FindAllStringIndex(l, -1))
		}
		return n
	}
	return count(after) > count(before)
}

var elidedAlone = mustRe(`(?i)(?:^|[^\pL])(?:l|d|qu|jusqu|lorsqu|puisqu)['’](?:[^\pL]|$)`)
