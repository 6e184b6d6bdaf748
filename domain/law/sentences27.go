package law

import (
	"fmt"
	"strings"
	"unicode"
)

// sentences27: sentences in bills' instructions and amendments.
//
//   - A capital's period (an initial's, "J. Dupont") or a reference's
//     abbreviation ("al.") before a capitalised word that is no name — an
//     ordinal, a number in words, a pronoun or an adverb a sentence opens
//     with ("le plan A. Deuxième …", "la zone B. Nul ne …") — leaves the
//     boundary open, as before "Il" (sentences22): it was one sentence.
//   - The last sentence of an alinéa that opens the list after it,
//     named by its rank in the article ("La deuxième phrase de l'article
//     L. 1 est supprimée") or in an amendment's alinéa that carries no
//     label ("Supprimer la seconde phrase de l'alinéa 1" on "Il signe.
//     Sont exclus :" then "1° …"), deleted or rewritten to open none:
//     refused, as for "… du premier alinéa" (the items were left under a
//     sentence announcing none).
//   - Words completing a sentence that ends with "?" or "!" go before the
//     mark ("Il date ?" completed by "vite": "Il date vite ?"; it gave
//     "Il date ? vite"); after an ellipsis, or a quotation that holds the
//     sentence's end ("Il écrit « Lu. »"), where they go is not said:
//     refused.

// openers27 are words a sentence opens with besides sentenceOpeners,
// never a name after an initial: pronouns and determiners ("Nul",
// "Quiconque", "Chacun", "Ledit"), adverbs and conjunctions ("Ainsi",
// "Néanmoins", "Toutefois"), numbers in words and ordinals ("Deux",
// "Premier", "Second", "Dernier"; any "-ième", "-ièmement").
var openers27 = map[string]bool{
	"nul": true, "nulle": true, "nuls": true, "nulles": true, "quiconque": true,
	"seul": true, "seule": true, "seuls": true, "seules": true, "chacun": true, "chacune": true,
	"celui": true, "celle": true, "ceux": true, "celles": true, "plusieurs": true, "certains": true, "certaines": true,
	"ledit": true, "ladite": true, "lesdits": true, "lesdites": true, "autre": true, "autres": true, "même": true, "mêmes": true,
	"ainsi": true, "cependant": true, "néanmoins": true, "également": true, "notamment": true, "enfin": true,
	"ensuite": true, "puis": true, "désormais": true, "aussi": true, "mais": true, "or": true, "et": true, "ou": true,
	"outre": true, "hors": true, "lors": true, "pendant": true, "depuis": true, "selon": true, "conformément": true,
	"nonobstant": true, "afin": true, "jusqu": true, "jusque": true, "quand": true, "lorsqu": true, "puisque": true,
	"qui": true, "que": true, "qu": true, "quel": true, "quelle": true, "quels": true, "quelles": true,
	"deux": true, "trois": true, "quatre": true, "cinq": true, "six": true, "sept": true, "huit": true, "neuf": true, "dix": true,
	"premier": true, "première": true, "premiers": true, "premières": true, "second": true, "seconde": true,
	"seconds": true, "secondes": true, "dernier": true, "dernière": true, "derniers": true, "dernières": true,
	"premièrement": true, "ont": true, "sera": true, "seront": true, "demeure": true, "demeurent": true,
	"reste": true, "restent": true, "font": true, "fait": true,
}

// opener27 reports whether a sentence begins with a word a sentence opens
// with: one of sentenceOpeners (opener), of openers27, or an ordinal in
// "-ième" ("Deuxième", "Troisièmement").
func opener27(sent string) bool {
	if opener(sent) {
		return true
	}
	w := strings.TrimLeft(sent, " «(\u00a0")
	if end := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); end >= 0 {
		w = w[:end]
	}
	w = strings.ToLower(w)
	return openers27[w] || strings.HasSuffix(w, "ième") || strings.HasSuffix(w, "ièmes") || strings.HasSuffix(w, "ièmement")
}

// listAfter27 reports whether al[i] ends with a colon and the alinéa
// after it is an item of a list ("Sont exclus :" then "1° …", "a) …",
// "– …").
func listAfter27(al []string, i int) bool {
	if i < 0 || i+1 >= len(al) || !opensAList(al[i]) {
		return false
	}
	_, k := label(al[i+1])
	return k != 0 || dashItem(al[i+1])
}

// sentenceAlineas27 is the span of alinéas a sentence named by path is
// sought in: the division's, or the whole article's when path names
// none ("la deuxième phrase de l'article L. 1": its first alinéa's,
// "la dernière phrase …": its last's — pickSentenceAlinea).
func sentenceAlineas27(al []string, path []Division) (lo, hi int, ok bool) {
	if len(path) == 0 {
		return 0, len(al), len(al) > 0
	}
	lo, hi, _, err := resolve(al, path)
	return lo, hi, err == nil && lo < hi
}

// errWordsAfterEndMark27: words completing a sentence that ends with an
// ellipsis, an abbreviation's period ("etc.") or a quotation that holds
// its end ("Il écrit « Lu. »"): before the mark (inside the quotation)
// or after it is not said.
var errWordsAfterEndMark27 = fmt.Errorf("words completing a sentence that ends with an ellipsis, an abbreviation's period or a quotation holding its end: before or after it is not said: %w", errApplyWordsJoin26)

// quoteEndsSentence27 is a quotation whose text ends with a sentence's
// mark, closing a text: "« Lu. »", "« Qui ? »" (and "»." is no such end).
var quoteEndsSentence27 = mustRe(`[.?!…][ \x{a0}\x{202f}]*[»”"][ \x{a0}\x{202f}]*$`)

// appendWords27 is appendWords, refusing words that complete a text
// ending with an ellipsis ("Il date…", "Il date..."), an abbreviation's
// period ("Il date, etc.": it gave "etc vite.") or a quotation
// holding the sentence's end ("Il écrit « Lu. »") — a bill's quoted
// alinéa ("« Il signe. »") is appendWords' (the words go inside it).
func appendWords27(s, words string) (string, error) {
	if closeStart(s) == len(s) {
		t := strings.TrimRight(s, " \u00a0\u202f")
		w := strings.TrimSpace(words)
		if !strings.HasPrefix(w, ".") && (strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || quoteEndsSentence27.MatchString(t) || abbreviationEnd27(t)) {
			return "", applyKind26(errWordsAfterEndMark27, fmt.Sprintf("words %q completing %q, which ends with an ellipsis, an abbreviation's period or a quotation holding its end: before or after it is not said", w, t))
		}
	}
	return appendWords(s, words), nil
}

// abbreviationEnd27 reports whether t ends with an abbreviation's period
// ("Il date, etc.", "… voir l'art.", "c.-à-d."): the abbreviation's and
// the sentence's at once — words completing t would take it away ("etc
// vite.") or follow it. A single capital's ("le plan B.") is the
// sentence's.
func abbreviationEnd27(t string) bool {
	body, ok := strings.CutSuffix(t, ".")
	if !ok {
		return false
	}
	f := strings.Fields(body)
	return len(f) > 0 && strings.EqualFold(strings.TrimLeft(f[len(f)-1], "(,"), "etc") || abbreviationBefore(body)
}

// markEnd27 is the end of t when it is a question or an exclamation
// mark, with the space set before it ("Il date ?": " ?"), and t's body
// before them; ok is false otherwise.
func markEnd27(t string) (body, end string, ok bool) {
	n := len(t)
	if n == 0 || t[n-1] != '?' && t[n-1] != '!' {
		return t, "", false
	}
	body = strings.TrimRight(t[:n-1], " \u00a0\u202f")
	return body, t[len(body):], true
}

// doubtInitialAfterNoun27 is the cause of initialAfterNounReading27's
// boundaries: a capital's period after a determiner and a noun, before a
// capitalised word ("le plan B. Dupont signe."). Its bit is taken at init
// with its name (doubtNames), as doubtInitialOpener22's.
var doubtInitialAfterNoun27 doubtCause

func init() {
	doubtInitialAfterNoun27 = 1 << len(doubtNames)
	doubtNames = append(doubtNames, "a capital's period after a determiner and a noun, a letter naming a thing or an initial, before a capitalised word")
}

// letterAfterNoun27 is a determiner, a noun, then a capital and its
// period, then a capital (group: the period): "le plan B. Dupont", "du
// mot A. Deuxième", "l'offre C. Paris".
var letterAfterNoun27 = mustRe(`(?:^|[ \x{a0}\x{202f}(])(?:[lL]['’]|(?i:le|la|les|du|des|au|aux|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs)[ \x{a0}\x{202f}]+)\p{Ll}[\p{Ll}-]*[ \x{a0}\x{202f}]+\p{Lu}(\.)[ \x{a0}\x{202f}]+\p{Lu}`)

// initialAfterNounReading27 is the reading of s's sentences where the
// period of a capital alone after a determiner and a noun, read as an
// initial's (periodEnds), ends a sentence before a capitalised word —
// the capital names a thing by its letter ("le plan B. Dupont signe.":
// one sentence, or two?) — with its cause; 0 when it is sentenceBounds'.
// An initial after a verb or a title ("Il informe J. Dupont.", "M. J.
// Dupont") and another initial after it ("le notaire J. P. Dupont") give
// no such reading; "M." is "Monsieur".
func initialAfterNounReading27(s string) ([][2]int, doubtCause) {
	r := newCutReading(s)
	if len(r.b) == 0 {
		return r.b, 0
	}
	b, quoted, first, last, cuts := r.b, r.quoted, r.first, r.last, r.cuts
	for _, m := range letterAfterNoun27.FindAllStringSubmatchIndex(s, -1) {
		i := m[2]
		j := sentenceSpaceEnd(s, i+1)
		if i <= first || j >= last || s[i-1] == 'M' || hasCut(cuts, i+1) || inSpans(quoted, i) || insideQuote(s, first, i) || reInitial.MatchString(s[j:]) || !sentenceOpens(s[j:]) {
			continue
		}
		cuts = append(cuts, [2]int{i + 1, j})
	}
	return cutsReading(b, cuts, doubtInitialAfterNoun27)
}
