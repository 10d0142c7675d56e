package scaletest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/store"
)

// analysed are real articles analysed once for the store benchmarks.
var analysed struct {
	once sync.Once
	docs []*doc.Document
	srcs []*store.Source
	err  error
}

// wikinewsDocs analyses the first n Wikinews articles of the shared data
// (once per test binary), keeping each article's input as a worker does.
func wikinewsDocs(b *testing.B, n int) ([]*doc.Document, []*store.Source) {
	shared := testenv.SharedDir()
	if shared == "" {
		b.Skip("skipping: needs the shared data (../shared)")
	}
	analysed.once.Do(func() {
		corpus := filepath.Join(b.TempDir(), "wikinews.jsonl")
		f, err := os.Create(corpus)
		if err != nil {
			analysed.err = err
			return
		}
		if _, err := WriteWikinews(f, filepath.Join(shared, "corpora", "wikinews", "articles.jsonl"), n); err != nil {
			analysed.err = err
			return
		}
		f.Close()
		an, err := analyzer.New(analyzer.Options{})
		if err != nil {
			analysed.err = err
			return
		}
		analysed.err = input.Walk([]string{corpus}, input.Options{JSONL: true}, func(it input.Item) error {
			d, err := an.Analyze(it)
			if d == nil {
				return fmt.Errorf("%s: %v", it.Name, err)
			}
			meta, _ := json.Marshal(it.Meta)
			analysed.docs = append(analysed.docs, d)
			analysed.srcs = append(analysed.srcs, &store.Source{Data: it.Data, Meta: meta})
			return nil
		})
	})
	if analysed.err != nil {
		b.Fatal(analysed.err)
	}
	return analysed.docs, analysed.srcs
}

// BenchmarkStoreArticles times storing real analysed news (the first
// DRAGOMAN_BENCH_ARTICLES Wikinews articles, default 600, with their
// inputs kept, as a worker stores them) into an empty store, on SQLite
// and on PostgreSQL, in transactions of 1 article (what a worker whose
// analysis is the slower part commits) and of 32. It reports the wall
// time, this process's CPU time and, on PostgreSQL when the server runs
// on this machine, the server's CPU time (testenv.ServerCPU: its every
// process, the WAL writer and autovacuum included, and whatever other
// clients of the server made it do) and that of the benchmark's own
// connections alone (backend-cpu-ms: the processes serving them, found
// by their application_name), each per article. The analysis is done
// once, before the clock starts.
//
//	go test ./internal/scaletest -run - -bench StoreArticles -benchtime 1x
func BenchmarkStoreArticles(b *testing.B) {
	n := 600
	if s := os.Getenv("DRAGOMAN_BENCH_ARTICLES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	docs, srcs := wikinewsDocs(b, n)
	for _, engine := range []string{"sqlite", "postgres"} {
		for _, batch := range []int{1, 32} {
			b.Run(fmt.Sprintf("%s/batch-%d", engine, batch), func(b *testing.B) {
				if engine == "postgres" {
					if err := testenv.PostgresErr(); err != nil {
						b.Skipf("skipping: %v", err)
					}
				}
				var wall, cpu, server, own time.Duration
				var app string
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					target := filepath.Join(b.TempDir(), "s.db")
					cleanup := func() {}
					if engine == "postgres" {
						dsn, c, err := testenv.NewPostgresSchema()
						if err != nil {
							b.Fatal(err)
						}
						app = fmt.Sprintf("dragoman_bench_%d", time.Now().UnixNano())
						target, cleanup = store.PostgresPrefix+dsn+"&application_name="+app, c
					}
					db, err := store.Open(target)
					if err != nil {
						b.Fatal(err)
					}
					db.SetMaxIdleConns(8) // the connections whose CPU is read stay
					w := db.NewWriter(store.DefaultMerge, batch)
					b.StartTimer()
					t0, c0, s0 := time.Now(), testenv.CPUTime(), testenv.ServerCPU("postgres")
					b0 := testenv.ProcessCPU(backends(b, db, app))
					for start := 0; start < len(docs); start += batch {
						end := min(len(docs), start+batch)
						if _, err := w.AddAll(docs[start:end], srcs[start:end]); err != nil {
							b.Fatal(err)
						}
					}
					wall += time.Since(t0)
					cpu += testenv.CPUTime() - c0
					server += testenv.ServerCPU("postgres") - s0
					for pid, t := range testenv.ProcessCPU(backends(b, db, app)) {
						own += t - b0[pid]
					}
					b.StopTimer()
					st, err := db.Stats()
					if err != nil || st.Articles == 0 {
						b.Fatalf("%+v %v", st, err)
					}
					db.Close()
					cleanup()
					b.StartTimer()
				}
				per := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(len(docs)*b.N) }
				b.ReportMetric(per(wall), "ms/article")
				b.ReportMetric(per(cpu), "cpu-ms/article")
				if engine == "postgres" {
					b.ReportMetric(per(server), "server-cpu-ms/article")
					b.ReportMetric(per(own), "backend-cpu-ms/article")
				}
			})
		}
	}
}

// backends are the process ids of the PostgreSQL connections named app
// (none when app is "": SQLite).
func backends(b *testing.B, db *store.DB, app string) []int {
	if app == "" {
		return nil
	}
	rows, err := db.Query("SELECT pid FROM pg_stat_activity WHERE application_name = ?", app)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var pids []int
	for rows.Next() {
		var pid int
		if err := rows.Scan(&pid); err != nil {
			b.Fatal(err)
		}
		pids = append(pids, pid)
	}
	return pids
}
