package analyzer_test

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/eval"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// newsItems returns the 181 gold article bodies of the extraction
// benchmark as plain-text items, and their words (strings.Fields).
func newsItems(b *testing.B) ([]input.Item, []int) {
	dir := testenv.Shared(b, "peers", "article-extraction-benchmark")
	pages, err := eval.LoadExtraction(dir)
	if err != nil {
		b.Fatal(err)
	}
	var items []input.Item
	var words []int
	for _, p := range pages {
		items = append(items, input.Item{Name: p.ID, Data: []byte(p.Gold), Format: "text"})
		words = append(words, len(strings.Fields(p.Gold)))
	}
	return items, words
}

// BenchmarkAnalyze runs the whole pipeline (reading plain text, news
// layer, sentences, syntax, tone, time expressions, entities, places,
// quotes, events) on the 181 gold article bodies of the extraction
// benchmark and reports words per second and per CPU-second (the figure
// that holds on a shared machine; target >= 60,000). Run with -cpu 1,2 to
// see the scaling:
//
//	go test ./analyzer -run '^$' -bench 'Analyze$' -cpu 1,2
func BenchmarkAnalyze(b *testing.B) {
	items, words := newsItems(b)
	an, err := analyzer.New(analyzer.Options{Published: "2019-11-20"})
	if err != nil {
		b.Fatal(err)
	}
	var next, done atomic.Int64
	b.ResetTimer()
	c0 := testenv.CPUTime()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := next.Add(1) % int64(len(items))
			if _, err := an.Analyze(items[i]); err != nil {
				b.Error(err)
			}
			done.Add(int64(words[i]))
		}
	})
	cpu := testenv.CPUTime() - c0
	b.ReportMetric(float64(done.Load())/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(done.Load())/cpu.Seconds(), "words/CPU-s")
	}
}

// BenchmarkStages analyses the same articles one after the other and
// reports each stage's CPU cost in microseconds per word (the stage's name
// followed by µs/w; "(tokenize)" is the tokenizing part of the syntax
// stage, timed again on its own), and the whole in words per CPU-second.
// Run on one core:
//
//	go test ./analyzer -run '^$' -bench Stages -cpu 1
func BenchmarkStages(b *testing.B) {
	items, words := newsItems(b)
	an, err := analyzer.New(analyzer.Options{Published: "2019-11-20"})
	if err != nil {
		b.Fatal(err)
	}
	var names []string
	var cost []time.Duration
	var toks []doc.Token
	total, nwords, tokCost := time.Duration(0), 0, time.Duration(0)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		it := items[i%len(items)]
		cur, last := -1, time.Duration(0)
		start := testenv.CPUTime()
		d, err := an.AnalyzeSteps(it, func(n, _ int, name string) {
			now := testenv.CPUTime()
			if cur >= 0 {
				cost[cur] += now - last
			}
			for len(names) < n {
				names = append(names, "")
				cost = append(cost, 0)
			}
			cur, last = n-1, now
			names[cur] = name
		})
		now := testenv.CPUTime()
		if cur >= 0 {
			cost[cur] += now - last
		}
		total += now - start
		if err != nil {
			b.Fatal(err)
		}
		nwords += words[i%len(items)]
		// the syntax stage's tokenizing part, timed again on its own
		// (outside the total) to split the stage's cost from the models'
		c0 := testenv.CPUTime()
		for _, ss := range d.Syntax.Sentences {
			if ss.Index >= 0 {
				toks = tokenize.Sentence(d.Text, ss.Span.Start, ss.Span.End, toks[:0])
			}
		}
		tokCost += testenv.CPUTime() - c0
	}
	if nwords == 0 || total == 0 {
		return
	}
	for i, name := range names {
		b.ReportMetric(float64(cost[i].Microseconds())/float64(nwords), name+"-µs/w")
	}
	b.ReportMetric(float64(tokCost.Microseconds())/float64(nwords), "(tokenize)-µs/w")
	b.ReportMetric(float64(nwords)/total.Seconds(), "words/CPU-s")
}
