// Command simulate runs the national-scale simulation of docs/SCALE.md in
// the embedded mode and measures it:
//
//	go run ./cmd/internal/simulate --dir /tmp/sim --events 10000000 --voters 100000 --ballots 20000
//
// It builds scrutin and scrutin-verify (or takes --scrutin and --verify),
// then:
//
//  1. builds the ledger: `scrutin simulate` (voters registered, bills with
//     their text and amendments, one vote a week with real ballots, each
//     closed, decrypted and tallied);
//  2. measures the data directory on disk;
//  3. starts `scrutin serve --demo=false` on it and measures the time until
//     /readyz says ready (the projections replayed) and the server's
//     resident memory then (VmHWM, VmRSS);
//  4. fetches entry bundles and hash tiles at random from --clients
//     clients for --tiles-for, and counts the tiles served a second;
//  5. runs `scrutin-verify --no-state` against the server: wall time, CPU
//     time and peak resident memory (the kernel's ru_maxrss, what
//     /usr/bin/time -v prints as "Maximum resident set size").
//
// It prints one JSON object with every figure and the load average at each
// step. Nothing here is timed against a deadline: on a loaded machine the
// CPU times are the figures to compare.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

type step struct {
	WallSeconds float64 `json:"wall_s"`
	CPUSeconds  float64 `json:"cpu_s"`
	MaxRSSMiB   float64 `json:"max_rss_mib,omitempty"`
	Load        string  `json:"load_average"`
}

type result struct {
	Events       int64           `json:"events"`
	Build        step            `json:"build"`
	Simulation   json.RawMessage `json:"simulation"`
	LedgerBytes  int64           `json:"ledger_bytes"`
	DataDirBytes int64           `json:"data_dir_bytes"`
	Start        step            `json:"server_start"`
	StartRSSMiB  float64         `json:"server_rss_at_ready_mib"`
	Tiles        struct {
		Clients   int     `json:"clients"`
		Seconds   float64 `json:"seconds"`
		Served    int64   `json:"served"`
		PerSecond float64 `json:"per_second"`
		MiBPerSec float64 `json:"mib_per_second"`
		Errors    int64   `json:"errors"`
		Load      string  `json:"load_average"`
	} `json:"tiles"`
	Audit        step    `json:"audit"`
	AuditExit    int     `json:"audit_exit"`
	AuditSummary string  `json:"audit_summary"`
	ServerHWMMiB float64 `json:"server_peak_rss_mib"`
}

func main() {
	dir := flag.String("dir", "", "work `directory` (created): bin/, data/")
	events := flag.Int64("events", 100000, "entries of the simulated log")
	voters := flag.Int("voters", 10000, "voters registered")
	ballots := flag.Int("ballots", 5000, "ballots a weekly vote")
	bills := flag.Int("bills", 1, "bills a week")
	amendments := flag.Int("amendments", 10, "amendments a bill")
	workers := flag.Int("workers", 2, "goroutines encrypting ballots")
	nosync := flag.Bool("nosync", false, "build the ledger file without fsync (a fixture; the server syncs)")
	scrutin := flag.String("scrutin", "", "scrutin binary (default: built into DIR/bin)")
	verify := flag.String("verify", "", "scrutin-verify binary (default: built into DIR/bin)")
	clients := flag.Int("clients", 16, "clients fetching tiles")
	tilesFor := flag.Duration("tiles-for", 10*time.Second, "how long to fetch tiles")
	flag.Parse()
	if *dir == "" {
		fail("--dir is required")
	}
	var res result
	res.Events = *events
	bin := filepath.Join(*dir, "bin")
	if *scrutin == "" || *verify == "" {
		os.MkdirAll(bin, 0o755)
		*scrutin, *verify = filepath.Join(bin, "scrutin"), filepath.Join(bin, "scrutin-verify")
		must(run(exec.Command("go", "build", "-o", bin+"/", "./cmd/scrutin", "./cmd/scrutin-verify"), nil))
	}
	data := filepath.Join(*dir, "data")

	// 1. The ledger.
	var out strings.Builder
	cmd := exec.Command(*scrutin, "simulate", "--data", data, "--events", fmt.Sprint(*events), "--voters", fmt.Sprint(*voters),
		"--ballots", fmt.Sprint(*ballots), "--bills", fmt.Sprint(*bills), "--amendments", fmt.Sprint(*amendments), "--workers", fmt.Sprint(*workers), fmt.Sprintf("--nosync=%v", *nosync))
	cmd.Stdout = &out
	res.Build = measure(cmd)
	res.Simulation = json.RawMessage(strings.TrimSpace(out.String()))
	if !json.Valid(res.Simulation) {
		fail("scrutin simulate printed %q", out.String())
	}
	fi, err := os.Stat(filepath.Join(data, "ledger.db"))
	must(err)
	res.LedgerBytes = fi.Size()
	filepath.Walk(data, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			res.DataDirBytes += fi.Size()
		}
		return nil
	})

	partial(res, "built")

	// 2. The server's start.
	addr := freeAddr()
	base := "http://" + addr
	srv := exec.Command(*scrutin, "serve", "--demo=false", "--data", data, "--addr", addr)
	srv.Stderr = io.Discard
	t0 := time.Now()
	must(srv.Start())
	defer srv.Process.Kill()
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	for !ready(base) {
		select {
		case err := <-exited:
			fail("the server stopped: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
	}
	res.Start = step{WallSeconds: time.Since(t0).Seconds(), CPUSeconds: procCPU(srv.Process.Pid), Load: loadavg()}
	res.StartRSSMiB = procMiB(srv.Process.Pid, "VmRSS:")
	res.Start.MaxRSSMiB = procMiB(srv.Process.Pid, "VmHWM:")

	partial(res, "server ready")

	// 3. Tiles served.
	res.Tiles.Clients = *clients
	served, bytes, errs := tileLoad(base, *events, *clients, *tilesFor)
	res.Tiles.Seconds = tilesFor.Seconds()
	res.Tiles.Served, res.Tiles.Errors = served, errs
	res.Tiles.PerSecond = float64(served) / tilesFor.Seconds()
	res.Tiles.MiBPerSec = float64(bytes) / tilesFor.Seconds() / (1 << 20)
	res.Tiles.Load = loadavg()

	partial(res, "tiles served")

	// 4. The audit.
	out.Reset()
	cmd = exec.Command(*verify, "--no-state", base)
	cmd.Stdout = &out
	res.Audit = measure(cmd)
	res.AuditExit = cmd.ProcessState.ExitCode()
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	res.AuditSummary = strings.Join(lines[max(0, len(lines)-3):], " | ")
	res.ServerHWMMiB = procMiB(srv.Process.Pid, "VmHWM:")
	srv.Process.Signal(syscall.SIGTERM)
	<-exited

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(res)
	if res.AuditExit != 0 {
		fmt.Fprintln(os.Stderr, out.String())
		os.Exit(1)
	}
}

// partial prints the figures measured so far on stderr, one line, after
// step: a run stopped before its end (a long audit) keeps what it measured.
func partial(res result, step string) {
	b, _ := json.Marshal(res)
	fmt.Fprintf(os.Stderr, "simulate: %s: %s\n", step, b)
}

// measure runs cmd and returns its wall time, CPU time and peak RSS (the
// children's rusage).
func measure(cmd *exec.Cmd) step {
	t0 := time.Now()
	err := run(cmd, os.Stderr)
	st := step{WallSeconds: time.Since(t0).Seconds(), Load: loadavg()}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			st.CPUSeconds = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
			st.MaxRSSMiB = float64(ru.Maxrss) / 1024 // KiB on Linux
		}
	}
	if err != nil && (cmd.ProcessState == nil || cmd.ProcessState.ExitCode() < 0) {
		fail("%s: %v", cmd.Path, err)
	}
	return st
}

func run(cmd *exec.Cmd, stderr io.Writer) error {
	if stderr != nil {
		cmd.Stderr = stderr
	} else {
		cmd.Stderr = os.Stderr
	}
	return cmd.Run()
}

func ready(base string) bool {
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var r struct {
		Ready bool `json:"ready"`
	}
	return json.NewDecoder(resp.Body).Decode(&r) == nil && r.Ready
}

// tileLoad fetches full entry bundles and level-0 hash tiles at random.
func tileLoad(base string, size int64, clients int, d time.Duration) (served, bytes, errs int64) {
	full := size / 256
	if full == 0 {
		return 0, 0, 0
	}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var s, b, e atomic.Int64
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(c), 1))
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
			for ctx.Err() == nil {
				n := r.Int64N(full)
				p := "/log/tile/entries/" + tilePath(n)
				if r.IntN(2) == 0 {
					p = "/log/tile/0/" + tilePath(n)
				}
				req, _ := http.NewRequestWithContext(ctx, "GET", base+p, nil)
				resp, err := client.Do(req)
				if err != nil {
					if ctx.Err() == nil {
						e.Add(1)
					}
					continue
				}
				k, _ := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					e.Add(1)
					continue
				}
				s.Add(1)
				b.Add(k)
			}
		})
	}
	wg.Wait()
	return s.Load(), b.Load(), e.Load()
}

// tilePath is the C2SP tlog-tiles index path of tile n: "x001/x234/067".
func tilePath(n int64) string {
	s := fmt.Sprintf("%03d", n%1000)
	for n /= 1000; n > 0; n /= 1000 {
		s = fmt.Sprintf("x%03d/%s", n%1000, s)
	}
	return s
}

func freeAddr() string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	must(err)
	defer l.Close()
	return l.Addr().String()
}

func procCPU(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	u, _ := strconv.ParseFloat(f[11], 64)
	s, _ := strconv.ParseFloat(f[12], 64)
	return (u + s) / 100 // clock ticks (USER_HZ 100)
}

func procMiB(pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, field) {
			kb, _ := strconv.ParseFloat(strings.Fields(l)[1], 64)
			return kb / 1024
		}
	}
	return 0
}

func loadavg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

func must(err error) {
	if err != nil {
		fail("%v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "simulate: "+format+"\n", args...)
	os.Exit(2)
}
