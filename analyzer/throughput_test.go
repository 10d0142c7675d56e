package analyzer_test

import (
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/eval"
	"github.com/dragoman/dragoman/internal/testenv"
)

// BenchmarkAnalyze runs the whole pipeline (reading plain text, news
// layer, sentences, time expressions, entities, places, quotes, events) on
// the 181 gold article bodies of the extraction benchmark and reports
// words per second. Run with -cpu 1,2 to see the scaling:
//
//	go test ./analyzer -run '^$' -bench Analyze -cpu 1,2
func BenchmarkAnalyze(b *testing.B) {
	dir := testenv.Shared(b, "peers", "article-extraction-benchmark")
	pages, err := eval.LoadExtraction(dir)
	if err != nil {
		b.Fatal(err)
	}
	var items []input.Item
	words := 0
	for _, p := range pages {
		items = append(items, input.Item{Name: p.ID, Data: []byte(p.Gold), Format: "text"})
		words += len(strings.Fields(p.Gold))
	}
	an, err := analyzer.New(analyzer.Options{Published: "2019-11-20"})
	if err != nil {
		b.Fatal(err)
	}
	var next atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := next.Add(1) % int64(len(items))
			if _, err := an.Analyze(items[i]); err != nil {
				b.Error(err)
			}
		}
	})
	avg := float64(words) / float64(len(items))
	b.ReportMetric(avg*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
