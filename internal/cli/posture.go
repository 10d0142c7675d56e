package cli

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/store"
)

const postureUsage = `Usage: dragoman posture [flags]

The posture board: each diplomatic post the stored reports speak of, with
its current status (the latest dated status change reported as fact) and
its dated history: each change with its polarity (asserted, negated,
hypothetical), the date it took effect and until when, and its sources.

Exit status: 0 on success, 1 when the store failed, 2 for a wrong command
line.
`

func runPosture(env Env, args []string) int {
	fs := newFlagSet(env, "posture", postureUsage)
	dbPath := dbFlag(fs)
	post := fs.String("post", "", "only the post `NAME` (a key like USA@Baghdad, or the host city)")
	country := fs.String("country", "", "only posts in the host country `CC` (ISO alpha-2)")
	sender := fs.String("sender", "", "only posts of the sending country `CODE` (CAMEO, USA)")
	format := fs.String("format", "table", "output `FORMAT`: table, jsonl or csv")
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	if _, err := parseArgs(env, "posture", fs, args); err != nil {
		return ExitUsage
	}
	if *format != "table" && *format != "jsonl" && *format != "csv" {
		fmt.Fprintf(env.Stderr, "dragoman posture: --format %q: want table, jsonl or csv\n", *format)
		return ExitUsage
	}
	db, ok := openStore(env, "posture", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	posts, err := db.Posture(store.PostureFilter{Post: *post, Country: *country, Sender: *sender})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman posture: %v\n", err)
		return ExitFailed
	}
	switch *format {
	case "jsonl":
		enc := json.NewEncoder(env.Stdout)
		for _, p := range posts {
			enc.Encode(postJSON(p))
		}
	case "csv":
		w := csv.NewWriter(env.Stdout)
		w.Write([]string{"post", "sender", "host", "host_country", "current", "status", "polarity", "date", "until", "qualifiers", "sources", "article"})
		for _, p := range posts {
			for _, c := range p.History {
				w.Write([]string{p.Key, p.Sender, p.Host, p.HostCountry, p.Current, c.Status, c.Polarity, c.Date, c.Until, c.Qualifiers, sourcesText(c.Sources), strconv.FormatInt(c.ArticleID, 10)})
			}
		}
		w.Flush()
	default:
		if len(posts) == 0 {
			fmt.Fprintln(env.Stdout, "no posts")
		}
		for _, p := range posts {
			cur := p.Current
			if cur == "" {
				cur = "unknown"
			}
			fmt.Fprintf(env.Stdout, "%s  (%s %s in %s, %s)  current: %s\n", p.Key, p.Sender, p.Type, orDash(p.Host), p.HostCountry, cur)
			for _, c := range p.History {
				line := fmt.Sprintf("  %-10s %-20s %-12s", orDash(c.Date), c.Status, c.Polarity)
				if c.Until != "" {
					line += " until " + c.Until
				}
				if c.Qualifiers != "" {
					line += " [" + c.Qualifiers + "]"
				}
				if c.To != "" {
					line += " to " + c.To
				}
				if s := sourcesText(c.Sources); s != "" {
					line += "  sources: " + s
				}
				fmt.Fprintln(env.Stdout, line)
			}
		}
	}
	return ExitOK
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// sourcesText: "three sources familiar (anonymous); The Washington Post
// (media, first to report)".
func sourcesText(srcs []doc.PostureSource) string {
	var parts []string
	for _, s := range srcs {
		k := s.Kind
		if s.Stance != "" {
			k += ", " + s.Stance
		}
		parts = append(parts, s.Name+" ("+k+")")
	}
	return strings.Join(parts, "; ")
}

func postJSON(p store.Post) map[string]any {
	hist := []map[string]any{}
	for _, c := range p.History {
		hist = append(hist, map[string]any{"status": c.Status, "kind": c.Kind, "polarity": c.Polarity, "date": nilIfEmpty(c.Date),
			"until": nilIfEmpty(c.Until), "qualifiers": c.Qualifiers, "to": c.To, "sources": c.Sources, "evidence": c.Evidence,
			"article": c.ArticleID, "url": c.URL, "headline": c.Headline})
	}
	return map[string]any{"post": p.Key, "sender": p.Sender, "type": p.Type, "host": p.Host, "host_country": p.HostCountry,
		"lat": p.Lat, "lon": p.Lon, "current": nilIfEmpty(p.Current), "history": hist}
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

const windowsUsage = `Usage: dragoman windows [flags]

The dated risk windows the stored reports name (anniversaries: "the January
3 anniversary of ..."), by date, with their subject, actors, place and the
posts they concern.

Exit status: 0 on success, 1 when the store failed, 2 for a wrong command
line.
`

func runWindows(env Env, args []string) int {
	fs := newFlagSet(env, "windows", windowsUsage)
	dbPath := dbFlag(fs)
	from := fs.String("from", "", "windows from `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "windows up to `DATE`")
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	if _, err := parseArgs(env, "windows", fs, args); err != nil {
		return ExitUsage
	}
	db, ok := openStore(env, "windows", *dbPath)
	if !ok {
		return ExitFailed
	}
	defer db.Close()
	ws, err := db.Windows(*from, *to)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman windows: %v\n", err)
		if errors.Is(err, store.ErrUsage) {
			return ExitUsage
		}
		return ExitFailed
	}
	for _, w := range ws {
		fmt.Fprintf(env.Stdout, "%s  %s  actors: %s  place: %s  posts: %s\n", w.Date, w.Subject, orDash(strings.Join(w.Actors, ",")), orDash(w.Place), orDash(strings.Join(w.Posts, ",")))
	}
	return ExitOK
}
