//go:build !unix

package cameo

import "time"

// cpuTime is not measured on this system: the CPU figure reads 0.
func cpuTime() time.Duration { return 0 }
