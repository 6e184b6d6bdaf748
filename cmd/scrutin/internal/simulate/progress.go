package simulate

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// progress measures the generator between two progress lines: CPU time
// (getrusage) an event, the Go heap in use and the resident memory, so that
// a long run shows whether its cost per event stays flat.
type progress struct {
	cpu    time.Duration
	wall   time.Time
	events int64
}

// newProgress starts measuring at events.
func newProgress(events int64) *progress {
	return &progress{cpu: processCPU(), wall: time.Now(), events: events}
}

// step says what the events since the last step cost, and moves on.
func (p *progress) step(events int64) string {
	cpu, now := processCPU(), time.Now()
	n := max(events-p.events, 1)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	line := fmt.Sprintf("%.1f µs of CPU an event over the last %d (%.1f s of wall clock), heap %d MiB in use, resident %d MiB",
		float64((cpu-p.cpu).Microseconds())/float64(n), n, now.Sub(p.wall).Seconds(), ms.HeapInuse>>20, residentKiB()>>10)
	p.cpu, p.wall, p.events = cpu, now, events
	return line
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// residentKiB is VmRSS of /proc/self/status (0 where there is none).
func residentKiB() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
