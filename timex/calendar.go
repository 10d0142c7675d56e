package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dragoman/dragoman/calendar"
)

// normCalendar handles dates built from months, days, years and weekdays.
func normCalendar(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{mod: modOf(p.part)}
	for _, t := range toks {
		if t.class == 'U' && t.value != "D" && p.month > 0 && p.day+p.ordinal > 0 {
			return r, false // "the second week of Mar" is a week, "the 23rd day of" a day
		}
	}
	if p.day == 0 && p.ordinal > 0 && p.month > 0 {
		p.day = p.ordinal // "the second of August", "Jan first"
	}
	// "October, 1st" is a date; "in October, 2 people died" is not
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].class == 'M' && toks[k+1].class == ',' && toks[k+2].class == 'D' && !hasOrdinalSuffix(toks[k+2].text) && isNumber(toks[k+2].text) {
			return r, false
		}
	}
	switch {
	case p.iso != "":
		r.value = p.iso
		return r, true
	case p.numeric == impossibleDate:
		return r, true // found, not resolved
	case p.numeric != "":
		if !strings.HasPrefix(p.numeric, "XXXX") {
			r.value = p.numeric
			return r, true
		}
		m, _ := strconv.Atoi(p.numeric[5:7])
		d, _ := strconv.Atoi(p.numeric[8:10])
		if p.year != 0 && len(p.numeric) == 10 { // "5/7, 2020"
			if !calendar.ValidDate(p.year, m, d) {
				return r, true
			}
			r.value = fmt.Sprintf("%04d-%02d-%02d", p.year, m, d)
			return r, true
		}
		if !c.hasRef {
			r.value = p.numeric
			return r, true
		}
		y := inferYear(c, m, d)
		r.value, r.relative = fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
		return r, calendar.ValidDate(y, m, d)
	case p.month > 0 && p.day > 0:
		y := p.year
		if y == 0 {
			if !c.hasRef {
				if p.day > 31 {
					return r, false
				}
				r.value = fmt.Sprintf("XXXX-%02d-%02d", p.month, p.day)
				return r, true
			}
			y = inferYear(c, p.month, p.day)
			r.relative = true
		}
		if p.year == 0 && p.weekday > 0 && c.hasRef {
			// "Thursday, Oct. 26": the year in which that day is a Thursday
			for _, cand := range []int{y, y - 1, y + 1} {
				if calendar.ValidDate(cand, p.month, p.day) && weekdayOf(time.Date(cand, time.Month(p.month), p.day, 0, 0, 0, 0, time.UTC)) == p.weekday {
					y = cand
					break
				}
			}
		}
		if !calendar.ValidDate(y, p.month, p.day) {
			// "February 30": a date, but no real one; say so rather
			// than fall back to the month alone.
			r.relative = false
			return r, p.day <= 31
		}
		r.value = fmt.Sprintf("%04d-%02d-%02d", y, p.month, p.day)
		return r, true
	case p.month > 0:
		y := p.year
		if y == 0 && p.hasRel && p.unit == "Y" {
			if !c.hasRef {
				return r, false
			}
			rel, _ := strconv.Atoi(p.rel)
			y = c.ref.Year() + rel
			r.relative = true
		}
		if y == 0 {
			if !c.hasRef {
				r.value = fmt.Sprintf("XXXX-%02d", p.month)
				return r, true
			}
			y = inferYear(c, p.month, 0)
			r.relative = true
		}
		r.value = monthString(y, p.month)
		return r, true
	case p.weekday > 0:
		if !c.hasRef {
			r.value = fmt.Sprintf("XXXX-WXX-%d", p.weekday)
			return r, true
		}
		for _, t := range toks {
			// "this past Wednesday": the latest one; "this coming Friday",
			// "this upcoming Friday": the next one
			switch {
			case t.class == 'R' && pastRelative.Has(t.lower):
				cc := *c
				cc.tense = past
				r.value, r.relative = ymdString(resolveWeekday(&cc, p.weekday, "", false).AddDate(0, 0, sameDayBack(c, p.weekday))), true
				return r, true
			case t.class == 'R' && aheadOfWeekday.Has(t.lower):
				cc := *c
				cc.tense = future
				r.value, r.relative = ymdString(resolveWeekday(&cc, p.weekday, "", false).AddDate(0, 0, sameDayAhead(c, p.weekday))), true
				return r, true
			}
		}
		r.value = ymdString(resolveWeekday(c, p.weekday, p.rel, p.hasRel))
		r.relative = true
		return r, true
	case p.year > 0:
		r.value = strconv.Itoa(p.year)
		return r, true
	}
	return r, false
}

func modOf(part string) string {
	switch part {
	case "START":
		return "START"
	case "MID":
		return "MID"
	case "END":
		return "END"
	}
	return ""
}

// resolveWeekday finds the date of a weekday near the reference date.
func resolveWeekday(c *ctx, wd int, rel string, hasRel bool) time.Time {
	ref := c.ref
	cur := weekdayOf(ref)
	if hasRel {
		// last Friday: the one before this week's; next Friday: the one
		// after this week's; this Friday: this week's.
		monday := ref.AddDate(0, 0, 1-cur)
		switch rel {
		case "-1":
			// "last Monday" read on a Thursday is the Monday of last
			// week: a writer means three days ago by "on Monday".
			return monday.AddDate(0, 0, -7+wd-1)
		case "1":
			// "next Sunday": the Sunday of next week
			return monday.AddDate(0, 0, 7+wd-1)
		default:
			return monday.AddDate(0, 0, wd-1)
		}
	}
	// A weekday named on that very weekday is that day: news written the
	// day of the event names it so ("stocks fell on Thursday").
	if c.tense == future {
		return ref.AddDate(0, 0, (wd-cur+7)%7)
	}
	return ref.AddDate(0, 0, -((cur - wd + 7) % 7))
}

func normDecade(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	return result{value: p.decade}, p.decade != ""
}

// normNthWeekday handles "the fourth Thursday of next month", "the third
// Tuesday of March".
func normNthWeekday(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	if p.weekday == 0 || p.ordinal == 0 || p.ordinal > 5 {
		return r, false
	}
	if !c.hasRef {
		return r, true
	}
	y, m := c.ref.Year(), int(c.ref.Month())
	switch {
	case p.month > 0:
		m = p.month
		y = p.year
		if y == 0 {
			y = inferYear(c, m, 0)
		}
	case p.hasRel && p.unit == "M":
		n := 0
		if p.rel != "P0" {
			n, _ = strconv.Atoi(p.rel)
		}
		t := time.Date(y, time.Month(m+n), 1, 0, 0, 0, 0, time.UTC)
		y, m = t.Year(), int(t.Month())
	case p.units > 0:
		return r, false
	case p.ordinal == -1 || nthWeekdayOf.Has(c.next):
		return r, false // "the last Sunday", "the first Sunday of Advent"
	}
	d := nthWeekday(y, m, p.weekday, p.ordinal)
	if p.ordinal == -1 {
		d = nthWeekday(y, m, p.weekday, -1)
	}
	if int(d.Month()) != m {
		r.relative = false
		return r, true // "the fifth Sunday" of a month that has four: not resolved
	}
	r.value = ymdString(d)
	return r, true
}

// normCentury handles "the 15th century" (TIMEX3 value 14: the first two
// digits of its years) and "the 21st century" (20).
func normCentury(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	n := p.ordinal
	if p.day > 0 {
		n = p.day
	}
	if p.unit != "CE" || p.unitPlural || n < 1 || n > 22 {
		return result{}, false
	}
	return result{value: fmt.Sprintf("%02d", n-1)}, true
}

// normWeekdayDay handles a weekday with a day of the month and no month,
// "Friday the 13th": the month is the nearest one, in the direction of
// the tense, in which that day falls on that weekday; "Friday the 32nd"
// and a day that falls on no such weekday within a year are not resolved.
func normWeekdayDay(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	if p.day == 0 && p.ordinal > 0 {
		// "Tuesday the eleventh", but not "on Monday the first model"
		if !phraseEnds(c.next) && !weekdayDayEnds.Has(c.next) {
			return r, false
		}
		p.day = p.ordinal
	}
	if p.weekday == 0 || p.day == 0 || !c.hasRef || c.next == "-" || c.next == "–" {
		return r, false // "Sunday 3-1" is a score or a date, not Sunday the 3rd
	}
	base := time.Date(c.ref.Year(), c.ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	ref := time.Date(c.ref.Year(), c.ref.Month(), c.ref.Day(), 0, 0, 0, 0, time.UTC)
	try := func(k int) (time.Time, bool) {
		m := base.AddDate(0, k, 0)
		if !calendar.ValidDate(m.Year(), int(m.Month()), p.day) {
			return time.Time{}, false
		}
		d := m.AddDate(0, 0, p.day-1)
		wd := weekdayOf(d)
		if wd != p.weekday {
			return time.Time{}, false
		}
		switch {
		case c.tense == past && d.After(ref), c.tense == future && d.Before(ref):
			return time.Time{}, false
		}
		return d, true
	}
	for k := 0; k <= 12; k++ {
		for _, sign := range []int{-1, 1} {
			if k == 0 && sign == 1 {
				continue
			}
			if d, ok := try(sign * k); ok {
				r.value = ymdString(d)
				return r, true
			}
		}
	}
	return r, false
}

// normDayOfMonth handles a day of the month alone, written with its
// ordinal suffix: "on the 27th" is the 27th of the reference's month, or
// of the month before in past tense when the 27th is still ahead (and of
// the month after in future tense when it has passed). Only where nothing
// follows that would make it a name ("the 25th Amendment", "the 1st
// Battalion").
func normDayOfMonth(c *ctx, toks []token) (result, bool) {
	r := result{relative: true}
	d := toks[len(toks)-1]
	if !isNumber(d.text) || len(d.text) < 3 || !c.hasRef {
		return r, false // "the 27": a count, not a day
	}
	if toks[0].class != 'T' && !dateOn.Has(c.prev) {
		return r, false // "on 29th", but "his 29th"
	}
	switch {
	case phraseEnds(c.next), c.next == ")", c.next == "-" && toks[0].class != 'T':
	case dayEnds.Has(c.next):
	default:
		return r, false
	}
	day, _ := strconv.Atoi(d.value)
	ref := time.Date(c.ref.Year(), c.ref.Month(), c.ref.Day(), 0, 0, 0, 0, time.UTC)
	at := func(k int) (time.Time, bool) {
		m := time.Date(ref.Year(), ref.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		return m.AddDate(0, 0, day-1), calendar.ValidDate(m.Year(), int(m.Month()), day)
	}
	t, ok := at(0)
	switch {
	case c.tense == past && (!ok || t.After(ref)):
		t, ok = at(-1)
	case c.tense == future && (!ok || !t.After(ref)):
		t, ok = at(1) // "will reopen on the 15th", said on the 15th: next month's
	}
	if !ok {
		return r, false
	}
	r.value = ymdString(t)
	return r, true
}

// normNumericMonth handles a month written as numbers with its year:
// "2016-11" spaced out ("2016 - 11", "2016 / 11") and "11-2016". The month
// part must be 1 to 12.
func normNumericMonth(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	if p.year == 0 || p.day < 1 || p.day > 12 || len(p.days) != 1 {
		return result{}, false
	}
	for _, t := range toks {
		if t.class == 'D' && !isNumber(t.text) {
			return result{}, false // "2016 - eleven"
		}
	}
	return result{value: monthString(p.year, p.day)}, true
}

// sameDayBack and sameDayAhead move "this past Monday" and "this coming
// Monday" off the reference day itself when it is that weekday.
func sameDayBack(c *ctx, wd int) int {
	if weekdayOf(c.ref) == wd {
		return -7
	}
	return 0
}

func sameDayAhead(c *ctx, wd int) int {
	if weekdayOf(c.ref) == wd {
		return 7
	}
	return 0
}

// weekdayOf gives t's weekday, Monday = 1 to Sunday = 7 (the lexicon's).
func weekdayOf(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// firstThursday gives the first Thursday on or after a; lastThursday the
// last one before b. A period's weeks are those of its Thursdays.
func firstThursday(a time.Time) time.Time { return a.AddDate(0, 0, (4-int(a.Weekday())+7)%7) }

func lastThursday(b time.Time) time.Time {
	last := b.AddDate(0, 0, -1)
	return last.AddDate(0, 0, -((int(last.Weekday()) - 4 + 7) % 7))
}
