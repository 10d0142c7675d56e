package analyzer_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/testenv"
)

// longArticle makes one plain-text article of at least size bytes by
// joining Wikinews article bodies, in corpus order, with blank lines.
func longArticle(tb testing.TB, size int) []byte {
	tb.Helper()
	path := testenv.Shared(tb, "corpora", "wikinews", "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sb.Len() < size {
		if !sc.Scan() {
			if err := sc.Err(); err != nil {
				tb.Fatal(err)
			}
			// the corpus is shorter than size: go round again
			if _, err := f.Seek(0, 0); err != nil {
				tb.Fatal(err)
			}
			sc = bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 16<<20)
			continue
		}
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		sb.WriteString(strings.TrimSpace(rec.Text))
		sb.WriteString("\n\n")
	}
	return []byte(sb.String())
}

// BenchmarkLongArticle analyses one very long plain-text article (Wikinews
// bodies joined) of 1 MB and of 4 MB: the cost must grow linearly with the
// document's size, so the 4 MB figure should be about four times the 1 MB
// one (at most five); CPU-s/op is the figure to compare on a shared
// machine:
//
//	go test ./analyzer -run '^$' -bench LongArticle -benchtime 1x
func BenchmarkLongArticle(b *testing.B) {
	an, err := analyzer.New(analyzer.Options{Published: "2010-01-01"})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		size int
	}{{"1MB", 1 << 20}, {"4MB", 4 << 20}} {
		data := longArticle(b, c.size)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			c0 := testenv.CPUTime()
			for i := 0; i < b.N; i++ {
				if _, err := an.Analyze(input.Item{Name: c.name, Data: data, Format: "text"}); err != nil {
					b.Fatal(err)
				}
			}
			if cpu := testenv.CPUTime() - c0; cpu > 0 {
				b.ReportMetric(cpu.Seconds()/float64(b.N), "CPU-s/op")
			}
		})
	}
}
