package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/conllu"
)

func readConllu(tb testing.TB, path string) []*conllu.Sentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.ReadAll(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkParse parses EWT dev with gold tags, with the model in
// $DRAGOMAN_PARSER_MODEL or else one trained on EWT train for a single
// epoch (smaller than a full model, so faster), at the beam width in
// $DRAGOMAN_PARSER_BEAM when set (else the model's). It reports tokens per
// second of wall time and per CPU second.
func BenchmarkParse(b *testing.B) {
	ud := testenv.Shared(b, "peers", "ud", "en_ewt")
	var m *Model
	if p := os.Getenv("DRAGOMAN_PARSER_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		m, err = Read(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	} else {
		m = Train(readConllu(b, filepath.Join(ud, "en_ewt-ud-train.conllu")), nil, nil, Options{Epochs: 1}, nil)
	}
	if k := os.Getenv("DRAGOMAN_PARSER_BEAM"); k != "" {
		n, err := strconv.Atoi(k)
		if err != nil {
			b.Fatalf("DRAGOMAN_PARSER_BEAM: %v", err)
		}
		m.SetBeam(n)
	}
	dev := readConllu(b, filepath.Join(ud, "en_ewt-ud-dev.conllu"))
	type sent struct {
		words, upos, xpos, rels []string
		heads                   []int
	}
	var ss []sent
	tokens := 0
	for _, s := range dev {
		n := len(s.Words)
		x := sent{words: s.Forms(), upos: make([]string, n), xpos: make([]string, n), rels: make([]string, n), heads: make([]int, n)}
		for i, w := range s.Words {
			x.upos[i], x.xpos[i] = w.UPOS, w.XPOS
		}
		ss = append(ss, x)
		tokens += n
	}
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, s := range ss {
			m.Parse(s.words, s.upos, s.xpos, s.heads, s.rels)
		}
	}
	cpu := cpuTime() - c0
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens*b.N)/cpu.Seconds(), "tokens/cpu-s")
}

// BenchmarkRead reads the model in $DRAGOMAN_PARSER_MODEL.
func BenchmarkRead(b *testing.B) {
	p := os.Getenv("DRAGOMAN_PARSER_MODEL")
	if p == "" {
		b.Skip("DRAGOMAN_PARSER_MODEL not set")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
