package tone_test

import (
	"testing"

	"github.com/dragoman/dragoman/internal/testdoc"
	"github.com/dragoman/dragoman/tone"
)

// BenchmarkStage measures the tone stage alone on an analysed example
// article (the syntax layer built once, outside the timing), in ns/word:
//
//	go test ./tone -run '^$' -bench Stage -cpu 1
func BenchmarkStage(b *testing.B) {
	d, words := testdoc.Example(b)
	st, err := tone.NewStage()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := st.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}
