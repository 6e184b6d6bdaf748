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
