package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/server"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/sync/synctest"
	"github.com/scrutin/scrutin/domain"
)

func syncOut(t *testing.T, args ...string) (string, int) {
	t.Helper()
	var out bytes.Buffer
	code := runSync(args, &out, nil)
	t.Logf("scrutin sync %s → %d\n%s", strings.Join(args, " "), code, out.String())
	return out.String(), code
}

// logEntries reads the ledger in dir and returns its entries without the
// times of recording: what two syncs of the same archives share.
func logEntries(t *testing.T, dir string) [][]byte {
	t.Helper()
	s, err := server.Open(server.Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recs, err := s.Ledger.Store.ReadAll(context.Background(), 0, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for _, r := range recs {
		env, err := r.Envelope()
		if err != nil {
			t.Fatal(err)
		}
		env.Time = time.Time{}
		b, err := domain.MarshalEntry(env)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// TestSyncCommand runs "scrutin sync" against the fixture publisher's
// timeline: day 1, day 1 again (304), day 2, day 3 truncated (refused,
// exit 1, the log unchanged); the corrected amendment's earlier text is
// served with it by the API.
func TestSyncCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("opens a ledger five times")
	}
	day1, day2 := synctest.Timeline(t)
	pub := &synctest.Publisher{}
	srv := httptest.NewServer(pub)
	defer srv.Close()
	data := filepath.Join(t.TempDir(), "data")
	args := []string{"--data", data, "--source", srv.URL + "/archive.zip"}
	pub.Publish(synctest.Zip(t, day1), time.Date(2025, 5, 28, 18, 0, 0, 0, time.UTC))
	for i, step := range []struct {
		publish []byte
		code    int
		want    []string
	}{
		{nil, 0, []string{"bills 1 new", "amendments 15 new and 0 revised", "votes 1 new"}},
		{nil, 0, []string{"not modified since the last sync (HTTP 304): nothing to do", "events appended: 0"}},
		{synctest.Zip(t, day2), 0, []string{"bills 2 new", "amendments 10 new and 1 revised", "votes 3 new and 0 revised", "deputies 0, groups 0"}},
		{[]byte("PK\x03\x04truncated"), 1, []string{"refused, nothing imported", "events appended: 0"}},
	} {
		if step.publish != nil {
			pub.Publish(step.publish, time.Date(2025, 6, 4+i, 18, 0, 0, 0, time.UTC))
		}
		before := 0
		if i == 3 {
			before = len(logEntries(t, data))
		}
		out, code := syncOut(t, args...)
		if code != step.code {
			t.Errorf("step %d: exit %d, want %d", i+1, code, step.code)
		}
		for _, w := range step.want {
			if !strings.Contains(out, w) {
				t.Errorf("step %d: output lacks %q", i+1, w)
			}
		}
		if i == 3 && len(logEntries(t, data)) != before {
			t.Errorf("day 3: the refused archive appended events")
		}
	}
	s, err := server.Open(server.Config{DataDir: data})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.App.CatchUp(context.Background()); err != nil { // the API does not wait for the fold
		t.Fatal(err)
	}
	api := httptest.NewServer(s.Handler)
	defer api.Close()
	resp, err := http.Get(api.URL + "/api/v1/bills/PIONANR5L17B0949/amendments")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"previous"`) || !strings.Contains(string(b), "Première rédaction.") {
		t.Errorf("the API does not serve the corrected amendment's earlier text: %d %.300s", resp.StatusCode, b)
	}
	// The pages show the revision: the amendment's history (when its text
	// was corrected, the earlier text) and the bill's latest changes.
	page := func(path string) string { return getPage(t, api.URL+path) }
	for path, want := range map[string][]string{
		"/textes/PIONANR5L17B0949/amendements?q=DN5":         {"Historique", "Texte corrigé le", "Texte avant la correction du", "Première rédaction."},
		"/textes/PIONANR5L17B0949/amendements?q=DN5&lang=en": {"History", "Text corrected on", "Text before the correction of"},
		"/textes/PIONANR5L17B0949":                           {"Dernières modifications", "Amendement DN5 : texte corrigé"},
		"/textes/PIONANR5L17B0949?lang=en":                   {"Latest changes", "Amendment DN5: text corrected"},
	} {
		got := page(path)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %q", path, w)
			}
		}
	}
	// An amendment never corrected has no history.
	if got := page("/textes/PIONANR5L17B0949/amendements?q=DN4"); strings.Contains(got, "Texte corrigé") || strings.Contains(got, "Historique") {
		t.Errorf("DN4, never corrected, shows a history")
	}
}

// TestSyncCrashChild is the crash test's child process: a sync that
// prints a line after each event appended. It runs only under
// TestSyncCrash.
func TestSyncCrashChild(t *testing.T) {
	args := os.Getenv("SCRUTIN_SYNC_CHILD")
	if args == "" {
		t.Skip("the child of TestSyncCrash")
	}
	if p := os.Getenv("SCRUTIN_SYNC_CHILD_PROFILE"); p != "" { // TestSyncBench
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		pprof.StartCPUProfile(f)
		code := runSync(strings.Fields(args), io.Discard, func() { os.Stdout.WriteString("appended\n") })
		pprof.StopCPUProfile()
		f.Close()
		os.Exit(code)
	}
	code := runSync(strings.Fields(args), io.Discard, func() { os.Stdout.WriteString("appended\n") })
	// The peak RSS of this process alone: the parent's rusage counts the
	// parent's own pages at the fork (Linux keeps the larger of the old
	// and new address spaces' peaks across exec).
	if st, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(st), "\n") {
			if strings.HasPrefix(l, "VmHWM:") {
				fmt.Printf("peak-rss-kb %s\n", strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:")), " kB"))
			}
		}
	}
	os.Exit(code)
}

// TestSyncCrash kills "scrutin sync" with SIGKILL at random points (after a
// random number of events, read from the child's progress, not a clock),
// at least 20 times over the two days of the timeline, syncs until done, and checks
// the final log equals an uninterrupted run's, entry for entry.
func TestSyncCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 25 child processes")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	day1, day2 := synctest.Timeline(t)
	zips := [][]byte{synctest.Zip(t, day1), synctest.Zip(t, day2)}
	pub := &synctest.Publisher{}
	srv := httptest.NewServer(pub)
	defer srv.Close()
	// child syncs dir and kills itself after killAfter events (0: never);
	// it reports whether it was killed.
	// Batches of 1 to 6 events, so that kills land between commits and
	// inside them.
	rnd := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 15))
	child := func(dir string, killAfter int) bool {
		cmd := exec.Command(exe, "-test.run=^TestSyncCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), fmt.Sprintf("SCRUTIN_SYNC_CHILD=--data %s --batch %d --source %s/archive.zip", dir, 1+rnd.IntN(6), srv.URL))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		n, killed := 0, false
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if sc.Text() == "appended" {
				if n++; n == killAfter {
					cmd.Process.Kill() // SIGKILL
					killed = true
					break
				}
			}
		}
		io.Copy(io.Discard, stdout)
		err = cmd.Wait()
		if !killed && err != nil {
			t.Fatalf("child sync failed: %v", err)
		}
		return killed
	}
	ref, got := t.TempDir(), t.TempDir()
	kills := 0
	for day, z := range zips {
		pub.Publish(z, time.Date(2025, 6, 1+day, 18, 0, 0, 0, time.UTC))
		child(ref, 0)
		// Day 1 has 152 events, day 2 40: a child killed after k lines
		// printed has written at most k plus a batch (6), so kills go on
		// until a child finishes the day.
		for i := 0; i < 40; i++ {
			k := 1 + rnd.IntN(6)
			if !child(got, k) {
				break
			}
			kills++
			t.Logf("day %d: killed after %d events", day+1, k)
		}
		child(got, 0)
	}
	if kills < 20 {
		t.Errorf("only %d kills", kills)
	}
	want, have := logEntries(t, ref), logEntries(t, got)
	if !bytes.Equal(bytes.Join(want, nil), bytes.Join(have, nil)) {
		t.Errorf("after %d kills: %d entries, want %d, or different", kills, len(have), len(want))
	}
	t.Logf("%d kills; %d entries, same as the uninterrupted run", kills, len(have))
}

// TestSyncFabriquePages syncs a La Fabrique de la loi dossier, then the
// same dossier with a stage's text republished: the bill's page lists the
// republished text among its latest changes, and the API serves the new
// text.
func TestSyncFabriquePages(t *testing.T) {
	if testing.Short() {
		t.Skip("opens a ledger three times")
	}
	pub := &synctest.Publisher{}
	srv := httptest.NewServer(pub)
	defer srv.Close()
	data := filepath.Join(t.TempDir(), "data")
	args := []string{"--data", data, "--source", srv.URL + "/archive.zip"}
	files := synctest.FabriqueFiles(t)
	pub.Publish(synctest.Zip(t, files), time.Date(2025, 6, 1, 18, 0, 0, 0, time.UTC))
	if out, code := syncOut(t, args...); code != 0 || !strings.Contains(out, "articles 329 new") {
		t.Fatalf("day 1: exit %d", code)
	}
	const stage = "00_1erelecture_senat_depot"
	p := "fabrique/pjl07-405/procedure/" + stage + "/texte/texte.json"
	files[p] = bytes.Replace(files[p], []byte("est modifié conformément aux dispositions suivantes :"), []byte("est ainsi modifié :"), 1)
	pub.Publish(synctest.Zip(t, files), time.Date(2025, 6, 2, 18, 0, 0, 0, time.UTC))
	if out, code := syncOut(t, args...); code != 0 || !strings.Contains(out, "stage texts republished 1") {
		t.Fatalf("day 2: exit %d", code)
	}
	s, err := server.Open(server.Config{DataDir: data})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	api := httptest.NewServer(s.Handler)
	defer api.Close()
	get := func(path string) string { return getPage(t, api.URL+path) }
	if err := s.App.CatchUp(context.Background()); err != nil { // the pages do not wait for the fold
		t.Fatal(err)
	}
	if got := get("/textes/pjl07-405"); !strings.Contains(got, "Texte republié : 1re lecture — Sénat — texte déposé") {
		t.Errorf("the bill page does not list the republished text")
	}
	if got := get("/textes/pjl07-405?lang=en"); !strings.Contains(got, "Text republished: ") {
		t.Errorf("the English bill page does not list the republished text")
	}
	if got := get("/api/v1/bills/pjl07-405/stages/" + stage); !strings.Contains(got, "est ainsi modifié :") {
		t.Errorf("the API does not serve the new text")
	}
}

// getPage GETs url, fails the test unless it answers 200, and returns the
// body with HTML entities decoded.
func getPage(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("%s: %d", url, resp.StatusCode)
	}
	return html.UnescapeString(string(b))
}
