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

// ProcessCPU is the CPU time each of these processes has used (its own,
// not its children's), by process id; a process that is not there is
// left out. With the ids of a benchmark's own PostgreSQL connections
// (pg_stat_activity), read before and after its work, it says what the
// server spent on the benchmark's statements alone while other clients
// use the same server (the WAL writer, checkpoints and autovacuum left
// out).
func ProcessCPU(pids []int) map[int]time.Duration {
	out := map[int]time.Duration{}
	for _, pid := range pids {
		b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
		if err != nil {
			continue
		}
		s := string(b)
		end := strings.LastIndexByte(s, ')')
		if end < 0 {
			continue
		}
		f := strings.Fields(s[end+1:])
		if len(f) < 13 {
			continue
		}
		var ticks int64
		for _, v := range f[11:13] {
			n, _ := strconv.ParseInt(v, 10, 64)
			ticks += n
		}
		out[pid] = time.Duration(ticks) * 10 * time.Millisecond
	}
	return out
}
