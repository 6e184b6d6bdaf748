package law

import (
	"errors"
	"strings"
)

// mend19: an entry ending the application of a code's articles.
//
// "L'article L. 5 du code civil, dans sa rédaction résultant de la
// présente loi, cesse d'être applicable le 1er janvier 2031." ("n'est
// plus applicable à compter du …", "est applicable jusqu'au …") says the
// bill's edits of L. 5 are in force for a time only: the text goes back
// after it, as for a bill article's parts so named (entry19.go). The
// instructions with an edit of an article so named are refused, to no
// day, with reasonTemporaryEntry (they were applied for good).

// reCodeEntryEndsMaybe is, folded and lowered, a word of an entry that
// ends an application or gives it a time only: "cesse", "plus
// applicable", "jusqu'".
var reCodeEntryEndsMaybe = mustRe(`\bcesse|\bplus\s+(?:applicable|en\s+vigueur)|\bs'appliqu(?:e|ent)\s+plus|\bjusqu'`)

// codeEntryEndsMaybe tells an alinéa (raw) that may end the application
// of what it names, to be read by entryAt.
func codeEntryEndsMaybe(raw string) bool {
	return reCodeEntryEndsMaybe.MatchString(asciiLower(foldAccents(raw)))
}

// refuseCodeTemporaryEdits refuses, to no day, every parsed instruction
// of out with an edit of a code article the entry e names (e.temporary),
// or of a range or a division whose articles it does not list, in a code
// e names.
func refuseCodeTemporaryEdits(e codeEntry, out []Instruction) {
	codes := map[string]bool{}
	for _, s := range e.scopes {
		codes[s.Ref.Code] = true
	}
	why := reasonTemporaryEntry + " (" + strings.TrimSpace(e.text) + ")"
	for k := range out {
		in := &out[k]
		if in.Status != Parsed {
			continue
		}
		for _, ed := range in.Edits {
			if codeTemporaryEditNamed(e, ed, codes) {
				deferTo(in, "", why)
				break
			}
		}
	}
}

// codeTemporaryEditNamed tells an edit of an article e names, or of
// articles it does not list (a range, a division) in one of the codes.
func codeTemporaryEditNamed(e codeEntry, ed Edit, codes map[string]bool) bool {
	refs, ok := editRefs(ed)
	if !ok && editInCodes(ed, codes) {
		return true
	}
	for _, r := range refs {
		if e.names(r) {
			return true
		}
	}
	return false
}

// errKeptUnderLostLabel is the first alinéas of an article deleted up to
// a rank counted from its end ("L'article L. 1, à l'exception de son
// dernier alinéa, est abrogé", "Les premier à avant-dernier alinéas …
// sont supprimés") where the first alinéa kept sits under a paragraph
// label ("II. – …") whose own line is deleted: whether it stays in that
// paragraph, bearing its label, or loses it is not said. It lost the
// label ("I. – A", "II. – B", "C" became "C").
var errKeptUnderLostLabel = errors.New("alinéas deleted up to one kept that sits under a paragraph whose labelled line is deleted: whether the kept alinéa keeps the paragraph's label is not said")

// keptUnderLostLabel refuses (errKeptUnderLostLabel) the deletion of an
// article's first alinéas up to a rank from its end (Alinea 1, Count
// toTheEnd-1 or less) when the first alinéa kept bears no paragraph label
// and a deleted one does. An article without paragraph labels, or whose
// first alinéa kept opens a paragraph, is left to the other rules.
func keptUnderLostLabel(c Corpus, e Edit) error {
	s := e.Scope
	if e.Kind != EditDelete || len(s.Path) != 1 || s.Sentence != 0 || s.Where != "" || s.Ref.Article == "" || s.RangeTo != "" {
		return nil
	}
	d := s.Path[0]
	if d.Item != "" || d.Alinea != 1 || d.Count > toTheEnd-1 || d.Numbered || d.Dash || d.Proposed != "" || d.FromEnd != 0 {
		return nil
	}
	a, ok := c[s.Ref]
	if !ok {
		return nil
	}
	end := len(a.Alineas) + d.Count + 1 // the first alinéa kept
	if end <= 0 || end >= len(a.Alineas) {
		return nil
	}
	if _, k := labelOf(a.Alineas[end]); k == 'r' {
		return nil
	}
	for _, l := range a.Alineas[:end] {
		if _, k := labelOf(l); k == 'r' {
			return errKeptUnderLostLabel
		}
	}
	return nil
}
