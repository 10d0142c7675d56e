package testenv

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// ServerCPU is the CPU time the processes named name (such as
// "postgres" or "nats-server") have used, their reaped children's
// included, so that the CPU of a server's connections that ended is
// counted too: a benchmark reads it before and after its work when the
// server runs on this machine. It is 0 where /proc is not there or no
// such process runs (the difference then says nothing). Clock ticks are
// taken as 100 a second, the Linux default; the figure includes whatever
// else the server did meanwhile.
func ServerCPU(name string) time.Duration {
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	var ticks int64
	for _, p := range stats {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := string(b)
		open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || end < open || s[open+1:end] != name {
			continue
		}
		// after "pid (comm) ": state is field 3; utime, stime, cutime and
		// cstime are fields 14 to 17
		f := strings.Fields(s[end+1:])
		if len(f) < 15 {
			continue
		}
		for _, v := range f[11:15] {
			n, _ := strconv.ParseInt(v, 10, 64)
			ticks += n
		}
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}
