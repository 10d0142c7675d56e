// Package testdoc gives tests and benchmarks of a single stage the seed
// example article analysed by the whole pipeline, so that they time or
// check the stage alone on a document every earlier stage has filled.
package testdoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
)

// ExampleFile is the seed example, relative to the repository root.
const ExampleFile = "testdata/cnn-baghdad-embassy-drawdown.txt"

// Example analyses the seed example (found from a package directory one
// level below the root, as go test runs) as published on 2020-12-02, and
// returns the document and its number of words.
func Example(tb testing.TB) (*doc.Document, int) {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("..", ExampleFile))
	if err != nil {
		tb.Fatal(err)
	}
	an, err := analyzer.New(analyzer.Options{Published: "2020-12-02"})
	if err != nil {
		tb.Fatal(err)
	}
	d, err := an.Analyze(input.Item{Name: "bench", Format: input.FormatText, Data: raw})
	if err != nil {
		tb.Fatal(err)
	}
	return d, len(strings.Fields(d.Text))
}
