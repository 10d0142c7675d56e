package analyzer_test

import (
	"testing"
	"time"

	"github.com/dragoman/dragoman/article"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/pipeline"
	"github.com/dragoman/dragoman/place"
	"github.com/dragoman/dragoman/quote"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/timex"
	"github.com/dragoman/dragoman/tone"
)

// BenchmarkAfterSyntax measures the stages that read the syntax layer
// (tone, time expressions, entities, places, quotes, events) on the 181
// news articles, with each article's layer built once outside the timing:
// the pipeline's cost apart from the models. It reports each stage's CPU
// cost in µs/word as BenchmarkStages does; profile it to find the hot
// spots of these stages:
//
//	go test ./analyzer -run '^$' -bench AfterSyntax -cpu 1 -cpuprofile cpu.out
func BenchmarkAfterSyntax(b *testing.B) {
	items, words := newsItems(b)
	art, err := article.New()
	if err != nil {
		b.Fatal(err)
	}
	syn, err := syntax.New()
	if err != nil {
		b.Fatal(err)
	}
	tn, err := tone.NewStage()
	if err != nil {
		b.Fatal(err)
	}
	tx, err := timex.New()
	if err != nil {
		b.Fatal(err)
	}
	ent, err := entity.New()
	if err != nil {
		b.Fatal(err)
	}
	ev, err := cameo.New()
	if err != nil {
		b.Fatal(err)
	}
	qt, err := quote.New()
	if err != nil {
		b.Fatal(err)
	}
	later := pipeline.Chain{tn, tx, ent, place.New(ent.Gaz, ent.Lex), qt, ev}
	pub := "2019-11-20"
	read := func(it int) *doc.Document {
		d := doc.New(items[it].Name, string(items[it].Data))
		d.Published = doc.Published{Value: &pub, Source: doc.PublishedGiven, Earliest: &pub, Latest: &pub}
		art.Process(d)
		segment.Stage{}.Process(d)
		return d
	}
	layers := make([]*doc.Syntax, len(items))
	for i := range items {
		d := read(i)
		syn.Process(d)
		layers[i] = d.Syntax
	}
	cost := make([]time.Duration, len(later))
	nwords := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := i % len(items)
		b.StopTimer()
		d := read(k)
		d.Syntax = layers[k]
		b.StartTimer()
		for j, st := range later {
			c0 := testenv.CPUTime()
			if err := st.Process(d); err != nil {
				b.Fatal(err)
			}
			cost[j] += testenv.CPUTime() - c0
		}
		nwords += words[k]
	}
	if nwords == 0 {
		return
	}
	var total time.Duration
	for j, st := range later {
		b.ReportMetric(float64(cost[j].Microseconds())/float64(nwords), st.Name()+"-µs/w")
		total += cost[j]
	}
	b.ReportMetric(float64(total.Microseconds())/float64(nwords), "all-µs/w")
}
