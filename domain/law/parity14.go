package law

import (
	"fmt"
	"reflect"
	"strings"
)

// The one rule of sent14 (a sentence's boundary the typography leaves
// open: doubtfulBounds, and sentsplit15's sentsplitBounds: doubtfulReadings) where the sentence is not named by its rank but
// found by a word in it ("après le mot : « A », la fin de la phrase"),
// and where the words edited in a sentence named are in it in either
// reading ("À la première phrase, le mot : « A » est remplacé …").

// spanAt is the span of b that holds [from, to), or false.
func spanAt(b [][2]int, from, to int) ([2]int, bool) {
	for _, x := range b {
		if x[0] >= 0 && from >= x[0] && to <= x[1] {
			return x, true
		}
	}
	return [2]int{}, false
}

// doubtfulSentenceEnd refuses "après le mot : « A », la fin de la
// phrase" where the sentence that holds A ([from, to) in s) ends at
// another place in the other reading of s's boundaries: "Il paie la S.A.
// Durand. Il signe." after « paie » (the end is "la S.A." or "la S.A.
// Durand."), "Il signe. (Il date.) Il part." after « date » (the
// parenthesis closes, or the sentence runs to "Il part."). When the
// anchor's occurrence is counted in the sentence (counted), its start
// must agree too.
func doubtfulSentenceEnd(s string, from, to int, counted bool) error {
	x, okx := spanAt(sentenceBounds(s), from, to)
	for _, other := range doubtfulReadings(s) {
		y, oky := spanAt(other.bounds, from, to)
		if okx != oky || x[1] != y[1] || counted && x[0] != y[0] {
			return doubtfulError(other.cause, fmt.Sprintf("the sentence that holds %q", s[from:to]))
		}
	}
	return nil
}

// doubtfulSentenceWords refuses words edited in the sentence n of
// alinéa i (doubtfulSentence) unless the words' occurrences in it are
// the same in both readings of its boundaries: "Il paie la S.A. Durand.
// Il signe.", « paie » in the first sentence is read (in "Il paie la
// S.A." or "Il paie la S.A. Durand.", the same word), « Durand » is not
// (in the first sentence, or the second?). An alinéa an earlier edit of
// the group changed keeps the rule on the rank.
func doubtfulSentenceWords(al []string, i, n int, g *groupState, words string) error {
	err := doubtfulSentence(al, i, n, g)
	if err == nil || words == "" || g != nil && len(g.tags) == len(al) && g.tags[i] != 0 && g.orig[g.tags[i]-1] != al[i] {
		return err
	}
	s := al[i]
	x, okx := sentenceAt(sentenceBounds(s), n)
	hits := findOcc(s, words, nil)
	for _, other := range doubtfulReadings(s) {
		y, oky := sentenceAt(other.bounds, n)
		if okx && oky && x == y {
			continue
		}
		if !okx || !oky {
			return err
		}
		same := 0
		for j := 0; j+1 < len(hits); j += 2 {
			inx := hits[j] >= x[0] && hits[j+1] <= x[1]
			iny := hits[j] >= y[0] && hits[j+1] <= y[1]
			if inx != iny {
				return doubtfulError(other.cause, fmt.Sprintf("words %q in sentence %d or out of it", words, n))
			}
			if inx {
				same++
			}
		}
		if same == 0 {
			return err
		}
	}
	return nil
}

// reWordsExceptBefore is a word operation in a place but one part of
// it, the exception before the words: "À l'article L. 1, sauf au 3°, les
// mots : « a » sont remplacés …", "Au I, à l'exception du 2°, le mot :
// « a » est supprimé" (groups: the place, the part left out, the word
// operation). reWordsExceptAfter is the same with the exception after
// the operation: "…, les mots : « a » sont remplacés par les mots :
// « b », sauf au dernier alinéa." (groups: the place, the operation, the
// part left out, the end).
var (
	reWordsExceptBefore = mustRe(`^((?:[ÀA]u?x?|[ÀA]\s+l['’]|[ÀA]\s+la|Dans)\s[^«»:;,]*?)\s*,\s*` + exceptWords + `\s*,\s*((?:le|les|la|l['’])\s*[^«»:;,]*?\s*:\s*«.*)$`)
	reWordsExceptAfter  = mustRe(`^((?:[ÀA]u?x?|[ÀA]\s+l['’]|[ÀA]\s+la|Dans)\s[^«»:;,]*?)\s*,\s*((?:le|les|la|l['’])\s*[^«»:;,]*?\s*:\s*«.*(?:»|supprimée?s?))\s*,\s*` + exceptWords + `(\s*[.;]?\s*)$`)
)

// exceptWords is the words that take one part out of a place, then that
// part: "sauf au 3°", "à l'exception du dernier alinéa", "hormis dans le
// II", "excepté à la première phrase" (group: the part with its
// preposition).
const exceptWords = `(?:sauf|hormis|excepté|à\s+l['’]exception)\s+((?:des|au|à\s+la|à\s+l['’]|dans\s+(?:le|la|l['’])|du|de\s+la|de\s+l['’]|de\s+son|de\s+sa)\s*[^«»:;,]+?)`

// exceptPreps write the part left out as a place: "du 3°", "dans le
// 3°", "de son 3°" are "au 3°".
var exceptPreps = [][2]string{{"des ", "aux "}, {"du ", "au "}, {"de son ", "au "}, {"dans le ", "au "}, {"de la ", "à la "}, {"de sa ", "à la "}, {"dans la ", "à la "}, {"de l'", "à l'"}, {"de l’", "à l’"}, {"dans l'", "à l'"}, {"dans l’", "à l’"}}

// wordsException takes the part left out of a word operation's place
// (reWordsExceptBefore, reWordsExceptAfter) out of body: rest is the
// operation in the whole place, part the place left out ("au 3°"),
// read by exceptWordsIn; after says it followed the operations. ok is
// false when body is no such operation.
func wordsException(body string) (rest, part string, after, ok bool) {
	body = exceptLabelBare(body)
	if rest, part, after, ok := wordsExceptList(body); ok {
		return rest, part, after, true
	}
	var place, ops, end string
	if m := reWordsExceptBefore.FindStringSubmatch(body); m != nil {
		place, part, ops = m[1], m[2], m[3]
	} else if m := reWordsExceptAfter.FindStringSubmatch(body); m != nil {
		place, ops, part, end, after = m[1], m[2], m[3], m[4], true
	} else {
		return body, "", false, false
	}
	part = strings.TrimSpace(part)
	for _, r := range exceptPreps {
		if strings.HasPrefix(part, r[0]) {
			part = r[1] + part[len(r[0]):]
			break
		}
	}
	return place + ", " + ops + end, part, after, true
}

// exceptWordsIn reads the part left out of a word operation's place
// ("À l'article L. 1, sauf au 3°, les mots : « a » sont remplacés par
// les mots : « b »"): every occurrence in the place but those inside
// that part (Scope.ExceptAt). Read for the words edited wherever they
// are, the part one division inside the place; any other reading (an
// occurrence named by its rank or counted — with or without the part? —,
// the start or end of the place, a sentence, a place of several
// operations with the part after the last (of it or of all?),
// articles, a part that is not inside the place) refuses the instruction.
func (p *parser) exceptWordsIn(in *Instruction, part string, after bool) {
	refuse := func(why string) {
		refuseTyped(in, reasonOf(errPartLeftOutUnread, "a part left out of a word operation, not read: "+why))
	}
	if in.Status != Parsed || len(in.Edits) == 0 {
		return
	}
	if after && len(in.Edits) > 1 {
		// "les mots : « a » sont remplacés … et les mots : « c » sont
		// supprimés, sauf au 3°": of the last operation or of all.
		refuse("after several word operations: of the last or of all is not said")
		return
	}
	if exceptArticleOfWords(in, part) {
		return
	}
	for k := range in.Edits {
		e := &in.Edits[k]
		switch {
		case e.Kind != EditReplaceWords && e.Kind != EditDeleteWords && e.Kind != EditInsertWords:
			refuse("not a word operation")
			return
		case len(e.Occurrences) > 0 || e.Times > 0 || e.Scope.Where != "" || e.Through != "" || e.quantity:
			refuse("occurrences named, counted or placed: with the part left out or without it is not said")
			return
		case e.Scope.Sentence != 0 || e.Scope.Everywhere || e.Scope.RangeTo != "" || len(e.Scope.Division) > 0 || len(e.Scope.Except) > 0 || e.Scope.OnlyInSentence:
			refuse("a place that is not an article or a part of one")
			return
		}
		low := asciiLower(foldAccents(part))
		scopes, ok, why := p.scopes(low, foldAccents(part), Scope{Ref: e.Scope.Ref, Path: append([]Division(nil), e.Scope.Path...)})
		if !ok || len(scopes) != 1 {
			refuse("the part left out " + part + " not read as one place " + reasonText22(why))
			return
		}
		s := scopes[0]
		if s.Ref != e.Scope.Ref || len(s.Path) <= len(e.Scope.Path) || s.Sentence != 0 || s.RangeTo != "" {
			refuse("the part left out " + part + " is not inside the place")
			return
		}
		for j, d := range e.Scope.Path {
			if !reflect.DeepEqual(s.Path[j], d) {
				refuse("the part left out " + part + " is not inside the place")
				return
			}
		}
		e.Scope.ExceptAt = s.Path
	}
}

// exceptedSpan is the alinéas of the part left out of a word operation
// (Scope.ExceptAt) in al, inside the place lo..hi: found once, inside
// it, or the edit is refused.
func exceptedSpan(al []string, lo, hi int, e Edit) (elo, ehi int, err error) {
	if len(e.Scope.ExceptAt) == 0 {
		return -1, -1, nil
	}
	elo, ehi, _, err = resolve(al, e.Scope.ExceptAt)
	if err != nil {
		return 0, 0, applyKind26(errApplyEditUnread26, fmt.Sprintf("the part left out of the word operation: %v", err))
	}
	if elo >= ehi || elo < lo || ehi > hi || elo == lo && ehi == hi {
		return 0, 0, applyKind26(errApplyPlaceNotFound26, "the part left out of the word operation is not found once inside its place")
	}
	return elo, ehi, nil
}
