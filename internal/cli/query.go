package cli

import (
	"encoding/csv"
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
	if _, err := parseArgs(env, cmd, fs, args); err != nil {
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

// filterUsage are the --help texts of the event filters, by name.
var filterUsage = map[string]string{
	"actor":         "source or target actor `CODE` (prefix; * wildcard): USA, IRQGOV, *MIL",
	"source":        "source actor `CODE`",
	"target":        "target actor `CODE`",
	"country":       "ISO `CC` of the event's place",
	"code":          "CAMEO `CODE`, * wildcard: 161, 16*, 13?",
	"root":          "CAMEO root `NN`",
	"quad":          "quad class `1-4` (verbal/material cooperation, verbal/material conflict)",
	"place":         "place `NAME`",
	"near":          "within a circle: `LAT,LON,KM`",
	"from":          "events dated from `DATE`: YYYY, YYYY-MM or YYYY-MM-DD",
	"to":            "events dated up to `DATE` (its end: --to 2020 takes in all of 2020)",
	"outlet":        "reported by `OUTLET`",
	"source-kind":   "attributed to a source of `KIND`: named, anonymous, institutional, media",
	"search":        "full-text `QUERY` over the reporting articles: words, \"a phrase\", x OR y, -word, prefix*",
	"include-vague": "with --from/--to, also events whose date is unknown or only overlaps the range",
}

// filterFlags adds the event filters shared by events and export, read by
// store.ParseFilter as an HTTP API reads them; --limit is left at -1 for
// the format to set its default.
func filterFlags(fs *flag.FlagSet) func() (store.Filter, error) {
	vals := map[string]*string{}
	var vague *bool
	for _, name := range store.FilterNames {
		switch name {
		case "limit":
		case "include-vague":
			vague = fs.Bool(name, false, filterUsage[name])
		default:
			vals[name] = fs.String(name, "", filterUsage[name])
		}
	}
	limit := limitFlag(fs, "at most `N` events (0: all; default 50 in a table, all otherwise)")
	return func() (store.Filter, error) {
		f, err := store.ParseFilter(func(name string) string {
			switch name {
			case "include-vague":
				return strconv.FormatBool(*vague)
			case "limit":
				if *limit == -1 {
					return ""
				}
				return strconv.Itoa(*limit)
			}
			return *vals[name]
		})
		if *limit == -1 {
			f.Limit = -1
		}
		return f, err
	}
}

// defaultLimit gives --limit its default for a format: tables stop at 50
// rows, files take everything.
func defaultLimit(f *store.Filter, table bool) {
	if f.Limit == -1 {
		f.Limit = 0
		if table {
			f.Limit = 50
		}
	}
}

// moreNotice tells, on standard error, how many matching rows a listing
// left out.
func moreNotice(env Env, cmd string, shown, total int) {
	if total > shown {
		fmt.Fprintf(env.Stderr, "dragoman %s: %d more not shown (%d match; --limit N or --limit 0 for all)\n", cmd, total-shown, total)
	}
}

// limitValue is --limit: -1 until set, so that each format can give its
// own default.
type limitValue struct{ n *int }

func (v limitValue) String() string {
	if v.n == nil || *v.n == -1 {
		return ""
	}
	return strconv.Itoa(*v.n)
}

func (v limitValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("not a whole number")
	}
	*v.n = n
	return nil
}

func limitFlag(fs *flag.FlagSet, usage string) *int {
	n := -1
	fs.Var(limitValue{&n}, "limit", usage)
	return &n
}

const eventsUsage = `Usage: dragoman events [flags]

List the events in the store, newest first (events whose date is unknown
last; events of one date by code, source, target and place, an order that
does not depend on the order the articles were stored in): merged across
reports, each with its CAMEO code, source and target,
date, place and how many articles and outlets reported it. Negated and
hypothetical mentions are not events.

Output (--format): a table (the default: at most 50 rows unless --limit
says otherwise, and a line on standard error saying how many more match),
JSON Lines with every mention (jsonl), or CSV (csv); --limit means the
same in each.

Dates: --from and --to take YYYY, YYYY-MM or YYYY-MM-DD, each meaning the
whole stretch it names. An event matches when its whole date lies in the
range: an event dated only "2019" does not match --from 2019-06, and one
whose date or year is unknown matches no bounded range, unless
--include-vague asks for the events whose date is unknown or overlaps the
range.

Search (--search) takes what you would type into a search box: words (all
must occur; al-Qaeda, U.S., co-founder, 13,000 are words), "a phrase",
x OR y, -word or NOT word to exclude, prefix*.

Exit status: 0 on success (also when nothing matches), 1 when the store
cannot be read, 2 for a wrong command line (an unknown flag, a date or
search that does not parse).
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
	switch *format {
	case "table", "jsonl", "csv":
	default:
		fmt.Fprintf(env.Stderr, "dragoman events: --format %q: want table, jsonl or csv\n", *format)
		return ExitUsage
	}
	defaultLimit(&f, *format == "table")
	db, ok := openStore(env, "events", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	var err error
	var shown int
	switch *format {
	case "jsonl":
		var recs []store.EventRecord
		if recs, err = db.Records(f); err == nil {
			shown = len(recs)
			err = writeJSONL(env, recs)
		}
	case "csv":
		var n store.ExportCounts
		n, err = db.ExportCSVCounted(f, env.Stdout)
		shown = n.Rows + n.Undated
		undatedNotice(env, "events", n)
	case "table":
		var evs []store.Event
		evs, err = db.Events(f)
		if err == nil {
			shown = len(evs)
			tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "DATE\tCODE\tEVENT\tSOURCE\tTARGET\tPLACE\tARTICLES\tOUTLETS")
			for _, e := range evs {
				date := e.Date
				if date == "" {
					date = "?"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n", date, e.Code, trimTo(e.Label, 34),
					trimTo(actorCell(e.SrcName, e.SrcActor), 28), trimTo(actorCell(e.TgtName, e.TgtActor), 28), trimTo(e.Place, 18), e.Articles, e.Outlets)
			}
			tw.Flush()
			if len(evs) == 0 {
				fmt.Fprintln(env.Stderr, "dragoman events: no events match")
			}
		}
	}
	if err == nil && f.Limit > 0 && shown >= f.Limit {
		var total int
		if total, err = db.CountEvents(f); err == nil {
			moreNotice(env, "events", shown, total)
		}
	}
	return queryStatus(env, "events", err)
}

// queryStatus reports a query's error and gives the exit status: 2 for
// what the user asked wrongly, 1 for a failure of the store.
func queryStatus(env Env, cmd string, err error) int {
	if err == nil {
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "dragoman %s: %v\n", cmd, err)
	if errors.Is(err, store.ErrUsage) {
		return ExitUsage
	}
	return ExitFailed
}

// undatedNotice says how many events an export left out for want of a date.
func undatedNotice(env Env, cmd string, n store.ExportCounts) {
	if n.Undated > 0 {
		fmt.Fprintf(env.Stderr, "dragoman %s: %d events left out: neither they nor their first report have a date to the day (see --help)\n", cmd, n.Undated)
	}
}

func writeJSONL[T any](env Env, rows []T) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
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

List the stored articles, or find them by full-text search over headline
and body. --search takes what you would type into a search box: words (all
must occur; al-Qaeda, U.S., Assange's, co-founder, 13,000 are words),
"a phrase", x OR y, -word or NOT word to exclude, prefix*. Results come
best match first, with the passage that matched in a column of its own.

Output (--format): a table (at most 50 rows unless --limit says otherwise,
with a line on standard error saying how many more match), JSON Lines
(jsonl) or CSV (csv).

Exit status: 0 on success (also when nothing matches), 1 when the store
cannot be read, 2 for a wrong command line (an unknown flag, a search with
nothing to find).
`

func runArticles(env Env, args []string) int {
	fs := newFlagSet(env, "articles", articlesUsage)
	dbPath := dbFlag(fs)
	search := fs.String("search", "", "full-text `QUERY`: words, \"a phrase\", x OR y, -word, prefix*")
	limit := limitFlag(fs, "at most `N` articles (0: all; default 50 in a table, all otherwise)")
	format := fs.String("format", "table", "output: `table`, jsonl or csv")
	if _, status, ok := parseQuery(env, "articles", fs, args, noFilter); !ok {
		return status
	}
	f := store.Filter{Limit: *limit}
	switch {
	case *format != "table" && *format != "jsonl" && *format != "csv":
		fmt.Fprintf(env.Stderr, "dragoman articles: --format %q: want table, jsonl or csv\n", *format)
		return ExitUsage
	case *limit < -1:
		fmt.Fprintf(env.Stderr, "dragoman articles: --limit %d: want 0 (all) or more\n", *limit)
		return ExitUsage
	}
	if *search != "" {
		if _, err := store.SearchQuery(*search); err != nil {
			return queryStatus(env, "articles", err)
		}
	}
	defaultLimit(&f, *format == "table")
	db, ok := openStore(env, "articles", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	as, err := db.Articles(*search, f.Limit)
	if err != nil {
		return queryStatus(env, "articles", err)
	}
	switch *format {
	case "jsonl":
		err = writeJSONL(env, as)
	case "csv":
		cw := csv.NewWriter(env.Stdout)
		cw.Write([]string{"id", "published", "outlet", "headline", "url", "path", "words", "snippet", "analyzer", "copies"})
		for _, a := range as {
			cw.Write([]string{strconv.FormatInt(a.ID, 10), a.Published, a.Outlet, a.Headline, a.URL, a.Path, strconv.Itoa(a.Words), a.Snippet,
				a.Analyzer, strconv.Itoa(a.Copies)})
		}
		cw.Flush()
		err = cw.Error()
	default:
		tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
		if *search != "" {
			fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tHEADLINE\tMATCH\tWHERE")
		} else {
			fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tHEADLINE\tWHERE")
		}
		for _, a := range as {
			where := a.URL
			if where == "" {
				where = a.Path
			}
			if *search != "" {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.Published, trimTo(a.Outlet, 20), trimTo(a.Headline, 40), trimTo(a.Snippet, 60), where)
			} else {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", a.ID, a.Published, trimTo(a.Outlet, 20), trimTo(a.Headline, 60), where)
			}
		}
		tw.Flush()
		if len(as) == 0 {
			fmt.Fprintln(env.Stderr, "dragoman articles: no articles match")
		}
	}
	if err == nil && f.Limit > 0 && len(as) >= f.Limit {
		var total int
		if total, err = db.CountArticles(*search); err == nil {
			moreNotice(env, "articles", len(as), total)
		}
	}
	return queryStatus(env, "articles", err)
}

const sourcesUsage = `Usage: dragoman sources [flags]

The sourcing profile of each outlet in the store: quotes and paraphrases by
source kind (named, anonymous, institutional, media) and the share from
anonymous sources.

Output (--format): a table (the default), JSON Lines (jsonl) or CSV (csv).

Exit status: 0 on success, 1 when the store cannot be read, 2 for a wrong
command line.
`

func runSources(env Env, args []string) int {
	fs := newFlagSet(env, "sources", sourcesUsage)
	dbPath := dbFlag(fs)
	format := fs.String("format", "table", "output: `table`, jsonl or csv")
	if _, status, ok := parseQuery(env, "sources", fs, args, noFilter); !ok {
		return status
	}
	if *format != "table" && *format != "jsonl" && *format != "csv" {
		fmt.Fprintf(env.Stderr, "dragoman sources: --format %q: want table, jsonl or csv\n", *format)
		return ExitUsage
	}
	db, ok := openStore(env, "sources", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	os_, err := db.Sources()
	if err != nil {
		return queryStatus(env, "sources", err)
	}
	share := func(o store.OutletSources) string { return strconv.FormatFloat(o.AnonymousShare(), 'f', 3, 64) }
	switch *format {
	case "jsonl":
		type row struct {
			store.OutletSources
			AnonymousShare float64 `json:"anonymous_share"`
		}
		var rows []row
		for _, o := range os_ {
			rows = append(rows, row{o, o.AnonymousShare()})
		}
		err = writeJSONL(env, rows)
	case "csv":
		cw := csv.NewWriter(env.Stdout)
		cw.Write([]string{"outlet", "articles", "named", "anonymous", "institutional", "media", "unknown", "anonymous_share"})
		for _, o := range os_ {
			cw.Write([]string{o.Outlet, strconv.Itoa(o.Articles), strconv.Itoa(o.Named), strconv.Itoa(o.Anonymous), strconv.Itoa(o.Institutional),
				strconv.Itoa(o.Media), strconv.Itoa(o.Unknown), share(o)})
		}
		cw.Flush()
		err = cw.Error()
	default:
		tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "OUTLET\tARTICLES\tNAMED\tANONYMOUS\tINSTITUTIONAL\tMEDIA\tANONYMOUS SHARE\t")
		for _, o := range os_ {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t\n", trimTo(o.Outlet, 30), o.Articles, o.Named, o.Anonymous, o.Institutional, o.Media,
				strconv.FormatFloat(100*o.AnonymousShare(), 'f', 0, 64)+"%")
		}
		tw.Flush()
	}
	return queryStatus(env, "sources", err)
}

const exportUsage = `Usage: dragoman export --format jsonl|csv|gdelt|plover [flags]

Export the store's events (the same filters as 'dragoman events'; --limit
defaults to all).

  jsonl   one event per line with all its mentions (sentence, trigger,
          attribution), its date as the analysis wrote it (a TIMEX3 value
          such as 2019-11, 2019-W47, XXXX-11-19) with its first and last
          day when it names a calendar stretch
  csv     one event per row, with a header
  gdelt   the GDELT 2.0 event table: 61 tab-separated columns in GDELT's
          order, no header; --mentions FILE writes the mentions table
  plover  PLOVER-style JSON records for events with a PLOVER type

Dates in csv, gdelt and plover are calendar days: the event's own date when
it names a day, else (as GDELT does) the publication date of its first
report (csv and plover say which in date_source). An event with neither is
left out, and their number is written on standard error: no export date or
placeholder stands in for a date the articles do not give.

AvgTone (gdelt) and avg_tone (csv, jsonl) are the mean tone of the
reporting articles, from the AFINN-165 word list: the share of positive
minus negative words, in percent. Actor geography is the actor's own place
when the actor is a place in the text, else the country of its code;
action geography is the event's place (country codes are ISO 3166, not
FIPS).

Exit status: 0 on success, 1 when the store cannot be read or the output
written, 2 for a wrong command line.
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
	defaultLimit(&f, false)
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
	var n store.ExportCounts
	switch *format {
	case "jsonl":
		err = db.ExportJSONL(f, w)
	case "csv":
		n, err = db.ExportCSVCounted(f, w)
	case "plover":
		n, err = db.ExportPLOVERCounted(f, w)
	case "gdelt":
		if *mentions != "" {
			mh, e := os.Create(*mentions)
			if e != nil {
				fmt.Fprintf(env.Stderr, "dragoman export: %v\n", e)
				return ExitFailed
			}
			defer mh.Close()
			n, err = db.ExportGDELTCounted(f, w, mh)
		} else {
			n, err = db.ExportGDELTCounted(f, w, nil)
		}
	}
	undatedNotice(env, "export", n)
	return queryStatus(env, "export", err)
}
