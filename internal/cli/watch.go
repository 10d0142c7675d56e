package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/dragoman/dragoman/store"
)

const watchUsage = `Usage: dragoman watch add NAME [flags]
       dragoman watch list
       dragoman watch remove NAME
       dragoman watch deliver

A watch is what an analyst follows. Every 'dragoman ingest' evaluates the
watches on the articles it stores and queues one alert per new match, in the
same transaction as the article (the outbox), then delivers the queued
alerts:
  --to -            as JSON Lines on standard output (the default)
  --to FILE         appended to FILE as JSON Lines
  --to http(s)://   POSTed as JSON to a webhook, with an Idempotency-Key
                    header (the alert's key); tried --tries times with
                    backoff, then written to the dead-letter file
                    (--dead-letter, default dragoman-dead-letter.jsonl)
An alert is marked delivered only after its target took it, so a process
killed during delivery sends it again at the next run; a file target skips
alerts whose key it already holds, and a webhook receiver that honours the
Idempotency-Key sees each alert once.

Kinds (watch add):
  --events 'actor=USA code=16*'   events matching the filters of
                                   'dragoman events' (actor, source, target,
                                   code, root, quad, place, near, country,
                                   from, to, outlet, source-kind, search)
  --posts USA@Baghdad,IQ           posture changes of these posts (keys, host
                                   cities, sender codes or host countries;
                                   "*" for all)
  --window-days N                  risk windows dated within N days after
                                   the report's publication date

Exit status: 0 on success, 1 when the store or a delivery failed, 2 for a
wrong command line.
`

func runWatch(env Env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, "dragoman watch: name a subcommand: add, list, remove or deliver (see --help)")
		return ExitUsage
	}
	if helpRequested(args[:1]) || helpRequested(args[1:]) {
		fmt.Fprint(env.Stdout, watchUsage)
		return ExitOK
	}
	sub, rest := args[0], args[1:]
	switch sub {
	case "add", "list", "remove", "deliver":
	default:
		fmt.Fprintf(env.Stderr, "dragoman watch: unknown subcommand %q: want add, list, remove or deliver (see --help)\n", sub)
		return ExitUsage
	}
	fs := newFlagSet(env, "watch "+sub, watchUsage)
	dbPath := dbFlag(fs)
	events := fs.String("events", "", "an event watch: `FILTERS` as name=value pairs")
	posts := fs.String("posts", "", "a posture watch: `POSTS`, comma-separated")
	days := fs.Int("window-days", 0, "a window watch: windows within `N` days")
	to := fs.String("to", "-", "where alerts go: `TARGET` (-, a file, or an http(s) URL)")
	dopts := deliveryFlags(fs)
	pos, err := parseArgs(env, "watch "+sub, fs, rest)
	if err != nil {
		return ExitUsage
	}
	switch sub {
	case "add":
		if len(pos) != 1 {
			fmt.Fprintln(env.Stderr, "dragoman watch add: name one watch NAME")
			return ExitUsage
		}
		var spec store.WatchSpec
		n := 0
		if *events != "" {
			n++
			spec = store.WatchSpec{Kind: "events", Events: map[string]string{}}
			for _, kv := range strings.Fields(*events) {
				k, v, ok := strings.Cut(kv, "=")
				if !ok {
					fmt.Fprintf(env.Stderr, "dragoman watch add: --events %q: want name=value pairs\n", kv)
					return ExitUsage
				}
				spec.Events[strings.TrimPrefix(k, "--")] = v
			}
		}
		if *posts != "" {
			n++
			spec = store.WatchSpec{Kind: "posture"}
			for _, p := range strings.Split(*posts, ",") {
				if p = strings.TrimSpace(p); p != "" && p != "*" {
					spec.Posts = append(spec.Posts, p)
				}
			}
		}
		if *days != 0 {
			n++
			spec = store.WatchSpec{Kind: "window", Days: *days}
		}
		if n != 1 {
			fmt.Fprintln(env.Stderr, "dragoman watch add: give one of --events, --posts, --window-days")
			return ExitUsage
		}
		db, err := store.Open(*dbPath)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman watch add: %v\n", err)
			return ExitFailed
		}
		defer db.Close()
		if err := db.AddWatch(pos[0], spec, *to); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman watch add: %v\n", err)
			if errors.Is(err, store.ErrUsage) {
				return ExitUsage
			}
			return ExitFailed
		}
		return ExitOK
	case "list":
		db, ok := openStore(env, "watch list", *dbPath)
		if !ok {
			return ExitFailed
		}
		defer db.Close()
		ws, err := db.Watches()
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman watch list: %v\n", err)
			return ExitFailed
		}
		for _, w := range ws {
			spec, _ := json.Marshal(w.Spec)
			fmt.Fprintf(env.Stdout, "%s\t%s\t%s\n", w.Name, spec, w.Target)
		}
		return ExitOK
	case "remove":
		if len(pos) != 1 {
			fmt.Fprintln(env.Stderr, "dragoman watch remove: name one watch NAME")
			return ExitUsage
		}
		db, err := store.Open(*dbPath)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman watch remove: %v\n", err)
			return ExitFailed
		}
		defer db.Close()
		if err := db.RemoveWatch(pos[0]); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman watch remove: %v\n", err)
			if errors.Is(err, store.ErrUsage) {
				return ExitUsage
			}
			return ExitFailed
		}
		return ExitOK
	case "deliver":
		db, err := store.Open(*dbPath)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman watch deliver: %v\n", err)
			return ExitFailed
		}
		defer db.Close()
		if err := deliverAlerts(env, db, *dopts); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman watch deliver: %v\n", err)
			return ExitFailed
		}
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "dragoman watch: unknown subcommand %q: want add, list, remove or deliver (see --help)\n", sub)
	return ExitUsage
}

// deliveryOptions configure alert delivery.
type deliveryOptions struct {
	Tries      int
	Backoff    time.Duration
	DeadLetter string
}

func deliveryFlags(fs *flag.FlagSet) *deliveryOptions {
	o := &deliveryOptions{}
	fs.IntVar(&o.Tries, "tries", 5, "webhook delivery: `N` tries before the dead-letter file")
	fs.DurationVar(&o.Backoff, "backoff", 500*time.Millisecond, "webhook delivery: first wait between tries (doubles)")
	fs.StringVar(&o.DeadLetter, "dead-letter", "dragoman-dead-letter.jsonl", "alerts that could not be delivered go to `FILE`")
	return o
}

// deliverAlerts sends every queued alert to its target and marks it.
func deliverAlerts(env Env, db *store.DB, o deliveryOptions) error {
	client := &http.Client{Timeout: 20 * time.Second}
	seen := map[string]map[string]bool{} // file target -> keys it holds
	var failed int
	for {
		alerts, err := db.PendingAlerts(200)
		if err != nil {
			return err
		}
		if len(alerts) == 0 {
			break
		}
		progress := false
		for _, a := range alerts {
			var derr error
			switch t := a.Target; {
			case t == "-" || t == "":
				_, derr = fmt.Fprintf(env.Stdout, "%s\n", a.Payload)
			case strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://"):
				derr = postAlert(client, t, a, o)
			default:
				derr = appendAlert(t, a, seen)
			}
			if derr == nil {
				if err := db.MarkAlert(a.ID, true, "", false); err != nil {
					return err
				}
				progress = true
				continue
			}
			failed++
			if err := writeDeadLetter(o.DeadLetter, a, derr); err != nil {
				return fmt.Errorf("alert %s: %v; and the dead-letter file: %w", a.Key, derr, err)
			}
			if err := db.MarkAlert(a.ID, false, derr.Error(), true); err != nil {
				return err
			}
			progress = true
			fmt.Fprintf(env.Stderr, "dragoman: watch %s: alert %s not delivered (%v); written to %s\n", a.Watch, a.Key, derr, o.DeadLetter)
		}
		if !progress {
			break
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d alerts not delivered (see %s)", failed, o.DeadLetter)
	}
	return nil
}

func postAlert(client *http.Client, url string, a store.Alert, o deliveryOptions) error {
	wait := o.Backoff
	var last error
	for try := 0; try < max(1, o.Tries); try++ {
		if try > 0 {
			time.Sleep(wait)
			wait *= 2
		}
		req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(a.Payload))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", a.Key)
		req.Header.Set("User-Agent", "dragoman-watch")
		resp, err := client.Do(req)
		if err != nil {
			last = err
			continue
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode/100 == 2 {
			return nil
		}
		last = fmt.Errorf("%s: HTTP %s", url, resp.Status)
		if resp.StatusCode/100 == 4 && resp.StatusCode != 408 && resp.StatusCode != 429 {
			return last
		}
	}
	return last
}

// appendAlert appends to a file target unless the file holds the alert's
// key already (a run killed after writing, before marking).
func appendAlert(path string, a store.Alert, seen map[string]map[string]bool) error {
	keys, ok := seen[path]
	if !ok {
		keys = map[string]bool{}
		if f, err := os.Open(path); err == nil {
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<16), 1<<26)
			for sc.Scan() {
				var r struct{ Key string }
				if json.Unmarshal(sc.Bytes(), &r) == nil && r.Key != "" {
					keys[r.Key] = true
				}
			}
			f.Close()
		}
		seen[path] = keys
	}
	if keys[a.Key] {
		return nil
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(append([]byte{}, a.Payload...), '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	keys[a.Key] = true
	return f.Close()
}

func writeDeadLetter(path string, a store.Alert, cause error) error {
	b, _ := json.Marshal(map[string]any{"watch": a.Watch, "target": a.Target, "key": a.Key, "error": cause.Error(), "alert": a.Payload})
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
