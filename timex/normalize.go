package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dragoman/dragoman/calendar"
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
	story      bool   // ref is the story's time, not the publication date
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
		"halves":                normHalves,
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
	if thisYear.Has(c.prev) && !(month == 2 && day == 29) {
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
