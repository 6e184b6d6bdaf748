package law

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestEvalUndatedRun: a folder under a law's autres_dates/ whose name does
// not begin with a day ("suivante", or "2013-02-30_…", no such day) is
// reported by name under "Not measured" (it was measured with no day:
// the provisions deferred to it silently not applied); the dated run and
// the law itself are measured as before.
func TestEvalUndatedRun(t *testing.T) {
	base := t.TempDir()
	copyTree(t, law906, filepath.Join(base, "law"), nil)
	want := evalDir(t, base)
	if len(want.Laws) != 1 || len(want.Errors) != 0 {
		t.Fatalf("base: %d laws, errors %v", len(want.Laws), want.Errors)
	}
	root := t.TempDir()
	copyTree(t, law906, filepath.Join(root, "law"), nil)
	for _, run := range []string{"2014-01-01_abc", "suivante", "2013-02-30_def"} {
		copyTree(t, law906, filepath.Join(root, "law", "autres_dates", run), func(rel string, b []byte) (string, []byte, bool) {
			return rel, b, strings.HasPrefix(rel, "avant/") || strings.HasPrefix(rel, "apres/")
		})
	}
	got := evalDir(t, root)
	var names []string
	for _, l := range got.Laws {
		names = append(names, l.Name)
	}
	if w := []string{"law", "law/autres_dates/2014-01-01_abc"}; !reflect.DeepEqual(names, w) {
		t.Fatalf("laws measured %q, want %q", names, w)
	}
	if g, w := lawFigures(t, got.Laws[0]), lawFigures(t, want.Laws[0]); g != w {
		t.Errorf("law figures changed:\n got %s\nwant %s", g, w)
	}
	wantErr := []EvalError{
		{Dir: "law/autres_dates/2013-02-30_def", Err: undatedRun},
		{Dir: "law/autres_dates/suivante", Err: undatedRun},
	}
	if !reflect.DeepEqual(got.Errors, wantErr) {
		t.Fatalf("errors %v, want %v", got.Errors, wantErr)
	}
	var b bytes.Buffer
	if err := got.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Not measured:\n\n- law/autres_dates/2013-02-30_def: not measured: its name does not begin with a day") {
		t.Errorf("report does not name the undated runs:\n%s", b.String())
	}
}

// TestEvalLinkedFolder: a symbolic link to a folder at a set's top level
// is named under "Not measured" (it was skipped without a mention); the
// folder it names is measured once, a link to a file and the set's other
// files are left as before.
func TestEvalLinkedFolder(t *testing.T) {
	base := t.TempDir()
	copyTree(t, law906, filepath.Join(base, "law"), nil)
	want := evalDir(t, base)
	root := t.TempDir()
	copyTree(t, law906, filepath.Join(root, "law"), nil)
	if err := os.Symlink(filepath.Join(root, "law"), filepath.Join(root, "lien")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(root, "law", "texte.json"), filepath.Join(root, "texte.json")); err != nil {
		t.Fatal(err)
	}
	got := evalDir(t, root)
	if len(got.Laws) != 1 || got.Laws[0].Name != "law" {
		t.Fatalf("laws measured %d, want law alone", len(got.Laws))
	}
	if g, w := lawFigures(t, got.Laws[0]), lawFigures(t, want.Laws[0]); g != w {
		t.Errorf("law figures changed:\n got %s\nwant %s", g, w)
	}
	name := filepath.Base(root)
	if w := []EvalError{{Dir: name + "/lien", Err: linkedFolder}}; !reflect.DeepEqual(got.Errors, w) {
		t.Fatalf("errors %v, want %v", got.Errors, w)
	}
}

// decomposed writes French accented letters decomposed (NFD), as some
// tools save them.
var decomposed = strings.NewReplacer("é", "e\u0301", "è", "e\u0300", "ê", "e\u0302", "à", "a\u0300", "ç", "c\u0327", "ô", "o\u0302", "î", "i\u0302", "û", "u\u0302", "É", "E\u0301")

// TestEvalDecomposedAccents: article files (avant/, apres/) and an
// amendment folder's article_avant and article_apres with their accents
// decomposed (NFD) are read composed, as bill texts and amendments are:
// every figure the original gives (an "é" decomposed did not match the
// "é" of the text's quoted words, and apres/ was compared byte for byte).
func TestEvalDecomposedAccents(t *testing.T) {
	nfd := func(rel string, b []byte) (string, []byte, bool) {
		if strings.HasPrefix(rel, "avant/") || strings.HasPrefix(rel, "apres/") || strings.HasPrefix(rel, "article_") {
			d := decomposed.Replace(string(b))
			if d == string(b) {
				t.Fatalf("%s: no accent to decompose", rel)
			}
			return rel, []byte(d), true
		}
		return rel, b, true
	}
	const folder = "testdata/amendments/13-deuxieme_collectif_2009__05_1erelecture_senat_hemicycle__8"
	base, root := t.TempDir(), t.TempDir()
	copyTree(t, law906, filepath.Join(base, "law"), nil)
	copyTree(t, folder, filepath.Join(base, "am"), nil)
	copyTree(t, law906, filepath.Join(root, "law"), func(rel string, b []byte) (string, []byte, bool) {
		if !strings.HasSuffix(rel, ".md") {
			return rel, b, true
		}
		if strings.Contains(string(b), "é") {
			return nfd(rel, b)
		}
		return rel, b, true
	})
	copyTree(t, folder, filepath.Join(root, "am"), nfd)
	want, got := evalDir(t, base), evalDir(t, root)
	if len(want.Laws) != 1 || len(got.Laws) != 1 || len(want.Folders) != 1 || len(got.Folders) != 1 {
		t.Fatalf("laws %d/%d, folders %d/%d", len(want.Laws), len(got.Laws), len(want.Folders), len(got.Folders))
	}
	if want.Laws[0].Targets == 0 || want.Laws[0].ExactBytes == 0 {
		t.Fatalf("base law measures nothing: %+v", want.Laws[0])
	}
	if g, w := lawFigures(t, got.Laws[0]), lawFigures(t, want.Laws[0]); g != w {
		t.Errorf("law figures changed:\n got %s\nwant %s", g, w)
	}
	wf, gf := want.Folders[0], got.Folders[0]
	wf.Folder, gf.Folder = "", ""
	if !reflect.DeepEqual(gf, wf) {
		t.Errorf("folder figures changed:\n got %+v\nwant %+v", gf, wf)
	}
}
