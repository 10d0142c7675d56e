package analyzer_test

import (
	"os"
	"testing"

	"github.com/dragoman/dragoman/article"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/eval"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/webpage"
)

// BenchmarkReadText measures reading plain text: the input checks, the
// news layer and sentence splitting, on the example article (the later
// stages are measured by their own benchmarks). Target: >= 20 MB/s on one
// core (run with -cpu 1).
func BenchmarkReadText(b *testing.B) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		b.Fatal(err)
	}
	art, err := article.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, data, err := input.Check(raw, "text")
		if err != nil {
			b.Fatal(err)
		}
		d := doc.New("x", string(data))
		art.Process(d)
		segment.Stage{}.Process(d)
	}
}

// BenchmarkReadHTML reads the 181 pages of the article-extraction benchmark
// with dragoman (extraction plus the news layer) and with go-trafilatura
// alone, in the same run: compare the two ns/op figures (target: dragoman
// <= 1.5x go-trafilatura).
func BenchmarkReadHTML(b *testing.B) {
	dir := testenv.Shared(b, "peers", "article-extraction-benchmark")
	pages, err := eval.LoadExtraction(dir)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, p := range pages {
		size += int64(len(p.HTML))
	}
	dr, err := eval.DragomanExtractor(webpage.DefaultOptions)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		ex   eval.Extractor
	}{{"go-trafilatura", eval.TrafilaturaExtractor(webpage.DefaultOptions)}, {"dragoman", dr}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				for _, p := range pages {
					c.ex(p)
				}
			}
		})
	}
}
