package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/queue"
	"github.com/dragoman/dragoman/store"
	"github.com/dragoman/dragoman/webpage"
)

const defaultNATS = "nats://127.0.0.1:4222"

// queueFlags are the flags naming the queue.
type queueFlags struct {
	url, stream *string
}

func addQueueFlags(fs *flag.FlagSet) queueFlags {
	def := defaultNATS
	if s := os.Getenv("DRAGOMAN_NATS"); s != "" {
		def = s
	}
	return queueFlags{
		url:    fs.String("nats", def, "the NATS server (with JetStream) at `URL`; $DRAGOMAN_NATS is the default"),
		stream: fs.String("stream", "dragoman", "the JetStream stream `NAME`: one per corpus or test sharing a server"),
	}
}

const enqueueUsage = `Usage: dragoman enqueue [flags] PATH...

Publish articles to the work queue on NATS JetStream, for 'dragoman worker'
processes on any machine to analyse and store. PATHs are read as by
'dragoman analyze' (files, directories, -, --input jsonl records or --input
warc archives); each article is sent whole, gzipped, with its name, path,
format and metadata (an article too large for one message goes into the
stream's object store and the message names it). An article already in the
queue (same bytes, within JetStream's duplicate window) is not sent twice;
one already stored is skipped by the worker.

Exit status: 0 when every input was queued, 1 when an input could not be
read (the others are still queued) or the server failed, 2 for a wrong
command line.
`

func runEnqueue(env Env, args []string) int {
	fs := newFlagSet(env, "enqueue", enqueueUsage)
	qf := addQueueFlags(fs)
	format := fs.String("format", "auto", "input format: `auto`, text or html")
	inputKind := fs.String("input", "files", "what PATHs hold: `files`, jsonl (records) or warc (WARC archives)")
	maxSize := fs.String("max-size", "32MiB", "largest article accepted (`SIZE`)")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none of their own")
	progress := fs.Bool("progress", true, "show progress on standard error when it is a terminal")
	paths, status, ok := parsePaths(env, "enqueue", fs, args, "see --help")
	if !ok {
		return status
	}
	opts, err := inputOptions(env, *format, *inputKind, *maxSize)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman enqueue: %v\n", err)
		return ExitUsage
	}
	if *published != "" {
		if _, err := time.Parse("2006-01-02", *published); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman enqueue: --published %q: want YYYY-MM-DD\n", *published)
			return ExitUsage
		}
	}
	ctx := context.Background()
	q, err := queue.Open(ctx, *qf.url, queue.Options{Stream: *qf.stream})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman enqueue: %v\n", err)
		return ExitFailed
	}
	defer q.Close()
	var prog *progressBar
	if *progress && env.StderrIsTerminal {
		prog = newProgress(env.Stderr, "enqueue")
	}
	var sent, dups, failed int
	werr := input.Walk(paths, opts, func(it input.Item) error {
		if prog != nil {
			prog.add(1)
		}
		if it.Err != nil {
			failed++
			if prog != nil {
				prog.clear()
			}
			fmt.Fprintf(env.Stderr, "dragoman: %s: error: %v\n", it.Name, it.Err)
			return nil
		}
		if it.Meta.Published == "" && *published != "" {
			it.Meta.Published = *published
		}
		dup, err := q.Publish(ctx, it)
		if err != nil {
			return fmt.Errorf("%s: %w", it.Name, err)
		}
		if dup {
			dups++
		} else {
			sent++
		}
		return nil
	})
	if prog != nil {
		prog.done()
	}
	if werr != nil {
		fmt.Fprintf(env.Stderr, "dragoman enqueue: %v\n", werr)
		return ExitFailed
	}
	fmt.Fprintf(env.Stderr, "dragoman enqueue: %d queued, %d already in the queue, %d failed (stream %s)\n", sent, dups, failed, *qf.stream)
	if failed > 0 {
		return ExitFailed
	}
	return ExitOK
}

// inputOptions checks the reading flags of commands that do not analyse.
func inputOptions(env Env, format, kind, maxSize string) (input.Options, error) {
	switch format {
	case "auto", "text", "html":
	default:
		return input.Options{}, fmt.Errorf("--format %q: want auto, text or html", format)
	}
	if kind != "files" && kind != "jsonl" && kind != "warc" {
		return input.Options{}, fmt.Errorf("--input %q: want files, jsonl or warc", kind)
	}
	limit, err := parseSize(maxSize)
	if err != nil {
		return input.Options{}, fmt.Errorf("--max-size: %v", err)
	}
	return input.Options{Format: format, JSONL: kind == "jsonl", WARC: kind == "warc", MaxBytes: limit, Stdin: env.Stdin}, nil
}

const workerUsage = `Usage: dragoman worker [flags]

Take articles from the work queue on NATS JetStream, analyse them and store
them (--postgres DSN for a store shared by many workers; --db FILE for the
embedded one, which only processes on this machine can share). Run as many
workers as you like, on as many machines: each article is acknowledged only
after the store has committed it, so the articles of a worker that dies are
given to another after --ack-wait, and an article delivered twice is stored
once. Reports of one event stored by two workers at once merge as if one
had stored both.

An article that fails --max-tries times (or is delivered that many times
without being acknowledged) goes to the dead letters with its error: see
'dragoman queue status --dead N'. If the store cannot be written the worker
stops, leaving the article queued.

--workers N articles are analysed at once, and the process runs on N
cores (the Go runtime is sized to N unless $GOMAXPROCS is set): each
worker process uses about N cores, so run one per core with --workers 1,
or one per machine with --workers set to its cores.

Progress (when standard error is a terminal) and a summary go to standard
error. SIGINT or SIGTERM stop the worker within moments, however long the
article it is analysing: the articles analysed already are stored (a
commit under way is finished), those being analysed are abandoned and,
with those taken ahead, given back to the queue unacknowledged, for
another worker to take at once; the store is then closed. A second
signal ends the process at once.

Exit status: 0 when stopped or drained, 1 when the queue or store failed,
2 for a wrong command line.
`

func runWorker(env Env, args []string) int {
	fs := newFlagSet(env, "worker", workerUsage)
	qf := addQueueFlags(fs)
	dbPath := dbFlag(fs)
	loops := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed at once in this process (`N`), which uses N cores (unless $GOMAXPROCS is set)")
	drain := fs.Bool("drain", false, "exit once nothing is pending or in flight")
	maxTries := fs.Int("max-tries", 5, "tries before an article becomes a dead letter (`N`)")
	ackWait := fs.Duration("ack-wait", 2*time.Minute, "how long a silent worker keeps an article before it goes to another (`DURATION`)")
	maxPending := fs.Int("max-ack-pending", 256, "articles in flight across all workers at most (`N`)")
	mergeKm := fs.Float64("merge-km", store.DefaultMerge.RadiusKm, "merge reports of one event whose places lie within `KM`")
	minConf := fs.Float64("min-confidence", store.DefaultMerge.MinConfidence, "merge only event mentions of at least this `CONFIDENCE`")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none of their own")
	fallback := fs.Bool("html-fallback", webpage.DefaultOptions.Fallback, "let the HTML extractor compare its result with readability's (slower)")
	progress := fs.Bool("progress", true, "show progress on standard error when it is a terminal")
	batch := fs.Int("batch", 32, "articles committed in one transaction at most (`N`)")
	batchWait := fs.Duration("batch-wait", 200*time.Millisecond, "how long a commit waits for more articles to store in its transaction (`DURATION`; 0: none)")
	verbose := fs.Bool("v", false, "print a line on standard error for every article stored or skipped")
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	if rest, err := parseArgs(env, "worker", fs, args); err != nil {
		return ExitUsage
	} else if len(rest) > 0 {
		fmt.Fprintf(env.Stderr, "dragoman worker: unexpected argument %q (the worker reads the queue; see --help)\n", rest[0])
		return ExitUsage
	}
	an, db, status, ok := openAnalysis(env, "worker", *published, webpage.Options{Fallback: *fallback}, *dbPath)
	if !ok {
		return status
	}
	defer db.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// once told to stop, a second signal has its default effect
		<-ctx.Done()
		stop()
	}()
	q, err := queue.Open(ctx, *qf.url, queue.Options{Stream: *qf.stream, MaxTries: *maxTries, AckWait: *ackWait, MaxAckPending: *maxPending})
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintf(env.Stderr, "dragoman worker: stopped before it began\n")
			return ExitOK
		}
		fmt.Fprintf(env.Stderr, "dragoman worker: %v\n", err)
		return ExitFailed
	}
	defer q.Close()
	if *loops < 1 {
		*loops = 1
	}
	// The process runs on as many cores as it analyses articles at once,
	// so that several worker processes on one machine (one per core)
	// do not each spread their collector and store client over every
	// core and crowd each other and the servers.
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(*loops)
	}
	handler := &workHandler{an: an, w: db.NewWriter(store.MergeOptions{RadiusKm: *mergeKm, MinConfidence: *minConf}, 1)}
	handler.w.Analyzer = AnalyzerVersion()
	var prog *progressBar
	if *progress && env.StderrIsTerminal {
		prog = newProgress(env.Stderr, "worker")
	}
	var mu sync.Mutex
	counts := map[string]int{}
	start := time.Now()
	werr := q.Work(ctx, queue.WorkOptions{Loops: *loops, Batch: *batch, BatchWait: *batchWait, Drain: *drain, Report: func(o queue.Outcome) {
		mu.Lock()
		counts[o.Kind]++
		if o.Tries > 1 && (o.Kind == "stored" || o.Kind == "skipped") {
			counts["redelivered"]++
		}
		mu.Unlock()
		if prog != nil {
			prog.add(1)
		}
		if *verbose && (o.Kind == "stored" || o.Kind == "skipped") {
			if prog != nil {
				prog.clear()
			}
			fmt.Fprintf(env.Stderr, "dragoman: %s: %s (try %d)\n", o.Name, map[string]string{"stored": "stored", "skipped": "already stored"}[o.Kind], o.Tries)
		}
		if o.Kind == "dead" || o.Kind == "retry" {
			if prog != nil {
				prog.clear()
			}
			fmt.Fprintf(env.Stderr, "dragoman: %s: error (try %d of %d; %s): %v\n", o.Name, o.Tries, *maxTries, map[string]string{"dead": "now a dead letter", "retry": "will retry"}[o.Kind], o.Err)
		}
	}}, handler)
	if prog != nil {
		prog.done()
	}
	el := time.Since(start)
	abandoned := ""
	if n := counts["abandoned"]; n > 0 {
		abandoned = fmt.Sprintf("; %d given back unfinished", n)
	}
	fmt.Fprintf(env.Stderr, "dragoman worker: %d stored, %d already there, %d retried, %d dead letters in %s (%.1f articles/s); %d redelivered%s\n",
		counts["stored"], counts["skipped"], counts["retry"], counts["dead"], el.Round(time.Millisecond), float64(counts["stored"]+counts["skipped"])/el.Seconds(), counts["redelivered"], abandoned)
	if werr != nil {
		fmt.Fprintf(env.Stderr, "dragoman worker: %v\n", werr)
		return ExitFailed
	}
	return ExitOK
}

// openAnalysis loads the analyzer and opens the store of a command that
// analyses into it, reporting a failure as cmd's.
func openAnalysis(env Env, cmd, published string, web webpage.Options, target string) (*analyzer.Analyzer, *store.DB, int, bool) {
	an, err := analyzer.New(analyzer.Options{Published: published, Web: web})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman %s: %v\n", cmd, err)
		return nil, nil, ExitUsage, false
	}
	db, err := store.Open(target)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman %s: %v\n", cmd, err)
		return nil, nil, ExitFailed, false
	}
	return an, db, ExitOK, true
}

// workHandler analyses articles (Prepare, on several goroutines) and
// stores them (Commit, one transaction per batch).
type workHandler struct {
	an *analyzer.Analyzer
	w  *store.Writer
}

// Prepare analyses an article, or returns a nil document when it is a
// redelivery of one stored already. A first delivery is not looked up:
// the store skips an article it holds at commit, and one lookup per
// article would put a round trip to the store before every analysis.
func (h *workHandler) Prepare(ctx context.Context, it input.Item) (any, error) {
	if queue.Redelivered(ctx) {
		sum := sha256.Sum256(it.Data)
		has, err := h.w.Has(hex.EncodeToString(sum[:]))
		if err != nil {
			return nil, queue.Fatal{Err: fmt.Errorf("store: %w", err)}
		}
		if has {
			return prepared{}, nil
		}
	}
	d, err := h.an.Analyze(it)
	if d == nil {
		return nil, err
	}
	// What storing it computes from the article alone is done here, on the
	// analysing goroutine, not while the commit holds the store's locks.
	p, err := h.w.Prepare(d, keptInput(it, ""))
	if err != nil {
		return nil, err
	}
	return prepared{p}, nil
}

// prepared is an analysed article ready to store, with the input kept
// with it (for 'dragoman reanalyze'); nil is an article stored already.
type prepared struct{ p *store.Prepared }

// Commit stores the documents in one transaction, trying again when two
// writers' transactions collided (a deadlock or serialisation failure, a
// busy SQLite file). An error in an article's own data fails the batch
// (the queue then stores its articles one by one); any other store error
// stops the worker, leaving the articles queued.
func (h *workHandler) Commit(_ context.Context, ready []any) ([]bool, error) {
	var ps []*store.Prepared
	var at []int
	for i, p := range ready {
		if p := p.(prepared); p.p != nil {
			ps = append(ps, p.p)
			at = append(at, i)
		}
	}
	out := make([]bool, len(ready))
	if len(ps) == 0 {
		return out, nil
	}
	for try := 1; ; try++ {
		added, err := h.w.AddPrepared(ps)
		if err == nil {
			for k, i := range at {
				out[i] = added[k]
			}
			return out, nil
		}
		msg := err.Error()
		switch {
		case try < 5 && containsAny(msg, "SQLSTATE 40P01", "SQLSTATE 40001", "database is locked", "SQLITE_BUSY"):
			time.Sleep(time.Duration(try*try) * 20 * time.Millisecond)
		case containsAny(msg, "SQLSTATE 22", "SQLSTATE 23"):
			return nil, fmt.Errorf("store: %w", err)
		default:
			return nil, queue.Fatal{Err: fmt.Errorf("store: %w", err)}
		}
	}
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

const queueUsage = `Usage: dragoman queue status [flags]

Show the work queue: articles pending (waiting for a worker), in flight
(held by a worker), redelivered (in flight again after a worker died or
gave one back) and failed (dead letters: see --dead).

Exit status: 0 on success, 1 when the server cannot be read, 2 for a
wrong command line.
`

func runQueue(env Env, args []string) int {
	fs := newFlagSet(env, "queue", queueUsage)
	qf := addQueueFlags(fs)
	dead := fs.Int("dead", 0, "also list up to `N` dead letters with their errors")
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	rest, err := parseArgs(env, "queue", fs, args)
	if err != nil {
		return ExitUsage
	}
	if len(rest) != 1 || rest[0] != "status" {
		fmt.Fprintf(env.Stderr, "dragoman queue: want 'dragoman queue status' (see --help)\n")
		return ExitUsage
	}
	ctx := context.Background()
	q, err := queue.Open(ctx, *qf.url, queue.Options{Stream: *qf.stream})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman queue: %v\n", err)
		return ExitFailed
	}
	defer q.Close()
	st, err := q.Status(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman queue: %v\n", err)
		return ExitFailed
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "stream\t%s\npending\t%d\nin flight\t%d\nredelivered\t%d\nfailed\t%d\n", st.Stream, st.Pending, st.InFlight, st.Redelivered, st.Failed)
	tw.Flush()
	if *dead > 0 {
		dl, err := q.DeadLetters(ctx, *dead)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman queue: %v\n", err)
			return ExitFailed
		}
		for _, d := range dl {
			fmt.Fprintf(env.Stdout, "dead: %s (%d tries): %s\n", d.Name, d.Tries, strings.ReplaceAll(d.Error, "\n", " "))
		}
	}
	return ExitOK
}
