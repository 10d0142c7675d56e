package timex

import (
	"fmt"
	"strconv"
	"time"

	"github.com/dragoman/dragoman/calendar"
)

// shiftValue renders the period that is n units away from the reference.
func shiftValue(ref time.Time, unit string, n int) (string, bool) {
	switch unit {
	case "Y":
		return strconv.Itoa(ref.Year() + n), true
	case "M":
		t := time.Date(ref.Year(), ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return monthString(t.Year(), int(t.Month())), true
	case "W", "FN", "WW":
		y, w := ref.AddDate(0, 0, 7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w), true
	case "WE":
		y, w := ref.AddDate(0, 0, 7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", y, w), true
	case "D":
		return ymdString(ref.AddDate(0, 0, n)), true
	case "Q":
		q := (int(ref.Month())-1)/3 + n
		y := ref.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		return fmt.Sprintf("%04d-Q%d", y, q+1), true
	case "DE":
		return strconv.Itoa(ref.Year()/10 + n), true
	case "CE":
		return strconv.Itoa(ref.Year()/100 + n), true
	}
	return "", false
}

// normRelative handles "last week", "next month", "early next year", "the
// end of this year".
func normRelative(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{mod: modOf(p.part), relative: true}
	if p.units != 1 || p.unit == "H" || p.unit == "MIN" || p.unit == "S" {
		return r, false
	}
	if !p.hasRel && p.part == "" && p.unit != "WE" && !bareUnit(c, toks, p) {
		return r, false
	}
	if len(toks) == 1 && (p.unit != "WE" || !weekendBefore.Has(c.prev)) {
		return r, false // "on weekend", but not "weekend trips"
	}
	n := 0
	if p.hasRel && p.rel != "P0" {
		n, _ = strconv.Atoi(p.rel)
	}
	// "the week after next", "the year after the next"
	for _, t := range toks {
		if t.class != 'o' {
			continue
		}
		if !afterNext.Has(t.lower) || n != 1 {
			return r, false
		}
		n = 2
	}
	// "the coming days", "recent weeks": a vague stretch, not one day
	if p.unitPlural && p.unit != "WE" {
		switch {
		case n > 0:
			r.value, r.relative = "FUTURE_REF", false
		case n < 0:
			r.value, r.relative = "PAST_REF", false
		default:
			r.value, r.relative = "PRESENT_REF", false
		}
		return r, true
	}
	if !c.hasRef {
		return r, true
	}
	v, ok := shiftValue(c.ref, p.unit, n)
	r.value = v
	if ok && p.unit == "WW" && r.mod == "" {
		// "this working week": Monday to Friday of the week
		if monday, ok := weekMonday(v); ok {
			r.from, r.to = ymdString(monday), ymdString(monday.AddDate(0, 0, 4))
		}
	}
	return r, ok
}

// normAgo handles "two days ago", "three years later", "a week earlier".
func normAgo(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	if p.shift == 0 || p.units != 1 {
		return r, false
	}
	// "two days before the election": counted from another event, not
	// from the reference; a length of time is all the words tell
	// ("Two weeks later, the army withdrew": later than the last event told)
	if last := toks[len(toks)-1].lower; (shiftWords.Attr(last, "end") == "yes" && !phraseEnds(c.next) || narrative.Attr(last, "form") == "end") && !p.vague {
		if c.story && narrative.Attr(last, "form") == "end" {
			// "two days later", told after the story's date: a point
			// counted from it
			n := 1
			if p.hasNum {
				n = int(p.num)
			}
			switch p.unit {
			case "Y", "M", "Q", "HY", "DE", "CE":
				r.value, _ = shiftValue(c.ref, p.unit, n*p.shift) // "a year later": the year after
			default:
				r.value, r.mod = pointFrom(c.ref, p.unit, n*p.shift)
			}
			return r, r.value != ""
		}
		n := 1.0
		if p.hasNum {
			n = p.num
		}
		v, ok := durationValue(n, false, p.unit)
		return result{typ: "DURATION", value: v}, ok
	}
	if p.vague && p.vagueN > 0 && c.hasRef && p.unit != "DE" && p.unit != "CE" {
		// "a few days ago": about three days back
		r.value, _ = pointFrom(c.ref, p.unit, p.shift*p.vagueN)
		r.mod = "APPROX"
		return r, r.value != ""
	}
	if p.vague {
		if p.shift < 0 {
			r.value = "PAST_REF"
		} else {
			r.value = "FUTURE_REF"
		}
		return r, true
	}
	n := 1
	if p.hasNum {
		n = int(p.num)
		if float64(n) != p.num {
			return r, false
		}
	}
	if !c.hasRef {
		return r, true
	}
	n *= p.shift
	if p.unit == "DE" {
		r.value = strconv.Itoa(c.ref.Year() + 10*n)
		return r, true
	}
	r.value, r.mod = pointFrom(c.ref, p.unit, n)
	return r, r.value != ""
}

// pointFrom is the day n units from the reference: "two months ago" read
// on 2018-10-17 is about 2018-08-17, not the calendar month of August
// (a calendar-unit reading would put "a year ago" read on January 2 in
// the wrong year almost whole). Weeks and days are counted exactly;
// months, quarters and years give an approximate day (mod APPROX).
func pointFrom(ref time.Time, unit string, n int) (value, mod string) {
	if n > 100000 || n < -100000 {
		return "", "" // "999999999 days ago": no calendar date
	}
	t, ok := addUnits(ref, unit, n)
	if !ok {
		v, _ := shiftValue(ref, unit, n)
		return v, ""
	}
	switch unit {
	case "Y", "M", "Q":
		mod = "APPROX"
	}
	return ymdString(t), mod
}

func normDeictic(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	if !c.hasRef {
		return r, true
	}
	if p.deictic == "N" {
		r.value = ymdString(c.ref) + "TNI"
		r.typ = "TIME"
		return r, true
	}
	n, _ := strconv.Atoi(p.deictic)
	r.value = ymdString(c.ref.AddDate(0, 0, n))
	return r, true
}

func normDaypart(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	if p.daypart == "" {
		return r, false
	}
	if !c.hasRef {
		return r, true
	}
	day := c.ref
	switch {
	case p.deictic != "":
		n, _ := strconv.Atoi(p.deictic)
		day = c.ref.AddDate(0, 0, n)
	case p.weekday > 0:
		day = resolveWeekday(c, p.weekday, "", false)
	case p.hasRel:
		n, _ := strconv.Atoi(p.rel)
		if p.rel == "P0" {
			n = 0
		}
		day = c.ref.AddDate(0, 0, n)
	}
	r.value = ymdString(day) + "T" + p.daypart
	return r, true
}

func normClock(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	if p.clock == "" {
		return r, false
	}
	if !c.hasRef {
		r.value = "XXXX-XX-XXT" + p.clock
		return r, true
	}
	day := c.ref
	if p.deictic != "" {
		n, _ := strconv.Atoi(p.deictic)
		day = c.ref.AddDate(0, 0, n)
	} else if p.weekday > 0 {
		day = resolveWeekday(c, p.weekday, "", false)
	}
	r.value = ymdString(day) + "T" + p.clock
	if p.tz == "Z" {
		r.value += "Z"
	} else if p.tz != "" {
		r.value += p.tz
	}
	return r, true
}

// normRestOf handles "earlier this month", "later this year", "earlier in
// the week", "the rest of the week": the reference's own period, with the
// stretch before the reference date (earlier) or from it to the period's
// end (later, the rest of) as from and to.
func normRestOf(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	if p.units != 1 || p.unitPlural || p.shift == 0 || (p.hasRel && p.rel != "0") {
		return r, false
	}
	for _, t := range toks {
		if t.class == 'o' && !shiftFillers.Has(t.lower) {
			return r, false // "later that week" points elsewhere
		}
	}
	if !c.hasRef {
		return r, true
	}
	v, first, last, ok := currentPeriod(c.ref, p.unit)
	if !ok {
		return r, false
	}
	day := ymdString(c.ref)
	r.value = v
	if p.shift < 0 {
		r.from, r.to = first, day
	} else {
		r.from, r.to = day, last
	}
	return r, true
}

// currentPeriod gives the unit (week, month, year...) holding ref: its
// value and its first and last days.
func currentPeriod(ref time.Time, unit string) (value, first, last string, ok bool) {
	v, ok := shiftValue(ref, unit, 0)
	if !ok {
		return "", "", "", false
	}
	a, b, ok := Interval(v)
	if !ok {
		return "", "", "", false
	}
	end, _ := time.Parse("2006-01-02", b)
	return v, a, ymdString(end.AddDate(0, 0, -1)), true
}

// normToDate handles "the year to date", "month to date": from the start
// of the unit holding the reference to the reference.
func normToDate(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	last := toks[len(toks)-1]
	if p.units != 1 || p.unitPlural || p.ref != "PRESENT_REF" || !toAtDate.Has(last.lower) { // the phrase "to date"
		return r, false
	}
	if !c.hasRef {
		return r, true
	}
	v, first, _, ok := currentPeriod(c.ref, p.unit)
	if !ok {
		return r, false
	}
	r.value, r.from, r.to = v, first, ymdString(c.ref)
	return r, true
}

// anchor gives a stretch of n units next to the reference date, as
// inclusive first and last days: back from the reference ("the past three
// weeks" ends on it), ahead from the day after it ("the next three days"),
// or ahead from the reference itself ("within five days").
func anchor(ref time.Time, unit string, n, dir int, fromRef bool) (string, string, bool) {
	add := func(t time.Time, k int) time.Time { u, _ := addUnits(t, unit, k); return u }
	if _, ok := addUnits(ref, unit, 0); !ok || n <= 0 || n > 1000 {
		return "", "", false
	}
	// Quarters are counted whole: "the past two quarters" are the two
	// reported before the current one. ("The past decade" in news is the
	// last ten years, not the 2010s.)
	switch unit {
	case "Q":
		q := time.Date(ref.Year(), ref.Month()-(ref.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
		if dir < 0 {
			return ymdString(add(q, -n)), ymdString(q.AddDate(0, 0, -1)), true
		}
		next := q.AddDate(0, 3, 0)
		return ymdString(next), ymdString(add(next, n).AddDate(0, 0, -1)), true
	}
	if dir < 0 {
		return ymdString(add(ref, -n)), ymdString(ref), true
	}
	start := ref
	if !fromRef {
		start = ref.AddDate(0, 0, 1)
	}
	if unit == "BD" {
		// the n-th business day counting the start itself
		return ymdString(start), ymdString(add(start.AddDate(0, 0, -1), n)), true
	}
	return ymdString(start), ymdString(add(start, n).AddDate(0, 0, -1)), true
}

// normCompoundAgo handles "2 months and 9 days ago", "2 years 21 days
// later": the units summed from the reference day.
func normCompoundAgo(c *ctx, toks []token) (result, bool) {
	r := result{relative: true}
	if stretchBefore.Has(c.prev) {
		return r, false // "for the past 4 weeks and 3 days ago": two expressions
	}
	var y, m, d, shift int
	n := -1
	for _, t := range toks {
		switch t.class {
		case 'N', 'D':
			v, err := strconv.Atoi(t.value)
			if err != nil {
				return r, false
			}
			n = v
		case 'U':
			if n < 0 {
				return r, false
			}
			switch t.value {
			case "Y":
				y += n
			case "M":
				m += n
			case "W":
				d += 7 * n
			case "D":
				d += n
			default:
				return r, false
			}
			n = -1
		case 'A':
			shift, _ = strconv.Atoi(t.value)
		}
	}
	if shift == 0 || !c.hasRef {
		return r, shift != 0
	}
	t := c.ref.AddDate(shift*y, shift*m, shift*d)
	if t.Year() < 1 || t.Year() > 9999 {
		return r, false // "770000 days ago": no calendar date
	}
	r.value = ymdString(t)
	return r, true
}

// normDayOfRelativeMonth handles "the 14th of next month", "the 15th day
// of next month"; a day the month does not have is not resolved.
func normDayOfRelativeMonth(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	day := p.day
	if day == 0 {
		day = p.ordinal
	}
	if day <= 0 || !p.hasRel || p.unit != "M" || !c.hasRef {
		return r, false
	}
	for _, t := range toks {
		if t.class == 'U' && t.value != "M" && t.value != "D" {
			return r, false
		}
	}
	n := 0
	if p.rel != "P0" {
		n, _ = strconv.Atoi(p.rel)
	}
	first := time.Date(c.ref.Year(), c.ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	if !calendar.ValidDate(first.Year(), int(first.Month()), day) {
		r.relative = false
		return r, true // "the 31st of this month" in November
	}
	r.value = ymdString(first.AddDate(0, 0, day-1))
	return r, true
}

// addUnits moves t by k of a lexicon unit (Y, M, Q, W, FN, D, DE); it
// reports false for a unit with no calendar length (hours, weekends).
func addUnits(t time.Time, unit string, k int) (time.Time, bool) {
	switch unit {
	case "Y":
		return t.AddDate(k, 0, 0), true
	case "M":
		return t.AddDate(0, k, 0), true
	case "Q":
		return t.AddDate(0, 3*k, 0), true
	case "W", "WW":
		return t.AddDate(0, 0, 7*k), true
	case "FN":
		return t.AddDate(0, 0, 14*k), true
	case "D":
		return t.AddDate(0, 0, k), true
	case "DE":
		return t.AddDate(10*k, 0, 0), true
	case "BD":
		return addBusinessDays(t, k), true
	}
	return t, false
}

// addBusinessDays moves t by k days from Monday to Friday ("in four
// business days" read on a Tuesday is the next Monday). Public holidays
// differ by country and are not counted out.
func addBusinessDays(t time.Time, k int) time.Time {
	step := 1
	if k < 0 {
		step, k = -1, -k
	}
	// Step day by day to a weekday at least five business days on, then
	// whole weeks: from a weekday, five business days are seven days.
	weeks := 0
	if k > 10 {
		weeks = (k - 5) / 5
		k -= 5 * weeks
	}
	for k > 0 {
		t = t.AddDate(0, 0, step)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			k--
		}
	}
	return t.AddDate(0, 0, 7*weeks*step)
}

// phraseEnds reports whether the word after a match closes the phrase:
// punctuation, a conjunction or the end of the sentence. A date word
// followed by anything else may be part of a name ("Person of the Year",
// "the 25th Amendment").
func phraseEnds(next string) bool {
	switch next {
	case "", ".", ",", ";", ":", "!", "?":
		return true
	}
	return phraseEnders.Has(next)
}

// normNthMonth handles "the fifth month of 2019", "the 7th month of next
// year".
func normNthMonth(c *ctx, toks []token) (result, bool) {
	var units []string
	for _, t := range toks {
		if t.class == 'U' {
			units = append(units, t.value)
		}
	}
	p := collect(toks)
	n := p.ordinal
	if n == 0 {
		n = p.day
	}
	if len(units) == 0 || units[0] != "M" || n < 1 || n > 12 {
		return result{}, false
	}
	rest := toks
	if f := classAt(toks, 'F'); f >= 0 {
		rest = toks[f+1:]
	}
	a, _, rel, ok := container(c, collect(rest))
	if !ok || a.Month() != 1 {
		return result{}, false
	}
	return result{value: monthString(a.Year(), n), relative: rel}, true
}

// normPartOfPeriod handles "the first six months of 2021", "the last three
// weeks of this year", "the first twenty days of last year": the period's
// value marked START or END, and the stretch itself as from and to (weeks
// counted as ISO weeks, which belong to the year of their Thursday).
func normPartOfPeriod(c *ctx, toks []token) (result, bool) {
	f := classAt(toks, 'F')
	if f < 0 {
		return result{}, false
	}
	head := collect(toks[:f])
	n := int(head.num)
	first := head.ordinal == 1
	last := head.hasRel && head.rel == "-1" || head.ordinal == -1
	if n < 1 || head.units != 1 || !first && !last {
		return result{}, false
	}
	tail := collect(toks[f+1:])
	if !tail.hasRel && tail.unit == "Y" && tail.units == 1 && !tail.unitPlural {
		tail.hasRel, tail.rel = true, "0" // "the first six months of the year"
	}
	a, b, rel, ok := container(c, tail)
	if !ok {
		return result{}, false
	}
	unit := head.unit
	var from, to time.Time
	switch unit {
	case "W":
		firstWeek, lastWeek := mondayOf(firstThursday(a)), mondayOf(lastThursday(b))
		if first {
			from, to = firstWeek, firstWeek.AddDate(0, 0, 7*n-1)
		} else {
			from, to = lastWeek.AddDate(0, 0, -7*(n-1)), lastWeek.AddDate(0, 0, 6)
		}
	case "D", "M", "Q", "Y":
		if first {
			from = a
			e, _ := addUnits(a, unit, n)
			to = e.AddDate(0, 0, -1)
		} else {
			to = b.AddDate(0, 0, -1)
			from, _ = addUnits(b, unit, -n)
		}
	default:
		return result{}, false
	}
	if from.Before(a.AddDate(0, 0, -6)) || to.After(b.AddDate(0, 0, 6)) {
		return result{}, false // "the first 14 months of 2021"
	}
	r := result{relative: rel, from: ymdString(from), to: ymdString(to), mod: "START"}
	if last {
		r.mod = "END"
	}
	if b.Sub(a) > 40*24*time.Hour {
		r.value = strconv.Itoa(a.Year())
	} else {
		r.value = monthString(a.Year(), int(a.Month()))
	}
	return r, true
}
