package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/store"
)

const analyzeUsage = `Usage: dragoman analyze [flags] PATH...

Analyse news articles and write one analysis document (JSON) per article to
standard output, in the order the inputs are given; a directory's files come
in lexical order. The document's fields are described in the analysis-v1
specification (docs/analysis-v1.md).

PATH is
  a file        plain text (.txt, .text) or a saved web page (.html, .htm),
                optionally gzipped (.gz); other names are sniffed
  a directory   read recursively: .txt .text .html .htm and their .gz forms
  -             standard input

Each document is written as one line (JSON Lines); with --pretty, indented.
With --conllu, each article's syntax layer is written instead, as CoNLL-U
(the headline first, marked "# headline = true"; see dragoman parse --help):
the tokens, tags, lemmas and dependencies the later stages read.
Output is streamed: documents are written as they are ready, and a directory
of any size is never held in memory.

With --input jsonl every PATH holds JSON Lines records, one article each:
  {"id": "...", "url": "...", "published": "2020-12-02", "outlet": "...",
   "headline": "...", "text": "..."}        (or "html": "<html>..." instead of text)
A record's own "published" wins over --published.

Publication date, in this order of trust: --published (or the record's own
date) > the page's metadata > a date stamp or dateline in the text > bounds
inferred from the body > unknown. The document's published.source says which.

Bad inputs (missing, empty, binary, invalid UTF-8, too large, unreadable
HTML) get a one-line error on standard error naming the input; every other
input still gets its document.

Exit status:
  0  every input was analysed (a truncated page is analysed as far as it
     goes, with a warning on standard error, as 'dragoman ingest' does)
  1  at least one input failed
  2  the command line is wrong
`

func runAnalyze(env Env, args []string) int {
	fs := newFlagSet(env, "analyze", analyzeUsage)
	rf := addReadingFlags(fs)
	pretty := fs.Bool("pretty", false, "indent the JSON")
	asCoNLLU := fs.Bool("conllu", false, "write each article's sentences as parsed (CoNLL-U) instead of JSON")
	paths, status, ok := parsePaths(env, "analyze", fs, args, "use - for standard input; see --help")
	if !ok {
		return status
	}
	an, opts, status, ok := rf.setup(env, "analyze")
	if !ok {
		return status
	}

	out := bufio.NewWriterSize(env.Stdout, 256<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	var prog *progressBar
	if *rf.progress && env.StderrIsTerminal {
		prog = newProgress(env.Stderr, "analyze")
	}
	failed := false
	werr := RunOrdered(paths, opts, *rf.workers, func(it input.Item) result {
		d, err := an.AnalyzeSteps(it, prog.steps(it.Name, len(it.Data)))
		prog.finish(it.Name)
		return result{name: it.Name, doc: d, err: err}
	}, func(r result) error {
		if prog != nil {
			prog.add(1)
		}
		if r.err != nil {
			level := "error"
			if errors.Is(r.err, analyzer.ErrIncomplete) {
				level = "warning" // its document is written, as ingest stores it
			} else {
				failed = true
			}
			if prog != nil {
				prog.clear()
			}
			fmt.Fprintf(env.Stderr, "dragoman: %s: %s: %v\n", r.name, level, r.err)
		}
		docWarnings(env, r)
		if r.doc != nil && *asCoNLLU {
			writeSyntaxCoNLLU(out, r.name, r.doc)
			if out.Buffered() > 128<<10 {
				if err := out.Flush(); err != nil {
					return fmt.Errorf("write output: %w", err)
				}
			}
		} else if r.doc != nil {
			if err := enc.Encode(r.doc); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		return nil
	})
	if prog != nil {
		prog.done()
	}
	if err := out.Flush(); err != nil && werr == nil {
		werr = fmt.Errorf("write output: %w", err)
	}
	if werr != nil {
		fmt.Fprintf(env.Stderr, "dragoman analyze: %v\n", werr)
		return ExitFailed
	}
	if failed {
		return ExitFailed
	}
	return ExitOK
}

type result struct {
	name string
	doc  *doc.Document
	err  error
	src  *store.Source // what ingest keeps of the input
	id   int64         // the stored article a re-analysis redoes
}

// RunOrdered reads items, processes them on n workers and hands the
// results to emit in input order. At most 4n items are in flight, so memory
// stays bounded whatever the number of inputs.
func RunOrdered(paths []string, opts input.Options, n int, process func(input.Item) result, emit func(result) error) error {
	return runOrdered(func(yield func(input.Item) error) error { return input.Walk(paths, opts, yield) }, n, process, emit)
}

// runOrdered is RunOrdered over the items a walk yields.
func runOrdered(walk func(yield func(input.Item) error) error, n int, process func(input.Item) result, emit func(result) error) error {
	type job struct {
		seq int
		it  input.Item
	}
	type done struct {
		seq int
		r   result
	}
	window := 4 * n
	tokens := make(chan struct{}, window)
	jobs := make(chan job, n)
	results := make(chan done, window)
	stop := make(chan struct{})
	walkErr := make(chan error, 1)
	go func() {
		seq := 0
		err := walk(func(it input.Item) error {
			select {
			case tokens <- struct{}{}:
			case <-stop:
				return errStopped
			}
			jobs <- job{seq, it}
			seq++
			return nil
		})
		close(jobs)
		walkErr <- err
	}()
	workersDone := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() {
			for j := range jobs {
				results <- done{j.seq, process(j.it)}
			}
			workersDone <- struct{}{}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			<-workersDone
		}
		close(results)
	}()
	pending := map[int]result{}
	next := 0
	var emitErr error
	for d := range results {
		pending[d.seq] = d.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if emitErr == nil {
				if emitErr = emit(r); emitErr != nil {
					close(stop)
				}
			}
		}
	}
	if err := <-walkErr; err != nil && !errors.Is(err, errStopped) && emitErr == nil {
		return err
	}
	return emitErr
}

var errStopped = errors.New("stopped")

// docWarnings writes, one line each, the warnings of a document that its
// result's error has not already said (a record's publication date that is
// not a date, a stage that failed), naming the input ("corpus.jsonl:12").
func docWarnings(env Env, r result) {
	if r.doc == nil {
		return
	}
	for _, w := range r.doc.Warnings {
		if r.err != nil && strings.Contains(r.err.Error(), w) {
			continue
		}
		fmt.Fprintf(env.Stderr, "dragoman: %s: warning: %s\n", r.name, w)
	}
}

// parseSize reads "32MiB", "500KB", "1048576".
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"gb", 1e9}, {"mb", 1e6}, {"kb", 1e3}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}} {
		if strings.HasSuffix(t, u.suf) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suf)), u.m
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (examples: 32MiB, 500KiB, 1048576)", s)
	}
	return n * mult, nil
}
