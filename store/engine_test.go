package store

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/store/pgstore"
)

// testEngine is the engine open(t) gives: the suite runs once on SQLite
// and, where a PostgreSQL server is reachable, once more on PostgreSQL.
var testEngine = "sqlite"

func TestMain(m *testing.M) {
	code := m.Run()
	if code != 0 {
		os.Exit(code)
	}
	if err := testenv.PostgresErr(); err != nil {
		fmt.Printf("store: the suite ran on SQLite only: %v\n", err)
		os.Exit(code)
	}
	fmt.Println("store: running the suite again on PostgreSQL")
	testEngine = "postgres"
	os.Exit(m.Run())
}

// openEngine opens an empty store on the suite's engine.
func openEngine(t testing.TB) *DB {
	t.Helper()
	if testEngine != "postgres" {
		return nil
	}
	db, err := Open(PostgresPrefix + testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestRebind(t *testing.T) {
	for _, c := range [][2]string{
		{"SELECT ? , ?", "SELECT $1 , $2"},
		{"SELECT '?' || ?", "SELECT '?' || $1"},
		{`SELECT "a?" FROM t WHERE x = ? -- why?` + "\n AND y = ?", `SELECT "a?" FROM t WHERE x = $1 -- why?` + "\n AND y = $2"},
		{"SELECT 'it''s ?', ?::text", "SELECT 'it''s ?', $1::text"},
		{"no placeholders", "no placeholders"},
	} {
		if got := pgstore.Rebind(c[0]); got != c[1] {
			t.Errorf("Rebind(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestPostgresTarget(t *testing.T) {
	for _, c := range []struct {
		in, dsn string
		ok      bool
	}{
		{"dragoman.db", "", false},
		{"postgres://u@h/db", "postgres://u@h/db", true},
		{"postgresql://u@h/db", "postgresql://u@h/db", true},
		{"postgres:host=h dbname=x", "host=h dbname=x", true},
	} {
		dsn, ok := postgresDSN(c.in)
		if dsn != c.dsn || ok != c.ok {
			t.Errorf("%q: %q %v", c.in, dsn, ok)
		}
	}
	if got := redact("postgres://u:secret@h/db"); got != "postgres://u:xxxxx@h/db" {
		t.Errorf("redact: %s", got)
	}
	if got := redact("host=h password=secret"); got != "postgres: host=h password=xxxxx" {
		t.Errorf("redact: %s", got)
	}
}

// TestConcurrentMerge has several writers store reports of the same
// events at once: each event must come out once, with every mention,
// article and outlet counted, whatever the interleaving.
func TestConcurrentMerge(t *testing.T) {
	db := open(t)
	const writers, perWriter = 4, 30
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wr := db.NewWriter(DefaultMerge, 1)
			for i := 0; i < perWriter; i++ {
				id := fmt.Sprintf("w%d-%d", w, i)
				// three events, each reported by every writer
				code, src := []string{"161", "190", "042"}[i%3], []string{"USAGOV", "RUSMIL", "FRAGOV"}[i%3]
				d := report(id, fmt.Sprintf("Outlet%d", i%5), "The US is withdrawing staff "+id+".", code, src, "IRQ", "2020-12-02", 33.3, 44.4, false)
				if _, err := wr.Add(d); err != nil {
					errs <- err
					return
				}
			}
			errs <- wr.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	evs, err := db.Events(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 {
		t.Fatalf("%d events, want 3", len(evs))
	}
	var counts []string
	for _, e := range evs {
		counts = append(counts, fmt.Sprintf("%s:%d/%d/%d", e.Code, e.Mentions, e.Articles, e.Outlets))
	}
	sort.Strings(counts)
	want := fmt.Sprint([]string{"042:40/40/5", "161:40/40/5", "190:40/40/5"})
	if fmt.Sprint(counts) != want {
		t.Errorf("counts %v, want %v", counts, want)
	}
	st, _ := db.Stats()
	if st.Articles != writers*perWriter || st.Mentions != writers*perWriter {
		t.Errorf("stats %+v", st)
	}
}

// BenchmarkStore times storing analysed documents (one event each, over
// 60 actor pairs and three codes, so that half of them merge) in
// transactions of 32, on the suite's engine: SQLite, then PostgreSQL on
// the second run where a server answers. It reports the time per article
// and the CPU time this process spent per article (the server's is not
// counted).
//
//	go test ./store -run '^$' -bench Store -benchtime 3200x
func BenchmarkStore(b *testing.B) {
	var db *DB
	if testEngine == "postgres" {
		db = openEngine(b)
	} else {
		var err error
		if db, err = Open(b.TempDir() + "/b.db"); err != nil {
			b.Fatal(err)
		}
		defer db.Close()
	}
	w := db.NewWriter(DefaultMerge, 32)
	var batch []*doc.Document
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := SyntheticActors[i%len(SyntheticActors)]
		batch = append(batch, report(fmt.Sprintf("b%d-%d", i, time.Now().UnixNano()), "Outlet"+fmt.Sprint(i%7), "The report number "+fmt.Sprint(i)+" says so.",
			[]string{"161", "190", "042"}[i%3], a, "IRQ", "2020-12-02", 33.3, 44.4, false))
		if len(batch) == 32 || i == b.N-1 {
			if _, err := w.AddAll(batch, nil); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/article")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/article")
}

// TestConcurrentCopies has several writers store copies of one article at
// once (each a batch with another article of its own): one is stored,
// the others are recorded as its copies, whichever comes first.
func TestConcurrentCopies(t *testing.T) {
	db := open(t)
	const writers = 4
	base := story(1, 6)
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	start := make(chan struct{})
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			wr := db.NewWriter(DefaultMerge, 2)
			copy := article(fmt.Sprintf("copy%d", w), base+fmt.Sprintf("Comment %d.", w), "")
			// other merge keys: only the copy locks keep them apart
			copy.Events[0].Code = []string{"190", "042", "161", "138"}[w]
			copy.Events[0].Root = copy.Events[0].Code[:2]
			// a long article of its own after the copy (AddAll adds in
			// id order) keeps each transaction open a while
			own := article(fmt.Sprintf("own%d", w), story(100+1000*w, 2000), "")
			own.Events = nil
			_, err := wr.AddAll([]*doc.Document{copy, own}, nil)
			errs <- err
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	var copies int
	if err := db.QueryRow("SELECT count(*) FROM copies").Scan(&copies); err != nil {
		t.Fatal(err)
	}
	if st := counts(t, db); st.Articles != writers+1 || copies != writers-1 {
		t.Errorf("%s: %d articles and %d copies, want %d and %d", db.Engine().Name(), st.Articles, copies, writers+1, writers-1)
	}
}
