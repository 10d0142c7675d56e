package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
)

// record is a JSON Lines input record.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
}

// mixedCorpus makes n records from texts: dated, undated, exact
// duplicates, near-duplicates (a line added, the same page under another
// URL form), and truncated copies that come before their full text. It
// returns the records as a clean run should read them, the same with some
// publication dates wrong (to be corrected with --replace), and how many
// distinct articles they hold.
func mixedCorpus(texts []string, n int) (right, wrong []record, distinct int) {
	r := rand.New(rand.NewSource(3))
	var originals []record
	for i := 0; len(right) < n; i++ {
		text := texts[i%len(texts)]
		if i >= len(texts) {
			// another article: no five words in a row as in the first
			f := strings.Split(text, " ")
			for k := 3; k < len(f); k += 4 {
				f[k] += fmt.Sprintf(" v%d", i)
			}
			text = strings.Join(f, " ")
		}
		rec := record{ID: fmt.Sprint("r", i), Text: text}
		switch i % 10 {
		case 0, 1, 2, 3, 4:
			rec.Published = fmt.Sprintf("2019-%02d-%02d", 1+r.Intn(12), 1+r.Intn(28))
		case 5:
			rec.URL = fmt.Sprintf("https://www.example.com/news/%d?utm_source=feed", i)
			rec.Published = "2020-02-29"
		}
		switch {
		case i%10 == 6 && len(originals) > 0: // an exact duplicate
			right = append(right, originals[r.Intn(len(originals))])
		case i%10 == 7 && len(originals) > 0: // a near-duplicate: a line added
			o := originals[r.Intn(len(originals))]
			right = append(right, record{ID: o.ID + "-comment", Published: o.Published, Text: o.Text + "\n\nComments (3)"})
		case i%10 == 8: // a truncated copy first, then the full text
			cut := strings.LastIndex(text[:len(text)*3/4], " ")
			right = append(right, record{ID: rec.ID + "-cut", Published: rec.Published, Text: text[:cut]}, rec)
			originals = append(originals, rec)
			distinct++
		case i%10 == 9 && len(originals) > 0 && originals[len(originals)-1].URL == "": // the same page under another URL form
			right = append(right, rec)
			originals = append(originals, rec)
			distinct++
		default:
			right = append(right, rec)
			originals = append(originals, rec)
			distinct++
		}
	}
	for i, rec := range right {
		if i%7 == 0 && rec.Published != "" {
			rec.Published = "2001-01-01"
		}
		wrong = append(wrong, rec)
	}
	return right, wrong, distinct
}

func writeRecords(t *testing.T, path string, recs []record) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, r := range recs {
		enc.Encode(r)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func run(t *testing.T, args ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := dragoman(args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %v\n%s", args, err, stderr.String())
	}
	return string(out) + stderr.String()
}

// TestRoundTrip ingests a mixed corpus (dated, undated, duplicated,
// near-duplicated, truncated, some with a wrong publication date later
// corrected with --replace), re-analyses it with a kill -9 in the middle
// and a resumed run, and exports it in every format: no row has an
// invented or invalid date, no article is stored twice, and every count
// equals a clean run's. DRAGOMAN_ROUNDTRIP_N sets the corpus size
// (default 300; the acceptance run uses 2000); texts come from the
// extraction benchmark in ../shared when it is there, else are made up.
func TestRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	n := 300
	if v, err := strconv.Atoi(os.Getenv("DRAGOMAN_ROUNDTRIP_N")); err == nil && v > 0 {
		n = v
	}
	texts := benchmarkBodies(t)
	dir := t.TempDir()
	right, wrong, distinct := mixedCorpus(texts, n)
	rightPath, wrongPath := filepath.Join(dir, "right.jsonl"), filepath.Join(dir, "wrong.jsonl")
	writeRecords(t, rightPath, right)
	writeRecords(t, wrongPath, wrong)

	clean, db := filepath.Join(dir, "clean.db"), filepath.Join(dir, "db.db")
	run(t, "ingest", "--input", "jsonl", "--db", clean, rightPath)
	run(t, "ingest", "--input", "jsonl", "--db", db, wrongPath)
	run(t, "ingest", "--input", "jsonl", "--db", db, "--replace", rightPath)
	want := count(t, clean)
	if want.articles != distinct {
		t.Errorf("clean run stored %d articles, want %d distinct", want.articles, distinct)
	}
	if got := count(t, db); got != want {
		t.Errorf("after --replace %+v, clean %+v", got, want)
	}
	// re-analyse, killed in the middle, then resumed
	timing := filepath.Join(dir, "timing.db")
	if b, err := os.ReadFile(clean); err == nil {
		os.WriteFile(timing, b, 0o644)
	}
	start := time.Now()
	run(t, "reanalyze", "--all", "--batch", "8", "--db", timing)
	full := time.Since(start)
	cmd := dragoman("reanalyze", "--all", "--batch", "8", "--db", db)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(full / 2)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	out := run(t, "reanalyze", "--all", "--batch", "8", "--db", db)
	t.Logf("resumed: %s", strings.TrimSpace(out))
	if got := count(t, db); got != want {
		t.Errorf("after re-analysis %+v, clean %+v", got, want)
	}
	today := time.Now().UTC().Format("20060102")
	for _, format := range []string{"jsonl", "csv", "gdelt", "plover"} {
		a := run(t, "export", "--format", format, "--db", db)
		b := run(t, "export", "--format", format, "--db", clean)
		if strings.Count(a, "\n") != strings.Count(b, "\n") {
			t.Errorf("%s: %d lines, clean %d", format, strings.Count(a, "\n"), strings.Count(b, "\n"))
		}
		for _, line := range strings.Split(a, "\n") {
			switch format {
			case "gdelt":
				f := strings.Split(line, "\t")
				if len(f) < 61 {
					continue // the stderr line
				}
				if len(f) != 61 {
					t.Fatalf("gdelt row of %d columns", len(f))
				}
				if _, err := time.Parse("20060102", f[1]); err != nil || f[1] == today || strings.Contains(f[1], "X") {
					t.Errorf("gdelt SQLDATE %q", f[1])
				}
			case "plover":
				var rec map[string]any
				if json.Unmarshal([]byte(line), &rec) != nil {
					continue
				}
				if _, err := time.Parse("2006-01-02", fmt.Sprint(rec["event_date"])); err != nil {
					t.Errorf("plover event_date %v", rec["event_date"])
				}
			case "csv":
				f := strings.Split(line, ",")
				if len(f) > 2 && f[0] != "id" && !strings.HasPrefix(line, "dragoman") {
					if _, err := time.Parse("2006-01-02", f[1]); err != nil {
						t.Errorf("csv date %q", f[1])
					}
				}
			}
		}
	}
}

// benchmarkBodies are the gold bodies of the extraction benchmark, or
// made-up reports when ../shared is not there.
func benchmarkBodies(t *testing.T) []string {
	dir := testenv.SharedDir()
	raw, err := os.ReadFile(filepath.Join(dir, "peers", "article-extraction-benchmark", "ground-truth.json"))
	var texts []string
	if err == nil {
		var gt map[string]struct {
			Body string `json:"articleBody"`
		}
		if json.Unmarshal(raw, &gt) == nil {
			for _, v := range gt {
				if len(strings.Fields(v.Body)) > 60 {
					texts = append(texts, v.Body)
				}
			}
		}
	}
	if len(texts) > 0 {
		sort.Strings(texts)
		return texts
	}
	tmp := t.TempDir()
	corpus(t, tmp, 60)
	entries, _ := os.ReadDir(tmp)
	for i, e := range entries {
		b, _ := os.ReadFile(filepath.Join(tmp, e.Name()))
		// A paragraph more, so that even a truncated copy is long enough for
		// the store to compare texts (store's minShingles), as news is.
		texts = append(texts, string(b)+fmt.Sprintf("\nTalks on dispute number %d are to resume next month in the capital, where "+
			"delegations from both sides are expected to present new proposals to the mediators, officials said.\n", i))
	}
	return texts
}
