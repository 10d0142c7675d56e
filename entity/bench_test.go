package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
)

// BenchmarkEntities measures the entity stage on the example article's
// body; ns/word is the figure to hold to the 5 µs/word target.
func BenchmarkEntities(b *testing.B) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	body := text[strings.Index(text, "The US is temporarily"):]
	s, err := New()
	if err != nil {
		b.Fatal(err)
	}
	pub := "2020-12-02"
	words := len(strings.Fields(body))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := doc.New("x", body)
		d.Body = []doc.Span{{Start: 0, End: len(body)}}
		d.Published.Value = &pub
		segment.Stage{}.Process(d)
		s.Process(d)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
}

// BenchmarkLoad measures start-up: loading and validating the dictionaries
// and the gazetteer (target: <= 300 ms).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadLexicon(defaultOpen); err != nil {
			b.Fatal(err)
		}
	}
}
