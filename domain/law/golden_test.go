package law

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/golden from the current output")

// A golden file has sections "-- name --". Kinds:
//
//	instruction: "before" is a code article in Markdown (code civil),
//	  "text" the bill article, one alinéa a line; "want" the article after.
//	amendment: "before" the bill article, one alinéa a line; "text" the
//	  dispositif; "want" the article after, or the unparsed parts.
//	diff: "old" and "new" are stages ("## Article N" then alinéas); "want"
//	  the formatted diff.
func readGolden(t *testing.T, path string) (map[string]string, []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	secs := map[string]string{}
	var order []string
	name := ""
	var cur []string
	flush := func() {
		if name != "" {
			secs[name] = strings.TrimRight(strings.Join(cur, "\n"), "\n")
		}
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "-- ") && strings.HasSuffix(l, " --") {
			flush()
			name = strings.TrimSuffix(strings.TrimPrefix(l, "-- "), " --")
			order = append(order, name)
			cur = nil
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return secs, order
}

func writeGolden(t *testing.T, path string, secs map[string]string, order []string) {
	var b strings.Builder
	for _, n := range order {
		fmt.Fprintf(&b, "-- %s --\n%s\n", n, secs[n])
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

func parseStage(s string) Stage {
	var st Stage
	for _, l := range lines(s) {
		if n, ok := strings.CutPrefix(l, "## Article "); ok {
			st.Articles = append(st.Articles, Article{Number: ArticleNumber(n)})
			continue
		}
		if len(st.Articles) > 0 {
			a := &st.Articles[len(st.Articles)-1]
			a.Alineas = append(a.Alineas, l)
		}
	}
	return st
}

func formatDiff(d BillDiff) string {
	var b strings.Builder
	for _, a := range d.Articles {
		fmt.Fprintf(&b, "%s %q -> %q\n", a.Status, a.Old, a.New)
		for _, o := range a.Ops {
			sign := map[OpKind]string{OpEqual: "=", OpInsert: "+", OpDelete: "-"}[o.Kind]
			fmt.Fprintf(&b, "  %s %s\n", sign, strings.ReplaceAll(o.Text, "\n", "¶"))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func runGolden(t *testing.T, secs map[string]string) string {
	switch kind := secs["kind"]; kind {
	case "instruction":
		c := Corpus{}
		for _, md := range strings.SplitAfter(secs["before"], "\n# ") {
			if !strings.HasPrefix(md, "# ") {
				md = "# " + md
			}
			md = strings.TrimSuffix(md, "# ")
			a, ok := ParseCodeArticleMarkdown("code civil", strings.TrimRight(md, "\n")+"\n")
			if !ok {
				t.Fatalf("bad before section %q", md)
			}
			c[a.Ref] = a
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: lines(secs["text"])}})
		var out []string
		for _, in := range ins {
			if in.Status == Unparsed {
				out = append(out, "unparsed: "+in.Text+" ("+in.Reason+")")
			}
		}
		got, errs := Apply(c, ins, ApplyOptions{})
		for _, e := range errs {
			out = append(out, "error: "+e.Error())
		}
		for _, ref := range Changed(c, got) {
			if a, ok := got[ref]; ok {
				out = append(out, strings.TrimRight(FormatCodeArticleMarkdown(a), "\n"))
			} else {
				out = append(out, "deleted: "+ref.String())
			}
		}
		return strings.Join(out, "\n")
	case "amendment":
		r := ApplyAmendment(Article{Number: "1er", Alineas: lines(secs["before"])}, secs["text"])
		switch {
		case !r.Applied:
			return "unparsed:\n" + strings.Join(r.Unparsed, "\n")
		case r.Deleted:
			return "deleted"
		}
		return strings.Join(r.Article.Alineas, "\n")
	case "diff":
		old, nw := parseStage(secs["old"]), parseStage(secs["new"])
		return formatDiff(Diff(old, nw))
	default:
		t.Fatalf("unknown kind %q", kind)
	}
	return ""
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) {
			secs, order := readGolden(t, f)
			got := runGolden(t, secs)
			if *update {
				secs["want"] = got
				writeGolden(t, f, secs, order)
				return
			}
			if want := secs["want"]; got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
