package law

import "strings"

// amL10Completion is a head whose new words go at the end of a place:
// "Compléter cet alinéa par les mots :", "ajouter les mots :" (folded).
var amL10Completion = mustRe(`\bcompleter\b|\bajouter\b|\bfin\b`)

// amL10Quoted is the last quoted words of a head (group 1).
var amL10Quoted = mustRe(`«\s*([^«»]*?)\s*»[^«»]*$`)

// itemEndSemicolon reads the Sénat's unquoted new words whose line ends
// with a semicolon in a list of items or parts ("Alinéa 5" / "1°
// Remplacer le mot :" / "notaire" / "par le mot :" / "huissier ;" / "2°
// Compléter cet alinéa …"): the semicolon closes the item, as after the
// Assemblée's « huissier » ; — it is not of the words (it went in: "Le
// huissier ; garde"). head is the instruction read so far, words the
// words' line, after the lines that follow it. It gives the words
// without it when the next line opens the next item or part; the words
// kept when they end no item (the list's last, or no list). Where the
// semicolon may be the words' own — words put at the end of a place
// ("Compléter cet alinéa par les mots :", a list's item ending so), or
// in place of or beside words that end with punctuation ("garde." /
// "classe ;": an item no longer the last) — which one is not said:
// refused (refuse true).
func itemEndSemicolon(head, words string, after []string) (string, bool) {
	w := strings.TrimSpace(words)
	if !strings.HasSuffix(w, ";") || !nextItemFollows(after) {
		return words, false
	}
	fh := asciiLower(foldAccents(head))
	if amL10Completion.MatchString(fh) {
		return words, true
	}
	if m := amL10Quoted.FindStringSubmatch(head); m != nil && strings.ContainsAny(lastRune(m[1]), ".;:,") {
		return words, true
	}
	t := strings.TrimSpace(strings.TrimSuffix(w, ";"))
	if t == "" {
		return words, true
	}
	return t, false
}

// nextItemFollows reports whether the first line of after opens the
// amendment's next item or part, an instruction ("2° Compléter …", "b)
// Remplacer …", "II. – Alinéa 6").
func nextItemFollows(after []string) bool {
	for _, raw := range after {
		l := cleanAmendmentLine(raw)
		if l == "" {
			continue
		}
		return partKind(l) != "" && (amStart.MatchString(l) || ownLocatorLine(l) || amImperative.MatchString(l))
	}
	return false
}

// sameDeletion reports whether r, an amendment applied to the text as c
// found it, deleted the article as c did: "Supprimer cet article." and
// the Sénat's "Article 3" / "Supprimer cet article.", adopted together,
// delete it once — the second is the same change (sameChange), applied
// as identical (it was recorded as a deletion of its own, of an article
// already deleted).
func sameDeletion(r AmendedArticle, c appliedChange) bool {
	return r.Deleted && c.deleted
}

// amL10Governed is an amendment's verb governed by another verb, as an
// infinitive: "proposent de supprimer", "il convient de remplacer", "vise
// à insérer", "souhaitent supprimer" (shaped: quotations are Q0, Q1 …).
var amL10Governed = mustRe(`(?i)(?:\b(?:de|à)\s+|\bd['’]\s*|\b(?:souhaitent|souhaite|proposent|propose|veulent|veut|entendent|entend)\s+)(?:supprimer|r[ée]diger|remplacer|substituer|ins[ée]rer|compl[ée]ter|r[ée]tablir|ajouter|proc[ée]der)\b`)

// statementSentence reports a sentence that speaks of the change instead
// of making it, its verb governed by another ("Les auteurs proposent de
// supprimer l'alinéa 5.", "Il convient de remplacer le mot : « A » par
// …", "Le Gouvernement souhaite supprimer …"): the statement of reasons
// printed after the dispositif, or prose — a dispositif's verb is an
// imperative. It was read as the instruction, the words before the verb
// taken for a place ("les auteurs" read as no place: the alinéa 5
// deleted). Refused. sh is the head shaped.
func statementSentence(sh string) bool {
	return amL10Governed.MatchString(sh)
}
