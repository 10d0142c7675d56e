package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/dragoman/dragoman/store"
)

// parseQuery handles --help and the flags of a query command; ok is false
// when the command should end with status.
func parseQuery(env Env, cmd string, fs *flag.FlagSet, args []string, filter func() (store.Filter, error)) (f store.Filter, status int, ok bool) {
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return f, ExitOK, false
	}
	if _, err := parseInterleaved(fs, args); err != nil {
		return f, ExitUsage, false
	}
	f, err := filter()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman %s: %v\n", cmd, err)
		return f, ExitUsage, false
	}
	return f, ExitOK, true
}

// noFilter is the filter of the commands that take none.
func noFilter() (store.Filter, error) { return store.Filter{}, nil }

// openStore opens the store for reading, reporting a failure as cmd's.
func openStore(env Env, cmd, path string) (*store.DB, bool) {
	db, err := store.OpenReadOnly(path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman %s: %v\n", cmd, err)
		return nil, false
	}
	return db, true
}

// filterFlags adds the event filters shared by events and export; they are
// read by store.ParseFilter, as the HTTP API's query parameters are.
func filterFlags(fs *flag.FlagSet) func() (store.Filter, error) {
	help := map[string]string{
		"actor":       "source or target actor `CODE` (prefix; * wildcard): USA, IRQGOV, *MIL",
		"source":      "source actor `CODE`",
		"target":      "target actor `CODE`",
		"country":     "ISO `CC` of the event's place",
		"code":        "CAMEO `CODE`, * wildcard: 161, 16*, 13?",
		"root":        "CAMEO root `NN`",
		"quad":        "quad class `1-4` (verbal/material cooperation, verbal/material conflict)",
		"place":       "place `NAME`",
		"near":        "within a circle: `LAT,LON,KM`",
		"from":        "event date from `YYYY-MM-DD`",
		"to":          "event date to `YYYY-MM-DD`",
		"outlet":      "reported by `OUTLET`",
		"source-kind": "attributed to a source of `KIND`: named, anonymous, institutional, media",
		"search":      "full-text `QUERY` over the reporting articles",
		"limit":       "at most `N` events (0: all)",
	}
	vals := map[string]*string{}
	for _, p := range store.FilterParams {
		vals[p] = fs.String(p, "", help[p])
	}
	return func() (store.Filter, error) {
		f, err := store.ParseFilter(func(name string) string { return *vals[name] })
		var fe *store.FilterError
		if errors.As(err, &fe) {
			return f, fmt.Errorf("--%v", err)
		}
		return f, err
	}
}

const eventsUsage = `Usage: dragoman events [flags]

List the events in the store, newest first: merged across reports, each
with its CAMEO code, source and target, date, place and how many articles
and outlets reported it. Negated and hypothetical mentions are not events.

Output: a table on a terminal (--format table), JSON Lines with every
mention (--format jsonl), or CSV (--format csv).

Exit status: 0 on success, 1 when the store cannot be read, 2 for a wrong
command line.
`

func runEvents(env Env, args []string) int {
	fs := newFlagSet(env, "events", eventsUsage)
	dbPath := dbFlag(fs)
	format := fs.String("format", "table", "output: `table`, jsonl or csv")
	filter := filterFlags(fs)
	f, status, ok := parseQuery(env, "events", fs, args, filter)
	if !ok {
		return status
	}
	db, ok := openStore(env, "events", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	var err error
	switch *format {
	case "jsonl":
		err = db.ExportJSONL(f, env.Stdout)
	case "csv":
		err = db.ExportCSV(f, env.Stdout)
	case "table":
		if f.Limit == 0 {
			f.Limit = 50
		}
		var evs []store.Event
		evs, err = db.Events(f)
		if err == nil {
			tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "DATE\tCODE\tEVENT\tSOURCE\tTARGET\tPLACE\tARTICLES\tOUTLETS")
			for _, e := range evs {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n", e.Date, e.Code, trimTo(e.Label, 34),
					trimTo(actorCell(e.SrcName, e.SrcActor), 28), trimTo(actorCell(e.TgtName, e.TgtActor), 28), trimTo(e.Place, 18), e.Articles, e.Outlets)
			}
			tw.Flush()
			if len(evs) == 0 {
				fmt.Fprintln(env.Stderr, "dragoman events: no events match")
			}
		}
	default:
		fmt.Fprintf(env.Stderr, "dragoman events: --format %q: want table, jsonl or csv\n", *format)
		return ExitUsage
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman events: %v\n", err)
		return ExitFailed
	}
	return ExitOK
}

func actorCell(name, code string) string {
	switch {
	case name == "" && code == "":
		return "-"
	case code == "":
		return name
	case name == "":
		return code
	}
	return name + " (" + code + ")"
}

const articlesUsage = `Usage: dragoman articles [flags]

List stored articles, or find them by full-text search (SQLite FTS5 query
syntax: words, "phrases", AND, OR, NOT, prefix*).
`

func runArticles(env Env, args []string) int {
	fs := newFlagSet(env, "articles", articlesUsage)
	dbPath := dbFlag(fs)
	search := fs.String("search", "", "full-text `QUERY`")
	limit := fs.Int("limit", 50, "at most `N` articles")
	asJSON := fs.Bool("json", false, "write JSON Lines")
	if _, status, ok := parseQuery(env, "articles", fs, args, noFilter); !ok {
		return status
	}
	db, ok := openStore(env, "articles", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	as, err := db.Articles(*search, *limit)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman articles: %v\n", err)
		return ExitFailed
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		for _, a := range as {
			enc.Encode(a)
		}
		return ExitOK
	}
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tHEADLINE\tWHERE")
	for _, a := range as {
		where := a.URL
		if where == "" {
			where = a.Path
		}
		line := a.Headline
		if a.Snippet != "" {
			line = a.Snippet
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", a.ID, a.Published, trimTo(a.Outlet, 20), trimTo(line, 60), where)
	}
	tw.Flush()
	return ExitOK
}

const sourcesUsage = `Usage: dragoman sources [flags]

The sourcing profile of each outlet in the store: quotes and paraphrases by
source kind (named, anonymous, institutional, media) and the share from
anonymous sources.
`

func runSources(env Env, args []string) int {
	fs := newFlagSet(env, "sources", sourcesUsage)
	dbPath := dbFlag(fs)
	if _, status, ok := parseQuery(env, "sources", fs, args, noFilter); !ok {
		return status
	}
	db, ok := openStore(env, "sources", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	os_, err := db.Sources()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman sources: %v\n", err)
		return ExitFailed
	}
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "OUTLET\tARTICLES\tNAMED\tANONYMOUS\tINSTITUTIONAL\tMEDIA\tANONYMOUS SHARE\t")
	for _, o := range os_ {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t\n", trimTo(o.Outlet, 30), o.Articles, o.Named, o.Anonymous, o.Institutional, o.Media,
			strconv.FormatFloat(100*o.AnonymousShare(), 'f', 0, 64)+"%")
	}
	tw.Flush()
	return ExitOK
}

const exportUsage = `Usage: dragoman export --format jsonl|csv|gdelt|plover [flags]

Export the store's events (the same filters as 'dragoman events').

  jsonl   one event per line with all its mentions (sentence, trigger,
          attribution)
  csv     one event per row, with a header
  gdelt   the GDELT 2.0 event table: 61 tab-separated columns in GDELT's
          order, no header; --mentions FILE writes the mentions table
  plover  PLOVER-style JSON records for events with a PLOVER type
`

func runExport(env Env, args []string) int {
	fs := newFlagSet(env, "export", exportUsage)
	dbPath := dbFlag(fs)
	format := fs.String("format", "", "`jsonl`, csv, gdelt or plover")
	out := fs.String("out", "", "write to `FILE` instead of standard output")
	mentions := fs.String("mentions", "", "with gdelt: write the mentions table to `FILE`")
	filter := filterFlags(fs)
	f, status, ok := parseQuery(env, "export", fs, args, filter)
	if !ok {
		return status
	}
	switch *format {
	case "jsonl", "csv", "gdelt", "plover":
	default:
		fmt.Fprintf(env.Stderr, "dragoman export: --format %q: want jsonl, csv, gdelt or plover\n", *format)
		return ExitUsage
	}
	db, ok := openStore(env, "export", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	w := env.Stdout
	if *out != "" {
		fh, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman export: %v\n", err)
			return ExitFailed
		}
		defer fh.Close()
		w = fh
	}
	var err error
	switch *format {
	case "jsonl":
		err = db.ExportJSONL(f, w)
	case "csv":
		err = db.ExportCSV(f, w)
	case "plover":
		err = db.ExportPLOVER(f, w)
	case "gdelt":
		if *mentions != "" {
			mh, e := os.Create(*mentions)
			if e != nil {
				fmt.Fprintf(env.Stderr, "dragoman export: %v\n", e)
				return ExitFailed
			}
			defer mh.Close()
			err = db.ExportGDELT(f, w, mh)
		} else {
			err = db.ExportGDELT(f, w, nil)
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman export: %v\n", err)
		return ExitFailed
	}
	return ExitOK
}
