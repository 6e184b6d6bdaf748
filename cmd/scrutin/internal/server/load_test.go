package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/internal/client"
	"github.com/scrutin/scrutin/cmd/internal/loadgen"
	"github.com/scrutin/scrutin/domain"
)

// TestCastLoad measures the cast path end to end on the embedded default:
// a load generator casts ballots over HTTP on loopback, each checked fully
// (rules, signature, proofs in batches) and durably written before its
// receipt is returned. It runs when SCRUTIN_CAST_LOAD gives the number of
// voters (docs/BENCHMARKS.md has the command and the figures);
// SCRUTIN_CAST_CONCURRENCY sets the clients (256), SCRUTIN_CAST_JSON=1 casts
// with the JSON request instead of the binary one.
//
// The load generator runs in its own process (this test binary again,
// with SCRUTIN_CAST_URL set), so that the server's CPU a ballot is
// measured apart from the generator's; SCRUTIN_CAST_INPROCESS=1 runs it in
// this process instead (CPU a ballot then counts both).
func TestCastLoad(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SCRUTIN_CAST_LOAD"))
	if n == 0 {
		t.Skip("set SCRUTIN_CAST_LOAD=voters to run the load test")
	}
	conc := 256
	if c, _ := strconv.Atoi(os.Getenv("SCRUTIN_CAST_CONCURRENCY")); c > 0 {
		conc = c
	}
	cfg := loadgen.Config{Vote: "v1", Voters: n, Concurrency: conc,
		Districts: []domain.District{"75-01", "75-02", "13-04", "69-03"}, Log: testWriter{t},
		JSON: os.Getenv("SCRUTIN_CAST_JSON") != ""}
	if url := os.Getenv("SCRUTIN_CAST_URL"); url != "" {
		// The generator's process: cast, print the result for the parent.
		cfg.Client, cfg.Log = client.New(url), os.Stderr
		res, err := loadgen.Run(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(res)
		fmt.Printf("RESULT %s\n", b)
		return
	}
	e := newElection(t)
	cfg.Client = e.c
	// SCRUTIN_CAST_CPUPROFILE profiles the casting only (the server, and the
	// load generator when in this process), not the setup.
	var prof *os.File
	if p := os.Getenv("SCRUTIN_CAST_CPUPROFILE"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		prof = f
	}
	if os.Getenv("SCRUTIN_CAST_INPROCESS") != "" {
		if prof != nil {
			cfg.Profile = prof
		}
		res, err := loadgen.Run(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("concurrency %d, load generator in this process: %s", conc, res)
		if res.Errors > 0 {
			t.Fatalf("%d ballots refused", res.Errors)
		}
		return
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestCastLoad$", "-test.v")
	cmd.Env = append(os.Environ(), "SCRUTIN_CAST_URL="+e.url)
	var out bytes.Buffer
	cmd.Stdout = &out
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The server's CPU from the moment the generator starts casting (it
	// says so on stderr) to its end: registrations and encryption are not
	// counted.
	var cpu0 time.Duration
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		line := sc.Text()
		t.Log("load generator: " + line)
		if strings.HasPrefix(line, "casting with") {
			cpu0 = selfCPU()
			if prof != nil {
				if err := pprof.StartCPUProfile(prof); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	err = cmd.Wait()
	cpu := selfCPU() - cpu0
	if prof != nil && cpu0 > 0 {
		pprof.StopCPUProfile()
	}
	if err != nil {
		t.Fatalf("load generator: %v\n%s", err, out.String())
	}
	var res loadgen.Result
	line, ok := strings.CutPrefix(strings.TrimSpace(out.String()[strings.LastIndex(out.String(), "RESULT "):]), "RESULT ")
	if !ok || json.Unmarshal([]byte(strings.SplitN(line, "\n", 2)[0]), &res) != nil || cpu0 == 0 {
		t.Fatalf("no result from the load generator:\n%s", out.String())
	}
	t.Logf("concurrency %d, load generator in its own process: %s; server CPU %v, %.0f µs a ballot (load average %s)",
		conc, res, cpu.Round(time.Millisecond), float64(cpu.Microseconds())/float64(res.Ballots), loadAverage())
	if res.Errors > 0 {
		t.Fatalf("%d ballots refused", res.Errors)
	}
}

// selfCPU is this process's user and system CPU time.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAverage is the 1-minute load average (Linux), or "?".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) { w.t.Logf("%s", p); return len(p), nil }
