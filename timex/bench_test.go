package timex

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// BenchmarkTag measures the stage on the example article's body, read
// from the syntax layer's tokens as the pipeline does (tokenizing is the
// syntax stage's cost); the ns/word figure is the one to hold to the
// 0.7 µs/word target.
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
	layer := make([][]doc.Token, len(sents))
	for i, s := range sents {
		layer[i] = tokenize.Sentence(text, s.Start, s.End, nil)
	}
	ref := time.Date(2020, 12, 2, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, toks := range layer {
			tg.TagTokens(text, toks, ref, true)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
}
