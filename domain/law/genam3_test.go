package law

import (
	"fmt"
	"math/rand"
	"slices"
	"strconv"
	"strings"
)

// The generative test of amendments composed in one folder, continued
// (docs/LAW.md, "Generated amendments"): sub-amendments editing the new
// text of their amendment, amendments composed after one that deleted or
// rewrote the whole article (they fall), an article deleted and
// re-established, and article-level forms ("Compléter cet article",
// "Alinéas 3 à 5 : supprimer ces alinéas.") beside other amendments,
// composed in every order where the order does not matter.

// g3Am is one amendment of a folder: its lines (lines(p): p is the number
// of the amendment a sub-amendment edits), its typography, its form, the
// model's operation and whether it applies.
type g3Am struct {
	lines   func(p string) []string
	t       gTypo
	form    string
	apply   func(m *gModel) bool
	applies bool
	parent  bool
}

// g3Parent is an amendment writing new alinéas, the text its
// sub-amendments edit: news are the new alinéas (edited in place by the
// sub-amendments before the model applies the amendment), at the line of
// the amendment holding each (its paragraphs are its alinéas, counted
// from 1, the instruction's line included).
type g3Parent struct {
	op   gOp
	news []gAl
	at   []int
}

// g3ParentOp draws an amendment writing new text: "Après l'alinéa 3,
// insérer l'alinéa suivant :" (two alinéas), "Rédiger ainsi l'alinéa 3 :",
// "Compléter cet article par …", and when whole "Rédiger ainsi cet
// article :"; the Sénat's layouts, unquoted.
func (g *gGen) g3ParentOp(whole bool) (g3Parent, bool) {
	r := g.r
	k := 1 + r.Intn(2)
	news := make([]gAl, k)
	for i := range news {
		news[i] = gNewAl(r)
	}
	var head []string
	var touch []int
	var apply func(md *gModel) bool
	form := "sub-parent/"
	two := map[bool]string{false: "un alinéa ainsi rédigé :", true: "deux alinéas ainsi rédigés :"}
	switch kind := r.Intn(4); {
	case kind == 0:
		n, ok := g.pickAlinea(func(n int, a gAl) bool { return a.end != " :" && g.free(n+1) })
		if !ok {
			return g3Parent{}, false
		}
		if g.senat {
			head = []string{"Après l'alinéa " + strconv.Itoa(n), "Insérer " + two[k == 2]}
		} else {
			head = []string{"Après l'alinéa " + strconv.Itoa(n) + ", insérer " + map[bool]string{false: "l'alinéa suivant :", true: "les deux alinéas suivants :"}[k == 2]}
		}
		touch, form = []int{n, n + 1}, form+"insert"
		apply = func(md *gModel) bool { return md.insertAfter(n, news) }
	case kind == 1:
		n, ok := g.pickAlinea(gPlainAl)
		if !ok {
			return g3Parent{}, false
		}
		news = news[:1]
		if g.senat {
			head = []string{"Alinéa " + strconv.Itoa(n), "Rédiger ainsi cet alinéa :"}
		} else {
			head = []string{"Rédiger ainsi l'alinéa " + strconv.Itoa(n) + " :"}
		}
		touch, form = []int{n}, form+"rewrite-alinea"
		apply = func(md *gModel) bool {
			i := md.idx(n)
			if i < 0 {
				return false
			}
			md.ents[i].al = news[0].clone()
			return true
		}
	case kind == 2 || !whole:
		if !g.free(len(g.art)) {
			return g3Parent{}, false
		}
		head = []string{"Compléter cet article par " + two[k == 2]}
		touch, form = []int{len(g.art)}, form+"append-article"
		apply = func(md *gModel) bool {
			for _, a := range news {
				md.ents = append(md.ents, gEnt{al: a.clone()})
			}
			return true
		}
	default:
		head = []string{"Rédiger ainsi cet article :"}
		form += "rewrite-article"
		apply = func(md *gModel) bool {
			md.ents = nil
			for _, a := range news {
				md.ents = append(md.ents, gEnt{al: a.clone()})
			}
			return true
		}
	}
	txts := make([]string, len(news))
	for i, a := range news {
		txts[i] = a.render("'")
	}
	if !g.senat {
		txts = g.qBlock(txts)
	} else {
		form = "senat/" + form
	}
	p := g3Parent{news: news, op: gOp{form: form, lines: append(head, txts...), touch: touch, apply: apply}}
	for i := range news {
		p.at = append(p.at, len(head)+i)
	}
	return p, true
}

// g3SubOp draws a sub-amendment editing the words of new alinéa i of its
// amendment (its alinéa p.at[i]+1): replace, delete, insert after a word,
// complete the alinéa. The Sénat's head "Amendement n° P, alinéa K"
// ("Sous-amendement n° S à l'amendement n° P, alinéa K", or the heading
// alone then "Alinéa K"), the Assemblée's "À l'alinéa K de l'amendement
// n° P, …" ("Compléter l'alinéa K de l'amendement n° P par …", or
// "Sous-amendement à l'amendement n° P" then "À l'alinéa K, …"). When edit
// is set the model's new alinéa is edited.
func (g *gGen) g3SubOp(p *g3Parent, i int, edit bool) (g3Am, bool) {
	r := g.r
	a := p.news[i]
	k := strconv.Itoa(p.at[i] + 1)
	txt := a.render("'")
	s, old, ok := gWordsSpan(r, a, -1, txt)
	if !ok {
		return g3Am{}, false
	}
	nw := gNewWordsOf(r)
	oa, on := gMot(old)
	na, nn := gMot(nw)
	var f func(string) string
	var senat []string
	var clause string // the Assemblée's instruction after its place
	form := "sub/"
	switch kind := r.Intn(4); kind {
	case 0:
		f = func(x string) string { return strings.Replace(x, old, nw, 1) }
		senat = []string{"Remplacer " + oa + " " + on + " :", old, "par " + na + " " + nn + " :", nw}
		clause = "substituer " + map[string]string{"le": "au", "les": "aux"}[oa] + " " + on + " : " + g.q(old) + " " + na + " " + nn + " : " + g.q(nw) + "."
		form += "replace"
	case 1:
		f = func(x string) string { return strings.Replace(x, " "+old, "", 1) }
		senat = []string{"Supprimer " + oa + " " + on + " :", old}
		clause = "supprimer " + oa + " " + on + " : " + g.q(old) + "."
		form += "delete"
	case 2:
		f = func(x string) string { return strings.Replace(x, old, old+" "+nw, 1) }
		senat = []string{"Après " + oa + " " + on + " :", old, "insérer " + na + " " + nn + " :", nw}
		clause = "après " + oa + " " + on + " : " + g.q(old) + ", insérer " + na + " " + nn + " : " + g.q(nw) + "."
		form += "insert"
	default:
		s = len(a.sents) - 1
		f = func(x string) string { return x + " " + nw }
		senat = []string{"Compléter cet alinéa par " + na + " " + nn + " :", nw}
		clause = ""
		form += "append"
	}
	sn := g.senat
	layout := r.Intn(3)
	lines := func(pn string) []string {
		am := "l'amendement n° " + pn
		switch {
		case sn && layout == 0:
			return append([]string{"Amendement n° " + pn + ", alinéa " + k}, senat...)
		case sn && layout == 1:
			return append([]string{"Sous-amendement n° " + strconv.Itoa(90+i) + " à " + am + ", alinéa " + k}, senat...)
		case sn:
			return append([]string{"Sous-amendement à " + am, "Alinéa " + k}, senat...)
		case clause == "" && layout == 0:
			return []string{"Sous-amendement à " + am, "Compléter l'alinéa " + k + " par " + na + " " + nn + " : " + g.q(nw) + "."}
		case clause == "":
			return []string{"Compléter l'alinéa " + k + " de " + am + " par " + na + " " + nn + " : " + g.q(nw) + "."}
		case layout == 0:
			return []string{"Sous-amendement à " + am, "À l'alinéa " + k + ", " + clause}
		default:
			return []string{"À l'alinéa " + k + " de " + am + ", " + clause}
		}
	}
	if sn {
		form = "senat/" + form
	}
	if edit {
		p.news[i].sents[s] = f(p.news[i].sents[s])
	}
	return g3Am{lines: lines, t: g.t, form: form, applies: edit, apply: func(*gModel) bool { return true }}, true
}

// g3Folder turns the amendments of a folder, in their order, into the
// case: numbers are their ranks (a sub-amendment names its amendment's),
// the model applies them in turn.
func g3Folder(ams []g3Am, m *gModel, c *gCase, mode string) bool {
	p := ""
	for k, x := range ams {
		if x.parent {
			p = strconv.Itoa(k + 1)
		}
	}
	var forms []string
	c.applied = nil
	for _, x := range ams {
		pn := p
		if !x.applies && pn != "" {
			pn = "9" // a sub-amendment of an amendment not in the folder
		}
		c.texts = append(c.texts, x.t.text(append([]string(nil), x.lines(pn)...)))
		forms = append(forms, x.form)
		c.applied = append(c.applied, x.applies)
		if x.applies && !x.apply(m) {
			return false
		}
	}
	c.form = mode + "[" + strings.Join(forms, " + ") + "]"
	return true
}

// genAm3Sub is a folder of an amendment writing new text, one or two
// sub-amendments editing it (one in ten naming an amendment not in the
// folder: refused), and maybe another amendment on other alinéas, in a
// random order; the same in every order.
func genAm3Sub(r *rand.Rand, g *gGen, m *gModel, c *gCase) bool {
	g.senat, g.t = r.Intn(2) == 0, gTypoOf(r)
	other := r.Intn(2) == 0
	p, ok := g.g3ParentOp(!other)
	if !ok {
		return false
	}
	for _, t := range p.op.touch {
		g.usedIn[t] = true
	}
	pt := g.t
	ams := []g3Am{{lines: func(string) []string { return p.op.lines }, t: pt, form: p.op.form, applies: true, parent: true}}
	for _, i := range r.Perm(len(p.news))[:1+r.Intn(len(p.news))] {
		g.senat, g.t = r.Intn(2) == 0, gTypoOf(r)
		s, ok := g.g3SubOp(&p, i, r.Intn(10) != 0)
		if !ok {
			continue
		}
		ams = append(ams, s)
	}
	if len(ams) < 2 {
		return false
	}
	if other {
		g.senat, g.t = r.Intn(2) == 0, gTypoOf(r)
		if o, ok := g.op(false); ok {
			ol := o.lines
			ams = append(ams, g3Am{lines: func(string) []string { return ol }, t: g.t, form: o.form, apply: o.apply, applies: true})
		}
	}
	// The parent applies after its sub-amendments edited its text (the
	// model's news), whatever their order.
	ams[0].apply = p.op.apply
	r.Shuffle(len(ams), func(i, j int) { ams[i], ams[j] = ams[j], ams[i] })
	c.anyOrder = true
	return g3Folder(ams, m, c, "sub")
}

// genAm3Whole is a folder where one amendment deletes the article or
// rewrites it whole ("Supprimer cet article.", "Rédiger ainsi cet
// article :") and another edits it: composed after the first, the other
// falls (refused); before it, both apply and the first's text stands.
// Or an article deleted as tabled ("(Supprimé)") re-established:
// "Rétablir cet article dans la rédaction suivante :" (", ainsi rédigé :").
func genAm3Whole(r *rand.Rand, g *gGen, m *gModel, c *gCase) bool {
	g.senat, g.t = r.Intn(2) == 0, gTypoOf(r)
	newText := func(k int) ([]gAl, []string) {
		var news []gAl
		var txts []string
		for i := 0; i < k; i++ {
			news = append(news, gNewAl(r))
			txts = append(txts, news[i].render("'"))
		}
		if !g.senat {
			txts = g.qBlock(txts)
		}
		return news, txts
	}
	if r.Intn(4) == 0 {
		news, txts := newText(1 + r.Intn(2))
		head := []string{"Rétablir cet article dans la rédaction suivante :", "Rétablir cet article ainsi rédigé :"}[r.Intn(2)]
		// The article as tabled holds no apostrophe left to follow:
		// the new text keeps its own, the model's the article's.
		if strings.Contains(strings.Join(c.before, ""), "’") {
			g.t.apos = "’"
		} else {
			g.t.apos = "'"
		}
		c.before = []string{"(Supprimé)"}
		m.ents = nil
		for _, a := range news {
			m.ents = append(m.ents, gEnt{al: a.clone()})
		}
		c.texts = []string{g.t.text(append([]string{head}, txts...))}
		c.form = "restore-article"
		if g.senat {
			c.form = "senat/" + c.form
		}
		return true
	}
	if r.Intn(3) == 0 {
		return genAm3AfterAlinea(r, g, m, c)
	}
	var whole g3Am
	if r.Intn(3) == 0 {
		whole = g3Am{lines: func(string) []string { return []string{"Supprimer cet article."} }, t: g.t, form: "delete-article", applies: true, apply: func(md *gModel) bool {
			md.deleted = true
			return true
		}}
	} else {
		news, txts := newText(1 + r.Intn(3))
		lines := append([]string{"Rédiger ainsi cet article :"}, txts...)
		whole = g3Am{lines: func(string) []string { return lines }, t: g.t, form: "rewrite-article", applies: true, apply: func(md *gModel) bool {
			md.ents = nil
			for _, a := range news {
				md.ents = append(md.ents, gEnt{al: a.clone()})
			}
			return true
		}}
	}
	if g.senat {
		whole.form = "senat/" + whole.form
	}
	g.senat, g.t = r.Intn(2) == 0, gTypoOf(r)
	var o gOp
	ok := false
	switch r.Intn(3) {
	case 0:
		o, ok = g.appendArticle()
	default:
		o, ok = g.op(false)
	}
	if !ok {
		return false
	}
	ol := o.lines
	edit := g3Am{lines: func(string) []string { return ol }, t: g.t, form: o.form, apply: o.apply, applies: true}
	ams := []g3Am{whole, edit}
	if r.Intn(2) == 0 {
		ams[1].applies = false
	} else {
		ams[0], ams[1] = ams[1], ams[0]
	}
	return g3Folder(ams, m, c, "after-whole")
}

// g3DeleteRange: the Assemblée's "Alinéas 3 à 5 : supprimer ces
// alinéas." (the place before a colon, as the Sénat's locator line);
// plain alinéas.
func (g *gGen) g3DeleteRange() (gOp, bool) {
	n, ok := g.pickAlinea(gPlainAl)
	if !ok || n+1 > len(g.art) || !gPlainAl(n+1, g.art[n]) || !g.free(n+1) {
		return gOp{}, false
	}
	m := n + 1
	if m < len(g.art) && gPlainAl(m+1, g.art[m]) && g.free(m+1) && g.r.Intn(2) == 0 {
		m++
	}
	touch := gRange(n, m+1)
	line := "Alinéas " + strconv.Itoa(n) + " à " + strconv.Itoa(m) + " : supprimer ces alinéas."
	if m == n+1 && g.r.Intn(2) == 0 {
		line = "Alinéas " + strconv.Itoa(n) + " et " + strconv.Itoa(m) + " : supprimer ces alinéas."
	}
	return gOp{form: "delete-range/colon", lines: []string{line}, touch: touch, apply: func(md *gModel) bool {
		return md.deleteAll(touch)
	}}, true
}

// genAm3Article is a folder of two or three amendments on disjoint
// places, among them an article-level one ("Compléter cet article par
// …", "Alinéas 3 à 5 : supprimer ces alinéas."), the same in every order.
func genAm3Article(r *rand.Rand, g *gGen, m *gModel, c *gCase) bool {
	var ams []g3Am
	for i := 0; i < 2+r.Intn(2); i++ {
		g.senat, g.t = r.Intn(2) == 0, gTypoOf(r)
		var o gOp
		ok := false
		switch {
		case i == 0 && r.Intn(2) == 0:
			o, ok = g.appendArticle()
		case i == 0:
			o, ok = g.g3DeleteRange()
		default:
			o, ok = g.op(false)
		}
		if !ok {
			continue
		}
		for _, t := range o.touch {
			g.usedIn[t] = true
		}
		ol := o.lines
		ams = append(ams, g3Am{lines: func(string) []string { return ol }, t: g.t, form: o.form, apply: o.apply, applies: true})
	}
	if len(ams) < 2 {
		return false
	}
	r.Shuffle(len(ams), func(i, j int) { ams[i], ams[j] = ams[j], ams[i] })
	c.anyOrder = true
	return g3Folder(ams, m, c, "article")
}

// genAm3Case draws one of the folders above.
func genAm3Case(r *rand.Rand, g *gGen, m *gModel, c *gCase) bool {
	switch r.Intn(3) {
	case 0:
		return genAm3Sub(r, g, m, c)
	case 1:
		return genAm3Whole(r, g, m, c)
	}
	return genAm3Article(r, g, m, c)
}

// g3Compose composes the texts in the order given, each keeping its number
// (its rank in the folder), and returns the article and, in the folder's
// order, whether each applied (the reasons of those not).
func g3Compose(a Article, texts []string, order []int) (Article, bool, []bool, []string) {
	ds := make([]Dispositif, len(order))
	for k, i := range order {
		ds[k] = Dispositif{Number: strconv.Itoa(i + 1), Text: texts[i]}
	}
	got, rs := ComposeNumbered(a, ds)
	ok := make([]bool, len(texts))
	deleted := false
	var why []string
	for k, i := range order {
		ok[i] = rs[k].Applied
		deleted = deleted || rs[k].Deleted
		if !rs[k].Applied {
			why = append(why, rs[k].Unparsed...)
		}
	}
	return got, deleted, ok, why
}

// g3OtherOrder composes a case's amendments, which touch disjoint
// places, in every other order and says how one differs from the first
// ("" when none does): each applies or not alike, the same article.
func g3OtherOrder(a Article, c gCase) string {
	if strings.Contains(c.form, "/no-alinea") {
		// Words named without their alinéa are the whole article's:
		// another amendment writing them again makes them ambiguous
		// in one order only (refused there), not a disjoint place.
		return ""
	}
	orders := metaOrders(len(c.texts))
	got0, del0, ok0, _ := g3Compose(a, c.texts, orders[0])
	if n := len(c.texts); n > 2 {
		// More than two amendments: the reversed order (each pair then
		// met in both orders) and one rotation.
		rev, rot := make([]int, n), make([]int, n)
		for i := range rev {
			rev[i], rot[i] = n-1-i, (i+1)%n
		}
		orders = [][]int{orders[0], rev, rot}
	}
	for _, o := range orders[1:] {
		got, del, ok, why := g3Compose(a, c.texts, o)
		if del != del0 || strings.Join(got.Alineas, "\n") != strings.Join(got0.Alineas, "\n") || !slices.Equal(ok, ok0) {
			return fmt.Sprintf("order %v: %q (deleted %v, applied %v %q), in order: %q (applied %v)", o, got.Alineas, del, ok, why, got0.Alineas, ok0)
		}
	}
	return ""
}

// genAm3AfterAlinea is a folder where one amendment rewrites an alinéa
// ("Rédiger ainsi l'alinéa 3 : …") and another edits that alinéa's text
// (its words, a sentence added, its start or end, the alinéa deleted):
// composed after the rewrite, the other falls (refused); before it, both
// apply and the rewrite stands.
func genAm3AfterAlinea(r *rand.Rand, g *gGen, m *gModel, c *gCase) bool {
	o, ok := g.rewriteAlinea()
	if !ok {
		return false
	}
	n := o.touch[0]
	rew := g3Am{lines: func(string) []string { return o.lines }, t: g.t, form: o.form, apply: o.apply, applies: true}
	editFirst := r.Intn(2) == 0
	for i := range g.art {
		g.usedIn[i+1] = i+1 != n
	}
	g.senat, g.t = r.Intn(2) == 0, gTypoOf(r)
	kinds := []func() (gOp, bool){g.replaceWords, g.deleteWords, g.appendWords, g.appendSentence, g.startWords, g.endWords, g.sentenceOp}
	if !editFirst {
		kinds = append(kinds, g.deleteAlineas)
	}
	e, ok := kinds[r.Intn(len(kinds))]()
	if !ok || strings.Contains(e.form, "no-alinea") {
		return false
	}
	el := e.lines
	edit := g3Am{lines: func(string) []string { return el }, t: g.t, form: e.form, apply: e.apply, applies: true}
	ams := []g3Am{edit, rew}
	if !editFirst {
		ams = []g3Am{rew, edit}
		ams[1].applies = false
	}
	return g3Folder(ams, m, c, "after-alinea")
}
