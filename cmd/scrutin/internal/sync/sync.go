// Package sync follows parliament by itself: it downloads the Assemblée
// nationale's open-data bulk archives (ZIP files of JSON: dossiers
// législatifs, amendements with their dispositif and exposé, scrutins with
// nominative positions, acteurs and organes), and appends to the ledger
// what is new or changed, through the importer and the rules.
//
// A sync is a pipeline of pure diffs (docs/OPERATIONS.md, "Sync from
// parliament"): each source URL is fetched with its validators
// (If-None-Match, If-Modified-Since), streamed to a temporary file, checked
// whole (every entry's CRC; a truncated or corrupt archive is refused and
// imports nothing), then read in batches of entries; each batch is turned
// into events by [importer.ImportWith] and [importer.Diff], which append
// new records, revisions of changed ones, and nothing for unchanged ones.
// The cursor (DIR/cursor.json) records the batches done after their events
// are durable, so a sync killed at any point resumes where it stopped and
// a replay appends nothing.
//
// It is polite: one request at a time, a User-Agent naming the project,
// 429 and 5xx answered by waiting (Retry-After, else a doubling delay,
// capped), and nothing downloaded again when the source says 304.
//
// [Assemblée nationale open data]: https://data.assemblee-nationale.fr/
package sync

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	gosync "sync"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/importer"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// UserAgent is the default User-Agent: it names the project and where to
// read about it, as polite crawlers do.
const UserAgent = "Scrutin-sync/1 (+https://github.com/scrutin/scrutin; open-source civic platform)"

// Config configures a Syncer. Append, View, Dir and Sources are required;
// every other field is optional, with the default given.
type Config struct {
	// Sources are the archive URLs, synced in this order (put acteurs and
	// organes, then dossiers, before amendements and scrutins).
	Sources []string
	// Dir holds the cursor and the temporary archives (DATA/sync).
	Dir string
	// Append appends one event, rules checked, and returns once it is
	// durable and folded (app.App.Append). View reads the ledger's state.
	Append importer.AppendFunc
	View   importer.ViewFunc
	// AppendBatch, if set, appends events in batches instead
	// (app.App.AppendBatch: checked in order, written in one commit, all
	// or none), BatchEvents (default 1,000) at a time. Optional.
	AppendBatch importer.BatchFunc
	BatchEvents int
	// Log receives what a sync does (default: discarded).
	Log *slog.Logger

	// Client makes the requests (default: a client whose transport gives
	// up on a server silent for a minute before its headers).
	Client *http.Client
	// UserAgent is sent with every request (default UserAgent).
	UserAgent string
	// Retries is how many times a 429, 5xx or network error is retried
	// (default 5). Backoff is the first wait (default 2 s), doubled at each
	// retry unless the server sends Retry-After; MaxBackoff caps any wait
	// (default 10 min).
	Retries    int
	Backoff    time.Duration
	MaxBackoff time.Duration
	// Sleep waits (default: a timer, cut short by ctx); Now tells the time
	// (default time.Now). Tests replace both, and never sleep.
	Sleep func(ctx context.Context, d time.Duration) error
	Now   func() time.Time

	// MaxArchive (default 8 GiB) bounds a download, MaxEntry (default 256
	// MiB) one entry unpacked, MaxUnpacked (default 64 GiB) the archive
	// unpacked and MaxEntries (default 5 million) its entries: beyond, the
	// archive is refused.
	MaxArchive, MaxEntry, MaxUnpacked int64
	MaxEntries                        int
	// BatchFiles (default 2,000) and BatchBytes (default 4 MiB) size the
	// batches an archive is imported in: the memory a sync needs.
	BatchFiles int
	BatchBytes int64

	// Appended, if set, is called after each event appended (a test hook:
	// the crash test kills the process at such points).
	Appended func()
}

// Status says what became of a source.
type Status string

const (
	NotModified Status = "not modified" // the source answered 304
	Unchanged   Status = "unchanged"    // the same archive as the last imported whole
	Imported    Status = "imported"     // read whole; Changes says what it changed
	Refused     Status = "refused"      // truncated or corrupt: nothing imported (ArchiveError)
	Failed      Status = "failed"       // unreachable, or an append failed: resumable
)

// SourceReport is what a sync did with one source.
type SourceReport struct {
	Source  string
	Status  Status
	Bytes   int64 // downloaded
	Files   int   // entries in the archive
	Batches int   // batches in the archive
	Resumed int   // batches already done by an interrupted sync, skipped
	// Changes counts the records appended, by kind; Events the events.
	Changes importer.Changes
	Events  int
	// Gone counts the undecided amendments the ledger held on a text the
	// archive covers that the archive no longer holds: recorded as
	// withdrawn. GoneDecided counts the decided ones: kept, and logged.
	Gone, GoneDecided int
	// Skipped counts records the importer skipped as malformed (logged).
	Skipped int
	Err     error
}

func (r SourceReport) String() string {
	switch r.Status {
	case NotModified:
		return r.Source + ": not modified since the last sync (HTTP 304): nothing to do"
	case Unchanged:
		return r.Source + ": the same archive as the last one imported: nothing to do"
	case Refused:
		return r.Source + ": " + r.Err.Error()
	case Failed:
		return fmt.Sprintf("%s: failed after %d events appended (the next sync resumes): %v", r.Source, r.Events, r.Err)
	}
	s := fmt.Sprintf("%s: %d bytes, %d files in %d batches", r.Source, r.Bytes, r.Files, r.Batches)
	if r.Resumed > 0 {
		s += fmt.Sprintf(" (%d done before an interruption)", r.Resumed)
	}
	if r.Events == 0 && r.GoneDecided == 0 && len(r.Changes.TextsChanged) == 0 {
		return s + ": no change"
	}
	s += fmt.Sprintf(": %d events appended: %v", r.Events, r.Changes)
	if r.Gone > 0 {
		s += fmt.Sprintf("; %d undecided amendments gone from the source, recorded as withdrawn", r.Gone)
	}
	if r.GoneDecided > 0 {
		s += fmt.Sprintf("; %d decided amendments gone from the source, outcome kept", r.GoneDecided)
	}
	return s
}

// Syncer syncs the ledger with its sources. Its methods are safe for
// concurrent use; one sync runs at a time.
type Syncer struct {
	cfg Config
	mu  gosync.Mutex
}

// New checks the configuration and fills in the defaults.
func New(cfg Config) (*Syncer, error) {
	if len(cfg.Sources) == 0 {
		return nil, errors.New("sync: no source")
	}
	if cfg.Dir == "" || cfg.Append == nil || cfg.View == nil {
		return nil, errors.New("sync: Dir, Append and View are required")
	}
	for _, u := range cfg.Sources {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return nil, fmt.Errorf("sync: source %q is not an http(s) URL", u)
		}
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.BatchEvents <= 0 {
		cfg.BatchEvents = 1000
	}
	if cfg.Client == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.ResponseHeaderTimeout = time.Minute
		cfg.Client = &http.Client{Transport: t}
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = UserAgent
	}
	def := func(v *int64, d int64) {
		if *v <= 0 {
			*v = d
		}
	}
	if cfg.Retries == 0 {
		cfg.Retries = 5
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = 2 * time.Second
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 10 * time.Minute
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleep
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	def(&cfg.MaxArchive, 8<<30)
	def(&cfg.MaxEntry, 256<<20)
	def(&cfg.MaxUnpacked, 64<<30)
	def(&cfg.BatchBytes, 4<<20)
	if cfg.MaxEntries <= 0 {
		cfg.MaxEntries = 5_000_000
	}
	if cfg.BatchFiles <= 0 {
		cfg.BatchFiles = 2000
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("sync: %w", err)
	}
	return &Syncer{cfg: cfg}, nil
}

// Run syncs every source once, in order, and reports on each. A source
// that fails does not stop the others; the error joins their errors.
func (s *Syncer) Run(ctx context.Context) ([]SourceReport, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, err := loadCursor(s.cfg.Dir)
	if err != nil {
		return nil, err
	}
	// Archives left by a sync that was killed: one sync runs at a time on
	// a data directory (the ledger is locked), so none is in use.
	if stale, _ := filepath.Glob(filepath.Join(s.cfg.Dir, "archive-*.zip.part")); len(stale) > 0 {
		for _, f := range stale {
			os.Remove(f)
		}
		s.cfg.Log.Info("sync: removed archives left by an interrupted sync", "files", len(stale))
	}
	var reports []SourceReport
	var errs []error
	for _, u := range s.cfg.Sources {
		r := s.source(ctx, u, cur)
		reports = append(reports, r)
		s.cfg.Log.Info("sync", "source", u, "status", string(r.Status), "events", r.Events, "report", r.String())
		if r.Err != nil {
			errs = append(errs, r.Err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	return reports, errors.Join(errs...)
}

// Every runs a sync now, then every d until ctx is done, logging each
// report; a sync still running when the next is due delays it.
func (s *Syncer) Every(ctx context.Context, d time.Duration) {
	for {
		if _, err := s.Run(ctx); err != nil && ctx.Err() == nil {
			s.cfg.Log.Warn("sync: some sources failed; the next sync retries them", "err", err)
		}
		if err := s.cfg.Sleep(ctx, d); err != nil {
			return
		}
	}
}

func (s *Syncer) source(ctx context.Context, url string, cur *Cursor) (r SourceReport) {
	r.Source = url
	sc := cur.source(url)
	a, err := s.fetch(ctx, url, sc)
	if errors.Is(err, errNotModified) {
		r.Status = NotModified
		return r
	}
	var ae *ArchiveError
	if errors.As(err, &ae) {
		r.Status, r.Err = Refused, err
		return r
	}
	if err != nil {
		r.Status, r.Err = Failed, err
		return r
	}
	defer os.Remove(a.path)
	r.Bytes = a.size
	if a.sha256 == sc.SHA256 {
		r.Status = Unchanged
		sc.ETag, sc.LastModified = a.etag, a.lastModified
		if err := cur.save(s.cfg.Dir); err != nil {
			r.Status, r.Err = Failed, err
		}
		return r
	}
	z, files, idx, err := s.openArchive(url, a.path)
	if err != nil {
		r.Status, r.Err = Refused, err
		return r
	}
	defer z.Close()
	bs := batches(files, s.cfg.BatchFiles, s.cfg.BatchBytes)
	r.Files, r.Batches = len(files), len(bs)
	start := 0
	if p := sc.Pending; p != nil && p.SHA256 == a.sha256 && p.Batches <= len(bs) {
		start = p.Batches
	} else {
		sc.Pending = &Pending{SHA256: a.sha256}
	}
	r.Resumed = start
	for i := start; i < len(bs); i++ {
		if err := ctx.Err(); err != nil {
			r.Status, r.Err = Failed, err
			return r
		}
		if err := s.batch(ctx, &z.Reader, bs[i], &r); err != nil {
			r.Status, r.Err = Failed, fmt.Errorf("batch %d of %d: %w", i+1, len(bs), err)
			return r
		}
		sc.Pending.Batches = i + 1
		if err := cur.save(s.cfg.Dir); err != nil {
			r.Status, r.Err = Failed, err
			return r
		}
	}
	if err := s.withdrawGone(ctx, idx, &r); err != nil {
		r.Status, r.Err = Failed, err
		return r
	}
	sc.ETag, sc.LastModified, sc.SHA256, sc.Pending = a.etag, a.lastModified, a.sha256, nil
	if err := cur.save(s.cfg.Dir); err != nil {
		r.Status, r.Err = Failed, err
		return r
	}
	r.Status = Imported
	return r
}

// withdrawGone looks for the amendments the ledger holds on a text the
// archive covers (it holds amendments tabled on it) that the archive no
// longer holds. One still undecided is withdrawn upstream: it is recorded
// as decided "withdrawn", never silently kept as if pending. One already
// decided keeps its outcome (the source's last word on it) and is counted
// and logged. A replay appends nothing: a withdrawn one is decided.
func (s *Syncer) withdrawGone(ctx context.Context, idx amendmentIndex, r *SourceReport) error {
	var todo []*domain.AmendmentDecided
	s.cfg.View(func(st *domain.State) {
		for bill, as := range st.Law().Amendments {
			for id, a := range as {
				held, ok := idx[a.Tabled.Stage]
				if !ok || held[id] || !a.Complete() {
					continue
				}
				if a.Outcome == "" {
					todo = append(todo, &domain.AmendmentDecided{Bill: bill, Amendment: id, Outcome: "withdrawn"})
				} else if a.Outcome != "withdrawn" {
					r.GoneDecided++
					s.cfg.Log.Warn("sync: a decided amendment is gone from the source; its outcome is kept", "source", r.Source, "bill", bill, "amendment", id, "outcome", a.Outcome)
				}
			}
		}
	})
	sort.Slice(todo, func(i, j int) bool {
		if todo[i].Bill != todo[j].Bill {
			return todo[i].Bill < todo[j].Bill
		}
		return todo[i].Amendment < todo[j].Amendment
	})
	evs := make([]importer.StreamEvent, len(todo))
	for i, e := range todo {
		evs[i] = importer.StreamEvent{Stream: domain.BillStream(e.Bill), Event: e}
	}
	return s.appendAll(ctx, evs, r, func(se importer.StreamEvent) {
		e := se.Event.(*domain.AmendmentDecided)
		s.cfg.Log.Info("sync: amendment gone from the source, recorded as withdrawn", "source", r.Source, "bill", e.Bill, "amendment", e.Amendment)
		r.Gone++
	})
}

// appendAll appends evs in order, in batches when the configuration has
// AppendBatch, counting each event appended in r and calling each, then
// Appended, for it once it is durable.
func (s *Syncer) appendAll(ctx context.Context, evs []importer.StreamEvent, r *SourceReport, each func(importer.StreamEvent)) error {
	done := func(se importer.StreamEvent) {
		r.Events++
		if each != nil {
			each(se)
		}
		if s.cfg.Appended != nil {
			s.cfg.Appended()
		}
	}
	if s.cfg.AppendBatch == nil {
		for _, se := range evs {
			if err := s.cfg.Append(ctx, se.Stream, se.Event); err != nil {
				return fmt.Errorf("couldn't append %s to %s: %w", se.Event.Kind().Name, se.Stream, err)
			}
			done(se)
		}
		return nil
	}
	for len(evs) > 0 {
		n := min(len(evs), s.cfg.BatchEvents)
		if err := s.cfg.AppendBatch(ctx, evs[:n]); err != nil {
			return fmt.Errorf("couldn't append a batch of %d events: %w", n, err)
		}
		for _, se := range evs[:n] {
			done(se)
		}
		evs = evs[n:]
	}
	return nil
}

// batch imports one batch of entries: what is new or changed is appended.
func (s *Syncer) batch(ctx context.Context, z *zip.Reader, files []*zip.File, r *SourceReport) error {
	bfs := newBatchFS(z, files)
	// Amendments on a text the ledger holds belong to the text's bill,
	// whatever batch or archive recorded it. A text held by two bills (its
	// own, from amendments that came first, and a dossier's) keeps its
	// own, else the first bill by id: the choice never varies.
	texts := map[string]law.BillID{}
	s.cfg.View(func(st *domain.State) {
		for b, stages := range st.Law().Stages {
			for id := range stages {
				if !strings.HasPrefix(id, "PION") && !strings.HasPrefix(id, "PRJL") {
					continue
				}
				if cur, ok := texts[id]; !ok || (string(cur) != id && (string(b) == id || law.BillID(b) < cur)) {
					texts[id] = law.BillID(b)
				}
			}
		}
	})
	res, err := importer.ImportWith(bfs, ".", importer.Options{Texts: texts})
	if err != nil {
		return err
	}
	if _, err := importer.LinkScrutins(bfs, ".", res); err != nil {
		return err
	}
	for _, p := range res.Report.Skipped {
		s.cfg.Log.Warn("sync: record skipped", "source", r.Source, "problem", p.String())
	}
	r.Skipped += len(res.Report.Skipped)
	evs := importer.Events(res, nil)
	var todo []importer.StreamEvent
	var ch importer.Changes
	s.cfg.View(func(st *domain.State) { todo, ch = importer.Diff(st, evs) })
	for _, k := range ch.TextsChanged {
		s.cfg.Log.Warn("sync: a stage's text changed upstream; not recorded (a stage's text is fixed when tabled)", "source", r.Source, "stage", k)
	}
	if err := s.appendAll(ctx, todo, r, nil); err != nil {
		return err
	}
	r.Changes = r.Changes.Add(ch)
	return nil
}
