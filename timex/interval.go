package timex

import (
	"regexp"
	"strconv"
	"time"
)

var (
	reDay     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reWeek    = regexp.MustCompile(`^(\d{4})-W(\d{2})(-WE)?$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	reDecade  = regexp.MustCompile(`^(\d{3})$`)
	reCentury = regexp.MustCompile(`^(\d{2})$`)
)

// Interval turns a calendar value into the days it covers, [start, end)
// as YYYY-MM-DD: a day, a month, a year, an ISO week (or its weekend), a
// quarter, a decade (199), a century (20). It reports false for other
// values (durations, references).
func Interval(value string) (start, end string, ok bool) {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if m := reDay.FindStringSubmatch(value); m != nil {
		t := time.Date(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]), 0, 0, 0, 0, time.UTC)
		return day(t), day(t.AddDate(0, 0, 1)), true
	}
	if m := reMonth.FindStringSubmatch(value); m != nil {
		t := time.Date(atoi(m[1]), time.Month(atoi(m[2])), 1, 0, 0, 0, 0, time.UTC)
		return day(t), day(t.AddDate(0, 1, 0)), true
	}
	if m := reYear.FindStringSubmatch(value); m != nil {
		t := time.Date(atoi(m[1]), 1, 1, 0, 0, 0, 0, time.UTC)
		return day(t), day(t.AddDate(1, 0, 0)), true
	}
	if m := reWeek.FindStringSubmatch(value); m != nil {
		// ISO week 1 holds January 4th.
		jan4 := time.Date(atoi(m[1]), 1, 4, 0, 0, 0, 0, time.UTC)
		wd := int(jan4.Weekday())
		if wd == 0 {
			wd = 7
		}
		monday := jan4.AddDate(0, 0, 1-wd+7*(atoi(m[2])-1))
		if m[3] != "" {
			return day(monday.AddDate(0, 0, 5)), day(monday.AddDate(0, 0, 7)), true
		}
		return day(monday), day(monday.AddDate(0, 0, 7)), true
	}
	if m := reQuarter.FindStringSubmatch(value); m != nil {
		t := time.Date(atoi(m[1]), time.Month(3*(atoi(m[2])-1)+1), 1, 0, 0, 0, 0, time.UTC)
		return day(t), day(t.AddDate(0, 3, 0)), true
	}
	if m := reDecade.FindStringSubmatch(value); m != nil {
		t := time.Date(atoi(m[1])*10, 1, 1, 0, 0, 0, 0, time.UTC)
		return day(t), day(t.AddDate(10, 0, 0)), true
	}
	if m := reCentury.FindStringSubmatch(value); m != nil {
		t := time.Date(atoi(m[1])*100, 1, 1, 0, 0, 0, 0, time.UTC)
		return day(t), day(t.AddDate(100, 0, 0)), true
	}
	return "", "", false
}
