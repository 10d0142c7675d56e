package timex

import (
	"regexp"
	"time"

	"github.com/dragoman/dragoman/calendar"
)

// reWeek is an ISO week value, or its weekend.
var reWeek = regexp.MustCompile(`^(\d{4})-W(\d{2})(-WE)?$`)

// Interval turns a calendar value into the days it covers, [start, end)
// as YYYY-MM-DD: a day (with or without a time of day), a month, a year,
// an ISO week (or its weekend), a quarter, a half year (2016-H2), a
// season, a decade (199), a century (20). It reports false for other
// values (durations, references, a value with an unknown part). It is
// calendar.Interval, the one reading the store, filters and exports use,
// counted in whole days.
func Interval(value string) (start, end string, ok bool) {
	a, b, ok := calendar.Interval(value)
	if !ok {
		return "", "", false
	}
	last := b.Add(-time.Nanosecond)
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	return day(a), day(time.Date(last.Year(), last.Month(), last.Day()+1, 0, 0, 0, 0, time.UTC)), true
}

// ModInterval narrows the interval of a calendar value by its TIMEX3
// modifier: START is the first half of the period ("early 2019": January
// to June; "early next week": Monday to Wednesday), END the second half
// ("late this month": the 16th to the end), MID the middle third of a year
// (May to August) or of a month (the 11th to the 20th) and the middle of a
// week (Tuesday to Friday). Days and other modifiers keep the whole
// interval.
func ModInterval(value, mod string) (start, end string, ok bool) {
	start, end, ok = Interval(value)
	if !ok || mod == "" {
		return start, end, ok
	}
	a, _ := time.Parse("2006-01-02", start)
	b, _ := time.Parse("2006-01-02", end)
	var mid1, mid2, half time.Time
	switch days := int(b.Sub(a).Hours() / 24); {
	case days == 7: // a week
		half, mid1, mid2 = a.AddDate(0, 0, 3), a.AddDate(0, 0, 1), a.AddDate(0, 0, 5)
	case days >= 28 && days <= 31: // a month
		half, mid1, mid2 = a.AddDate(0, 0, 15), a.AddDate(0, 0, 10), a.AddDate(0, 0, 20)
	case days >= 365 && days <= 366: // a year
		half, mid1, mid2 = a.AddDate(0, 6, 0), a.AddDate(0, 4, 0), a.AddDate(0, 8, 0)
	default:
		return start, end, true
	}
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	switch mod {
	case "START":
		return start, day(half), true
	case "END":
		return day(half), end, true
	case "MID":
		return day(mid1), day(mid2), true
	}
	return start, end, true
}
