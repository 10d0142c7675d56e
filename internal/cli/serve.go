package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/serve"
	"github.com/dragoman/dragoman/store"
)

const serveUsage = `Usage: dragoman serve [flags]

Serve the store read-only over HTTP: a web UI at / (a map of event places,
a timeline, facets and a table in sync through the URL; each event with
every report of it and its evidence; each article with its analysis; the
sourcing of each outlet) and the JSON API it uses under /api/ (described
at /api/openapi.json). Everything is embedded: no network is needed.

The server listens on the loopback address unless --addr names another,
which prints a warning: the API has no accounts. With --ingest-token,
POST /api/ingest (Authorization: Bearer TOKEN) analyses and stores
articles sent as text, HTML or JSON Lines, as 'dragoman ingest' does;
without it nothing writes. Queries and ingest do not block each other
(SQLite WAL). With --postgres DSN it serves the PostgreSQL store that
workers on other machines write to.

Exit status: 0 after an interrupt, 1 when the store cannot be read or the
address cannot be bound, 2 for a wrong command line.
`

// DefaultAddr is where dragoman serve listens unless told otherwise.
const DefaultAddr = "127.0.0.1:8080"

func runServe(env Env, args []string) int {
	fs := newFlagSet(env, "serve", serveUsage)
	dbPath := dbFlag(fs)
	addr := fs.String("addr", DefaultAddr, "listen on `HOST:PORT` (another host than loopback prints a warning)")
	token := fs.String("ingest-token", "", "enable POST /api/ingest for requests bearing this `TOKEN`")
	timeout := fs.Duration("query-timeout", serve.DefaultQueryTimeout, "bound each API request to `DURATION`")
	if _, status, ok := parseQuery(env, "serve", fs, args, noFilter); !ok {
		return status
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman serve: --addr %q: want HOST:PORT\n", *addr)
		return ExitUsage
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(env.Stderr, "dragoman serve: warning: listening on %s, reachable from other machines; the API has no accounts\n", *addr)
	}
	opt := serve.Options{QueryTimeout: *timeout}
	if *token != "" {
		// a writer for ingest; queries go through their own read-only handle
		wdb, err := store.Open(*dbPath)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman serve: %v\n", err)
			return ExitFailed
		}
		defer wdb.Close()
		ing, err := newServeIngest(wdb)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman serve: %v\n", err)
			return ExitFailed
		}
		opt.Ingest, opt.IngestToken = ing, *token
	}
	db, ok := openStore(env, "serve", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	opt.DB = db
	srv, err := serve.New(opt)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman serve: %v\n", err)
		return ExitFailed
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman serve: %v\n", err)
		return ExitFailed
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 5 * time.Minute,
		WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute}
	st, _ := db.Stats()
	fmt.Fprintf(env.Stderr, "dragoman serve: http://%s/ (%s: %d articles, %d events); Ctrl-C to stop\n", ln.Addr(), *dbPath, st.Articles, st.Events)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(stop)
	go func() {
		// the first view's counts, before anyone asks
		st := time.Now()
		if err := srv.Warm(context.Background()); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman serve: warming up: %v\n", err)
			return
		}
		fmt.Fprintf(env.Stderr, "dragoman serve: ready (the first view's counts took %.1f s)\n", time.Since(st).Seconds())
	}()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		fmt.Fprintf(env.Stderr, "dragoman serve: %v\n", err)
		return ExitFailed
	case <-stop:
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(ctx)
		return ExitOK
	}
}

// newServeIngest returns the ingest of POST /api/ingest: the body is read
// as 'dragoman ingest -' reads standard input, analysed and stored; one
// request writes at a time.
func newServeIngest(db *store.DB) (serve.IngestFunc, error) {
	rf := addReadingFlags(newFlagSet(Env{Stderr: io.Discard}, "serve", ""))
	an, _, _, ok := rf.setup(Env{Stderr: io.Discard}, "serve")
	if !ok {
		return nil, errors.New("cannot load the analyzer")
	}
	var mu sync.Mutex
	return func(ctx context.Context, body io.Reader, format string) (serve.IngestResult, error) {
		mu.Lock()
		defer mu.Unlock()
		opts := input.Options{Format: format, JSONL: format == "jsonl", MaxBytes: 32 << 20, Stdin: body}
		if format == "jsonl" {
			opts.Format = "auto"
		}
		var res serve.IngestResult
		w := db.NewWriter(store.DefaultMerge, 64)
		w.Analyzer = AnalyzerVersion()
		werr := RunOrdered([]string{"-"}, opts, *rf.workers, func(it input.Item) result {
			if it.Err != nil {
				return result{name: it.Name, err: it.Err}
			}
			if ctx.Err() != nil {
				return result{name: it.Name, err: ctx.Err()}
			}
			sum := sha256.Sum256(it.Data)
			if has, _ := w.Has(hex.EncodeToString(sum[:])); has {
				return result{name: it.Name, err: errAlreadyStored}
			}
			d, err := an.Analyze(it)
			return result{name: it.Name, doc: d, err: err, src: keptInput(it, "")}
		}, func(r result) error {
			switch {
			case errors.Is(r.err, errAlreadyStored):
				res.Already++
				return nil
			case r.err != nil && r.doc == nil:
				res.Failed++
				res.Errors = append(res.Errors, fmt.Sprintf("%s: %v", r.name, r.err))
				return nil
			}
			added, err := w.AddSource(r.doc, r.src)
			if err != nil {
				return fmt.Errorf("store %s: %w", r.name, err)
			}
			if added {
				res.Stored++
			} else {
				res.Already++
			}
			return nil
		})
		if err := w.Close(); err != nil && werr == nil {
			werr = err
		}
		// The watches' alerts of what was just stored go out now; a
		// failed delivery is kept in the outbox and the dead-letter file,
		// and does not fail the ingest.
		if err := deliverAlerts(Env{Stdout: os.Stdout, Stderr: os.Stderr}, db, deliveryOptions{Tries: 5, Backoff: 500 * time.Millisecond, DeadLetter: "dragoman-dead-letter.jsonl"}); err != nil {
			fmt.Fprintf(os.Stderr, "dragoman serve: watches: %v\n", err)
		}
		return res, werr
	}, nil
}
