package law

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestGenerativeTypography types the generators' cases otherwise: each
// case of TestGenerativeLaw, TestGenerativeArticles and
// TestGenerativeAmendments that the engine reads EXACT as generated is
// rewritten by one to three of the metamorphic tests' typographic
// rewrites (metamorphic_test.go: quotation marks and the spaces inside
// them, the apostrophe, the hyphen of numbers, "L.123", the space before
// : ; ? !, white space, capitals' accents, the ordinal indicator, a
// part's dash, HTML character references, Unicode decomposition, the
// ligature; an amendment's line layout too), composed, and must give the
// model's result again: EXACT (compared under the rewrites' norms, as the
// metamorphic tests compare), REFUSED (logged by rewrite and reason, held
// under a ceiling per generator that only goes down) or WRONG (fails).
//
// Which lines a rewrite's instr or text maps is the engine's reading of
// the case as generated (lawRoles, dispositifRoles), as in
// TestMetamorphic; the rewrites are taken from metaRewrites by name, not
// copied. GEN_SEED, GEN_N and GEN_CASE are each generator's (case k is
// the generator's case k); GEN_TYPO=<name> applies that rewrite alone to
// every case.
func TestGenerativeTypography(t *testing.T) {
	n := genEnvInt("GEN_N", 1000)
	t.Run("law", func(t *testing.T) {
		seed := genEnvInt("GEN_SEED", 1)
		genTypoRun(t, "law", seed, n, genTypoCeilingLaw, genTypoLawCase)
	})
	t.Run("articles", func(t *testing.T) {
		seed := genEnvInt("GEN_SEED", 20261204)
		genTypoRun(t, "articles", seed, n, genTypoCeilingArts, genTypoArtsCase)
	})
	t.Run("amendments", func(t *testing.T) {
		seed := genEnvInt("GEN_SEED", 1)
		genTypoRun(t, "amendments", seed, n, genTypoCeilingAm, genTypoAmCase)
	})
}

// The ceilings: the REFUSED typed cases of each generator on its default
// seed and count, 1,000 cases each (a ratchet: they only go down).
const (
	genTypoCeilingLaw  = 0
	genTypoCeilingArts = 0
	genTypoCeilingAm   = 0
)

// genTypoBill are the typographic rewrites applied to bills (a law's
// instructions and its quoted new text), by their names in metaRewrites;
// genTypoLayout are the amendments' line layouts, added for amendments.
var (
	genTypoBill = []string{
		"quotes-guillemets", "quotes-straight", "quotes-curly",
		"guillemets-nbsp", "guillemets-nnbsp", "guillemets-tight",
		"apostrophe-curly", "apostrophe-straight", "apostrophe-curly-all", "apostrophe-straight-all",
		"hyphen-nonbreaking", "hyphen-unicode", "hyphen-nonbreaking-all",
		"article-tight", "article-nbsp",
		"punct-nbsp", "punct-nnbsp", "punct-tight", "punct-nbsp-all",
		"spaces-double", "spaces-tab", "spaces-ends",
		"capital-a-plain", "capital-a-grave", "capital-e-plain",
		"ordinal-indicator",
		"label-hyphen", "label-tight", "label-em-dash", "label-bar-all",
		"html-entities",
		"ellipsis-char", "ellipsis-dots", "ellipsis-dots-all",
		"degree-tight", "numero-tight", "thousands-nnbsp-all",
		"oe-ligature-all", "oe-plain-all",
		"capitals-plain-all", "capitals-accented-all",
		"unicode-nfd-all",
		"combined-assemblee-all", "combined-plain",
	}
	genTypoLayout = []string{
		"layout-blank-lines", "layout-crlf", "layout-crlf-blank",
		"layout-html-p", "layout-html-br", "layout-html-sup", "layout-html-refs",
		"senat-words-quoted",
	}
)

// genTypoNamed is the registered rewrite of that name.
func genTypoNamed(name string) rewrite {
	for _, rw := range metaRewrites {
		if rw.name == name {
			return rw
		}
	}
	panic("no rewrite " + name)
}

// genTypoPick draws one to three rewrites of names and composes them, in
// the order drawn. HTML is written once, last: at most one of the
// layouts and "html-entities" (an entity escaped again by a layout is no
// longer the character), and "html-entities" after the others (a
// quotation written "&laquo;" is no quotation to the rewrites after it,
// which would then type its text).
func genTypoPick(r *rand.Rand, names []string) rewrite {
	var rs []rewrite
	var html *rewrite
	for k := 1 + r.Intn(3); k > 0; k-- {
		rw := genTypoNamed(names[r.Intn(len(names))])
		switch {
		case rw.file == nil && rw.name != "html-entities":
			rs = append(rs, rw)
		case html == nil:
			html = &rw
		}
	}
	if html != nil {
		rs = append(rs, *html)
	}
	return genTypoCompose(rs)
}

// genTypoCompose is the rewrites one after the other: each one's instr,
// text and file after the previous one's, and every norm, in order, on
// both results.
func genTypoCompose(rs []rewrite) rewrite {
	var names []string
	var instr, text, file, norm []func(string) string
	for _, rw := range rs {
		names = append(names, rw.name)
		for _, p := range []struct {
			f  func(string) string
			to *[]func(string) string
		}{{rw.instr, &instr}, {rw.text, &text}, {rw.file, &file}, {rw.norm, &norm}} {
			if p.f != nil {
				*p.to = append(*p.to, p.f)
			}
		}
	}
	chain := func(fs []func(string) string) func(string) string {
		if len(fs) == 0 {
			return nil
		}
		return func(s string) string {
			for _, f := range fs {
				s = f(s)
			}
			return s
		}
	}
	return rewrite{name: strings.Join(names, "+"), instr: chain(instr), text: chain(text), file: chain(file), norm: chain(norm)}
}

// genTypoLines rewrites lines as their roles say: an instruction by
// instr, new text by text, another line not.
func genTypoLines(rw rewrite, lines []string, roles []metaRole) []string {
	out := append([]string(nil), lines...)
	for i, l := range lines {
		f := rw.instr
		switch roles[i] {
		case roleText:
			f = rw.text
		case roleOther:
			f = nil
		}
		if f != nil {
			out[i] = f(l)
		}
	}
	return out
}

// genTypoSame compares two texts under a rewrite's norm.
func genTypoSame(norm func(string) string, a, b []string) bool {
	x, y := strings.Join(a, "\n"), strings.Join(b, "\n")
	if norm != nil {
		x, y = norm(x), norm(y)
	}
	return x == y
}

// same compares an article of the engine's corpus with the model's,
// under the case's norm (gaCase.norm).
func (c *gaCase) same(a, b []string) bool { return genTypoSame(c.norm, a, b) }

// genTypoOutcome is one typed case: unchanged (the rewrite changed
// nothing), EXACT, REFUSED (why) or WRONG (detail).
type genTypoOutcome struct {
	unchanged, exact bool
	refused          string
	wrong            string
	text             string // the typed case, for the log
}

// genTypoCase is a generated case the engine reads EXACT as generated:
// typed runs it typed by a rewrite.
type genTypoCase func(rw rewrite) genTypoOutcome

// genTypoLawCase is TestGenerativeLaw's case k (false: not generated, or
// not EXACT).
func genTypoLawCase(seed, k int64) (genTypoCase, bool) {
	b, ok := glMake(seed*1_000_003 + k)
	if !ok {
		return nil, false
	}
	if _, _, _, out := glRun(b); out != glExact {
		return nil, false
	}
	arts := []Article{{Number: "1er", Alineas: b.bill}}
	roles := lawRoles(arts, ParseInstructions(arts))[0]
	return func(rw rewrite) genTypoOutcome { return genTypoLawTyped(b, roles, rw) }, true
}

// genTypoLawTyped runs a TestGenerativeLaw case typed by rw.
func genTypoLawTyped(b glBuilt, roles []metaRole, rw rewrite) genTypoOutcome {
	typed := genTypoLines(rw, b.bill, roles)
	if strings.Join(typed, "\n") == strings.Join(b.bill, "\n") {
		return genTypoOutcome{unchanged: true}
	}
	b.bill = typed
	o := genTypoOutcome{text: fmt.Sprintf("%q", typed)}
	got, why, _, out := glRun(b)
	switch {
	case out == glRefused:
		o.refused = why
	case genTypoSame(rw.norm, got, b.want):
		o.exact = true
	default:
		o.wrong = glShow(b, got)
	}
	return o
}

// genTypoArtsCase is TestGenerativeArticles's case k (false: no
// operation generated, or not EXACT).
func genTypoArtsCase(seed, k int64) (genTypoCase, bool) {
	cs := gaGenerate(rand.New(rand.NewSource(seed + k*7919)))
	if len(cs.ops) == 0 {
		return nil, false
	}
	if res := gaRunSafe(cs); res.wrong != "" || len(res.refused) > 0 {
		return nil, false
	}
	var bill []Article
	for i, al := range cs.arts {
		bill = append(bill, Article{Number: ArticleNumber(strconv.Itoa(i + 1)), Alineas: al})
	}
	roles := lawRoles(bill, ParseInstructions(bill))
	return func(rw rewrite) genTypoOutcome { return genTypoArtsTyped(*cs, roles, rw) }, true
}

// genTypoArtsTyped runs a TestGenerativeArticles case typed by rw.
func genTypoArtsTyped(cs gaCase, roles [][]metaRole, rw rewrite) genTypoOutcome {
	changed := false
	arts := make([][]string, len(cs.arts))
	for i := range cs.arts {
		arts[i] = genTypoLines(rw, cs.arts[i], roles[i])
		changed = changed || strings.Join(arts[i], "\n") != strings.Join(cs.arts[i], "\n")
	}
	if !changed {
		return genTypoOutcome{unchanged: true}
	}
	cs.arts, cs.norm = arts, rw.norm
	o := genTypoOutcome{text: fmt.Sprintf("%q", cs.arts)}
	res := gaRunSafe(&cs)
	switch {
	case res.wrong != "":
		o.wrong = res.wrong + "\n" + res.log
	case len(res.refused) > 0:
		o.refused = res.refused[0] + ": " + genTypoWhy(res.log)
	default:
		o.exact = true
	}
	return o
}

// genTypoWhy is the first refusal a run's log holds.
func genTypoWhy(log string) string {
	for _, l := range strings.Split(log, "\n") {
		if i := strings.Index(l, " Unparsed "); i >= 0 {
			return strings.TrimSpace(l[i:])
		}
		if strings.HasPrefix(strings.TrimSpace(l), "error:") {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

// genTypoAmCase is TestGenerativeAmendments's case k (false: not
// generated, or not EXACT): each amendment's paragraphs as the engine
// reads them (HTMLToParagraphs), typed paragraph by paragraph, composed
// on the article as the metamorphic tests compose a folder
// (metaFolder.outcome: ComposeNumbered).
func genTypoAmCase(seed, k int64) (genTypoCase, bool) {
	c, ok := genAmCase(rand.New(rand.NewSource(seed*1_000_003 + k)))
	if !ok {
		return nil, false
	}
	f := &metaFolder{art: Article{Number: "3", Alineas: c.before}}
	var paras [][]string
	var roles [][]metaRole
	for i, text := range c.texts {
		f.files = append(f.files, "amendement_"+strconv.Itoa(i+1))
		ps := HTMLToParagraphs(text)
		paras, roles = append(paras, ps), append(roles, dispositifRoles(ps))
	}
	exact := func(out metaFolderOutcome, norm func(string) string) (bool, string) {
		deleted := false
		for _, r := range out.results {
			if !r.Applied {
				return false, strings.Join(r.Unparsed, " / ")
			}
			deleted = deleted || r.Deleted
		}
		return deleted == c.del && (c.del || genTypoSame(norm, out.final.Alineas, c.want)), ""
	}
	if ok, _ := exact(f.outcome(paras, nil), nil); !ok {
		return nil, false
	}
	return func(rw rewrite) genTypoOutcome {
		var typed [][]string
		changed := false
		for i, ps := range paras {
			ts := genTypoLines(rw, ps, roles[i])
			typed = append(typed, ts)
			changed = changed || strings.Join(ts, "\n") != strings.Join(ps, "\n") || rw.file != nil && rw.file(strings.Join(ts, "\n")) != strings.Join(ps, "\n")
		}
		if !changed {
			return genTypoOutcome{unchanged: true}
		}
		return genTypoAmTyped(f, c, typed, rw, exact)
	}, true
}

// genTypoAmTyped runs a TestGenerativeAmendments case typed by rw.
func genTypoAmTyped(f *metaFolder, c gCase, typed [][]string, rw rewrite, exact func(metaFolderOutcome, func(string) string) (bool, string)) genTypoOutcome {
	out := f.outcome(typed, rw.file)
	o := genTypoOutcome{text: fmt.Sprintf("%q", out.texts)}
	switch ok, why := exact(out, rw.norm); {
	case ok:
		o.exact = true
	case why != "":
		o.refused = why
	default:
		o.wrong = fmt.Sprintf("article: %q\n  amendments: %q\n  got:  %q\n  want: %q (deleted %v)", c.before, out.texts, out.final.Alineas, c.want, c.del)
	}
	return o
}

// genTypoRun runs n cases of one generator, each typed by rewrites drawn
// for it (or GEN_TYPO's), and logs and checks the outcomes.
func genTypoRun(t *testing.T, gen string, seed, n int64, ceiling int, newCase func(seed, k int64) (genTypoCase, bool)) {
	names := genTypoBill
	if gen == "amendments" {
		names = append(append([]string(nil), genTypoBill...), genTypoLayout...)
	}
	only := genEnvInt("GEN_CASE", -1)
	if only >= n {
		n = only + 1
	}
	one := os.Getenv("GEN_TYPO")
	type refusal struct {
		n       int
		example string
	}
	refused := map[string]*refusal{}
	var exact, nRefused, wrong, skipped, unchanged int
	for k := int64(0); k < n; k++ {
		if only >= 0 && k != only {
			continue
		}
		cs, ok := newCase(seed, k)
		if !ok {
			skipped++
			continue
		}
		// Rewrites are drawn until they change the case (up to eight
		// draws).
		r := rand.New(rand.NewSource(seed*7_919 + k))
		var rw rewrite
		var o genTypoOutcome
		for try := 0; try < 8; try++ {
			rw = genTypoPick(r, names)
			if one != "" {
				rw = genTypoNamed(one)
			}
			if o = cs(rw); !o.unchanged || one != "" {
				break
			}
		}
		if only >= 0 {
			t.Logf("case %d, %s: %+v", k, rw.name, o)
		}
		switch {
		case o.unchanged:
			unchanged++
		case o.exact:
			exact++
		case o.wrong != "":
			wrong++
			if wrong <= 5 {
				t.Errorf("WRONG %s case %d (GEN_CASE=%d) typed %s:\n%s\n%s", gen, k, k, rw.name, o.text, o.wrong)
			}
		default:
			nRefused++
			key := rw.name + " — " + glReason(o.refused)
			if refused[key] == nil {
				refused[key] = &refusal{example: fmt.Sprintf("case %d: %s", k, o.text)}
			}
			refused[key].n++
		}
	}
	keys := make([]string, 0, len(refused))
	for k := range refused {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if refused[keys[i]].n != refused[keys[j]].n {
			return refused[keys[i]].n > refused[keys[j]].n
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		t.Logf("REFUSED ×%d %s\n    e.g. %s", refused[k].n, k, refused[k].example)
	}
	t.Logf("%s: %d cases typed: exact %d, refused %d, wrong %d (%d not generated or not EXACT as generated, %d left unchanged by eight draws)", gen, exact+nRefused+wrong, exact, nRefused, wrong, skipped, unchanged)
	if one == "" && only < 0 && os.Getenv("GEN_SEED") == "" && os.Getenv("GEN_N") == "" && nRefused > ceiling {
		t.Errorf("%s: %d refused, over the ceiling %d (a ratchet: it only goes down)", gen, nRefused, ceiling)
	}
}
