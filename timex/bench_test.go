package timex

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
)

// BenchmarkTag measures the stage on the example article's body; the
// ns/word figure is the one to hold to the 1 µs/word target.
func BenchmarkTag(b *testing.B) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	var sents []doc.Span
	for _, p := range strings.Split(text, "\n") {
		if len(strings.Fields(p)) < 8 {
			continue
		}
		st := strings.Index(text, p)
		sents = segment.Split(text, doc.Span{Start: st, End: st + len(p)}, sents)
	}
	words := 0
	for _, s := range sents {
		words += len(strings.Fields(text[s.Start:s.End]))
	}
	tg, err := NewTagger()
	if err != nil {
		b.Fatal(err)
	}
	ref := time.Date(2020, 12, 2, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			tg.Tag(text, s.Start, s.End, ref, true)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
}
