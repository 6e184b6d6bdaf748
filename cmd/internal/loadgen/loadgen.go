// Package loadgen drives many voters against a server over HTTP, to
// measure the cast path: registrations and ballot encryption happen first
// and are not measured; then ballots are cast by concurrent clients and
// each one's latency recorded.
package loadgen

import (
	"context"
	"fmt"
	"io"
	"runtime"
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
}

// Result is what a run measured.
type Result struct {
	Ballots   int
	Errors    int
	Elapsed   time.Duration
	PerSecond float64
	P50, P99  time.Duration
	Max       time.Duration
}

func (r Result) String() string {
	return fmt.Sprintf("%d ballots in %v: %.0f ballots/s, latency p50 %v p99 %v max %v, %d errors",
		r.Ballots, r.Elapsed.Round(time.Millisecond), r.PerSecond, r.P50.Round(time.Microsecond), r.P99.Round(time.Microsecond), r.Max.Round(time.Microsecond), r.Errors)
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
	lat := make([]time.Duration, cfg.Voters)
	var errs atomic.Int64
	start := time.Now()
	parallel(cfg.Voters, cfg.Concurrency, func(i int) error {
		t := time.Now()
		if _, err := cfg.Client.Cast(ctx, ballots[i]); err != nil {
			errs.Add(1)
			if errs.Load() == 1 {
				logf("first error: %v", err)
			}
		}
		lat[i] = time.Since(t)
		return nil
	})
	el := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r := Result{Ballots: cfg.Voters, Errors: int(errs.Load()), Elapsed: el, PerSecond: float64(cfg.Voters) / el.Seconds()}
	if n := len(lat); n > 0 {
		r.P50, r.P99, r.Max = lat[n/2], lat[n*99/100], lat[n-1]
	}
	return r, nil
}
