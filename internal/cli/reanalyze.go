package cli

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/store"
	"github.com/dragoman/dragoman/webpage"
)

const reanalyzeUsage = `Usage: dragoman reanalyze [flags]

Run the current analyser again over stored articles, from the input each
one was stored from, so that a store follows the analyser's improvements:
each article keeps its id, and its events, mentions and sources are redone
(events merged across reports are recounted).

By default the articles whose recorded analyser version differs from this
one's ('dragoman version') are redone; --all redoes every one. --outlet,
--from and --to (publication date: YYYY, YYYY-MM or YYYY-MM-DD) narrow the
choice. Articles stored before inputs were kept cannot be redone: ingest
them again with --replace.

A run stopped at any moment (even killed) loses at most its last batch:
run the command again and it resumes where it stopped, with the articles
that run had chosen.

Exit status: 0 when every chosen article was redone, 1 when some could not
be (each is named on standard error and keeps its earlier analysis), 2 for
a wrong command line.
`

func runReanalyze(env Env, args []string) int {
	fs := newFlagSet(env, "reanalyze", reanalyzeUsage)
	dbPath := dbFlag(fs)
	all := fs.Bool("all", false, "redo every article, whatever analyser read it")
	outlet := fs.String("outlet", "", "only articles of `OUTLET`")
	from := fs.String("from", "", "only articles published from `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "only articles published up to `DATE`")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed in parallel (`N`)")
	batch := fs.Int("batch", 64, "articles per transaction (`N`)")
	fallback := fs.Bool("html-fallback", webpage.DefaultOptions.Fallback, "let the HTML extractor compare its result with readability's (slower)")
	progress := fs.Bool("progress", true, "show progress on standard error when it is a terminal")
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	pos, err := parseArgs(env, "reanalyze", fs, args)
	if err != nil {
		return ExitUsage
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(env.Stderr, "dragoman reanalyze: "+format+"\n", a...)
		return ExitUsage
	}
	switch {
	case len(pos) > 0:
		return fail("takes no PATH (run 'dragoman reanalyze --help')")
	case *workers < 1:
		return fail("--workers %d: want 1 or more", *workers)
	case *batch < 1:
		return fail("--batch %d: want 1 or more", *batch)
	}
	for _, b := range []struct{ name, v string }{{"--from", *from}, {"--to", *to}} {
		if b.v != "" {
			if _, _, err := store.DateBound(b.name, b.v); err != nil {
				return fail("%v", err)
			}
		}
	}
	an, err := analyzer.New(analyzer.Options{Web: webpage.Options{Fallback: *fallback}})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman reanalyze: %v\n", err)
		return ExitFailed
	}
	db, ok := openStoreRW(env, "reanalyze", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	version := AnalyzerVersion()
	n, kept, resumed, err := db.Plan(store.Reanalysis{Analyzer: version, All: *all, Outlet: *outlet, From: *from, To: *to})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman reanalyze: %v\n", err)
		return ExitFailed
	}
	if resumed {
		fmt.Fprintf(env.Stderr, "dragoman reanalyze: resuming a stopped run: %d articles left\n", n)
	}
	if kept > 0 {
		fmt.Fprintf(env.Stderr, "dragoman reanalyze: %d chosen articles were stored without their input and stay as they are (ingest them again with --replace)\n", kept)
	}
	ids, err := db.Pending()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman reanalyze: %v\n", err)
		return ExitFailed
	}
	var prog *progressBar
	if *progress && env.StderrIsTerminal {
		prog = newProgress(env.Stderr, "reanalyze")
		prog.setTotal(len(ids))
	}
	w := db.NewWriter(store.DefaultMerge, *batch)
	w.Analyzer = version
	var done, failed int
	walk := func(yield func(input.Item) error) error {
		for _, id := range ids {
			src, err := db.Input(id)
			it := input.Item{Name: fmt.Sprintf("article %d", id), Err: err}
			if err == nil {
				if it, err = readKept(src); err != nil {
					it = input.Item{Name: fmt.Sprintf("article %d", id), Err: err}
				}
			}
			if err := yield(it); err != nil {
				return err
			}
		}
		return nil
	}
	next := 0 // results come in the order of ids
	werr := runOrdered(walk, *workers, func(it input.Item) result {
		if it.Err != nil {
			return result{name: it.Name, err: it.Err}
		}
		d, err := an.Analyze(it)
		return result{name: it.Name, doc: d, err: err, src: keptInput(it, "")}
	}, func(r result) error {
		r.id = ids[next]
		next++
		if prog != nil {
			prog.add(1)
		}
		if r.err != nil && (r.doc == nil || !errors.Is(r.err, analyzer.ErrIncomplete)) {
			failed++
			if prog != nil {
				prog.clear()
			}
			fmt.Fprintf(env.Stderr, "dragoman: %s: error: %v (its earlier analysis is kept)\n", r.name, r.err)
			return w.Reanalyzed(r.id, nil, nil)
		}
		done++
		return w.Reanalyzed(r.id, r.doc, r.src)
	})
	if err := w.Close(); err != nil && werr == nil {
		werr = err
	}
	if prog != nil {
		prog.done()
	}
	if werr != nil {
		fmt.Fprintf(env.Stderr, "dragoman reanalyze: %v\n", werr)
		return ExitFailed
	}
	st, err := db.Stats()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman reanalyze: %v\n", err)
		return ExitFailed
	}
	fmt.Fprintf(env.Stderr, "dragoman reanalyze: %d redone, %d failed; %s holds %d articles, %d events from %d mentions\n",
		done, failed, *dbPath, st.Articles, st.Events, st.Mentions)
	if failed > 0 {
		return ExitFailed
	}
	return ExitOK
}

// openStoreRW opens (and upgrades) the store for writing.
func openStoreRW(env Env, cmd, path string) (*store.DB, bool) {
	db, err := store.Open(path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman %s: %v\n", cmd, err)
		return nil, false
	}
	return db, true
}
