package law

import (
	"io/fs"
	"path"
	"regexp"
	"strconv"
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
	sameRows(t, "shifted", evalRows(t, func(fsys fs.FS, _ string) fs.FS { return shifted{fsys} }), evalRows(t, nil))
}
