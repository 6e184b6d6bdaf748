package law

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// The reading of a law's texte.json article by article (docs/LAW.md,
// "Measuring the engine"; fabrique14_test.go): one article the reader
// cannot read, or must not apply, is named and the others applied,
// where it lost the whole law.

// fabriqueEntry is one entry of a La Fabrique text: an article, or a
// division ("type": "section") or the text's own head ("type": "texte")
// as the parser's raw output lists them beside the articles.
type fabriqueEntry struct {
	Type    any             `json:"type"`
	Titre   json.RawMessage `json:"titre"`
	Statut  any             `json:"statut"`
	Alineas json.RawMessage `json:"alineas"`
	Section any             `json:"section"`
	// NewTitre is the article's number in the law promulgated, Order
	// its place in the text (ReadFabriqueText).
	NewTitre json.RawMessage `json:"newtitre"`
	Order    any             `json:"order"`
}

// TextUnreadError is a law's text from which no article can be read: not
// JSON, neither an object with "articles" nor an array of entries.
type TextUnreadError struct{ Reason string }

func (e *TextUnreadError) Error() string {
	return "couldn't decode a La Fabrique text: " + e.Reason
}

// fabriqueEntries reads the entries of a La Fabrique text: the object
// {"articles": […]} the site publishes, or the array of entries its
// parser writes (texte, sections and articles in the order of the text).
func fabriqueEntries(b []byte) ([]fabriqueEntry, error) {
	b = bytes.TrimSpace(withoutBOM(b))
	if len(b) > 0 && b[0] == '[' {
		var es []fabriqueEntry
		if err := json.Unmarshal(b, &es); err != nil {
			return nil, &TextUnreadError{Reason: err.Error()}
		}
		return es, nil
	}
	var doc struct {
		Articles *json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, &TextUnreadError{Reason: err.Error()}
	}
	if doc.Articles == nil {
		return nil, &TextUnreadError{Reason: `no "articles" field`}
	}
	var es []fabriqueEntry
	if err := json.Unmarshal(*doc.Articles, &es); err != nil {
		var raw []json.RawMessage
		if json.Unmarshal(*doc.Articles, &raw) != nil {
			return nil, &TextUnreadError{Reason: `"articles": want an array of articles`}
		}
		// An entry that is not an object: read the others, name it.
		es = make([]fabriqueEntry, len(raw))
		for i, r := range raw {
			if json.Unmarshal(r, &es[i]) != nil {
				es[i] = fabriqueEntry{Type: notAnObject}
			}
		}
	}
	return es, nil
}

// notAnObject marks an entry of "articles" that is not a JSON object.
const notAnObject = "\x00not an object"

// entryType is an entry's "type", lower case, "" when absent.
func entryType(e fabriqueEntry) string {
	s, _ := e.Type.(string)
	return strings.ToLower(strings.TrimSpace(s))
}

// hasText says whether one of the alinéas holds more than blanks.
func hasText(al []string) bool {
	for _, s := range al {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

// reDeletedMark is the alinéa a text prints for an article deleted:
// "(Supprimé)", "Supprimé.", "(Supprimés)".
var reDeletedMark = mustRe(`(?i)^\(?\s*supprim[ée]s?\s*\.?\s*\)?\.?$`)

// onlyDeletedMark says whether the non-blank alinéas are all the mark of
// a deleted article.
func onlyDeletedMark(al []string) bool {
	for _, s := range al {
		if s = strings.TrimSpace(s); s != "" && !reDeletedMark.MatchString(s) {
			return false
		}
	}
	return true
}

func prefixed(f string, ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = f + ": " + s
	}
	return out
}

// textUnreadNote is the text report's list of the articles of the laws'
// texts not read.
func textUnreadNote(laws []LawEval) string {
	var b strings.Builder
	for _, l := range laws {
		if strings.Contains(l.Name, "/autres_dates/") {
			continue // same text as the main run
		}
		for _, s := range l.TextUnread {
			fmt.Fprintf(&b, "- %s: %s\n", l.Name, s)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "\nArticles of the text not read or not applied (the law measured on the others):\n\n" + b.String()
}

// reSortMark is a paragraph of an amendment's file that is its sort, not
// a dispositif: "Irrecevable (article 40 de la Constitution)", "Tombé",
// "Sort : Retiré", "Non soutenu", "Rejeté". The corpus holds the
// amendments adopted; one so marked was not, and is not applied.
var reSortMark = mustRe(`(?i)^(?:sort\s*:\s*)?(irrecevables?|tomb[ée]e?s?|retir[ée]e?s?|rejet[ée]e?s?|non\s+soutenue?s?|non\s+adopt[ée]e?s?)(?:\s*\([^()]*\))?\s*\.?$`)

// sortMarkReason is the refusal of an amendment whose file says its sort
// (reSortMark): ok false when no paragraph does.
func sortMarkReason(text string) (string, bool) {
	for _, p := range HTMLToParagraphs(text) {
		if m := reSortMark.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
			return fmt.Sprintf("marked %q: an amendment not adopted, not applied", strings.TrimSpace(p)), true
		}
	}
	return "", false
}
