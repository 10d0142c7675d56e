//go:build linux

package testenv

import (
	"syscall"
	"time"
	"unsafe"
)

// CPUTime returns the CPU time the process has used, to the nanosecond
// (clock_gettime of CLOCK_PROCESS_CPUTIME_ID counts the running threads'
// current slices, which getrusage may not yet show: short intervals need
// it), so that benchmarks can report costs per CPU-second that hold on a
// machine shared with other work (run them with -cpu 1).
func CPUTime() time.Duration {
	const clockProcessCPUTime = 2 // CLOCK_PROCESS_CPUTIME_ID
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return rusage()
	}
	return time.Duration(ts.Nano())
}
