// Command appendload drives durable appends over HTTP against Scrutin or
// Tessera's POSIX conformance server, the same way for both, for the side
// by side benchmark (.ci/bench-peers.sh, docs/BENCHMARKS.md):
//
//	appendload --target scrutin --url http://127.0.0.1:8080 --clients 256 --duration 10s --server-pid PID
//	appendload --target tessera --url http://127.0.0.1:2025 --clients 256 --count 100000
//
// Against Scrutin each request is the cheapest valid write: one
// BillIntroduced opening a new stream (POST
// /api/v1/admin/streams/bill-ID/events, expected "no_stream", the admin token
// from SCRUTIN_ADMIN_TOKEN). Against Tessera it is POST /add with a unique
// body of the same size as Scrutin's log entry. Both servers answer only
// once the entry is durable and sequenced. Each client keeps one
// connection alive. It prints one JSON line: appends, errors, seconds,
// appends/s, the server's CPU per append (utime+stime of --server-pid from
// /proc, Linux) and the load average at the end.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scrutin/scrutin/domain"
)

type result struct {
	Target       string  `json:"target"`
	Clients      int     `json:"clients"`
	Appends      int64   `json:"appends"`
	Errors       int64   `json:"errors"`
	Seconds      float64 `json:"seconds"`
	PerSecond    float64 `json:"per_second"`
	ServerCPUs   float64 `json:"server_cpu_s,omitempty"`
	CPUPerAppend float64 `json:"server_cpu_us_per_append,omitempty"`
	Load1        string  `json:"load1"`
	FirstError   string  `json:"first_error,omitempty"`
}

func main() {
	target := flag.String("target", "scrutin", "scrutin or tessera")
	url := flag.String("url", "", "server base URL")
	clients := flag.Int("clients", 64, "concurrent clients, one kept-alive connection each")
	duration := flag.Duration("duration", 10*time.Second, "how long to append (unless --count)")
	count := flag.Int64("count", 0, "append exactly this many entries, then stop")
	prefix := flag.String("prefix", strconv.FormatInt(time.Now().UnixNano(), 36), "unique prefix of the bill ids / entries of this run")
	pid := flag.Int("server-pid", 0, "the server's process id, for its CPU time (Linux /proc)")
	flag.Parse()
	if *url == "" || (*target != "scrutin" && *target != "tessera") {
		fmt.Fprintln(os.Stderr, "usage: appendload --target scrutin|tessera --url URL [--clients N] [--duration D | --count N] [--server-pid PID]")
		os.Exit(2)
	}
	token := os.Getenv("SCRUTIN_ADMIN_TOKEN")
	if *target == "scrutin" && token == "" {
		fmt.Fprintln(os.Stderr, "appendload: set SCRUTIN_ADMIN_TOKEN")
		os.Exit(2)
	}

	// The entry size Scrutin logs for a bill, to send Tessera as much.
	entrySize := len(entry(*prefix, 0))
	// Each client has its own connection, from its own loopback address
	// when the server is on 127.0.0.1: Scrutin rate-limits the admin
	// endpoints per client address (50/s, burst 500), which one address
	// would hit long before the server's capacity.
	spread := strings.Contains(*url, "//127.0.0.1:")
	newClient := func(c int) *http.Client {
		d := &net.Dialer{Timeout: 10 * time.Second}
		if spread {
			d.LocalAddr = &net.TCPAddr{IP: net.IPv4(127, 0, byte(1+c/250), byte(2+c%250))}
		}
		return &http.Client{Timeout: time.Minute, Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 1, MaxConnsPerHost: 1}}
	}
	send := func(ctx context.Context, hc *http.Client, i int64) error {
		var req *http.Request
		var err error
		if *target == "scrutin" {
			req, err = http.NewRequestWithContext(ctx, "POST", *url+"/api/v1/admin/streams/"+string(domain.BillStream(billID(*prefix, i)))+"/events", bytes.NewReader(scrutinBody(*prefix, i)))
			if err == nil {
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+token)
			}
		} else {
			body := fmt.Appendf(nil, "%s-%d ", *prefix, i)
			body = append(body, bytes.Repeat([]byte{'x'}, max(0, entrySize-len(body)))...)
			req, err = http.NewRequestWithContext(ctx, "POST", *url+"/add", bytes.NewReader(body))
		}
		if err != nil {
			return err
		}
		resp, err := hc.Do(req)
		if err != nil {
			return err
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode/100 != 2 {
			return fmt.Errorf("%s: %s", resp.Status, strings.TrimSpace(string(b)))
		}
		return nil
	}

	ctx := context.Background()
	if *count == 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}
	var next, done, errs atomic.Int64
	var firstErr atomic.Value
	cpu0 := cpuSeconds(*pid)
	start := time.Now()
	var wg sync.WaitGroup
	for c := range *clients {
		hc := newClient(c)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := next.Add(1) - 1
				if *count > 0 && i >= *count {
					return
				}
				if err := send(ctx, hc, i); err != nil {
					if ctx.Err() != nil {
						return // cut by the end of the run: not counted
					}
					errs.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	el := time.Since(start).Seconds()
	r := result{Target: *target, Clients: *clients, Appends: done.Load(), Errors: errs.Load(), Seconds: el, PerSecond: float64(done.Load()) / el, Load1: load1()}
	if s, ok := firstErr.Load().(string); ok {
		r.FirstError = s
	}
	if *pid > 0 && r.Appends > 0 {
		r.ServerCPUs = cpuSeconds(*pid) - cpu0
		r.CPUPerAppend = r.ServerCPUs * 1e6 / float64(r.Appends)
	}
	json.NewEncoder(os.Stdout).Encode(r)
	if r.Errors > 0 {
		os.Exit(1)
	}
}

func billID(prefix string, i int64) domain.BillID {
	return domain.BillID(fmt.Sprintf("b%s-%d", prefix, i))
}

func bill(prefix string, i int64) *domain.BillIntroduced {
	return &domain.BillIntroduced{Bill: billID(prefix, i), Type: domain.BillProposition, Title: fmt.Sprintf("Proposition de loi n° %d", i)}
}

func entry(prefix string, i int64) []byte {
	b, err := domain.MarshalEntry(domain.Envelope{Stream: domain.BillStream(billID(prefix, i)), Time: time.Now(), Event: bill(prefix, i)})
	if err != nil {
		panic(err)
	}
	return b
}

func scrutinBody(prefix string, i int64) []byte {
	data, err := json.Marshal(bill(prefix, i))
	if err != nil {
		panic(err)
	}
	b, _ := json.Marshal(map[string]any{"expected": "no_stream", "events": []map[string]any{{"type": "BillIntroduced", "data": json.RawMessage(data)}}})
	return b
}

// cpuSeconds is the user+system CPU time of process pid (Linux: fields 14
// and 15 of /proc/PID/stat, in clock ticks of 1/100 s), 0 if unknown.
func cpuSeconds(pid int) float64 {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	k, _ := strconv.ParseFloat(f[12], 64)
	return (u + k) / 100
}

func load1() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
