package tone_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/tone"
)

// BenchmarkStage measures the tone stage alone on an analysed example
// article (the syntax layer built once, outside the timing), in ns/word:
//
//	go test ./tone -run '^$' -bench Stage -cpu 1
func BenchmarkStage(b *testing.B) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		b.Fatal(err)
	}
	an, err := analyzer.New(analyzer.Options{Published: "2020-12-02"})
	if err != nil {
		b.Fatal(err)
	}
	d, err := an.Analyze(input.Item{Name: "bench", Format: input.FormatText, Data: raw})
	if err != nil {
		b.Fatal(err)
	}
	st, err := tone.NewStage()
	if err != nil {
		b.Fatal(err)
	}
	words := len(strings.Fields(d.Text))
	b.ResetTimer()
	for b.Loop() {
		if err := st.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}
