//go:build !unix

package posture_test

import "time"

// cpuTime is not measured here: the cpu-ns/word metric reads 0.
func cpuTime() time.Duration { return 0 }
