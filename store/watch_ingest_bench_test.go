package store_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/store"
)

// BenchmarkIngestBatchWatches is issue 19's speed check: an ingest batch
// of 1,000 real Wikinews reports (analysis and store), with no watch and
// with 1,000 watches. It analyses the batch once (timed), then stores it
// into a fresh store without and with the watches; the reported
// watch-overhead-% is the extra store time over the batch's whole ingest
// time (analysis plus store without watches).
func BenchmarkIngestBatchWatches(b *testing.B) {
	path := testenv.Shared(b, "corpora", "wikinews", "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*doc.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	start := time.Now()
	for sc.Scan() && len(docs) < 1000 {
		var r struct {
			ID, Text string
			Date     *string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		m := input.Meta{}
		if r.Date != nil {
			m.Published = *r.Date
		}
		d, err := a.Analyze(input.Item{Name: r.ID, Data: []byte(r.Text), Format: input.FormatText, Meta: m})
		if err == nil {
			docs = append(docs, d)
		}
	}
	analysis := time.Since(start)
	store1 := func(watches int) time.Duration {
		db, err := store.Open(filepath.Join(b.TempDir(), "w.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		for k := 0; k < watches; k++ {
			var spec store.WatchSpec
			switch k % 3 {
			case 0:
				spec = store.WatchSpec{Kind: "events", Events: map[string]string{"actor": store.SyntheticActors[k%len(store.SyntheticActors)], "code": fmt.Sprintf("%02d*", 1+k%20)}}
			case 1:
				spec = store.WatchSpec{Kind: "posture", Posts: []string{store.SyntheticActors[k%len(store.SyntheticActors)][:3]}}
			default:
				spec = store.WatchSpec{Kind: "window", Days: 1 + k%365}
			}
			if err := db.AddWatch(fmt.Sprintf("w%d", k), spec, "-"); err != nil {
				b.Fatal(err)
			}
		}
		t := time.Now()
		w := db.NewWriter(store.DefaultMerge, 64)
		for _, d := range docs {
			if _, err := w.Add(d); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	b.ResetTimer()
	var without, with time.Duration
	for i := 0; i < b.N; i++ {
		without += store1(0)
		with += store1(1000)
	}
	n := time.Duration(b.N)
	b.ReportMetric(float64(len(docs)), "articles")
	b.ReportMetric(analysis.Seconds(), "analysis-s")
	b.ReportMetric((without / n).Seconds(), "store-s")
	b.ReportMetric((with / n).Seconds(), "store-1000-watches-s")
	b.ReportMetric(100*float64(with/n-without/n)/float64(analysis+without/n), "watch-overhead-%")
}
