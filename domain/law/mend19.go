package law

import "strings"

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
