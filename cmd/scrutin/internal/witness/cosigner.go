package witness

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/ledger"
	"github.com/scrutin/scrutin/domain"
	"golang.org/x/mod/sumdb/tlog"
)

// Config configures a Cosigner.
type Config struct {
	// Policy lists the witnesses, each with its submission URL, and the
	// quorum of cosignatures a checkpoint needs before it is published.
	Policy domain.WitnessPolicy
	// Interval is how often Run looks for a grown log. Optional: 1s.
	Interval time.Duration
	// Timeout bounds each request to a witness. Optional: 10s.
	Timeout time.Duration
	// HTTP is the HTTP client. Optional: one with keep-alive connections.
	HTTP *http.Client
	// Log receives a warning when a witness refuses or fails. Optional.
	Log *slog.Logger
}

// Cosigner gets each new checkpoint of the log cosigned by the configured
// witnesses and keeps the latest one that reached the quorum.
type Cosigner struct {
	cfg       Config
	witnesses []*state

	round  sync.Mutex // one round at a time: the witnesses' sizes move in order
	mu     sync.Mutex
	latest []byte
	cp     domain.Checkpoint
}

// state is what the Cosigner knows of one witness.
type state struct {
	client  *Client
	known   int64 // the size the witness last cosigned, as far as we know
	failing bool  // its last round failed (logged once, not every round)
}

// NewCosigner checks the policy (every witness needs a URL) and returns a
// Cosigner.
func NewCosigner(cfg Config) (*Cosigner, error) {
	vs, err := cfg.Policy.Verifiers()
	if err != nil {
		return nil, err
	}
	if cfg.Interval <= 0 {
		cfg.Interval = time.Second
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4, IdleConnTimeout: 90 * time.Second}}
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	c := &Cosigner{cfg: cfg}
	for i, w := range cfg.Policy.Witnesses {
		if w.URL == "" {
			return nil, fmt.Errorf("witness %s has no URL to send checkpoints to", vs[i].Name())
		}
		c.witnesses = append(c.witnesses, &state{client: &Client{URL: w.URL, Key: vs[i], HTTP: cfg.HTTP}})
	}
	return c, nil
}

// Latest returns the latest checkpoint cosigned by a quorum of witnesses:
// the log's signed note with the witnesses' cosignature lines appended; nil
// before the first.
func (c *Cosigner) Latest() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.latest
}

// LatestCheckpoint is Latest with the checkpoint it holds.
func (c *Cosigner) LatestCheckpoint() ([]byte, domain.Checkpoint) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.latest, c.cp
}

// Run cosigns the log's checkpoint whenever the log has grown, until ctx is
// done. A round that fails (a witness down, a quorum not reached) is retried
// at the next interval and never stops the log; it is logged when it starts
// failing, then once a minute while it goes on.
func (c *Cosigner) Run(ctx context.Context, l *ledger.Ledger) error {
	t := time.NewTicker(c.cfg.Interval)
	defer t.Stop()
	var failingSince, warned time.Time
	for {
		size, err := l.Log.Size(ctx)
		if latest, cp := c.LatestCheckpoint(); err == nil && (latest == nil || int64(size) > cp.Size) {
			_, err = c.Cosign(ctx, l)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		now := time.Now()
		switch {
		case err != nil:
			if failingSince.IsZero() {
				failingSince = now
			}
			if now.Sub(warned) >= time.Minute {
				c.cfg.Log.Warn("couldn't get the checkpoint cosigned", "err", err, "failing_for", now.Sub(failingSince).Round(time.Second))
				warned = now
			}
		case !failingSince.IsZero():
			c.cfg.Log.Info("checkpoint cosigned again", "after", now.Sub(failingSince).Round(time.Second))
			failingSince, warned = time.Time{}, time.Time{}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Cosign signs the log's current checkpoint, asks every witness for its
// cosignature in parallel, and returns the checkpoint with the cosignatures
// of those that gave one. It becomes Latest if it reached the quorum; if
// not, it is returned with an error wrapping domain.ErrNotWitnessed.
func (c *Cosigner) Cosign(ctx context.Context, l *ledger.Ledger) ([]byte, error) {
	c.round.Lock()
	defer c.round.Unlock()
	signed, cp, err := l.Checkpoint(ctx)
	if err != nil {
		return nil, err
	}
	lines := make([][]byte, len(c.witnesses))
	errs := make([]error, len(c.witnesses))
	var wg sync.WaitGroup
	for i, w := range c.witnesses {
		wg.Go(func() {
			lines[i], errs[i] = c.cosignOne(ctx, l, w, signed, cp)
		})
	}
	wg.Wait()
	out := signed
	var failed []string
	for i, w := range c.witnesses {
		name := w.client.Key.Name()
		if errs[i] != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", name, errs[i]))
			if !w.failing {
				c.cfg.Log.Warn("a witness did not cosign", "witness", name, "size", cp.Size, "err", errs[i])
				w.failing = true
			}
			continue
		}
		if w.failing {
			c.cfg.Log.Info("a witness cosigns again", "witness", name, "size", cp.Size)
			w.failing = false
		}
		if out, err = domain.AddCosignatures(out, lines[i]); err != nil {
			return nil, err
		}
	}
	if _, err := domain.OpenWitnessed(out, l.Verifier(), c.cfg.Policy); err != nil {
		if len(failed) > 0 {
			err = fmt.Errorf("%w; %s", err, strings.Join(failed, "; "))
		}
		return out, err
	}
	c.mu.Lock()
	if c.latest == nil || cp.Size >= c.cp.Size {
		c.latest, c.cp = out, cp
	}
	c.mu.Unlock()
	return out, nil
}

// cosignOne gets one witness's cosignature on the checkpoint, learning the
// witness's size from a 409 when ours is stale (at start, or after another
// submitter moved it).
func (c *Cosigner) cosignOne(ctx context.Context, l *ledger.Ledger, w *state, signed []byte, cp domain.Checkpoint) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	for try := 0; ; try++ {
		old := w.known
		if old > cp.Size {
			return nil, fmt.Errorf("the witness has cosigned size %d, beyond this checkpoint's %d: it was shown another view of this log", old, cp.Size)
		}
		var proof tlog.TreeProof
		if old > 0 {
			p, err := l.Log.ConsistencyProof(ctx, uint64(old), uint64(cp.Size))
			if err != nil {
				return nil, fmt.Errorf("couldn't prove consistency from size %d: %w", old, err)
			}
			proof = p
		}
		sigs, err := w.client.AddCheckpoint(ctx, old, proof, signed)
		var conflict *ConflictError
		if errors.As(err, &conflict) && conflict.Known != old && try < 2 {
			w.known = conflict.Known
			continue
		}
		if err != nil {
			return nil, err
		}
		w.known = cp.Size
		return sigs, nil
	}
}
