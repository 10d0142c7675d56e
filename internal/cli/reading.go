package cli

import (
	"flag"
	"fmt"
	"os"
	"runtime"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/digest"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/webpage"
)

// readingFlags are the flags of the commands that read articles (analyze
// and ingest).
type readingFlags struct {
	published, format, input, maxSize *string
	workers                           *int
	fallback, progress                *bool
	// the PETRARCH dictionaries that replace the built-in ones
	petrVerbs, petrActors, petrAgents, petrDiscards *string
	convention                                      *string
}

func addReadingFlags(fs *flag.FlagSet) *readingFlags {
	return &readingFlags{
		published: fs.String("published", "", "publication date `YYYY-MM-DD` for inputs that carry none of their own"),
		format:    fs.String("format", "auto", "input format: `auto`, text or html (auto: by file name, else by sniffing)"),
		input:     fs.String("input", "files", "what PATHs hold: `files` (one article each), jsonl (records) or warc (WARC archives: their HTML responses)"),
		maxSize:   fs.String("max-size", "32MiB", "largest article accepted, after decompression (`SIZE`: bytes, KiB, MiB)"),
		workers:   fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed in parallel (`N`)"),
		fallback:  fs.Bool("html-fallback", webpage.DefaultOptions.Fallback, "let the HTML extractor compare its result with readability's (slower)"),
		progress:  fs.Bool("progress", true, "show progress on standard error when it is a terminal"),

		petrVerbs:    fs.String("petrarch-verbs", "", "PETRARCH verb dictionary `FILE` for the event stage (CAMEO.2.0.txt format)"),
		petrActors:   fs.String("petrarch-actors", "", "PETRARCH actor dictionaries `FILE[,FILE...]` replacing the built-in Phoenix actors"),
		petrAgents:   fs.String("petrarch-agents", "", "PETRARCH agent dictionary `FILE` replacing the built-in Phoenix agents"),
		petrDiscards: fs.String("petrarch-discards", "", "PETRARCH discard list `FILE` replacing the built-in Phoenix discards"),
		convention:   fs.String("convention", "codebook", "how announced and intended acts are coded: `codebook` (the act hypothetical, the announcement coded) or petrarch (the act coded, as PETRARCH does)"),
	}
}

// petrarch returns the dictionary files the flags name.
func (r *readingFlags) petrarch() petrarch.Files {
	return petrarch.Files{Verbs: *r.petrVerbs, Actors: petrarch.ParseList(*r.petrActors), Agents: *r.petrAgents, Discards: *r.petrDiscards}
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
	if *r.input != "files" && *r.input != "jsonl" && *r.input != "warc" {
		return fail("--input %q: want files, jsonl or warc", *r.input)
	}
	limit, err := parseSize(*r.maxSize)
	if err != nil {
		return fail("--max-size: %v", err)
	}
	if *r.workers < 1 {
		return fail("--workers %d: want 1 or more", *r.workers)
	}
	conv, ok := cameo.ParseConvention(*r.convention)
	if !ok {
		return fail("--convention %q: want codebook or petrarch", *r.convention)
	}
	an, err := analyzer.New(analyzer.Options{Published: *r.published, Web: webpage.Options{Fallback: *r.fallback}, Petrarch: r.petrarch(), Convention: conv})
	if err != nil {
		return fail("%v", err)
	}
	opts := input.Options{Format: *r.format, JSONL: *r.input == "jsonl", WARC: *r.input == "warc", MaxBytes: limit, Stdin: env.Stdin}
	return an, opts, ExitOK, true
}

// petrarchVersion is what the user's PETRARCH dictionaries add to the
// analyser version an ingested article keeps (their digest), so that
// 'dragoman reanalyze' tells their analyses from the built-in ones'.
func petrarchVersion(f petrarch.Files) string {
	if f.Empty() {
		return ""
	}
	var parts [][]byte
	for _, p := range append([]string{f.Verbs, f.Agents, f.Discards}, f.Actors...) {
		if p == "" {
			parts = append(parts, nil)
			continue
		}
		b, _ := os.ReadFile(p) // read already by the analyzer; an error there stopped the command
		parts = append(parts, b)
	}
	return " petrarch-dicts " + digest.Of(parts...)
}
