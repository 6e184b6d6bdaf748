// Package synctest is a fixture open-data publisher for the sync tests: an
// HTTP handler serving one archive with validators, and a simulated
// timeline of real Assemblée nationale files (testdata/README.md).
package synctest

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"sort"
	gosync "sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
)

//go:embed testdata/dossier-DLR5L15N36159.json
var dossierL15 []byte

// Publisher is a fixture open-data publisher: it serves one archive at
// /archive.zip with an ETag and a Last-Modified, answers 304 to a
// request with a matching If-None-Match, and can be told to fail first.
type Publisher struct {
	mu       gosync.Mutex
	body     []byte
	etag     string
	modified time.Time
	fail     []int // statuses to answer first, one per request
	agents   []string
	full     int // 200s served
}

// Publish makes body the archive served, last modified on day.
func (p *Publisher) Publish(body []byte, day time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	sum := sha256.Sum256(body)
	p.body, p.etag, p.modified = body, `"`+hex.EncodeToString(sum[:8])+`"`, day
}

// Fail makes the next requests answer these statuses, one each (429 with
// Retry-After: 7).
func (p *Publisher) Fail(statuses ...int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fail = append(p.fail, statuses...)
}

// Agents returns the User-Agent of every request so far.
func (p *Publisher) Agents() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.agents...)
}

// Full returns how many times the archive was sent (200).
func (p *Publisher) Full() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.full
}

func (p *Publisher) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.agents = append(p.agents, r.UserAgent())
	if r.URL.Path != "/archive.zip" {
		http.NotFound(w, r)
		return
	}
	if len(p.fail) > 0 {
		st := p.fail[0]
		p.fail = p.fail[1:]
		if st == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "7")
		}
		http.Error(w, http.StatusText(st), st)
		return
	}
	if r.Header.Get("If-None-Match") == p.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	p.full++
	w.Header().Set("ETag", p.etag)
	w.Header().Set("Last-Modified", p.modified.UTC().Format(http.TimeFormat))
	w.Header().Set("Content-Type", "application/zip")
	w.Write(p.body)
}

// ANFiles reads the real AN files of the demo data, by path.
func ANFiles(t testing.TB) map[string][]byte { return demoFiles(t, "an_L17") }

// FabriqueFiles reads the demo data's La Fabrique de la loi dossier (the
// Hadopi bill, pjl07-405: its texts at each stage, its amendments), by
// path.
func FabriqueFiles(t testing.TB) map[string][]byte { return demoFiles(t, "fabrique") }

func demoFiles(t testing.TB, root string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	err := fs.WalkDir(demodata.FS(), root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(demodata.FS(), p)
		m[p] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Zip makes an archive of files under json/, in name order.
func Zip(t testing.TB, files map[string][]byte) []byte {
	t.Helper()
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: "json/" + n, Method: zip.Deflate, Modified: time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(files[n])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	rapatries = "an_L17/ppl_rapatries_indochine_DLR5L17N51499/"
	pedo      = "an_L17/ppl_pedocriminalite_DLR5L17N50627/"
	b0949     = rapatries + "amendements/PIONANR5L17B0949/AMANR5L17PO59046B0949P0D1N00000"
)

// Timeline returns the files published on day 1 and day 2: day 2 adds
// a bill from the Assemblée (PPL n° 369, with its amendments), the
// committee's text n° 1474 of PPL n° 949 (a stage of it, filed in its
// folder, with its amendments), a dossier of the 15th legislature, three
// votes; it decides amendments DN3 (withdrawn) and DN4 (adopted) of PPL n°
// 949, undecided on day 1, and corrects the dispositif of DN5.
func Timeline(t testing.TB) (day1, day2 map[string][]byte) {
	t.Helper()
	all := ANFiles(t)
	day2 = map[string][]byte{"dossiers/DLR5L15N36159.json": dossierL15}
	day1 = map[string][]byte{}
	for p, b := range all {
		day2[p] = b
		switch {
		case bytes.HasPrefix([]byte(p), []byte(pedo)), // a bill published on day 2
			bytes.Contains([]byte(p), []byte("/PIONANR5L17BTC1474/")),                                    // the committee's text's amendments
			p == rapatries+"scrutins/VTANR5L17V2219.json", p == rapatries+"scrutins/VTANR5L17V2220.json": // votes of day 2
			continue
		}
		day1[p] = b
	}
	edit := func(p, old, new string) {
		t.Helper()
		if !bytes.Contains(day1[p], []byte(old)) {
			t.Fatalf("%s: no %q", p, old)
		}
		day1[p] = bytes.Replace(day1[p], []byte(old), []byte(new), 1)
	}
	// Day 1: amendments 3 and 4 undecided, 5 with a first wording that
	// day 2 corrects.
	edit(b0949+"3.json", `"sort": "Retir\u00e9"}`, `"sort": null}`)
	edit(b0949+"4.json", `"sort": "Adopt\u00e9"}`, `"sort": null}`)
	edit(b0949+"5.json", `"dispositif": "<p>`, `"dispositif": "<p>Premi&#x00E8;re r&#x00E9;daction. `)
	return day1, day2
}
