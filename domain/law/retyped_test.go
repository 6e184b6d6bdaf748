package law

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
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
	// alineas, if set, retypes each bill article's alinéas together.
	alineas func([]string) []string
}

func (r retyped) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(r.FS, name)
	if err != nil {
		return nil, err
	}
	base := path.Base(name)
	switch {
	case strings.HasPrefix(base, "amendement_"):
		if r.f == nil {
			return b, nil
		}
		return []byte(r.f(string(b))), nil
	case strings.HasPrefix(base, "texte") && strings.HasSuffix(base, ".json"):
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			return nil, err
		}
		arts, _ := doc["articles"].([]any)
		for _, a := range arts {
			art := a.(map[string]any)
			al, ok := art["alineas"].(map[string]any)
			if !ok {
				continue
			}
			if r.f != nil {
				for k, v := range al {
					if s, ok := v.(string); ok {
						al[k] = r.f(s)
					}
				}
			}
			if r.alineas != nil {
				lines := make([]string, 0, len(al))
				for _, k := range sortedKeys(al) {
					s, _ := al[k].(string)
					lines = append(lines, s)
				}
				out := map[string]any{}
				for i, l := range r.alineas(lines) {
					out[fmt.Sprintf("%03d", i+1)] = l
				}
				art["alineas"] = out
			}
		}
		return json.Marshal(doc)
	}
	return b, nil
}

// retypings are ways of typing the same text: the typographic
// apostrophe, the no-break spaces of French typography, non-breaking
// hyphens in article numbers, the ordinal indicator for the degree sign,
// doubled spaces, the ellipsis character, curly quotation marks, a new
// text of one line on its instruction's line, "du même code" for a code
// named again and its synonyms for "du même code" in a bill's
// instructions, and all of the characters' retypings at once. None
// changes what a text says, so none may change what the engine does.
var retypings = []struct {
	name    string
	f       func(string) string
	alineas func([]string) []string
}{
	{"typographic apostrophe", func(s string) string { return strings.ReplaceAll(s, "'", "’") }, nil},
	{"no-break spaces", func(s string) string {
		return strings.ReplaceAll(beforeHighPunct.ReplaceAllString(s, "\u00a0$1"), "« ", "«\u00a0")
	}, nil},
	{"narrow no-break spaces", func(s string) string {
		return strings.ReplaceAll(beforeHighPunct.ReplaceAllString(s, "\u202f$1"), "« ", "«\u202f")
	}, nil},
	{"non-breaking hyphens", func(s string) string { return articleHyphen.ReplaceAllString(s, "$1\u2011$2") }, nil},
	{"ordinal indicator", func(s string) string { return strings.ReplaceAll(s, "°", "º") }, nil},
	{"doubled spaces", func(s string) string { return strings.ReplaceAll(s, " ", "  ") }, nil},
	{"ellipsis character", func(s string) string { return strings.ReplaceAll(s, "...", "…") }, nil},
	{"curly quotation marks", func(s string) string {
		return strings.NewReplacer("« ", "“", "«", "“", " »", "”", "»", "”").Replace(s)
	}, nil},
	{"a one-line new text on its instruction's line", nil, joinOneLineText},
	{"\"du même code\" for the code named last", nil, sameCodeNamed},
	{"\"dudit code\", \"du code précité\", \"du code susmentionné\" for \"du même code\"", nil, sameCodeOtherwise},
	{"all of them at once", func(s string) string {
		for _, rt := range retypingsOfText {
			s = rt(s)
		}
		return s
	}, joinOneLineText},
}

// retypingsOfText are the retypings of a text's characters, composed by
// the last of retypings.
var retypingsOfText []func(string) string

func init() {
	for _, rt := range retypings {
		if rt.f != nil && !strings.HasPrefix(rt.name, "all ") && rt.name != "narrow no-break spaces" {
			retypingsOfText = append(retypingsOfText, rt.f)
		}
	}
}

// joinOneLineText puts a new text of one quoted line on the line of the
// instruction announcing it ("… est ainsi rédigé :", "\"Texte.\" ;" →
// "… est ainsi rédigé : \"Texte.\" ;"), as some texts print it.
func joinOneLineText(al []string) []string {
	var out []string
	for i := 0; i < len(al); i++ {
		if i+1 < len(al) && strings.HasSuffix(strings.TrimSpace(al[i]), ":") && oneQuotedLine.MatchString(al[i+1]) &&
			(i+2 >= len(al) || !strings.HasPrefix(al[i+2], "\"")) {
			out = append(out, strings.TrimSpace(al[i])+" "+al[i+1])
			i++
			continue
		}
		out = append(out, al[i])
	}
	return out
}

// sameCodeNamed writes "du même code" for a code an instruction names
// when the instruction before it in the bill article named that code
// last, as drafters do: "L'article L. 1 du code rural est ainsi modifié
// : …" then "L'article L. 2 du même code est abrogé." Only unquoted
// alinéas naming one code and no law or ordonnance, after one that did
// the same, are rewritten.
func sameCodeNamed(al []string) []string {
	out := append([]string(nil), al...)
	last := ""
	for i, l := range al {
		if strings.HasPrefix(l, "\"") || strings.HasPrefix(l, "«") {
			continue
		}
		if strings.Contains(l, "loi") || strings.Contains(l, "ordonnance") || strings.ContainsAny(l, "\"«»") {
			last = ""
			continue
		}
		ms := reCodeNamed.FindAllStringSubmatchIndex(l, -1)
		if len(ms) != 1 {
			if len(ms) > 1 {
				last = ""
			}
			continue
		}
		m := ms[0]
		name := l[m[6]:m[7]]
		if name == last {
			out[i] = l[:m[2]] + "du même code" + l[m[3]:]
		}
		last = name
	}
	return out
}

// sameCodeOtherwise writes "du même code" ("au même code") in a bill's
// instructions as drafters also write it, in turn: "dudit code" ("audit
// code"), "du code précité" ("au code précité"), "du code susmentionné";
// not in the new texts they quote (nor in amendments, whose new text the
// Sénat leaves unquoted).
func sameCodeOtherwise(al []string) []string {
	out := make([]string, len(al))
	for i, l := range al {
		out[i] = l
		if !strings.HasPrefix(l, "\"") && !strings.HasPrefix(l, "«") && !strings.HasPrefix(l, "“") {
			out[i] = sameCodeOtherwiseInLine(l)
		}
	}
	return out
}

func sameCodeOtherwiseInLine(s string) string {
	n := 0
	return outsideQuotes(s, func(s string) string {
		return reSameCodeWritten.ReplaceAllStringFunc(s, func(m string) string {
			n++
			du := strings.HasPrefix(m, "du")
			switch {
			case n%3 == 1 && du:
				return "dudit code"
			case n%3 == 1:
				return "audit code"
			case n%3 == 2 && du:
				return "du code précité"
			case n%3 == 2:
				return "au code précité"
			case du:
				return "du code susmentionné"
			}
			return "au code susmentionné"
		})
	})
}

var reSameCodeWritten = regexp.MustCompile(`\b(?:du|au) même code\b`)

// reCodeNamed is "du code …" up to the words that end a code's name in
// an instruction: "est", "sont", a comma, a colon, the end.
var reCodeNamed = regexp.MustCompile(`(?:^|\s)((du) (code (?:[a-zéèêàâîôûç'’ -]+?)))(?:,| est\b| sont\b| :|\.$| ;$|$)`)

// oneQuotedLine is a line quoted whole in straight quotes, one pair.
var oneQuotedLine = regexp.MustCompile(`^"[^"]*"\s*[.;]?\s*$`)

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
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
	want := evalRows(t, nil)
	for _, rt := range retypings {
		t.Run(rt.name, func(t *testing.T) {
			got := evalRows(t, func(fsys fs.FS, _ string) fs.FS { return retyped{fsys, rt.f, rt.alineas} })
			sameRows(t, "retyped", got, want)
		})
	}
}

// evalRows evaluates the development sets (hadopi, laws, amendments), each
// through as if set, and gives the rows of the evaluation's tables.
func evalRows(t *testing.T, as func(fsys fs.FS, dir string) fs.FS) []string {
	t.Helper()
	var r EvalReport
	for _, dir := range []string{"testdata/hadopi", "testdata/laws", "testdata/amendments"} {
		var fsys fs.FS = os.DirFS(dir)
		if as != nil {
			fsys = as(fsys, dir)
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
	return rows
}

// sameRows wants the rows of an evaluation of the sets changed as said
// by how (retyped, shifted, renamed) equal to those of the sets as they
// are.
func sameRows(t *testing.T, how string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s, the evaluation has %d rows, want %d:\n%s\nwant\n%s", how, len(got), len(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s, a row differs:\n%s\nwant\n%s", how, got[i], want[i])
		}
	}
}
