package cli

import (
	"flag"
	"fmt"
	"runtime"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/webpage"
)

// readingFlags are the flags of the commands that read articles (analyze
// and ingest).
type readingFlags struct {
	published, format, input, maxSize *string
	workers                           *int
	fallback, progress                *bool
}

func addReadingFlags(fs *flag.FlagSet) *readingFlags {
	return &readingFlags{
		published: fs.String("published", "", "publication date `YYYY-MM-DD` for inputs that carry none of their own"),
		format:    fs.String("format", "auto", "input format: `auto`, text or html (auto: by file name, else by sniffing)"),
		input:     fs.String("input", "files", "what PATHs hold: `files` (one article each) or jsonl (records)"),
		maxSize:   fs.String("max-size", "32MiB", "largest article accepted, after decompression (`SIZE`: bytes, KiB, MiB)"),
		workers:   fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed in parallel (`N`)"),
		fallback:  fs.Bool("html-fallback", webpage.DefaultOptions.Fallback, "let the HTML extractor compare its result with readability's (slower)"),
		progress:  fs.Bool("progress", true, "show progress on standard error when it is a terminal"),
	}
}

// setup checks the flags and loads the analyzer; on a wrong flag it
// reports it and returns the exit status to use.
func (r *readingFlags) setup(env Env, cmd string) (*analyzer.Analyzer, input.Options, int, bool) {
	fail := func(format string, a ...any) (*analyzer.Analyzer, input.Options, int, bool) {
		fmt.Fprintf(env.Stderr, "dragoman %s: "+format+"\n", append([]any{cmd}, a...)...)
		return nil, input.Options{}, ExitUsage, false
	}
	switch *r.format {
	case "auto", "text", "html":
	default:
		return fail("--format %q: want auto, text or html", *r.format)
	}
	if *r.input != "files" && *r.input != "jsonl" {
		return fail("--input %q: want files or jsonl", *r.input)
	}
	limit, err := parseSize(*r.maxSize)
	if err != nil {
		return fail("--max-size: %v", err)
	}
	if *r.workers < 1 {
		return fail("--workers %d: want 1 or more", *r.workers)
	}
	an, err := analyzer.New(analyzer.Options{Published: *r.published, Web: webpage.Options{Fallback: *r.fallback}})
	if err != nil {
		return fail("%v", err)
	}
	opts := input.Options{Format: *r.format, JSONL: *r.input == "jsonl", MaxBytes: limit, Stdin: env.Stdin}
	return an, opts, ExitOK, true
}
