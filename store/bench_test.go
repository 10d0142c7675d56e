package store

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// BenchmarkQuery fills a store with 1,000,000 events (synthetic, spread
// over 60 actors, 20 roots and ten years) and times the query by actor,
// root code and date range; it reports the 95th percentile in ms.
//
//	go test ./store -run '^$' -bench Query -benchtime 200x
func BenchmarkQuery(b *testing.B) {
	path := filepath.Join(os.TempDir(), "dragoman-bench-1m-v4.db")
	if _, err := os.Stat(path); err != nil {
		if err := fillEvents(path, 1000000); err != nil {
			os.Remove(path)
			b.Fatal(err)
		}
	}
	db, err := OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	r := rand.New(rand.NewSource(1))
	var times []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		y := 2015 + r.Intn(9)
		f := Filter{Actor: actors[r.Intn(len(actors))], Root: fmt.Sprintf("%02d", 1+r.Intn(20)),
			From: fmt.Sprintf("%d-%02d-01", y, 1+r.Intn(12)), To: fmt.Sprintf("%d-12-31", y), Limit: 100}
		st := time.Now()
		if _, err := db.Events(f); err != nil {
			b.Fatal(err)
		}
		times = append(times, float64(time.Since(st).Microseconds())/1000)
	}
	sort.Float64s(times)
	b.ReportMetric(times[len(times)*95/100], "p95-ms")
}

var actors = func() []string {
	var out []string
	for _, c := range []string{"USA", "IRQ", "IRN", "ISR", "RUS", "CHN", "FRA", "GBR", "DEU", "TUR", "EGY", "SYR"} {
		for _, a := range []string{"", "GOV", "MIL", "COP", "REB"} {
			out = append(out, c+a)
		}
	}
	return out
}()

func fillEvents(path string, n int) error {
	db, err := Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	r := rand.New(rand.NewSource(7))
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO articles (id, hash, words, ingested_at, doc) VALUES (1, 'bench', 0, '20260101000000', x'')`); err != nil {
		return err
	}
	stmt, err := tx.Prepare(`INSERT INTO events (code, base, root, label, quad, goldstein, src_actor, src_key, src_cc, tgt_actor, tgt_key, tgt_cc, date, date_start, date_end, country, lat, lon, mentions, articles, outlets, first_article, date_added)
		VALUES (?, ?, ?, 'x', 1, 0, ?, ?, substr(?, 1, 3), ?, ?, substr(?, 1, 3), ?, ?, ?, 'IQ', 33.3, 44.4, 1, 1, 1, 1, '20260101000000')`)
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		root := fmt.Sprintf("%02d", 1+r.Intn(20))
		code := root + fmt.Sprint(r.Intn(10))
		src, tgt := actors[r.Intn(len(actors))], actors[r.Intn(len(actors))]
		date := fmt.Sprintf("%d-%02d-%02d", 2015+r.Intn(10), 1+r.Intn(12), 1+r.Intn(28))
		ds, de := intervalCols(date)
		if _, err := stmt.Exec(code, code, root, src, src, src, tgt, tgt, tgt, date, ds, de); err != nil {
			return err
		}
	}
	return tx.Commit()
}
