//go:build !unix

package election

import "time"

// cpuTime is not measured on this platform; reportPerCPU then reports nothing.
func cpuTime() time.Duration { return 0 }
