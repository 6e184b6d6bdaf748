//go:build unix

package election

import (
	"syscall"
	"time"
)

// cpuTime returns the process's user+system CPU time, for benchmarks run on a
// shared machine: ops per CPU-second doesn't depend on other processes' load
// the way wall-clock time does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
