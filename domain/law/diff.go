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
	// Similarity of the two texts' word sets (0 to 1) for aligned pairs.
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
// stage. Each aligned pair gets a word diff ([DiffWords]).
func Diff(from, to Stage) BillDiff {
	d := BillDiff{From: from.ID, To: to.ID}
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
		if pairOfNew[j] >= 0 || isDeleted(b) {
			continue
		}
		nb := wordSet(b.Text())
		for i, a := range from.Articles {
			if usedOld[i] || isDeleted(a) {
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
	emitDeleted(-1)
	for j, b := range to.Articles {
		i := pairOfNew[j]
		switch {
		case i < 0:
			if !isDeleted(b) {
				d.Articles = append(d.Articles, ArticleDiff{Status: Added, New: b.Number, Ops: textOps(OpInsert, b.Text())})
			}
		default:
			a := from.Articles[i]
			row := ArticleDiff{Old: a.Number, New: b.Number}
			switch {
			case isDeleted(b) && isDeleted(a):
				row.Status = Unchanged
			case isDeleted(b):
				row.Status = Deleted
				row.Ops = textOps(OpDelete, a.Text())
			case isDeleted(a):
				row.Status = Added
				row.Ops = textOps(OpInsert, b.Text())
			default:
				row.Ops = DiffWords(a.Text(), b.Text())
				row.Similarity = similarity(wordSet(a.Text()), wordSet(b.Text()))
				switch {
				case renum[j]:
					row.Status = Renumbered
				case len(row.Ops) == 0 || len(row.Ops) == 1 && row.Ops[0].Kind == OpEqual:
					row.Status = Unchanged
				default:
					row.Status = Modified
				}
			}
			d.Articles = append(d.Articles, row)
		}
		emitDeleted(j)
	}
	return d
}

func isDeleted(a Article) bool {
	if a.Status == ArticleDeleted {
		return true
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
const maxEdit = 1200

// DiffWords returns the word diff of two texts (Myers' O(ND) algorithm on
// the tokens of [Tokenize]; tokens compare by text, not spacing). Adjacent
// runs of the same kind are merged. Equal runs carry the new text's spacing.
func DiffWords(a, b string) []Op {
	ta, tb := Tokenize(a), Tokenize(b)
	kinds := diffTokens(ta, tb)
	var ops []Op
	var cur strings.Builder
	var curKind OpKind
	ia, ib := 0, 0
	flush := func() {
		if cur.Len() > 0 {
			ops = append(ops, Op{Kind: curKind, Text: cur.String()})
			cur.Reset()
		}
	}
	for _, k := range kinds {
		if k != curKind {
			flush()
			curKind = k
		}
		var t Token
		switch k {
		case OpEqual:
			t = tb[ib]
			ia++
			ib++
		case OpDelete:
			t = ta[ia]
			ia++
		case OpInsert:
			t = tb[ib]
			ib++
		}
		if cur.Len() == 0 && len(ops) == 0 {
			cur.WriteString(strings.TrimLeft(t.Space, " \t"))
		} else {
			cur.WriteString(t.Space)
		}
		cur.WriteString(t.Text)
	}
	flush()
	return ops
}

// diffTokens returns the edit script, one kind per token step.
func diffTokens(a, b []Token) []OpKind {
	// Trim common prefix and suffix: most amendments touch a few words.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre].Text == b[pre].Text {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf].Text == b[len(b)-1-suf].Text {
		suf++
	}
	mid := myers(a[pre:len(a)-suf], b[pre:len(b)-suf])
	out := make([]OpKind, 0, pre+len(mid)+suf)
	for range pre {
		out = append(out, OpEqual)
	}
	out = append(out, mid...)
	for range suf {
		out = append(out, OpEqual)
	}
	return out
}

func myers(a, b []Token) []OpKind {
	n, m := len(a), len(b)
	all := func() []OpKind {
		out := make([]OpKind, 0, n+m)
		for range n {
			out = append(out, OpDelete)
		}
		for range m {
			out = append(out, OpInsert)
		}
		return out
	}
	if n == 0 || m == 0 {
		return all()
	}
	maxD := n + m
	if maxD > maxEdit {
		maxD = maxEdit
	}
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	found := -1
	for d := 0; d <= maxD; d++ {
		snap := make([]int, 2*d+3)
		copy(snap, v[off-d-1:off+d+2])
		trace = append(trace, snap)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x].Text == b[y].Text {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = d
				break
			}
		}
		if found >= 0 {
			break
		}
	}
	if found < 0 {
		return all()
	}
	// Backtrack. trace[d] holds v before round d, for k in [-d-1, d+1].
	var rev []OpKind
	x, y := n, m
	for d := found; d > 0; d-- {
		vd := trace[d] // state before round d == after round d-1
		get := func(k int) int { return vd[k+d+1] }
		k := x - y
		var pk int
		if k == -d || k != d && get(k-1) < get(k+1) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := get(pk)
		py := px - pk
		for x > px && y > py {
			rev = append(rev, OpEqual)
			x--
			y--
		}
		if x == px {
			rev = append(rev, OpInsert)
		} else {
			rev = append(rev, OpDelete)
		}
		x, y = px, py
	}
	for x > 0 && y > 0 {
		rev = append(rev, OpEqual)
		x--
		y--
	}
	out := make([]OpKind, len(rev))
	for i, k := range rev {
		out[len(rev)-1-i] = k
	}
	return out
}
