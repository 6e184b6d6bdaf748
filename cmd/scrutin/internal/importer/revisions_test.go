package importer

import (
	"context"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/domain"
)

// anFiles copies the demo data's Assemblée files (the real AN JSON) into
// a map the test can edit.
func anFiles(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(demodata.FS(), "an_L17", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(demodata.FS(), p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRevisions imports the real AN files, then the same files with one
// amendment's text corrected, another's outcome changed and a vote's
// result corrected: each change is appended as a revision (never dropped),
// the unchanged records append nothing, and the fold holds the new
// versions.
func TestRevisions(t *testing.T) {
	files := anFiles(t)
	l := &foldLedger{domain.NewState()}
	ctx := context.Background()
	imp := func() (int, Changes) {
		t.Helper()
		r, err := Import(files, ".")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := LinkScrutins(files, ".", r); err != nil {
			t.Fatal(err)
		}
		var todo []StreamEvent
		var ch Changes
		l.view(func(s *domain.State) { todo, ch = Diff(s, Events(r, nil)) })
		for _, se := range todo {
			if err := l.append(ctx, se.Stream, se.Event); err != nil {
				t.Fatalf("append %s: %v", se.Event.Kind().Name, err)
			}
		}
		return len(todo), ch
	}
	if n, ch := imp(); n == 0 || ch.NewAmendments != 25 || ch.NewScrutins != 4 || ch.RevisedAmendments != 0 {
		t.Fatalf("first import: %d events, %v", n, ch)
	}
	for b, ss := range l.s.Law().Stages {
		for id, st := range ss {
			if st.Tabled.Date.IsZero() {
				t.Errorf("bill %s stage %s: no date", b, id)
			}
		}
	}
	if n, ch := imp(); n != 0 || ch.Total() != 0 {
		t.Fatalf("same files again: %d events, %v; want none", n, ch)
	}

	const dir = "an_L17/ppl_rapatries_indochine_DLR5L17N51499/"
	edit := func(p, old, new string) {
		t.Helper()
		s := string(files[p].Data)
		if !strings.Contains(s, old) {
			t.Fatalf("%s: no %q", p, old)
		}
		files[p] = &fstest.MapFile{Data: []byte(strings.Replace(s, old, new, 1))}
	}
	edit(dir+"amendements/PIONANR5L17B0949/AMANR5L17PO59046B0949P0D1N000004.json",
		`"dispositif": "<p style=\"text-align: justify;\">`, `"dispositif": "<p style=\"text-align: justify;\">Rédaction corrigée. `)
	edit(dir+"amendements/PIONANR5L17BTC1474/AMANR5L17PO838901BTC1474P0D1N000001.json", `"sort": "Rejet\u00e9"`, `"sort": "Adopt\u00e9"`)
	edit(dir+"scrutins/VTANR5L17V2219.json", `"code": "rejet\u00e9"`, `"code": "adopt\u00e9"`)
	n, ch := imp()
	want := Changes{RevisedAmendments: 1, Decisions: 1, RevisedScrutins: 1}
	st := l.s.Law()
	voteParts := int(st.Scrutins["VTANR5L17V2219"].Recorded.Parts)
	if !reflect.DeepEqual(ch, want) || n != 2+voteParts {
		t.Fatalf("corrected files: %d events, %v; want %d events, %v", n, ch, 2+voteParts, want)
	}
	if o := st.Amendments["PIONANR5L17B0949"]["AMANR5L17PO838901BTC1474P0D1N000001"].Outcome; o != "adopted" {
		t.Errorf("decided again: outcome %q, want adopted", o)
	}
	a := st.Amendments["PIONANR5L17B0949"]["AMANR5L17PO59046B0949P0D1N000004"]
	if a == nil || a.Version != 1 || !strings.HasPrefix(a.Dispositif, "Rédaction corrigée.") {
		t.Fatalf("corrected amendment: %+v", a)
	}
	if v := st.Scrutins["VTANR5L17V2219"]; v.Version != 1 || !v.Recorded.Adopted {
		t.Fatalf("corrected vote: version %d adopted %v", v.Version, v.Recorded.Adopted)
	}
	if n, ch := imp(); n != 0 {
		t.Fatalf("corrected files again: %d events, %v; want none", n, ch)
	}
}
