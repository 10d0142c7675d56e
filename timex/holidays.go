package timex

import (
	"fmt"
	"strconv"
	"time"
)

func normSeason(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{}
	if p.season == "" {
		return r, false
	}
	y := p.year
	if y == 0 {
		if !c.hasRef {
			r.value = "XXXX-" + p.season
			return r, true
		}
		y = c.ref.Year()
		if p.hasRel && p.rel != "P0" {
			n, _ := strconv.Atoi(p.rel)
			y += n
		}
		r.relative = true
	}
	r.value = fmt.Sprintf("%04d-%s", y, p.season)
	return r, true
}

// holidayRules compute holidays that move from year to year.
var holidayRules = map[string]func(y int) time.Time{
	"thanksgiving":   func(y int) time.Time { return nthWeekday(y, 11, 4, 4) },
	"black-friday":   func(y int) time.Time { return nthWeekday(y, 11, 4, 4).AddDate(0, 0, 1) },
	"labor-day":      func(y int) time.Time { return nthWeekday(y, 9, 1, 1) },
	"memorial-day":   func(y int) time.Time { return nthWeekday(y, 5, 1, -1) },
	"mlk-day":        func(y int) time.Time { return nthWeekday(y, 1, 1, 3) },
	"mothers-day":    func(y int) time.Time { return nthWeekday(y, 5, 7, 2) }, // US
	"fathers-day":    func(y int) time.Time { return nthWeekday(y, 6, 7, 3) }, // US, UK
	"easter":         easter,
	"good-friday":    func(y int) time.Time { return easter(y).AddDate(0, 0, -2) },
	"easter-monday":  func(y int) time.Time { return easter(y).AddDate(0, 0, 1) },
	"cyber-monday":   func(y int) time.Time { return nthWeekday(y, 11, 4, 4).AddDate(0, 0, 4) },
	"presidents-day": func(y int) time.Time { return nthWeekday(y, 2, 1, 3) },
	// Islamic holidays: see hijri.go
	"ramadan":          hijriHoliday(9, 1),
	"eid-al-fitr":      hijriHoliday(10, 1),
	"eid-al-adha":      hijriHoliday(12, 10),
	"islamic-new-year": hijriHoliday(1, 1),
}

// nthWeekday returns the n-th weekday wd (Monday = 1) of a month; n = -1
// is the last.
func nthWeekday(y, m, wd, n int) time.Time {
	if n < 0 {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		cur := weekdayOf(last)
		return last.AddDate(0, 0, -((cur - wd + 7) % 7))
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	cur := weekdayOf(first)
	return first.AddDate(0, 0, (wd-cur+7)%7+7*(n-1))
}

// easter is the Gregorian Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func normHoliday(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{}
	h := p.holiday
	if len(h) == 10 { // a fixed date
		r.value = h
		return r, true
	}
	y := p.year
	if y == 0 && p.hasRel && p.unit == "Y" && c.hasRef { // "of next year"
		n := 0
		if p.rel != "P0" {
			n, _ = strconv.Atoi(p.rel)
		}
		y = c.ref.Year() + n
	}
	if y == 0 && !c.hasRef {
		if len(h) == 5 {
			r.value = "XXXX-" + h
		}
		return r, true
	}
	tense := c.tense
	if p.hasRel && p.unit == "" { // "last Easter", "next Christmas"
		switch p.rel {
		case "-1":
			tense = past
		case "1":
			tense = future
		}
	}
	if fn := holidayRules[h]; fn != nil {
		if y == 0 {
			y = c.ref.Year()
			d := fn(y)
			ref := time.Date(c.ref.Year(), c.ref.Month(), c.ref.Day(), 0, 0, 0, 0, time.UTC)
			if tense == past && (d.After(ref) || p.hasRel && d.Equal(ref)) {
				y--
			} else if tense == future && (d.Before(ref) || p.hasRel && d.Equal(ref)) {
				y++
			}
			r.relative = true
		}
		r.value = ymdString(fn(y))
		if p.holiday == "ramadan" { // a month, not a day
			r.from, r.to = r.value, ymdString(ramadanEnd(y))
		}
		return r, true
	}
	m, _ := strconv.Atoi(h[:2])
	d, _ := strconv.Atoi(h[3:])
	if y == 0 {
		y = inferYear(c, m, d)
		r.relative = true
	}
	r.value = fmt.Sprintf("%04d-%s", y, h)
	return r, true
}

// normHolidayWeekend handles "Labor Day weekend", "Thanksgiving weekend",
// "the weekend of Halloween": the days off around the holiday, from the
// Saturday before a Monday holiday, from a Thursday or Friday holiday to
// the Sunday after it, else the weekend that holds or follows it. The
// value is that ISO weekend.
func normHolidayWeekend(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	if p.unit != "WE" || p.units != 1 || p.unitPlural {
		return result{}, false
	}
	var hol []token
	for _, t := range toks {
		if t.class != 'U' && t.class != 'T' && t.class != 'F' {
			hol = append(hol, t)
		}
	}
	r, ok := normHoliday(c, hol)
	if !ok || len(r.value) != 10 {
		return result{}, false
	}
	d, err := time.Parse("2006-01-02", r.value)
	if err != nil {
		return result{}, false
	}
	from, to := d, d
	switch wd := weekdayOf(d); wd {
	case 1:
		from = d.AddDate(0, 0, -2)
	case 4, 5:
		to = d.AddDate(0, 0, 7-wd)
	case 6:
		to = d.AddDate(0, 0, 1)
	case 7:
		from = d.AddDate(0, 0, -1)
	default:
		from = d.AddDate(0, 0, 6-wd)
		to = from.AddDate(0, 0, 1)
	}
	sat := from
	if weekdayOf(sat) < 6 {
		sat = sat.AddDate(0, 0, 6-weekdayOf(sat))
	}
	r.value = weekValue(mondayOf(sat)) + "-WE"
	r.from, r.to = ymdString(from), ymdString(to)
	return r, true
}
