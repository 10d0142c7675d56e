package posture_test

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/posture"
)

// benchText is invented: posts changing posture, with dates, sources and
// a risk window, repeated to article length.
var benchText = strings.Repeat("The US is temporarily withdrawing some staff from the US Embassy in Baghdad, according to three sources familiar with the decision. "+
	"One official said the drawdown would take place ahead of the January 3 anniversary of the killing of Qasem Soleimani. "+
	"In September, the administration threatened to shutter its diplomatic outpost in the Iraqi capital. "+
	"The embassy ordered certain employees to leave in March, and no decision has been made to close the embassy. "+
	"Protesters attacked the British embassy in Tehran on Sunday. Germany has recalled its ambassador to Russia.\n\n", 8)

// BenchmarkStage times the posture stage alone on an analysed document;
// ns/word is its cost per token of the syntax layer.
func BenchmarkStage(b *testing.B) {
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		b.Fatal(err)
	}
	d, err := a.Analyze(input.Item{Name: "bench", Data: []byte(benchText), Format: input.FormatText, Meta: input.Meta{Published: "2020-12-02"}})
	if err != nil {
		b.Fatal(err)
	}
	st, err := posture.New()
	if err != nil {
		b.Fatal(err)
	}
	words := len(d.Syntax.Tokens)
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := st.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
	// On a shared machine wall time counts the waits for a core; the
	// process's CPU time is the stage's own cost.
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N)/float64(words), "cpu-ns/word")
	if len(d.Posture.Changes) == 0 {
		b.Fatal("no changes found")
	}
}
