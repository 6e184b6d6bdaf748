package server

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/go-sql-driver/mysql" // the sequencer's lease, in MariaDB

	"github.com/scrutin/scrutin/cmd/scrutin/internal/app"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/esdb"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/eventstore"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/merklelog"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/metrics"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/ordinal"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/sequencer"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian"
)

// backends are the two ports, as the rest of the server uses them: a store
// whose positions are leaf indices, and the Merkle log.
type backends struct {
	store eventstore.Store
	log   merklelog.Log
	// head returns how many events the store holds.
	head func(context.Context) (uint64, error)

	db   *embedded.DB // embedded mode
	dist *distributed // distributed mode
}

// distributedMode reports whether cfg names distributed backends, and
// checks it names both.
func (cfg *Config) distributedMode() (bool, error) {
	store, err := cfg.storeURL()
	if err != nil {
		return false, err
	}
	switch {
	case store == "" && cfg.LogURL == "":
		return false, nil
	case store == "":
		return false, errors.New("--log names a Trillian log but no EventStoreDB store is set: set SCRUTIN_STORE_FILE (or --store esdb://… without a password)")
	case cfg.LogURL == "":
		return false, errors.New("an EventStoreDB store is set but no Merkle log: add --log trillian://host:port?tree=ID")
	}
	return true, nil
}

// storeURL returns the EventStoreDB connection string: Store (flag or
// SCRUTIN_STORE), else the first line of StoreFile. "" or "embedded" is the
// embedded mode.
func (cfg *Config) storeURL() (string, error) {
	s := strings.TrimSpace(cfg.Store)
	if s == "" && cfg.StoreFile != "" {
		b, err := os.ReadFile(cfg.StoreFile)
		if err != nil {
			return "", fmt.Errorf("couldn't read the store's connection string: %w", err)
		}
		s = strings.TrimSpace(string(b))
	}
	if s == "embedded" {
		s = ""
	}
	if s != "" && !strings.HasPrefix(s, "esdb://") && !strings.HasPrefix(s, "esdb+discover://") &&
		!strings.HasPrefix(s, "kurrentdb://") && !strings.HasPrefix(s, "kurrentdb+discover://") {
		return "", fmt.Errorf("the store %q is not an EventStoreDB connection string (esdb://host:port?…) nor \"embedded\"", redact(s))
	}
	return s, nil
}

// CheckStoreFlag refuses a --store value that carries a password: secrets
// come from files or the environment, never flags (they would show in ps).
func CheckStoreFlag(s string) error {
	if u, err := url.Parse(s); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			return errors.New("--store holds a password: put the connection string in a file named by SCRUTIN_STORE_FILE, or in SCRUTIN_STORE")
		}
	}
	return nil
}

// redact hides the password of a URL for messages.
func redact(s string) string {
	if u, err := url.Parse(s); err == nil {
		return u.Redacted()
	}
	return "(unparseable)"
}

func (cfg *Config) leaseDSN() (string, error) {
	if cfg.LeaseDSN != "" {
		return strings.TrimSpace(cfg.LeaseDSN), nil
	}
	if cfg.LeaseDSNFile == "" {
		return "", nil
	}
	b, err := os.ReadFile(cfg.LeaseDSNFile)
	if err != nil {
		return "", fmt.Errorf("couldn't read the lease DSN: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

func openEmbedded(cfg Config) (*backends, error) {
	db, err := embedded.Open(filepath.Join(cfg.DataDir, "ledger.db"), embedded.Options{Now: cfg.Now})
	if err != nil {
		return nil, err
	}
	log := db.Log()
	return &backends{store: db, log: log, db: db, head: log.Size}, nil
}

// registrarDB is the database shared by the replicas for the registrar's
// state: the lease database in distributed mode, else nil.
func (b *backends) registrarDB() *sql.DB {
	if b.dist == nil {
		return nil
	}
	return b.dist.leaseDB
}

func (b *backends) close() error {
	if b.db != nil {
		return b.db.Close()
	}
	return b.dist.close()
}

// distributed is the distributed mode: EventStoreDB holds the events,
// Trillian the Merkle log, and the sequencer, active in one replica at a
// time (the lease), copies the first into the second. Every replica numbers
// the store's events (ordinal.Store) and watches the log's progress.
type distributed struct {
	es      *esdb.Store
	ord     *ordinal.Store
	log     *trillian.Log
	seq     *sequencer.Sequencer
	leaseDB *sql.DB
	now     func() time.Time

	mu       sync.Mutex
	size     uint64    // the log's size at the last look
	count    uint64    // events numbered at the last look
	logErr   error     // the last look's error reading the log
	progress time.Time // when the log last grew or was caught up
	seqErr   error     // why the sequencer stopped
}

// StallAfter is how long the log may hold events back without growing
// before the replica says it is not ready and pauses writes.
const StallAfter = 10 * time.Second

func openDistributed(ctx context.Context, cfg Config, store string) (*backends, error) {
	tcfg, err := trillian.ParseURL(cfg.LogURL)
	if err != nil {
		return nil, err
	}
	if tcfg.CachePath == "" {
		tcfg.CachePath = filepath.Join(cfg.DataDir, "trillian-cache-"+strconv.FormatInt(tcfg.TreeID, 10)+".db")
	}
	tcfg.Logger = cfg.Log
	dsn, err := cfg.leaseDSN()
	if err != nil {
		return nil, err
	}
	d := &distributed{now: cfg.Now, progress: cfg.Now()}
	octx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if d.es, err = esdb.OpenConfig(octx, esdb.Config{URL: store, Logger: cfg.Log}); err != nil {
		return nil, err
	}
	if d.log, err = trillian.Open(octx, tcfg); err != nil {
		d.close()
		return nil, err
	}
	var lease sequencer.Lease
	if dsn != "" {
		if d.leaseDB, err = sql.Open("mysql", dsn); err != nil {
			d.close()
			return nil, fmt.Errorf("couldn't open the lease database: %w", err)
		}
		name := "sequencer/" + strconv.FormatInt(tcfg.TreeID, 10)
		if lease, err = sequencer.NewSQLLease(octx, d.leaseDB, name, sequencer.NewHolderID(), 10*time.Second); err != nil {
			d.close()
			return nil, err
		}
	} else {
		cfg.Log.Warn("no lease database (SCRUTIN_LEASE_DSN_FILE): this replica sequences alone; never run a second one")
	}
	if d.seq, err = sequencer.New(sequencer.Config{Store: d.es, Log: d.log, Lease: lease, Logger: cfg.Log}); err != nil {
		d.close()
		return nil, err
	}
	d.ord = ordinal.New(d.es, cfg.Log)
	return &backends{store: d.ord, log: d.log, head: d.ord.Head, dist: d}, nil
}

func (d *distributed) close() error {
	var errs []error
	if d.ord != nil {
		errs = append(errs, d.ord.Close())
	}
	if d.es != nil {
		errs = append(errs, d.es.Close())
	}
	if d.log != nil {
		errs = append(errs, d.log.Close())
	}
	if d.leaseDB != nil {
		errs = append(errs, d.leaseDB.Close())
	}
	return errors.Join(errs...)
}

// run runs the sequencer (when this replica holds the lease) and watches
// the log until ctx is done.
func (d *distributed) run(ctx context.Context, logf func(msg string, args ...any)) {
	seqDone := make(chan struct{})
	defer func() { <-seqDone }() // it releases the lease before the database closes
	go func() {
		defer close(seqDone)
		err := d.seq.Run(ctx)
		if ctx.Err() == nil {
			logf("the sequencer stopped", "err", err)
			d.mu.Lock()
			d.seqErr = err
			d.mu.Unlock()
		}
	}()
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		d.look(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// look reads the log's size and the store's count.
func (d *distributed) look(ctx context.Context) {
	lctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	size, err := d.log.Size(lctx)
	cancel()
	count := d.ord.Count()
	d.mu.Lock()
	defer d.mu.Unlock()
	d.logErr = err
	if err != nil {
		return
	}
	if size > d.size || size >= count {
		d.progress = d.now()
	}
	d.size, d.count = size, count
}

// lag returns the events in the store not yet in the log, and for how long
// the log has not grown while some were waiting.
func (d *distributed) lag() (events uint64, stalled time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.count > d.size {
		events = d.count - d.size
		stalled = d.now().Sub(d.progress)
	}
	return events, stalled
}

// problems says what keeps this replica from being ready, or nothing.
func (d *distributed) problems() []string {
	var out []string
	if err := d.ord.Err(); err != nil {
		out = append(out, "event store: "+err.Error())
	}
	d.mu.Lock()
	logErr, seqErr := d.logErr, d.seqErr
	d.mu.Unlock()
	if logErr != nil {
		out = append(out, "Merkle log: "+logErr.Error())
	}
	if seqErr != nil {
		out = append(out, "sequencer stopped: "+seqErr.Error())
	}
	if n, stalled := d.lag(); stalled > StallAfter {
		out = append(out, fmt.Sprintf("the Merkle log has not grown for %s with %d events waiting", stalled.Round(time.Second), n))
	}
	return out
}

// writable pauses writes while the log takes no events, so that what is
// acknowledged stays within what the log will soon hold.
func (d *distributed) writable() error {
	d.mu.Lock()
	logErr := d.logErr
	d.mu.Unlock()
	if logErr != nil {
		return &app.PausedError{Reason: "the Merkle log is unreachable"}
	}
	if n, stalled := d.lag(); stalled > StallAfter {
		return &app.PausedError{Reason: fmt.Sprintf("the Merkle log has not grown for %s with %d events waiting", stalled.Round(time.Second), n)}
	}
	if d.ord.Err() != nil {
		return &app.PausedError{Reason: "the event store's order is not being followed"}
	}
	return nil
}

// metrics registers the sequencer's gauges.
func (d *distributed) metrics(m *metrics.Registry) {
	m.GaugeFunc("scrutin_sequencer_lag_events", "Events in the store not yet in the Merkle log.", func() float64 {
		n, _ := d.lag()
		return float64(n)
	})
	m.GaugeFunc("scrutin_sequencer_stalled_seconds", "How long the Merkle log has not grown while events waited.", func() float64 {
		_, s := d.lag()
		return s.Seconds()
	})
	m.GaugeFunc("scrutin_sequencer_active", "1 when this replica holds the sequencer's lease.", func() float64 {
		if d.seq.Active() {
			return 1
		}
		return 0
	})
	m.GaugeFunc("scrutin_store_events", "Events numbered from the event store's global order.", func() float64 {
		return float64(d.ord.Count())
	})
}
