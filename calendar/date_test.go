package calendar

import (
	"testing"
)

func TestParseDate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Updated 1234 GMT (2034 HKT) December 2, 2020", "2020-12-02"},
		{"Tue., Nov. 19, 2019", "2019-11-19"},
		{"NOVEMBER 20, 2019 10:43", "2019-11-20"},
		{"Published 18 November 2019", "2019-11-18"},
		{"2020-12-02T10:00:00Z", "2020-12-02"},
		{"12/2/2020", "2020-12-02"},
		{"June 01, 2009", "2009-06-01"},
		{"November 2019", "2019-11"},
		{"February 30, 2020", ""},
		{"2021-02-29", ""},
		{"no date here", ""},
	}
	for _, c := range cases {
		got, ok := ParseDate(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("%q: got %q, want no date", c.in, got)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("%q: got %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}
