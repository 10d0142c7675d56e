package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
)

// BenchmarkNearCopy times what near-duplicate detection adds to storing an
// article (its signature, the band look-up and exact comparison of the
// candidates, indexing its bands) over a store that already holds 2,000
// articles of the extraction benchmark's bodies (made distinct as
// tools/bench makes them), in transactions of 64 articles as the writer
// commits them, and reports it per article and per word, in time and in
// CPU time: set against ingest's CPU time per word (tools/bench) it is the
// share of ingest that detection costs.
//
//	go test ./store -run '^$' -bench NearCopy -benchtime 2000x
func BenchmarkNearCopy(b *testing.B) {
	dir := testenv.Shared(b, "peers", "article-extraction-benchmark")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		b.Fatal(err)
	}
	var gt map[string]struct {
		Body string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		b.Fatal(err)
	}
	var bodies []string
	for _, v := range gt {
		bodies = append(bodies, v.Body)
	}
	sort.Strings(bodies)
	text := func(i int) string {
		body := bodies[i%len(bodies)]
		if i >= len(bodies) {
			f := strings.Fields(body)
			for k := 3; k < len(f); k += 4 {
				f[k] += fmt.Sprintf(" c%d", i)
			}
			body = strings.Join(f, " ")
		}
		return body
	}
	db, err := Open(filepath.Join(b.TempDir(), "n.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	fill, _ := db.Begin()
	for i := 0; i < 2000; i++ {
		body := text(i)
		sig, ok := sign(body)
		var blob any
		if ok {
			blob = sig.bytes()
		}
		res, err := fill.Exec("INSERT INTO articles (hash, words, ingested_at, doc, signature) VALUES (?, ?, '', x'', ?)", fmt.Sprint(i), len(strings.Fields(body)), blob)
		if err != nil {
			b.Fatal(err)
		}
		id, _ := res.LastInsertId()
		fill.Exec("INSERT INTO articles_fts (rowid, headline, body) VALUES (?, '', ?)", id, body)
		if ok {
			addBands(fill, id, &sig)
		}
	}
	fill.Commit()
	words := 0
	next := make([]string, b.N)
	for i := range next {
		next[i] = text(2000 + i)
		words += len(strings.Fields(next[i]))
	}
	var spent time.Duration
	cpu0 := cpuTime()
	b.ResetTimer()
	var tx *sql.Tx
	for i := 0; i < b.N; i++ {
		body := next[i]
		if i%64 == 0 { // the writer's batches
			if tx != nil {
				tx.Commit()
			}
			tx, _ = db.Begin()
		}
		st := time.Now()
		sig, ok := sign(body)
		var sp *signature
		if ok {
			sp = &sig
		}
		if _, _, _, err := nearCopy(tx, "", body, sp); err != nil {
			b.Fatal(err)
		}
		if ok {
			addBands(tx, int64(100000+i), &sig)
		}
		spent += time.Since(st)
	}
	tx.Commit()
	cpu := cpuTime() - cpu0 // the whole loop, transactions included
	b.ReportMetric(float64(spent.Microseconds())/float64(b.N), "µs/article")
	b.ReportMetric(float64(spent.Nanoseconds())/float64(words), "ns/word")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(words), "cpu-ns/word")
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
