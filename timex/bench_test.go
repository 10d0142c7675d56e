package timex

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
)

// BenchmarkTag measures the stage on the example article's body, read
// from the parsed syntax layer as the pipeline does (tokenizing and
// parsing are the syntax stage's cost), the story's time moving from
// sentence to sentence; the ns/word figure is the one to hold to the
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
	syn, err := syntax.New()
	if err != nil {
		b.Fatal(err)
	}
	d := &doc.Document{Text: text, Sentences: sents}
	if err := syn.Process(d); err != nil {
		b.Fatal(err)
	}
	ref := time.Date(2020, 12, 2, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var story Story
		for k, ss := range d.Syntax.Sentences {
			for _, e := range tg.TagSentence(Sentence{Text: text, Tokens: d.Syntax.SentenceTokens(k), First: ss.First}, ref, true, &story) {
				story.Tell(e)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
}
