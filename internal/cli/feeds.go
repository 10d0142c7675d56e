package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/dragoman/dragoman/feeds"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/queue"
	"github.com/dragoman/dragoman/store"
	"github.com/dragoman/dragoman/webpage"
)

const feedsUsage = `Usage:
  dragoman feeds add URL...       follow RSS or Atom feeds
  dragoman feeds list             the feeds followed, with what was seen of them
  dragoman feeds poll [--every D] fetch the feeds and store (or queue) their new articles

The feeds and what was seen of each are kept in --feeds FILE (JSON). A poll
asks each feed for what changed since the last one (ETag, Last-Modified),
then fetches each new item's page: robots.txt is obeyed, requests to one
host are spaced by --rate (and a robots.txt Crawl-delay), and the user agent
names dragoman. Each page is analysed and stored (--db, --postgres) or, with
--nats, published to the work queue, with the item's link as its URL, its
title as the headline, its date as the publication date and the feed's URL
as its path. An item is marked seen once its page is stored or queued, so a
stopped poll started again skips what it did. --every polls again and again
until interrupted.

Exit status: 0 on success, 1 when a feed could not be read (the others are
still polled) or the store or queue failed, 2 for a wrong command line.
`

// UserAgent names dragoman to the sites feeds poll reads.
func userAgent() string {
	return "dragoman/" + Version + " (+https://github.com/dragoman/dragoman)"
}

func runFeeds(env Env, args []string) int {
	fs := newFlagSet(env, "feeds", feedsUsage)
	statePath := fs.String("feeds", "dragoman-feeds.json", "the feeds state `FILE`")
	every := fs.Duration("every", 0, "poll again every `DURATION` (15m, 1h) until interrupted; 0: once")
	ratePerHost := fs.Float64("rate", 1, "requests per second to one host at most (`R`)")
	dbPath := dbFlag(fs)
	qf := addQueueFlags(fs)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for pages that carry none")
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	rest, err := parseArgs(env, "feeds", fs, args)
	if err != nil {
		return ExitUsage
	}
	if len(rest) == 0 {
		fmt.Fprintln(env.Stderr, "dragoman feeds: want add, list or poll (see --help)")
		return ExitUsage
	}
	useQueue := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "nats" {
			useQueue = true
		}
	})
	state, err := feeds.Load(*statePath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman feeds: %v\n", err)
		return ExitFailed
	}
	switch rest[0] {
	case "add":
		if len(rest) == 1 {
			fmt.Fprintln(env.Stderr, "dragoman feeds add: no URL given")
			return ExitUsage
		}
		for _, u := range rest[1:] {
			added, err := state.Add(u)
			if err != nil {
				fmt.Fprintf(env.Stderr, "dragoman feeds add: %v\n", err)
				return ExitUsage
			}
			if !added {
				fmt.Fprintf(env.Stderr, "dragoman feeds add: %s is followed already\n", u)
			}
		}
		if err := state.Save(); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman feeds: %v\n", err)
			return ExitFailed
		}
		return ExitOK
	case "list":
		tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "URL\tTITLE\tPOLLED\tARTICLES\tSEEN\tLAST ERROR")
		for _, f := range state.Feeds {
			polled := "never"
			if !f.Polled.IsZero() {
				polled = f.Polled.Format(time.RFC3339)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", f.URL, trimTo(f.Title, 40), polled, f.Items, len(f.Seen), f.LastError)
		}
		tw.Flush()
		return ExitOK
	case "poll":
	default:
		fmt.Fprintf(env.Stderr, "dragoman feeds: unknown subcommand %q (want add, list or poll)\n", rest[0])
		return ExitUsage
	}
	if len(state.Feeds) == 0 {
		fmt.Fprintf(env.Stderr, "dragoman feeds poll: no feeds in %s (add some with 'dragoman feeds add URL')\n", *statePath)
		return ExitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var sink func(input.Item) error
	if useQueue {
		q, err := queue.Open(ctx, *qf.url, queue.Options{Stream: *qf.stream})
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman feeds: %v\n", err)
			return ExitFailed
		}
		defer q.Close()
		sink = func(it input.Item) error {
			if it.Meta.Published == "" {
				it.Meta.Published = *published
			}
			_, err := q.Publish(ctx, it)
			return err
		}
	} else {
		an, db, status, ok := openAnalysis(env, "feeds", *published, webpage.DefaultOptions, *dbPath)
		if !ok {
			return status
		}
		defer db.Close()
		w := db.NewWriter(store.DefaultMerge, 1)
		w.Analyzer = AnalyzerVersion()
		sink = func(it input.Item) error {
			d, err := an.Analyze(it)
			if d == nil {
				fmt.Fprintf(env.Stderr, "dragoman: %s: error: %v\n", it.Name, err)
				return nil // the page's fault: seen, not stored
			}
			if _, err := w.AddSource(d, keptInput(it, *published)); err != nil {
				return fmt.Errorf("store %s: %w", it.Name, err)
			}
			return nil
		}
	}
	p := feeds.NewPoller(feeds.Options{UserAgent: userAgent(), Rate: *ratePerHost})
	status := ExitOK
	for {
		for _, f := range state.Feeds {
			res, err := p.Poll(ctx, f, sink, func(link string, err error) {
				fmt.Fprintf(env.Stderr, "dragoman: %s: error: %v\n", link, err)
			})
			f.LastError = ""
			if err != nil {
				f.LastError = err.Error()
				status = ExitFailed
				fmt.Fprintf(env.Stderr, "dragoman feeds: %v\n", err)
			} else if res.NotModified {
				fmt.Fprintf(env.Stderr, "dragoman feeds: %s: not modified\n", f.URL)
			} else {
				fmt.Fprintf(env.Stderr, "dragoman feeds: %s: %d items, %d new, %d seen before, %d disallowed by robots.txt, %d failed\n",
					f.URL, res.Items, res.New, res.Seen, res.Disallowed, res.Failed)
			}
			if err := state.Save(); err != nil {
				fmt.Fprintf(env.Stderr, "dragoman feeds: %v\n", err)
				return ExitFailed
			}
			if ctx.Err() != nil {
				return status
			}
		}
		if *every <= 0 {
			return status
		}
		select {
		case <-ctx.Done():
			return status
		case <-time.After(*every):
		}
	}
}
