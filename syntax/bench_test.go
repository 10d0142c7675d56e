package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	var cpu time.Duration
	for b.Loop() {
		c0 := testenv.CPUTime()
		for _, d := range docs {
			st.Process(d)
			tokens += len(d.Syntax.Tokens)
		}
		cpu += testenv.CPUTime() - c0
	}
	reportRates(b, tokens, cpu)
}

// BenchmarkTagParse tags, lemmatizes and parses EWT dev with its gold
// tokens (skipped without ../shared).
func BenchmarkTagParse(b *testing.B) {
	sents, m := ewtDev(b)
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Forms()
	}
	var an Analysis
	tokens := 0
	var cpu time.Duration
	for b.Loop() {
		c0 := testenv.CPUTime()
		for _, w := range words {
			m.Annotate(w, &an)
			tokens += len(w)
		}
		cpu += testenv.CPUTime() - c0
	}
	reportRates(b, tokens, cpu)
}

// reportRates reports tokens per wall-clock second and per CPU-second
// (the figure that holds on a loaded machine; run with -cpu 1).
func reportRates(b *testing.B, tokens int, cpu time.Duration) {
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/CPU-s")
	}
}

// BenchmarkModels times each shipped model alone on EWT dev with its gold
// tokens (skipped without ../shared): the tagger, the lemmatizer and the
// parser (on the tagger's tags), in tokens per CPU-second with -cpu 1.
func BenchmarkModels(b *testing.B) {
	sents, m := ewtDev(b)
	ans := make([]Analysis, len(sents))
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Forms()
		m.Annotate(words[i], &ans[i])
	}
	run := func(b *testing.B, one func(w []string, a *Analysis)) {
		var scratch Analysis
		tokens := 0
		var cpu time.Duration
		for b.Loop() {
			c0 := testenv.CPUTime()
			for i, w := range words {
				scratch.reset(len(w))
				copy(scratch.UPOS, ans[i].UPOS)
				copy(scratch.XPOS, ans[i].XPOS)
				one(w, &scratch)
				tokens += len(w)
			}
			cpu += testenv.CPUTime() - c0
		}
		reportRates(b, tokens, cpu)
	}
	b.Run("tag", func(b *testing.B) {
		run(b, func(w []string, a *Analysis) { m.Tagger.Tag(w, a.UPOS, a.XPOS) })
	})
	b.Run("lemma", func(b *testing.B) { run(b, m.lemmatize) })
	b.Run("parse", func(b *testing.B) { run(b, m.parse) })
}

// ewtDev reads EWT dev (skipping without ../shared) and loads the shipped
// models.
func ewtDev(b *testing.B) ([]*conllu.Sentence, *Models) {
	b.Helper()
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
	return sents, m
}
