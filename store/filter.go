package store

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dragoman/dragoman/calendar"
)

// Filter selects events. Zero values select everything. A command line
// or an HTTP handler fills it from what the user wrote and calls Validate
// before using it, so both read the same values the same way.
type Filter struct {
	Actor   string // source or target actor code; * is a wildcard, a bare code is a prefix
	Source  string
	Target  string
	Country string // ISO alpha-2 of the event's place
	Code    string // CAMEO code; * is a wildcard ("16*")
	Root    string
	Quad    int
	Place   string  // place name (case-insensitive)
	Near    *Circle // within a circle
	// From and To bound the event's date: YYYY, YYYY-MM or YYYY-MM-DD,
	// each read as the stretch of time it names (--to 2020 ends with the
	// year). An event matches when its whole date lies in the range.
	From, To string
	// IncludeVague also matches, in a bounded range, the events whose date
	// is unknown or only partly inside the range (overlapping it).
	IncludeVague bool
	Outlet       string // an outlet that reported it
	Kind         string // a source kind among its mentions' attributions
	Search       string // full-text search over the reporting articles, as people type it (see SearchQuery)
	Limit        int    // at most this many events; 0: all
}

// ErrUsage marks an error in what the user asked for (a filter that does
// not parse), as opposed to a failure of the store.
var ErrUsage = errors.New("usage")

// usageErr is an ErrUsage with its message.
type usageErr struct{ msg string }

func (e usageErr) Error() string        { return e.msg }
func (e usageErr) Is(target error) bool { return target == ErrUsage }

func usagef(format string, a ...any) error { return usageErr{fmt.Sprintf(format, a...)} }

// SourceKinds are the kinds of source a Filter's Kind may name.
var SourceKinds = []string{"named", "anonymous", "institutional", "media"}

var reBound = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// DateBound reads a --from or --to value: YYYY, YYYY-MM or YYYY-MM-DD, a
// real calendar date, as the stretch of time it names.
func DateBound(name, v string) (start, end time.Time, err error) {
	if !reBound.MatchString(v) {
		return start, end, usagef("%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", name, v)
	}
	s, e, ok := calendar.Interval(v)
	if !ok {
		return start, end, usagef("%s %q: not a calendar date", name, v)
	}
	return s, e, nil
}

// Validate checks every field and reports the first wrong one as an
// ErrUsage error naming the flag.
func (f Filter) Validate() error {
	var from, to time.Time
	if f.From != "" {
		s, _, err := DateBound("--from", f.From)
		if err != nil {
			return err
		}
		from = s
	}
	if f.To != "" {
		_, e, err := DateBound("--to", f.To)
		if err != nil {
			return err
		}
		to = e
	}
	if f.From != "" && f.To != "" && !to.After(from) {
		return usagef("--from %s is after --to %s", f.From, f.To)
	}
	if f.Quad < 0 || f.Quad > 4 {
		return usagef("--quad %d: want 1 to 4", f.Quad)
	}
	if f.Limit < 0 {
		return usagef("--limit %d: want 0 (all) or more", f.Limit)
	}
	if f.Root != "" {
		if n, err := strconv.Atoi(f.Root); err != nil || n < 1 || n > 20 || len(f.Root) > 2 {
			return usagef("--root %q: want a CAMEO root, 01 to 20", f.Root)
		}
	}
	if f.Country != "" && !isLetters(f.Country, 2) {
		return usagef("--country %q: want a two-letter ISO code", f.Country)
	}
	if f.Kind != "" {
		ok := false
		for _, k := range SourceKinds {
			ok = ok || f.Kind == k
		}
		if !ok {
			return usagef("--source-kind %q: want %s", f.Kind, strings.Join(SourceKinds, ", "))
		}
	}
	if f.Near != nil {
		c := f.Near
		if c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 || !(c.Km > 0) || math.IsInf(c.Km, 0) {
			return usagef("--near: latitude, longitude or radius out of range")
		}
	}
	if f.Search != "" {
		if _, err := SearchQuery(f.Search); err != nil {
			return err
		}
	}
	return nil
}

func isLetters(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

// FilterNames are the names ParseFilter reads, as the command line's flags
// (--actor, --include-vague...) and an HTTP API's query parameters spell
// them.
var FilterNames = []string{"actor", "source", "target", "country", "code", "root", "quad", "place", "near",
	"from", "to", "include-vague", "outlet", "source-kind", "search", "limit"}

// ParseFilter builds a validated Filter from text values looked up by name
// (FilterNames; "" for a value not given): the one reading of a filter
// that the command line and an HTTP handler share. Values are read
// without surrounding spaces. A limit not given is
// 0 (all); include-vague is true for "true", "1" or "yes" (or "" when
// given as a bare flag by the caller).
func ParseFilter(value func(name string) string) (Filter, error) {
	get := func(name string) string { return strings.TrimSpace(value(name)) }
	f := Filter{Actor: get("actor"), Source: get("source"), Target: get("target"), Country: get("country"), Code: get("code"),
		Root: get("root"), Place: get("place"), From: get("from"), To: get("to"), Outlet: get("outlet"), Kind: get("source-kind"),
		Search: get("search")}
	if v := get("quad"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return f, usagef("--quad %q: want 1 to 4", v)
		}
		f.Quad = n
	}
	if v := get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return f, usagef("--limit %q: want 0 (all) or more", v)
		}
		f.Limit = n
	}
	switch v := strings.ToLower(get("include-vague")); v {
	case "", "false", "0", "no":
	case "true", "1", "yes":
		f.IncludeVague = true
	default:
		return f, usagef("--include-vague %q: want true or false", v)
	}
	if v := get("near"); v != "" {
		c, err := ParseCircle(v)
		if err != nil {
			return f, err
		}
		f.Near = c
	}
	return f, f.Validate()
}

// dateRange turns From and To into the bounds compared with the events'
// date_start and date_end columns ("" for an open side).
func (f Filter) dateRange() (from, to string) {
	if f.From != "" {
		if s, _, err := DateBound("--from", f.From); err == nil {
			from = s.Format(stamp)
		}
	}
	if f.To != "" {
		if _, e, err := DateBound("--to", f.To); err == nil {
			to = e.Format(stamp)
		}
	}
	return from, to
}

// stamp is how interval bounds are stored: text that sorts as time does.
const stamp = "2006-01-02T15:04:05"

// SearchQuery turns what people type into a search box into an FTS5 query
// that SQLite always accepts: no character of the input is ever read as
// query syntax. It understands
//
//	words            all must occur (al-Qaeda, U.S., Assange's, 13,000 and
//	                 co-founder are words: their pieces must occur in order)
//	"a phrase"       the words in this order
//	x OR y           either (OR in capitals)
//	-word, NOT word  must not occur
//	prefix*          words starting so
//
// A query with nothing to find (only punctuation, only exclusions) is an
// ErrUsage error.
func SearchQuery(q string) (string, error) {
	e, err := parseSearch(q)
	if err != nil {
		return "", err
	}
	return e.fts5(), nil
}

// searchTerm is a word or phrase of a search: its pieces (letters and
// digits) joined by single spaces, and whether its last word is a prefix.
type searchTerm struct {
	text   string
	prefix bool
}

// searchExpr is a parsed search: every group must match (a group matches
// when one of its terms does), and no term of neg may.
type searchExpr struct {
	groups [][]searchTerm
	neg    []searchTerm
}

// parseSearch reads what people type (see SearchQuery) into terms that
// hold only letters, digits and single spaces, whatever the engine that
// will run them.
func parseSearch(q string) (searchExpr, error) {
	type term = searchTerm
	var groups [][]term // AND of ORs
	var neg []term
	orNext, notNext := false, false
	add := func(t term, negated bool) {
		switch {
		case negated:
			neg = append(neg, t)
		case orNext && len(groups) > 0:
			groups[len(groups)-1] = append(groups[len(groups)-1], t)
		default:
			groups = append(groups, []term{t})
		}
		orNext = false
	}
	rs := []rune(strings.ToValidUTF8(q, " "))
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			i++
			continue
		}
		negated := notNext
		notNext = false
		if r == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			negated = true
			i++
			r = rs[i]
		}
		var raw string
		quoted := false
		if r == '"' {
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			raw, quoted = string(rs[i+1:min(j, len(rs))]), true
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' {
				j++
			}
			raw = string(rs[i:j])
			i = j
		}
		if !quoted && !negated {
			switch raw {
			case "OR":
				orNext = len(groups) > 0
				continue
			case "AND":
				continue
			case "NOT":
				notNext = true
				continue
			}
		}
		prefix := false
		if !quoted && strings.HasSuffix(raw, "*") {
			raw = strings.TrimRight(raw, "*")
			prefix = true
		}
		words := searchWords(raw)
		if words == "" {
			continue
		}
		add(term{words, prefix}, negated)
	}
	if len(groups) == 0 {
		if len(neg) > 0 {
			return searchExpr{}, usagef("search %q: nothing to find besides the words to exclude", q)
		}
		return searchExpr{}, usagef("search %q: no words to search for", q)
	}
	return searchExpr{groups, neg}, nil
}

// fts5 is the search as an SQLite FTS5 query: each term a quoted phrase.
func (e searchExpr) fts5() string {
	groups, neg := e.groups, e.neg
	render := func(t searchTerm) string {
		s := `"` + t.text + `"`
		if t.prefix {
			s += "*"
		}
		return s
	}
	var ands []string
	for _, g := range groups {
		var ors []string
		for _, t := range g {
			ors = append(ors, render(t))
		}
		if len(ors) == 1 {
			ands = append(ands, ors[0])
		} else {
			ands = append(ands, "("+strings.Join(ors, " OR ")+")")
		}
	}
	out := strings.Join(ands, " AND ")
	if len(neg) > 0 {
		var ns []string
		for _, t := range neg {
			ns = append(ns, render(t))
		}
		out = "(" + out + ") NOT (" + strings.Join(ns, " OR ") + ")"
	}
	return out
}

// tsquery is the search as a PostgreSQL tsquery (for to_tsquery): each
// term its words quoted as lexemes and followed one by the next (<->),
// the last with :* when a prefix. Terms hold letters, digits and spaces
// only, so nothing of the input is read as tsquery syntax.
func (e searchExpr) tsquery() string {
	render := func(t searchTerm) string {
		ws := strings.Fields(t.text)
		for i, w := range ws {
			ws[i] = "'" + w + "'"
		}
		if t.prefix {
			ws[len(ws)-1] += ":*"
		}
		if len(ws) == 1 {
			return ws[0]
		}
		return "(" + strings.Join(ws, " <-> ") + ")"
	}
	var ands []string
	for _, g := range e.groups {
		var ors []string
		for _, t := range g {
			ors = append(ors, render(t))
		}
		ands = append(ands, "("+strings.Join(ors, " | ")+")")
	}
	out := strings.Join(ands, " & ")
	for _, t := range e.neg {
		out += " & !" + render(t)
	}
	return out
}

// searchWords keeps the letters and digits of a term, the pieces joined
// by single spaces (FTS5's tokenizer splits at everything else), so that
// the term is a plain phrase inside double quotes.
func searchWords(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	return strings.Join(f, " ")
}

// Circle is a point and a radius.
type Circle struct{ Lat, Lon, Km float64 }

// ParseCircle reads "LAT,LON,KM".
func ParseCircle(s string) (*Circle, error) {
	f := strings.Split(s, ",")
	if len(f) != 3 {
		return nil, usagef("--near %q: want LAT,LON,KM", s)
	}
	var v [3]float64
	for i, x := range f {
		n, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
			return nil, usagef("--near %q: %q is not a number", s, x)
		}
		v[i] = n
	}
	if v[0] < -90 || v[0] > 90 || v[1] < -180 || v[1] > 180 || v[2] <= 0 {
		return nil, usagef("--near %q: latitude, longitude or radius out of range", s)
	}
	return &Circle{v[0], v[1], v[2]}, nil
}
