package timex

import (
	"testing"
	"time"
)

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
