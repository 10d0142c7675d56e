package tokenize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// BenchmarkSentence tokenizes the lines of the example news articles
// (each line read as one sentence); MB/s is the figure.
func BenchmarkSentence(b *testing.B) {
	files, _ := filepath.Glob("../../examples/*.txt")
	if len(files) == 0 {
		b.Skip("no example articles in ../../examples")
	}
	var lines []string
	size := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(text), "\n") {
			lines = append(lines, l)
			size += len(l)
		}
	}
	d := mustDefault()
	var out []doc.Token
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			out = d.Sentence(l, 0, len(l), out[:0])
		}
	}
}
