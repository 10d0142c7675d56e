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
	path := filepath.Join(os.TempDir(), "dragoman-bench-1m-v5.db")
	if _, err := os.Stat(path); err != nil {
		if err := FillSynthetic(path, 1000000); err != nil {
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
		f := Filter{Actor: SyntheticActors[r.Intn(len(SyntheticActors))], Root: fmt.Sprintf("%02d", 1+r.Intn(20)),
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
