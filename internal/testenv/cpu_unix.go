//go:build unix

package testenv

import (
	"syscall"
	"time"
)

// rusage is the process's user and system CPU time from getrusage.
func rusage() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
