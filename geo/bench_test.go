package geo

import "testing"

// BenchmarkLoad measures start-up: decompressing, validating and indexing
// the gazetteer (target: under 0.5 s).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadGzip(gazetteerGz, "gazetteer"); err != nil {
			b.Fatal(err)
		}
	}
}
