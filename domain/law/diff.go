package law

import (
	"sort"
	"strings"
)

// OpKind is the kind of one step of a word diff.
type OpKind string

const (
	OpEqual  OpKind = "equal"
	OpInsert OpKind = "insert"
	OpDelete OpKind = "delete"
)

// Op is a run of tokens that are equal in both texts, only in the new one
// (insert) or only in the old one (delete). Text is the run rebuilt with its
// original spacing; a "\n" in it is a paragraph (alinéa) break.
type Op struct {
	Kind OpKind
	Text string
}

// ChangeStatus is what happened to an article between two stages.
type ChangeStatus string

const (
	Unchanged  ChangeStatus = "unchanged"
	Modified   ChangeStatus = "modified"
	Added      ChangeStatus = "added"
	Deleted    ChangeStatus = "deleted"
	Renumbered ChangeStatus = "renumbered"
)

// ArticleDiff is one row of a [BillDiff]: an old article, a new one, or an
// aligned pair, with the word diff of their texts.
type ArticleDiff struct {
	Status ChangeStatus
	// Old and New are the article numbers in each stage; one is empty for
	// added or deleted articles.
	Old, New ArticleNumber
	// Similarity of the two texts for aligned pairs, from 0 to 1: the
	// share of tokens they have in common.
	Similarity float64
	// Ops rebuild the old text (equal+delete) and the new one (equal+insert).
	Ops []Op
}

// BillDiff is the comparison of two stages of a bill.
type BillDiff struct {
	From, To StageID
	Articles []ArticleDiff
}

// Counts returns how many articles have each status.
func (d BillDiff) Counts() map[ChangeStatus]int {
	m := make(map[ChangeStatus]int)
	for _, a := range d.Articles {
		m[a.Status]++
	}
	return m
}

// renumberThreshold is the word-set similarity above which an old article
// with no counterpart of the same number is taken to be a new article under
// another number. Below it, they are a deletion and an addition.
const renumberThreshold = 0.5

// Diff compares two stages of a bill. Articles are aligned by normalised
// number ([NormalizeArticleNumber]); the remaining ones are paired, best
// first, when their texts are similar enough (renumbered); what is left is
// added or deleted. An article whose new status is "supprimé" (or whose new
// text is empty) is reported deleted. Rows follow the new stage's order, with
// deleted articles placed after the article that preceded them in the old
// stage. An article marked "conforme" without text is unchanged. Each
// aligned pair gets a word diff ([DiffWords]).
func Diff(from, to Stage) BillDiff {
	d := BillDiff{From: from.ID, To: to.ID}
	delOld := make([]bool, len(from.Articles))
	for i, a := range from.Articles {
		delOld[i] = isDeleted(a)
	}
	delNew := make([]bool, len(to.Articles))
	for j, b := range to.Articles {
		delNew[j] = isDeleted(b)
	}
	oldIdx := make(map[string]int, len(from.Articles))
	for i, a := range from.Articles {
		k := NormalizeArticleNumber(string(a.Number))
		if _, dup := oldIdx[k]; !dup {
			oldIdx[k] = i
		}
	}
	pairOfNew := make([]int, len(to.Articles))
	usedOld := make([]bool, len(from.Articles))
	for j, a := range to.Articles {
		pairOfNew[j] = -1
		if i, ok := oldIdx[NormalizeArticleNumber(string(a.Number))]; ok && !usedOld[i] {
			pairOfNew[j] = i
			usedOld[i] = true
		}
	}
	// Renumbering: greedy best-first pairing of the unmatched by similarity.
	type cand struct {
		i, j int
		s    float64
	}
	var cands []cand
	sets := map[int]map[string]struct{}{}
	for j, b := range to.Articles {
		if pairOfNew[j] >= 0 || delNew[j] {
			continue
		}
		nb := wordSet(b.Text())
		for i := range from.Articles {
			a := from.Articles[i]
			if usedOld[i] || delOld[i] {
				continue
			}
			na, ok := sets[i]
			if !ok {
				na = wordSet(a.Text())
				sets[i] = na
			}
			if s := similarity(na, nb); s >= renumberThreshold {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].s > cands[y].s })
	renum := make([]bool, len(to.Articles))
	for _, c := range cands {
		if usedOld[c.i] || pairOfNew[c.j] >= 0 {
			continue
		}
		usedOld[c.i] = true
		pairOfNew[c.j] = c.i
		renum[c.j] = true
	}

	// Deleted old articles, keyed by the new-order slot after which they go.
	deletedAfter := make(map[int][]int) // new index (-1 = before all) → old indices
	newOfOld := make([]int, len(from.Articles))
	for i := range newOfOld {
		newOfOld[i] = -2
	}
	for j, i := range pairOfNew {
		if i >= 0 {
			newOfOld[i] = j
		}
	}
	last := -1
	for i := range from.Articles {
		if newOfOld[i] >= 0 {
			last = newOfOld[i]
			continue
		}
		deletedAfter[last] = append(deletedAfter[last], i)
	}
	emitDeleted := func(slot int) {
		for _, i := range deletedAfter[slot] {
			a := from.Articles[i]
			d.Articles = append(d.Articles, ArticleDiff{Status: Deleted, Old: a.Number, Ops: textOps(OpDelete, a.Text())})
		}
	}
	type job struct {
		row    int
		at, bt string
	}
	var jobs []job
	emitDeleted(-1)
	for j, b := range to.Articles {
		i := pairOfNew[j]
		switch {
		case i < 0:
			if !delNew[j] {
				d.Articles = append(d.Articles, ArticleDiff{Status: Added, New: b.Number, Ops: textOps(OpInsert, b.Text())})
			}
		default:
			a := from.Articles[i]
			row := ArticleDiff{Old: a.Number, New: b.Number}
			switch {
			case delNew[j] && delOld[i]:
				row.Status = Unchanged
			case delNew[j]:
				row.Status = Deleted
				row.Ops = textOps(OpDelete, a.Text())
			case delOld[i]:
				row.Status = Added
				row.Ops = textOps(OpInsert, b.Text())
			default:
				same := equalStrings(a.Alineas, b.Alineas) ||
					b.Status == ArticleUnmodified && len(b.Alineas) == 0 // "conforme" without its text
				switch {
				case renum[j]:
					row.Status = Renumbered
				case same:
					row.Status = Unchanged
				default:
					row.Status = Modified
				}
				if same {
					row.Ops, row.Similarity = textOps(OpEqual, a.Text()), 1
				} else {
					jobs = append(jobs, job{len(d.Articles), a.Text(), b.Text()})
				}
			}
			d.Articles = append(d.Articles, row)
		}
		emitDeleted(j)
	}
	for _, jb := range jobs {
		r := &d.Articles[jb.row]
		r.Ops, r.Similarity = diffWords(jb.at, jb.bt)
	}
	return d
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isDeleted(a Article) bool {
	switch a.Status {
	case ArticleDeleted:
		return true
	case ArticleUnmodified:
		return false
	}
	n := 0
	for _, al := range a.Alineas {
		n += len(al)
	}
	if n > 64 {
		return false
	}
	t := strings.ToLower(foldAccents(NormalizeSpace(a.Text())))
	t = strings.Trim(t, "()[]. ")
	return t == "" || t == "supprime"
}

func textOps(k OpKind, text string) []Op {
	if text == "" {
		return nil
	}
	return []Op{{Kind: k, Text: text}}
}

// maxEdit bounds the Myers search. Past it, the texts are so different that
// a word diff says nothing a reader can use: the diff is then "all deleted,
// all inserted", which also bounds time and memory on pathological input.
const maxEdit = 800

// DiffWords returns the word diff of two texts (Myers' O(ND) algorithm on
// the tokens of [Tokenize]; tokens compare by text, not spacing). Adjacent
// runs of the same kind are merged. Equal runs carry the new text's spacing.
func DiffWords(a, b string) []Op {
	ops, _ := diffWords(a, b)
	return ops
}

// diffWords also returns the share of text the two have in common,
// 2·equal / (len(a) + len(b)) counted in bytes of tokens, from 0 to 1.
//
// Alinéas are aligned first, as whole strings, and only runs of changed
// alinéas are tokenized and diffed word by word: most stages change few
// alinéas, and this keeps long articles fast.
func diffWords(a, b string) ([]Op, float64) {
	la, lb := splitLines(a), splitLines(b)
	ids := map[string]int32{}
	key := func(ls []string) []int32 {
		out := make([]int32, len(ls))
		for i, l := range ls {
			id, ok := ids[l]
			if !ok {
				id = int32(len(ids))
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	script := myersInts(key(la), key(lb))
	var ops []Op
	var cur strings.Builder
	var curKind OpKind
	add := func(k OpKind, space, text string) {
		if space == "" && text == "" {
			return
		}
		if k != curKind && cur.Len() > 0 {
			ops = append(ops, Op{Kind: curKind, Text: cur.String()})
			cur.Reset()
		}
		curKind = k
		cur.WriteString(space)
		cur.WriteString(text)
	}
	eq, total := 0, len(a)+len(b)
	x, y := 0, 0
	for k := 0; k < len(script); {
		if script[k] == OpEqual {
			add(OpEqual, "", lb[y])
			eq += 2 * len(lb[y])
			x++
			y++
			k++
			continue
		}
		x0, y0 := x, y
		for k < len(script) && script[k] != OpEqual {
			if script[k] == OpDelete {
				x++
			} else {
				y++
			}
			k++
		}
		// As many alinéas out as in: they were edited in place, so diff
		// them pair by pair (smaller searches); otherwise as one block.
		var blocks [][2]string
		if x-x0 == y-y0 {
			for i := range x - x0 {
				blocks = append(blocks, [2]string{la[x0+i], lb[y0+i]})
			}
		} else {
			blocks = [][2]string{{strings.Join(la[x0:x], ""), strings.Join(lb[y0:y], "")}}
		}
		for _, bl := range blocks {
			eq += wordBlock(bl[0], bl[1], add, len(ops) == 0 && cur.Len() == 0)
		}
	}
	if cur.Len() > 0 {
		ops = append(ops, Op{Kind: curKind, Text: cur.String()})
	}
	sim := 1.0
	if total > 0 {
		sim = float64(eq) / float64(total)
		if sim > 1 {
			sim = 1
		}
	}
	return ops, sim
}

// wordBlock diffs one block word by word, passing runs to add, and returns
// the bytes of equal tokens counted on both sides.
func wordBlock(a, b string, add func(k OpKind, space, text string), first bool) int {
	ta, tb := Tokenize(a), Tokenize(b)
	ia, ib, eq := 0, 0, 0
	prev := OpEqual
	for _, kind := range diffTokens(ta, tb) {
		var t Token
		switch kind {
		case OpEqual:
			t = tb[ib]
			eq += 2 * len(t.Text)
			// An equal word carries the new text's spacing. Right after a
			// deletion, where only the old text had a space before it
			// ("applicables en Guadeloupe" → "Guadeloupe"), that space
			// goes with the deletion, or the old text would read
			// "applicables enGuadeloupe"; after an insertion, where only
			// the new text has one, it goes with the insertion.
			if old := ta[ia].Space; !first && t.Space == "" && old != "" && prev == OpDelete {
				add(OpDelete, old, "")
			} else if !first && old == "" && t.Space != "" && prev == OpInsert {
				add(OpInsert, t.Space, "")
				t.Space = ""
			}
			ia++
			ib++
		case OpDelete:
			t = ta[ia]
			ia++
		case OpInsert:
			t = tb[ib]
			ib++
		}
		sp := t.Space
		if first {
			sp = strings.TrimLeft(sp, " \t")
			first = false
		}
		add(kind, sp, t.Text)
		prev = kind
	}
	return eq
}

// splitLines cuts text after each newline, keeping it.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.SplitAfter(s, "\n")
}

// diffTokens returns the edit script, one kind per token step. It first
// aligns whole alinéas (a "\n" token ends each), then diffs words inside
// each run of changed alinéas: most changes touch few alinéas, and this keeps
// the word-level search small on long articles.
func diffTokens(a, b []Token) []OpKind {
	ids := map[string]int32{}
	intern := func(ts []Token) []int32 {
		out := make([]int32, len(ts))
		for i, t := range ts {
			id, ok := ids[t.Text]
			if !ok {
				id = int32(len(ids))
				ids[t.Text] = id
			}
			out[i] = id
		}
		return out
	}
	ia, ib := intern(a), intern(b)
	nl := ids["\n"]
	_, hasNL := ids["\n"]
	// Lines: [start, end) token ranges, the "\n" included.
	lines := func(t []int32) [][2]int {
		var out [][2]int
		start := 0
		for i, id := range t {
			if hasNL && id == nl {
				out = append(out, [2]int{start, i + 1})
				start = i + 1
			}
		}
		if start < len(t) {
			out = append(out, [2]int{start, len(t)})
		}
		return out
	}
	la, lb := lines(ia), lines(ib)
	lineIDs := map[string]int32{}
	lineKey := func(t []int32, ls [][2]int) []int32 {
		out := make([]int32, len(ls))
		var sb strings.Builder
		for i, l := range ls {
			sb.Reset()
			for _, id := range t[l[0]:l[1]] {
				sb.WriteString(string(rune(id + 1)))
			}
			k := sb.String()
			id, ok := lineIDs[k]
			if !ok {
				id = int32(len(lineIDs))
				lineIDs[k] = id
			}
			out[i] = id
		}
		return out
	}
	script := myersInts(lineKey(ia, la), lineKey(ib, lb))
	out := make([]OpKind, 0, len(a)+len(b))
	x, y := 0, 0 // line indices
	for k := 0; k < len(script); {
		if script[k] == OpEqual {
			for range la[x][1] - la[x][0] {
				out = append(out, OpEqual)
			}
			x++
			y++
			k++
			continue
		}
		x0, y0 := x, y
		for k < len(script) && script[k] != OpEqual {
			if script[k] == OpDelete {
				x++
			} else {
				y++
			}
			k++
		}
		var ta, tb []int32
		if x > x0 {
			ta = ia[la[x0][0]:la[x-1][1]]
		}
		if y > y0 {
			tb = ib[lb[y0][0]:lb[y-1][1]]
		}
		out = append(out, myersInts(ta, tb)...)
	}
	return out
}

// myersInts is Myers' O(ND) diff in linear space (the "middle snake"
// divide and conquer of Myers 1986, section 4b), after trimming the common
// prefix and suffix. A subproblem needing more than maxEdit edits is
// reported as deleted then inserted.
func myersInts(a, b []int32) []OpKind {
	out := make([]OpKind, 0, len(a)+len(b))
	var vf, vb []int
	var rec func(a, b []int32)
	rec = func(a, b []int32) {
		pre := 0
		for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
			pre++
		}
		suf := 0
		for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
			suf++
		}
		for range pre {
			out = append(out, OpEqual)
		}
		a, b = a[pre:len(a)-suf], b[pre:len(b)-suf]
		switch {
		case len(a) == 0 || len(b) == 0:
			for range a {
				out = append(out, OpDelete)
			}
			for range b {
				out = append(out, OpInsert)
			}
		default:
			x, y, u, v, ok := middleSnake(a, b, &vf, &vb)
			if !ok {
				for range a {
					out = append(out, OpDelete)
				}
				for range b {
					out = append(out, OpInsert)
				}
				break
			}
			rec(a[:x], b[:y])
			for range u - x {
				out = append(out, OpEqual)
			}
			rec(a[u:], b[v:])
		}
		for range suf {
			out = append(out, OpEqual)
		}
	}
	rec(a, b)
	// Within each changed run, show what goes before what comes.
	for i := 0; i < len(out); {
		if out[i] == OpEqual {
			i++
			continue
		}
		j, dels := i, 0
		for ; j < len(out) && out[j] != OpEqual; j++ {
			if out[j] == OpDelete {
				dels++
			}
		}
		for k := i; k < j; k++ {
			if k-i < dels {
				out[k] = OpDelete
			} else {
				out[k] = OpInsert
			}
		}
		i = j
	}
	return out
}

// middleSnake finds the middle snake of a shortest edit script from a to b
// (both non-empty, with no common prefix or suffix): the diagonal run from
// (x, y) to (u, v) that an optimal path crosses halfway. ok is false past
// maxEdit edits. vf and vb are scratch buffers, reused across calls.
func middleSnake(a, b []int32, vf, vb *[]int) (x, y, u, v int, ok bool) {
	n, m := len(a), len(b)
	delta := n - m
	odd := delta&1 != 0
	maxD := (n + m + 1) / 2
	if maxD > maxEdit/2 {
		maxD = maxEdit / 2
	}
	size := 2*maxD + 3
	if cap(*vf) < size {
		*vf = make([]int, size)
		*vb = make([]int, size)
	}
	f, r := (*vf)[:size], (*vb)[:size]
	off := maxD + 1
	f[off+1], r[off+1] = 0, 0
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && f[off+k-1] < f[off+k+1] {
				x = f[off+k+1]
			} else {
				x = f[off+k-1] + 1
			}
			y := x - k
			x0, y0 := x, y
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			f[off+k] = x
			if kb := delta - k; odd && kb >= -(d-1) && kb <= d-1 && x+r[off+kb] >= n {
				return x0, y0, x, y, true
			}
		}
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && r[off+k-1] < r[off+k+1] {
				x = r[off+k+1]
			} else {
				x = r[off+k-1] + 1
			}
			y := x - k
			x0, y0 := x, y
			for x < n && y < m && a[n-1-x] == b[m-1-y] {
				x++
				y++
			}
			r[off+k] = x
			if kf := delta - k; !odd && kf >= -d && kf <= d && x+f[off+kf] >= n {
				return n - x, m - y, n - x0, m - y0, true
			}
		}
	}
	return 0, 0, 0, 0, false
}
