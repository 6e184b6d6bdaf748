package law

import (
	"regexp"
	"sort"
	"strings"
)

// headingsShared shares the new text of several headings rewritten (kind
// "section", labels "1 et 2") among the divisions, in order: one line
// each, or each heading after its division's own line ("Section 1", then
// its heading). Any other count, or a division line naming another, is
// not shared (which heading goes where is not said).
func headingsShared(kind, labels string, lines []string) ([][]string, bool) {
	names := reHeadingLabelSep.Split(strings.TrimSpace(labels), -1)
	n := len(names)
	kindLine := regexp.MustCompile(`^(?:` + kind + `)\s+(\S+(?:\s+` + latinOrd + `)?)\s*$`)
	var out [][]string
	switch len(lines) {
	case n:
		for _, l := range lines {
			if kindLine.MatchString(strings.ToLower(foldAccents(strings.TrimSpace(l)))) {
				return nil, false
			}
			out = append(out, []string{l})
		}
	case 2 * n:
		for k := 0; k < n; k++ {
			m := kindLine.FindStringSubmatch(strings.ToLower(foldAccents(strings.TrimSpace(lines[2*k]))))
			if m == nil || m[1] != names[k] {
				return nil, false
			}
			out = append(out, lines[2*k:2*k+2])
		}
	default:
		return nil, false
	}
	return out, true
}

// paragraphReplaced reports whether "… est remplacé par un paragraphe
// ainsi rédigé :" (trim, its place locLow and scopes, its new text lines)
// is one part of an article numbered in roman, "Le II", replaced by one
// paragraph whose text opens with that label and holds no other: « II. –
// … ». "… par deux (trois, …) paragraphes ainsi rédigés" is read so when
// the new text holds as many parts numbered in roman, the first under the
// label replaced and each after the one before (« II. – … », « III. – … »),
// as "par des II et III" is: the apply refuses a label a part in force
// bears (the III in force is not said to be renumbered). Paragraphs of a
// code's divisions, a count the new text does not hold, and a new text
// under another label are not read (which part the law means is not
// said).
func paragraphReplaced(trim, locLow string, scopes []Scope, lines []string) bool {
	n := 0
	if strings.Contains(trim, "par un paragraphe") {
		n = 1
	} else if c, ok := announcedCount(reParagraphsCount, trim); ok {
		n = c
	}
	if n == 0 || reDivision.MatchString(locLow) || reDivisions.MatchString(locLow) || len(scopes) == 0 || scopes[0].Sentence != 0 || scopes[0].RangeTo != "" {
		return false
	}
	if len(scopes) > 1 && !sameArticleList(scopes) {
		return false
	}
	// "Les II et III sont remplacés par un paragraphe ainsi rédigé :
	// « II. – … »": the parts together, as "par un II" (shareRewrite) —
	// the new text under the label of the first of them.
	first := ""
	for _, sc := range scopes {
		path := sc.Path
		if len(path) == 0 || path[len(path)-1].Item == "" || itemKind(path[len(path)-1].Item) != "roman" {
			return false
		}
		if it := path[len(path)-1].Item; first == "" || itemRank(it) < itemRank(first) {
			first = it
		}
	}
	if lab, k := labelOf(lines[0]); k != 'r' || lab != first {
		return false
	}
	parts, last := 0, 0
	for _, l := range lines {
		lab, k := labelOf(l)
		if k != 'r' {
			continue
		}
		r := latinRank(lab, k)
		if r == 0 || r <= last {
			return false
		}
		parts, last = parts+1, r
	}
	return parts == n
}

// reParagraphsCount is the count of paragraphs that replace a place:
// "par deux paragraphes ainsi rédigés" (group 1).
var reParagraphsCount = mustRe(`\bpar\s+(` + cardinalWords + `|\d+)\s+paragraphes\s+ainsi\s+redige`)

// sameArticleList reports whether scopes are a list of divisions of one
// article: same article and sentence, paths differing in their last
// division only.
func sameArticleList(scopes []Scope) bool {
	a := scopes[0]
	for _, s := range scopes[1:] {
		if s.Ref != a.Ref || s.RangeTo != "" || s.Sentence != a.Sentence || len(s.Path) != len(a.Path) || len(s.Path) == 0 {
			return false
		}
		for k := 0; k < len(s.Path)-1; k++ {
			if s.Path[k] != a.Path[k] {
				return false
			}
		}
	}
	return a.RangeTo == "" && len(a.Path) > 0
}

// itemsWithAlineas reports whether scopes name, in one article, both an
// item (by its label) and an alinéa (by its rank), as "Le 2° et le
// dernier alinéa" does.
func itemsWithAlineas(scopes []Scope) bool {
	item, alinea := false, false
	for _, s := range scopes {
		if s.Ref != scopes[0].Ref || len(s.Path) == 0 || s.Sentence != 0 {
			continue
		}
		last := s.Path[len(s.Path)-1]
		item = item || last.Item != ""
		alinea = alinea || last.Item == "" && last.Alinea != 0
	}
	return item && alinea
}

// sameDivisionSentences reports whether scopes are sentences of one
// division of one article, differing only in their rank.
func sameDivisionSentences(scopes []Scope) bool {
	a := scopes[0]
	if a.Sentence == 0 || a.RangeTo != "" {
		return false
	}
	for _, s := range scopes[1:] {
		if s.Ref != a.Ref || s.RangeTo != "" || s.Sentence == 0 || s.Where != a.Where || len(s.Path) != len(a.Path) {
			return false
		}
		for k := range s.Path {
			if s.Path[k] != a.Path[k] {
				return false
			}
		}
	}
	return true
}

// shareSentences rewrites consecutive sentences of one division together:
// the first takes the whole new text and the others go. Ranks are
// counted on the text before the instruction: from the start ("les
// deuxième et troisième phrases"), the later ones go first, then the
// first is rewritten; from the end ("les deux dernières phrases"), the
// first is rewritten, then the others go, the first of them first.
func shareSentences(scopes []Scope, lines []string) ([]Edit, bool) {
	ranks := make([]int, len(scopes))
	for i, s := range scopes {
		ranks[i] = s.Sentence
	}
	sort.Ints(ranks)
	one := func(rank int) Scope {
		s := scopes[0]
		s.Path = append([]Division(nil), s.Path...)
		s.Sentence = rank
		return s
	}
	var out []Edit
	if len(ranks) > 1 && ranks[0] == -1 && ranks[1] > 0 {
		// "Les deuxième et dernière phrases sont remplacées par une
		// phrase": consecutive only if the last is the one after the
		// deuxième — the sentence after the others, said to be the last
		// (SentenceLast: the apply refuses an alinéa with more; it was
		// refused as not consecutive).
		ranks = append(ranks[1:], ranks[len(ranks)-1]+1)
		for i := 1; i < len(ranks); i++ {
			if ranks[i] != ranks[i-1]+1 {
				return nil, false
			}
		}
		for i := len(ranks) - 1; i > 0; i-- {
			s := one(ranks[i])
			s.SentenceLast = i == len(ranks)-1
			out = append(out, Edit{Kind: EditDelete, Scope: s})
		}
		return append(out, Edit{Kind: EditRewrite, Scope: one(ranks[0]), Lines: lines}), true
	}
	for i := 1; i < len(ranks); i++ {
		if ranks[i] != ranks[i-1]+1 || (ranks[i] > 0) != (ranks[0] > 0) {
			return nil, false
		}
	}
	if ranks[0] > 0 {
		for i := len(ranks) - 1; i > 0; i-- {
			out = append(out, Edit{Kind: EditDelete, Scope: one(ranks[i])})
		}
		return append(out, Edit{Kind: EditRewrite, Scope: one(ranks[0]), Lines: lines}), true
	}
	// From the end: the first is rewritten, then the others go from the
	// first of them to the last ("les trois dernières": -3 rewritten,
	// then -2 and -1): counted on the alinéa now (the rewritten text
	// before them, whatever its count) or as the group found it (each
	// still where it stood) the same sentences.
	out = append(out, Edit{Kind: EditRewrite, Scope: one(ranks[0]), Lines: lines})
	for _, r := range ranks[1:] {
		out = append(out, Edit{Kind: EditDelete, Scope: one(r)})
	}
	return out, true
}

// shareRewrite shares the new text of a list of divisions of one article
// rewritten together: consecutive alinéas by position are one range,
// rewritten as a block; consecutive items of one kind ("les 1° et 2°",
// "les a à c") are a block too — the later ones go (without a mark) and
// the first takes the whole new text; other items each take the one line
// that bears their label, when there are as many lines as items.
// Otherwise ok is false.
func shareRewrite(scopes []Scope, lines []string) ([]Edit, bool) {
	last := func(s Scope) Division { return s.Path[len(s.Path)-1] }
	first := last(scopes[0])
	if first.Alinea > 0 && first.Count == 0 && first.Item == "" {
		for i, s := range scopes {
			d := last(s)
			if d.Item != "" || d.Count != 0 || d.Alinea != first.Alinea+i || d.Numbered != first.Numbered {
				return nil, false
			}
		}
		one := scopes[0]
		one.Path = append([]Division(nil), one.Path...)
		one.Path[len(one.Path)-1].Count = len(scopes)
		return []Edit{{Kind: EditRewrite, Scope: one, Lines: lines}}, true
	}
	// A path's romans are in lower case ("ii", "iii"): ranked as romans.
	rank := func(it string) int {
		if itemKind(it) == "roman" {
			return labelRank(strings.ToUpper(it))
		}
		return labelRank(it)
	}
	consecutive := first.Item != "" && first.Alinea == 0 && rank(first.Item) > 0
	for i, s := range scopes {
		d := last(s)
		if d.Item == "" || d.Alinea != 0 {
			return nil, false
		}
		if itemKind(d.Item) != itemKind(first.Item) || rank(d.Item) != rank(first.Item)+i || strings.Contains(d.Item, " ") {
			consecutive = false
		}
	}
	if consecutive {
		// Consecutive by their numbers: an item the text numbers between
		// them ("2° bis") is the block's too (Division.GoesOn).
		scopes = append([]Scope(nil), scopes...)
		for i := range scopes[:len(scopes)-1] {
			scopes[i].Path = append([]Division(nil), scopes[i].Path...)
			scopes[i].Path[len(scopes[i].Path)-1].GoesOn = true
		}
		var out []Edit
		for i := len(scopes) - 1; i > 0; i-- {
			out = append(out, Edit{Kind: EditDelete, Scope: scopes[i], NoMark: true})
		}
		return append(out, Edit{Kind: EditRewrite, Scope: scopes[0], Lines: lines}), true
	}
	if len(lines) != len(scopes) {
		return nil, false
	}
	var out []Edit
	for i, s := range scopes {
		l, _ := label(strings.TrimLeft(strings.TrimLeft(lines[i], "«\" "), " "))
		if !strings.EqualFold(strings.ReplaceAll(l, " ", ""), strings.ReplaceAll(last(s).Item, " ", "")) {
			return nil, false
		}
		out = append(out, Edit{Kind: EditRewrite, Scope: s, Lines: lines[i : i+1]})
	}
	return out, true
}
