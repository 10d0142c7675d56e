package place_test

import (
	"testing"

	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/internal/testdoc"
	"github.com/dragoman/dragoman/place"
)

// BenchmarkPlace measures the place stage alone on an analysed example
// article (entities and the syntax layer built once, outside the timing);
// ns/word is the figure to hold to the 2 µs/word target.
func BenchmarkPlace(b *testing.B) {
	d, words := testdoc.Example(b)
	st := placeStage(b)
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
