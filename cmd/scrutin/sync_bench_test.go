package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/sync/synctest"
)

// TestSyncBench measures a sync of an archive of at least
// SCRUTIN_SYNC_BENCH_MB megabytes (default 100) made of the real AN
// amendments replicated under new uids (stored, not compressed, so the
// archive is as large as the JSON), into an embedded ledger, in a child
// process: wall time, events per second and the child's peak RSS; then
// the incremental sync of the same archive with 1% of the amendments
// corrected. Run it by hand (docs/BENCHMARKS.md):
//
//	SCRUTIN_SYNC_BENCH=1 go test -run TestSyncBench -v ./cmd/scrutin
func TestSyncBench(t *testing.T) {
	if os.Getenv("SCRUTIN_SYNC_BENCH") == "" {
		t.Skip("set SCRUTIN_SYNC_BENCH=1 to measure a sync of a 100 MB archive")
	}
	mb := 100
	if s := os.Getenv("SCRUTIN_SYNC_BENCH_MB"); s != "" {
		mb, _ = strconv.Atoi(s)
	}
	files := synctest.ANFiles(t)
	var names []string
	for n := range files {
		if strings.Contains(n, "/amendements/") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	build := func(correct int) ([]byte, int) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		n := 0
		for copy := 0; buf.Len() < mb<<20; copy++ {
			for _, name := range names {
				b := files[name]
				uid := strings.TrimSuffix(filepath.Base(name), ".json")
				nu := fmt.Sprintf("%sC%05d", uid, copy)
				b = bytes.ReplaceAll(b, []byte(uid), []byte(nu))
				if correct > 0 && n%100 == 0 {
					b = bytes.Replace(b, []byte(`"dispositif": "<p`), []byte(`"dispositif": "<p>Corrig&#x00E9;.</p><p`), 1)
				}
				w, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("json/c%05d/%s/%s.json", copy, filepath.Base(filepath.Dir(name)), nu), Method: zip.Store})
				if err != nil {
					t.Fatal(err)
				}
				w.Write(b)
				n++
			}
		}
		zw.Close()
		return buf.Bytes(), n
	}
	z1, n := build(0)
	z2, _ := build(1)
	t.Logf("archive: %d MB, %d amendments", len(z1)>>20, n)
	pub := &synctest.Publisher{}
	srv := httptest.NewServer(pub)
	defer srv.Close()
	exe, _ := os.Executable()
	data := t.TempDir()
	run := func(label string) {
		cmd := exec.Command(exe, "-test.run=^TestSyncCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), "SCRUTIN_SYNC_CHILD=--data "+data+" --source "+srv.URL+"/archive.zip")
		if p := os.Getenv("SCRUTIN_SYNC_BENCH_PROFILE"); p != "" {
			cmd.Env = append(cmd.Env, "SCRUTIN_SYNC_CHILD_PROFILE="+p+"."+strings.Fields(label)[0])
		}
		out, _ := cmd.StdoutPipe()
		start := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		events, rss := 0, int64(-1)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if sc.Text() == "appended" {
				events++
			} else if kb, ok := strings.CutPrefix(sc.Text(), "peak-rss-kb "); ok {
				rss, _ = strconv.ParseInt(kb, 10, 64)
			}
		}
		if err := cmd.Wait(); err != nil {
			t.Fatalf("%s: %v", label, err)
		}
		d := time.Since(start)
		// The child's own VmHWM: its rusage would count the pages this
		// process (holding two archives) had when it forked.
		if rss < 0 {
			t.Fatalf("%s: the child did not report its peak RSS", label)
		}
		cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		t.Logf("%s: %d events in %v (%.0f events/s), CPU %v (%.0f µs an event), peak RSS %d MB", label, events, d.Round(time.Millisecond), float64(events)/d.Seconds(),
			cpu.Round(time.Millisecond), float64(cpu.Microseconds())/float64(max(events, 1)), rss>>10)
	}
	pub.Publish(z1, time.Now())
	run("first sync")
	pub.Publish(z2, time.Now())
	run("incremental sync, 1% corrected")
}
