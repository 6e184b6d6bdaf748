package law

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The evaluation on layouts the development sets do not show, each built
// from the repository's own testdata in a temporary folder: it must read
// the same figures where the variant says the same, and report what it
// cannot read as a named refusal, never drop it (layout11.go).

const law906 = "testdata/laws/loi_organique_2013-906_transparence_vie_publique"

// copyTree copies the files under src to dst/under, each passed through
// edit (nil: as is), which may rename it or drop it (ok false).
func copyTree(t *testing.T, src, dst string, edit func(rel string, b []byte) (string, []byte, bool)) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		rel = filepath.ToSlash(rel)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if edit != nil {
			var ok bool
			if rel, b, ok = edit(rel, b); !ok {
				return nil
			}
		}
		f := filepath.Join(dst, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			return err
		}
		return os.WriteFile(f, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// writeFiles writes files (path → text) under a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, s := range files {
		f := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// evalDir evaluates root as the command does.
func evalDir(t *testing.T, root string) EvalReport {
	t.Helper()
	r, err := Eval(os.DirFS(root), ".", filepath.Base(root))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// lawFigures is a law's evaluation as JSON, its name, text and the
// paths of its stale entries left out.
func lawFigures(t *testing.T, l LawEval) string {
	t.Helper()
	l.Name, l.Text, l.Tabled, l.Stale = "", "", false, nil
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// rewriteText rewrites a La Fabrique text's articles with f.
func rewriteText(t *testing.T, b []byte, f func(a map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	for _, a := range doc["articles"].([]any) {
		f(a.(map[string]any))
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var lineEnd = regexp.MustCompile(`\r?\n`)

// TestEvalLawLayoutVariants: the law 2013-906 of the development set
// written otherwise — a byte order mark and CRLF line ends in every file,
// CR alone, the alinéas as a JSON array and a number for a titre, HTML entities and
// superscripts in the text, its folder named with accents, its text named
// as tabled, its articles' files twice in a tree with the same text —
// gives every figure the original gives.
func TestEvalLawLayoutVariants(t *testing.T) {
	base := t.TempDir()
	copyTree(t, law906, filepath.Join(base, "law"), nil)
	rb := evalDir(t, base)
	if len(rb.Laws) != 1 || len(rb.Errors) != 0 {
		t.Fatalf("original: got %d laws, errors %v", len(rb.Laws), rb.Errors)
	}
	want := lawFigures(t, rb.Laws[0])
	if rb.Laws[0].Targets != 17 || rb.Laws[0].ExactSpace == 0 {
		t.Fatalf("original: %d targets, %d exact; want 17, some exact", rb.Laws[0].Targets, rb.Laws[0].ExactSpace)
	}
	variants := []struct {
		name string
		edit func(rel string, b []byte) (string, []byte, bool)
		text string // the text the law is read from, when not texte_promulgue.json
	}{
		{"BOM and CRLF", func(rel string, b []byte) (string, []byte, bool) {
			return rel, append([]byte("\ufeff"), lineEnd.ReplaceAll(b, []byte("\r\n"))...), true
		}, ""},
		{"CR alone", func(rel string, b []byte) (string, []byte, bool) {
			return rel, lineEnd.ReplaceAll(b, []byte("\r")), true
		}, ""},
		{"alinéas as an array, a titre as a number", func(rel string, b []byte) (string, []byte, bool) {
			if !strings.HasSuffix(rel, ".json") || !strings.HasPrefix(rel, "law/texte") {
				return rel, b, true
			}
			return rel, rewriteText(t, b, func(a map[string]any) {
				m := map[string]string{}
				for k, v := range a["alineas"].(map[string]any) {
					m[k] = v.(string)
				}
				a["alineas"] = AlineasInOrder(m)
				if n, err := strconv.Atoi(a["titre"].(string)); err == nil {
					a["titre"] = n
				}
			}), true
		}, ""},
		{"HTML entities and superscripts", func(rel string, b []byte) (string, []byte, bool) {
			if !strings.HasPrefix(rel, "law/texte") {
				return rel, b, true
			}
			return rel, rewriteText(t, b, func(a map[string]any) {
				for k, v := range a["alineas"].(map[string]any) {
					s := strings.ReplaceAll(v.(string), "'", "&#39;")
					s = strings.ReplaceAll(s, "1er ", "1<sup>er</sup> ")
					a["alineas"].(map[string]any)[k] = "<span class=\"x\">" + s + "</span>"
				}
			}), true
		}, ""},
		{"accents in the folders' names", func(rel string, b []byte) (string, []byte, bool) {
			return strings.Replace(rel, "law/", "loi_été_à/", 1), b, true
		}, ""},
		{"the text named as tabled", func(rel string, b []byte) (string, []byte, bool) {
			switch rel {
			case "law/texte.json":
				return rel, b, false
			case "law/texte_promulgue.json":
				return "law/texte_depot_1.json", b, true
			}
			return rel, b, true
		}, "texte_depot_*.json"},
	}
	for _, v := range variants {
		root := t.TempDir()
		copyTree(t, filepath.Join(base, "law"), filepath.Join(root, "law"), func(rel string, b []byte) (string, []byte, bool) {
			return v.edit("law/"+rel, b)
		})
		r := evalDir(t, root)
		if len(r.Laws) != 1 || len(r.Errors) != 0 {
			t.Errorf("%s: got %d laws, errors %v; want the law measured", v.name, len(r.Laws), r.Errors)
			continue
		}
		if got := lawFigures(t, r.Laws[0]); got != want {
			t.Errorf("%s: figures differ:\ngot  %s\nwant %s", v.name, got, want)
		}
		text := v.text
		if text == "" {
			text = "texte_promulgue.json"
		}
		if r.Laws[0].Text != text || r.Laws[0].Tabled != (v.text != "") {
			t.Errorf("%s: text %q (tabled %v), want %q", v.name, r.Laws[0].Text, r.Laws[0].Tabled, text)
		}
	}

	// An article's file twice in a tree: with the same text, one article;
	// with another, which one stands cannot be told: not measured, named.
	for _, same := range []bool{true, false} {
		root := t.TempDir()
		copyTree(t, filepath.Join(base, "law"), filepath.Join(root, "law"), nil)
		src := filepath.Join(root, "law/avant/codes-en-vigueur/code-electoral/partie-legislative/livre-ier/titre-ii/chapitre-iv/article-lo145.md")
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if !same {
			b = append(b, "\nUn alinéa de plus.\n"...)
		}
		dup := filepath.Join(root, "law/avant/codes-en-vigueur/code-electoral/partie-legislative/livre-ier/titre-ii/chapitre-v/article-lo145.md")
		if err := os.MkdirAll(filepath.Dir(dup), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dup, b, 0o644); err != nil {
			t.Fatal(err)
		}
		r := evalDir(t, root)
		if same {
			if len(r.Laws) != 1 || lawFigures(t, r.Laws[0]) != want {
				t.Errorf("a duplicate with the same text: got %+v, want the original's figures", r)
			}
			continue
		}
		// The law measured around it since eval13 (eval13_test.go).
		var de *DuplicateArticleError
		if len(r.Laws) != 1 || len(r.Errors) != 0 || r.Laws[0].FilesUnread != 1 || !strings.Contains(r.Laws[0].Unread[0], "article lo145 (code electoral) in two files with different texts") ||
			!strings.Contains(r.Laws[0].Unread[0], "chapitre-iv/article-lo145.md") || !strings.Contains(r.Laws[0].Unread[0], "chapitre-v/article-lo145.md") {
			t.Errorf("a duplicate with another text: got laws %d, errors %+v; want the law measured, both files named", len(r.Laws), r.Errors)
		}
		if _, err := LoadCodeTree(os.DirFS(filepath.Join(root, "law/avant"))); !errors.As(err, &de) {
			t.Errorf("LoadCodeTree: got %v, want a DuplicateArticleError", err)
		}
	}
}

// TestEvalLawStatuses: the statuses La Fabrique's texts give articles and
// parts — "(Supprimé)" under a titre "(nouveau)" or "(Supprimé)", "(Non
// modifié)", "Conforme" — added to 2013-906's text: a deleted part is
// nothing to apply, and not a silent drop (it was counted one); an
// unchanged part is an instruction not read (its text is not there), and
// counted so; every other figure is the original's.
func TestEvalLawStatuses(t *testing.T) {
	base := t.TempDir()
	copyTree(t, law906, filepath.Join(base, "law"), nil)
	orig := evalDir(t, base).Laws[0]
	root := t.TempDir()
	copyTree(t, law906, filepath.Join(root, "law"), func(rel string, b []byte) (string, []byte, bool) {
		if rel != "texte_promulgue.json" {
			return rel, b, true
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		arts := doc["articles"].([]any)
		more := []any{
			map[string]any{"titre": "1er A (nouveau)", "statut": "supprimé", "alineas": map[string]any{"001": "(Supprimé)"}},
			map[string]any{"titre": "1er B", "statut": "non modifié", "alineas": map[string]any{"001": "(Non modifié)"}},
			map[string]any{"titre": "1er C", "statut": "conforme", "alineas": map[string]any{"001": "Conforme"}},
			map[string]any{"titre": "8 bis (Supprimé)", "statut": "supprimé", "alineas": map[string]any{}},
			map[string]any{"titre": "8 ter", "statut": "none", "alineas": map[string]any{"001": "I. – (Supprimé)", "002": "II. – Supprimé."}},
		}
		doc["articles"] = append(more, arts...)
		out, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		return rel, out, true
	})
	l := evalDir(t, root).Laws[0]
	if l.SilentDrops != orig.SilentDrops {
		t.Errorf("silent drops: got %d %q, want %d", l.SilentDrops, l.Dropped, orig.SilentDrops)
	}
	if l.Found != orig.Found+2 || l.Unparsed != orig.Unparsed+2 || l.Parsed != orig.Parsed || l.ExactSpace != orig.ExactSpace {
		t.Errorf("got found %d unparsed %d parsed %d exact %d, want %d, %d, %d, %d", l.Found, l.Unparsed, l.Parsed, l.ExactSpace, orig.Found+2, orig.Unparsed+2, orig.Parsed, orig.ExactSpace)
	}
	if n := l.Refused["unparsed: a part unchanged since an earlier reading (« Non modifié »): its text is not reproduced here"]; n != orig.Refused["unparsed: a part unchanged since an earlier reading (« Non modifié »): its text is not reproduced here"]+2 {
		t.Errorf("refused as unchanged: got %d, want 2 more than %v", n, orig.Refused)
	}
}

// TestEvalLawWithoutTree: a law that only creates articles has no avant/
// (the corpus copies the files its commits touched), one that only
// repeals no apres/: each is a law, measured (both were read as sets of
// folders and not measured, the error naming a code's folder).
func TestEvalLawWithoutTree(t *testing.T) {
	// 2013-906's articles it creates, alone: their avant/ is empty.
	base := t.TempDir()
	copyTree(t, law906, filepath.Join(base, "law"), nil)
	orig := evalDir(t, base).Laws[0]
	created := map[string]bool{}
	for _, ref := range Changed(mustTree(t, filepath.Join(base, "law/avant")), mustTree(t, filepath.Join(base, "law/apres"))) {
		created[ref.Article] = true
	}
	root := t.TempDir()
	copyTree(t, law906, filepath.Join(root, "law"), func(rel string, b []byte) (string, []byte, bool) {
		if strings.HasPrefix(rel, "avant/") || rel == UnexplainedFile {
			return rel, b, false
		}
		if strings.HasPrefix(rel, "apres/") && strings.HasPrefix(filepath.Base(rel), "article-") {
			// only the articles the law created
			return rel, b, !exists(os.DirFS(filepath.Join(base, "law")), "avant/"+strings.TrimPrefix(rel, "apres/"))
		}
		return rel, b, true
	})
	r := evalDir(t, root)
	if len(r.Laws) != 1 || len(r.Errors) != 0 {
		t.Fatalf("no avant/: got %d laws, errors %v; want the law measured", len(r.Laws), r.Errors)
	}
	l := r.Laws[0]
	// Every created article right, typography normalised; one with the
	// dash of another code's articles (Légifrance's typography is read
	// from the articles before, none here).
	if l.Targets != orig.Created || l.Created != orig.Created || l.ExactTypo != orig.Created || l.CreatedOK != orig.CreatedOK-1 || l.Found != orig.Found {
		t.Errorf("no avant/: got targets %d created %d ok %d (typography %d) found %d, want %d, %d, %d (%d), %d", l.Targets, l.Created, l.CreatedOK, l.ExactTypo, l.Found, orig.Created, orig.Created, orig.CreatedOK-1, orig.Created, orig.Found)
		t.Logf("%q %q %q", l.Misses, l.FailedText, l.UnparsedText)
	}
	if orig.Created == 0 || len(created) == 0 {
		t.Fatal("2013-906 creates no article: the fixture tests nothing")
	}

	// A law that only repeals: no apres/.
	root = writeFiles(t, map[string]string{
		"law/texte.json": `{"articles":[{"titre":"1er","alineas":{"001":"L'article LO145 du code électoral est abrogé."}}]}`,
		"law/avant/codes-en-vigueur/code-electoral/partie-legislative/article-lo145.md": "# Article LO145\n\nUn alinéa.\n",
	})
	r = evalDir(t, root)
	if len(r.Laws) != 1 || len(r.Errors) != 0 {
		t.Fatalf("no apres/: got %d laws, errors %v; want the law measured", len(r.Laws), r.Errors)
	}
	if l := r.Laws[0]; l.Targets != 1 || l.Repealed != 1 || l.RepealedOK != 1 || l.Applied != 1 {
		t.Errorf("no apres/: got %+v, want 1 target removed, removed ok", l)
	}
	// Neither avant/ nor apres/ beside a text: not a law, named.
	root = writeFiles(t, map[string]string{"law/texte.json": `{"articles":[]}`, "law/notes/x.txt": "x"})
	if r := evalDir(t, root); len(r.Laws) != 0 || len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Err, "neither a law") {
		t.Errorf("a text alone: got %+v, want one named error", r)
	}
}

func mustTree(t *testing.T, dir string) Corpus {
	t.Helper()
	c, err := LoadCodeTree(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestEvalLawUnreadable: what the evaluation cannot read is a named
// error and the other laws of the set are measured: an empty text, a
// text not JSON, a text with no "articles", a text named otherwise (an
// article's file without its heading: eval13_test.go).
func TestEvalLawUnreadable(t *testing.T) {
	good := map[string]string{
		"texte.json": `{"articles":[{"titre":"1er","alineas":{"001":"À l'article LO145 du code électoral, le mot : \"chat\" est remplacé par le mot : \"chien\"."}}]}`,
		"avant/codes-en-vigueur/code-electoral/article-lo145.md": "# Article LO145\n\nLe chat.\n",
		"apres/codes-en-vigueur/code-electoral/article-lo145.md": "# Article LO145\n\nLe chien.\n",
	}
	cases := []struct{ name, file, text, err string }{
		{"empty", "texte.json", "", "texte.json: empty file"},
		{"bom-empty", "texte.json", "\ufeff\n", "texte.json: empty file"},
		{"not-json", "texte.json", "<html>", "texte.json: couldn't decode a La Fabrique text"},
		// An article of another type is named, the law measured without
		// it (fabrique14_test.go); a text with no articles is not one.
		{"no-articles", "texte.json", `{"titre":"Loi"}`, "no \"articles\" field"},
		{"named-otherwise", "texte.json", "", "no texte.json, texte_promulgue.json or texte_depot_*.json"},
		{"procedure-broken", "procedure.json", "{\"steps\": [", "procedure.json: couldn't decode: not JSON"},
	}
	files := map[string]string{}
	for _, c := range cases {
		for p, s := range good {
			files[c.name+"/"+p] = s
		}
		files[c.name+"/"+c.file] = c.text
		if c.name == "named-otherwise" {
			delete(files, c.name+"/texte.json")
			files[c.name+"/texte_adopte.json"] = good["texte.json"]
		}
	}
	for p, s := range good {
		files["ok/"+p] = s
	}
	r := evalDir(t, writeFiles(t, files))
	if len(r.Laws) != 1 || r.Laws[0].Name != "ok" || r.Laws[0].ExactSpace != 1 {
		t.Errorf("laws: got %+v, want ok measured, exact", r.Laws)
	}
	got := map[string]string{}
	for _, e := range r.Errors {
		got[e.Dir] = e.Err
	}
	for _, c := range cases {
		e, ok := got[filepath.Base(filepath.Clean(filepath.Join("x", c.name)))]
		if !ok {
			for d, s := range got {
				if strings.HasSuffix(d, "/"+c.name) {
					e, ok = s, true
				}
			}
		}
		if !ok || !strings.Contains(e, c.err) {
			t.Errorf("%s: got error %q (found %v), want %q", c.name, e, ok, c.err)
		}
	}
	if len(r.Errors) != len(cases) {
		t.Errorf("errors: got %d %+v, want %d", len(r.Errors), r.Errors, len(cases))
	}
}

// amendmentBills are the bills of the development set the amendment
// variants are built from.
var amendmentBills = []string{"13-reforme_ports_outre-mer__", "13-deuxieme_collectif_2009__"}

func copyAmendments(t *testing.T, dst string, edit func(rel string, b []byte) (string, []byte, bool)) {
	t.Helper()
	copyTree(t, "testdata/amendments", dst, func(rel string, b []byte) (string, []byte, bool) {
		keep := false
		for _, p := range amendmentBills {
			keep = keep || strings.HasPrefix(rel, p)
		}
		if !keep {
			return rel, b, false
		}
		if edit == nil {
			return rel, b, true
		}
		return edit(rel, b)
	})
}

var amendmentFileNumber = regexp.MustCompile(`(amendement_\D*)(\d+)`)

// TestEvalAmendmentLayoutVariants: two bills of the amendment set written
// otherwise — a byte order mark and CRLF line ends in every file, CR
// alone, HTML
// entities in the articles' texts, accents in the folders' names, the
// amendments numbered with gaps (their order kept) — give every figure
// the original gives.
func TestEvalAmendmentLayoutVariants(t *testing.T) {
	base := t.TempDir()
	copyAmendments(t, base, nil)
	rb := evalDir(t, base)
	if rb.AllBills.Folders != 20 || rb.AllBills.Exact == 0 || len(rb.Errors) != 0 {
		t.Fatalf("original: got %+v, errors %v; want 20 folders, some exact", rb.AllBills, rb.Errors)
	}
	figures := func(r EvalReport, rename func(string) string) string {
		fs := append([]AmendmentFolderEval(nil), r.Folders...)
		for i := range fs {
			fs[i].Folder, fs[i].Bill = rename(fs[i].Folder), rename(fs[i].Bill)
			for j, s := range fs[i].Refused {
				fs[i].Refused[j] = amendmentFileNumber.ReplaceAllString(s, "$1")
			}
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].Folder < fs[j].Folder })
		all := r.AllBills
		b, _ := json.Marshal([]any{fs, all})
		return string(b)
	}
	id := func(s string) string { return s }
	want := figures(rb, id)
	variants := []struct {
		name   string
		edit   func(rel string, b []byte) (string, []byte, bool)
		rename func(string) string
	}{
		{"BOM and CRLF", func(rel string, b []byte) (string, []byte, bool) {
			return rel, append([]byte("\ufeff"), lineEnd.ReplaceAll(b, []byte("\r\n"))...), true
		}, id},
		{"CR alone", func(rel string, b []byte) (string, []byte, bool) {
			return rel, lineEnd.ReplaceAll(b, []byte("\r")), true
		}, id},
		{"HTML entities in the articles", func(rel string, b []byte) (string, []byte, bool) {
			if strings.HasSuffix(rel, "/article_avant") || strings.HasSuffix(rel, "/article_apres") {
				b = bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("'"), []byte("&#39;")), []byte("’"), []byte("&rsquo;"))
			}
			return rel, b, true
		}, id},
		{"accents in the folders' names", func(rel string, b []byte) (string, []byte, bool) {
			return strings.Replace(strings.Replace(rel, "13-reforme", "13-réforme", 1), "_senat_", "_sénat_", 1), b, true
		}, func(s string) string {
			return strings.Replace(strings.Replace(s, "13-réforme", "13-reforme", 1), "_sénat_", "_senat_", 1)
		}},
		{"amendments numbered with gaps", func(rel string, b []byte) (string, []byte, bool) {
			return amendmentFileNumber.ReplaceAllStringFunc(rel, func(m string) string {
				s := amendmentFileNumber.FindStringSubmatch(m)
				n, _ := strconv.Atoi(s[2])
				return s[1] + strconv.Itoa(n*10+7)
			}), b, true
		}, id},
	}
	for _, v := range variants {
		root := t.TempDir()
		copyAmendments(t, root, v.edit)
		r := evalDir(t, root)
		if len(r.Errors) != 0 {
			t.Errorf("%s: errors %v", v.name, r.Errors)
		}
		if got := figures(r, v.rename); got != want {
			t.Errorf("%s: figures differ:\ngot  %s\nwant %s", v.name, got, want)
		}
	}
}

// TestEvalAmendmentFolderReports: a folder with no amendment is not
// measured, named (its article_apres measured nothing of the engine:
// it was counted a folder, exact when the step changed nothing); a folder
// whose article_apres equals its article_avant is counted unchanged,
// exact or not; an empty amendment file is refused as empty (its reason
// was blank).
func TestEvalAmendmentFolderReports(t *testing.T) {
	root := t.TempDir()
	copyAmendments(t, root, nil)
	orig := evalDir(t, root)
	src := "testdata/amendments/13-deuxieme_collectif_2009__05_1erelecture_senat_hemicycle__11"
	avant, err := os.ReadFile(filepath.Join(src, "article_avant"))
	if err != nil {
		t.Fatal(err)
	}
	ams, _ := filepath.Glob(filepath.Join(src, "amendement_*"))
	am, err := os.ReadFile(ams[0])
	if err != nil {
		t.Fatal(err)
	}
	extra := map[string]string{
		"13-x__01_step__1/article_avant": string(avant),
		"13-x__01_step__1/article_apres": string(avant),
		"13-x__01_step__2/article_avant": string(avant),
		"13-x__01_step__2/article_apres": string(avant),
		"13-x__01_step__2/amendement_1":  string(am),
		"13-x__01_step__3/article_avant": string(avant),
		"13-x__01_step__3/article_apres": string(avant),
		"13-x__01_step__3/amendement_4":  "",
	}
	for p, s := range extra {
		f := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := evalDir(t, root)
	if len(r.Errors) != 1 || !strings.HasSuffix(r.Errors[0].Dir, "13-x__01_step__1") || r.Errors[0].Err != noAmendment {
		t.Errorf("errors: got %+v, want 13-x__01_step__1: %s", r.Errors, noAmendment)
	}
	if r.AllBills.Folders != orig.AllBills.Folders+2 || r.AllBills.Unchanged != orig.AllBills.Unchanged+2 || orig.AllBills.Unchanged != 0 {
		t.Errorf("got %+v, want 2 folders more, both unchanged (none before: %+v)", r.AllBills, orig.AllBills)
	}
	var x BillEval
	for _, b := range r.Bills {
		if b.Bill == "13-x" {
			x = b
		}
	}
	// The amendment applied changes the article: not exact; the empty
	// one refused leaves it: exact, and counted so.
	if x.Folders != 2 || x.Unchanged != 2 || x.ExactUnchanged != 1 || x.Exact != 1 {
		t.Errorf("13-x: got %+v, want 2 folders unchanged, 1 exact", x)
	}
	for _, f := range r.Folders {
		if f.Folder == "13-x__01_step__3" && (len(f.Refused) != 1 || f.Refused[0] != "amendement_4: "+emptyDispositif || !f.Unchanged) {
			t.Errorf("empty amendment: got %+v", f)
		}
	}
	var b strings.Builder
	if err := r.WriteText(&b, false); err != nil || !strings.Contains(b.String(), "Folders whose article_apres equals article_avant: 2 (exact 1)") {
		t.Errorf("report: %v\n%s", err, b.String())
	}
}

// TestEvalJSONDocumented: every field `scrutin law eval --json` prints is
// named in docs/LAW.md's "Measuring the engine", in backquotes.
func TestEvalJSONDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/LAW.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	i := strings.Index(s, "## Measuring the engine")
	j := strings.Index(s[i+1:], "\n## ")
	if i < 0 || j < 0 {
		t.Fatal("no section Measuring the engine")
	}
	s = s[i : i+1+j]
	seen := map[string]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Slice || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct {
			return
		}
		for k := 0; k < ty.NumField(); k++ {
			f := ty.Field(k)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			if !seen[name] && !strings.Contains(s, "`"+name+"`") {
				t.Errorf("--json field %q (%s.%s) not documented in docs/LAW.md, Measuring the engine", name, ty.Name(), f.Name)
			}
			seen[name] = true
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(EvalReport{}))
}
