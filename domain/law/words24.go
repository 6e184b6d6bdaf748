package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words edited (words24): the checks a word edit's result passes, the
// same for a replacement, an insertion and a completion.

// errElisionAfterAnchor24 refuses new words put after an anchor that
// elides or contracts before them ("après le mot : « de », sont insérés
// les mots : « au moins »": "de au moins", French writes "d'au moins";
// after an elided anchor, "après les mots : « l' »", a consonant): the
// words around must change too, and the law did not say how — as new
// words put in the place of others or before an anchor were refused
// (elisionMissing, elisionBroken); after an anchor they were put as
// said.
const errElisionAfterAnchor24 = applyErr("new words put after an anchor that elides or contracts before them (« de » then « au moins »): the words around are not said")

// errContractionNeeded24 refuses an edit that leaves "de" or "à" before
// the article "le" or "les" and a noun, more often than before: French
// contracts them (du, des, au, aux), so the words around must change
// too, and the law did not say how. It is the new words' last word
// ("par le maire" with « par » replaced by « à »: "à le maire"), or
// their first after the text's "de" or "à" ("à la commune" with « la
// commune » replaced by « le maire »: "à le maire" — a noun in -re was
// read as an infinitive, "le" a pronoun, and passed over).
const errContractionNeeded24 = applyErr("an edit leaves \"de\" or \"à\" before the article \"le\" or \"les\", which contract (du, des, au, aux): the words around are not said")

// wordsChecked24 is the refusal, if any, of a word edit e (replacement,
// insertion, before and after the alinéas from before to after):
// errMarkOverMark22 when new words closed by a period end right before
// the text's colon, as at the end of an alinéa that closes with one
// (appendMarkClash22) — the period was dropped there, kept at the
// alinéa's end: one rule, whatever the operation (completion,
// replacement, insertion after words), the colon or the period meant is
// not said; errElisionAfterAnchor24; errContractionNeeded24.
func wordsChecked24(before, after []string, e Edit) error {
	if e.Kind != EditReplaceWords && e.Kind != EditInsertWords {
		return nil
	}
	if periodOverColon24(before, after, e.New) {
		return errMarkOverMark22
	}
	if e.Kind == EditInsertWords && !e.Before && (elisionMissing(before, after, e.New) || elisionBroken(before, after, e.New)) {
		return errElisionAfterAnchor24
	}
	if contractionJunction24(e.New) && contractions24(after) > contractions24(before) {
		return errContractionNeeded24
	}
	if e.Kind == EditReplaceWords && e.Old != e.New && strings.EqualFold(e.Old, e.New) && strings.Join(before, "\n") == strings.Join(after, "\n") {
		return errCaseKept24
	}
	return nil
}

// errCaseKept24 refuses words replaced by the same in another case that
// leave the text as it was: « Le » by « le » at a sentence's start,
// which keeps its capital (new words take it) — the law meant another
// text than the one in force, which is not said (it was passed as
// applied, the text unchanged).
const errCaseKept24 = applyErr("words replaced by the same in another case leave the text unchanged (a sentence's capital kept): what the law meant is not said")

// periodOverColon24 reports whether the new words nw end with a period
// (not an ellipsis) and stand, without it, before a colon more often in
// the alinéas after than before.
func periodOverColon24(before, after []string, nw string) bool {
	t := strings.TrimRight(nw, " \u00a0\u202f")
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return false
	}
	body := strings.TrimRight(strings.TrimSuffix(t, "."), " \u00a0\u202f")
	if body == "" || strings.ContainsAny(body[len(body)-1:], ".;:,") {
		return false
	}
	count := func(al []string) int {
		n := 0
		for _, s := range al {
			for from := 0; ; {
				i := strings.Index(s[from:], body)
				if i < 0 {
					break
				}
				from += i + len(body)
				if strings.HasPrefix(strings.TrimLeft(s[from:], " \u00a0\u202f"), ":") {
					n++
				}
			}
		}
		return n
	}
	return count(after) > count(before)
}

// contractions24 counts, in the alinéas al, "de" or "à" before the
// article "le" or "les" and a word that is no infinitive (a pronoun
// "le" goes before one: "afin de le faire", "tenu à les transmettre").
func contractions24(al []string) int {
	n := 0
	for _, s := range al {
		for _, m := range reContraction24.FindAllStringSubmatch(s, -1) {
			w := strings.ToLower(m[1])
			if w == "y" || w == "en" || w == "lui" || w == "leur" || w == "leurs" || infinitiveLike24(w) {
				continue
			}
			n++
		}
	}
	return n
}

// reContraction24 is "de" or "à" (any case), the article "le" or "les"
// (lower case: "de Le Monde" is a title), and the next word (group 1).
var reContraction24 = mustRe(`(?:^|[^\pL'’])(?i:de|à)\s+les?\s+(\pL+)`)

// infinitiveLike24 reports whether the word w (lower case) may be an
// infinitive, as the pronoun "le" or "les" goes before: a word in -er
// (not "premier", "dernier", nor in -ssier, -ulier, -tier, -chier,
// -quier, -mier, the nouns' and adjectives': "dossier", "particulier",
// "métier"), -ir or -ïr, or in -re of the endings the verbs have — not
// the nouns' ("maire", "ministre", "membre", "titre", "mesure",
// "mémoire": "à le maire" is no "à le faire").
func infinitiveLike24(w string) bool {
	if strings.HasSuffix(w, "er") {
		// Nouns and adjectives in -ier no verb ends with: "le premier
		// ministre", "le dossier", "le particulier", "le métier".
		if w == "premier" || w == "dernier" {
			return false
		}
		for _, suf := range []string{"ssier", "ulier", "tier", "chier", "quier", "mier"} {
			if strings.HasSuffix(w, suf) {
				return false
			}
		}
		return true
	}
	if strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "ïr") {
		return true
	}
	if !strings.HasSuffix(w, "re") {
		return false
	}
	switch w {
	case "ordre", "désordre", "cadre", "livre", "lettre", "maître":
		return false
	case "être", "croire", "boire", "accroire", "taire", "traire":
		return true
	}
	for _, suf := range []string{"faire", "plaire", "extraire", "soustraire", "distraire", "abstraire"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	for _, suf := range []string{"aire", "oire", "bre", "ère", "eure", "rre", "gre"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	switch {
	case strings.HasSuffix(w, "tre"):
		return strings.HasSuffix(w, "mettre") || strings.HasSuffix(w, "battre") || strings.HasSuffix(w, "naître") || strings.HasSuffix(w, "raître") || strings.HasSuffix(w, "oître")
	case strings.HasSuffix(w, "ure"):
		return strings.HasSuffix(w, "clure")
	case strings.HasSuffix(w, "vre"):
		return strings.HasSuffix(w, "vivre") || strings.HasSuffix(w, "suivre")
	case strings.HasSuffix(w, "cre"):
		return strings.HasSuffix(w, "vaincre")
	case strings.HasSuffix(w, "pre"):
		return strings.HasSuffix(w, "rompre")
	case strings.HasSuffix(w, "ore"):
		return strings.HasSuffix(w, "clore")
	}
	return true // -dre, -ire, -ndre…: "prendre", "dire", "produire"
}

// splitsSentences24 reports whether new words nw, the sign "." alone,
// replace old words ending with a semicolon, a comma or a colon, so
// that the text after them begins a sentence: "Il statue ; il signe."
// with « ; » replaced by « . » reads "Il statue. Il signe." (it gave "…
// statue. il signe."), as the reverse joins two sentences and lowers
// the capital (joinsSentences).
func splitsSentences24(old, nw string) bool {
	o := strings.TrimRight(old, " \u00a0\u202f")
	return strings.TrimSpace(nw) == "." && o != "" && strings.ContainsAny(o[len(o)-1:], ";,:")
}

// upperAfterSplit24 gives the text rest after a sentence's new period
// with its first letter raised to a capital, its leading spaces kept; a
// text beginning otherwise than with a lower-case letter is left.
func upperAfterSplit24(rest string) string {
	t := strings.TrimLeft(rest, " \u00a0")
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLower(r) {
		return rest
	}
	return rest[:len(rest)-len(t)] + upperFirst(t)
}

// commaBeforeMark24 is the words w added at the end of a text that
// closes with the mark end (a period, a semicolon or a colon, "" for
// none), without the comma they end with: before the text's mark a comma
// goes — "1° Sur la demande ;" completed by « , le cas échéant, » reads
// "1° Sur la demande, le cas échéant ;" (it gave "…, le cas échéant,
// ;"), as words replaced or inserted before the text's mark lose it. A
// comma alone is left as said.
func commaBeforeMark24(w, end string) string {
	if strings.TrimSpace(end) == "" || !strings.HasSuffix(w, ",") || strings.Trim(w, ", ") == "" {
		return w
	}
	return strings.TrimRight(strings.TrimSuffix(w, ","), " \u00a0")
}

// contractionJunction24 reports whether new words nw meet the text where
// a contraction may be wanting: they end with "de" or "à" (the text's
// "le maire" after them) or begin with "le" or "les" (after the text's
// "de" or "à"). Words put elsewhere — the word after a pronoun "le"
// replaced ("de le remettre", « remettre » by another verb), "de le"
// written inside the new words — are the law's text, not checked.
func contractionJunction24(nw string) bool {
	f := strings.Fields(nw)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return last == "de" || last == "à" || f[0] == "le" || f[0] == "les"
}
