package law

import (
	"math/rand"
	"strconv"
	"strings"
)

// The generator of word operations written in every order French allows
// (docs/LAW.md, "Generated amendments", "Orders and punctuation"): the
// parts of one instruction — the place (an alinéa, a sentence of it, "Alinéa
// N :", the Sénat's line, none), the verb, the anchor ("après le mot :
// « a »", an occurrence of it), the words and "par …" — are drawn in one
// of their orders, each inserted part between commas or not.

// g4Part is one part of an instruction: its text, its kind (p place, a
// anchor, v verb, w words, b "par …", o the old words of "substituer"), and
// whether it ends on quoted words (the Sénat puts them on their line).
type g4Part struct {
	kind string
	text string // text before the quotation, or all of it
	quo  string // quoted words ("" none)
}

// g4Scope is the text an anchor or words must be found in once: the
// sentence, the alinéa, or the whole article.
func (g *gGen) g4Scope(n, k int, none bool) string {
	switch {
	case none:
		s := ""
		for _, x := range g.art {
			s += x.render("'") + "\n"
		}
		return s
	case k >= 0:
		return g.art[n-1].sents[k]
	}
	return g.art[n-1].render("'")
}

// g4Once: s found once in scope, case aside, and not inside a longer word
// where it begins or ends.
func g4Once(scope, s string) bool {
	l, ls := strings.ToLower(scope), strings.ToLower(s)
	if strings.Count(l, ls) != 1 {
		return false
	}
	i := strings.Index(l, ls)
	ok := func(b byte) bool { return b == ' ' || b == '\n' || b == ',' || b == '.' || b == '\'' }
	return (i == 0 || ok(l[i-1])) && (i+len(ls) == len(l) || ok(l[i+len(ls)]))
}

// wordOrders draws a word operation (delete, replace, substitute in both
// orders, insert after or before an anchor, at the start or the end of an
// alinéa or a sentence) and writes its parts in one of their orders.
func (g *gGen) wordOrders() (gOp, bool) {
	r := g.r
	n, ok := g.pickAlinea(func(_ int, a gAl) bool { return a.end != " :" })
	if g.at > 0 {
		n, ok = g.at, g.art[g.at-1].end != " :"
	}
	if !ok {
		return gOp{}, false
	}
	a := g.art[n-1]
	total := len(g.art)
	// The place: 0 alinéa, 1 sentence, 2 "Alinéa N :", 3 none; 4 none,
	// the alinéa the operation before named.
	pk := r.Intn(4)
	if g.bare {
		pk = 4
	}
	k := -1
	if pk == 1 {
		if len(a.sents) < 2 {
			pk = 0
		} else {
			k = r.Intn(len(a.sents))
		}
	}
	if (g.senat || !g.single) && pk == 3 {
		pk = 0
	}
	op := []string{"delete", "replace", "substituer", "substituer-new-first", "insert-after", "insert-before", "start", "end"}[r.Intn(8)]
	if (op == "start" || op == "end") && pk == 3 {
		pk = 0
	}
	if (op == "start" || op == "end") && pk == 4 {
		return gOp{}, false
	}
	scope := g.g4Scope(n, k, pk == 3)
	s := k
	if s < 0 {
		s = r.Intn(len(a.sents))
	}
	w := strings.Fields(a.sents[s])
	rank := ""
	if k >= 0 {
		rank = gSentRank(r, k, len(a.sents))
	}
	// The place's text after "à" ("à l'alinéa 3", "à la deuxième phrase
	// de l'alinéa 3").
	var place string
	switch pk {
	case 0:
		place = gAlineaAt(r, n, total)
	case 1:
		place = "à la " + rank + " phrase " + gAlineaOf(r, n, total)
	}
	head := "" // "Alinéa 3 : " or the Sénat's line
	if pk == 4 {
		place = ""
	}
	if pk == 2 || g.senat && pk != 4 {
		head = "Alinéa " + strconv.Itoa(n)
		if k >= 0 {
			head += ", " + rank + " phrase"
		}
		place = ""
	}
	if g.senat && k >= 0 {
		place = ""
	}
	nw := gNewWordsOf(r)
	na, nn := gMot(nw)
	var parts []g4Part
	var f func(string) string
	form := "orders/" + op
	switch op {
	case "start", "end":
		if op == "start" {
			nw = []string{"Le cas échéant,", "Sauf urgence,", "Chaque année,"}[r.Intn(3)]
			na, nn = gMot(nw)
			s = 0
			if k >= 0 {
				s = k
			}
			f = func(x string) string { return nw + " " + strings.ToLower(x[:1]) + x[1:] }
		} else {
			s = len(a.sents) - 1
			if k >= 0 {
				s = k
			}
			f = func(x string) string { return x + " " + nw }
		}
		at := map[string]string{"start": "au début ", "end": "à la fin "}[op]
		switch {
		case head != "" && k >= 0:
			at += "de cette phrase"
		case head != "":
			at += "de cet alinéa"
		case k >= 0:
			at += "de la " + rank + " phrase " + gAlineaOf(r, n, total)
		default:
			at += gAlineaOf(r, n, total)
		}
		place = ""
		parts = []g4Part{{kind: "a", text: at}, {kind: "v", text: "insérer"}, {kind: "w", text: na + " " + nn + " :", quo: nw}}
	default:
		var old string
		var j, l int
		for try := 0; try < 12 && old == ""; try++ {
			if len(w) < 3 {
				break
			}
			j = 1 + r.Intn(len(w)-1)
			l = 1 + r.Intn(2)
			if j+l > len(w) {
				l = len(w) - j
			}
			sp := strings.Join(w[j:j+l], " ")
			if strings.HasSuffix(sp, ".") || !g4Once(scope, sp) {
				continue
			}
			old = sp
		}
		if old == "" {
			return gOp{}, false
		}
		oa, on := gMot(old)
		var anchor string
		anchorKind := r.Intn(3) // 0 none, 1 after, 2 before (insertions: always)
		if !strings.HasPrefix(op, "insert") && anchorKind > 0 {
			// The anchor: a word before (après) or after (avant) the
			// words, found once, or its occurrence's rank.
			var cand []int
			for i := range w {
				if (anchorKind == 1 && i < j) || (anchorKind == 2 && i >= j+l) {
					cand = append(cand, i)
				}
			}
			if len(cand) == 0 {
				anchorKind = 0
			} else {
				i := cand[r.Intn(len(cand))]
				x := strings.Trim(w[i], ",")
				if x != w[i] || strings.HasSuffix(x, ".") {
					anchorKind = 0
				} else {
					aa, an := gMot(x)
					prep := map[int]string{1: "après", 2: "avant"}[anchorKind]
					if g4Once(scope, x) {
						anchor = prep + " " + aa + " " + an + " :"
					} else {
						// The rank of this occurrence in the scope, all whole words.
						occ, mine := 0, -1
						for si, sent := range a.sents {
							if k >= 0 && si != k {
								continue
							}
							for wi, y := range strings.Fields(sent) {
								if strings.Trim(y, ",") == x {
									if si == s && wi == i {
										mine = occ
									}
									occ++
								} else if strings.Contains(strings.ToLower(y), strings.ToLower(x)) {
									return gOp{}, false
								}
							}
						}
						if pk == 3 || mine < 0 || mine >= 5 || occ != strings.Count(strings.ToLower(scope), strings.ToLower(x)) {
							return gOp{}, false
						}
						anchor = prep + " la " + gRankF[mine+1] + " occurrence du mot :"
					}
					parts = append(parts, g4Part{kind: "a", text: anchor, quo: x})
					form += "/" + prep
				}
			}
		}
		switch op {
		case "delete":
			f = func(x string) string { return strings.Replace(x, " "+old, "", 1) }
			parts = append(parts, g4Part{kind: "v", text: "supprimer"}, g4Part{kind: "w", text: oa + " " + on + " :", quo: old})
		case "replace":
			f = func(x string) string { return strings.Replace(x, old, nw, 1) }
			parts = append(parts, g4Part{kind: "v", text: "remplacer"}, g4Part{kind: "w", text: oa + " " + on + " :", quo: old}, g4Part{kind: "b", text: "par " + na + " " + nn + " :", quo: nw})
		case "substituer", "substituer-new-first":
			f = func(x string) string { return strings.Replace(x, old, nw, 1) }
			to := g4Part{kind: "o", text: map[string]string{"le": "au", "les": "aux"}[oa] + " " + on + " :", quo: old}
			by := g4Part{kind: "w", text: na + " " + nn + " :", quo: nw}
			parts = append(parts, g4Part{kind: "v", text: "substituer"})
			if op == "substituer" {
				parts = append(parts, to, by)
			} else {
				parts = append(parts, by, to)
			}
		default:
			prep := map[string]string{"insert-after": "après", "insert-before": "avant"}[op]
			aa, an := gMot(old)
			f = func(x string) string {
				if prep == "avant" {
					return strings.Replace(x, old, nw+" "+old, 1)
				}
				return strings.Replace(x, old, old+" "+nw, 1)
			}
			parts = append(parts, g4Part{kind: "a", text: prep + " " + aa + " " + an + " :", quo: old}, g4Part{kind: "v", text: "insérer"}, g4Part{kind: "w", text: na + " " + nn + " :", quo: nw})
		}
	}
	if place != "" {
		parts = append([]g4Part{{kind: "p", text: place}}, parts...)
	}
	order := g4Order(r, parts)
	if g.senat && order[len(order)-1].quo == "" {
		return gOp{}, false // the Sénat ends on its quotation's line
	}
	g.lastKinds = g4Kinds(order)
	form += "/" + g.lastKinds
	if head != "" {
		form += "/head"
	}
	if g.senat {
		form = "senat/" + form
	}
	lines := g.g4Lines(head, order)
	return gOp{form: form, lines: lines, touch: []int{n}, apply: gModelWords(n, s, f)}, true
}

// g4Kinds is the order's kinds, for the form ("pavw": place, anchor,
// verb, words).
func g4Kinds(ps []g4Part) string {
	s := ""
	for _, p := range ps {
		s += p.kind
	}
	return s
}

// g4Order moves the place and the anchor (as drawn: p, a, v, w, b/o in
// that order) to one of the positions French allows: before the verb
// (the place before the anchor, or after it), right after the verb, or
// after the words (the anchor of a replacement never after them: "par …"
// would read as its complement).
func g4Order(r *rand.Rand, ps []g4Part) []g4Part {
	var place, anchor *g4Part
	var rest []g4Part
	for i := range ps {
		switch ps[i].kind {
		case "p":
			place = &ps[i]
		case "a":
			anchor = &ps[i]
		default:
			rest = append(rest, ps[i])
		}
	}
	// rest is v, w[, b|o]: slots 0 (before v), 1 (after v), 2 (after w),
	// 3 (at the end, after b|o).
	slot := func(x *g4Part, max int) int {
		if x == nil {
			return -1
		}
		return r.Intn(max + 1)
	}
	max := 2
	if len(rest) == 3 {
		max = 3
	}
	as := slot(anchor, 2)
	if anchor != nil && len(rest) == 3 && as == 2 {
		as = r.Intn(2) // "remplacer les mots A après le mot B par …": not written
	}
	ps2 := slot(place, max)
	var out []g4Part
	add := func(at int) {
		// place and anchor at the same slot: the place first, or after.
		first, second := place, anchor
		if r.Intn(3) == 0 {
			first, second = anchor, place
		}
		if first != nil && ((first == place && ps2 == at) || (first == anchor && as == at)) {
			out = append(out, *first)
		}
		if second != nil && ((second == place && ps2 == at) || (second == anchor && as == at)) {
			out = append(out, *second)
		}
	}
	for i, p := range rest {
		add(i)
		out = append(out, p)
	}
	add(len(rest))
	return out
}

// g4Lines writes the parts: the Assemblée's one line ("Alinéa 3 : " before
// it when the head is set), each place or anchor between commas or not;
// the Sénat's head on its line, each quotation on its own line.
func (g *gGen) g4Lines(head string, ps []g4Part) []string {
	r := g.r
	comma := make([]bool, len(ps))
	for i, p := range ps {
		if p.kind == "p" || p.kind == "a" {
			comma[i] = r.Intn(4) != 0
		}
	}
	sep := func(i int) string {
		if i == 0 {
			return ""
		}
		if comma[i] || comma[i-1] {
			return ", "
		}
		return " "
	}
	if g.senat {
		lines := []string{head}
		acc := ""
		for i, p := range ps {
			if acc == "" {
				acc = p.text
			} else {
				acc += sep(i) + p.text
			}
			if p.quo != "" {
				if len(lines) == 1 {
					acc = gCapFirst(acc)
				}
				lines = append(lines, acc, p.quo)
				acc = ""
			}
		}
		if acc != "" {
			lines = append(lines, acc+".")
		}
		return lines
	}
	txt := ""
	for i, p := range ps {
		txt += sep(i) + p.text
		if p.quo != "" {
			txt += " " + g.q(p.quo)
		}
	}
	txt = gCapFirst(txt) + "."
	if head != "" {
		txt = head + " : " + gLowerFirst(txt)
	}
	return []string{txt}
}

// joinedOrders: two word operations in one sentence, joined by "et",
// "et,", "puis" or ";": on one alinéa, the first naming it first and the
// second none ("À l'alinéa 2, supprimer le mot : « A » et insérer après le
// mot : « B » les mots : « C »"), or on two, each naming its own. The two
// are independent: the model applies them in either order alike.
func (g *gGen) joinedOrders() (gOp, bool) {
	r := g.r
	if g.senat {
		return gOp{}, false
	}
	o1, ok := g.wordOrders()
	k1 := g.lastKinds
	if !ok || len(o1.lines) != 1 || strings.Contains(o1.form, "/head") || !strings.Contains(k1, "p") && !strings.HasPrefix(o1.form, "orders/start") && !strings.HasPrefix(o1.form, "orders/end") {
		return gOp{}, false
	}
	if strings.Contains(strings.TrimLeft(k1, "p"), "a") {
		// Left: two operations whose first has its anchor after its
		// verb (`substituer avant le mot : « A » au mot : … puis …`).
		return gOp{}, false
	}
	n1 := o1.touch[0]
	same := r.Intn(2) == 0 && strings.HasPrefix(k1, "p")
	if same {
		g.at, g.bare = n1, true
	} else {
		g.usedIn[n1] = true
	}
	o2, ok := g.wordOrders()
	k2 := g.lastKinds
	g.at, g.bare = 0, false
	delete(g.usedIn, n1)
	if !ok || len(o2.lines) != 1 || strings.Contains(o2.form, "/head") {
		return gOp{}, false
	}
	if !same && !strings.Contains(k2, "p") && !strings.HasPrefix(o2.form, "orders/start") && !strings.HasPrefix(o2.form, "orders/end") {
		return gOp{}, false
	}
	m1, m2 := newModel(g.art), newModel(g.art)
	if !o1.apply(m1) || !o2.apply(m1) || !o2.apply(m2) || !o1.apply(m2) || strings.Join(m1.render("'"), "\n") != strings.Join(m2.render("'"), "\n") {
		return gOp{}, false
	}
	l2 := gLowerFirst(o2.lines[0])
	joins := []string{" et ", " puis ", " ; "}
	if !strings.HasPrefix(k2, "v") {
		joins = append(joins, " et, ")
	}
	j := joins[r.Intn(len(joins))]
	if j == " et, " {
		// "et, après le mot : « B », insérer …": the part after "et"
		// between commas.
		if i := strings.Index(l2, "»"); i < 0 || !strings.HasPrefix(l2[i+len("»"):], ",") && !strings.Contains(l2[:strings.Index(l2, " ")+1], ",") {
			j = " et "
		}
	}
	line := strings.TrimSuffix(o1.lines[0], ".") + j + l2
	touch := append(append([]int(nil), o1.touch...), o2.touch...)
	return gOp{form: "joined-orders/" + strings.TrimSpace(j) + "[" + o1.form + " + " + o2.form + "]", lines: []string{line}, touch: touch, apply: func(m *gModel) bool {
		return o1.apply(m) && o2.apply(m)
	}}, true
}
