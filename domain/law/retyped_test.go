package law

import (
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
)

// retyped is a development set typed otherwise: every alinéa of its
// bills' texts (texte*.json) and every amendment's dispositif passed
// through f; the codes' articles and the bills' articles before and
// after amendment as they are.
type retyped struct {
	fs.FS
	f func(string) string
}

func (r retyped) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(r.FS, name)
	if err != nil {
		return nil, err
	}
	base := path.Base(name)
	switch {
	case strings.HasPrefix(base, "amendement_"):
		return []byte(r.f(string(b))), nil
	case strings.HasPrefix(base, "texte") && strings.HasSuffix(base, ".json"):
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			return nil, err
		}
		arts, _ := doc["articles"].([]any)
		for _, a := range arts {
			if al, ok := a.(map[string]any)["alineas"].(map[string]any); ok {
				for k, v := range al {
					if s, ok := v.(string); ok {
						al[k] = r.f(s)
					}
				}
			}
		}
		return json.Marshal(doc)
	}
	return b, nil
}

// retypings are ways of typing the same text: the typographic
// apostrophe, the no-break spaces of French typography, non-breaking
// hyphens in article numbers, the ordinal indicator for the degree sign,
// doubled spaces, the ellipsis character, curly quotation marks. None
// changes what a text says, so none may change what the engine does.
var retypings = []struct {
	name string
	f    func(string) string
}{
	{"typographic apostrophe", func(s string) string { return strings.ReplaceAll(s, "'", "’") }},
	{"no-break spaces", func(s string) string {
		return strings.ReplaceAll(beforeHighPunct.ReplaceAllString(s, "\u00a0$1"), "« ", "«\u00a0")
	}},
	{"narrow no-break spaces", func(s string) string {
		return strings.ReplaceAll(beforeHighPunct.ReplaceAllString(s, "\u202f$1"), "« ", "«\u202f")
	}},
	{"non-breaking hyphens", func(s string) string { return articleHyphen.ReplaceAllString(s, "$1\u2011$2") }},
	{"ordinal indicator", func(s string) string { return strings.ReplaceAll(s, "°", "º") }},
	{"doubled spaces", func(s string) string { return strings.ReplaceAll(s, " ", "  ") }},
	{"ellipsis character", func(s string) string { return strings.ReplaceAll(s, "...", "…") }},
	{"curly quotation marks", func(s string) string {
		return strings.NewReplacer("« ", "“", "«", "“", " »", "”", "»", "”").Replace(s)
	}},
}

var (
	beforeHighPunct = regexp.MustCompile(` ([:;!?»])`)
	articleHyphen   = regexp.MustCompile(`(L\. ?\d+)-(\d)`)
)

// TestCorpusRetyped evaluates the development sets retyped each way of
// [retypings] and wants every figure of the evaluation as on the sets as
// typed (each way found wrong applications or refusals: a quotation
// closed by "»" and a no-break space ran on into the next instruction,
// "loi nº" was not a law's name, "…" did not end a new beginning). It
// takes a few seconds a retyping: under -short (the race detector's run
// in .ci/run) it is skipped, and .ci/run runs it in full with TestCorpus.
func TestCorpusRetyped(t *testing.T) {
	if testing.Short() {
		t.Skip("about 2 s of CPU a retyping: run in full by .ci/run's -run 'TestCorpus…' step")
	}
	eval := func(f func(string) string) string {
		var r EvalReport
		for _, dir := range []string{"testdata/hadopi", "testdata/laws", "testdata/amendments"} {
			var fsys fs.FS = os.DirFS(dir)
			if f != nil {
				fsys = retyped{fsys, f}
			}
			x, err := Eval(fsys, ".", path.Base(dir))
			if err != nil {
				t.Fatal(err)
			}
			r.Merge(x)
		}
		var b strings.Builder
		if err := r.WriteText(&b, false); err != nil {
			t.Fatal(err)
		}
		var rows []string
		for _, l := range strings.Split(b.String(), "\n") {
			if strings.HasPrefix(l, "|") {
				rows = append(rows, l)
			}
		}
		return strings.Join(rows, "\n")
	}
	want := eval(nil)
	for _, rt := range retypings {
		t.Run(rt.name, func(t *testing.T) {
			if got := eval(rt.f); got != want {
				t.Errorf("retyped, the evaluation differs:\n%s\nwant\n%s", got, want)
			}
		})
	}
}
