package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/store"
)

const ingestUsage = `Usage: dragoman ingest [flags] PATH...

Analyse articles and store them, with their events and sources, in an
embedded SQLite database (no server to start), or with --postgres in a
PostgreSQL database that several machines can share (the same tables and
meaning). PATHs are read as by 'dragoman analyze' (files, directories, -,
--input jsonl records or --input warc archives).

Articles run through the analysis on all cores; writes are batched in
transactions. An article already stored (same bytes) is skipped, so running
the same command twice adds nothing, and a run stopped at any moment (even
killed) leaves no partial article: run it again to finish. With --replace,
an input already stored is analysed again and replaces the stored article
(to correct a wrong --published, say).

One article is stored once. An input whose page has the same canonical URL
as a stored article (scheme, www., tracking parameters and trailing slash
aside), or whose text shares nearly all its five-word sequences with one
(a re-scrape, a changed comment, a truncated copy), is recorded as a copy
of it; when the new input is the more complete (the full text after a
truncated copy), it takes the stored article's place instead.

Each article keeps its input and the analyser version that read it, so
'dragoman reanalyze' can redo it when the analyser improves.

Event mentions from different reports merge into one event when they share
the CAMEO base code, the source's and target's country and agent, dates
that agree at their precision, and a place within --merge-km (or the same
country); negated and hypothetical mentions are kept but never merged.

Exit status: 0 when every input was stored or already there, 1 when an
input failed (the others are still stored), 2 for a wrong command line.
`

const defaultDB = "dragoman.db"

func runIngest(env Env, args []string) int {
	fs := newFlagSet(env, "ingest", ingestUsage)
	dbPath := dbFlag(fs)
	rf := addReadingFlags(fs)
	batch := fs.Int("batch", 64, "articles per transaction (`N`)")
	mergeKm := fs.Float64("merge-km", store.DefaultMerge.RadiusKm, "merge reports of one event whose places lie within `KM`")
	minConf := fs.Float64("min-confidence", store.DefaultMerge.MinConfidence, "merge only event mentions of at least this `CONFIDENCE`")
	replace := fs.Bool("replace", false, "analyse inputs already stored again and replace them")
	dopts := deliveryFlags(fs)
	paths, status, ok := parsePaths(env, "ingest", fs, args, "see --help")
	if !ok {
		return status
	}
	an, opts, status, ok := rf.setup(env, "ingest")
	if !ok {
		return status
	}
	if *batch < 1 {
		fmt.Fprintf(env.Stderr, "dragoman ingest: --batch %d: want 1 or more\n", *batch)
		return ExitUsage
	}
	if *mergeKm < 0 || *minConf < 0 || *minConf > 1 {
		fmt.Fprintf(env.Stderr, "dragoman ingest: --merge-km wants 0 or more, --min-confidence 0 to 1\n")
		return ExitUsage
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman ingest: %v\n", err)
		return ExitFailed
	}
	defer db.Close()
	var prog *progressBar
	if *rf.progress && env.StderrIsTerminal {
		prog = newProgress(env.Stderr, "ingest")
		if !opts.JSONL {
			prog.setTotal(countInputs(paths))
		}
	}
	w := db.NewWriter(store.MergeOptions{RadiusKm: *mergeKm, MinConfidence: *minConf}, *batch)
	w.Analyzer, w.Replace = AnalyzerVersion()+petrarchVersion(rf.petrarch()), *replace
	var added, skipped, failed int
	werr := RunOrdered(paths, opts, *rf.workers, func(it input.Item) result {
		if it.Err != nil {
			return result{name: it.Name, err: it.Err}
		}
		sum := sha256.Sum256(it.Data)
		if !*replace {
			if has, _ := w.Has(hex.EncodeToString(sum[:])); has {
				return result{name: it.Name, err: errAlreadyStored}
			}
		}
		d, err := an.AnalyzeSteps(it, prog.steps(it.Name, len(it.Data)))
		prog.finish(it.Name)
		return result{name: it.Name, doc: d, err: err, src: keptInput(it, *rf.published)}
	}, func(r result) error {
		if prog != nil {
			prog.add(1)
		}
		if errors.Is(r.err, errAlreadyStored) {
			skipped++
			return nil
		}
		if r.err != nil && r.doc == nil {
			failed++
			if prog != nil {
				prog.clear()
			}
			fmt.Fprintf(env.Stderr, "dragoman: %s: error: %v\n", r.name, r.err)
			return nil
		}
		if r.err != nil {
			fmt.Fprintf(env.Stderr, "dragoman: %s: warning: %v\n", r.name, r.err)
		}
		docWarnings(env, r)
		ok, err := w.AddSource(r.doc, r.src)
		if err != nil {
			return fmt.Errorf("store %s: %w", r.name, err)
		}
		if ok {
			added++
		} else {
			skipped++
		}
		return nil
	})
	if err := w.Close(); err != nil && werr == nil {
		werr = err
	}
	// The watches' alerts queued with the articles (and any left by a run
	// that was stopped) go out now.
	if err := deliverAlerts(env, db, *dopts); err != nil && werr == nil {
		werr = fmt.Errorf("watches: %w", err)
	}
	if prog != nil {
		prog.done()
	}
	if werr != nil {
		fmt.Fprintf(env.Stderr, "dragoman ingest: %v\n", werr)
		return ExitFailed
	}
	st, err := db.Stats()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman ingest: %v\n", err)
		return ExitFailed
	}
	fmt.Fprintf(env.Stderr, "dragoman ingest: %d stored, %d already there, %d failed; %d were copies of a stored article, %d replaced one; %s holds %d articles, %d events from %d mentions\n",
		added, skipped, failed, w.Copies, w.Replaced, db.Path(), st.Articles, st.Events, st.Mentions)
	if failed > 0 {
		return ExitFailed
	}
	return ExitOK
}

var errAlreadyStored = errors.New("already stored")

// storedInput is what is kept of an input beside its bytes, so that
// 'dragoman reanalyze' reads it as ingest did.
type storedInput struct {
	Name   string     `json:"name"`
	Path   string     `json:"path,omitempty"`
	Format string     `json:"format"`
	Meta   input.Meta `json:"meta"`
}

// keptInput is an item as the store keeps it; a --published given on the
// command line is kept as the record's own date.
func keptInput(it input.Item, published string) *store.Source {
	si := storedInput{Name: it.Name, Path: it.Path, Format: it.Format, Meta: it.Meta}
	if si.Meta.Published == "" {
		si.Meta.Published = published
	}
	meta, err := json.Marshal(si)
	if err != nil {
		return nil
	}
	return &store.Source{Data: it.Data, Meta: meta}
}

// readKept turns a kept input back into an item.
func readKept(src *store.Source) (input.Item, error) {
	var si storedInput
	if err := json.Unmarshal(src.Meta, &si); err != nil {
		return input.Item{}, fmt.Errorf("kept input: %w", err)
	}
	return input.Item{Name: si.Name, Path: si.Path, Format: si.Format, Meta: si.Meta, Data: src.Data}, nil
}

// countInputs counts the files a walk will read, for the progress bar.
func countInputs(paths []string) int {
	n := 0
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			n++
			continue
		}
		filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && input.Wanted(d.Name(), false) {
				n++
			}
			return nil
		})
	}
	return n
}

// dbFlag adds the --db and --postgres flags of the commands that use the
// store; the string it returns is what store.Open takes.
func dbFlag(fs *flag.FlagSet) *string {
	target := fs.String("db", defaultDB, "the database `FILE`")
	fs.Func("postgres", "use the PostgreSQL store at `DSN` (postgres://user@host:5432/db?search_path=SCHEMA, or key=value pairs) instead of --db; $DRAGOMAN_POSTGRES is the default", func(dsn string) error {
		*target = store.PostgresPrefix + dsn
		return nil
	})
	if dsn := os.Getenv("DRAGOMAN_POSTGRES"); dsn != "" {
		*target = store.PostgresPrefix + dsn
	}
	return target
}

func trimTo(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
