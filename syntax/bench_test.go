package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax/conllu"
)

// BenchmarkStage runs the whole stage (tokenization, tagging,
// lemmatization, parsing) on the example news articles, one core;
// tokens/s is the figure (target: >= 50,000 with the models).
func BenchmarkStage(b *testing.B) {
	st, err := New()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../examples/*.txt")
	var docs []*doc.Document
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := doc.New(f, string(text))
		for start := 0; start < len(d.Text); {
			end := strings.IndexByte(d.Text[start:], '\n')
			if end < 0 {
				end = len(d.Text)
			} else {
				end += start
			}
			if strings.TrimSpace(d.Text[start:end]) != "" {
				d.Body = append(d.Body, doc.Span{Start: start, End: end})
			}
			start = end + 1
		}
		segment.Stage{}.Process(d)
		docs = append(docs, d)
	}
	tokens := 0
	for b.Loop() {
		for _, d := range docs {
			st.Process(d)
			tokens += len(d.Syntax.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagParse tags, lemmatizes and parses EWT dev with its gold
// tokens (skipped without ../shared).
func BenchmarkTagParse(b *testing.B) {
	path := testenv.Shared(b, "peers", "ud", "en_ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	sents, err := conllu.ReadAll(f, path)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	m, err := DefaultModels()
	if err != nil {
		b.Fatal(err)
	}
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Forms()
	}
	var an Analysis
	tokens := 0
	for b.Loop() {
		for _, w := range words {
			m.Annotate(w, &an)
			tokens += len(w)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
