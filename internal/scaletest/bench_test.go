package scaletest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/queue"
	"github.com/dragoman/dragoman/store"
)

// BenchmarkScaling measures, on one corpus of DRAGOMAN_BENCH_ARTICLES
// articles (default 3,000): real news, the first of the Wikinews politics
// articles in the shared data (about 340 words each), or, without the
// shared data or with DRAGOMAN_BENCH_CORPUS=synthetic, the kill test's
// synthetic reports (about 40 templated words each, 997 events reported
// three times: a test of the store's merging more than of the workers), the
// articles stored per second by
//   - embedded: 'dragoman ingest --workers 1' into SQLite, one process;
//   - queue-1: one 'dragoman worker --workers 1' process taking them from
//     the NATS queue into PostgreSQL;
//   - queue-2: two such processes at once;
//
// each as the whole process's wall time (loading included) once the
// articles are queued and the PostgreSQL schema made; the -steady
// figures count from when the workers start taking articles (loading
// excluded) to when the last one is done. It reports second-adds (what the second process
// adds, as a share of the first's rate), queue-cost (the queue and
// PostgreSQL path's seconds per article over the embedded path's), and
// the CPU time per article of the dragoman processes alone (the
// servers' is not counted), and, when the servers run on this machine,
// the CPU time per article of PostgreSQL and of NATS (all their
// processes, testenv.ServerCPU) while one worker drains the queue: wall
// times on a machine shared with other work are only as good as the
// share of the cores it gets.
// DRAGOMAN_BENCH_BIN names a dragoman binary to measure instead of one
// built from this tree (another version's, to compare the two in one
// session).
//
//	go test -run - -bench Scaling -benchtime 1x ./internal/scaletest/
func BenchmarkScaling(b *testing.B) {
	dsnErr, natsErr := testenv.PostgresErr(), testenv.NATSErr()
	if dsnErr != nil || natsErr != nil {
		b.Skipf("skipping: %v %v", dsnErr, natsErr)
	}
	n := 3000
	if s := os.Getenv("DRAGOMAN_BENCH_ARTICLES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	bin := os.Getenv("DRAGOMAN_BENCH_BIN")
	if bin == "" {
		bin = buildDragoman(b)
	}
	dir := b.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	f, _ := os.Create(corpus)
	shared := testenv.SharedDir()
	switch c := os.Getenv("DRAGOMAN_BENCH_CORPUS"); {
	case c == "wikinews" && shared == "":
		b.Skip("skipping: DRAGOMAN_BENCH_CORPUS=wikinews needs the shared data (../shared)")
	case c != "" && c != "wikinews" && c != "synthetic":
		b.Fatalf("DRAGOMAN_BENCH_CORPUS=%q: want wikinews or synthetic", c)
	case c == "synthetic":
		shared = ""
	}
	if shared != "" {
		k, err := WriteWikinews(f, filepath.Join(shared, "corpora", "wikinews", "articles.jsonl"), n)
		if err != nil {
			b.Fatal(err)
		}
		n = k
	} else {
		WriteCorpus(f, n, 997)
	}
	f.Close()
	var embedded, one, two, oneSteady, twoSteady, embeddedCPU, oneCPU, pgCPU, natsCPU time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		db := filepath.Join(dir, fmt.Sprintf("e%d.db", i))
		t0 := time.Now()
		cmd := command(bin, "ingest", "--db", db, "--workers", "1", "--input", "jsonl", "--progress=false", corpus)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("ingest: %v\n%s", err, out)
		}
		embedded += time.Since(t0)
		embeddedCPU += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		d, steady, cpu, servers := queueRun(b, bin, corpus, 1, n)
		pgCPU += servers[0]
		natsCPU += servers[1]
		one += d
		oneSteady += steady
		oneCPU += cpu
		d, steady, _, _ = queueRun(b, bin, corpus, 2, n)
		two += d
		twoSteady += steady
	}
	rate := func(d time.Duration) float64 { return float64(n*b.N) / d.Seconds() }
	b.ReportMetric(rate(embedded), "embedded-articles/s")
	b.ReportMetric(rate(one), "queue-1-articles/s")
	b.ReportMetric(rate(two), "queue-2-articles/s")
	b.ReportMetric((rate(two)-rate(one))/rate(one), "second-adds")
	b.ReportMetric(rate(oneSteady), "queue-1-steady-articles/s")
	b.ReportMetric(rate(twoSteady), "queue-2-steady-articles/s")
	b.ReportMetric((rate(twoSteady)-rate(oneSteady))/rate(oneSteady), "second-adds-steady")
	b.ReportMetric(one.Seconds()/embedded.Seconds(), "queue-cost")
	perArticle := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(n*b.N) }
	b.ReportMetric(perArticle(embeddedCPU), "embedded-cpu-ms/article")
	b.ReportMetric(perArticle(oneCPU), "worker-cpu-ms/article")
	if pgCPU > 0 {
		b.ReportMetric(perArticle(pgCPU), "postgres-cpu-ms/article")
	}
	if natsCPU > 0 {
		b.ReportMetric(perArticle(natsCPU), "nats-cpu-ms/article")
	}
}

var summary = regexp.MustCompile(`dragoman worker: (\d+) stored, (\d+) already there, \d+ retried, \d+ dead letters in ([^ ]+) `)

// queueRun queues the corpus on a stream and schema of its own and times
// procs worker processes draining it; servers is the CPU time PostgreSQL
// and NATS spent meanwhile.
func queueRun(b *testing.B, bin, corpus string, procs, n int) (wall, steady, cpu time.Duration, servers [2]time.Duration) {
	b.StopTimer()
	dsn, cleanup, err := testenv.NewPostgresSchema()
	if err != nil {
		b.Fatal(err)
	}
	defer cleanup()
	natsURL, stream := testenv.NATS(b)
	defer func() {
		if q, err := queue.Open(context.Background(), natsURL, queue.Options{Stream: stream}); err == nil {
			q.Delete(context.Background())
			q.Close()
		}
	}()
	run(b, bin, "enqueue", "--nats", natsURL, "--stream", stream, "--input", "jsonl", "--progress=false", corpus)
	db, err := store.Open(store.PostgresPrefix + dsn) // the schema, made before the clock starts
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	b.StartTimer()
	t0 := time.Now()
	pg0, nats0 := testenv.ServerCPU("postgres"), testenv.ServerCPU("nats-server")
	cmds := make([]*exec.Cmd, procs)
	outs := make([]*bytesBuffer, procs)
	for p := range cmds {
		cmds[p] = command(bin, "worker", "--nats", natsURL, "--stream", stream, "--postgres", dsn, "--workers", "1", "--drain", "--progress=false")
		outs[p] = &bytesBuffer{}
		cmds[p].Stderr = outs[p]
		if err := cmds[p].Start(); err != nil {
			b.Fatal(err)
		}
	}
	stored := 0
	for p, c := range cmds {
		if err := c.Wait(); err != nil {
			b.Fatalf("worker: %v\n%s", err, outs[p])
		}
		cpu += c.ProcessState.UserTime() + c.ProcessState.SystemTime()
		if m := summary.FindStringSubmatch(outs[p].String()); m != nil {
			// An article the store already holds (the corpus may hold two
			// with the same key) was taken from the queue all the same.
			k, _ := strconv.Atoi(m[1])
			there, _ := strconv.Atoi(m[2])
			stored += k + there
			if d, err := time.ParseDuration(m[3]); err == nil && d > steady {
				steady = d
			}
		}
	}
	wall = time.Since(t0)
	servers = [2]time.Duration{testenv.ServerCPU("postgres") - pg0, testenv.ServerCPU("nats-server") - nats0}
	b.StopTimer()
	if stored != n {
		b.Fatalf("%d workers stored %d articles of %d", procs, stored, n)
	}
	b.StartTimer()
	return wall, steady, cpu, servers
}

type bytesBuffer struct{ bytes.Buffer }
