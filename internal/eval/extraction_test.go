package eval

import (
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/webpage"
)

// TestExtractionBenchmark holds the reading stage to its acceptance
// figures on the article-extraction benchmark: F1 >= 0.965, precision >=
// 0.960, and not below go-trafilatura alone measured in the same run.
func TestExtractionBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dir := testenv.Shared(t, "peers", "article-extraction-benchmark")
	pages, err := LoadExtraction(dir)
	if err != nil {
		t.Fatal(err)
	}
	dr, err := DragomanExtractor(webpage.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := RunExtraction(pages, dr)
	ts, _ := RunExtraction(pages, TrafilaturaExtractor(webpage.DefaultOptions))
	d, tr := Summarize(ds), Summarize(ts)
	t.Log(FormatSummary("dragoman", d))
	t.Log(FormatSummary("go-trafilatura alone", tr))
	if d.F1 < 0.965 || d.Precision < 0.960 {
		t.Errorf("dragoman F1 %.3f, precision %.3f; want >= 0.965 and >= 0.960", d.F1, d.Precision)
	}
	if d.F1 < tr.F1 {
		t.Errorf("dragoman F1 %.3f below go-trafilatura alone %.3f", d.F1, tr.F1)
	}
}
