// Command bench measures dragoman's ingest on real articles: it writes a
// JSON Lines corpus of N articles from the gold bodies of the
// article-extraction benchmark in ../shared (repeated as needed, each copy
// made distinct), runs 'dragoman ingest' on it as a separate process, and
// reports words per second and the peak memory of that process. With
// -reanalyze it then runs 'dragoman reanalyze --all' over the same store
// and reports its words per second beside ingest's.
//
//	go run ./tools/bench -n 5000
//	go run ./tools/bench -n 2000 -reanalyze
//
// Copies beyond the first of each body get a marker word every fourth
// word, so that they are distinct articles, not near-duplicates that the
// store would record as copies.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

func main() {
	n := flag.Int("n", 5000, "articles to ingest")
	shared := flag.String("shared", filepath.Join("..", "shared"), "the shared data folder")
	workers := flag.Int("workers", 2, "ingest workers")
	keep := flag.Bool("keep", false, "keep the corpus and database")
	re := flag.Bool("reanalyze", false, "then time 'dragoman reanalyze --all' on the store")
	flag.Parse()
	if err := run(*n, *shared, *workers, *keep, *re); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(n int, shared string, workers int, keep, reanalyze bool) error {
	raw, err := os.ReadFile(filepath.Join(shared, "peers", "article-extraction-benchmark", "ground-truth.json"))
	if err != nil {
		return err
	}
	var gt map[string]struct {
		Body string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return err
	}
	var ids []string
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	dir, err := os.MkdirTemp("", "dragoman-bench-")
	if err != nil {
		return err
	}
	if !keep {
		defer os.RemoveAll(dir)
	}
	bin := filepath.Join(dir, "dragoman")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/dragoman").CombinedOutput(); err != nil {
		return fmt.Errorf("build: %v\n%s", err, out)
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(corpus)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	words := 0
	for i := 0; i < n; i++ {
		id := ids[i%len(ids)]
		body := gt[id].Body
		if i >= len(ids) {
			body = distinct(body, i)
		}
		text := fmt.Sprintf("%s\n\n(Copy %d of the report.)", body, i)
		words += len(strings.Fields(text))
		enc.Encode(map[string]string{"id": fmt.Sprintf("%s-%d", id[:8], i), "text": text, "published": "2019-11-20"})
	}
	w.Flush()
	f.Close()
	db := filepath.Join(dir, "bench.db")
	cmd := exec.Command(bin, "ingest", "--input", "jsonl", "--workers", fmt.Sprint(workers), "--db", db, corpus)
	cmd.Stderr = os.Stderr
	st := time.Now()
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	el := time.Since(st)
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	fmt.Printf("ingest: %d articles, %d words in %.1f s: %.0f words/s on %d workers; peak memory %.0f MiB; CPU %.1f s\n",
		n, words, el.Seconds(), float64(words)/el.Seconds(), workers, float64(ru.Maxrss)/1024,
		time.Duration(ru.Utime.Nano()+ru.Stime.Nano()).Seconds())
	if !reanalyze {
		return nil
	}
	ingestRate := float64(words) / el.Seconds()
	cmd = exec.Command(bin, "reanalyze", "--all", "--workers", fmt.Sprint(workers), "--db", db)
	cmd.Stderr = os.Stderr
	st = time.Now()
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("reanalyze: %w", err)
	}
	el = time.Since(st)
	ru = cmd.ProcessState.SysUsage().(*syscall.Rusage)
	rate := float64(words) / el.Seconds()
	fmt.Printf("reanalyze: %d articles, %d words in %.1f s: %.0f words/s on %d workers (%.0f%% of ingest's); peak memory %.0f MiB; CPU %.1f s\n",
		n, words, el.Seconds(), rate, workers, 100*rate/ingestRate, float64(ru.Maxrss)/1024,
		time.Duration(ru.Utime.Nano()+ru.Stime.Nano()).Seconds())
	return nil
}

// distinct puts the copy's number after every fourth word, so that no
// five words in a row are those of another copy.
func distinct(body string, i int) string {
	lines := strings.Split(body, "\n")
	k := 0 // words so far, across lines
	for n, line := range lines {
		var b strings.Builder
		for j, w := range strings.Fields(line) {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
			if k%4 == 3 {
				fmt.Fprintf(&b, " c%d", i)
			}
			k++
		}
		lines[n] = b.String()
	}
	return strings.Join(lines, "\n")
}
