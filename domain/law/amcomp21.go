package law

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// givenFirstLabel is the paragraph number "I. - " that an amendment
// adopted before this one gave the article's first alinéa when it added
// the article's first II (the gage "II. – La perte de recettes … est
// compensée …": numberFirstParagraph), the text as tabled numbering no
// paragraph: that number is not part of the tabled alinéa the amendment
// names. "" when the first alinéa holds no such number, or the article
// as tabled numbered its paragraphs (the number is the text's own).
func givenFirstLabel(al, tabled []string) string {
	if len(al) == 0 {
		return ""
	}
	for _, l := range tabled {
		if _, k := labelOf(l); k == 'r' {
			return ""
		}
	}
	m := billNumber.FindStringSubmatch(al[0])
	if m == nil || m[1] != "I" {
		return ""
	}
	return m[0]
}

// editsFirstAlinea reports whether e, numbered on the article as it now
// stands, deletes or rewrites whole alinéas from the first, or inserts
// alinéas before it ("Supprimer l'alinéa 1", "Rédiger ainsi l'alinéa 1
// :", the Sénat's "Alinéa 1" / "Rédiger ainsi cet alinéa :", "Avant
// l'alinéa 1, insérer …").
func editsFirstAlinea(e Edit) bool {
	if len(e.Scope.Path) == 0 || !e.Scope.Path[0].Numbered || e.Scope.Path[0].Alinea != 1 || e.Scope.Sentence != 0 {
		return false
	}
	switch e.Kind {
	case EditDelete, EditRewrite:
		return len(e.Scope.Path) == 1
	case EditInsertAlineas:
		return len(e.Scope.Path) == 1 && e.Before
	}
	return false
}

// relabelFirst gives the article's first alinéa back the number
// givenFirstLabel took from it before an edit of the first alinéas: the
// I's number stays at the I's start, now the first alinéa the edit left
// (or put there). Where the edit left no alinéa before the next
// paragraph ("II. - …"), the I stands deleted, "I. - (Supprimé)", as a
// bill keeps a deleted paragraph's number (tags gets a 0 for it). New
// text opening with a paragraph's number of its own keeps it.
func relabelFirst(al []string, tags []int, lbl string) ([]string, []int) {
	if len(al) == 0 {
		return al, tags
	}
	al = append([]string(nil), al...)
	if _, k := labelOf(al[0]); k == 'r' {
		if firstParagraph.MatchString(strings.TrimLeft(al[0], "«\" ")) {
			return al, tags
		}
		al = append([]string{lbl + "(Supprimé)"}, al...)
		if tags != nil {
			tags = append([]int{0}, tags...)
		}
		return al, tags
	}
	al[0] = lbl + al[0]
	return al, tags
}

// errWordsAtAnchorSince refuses words inserted after (before) words where
// an amendment adopted before it inserted words at that very place since
// the text was tabled: "Après le mot : « fixe », insérer les mots : «
// chaque année »", then "Après le mot : « fixe », insérer les mots : «
// par arrêté »". Both were drafted on "fixe le tarif"; whether the later
// goes right after "fixe" (before the earlier's words) or after the
// earlier's words is not said — the amendments' order in the sitting
// says nothing of the order of their words (it went right after "fixe":
// "fixe par arrêté chaque année", the later first).
// "Au début de l'alinéa 1, insérer les mots : …" twice likewise (the
// later went first).
var errWordsAtAnchorSince = applyErr("words inserted next to words where text was written since the amendment was tabled: before or after that text is not said")

// wordsAtAnchorSince is errWordsAtAnchorSince for e on al (tags: the
// tabled number of each alinéa, 0 for one inserted since): for each
// occurrence of the anchor the edit takes, the words right after it
// (before it, for "Avant le mot") as found and as tabled; where the word
// that followed it as tabled now comes later, or text now follows an
// anchor that ended the alinéa, words were written there since. A word
// that followed it replaced or deleted since (no longer found after it)
// is no text written at the place: read.
func wordsAtAnchorSince(tabled []string, tags []int, al []string, e Edit) error {
	start := e.Kind == EditAppendWords && e.Scope.Where == "start"
	if (e.Kind != EditInsertWords || e.Anchor == "") && !start || len(tags) != len(al) {
		return nil
	}
	lo, hi, ok := pathSpan(al, e.Scope.Path)
	if !ok {
		return nil
	}
	// The place as found and as tabled: its sentence when one is named
	// (an earlier edit of the amendment in another sentence of the
	// alinéa is not at this place), else each alinéa.
	var nows, thens []string
	if e.Scope.Sentence != 0 {
		sn, st, ok := sentenceAsTabled(tabled, tags, al, lo, hi, e.Scope)
		if !ok {
			return nil
		}
		nows, thens = []string{sn}, []string{st}
	} else {
		for i := lo; i < hi && i < len(al); i++ {
			if tags[i] > 0 && tags[i] <= len(tabled) {
				nows, thens = append(nows, al[i]), append(thens, tabled[tags[i]-1])
			}
		}
	}
	if start {
		// "Au début de l'alinéa 1, insérer les mots : …" after an
		// amendment inserted words at that start: the first words, the
		// paragraph's or item's number aside.
		if len(nows) == 0 {
			return nil
		}
		now, then := nows[0], thens[0]
		now, then = now[len(labelPrefix(now)):], then[len(labelPrefix(then)):]
		if writtenAtPlace(bareWords(now), bareWords(then)) {
			return errWordsAtAnchorSince
		}
		return nil
	}
	for i, now := range nows {
		then := thens[i]
		hn := findOcc(now, e.Anchor, nil)
		ht := findOcc(then, e.Anchor, nil)
		if len(hn) != len(ht) || len(hn) < 2 {
			continue
		}
		hn, ht = pickOccurrences(hn, e.Occurrences), pickOccurrences(ht, e.Occurrences)
		if len(hn) != len(ht) {
			continue
		}
		for j := 0; j+1 < len(hn); j += 2 {
			if !e.Before && samePunctuation(now[hn[j+1]:], then[ht[j+1]:]) {
				// "… le tarif. Il statue." after a sentence was added:
				// the words go before the full stop, as tabled.
				continue
			}
			var wn, wt []string
			if e.Before {
				wn, wt = reversed(bareWords(now[:hn[j]])), reversed(bareWords(then[:ht[j]]))
			} else {
				wn, wt = bareWords(now[hn[j+1]:]), bareWords(then[ht[j+1]:])
			}
			if writtenAtPlace(wn, wt) {
				return errWordsAtAnchorSince
			}
		}
	}
	return nil
}

// writtenAtPlace reports whether words were written next to a place
// since it was tabled: now and was are the words from the place outward
// as found and as tabled.
func writtenAtPlace(now, was []string) bool {
	if len(now) == 0 {
		return false
	}
	if len(was) == 0 {
		return true
	}
	if now[0] == was[0] {
		return false
	}
	for k := 1; k < len(now) && k <= 8; k++ {
		if now[k] == was[0] {
			return true
		}
	}
	return false
}

func reversed(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[len(ws)-1-i] = w
	}
	return out
}

// samePunctuation reports whether a and b both open, blanks aside, with
// the same punctuation sign.
func samePunctuation(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb && unicode.IsPunct(ra)
}
