// Package webhook delivers the ledger's news (package news) to the
// endpoints an operator configures: HTTP POSTs signed with HMAC-SHA256,
// retried with capped exponential backoff, from a durable outbox so that a
// restart, even after SIGKILL, loses none. Delivery is at least once; the
// Idempotency-Key header (the event's leaf hash) lets a receiver drop
// repeats. docs/OPERATIONS.md, "Feeds and webhooks", is the reference.
//
// The outbox is a bbolt file in the data directory. Its cursor follows the
// log: the follower reads every event from the cursor on (the event store's
// subscription, as the projections do) and, in one transaction, queues the
// news it finds and advances the cursor. So an event is queued exactly
// once, and a queued delivery is removed only when its endpoint answered
// 2xx.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/news"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

// Header names of a delivery.
const (
	// SignatureHeader carries "t=<unix seconds>,v1=<hex HMAC-SHA256>" of
	// "<t>.<body>" under the endpoint's secret.
	SignatureHeader = "Scrutin-Signature"
	// EventHeader carries the item's type, e.g. vote.closed.
	EventHeader = "Scrutin-Event"
	// IdempotencyHeader carries the item's ID: the same on every attempt.
	IdempotencyHeader = "Idempotency-Key"
)

// Endpoint is one receiver of webhooks.
type Endpoint struct {
	// Name identifies the endpoint in the outbox and the logs; unique.
	Name string `json:"name"`
	// URL receives the POSTs.
	URL string `json:"url"`
	// SecretFile holds the HMAC secret (at least 16 bytes, surrounding
	// spaces trimmed); the secret itself is never in the configuration.
	SecretFile string `json:"secret_file"`
	// Events lists the news types to deliver (news.Types). Optional: all.
	Events []string `json:"events,omitempty"`

	secret []byte
}

// ConfigFile is the webhooks' configuration file (SCRUTIN_WEBHOOKS_FILE):
//
//	{"endpoints": [{"name": "trustees", "url": "https://t.example/hook",
//	                "secret_file": "/run/secrets/hook", "events": ["vote.closed"]}]}
type ConfigFile struct {
	Endpoints []Endpoint `json:"endpoints"`
}

// LoadEndpoints reads and checks a configuration file, and the secrets it
// names.
func LoadEndpoints(path string) ([]Endpoint, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("couldn't read the webhooks configuration: %w", err)
	}
	var cf ConfigFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cf); err != nil {
		return nil, fmt.Errorf("couldn't parse the webhooks configuration %s: %w", path, err)
	}
	seen := map[string]bool{}
	for i := range cf.Endpoints {
		e := &cf.Endpoints[i]
		if e.Name == "" || seen[e.Name] || strings.ContainsAny(e.Name, "\x00/") {
			return nil, fmt.Errorf("webhooks configuration: endpoint %d: a unique name is required", i+1)
		}
		seen[e.Name] = true
		u, err := url.Parse(e.URL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return nil, fmt.Errorf("webhooks configuration: endpoint %s: url %q is not an http(s) URL", e.Name, e.URL)
		}
		for _, t := range e.Events {
			if !slices.Contains(news.Types, t) {
				return nil, fmt.Errorf("webhooks configuration: endpoint %s: unknown event %q (known: %s)", e.Name, t, strings.Join(news.Types, ", "))
			}
		}
		if e.SecretFile == "" {
			return nil, fmt.Errorf("webhooks configuration: endpoint %s: secret_file is required", e.Name)
		}
		s, err := os.ReadFile(e.SecretFile)
		if err != nil {
			return nil, fmt.Errorf("webhooks configuration: endpoint %s: couldn't read its secret: %w", e.Name, err)
		}
		if e.secret = bytes.TrimSpace(s); len(e.secret) < 16 {
			return nil, fmt.Errorf("webhooks configuration: endpoint %s: the secret is shorter than 16 bytes", e.Name)
		}
	}
	return cf.Endpoints, nil
}

// WithSecret returns e with its secret set (tests, and callers that load
// secrets themselves).
func (e Endpoint) WithSecret(secret []byte) Endpoint { e.secret = secret; return e }

func (e *Endpoint) wants(typ string) bool {
	return len(e.Events) == 0 || slices.Contains(e.Events, typ)
}

// Config configures an outbox.
type Config struct {
	// Path is the outbox file, e.g. DATA/webhooks.db.
	Path string
	// Endpoints receive the deliveries.
	Endpoints []Endpoint
	// Source is the log, in order (the event store's subscription).
	Source projections.Source
	// Client sends the deliveries. Optional: a client with a 10 s timeout.
	Client *http.Client
	// MinBackoff and MaxBackoff bound the wait before a retry, which
	// doubles from MinBackoff at each failure, up to MaxBackoff, with
	// ±20 % jitter. Optional: 1 s and 10 min.
	MinBackoff, MaxBackoff time.Duration
	// Now is the clock. Optional: time.Now.
	Now func() time.Time
	Log *slog.Logger
}

var (
	bucketMeta       = []byte("meta")
	bucketQueue      = []byte("queue")
	bucketAmendments = []byte("amendments") // news.Item.RevisionKey of amendments tabled and parliamentary votes recorded: a revision is told apart
	keyCursor        = []byte("cursor")
)

// Outbox queues and delivers webhooks.
type Outbox struct {
	cfg  Config
	db   *bolt.DB
	wake chan struct{}

	mu     sync.Mutex
	cursor uint64 // the next position to read
	saved  uint64 // the cursor in the file
	batch  []queued
	tabled map[string]bool // amendments first tabled in the batch
}

// delivery is a queued delivery, as stored.
type delivery struct {
	Endpoint string `json:"endpoint"`
	Type     string `json:"type"`
	ID       string `json:"id"`
	Body     []byte `json:"body"`
	Attempts int    `json:"attempts"`
	Next     int64  `json:"next"`  // Unix ms of the next attempt
	First    int64  `json:"first"` // Unix ms it was queued
	Error    string `json:"error,omitempty"`
}

type queued struct {
	key []byte
	d   delivery
}

// Open opens (or creates) the outbox file.
func Open(cfg Config) (*Outbox, error) {
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 10 * time.Second}
	}
	if cfg.MinBackoff == 0 {
		cfg.MinBackoff = time.Second
	}
	if cfg.MaxBackoff == 0 {
		cfg.MaxBackoff = 10 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	db, err := bolt.Open(cfg.Path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("couldn't open the webhooks outbox: %w", err)
	}
	o := &Outbox{cfg: cfg, db: db, wake: make(chan struct{}, 1), tabled: map[string]bool{}}
	err = db.Update(func(tx *bolt.Tx) error {
		m, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(bucketQueue); err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(bucketAmendments); err != nil {
			return err
		}
		if v := m.Get(keyCursor); len(v) == 8 {
			o.cursor = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("couldn't open the webhooks outbox: %w", err)
	}
	o.saved = o.cursor
	return o, nil
}

// Close closes the file; Run must have returned.
func (o *Outbox) Close() error { return o.db.Close() }

// Cursor returns the next log position the outbox will read.
func (o *Outbox) Cursor() uint64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.cursor
}

// Pending returns how many deliveries wait in the outbox.
func (o *Outbox) Pending() (n int) {
	o.db.View(func(tx *bolt.Tx) error { n = tx.Bucket(bucketQueue).Stats().KeyN; return nil })
	return n
}

// Snapshot calls fn, inside one read transaction, with the size of a
// consistent copy of the outbox file and a function writing it (backups).
func (o *Outbox) Snapshot(fn func(size int64, write func(io.Writer) (int64, error)) error) error {
	return o.db.View(func(tx *bolt.Tx) error { return fn(tx.Size(), tx.WriteTo) })
}

// Run follows the log and delivers until ctx is done.
func (o *Outbox) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); o.flusher(ctx) }()
	go func() { defer wg.Done(); o.deliver(ctx) }()
	err := o.cfg.Source.SubscribeAll(ctx, o.Cursor(), o.follow)
	cancel()
	wg.Wait()
	if ferr := o.flush(); ferr != nil && err == nil {
		err = ferr
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("webhooks outbox stopped at %d: %w", o.Cursor(), err)
	}
	return nil
}

// maxBatch is the most deliveries queued in memory before they are
// written: a burst (an import) costs one transaction per maxBatch, not per
// event.
const maxBatch = 256

func (o *Outbox) follow(pos uint64, entry []byte) error {
	env, err := domain.ParseEntry(entry)
	if err != nil {
		return fmt.Errorf("couldn't decode event %d: %w", pos, err)
	}
	it, ok := news.FromEvent(pos, env)
	if ok {
		it.ID = news.ID(entry)
	}
	o.mu.Lock()
	if pos < o.cursor { // the subscription starts at the cursor; never re-queue
		o.mu.Unlock()
		return nil
	}
	o.cursor = pos + 1
	if k := it.RevisionKey(); ok && k != "" {
		if o.tabled[k] || o.seen(k) {
			it.Revised()
		} else {
			o.tabled[k] = true
		}
	}
	if ok {
		body, err := json.Marshal(it)
		if err != nil {
			o.mu.Unlock()
			return err
		}
		now := o.cfg.Now().UnixMilli()
		for _, e := range o.cfg.Endpoints {
			if e.wants(it.Type) {
				o.batch = append(o.batch, queued{queueKey(e.Name, pos), delivery{Endpoint: e.Name, Type: it.Type, ID: it.ID, Body: body, Next: now, First: now}})
			}
		}
	}
	full := len(o.batch) >= maxBatch
	o.mu.Unlock()
	if full {
		return o.flush()
	}
	return nil
}

// seen reports whether the outbox file records amendment k as tabled.
func (o *Outbox) seen(k string) (ok bool) {
	o.db.View(func(tx *bolt.Tx) error { ok = tx.Bucket(bucketAmendments).Get([]byte(k)) != nil; return nil })
	return ok
}

// flusher writes the batch and the cursor every 100 ms.
func (o *Outbox) flusher(ctx context.Context) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := o.flush(); err != nil {
				o.cfg.Log.Error("couldn't write the webhooks outbox", "err", err)
			}
		}
	}
}

// flush writes the queued deliveries and the cursor in one transaction.
func (o *Outbox) flush() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.batch) == 0 && o.cursor == o.saved {
		return nil
	}
	err := o.db.Update(func(tx *bolt.Tx) error {
		am := tx.Bucket(bucketAmendments)
		for k := range o.tabled {
			if err := am.Put([]byte(k), []byte{1}); err != nil {
				return err
			}
		}
		q := tx.Bucket(bucketQueue)
		for _, d := range o.batch {
			v, _ := json.Marshal(d.d)
			if err := q.Put(d.key, v); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keyCursor, binary.BigEndian.AppendUint64(nil, o.cursor))
	})
	if err != nil {
		return err
	}
	if len(o.batch) > 0 {
		select {
		case o.wake <- struct{}{}:
		default:
		}
	}
	o.batch, o.saved = o.batch[:0], o.cursor
	clear(o.tabled)
	return nil
}

// queueKey is a delivery's key in the queue: the endpoint's name, a zero
// byte, and the event's position (big-endian), so that each endpoint's
// deliveries are together, in log order.
func queueKey(endpoint string, pos uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(endpoint), 0), pos)
}

// deliver sends what is due. Each endpoint gets its deliveries in log
// order: after a failure, its later deliveries wait for the retry.
// Endpoints are served concurrently, so a slow or dead one delays no other.
func (o *Outbox) deliver(ctx context.Context) {
	for {
		next := o.round(ctx)
		wait := time.Until(next)
		if next.IsZero() || wait > time.Minute {
			wait = time.Minute
		}
		if wait < 10*time.Millisecond {
			wait = 10 * time.Millisecond
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-o.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// roundSize is the most deliveries an endpoint is sent in one round (the
// outbox reads no more than that into memory per endpoint).
const roundSize = 256

// deleteBatch is how many delivered items are removed from the queue in
// one transaction.
const deleteBatch = 32

// round attempts the due deliveries of every endpoint and returns when
// the next one is due: soon if an endpoint has more, zero if none waits.
func (o *Outbox) round(ctx context.Context) time.Time {
	var mu sync.Mutex
	var next time.Time
	soonest := func(at time.Time) {
		mu.Lock()
		if next.IsZero() || at.Before(next) {
			next = at
		}
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for i := range o.cfg.Endpoints {
		e := &o.cfg.Endpoints[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			if at, ok := o.roundFor(ctx, e); ok {
				soonest(at)
			}
		}()
	}
	wg.Wait()
	return next
}

// roundFor sends e's due deliveries, in order, until one fails or is not
// due; it returns when e's next delivery is due, and false if none waits.
func (o *Outbox) roundFor(ctx context.Context, e *Endpoint) (time.Time, bool) {
	prefix := append([]byte(e.Name), 0)
	var due []queued
	o.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketQueue).Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(due) < roundSize; k, v = c.Next() {
			var d delivery
			if json.Unmarshal(v, &d) == nil {
				due = append(due, queued{slices.Clone(k), d})
			}
		}
		return nil
	})
	// Deliveries are removed from the queue in batches (one transaction
	// per deleteBatch): a crash re-sends at most that many, which at least
	// once allows, and the outbox is not bound by one fsync per delivery.
	var sent [][]byte
	update := func(fn func(b *bolt.Bucket) error) error {
		err := o.db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketQueue)
			for _, k := range sent {
				if err := b.Delete(k); err != nil {
					return err
				}
			}
			if fn != nil {
				return fn(b)
			}
			return nil
		})
		if err == nil {
			sent = sent[:0]
		}
		return err
	}
	defer func() {
		if len(sent) > 0 {
			if err := update(nil); err != nil {
				o.cfg.Log.Error("couldn't update the webhooks outbox", "err", err)
			}
		}
	}()
	for _, q := range due {
		if ctx.Err() != nil {
			return time.Time{}, false
		}
		now := o.cfg.Now()
		if at := time.UnixMilli(q.d.Next); at.After(now) {
			return at, true
		}
		err := o.send(ctx, e, q.d)
		if err == nil {
			sent = append(sent, q.key)
			if len(sent) >= deleteBatch {
				if err := update(nil); err != nil {
					o.cfg.Log.Error("couldn't update the webhooks outbox", "err", err)
					return now.Add(time.Second), true
				}
			}
			continue
		}
		q.d.Attempts++
		q.d.Error = err.Error()
		// The wait runs from the failure, not from the attempt's start
		// (a slow answer ate into it: retries came early), and the
		// millisecond it is stored in is rounded up, never down.
		now = o.cfg.Now()
		at := now.Add(o.backoff(q.d.Attempts))
		q.d.Next = (at.UnixNano() + int64(time.Millisecond) - 1) / int64(time.Millisecond)
		if uerr := update(func(b *bolt.Bucket) error {
			v, _ := json.Marshal(q.d)
			return b.Put(q.key, v)
		}); uerr != nil {
			o.cfg.Log.Error("couldn't update the webhooks outbox", "err", uerr)
			return now.Add(time.Second), true
		}
		if ctx.Err() == nil {
			o.cfg.Log.Warn("webhook delivery failed", "endpoint", e.Name, "id", q.d.ID, "type", q.d.Type, "attempts", q.d.Attempts, "retry_in", at.Sub(now).Round(time.Millisecond), "err", err)
		}
		return at, true
	}
	if len(due) == roundSize {
		return o.cfg.Now(), true // more to send: another round at once
	}
	return time.Time{}, false
}

// backoff is the wait after the n-th failure: MinBackoff·2^(n-1), capped
// at MaxBackoff, ±20 % jitter.
func (o *Outbox) backoff(n int) time.Duration {
	d := o.cfg.MaxBackoff
	if n < 40 {
		if b := o.cfg.MinBackoff << (n - 1); b > 0 && b < d {
			d = b
		}
	}
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// ErrStatus is a delivery that the endpoint answered with a non-2xx
// status; use errors.As.
type ErrStatus struct{ Status int }

func (e *ErrStatus) Error() string { return fmt.Sprintf("the endpoint answered %d", e.Status) }

func (o *Outbox) send(ctx context.Context, e *Endpoint, d delivery) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.URL, bytes.NewReader(d.Body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "scrutin-webhook/1 (+https://github.com/scrutin/scrutin)")
	req.Header.Set(EventHeader, d.Type)
	req.Header.Set(IdempotencyHeader, d.ID)
	req.Header.Set(SignatureHeader, Sign(e.secret, o.cfg.Now(), d.Body))
	resp, err := o.cfg.Client.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return &ErrStatus{resp.StatusCode}
	}
	return nil
}

// Sign returns the signature header's value for body sent at t:
// "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>".
func Sign(secret []byte, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts + "."))
	m.Write(body)
	return "t=" + ts + ",v1=" + hex.EncodeToString(m.Sum(nil))
}

// ErrSignature is a delivery whose signature header is missing, malformed,
// wrong or too old; use errors.Is.
var ErrSignature = errors.New("webhook signature invalid")

// Verify checks a delivery's signature header against body, as a receiver
// must: the HMAC under secret, and a timestamp within tolerance of now
// (replays of an old delivery are refused; the Idempotency-Key drops
// repeats within the window).
func Verify(secret []byte, header string, body []byte, now time.Time, tolerance time.Duration) error {
	var ts, sig string
	for _, p := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(p, "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sig = v
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sig == "" {
		return fmt.Errorf("%w: malformed header", ErrSignature)
	}
	got, err := hex.DecodeString(sig)
	if err != nil {
		return fmt.Errorf("%w: malformed header", ErrSignature)
	}
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts + "."))
	m.Write(body)
	if !hmac.Equal(got, m.Sum(nil)) {
		return fmt.Errorf("%w: wrong HMAC", ErrSignature)
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tolerance || d < -tolerance {
		return fmt.Errorf("%w: timestamp %d is %v from now", ErrSignature, sec, d.Round(time.Second))
	}
	return nil
}
