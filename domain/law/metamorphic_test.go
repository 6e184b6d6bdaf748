package law

// Metamorphic testing of the engine on the development sets.
//
// The engine is measured on laws and bills it has never seen. The
// development sets' instructions are read already; what breaks on unseen
// texts is the same instruction written slightly differently. A rewrite
// writes every instruction of the development sets in another way the
// language (or its typography) allows, keeping its meaning; the engine
// must then give the same result. TestMetamorphic runs every registered
// rewrite over every development set and fails on a difference not
// allowed (metaAllowed).
//
// How to add a rewrite (another file of the package may register its own
// with `var _ = addRewrites(rewrite{…})`):
//
//   - name: short, unique, kebab-case ("guillemets-straight"); it keys the
//     allow-list.
//   - instr rewrites one alinéa of a bill that is an instruction (its head:
//     "À l'article L. 1, les mots : « A » sont remplacés par les mots :
//     « B » ;") and one paragraph of an amendment's dispositif that is an
//     instruction ("Alinéa 6", "Remplacer les mots :", "À l'alinéa 3,
//     substituer …"). The text inside « » is the law's new (or old) text:
//     a rewrite of instruction words must leave it alone — use
//     mapOutsideQuotes — and a typographic rewrite that touches it must
//     say so by its norm.
//   - text, if set, rewrites one alinéa of new text: a bill's quoted
//     alinéas after "… ainsi rédigé :" (« Art. L. 1. – … ») and the lines
//     of new text of an amendment (the Sénat's unquoted ones too), as the
//     engine's own reading of the baseline classifies them. nil leaves
//     them alone.
//   - file, if set, rewrites an amendment's whole dispositif after instr
//     and text, given as the plain text the baseline reads: one paragraph
//     a line, "\n" between them (layout rewrites: "\r\n", blank lines,
//     HTML).
//   - norm, if set, is applied to both results before they are compared
//     (an article's alinéas joined by "\n"): NormalizeQuotes when the
//     rewrite changes quotation marks or apostrophes of the new text, say.
//     nil compares them byte for byte.
//
// What is compared:
//
//   - a law (hadopi, laws/*, with their autres_dates/ runs): the alinéas
//     of the bill's articles as the engine reads them (unescapeArticle:
//     the baseline), rewritten or not, parsed and applied to avant/ as the
//     evaluation does (ApplyOptions from procedure.json). Each
//     instruction's outcome (applied, out of sample, context, unparsed,
//     failed) and each article of the resulting corpus are compared.
//   - an amendment folder (amendments/*): each amendment's text as the
//     engine reads it (HTMLToParagraphs, one paragraph a line: the
//     baseline), rewritten or not, composed on article_avant as the
//     evaluation does (ComposeNumbered). Each amendment's outcome and the
//     article it leaves are compared.
//
// Each difference is classed:
//
//   - LOST: applied (or read) before, refused after: a form not read;
//   - CHANGED: read both times, a different result: a misreading, the
//     worst; also an article that differs with no LOST or GAINED
//     instruction editing it;
//   - GAINED: refused before, read after: look at it, it may reveal a
//     wrong reading.
//
// LOST and CHANGED fail the test unless listed in metaAllowed (key:
// "<rewrite name> <difference id>", as the log prints it) with the reason
// the rewrite is not meaning-preserving there; an entry that matches no
// difference is stale and fails too.
//
// Helpers for rewrites: topQuotations (the quotations of a line, « » and
// “ ” nested, straight quotes told opening from closing by what is around
// them), mapOutsideQuotes / outside (instruction words only),
// mapQuotations (each quotation, its marks included), atStart (the first
// word after an alinéa's labels), replacer, metaRe, then (one rewrite
// after another). The typographic rewrites registered here (quotation
// marks and their spaces, apostrophes, hyphens, dashes, spaces, capitals'
// accents, ligatures, Unicode composition, HTML, line layouts) are at the
// end of the file.
//
// Run one rewrite alone: META=<name> go test -run TestMetamorphic -v
// ./domain/law. The whole test takes 30 to 60 s: it is skipped under
// -short and run by .ci/run's integration step.

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"testing"
)

// rewrite is one meaning-preserving way of writing instructions; see the
// file's comment.
type rewrite struct {
	name  string
	instr func(string) string
	text  func(string) string
	file  func(string) string
	norm  func(string) string
}

// metaRewrites are the registered rewrites, in their order of
// registration.
var metaRewrites []rewrite

// addRewrites registers rewrites (its result lets a file register them in
// a package-level `var _ = addRewrites(…)`).
func addRewrites(rs ...rewrite) bool {
	metaRewrites = append(metaRewrites, rs...)
	return true
}

// metaAllowed lists the LOST and CHANGED differences accepted, each with
// the reason the rewrite does not keep the meaning there. Key: the
// rewrite's name, a space, the difference's id as logged.
var metaAllowed = allowEach(map[string][]string{
	// `"5° A l'article L. 5312-17, après les mots : " port autonome", …`:
	// the source opens a straight quotation with a space after its mark,
	// so the rewrite takes that mark for a closing one and moves the
	// quotation's bounds — the rewritten text is not the same text.
	"the source's straight quotation opened by a mark and a space: the rewrite reads its marks wrong": {
		"quotes-guillemets", "quotes-straight", "quotes-curly", "guillemets-nbsp", "guillemets-nnbsp", "guillemets-tight",
		"combined-assemblee-all", "combined-plain",
	},
}, "amendments 13-reforme_ports_outre-mer__04_1erelecture_senat_commission__1er: amendement_COM-7", map[string][]string{
	// `« 1°quater. Après le mot « jour, », la fin … est ainsi rédigée :
	// »le mandat … d'habitants« .`: the source's last quotation is
	// printed with its marks swapped (» … «); rewritten straight or
	// curly, the marks no longer tell the quotations apart.
	"the source's quotation printed with its marks swapped (» … «): straight or curly marks lose its bounds": {"quotes-straight", "quotes-curly", "combined-plain"},
}, "amendments 14-non-cumul_executif_local_depute_senateur__01_1erelecture_assemblee_commission__2: amendement_CL24")

// allowEach builds metaAllowed: each pair of arguments is a map from a
// reason to the rewrites it covers, then the difference's id.
func allowEach(args ...any) map[string]string {
	out := map[string]string{}
	for i := 0; i+1 < len(args); i += 2 {
		for reason, names := range args[i].(map[string][]string) {
			for _, n := range names {
				out[n+" "+args[i+1].(string)] = reason
			}
		}
	}
	return out
}

// metaExamples is how many differences of each class the log shows per
// rewrite.
const metaExamples = 8

// metaKind is a difference's class.
type metaKind string

const (
	metaLost    metaKind = "LOST"
	metaChanged metaKind = "CHANGED"
	metaGained  metaKind = "GAINED"
)

// metaDiff is one difference between the baseline and a rewrite.
type metaDiff struct {
	kind metaKind
	// id names the place, stably: "law hadopi: art. 5 al. 3", "law hadopi:
	// l331-5 (code …)", "amendments <folder>: amendement_74".
	id string
	// detail shows the instruction before and after, or the texts.
	detail string
}

// ---- Helpers for rewrites -------------------------------------------

// topQuotations returns the byte ranges [open, end) of the top-level
// quotations of s: open is the index of the opening mark, end the index
// just after the closing one (len(s) when the quotation is not closed in
// s, as a bill's quoted alinéa that goes on in the next one). « » and “ ”
// nest (one inside the other is the quoted text's own). A straight " opens
// at the start, after a space, an opening parenthesis or another opening
// mark, and closes elsewhere, so that straight quotations nest too
// ("(règlement "OCM unique")").
func topQuotations(s string) [][2]int {
	var out [][2]int
	depth, open := 0, 0
	rs := []rune(s)
	at := 0
	for k, r := range rs {
		i := at
		at += len(string(r))
		opening := r == '«' || r == '“'
		closing := r == '»' || r == '”'
		if r == '"' {
			prev, next := ' ', ' '
			if k > 0 {
				prev = rs[k-1]
			}
			if k+1 < len(rs) {
				next = rs[k+1]
			}
			opening = strings.ContainsRune(" \t\u00a0\u202f(«“\"", prev) && !strings.ContainsRune(" \t\u00a0\u202f", next)
			closing = !opening
		}
		switch {
		case opening:
			if depth == 0 {
				open = i
			}
			depth++
		case closing && depth > 0:
			depth--
			if depth == 0 {
				out = append(out, [2]int{open, i + len(string(r))})
			}
		}
	}
	if depth > 0 {
		out = append(out, [2]int{open, len(s)})
	}
	return out
}

// mapOutsideQuotes applies f to each part of s outside its top-level
// quotations (topQuotations) and keeps the quotations as they are.
func mapOutsideQuotes(s string, f func(string) string) string {
	var b strings.Builder
	at := 0
	for _, sp := range topQuotations(s) {
		b.WriteString(f(s[at:sp[0]]))
		b.WriteString(s[sp[0]:sp[1]])
		at = sp[1]
	}
	b.WriteString(f(s[at:]))
	return b.String()
}

// mapQuotations applies f to each top-level quotation of s, marks
// included (a quotation not closed in s ends at its end).
func mapQuotations(s string, f func(string) string) string {
	var b strings.Builder
	at := 0
	for _, sp := range topQuotations(s) {
		b.WriteString(s[at:sp[0]])
		b.WriteString(f(s[sp[0]:sp[1]]))
		at = sp[1]
	}
	b.WriteString(s[at:])
	return b.String()
}

// ---- The development sets -------------------------------------------

const metaTestdata = "testdata"

// metaLaw is a law of the development sets, parsed as the baseline.
type metaLaw struct {
	name string
	// arts are the bill's articles as the engine reads them.
	arts []Article
	// roles[i][j] is the role of alinéa j of arts[i].
	roles [][]metaRole
	// runs are the corpora the instructions apply to: the law's avant/
	// and each autres_dates/<date>/avant/.
	runs []metaRun
	opt  ApplyOptions
}

type metaRun struct {
	name  string
	avant Corpus
	base  metaLawOutcome
}

// metaRole is what an alinéa or paragraph is to the baseline's reading.
type metaRole int

const (
	roleOther metaRole = iota // not an instruction (a heading, normative text, a statement of reasons)
	roleInstr                 // an instruction
	roleText                  // new text (a quoted alinéa, the Sénat's unquoted lines)
)

// metaFolder is an amendment folder, read as the baseline.
type metaFolder struct {
	name  string
	art   Article
	files []string // the amendments' file names, in order
	// paras[i] are amendment i's paragraphs (HTMLToParagraphs), roles[i]
	// their roles.
	paras [][]string
	roles [][]metaRole
	base  metaFolderOutcome
}

// loadMetaLaws reads the laws of the development sets.
func loadMetaLaws(t *testing.T) []*metaLaw {
	t.Helper()
	fsys := os.DirFS(metaTestdata)
	dirs := []string{"hadopi"}
	ents, err := fs.ReadDir(fsys, "laws")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() {
			dirs = append(dirs, "laws/"+e.Name())
		}
	}
	var out []*metaLaw
	for _, dir := range dirs {
		_, arts, _, unread, err := readLawText(fsys, dir)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		if len(unread) > 0 {
			// Every article read, or the law not measured (the strict
			// reading: fabrique15_test.go).
			t.Fatalf("%s: articles of the text not read: %q", dir, unread)
		}
		l := &metaLaw{name: path.Base(dir), opt: ApplyOptions{LegifranceTypography: true}}
		for _, a := range arts {
			l.arts = append(l.arts, unescapeArticle(a))
		}
		if b, err := fs.ReadFile(fsys, join(dir, "procedure.json")); err == nil {
			l.opt.CensoredMention, _ = CensoredMentionFromProcedure(b)
			l.opt.OwnLaw, _ = OwnLawFromProcedure(b)
		}
		runs := []string{dir}
		if ds, err := fs.ReadDir(fsys, join(dir, "autres_dates")); err == nil {
			for _, e := range ds {
				if e.IsDir() {
					runs = append(runs, join(dir, "autres_dates/"+e.Name()))
				}
			}
		}
		for _, d := range runs {
			sub, err := fs.Sub(fsys, join(d, "avant"))
			if err != nil {
				t.Fatal(err)
			}
			avant, err := LoadCodeTree(sub)
			if err != nil {
				t.Fatalf("%s: %v", d, err)
			}
			name := l.name
			if d != dir {
				name += "/" + path.Base(d)
			}
			l.runs = append(l.runs, metaRun{name: name, avant: avant})
		}
		ins := ParseInstructions(l.arts)
		l.roles = lawRoles(l.arts, ins)
		for i := range l.runs {
			l.runs[i].base = l.outcome(l.runs[i].avant, ins)
		}
		out = append(out, l)
	}
	return out
}

// lawRoles classes the alinéas of arts by the instructions read from them.
func lawRoles(arts []Article, ins []Instruction) [][]metaRole {
	idx := map[ArticleNumber]int{}
	roles := make([][]metaRole, len(arts))
	for i, a := range arts {
		idx[a.Number] = i
		roles[i] = make([]metaRole, len(a.Alineas))
	}
	for _, in := range ins {
		i, ok := idx[in.Article]
		if !ok {
			continue
		}
		for k := in.Alinea; k <= in.Alinea+in.Payload && k <= len(roles[i]); k++ {
			if k < 1 {
				continue
			}
			if k == in.Alinea {
				roles[i][k-1] = roleInstr
			} else {
				roles[i][k-1] = roleText
			}
		}
	}
	return roles
}

// loadMetaFolders reads the amendment folders of the development sets.
func loadMetaFolders(t *testing.T) []*metaFolder {
	t.Helper()
	fsys := os.DirFS(metaTestdata)
	ents, err := fs.ReadDir(fsys, "amendments")
	if err != nil {
		t.Fatal(err)
	}
	var out []*metaFolder
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		dir := "amendments/" + e.Name()
		avant, err := readOptional(fsys, join(dir, "article_avant"))
		if err != nil {
			t.Fatal(err)
		}
		ms, err := fs.Glob(fsys, join(dir, "amendement_*"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Slice(ms, func(i, j int) bool { return amendmentLess(path.Base(ms[i]), path.Base(ms[j])) })
		num := e.Name()
		if i := strings.LastIndex(num, "__"); i >= 0 {
			num = strings.ReplaceAll(num[i+2:], "_", " ")
		}
		f := &metaFolder{name: e.Name(), art: Article{Number: ArticleNumber(num), Alineas: paragraphs(string(avant))}}
		for _, m := range ms {
			b, err := fs.ReadFile(fsys, m)
			if err != nil {
				t.Fatal(err)
			}
			paras := HTMLToParagraphs(string(b))
			f.files = append(f.files, path.Base(m))
			f.paras = append(f.paras, paras)
			f.roles = append(f.roles, dispositifRoles(paras))
		}
		f.base = f.outcome(f.paras, nil)
		out = append(out, f)
	}
	return out
}

// dispositifRoles classes an amendment's paragraphs as the engine reads
// them (dispositifOnly, splitDispositif): a paragraph that is an
// instruction's new text is text, one after the dispositif (its statement
// of reasons) other, the rest instructions.
func dispositifRoles(paras []string) []metaRole {
	roles := make([]metaRole, len(paras))
	disp := dispositifOnly(paras)
	payload := map[string]int{}
	for _, in := range splitDispositif(disp) {
		for _, p := range in.payload {
			payload[strings.TrimSpace(p)]++
		}
	}
	// dispositifOnly may drop a first line (a sub-amendment's head): the
	// dispositif is the last len(disp) lines before the statement.
	start := 0
	if len(disp) > 0 {
		for start < len(paras) && paras[start] != disp[0] {
			start++
		}
	}
	for i := range paras {
		switch {
		case i < start:
			roles[i] = roleInstr
		case i >= start+len(disp):
			roles[i] = roleOther
		case i > start && roles[i-1] == roleInstr && amWantsWords.MatchString(cleanAmendmentLine(paras[i-1])):
			// The Sénat's words on the line after "Remplacer les mots :".
			roles[i] = roleText
		case payload[strings.TrimSpace(paras[i])] > 0:
			payload[strings.TrimSpace(paras[i])]--
			roles[i] = roleText
		case payload[strings.TrimSpace(cleanAmendmentLine(paras[i]))] > 0:
			payload[strings.TrimSpace(cleanAmendmentLine(paras[i]))]--
			roles[i] = roleText
		default:
			roles[i] = roleInstr
		}
	}
	return roles
}

// ---- Outcomes -------------------------------------------------------

// metaLawOutcome is what a law's instructions did on one corpus.
type metaLawOutcome struct {
	// status of each instruction, by "art. N al. K".
	status map[string]string
	text   map[string]string // the instruction's text, by the same key
	// refs are the articles each instruction's edits name.
	refs   map[string][]CodeRef
	corpus Corpus
}

// statusOK says whether an instruction outcome reads it (applied, out of
// sample, context) rather than refuses it (unparsed, failed).
func statusOK(s string) bool {
	return !strings.HasPrefix(s, "unparsed") && !strings.HasPrefix(s, "failed")
}

func (l *metaLaw) outcome(avant Corpus, ins []Instruction) metaLawOutcome {
	got, errs := Apply(avant, ins, l.opt)
	o := metaLawOutcome{status: map[string]string{}, text: map[string]string{}, refs: map[string][]CodeRef{}, corpus: got}
	byIns := map[int][]ApplyError{}
	for _, e := range errs {
		byIns[e.Instruction] = append(byIns[e.Instruction], e)
	}
	seen := map[string]int{}
	for i, in := range ins {
		k := fmt.Sprintf("art. %s al. %d", in.Article, in.Alinea)
		// Several instructions read from one alinéa: numbered in order.
		if seen[k]++; seen[k] > 1 {
			k += fmt.Sprintf(" #%d", seen[k])
		}
		o.text[k] = in.Text
		for _, e := range in.Edits {
			o.refs[k] = append(o.refs[k], e.Scope.Ref)
		}
		var s string
		switch in.Status {
		case Context:
			s = "context"
		case Unparsed:
			s = "unparsed: " + in.Reason
		default:
			missing, failed := 0, ""
			for _, e := range byIns[i] {
				if e.Missing {
					missing++
				} else if failed == "" {
					failed = "failed: " + e.Ref.String() + ": " + e.Reason
				}
			}
			switch {
			case failed != "":
				s = failed
			case missing == len(in.Edits) && missing > 0:
				s = "out of sample"
			default:
				s = "applied"
			}
		}
		o.status[k] = s
	}
	return o
}

// metaFolderOutcome is what a folder's amendments did.
type metaFolderOutcome struct {
	results []AmendedArticle
	final   Article
	texts   []string // each amendment's text as composed
}

func (f *metaFolder) outcome(paras [][]string, file func(string) string) metaFolderOutcome {
	ds := make([]Dispositif, len(paras))
	texts := make([]string, len(paras))
	for i, p := range paras {
		s := strings.Join(p, "\n")
		if file != nil {
			s = file(s)
		}
		texts[i] = s
		ds[i] = Dispositif{Number: strings.TrimPrefix(f.files[i], "amendement_"), Text: s}
	}
	final, rs := ComposeNumbered(f.art, ds)
	return metaFolderOutcome{results: rs, final: final, texts: texts}
}

// ---- Running a rewrite ----------------------------------------------

// metaResult is a rewrite's run over the development sets.
type metaResult struct {
	// touched counts the law alinéas and amendments the rewrite changed.
	touchedAlineas, touchedAmendments int
	diffs                             []metaDiff
}

func (r metaResult) count(k metaKind) int {
	n := 0
	for _, d := range r.diffs {
		if d.kind == k {
			n++
		}
	}
	return n
}

func runRewrite(rw rewrite, laws []*metaLaw, folders []*metaFolder) metaResult {
	var res metaResult
	norm := rw.norm
	if norm == nil {
		norm = func(s string) string { return s }
	}
	for _, l := range laws {
		// A law or a folder the rewrite leaves as it is gives the
		// baseline's outcome (the engine is a function of its input):
		// it is not run again — but by the identity, which checks that.
		changed := rw.name == metaIdentity.name
		arts := make([]Article, len(l.arts))
		for i, a := range l.arts {
			arts[i] = a
			arts[i].Alineas = append([]string(nil), a.Alineas...)
			for j, al := range a.Alineas {
				f := rw.instr
				switch l.roles[i][j] {
				case roleText:
					f = rw.text
				case roleOther:
					f = nil
				}
				if f == nil {
					continue
				}
				if s := f(al); s != al {
					arts[i].Alineas[j] = s
					res.touchedAlineas++
					changed = true
				}
			}
		}
		if !changed {
			continue
		}
		ins := ParseInstructions(arts)
		for _, run := range l.runs {
			res.diffs = append(res.diffs, compareLaw("law "+run.name, run.base, l.outcome(run.avant, ins), norm)...)
		}
	}
	for _, f := range folders {
		paras := make([][]string, len(f.paras))
		folderChanged := rw.name == metaIdentity.name
		for i, ps := range f.paras {
			paras[i] = append([]string(nil), ps...)
			changed := false
			for j, p := range ps {
				g := rw.instr
				switch f.roles[i][j] {
				case roleText:
					g = rw.text
				case roleOther:
					g = nil
				}
				if g == nil {
					continue
				}
				if s := g(p); s != p {
					paras[i][j] = s
					changed = true
				}
			}
			if !changed && rw.file != nil {
				base := strings.Join(ps, "\n")
				changed = rw.file(strings.Join(paras[i], "\n")) != base
			}
			if changed {
				res.touchedAmendments++
				folderChanged = true
			}
		}
		if !folderChanged {
			continue
		}
		res.diffs = append(res.diffs, compareFolder(f, f.outcome(paras, rw.file), norm)...)
	}
	return res
}

func articleText(a CodeArticle) string {
	return strings.Join(a.Division, "/") + "\n" + strings.Join(a.Alineas, "\n")
}

// compareLaw classes the differences between a law's baseline outcome and
// a rewrite's.
func compareLaw(name string, base, got metaLawOutcome, norm func(string) string) []metaDiff {
	var out []metaDiff
	keys := make([]string, 0, len(base.status))
	for k := range base.status {
		keys = append(keys, k)
	}
	for k := range got.status {
		if _, ok := base.status[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	explained := map[CodeRef]bool{}
	for _, k := range keys {
		b, g := base.status[k], got.status[k]
		if b == g {
			continue
		}
		d := metaDiff{id: name + ": " + k, detail: fmt.Sprintf("%s → %s\n      before: %s\n      after:  %s", b, g, base.text[k], got.text[k])}
		switch {
		case statusOK(b) && !statusOK(g):
			d.kind = metaLost
		case !statusOK(b) && statusOK(g):
			d.kind = metaGained
		case !statusOK(b) && !statusOK(g):
			// Refused either way, for another reason: not a difference,
			// but what its edits did (a failed instruction's other edits
			// apply) explains its articles.
			for _, r := range base.refs[k] {
				explained[r] = true
			}
			for _, r := range got.refs[k] {
				explained[r] = true
			}
			continue
		default:
			d.kind = metaChanged
		}
		if d.kind != metaChanged {
			for _, r := range base.refs[k] {
				explained[r] = true
			}
			for _, r := range got.refs[k] {
				explained[r] = true
			}
		}
		out = append(out, d)
	}
	var refs []CodeRef
	for r := range base.corpus {
		refs = append(refs, r)
	}
	for r := range got.corpus {
		if _, ok := base.corpus[r]; !ok {
			refs = append(refs, r)
		}
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].String() < refs[j].String() })
	for _, r := range refs {
		b, bok := base.corpus[r]
		g, gok := got.corpus[r]
		if bok == gok && (!bok || norm(articleText(b)) == norm(articleText(g))) {
			continue
		}
		if explained[r] {
			continue
		}
		var detail string
		switch {
		case !bok:
			detail = "created only after the rewrite"
		case !gok:
			detail = "removed only after the rewrite"
		default:
			detail = shortDiff(norm(articleText(b)), norm(articleText(g)))
		}
		out = append(out, metaDiff{kind: metaChanged, id: name + ": " + r.String(), detail: detail})
	}
	return out
}

// compareFolder classes the differences between a folder's baseline
// outcome and a rewrite's: an amendment applied one way and not the
// other, then the first amendment that leaves a different article while
// every one before it had the same fate.
func compareFolder(f *metaFolder, got metaFolderOutcome, norm func(string) string) []metaDiff {
	var out []metaDiff
	base := f.base
	same := true
	for i := range base.results {
		b, g := base.results[i], got.results[i]
		id := "amendments " + f.name + ": " + f.files[i]
		show := func() string {
			return fmt.Sprintf("\n      before: %q\n      after:  %q", base.texts[i], got.texts[i])
		}
		if b.Applied != g.Applied {
			same = false
			d := metaDiff{kind: metaLost, id: id, detail: "refused: " + strings.Join(g.Unparsed, " / ") + show()}
			if !b.Applied {
				d.kind, d.detail = metaGained, "refused before: "+strings.Join(b.Unparsed, " / ")+show()
			}
			out = append(out, d)
			continue
		}
		if !same || !b.Applied {
			continue
		}
		bt, gt := norm(strings.Join(b.Article.Alineas, "\n")), norm(strings.Join(g.Article.Alineas, "\n"))
		if b.Deleted != g.Deleted || bt != gt {
			same = false
			out = append(out, metaDiff{kind: metaChanged, id: id, detail: shortDiff(bt, gt) + show()})
		}
	}
	if same {
		bt, gt := norm(strings.Join(base.final.Alineas, "\n")), norm(strings.Join(got.final.Alineas, "\n"))
		if bt != gt {
			out = append(out, metaDiff{kind: metaChanged, id: "amendments " + f.name + ": composed article", detail: shortDiff(bt, gt)})
		}
	}
	return out
}

// ---- The test -------------------------------------------------------

// metaIdentity is the rewrite that changes nothing: the harness's own
// check (a difference there is the harness's, or the engine's state
// leaking between runs).
var metaIdentity = rewrite{name: "identity", instr: func(s string) string { return s }, text: func(s string) string { return s }}

// TestMetamorphic runs every registered rewrite over the development sets
// (laws and amendment folders) and fails on a LOST or CHANGED difference
// not in metaAllowed; it logs, per rewrite, the alinéas and amendments
// rewritten, the counts of each class and up to metaExamples examples of
// each. An entry of metaAllowed that no difference matches is stale and
// fails too. Run one rewrite alone with META=<name>.
func TestMetamorphic(t *testing.T) {
	if testing.Short() {
		t.Skip("half a minute or more: run by .ci/run's integration step")
	}
	laws := loadMetaLaws(t)
	folders := loadMetaFolders(t)
	only := os.Getenv("META")
	used := map[string]bool{}
	names := map[string]bool{}
	for _, rw := range append([]rewrite{metaIdentity}, metaRewrites...) {
		if names[rw.name] {
			t.Errorf("rewrite %s registered twice", rw.name)
		}
		names[rw.name] = true
		if only != "" && rw.name != only {
			continue
		}
		res := runRewrite(rw, laws, folders)
		t.Logf("%-28s rewrote %4d alinéas, %3d amendments: LOST %d, CHANGED %d, GAINED %d",
			rw.name, res.touchedAlineas, res.touchedAmendments, res.count(metaLost), res.count(metaChanged), res.count(metaGained))
		reportMeta(t, rw.name, res.diffs, metaAllowed, "metaAllowed", used)
	}
	if only == "" {
		staleMeta(t, metaAllowed, "metaAllowed", used)
	}
}

// reportMeta logs a rewrite's differences (up to metaExamples of each
// class, every one that fails) and fails on a LOST or CHANGED one not in
// allowed (named list in the message), marking in used those it holds.
func reportMeta(t *testing.T, name string, diffs []metaDiff, allowed map[string]string, list string, used map[string]bool) {
	t.Helper()
	shown := map[metaKind]int{}
	for _, d := range diffs {
		mark, ok := allowedMark(allowed, used, name+" "+d.id)
		if shown[d.kind] < metaExamples || (d.kind != metaGained && !ok) {
			shown[d.kind]++
			t.Logf("  %s %s%s\n      %s", d.kind, d.id, mark, d.detail)
		}
		if d.kind != metaGained && !ok {
			t.Errorf("%s: %s %s (not in %s)", name, d.kind, d.id, list)
		}
	}
}

// allowedMark looks a difference up by its key in an allow-list, marks
// the entry used, and gives the mark its log line takes (" [allowed:
// <reason>]", or "" with ok false when the difference is not allowed).
func allowedMark(allowed map[string]string, used map[string]bool, key string) (mark string, ok bool) {
	reason, ok := allowed[key]
	if !ok {
		return "", false
	}
	used[key] = true
	return " [allowed: " + reason + "]", true
}

// staleMeta fails on an entry of allowed no difference matched.
func staleMeta(t *testing.T, allowed map[string]string, list string, used map[string]bool) {
	t.Helper()
	for k := range allowed {
		if !used[k] {
			t.Errorf("%s[%q] is stale: no such difference", list, k)
		}
	}
}

// ---- Typographic and layout rewrites --------------------------------
//
// Each is a way French legislative typography writes the same
// instruction: the quotation marks and the spaces inside them, the
// apostrophe, the hyphen of article numbers, the space after "L.", the
// space before a high punctuation mark, runs of white space, the
// capital's accent, the ordinal indicator, the dash of a part's label,
// HTML character references, and the line layout of an amendment.

// quotesAs rewrites every top-level quotation of s with the marks open
// and close, no space inside them ("« A »" → "\"A\"", "“A”"); the
// quoted text itself, and the quotations nested in it, are kept.
func quotesAs(open, close string) func(string) string {
	return func(s string) string {
		return mapQuotations(s, func(q string) string {
			_, n := metaFirstRune(q)
			body := q[n:]
			closed := false
			if r, m := metaLastRune(body); len(body) > 0 && (r == '»' || r == '”' || r == '"') {
				body, closed = body[:len(body)-m], true
			}
			body = strings.Trim(body, " \u00a0\u202f")
			if closed {
				return open + body + close
			}
			return open + body
		})
	}
}

// textQuotesAs is quotesAs for an alinéa of new text: only the quotation
// it opens with, if any, is the instruction's (the quotations inside it,
// or in an unquoted line, are the new text's own).
func textQuotesAs(open, close string) func(string) string {
	q := quotesAs(open, close)
	return func(s string) string {
		sp := topQuotations(s)
		if len(sp) == 0 || sp[0][0] != 0 {
			return s
		}
		return q(s[:sp[0][1]]) + s[sp[0][1]:]
	}
}

// guillemetSpaces rewrites the spaces just inside the top-level « » of s
// as sp ("" for none): "« A »" → "«\u00a0A\u00a0»", "«A»".
func guillemetSpaces(sp string) func(string) string {
	return func(s string) string {
		return mapQuotations(s, func(q string) string {
			if !strings.HasPrefix(q, "«") {
				return q
			}
			body := strings.TrimLeft(q[len("«"):], " \u00a0\u202f")
			if strings.HasSuffix(body, "»") {
				return "«" + sp + strings.TrimRight(body[:len(body)-len("»")], " \u00a0\u202f") + sp + "»"
			}
			if body == "" {
				return q
			}
			return "«" + sp + body
		})
	}
}

func metaFirstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func metaLastRune(s string) (rune, int) {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0, 0
	}
	return rs[len(rs)-1], len(string(rs[len(rs)-1]))
}

// then is f then g.
func then(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

// outside applies f to the parts of s outside its quotations.
func outside(f func(string) string) func(string) string {
	return func(s string) string { return mapOutsideQuotes(s, f) }
}

// replacer is f replacing with r.
func replacer(pairs ...string) func(string) string {
	r := strings.NewReplacer(pairs...)
	return r.Replace
}

func metaRe(re *lre, repl string) func(string) string {
	return func(s string) string { return re.ReplaceAllString(s, repl) }
}

var (
	metaNumberHyphen = mustRe(`(\d)-(\d)`)

	metaArticleTight = mustRe(`\b(L|R|D|L\.O)\. (\d)`)
	metaPunctSpace   = mustRe(` ([:;?!])`)
	metaOrdinal      = mustRe(`(\d|\bn)°`)
	// metaLabel is the labels an alinéa opens with ("I. – ", "A. - ",
	// "1° ", "a) ", "2° bis "), before the instruction's first word.
	metaLabel        = mustRe(`^(?:(?:[IVX]+\s*[.)]|[A-Z]\s*(?:[.)]\s*[-–—]?|[-–—])|\d+°(?:\s?(?:bis|ter|quater|quinquies))?|[a-z]\)|[a-z]°)\s*[-–—]?\s+)*`)
	metaLabelDash    = mustRe(`^((?:[IVX]+|[A-Z])(?:\s(?:bis|ter|quater))?\.)\s?[-–—]\s`)
	metaSpaces       = mustRe(` +`)
	metaFirstSup     = mustRe(`\b(1)er\b`)
	metaNumeroSign   = mustRe(`\b(n)°`)
	metaNumeroTight  = mustRe(`\bn° (\d)`)
	metaEllipsis     = mustRe(`\.\.\.`)
	metaDegreeSpace  = mustRe(`^(\d+)° `)
	metaThousands    = mustRe(`(\d) (\d{3})\b`)
	metaLabelDashAny = mustRe(`^((?:[IVX]+|[A-Z])(?:\s(?:bis|ter|quater))?\.\s?)[-–—]`)
	metaHTMLEscape   = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
)

// atStart rewrites the first word after the alinéa's labels: "A" →
// "À" ("1° A la fin …" → "1° À la fin …") and back.
func atStart(from, to string) func(string) string {
	return func(s string) string {
		n := len(metaLabel.FindString(s))
		if strings.HasPrefix(s[n:], from+" ") {
			return s[:n] + to + s[n+len(from):]
		}
		return s
	}
}

// assembleeTypography types s as the Assemblée's texts: « » with
// no-break spaces inside, the curly apostrophe, the non-breaking hyphen
// of numbers, a no-break space before : and ;.
func assembleeTypography(s string) string {
	s = guillemetSpaces("\u00a0")(quotesAs("« ", " »")(s))
	s = strings.NewReplacer("'", "’").Replace(s)
	s = metaNumberHyphen.ReplaceAllString(s, "$1\u2011$2")
	return metaPunctSpace.ReplaceAllString(s, "\u00a0$1")
}

// plainTypography types an instruction plainly: straight quotes, the
// straight apostrophe, "L.123", no space before : and ;, "I.-".
func plainTypography(s string) string {
	s = quotesAs(`"`, `"`)(s)
	s = mapOutsideQuotes(s, func(t string) string {
		t = strings.NewReplacer("’", "'").Replace(t)
		t = metaArticleTight.ReplaceAllString(t, "$1.$2")
		return metaPunctSpace.ReplaceAllString(t, "$1")
	})
	return metaLabelDash.ReplaceAllString(s, "$1-")
}

// supHTML writes the ordinals and the numero sign as the Sénat's HTML
// does: "1<sup>er</sup>", "n<sup>o</sup>".
func supHTML(s string) string {
	return metaNumeroSign.ReplaceAllString(metaFirstSup.ReplaceAllString(s, "$1<sup>er</sup>"), "${1}<sup>o</sup>")
}

// quoteWordLines sets in « » the lines of words the Sénat writes
// unquoted on the line after "Remplacer les mots :", "par le mot :".
func quoteWordLines(s string) string {
	ls := strings.Split(s, "\n")
	for i := 1; i < len(ls); i++ {
		// A comma that ends the line may be the clause's or the words'
		// (the engine decides by what follows): quoted, it would be the
		// words'; such lines are left.
		if amWantsWords.MatchString(cleanAmendmentLine(ls[i-1])) && !isQuoted(ls[i]) && !amStart.MatchString(ls[i]) && !strings.HasSuffix(strings.TrimSpace(ls[i]), ",") {
			ls[i] = "« " + ls[i] + " »"
		}
	}
	return strings.Join(ls, "\n")
}

// ligatures writes the œ of the words that take it ("oeuvre" → "œuvre").
func ligatures(s string) string {
	return oeWords.ReplaceAllStringFunc(s, func(m string) string {
		sm := oeWords.FindStringSubmatch(m)
		return sm[1] + oeReplace[sm[2]] + sm[3]
	})
}

// metaNFD writes French's accented letters decomposed (the letter, then
// its combining accent), as text copied from some tools is;
// metaNFC composes them back.
var metaNFD = strings.NewReplacer("à", "a\u0300", "â", "a\u0302", "ä", "a\u0308", "ç", "c\u0327", "é", "e\u0301", "è", "e\u0300", "ê", "e\u0302", "ë", "e\u0308", "î", "i\u0302", "ï", "i\u0308", "ô", "o\u0302", "ö", "o\u0308", "ù", "u\u0300", "û", "u\u0302", "ü", "u\u0308", "ÿ", "y\u0308", "À", "A\u0300", "Â", "A\u0302", "Ä", "A\u0308", "Ç", "C\u0327", "É", "E\u0301", "È", "E\u0300", "Ê", "E\u0302", "Ë", "E\u0308", "Î", "I\u0302", "Ï", "I\u0308", "Ô", "O\u0302", "Ö", "O\u0308", "Ù", "U\u0300", "Û", "U\u0302", "Ü", "U\u0308", "Ÿ", "Y\u0308")

func metaNFC(s string) string {
	for _, p := range metaNFDPairs {
		s = strings.ReplaceAll(s, p[1], p[0])
	}
	return s
}

var metaNFDPairs = func() [][2]string {
	l := []string{"à", "a\u0300", "â", "a\u0302", "ä", "a\u0308", "ç", "c\u0327", "é", "e\u0301", "è", "e\u0300", "ê", "e\u0302", "ë", "e\u0308", "î", "i\u0302", "ï", "i\u0308", "ô", "o\u0302", "ö", "o\u0308", "ù", "u\u0300", "û", "u\u0302", "ü", "u\u0308", "ÿ", "y\u0308", "À", "A\u0300", "Â", "A\u0302", "Ä", "A\u0308", "Ç", "C\u0327", "É", "E\u0301", "È", "E\u0300", "Ê", "E\u0302", "Ë", "E\u0308", "Î", "I\u0302", "Ï", "I\u0308", "Ô", "O\u0302", "Ö", "O\u0308", "Ù", "U\u0300", "Û", "U\u0302", "Ü", "U\u0308", "Ÿ", "Y\u0308"}
	var out [][2]string
	for i := 0; i+1 < len(l); i += 2 {
		out = append(out, [2]string{l[i], l[i+1]})
	}
	return out
}()

// foldOE is a norm: the œ ligature as "oe", then NormalizeQuotes.
func foldOE(s string) string {
	return NormalizeQuotes(strings.NewReplacer("œ", "oe", "Œ", "Oe").Replace(s))
}

// foldCapitals is a norm: capital letters without their accent, then
// NormalizeQuotes.
func foldCapitals(s string) string { return NormalizeQuotes(plainCapitals.Replace(s)) }

// htmlParagraphs writes an amendment's paragraphs (one a line) as the
// Assemblée's HTML: <p>…</p>, characters escaped.
func htmlParagraphs(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		b.WriteString("<p>" + metaHTMLEscape.Replace(l) + "</p>")
	}
	return b.String()
}

var _ = addRewrites(
	// Quotation marks: every top-level quotation in one style.
	rewrite{name: "quotes-guillemets", instr: quotesAs("« ", " »"), text: textQuotesAs("« ", " »"), norm: NormalizeQuotes},
	rewrite{name: "quotes-straight", instr: quotesAs(`"`, `"`), text: textQuotesAs(`"`, `"`), norm: NormalizeQuotes},
	rewrite{name: "quotes-curly", instr: quotesAs("“", "”"), text: textQuotesAs("“", "”"), norm: NormalizeQuotes},
	// The spaces inside « » (the quotations set in « » first: most of
	// the laws' are straight): no-break, narrow no-break, none.
	rewrite{name: "guillemets-nbsp", instr: then(quotesAs("« ", " »"), guillemetSpaces("\u00a0")), text: then(textQuotesAs("« ", " »"), guillemetSpaces("\u00a0")), norm: NormalizeQuotes},
	rewrite{name: "guillemets-nnbsp", instr: then(quotesAs("« ", " »"), guillemetSpaces("\u202f")), text: then(textQuotesAs("« ", " »"), guillemetSpaces("\u202f")), norm: NormalizeQuotes},
	rewrite{name: "guillemets-tight", instr: then(quotesAs("« ", " »"), guillemetSpaces("")), text: then(textQuotesAs("« ", " »"), guillemetSpaces("")), norm: NormalizeQuotes},
	// The apostrophe, in the instruction's words, then everywhere (the
	// new text's compared as NormalizeQuotes reads it).
	rewrite{name: "apostrophe-curly", instr: outside(replacer("'", "’"))},
	rewrite{name: "apostrophe-straight", instr: outside(replacer("’", "'"))},
	rewrite{name: "apostrophe-curly-all", instr: replacer("'", "’"), text: replacer("'", "’"), norm: NormalizeQuotes},
	rewrite{name: "apostrophe-straight-all", instr: replacer("’", "'"), text: replacer("’", "'"), norm: NormalizeQuotes},
	// The hyphen of numbers (L. 331-5, n° 2009-669): non-breaking (U+2011)
	// or the Unicode hyphen (U+2010).
	rewrite{name: "hyphen-nonbreaking", instr: outside(metaRe(metaNumberHyphen, "$1\u2011$2"))},
	rewrite{name: "hyphen-unicode", instr: outside(metaRe(metaNumberHyphen, "$1\u2010$2"))},
	rewrite{name: "hyphen-nonbreaking-all", instr: metaRe(metaNumberHyphen, "$1\u2011$2"), text: metaRe(metaNumberHyphen, "$1\u2011$2"), norm: NormalizeQuotes},
	// "L. 123": "L.123", "L.\u00a0123".
	rewrite{name: "article-tight", instr: outside(metaRe(metaArticleTight, "$1.$2"))},
	rewrite{name: "article-nbsp", instr: outside(metaRe(metaArticleTight, "$1.\u00a0$2"))},
	// The space before : ; ? !: no-break, narrow no-break, none.
	rewrite{name: "punct-nbsp", instr: outside(metaRe(metaPunctSpace, "\u00a0$1"))},
	rewrite{name: "punct-nnbsp", instr: outside(metaRe(metaPunctSpace, "\u202f$1"))},
	rewrite{name: "punct-tight", instr: outside(metaRe(metaPunctSpace, "$1"))},
	rewrite{name: "punct-nbsp-all", instr: metaRe(metaPunctSpace, "\u00a0$1"), text: metaRe(metaPunctSpace, "\u00a0$1"), norm: NormalizeSpace},
	// White space: doubled, tabs, at the ends.
	rewrite{name: "spaces-double", instr: outside(metaRe(metaSpaces, "  "))},
	rewrite{name: "spaces-tab", instr: outside(metaRe(metaSpaces, "\t"))},
	rewrite{name: "spaces-ends", instr: func(s string) string { return " \t" + s + "  " }, text: func(s string) string { return " " + s + " \t" }},
	// The capital's accent at the start of an instruction ("A l'article",
	// older texts and the Assemblée's amendments), and É.
	rewrite{name: "capital-a-plain", instr: atStart("À", "A")},
	rewrite{name: "capital-a-grave", instr: atStart("A", "À")},
	rewrite{name: "capital-e-plain", instr: outside(replacer("É", "E"))},
	// The ordinal indicator for the degree sign: "1º", "nº".
	rewrite{name: "ordinal-indicator", instr: outside(metaRe(metaOrdinal, "${1}º"))},
	// The dash of a part's label: "I. – " as "I. - ", "I.-", "I. — ".
	rewrite{name: "label-hyphen", instr: metaRe(metaLabelDash, "$1 - ")},
	rewrite{name: "label-tight", instr: metaRe(metaLabelDash, "$1-")},
	rewrite{name: "label-em-dash", instr: metaRe(metaLabelDash, "$1 — ")},
	// HTML character references, as some sources leave them.
	rewrite{name: "html-entities", instr: replacer("« ", "&laquo;&nbsp;", " »", "&nbsp;&raquo;", "’", "&rsquo;", "'", "&#39;"), text: replacer("« ", "&laquo;&nbsp;", " »", "&nbsp;&raquo;", "’", "&rsquo;", "'", "&#39;")},
	// The ellipsis of a number not yet known ("loi n° ... du ..."), one
	// character or three dots.
	rewrite{name: "ellipsis-char", instr: outside(metaRe(metaEllipsis, "…"))},
	rewrite{name: "ellipsis-dots", instr: outside(replacer("…", "..."))},
	rewrite{name: "ellipsis-dots-all", instr: replacer("…", "..."), text: replacer("…", "..."), norm: func(s string) string { return NormalizeQuotes(strings.ReplaceAll(s, "…", "...")) }},
	// An item's degree sign tight against the next word: "1°Au premier
	// alinéa", "2°bis".
	rewrite{name: "degree-tight", instr: metaRe(metaDegreeSpace, "$1°")},
	// The numero sign tight against its number: "n°2009-669".
	rewrite{name: "numero-tight", instr: outside(metaRe(metaNumeroTight, "n°$1"))},
	// A part's dash as the horizontal bar of the consolidated codes, in
	// instructions and new text (compared with the dashes mapped).
	rewrite{name: "label-bar-all", instr: metaRe(metaLabelDashAny, "${1}―"), text: func(s string) string {
		lead := len(s) - len(strings.TrimLeft(s, "«\"“ "))
		return s[:lead] + metaLabelDashAny.ReplaceAllString(s[lead:], "${1}―")
	}, norm: NormalizeQuotes},
	// Thousands separated by a narrow no-break space: "30\u202f000".
	rewrite{name: "thousands-nnbsp-all", instr: metaRe(metaThousands, "$1\u202f$2"), text: metaRe(metaThousands, "$1\u202f$2"), norm: NormalizeSpace},
	// The œ ligature, written or not, everywhere (old words quoted one
	// way, the code printed the other).
	rewrite{name: "oe-ligature-all", instr: ligatures, text: ligatures, norm: foldOE},
	rewrite{name: "oe-plain-all", instr: replacer("œ", "oe", "Œ", "Oe"), text: replacer("œ", "oe", "Œ", "Oe"), norm: foldOE},
	// Capitals with or without their accent everywhere ("État", "Etat":
	// bills write the one, the consolidated codes the other).
	rewrite{name: "capitals-plain-all", instr: func(s string) string { return plainCapitals.Replace(s) }, text: func(s string) string { return plainCapitals.Replace(s) }, norm: foldCapitals},
	rewrite{name: "capitals-accented-all", instr: replacer("Etat", "État", "Ecole", "École", "Education", "Éducation", "Election", "Élection", "Equipement", "Équipement", "Economie", "Économie"), text: replacer("Etat", "État", "Ecole", "École", "Education", "Éducation", "Election", "Élection", "Equipement", "Équipement", "Economie", "Économie"), norm: foldCapitals},
	// Accented letters decomposed (Unicode NFD), everywhere.
	rewrite{name: "unicode-nfd-all", instr: metaNFD.Replace, text: metaNFD.Replace, norm: metaNFC},
	// Several at once, as a source types them all its way: the
	// Assemblée's (« » with no-break spaces, ’, the non-breaking hyphen
	// of numbers, a no-break space before : ;), and a plain one (straight
	// quotes, ', "L.123", no space before : ;, "I.-").
	rewrite{name: "combined-assemblee-all", instr: assembleeTypography, text: assembleeTypography, norm: NormalizeQuotes},
	rewrite{name: "combined-plain", instr: plainTypography, text: textQuotesAs(`"`, `"`), norm: NormalizeQuotes},
	// An amendment's lines: blank lines between them, "\r\n", HTML.
	rewrite{name: "layout-blank-lines", file: replacer("\n", "\n\n")},
	rewrite{name: "layout-crlf", file: replacer("\n", "\r\n")},
	rewrite{name: "layout-crlf-blank", file: replacer("\n", "\r\n\r\n")},
	rewrite{name: "layout-html-p", file: htmlParagraphs},
	rewrite{name: "layout-html-br", file: func(s string) string { return strings.ReplaceAll(metaHTMLEscape.Replace(s), "\n", "<br/>") }},
	rewrite{name: "layout-html-sup", file: func(s string) string { return supHTML(htmlParagraphs(s)) }},
	// The Assemblée's open-data HTML: styled paragraphs, numeric
	// character references for the no-break space and the apostrophe.
	rewrite{name: "layout-html-refs", file: func(s string) string {
		var b strings.Builder
		for _, l := range strings.Split(s, "\n") {
			l = strings.NewReplacer("\u00a0", "&#160;", "’", "&#8217;", "« ", "«&#160;", " »", "&#160;»", " :", "&#160;:").Replace(metaHTMLEscape.Replace(l))
			b.WriteString(`<p style="text-align: justify;">` + l + "</p>\n")
		}
		return b.String()
	}},
	// The Sénat's unquoted words set in « » on their line.
	rewrite{name: "senat-words-quoted", file: quoteWordLines},
)
