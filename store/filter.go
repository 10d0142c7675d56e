package store

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// FilterParams are the names of an event filter's parameters, the same
// on the command line (--actor) and in the HTTP API's query string
// (?actor=), so that both read a filter through ParseFilter.
var FilterParams = []string{"actor", "source", "target", "country", "code", "root", "quad", "place", "near",
	"from", "to", "outlet", "source-kind", "search", "limit"}

// SourceKinds are the kinds of source a filter may ask for.
var SourceKinds = []string{"named", "anonymous", "institutional", "media", "unknown"}

// FilterError is a filter parameter with a value that cannot be read.
type FilterError struct {
	Param, Value, Reason string
}

func (e *FilterError) Error() string { return fmt.Sprintf("%s %q: %s", e.Param, e.Value, e.Reason) }

var (
	reActor = regexp.MustCompile(`^[A-Za-z0-9*?]{1,20}$`)
	reCode  = regexp.MustCompile(`^[0-9*?]{1,4}$`)
	reRoot  = regexp.MustCompile(`^[0-9]{1,2}$`)
	reCC    = regexp.MustCompile(`^[A-Za-z]{2}$`)
	reDate  = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
)

// ParseFilter reads an event filter from its parameters (get returns a
// parameter's value, "" when absent), checking each value.
func ParseFilter(get func(name string) string) (Filter, error) {
	v := func(name string) string { return strings.TrimSpace(get(name)) }
	bad := func(name, reason string) (Filter, error) {
		return Filter{}, &FilterError{Param: name, Value: get(name), Reason: reason}
	}
	f := Filter{Actor: v("actor"), Source: v("source"), Target: v("target"), Country: v("country"), Code: v("code"), Root: v("root"),
		Place: v("place"), From: v("from"), To: v("to"), Outlet: v("outlet"), Kind: v("source-kind"), Search: v("search")}
	for _, p := range []string{"actor", "source", "target"} {
		if s := v(p); s != "" && !reActor.MatchString(s) {
			return bad(p, "want an actor code such as USA, IRQGOV or *MIL")
		}
	}
	if f.Country != "" && !reCC.MatchString(f.Country) {
		return bad("country", "want a two-letter ISO country code")
	}
	if f.Code != "" && !reCode.MatchString(f.Code) {
		return bad("code", "want a CAMEO code of up to 4 digits, * and ? as wildcards")
	}
	if f.Root != "" && !reRoot.MatchString(f.Root) {
		return bad("root", "want a CAMEO root, 01 to 20")
	}
	for _, p := range []string{"from", "to"} {
		if s := v(p); s != "" && !reDate.MatchString(s) {
			return bad(p, "want a date YYYY-MM-DD, YYYY-MM or YYYY")
		}
	}
	if f.Kind != "" {
		ok := false
		for _, k := range SourceKinds {
			ok = ok || k == f.Kind
		}
		if !ok {
			return bad("source-kind", "want "+strings.Join(SourceKinds, ", "))
		}
	}
	if s := v("quad"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 4 {
			return bad("quad", "want 1 to 4")
		}
		f.Quad = n
	}
	if s := v("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return bad("limit", "want a number of events, 0 for all")
		}
		f.Limit = n
	}
	if s := v("near"); s != "" {
		c, err := ParseCircle(s)
		if err != nil {
			return bad("near", strings.TrimPrefix(err.Error(), fmt.Sprintf("--near %q: ", s)))
		}
		f.Near = c
	}
	return f, nil
}
