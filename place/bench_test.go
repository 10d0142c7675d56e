package place_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/place"
)

// BenchmarkPlace measures the place stage alone on an analysed example
// article (entities and the syntax layer built once, outside the timing);
// ns/word is the figure to hold to the 2 µs/word target.
func BenchmarkPlace(b *testing.B) {
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
	st := placeStage(b)
	words := len(strings.Fields(d.Text))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Places = d.Places[:0]
		if err := st.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}

func placeStage(b *testing.B) *place.Stage {
	b.Helper()
	ent, err := entity.New()
	if err != nil {
		b.Fatal(err)
	}
	return place.New(ent.Gaz, ent.Lex)
}
