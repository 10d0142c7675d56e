package store

import (
	"fmt"
	"strconv"
	"strings"
)

// FilterParams are the names of an event filter's parameters in the HTTP
// API's query string (?actor=), the command line's flags without their
// dashes (--actor).
var FilterParams = []string{"actor", "source", "target", "country", "code", "root", "quad", "place", "near",
	"from", "to", "include-vague", "outlet", "source-kind", "search", "limit"}

// FilterError is a filter parameter whose value is not of its type.
type FilterError struct {
	Param, Value, Reason string
}

func (e *FilterError) Error() string { return fmt.Sprintf("%s %q: %s", e.Param, e.Value, e.Reason) }

// Is makes a FilterError an ErrUsage.
func (e *FilterError) Is(target error) bool { return target == ErrUsage }

// ParseFilter reads an event filter from its parameters as text (get
// returns a parameter's value, "" when absent) and validates it as the
// command line's is (Filter.Validate): an error is an ErrUsage naming the
// parameter.
func ParseFilter(get func(name string) string) (Filter, error) {
	v := func(name string) string { return strings.TrimSpace(get(name)) }
	f := Filter{Actor: v("actor"), Source: v("source"), Target: v("target"), Country: v("country"), Code: v("code"), Root: v("root"),
		Place: v("place"), From: v("from"), To: v("to"), Outlet: v("outlet"), Kind: v("source-kind"), Search: v("search")}
	for _, p := range []struct {
		name string
		dst  *int
	}{{"quad", &f.Quad}, {"limit", &f.Limit}} {
		if s := v(p.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				return Filter{}, &FilterError{p.name, get(p.name), "not a whole number"}
			}
			*p.dst = n
		}
	}
	switch s := v("include-vague"); s {
	case "", "0", "false":
	case "1", "true":
		f.IncludeVague = true
	default:
		return Filter{}, &FilterError{"include-vague", get("include-vague"), "want true or false"}
	}
	if s := v("near"); s != "" {
		c, err := ParseCircle(s)
		if err != nil {
			return Filter{}, &FilterError{"near", get("near"), "want LAT,LON,KM within range"}
		}
		f.Near = c
	}
	if err := f.Validate(); err != nil {
		return Filter{}, err
	}
	return f, nil
}
