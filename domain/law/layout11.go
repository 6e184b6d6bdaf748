package law

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
)

// The evaluation's readers on layouts the development sets do not show
// (docs/LAW.md, "Measuring the engine"; layout11_test.go): a byte order
// mark, a field of another JSON type, HTML left in a text, a law whose
// avant/ or apres/ is missing, an article's file twice in one tree.

// utf8BOM is the byte order mark some editors write at a file's start.
var utf8BOM = []byte("\ufeff")

// withoutBOM is b without the byte order mark it may start with (JSON
// does not decode with it, "# Article" was not found after it, and an
// article's first alinéa began with it).
func withoutBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, utf8BOM)
}

// fabriqueTitle reads a La Fabrique article's titre: a string, or a
// number ("titre": 1) as some exports write an article without suffix.
func fabriqueTitle(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("titre %s: want a string or a number", raw)
}

// fabriqueAlineas reads a La Fabrique article's alineas: an object keyed
// "001", "002" (the format), or an array of strings in order; each
// alinéa cleaned of HTML (fabriqueHTML).
func fabriqueAlineas(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var out []string
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err == nil {
		out = AlineasInOrder(m)
	} else if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("alineas: want an object of strings (\"001\": …) or an array of strings")
	}
	for i, s := range out {
		out[i] = fabriqueHTML(s)
	}
	return out, nil
}

// reInlineTag is an HTML tag of inline type as a text exported from a
// web page keeps it ("<i>", "</sup>", "<span class=…>", "<br/>"): only
// these names, so that "< 5 %" or "a<b" are left as written.
var reInlineTag = mustRe(`(?i)<\s*/?\s*(i|b|em|strong|u|sup|sub|span|a|font|small|br|p)(?:\s[^<>]*)?/?\s*>`)

// fabriqueHTML is an alinéa of a text with the HTML an export may leave
// in it dropped: inline tags removed (a superscript ordinal kept as the
// texts print it, "1<sup>er</sup>" → "1er") and entities decoded
// ("&nbsp;", "&#171;"). Text without "<" or "&" is returned unchanged.
func fabriqueHTML(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	if strings.Contains(s, "<") {
		s = reInlineTag.ReplaceAllStringFunc(s, func(t string) string {
			// A line break or a paragraph's bounds part words.
			if n := strings.ToLower(reInlineTag.FindStringSubmatch(t)[1]); n == "br" || n == "p" {
				return " "
			}
			return ""
		})
	}
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return s
}

// plainArticleText is an amendment folder's article_avant or
// article_apres as text: the byte order mark dropped, HTML entities
// decoded ("Le mot&nbsp;chat." is "Le mot chat.", as the amendments'
// are), carriage returns read as line ends.
func plainArticleText(b []byte) string {
	s := composeAccents(lineEnds(string(withoutBOM(b))))
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return s
}

// DuplicateArticleError is an article found in two files of the same
// tree of a law's avant/ or apres/ with different texts: which one the
// consolidation holds cannot be told, so the law is not measured (two
// files with the same text are one article).
type DuplicateArticleError struct {
	Ref         CodeRef
	First, Then string
}

func (e *DuplicateArticleError) Error() string {
	return fmt.Sprintf("article %s in two files with different texts: %s and %s", e.Ref, e.First, e.Then)
}

// noAmendment is the error of an amendment folder with no amendement_* file:
// there is nothing to apply, and its article_apres would measure nothing
// of the engine.
const noAmendment = "no amendement_* file: nothing to apply"

// emptyDispositif is the refusal of an amendment file with no text.
const emptyDispositif = "empty: no dispositif"

// unchangedNote is the line the text report prints under the bills' table
// when folders' article_apres equals their article_avant.
func unchangedNote(all BillEval) string {
	if all.Unchanged == 0 {
		return ""
	}
	return "\nFolders whose article_apres equals article_avant: " + strconv.Itoa(all.Unchanged) +
		" (exact " + strconv.Itoa(all.ExactUnchanged) + "): there an article left as it was is exact, whether the amendments were applied to no effect or refused.\n"
}

// emptyText tells a text file holding nothing but a BOM and white space.
func emptyText(b []byte) bool { return len(bytes.TrimSpace(withoutBOM(b))) == 0 }

var errEmptyText = errors.New("empty file")

// lineEnds writes CRLF and CR alone as LF (a file saved with CR alone was
// one line).
func lineEnds(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
