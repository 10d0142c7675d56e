package timex

import (
	"fmt"
	"github.com/dragoman/dragoman/calendar"
	"strconv"
	"strings"
	"time"
)

// Tense directions.
const (
	past    = -1
	unknown = 0
	future  = 1
)

// ctx is what a normaliser knows besides the matched tokens.
type ctx struct {
	ref        time.Time
	hasRef     bool
	tense      int
	prev, next string // the lower-cased words around the match, "" at the edges
}

// result is a normalised expression.
type result struct {
	typ      string // overrides the pattern's type when set
	value    string // "" when the value cannot be known
	mod      string
	from, to string
	relative bool // the value depends on the reference date
}

type normaliser func(c *ctx, toks []token) (result, bool)

var normalisers map[string]normaliser

func init() {
	normalisers = map[string]normaliser{
		"calendar":              normCalendar,
		"relative":              normRelative,
		"ago":                   normAgo,
		"deictic":               normDeictic,
		"daypart":               normDaypart,
		"clock":                 normClock,
		"duration":              normDuration,
		"set":                   normSet,
		"decade":                normDecade,
		"season":                normSeason,
		"holiday":               normHoliday,
		"ref":                   normRef,
		"range":                 normRange,
		"quarter":               normQuarter,
		"week-day":              normWeekInWeek,
		"nth-day":               normNthWeekday,
		"day-range":             normDayRange,
		"month-range":           normMonthRange,
		"century":               normCentury,
		"weekday-day":           normWeekdayDay,
		"week-of":               normWeekOf,
		"week-holding":          normWeekContaining,
		"rest-of":               normRestOf,
		"day-of-month":          normDayOfMonth,
		"numeric-month":         normNumericMonth,
		"holiday-weekend":       normHolidayWeekend,
		"compound-ago":          normCompoundAgo,
		"day-of-relative-month": normDayOfRelativeMonth,
		"nth-month":             normNthMonth,
		"part-of-period":        normPartOfPeriod,
		"week-number":           normWeekNumber,
		"to-date":               normToDate,
		"weekdays-counted":      normWeekdaysCounted,
	}
}

// parts collects the meaning of matched tokens by class.
type parts struct {
	month, day, year, weekday int
	rel                       string
	hasRel                    bool
	part                      string
	unit                      string
	units                     int // how many unit tokens
	num                       float64
	hasNum, vague             bool
	vagueN                    int // the count a vague word stands for when a point must be placed, or 0
	ordinal                   int
	shift                     int
	deictic                   string
	ref                       string
	daypart                   string
	set                       string
	season                    string
	holiday                   string
	tz                        string
	clock                     string
	iso, numeric, decade      string
	every                     bool
	years                     []int
	unitPlural                bool
	hasQ, hasYearUnit         bool
	half, hasHalf             bool // H1, H2; "the first half of"
	quarter                   int
	days                      []int
	lastNum                   float64
}

func collect(toks []token) parts {
	var p parts
	for _, t := range toks {
		v := t.value
		n, _ := strconv.Atoi(v)
		switch t.class {
		case 'M':
			p.month = n
		case 'D':
			if p.day == 0 {
				p.day = n
			}
			p.days = append(p.days, n)
			if !p.hasNum {
				p.num, p.hasNum = float64(n), true
			}
			p.lastNum = float64(n)
		case 'Y':
			p.year = n
			p.years = append(p.years, n)
		case 'W':
			p.weekday = n
		case 'R':
			p.rel, p.hasRel = v, true
		case 'P':
			p.part = v
		case 'U':
			p.unit = v
			p.units++
			p.hasQ = p.hasQ || v == "Q"
			p.hasHalf = p.hasHalf || v == "HY"
			p.hasYearUnit = p.hasYearUnit || v == "Y"
			p.unitPlural = strings.HasSuffix(t.lower, "s")
		case 'N':
			f, _ := strconv.ParseFloat(v, 64)
			if !p.hasNum {
				p.num, p.hasNum = f, true
			}
			p.lastNum = f
		case 'k': // Q3, H1
			p.quarter = int(v[1] - '0')
			p.half = v[0] == 'H'
		case 'V':
			p.vague = true
			if len(v) == 2 {
				p.vagueN = int(v[1] - '0') // "a few": about 3
			}
		case 'O':
			p.ordinal = n
		case 'A':
			p.shift = n
		case 'X':
			p.deictic = v
		case 'K':
			p.ref = v
		case 'G':
			p.daypart = v
		case 'E':
			p.set = v
		case 'S':
			p.season = v
		case 'H':
			p.holiday = v
		case 'Z':
			p.tz = v
		case 'C':
			p.clock = v
		case 'I':
			p.iso = v
		case 'L':
			p.numeric = v
		case 'y':
			p.decade = v
		case 'Q':
			p.every = true
		}
	}
	return p
}

func ymdString(t time.Time) string { return t.Format("2006-01-02") }

func monthString(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

// inferYear picks the year of a month (and day) given without one: the
// latest not after the reference for past tense, the earliest not before
// it for future tense, else the nearest (past on a tie).
func inferYear(c *ctx, month, day int) int {
	y0 := c.ref.Year()
	if c.prev == "this" && !(month == 2 && day == 29) {
		return y0 // "this September", "this May 12": this year's, whatever the tense
	}
	if month == 2 && day == 29 {
		return leapYearNear(c, y0)
	}
	if day == 0 {
		day = 1
		if c.tense == past && month == int(c.ref.Month()) {
			return y0
		}
	}
	cand := func(y int) time.Time { return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC) }
	ref := time.Date(y0, c.ref.Month(), c.ref.Day(), 0, 0, 0, 0, time.UTC)
	switch c.tense {
	case past:
		if !cand(y0).After(ref) {
			return y0
		}
		return y0 - 1
	case future:
		if !cand(y0).Before(ref) {
			return y0
		}
		if month == int(c.ref.Month()) && day == 1 {
			return y0
		}
		return y0 + 1
	}
	best, bestD := y0, time.Duration(1<<62)
	for _, y := range []int{y0 - 1, y0, y0 + 1} {
		d := cand(y).Sub(ref)
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = y, d
		}
	}
	return best
}

// leapYearNear places February 29 without a year: the latest leap year
// not after the reference date in past tense, the earliest not before it
// in future tense, else the nearer of the two (the past one on a tie).
func leapYearNear(c *ctx, y0 int) int {
	ref := time.Date(y0, c.ref.Month(), c.ref.Day(), 0, 0, 0, 0, time.UTC)
	feb29 := func(y int) time.Time { return time.Date(y, 2, 29, 0, 0, 0, 0, time.UTC) }
	back, fwd := y0, y0
	for !calendar.ValidDate(back, 2, 29) || feb29(back).After(ref) {
		back--
	}
	for !calendar.ValidDate(fwd, 2, 29) || feb29(fwd).Before(ref) {
		fwd++
	}
	switch {
	case c.tense == past:
		return back
	case c.tense == future:
		return fwd
	case feb29(fwd).Sub(ref) < ref.Sub(feb29(back)):
		return fwd
	}
	return back
}

// normCalendar handles dates built from months, days, years and weekdays.
func normCalendar(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{mod: modOf(p.part)}
	for _, t := range toks {
		if t.class == 'U' && t.value != "D" && p.month > 0 && p.day+p.ordinal > 0 {
			return r, false // "the first week of Oct" is a week, "the 23rd day of" a day
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
			case t.class == 'R' && t.lower == "past":
				cc := *c
				cc.tense = past
				r.value, r.relative = ymdString(resolveWeekday(&cc, p.weekday, "", false).AddDate(0, 0, sameDayBack(c, p.weekday))), true
				return r, true
			case t.class == 'R' && (t.lower == "coming" || t.lower == "upcoming"):
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
	if len(toks) == 1 && (p.unit != "WE" || c.prev != "on" && c.prev != "at" && c.prev != "over") {
		return r, false // "on weekend", but not "weekend trips"
	}
	n := 0
	if p.hasRel && p.rel != "P0" {
		n, _ = strconv.Atoi(p.rel)
	}
	// "the week after next", "the month after the next"
	for _, t := range toks {
		if t.class != 'o' {
			continue
		}
		if t.lower != "after" || n != 1 {
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
	if last := toks[len(toks)-1].lower; ((last == "before" || last == "after") && !phraseEnds(c.next) || last == "later" || last == "earlier") && !p.vague {
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

// durationValue renders n units as a TIMEX3 duration; x for vague.
func durationValue(n float64, vague bool, unit string) (string, bool) {
	num := strconv.FormatFloat(n, 'f', -1, 64)
	if vague {
		num = "X"
	}
	mul := func(k float64) string {
		if vague {
			return "X"
		}
		return strconv.FormatFloat(n*k, 'f', -1, 64)
	}
	switch unit {
	case "Y", "M", "W", "D":
		return "P" + num + unit, true
	case "H":
		return "PT" + num + "H", true
	case "MIN":
		return "PT" + num + "M", true
	case "S":
		return "PT" + num + "S", true
	case "Q":
		return "P" + mul(3) + "M", true
	case "DE":
		return "P" + mul(10) + "Y", true
	case "CE":
		return "P" + mul(100) + "Y", true
	case "FN":
		return "P" + mul(2) + "W", true
	case "BD":
		return "P" + num + "D", true // business days: TIMEX3 has no unit of its own
	case "HY":
		return "P" + mul(6) + "M", true
	}
	return "", false
}

// normDuration handles "three months", "12-year", "several years", "the
// past nine days", "recent years".
func normDuration(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{}
	if p.units != 1 || p.unit == "WE" || p.unit == "HY" { // "a half" is no duration
		return r, false
	}
	if len(toks) > 1 && (toks[0].class == 'N' || toks[0].class == 'D' || toks[0].class == 'T') && toks[len(toks)-2].class == 'R' && !p.unitPlural {
		return r, false // "3 next week" is no stretch; "5 upcoming years" is
	}
	if toks[0].lower == "last" && (modalBefore[c.prev] || c.prev == "to") {
		return r, false // "would last several weeks": the verb
	}
	n := 1.0
	vague := p.vague
	switch {
	case p.hasNum:
		n = p.lastNum
	case p.ref != "" && p.unitPlural:
		vague = true
	case p.ref != "" || p.hasRel:
		n = 1
	}
	v, ok := durationValue(n, vague, p.unit)
	r.value = v
	// "the past three weeks", "the next two years", "within five days":
	// a stretch anchored at the reference date.
	if vague && p.vagueN > 0 && !p.hasNum {
		n = float64(p.vagueN) // "the past few days": about three
	}
	if ok && (!vague || p.vagueN > 0 && !p.hasNum) && c.hasRef && n == float64(int(n)) {
		dir := 0
		switch {
		case p.hasRel && p.rel == "-1", p.ref == "PAST_REF": // "the past"
			dir = -1
		case p.hasRel && p.rel == "1":
			dir = 1
		case toks[0].lower == "within" && c.tense != past:
			dir = 1
		case toks[0].class == 'f':
			return r, false // "for three months" is the duration alone
		}
		if dir != 0 {
			if a, b, ok := anchor(c.ref, p.unit, int(n), dir, toks[0].lower == "within"); ok {
				r.from, r.to = a, b
			}
		}
	}
	return r, ok
}

func normSet(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{}
	switch {
	case p.set != "":
		r.value = p.set
	case p.every && p.weekday > 0:
		r.value = fmt.Sprintf("XXXX-WXX-%d", p.weekday)
	case p.every && p.units == 1:
		v, ok := durationValue(1, false, p.unit)
		r.value = v
		return r, ok
	default:
		return r, false
	}
	return r, true
}

func normDecade(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	return result{value: p.decade}, p.decade != ""
}

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
		if h == "ramadan" { // a month, not a day
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

// normQuarter handles "the first quarter of 2009", "the fourth quarter",
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

// normNthWeekday handles "the first Friday of next month", "the third
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
	case p.ordinal == -1 || c.next == "of" || c.next == "in":
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

// normDayRange handles "from 4 to 22 January 1995", "November 19-20",
// "between 4 and 22 this month".
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
		and = and || t.class == 'J' && t.lower == "and"
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
// March to May", "Nov. 18-Dec. 19, 2015", "January-February 2017". A
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
	if split < 0 || (toks[split].lower == "and" && !between) {
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
	// "from this May to Oct 2020": the start is this year's
	if c.hasRef && b.year != 0 && c.prev == "this" && c.ref.Year() <= y2 {
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
		// "Tuesday the eleventh", but not "on Tuesday the first generation"
		if !phraseEnds(c.next) && c.next != "at" && c.next != "in" {
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
// this month", "the first week of 2015", "the last week of July". Weeks
// run Monday to Sunday and belong to the month or year their Thursday
// falls in (so the first week of 2015 begins on 29 December 2014, as ISO
// 8601 has it). The value is the ISO week.
func normWeekOf(c *ctx, toks []token) (result, bool) {
	r := result{}
	f := classAt(toks, 'F')
	if f < 0 {
		f = classAt(toks, 'U') // "the third week next year": the period follows the unit
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

// normWeekContaining handles "the week of April 10th", "the week
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
			switch t.lower {
			case "commencing", "starting", "beginning", "on":
			default:
				return result{}, false // "the week after March 4"
			}
		}
	}
	var r result
	var ok bool
	if rest := toks[k:]; len(rest) == 1 && rest[0].class == 'D' && k > 0 && toks[k-1].class == 'T' {
		// "the week of the 18th": the 18th nearest the reference
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
	if len(toks) != 2 || toks[0].class != 'T' || p.unitPlural || c.prev == "of" {
		return false
	}
	switch p.unit {
	case "D", "W", "M", "Y":
	default:
		return false
	}
	return phraseEnds(c.next)
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
		if t.class == 'o' && t.lower != "in" && t.lower != "of" && t.lower != "my" {
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
	if last := toks[len(toks)-1].lower; (last == "later" || last == "earlier") && c.tense == past {
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

// normToDate handles "the year to date", "month to date": from the start
// of the unit holding the reference to the reference.
func normToDate(c *ctx, toks []token) (result, bool) {
	p := collect(toks)
	r := result{relative: true}
	last := toks[len(toks)-1]
	if p.units != 1 || p.unitPlural || p.ref != "PRESENT_REF" || last.lower != "to" { // the phrase "to date"
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
	if toks[0].class != 'T' && c.prev != "on" {
		return r, false // "on 29th", but "his 29th"
	}
	switch {
	case phraseEnds(c.next), c.next == ")", c.next == "-" && toks[0].class != 'T':
	case c.next == "at", c.next == "in", c.next == "when", c.next == "as", c.next == "to", c.next == "until", c.next == "through":
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

// normWeekNumber handles a numbered week of a year: "week 3 of 2027",
// "week 27 of last year" (ISO 8601 weeks).
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
			!phraseEnds(c.next) && c.next != "to" && c.next != "through" && c.next != "until" && !(c.next != "" && c.next[0] >= '0' && c.next[0] <= '9') {
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

// sameDayBack and sameDayAhead move "this past Monday" and "this coming
// Monday" off the reference day itself when it is that weekday.
// modalBefore words make the next one a verb ("would last").
var modalBefore = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "must": true, "did": true, "does": true, "not": true}

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

// classAt gives the index of the first token of a class, or -1.
func classAt(toks []token, class byte) int {
	for i, t := range toks {
		if t.class == class {
			return i
		}
	}
	return -1
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

// normCompoundAgo handles "1 month and 21 days ago", "2 years 21 days
// later": the units summed from the reference day.
func normCompoundAgo(c *ctx, toks []token) (result, bool) {
	r := result{relative: true}
	switch c.prev {
	case "last", "past", "next", "previous", "the", "for", "over", "within":
		return r, false // "for the last 3 months and 2 days ago": two expressions
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

// normDayOfRelativeMonth handles "the 20th of next month", "the 15th day
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
	case "", ".", ",", ";", ":", "!", "?", "and", "or", "but":
		return true
	}
	return false
}

// normNthMonth handles "the third month of 2021", "the 9th month of next
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
// weeks of this year", "the first ten days of last year": the period's
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
