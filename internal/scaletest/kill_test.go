package scaletest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/queue"
	"github.com/dragoman/dragoman/store"
)

// buildDragoman compiles the command into the test's directory.
func buildDragoman(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "dragoman")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/dragoman/dragoman/cmd/dragoman").CombinedOutput()
	if err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// run runs the command to its end and returns its standard error.
func run(tb testing.TB, bin string, args ...string) string {
	tb.Helper()
	var stderr bytes.Buffer
	cmd := command(bin, args...)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("dragoman %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stderr.String()
}

// killArticles is the kill test's size: 5,000 articles (about 80 seconds
// on a 2-core machine); DRAGOMAN_KILL_ARTICLES sets another.
func killArticles(tb testing.TB) int {
	if s := os.Getenv("DRAGOMAN_KILL_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			tb.Fatalf("DRAGOMAN_KILL_ARTICLES=%q: want a number of articles", s)
		}
		return n
	}
	return 5000
}

// TestKillWorkers: three worker processes drain a queue into PostgreSQL
// while one of them is killed with SIGKILL three times at random moments
// (and started again each time). Every article must be stored exactly
// once, nothing left pending or failed, and the store must hold what a
// single-process SQLite ingest of the same input holds: the same
// articles, mentions and events, mentions grouped into events the same
// way, with the same counts.
func TestKillWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the kill test in -short mode")
	}
	dsn := testenv.Postgres(t)
	natsURL, stream := testenv.NATS(t)
	n := killArticles(t)
	bin := buildDragoman(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(corpus)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteCorpus(f, n, 97); err != nil {
		t.Fatal(err)
	}
	f.Close()
	ctx := context.Background()
	t.Cleanup(func() {
		if q, err := queue.Open(ctx, natsURL, queue.Options{Stream: stream}); err == nil {
			q.Delete(ctx)
			q.Close()
		}
	})

	base := filepath.Join(dir, "single.db")
	start := time.Now()
	run(t, bin, "ingest", "--db", base, "--input", "jsonl", "--progress=false", corpus)
	single := time.Since(start)
	t.Logf("single-process SQLite ingest of %d articles: %s", n, single.Round(time.Millisecond))

	run(t, bin, "enqueue", "--nats", natsURL, "--stream", stream, "--input", "jsonl", "--progress=false", corpus)
	args := []string{"worker", "--nats", natsURL, "--stream", stream, "--postgres", dsn, "--workers", "2", "--ack-wait", "4s", "--drain", "--progress=false"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var logs []string
	// startWorker starts a worker; lines receives its standard error's
	// lines (with -v, one per article) when it is not nil.
	startWorker := func(name string, lines chan<- string, extra ...string) *exec.Cmd {
		cmd := command(bin, append(slices.Clone(args), extra...)...)
		var stderr bytes.Buffer
		pr, pw := io.Pipe()
		cmd.Stderr = io.MultiWriter(&stderr, pw)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wg.Add(2)
		go func() {
			defer wg.Done()
			sc := bufio.NewScanner(pr)
			for sc.Scan() {
				if lines != nil {
					select {
					case lines <- sc.Text():
					default:
					}
				}
			}
		}()
		go func() {
			defer wg.Done()
			err := cmd.Wait()
			pw.Close()
			mu.Lock()
			out := stderr.String()
			if i := strings.LastIndex(out, "dragoman worker:"); i >= 0 {
				out = out[i:]
			} else {
				out = fmt.Sprintf("(%d articles stored when killed)", strings.Count(out, ": stored (try"))
			}
			logs = append(logs, fmt.Sprintf("%s (%v): %s", name, err, strings.TrimSpace(out)))
			mu.Unlock()
		}()
		return cmd
	}
	start = time.Now()
	startWorker("worker 1", nil)
	startWorker("worker 2", nil)
	// the victim: killed three times at a random moment of its work (after
	// a random number of articles stored, its other loop most likely in
	// the middle of one), started again each time, then let finish
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 20))
	for k := 1; k <= 3; k++ {
		lines := make(chan string, 1024)
		cmd := startWorker(fmt.Sprintf("worker 3, run %d", k), lines, "-v")
		after := 1 + rng.IntN(25)
		for stored := 0; stored < after; {
			line, ok := <-lines
			if !ok {
				break
			}
			if strings.Contains(line, ": stored (try") {
				stored++
			}
			if strings.HasPrefix(line, "dragoman worker:") {
				t.Fatalf("the queue ran dry before kill %d; make the corpus larger", k)
			}
		}
		time.Sleep(time.Duration(rng.IntN(40)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
	}
	startWorker("worker 3, run 4", nil)
	wg.Wait()
	elapsed := time.Since(start)
	for _, l := range logs {
		t.Log(l)
	}
	t.Logf("3 workers, one killed 3 times: %d articles in %s", n, elapsed.Round(time.Millisecond))
	redelivered := 0
	for _, l := range logs {
		if m := redeliveredRe.FindStringSubmatch(l); m != nil {
			k, _ := strconv.Atoi(m[1])
			redelivered += k
		}
	}
	if redelivered == 0 {
		t.Error("no article was redelivered: the kills hit no work in flight, and the test proved nothing")
	}
	t.Logf("%d articles the killed worker held were redelivered and stored by the others", redelivered)

	q, err := queue.Open(ctx, natsURL, queue.Options{Stream: stream})
	if err != nil {
		t.Fatal(err)
	}
	st, err := q.Status(ctx)
	q.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Pending != 0 || st.InFlight != 0 || st.Failed != 0 {
		t.Errorf("queue left with %+v", st)
	}

	sdb, err := store.OpenReadOnly(base)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	pdb, err := store.Open(store.PostgresPrefix + dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pdb.Close()
	want, got := snapshot(t, sdb), snapshot(t, pdb)
	if len(got.articles) != n || len(want.articles) != n {
		t.Errorf("%d articles in PostgreSQL, %d in SQLite, want %d each", len(got.articles), len(want.articles), n)
	}
	compare(t, "articles", want.articles, got.articles)
	compare(t, "copies", want.copies, got.copies)
	compare(t, "unmerged mentions", want.unmerged, got.unmerged)
	compare(t, "events (their mentions and counts)", want.events, got.events)
	t.Logf("%d articles, %d events from %d merged and %d unmerged mentions, equal in both stores",
		len(got.articles), len(got.events), got.merged, len(got.unmerged))
}

var redeliveredRe = regexp.MustCompile(`; (\d+) redelivered`)

// storeSnapshot is a store's content in terms that do not depend on the
// order articles were stored in: article hashes, mentions named by article
// hash and trigger offset, events as the sorted mentions they merge with
// their counts.
type storeSnapshot struct {
	articles, copies, unmerged, events []string
	merged                             int
}

func snapshot(t *testing.T, db *store.DB) storeSnapshot {
	t.Helper()
	var s storeSnapshot
	s.articles, s.copies = hashes(t, db, "articles"), hashes(t, db, "copies")
	rows, err := db.Query(`SELECT a.hash, m.trigger_start, m.code, coalesce(m.event_id, 0), coalesce(e.code, ''), coalesce(e.date, ''),
		coalesce(e.mentions, 0), coalesce(e.articles, 0), coalesce(e.outlets, 0), coalesce(e.src_actor, ''), coalesce(e.tgt_actor, '')
		FROM mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN events e ON e.id = m.event_id`)
	if err != nil {
		t.Fatal(err)
	}
	members := map[int64][]string{}
	desc := map[int64]string{}
	for rows.Next() {
		var hash, code, ecode, date, src, tgt string
		var start, ments, arts, outs int
		var ev int64
		if err := rows.Scan(&hash, &start, &code, &ev, &ecode, &date, &ments, &arts, &outs, &src, &tgt); err != nil {
			t.Fatal(err)
		}
		m := fmt.Sprintf("%s@%d:%s", hash[:12], start, code)
		if ev == 0 {
			s.unmerged = append(s.unmerged, m)
			continue
		}
		s.merged++
		members[ev] = append(members[ev], m)
		desc[ev] = fmt.Sprintf("%s %s %s>%s mentions=%d articles=%d outlets=%d", ecode, date, src, tgt, ments, arts, outs)
	}
	rows.Close()
	for ev, ms := range members {
		slices.Sort(ms)
		s.events = append(s.events, desc[ev]+" ["+strings.Join(ms, " ")+"]")
	}
	slices.Sort(s.articles)
	slices.Sort(s.unmerged)
	slices.Sort(s.events)
	return s
}

// hashes are the sorted hashes of a table's rows.
func hashes(t *testing.T, db *store.DB, table string) []string {
	t.Helper()
	rows, err := db.Query("SELECT hash FROM " + table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			t.Fatal(err)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return out
}

func compare(t *testing.T, what string, want, got []string) {
	t.Helper()
	if slices.Equal(want, got) {
		return
	}
	t.Errorf("%s differ: %d in SQLite, %d in PostgreSQL", what, len(want), len(got))
	shown := 0
	for _, w := range want {
		if !slices.Contains(got, w) && shown < 5 {
			t.Logf("only in SQLite: %.300s", w)
			shown++
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) && shown < 10 {
			t.Logf("only in PostgreSQL: %.300s", g)
			shown++
		}
	}
}

// command is exec.Command for the dragoman binary under test, killed
// with the test process if that ends first.
func command(bin string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	dieWithTest(cmd)
	return cmd
}
