package calendar

import (
	"strconv"
	"strings"
	"time"
)

// Interval returns the stretch of calendar time a TIMEX3 date value names,
// as [start, end): end is the first instant after it, in UTC.
//
//	2020              the year
//	199, 19           a decade, a century
//	2020-12           the month
//	2020-12-02        the day; a time part (T10:30, T10, and the parts of
//	                  a day TMO, TAF, TEV, TNI, TDT) narrows it to the
//	                  minute or hour, a part of day keeps the day
//	2020-W49          the ISO week (Monday to Monday); 2020-W49-3 its
//	                  Wednesday; 2020-W49-WE its weekend
//	2020-Q1, 2020-H2  a quarter, a half-year
//	2020-SP|SU|FA|WI  a season (northern meteorological: spring is March
//	                  to May, winter runs from December into the next year)
//
// ok is false for a value with an unknown part (XXXX-12-02, 2020-WXX-6),
// a reference word (PRESENT_REF), a duration or anything else: no
// interval is made up for them.
func Interval(value string) (start, end time.Time, ok bool) {
	v := strings.TrimSpace(value)
	if v == "" || strings.ContainsAny(v, "Xx") {
		return start, end, false
	}
	datePart, timePart, hasTime := strings.Cut(v, "T")
	parts := strings.Split(datePart, "-")
	year, ok := digits(parts[0])
	if !ok {
		return start, end, false
	}
	switch len(parts[0]) {
	case 2: // a century
		if len(parts) > 1 || hasTime {
			return start, end, false
		}
		return yearStart(year * 100), yearStart(year*100 + 100), year >= 0
	case 3: // a decade
		if len(parts) > 1 || hasTime {
			return start, end, false
		}
		return yearStart(year * 10), yearStart(year*10 + 10), true
	case 4:
	default:
		return start, end, false
	}
	if year < 1 {
		return start, end, false
	}
	if len(parts) == 1 {
		if hasTime {
			return start, end, false
		}
		return yearStart(year), yearStart(year + 1), true
	}
	p := parts[1]
	switch {
	case len(p) == 2 && p[0] == 'Q' && len(parts) == 2 && !hasTime:
		q, ok := digits(p[1:])
		if !ok || q < 1 || q > 4 {
			return start, end, false
		}
		s := time.Date(year, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 3, 0), true
	case len(p) == 2 && p[0] == 'H' && len(parts) == 2 && !hasTime:
		h, ok := digits(p[1:])
		if !ok || h < 1 || h > 2 {
			return start, end, false
		}
		s := time.Date(year, time.Month(6*h-5), 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 6, 0), true
	case len(parts) == 2 && !hasTime && seasons[p] != 0:
		s := time.Date(year, time.Month(seasons[p]), 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 3, 0), true
	case len(p) == 3 && p[0] == 'W':
		return week(year, p[1:], parts[2:], hasTime)
	}
	month, ok := digits(p)
	if !ok || len(p) != 2 || month < 1 || month > 12 {
		return start, end, false
	}
	if len(parts) == 2 {
		if hasTime {
			return start, end, false
		}
		s := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 1, 0), true
	}
	if len(parts) != 3 {
		return start, end, false
	}
	day, ok := digits(parts[2])
	if !ok || len(parts[2]) != 2 || !ValidDate(year, month, day) {
		return start, end, false
	}
	s := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if !hasTime {
		return s, s.AddDate(0, 0, 1), true
	}
	return timeOfDay(s, timePart)
}

// DayOf returns the day a value names when it names one day or a
// stretch inside one day (2020-12-02, 2020-12-02T10:30, 2020-12-02TNI,
// 2020-W49-3).
func DayOf(value string) (time.Time, bool) {
	s, e, ok := Interval(value)
	if !ok || e.Sub(s) > 24*time.Hour {
		return time.Time{}, false
	}
	return s, true
}

// seasons are the first months of the TIMEX3 seasons.
var seasons = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// partsOfDay are the TIMEX3 parts of a day; the day holds each of them.
var partsOfDay = map[string]bool{"MO": true, "MI": true, "AF": true, "EV": true, "NI": true, "DT": true}

func timeOfDay(day time.Time, t string) (start, end time.Time, ok bool) {
	if partsOfDay[t] {
		return day, day.AddDate(0, 0, 1), true
	}
	t = strings.TrimSuffix(t, "Z")
	hm := strings.Split(t, ":")
	if len(hm) > 3 || len(hm[0]) != 2 {
		return start, end, false
	}
	h, ok := digits(hm[0])
	if !ok || h > 24 {
		return start, end, false
	}
	if len(hm) == 1 {
		s := day.Add(time.Duration(h) * time.Hour)
		return s, s.Add(time.Hour), true
	}
	m, ok := digits(hm[1])
	if !ok || len(hm[1]) != 2 || m > 59 {
		return start, end, false
	}
	s := day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	if len(hm) == 3 {
		sec, ok := digits(hm[2])
		if !ok || len(hm[2]) != 2 || sec > 59 {
			return start, end, false
		}
		s = s.Add(time.Duration(sec) * time.Second)
		return s, s.Add(time.Second), true
	}
	return s, s.Add(time.Minute), true
}

// week reads the week part of 2020-W49, 2020-W49-3 and 2020-W49-WE.
func week(year int, wk string, rest []string, hasTime bool) (start, end time.Time, ok bool) {
	w, ok := digits(wk)
	if !ok || len(wk) != 2 || w < 1 || w > 53 || hasTime || len(rest) > 1 {
		return start, end, false
	}
	// ISO week 1 holds January 4; weeks start on Monday.
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	s := monday.AddDate(0, 0, 7*(w-1))
	if w == 53 {
		if y, _ := s.ISOWeek(); y != year {
			return start, end, false
		}
	}
	if len(rest) == 0 {
		return s, s.AddDate(0, 0, 7), true
	}
	if rest[0] == "WE" {
		return s.AddDate(0, 0, 5), s.AddDate(0, 0, 7), true
	}
	d, ok := digits(rest[0])
	if !ok || len(rest[0]) != 1 || d < 1 || d > 7 {
		return start, end, false
	}
	s = s.AddDate(0, 0, d-1)
	return s, s.AddDate(0, 0, 1), true
}

func yearStart(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }

// digits reads a string of ASCII digits.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
