//go:build linux

package analyzer_test

import (
	"syscall"
	"time"
	"unsafe"
)

// cpuTime returns the CPU time the process has used, to the nanosecond
// (clock_gettime of CLOCK_PROCESS_CPUTIME_ID counts the running threads'
// current slices, which getrusage may not yet show: the stages' short
// intervals need it), so that the benchmarks can report rates per
// CPU-second on a machine shared with other work.
func cpuTime() time.Duration {
	const clockProcessCPUTime = 2 // CLOCK_PROCESS_CPUTIME_ID
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		var ru syscall.Rusage
		if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
			return 0
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return time.Duration(ts.Nano())
}
