//go:build unix && !linux

package testenv

import "time"

// CPUTime returns the process's user and system CPU time, so that
// benchmarks can report costs per CPU-second that hold on a machine shared
// with other work (run them with -cpu 1).
func CPUTime() time.Duration { return rusage() }
