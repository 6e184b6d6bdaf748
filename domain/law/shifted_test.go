package law

import (
	"io/fs"
	"os"
	"path"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// shifted is a development set whose code articles are numbered
// otherwise: in every file — the bills' texts, the amendments, the
// codes' articles before and after — the number after the first hyphen
// of an article of the codes' parts (L, LO, R, D) is one more ("L.
// 331-22" → "L. 331-23", "LO135-1" → "LO135-2", "L. 331-6 à L. 331-17" →
// "L. 331-7 à L. 331-18"). The map is one to one and keeps the order of
// the articles of a chapter, so the laws say the same of the codes so
// renumbered: a rule keyed to an article's number (a fix for one law)
// would show.
type shifted struct{ fs.FS }

// reCodePartArticle is a codes' part article number with a hyphen, as
// texts and the codes' files write it: "L. 331-22", "L.331-22",
// "L331-22", "LO. 135-1", "R. 12-3", with any hyphen (groups: what
// comes before the number to shift, that number).
var reCodePartArticle = regexp.MustCompile(`\b((?:L\.?` + shiftSpace + `O|L|R|D)\.?` + shiftSpace + `\d+[-\x{2010}\x{2011}])(\d+)\b`)

// shiftSpace is the space a text may put inside an article's number:
// none, a space, a no-break one, or its HTML entity (the amendments'
// dispositifs).
const shiftSpace = `(?:\s|\x{a0}|\x{202f}|&nbsp;|&#160;)?`

// reUnexplainedRef is an article as an UNEXPLAINED.md file names it,
// "l723-12 (code rural …)" (groups as reCodePartArticle's).
var reUnexplainedRef = regexp.MustCompile(`\b((?:lo|l|r|d)\d+-)(\d+)\b`)

func (s shifted) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(s.FS, name)
	if err != nil {
		return nil, err
	}
	re := reCodePartArticle
	if path.Base(name) == UnexplainedFile {
		re = reUnexplainedRef
	}
	return []byte(re.ReplaceAllStringFunc(string(b), func(m string) string {
		g := re.FindStringSubmatch(m)
		n, _ := strconv.Atoi(g[2])
		return g[1] + strconv.Itoa(n+1)
	})), nil
}

// TestCorpusShifted evaluates the development sets with their code
// articles numbered otherwise (shifted) and wants every figure of the
// evaluation as on the sets as they are. Under -short it is skipped;
// .ci/run runs it in full with TestCorpus.
func TestCorpusShifted(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds of CPU: run in full by .ci/run's -run 'TestCorpus…' step")
	}
	eval := func(shift bool) []string {
		var r EvalReport
		for _, dir := range []string{"testdata/hadopi", "testdata/laws", "testdata/amendments"} {
			var fsys fs.FS = os.DirFS(dir)
			if shift {
				fsys = shifted{fsys}
			}
			x, err := Eval(fsys, ".", path.Base(dir))
			if err != nil {
				t.Fatal(err)
			}
			r.Merge(x)
		}
		var b strings.Builder
		if err := r.WriteText(&b, os.Getenv("ZZV") != ""); err != nil {
			t.Fatal(err)
		}
		var rows []string
		for _, l := range strings.Split(b.String(), "\n") {
			if strings.HasPrefix(l, "|") {
				rows = append(rows, l)
			}
		}
		return rows
	}
	want, got := eval(false), eval(true)
	if len(got) != len(want) {
		t.Fatalf("shifted, the evaluation has %d rows, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("shifted, a row differs:\n%s\nwant\n%s", got[i], want[i])
		}
	}
}
