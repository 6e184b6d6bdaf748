package law

// Structural metamorphic rewrites of bill articles: the same edits with
// their locators nested or flattened, as bills write them either way.
//
// TestMetamorphic's rewrites see one alinéa at a time (instr, text,
// file); a structural rewrite must see the whole bill article: it
// removes the head "L'article L. 1 du code civil est ainsi modifié :" and
// gives each item the whole locator, or the reverse. TestMetamorphicFlat
// is its driver: it rewrites the laws of the development sets (amendments
// have no such structure) by each artRewrite, parses and applies them as
// TestMetamorphic does, gives each instruction read back the alinéa of
// the baseline it comes from (its key "art. N al. K" then names the same
// instruction), drops the baseline's heads the rewrite removed, and
// compares with compareLaw. Its allow-list is flatAllowed (not
// metaAllowed: TestMetamorphic would find these keys stale), with the
// same key "<rewrite name> <difference id>". Run one rewrite alone with
// META=<name>.

import (
	"os"
	"strings"
	"testing"
)

// artRewrite rewrites one bill article as a whole. art gets the
// article's alinéas and their roles (lawRoles) and returns the new
// alinéas and, for each, the 1-based alinéa of the baseline it comes
// from (0: an alinéa the rewrite adds, a head: its instructions are not
// compared). ok is false when the article has what the rewrite would
// rewrite but cannot rewrite it mechanically (it is then left as it is
// and counted as skipped); out is nil when there is nothing to rewrite.
type artRewrite struct {
	name string
	art  func(al []string, roles []metaRole) (out []string, from []int, ok bool)
}

var flatRewrites []artRewrite

func addArtRewrites(rs ...artRewrite) bool {
	flatRewrites = append(flatRewrites, rs...)
	return true
}

// flatAllowed lists the LOST and CHANGED differences of the structural
// rewrites accepted, with the reason the rewrite does not keep the
// meaning there.
var flatAllowed = map[string]string{}

func allowFlat(m map[string]string) bool {
	for k, v := range m {
		flatAllowed[k] = v
	}
	return true
}

// The flat writing drops the head's division ("Le chapitre Ier du titre
// IV du livre II du même code est ainsi modifié : … 2° Après l'article L.
// 241-2, il est inséré un article L. 241-2-1"): the new article is filed
// beside L. 241-2, which the development set's avant/ does not hold (it
// holds only the articles the law edits), so the flat writing files it
// nowhere where the head's chapter files it there. With the whole code
// in the corpus, as in the product, both file it in L. 241-2's chapter.
var _ = func() bool {
	for _, rw := range []string{"flatten", "flatten-same", "flatten-bare"} {
		for _, art := range []string{"l241-2-1", "l811-9-1"} {
			allowFlat(map[string]string{rw + " law loi_2010-874_modernisation_agriculture_peche: " + art + " (code rural et de la peche maritime)": "the head's division is lost and the article the new one follows is not in the sample corpus"})
		}
	}
	return true
}()

// metaFlatKept counts the places a structural rewrite left as they were
// in an article it rewrote or skipped (a head kept, an instruction not
// nested or not split); runArtRewrite reads it.
var metaFlatKept int

// flatResult is a structural rewrite's run.
type flatResult struct {
	metaResult
	// rewritten and skipped count articles; kept, the places left in
	// them (metaFlatKept).
	rewritten, skipped, kept int
}

func runArtRewrite(rw artRewrite, laws []*metaLaw) flatResult {
	var res flatResult
	metaFlatKept = 0
	for _, l := range laws {
		arts := make([]Article, len(l.arts))
		froms := make([][]int, len(l.arts))
		idx := map[ArticleNumber]int{}
		for i, a := range l.arts {
			idx[a.Number] = i
			arts[i] = a
			out, from, ok := rw.art(a.Alineas, l.roles[i])
			if !ok {
				res.skipped++
				continue
			}
			if out == nil {
				continue
			}
			res.rewritten++
			res.touchedAlineas += len(out)
			arts[i].Alineas = out
			froms[i] = from
		}
		ins := ParseInstructions(arts)
		// Each instruction read back at its baseline alinéa; those of
		// added alinéas (heads) dropped, or at a negative one if they
		// edit (then shown).
		kept := make([]Instruction, 0, len(ins))
		for _, in := range ins {
			i, ok := idx[in.Article]
			if ok && froms[i] != nil {
				switch {
				case in.Alinea < 1 || in.Alinea > len(froms[i]):
				case froms[i][in.Alinea-1] > 0:
					in.Alinea = froms[i][in.Alinea-1]
				case in.Status == Context || in.Status == Unparsed:
					// A head added: what it reads is its items'.
					continue
				default:
					in.Alinea = -in.Alinea
				}
			}
			kept = append(kept, in)
		}
		// The baseline's alinéas no rewritten alinéa comes from: its
		// instructions are not compared.
		gone := map[string]bool{}
		for i, from := range froms {
			if from == nil {
				continue
			}
			has := map[int]bool{}
			for _, k := range from {
				has[k] = true
			}
			for k := 1; k <= len(l.arts[i].Alineas); k++ {
				if !has[k] {
					gone["art. "+string(l.arts[i].Number)+" al. "+itoa(k)] = true
				}
			}
		}
		// The baseline's alinéas the rewrite split into several (one per
		// place): their instructions are one outcome.
		split := map[string]bool{}
		for i, from := range froms {
			n := map[int]int{}
			for _, k := range from {
				if n[k]++; n[k] == 2 && k > 0 {
					split["art. "+string(l.arts[i].Number)+" al. "+itoa(k)] = true
				}
			}
		}
		for _, run := range l.runs {
			base := run.base
			if len(gone) > 0 {
				base.status, base.text = map[string]string{}, map[string]string{}
				for k, v := range run.base.status {
					if !gone[strings.SplitN(k, " #", 2)[0]] {
						base.status[k], base.text[k] = v, run.base.text[k]
					}
				}
			}
			got := l.outcome(run.avant, kept)
			for k := range split {
				mergeSplit(got, k)
			}
			res.diffs = append(res.diffs, compareLaw("law "+run.name, base, got, func(s string) string { return s })...)
		}
	}
	res.kept = metaFlatKept
	return res
}

// mergeSplit makes the outcomes of the instructions read from one
// baseline alinéa k ("art. N al. K", "… #2", …) one, as the baseline's
// single instruction would have it: refused if one is, failed if one
// failed, out of sample if all are, applied otherwise.
func mergeSplit(o metaLawOutcome, k string) {
	keys := []string{k}
	for n := 2; ; n++ {
		kn := k + " #" + itoa(n)
		if _, ok := o.status[kn]; !ok {
			break
		}
		keys = append(keys, kn)
	}
	if len(keys) == 1 {
		return
	}
	status, texts, refs := "", []string{}, []CodeRef(nil)
	all := map[string]int{}
	for _, kn := range keys {
		s := o.status[kn]
		all[s]++
		switch {
		case strings.HasPrefix(s, "unparsed"):
			status = s
		case strings.HasPrefix(s, "failed") && !strings.HasPrefix(status, "unparsed"):
			status = s
		}
		texts = append(texts, o.text[kn])
		refs = append(refs, o.refs[kn]...)
		if kn != k {
			delete(o.status, kn)
			delete(o.text, kn)
			delete(o.refs, kn)
		}
	}
	if status == "" {
		status = "applied"
		if len(all) == 1 {
			status = o.status[k]
		}
	}
	o.status[k], o.text[k], o.refs[k] = status, strings.Join(texts, " / "), refs
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestMetamorphicFlat runs every structural rewrite over the laws of the
// development sets and fails on a LOST or CHANGED difference not in
// flatAllowed; it logs, per rewrite, the articles rewritten and skipped,
// the counts of each class and examples. An entry of flatAllowed no
// difference matches is stale and fails too.
func TestMetamorphicFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("half a minute or more: run by .ci/run's integration step")
	}
	laws := loadMetaLaws(t)
	only := os.Getenv("META")
	used := map[string]bool{}
	for _, rw := range flatRewrites {
		if only != "" && rw.name != only {
			continue
		}
		res := runArtRewrite(rw, laws)
		t.Logf("%-22s rewrote %3d articles, skipped %2d (places left %2d): LOST %d, CHANGED %d, GAINED %d",
			rw.name, res.rewritten, res.skipped, res.kept, res.count(metaLost), res.count(metaChanged), res.count(metaGained))
		reportMeta(t, rw.name, res.diffs, flatAllowed, "flatAllowed", used)
	}
	if only == "" {
		staleMeta(t, flatAllowed, "flatAllowed", used)
	}
}

// ---- Labels ---------------------------------------------------------

// Label kinds, by rank: a part "I. –", a letter part "A. –", an item
// "1°", "1.", a letter item "a)", a dash "–".
const (
	kindNone = iota - 1
	kindRoman
	kindCapital
	kindDegree
	kindArabic
	kindSmall
	kindDash
)

var (
	flatRoman   = mustRe(`^([IVX]+)((?:\s+(?:bis|ter|quater|quinquies))?)\s*\.\s*[-–—]\s*`)
	flatCapital = mustRe(`^([A-Z])((?:\s+(?:bis|ter|quater|quinquies))?)\s*\.\s*[-–—]\s*`)
	flatDegree  = mustRe(`^(\d+)°((?:\s+(?:bis|ter|quater|quinquies))?)\s+`)
	flatArabic  = mustRe(`^(\d+)\.\s+`)
	flatSmall   = mustRe(`^([a-z])((?:\s+(?:bis|ter|quater|quinquies))?)\)\s*`)
	flatDash    = mustRe(`^[-–—]\s+`)
)

// flatLabel is an alinéa's label: its kind, the label as written (with
// its spacing), the body after it. prevCapital is the last capital
// letter label of the article: "I. –" after "H. –" is a letter.
func flatLabel(s string, prevCapital string) (kind int, label, body string) {
	if m := flatCapital.FindStringSubmatch(s); m != nil && (!flatRoman.MatchString(s) || (prevCapital != "" && prevCapital[0]+1 == m[1][0])) {
		return kindCapital, m[0], s[len(m[0]):]
	}
	for _, k := range []struct {
		kind int
		re   *lre
	}{{kindRoman, flatRoman}, {kindDegree, flatDegree}, {kindArabic, flatArabic}, {kindSmall, flatSmall}, {kindDash, flatDash}} {
		if m := k.re.FindString(s); m != "" {
			return k.kind, m, s[len(m):]
		}
	}
	return kindNone, "", s
}

// ---- Locators -------------------------------------------------------

// flatHead is a head that announces items: "L'article L. 1 du code civil
// est ainsi modifié :" (group 1 the place, its determiner included). A
// place with a comma ("Le livre IX, tel qu'il résulte de …,") is left.
var flatHead = mustRe(`^((?:L['’]\s*|Le\s|La\s|Les\s)[^«»"“”:;,]+?)\s*est\s+ainsi\s+modifiée?\s*:\s*$`)

// flatTextHead is a place that is a whole text or a division of one: its
// items name articles of it by their own.
var flatTextHead = mustRe(`^(?:Le\s+code|La\s+loi|L['’]\s*ordonnance|Le\s+(?:livre|titre|chapitre)|La\s+(?:partie|section|sous-section))\b`)

// flatTextOf is the text a division belongs to: "Le titre Ier du livre
// VIII du même code" → "du même code".
var flatTextOf = mustRe(`\s((?:du|de\s+la|de\s+l['’])\s*(?:même\s+code|code\s.*|loi\s.*|ordonnance\s.*))$`)
var flatWholeText = mustRe(`^(?:Le\s+code|La\s+loi|L['’]\s*ordonnance|Le\s+même\s+code|La\s+même\s+loi)\b`)

// complement turns a place named as a subject ("L'article L. 1", "Le
// premier alinéa", "La première phrase", "Les deux derniers alinéas")
// into its complement ("de l'article L. 1", "du premier alinéa") and its
// place after "à" ("à l'article L. 1", "au premier alinéa").
func complement(np string) (de, a string, ok bool) {
	switch {
	case strings.HasPrefix(np, "L'"), strings.HasPrefix(np, "L’"):
		return "de l" + np[1:], "à l" + np[1:], true
	case strings.HasPrefix(np, "Le "):
		return "du " + np[3:], "au " + np[3:], true
	case strings.HasPrefix(np, "La "):
		return "de la " + np[3:], "à la " + np[3:], true
	case strings.HasPrefix(np, "Les "):
		return "des " + np[4:], "aux " + np[4:], true
	}
	return "", "", false
}

var (
	// flatPrep is an item that begins with its place: "Au premier
	// alinéa, …", "À la fin de la première phrase, …", "Après le
	// cinquième alinéa, …" (group 1 the place, up to the comma).
	// flatEnd is the end or the start of a place rewritten after a
	// position in it: "Après le mot : « A », la fin du premier alinéa
	// est ainsi rédigée : …" (groups: the position and its comma, the
	// place, the verb and the rest).
	flatEnd = mustRe(`^((?:Après|Avant)\s[^,«»"“”]*:\s*(?:«[^»]*»|"[^"]*"|“[^”]*”)\s*,\s*)((?:la\s+fin|le\s+début)\s[^,«»"“”:;]*?)\s+((?:est|sont)\s.*)$`)
	// flatPlaces is places, then an edit of words: group 1 the places
	// (up to the comma before the edit), group 2 the edit.
	flatPlaces = mustRe(`^((?:À|A|Au|Aux)\s[^«»"“”:;]*?)\s*,\s*((?:(?:après|avant)\s+)?(?:les?\s+mots?|la\s+référence|les\s+références)\s*:.*)$`)
	// flatPossessive is an item whose subject is the head's by a
	// possessive: "Son intitulé est complété …" (groups: the
	// possessive, the noun, the verb and the rest).
	flatPossessive = mustRe(`^(Son|Sa|Ses)\s+([^\s,«»"“”:;]+)\s+((?:est|sont)\s.*)$`)
	flatPrep       = mustRe(`^((?:À|A|Au|Aux|Après|Avant)\s[^,«»"“”:;]+?)\s*,\s*(.*)$`)
	// flatSubject is an item whose subject is its place: "Le deuxième
	// alinéa est supprimé" (group 1 the subject).
	flatSubject = mustRe(`^((?:L['’]\s*|Le\s|La\s|Les\s)[^,«»"“”:;]+?)\s+((?:est|sont)\s.*)$`)
	// flatBare is an item that names no place: "Les mots : « A » sont
	// remplacés …", "Il est ajouté …", "Après le mot : « A », …": it
	// takes the head's place after "à".
	flatBare = mustRe(`^(?:(?:Après|Avant)\s+(?:les?|la)\s+(?:mots?|références?|signes?)\s*:|(?:Après|Avant)\s+(?:la|les)\s[^,:«»"]*occurrences?\s+(?:du|des)\s+mots?\s*:|(?:Les?|La)\s+(?:mots?|références?|mention)\s*:|Il\s+est\s+(?:ajouté|inséré|rétabli|créé)|(?:Sont|Est)\s)`)
	// flatPronoun is an item whose subject is the head's place said by a
	// pronoun: "Il est complété par …" (group 1 the rest).
	flatPronoun = mustRe(`^(?:Il|Elle)\s+((?:est|sont)\s.*)$`)
	// flatRefers: a place that is said by reference to another, or
	// several places.
	flatRefers = mustRe(`\b(?:même|mêmes|ledit|ladite|lesdits|précitée?s?|présente?)\b|,`)
	flatNext   = mustRe(`^(?:(?:à|au|aux|et|dans)\s|[LRDA]\.\s*\d|\d)`)
)

// flatItem writes an item with the place of its head, or says it cannot.
// head is the head's place as a subject; textHead says it is a text or a
// division (its items name their articles).
func flatItem(body, head string) (string, bool) {
	de, a, ok := complement(head)
	if !ok {
		return "", false
	}
	names := func(place string) bool {
		return strings.Contains(place, "article") || strings.Contains(place, " code") || strings.Contains(place, " loi")
	}
	placeOK := func(place string) bool {
		if flatRefers.MatchString(place) {
			return false
		}
		if !names(place) {
			return true
		}
		if strings.Contains(place, " code") || strings.Contains(place, " loi") {
			return false
		}
		if flatWholeText.MatchString(head) {
			return true
		}
		// An article named under a division of a text: of the text.
		if m := flatTextOf.FindStringSubmatch(head); m != nil && flatTextHead.MatchString(head) {
			de = m[1]
			return true
		}
		return false
	}
	// "Après le mot : « A », la fin du premier alinéa est ainsi rédigée
	// : …": the place is the subject after the position.
	if m := flatEnd.FindStringSubmatch(body); m != nil {
		if !placeOK(m[2]) {
			return "", false
		}
		return m[1] + m[2] + " " + de + " " + m[3], true
	}
	// A dash item begins in lower case: "– à la première phrase, …".
	if strings.HasPrefix(body, "à ") || strings.HasPrefix(body, "au ") || strings.HasPrefix(body, "aux ") {
		body = strings.ToUpper(body[:1]) + body[1:]
		if strings.HasPrefix(body, "à ") {
			body = "À " + strings.TrimPrefix(body, "à ")
		}
	}
	// Several places, the edit after the last: "À la seconde phrase du
	// premier alinéa, aux première et dernière phrases du quatrième
	// alinéa et au dernier alinéa, les mots : …", "Au premier alinéa des
	// articles L. 1, L. 2 et L. 3, la référence : …": the head's place
	// after the last, as bills write it.
	if m := flatPlaces.FindStringSubmatch(body); m != nil && (strings.Contains(m[1], ",") || strings.Contains(m[1], "articles")) {
		if !placeOK(strings.ReplaceAll(m[1], ",", " ")) {
			return "", false
		}
		return m[1] + " " + de + ", " + m[2], true
	}
	if m := flatPrep.FindStringSubmatch(body); m != nil && !flatBare.MatchString(body) {
		if !placeOK(m[1]) || flatNext.MatchString(m[2]) || strings.Contains(m[1], "articles") {
			return "", false
		}
		return m[1] + " " + de + ", " + m[2], true
	}
	// "Son intitulé est complété …": the head's, named.
	if m := flatPossessive.FindStringSubmatch(body); m != nil {
		det := map[string]string{"Son": "Le ", "Sa": "La ", "Ses": "Les "}[m[1]]
		if det == "Le " && strings.ContainsAny(m[2][:1], "aeiouéAEIOUÉ") {
			det = "L'"
		}
		return det + m[2] + " " + de + " " + m[3], true
	}
	if m := flatSubject.FindStringSubmatch(body); m != nil && !flatBare.MatchString(body) {
		if !placeOK(m[1]) {
			return "", false
		}
		return m[1] + " " + de + " " + m[2], true
	}
	if m := flatPronoun.FindStringSubmatch(body); m != nil && !flatBare.MatchString(body) {
		return head + " " + m[1], true
	}
	if flatBare.MatchString(body) && !flatWholeText.MatchString(head) {
		if strings.HasPrefix(a, "à") {
			a = "À" + strings.TrimPrefix(a, "à")
		} else {
			a = "A" + strings.TrimPrefix(a, "a")
		}
		return a + ", " + flatLower(body), true
	}
	return "", false
}

func flatLower(s string) string {
	for _, p := range []string{"Après", "Avant", "Les", "Le", "La", "Il", "Sont", "Est"} {
		if strings.HasPrefix(s, p+" ") {
			return strings.ToLower(p) + s[len(p):]
		}
	}
	return s
}

// ---- The tree of a bill article -------------------------------------

// flatNode is an instruction alinéa of a bill article with the items
// under it (kids) and the alinéas of new text after it (tail).
type flatNode struct {
	i                int // its 0-based alinéa
	kind             int
	raw, label, body string
	kids             []*flatNode
	tail             []int
	other            bool // not an instruction (roleOther)
}

// flatTree reads a bill article as a tree of its instructions by their
// labels' kinds; roots are the alinéas at the top. An unlabelled alinéa
// under a head (a continuation) makes the article unreadable: nil.
func flatTree(al []string, roles []metaRole) []*flatNode {
	var roots, stack []*flatNode
	prevCapital := ""
	var last *flatNode
	for i, raw := range al {
		if roles[i] == roleText {
			if last == nil {
				return nil
			}
			last.tail = append(last.tail, i)
			continue
		}
		raw = strings.TrimSpace(raw)
		kind, label, body := flatLabel(raw, prevCapital)
		if roles[i] == roleOther {
			kind, label, body = kindNone, "", raw
		}
		if kind == kindCapital {
			prevCapital = strings.TrimSpace(label)[:1]
		}
		n := &flatNode{i: i, kind: kind, raw: raw, label: label, body: body, other: roles[i] == roleOther}
		for len(stack) > 0 && stack[len(stack)-1].kind >= kind {
			stack = stack[:len(stack)-1]
		}
		if kind == kindNone && len(stack) > 0 {
			return nil
		}
		if len(stack) == 0 {
			roots = append(roots, n)
		} else {
			p := stack[len(stack)-1]
			p.kids = append(p.kids, n)
		}
		if strings.HasSuffix(body, ":") && i+1 < len(al) && roles[i+1] == roleInstr && !n.other {
			stack = append(stack, n)
		}
		last = n
	}
	return roots
}

// flatLine is an alinéa written, with the baseline's alinéa it comes from
// (0-based).
type flatLine struct {
	text string
	i    int
}

// verbatim writes a node and all under it as they are.
func (n *flatNode) verbatim(al []string) []flatLine {
	out := []flatLine{{al[n.i], n.i}}
	for _, k := range n.kids {
		out = append(out, k.verbatim(al)...)
	}
	return n.withTail(out, al)
}

func (n *flatNode) withTail(out []flatLine, al []string) []flatLine {
	for _, t := range n.tail {
		out = append(out, flatLine{al[t], t})
	}
	return out
}

// ---- flatten --------------------------------------------------------

// flattener flattens a bill article; it counts the heads flattened and
// those kept (an item under them could not be given their place).
type flattener struct {
	al         []string
	flat, kept int
	pending    string
	// same: an item under the same head (an article, a code, a law) as
	// the item written before it says "du même article", "du même code",
	// "de la même loi" (prev: that head's place).
	same bool
	prev string
	// bare: the items under a head lose their labels even when it has
	// none (the first takes the head's).
	bare bool
}

var flatIsArticle = mustRe(`^L['’]article\s[^,]*$`)

// flatten writes node n, under the place of the heads removed above it
// (place, "" at the top; strip: a head above had a label, the items lose
// theirs and the first takes it). It fails only under a place: an item
// that cannot be given it.
func (f *flattener) flatten(n *flatNode, place string, strip bool) ([]flatLine, bool) {
	label := n.label
	if strip || (f.bare && place != "") {
		label, f.pending = f.pending, ""
	}
	body := n.body
	if place != "" {
		if n.other {
			return nil, false
		}
		hp := place
		if f.same && len(n.kids) == 0 && place == f.prev {
			switch {
			case flatIsArticle.MatchString(place):
				hp = "Le même article"
			case strings.HasPrefix(place, "Le code "):
				hp = "Le même code"
			case strings.HasPrefix(place, "La loi organique "):
				hp = "La même loi organique"
			case strings.HasPrefix(place, "La loi "):
				hp = "La même loi"
			}
		}
		b, ok := flatItem(body, hp)
		if !ok {
			return nil, false
		}
		body = b
		if len(n.kids) == 0 {
			f.prev = place
		}
	} else {
		f.prev = ""
	}
	m := flatHead.FindStringSubmatch(body)
	if m == nil || len(n.kids) == 0 {
		if place == "" && !strip {
			// At the top, as it is; the items under a head of another
			// kind ("Sont abrogés :") too.
			return n.verbatim(f.al), true
		}
		if len(n.kids) > 0 {
			return nil, false
		}
		return n.withTail([]flatLine{{label + body, n.i}}, f.al), true
	}
	// A head: its items take its place.
	saved, savedPrev := f.pending, f.prev
	f.pending = label
	var out []flatLine
	ok := true
	flat, kept := f.flat, f.kept
	for _, k := range n.kids {
		ls, kok := f.flatten(k, m[1], strip || label != "")
		if !kok {
			ok = false
			break
		}
		out = append(out, ls...)
	}
	if ok {
		f.flat++
		return n.withTail(out, f.al), true
	}
	// Kept: the head stays (with the place above it), its items under
	// it, each flattened on its own.
	f.flat, f.kept = flat, kept+1
	metaFlatKept++
	f.pending, f.prev = saved, ""
	_ = savedPrev
	out = []flatLine{{label + body, n.i}}
	for _, k := range n.kids {
		ls, _ := f.flatten(k, "", false)
		out = append(out, ls...)
	}
	return n.withTail(out, f.al), true
}

// flattenArticle removes the heads "… est ainsi modifié :" of a bill
// article and gives each item under them the heads' places: "L'article L.
// 1 est ainsi modifié : 1° Au premier alinéa, …" becomes "Au premier
// alinéa de l'article L. 1, …" (at every level). An item under a head
// with no label keeps its own label; the items under a labelled head lose
// theirs, the first taking the head's ("C. – L'article L. 1 est ainsi
// modifié : 1° …; 2° …" becomes "C. – … de l'article L. 1 …" and an
// unlabelled alinéa). A head one of whose items cannot be given its
// place stays, with its items (each flattened on its own).
func flattenArticle(al []string, roles []metaRole) ([]string, []int, bool) {
	return flattenWith(false, false)(al, roles)
}

// flattenWith flattens; bare: the items lose their labels under a head
// with none too ("Le code civil est ainsi modifié : 1° …; 2° …" becomes
// two unlabelled alinéas); same: the items after the first under one
// article say "du même article" ("Au premier alinéa de l'article L. 1,
// …", "Au second alinéa du même article, …"), under one code "du même
// code", under one law "de la même loi".
func flattenWith(same, bare bool) func(al []string, roles []metaRole) ([]string, []int, bool) {
	return func(al []string, roles []metaRole) ([]string, []int, bool) {
		roots := flatTree(al, roles)
		if roots == nil {
			return nil, nil, true
		}
		f := &flattener{al: al, same: same, bare: bare}
		var lines []flatLine
		for _, r := range roots {
			ls, _ := f.flatten(r, "", false)
			lines = append(lines, ls...)
		}
		if f.flat == 0 {
			return nil, nil, f.kept == 0
		}
		out := make([]string, len(lines))
		from := make([]int, len(lines))
		for j, l := range lines {
			out[j], from[j] = l.text, l.i+1
		}
		return out, from, true
	}
}

var _ = addArtRewrites(artRewrite{name: "flatten", art: flattenArticle}, artRewrite{name: "flatten-same", art: flattenWith(true, false)}, artRewrite{name: "flatten-bare", art: flattenWith(false, true)})

// ---- nest -----------------------------------------------------------

var (
	// nestArticle is the article a place ends with: "Au premier alinéa
	// de l'article L. 1 du code civil" (groups: the place inside it, the
	// article).
	nestArticle = mustRe(`^(.*?)\s+de\s+(l['’]article\s+[^,«»"“”:;]+)$`)
	// nestWhole is a place that is an article: "À l'article L. 1 du code
	// civil" (group 1 the article).
	nestWhole = mustRe(`^(?:À|A)\s+(l['’]article\s+[^,«»"“”:;]+)$`)
)

// nestLabel is the label of an item under a head of kind k, and its kind.
func nestLabel(k int) (string, int) {
	switch k {
	case kindNone, kindRoman, kindCapital:
		return "1° ", kindDegree
	case kindDegree, kindArabic:
		return "a) ", kindSmall
	case kindSmall:
		return "– ", kindDash
	}
	return "", kindNone
}

// nestDashed writes an item after its label; after a dash in lower
// case, as bills do: "– à la première phrase, …".
func nestDashed(label, item string) string {
	if label != "– " {
		return label + item
	}
	if strings.HasPrefix(item, "À") {
		return label + "à" + strings.TrimPrefix(item, "À")
	}
	if item != "" && item[0] >= 'A' && item[0] <= 'Z' {
		return label + strings.ToLower(item[:1]) + item[1:]
	}
	return label + item
}

// nestItem writes an instruction naming its article as a head naming
// the article and an item under it: "Au premier alinéa de l'article L. 1,
// …" → "L'article L. 1 est ainsi modifié :", "Au premier alinéa, …".
func nestItem(body string) (head, item string, ok bool) {
	sole := func(place string) bool {
		return strings.Count(place, "article") == 1 && !strings.Contains(place, "articles") && !flatRefers.MatchString(strings.ReplaceAll(place, "même code", "")) && !strings.Contains(place, " et ")
	}
	if m := flatPrep.FindStringSubmatch(body); m != nil && !flatBare.MatchString(body) && sole(m[1]) && !flatNext.MatchString(m[2]) {
		if w := nestWhole.FindStringSubmatch(m[1]); w != nil {
			rest := m[2]
			switch {
			case strings.HasPrefix(rest, "il est"), strings.HasPrefix(rest, "sont "), strings.HasPrefix(rest, "est "), strings.HasPrefix(rest, "les "), strings.HasPrefix(rest, "le "), strings.HasPrefix(rest, "la "), strings.HasPrefix(rest, "après "), strings.HasPrefix(rest, "avant "):
				return "L" + w[1][1:] + " est ainsi modifié :", strings.ToUpper(rest[:1]) + rest[1:], true
			}
			return "", "", false
		}
		if a := nestArticle.FindStringSubmatch(m[1]); a != nil && strings.Contains(a[1], " ") {
			return "L" + a[2][1:] + " est ainsi modifié :", a[1] + ", " + m[2], true
		}
		return "", "", false
	}
	if m := flatSubject.FindStringSubmatch(body); m != nil && !flatBare.MatchString(body) && sole(m[1]) {
		if a := nestArticle.FindStringSubmatch(m[1]); a != nil && strings.Contains(a[1], " ") {
			return "L" + a[2][1:] + " est ainsi modifié :", a[1] + " " + m[2], true
		}
	}
	return "", "", false
}

// nestTextOf is a place that ends with its text: "Au premier alinéa de
// l'article L. 1 du code civil" (groups: the place in the text, the
// text's determiner, the text).
var nestTextOf = mustRe(`^(.*\barticle\s[^,«»"“”:;]*?)\s+(du|de\s+la|de\s+l['’])\s*((?:même\s+)?code\b[^,«»"“”:;]*|loi\s[^,«»"“”:;]*|ordonnance\s[^,«»"“”:;]*)$`)

// nestCodeItem writes an instruction naming its article of a text as a
// head naming the text and an item under it: "Au premier alinéa de
// l'article L. 1 du code civil, …" → "Le code civil est ainsi modifié :",
// "Au premier alinéa de l'article L. 1, …".
func nestCodeItem(body string) (head, item string, ok bool) {
	sole := func(place string) bool {
		return strings.Count(place, "article") == 1 && !strings.Contains(place, "articles") && !strings.Contains(place, " et ")
	}
	text := func(det, t string) string {
		switch {
		case strings.HasPrefix(det, "du"):
			return "Le " + t + " est ainsi modifié :"
		case strings.HasPrefix(det, "de la"):
			return "La " + t + " est ainsi modifiée :"
		}
		return "L'" + t + " est ainsi modifiée :"
	}
	if m := flatPrep.FindStringSubmatch(body); m != nil && !flatBare.MatchString(body) && sole(m[1]) && !flatNext.MatchString(m[2]) && !strings.HasPrefix(m[1], "Après") && !strings.HasPrefix(m[1], "Avant") {
		if t := nestTextOf.FindStringSubmatch(m[1]); t != nil {
			return text(t[2], t[3]), t[1] + ", " + m[2], true
		}
		return "", "", false
	}
	if m := flatSubject.FindStringSubmatch(body); m != nil && !flatBare.MatchString(body) && sole(m[1]) {
		if t := nestTextOf.FindStringSubmatch(m[1]); t != nil {
			return text(t[2], t[3]), t[1] + " " + m[2], true
		}
	}
	return "", "", false
}

// nestArticleRewrite writes each instruction of a bill article that
// names its article in its place as a head naming the article and one
// item ("1°" under a part or none, "a)" under an item): "II. – Au
// premier alinéa de l'article L. 1 du code civil, …" becomes "II. –
// L'article L. 1 du code civil est ainsi modifié :", "1° Au premier
// alinéa, …". Not when the alinéa after it has no label or one of a
// lower rank than the new item's parent (it would be read under the new
// head).
func nestArticleRewrite(al []string, roles []metaRole) ([]string, []int, bool) {
	return nestWith(nestItem)(al, roles)
}

// nestWith nests each instruction nest can write as a head and an item.
func nestWith(nest func(string) (string, string, bool)) func(al []string, roles []metaRole) ([]string, []int, bool) {
	return func(al []string, roles []metaRole) ([]string, []int, bool) {
		roots := flatTree(al, roles)
		if roots == nil {
			return nil, nil, true
		}
		var nodes []*flatNode
		var walk func(ns []*flatNode)
		walk = func(ns []*flatNode) {
			for _, n := range ns {
				nodes = append(nodes, n)
				walk(n.kids)
			}
		}
		walk(roots)
		var out []string
		var from []int
		nested, skipped := 0, 0
		for j, n := range nodes {
			lines := n.withTail([]flatLine{{al[n.i], n.i}}, al)
			if n.other || len(n.kids) > 0 {
				for _, l := range lines {
					out, from = append(out, l.text), append(from, l.i+1)
				}
				continue
			}
			head, item, ok := nest(n.body)
			// Several heads, one under the other ("\n" between them):
			// each level's label, the item's the last.
			heads := strings.Split(head, "\n")
			var labels []string
			sub, subKind := "", n.kind
			for range heads {
				sub, subKind = nestLabel(subKind)
				labels = append(labels, sub)
			}
			_, firstKind := nestLabel(n.kind)
			if ok && sub != "" && j+1 < len(nodes) {
				next := nodes[j+1]
				if next.kind == kindNone || next.kind >= firstKind || (n.kind != kindNone && next.kind > n.kind) {
					ok = false
				}
			}
			if ok && sub != "" && j+1 == len(nodes) {
				// An alinéa of another role after it, unlabelled.
				last := n.i
				if len(n.tail) > 0 {
					last = n.tail[len(n.tail)-1]
				}
				if last+1 < len(al) {
					if k, _, _ := flatLabel(strings.TrimSpace(al[last+1]), ""); k == kindNone || k >= firstKind {
						ok = false
					}
				}
			}
			if !ok || sub == "" {
				if _, _, can := nest(n.body); can {
					skipped++
					metaFlatKept++
				}
				for _, l := range lines {
					out, from = append(out, l.text), append(from, l.i+1)
				}
				continue
			}
			nested++
			out, from = append(out, n.label+heads[0]), append(from, 0)
			for x := 1; x < len(heads); x++ {
				out, from = append(out, labels[x-1]+heads[x]), append(from, 0)
			}
			out, from = append(out, nestDashed(sub, item)), append(from, n.i+1)
			for _, t := range n.tail {
				out, from = append(out, al[t]), append(from, t+1)
			}
		}
		if nested == 0 {
			return nil, nil, skipped == 0
		}
		return out, from, true
	}
}

// nestSub is a place inside a division of the article: "À la première
// phrase du II", "Au dernier alinéa du 3°" (groups: the place in the
// division, its determiner, the division).
var nestSub = mustRe(`^((?:À|A|Au|Aux|Après|Avant|L['’]|Le|La|Les)\s*\S.*?)\s+(du|de\s+la)\s+((?:[IVX]+|\d+°|[a-z]|\d+|(?:premier|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dernier|avant-dernier|second)\s+alinéa)(?:\s+(?:bis|ter))?)$`)

// nestTwoItem nests an instruction two levels: the article, then the
// division of it the place is in: "À la première phrase du II de
// l'article L. 1, …" → "L'article L. 1 est ainsi modifié :", "Le II est
// ainsi modifié :", "À la première phrase, …".
func nestTwoItem(body string) (head, item string, ok bool) {
	h, it, ok := nestItem(body)
	if !ok {
		return "", "", false
	}
	place, rest, sep := "", "", ""
	if m := flatPrep.FindStringSubmatch(it); m != nil && !flatBare.MatchString(it) {
		place, rest, sep = m[1], m[2], ", "
	} else if m := flatSubject.FindStringSubmatch(it); m != nil && !flatBare.MatchString(it) {
		place, rest, sep = m[1], m[2], " "
	} else {
		return "", "", false
	}
	m := nestSub.FindStringSubmatch(place)
	if m == nil || strings.Contains(m[1], " du ") && strings.HasPrefix(m[1], "L") {
		return "", "", false
	}
	det := "Le "
	if m[2] != "du" {
		det = "La "
	}
	return h + "\n" + det + m[3] + " est ainsi modifié" + map[bool]string{true: "e", false: ""}[det == "La "] + " :", m[1] + sep + rest, true
}

// nestCodeArticle nests an instruction under its text, then its
// article: "Au premier alinéa de l'article L. 1 du code civil, …" → "Le
// code civil est ainsi modifié :", "L'article L. 1 est ainsi modifié :",
// "Au premier alinéa, …".
func nestCodeArticle(body string) (head, item string, ok bool) {
	h1, it, ok := nestCodeItem(body)
	if !ok {
		return "", "", false
	}
	h2, it, ok := nestItem(it)
	if !ok {
		return "", "", false
	}
	return h1 + "\n" + h2, it, true
}

var _ = addArtRewrites(artRewrite{name: "nest", art: nestArticleRewrite}, artRewrite{name: "nest-code", art: nestWith(nestCodeItem)}, artRewrite{name: "nest-two", art: nestWith(nestTwoItem)}, artRewrite{name: "nest-code-article", art: nestWith(nestCodeArticle)})

// ---- renumber -------------------------------------------------------

var (
	// renumberRefers is a bill's reference to one of its own items or
	// parts ("du 2° du présent III", "telle qu'elle résulte du 2°"): a
	// renumbered article would have to follow it.
	renumberRefers = mustRe(`\b(?:du|au|le|les|aux|des)\s+(?:\d+°|[IVX]+|[A-Z]|[a-z]\))(?:\s+(?:bis|ter))?\s*(?:,|du\s+présent|de\s+la\s+présente|du\s+[IVX]+\b|$)|résult\S*\s+(?:du|des)\s+\d+°`)
	romanNumerals  = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI"}
)

// renumberArticle writes the labels of kind from of a bill article's
// instructions as labels of kind to (1° ↔ a), I ↔ A), when the article
// uses no label of kind to: the bill's own enumeration, written either
// way. An article that refers to its own items is left (counted).
func renumberArticle(fromKind, toKind int) func(al []string, roles []metaRole) ([]string, []int, bool) {
	return func(al []string, roles []metaRole) ([]string, []int, bool) {
		type lab struct {
			kind        int
			label, body string
		}
		labs := make([]lab, len(al))
		has := map[int]bool{}
		prevCapital := ""
		refers := false
		for i, a := range al {
			if roles[i] == roleText {
				continue
			}
			a = strings.TrimSpace(a)
			k, l, b := flatLabel(a, prevCapital)
			if k == kindCapital {
				prevCapital = strings.TrimSpace(l)[:1]
			}
			if roles[i] == roleInstr {
				labs[i] = lab{k, l, b}
				has[k] = true
			}
			if renumberRefers.MatchString(outsideQuotesText(b)) {
				refers = true
			}
		}
		if !has[fromKind] {
			return nil, nil, true
		}
		if has[toKind] || refers {
			return nil, nil, false
		}
		out := append([]string(nil), al...)
		from := make([]int, len(al))
		for i := range al {
			from[i] = i + 1
			l := labs[i]
			if l.kind != fromKind || roles[i] != roleInstr {
				continue
			}
			nl, ok := flatRelabel(l.label, fromKind, toKind)
			if !ok {
				return nil, nil, false
			}
			out[i] = nl + l.body
		}
		return out, from, true
	}
}

var relabelParts = mustRe(`^([IVX]+|[A-Z]|\d+|[a-z])((?:\s+(?:bis|ter|quater|quinquies))?)(.*)$`)

// flatRelabel writes a label of one kind as the same rank in another.
func flatRelabel(label string, fromKind, toKind int) (string, bool) {
	m := relabelParts.FindStringSubmatch(label)
	if m == nil {
		return "", false
	}
	n := 0
	switch fromKind {
	case kindDegree:
		for _, c := range m[1] {
			n = n*10 + int(c-'0')
		}
	case kindSmall, kindCapital:
		n = int(m[1][0]-'a') + 1
		if fromKind == kindCapital {
			n = int(m[1][0]-'A') + 1
		}
	case kindRoman:
		for j, r := range romanNumerals {
			if r == m[1] {
				n = j + 1
			}
		}
	}
	if n < 1 || n > 26 {
		return "", false
	}
	switch toKind {
	case kindSmall:
		return string(rune('a'+n-1)) + m[2] + ") ", true
	case kindDegree:
		return itoa(n) + "°" + m[2] + " ", true
	case kindCapital:
		return string(rune('A'+n-1)) + m[2] + ". – ", true
	case kindRoman:
		return romanNumerals[n-1] + m[2] + ". – ", true
	}
	return "", false
}

// outsideQuotesText is s without its quotations.
func outsideQuotesText(s string) string {
	return mapQuotations(s, func(string) string { return "« »" })
}

var _ = addArtRewrites(
	artRewrite{name: "renumber-items-letters", art: renumberArticle(kindDegree, kindSmall)},
	artRewrite{name: "renumber-letters-items", art: renumberArticle(kindSmall, kindDegree)},
	artRewrite{name: "renumber-parts-letters", art: renumberArticle(kindRoman, kindCapital)},
	artRewrite{name: "renumber-letters-parts", art: renumberArticle(kindCapital, kindRoman)},
)

// ---- split ----------------------------------------------------------

const splitNum = `(?:(?:LO|L|R|D)\.?\s*)?\d+(?:-\d+)*(?:\s+(?:bis|ter|quater))?`

var (
	// splitPlaces is a place of several articles: "Aux articles L. 1 et
	// L. 2 du code civil, …", "… du premier alinéa des articles L. 1, L. 2
	// et L. 3 du même code est …" (groups: "des" or "aux", the list, the
	// text, what follows).
	splitPlaces = mustRe(`(?:^|\s)(des|[Aa]ux)\s+articles\s+(` + splitNum + `(?:\s*,\s*` + splitNum + `)*\s+et\s+` + splitNum + `)((?:\s+(?:du|de\s+la|de\s+l['’])\s*(?:même\s+code|code\s[^,;:«»"]*?|loi\s[^,;:«»"]*?))?)(\s*,|\s+(?:est|sont)\s)`)
	splitNums   = mustRe(splitNum)
	// splitRepealed: "Les articles L. 1 et L. 2 du code civil sont
	// abrogés" (groups: the list, the text, the end).
	splitRepealed = mustRe(`^Les\s+articles\s+(` + splitNum + `(?:\s*,\s*` + splitNum + `)*\s+et\s+` + splitNum + `)((?:\s+(?:du|de\s+la|de\s+l['’])\s*(?:même\s+code|code\s[^,;:«»"]*?|loi\s[^,;:«»"]*?))?)\s+sont\s+abrogés(\s*[.;]?)$`)
)

// splitAlinea writes an instruction naming several articles as one per
// article, or says it cannot.
func splitAlinea(body string) ([]string, bool) {
	if out := outsideQuotesText(body); strings.Contains(out, "respectivement") || strings.Count(out, "article") != 1 {
		return nil, false
	}
	if m := splitRepealed.FindStringSubmatch(body); m != nil {
		var out []string
		for _, n := range splitNums.FindAllString(m[1], -1) {
			out = append(out, "L'article "+n+m[2]+" est abrogé"+m[3])
		}
		return out, true
	}
	loc := splitPlaces.FindStringSubmatchIndex(body)
	if loc == nil {
		return nil, false
	}
	for _, q := range topQuotations(body) {
		if q[0] < loc[1] && loc[0] < q[1] {
			return nil, false
		}
	}
	det := body[loc[2]:loc[3]]
	list := body[loc[4]:loc[5]]
	text := body[loc[6]:loc[7]]
	var out []string
	for _, n := range splitNums.FindAllString(list, -1) {
		one := "de l'article "
		switch det {
		case "Aux":
			one = "À l'article "
		case "aux":
			one = "à l'article "
		}
		out = append(out, body[:loc[2]]+one+n+text+body[loc[8]:])
	}
	return out, len(out) > 1
}

// splitArticle writes each instruction of a bill article that names
// several articles alike ("Aux articles L. 1 et L. 2 du code civil, le
// mot : « A » est remplacé …") as one instruction per article (splitWith).
// Not one saying "respectivement".
var splitArticle = splitWith(splitAlinea, func(body string) bool {
	return splitPlaces.MatchString(body) || splitRepealed.MatchString(body)
})

var _ = addArtRewrites(artRewrite{name: "split", art: splitArticle})

// ---- split-ordinals -------------------------------------------------

const splitOrd = `(?:premier|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|second|seconde|dernier|dernière|avant-dernier|avant-dernière)`

var (
	// splitOrdinals is a place of several phrases or alinéas named by
	// their ordinals: "Aux première et dernière phrases du deuxième
	// alinéa de l'article L. 1, …" (groups: the ordinals, "phrases" or
	// "alinéas", the rest of the place, the edit).
	splitOrdinals = mustRe(`^Aux\s+(` + splitOrd + `(?:\s*,\s*` + splitOrd + `)*\s+et\s+` + splitOrd + `)\s+(phrases|alinéas)\b([^,«»"“”:;]*?)\s*,\s*(.*)$`)
	splitOrdOne   = mustRe(splitOrd)
	// splitWordsEdit is an edit of words that leaves the phrases and
	// alinéas where they are: applied to each place, it is applied to
	// all.
	splitWordsEdit = mustRe(`^(?:(?:après|avant)\s+(?:les?\s+mots?|la\s+référence)\s*:|(?:les?\s+mots?|la\s+référence|les\s+références)\s*:)`)
)

// splitOrdinalsAlinea writes an edit of words in several phrases or
// alinéas named by their ordinals as one edit per place ("Aux première
// et seconde phrases du I, les mots : « A » sont remplacés …" → "À la
// première phrase du I, …", "À la seconde phrase du I, …"). Not an edit
// that moves phrases or alinéas (a deletion, an insertion of alinéas), nor
// one naming occurrences.
func splitOrdinalsAlinea(body string) ([]string, bool) {
	m := splitOrdinals.FindStringSubmatch(body)
	if m == nil || !splitWordsEdit.MatchString(m[4]) {
		return nil, false
	}
	out := outsideQuotesText(m[4])
	if strings.Contains(out, "occurrence") || strings.Contains(out, "respectivement") || strings.Contains(out, "phrase") || strings.Contains(out, "alinéa") {
		return nil, false
	}
	var parts []string
	for _, o := range splitOrdOne.FindAllString(m[1], -1) {
		if m[2] == "phrases" {
			parts = append(parts, "À la "+o+" phrase"+m[3]+", "+m[4])
		} else {
			parts = append(parts, "Au "+o+" alinéa"+m[3]+", "+m[4])
		}
	}
	return parts, len(parts) > 1
}

// splitWith writes each instruction of a bill article split can split as
// its parts, the first with its label, the others unlabelled after it;
// not one with new text in alinéas after it.
func splitWith(split func(string) ([]string, bool), can func(string) bool) func(al []string, roles []metaRole) ([]string, []int, bool) {
	return func(al []string, roles []metaRole) ([]string, []int, bool) {
		var out []string
		var from []int
		did, skipped := 0, 0
		for i, a := range al {
			if roles[i] != roleInstr {
				out, from = append(out, a), append(from, i+1)
				continue
			}
			_, label, body := flatLabel(strings.TrimSpace(a), "")
			parts, ok := split(body)
			if ok && i+1 < len(al) && roles[i+1] == roleText {
				ok = false
			}
			if !ok {
				if can(body) {
					skipped++
					metaFlatKept++
				}
				out, from = append(out, a), append(from, i+1)
				continue
			}
			did++
			for j, p := range parts {
				if j == 0 {
					p = label + p
				}
				out, from = append(out, p), append(from, i+1)
			}
		}
		if did == 0 {
			return nil, nil, skipped == 0
		}
		return out, from, true
	}
}

var _ = addArtRewrites(artRewrite{name: "split-ordinals", art: splitWith(splitOrdinalsAlinea, splitOrdinals.MatchString)})

// ---- flatten-repeal -------------------------------------------------

var (
	repealHead = mustRe(`^Sont\s+abrogée?s\s*:$`)
	// repealItem is an item of a list of repeals: the place, its final
	// sign.
	repealItem = mustRe(`^([^«»"“”:;]+?)\s*([;.]?)$`)
	repealFem  = mustRe(`^(?:La\s|L['’]\s*(?:ordonnance|annexe)\b)`)
	// repealFemPlural: a feminine plural subject, and only it ("Les
	// deux dernières phrases", "Les sections 2 et 3").
	repealFemPlural = mustRe(`^Les\s+(?:\S+\s+){0,2}?(?:dispositions|sections|sous-sections|annexes|ordonnances|lois|phrases)\b[^,]*$`)
)

// repealVerb is "est abrogé" agreed with its subject: "La loi … est
// abrogée", "Les articles … sont abrogés", "L'article 1 ainsi que
// l'article 2 … sont abrogés".
func repealVerb(subject string) string {
	plural := strings.HasPrefix(subject, "Les ") || strings.Contains(subject, " ainsi que ") || strings.Contains(subject, " et ")
	switch {
	case plural && repealFemPlural.MatchString(subject):
		return "sont abrogées"
	case plural:
		return "sont abrogés"
	case repealFem.MatchString(subject):
		return "est abrogée"
	}
	return "est abrogé"
}

// flattenRepealArticle writes a list of repeals ("Sont abrogés : 1°
// L'article 1 de la loi … ; 2° La loi … .") as one repeal per item
// ("L'article 1 de la loi … est abrogé ;", "La loi … est abrogée."), the
// first with the head's label, the others unlabelled after it.
func flattenRepealArticle(al []string, roles []metaRole) ([]string, []int, bool) {
	roots := flatTree(al, roles)
	if roots == nil {
		return nil, nil, true
	}
	did, skipped := 0, 0
	var lines []flatLine
	var walk func(n *flatNode)
	walk = func(n *flatNode) {
		if repealHead.MatchString(n.body) && len(n.kids) > 0 && len(n.tail) == 0 {
			var ls []flatLine
			ok := true
			for j, k := range n.kids {
				m := repealItem.FindStringSubmatch(k.body)
				if m == nil || len(k.kids) > 0 || len(k.tail) > 0 || k.other || !strings.HasPrefix(m[1], "L") {
					ok = false
					break
				}
				label := ""
				if j == 0 {
					label = n.label
				}
				ls = append(ls, flatLine{label + m[1] + " " + repealVerb(m[1]) + map[bool]string{true: " ", false: ""}[m[2] == ";"] + m[2], k.i})
			}
			if ok {
				did++
				lines = append(lines, ls...)
				return
			}
			skipped++
			metaFlatKept++
		}
		lines = append(lines, flatLine{al[n.i], n.i})
		lines = n.withTail(lines, al)
		for _, k := range n.kids {
			walk(k)
		}
	}
	for _, r := range roots {
		walk(r)
	}
	if did == 0 {
		return nil, nil, skipped == 0
	}
	out := make([]string, len(lines))
	from := make([]int, len(lines))
	for j, l := range lines {
		out[j], from[j] = l.text, l.i+1
	}
	return out, from, true
}

var _ = addArtRewrites(artRewrite{name: "flatten-repeal", art: flattenRepealArticle})

// ---- nest-several ---------------------------------------------------

var (
	// nestSeveralOf is a place in several articles: "Au premier alinéa
	// des articles L. 1 et L. 2 du code civil" (groups: the place in
	// each, the articles and their text).
	nestSeveralOf = mustRe(`^(.*?)\s+des\s+(articles\s+` + splitNum + `(?:\s*,\s*` + splitNum + `)*\s+et\s+` + splitNum + `(?:\s+(?:du|de\s+la|de\s+l['’])\s*(?:même\s+code|code\s[^,;:«»"]*|loi\s[^,;:«»"]*))?)$`)
	// nestSeveralWhole is several articles as the place: "Aux articles L.
	// 1 et L. 2 du code civil" (group 1 the articles and their text).
	nestSeveralWhole = mustRe(`^Aux\s+(articles\s+` + splitNum + `(?:\s*,\s*` + splitNum + `)*\s+et\s+` + splitNum + `(?:\s+(?:du|de\s+la|de\s+l['’])\s*(?:même\s+code|code\s[^,;:«»"]*|loi\s[^,;:«»"]*))?)$`)
)

// nestSeveralItem writes an edit of several articles alike as a head
// naming them and an item: "Au premier alinéa des articles L. 1 et L. 2
// du code civil, …" → "Les articles L. 1 et L. 2 du code civil sont
// ainsi modifiés :", "Au premier alinéa, …"; "Aux articles L. 1 et L. 2,
// le mot …" → …, "Le mot …".
func nestSeveralItem(body string) (head, item string, ok bool) {
	m := flatPlaces.FindStringSubmatch(body)
	if m == nil {
		m = flatPrep.FindStringSubmatch(body)
	}
	if m == nil || strings.Contains(outsideQuotesText(body), "respectivement") || strings.Contains(outsideQuotesText(m[2]), "article") {
		// Another place after the edit: not under the head.
		return "", "", false
	}
	if w := nestSeveralWhole.FindStringSubmatch(m[1]); w != nil {
		rest := m[2]
		if !splitWordsEdit.MatchString(rest) {
			return "", "", false
		}
		return "Les " + w[1] + " sont ainsi modifiés :", strings.ToUpper(rest[:1]) + rest[1:], true
	}
	if o := nestSeveralOf.FindStringSubmatch(m[1]); o != nil && strings.Contains(o[1], " ") && !strings.Contains(o[1], "article") && !strings.Contains(o[1], ",") {
		return "Les " + o[2] + " sont ainsi modifiés :", o[1] + ", " + m[2], true
	}
	return "", "", false
}

var _ = addArtRewrites(artRewrite{name: "nest-several", art: nestWith(nestSeveralItem)})
