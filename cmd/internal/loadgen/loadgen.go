// Package loadgen drives many voters against a server over HTTP, to
// measure the cast path: registrations and ballot encryption happen first
// and are not measured; then ballots are cast by concurrent clients, each
// over its own kept-alive connection, and each one's latency recorded.
package loadgen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/domain"
)

// Config is a load run.
type Config struct {
	Client      *client.Client
	Vote        domain.VoteID
	Voters      int
	Concurrency int
	Districts   []domain.District // voters are spread over these
	Log         io.Writer         // progress; optional
	// JSON casts with the JSON request (base64 fields) instead of the
	// binary one, application/octet-stream (docs/VOTING.md). Optional.
	JSON bool
	// Profile, if set, receives a CPU profile of the whole process (the
	// server too, when it runs in the same process) while ballots are
	// cast. Optional.
	Profile io.Writer
}

// Result is what a run measured.
type Result struct {
	Ballots   int
	Errors    int
	Elapsed   time.Duration
	PerSecond float64
	P50, P99  time.Duration
	Max       time.Duration
	// CPU is the process's user and system CPU time while casting (zero
	// where the platform doesn't say): with the server in the same
	// process, the cost of a ballot on both sides, whatever else the
	// machine runs.
	CPU  time.Duration
	JSON bool // the JSON request was used
}

func (r Result) String() string {
	body := "binary"
	if r.JSON {
		body = "JSON"
	}
	s := fmt.Sprintf("%d ballots (%s requests) in %v: %.0f ballots/s, latency p50 %v p99 %v max %v, %d errors",
		r.Ballots, body, r.Elapsed.Round(time.Millisecond), r.PerSecond, r.P50.Round(time.Microsecond), r.P99.Round(time.Microsecond), r.Max.Round(time.Microsecond), r.Errors)
	if r.CPU > 0 && r.Ballots > 0 {
		s += fmt.Sprintf("; CPU %v, %.0f µs a ballot", r.CPU.Round(time.Millisecond), float64(r.CPU.Microseconds())/float64(r.Ballots))
	}
	return s
}

func parallel(n, workers int, fn func(i int) error) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errc := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if err := fn(i); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	return <-errc
}

// Run registers cfg.Voters voters, encrypts a ballot for each, then casts
// them all with cfg.Concurrency clients.
func Run(ctx context.Context, cfg Config) (Result, error) {
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	if len(cfg.Districts) == 0 {
		cfg.Districts = []domain.District{"75-01"}
	}
	vote, err := cfg.Client.Vote(ctx, cfg.Vote)
	if err != nil {
		return Result{}, err
	}
	voters := make([]*client.Voter, cfg.Voters)
	logf("registering %d voters…", cfg.Voters)
	err = parallel(cfg.Voters, cfg.Concurrency, func(i int) error {
		v, err := client.NewVoter()
		if err != nil {
			return err
		}
		voters[i] = v
		return cfg.Client.Register(ctx, v, cfg.Districts[i%len(cfg.Districts)])
	})
	if err != nil {
		return Result{}, fmt.Errorf("couldn't register: %w", err)
	}
	logf("encrypting %d ballots…", cfg.Voters)
	ballots := make([]*domain.BallotCast, cfg.Voters)
	err = parallel(cfg.Voters, runtime.NumCPU(), func(i int) error {
		b, err := voters[i].Encrypt(vote, i%len(vote.Options))
		ballots[i] = b
		return err
	})
	if err != nil {
		return Result{}, err
	}
	logf("casting with %d clients…", cfg.Concurrency)
	// Keep one connection a client: the default transport keeps only 2
	// idle connections a host, so most requests would open a new one.
	c := *cfg.Client
	hc := *c.HTTP
	if hc.Transport == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConns = cfg.Concurrency
		tr.MaxIdleConnsPerHost = cfg.Concurrency
		hc.Transport = tr
	}
	c.HTTP = &hc
	cast := func(b *domain.BallotCast) error {
		if cfg.JSON {
			_, err := c.Cast(ctx, b)
			return err
		}
		return castBinary(ctx, &c, b)
	}
	if cfg.Profile != nil {
		if err := pprof.StartCPUProfile(cfg.Profile); err != nil {
			return Result{}, err
		}
	}
	lat := make([]time.Duration, cfg.Voters)
	var errs atomic.Int64
	start, cpu0 := time.Now(), cpuTime()
	parallel(cfg.Voters, cfg.Concurrency, func(i int) error {
		t := time.Now()
		if err := cast(ballots[i]); err != nil {
			errs.Add(1)
			if errs.Load() == 1 {
				logf("first error: %v", err)
			}
		}
		lat[i] = time.Since(t)
		return nil
	})
	el, cpu := time.Since(start), cpuTime()-cpu0
	if cfg.Profile != nil {
		pprof.StopCPUProfile()
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r := Result{Ballots: cfg.Voters, Errors: int(errs.Load()), Elapsed: el, PerSecond: float64(cfg.Voters) / el.Seconds(), CPU: cpu, JSON: cfg.JSON}
	if n := len(lat); n > 0 {
		r.P50, r.P99, r.Max = lat[n/2], lat[n*99/100], lat[n-1]
	}
	return r, nil
}

// castBinary casts a ballot with the binary request, credential ||
// signature || ballot, and decodes the receipt as client.Cast does.
func castBinary(ctx context.Context, c *client.Client, ev *domain.BallotCast) error {
	body := make([]byte, 0, len(ev.Credential)+len(ev.Signature)+len(ev.Ballot))
	body = append(body, ev.Credential[:]...)
	body = append(body, ev.Signature[:]...)
	body = append(body, ev.Ballot...)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/api/v1/votes/"+string(ev.Vote)+"/ballots", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("couldn't reach %s: %w", c.Base, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("couldn't read the receipt: %w", err)
	}
	if resp.StatusCode != http.StatusCreated {
		return &client.Error{Status: resp.StatusCode, Message: string(bytes.TrimSpace(b))}
	}
	var r client.Receipt
	if err := json.Unmarshal(b, &r); err != nil {
		return fmt.Errorf("couldn't decode the receipt: %w", err)
	}
	return nil
}
