package verifier_test

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

// TestSpeed verifies, end to end from an archive directory, a ledger of
// SCRUTIN_VERIFY_BALLOTS voters (docs/bench-verify.md), with
// SCRUTIN_VERIFY_REGISTERED more credentials registered that cast no
// ballot if set (a log of mostly registrations), followed by
// SCRUTIN_VERIFY_BILLS bills if set (a log of mostly bills); both for the
// audit's memory (docs/AUDIT.md "Memory"). SCRUTIN_VERIFY_CREDENTIALS=memory
// keeps the credentials in memory rather than on disk:
//
//	SCRUTIN_VERIFY_BALLOTS=100000 go test ./verifier -run TestSpeed -v -timeout 1h
//	SCRUTIN_VERIFY_BILLS=100000 SCRUTIN_VERIFY_DIR=/tmp/bills-100k go test ./verifier -run TestSpeed -v
//	SCRUTIN_VERIFY_REGISTERED=2000000 SCRUTIN_VERIFY_DIR=/tmp/reg-2m go test ./verifier -run TestSpeed -v -timeout 1h
//
// SCRUTIN_VERIFY_BUILD_ONLY=1 builds the archive and stops, for an audit
// by scrutin-verify under /usr/bin/time -v (its peak memory alone).
func TestSpeed(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SCRUTIN_VERIFY_BALLOTS"))
	bills, _ := strconv.Atoi(os.Getenv("SCRUTIN_VERIFY_BILLS"))
	registered, _ := strconv.Atoi(os.Getenv("SCRUTIN_VERIFY_REGISTERED"))
	if n == 0 && bills == 0 && registered == 0 {
		t.Skip("set SCRUTIN_VERIFY_BALLOTS, SCRUTIN_VERIFY_REGISTERED or SCRUTIN_VERIFY_BILLS to run")
	}
	// SCRUTIN_VERIFY_DIR keeps the archive across runs (building 100,000
	// ballots takes minutes).
	dir := os.Getenv("SCRUTIN_VERIFY_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	if _, err := os.Stat(dir + "/log/checkpoint"); err != nil {
		start := time.Now()
		l, err := ledgertest.Build(ledgertest.Options{Voters: n, Bills: bills, Registered: registered, Seed: "speed"})
		if err != nil {
			t.Fatal(err)
		}
		src, err := l.Honest()
		if err != nil {
			t.Fatal(err)
		}
		if err := ledgertest.WriteDir(src, dir); err != nil {
			t.Fatal(err)
		}
		t.Logf("built and archived %d entries in %v", len(l.Entries), time.Since(start).Round(time.Millisecond))
	}
	if os.Getenv("SCRUTIN_VERIFY_BUILD_ONLY") != "" {
		return // the archive is for scrutin-verify under /usr/bin/time -v
	}
	runtime.GC()
	cpu0 := cpuTime()

	var stages []string
	var last string
	stageStart := time.Now()
	cfg := verifier.Config{CredentialsInMemory: os.Getenv("SCRUTIN_VERIFY_CREDENTIALS") == "memory", Progress: func(stage string, done, total int64) {
		if stage != last {
			if last != "" {
				stages = append(stages, last+" "+time.Since(stageStart).Round(time.Millisecond).String())
			}
			last, stageStart = stage, time.Now()
		}
	}}
	r, err := verifier.Audit(context.Background(), verifier.NewDirSource(dir), cfg)
	if err != nil {
		t.Fatalf("%v\n%s", err, report(t, r))
	}
	stages = append(stages, last+" "+time.Since(stageStart).Round(time.Millisecond).String())
	t.Logf("\n%s", report(t, r))
	t.Logf("stages: %v", stages)
	cpu := cpuTime() - cpu0
	t.Logf("GOMAXPROCS %d: %d entries, %d ballots in %v wall: %.0f ballots/s; %v CPU: %.0f ballots per CPU-second", runtime.GOMAXPROCS(0), r.Size, r.Ballots,
		r.Elapsed.Round(time.Millisecond), float64(r.Ballots)/r.Elapsed.Seconds(), cpu.Round(time.Millisecond), float64(r.Ballots)/cpu.Seconds())
}

// cpuTime is the process's user and system CPU time: under a loaded
// machine, the work done, whatever the wall clock says.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
