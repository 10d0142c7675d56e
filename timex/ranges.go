package timex

import (
	"fmt"
	"strconv"
	"time"

	"github.com/dragoman/dragoman/calendar"
)

func normRef(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	return result{value: p.ref}, p.ref != ""
}

// normRange handles "between 2003 and 2011".
func normRange(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{}
	if len(p.years) == 2 && p.month == 0 {
		a, b := p.years[0], p.years[1]
		if b <= a {
			return r, false
		}
		r.value = fmt.Sprintf("P%dY", b-a)
		r.from, r.to = strconv.Itoa(a), strconv.Itoa(b)
		return r, true
	}
	return r, false
}

// normQuarter handles "the second quarter of 2011", "the fourth quarter",
// "third-quarter", "the last quarter", "Q3 2019", and halves: "the first
// half of 2016", "H2 2016" (TIMEX3 2016-H2).
func normQuarter(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{}
	q := p.ordinal
	if q == 0 && p.day > 0 && p.day <= 4 {
		for _, t := range toks {
			if t.class == 'D' && !isNumber(t.text) || t.class == 'D' && len(t.text) > 2 {
				q = p.day // "1st quarter"
			}
		}
	}
	switch {
	case p.quarter > 0:
		q = p.quarter
		p.hasHalf = p.half
	case p.hasHalf && p.units == 1 || p.hasHalf && p.hasYearUnit && p.units == 2:
	case !p.hasQ:
		return r, false
	}
	if p.hasHalf {
		return normHalf(c, p, q)
	}
	if q == -1 {
		q = 4
	}
	if q == 0 {
		// "the last quarter", "this quarter": relative to the reference.
		if !p.hasRel || !c.hasRef {
			return r, p.hasRel
		}
		n := 0
		if p.rel != "P0" {
			n, _ = strconv.Atoi(p.rel)
		}
		v, ok := shiftValue(c.ref, "Q", n)
		r.value, r.relative = v, true
		return r, ok
	}
	if q < 1 || q > 4 {
		return r, false
	}
	y := p.year
	if y == 0 && p.hasRel && p.hasYearUnit { // "of last year", "of this year"
		if !c.hasRef {
			return r, true
		}
		n := 0
		if p.hasRel && p.rel != "P0" {
			n, _ = strconv.Atoi(p.rel)
		}
		y = c.ref.Year() + n
		r.relative = true
	}
	if y == 0 {
		if !c.hasRef {
			r.value = fmt.Sprintf("XXXX-Q%d", q)
			return r, true
		}
		y = c.ref.Year()
		cur := (int(c.ref.Month())-1)/3 + 1
		if c.tense != future && q > cur {
			y--
		}
		r.relative = true
	}
	r.value = fmt.Sprintf("%04d-Q%d", y, q)
	return r, true
}

// normWeekInWeek handles "Friday next week", "this week Friday", "Sunday of
// next week": a weekday of a week relative to the reference.
func normWeekInWeek(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	if p.weekday == 0 || p.unit != "W" || !p.hasRel {
		return r, false
	}
	if !c.hasRef {
		return r, true
	}
	n := 0
	if p.rel != "P0" {
		n, _ = strconv.Atoi(p.rel)
	}
	cur := weekdayOf(c.ref)
	monday := c.ref.AddDate(0, 0, 1-cur+7*n)
	r.value = ymdString(monday.AddDate(0, 0, p.weekday-1))
	return r, true
}

// normDayRange handles "from 3 to 17 March 1997", "November 19-20",
// "between 6 and 19 this month".
func normDayRange(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	p.days = p.days[:0]
	for _, t := range toks { // "April ninth through seventeenth"
		if n, _ := strconv.Atoi(t.value); (t.class == 'D' || t.class == 'O') && n >= 1 {
			p.days = append(p.days, n)
		}
	}
	if len(p.days) != 2 || p.days[0] >= p.days[1] {
		return r, false
	}
	// "on 3 and 17 June" names two days, not the days between them
	// (combine gives the first its own expression); "between 3 and 17
	// June" is a range
	between, and := false, false
	for _, t := range toks {
		between = between || t.class == 'B'
		and = and || t.class == 'J' && isCoord(t.lower)
	}
	if and && !between {
		return r, false
	}
	y, m := p.year, p.month
	switch {
	case m > 0 && y == 0:
		if !c.hasRef {
			r.from = fmt.Sprintf("XXXX-%02d-%02d", m, p.days[0])
			r.to = fmt.Sprintf("XXXX-%02d-%02d", m, p.days[1])
			r.value = r.from
			return r, true
		}
		y = inferYear(c, m, p.days[0])
	case m == 0 && p.hasRel && p.unit == "M":
		if !c.hasRef {
			return r, false
		}
		n := 0
		if p.rel != "P0" {
			n, _ = strconv.Atoi(p.rel)
		}
		t := time.Date(c.ref.Year(), c.ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		y, m = t.Year(), int(t.Month())
	case m == 0:
		return r, false
	}
	if !calendar.ValidDate(y, m, p.days[0]) || !calendar.ValidDate(y, m, p.days[1]) {
		return r, false
	}
	r.from = fmt.Sprintf("%04d-%02d-%02d", y, m, p.days[0])
	r.to = fmt.Sprintf("%04d-%02d-%02d", y, m, p.days[1])
	r.value = r.from
	r.typ = "DATE"
	return r, true
}

// normMonthRange handles ranges whose two ends name their months: "from
// March to May", "Oct. 12-Nov. 9, 2013", "January-February 2017". A
// year at the end belongs to both ends; a start month after the end month
// is in the year before ("November-February 2017"). Without a year the
// start is placed by tense and the end follows it. "March and May" alone
// names two months, not a range: "and" needs "between" before it.
func normMonthRange(c *ctx, toks []token) (result, bool) {
	r := result{relative: true}
	split, between := -1, false
	for i, t := range toks {
		switch t.class {
		case 'B':
			between = true
		case 'J', '-':
			if split < 0 {
				split = i
			}
		}
	}
	if split < 0 || (isCoord(toks[split].lower) && !between) {
		return r, false
	}
	a, b := collect(toks[:split]), collect(toks[split+1:])
	if a.month == 0 || b.month == 0 || a.year != 0 {
		return r, false
	}
	y2 := b.year
	y1 := y2
	if y2 == 0 {
		if !c.hasRef {
			return r, false
		}
		y1 = inferYear(c, a.month, a.day)
		// a range that holds the reference month is this year's
		// ("between August and October" read in September)
		y0, cur := c.ref.Year(), int(c.ref.Month())
		if a.month <= cur && (cur <= b.month || b.month < a.month) {
			y1 = y0
		}
		y2 = y1
	} else {
		r.relative = false
	}
	if b.month < a.month || (b.month == a.month && b.day <= a.day) {
		if b.year != 0 {
			y1--
		} else {
			y2++
		}
	}
	// "from this June to Sep 2022": the start is this year's
	if c.hasRef && b.year != 0 && thisYear.Has(c.prev) && c.ref.Year() <= y2 {
		y1 = c.ref.Year()
	}
	// in past tense a range without a year has ended: "sales were weak
	// from November to March", read in December, is the winter before
	if b.year == 0 && c.hasRef && c.tense == past && time.Date(y2, time.Month(b.month), 1, 0, 0, 0, 0, time.UTC).After(c.ref) {
		y1--
		y2--
	}
	end := func(y int, p parts) (string, bool) {
		if p.day == 0 {
			return monthString(y, p.month), true
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, p.month, p.day), calendar.ValidDate(y, p.month, p.day)
	}
	var ok1, ok2 bool
	r.from, ok1 = end(y1, a)
	r.to, ok2 = end(y2, b)
	r.value = r.from
	return r, ok1 && ok2
}

// mondayOf gives the Monday of the week (Monday to Sunday) that holds t.
func mondayOf(t time.Time) time.Time {
	return t.AddDate(0, 0, 1-weekdayOf(t))
}

func weekValue(monday time.Time) string {
	y, w := monday.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// container resolves the period a week is counted in: "of July", "of
// 2015", "of next month", "of this year", "of Jan 2015". It returns the
// period's first day and the day after it.
func container(c *ctx, p parts) (a, b time.Time, relative, ok bool) {
	rel := 0
	if p.hasRel && p.rel != "P0" {
		rel, _ = strconv.Atoi(p.rel)
	}
	switch {
	case p.month > 0:
		y := p.year
		if y == 0 {
			if !c.hasRef {
				return a, b, false, false
			}
			y, relative = inferYear(c, p.month, 0), true
		}
		a = time.Date(y, time.Month(p.month), 1, 0, 0, 0, 0, time.UTC)
		return a, a.AddDate(0, 1, 0), relative, true
	case p.year > 0:
		a = time.Date(p.year, 1, 1, 0, 0, 0, 0, time.UTC)
		return a, a.AddDate(1, 0, 0), false, true
	case p.hasRel && c.hasRef && p.unit == "M":
		a = time.Date(c.ref.Year(), c.ref.Month()+time.Month(rel), 1, 0, 0, 0, 0, time.UTC)
		return a, a.AddDate(0, 1, 0), true, true
	case p.hasRel && c.hasRef && p.unit == "Y":
		a = time.Date(c.ref.Year()+rel, 1, 1, 0, 0, 0, 0, time.UTC)
		return a, a.AddDate(1, 0, 0), true, true
	}
	return a, b, false, false
}

// normWeekOf handles the n-th week of a month or year: "the third week of
// this month", "the first week of 2015", "the last week of August". Weeks
// run Monday to Sunday and belong to the month or year their Thursday
// falls in (so the first week of 2015 begins on 29 December 2014, as ISO
// 8601 has it). The value is the ISO week.
func normWeekOf(c *ctx, toks []token) (result, bool) {
	r := result{}
	f := classAt(toks, 'F')
	if f < 0 {
		f = classAt(toks, 'U') // "the second week next year": the period follows the unit
	}
	if f < 0 {
		return r, false
	}
	head, tail := collect(toks[:f]), collect(toks[f+1:])
	if toks[f].class == 'U' {
		head = collect(toks[:f+1])
	}
	if head.unit != "W" || head.units != 1 {
		return r, false
	}
	n := head.ordinal
	switch {
	case head.day > 0:
		n = head.day // "3rd week"
	case n == 0 && head.hasRel && head.rel == "-1":
		n = -1 // "the last week of"
	}
	if n == 0 || n > 5 {
		return r, false
	}
	a, b, rel, ok := container(c, tail)
	if !ok {
		return r, false
	}
	// Thursdays of the period
	thu := firstThursday(a).AddDate(0, 0, 7*(n-1))
	if n < 0 {
		thu = lastThursday(b)
	}
	if !thu.Before(b) {
		return r, false // "the fifth week" of a month that has four
	}
	r.value, r.relative = weekValue(mondayOf(thu)), rel
	return r, true
}

// normWeekContaining handles "the week of March 9th", "the week
// commencing February 4", "w/c Feb 4": the week (Monday to Sunday) that
// holds the date.
func normWeekContaining(c *ctx, toks []token) (result, bool) {
	k := 0
	for k < len(toks) && toks[k].class != 'M' && toks[k].class != 'D' && toks[k].class != 'O' && toks[k].class != 'I' && toks[k].class != 'L' {
		k++
	}
	head := collect(toks[:k])
	if head.unit != "W" || head.unitPlural || k == len(toks) {
		return result{}, false
	}
	for _, t := range toks[:k] {
		switch t.class {
		case 'T', 'U', 'F':
		default:
			if !starting.Has(t.lower) && !dateOn.Has(t.lower) {
				return result{}, false // "the week after March 4"
			}
		}
	}
	var r result
	var ok bool
	if rest := toks[k:]; len(rest) == 1 && rest[0].class == 'D' && k > 0 && toks[k-1].class == 'T' {
		// "the week of the 12th": the 18th nearest the reference
		cc := *c
		cc.next = ""
		r, ok = normDayOfMonth(&cc, toks[k-1:])
	} else {
		r, ok = normCalendar(c, toks[k:])
	}
	if !ok || len(r.value) != 10 {
		return result{}, false
	}
	t, err := time.Parse("2006-01-02", r.value)
	if err != nil {
		return result{}, false
	}
	r.value = weekValue(mondayOf(t))
	return r, true
}

// bareUnit accepts "the day", "the week", "the month", "the year" alone as
// the reference's own period ("shares fell 3% on the day"), when nothing
// follows that would make it some other day ("the day he died", "the
// week before") and it is not a title ("Person of the Year").
func bareUnit(c *ctx, toks []token, p parts) bool {
	if len(toks) != 2 || toks[0].class != 'T' || p.unitPlural || partOf.Has(c.prev) {
		return false
	}
	switch p.unit {
	case "D", "W", "M", "Y":
	default:
		return false
	}
	return phraseEnds(c.next)
}

// normWeekdaysCounted handles "two Sundays from now", "three Mondays
// ago": the n-th such weekday after (or before) the reference day.
func normWeekdaysCounted(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	n := int(p.num)
	if !p.hasNum || float64(n) != p.num || n < 1 || n > 52 || p.weekday == 0 || p.shift == 0 {
		return r, false
	}
	if !c.hasRef {
		return r, true
	}
	if narrative.Attr(toks[len(toks)-1].lower, "form") == "end" && c.tense == past {
		return r, true // "two Mondays later, the army withdrew": later than the event told, not today
	}
	d := c.ref
	for n > 0 {
		d = d.AddDate(0, 0, p.shift)
		if weekdayOf(d) == p.weekday {
			n--
		}
	}
	r.value = ymdString(d)
	return r, true
}

// normHalf resolves half q (1, 2, or -1 for "the last half") of a year.
func normHalf(c *ctx, p parts, q int) (result, bool) {
	r := result{}
	if q == -1 {
		q = 2
	}
	if q != 1 && q != 2 {
		return r, false
	}
	y := p.year
	if y == 0 && p.hasRel && p.hasYearUnit {
		if !c.hasRef {
			return r, true
		}
		n := 0
		if p.rel != "P0" {
			n, _ = strconv.Atoi(p.rel)
		}
		y, r.relative = c.ref.Year()+n, true
	}
	if y == 0 {
		if !c.hasRef {
			r.value = fmt.Sprintf("XXXX-H%d", q)
			return r, true
		}
		y, r.relative = c.ref.Year(), true
		if c.tense != future && q == 2 && c.ref.Month() <= 6 {
			y--
		}
	}
	r.value = fmt.Sprintf("%04d-H%d", y, q)
	return r, true
}

// normWeekNumber handles a numbered week of a year: "week 3 of 2027",
// "week 31 of last year" (ISO 8601 weeks).
func normWeekNumber(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{}
	n := int(p.num)
	var units []string
	for _, t := range toks {
		if t.class == 'U' {
			units = append(units, t.value+t.lower)
		}
	}
	if len(units) == 0 || units[0] != "Wweek" || len(units) > 2 || n < 1 || n > 53 {
		return r, false
	}
	y := p.year
	if y == 0 && len(units) == 1 {
		// "week 10", "in the week 31": an ISO week of the reference year,
		// when nothing follows that would make it another count ("week 10
		// of the season")
		if !c.hasRef || toks[len(toks)-1].class != 'N' && toks[len(toks)-1].class != 'D' ||
			!phraseEnds(c.next) && !weekTo.Has(c.next) && !(c.next != "" && c.next[0] >= '0' && c.next[0] <= '9') {
			return r, false
		}
		y, r.relative = c.ref.Year(), true
	} else if y == 0 {
		if !p.hasRel || !c.hasRef || !p.hasYearUnit {
			return r, false
		}
		k := 0
		if p.rel != "P0" {
			k, _ = strconv.Atoi(p.rel)
		}
		y, r.relative = c.ref.Year()+k, true
	}
	v := fmt.Sprintf("%04d-W%02d", y, n)
	a, _, ok := Interval(v)
	if t, _ := time.Parse("2006-01-02", a); !ok || t.AddDate(0, 0, 3).Year() != y {
		return r, false // week 53 of a year that has 52
	}
	r.value = v
	return r, true
}

// classAt gives the index of the first token of a class, or -1.
func classAt(toks []token, class byte) int {
	for i, t := range toks {
		if t.class == class {
			return i
		}
	}
	return -1
}
