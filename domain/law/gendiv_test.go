package law

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// TestGenerativeDivisions generates bills that act on the divisions of a
// code — livres, titres, chapitres, sections, sous-sections — rather than
// on its articles by their numbers: a division repealed (one, a list, a
// range), rewritten with its articles, a new division inserted with its
// articles (after an article, completing its parent, "il est rétabli",
// "il est ajouté"), its heading rewritten or edited (no article changes),
// divisions renumbered (their articles follow them in the folders), and
// words replaced over a division. The corpus is one code whose articles
// sit in folders ("livre-ier/titre-ier/chapitre-ier/section-2"), as the
// etalab codes' are; the reference model does each operation on the
// articles and their folders (genarts_test.go's gaState, compared by
// gaRun: texts and folders) and says whether the law is clear. WRONG
// fails; REFUSED is logged by form and held under a ceiling that only
// goes down.
//
// GEN_SEED, GEN_N, GEN_CASE and GEN_LIST as in TestGenerativeArticles.
func TestGenerativeDivisions(t *testing.T) {
	gaDrive(t, 20261205, 0, gdGenerate)
}

// gdReplaceTerm is the model of "le mot : « délai » est remplacé par le
// mot : « terme »" over the division at path: every article in it
// edited; false when none holds the word.
func gdReplaceTerm(s gaState, path string) bool {
	found := false
	for _, n := range gdIn(s, path) {
		al := append([]string(nil), s.arts[gdCode][n.key()]...)
		for j := range al {
			if strings.Contains(al[j], " délai ") {
				found = true
				al[j] = strings.ReplaceAll(al[j], " délai ", " terme ")
			}
		}
		s.arts[gdCode][n.key()] = al
	}
	return found
}

// gdCode is the code the divisions' generator acts on.
const gdCode = "code de commerce"

// gdPool is the code's articles in their folders, as the generator
// starts from (each held or not at random). Two chapitres Ier (one in
// each titre), each with a section 2: "la section 2 du chapitre Ier"
// names two divisions.
var gdPool = []struct {
	n   gaNum
	div string
}{
	{gaL(1), "livre-ier/titre-ier/chapitre-ier/section-1"},
	{gaL(2), "livre-ier/titre-ier/chapitre-ier/section-1"},
	{gaL(3), "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-1"},
	{gaL(4), "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2"},
	{gaL(4, 1), "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2/paragraphe-1"},
	{gaL(4, 2), "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2/paragraphe-2"},
	{gaL(4, 3), "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2/paragraphe-2/sous-paragraphe-1"},
	{gaL(5), "livre-ier/titre-ier/chapitre-ier/section-3"},
	{gaL(6), "livre-ier/titre-ier/chapitre-ii"},
	{gaL(7), "livre-ier/titre-ier/chapitre-ii"},
	{gaL(8), "livre-ier/titre-ier/chapitre-iii/section-1"},
	{gaL(9), "livre-ier/titre-ier/chapitre-iii/section-2"},
	{gaL(10), "livre-ier/titre-ii/chapitre-ier/section-1"},
	{gaL(11), "livre-ier/titre-ii/chapitre-ier/section-2"},
	{gaL(12), "livre-ii/titre-ier/chapitre-ier"},
}

// gdDivs are the divisions the generator names: every folder path of
// the pool and its parents.
func gdDivs() []string { return gdDivList }

var gdDivList = gdPoolDivs()

func gdPoolDivs() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range gdPool {
		parts := strings.Split(p.div, "/")
		for i := 1; i <= len(parts); i++ {
			d := strings.Join(parts[:i], "/")
			if !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	sort.Strings(out)
	return out
}

// gdKind is a slug's kind: "section-2" → "section".
func gdKind(slug string) string {
	i := strings.LastIndex(slug, "-")
	for i > 0 {
		k := slug[:i]
		switch k {
		case "livre", "titre", "chapitre", "section", "sous-section", "paragraphe", "sous-paragraphe":
			return k
		}
		i = strings.LastIndex(k, "-")
	}
	return slug
}

// gdNum is a slug's number as a bill writes it: "chapitre-ier" → "Ier",
// "titre-ii" → "II", "section-1-bis" → "1 bis".
func gdNum(slug string) string {
	n := strings.TrimPrefix(slug, gdKind(slug)+"-")
	n = strings.ReplaceAll(n, "-", " ")
	if strings.HasPrefix(n, "ier") {
		return "Ier" + n[3:]
	}
	if f := strings.Fields(n); len(f) > 0 && strings.Trim(f[0], "ivxlc") == "" {
		f[0] = strings.ToUpper(f[0])
		return strings.Join(f, " ")
	}
	return n
}

// gdRank is a kind's level, the largest first.
func gdRank(kind string) int {
	for i, k := range []string{"livre", "titre", "chapitre", "section", "sous-section", "paragraphe", "sous-paragraphe"} {
		if k == kind {
			return i
		}
	}
	return -1
}

func gdFem(kind string) bool { return kind == "section" || kind == "sous-section" }

// gdName names the divisions of path from its level `from` down, the
// smallest first with its article: "la section 2 du chapitre Ier du
// titre Ier du livre Ier".
func gdName(path string, from int) string {
	parts := strings.Split(path, "/")[from:]
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		k := gdKind(parts[i])
		switch {
		case i == len(parts)-1 && gdFem(k):
			b.WriteString("la ")
		case i == len(parts)-1:
			b.WriteString("le ")
		case gdFem(k):
			b.WriteString(" de la ")
		default:
			b.WriteString(" du ")
		}
		b.WriteString(k + " " + gdNum(parts[i]))
	}
	return b.String()
}

// gdCap writes s's first letter in capitals.
func gdCap(s string) string {
	r := []rune(s)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// gdDe is "de " + a name: "du chapitre …", "de la section …".
func gdDe(name string) string {
	if strings.HasPrefix(name, "le ") {
		return "du " + name[3:]
	}
	return "de " + name
}

// gdAu is "à " + a name: "au chapitre …", "à la section …".
func gdAu(name string) string {
	if strings.HasPrefix(name, "le ") {
		return "au " + name[3:]
	}
	return "à " + name
}

// gdIn lists the articles of s in the division path (itself or below).
func gdIn(s gaState, path string) []gaNum {
	var out []gaNum
	for k, n := range s.nums[gdCode] {
		if d := s.divs[gdCode][k]; d == path || strings.HasPrefix(d, path+"/") {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].less(out[j]) })
	return out
}

// gdMatches lists the divisions of s that a name of the levels tail (the
// smallest last) may mean: the paths of the articles' folders ending
// with tail.
func gdMatches(s gaState, tail []string) []string {
	seen := map[string]bool{}
	var out []string
	for k := range s.nums[gdCode] {
		parts := strings.Split(s.divs[gdCode][k], "/")
		for i := 0; i+len(tail) <= len(parts); i++ {
			if strings.Join(parts[i:i+len(tail)], "/") == strings.Join(tail, "/") {
				p := strings.Join(parts[:i+len(tail)], "/")
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// gdGen is the generator's state: the model's corpus foreseen, the
// divisions a renumbering emptied (not named again), whether the case
// is closed (a new division created: the articles' folders the model
// gives them end what it can say).
type gdGen struct {
	rng     *rand.Rand
	cs      *gaCase
	st      gaState
	lines   []string
	fresh   int
	vacated map[string]bool
	closed  bool
	ctx     string // the division of the head, "" the code's
	// renumbered says a division was renumbered, or rewritten with
	// divisions of its own: the code's divisions are no longer the
	// pool's, a name of their last levels only is not written (the
	// corpus cannot tell whether it names one).
	renumbered bool
	inCtx      bool // under a head naming the code or a division
	// created is the division a new-division operation wrote (its path
	// as the model files it), which later operations may name.
	created string
	// blind are the new numbers of renumberings refused (their parents
	// are not named again).
	blind []string
}

func (g *gdGen) word() string {
	g.fresh++
	return fmt.Sprint(100 + g.fresh)
}

func (g *gdGen) newText() []string {
	var al []string
	for k := 0; k < 1+g.rng.Intn(2); k++ {
		al = append(al, "Le délai nouveau est de "+g.word()+" jours.")
	}
	return al
}

func gdGenerate(rng *rand.Rand) *gaCase {
	cs := &gaCase{}
	st := gaState{arts: map[string]map[string][]string{gdCode: {}}, nums: map[string]map[string]gaNum{gdCode: {}}, divs: map[string]map[string]string{gdCode: {}}}
	w := 0
	for _, p := range gdPool {
		if rng.Intn(8) == 0 {
			continue
		}
		var al []string
		for k := 0; k < 1+rng.Intn(2); k++ {
			w++
			noun := "délai"
			if rng.Intn(3) == 0 {
				noun = "préavis"
			}
			al = append(al, fmt.Sprintf("Le %s applicable est de %d jours.", noun, 100+w))
		}
		st.put(gdCode, p.n, al)
		st.setDiv(gdCode, p.n, p.div)
	}
	cs.start = st.clone()
	g := &gdGen{rng: rng, cs: cs, st: st, fresh: w, vacated: map[string]bool{}}
	for k := 0; k < 1+rng.Intn(2) && !g.closed; k++ {
		b := len(cs.arts) // an empty bill article is not written
		g.lines = nil
		g.ctx, g.inCtx = "", false
		switch rng.Intn(3) {
		case 0:
			g.op(b, "")
		case 1:
			// "Le code de commerce est ainsi modifié :" or a division's
			// head, then items.
			divs := gdDivs()
			if rng.Intn(2) == 0 {
				g.lines = append(g.lines, "Le code de commerce est ainsi modifié :")
			} else {
				g.ctx = divs[rng.Intn(len(divs))]
				if strings.Count(g.ctx, "/") < 1 || strings.Count(g.ctx, "/") > 2 {
					g.ctx = "livre-ier/titre-ier/chapitre-ier"
				}
				g.lines = append(g.lines, gdCap(gdName(g.ctx, 0))+" du code de commerce est ainsi modifié :")
			}
			g.inCtx = true
			item := 0
			for i := 0; i < 2+rng.Intn(2) && !g.closed; i++ {
				before := len(cs.ops)
				g.op(b, fmt.Sprintf("%d° ", item+1))
				if len(cs.ops) > before {
					item++
				}
			}
			if item == 0 {
				g.lines = nil
				g.ctx, g.inCtx = "", false
				g.op(b, "")
			}
		case 2:
			for i := 0; i < 2+rng.Intn(2) && !g.closed; i++ {
				g.op(b, []string{"I", "II", "III"}[i]+". – ")
			}
		}
		if len(g.lines) > 0 {
			cs.arts = append(cs.arts, g.lines)
		}
	}
	return cs
}

// name chooses how the division path is named: in full with the code,
// from the head's division, or by its last levels only (two at least).
// It returns the name ("la section 2 du chapitre Ier …", its code after
// it) and the levels named (the smallest last); ok false when the path is
// not under the head.
func (g *gdGen) name(path string) (string, []string, bool) {
	parts := strings.Split(path, "/")
	if g.ctx != "" {
		if !strings.HasPrefix(path, g.ctx+"/") {
			return "", nil, false
		}
		from := strings.Count(g.ctx, "/") + 1
		return gdName(path, from), parts, true
	}
	code := " du code de commerce"
	if g.inCtx {
		code = ""
	}
	from := 0
	switch r := g.rng.Intn(12); {
	case len(parts) > 2 && !g.renumbered && r < 3:
		// The last levels only: "la section 2 du chapitre Ier".
		from = len(parts) - 2
	case len(parts) > 1 && !g.renumbered && r == 3:
		// One level, not the code's top: "la section 2 du code de
		// commerce" — which is not said (the model refuses).
		from = len(parts) - 1
	}
	return gdName(path, from) + code, parts[from:], true
}

// gdAmbiguous says the levels tail name two divisions of the code (the
// pool's): "la section 1 du chapitre Ier", in the titre Ier and in the
// titre II.
func gdAmbiguous(tail []string) bool {
	k := 0
	t := strings.Join(tail, "/")
	for _, d := range gdDivs() {
		if d == t || strings.HasSuffix(d, "/"+t) {
			k++
		}
	}
	return k > 1
}

// op writes one operation after the label.
func (g *gdGen) op(b int, label string) {
	end := "."
	if strings.HasSuffix(label, "° ") {
		end = " ;"
	}
	clear := true // the last operation added, clear to the model
	add := func(form, text string, quoted []string, model func(s gaState) bool) {
		g.lines = append(g.lines, label+text)
		op := &gaOp{form: form, alinea: len(g.lines), bill: b, model: model}
		g.lines = append(g.lines, quoted...)
		g.cs.ops = append(g.cs.ops, op)
		// The model's corpus as gaRun keeps it: what a refused list
		// still applies stands.
		try := g.st.clone()
		clear = model(try)
		g.st = try
	}
	// blindAfter records the new numbers of a renumbering the model
	// refused: a later instruction naming one means the division
	// renumbered, not the one the corpus files there — the engine
	// refuses it; not generated.
	blindAfter := func(levels int, to ...string) {
		if clear {
			return
		}
		for _, t := range to {
			g.blind = append(g.blind, t)
			// Named by its last levels: the same numbers in every
			// parent those levels may mean.
			tp := strings.Split(t, "/")
			if levels >= len(tp) || levels < 2 {
				continue
			}
			suffix := strings.Join(tp[len(tp)-levels:len(tp)-1], "/")
			for _, d := range gdDivs() {
				if strings.HasSuffix(d, "/"+suffix) || d == suffix {
					g.blind = append(g.blind, d+"/"+tp[len(tp)-1])
				}
			}
		}
	}
	// unique says the levels named mean one division of s, the path: a
	// name that may mean two divisions of the code is refused (the
	// generator writes it only where the corpus holds both).
	unique := func(s gaState, tail []string, path string) bool {
		if len(tail) == 1 && gdKind(tail[0]) != "livre" {
			return false // one level, not the code's top: which is not said
		}
		if gdAmbiguous(tail) {
			return false
		}
		m := gdMatches(s, tail)
		return len(m) == 1 && m[0] == path
	}
	divs := gdDivs()
	if g.created != "" && g.rng.Intn(2) == 0 {
		g.opCreated(label, add)
		return
	}
	path := divs[g.rng.Intn(len(divs))]
	if g.vacated[path] || g.nearBlind(path) {
		return
	}
	name, tail, ok := g.name(path)
	if !ok {
		return
	}
	if gdAmbiguous(tail) && len(gdMatches(g.st, tail)) < 2 {
		// Ambiguous in the code, one of them in the corpus: the corpus
		// cannot tell; not generated.
		return
	}
	kind := gdKind(tail[len(tail)-1])
	fem := gdFem(kind)
	e := ""
	if fem {
		e = "e"
	}
	switch g.rng.Intn(17) {
	case 0: // a division repealed
		verb := []string{" est abrogé", " est supprimé"}[g.rng.Intn(2)] + e
		add("repeal-division", gdCap(name)+verb+end, nil, func(s gaState) bool {
			if !unique(s, tail, path) {
				return false
			}
			for _, n := range gdIn(s, path) {
				s.del(gdCode, n)
			}
			return true
		})
	case 1: // two divisions of a kind repealed
		parts := strings.Split(path, "/")
		last := parts[len(parts)-1]
		parent := strings.Join(parts[:len(parts)-1], "/")
		if len(parts) < 2 {
			return
		}
		var sibs []string
		for _, d := range divs {
			if strings.HasPrefix(d, parent+"/") && strings.Count(d, "/") == len(parts)-1 && gdKind(d[len(parent)+1:]) == gdKind(last) {
				sibs = append(sibs, d)
			}
		}
		if len(sibs) < 2 {
			return
		}
		sibs = sibs[:2+g.rng.Intn(len(sibs)-1)]
		for _, d := range sibs {
			if g.vacated[d] {
				return
			}
		}
		// (the guard on the parent's name is below, once it is named)
		var nums []string
		for _, d := range sibs {
			nums = append(nums, gdNum(d[len(parent)+1:]))
		}
		list := strings.Join(nums[:len(nums)-1], ", ") + " et " + nums[len(nums)-1]
		if len(nums) > 2 && g.rng.Intn(2) == 0 && strings.Trim(nums[0], "0123456789") == "" {
			list = nums[0] + " à " + nums[len(nums)-1]
		}
		plural := map[string]string{"section": "Les sections ", "sous-section": "Les sous-sections ", "chapitre": "Les chapitres ", "titre": "Les titres "}[gdKind(last)]
		if plural == "" {
			return
		}
		pname, ptail, ok := g.name(parent)
		if g.ctx == parent {
			pname, ptail, ok = "", strings.Split(parent, "/"), true
		}
		if !ok {
			return
		}
		for _, d := range sibs {
			st := append(append([]string(nil), ptail...), d[len(parent)+1:])
			if gdAmbiguous(st) && len(gdMatches(g.st, st)) < 2 {
				return // ambiguous in the code, the corpus cannot tell
			}
		}
		text := plural + list
		if pname != "" {
			text += " " + gdDe(pname)
		}
		text += " sont abrogé" + e + "s" + end
		add("repeal-divisions", text, nil, func(s gaState) bool {
			// Each division whole or not at all; the others stand, as
			// the consolidation applies what it can: not clear if any
			// is refused.
			clear := true
			for _, d := range sibs {
				st := append(append([]string(nil), ptail...), d[len(parent)+1:])
				if len(gdIn(s, d)) == 0 || !unique(s, st, d) {
					clear = false
					continue
				}
				for _, n := range gdIn(s, d) {
					s.del(gdCode, n)
				}
			}
			return clear
		})
	case 2: // a division rewritten with its articles
		in := gdIn(g.st, path)
		if len(in) == 0 {
			return
		}
		nums := []gaNum{in[0], in[0].sub(5)}
		form := "rewrite-division"
		if g.rng.Intn(5) == 0 {
			// An article of another division quoted: whether the law
			// moves it or means another is not said — refused.
			for _, p := range gdPool {
				if d := g.st.divOf(gdCode, p.n); g.st.has(gdCode, p.n) && d != path && !strings.HasPrefix(d, path+"/") {
					nums[1], form = p.n, "rewrite-division-quoting-another"
					break
				}
			}
		}
		if form == "rewrite-division" && g.st.has(gdCode, nums[1]) {
			return
		}
		texts := [][]string{g.newText(), g.newText()}
		heads := []string{nums[0].bill(0), nums[1].bill(0)}
		q := append([]string{"« " + gdCap(kind) + " " + gdNum(tail[len(tail)-1]), "« Dispositions nouvelles"}, gaQuoteArticles(heads, texts)...)
		add(form, gdCap(name)+" est ainsi rédigé"+e+" :", q, func(s gaState) bool {
			if gdAmbiguous(tail) || len(tail) == 1 && kind != "livre" {
				return false
			}
			if len(gdMatches(s, tail)) == 0 {
				// The corpus holds none of it (a part of the code): the
				// new articles go in, their folders not known.
				for i, n := range nums {
					if s.has(gdCode, n) {
						return false
					}
					s.put(gdCode, n, texts[i])
				}
				return true
			}
			if !unique(s, tail, path) {
				return false
			}
			for _, n := range nums {
				if d := s.divOf(gdCode, n); s.has(gdCode, n) && d != path && !strings.HasPrefix(d, path+"/") {
					return false // in force in another division
				}
			}
			for _, n := range gdIn(s, path) {
				s.del(gdCode, n)
			}
			for i, n := range nums {
				s.put(gdCode, n, texts[i])
				s.setDiv(gdCode, n, path)
			}
			return true
		})
	case 3: // a division's heading rewritten, or words in it
		var text string
		form := "heading-rewritten"
		switch g.rng.Intn(5) {
		case 0:
			text = "L'intitulé " + gdDe(name) + " est ainsi rédigé : « Dispositions " + g.word() + " »" + end
		case 3:
			text = gdCap(name) + " est intitulé" + e + " : « Dispositions " + g.word() + " »" + end
		case 4:
			text = "L'intitulé " + gdDe(name) + " est complété par les mots : « et des termes »" + end
			form = "heading-words"
		case 1:
			text = "Dans l'intitulé " + gdDe(name) + ", le mot : « délai » est remplacé par le mot : « terme »" + end
			form = "heading-words"
		case 2:
			text = "À l'intitulé " + gdDe(name) + ", les mots : « des délais » sont remplacés par les mots : « des termes »" + end
			form = "heading-words"
		}
		if gdAmbiguous(tail) {
			return
		}
		// A heading is no article: none changes, whether the corpus
		// holds the division's articles or not.
		add(form, text, nil, func(s gaState) bool { return true })
	case 4: // a division renumbered in its parent
		parts := strings.Split(path, "/")
		last := parts[len(parts)-1]
		if kind != "section" && kind != "chapitre" || strings.Contains(last, "bis") {
			return
		}
		to := strings.Join(parts[:len(parts)-1], "/") + "/" + kind + "-" + gdNext(last)
		tonum := gdNum(to[strings.LastIndex(to, "/")+1:])
		text := gdCap(name) + " devient " + map[bool]string{true: "la ", false: "le "}[fem] + kind + " " + tonum + end
		if len(gdIn(g.st, path)) == 0 {
			return
		}
		g.vacated[path], g.vacated[to] = true, false
		g.renumbered = true
		if len(tail) == 1 {
			// One level: which division is not said; recorded only, no
			// article moves (docs/LAW.md, renumber divisions), the
			// later instructions naming what it may have changed
			// refused — not modelled: the case ends.
			g.closed = true
			add("renumber-division-one-level", text, nil, func(s gaState) bool { return true })
			return
		}
		add("renumber-division", text, nil, func(s gaState) bool {
			if !unique(s, tail, path) || len(gdIn(s, to)) > 0 {
				return false
			}
			for _, n := range gdIn(s, path) {
				s.setDiv(gdCode, n, to+strings.TrimPrefix(s.divOf(gdCode, n), path))
			}
			return true
		})
		blindAfter(len(tail), to)
	case 5: // words over a division
		place := gdCap(gdAu(name))
		if g.rng.Intn(2) == 0 {
			place = "Dans " + name
		}
		add("division-words", place+", le mot : « délai » est remplacé par le mot : « terme »"+end, nil, func(s gaState) bool {
			if !unique(s, tail, path) {
				return false
			}
			found := gdReplaceTerm(s, path)
			return found
		})
	case 6: // a new division after an article, the last of its division
		in := gdIn(g.st, path)
		if len(in) == 0 || kind != "section" && kind != "chapitre" || strings.Contains(path, "bis") {
			return
		}
		// The new division's kind is the path's: after the last article
		// of path, a division of its kind numbered "bis".
		at := in[len(in)-1]
		nw := []gaNum{at.sub(1), at.sub(2)}
		if g.st.has(gdCode, nw[0]) || g.st.has(gdCode, nw[1]) {
			return
		}
		slug := strings.Split(path, "/")
		nslug := slug[len(slug)-1] + "-bis"
		npath := strings.Join(slug[:len(slug)-1], "/") + "/" + nslug
		texts := [][]string{g.newText(), g.newText()}
		art := "une"
		if !fem {
			art = "un"
		}
		text := "Après l'article " + at.bill(0)
		if !g.inCtx {
			text += " du code de commerce"
		}
		text += ", il est inséré " + art + " " + kind + " " + gdNum(nslug) + " ainsi rédigé" + e + " :"
		q := append([]string{"« " + gdCap(kind) + " " + gdNum(nslug), "« Dispositions " + g.word()}, gaQuoteArticles([]string{nw[0].bill(0), nw[1].bill(0)}, texts)...)
		g.created, g.renumbered = npath, true
		add("new-division-after", text, q, func(s gaState) bool {
			if len(gdIn(s, npath)) > 0 {
				return false
			}
			for _, n := range nw {
				if s.has(gdCode, n) {
					return false
				}
			}
			// In at's folders above the new division's level; beside an
			// article the corpus does not hold (a part of the code, or
			// repealed) or filed nowhere known, not known.
			into := ""
			if d := s.divOf(gdCode, at); s.has(gdCode, at) && d != "?" && d != "" {
				f := strings.Split(d, "/")
				for i, x := range f {
					if gdRank(gdKind(x)) >= gdRank(kind) {
						f = f[:i]
						break
					}
				}
				into = strings.Join(append(f, nslug), "/")
			}
			for i, n := range nw {
				s.put(gdCode, n, texts[i])
				if into != "" {
					s.setDiv(gdCode, n, into)
				}
			}
			return true
		})
	case 7: // a division completed by a new division
		var subs []string
		for _, d := range divs {
			if strings.HasPrefix(d, path+"/") && strings.Count(d, "/") == strings.Count(path, "/")+1 {
				subs = append(subs, d)
			}
		}
		if len(subs) == 0 {
			return
		}
		lastSub := subs[len(subs)-1]
		skind := gdKind(lastSub[len(path)+1:])
		if skind != "section" && skind != "chapitre" {
			return
		}
		nslug := skind + "-" + gdNext(lastSub[len(path)+1:])
		npath := path + "/" + nslug
		top := 20 + g.rng.Intn(5)
		nw := []gaNum{gaL(top), gaL(top, 1)}
		if g.st.has(gdCode, nw[0]) || g.st.has(gdCode, nw[1]) {
			return
		}
		texts := [][]string{g.newText(), g.newText()}
		sfem := gdFem(skind)
		art, se := "un", ""
		if sfem {
			art, se = "une", "e"
		}
		var text string
		switch g.rng.Intn(3) {
		case 0:
			text = gdCap(name) + " est complété" + e + " par " + art + " " + skind + " " + gdNum(nslug) + " ainsi rédigé" + se + " :"
		case 1:
			text = gdCap(gdAu(name)) + ", il est ajouté " + art + " " + skind + " " + gdNum(nslug) + " ainsi rédigé" + se + " :"
		case 2:
			text = gdCap(gdAu(name)) + ", il est rétabli " + art + " " + skind + " " + gdNum(nslug) + " ainsi rédigé" + se + " :"
		}
		q := append([]string{"« " + gdCap(skind) + " " + gdNum(nslug), "« Dispositions " + g.word()}, gaQuoteArticles([]string{nw[0].bill(0), nw[1].bill(0)}, texts)...)
		g.created, g.renumbered = npath, true
		add("new-division-completing", text, q, func(s gaState) bool {
			if gdAmbiguous(tail) || len(tail) == 1 && kind != "livre" || len(gdIn(s, npath)) > 0 {
				return false
			}
			// The place the corpus holds none of: filed nowhere known.
			m := gdMatches(s, tail)
			if len(m) > 1 || len(m) == 1 && m[0] != path {
				return false
			}
			held := len(m) > 0
			for i, n := range nw {
				s.put(gdCode, n, texts[i])
				if held {
					s.setDiv(gdCode, n, npath)
				}
			}
			return true
		})
	case 8: // two divisions renumbered together
		parts := strings.Split(path, "/")
		last := parts[len(parts)-1]
		if kind != "section" || strings.Contains(last, "bis") {
			return
		}
		parent := strings.Join(parts[:len(parts)-1], "/")
		nxt := parent + "/section-" + gdNext(last)
		if !gdHas(divs, nxt) || g.vacated[nxt] {
			return
		}
		to1, to2 := nxt, parent+"/section-"+gdNext(gdNext(last))
		if len(gdIn(g.st, path)) == 0 && len(gdIn(g.st, nxt)) == 0 {
			return // none held: recorded only (not generated)
		}
		pname, ptail, ok := g.name(parent)
		if g.ctx == parent {
			pname, ptail, ok = "", strings.Split(parent, "/"), true
		}
		if !ok {
			return
		}
		tails := map[string][]string{}
		for _, d := range []string{path, nxt} {
			tails[d] = append(append([]string(nil), ptail...), d[len(parent)+1:])
			if gdAmbiguous(tails[d]) && len(gdMatches(g.st, tails[d])) < 2 {
				return // ambiguous in the code, the corpus cannot tell
			}
		}
		text := "Les sections " + gdNum(last) + " et " + gdNum(nxt[len(parent)+1:])
		if pname != "" {
			text += " " + gdDe(pname)
		}
		text += " deviennent" + []string{" respectivement", "", ", respectivement,"}[g.rng.Intn(3)] + " les sections " + gdNum(to1[len(parent)+1:]) + " et " + gdNum(to2[len(parent)+1:]) + end
		g.vacated[path] = true
		g.vacated[nxt] = false
		g.renumbered = true
		add("renumber-two-divisions", text, nil, func(s gaState) bool {
			if len(gdIn(s, to2)) > 0 || len(gdIn(s, path)) == 0 && len(gdIn(s, nxt)) == 0 {
				return false
			}
			for _, d := range []string{path, nxt} {
				if m := gdMatches(s, tails[d]); gdAmbiguous(tails[d]) || len(m) > 1 || len(m) == 1 && m[0] != d {
					return false
				}
			}
			a, c := gdIn(s, path), gdIn(s, nxt)
			for _, n := range c {
				s.setDiv(gdCode, n, to2+strings.TrimPrefix(s.divOf(gdCode, n), nxt))
			}
			for _, n := range a {
				s.setDiv(gdCode, n, to1+strings.TrimPrefix(s.divOf(gdCode, n), path))
			}
			return true
		})
		blindAfter(len(ptail)+1, to1, to2)
	case 9: // a division rewritten with divisions of its own
		if kind != "chapitre" && kind != "titre" {
			return
		}
		in := gdIn(g.st, path)
		if len(in) == 0 {
			return
		}
		sub := map[string]string{"chapitre": "section", "titre": "chapitre"}[kind]
		nums := []gaNum{in[0], in[0].sub(6)}
		if g.st.has(gdCode, nums[1]) {
			return
		}
		texts := [][]string{g.newText(), g.newText()}
		subs := []string{sub + "-1", sub + "-2"}
		if sub == "chapitre" {
			subs = []string{"chapitre-ier", "chapitre-ii"}
		}
		q := []string{"« " + gdCap(kind) + " " + gdNum(tail[len(tail)-1]), "« Dispositions nouvelles"}
		for i, n := range nums {
			q = append(q, "« "+gdCap(sub)+" "+gdNum(subs[i]), "« Dispositions "+g.word())
			q = append(q, gaQuoteArticles([]string{n.bill(0)}, [][]string{texts[i]})...)
			if i == 0 {
				q[len(q)-1] = strings.TrimSuffix(q[len(q)-1], " »")
			}
		}
		g.renumbered = true // divisions the pool has not: as a renumbering
		add("rewrite-division-nested", gdCap(name)+" est ainsi rédigé"+e+" :", q, func(s gaState) bool {
			m := gdMatches(s, tail)
			if gdAmbiguous(tail) || len(tail) == 1 && kind != "livre" || len(m) != 1 || m[0] != path {
				return false
			}
			for _, n := range gdIn(s, path) {
				s.del(gdCode, n)
			}
			for i, n := range nums {
				if s.has(gdCode, n) {
					return false
				}
				s.put(gdCode, n, texts[i])
				s.setDiv(gdCode, n, path+"/"+subs[i])
			}
			return true
		})
	case 10: // an article inserted beside another, then filed with it
		in := gdIn(g.st, path)
		if len(in) == 0 {
			return
		}
		at := in[g.rng.Intn(len(in))]
		nw := at.sub(3)
		if g.st.has(gdCode, nw) {
			return
		}
		txt := g.newText()
		code := " du code de commerce"
		if g.inCtx {
			code = ""
		}
		add("article-beside", "Après l'article "+at.bill(0)+code+", il est inséré un article "+nw.bill(0)+" ainsi rédigé :", gaQuoteArticles([]string{nw.bill(0)}, [][]string{txt}), func(s gaState) bool {
			if s.has(gdCode, nw) {
				return false
			}
			if b := s.between(gdCode, at, nw); len(b) > 1 || len(b) == 1 && !s.has(gdCode, at) {
				// Numbered over an article in force (L. 4-1 between
				// L. 4 and L. 4-3): refused.
				return false
			}
			d := "?"
			if s.has(gdCode, at) {
				d = s.divOf(gdCode, at)
			}
			s.put(gdCode, nw, txt)
			s.setDiv(gdCode, nw, d)
			return true
		})
	case 11: // an article repealed, or renumbered (it keeps its folders)
		in := gdIn(g.st, path)
		if len(in) == 0 {
			return
		}
		at := in[g.rng.Intn(len(in))]
		code := " du code de commerce"
		if g.inCtx {
			code = ""
		}
		if g.rng.Intn(2) == 0 {
			add("article-repealed", "L'article "+at.bill(0)+code+" est abrogé"+end, nil, func(s gaState) bool {
				if !s.has(gdCode, at) {
					return false
				}
				s.del(gdCode, at)
				return true
			})
			return
		}
		to := at.sub(7)
		if g.st.has(gdCode, to) {
			return
		}
		g.closed = true // a run of renumberings is not modelled here
		add("article-renumbered", "L'article "+at.bill(0)+code+" devient l'article "+to.bill(0)+end, nil, func(s gaState) bool {
			if !s.has(gdCode, at) || s.has(gdCode, to) {
				return false
			}
			s.move(gdCode, at, to)
			return true
		})
	case 12: // an article put in a division named
		in := gdIn(g.st, path)
		if len(in) == 0 {
			return
		}
		last := in[len(in)-1]
		nw := last.sub(4)
		if g.st.has(gdCode, nw) {
			return
		}
		txt := g.newText()
		text := gdCap(name) + " est complété" + e + " par un article " + nw.bill(0) + " ainsi rédigé :"
		form := "complete-division"
		if g.rng.Intn(2) == 0 {
			first := in[0]
			if len(first.parts) > 1 || first.parts[0] < 2 {
				return
			}
			nw = first.with(first.parts[0] - 1).sub(9)
			if g.st.has(gdCode, nw) {
				return
			}
			text = "Au début " + gdDe(name) + ", il est inséré un article " + nw.bill(0) + " ainsi rédigé :"
			form = "start-of-division"
		}
		add(form, text, gaQuoteArticles([]string{nw.bill(0)}, [][]string{txt}), func(s gaState) bool {
			m := gdMatches(s, tail)
			if gdAmbiguous(tail) || len(tail) == 1 && kind != "livre" || len(m) > 1 || len(m) == 1 && m[0] != path || s.has(gdCode, nw) {
				return false
			}
			s.put(gdCode, nw, txt)
			if len(m) == 1 {
				// In the division, at its own level (its sections are
				// not said: the corpus's first article's folders cut
				// to it).
				s.setDiv(gdCode, nw, path)
			}
			return true
		})
	case 14: // the headings of two divisions of a kind at once
		parts := strings.Split(path, "/")
		if len(parts) < 2 || kind != "section" && kind != "chapitre" && kind != "paragraphe" {
			return
		}
		parent := strings.Join(parts[:len(parts)-1], "/")
		nxt := parent + "/" + kind + "-" + gdNext(parts[len(parts)-1])
		if !gdHas(divs, nxt) || g.vacated[nxt] {
			return
		}
		pname, ptail, ok := g.name(parent)
		if g.ctx == parent {
			pname, ptail, ok = "", strings.Split(parent, "/"), true
		}
		if !ok {
			return
		}
		for _, d := range []string{path, nxt} {
			if gdAmbiguous(append(append([]string(nil), ptail...), d[len(parent)+1:])) {
				return
			}
		}
		plural := map[string]string{"section": "sections", "chapitre": "chapitres", "paragraphe": "paragraphes"}[kind]
		text := "Les intitulés des " + plural + " " + gdNum(parts[len(parts)-1]) + " et " + gdNum(nxt[len(parent)+1:])
		if pname != "" {
			text += " " + gdDe(pname)
		}
		text += " sont ainsi rédigés :"
		var q []string
		for i, d := range []string{path, nxt} {
			if g.rng.Intn(2) == 0 || i == 1 && len(q) == 1 {
				if i == 1 && len(q) == 1 {
					q = append(q, "« Dispositions "+g.word()+" »")
					continue
				}
				q = append(q, "« Dispositions "+g.word())
				continue
			}
			q = append(q, "« "+gdCap(kind)+" "+gdNum(d[len(parent)+1:]), "« Dispositions "+g.word())
		}
		if !strings.HasSuffix(q[len(q)-1], " »") {
			q[len(q)-1] += " »"
		}
		if len(q) == 3 {
			// One line for one heading, two for the other: which goes
			// where is not said; not generated.
			return
		}
		// Headings are no articles: none changes.
		add("headings-rewritten", text, q, func(s gaState) bool { return true })
	case 15: // two renumberings of a chain in one sentence
		parts := strings.Split(path, "/")
		last := parts[len(parts)-1]
		if kind != "section" || strings.Contains(last, "bis") || len(parts) < 2 {
			return
		}
		parent := strings.Join(parts[:len(parts)-1], "/")
		nxt := parent + "/section-" + gdNext(last)
		if !gdHas(divs, nxt) || g.vacated[nxt] {
			return
		}
		to2 := parent + "/section-" + gdNext(gdNext(last))
		if len(gdIn(g.st, path)) == 0 && len(gdIn(g.st, nxt)) == 0 {
			return
		}
		if gdAmbiguous(tail) && len(gdMatches(g.st, tail)) < 2 {
			return
		}
		nxtTail := append(append([]string(nil), tail[:len(tail)-1]...), nxt[len(parent)+1:])
		if len(tail) < 2 || gdAmbiguous(nxtTail) && len(gdMatches(g.st, nxtTail)) < 2 {
			return
		}
		n1, n2, n3 := gdNum(last), gdNum(nxt[len(parent)+1:]), gdNum(to2[len(parent)+1:])
		var text string
		if g.rng.Intn(2) == 0 {
			text = gdCap(name) + " devient la section " + n2 + " et la section " + n2 + " devient la section " + n3 + end
		} else {
			// The second first: "La section 2 … devient la section 3 et
			// la section 1 devient la section 2".
			nname := strings.Replace(name, "section "+n1, "section "+n2, 1)
			text = gdCap(nname) + " devient la section " + n3 + " et la section " + n1 + " devient la section " + n2 + end
		}
		g.vacated[path] = true
		g.vacated[nxt] = false
		g.renumbered = true
		add("renumber-chain", text, nil, func(s gaState) bool {
			if len(gdIn(s, to2)) > 0 || len(gdIn(s, path)) == 0 && len(gdIn(s, nxt)) == 0 {
				return false
			}
			for d, tl := range map[string][]string{path: tail, nxt: nxtTail} {
				if m := gdMatches(s, tl); gdAmbiguous(tl) || len(tl) == 1 || len(m) > 1 || len(m) == 1 && m[0] != d {
					return false
				}
			}
			a, c := gdIn(s, path), gdIn(s, nxt)
			for _, n := range c {
				s.setDiv(gdCode, n, to2+strings.TrimPrefix(s.divOf(gdCode, n), nxt))
			}
			for _, n := range a {
				s.setDiv(gdCode, n, nxt+strings.TrimPrefix(s.divOf(gdCode, n), path))
			}
			return true
		})
		blindAfter(len(tail), nxt, to2)
	case 16: // a division renumbered and edited: items under it
		parts := strings.Split(path, "/")
		last := parts[len(parts)-1]
		if kind != "section" || strings.Contains(last, "bis") || len(tail) < 2 || g.ctx != "" || g.inCtx {
			return
		}
		to := strings.Join(parts[:len(parts)-1], "/") + "/section-" + gdNext(last)
		in := gdIn(g.st, path)
		if len(in) == 0 || len(gdIn(g.st, to)) > 0 || gdAmbiguous(tail) {
			return
		}
		g.lines = append(g.lines, label+gdCap(name)+" devient la section "+gdNum(to[strings.LastIndex(to, "/")+1:])+" et est ainsi modifiée :")
		g.vacated[path], g.vacated[to] = true, false
		g.renumbered = true
		at := in[g.rng.Intn(len(in))]
		var subs []string
		for _, d := range divs {
			if strings.HasPrefix(d, path+"/") && strings.Count(d, "/") == strings.Count(path, "/")+1 {
				subs = append(subs, d)
			}
		}
		var items []string
		var models []func(s gaState) bool
		// The renumbering, the first of the operations; refused, the
		// items naming its new number's divisions are too (which
		// section 3 is not said).
		renumbered := new(bool)
		models = append(models, func(s gaState) bool {
			*renumbered = false
			if !unique(s, tail, path) || len(gdIn(s, to)) > 0 {
				return false
			}
			*renumbered = true
			for _, n := range gdIn(s, path) {
				s.setDiv(gdCode, n, to+strings.TrimPrefix(s.divOf(gdCode, n), path))
			}
			return true
		})
		if len(subs) > 0 && g.rng.Intn(2) == 0 {
			sub := subs[g.rng.Intn(len(subs))]
			slug := sub[len(path)+1:]
			tsub := to + "/" + slug
			items = append(items, gdCap(gdAu(gdName(sub, len(parts))))+", le mot : « délai » est remplacé par le mot : « terme » ;")
			models = append(models, func(s gaState) bool {
				if !*renumbered {
					return false
				}
				found := gdReplaceTerm(s, tsub)
				return found
			})
		}
		items = append(items, "L'article "+at.bill(0)+" est abrogé.")
		models = append(models, func(s gaState) bool {
			if !s.has(gdCode, at) {
				return false
			}
			s.del(gdCode, at)
			return true
		})
		// The head is an operation (the renumbering), its items others.
		op := &gaOp{form: "renumbered-and-edited", alinea: len(g.lines), bill: b, model: models[0]}
		g.cs.ops = append(g.cs.ops, op)
		try := g.st.clone()
		clear = models[0](try)
		blindAfter(len(tail), to)
		for i, it := range items {
			g.lines = append(g.lines, fmt.Sprintf("%d° %s", i+1, it))
			g.cs.ops = append(g.cs.ops, &gaOp{form: "renumbered-and-edited-item", alinea: len(g.lines), bill: b, model: models[i+1]})
			models[i+1](try)
		}
		g.st = try
		g.closed = true // the items close the bill article's list
	case 13: // words over two divisions of a kind
		parts := strings.Split(path, "/")
		if len(parts) < 2 || g.ctx != "" || kind != "section" && kind != "chapitre" {
			return
		}
		parent := strings.Join(parts[:len(parts)-1], "/")
		nxt := parent + "/" + kind + "-" + gdNext(parts[len(parts)-1])
		if !gdHas(divs, nxt) || g.vacated[nxt] {
			return
		}
		pname, ptail, ok := g.name(parent)
		if !ok || len(ptail) < 1 {
			return
		}
		for _, d := range []string{path, nxt} {
			st := append(append([]string(nil), ptail...), d[len(parent)+1:])
			if gdAmbiguous(st) && len(gdMatches(g.st, st)) < 2 {
				return // ambiguous in the code, the corpus cannot tell
			}
		}
		plural := map[string]string{"section": "Aux sections ", "chapitre": "Aux chapitres "}[kind]
		text := plural + gdNum(parts[len(parts)-1]) + " et " + gdNum(nxt[len(parent)+1:]) + " " + gdDe(pname) + ", le mot : « délai » est remplacé par le mot : « terme »" + end
		add("divisions-words", text, nil, func(s gaState) bool {
			clear := true
			for _, d := range []string{path, nxt} {
				st := append(append([]string(nil), ptail...), d[len(parent)+1:])
				if !unique(s, st, d) {
					clear = false
					continue
				}
				found := gdReplaceTerm(s, d)
				clear = clear && found
			}
			return clear
		})
	}
}

// opCreated writes an operation on the division a new-division
// operation of the bill wrote (g.created): words edited in its
// articles, the division repealed, its heading rewritten. It is named
// in full (or from the head's division); the model finds its articles
// where it filed them.
func (g *gdGen) opCreated(label string, add func(form, text string, quoted []string, model func(s gaState) bool)) {
	end := "."
	if strings.HasSuffix(label, "° ") {
		end = " ;"
	}
	path := g.created
	if g.nearBlind(path) {
		return
	}
	parts := strings.Split(path, "/")
	var name string
	switch {
	case g.ctx != "" && strings.HasPrefix(path, g.ctx+"/"):
		name = gdName(path, strings.Count(g.ctx, "/")+1)
	case g.ctx != "":
		return
	case g.inCtx:
		name = gdName(path, 0)
	default:
		name = gdName(path, 0) + " du code de commerce"
	}
	kind := gdKind(parts[len(parts)-1])
	e := ""
	if gdFem(kind) {
		e = "e"
	}
	// held says the model filed the division's articles: the division is
	// in the corpus, named once.
	held := func(s gaState) bool {
		m := gdMatches(s, parts)
		return len(m) == 1 && m[0] == path
	}
	if !held(g.st) {
		return // filed nowhere known: the corpus cannot name it
	}
	switch g.rng.Intn(3) {
	case 0:
		add("created-words", gdCap(gdAu(name))+", le mot : « délai » est remplacé par le mot : « terme »"+end, nil, func(s gaState) bool {
			if !held(s) {
				return false
			}
			found := gdReplaceTerm(s, path)
			return found
		})
	case 1:
		g.created = ""
		add("created-repealed", gdCap(name)+" est abrogé"+e+end, nil, func(s gaState) bool {
			if !held(s) {
				return false
			}
			for _, n := range gdIn(s, path) {
				s.del(gdCode, n)
			}
			return true
		})
	case 2:
		add("created-heading", "L'intitulé "+gdDe(name)+" est ainsi rédigé : « Dispositions "+g.word()+" »"+end, nil, func(s gaState) bool { return true })
	}
}

// nearBlind says path is in the parent of a division g.blind holds, or
// holds it: a name a refused renumbering may have changed.
func (g *gdGen) nearBlind(path string) bool {
	for _, b := range g.blind {
		parent := b[:strings.LastIndex(b, "/")]
		if path == parent || strings.HasPrefix(path, parent+"/") || strings.HasPrefix(parent, path+"/") {
			return true
		}
	}
	return false
}

func gdHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// gdNext is the number after a slug's: "section-2" → "3", "chapitre-ier"
// → "ii".
func gdNext(slug string) string {
	n := strings.TrimPrefix(slug, gdKind(slug)+"-")
	romans := []string{"ier", "ii", "iii", "iv", "v", "vi", "vii"}
	for i, r := range romans {
		if n == r && i+1 < len(romans) {
			return romans[i+1]
		}
	}
	var k int
	if _, err := fmt.Sscan(n, &k); err == nil {
		return fmt.Sprint(k + 1)
	}
	return n + "-bis"
}
