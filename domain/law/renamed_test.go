package law

import (
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"
)

// codeSwaps are pairs of codes the development sets both touch, each
// given the other's name in renamed.
var codeSwaps = [][2]string{
	{"code de commerce", "code de la consommation"},
	{"code forestier", "code de l'environnement"},
}

// swapCodes gives each code of codeSwaps the other's name in s, in
// words ("du code de commerce", "code de l’environnement") and as the
// codes' trees name their folders ("code-de-commerce"); in an
// UNEXPLAINED.md (refs), as an article's reference prints it ("code de l
// environnement").
func swapCodes(s string, refs bool) string {
	forms := []func(string) string{
		func(x string) string { return x },
		func(x string) string { return strings.ReplaceAll(x, "'", "’") },
		func(x string) string { return strings.NewReplacer(" ", "-", "'", "-").Replace(x) },
	}
	if refs {
		forms = []func(string) string{func(x string) string { return strings.ReplaceAll(x, "'", " ") }}
	}
	var pairs []string
	for _, p := range codeSwaps {
		for _, f := range forms {
			a, b := f(p[0]), f(p[1])
			pairs = append(pairs, a, b, b, a)
		}
	}
	return strings.NewReplacer(pairs...).Replace(s)
}

// renamed is a development set with two pairs of its codes swapped
// (codeSwaps): in every file — the bills' texts, the amendments, the
// codes' articles, UNEXPLAINED.md — and in the codes' folders. The laws
// then say of the one code what they said of the other: a rule keyed to
// a code's name would show.
func renamed(t *testing.T, dir string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path.Join(dir, p))
		if err != nil {
			return err
		}
		m[swapCodes(p, false)] = &fstest.MapFile{Data: []byte(swapCodes(string(b), path.Base(p) == UnexplainedFile))}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestCorpusRenamed evaluates the development sets with two pairs of
// their codes swapped (renamed) and wants every figure of the evaluation
// as on the sets as they are. Under -short it is skipped; .ci/run runs it
// in full with TestCorpus.
func TestCorpusRenamed(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds of CPU: run in full by .ci/run's -run 'TestCorpus…' step")
	}
	if got := swapCodes("du code de commerce, code-forestier, code de l’environnement", false); got != "du code de la consommation, code-de-l-environnement, code forestier" {
		t.Fatalf("swapCodes: %q", got)
	}
	sameRows(t, "renamed", evalRows(t, func(_ fs.FS, dir string) fs.FS { return renamed(t, dir) }), evalRows(t, nil))
}
