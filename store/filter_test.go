package store

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestSearchQuery(t *testing.T) {
	cases := []struct{ in, want string }{
		{"al-Qaeda", `"al Qaeda"`},
		{"U.S.", `"U S"`},
		{"Assange's", `"Assange s"`},
		{"13,000", `"13 000"`},
		{"co-founder", `"co founder"`},
		{"Esper:", `"Esper"`},
		{`"White House" said`, `"White House" AND "said"`},
		{"Iran OR Iraq sanctions", `("Iran" OR "Iraq") AND "sanctions"`},
		{"sanction* -Iran", `("sanction"*) NOT ("Iran")`},
		{"troops NOT withdrawal", `("troops") NOT ("withdrawal")`},
		{"a AND b", `"a" AND "b"`},
		{`say "he said "quote`, `"say" AND "he said" AND "quote"`},
		{"OR x", `"x"`},
		{"x OR", `"x"`},
		{"$5.2bn", `"5 2bn"`},
		{"#MeToo @user", `"MeToo" AND "user"`},
		{"Zürich 北京", `"Zürich" AND "北京"`},
		{"a - b", `"a" AND "b"`},
	}
	for _, c := range cases {
		got, err := SearchQuery(c.in)
		if err != nil || got != c.want {
			t.Errorf("%q: got %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"", "   ", "-Iran", "NOT x", ":", `""`, "***", "- -"} {
		if q, err := SearchQuery(in); !errors.Is(err, ErrUsage) {
			t.Errorf("%q: got %q, %v; want a usage error", in, q, err)
		}
	}
}

func TestValidateDates(t *testing.T) {
	good := []Filter{{From: "2019"}, {From: "2019-01"}, {To: "2019-01-31"}, {From: "2020-02-29", To: "2020-02-29"}, {From: "2019", To: "2019"}}
	for _, f := range good {
		if err := f.Validate(); err != nil {
			t.Errorf("%+v: %v", f, err)
		}
	}
	bad := []Filter{{From: "notadate"}, {To: "notadate"}, {From: "2019-1-1"}, {From: "2019-02-30"}, {To: "2019-13"}, {From: "2020", To: "2019"},
		{From: "2019-01-01T00:00"}, {From: "XXXX"}, {From: " 2019"}, {Limit: -1}, {Quad: 5}, {Root: "abc"}, {Kind: "secret"}, {Search: "-x"}, {Country: "USA"}}
	for _, f := range bad {
		if err := f.Validate(); !errors.Is(err, ErrUsage) {
			t.Errorf("%+v: got %v, want a usage error", f, err)
		}
	}
}

// TestDateRangeIntervals: a bounded range matches the events whose whole
// date lies in it; an unknown, unknown-year or wider date matches only with
// IncludeVague, and then only when it could overlap the range.
func TestDateRangeIntervals(t *testing.T) {
	db := open(t)
	dates := []string{"2019-11-19", "2019-11", "2019", "XXXX-11-19", "2019-11-19TNI", "2018-12-31", "2019-W47", "2020-01-01", "2019-Q4"}
	var docs []any
	_ = docs
	for i, d := range dates {
		add(t, db, report(string(rune('a'+i)), "X", "Text "+d, "190", "USA", string(rune('A'+i))+"XX", d, 0, 0, false))
	}
	count := func(f Filter) []string {
		t.Helper()
		evs, err := db.Events(f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range evs {
			out = append(out, e.Date)
		}
		return out
	}
	cases := []struct {
		f    Filter
		want string
	}{
		{Filter{From: "2019-01-01"}, "2020-01-01 2019-11-19 2019-11-19TNI 2019-W47 2019-11 2019-Q4 2019"},
		{Filter{From: "2019-11-19", To: "2019-11-19"}, "2019-11-19 2019-11-19TNI"},
		{Filter{From: "2019-11", To: "2019-11"}, "2019-11-19 2019-11-19TNI 2019-W47 2019-11"},
		{Filter{From: "2019-11", To: "2019-11", IncludeVague: true}, "2019-11-19 2019-11-19TNI 2019-W47 2019-11 2019-Q4 2019 XXXX-11-19"},
		{Filter{To: "2018"}, "2018-12-31"},
		{Filter{From: "2019", To: "2019"}, "2019-11-19 2019-11-19TNI 2019-W47 2019-11 2019-Q4 2019"},
		{Filter{}, "2020-01-01 2019-11-19 2019-11-19TNI 2019-W47 2019-11 2019-Q4 2019 2018-12-31 XXXX-11-19"},
	}
	for _, c := range cases {
		got := strings.Join(count(c.f), " ")
		if !sameSet(got, c.want) {
			t.Errorf("%+v: got %s, want %s", c.f, got, c.want)
		}
		n, err := db.CountEvents(c.f)
		if err != nil || n != len(strings.Fields(c.want)) {
			t.Errorf("%+v: count %d, %v", c.f, n, err)
		}
	}
	if _, err := db.Events(Filter{From: "notadate"}); !errors.Is(err, ErrUsage) {
		t.Errorf("a bad date is not refused: %v", err)
	}
}

func sameSet(a, b string) bool {
	m := map[string]int{}
	for _, x := range strings.Fields(a) {
		m[x]++
	}
	for _, x := range strings.Fields(b) {
		m[x]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

// FuzzSearch feeds any string to both searches: each gives results or a
// usage error, never an SQL error.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"al-Qaeda", "U.S.", "Assange's\n", "13,000", "co-founder", "Esper:", `"White House`, "NOT", "a OR -b*", "x*y", "(a)", "a:b", "^x", "NEAR(a b)", "\x00", "'; DROP TABLE articles;--"} {
		f.Add(s)
	}
	db := openFuzz(f)
	f.Fuzz(func(t *testing.T, s string) {
		_, err1 := db.Articles(s, 5)
		_, err2 := db.Events(Filter{Search: s, Limit: 5})
		for _, err := range []error{err1, err2} {
			if err != nil && !errors.Is(err, ErrUsage) {
				t.Fatalf("%q: %v", s, err)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Fatalf("%q: error of more than one line: %q", s, err)
			}
		}
	})
}

func openFuzz(f *testing.F) *DB {
	db := openEngine(f)
	if db == nil {
		var err error
		if db, err = Open(f.TempDir() + "/fuzz.db"); err != nil {
			f.Fatal(err)
		}
		f.Cleanup(func() { db.Close() })
	}
	addSearchTexts(f, db)
	return db
}

var searchTexts = []string{"Al-Qaeda claimed the U.S. strike on co-founder Assange's 13,000 supporters.", "Esper: troops stay", "The White House said so."}

func addSearchTexts(tb testing.TB, db *DB) {
	w := db.NewWriter(DefaultMerge, 8)
	for i, text := range searchTexts {
		if _, err := w.Add(report(string(rune('a'+i)), "X", text, "190", "USA", "IRQ", "2019-11-19", 0, 0, false)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
}

// TestSearchFinds runs what people type on the suite's engine (SQLite's
// FTS5, then PostgreSQL's tsquery, built from the same parsed terms):
// each query finds the same articles on both.
func TestSearchFinds(t *testing.T) {
	db := open(t)
	addSearchTexts(t, db)
	for _, c := range []struct {
		q    string
		want string // headlines of searchTexts found, by number
	}{
		{"al-Qaeda", "0"}, {"U.S.", "0"}, {"u.s.", "0"}, {"Assange's", "0"}, {"13,000", "0"}, {"co-founder", "0"},
		{"Esper:", "1"}, {`"White House"`, "2"}, {`"House White"`, ""}, {"troops OR House", "1 2"},
		{"supp*", "0"}, {"sup", ""}, {"said -White", ""}, {"claimed NOT Esper", "0"}, {"qaeda", "0"},
		{"'; DROP TABLE articles;--", ""}, {"NEAR(a b)", ""}, {"x:* | !y", ""},
	} {
		as, err := db.Articles(c.q, 0)
		if err != nil {
			t.Errorf("%q: %v", c.q, err)
			continue
		}
		var got []string
		for _, a := range as {
			for i := range searchTexts {
				if a.Headline == "Report "+string(rune('a'+i)) {
					got = append(got, fmt.Sprint(i))
				}
			}
		}
		if !sameSet(strings.Join(got, " "), c.want) {
			t.Errorf("%s: %q found %v, want %q", db.Engine().Name(), c.q, got, c.want)
		}
		n, err := db.CountArticles(c.q)
		if err != nil || n != len(as) {
			t.Errorf("%q: count %d, %v; %d listed", c.q, n, err, len(as))
		}
		evs, err := db.Events(Filter{Search: c.q})
		if err != nil || len(evs) != min(len(as), 1) {
			t.Errorf("%q: %d events, %v", c.q, len(evs), err)
		}
	}
}

func TestTSQuery(t *testing.T) {
	for _, c := range [][2]string{
		{"al-Qaeda", `(('al' <-> 'Qaeda'))`},
		{`"White House" said`, `(('White' <-> 'House')) & ('said')`},
		{"Iran OR Iraq sanction*", `('Iran' | 'Iraq') & ('sanction':*)`},
		{"troops -withdrawal NOT U.S.", `('troops') & !'withdrawal' & !('U' <-> 'S')`},
	} {
		e, err := parseSearch(c[0])
		if err != nil || e.tsquery() != c[1] {
			t.Errorf("%q: %q, %v; want %q", c[0], e.tsquery(), err, c[1])
		}
	}
}

func TestParseFilter(t *testing.T) {
	get := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	f, err := ParseFilter(get(map[string]string{"actor": "USA", "quad": "4", "from": "2019", "to": "2019-06", "include-vague": "true",
		"near": "33.3,44.4,50", "limit": "10", "search": "al-Qaeda"}))
	if err != nil || f.Actor != "USA" || f.Quad != 4 || !f.IncludeVague || f.Near == nil || f.Limit != 10 || f.From != "2019" {
		t.Errorf("%+v %v", f, err)
	}
	for _, bad := range []map[string]string{{"quad": "x"}, {"limit": "ten"}, {"include-vague": "maybe"}, {"near": "1,2"}, {"from": "soon"}, {"search": "-x"}, {"limit": "-1"}} {
		if _, err := ParseFilter(get(bad)); !errors.Is(err, ErrUsage) {
			t.Errorf("%v: %v", bad, err)
		}
	}
}

// TestParseFilterNames checks each parameter and that a malformed one is named.
func TestParseFilterNames(t *testing.T) {
	good := map[string]string{"actor": "IRQGOV", "source": "*MIL", "target": "USA", "country": "iq", "code": "16*", "root": "4", "quad": "2",
		"place": "Baghdad", "near": "33.3,44.4,50", "from": "2008", "to": "2008-12-31", "outlet": "AP", "source-kind": "anonymous", "search": "embassy", "limit": "7"}
	f, err := ParseFilter(func(k string) string { return good[k] })
	if err != nil {
		t.Fatal(err)
	}
	want := Filter{Actor: "IRQGOV", Source: "*MIL", Target: "USA", Country: "iq", Code: "16*", Root: "4", Quad: 2, Place: "Baghdad",
		Near: &Circle{33.3, 44.4, 50}, From: "2008", To: "2008-12-31", Outlet: "AP", Kind: "anonymous", Search: "embassy", Limit: 7}
	if !reflect.DeepEqual(f, want) {
		t.Errorf("got %+v\nwant %+v", f, want)
	}
	for _, c := range []struct{ param, value string }{
		{"country", "IRQ"}, {"root", "123"}, {"quad", "5"}, {"quad", "one"}, {"near", "1,2"},
		{"near", "91,0,5"}, {"from", "May 2008"}, {"to", "2008/12"}, {"source-kind", "secret"}, {"limit", "-1"},
	} {
		_, err := ParseFilter(func(k string) string {
			if k == c.param {
				return c.value
			}
			return ""
		})
		if !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), c.param) {
			t.Errorf("%s=%q: %v", c.param, c.value, err)
		}
	}
}
