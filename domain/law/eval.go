package law

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// LawEval is the measure of the engine on one law: its modification
// instructions applied to the code articles it touches as they stood
// before (avant/), compared with the official consolidation (apres/).
// docs/LAW.md defines every count.
type LawEval struct {
	Name string `json:"name"`
	// Text is the file the instructions were read from; Tabled is true
	// when it is the text as tabled (no final text exists): its figures
	// are not those of a law.
	Text   string `json:"text"`
	Tabled bool   `json:"tabled"`

	// Instructions: found = parsed + context + unparsed. Parsed ones are
	// applied (every edit applied), out of sample (every edit targets an
	// article not in avant/) or failed (an edit could not be applied).
	Found       int `json:"instructions_found"`
	Parsed      int `json:"instructions_parsed"`
	Context     int `json:"instructions_context"`
	Unparsed    int `json:"instructions_unparsed"`
	Applied     int `json:"instructions_applied"`
	OutOfSample int `json:"instructions_out_of_sample"`
	Failed      int `json:"instructions_failed"`
	// Refused counts unparsed instructions and failed edits by reason.
	Refused map[string]int `json:"refused_by_reason"`

	// Targets are the articles the consolidation changed, created or
	// removed; each is compared byte for byte, white space normalised
	// ([NormalizeSpace]) and typography normalised ([NormalizeTypography]).
	Targets    int `json:"articles_targets"`
	ExactBytes int `json:"articles_exact_bytes"`
	ExactSpace int `json:"articles_exact_space"`
	ExactTypo  int `json:"articles_exact_typography"`
	Created    int `json:"articles_created"`
	CreatedOK  int `json:"articles_created_ok"`
	Repealed   int `json:"articles_removed"`
	RepealedOK int `json:"articles_removed_ok"`

	// SilentDrops counts the alinéas of the text that look like a
	// modification (a modifying verb, or quoted new text) and that no
	// instruction accounts for: neither applied nor flagged. Must be 0.
	SilentDrops int      `json:"silent_drops"`
	Dropped     []string `json:"dropped,omitempty"`
	// Explained counts the targets not listed in the law's
	// [UnexplainedFile] (their after-text can be reached from the law's
	// instructions); ExactOfExplained is ExactSpace's percentage of them
	// (a listed article is never exact: the entry would be stale).
	Explained        int     `json:"articles_explained"`
	ExactOfExplained float64 `json:"exact_of_explained_percent"`
	// Misses lists the target articles not exact (white space normalised),
	// each listed one followed by " [listed unexplained: reason]".
	Misses []string `json:"misses,omitempty"`
	// Stale lists the entries of the law's [UnexplainedFile] that name no
	// target, or one that is exact.
	Stale []string `json:"unexplained_stale,omitempty"`
	// UnparsedText lists the unparsed instructions, raw, with their reason.
	UnparsedText []string `json:"unparsed,omitempty"`
	// FailedText lists the parsed instructions with an edit that could not
	// be applied, with the reason.
	FailedText []string `json:"failed,omitempty"`
	// FilesUnread counts the article files of avant/ and apres/ not read
	// (no heading, empty, unreadable) and the articles in two files of
	// one tree with different texts; Unread names each, and the article
	// left out of the comparison for it (eval13.go).
	FilesUnread int      `json:"files_unread"`
	Unread      []string `json:"files_unread_list,omitempty"`
	// TextUnread names the articles of the text not read (a titre or
	// alinéas of a type not read, an entry not an article with alinéas)
	// or not applied (deleted by their statut, alinéas left): the law is
	// measured on the others (fabrique14.go).
	TextUnread []string `json:"text_articles_unread,omitempty"`
}

// AmendmentFolderEval is the measure on one bill article: its adopted
// amendments applied in turn to the article before the step, compared with
// the article after it.
type AmendmentFolderEval struct {
	Folder     string `json:"folder"`
	Bill       string `json:"bill"`
	Amendments int    `json:"amendments"`
	// Parsed: every part of the dispositif understood; Applied: applied
	// to the article as the previous amendments left it.
	Parsed  int `json:"parsed"`
	Applied int `json:"applied"`
	// Exact: the composed article equals article_apres, white space and
	// quotation marks normalised ([NormalizeQuotes]); ExactTypo:
	// typography normalised.
	Exact     bool `json:"exact"`
	ExactTypo bool `json:"exact_typography"`
	// Unexplained is the reason, from the directory's [UnexplainedFile],
	// why article_apres holds edits no amendment of the folder explains;
	// empty when the folder is not listed there.
	Unexplained string   `json:"unexplained,omitempty"`
	Refused     []string `json:"refused,omitempty"`
	// Diff shows the first differences when not exact.
	Diff string `json:"diff,omitempty"`
	// Unchanged: article_apres equals article_avant (as Exact compares):
	// the step left the article as it was, and an engine
	// refusing every amendment is exact there.
	Unchanged bool `json:"unchanged,omitempty"`
}

// BillEval sums the folders of one bill.
type BillEval struct {
	Bill       string `json:"bill"`
	Folders    int    `json:"folders"`
	Amendments int    `json:"amendments"`
	Parsed     int    `json:"parsed"`
	Applied    int    `json:"applied"`
	Exact      int    `json:"exact"`
	ExactTypo  int    `json:"exact_typography"`
	// Explained counts the folders not listed in [UnexplainedFile] (their
	// after-text can be reached from their amendments); ExactExplained
	// those of them exact, and ExactOfExplained its percentage of
	// Explained (0 when there are none).
	Explained        int     `json:"folders_explained"`
	ExactExplained   int     `json:"exact_explained"`
	ExactOfExplained float64 `json:"exact_of_explained_percent"`
	// Unchanged counts the folders whose article_apres equals their
	// article_avant, ExactUnchanged those of them exact.
	Unchanged      int `json:"folders_unchanged"`
	ExactUnchanged int `json:"exact_unchanged"`
}

// EvalReport is the result of [Eval].
type EvalReport struct {
	Laws    []LawEval             `json:"laws"`
	Folders []AmendmentFolderEval `json:"amendment_folders"`
	Bills   []BillEval            `json:"bills"`
	// AllBills sums Bills (its Bill is "all").
	AllBills BillEval `json:"bills_all"`
	// Stale lists the entries of an [UnexplainedFile] that name no folder
	// of its directory, or a folder that is exact: the list must be
	// corrected by hand.
	Stale []string `json:"unexplained_stale,omitempty"`
	// Errors lists the directories of a set that could not be measured
	// (a text that does not decode, a file that cannot be read, the
	// engine failing on them); the rest of the set is measured all the
	// same.
	Errors []EvalError `json:"errors,omitempty"`
}

// EvalError is a directory [Eval] could not measure, and why.
type EvalError struct {
	Dir string `json:"dir"`
	Err string `json:"error"`
}

// EnginePanicError is the engine failing on a law or an amendment folder
// under evaluation: a bug to report with the input, measured as an
// [EvalError] so that one input does not stop the measure of the others.
type EnginePanicError struct {
	Dir   string
	Value any
}

func (e *EnginePanicError) Error() string {
	return fmt.Sprintf("%s: the engine failed (please report it with this input): %v", e.Dir, e.Value)
}

// Eval measures the engine on a corpus directory of fsys in one of two
// layouts, recognised by its files:
//
//   - a law: texte.json (or texte_promulgue.json, preferred, or
//     texte_depot_*.json when only the tabled text exists), avant/ and
//     apres/ in the codes-juridiques-francais layout, optionally
//     procedure.json (for the Conseil constitutionnel's censure mention)
//     and autres_dates/<date>/{avant,apres}/ (measured as laws of their
//     own, with the same text);
//   - an amendment folder: article_avant, amendement_*, article_apres.
//
// Any other directory is read as a set of such directories. name labels
// the results.
func Eval(fsys fs.FS, dir, name string) (EvalReport, error) {
	var r EvalReport
	if err := evalInto(&r, fsys, dir, name); err != nil {
		return r, err
	}
	r.Bills, r.AllBills = sumBills(r.Folders)
	return r, nil
}

// reRunDay is the day of a run of a law at another date, its folder
// autres_dates/YYYY-MM-DD…, as the law corpus names them.
var reRunDay = mustRe(`(?:^|/)autres_dates/(\d{4}-\d{2}-\d{2})[^/]*/?$`)

// runDay is the day a run's folder is dated, if it is one.
func runDay(dir string) (string, bool) {
	m := reRunDay.FindStringSubmatch(dir)
	if m == nil {
		return "", false
	}
	if _, err := time.Parse(time.DateOnly, m[1]); err != nil {
		return "", false
	}
	return m[1], true
}

// Merge appends o's results to r.
func (r *EvalReport) Merge(o EvalReport) {
	r.Laws = append(r.Laws, o.Laws...)
	r.Folders = append(r.Folders, o.Folders...)
	r.Stale = append(r.Stale, o.Stale...)
	r.Errors = append(r.Errors, o.Errors...)
	r.Bills, r.AllBills = sumBills(r.Folders)
}

func evalInto(r *EvalReport, fsys fs.FS, dir, name string) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &EnginePanicError{Dir: name, Value: v}
		}
	}()
	switch {
	case exists(fsys, join(dir, "article_avant")) || exists(fsys, join(dir, "article_apres")):
		f, err := EvalAmendmentFolder(fsys, dir, name)
		if err != nil {
			return err
		}
		r.Folders = append(r.Folders, f)
		return nil
	case isLawDir(fsys, dir):
		text, arts, tabled, textUnread, err := readLawText(fsys, dir)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		opt := ApplyOptions{LegifranceTypography: true}
		if b, err := fs.ReadFile(fsys, join(dir, "procedure.json")); err == nil {
			// One that does not decode is said (the censure's mention
			// and the law's name were silently left out).
			if !json.Valid(withoutBOM(b)) {
				return fmt.Errorf("%s: procedure.json: couldn't decode: not JSON", name)
			}
			opt.CensoredMention, _ = CensoredMentionFromProcedure(b)
			opt.OwnLaw, _ = OwnLawFromProcedure(b)
		}
		runs := []string{dir}
		names := []string{name}
		if ents, err := fs.ReadDir(fsys, join(dir, "autres_dates")); err == nil {
			for _, e := range ents {
				if e.IsDir() {
					if u, bad := undatedRunError(dir, name, e.Name()); bad {
						r.Errors = append(r.Errors, u)
						continue
					}
					runs = append(runs, join(dir, "autres_dates/"+e.Name()))
					names = append(names, name+"/autres_dates/"+e.Name())
				}
			}
		}
		for i, d := range runs {
			l, err := EvalLaw(fsys, d, arts, opt)
			if err != nil {
				return fmt.Errorf("%s: %w", names[i], err)
			}
			l.Name, l.Text, l.Tabled = names[i], text, tabled
			l.TextUnread = textUnread
			r.Laws = append(r.Laws, l)
			r.Stale = append(r.Stale, l.Stale...)
		}
		return nil
	}
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return err
	}
	var listed []UnexplainedEntry
	if b, err := fs.ReadFile(fsys, join(dir, UnexplainedFile)); err == nil {
		if listed, err = ParseUnexplained(b); err != nil {
			return fmt.Errorf("%s: %w", join(name, UnexplainedFile), err)
		}
	}
	n, first := 0, len(r.Folders)
	for _, e := range ents {
		if !e.IsDir() {
			if u, link := linkedFolderError(fsys, dir, name, e); link {
				r.Errors = append(r.Errors, u)
			}
			continue
		}
		n++
		// A child that cannot be measured is reported and the others
		// measured: one malformed folder of a set does not hide the rest.
		// What it may have added before failing is taken back.
		laws, folders := len(r.Laws), len(r.Folders)
		if err := evalInto(r, fsys, join(dir, e.Name()), e.Name()); err != nil {
			r.Laws, r.Folders = r.Laws[:laws], r.Folders[:folders]
			r.Errors = append(r.Errors, EvalError{Dir: join(name, e.Name()), Err: strings.TrimPrefix(err.Error(), e.Name()+": ")})
		}
	}
	if n == 0 {
		return fmt.Errorf("%s: neither a law (texte.json, avant/, apres/) nor amendment folders (article_avant, amendement_*, article_apres)", name)
	}
	markUnexplained(r, first, listed, join(name, UnexplainedFile))
	return nil
}

// UnexplainedFile is the file, in a directory of amendment folders, that
// lists the folders whose article_apres holds edits no amendment of the
// folder explains (checked by hand), with the reason: a Markdown table
// whose first cell names the folders in backquotes, the second gives the
// reason. [Eval] reads it to report the folders explained.
const UnexplainedFile = "UNEXPLAINED.md"

// UnexplainedEntry is one folder of an [UnexplainedFile].
type UnexplainedEntry struct {
	Folder string
	Reason string
}

var backquoted = mustRe("`([^`]*)`")

// ParseUnexplained reads the table of an [UnexplainedFile]: every row
// after the header's "|---|" line is "| `folder`, `folder` | reason |".
// A folder is named in full (no "…" abbreviation); a row without a folder
// or a reason, or a folder listed twice, is an error.
func ParseUnexplained(b []byte) ([]UnexplainedEntry, error) {
	return parseUnexplained(b, func(f string) bool { return !strings.ContainsAny(f, "…/ ") })
}

// ParseUnexplainedArticles reads the table of a law's [UnexplainedFile]:
// as [ParseUnexplained], each name an article as the evaluation writes
// it (CodeRef.String: "l132-44 (code de la propriete intellectuelle)").
func ParseUnexplainedArticles(b []byte) ([]UnexplainedEntry, error) {
	return parseUnexplained(b, func(f string) bool {
		return !strings.ContainsAny(f, "…/") && strings.HasSuffix(f, ")") && strings.Contains(f, " (")
	})
}

// parseUnexplained reads an [UnexplainedFile]'s table; ok says whether a
// name is written in full.
func parseUnexplained(b []byte, ok func(string) bool) ([]UnexplainedEntry, error) {
	var out []UnexplainedEntry
	seen := map[string]bool{}
	inTable := false
	// CR alone ends a line too (the table was one line, no entry read).
	for i, line := range strings.Split(lineEnds(string(withoutBOM(b))), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") {
			inTable = false
			continue
		}
		if strings.HasPrefix(line, "|---") || strings.HasPrefix(line, "| ---") {
			inTable = true
			continue
		}
		if !inTable {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) < 2 {
			return nil, fmt.Errorf("line %d: want | folders | reason |", i+1)
		}
		reason := strings.TrimSpace(strings.Join(cells[1:], "|"))
		names := backquoted.FindAllStringSubmatch(cells[0], -1)
		if len(names) == 0 || reason == "" {
			return nil, fmt.Errorf("line %d: want | `folder`, … | reason |", i+1)
		}
		for _, m := range names {
			f := strings.TrimSpace(m[1])
			if f == "" || !ok(f) {
				return nil, fmt.Errorf("line %d: %q is not a name written in full", i+1, f)
			}
			if seen[f] {
				return nil, fmt.Errorf("line %d: %s listed twice", i+1, f)
			}
			seen[f] = true
			out = append(out, UnexplainedEntry{Folder: f, Reason: reason})
		}
	}
	return out, nil
}

// markUnexplained sets the reason on the folders r.Folders[first:] listed,
// and reports in r.Stale the entries naming no folder or an exact one.
func markUnexplained(r *EvalReport, first int, listed []UnexplainedEntry, file string) {
	idx := map[string]int{}
	for i := first; i < len(r.Folders); i++ {
		idx[r.Folders[i].Folder] = i
	}
	for _, e := range listed {
		i, ok := idx[e.Folder]
		switch {
		case !ok:
			r.Stale = append(r.Stale, file+": "+e.Folder+": no such folder")
		case r.Folders[i].Exact:
			r.Stale = append(r.Stale, file+": "+e.Folder+": exact, not unexplained")
		default:
			r.Folders[i].Unexplained = e.Reason
		}
	}
}

// isLawDir says whether dir is a law: a text (texte.json,
// texte_promulgue.json or texte_depot_*.json) beside avant/ or apres/, or
// both avant/ and apres/ (its text then missing, an error). A law that
// only creates articles has no avant/ (the corpus copies the files its
// commits touched, none before), one that only repeals has no apres/
// (they were read as sets of folders, and not measured).
func isLawDir(fsys fs.FS, dir string) bool {
	av, ap := exists(fsys, join(dir, "avant")), exists(fsys, join(dir, "apres"))
	if av && ap {
		return true
	}
	if !av && !ap {
		return false
	}
	if exists(fsys, join(dir, "texte.json")) || exists(fsys, join(dir, "texte_promulgue.json")) {
		return true
	}
	ms, _ := fs.Glob(fsys, join(dir, "texte_depot_*.json"))
	return len(ms) > 0
}

// readLawText finds the law's text in dir, each file read by
// DecodeFabriqueText: the articles, and those of its articles not read
// (given prefixed with their file; the evaluation names them, the
// metamorphic tests refuse the law).
func readLawText(fsys fs.FS, dir string) (string, []Article, bool, []string, error) {
	for _, f := range []string{"texte_promulgue.json", "texte.json"} {
		if b, err := fs.ReadFile(fsys, join(dir, f)); err == nil {
			arts, unread, err := DecodeFabriqueText(b)
			if err != nil {
				return "", nil, false, nil, fmt.Errorf("%s: %w", f, err)
			}
			return f, arts, false, prefixed(f, unread), nil
		}
	}
	ms, _ := fs.Glob(fsys, join(dir, "texte_depot_*.json"))
	if len(ms) == 0 {
		return "", nil, false, nil, fmt.Errorf("no texte.json, texte_promulgue.json or texte_depot_*.json")
	}
	sort.Strings(ms)
	var all []Article
	var unread []string
	for _, m := range ms {
		b, err := fs.ReadFile(fsys, m)
		if err != nil {
			return "", nil, false, nil, err
		}
		arts, u, err := DecodeFabriqueText(b)
		if err != nil {
			return "", nil, false, nil, fmt.Errorf("%s: %w", path.Base(m), err)
		}
		all = append(all, arts...)
		unread = append(unread, prefixed(path.Base(m), u)...)
	}
	return "texte_depot_*.json", all, true, unread, nil
}

// EvalLaw applies the instructions of arts to dir/avant and compares the
// result with dir/apres, with opt (the evaluation sets CensoredMention and
// OwnLaw from procedure.json, and LegifranceTypography).
//
// A run dated by its folder, autres_dates/YYYY-MM-DD…/, is the code as
// it stood the day before (avant/) and on that day (apres/): the
// instructions deferred to that day are applied too (OnDay).
func EvalLaw(fsys fs.FS, dir string, arts []Article, opt ApplyOptions) (LawEval, error) {
	var l LawEval
	avant, apres, left, unread, err := loadTrees(fsys, dir)
	if err != nil {
		return l, err
	}
	l.Unread, l.FilesUnread = unread, len(unread)
	var listed []UnexplainedEntry
	if b, err := fs.ReadFile(fsys, join(dir, UnexplainedFile)); err == nil {
		if listed, err = ParseUnexplainedArticles(b); err != nil {
			return l, fmt.Errorf("%s: %w", UnexplainedFile, err)
		}
	}
	why := map[string]string{}
	for _, e := range listed {
		why[e.Folder] = e.Reason
	}
	ins := ParseInstructions(arts)
	if day, ok := runDay(dir); ok {
		ins = OnDay(ins, day)
	}
	got, errs := Apply(avant, ins, opt)
	l.Refused = map[string]int{}

	byIns := map[int][]ApplyError{}
	for _, e := range errs {
		byIns[e.Instruction] = append(byIns[e.Instruction], e)
	}
	for i, in := range ins {
		l.Found++
		switch in.Status {
		case Context:
			l.Context++
		case Unparsed:
			l.Unparsed++
			l.Refused["unparsed: "+in.Reason]++
			l.UnparsedText = append(l.UnparsedText, fmt.Sprintf("art. %s al. %d (%s): %s", in.Article, in.Alinea, in.Reason, in.Text))
		case Parsed:
			l.Parsed++
			missing, failed := 0, 0
			for _, e := range byIns[i] {
				if e.Missing {
					missing++
					continue
				}
				failed++
				l.Refused["apply: "+reasonClass(e.Reason)]++
				l.FailedText = append(l.FailedText, fmt.Sprintf("art. %s al. %d (%s: %s): %s", in.Article, in.Alinea, e.Ref, e.Reason, in.Text))
			}
			switch {
			case failed > 0:
				l.Failed++
			case missing == len(in.Edits) && missing > 0:
				l.OutOfSample++
			default:
				l.Applied++
			}
		}
	}

	targets, notExact := map[string]bool{}, map[string]bool{}
	miss := func(ref CodeRef, s string) {
		notExact[ref.String()] = true
		if r, ok := why[ref.String()]; ok {
			s += " [listed unexplained: " + r + "]"
		}
		l.Misses = append(l.Misses, ref.String()+": "+s)
	}
	for _, ref := range Changed(avant, apres) {
		if left[ref] {
			continue
		}
		l.Targets++
		targets[ref.String()] = true
		_, inAvant := avant[ref]
		w, inApres := apres[ref]
		g, inGot := got[ref]
		if !inAvant && inApres {
			l.Created++
		}
		if inAvant && !inApres {
			l.Repealed++
		}
		if !inApres {
			if !inGot {
				l.RepealedOK++
				l.ExactBytes++
				l.ExactSpace++
				l.ExactTypo++
			} else {
				miss(ref, "still present")
			}
			continue
		}
		if !inGot {
			miss(ref, "absent")
			continue
		}
		gs, ws := strings.Join(g.Alineas, "\n"), strings.Join(w.Alineas, "\n")
		if gs == ws {
			l.ExactBytes++
		}
		if NormalizeSpace(gs) == NormalizeSpace(ws) {
			l.ExactSpace++
			if !inAvant {
				l.CreatedOK++
			}
		} else {
			miss(ref, shortDiff(ws, gs))
		}
		if NormalizeTypography(gs) == NormalizeTypography(ws) {
			l.ExactTypo++
		}
	}
	l.Explained = l.Targets
	for _, e := range listed {
		switch {
		case !targets[e.Folder]:
			l.Stale = append(l.Stale, join(dir, UnexplainedFile)+": "+e.Folder+": not a target")
		case !notExact[e.Folder]:
			l.Stale = append(l.Stale, join(dir, UnexplainedFile)+": "+e.Folder+": exact, not unexplained")
		default:
			l.Explained--
		}
	}
	l.ExactOfExplained = ratio(l.ExactSpace, l.Explained)
	l.Dropped = silentDrops(arts, ins)
	l.SilentDrops = len(l.Dropped)
	return l, nil
}

// shortDiff describes the first differences between want and got, white
// space normalised: "-removed +added", at most three, each cut short.
func shortDiff(want, got string) string {
	var parts []string
	for _, op := range DiffWords(NormalizeSpace(want), NormalizeSpace(got)) {
		if op.Kind == OpEqual {
			continue
		}
		t := strings.TrimSpace(op.Text)
		if r := []rune(t); len(r) > 80 {
			t = string(r[:80]) + "…"
		}
		sign := "+"
		if op.Kind == OpDelete {
			sign = "-"
		}
		parts = append(parts, sign+"["+t+"]")
		if len(parts) == 3 {
			break
		}
	}
	return strings.Join(parts, " ")
}

var (
	reasonQuoted = mustRe(`"[^"]*"`)
	reasonDigits = mustRe(`\d+`)
)

// reasonClass removes the particulars (quoted words, numbers) of an apply
// error so that errors can be counted by kind.
func reasonClass(s string) string {
	return reasonDigits.ReplaceAllString(reasonQuoted.ReplaceAllString(s, `"…"`), "N")
}

// silentDrops lists the alinéas of arts that look like modifications (a
// modifying verb outside quotes, or quoted text) and that no instruction
// covers, as the parser read them.
func silentDrops(arts []Article, ins []Instruction) []string {
	covered := map[ArticleNumber]map[int]bool{}
	for _, in := range ins {
		m := covered[in.Article]
		if m == nil {
			m = map[int]bool{}
			covered[in.Article] = m
		}
		for k := in.Alinea; k <= in.Alinea+in.Payload; k++ {
			m[k] = true
		}
	}
	var out []string
	for _, a := range arts {
		for i, al := range a.Alineas {
			t := strings.TrimSpace(al)
			if t == "" || isCensored(t) || covered[a.Number][i+1] {
				continue
			}
			_, body := enumeration(t)
			if statusOf(t, false) == "deleted" || statusOf(body, true) == "deleted" {
				// "(Supprimé)", "2° (Supprimé)": a part deleted during the
				// shuttle, nothing to apply (it was counted a drop).
				continue
			}
			if isQuoted(t) || modVerb.MatchString(stripQuotes(body)) {
				out = append(out, fmt.Sprintf("art. %s al. %d: %s", a.Number, i+1, t))
			}
		}
	}
	return out
}

// EvalAmendmentFolder composes the amendments of one folder (article_avant,
// amendement_*, article_apres) in the order of their numbers.
func EvalAmendmentFolder(fsys fs.FS, dir, name string) (AmendmentFolderEval, error) {
	f := AmendmentFolderEval{Folder: name, Bill: name}
	if i := strings.Index(name, "__"); i > 0 {
		f.Bill = name[:i]
	}
	fo, err := readAmendmentFolder(fsys, dir, name)
	if err != nil {
		return f, err
	}
	if len(fo.files) == 0 {
		return f, errors.New(noAmendment)
	}
	avant, apres, art, ms, disps := fo.avant, fo.apres, fo.article, fo.files, fo.dispositifs
	deleted := len(art.Alineas) == 0
	ref := CodeRef{Code: "bill", Article: NormalizeArticleNumber(string(art.Number))}
	for _, d := range disps {
		f.Amendments++
		edits, bad := parseDispositif(ref, HTMLToParagraphs(d.Text))
		if len(bad) == 0 && len(edits) > 0 {
			f.Parsed++
		}
	}
	final, results := ComposeNumbered(art, disps)
	for i, r := range results {
		if !r.Applied {
			why := strings.Join(r.Unparsed, " / ")
			if len(HTMLToParagraphs(disps[i].Text)) == 0 {
				why = emptyDispositif
			}
			if m, ok := sortMarkReason(disps[i].Text); ok {
				why = m
			}
			f.Refused = append(f.Refused, path.Base(ms[i])+": "+why)
			continue
		}
		f.Applied++
		deleted = r.Deleted
	}
	art = final
	want := paragraphs(plainArticleText(apres))
	f.Unchanged = len(want) > 0 && NormalizeQuotes(strings.Join(want, "\n")) == NormalizeQuotes(strings.Join(paragraphs(plainArticleText(avant)), "\n"))
	if deleted || len(want) == 0 {
		f.Exact = deleted && len(want) == 0
		f.ExactTypo = f.Exact
		if !f.Exact {
			f.Diff = fmt.Sprintf("deleted: got %v, want %v", deleted, len(want) == 0)
		}
		return f, nil
	}
	gs, ws := strings.Join(art.Alineas, "\n"), strings.Join(want, "\n")
	f.Exact = NormalizeQuotes(gs) == NormalizeQuotes(ws)
	f.ExactTypo = NormalizeTypography(gs) == NormalizeTypography(ws)
	if !f.Exact {
		f.Diff = shortDiff(NormalizeQuotes(ws), NormalizeQuotes(gs))
	}
	return f, nil
}

// amendmentFolder is a folder of an amendments corpus as read: the
// article before and after (raw; nil when the file is missing), the
// article as the amendments found it, and the amendments' files and
// dispositifs in the order they were voted on.
type amendmentFolder struct {
	avant, apres []byte
	article      Article
	files        []string
	dispositifs  []Dispositif
}

// readAmendmentFolder reads the folder dir, named name ("bill__3_bis",
// the article's number after the last "__"). A missing article_avant is
// an article created at the step, a missing article_apres one deleted,
// as the corpus's empty files say.
func readAmendmentFolder(fsys fs.FS, dir, name string) (amendmentFolder, error) {
	var fo amendmentFolder
	var err error
	if fo.avant, err = readOptional(fsys, join(dir, "article_avant")); err != nil {
		return fo, err
	}
	if fo.apres, err = readOptional(fsys, join(dir, "article_apres")); err != nil {
		return fo, err
	}
	if fo.files, err = fs.Glob(fsys, join(dir, "amendement_*")); err != nil {
		return fo, err
	}
	sort.Slice(fo.files, func(i, j int) bool { return amendmentLess(path.Base(fo.files[i]), path.Base(fo.files[j])) })
	num := name
	if i := strings.LastIndex(name, "__"); i >= 0 {
		num = strings.ReplaceAll(name[i+2:], "_", " ")
	}
	fo.article = Article{Number: ArticleNumber(num), Alineas: paragraphs(plainArticleText(fo.avant))}
	for _, m := range fo.files {
		b, err := fs.ReadFile(fsys, m)
		if err != nil {
			return fo, err
		}
		fo.dispositifs = append(fo.dispositifs, Dispositif{Number: strings.TrimPrefix(path.Base(m), "amendement_"), Text: lineEnds(string(b))})
	}
	return fo, nil
}

// readOptional reads a file, nil when it does not exist.
func readOptional(fsys fs.FS, p string) ([]byte, error) {
	b, err := fs.ReadFile(fsys, p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

// paragraphs splits a plain text into alinéas at blank lines (or at line
// ends when it has no blank line).
func paragraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	sep := "\n\n"
	if !strings.Contains(s, sep) {
		sep = "\n"
	}
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var lastNumber = mustRe(`(\d+)\D*$`)

// amendmentLess orders amendment files by their number ("amendement_CL12"
// before "amendement_CL101"), then by name.
func amendmentLess(a, b string) bool {
	na, nb := -1, -1
	if m := lastNumber.FindStringSubmatch(a); m != nil {
		na, _ = strconv.Atoi(m[1])
	}
	if m := lastNumber.FindStringSubmatch(b); m != nil {
		nb, _ = strconv.Atoi(m[1])
	}
	if na != nb {
		return na < nb
	}
	return a < b
}

// NormalizeQuotes is [NormalizeSpace] after mapping quotation marks,
// apostrophes and dashes to ASCII, and dropping the spaces just inside
// « » : « A » and "A" compare equal, as do l’article and l'article, "I. –"
// and "I. -".
func NormalizeQuotes(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case '«', '\u201c':
			b.WriteByte('"')
			for i+1 < len(rs) && (rs[i+1] == ' ' || rs[i+1] == '\u00a0' || rs[i+1] == '\u202f') {
				rs[i+1] = 0
				i++
			}
			continue
		case '»', '\u201d':
			str := b.String()
			b.Reset()
			b.WriteString(strings.TrimRight(str, " \u00a0\u202f"))
			b.WriteByte('"')
			continue
		case 0:
			continue
		case '\u2019', '\u2018':
			b.WriteByte('\'')
			continue
		case '\u2011', '\u2010', '\u2013', '\u2014', '\u2015':
			b.WriteByte('-')
			continue
		}
		b.WriteRune(r)
	}
	return NormalizeSpace(b.String())
}

func sumBills(fs []AmendmentFolderEval) ([]BillEval, BillEval) {
	idx := map[string]int{}
	var out []BillEval
	all := BillEval{Bill: "all"}
	for _, f := range fs {
		i, ok := idx[f.Bill]
		if !ok {
			i = len(out)
			idx[f.Bill] = i
			out = append(out, BillEval{Bill: f.Bill})
		}
		b := &out[i]
		b.Folders++
		b.Amendments += f.Amendments
		b.Parsed += f.Parsed
		b.Applied += f.Applied
		if f.Exact {
			b.Exact++
		}
		if f.ExactTypo {
			b.ExactTypo++
		}
		if f.Unchanged {
			b.Unchanged++
			if f.Exact {
				b.ExactUnchanged++
			}
		}
		if f.Unexplained == "" {
			b.Explained++
			if f.Exact {
				b.ExactExplained++
			}
		}
	}
	for i := range out {
		b := &out[i]
		b.ExactOfExplained = ratio(b.ExactExplained, b.Explained)
		all.Folders += b.Folders
		all.Amendments += b.Amendments
		all.Parsed += b.Parsed
		all.Applied += b.Applied
		all.Exact += b.Exact
		all.ExactTypo += b.ExactTypo
		all.Explained += b.Explained
		all.ExactExplained += b.ExactExplained
		all.Unchanged += b.Unchanged
		all.ExactUnchanged += b.ExactUnchanged
	}
	all.ExactOfExplained = ratio(all.ExactExplained, all.Explained)
	return out, all
}

// ratio is n / d in percent, rounded to 0.1, or 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return math.Round(1000*float64(n)/float64(d)) / 10
}

func pct(n, d int) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f %%", 100*float64(n)/float64(d))
}

// WriteText prints r as tables (Markdown), then with verbose the misses,
// unparsed instructions and refused amendments.
func (r EvalReport) WriteText(w io.Writer, verbose bool) error {
	var b strings.Builder
	if len(r.Laws) > 0 {
		b.WriteString("| law | text | instructions found / parsed / context / unparsed | parsed: applied / out of sample / failed | targets | exact bytes | exact white space | exact typography | created ok | removed ok | silent drops | explained | exact of explained |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
		for _, l := range r.Laws {
			text := l.Text
			if l.Tabled {
				text += " (tabled only)"
			}
			fmt.Fprintf(&b, "| %s | %s | %d / %d / %d / %d | %d / %d / %d | %d | %d | %d (%s) | %d (%s) | %d / %d | %d / %d | %d | %d | %d (%s) |\n",
				l.Name, text, l.Found, l.Parsed, l.Context, l.Unparsed, l.Applied, l.OutOfSample, l.Failed,
				l.Targets, l.ExactBytes, l.ExactSpace, pct(l.ExactSpace, l.Targets), l.ExactTypo, pct(l.ExactTypo, l.Targets),
				l.CreatedOK, l.Created, l.RepealedOK, l.Repealed, l.SilentDrops, l.Explained, l.ExactSpace, pct(l.ExactSpace, l.Explained))
		}
		b.WriteString("\nRefused, by reason:\n\n")
		for _, l := range r.Laws {
			if strings.Contains(l.Name, "/autres_dates/") {
				continue // same text, same instructions as the main run
			}
			keys := make([]string, 0, len(l.Refused))
			for k := range l.Refused {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool {
				if l.Refused[keys[i]] != l.Refused[keys[j]] {
					return l.Refused[keys[i]] > l.Refused[keys[j]]
				}
				return keys[i] < keys[j]
			})
			fmt.Fprintf(&b, "- %s:", l.Name)
			if len(keys) == 0 {
				b.WriteString(" none")
			}
			for _, k := range keys {
				fmt.Fprintf(&b, " %s ×%d;", k, l.Refused[k])
			}
			b.WriteString("\n")
		}
	}
	b.WriteString(unreadNote(r.Laws))
	b.WriteString(textUnreadNote(r.Laws))
	if len(r.Bills) > 0 {
		if len(r.Laws) > 0 {
			b.WriteString("\n")
		}
		b.WriteString("| bill | folders | amendments | parsed | applied | folders exact | exact typography | folders explained | exact of explained |\n|---|---|---|---|---|---|---|---|---|\n")
		for _, x := range r.Bills {
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %d (%s) | %d (%s) | %d | %d | %d (%s) |\n", x.Bill, x.Folders, x.Amendments, x.Parsed, x.Applied, pct(x.Applied, x.Amendments), x.Exact, pct(x.Exact, x.Folders), x.ExactTypo, x.Explained, x.ExactExplained, pct(x.ExactExplained, x.Explained))
		}
		t := r.AllBills
		fmt.Fprintf(&b, "| **all** | %d | %d | %d (%s) | %d (%s) | %d (%s) | %d | %d | %d (%s) |\n", t.Folders, t.Amendments, t.Parsed, pct(t.Parsed, t.Amendments), t.Applied, pct(t.Applied, t.Amendments), t.Exact, pct(t.Exact, t.Folders), t.ExactTypo, t.Explained, t.ExactExplained, pct(t.ExactExplained, t.Explained))
		b.WriteString(unchangedNote(t))
	}
	if len(r.Stale) > 0 {
		b.WriteString("\nStale entries of " + UnexplainedFile + " (correct the list):\n\n")
		for _, s := range r.Stale {
			b.WriteString("- " + s + "\n")
		}
	}
	if len(r.Errors) > 0 {
		b.WriteString("\nNot measured:\n\n")
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- %s: %s\n", e.Dir, e.Err)
		}
	}
	if verbose {
		for _, l := range r.Laws {
			for _, s := range l.Dropped {
				fmt.Fprintf(&b, "%s: SILENT DROP %s\n", l.Name, s)
			}
			for _, s := range l.Misses {
				fmt.Fprintf(&b, "%s: miss %s\n", l.Name, s)
			}
			for _, s := range l.UnparsedText {
				fmt.Fprintf(&b, "%s: unparsed %s\n", l.Name, s)
			}
			for _, s := range l.FailedText {
				fmt.Fprintf(&b, "%s: failed %s\n", l.Name, s)
			}
		}
		for _, f := range r.Folders {
			for _, s := range f.Refused {
				fmt.Fprintf(&b, "%s: refused %s\n", f.Folder, s)
			}
			if !f.Exact {
				listed := ""
				if f.Unexplained != "" {
					listed = " [listed unexplained]"
				}
				fmt.Fprintf(&b, "%s: not exact%s (applied %d of %d) %s\n", f.Folder, listed, f.Applied, f.Amendments, f.Diff)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
