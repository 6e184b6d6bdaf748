package sync

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"os"
	"sort"
	gosync "sync"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/domain"
)

// publisher is a fixture open-data publisher: it serves one archive at
// /archive.zip with an ETag and a Last-Modified, answers 304 to a
// request with a matching If-None-Match, and can be told to fail first.
type publisher struct {
	mu       gosync.Mutex
	body     []byte
	etag     string
	modified time.Time
	fail     []int // statuses to answer first, one per request
	agents   []string
	requests int
	full     int // 200s served
}

func (p *publisher) publish(body []byte, day time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	sum := sha256.Sum256(body)
	p.body, p.etag, p.modified = body, `"`+hex.EncodeToString(sum[:8])+`"`, day
}

func (p *publisher) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.requests++
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

// anFiles reads the real AN files of the demo data, by path.
func anFiles(t testing.TB) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	err := fs.WalkDir(demodata.FS(), "an_L17", func(p string, d fs.DirEntry, err error) error {
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

// buildZip makes an archive of files under json/, in name order.
func buildZip(t testing.TB, files map[string][]byte) []byte {
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

// timeline returns the files published on day 1 and day 2.
func timeline(t testing.TB) (day1, day2 map[string][]byte) {
	t.Helper()
	all := anFiles(t)
	dossier, err := os.ReadFile("testdata/dossier-DLR5L15N36159.json")
	if err != nil {
		t.Fatal(err)
	}
	day2 = map[string][]byte{"dossiers/DLR5L15N36159.json": dossier}
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

// memLedger is a ledger in memory: events appended through the rules to a
// State, and kept in order, as app.App.Append does.
type memLedger struct {
	mu  gosync.Mutex
	s   *domain.State
	log []domain.Envelope
}

func newMemLedger() *memLedger { return &memLedger{s: domain.NewState()} }

func (l *memLedger) append(_ context.Context, stream domain.StreamID, ev domain.Event) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	rev, ok := l.s.Revision(stream)
	env := domain.Envelope{Stream: stream, Event: ev, Time: time.Unix(1795599000, 0).UTC()}
	if ok {
		env.Revision = rev + 1
	}
	if _, err := domain.MarshalEntry(env); err != nil {
		return err
	}
	if err := l.s.Apply(l.s.Position(), env); err != nil {
		return err
	}
	l.log = append(l.log, env)
	return nil
}

func (l *memLedger) view(fn func(*domain.State)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fn(l.s)
}
