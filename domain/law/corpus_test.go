package law

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
)

// lawFloor is what the engine reaches on each law of the development set
// (testdata/hadopi, testdata/laws): articles exact, white space normalised
// and typography normalised, and the most silent drops allowed. Floors may
// only go up: raise them when the grammar improves, never lower them to let
// a change pass.
type lawFloor struct{ space, typo, drops int }

var lawFloors = map[string]lawFloor{
	"hadopi": {36, 39, 0},
	"loi_2010-874_modernisation_agriculture_peche":                                    {161, 203, 0},
	"loi_2010-874_modernisation_agriculture_peche/autres_dates/2010-05-08_673e6519a2": {11, 11, 0}, // 0 before the code rural was known under its new name (codeOf, TestCodesRenamed): its eleven articles repealed were filed under "code-rural" (2026-12-05)
	"loi_2010-874_modernisation_agriculture_peche/autres_dates/2010-12-10_a3a77b2a86": {0, 0, 0},
	"loi_2010-874_modernisation_agriculture_peche/autres_dates/2011-01-01_846d5a3c58": {1, 1, 0},
	"loi_2010-874_modernisation_agriculture_peche/autres_dates/2011-01-13_847f6f95c4": {0, 0, 0},
	"loi_2010-874_modernisation_agriculture_peche/autres_dates/2011-01-28_f8f1a4129c": {2, 3, 0},
	"loi_2014-384_reconquerir_economie_reelle":                                        {0, 0, 0},
	"loi_organique_2013-906_transparence_vie_publique":                                {10, 10, 0},
}

// billFloor is, per bill of testdata/amendments, the amendments applied and
// the folders exact after composition (quotes and white space normalised).
type billFloor struct{ applied, exact int }

var billFloors = map[string]billFloor{
	"13-deuxieme_collectif_2009":                           {9, 4},
	"13-plfss_2012":                                        {56, 27}, // 57 before amendment 210 to article 15 ("Rédiger ainsi cet alinéa :" / a table's first two rows / "(Le reste sans changement)") was refused: the table's other rows were dropped, its cells glued ("500") (2026-12-04)
	"13-reforme_ports_outre-mer":                           {19, 8},  // 20 before "après le mot A, la fin …" with A twice was refused (2026-12-03)
	"13-tarif_reglemente_electricite":                      {3, 1},
	"14-art11_Constitution_pl":                             {29, 7},
	"14-infrastructures_services_transports":               {45, 4}, // 46 before amendment 17 to article 15 ("Alinéas 12, 14 et 16" / "Supprimer ces alinéas", the introductions of quoted articles named apart) was refused: the articles went with them, the adopted text keeps them (2026-12-04)
	"14-non-cumul_executif_local_depute_senateur":          {49, 8}, // 50 before amendment 252 to article 1er (« 12° … » completing the article after amendment 202's plain alinéa, the quoted list 1° to 11° ending before it) was refused: it was set after that alinéa as a second 12° (2026-12-04)
	"14-securisation_transactions_ZAC_Gerland":             {1, 1},
	"14-transparence_vie_publique_pjl":                     {152, 9}, // 153 before the Sénat's COM-15 to article 1er ("Remplacer ces alinéas par 6 alinéas ainsi rédigés" then four) was refused: the count announced contradicted (am-left3, TestAmLeft3AnnouncedAlineas; the folder was not exact either way); 154 before the Sénat's amendment 80 to article 1er ("Alinéas 52 à 86", from inside a quotation past its end) was refused: its new lines, the bill's III to VI among them, were all set inside the quotation (2026-12-04)
	"15-encadrement_ouverture_etablissements_hors_contrat": {2, 2},
	"15-mesures_justice_sociale":                           {1, 1},
	"15-ratification_ordonnance_2017-157":                  {2, 0},
	"15-systeme_universel_retraite":                        {5, 0},
}

// exactOfExplainedFloor is the floor, in percent, of the folders exact
// among those explained (not listed in testdata/amendments/UNEXPLAINED.md),
// all bills together. Like the others it only goes up. At 100 % every
// folder not exact is listed there with its reason: a folder that stops
// being exact fails this test until it is fixed or checked by hand and
// listed, and a listed folder that becomes exact is a stale entry.
const exactOfExplainedFloor = 100.0

// TestCorpus runs the evaluation (what "scrutin law eval" prints) on the
// development sets and fails when a figure falls below its floor, or when
// the whole set takes more than 10 s of CPU (CPU time, not wall time, so
// that a busy machine does not fail it; skipped under -short, which .ci/run
// uses with the race detector, and run in full by its TestCorpus step).
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("the development set takes some 40 s under the race detector: run in full by .ci/run's TestCorpus step")
	}
	start, cpu0 := time.Now(), cpuTime()
	var r EvalReport
	for _, dir := range []string{"testdata/hadopi", "testdata/laws", "testdata/amendments"} {
		name := dir[strings.LastIndex(dir, "/")+1:]
		x, err := Eval(os.DirFS(dir), ".", name)
		if err != nil {
			t.Fatal(err)
		}
		r.Merge(x)
	}
	elapsed, cpu := time.Since(start), cpuTime()-cpu0
	var b strings.Builder
	if err := r.WriteText(&b, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	t.Logf("evaluated in %v (%v of CPU)", elapsed, cpu)
	if !raceEnabled && cpu > 10*time.Second {
		t.Errorf("the development set took %v of CPU, want under 10 s", cpu)
	}
	seen := map[string]bool{}
	for _, l := range r.Laws {
		seen[l.Name] = true
		f, ok := lawFloors[l.Name]
		if !ok {
			t.Errorf("%s: no floor", l.Name)
			continue
		}
		if l.ExactSpace < f.space {
			t.Errorf("%s: %d articles exact (white space normalised), want at least %d", l.Name, l.ExactSpace, f.space)
		}
		if l.ExactTypo < f.typo {
			t.Errorf("%s: %d articles exact (typography normalised), want at least %d", l.Name, l.ExactTypo, f.typo)
		}
		if l.SilentDrops > f.drops {
			t.Errorf("%s: %d silent drops, want at most %d", l.Name, l.SilentDrops, f.drops)
		}
	}
	for _, b := range r.Bills {
		seen[b.Bill] = true
		f, ok := billFloors[b.Bill]
		if !ok {
			t.Errorf("%s: no floor", b.Bill)
			continue
		}
		if b.Applied < f.applied {
			t.Errorf("%s: %d amendments applied, want at least %d", b.Bill, b.Applied, f.applied)
		}
		if b.Exact < f.exact {
			t.Errorf("%s: %d folders exact, want at least %d", b.Bill, b.Exact, f.exact)
		}
	}
	if r.AllBills.ExactOfExplained < exactOfExplainedFloor {
		t.Errorf("exact of explained: %d of %d folders (%.1f %%), want at least %.1f %%", r.AllBills.ExactExplained, r.AllBills.Explained, r.AllBills.ExactOfExplained, exactOfExplainedFloor)
	}
	if r.AllBills.Explained == r.AllBills.Folders {
		t.Errorf("no folder listed unexplained: %s not read", UnexplainedFile)
	}
	for _, s := range r.Stale {
		t.Errorf("stale entry: %s", s)
	}
	for n := range lawFloors {
		if !seen[n] {
			t.Errorf("%s: not evaluated", n)
		}
	}
	for n := range billFloors {
		if !seen[n] {
			t.Errorf("%s: not evaluated", n)
		}
	}
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestUnexplainedList checks the reading of an UNEXPLAINED.md: the folders
// listed are not counted as explained, and an entry naming no folder or an
// exact folder is reported stale.
func TestUnexplainedList(t *testing.T) {
	fsys := fstest.MapFS{
		"b__1/article_avant": {Data: []byte("Le mot chat.")},
		"b__1/amendement_1":  {Data: []byte("Remplacer le mot :\n« chat »\npar le mot :\n« chien »")},
		"b__1/article_apres": {Data: []byte("Le mot chien.")},
		"b__2/article_avant": {Data: []byte("Le mot chat.")},
		"b__2/amendement_1":  {Data: []byte("Remplacer le mot :\n« chat »\npar le mot :\n« chien »")},
		"b__2/article_apres": {Data: []byte("Le mot Chien.")},
		"b__3/article_avant": {Data: []byte("Le mot chat.")},
		"b__3/amendement_1":  {Data: []byte("Supprimer le mot :\n« pie »")},
		"b__3/article_apres": {Data: []byte("Le chat.")},
		UnexplainedFile:      {Data: []byte("# x\n\n| folder | why |\n|---|---|\n| `b__2` | a capital |\n| `b__1`, `b__9` | none |\n")},
	}
	r, err := Eval(fsys, ".", "b")
	if err != nil {
		t.Fatal(err)
	}
	a := r.AllBills
	if a.Folders != 3 || a.Exact != 1 || a.Explained != 2 || a.ExactExplained != 1 || a.ExactOfExplained != 50 {
		t.Errorf("got %+v, want 3 folders, 1 exact, 2 explained, 1 exact of them (50 %%)", a)
	}
	want := []string{"b/UNEXPLAINED.md: b__1: exact, not unexplained", "b/UNEXPLAINED.md: b__9: no such folder"}
	if strings.Join(r.Stale, "\n") != strings.Join(want, "\n") {
		t.Errorf("stale: got %q, want %q", r.Stale, want)
	}
	for _, f := range r.Folders {
		if (f.Folder == "b__2") != (f.Unexplained == "a capital") {
			t.Errorf("%s: unexplained %q", f.Folder, f.Unexplained)
		}
	}
	for _, bad := range []string{"|---|---|\n| `b__1`, `…__2` | x |\n", "|---|---|\n| `b__1` | |\n", "|---|---|\n| `b__1` | x |\n| `b__1` | y |\n"} {
		if _, err := ParseUnexplained([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestEvalSetReportsWhatItCannotMeasure: in a set of corpora, a folder
// that cannot be measured (a text that does not decode) is reported in
// Errors and the others are measured; a folder without article_avant is
// an article created at the step, one without article_apres an article
// deleted, as the corpus's empty files say.
func TestEvalSetReportsWhatItCannotMeasure(t *testing.T) {
	fsys := fstest.MapFS{
		"set/b__1/article_avant":  {Data: []byte("Le mot chat.")},
		"set/b__1/amendement_1":   {Data: []byte("Remplacer le mot :\n« chat »\npar le mot :\n« chien »")},
		"set/b__1/article_apres":  {Data: []byte("Le mot chien.")},
		"set/b__2/amendement_1":   {Data: []byte("Rédiger ainsi cet article :\n« Le mot pie. »")},
		"set/b__2/article_apres":  {Data: []byte("Le mot pie.")},
		"set/b__3/article_avant":  {Data: []byte("Le mot chat.")},
		"set/b__3/amendement_1":   {Data: []byte("Supprimer cet article.")},
		"set/broken/texte.json":   {Data: []byte("not json")},
		"set/broken/avant/x.md":   {Data: []byte("# Article 1\n\nA.")},
		"set/broken/apres/x.md":   {Data: []byte("# Article 1\n\nB.")},
		"set/zz__1/article_avant": {Data: []byte("Le mot chat.")},
		"set/zz__1/amendement_1":  {Data: []byte("Supprimer le mot :\n« mot »")},
		"set/zz__1/article_apres": {Data: []byte("Le chat.")},
	}
	r, err := Eval(fsys, "set", "set")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) != 1 || r.Errors[0].Dir != "set/broken" || !strings.Contains(r.Errors[0].Err, "La Fabrique") {
		t.Fatalf("errors: got %+v, want set/broken's text", r.Errors)
	}
	if a := r.AllBills; a.Folders != 4 || a.Exact != 4 {
		t.Errorf("got %+v, want the 4 folders measured, all exact", a)
	}
	var b strings.Builder
	if err := r.WriteText(&b, false); err != nil || !strings.Contains(b.String(), "Not measured:\n\n- set/broken: ") {
		t.Errorf("report does not list what was not measured: %v\n%s", err, b.String())
	}
}

// panicking reads files as its FS does, and panics on one: an engine
// failure stands in for it.
type panicking struct {
	fstest.MapFS
	on string
}

func (p panicking) ReadFile(name string) ([]byte, error) {
	if name == p.on {
		panic("boom")
	}
	return p.MapFS.ReadFile(name)
}

// TestEvalSetReportsEnginePanic: a panic while a folder of a set is
// measured is reported as that folder's EnginePanicError, and the other
// folders are measured.
func TestEvalSetReportsEnginePanic(t *testing.T) {
	fsys := panicking{MapFS: fstest.MapFS{
		"set/b__1/article_avant": {Data: []byte("Le mot chat.")},
		"set/b__1/amendement_1":  {Data: []byte("Supprimer le mot :\n« mot »")},
		"set/b__1/article_apres": {Data: []byte("Le chat.")},
		"set/b__2/article_avant": {Data: []byte("Le mot chat.")},
		"set/b__2/amendement_1":  {Data: []byte("Supprimer le mot :\n« mot »")},
		"set/b__2/article_apres": {Data: []byte("Le chat.")},
	}, on: "set/b__1/amendement_1"}
	r, err := Eval(fsys, "set", "set")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) != 1 || r.Errors[0].Dir != "set/b__1" || !strings.Contains(r.Errors[0].Err, "the engine failed") || !strings.Contains(r.Errors[0].Err, "boom") {
		t.Fatalf("errors: got %+v, want b__1's panic", r.Errors)
	}
	if len(r.Folders) != 1 || r.Folders[0].Folder != "b__2" || !r.Folders[0].Exact {
		t.Errorf("folders: got %+v, want b__2 measured, exact", r.Folders)
	}
	var pe *EnginePanicError
	if _, err := Eval(fsys, "set/b__1", "b__1"); !errors.As(err, &pe) || pe.Value != "boom" {
		t.Errorf("one folder alone: got %v, want an EnginePanicError", err)
	}
}

// TestUnexplainedArticles checks a law's UNEXPLAINED.md: a listed article
// is not counted as explained, and an entry naming no target or an exact
// one is reported stale.
func TestUnexplainedArticles(t *testing.T) {
	fsys := fstest.MapFS{
		"law/avant/codes-en-vigueur/code-civil/article-1.md": {Data: []byte("# Article 1\n\nLe chat.\n")},
		"law/avant/codes-en-vigueur/code-civil/article-2.md": {Data: []byte("# Article 2\n\nLe chat.\n")},
		"law/apres/codes-en-vigueur/code-civil/article-1.md": {Data: []byte("# Article 1\n\nLe chien.\n")},
		"law/apres/codes-en-vigueur/code-civil/article-2.md": {Data: []byte("# Article 2\n\nLe Chat.\n")},
		"law/" + UnexplainedFile:                             {Data: []byte("| article | why |\n|---|---|\n| `2 (code civil)` | a capital |\n| `1 (code civil)`, `3 (code civil)` | none |\n")},
	}
	arts := []Article{{Number: "1", Alineas: []string{"À l'article 1 du code civil, le mot : « chat » est remplacé par le mot : « chien »."}}}
	l, err := EvalLaw(fsys, "law", arts, ApplyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Targets != 2 || l.ExactSpace != 1 || l.Explained != 1 || l.ExactOfExplained != 100 {
		t.Errorf("got %d targets, %d exact, %d explained (%.1f %%), want 2, 1, 1 (100 %%)", l.Targets, l.ExactSpace, l.Explained, l.ExactOfExplained)
	}
	want := []string{"law/UNEXPLAINED.md: 1 (code civil): exact, not unexplained", "law/UNEXPLAINED.md: 3 (code civil): not a target"}
	if strings.Join(l.Stale, "\n") != strings.Join(want, "\n") {
		t.Errorf("stale: got %q, want %q", l.Stale, want)
	}
	if len(l.Misses) != 1 || !strings.Contains(l.Misses[0], "[listed unexplained: a capital]") {
		t.Errorf("misses: got %q, want article 2 marked listed", l.Misses)
	}
	for _, bad := range []string{"|---|---|\n| `chat` | x |\n", "|---|---|\n| `1 (code …)` | x |\n"} {
		if _, err := ParseUnexplainedArticles([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
