//go:build unix

package cameo

import (
	"syscall"
	"time"
)

// cpuTime returns the process's user and system CPU time, so that the
// benchmarks can report a cost per word that holds on a machine shared
// with other work (run them with -cpu 1).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
