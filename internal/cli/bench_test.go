package cli

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/internal/eval"
	"github.com/dragoman/dragoman/internal/testenv"
)

// BenchmarkAnalyzeCommand runs 'dragoman analyze --input jsonl' end to end
// (reading the records, analysing them on the default workers, encoding
// and writing each document) and reports words (of the records' text) per
// CPU-second and garbage collections per run. The models are loaded before
// the timer starts, so start-up is not in the figure (it is about 1.5-2
// CPU-seconds a run; see docs/cli-speed.md). Two inputs:
//
//   - news: the 181 gold article bodies of the extraction benchmark, as
//     records (what BenchmarkAnalyze in package analyzer analyses, there
//     on one goroutine and without the reading and writing);
//   - wikinews: the 3,000 Wikinews articles of the shared corpus as they
//     are (about a million words: run it with -benchtime 1x).
//
// Run:
//
//	go test ./internal/cli -run '^$' -bench 'AnalyzeCommand/^news' -benchtime 4x
func BenchmarkAnalyzeCommand(b *testing.B) {
	b.Run("news", func(b *testing.B) {
		pages, err := eval.LoadExtraction(testenv.Shared(b, "peers", "article-extraction-benchmark"))
		if err != nil {
			b.Fatal(err)
		}
		var sb strings.Builder
		for _, p := range pages {
			rec, _ := json.Marshal(map[string]string{"id": p.ID, "published": "2019-11-20", "text": p.Gold})
			sb.Write(rec)
			sb.WriteByte('\n')
		}
		path := filepath.Join(b.TempDir(), "news.jsonl")
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		benchAnalyzeJSONL(b, path)
	})
	b.Run("wikinews", func(b *testing.B) {
		benchAnalyzeJSONL(b, testenv.Shared(b, "corpora", "wikinews", "articles.jsonl"))
	})
}

// benchAnalyzeJSONL runs the analyze command on the JSON Lines file path.
func benchAnalyzeJSONL(b *testing.B, path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, line := range strings.Split(string(raw), "\n") {
		var rec struct{ Text string }
		if json.Unmarshal([]byte(line), &rec) == nil {
			words += len(strings.Fields(rec.Text))
		}
	}
	run := func() {
		env := Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard}
		if code := Main([]string{"analyze", "--input", "jsonl", path}, env); code != ExitOK {
			b.Fatalf("exit status %d", code)
		}
	}
	// load the models outside the timer
	env := Env{Stdin: strings.NewReader("Loading."), Stdout: io.Discard, Stderr: io.Discard}
	Main([]string{"analyze", "-"}, env)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	b.ResetTimer()
	c0 := testenv.CPUTime()
	for i := 0; i < b.N; i++ {
		run()
	}
	cpu := testenv.CPUTime() - c0
	b.StopTimer()
	runtime.ReadMemStats(&m1)
	if cpu > 0 {
		b.ReportMetric(float64(words*b.N)/cpu.Seconds(), "words/CPU-s")
	}
	b.ReportMetric(float64(m1.NumGC-m0.NumGC)/float64(b.N), "GCs/op")
}
