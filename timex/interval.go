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
	reHalf    = regexp.MustCompile(`^(\d{4})-H([12])$`)
	reDecade  = regexp.MustCompile(`^(\d{3})$`)
	reCentury = regexp.MustCompile(`^(\d{2})$`)
)

// Interval turns a calendar value into the days it covers, [start, end)
// as YYYY-MM-DD: a day, a month, a year, an ISO week (or its weekend), a
// quarter, a half year (2016-H2), a decade (199), a century (20). It
// reports false for other values (durations, references).
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
	if m := reHalf.FindStringSubmatch(value); m != nil {
		t := time.Date(atoi(m[1]), time.Month(6*(atoi(m[2])-1)+1), 1, 0, 0, 0, 0, time.UTC)
		return day(t), day(t.AddDate(0, 6, 0)), true
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
