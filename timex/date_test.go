package timex

import (
	"testing"
	"time"
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

func TestBusinessDays(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		from string
		n    int
		want string
	}{
		{"2018-08-21", 4, "2018-08-27"},   // Tuesday: Wed, Thu, Fri, Mon
		{"2016-11-07", -12, "2016-10-20"}, // Monday, back over two weekends
		{"2016-11-05", -12, "2016-10-20"}, // from a Saturday
		{"2016-11-05", 5, "2016-11-11"},   // Saturday: Mon to Fri
		{"2016-11-05", 15, "2016-11-25"},  // whole weeks past the first five
	} {
		if got := ymdString(addBusinessDays(day(c.from), c.n)); got != c.want {
			t.Errorf("%s %+d business days: %s, want %s", c.from, c.n, got, c.want)
		}
	}
	// "the next 4 business days" read on a Monday: Tuesday to Friday
	if a, b, ok := anchor(day("2018-08-20"), "BD", 4, 1, false); !ok || a != "2018-08-21" || b != "2018-08-24" {
		t.Errorf("next 4 business days from 2018-08-20: %s to %s", a, b)
	}
}
