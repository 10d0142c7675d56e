package timex

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dragoman/dragoman/calendar"

	"github.com/dragoman/dragoman/doc"
)

// combine joins neighbouring expressions that make one: a range ("between
// now and November 15", "from 2019-08-01 to today", "between 2015 June and
// 2018 May") and a date counted from another ("three weeks from
// tomorrow", "two days after Christmas", "two days before yesterday",
// "for 3 days from today").
func combine(text string, toks []token, es []Expression, ref time.Time, hasRef bool) []Expression {
	es = coordinatedDays(text, toks, es)
	if len(es) < 2 {
		return es
	}
	// Each pass joins neighbours the pass before has made: a week and its
	// weekday, a range or a counted day first; then the weekday of the
	// counted day's week ("Monday two weeks from now", "in 3 days on
	// Friday"); then the days of a week ("next week between Wednesday and
	// Friday").
	es = joinPairs(es, func(a, b Expression) (Expression, bool) {
		if e, ok := dayOfWeek(text, toks, a, b); ok {
			return e, true
		}
		if e, ok := joinDurations(text, toks, a, b, ref); ok {
			return e, true
		}
		if e, ok := joinRange(text, toks, a, b, ref, hasRef); ok {
			return e, true
		}
		if e, ok := sameShifted(text, toks, a, b); ok {
			return e, true
		}
		return joinOffset(text, toks, a, b)
	})
	es = joinPairs(es, func(a, b Expression) (Expression, bool) { return weekdayOfCounted(text, toks, a, b) })
	return joinPairs(es, func(a, b Expression) (Expression, bool) { return daysOfWeek(text, a, b) })
}

// coordinatedDays gives a day of the month coordinated with a full date
// its own expression: "18 and 19 June", "on 3, 10 and 17 May".
func coordinatedDays(text string, toks []token, es []Expression) []Expression {
	if !slices.ContainsFunc(es, func(e Expression) bool { return e.Rule == "day-month" || e.Rule == "day-month-year" }) {
		return es
	}
	var out []Expression
	prevEnd := 0
	for _, e := range es {
		d, err := time.Parse("2006-01-02", e.Value)
		if err != nil || e.From != "" || e.Rule != "day-month" && e.Rule != "day-month-year" {
			out = append(out, e)
			prevEnd = e.tb
			continue
		}
		var days []Expression
		for k := e.ta - 1; k-1 >= prevEnd; k -= 2 {
			if sep := toks[k].lower; !dateJoiners.Has(sep) && sep != "," {
				break
			}
			t := toks[k-1]
			n, _ := strconv.Atoi(t.value)
			if t.class != 'D' || n < 1 || !calendar.ValidDate(d.Year(), int(d.Month()), n) {
				break
			}
			x := e
			x.Span, x.ta, x.tb = doc.Span{Start: t.start, End: t.end}, k-1, k
			x.Text = text[t.start:t.end]
			x.Value, x.Rule = fmt.Sprintf("%04d-%02d-%02d", d.Year(), d.Month(), n), "coordinated-day"
			days = append([]Expression{x}, days...)
		}
		out = append(out, days...)
		out = append(out, e)
		prevEnd = e.tb
	}
	return out
}

// reDuration reads a TIMEX3 duration with whole counts: P2Y6M, P3W, PT30M.
var reDuration = regexp.MustCompile(`^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$`)

// durationUnits are the units of a compound length of time, largest
// first, as addUnits names them.
var durationUnits = []string{"Y", "M", "W", "D", "H", "MIN", "S"}

// durationSum is a compound length of time: a count for each unit.
type durationSum [7]int

// parseDuration reads a TIMEX3 duration into a sum.
func parseDuration(v string) (durationSum, bool) {
	var s durationSum
	m := reDuration.FindStringSubmatch(v)
	if m == nil || v == "P" || v == "PT" {
		return s, false
	}
	for k, x := range m[1:] {
		if x != "" {
			n, err := strconv.Atoi(x)
			if err != nil {
				return s, false
			}
			s[k] = n
		}
	}
	return s, true
}

// wholeUnits reads a duration of one date unit: P2W is 2 weeks (W), P3M
// 3 months; anything else (P2Y6M, PT3H, PXD) is not.
func wholeUnits(v string) (n int, unit string, ok bool) {
	m := reDuration.FindStringSubmatch(v)
	if m == nil {
		return 0, "", false
	}
	for k, x := range m[1:] {
		if x == "" {
			continue
		}
		if unit != "" || k > 3 {
			return 0, "", false
		}
		var err error
		if n, err = strconv.Atoi(x); err != nil {
			return 0, "", false
		}
		unit = durationUnits[k]
	}
	return n, unit, unit != ""
}

// only gives the rank of the sum's one unit, or -1 when it has several.
func (s durationSum) only() int {
	rank := -1
	for k, n := range s {
		if n != 0 {
			if rank >= 0 {
				return -1
			}
			rank = k
		}
	}
	return rank
}

// String renders the sum as a TIMEX3 duration (P2Y6M, P3M2W2D, PT2H30M).
func (s durationSum) String() string {
	var b strings.Builder
	b.WriteByte('P')
	for k, u := range []string{"Y", "M", "W", "D"} {
		if s[k] > 0 {
			b.WriteString(strconv.Itoa(s[k]) + u)
		}
	}
	if s[4]+s[5]+s[6] > 0 {
		b.WriteByte('T')
		for k, u := range []string{"H", "M", "S"} {
			if s[4+k] > 0 {
				b.WriteString(strconv.Itoa(s[4+k]) + u)
			}
		}
	}
	return b.String()
}

// joinDurations joins a length of time and a smaller unit after it, with
// nothing, a comma or "and" between: "two years and six months" is
// P2Y6M, and "within 5 years 1 month 12 days" or "the last 3 months and 2
// weeks" the stretch of that whole length.
func joinDurations(text string, toks []token, a, b Expression, ref time.Time) (Expression, bool) {
	if a.Type != "DURATION" || b.Type != "DURATION" || b.Rule != "duration" || b.From != "" || b.ta-a.tb > 1 ||
		b.ta == a.tb+1 && !dateJoiners.Has(toks[a.tb].lower) && toks[a.tb].lower != "," {
		return a, false
	}
	sum, ok1 := parseDuration(a.Value)
	last, ok2 := parseDuration(b.Value)
	rank := last.only()
	if !ok1 || !ok2 || rank < 0 {
		return a, false
	}
	for k := rank; k < len(sum); k++ {
		if sum[k] != 0 {
			return a, false // "two years, three years": a list; "six months and two years"
		}
	}
	sum[rank] = last[rank]
	e := joined(text, a, b)
	e.Value, e.Rule = sum.String(), "compound-duration"
	if a.From == "" || a.To == "" {
		return e, true
	}
	from, err1 := time.Parse("2006-01-02", a.From)
	to, err2 := time.Parse("2006-01-02", a.To)
	unit := durationUnits[rank]
	if err1 != nil || err2 != nil || rank > 3 { // hours and less: no stretch of days
		e.From, e.To = "", ""
		return e, true
	}
	n := last[rank]
	if a.To == ymdString(ref) && from.Before(to) {
		f, _ := addUnits(from, unit, -n) // back from the reference
		e.From = ymdString(f)
	} else {
		t, _ := addUnits(to.AddDate(0, 0, 1), unit, n) // ahead to the end
		e.To = ymdString(t.AddDate(0, 0, -1))
	}
	return e, true
}

// joinPairs joins neighbours left to right, in place: a joined pair may
// join the next expression too ("two years, six months and ten days").
func joinPairs(es []Expression, join func(a, b Expression) (Expression, bool)) []Expression {
	if len(es) == 0 {
		return es
	}
	out := es[:0]
	cur := es[0]
	for i := 1; i < len(es); i++ {
		if e, ok := join(cur, es[i]); ok {
			cur = e
			continue
		}
		out = append(out, cur)
		cur = es[i]
	}
	return append(out, cur)
}

// joined is a, stretched to the end of b.
func joined(text string, a, b Expression) Expression {
	e := a
	e.End, e.tb = b.End, b.tb
	e.Text = text[e.Start:e.End]
	return e
}

// weekMonday gives the Monday of a week value (2020-W49).
func weekMonday(v string) (time.Time, bool) {
	start, _, ok := Interval(v)
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", start)
	return t, err == nil
}

// dayOfWeek joins a week and the weekday written after it: "next week
// Mon", "previous week - Monday", "the first week of October, on Friday".
func dayOfWeek(text string, toks []token, a, b Expression) (Expression, bool) {
	if b.Rule != "weekday" || !reWeek.MatchString(a.Value) || strings.HasSuffix(a.Value, "-WE") || a.From != "" || b.ta-a.tb > 2 {
		return a, false
	}
	for _, t := range toks[a.tb:b.ta] {
		switch t.lower {
		case "-", "–", ",", ".":
		default:
			if !dateOn.Has(t.lower) {
				return a, false
			}
		}
	}
	w, err := time.Parse("2006-01-02", b.Value)
	monday, ok := weekMonday(a.Value)
	if err != nil || !ok {
		return a, false
	}
	e := joined(text, a, b)
	e.Type, e.Mod, e.Rule = "DATE", "", "weekday-in-week"
	e.Value = ymdString(monday.AddDate(0, 0, weekdayOf(w)-1))
	return e, true
}

// weekdayOfCounted joins a weekday and a day counted from another
// ("two weeks from now", "3 weeks after Christmas") written next to it,
// before it or after it with "on" or a comma: the weekday of the
// (Monday-first) week that day falls in.
func weekdayOfCounted(text string, toks []token, a, b Expression) (Expression, bool) {
	day, wd := b, a
	if a.Rule != "weekday" {
		day, wd = a, b
	}
	if wd.Rule != "weekday" || day.Rule != "offset" && day.Rule != "ago" && !(day.Rule == "duration" && day.Type == "DATE") || len(day.Value) != 10 {
		return a, false
	}
	for _, t := range toks[a.tb:b.ta] {
		if t.lower != "," && !dateOn.Has(t.lower) {
			return a, false
		}
	}
	if b.ta-a.tb > 1 {
		return a, false
	}
	d, err := time.Parse("2006-01-02", day.Value)
	if err != nil {
		return a, false
	}
	w, err := time.Parse("2006-01-02", wd.Value)
	if err != nil {
		return a, false
	}
	n := weekdayOf(w)
	e := joined(text, a, b)
	e.Type, e.Mod, e.Rule, e.Relative = "DATE", "", "offset", true
	e.Value = ymdString(mondayOf(d).AddDate(0, 0, n-1))
	return e, true
}

// daysOfWeek joins a week and a range of weekdays next to it.
func daysOfWeek(text string, a, b Expression) (Expression, bool) {
	week, days := a, b
	if a.Rule == "range" {
		week, days = b, a
	}
	if days.Rule != "range" || b.ta != a.tb || !reWeek.MatchString(week.Value) || strings.HasSuffix(week.Value, "-WE") {
		return a, false
	}
	d1, err1 := time.Parse("2006-01-02", days.From)
	d2, err2 := time.Parse("2006-01-02", days.To)
	monday, ok := weekMonday(week.Value)
	if err1 != nil || err2 != nil || !ok || weekdayOf(d2) < weekdayOf(d1) {
		return a, false
	}
	e := joined(text, a, b)
	e.Type, e.Mod, e.Rule = "DATE", "", "range"
	e.From = ymdString(monday.AddDate(0, 0, weekdayOf(d1)-1))
	e.To = ymdString(monday.AddDate(0, 0, weekdayOf(d2)-1))
	e.Value, e.Relative = e.From, true
	return e, true
}

// calendarValue reads an expression's value as a calendar value, "now" and
// "today" as the reference day.
func calendarValue(e Expression, ref time.Time, hasRef bool) (string, bool) {
	if e.Value == "PRESENT_REF" && hasRef {
		return ymdString(ref), true
	}
	if e.Type != "DATE" || e.From != "" || e.To != "" && e.To != e.Value { // "till" sets To alone
		return "", false
	}
	_, _, ok := Interval(e.Value)
	return e.Value, ok
}

// yearless rules name a month or a day of one without its year.
func yearless(rule string) bool {
	switch rule {
	case "month", "month-day", "day-month", "numeric-date", "part-month":
		return true
	}
	return false
}

func joinRange(text string, toks []token, a, b Expression, ref time.Time, hasRef bool) (Expression, bool) {
	opened := a.ta > 0 && toks[a.ta-1].class == 'B'
	// "from March to date": the phrase "to date" holds its own "to"
	toDate := b.ta == a.tb && b.Value == "PRESENT_REF" && toAtDate.Has(toks[b.ta].lower) && opened
	if b.ta != a.tb+1 && !toDate {
		return a, false
	}
	mid := toks[b.ta-1]
	bare := false
	switch {
	case toDate:
	case mid.class == 'J' && isCoord(mid.lower) && opened && rangeOpeners.Has(toks[a.ta-1].lower):
	case mid.class == 'J' && !isCoord(mid.lower) && opened:
	case mid.class == '-':
	case mid.class == 'J' && !isCoord(mid.lower) && a.Type == "DATE" && b.Type == "DATE":
		bare = true // "26 June to 28 June": two dates alike, checked below
	default:
		return a, false
	}
	v1, ok1 := calendarValue(a, ref, hasRef)
	v2, ok2 := calendarValue(b, ref, hasRef)
	if !ok1 || !ok2 || bare && (len(v1) != len(v2) || len(v1) != 10 && len(v1) != 7 || a.Rule == "weekday" || b.Rule == "weekday") {
		return a, false
	}
	// "from 10/1 to 11/2/2017", "26 June to 28 June in 2020": a start
	// with no year of its own takes the end's
	if a.Relative && !b.Relative && len(v1) >= 7 && len(v2) >= 4 && v1[:4] != v2[:4] && yearless(a.Rule) &&
		(a.ta == 0 || toks[a.ta-1].class != 'R') { // "from this June to Sep 2022": this year's May
		if w := v2[:4] + v1[4:]; len(v2) == 4 || w[5:] <= v2[5:] {
			if _, _, ok := Interval(w); ok {
				v1 = w
			}
		}
	}
	s1, _, _ := Interval(v1)
	s2, _, _ := Interval(v2)
	if s2 < s1 && b.Rule == "weekday" && len(v2) == 10 {
		// "from next Monday to Friday": the Friday after that Monday
		d2, _ := time.Parse("2006-01-02", v2)
		for s2 < s1 {
			d2 = d2.AddDate(0, 0, 7)
			v2 = ymdString(d2)
			s2 = v2
		}
	}
	if s2 < s1 {
		return a, false
	}
	e := a
	if opened {
		e.Start, e.ta = toks[a.ta-1].start, a.ta-1
	}
	e.End, e.tb = b.End, b.tb
	e.Text = text[e.Start:e.End]
	e.Type, e.Value, e.From, e.To, e.Mod, e.Rule = "DATE", v1, v1, v2, "", "range"
	e.Relative = a.Relative || b.Relative || a.Value == "PRESENT_REF" || b.Value == "PRESENT_REF"
	return e, true
}

// joinOffset reads "N units after|from|before <day>" as that day moved by
// N units, and "for N units from <day>" as the stretch that begins then.
func joinOffset(text string, toks []token, a, b Expression) (Expression, bool) {
	if len(b.Value) != 10 || b.From != "" {
		return a, false
	}
	day, err := time.Parse("2006-01-02", b.Value)
	if err != nil {
		return a, false
	}
	var n int
	var unit string
	sign, span, lessThan := 0, false, false
	switch {
	case a.Type == "DURATION" && b.ta > a.tb && b.ta <= a.tb+3:
		var ok bool
		if n, unit, ok = wholeUnits(a.Value); !ok {
			return a, false
		}
		var words []string
		for _, t := range toks[a.tb:b.ta] {
			if t.lower != "," {
				words = append(words, t.lower)
			}
		}
		switch {
		case len(words) == 1 && shiftWords.Attr(words[0], "sign") == "+1":
			sign = 1
			// "for 3 days from today", "for 1 week, from 20th Dec"
			span = a.ta > 0 && spanFor.Has(toks[a.ta-1].lower) && shiftWords.Attr(words[0], "span") == "yes"
		case len(words) == 1 && shiftWords.Attr(words[0], "sign") == "-1":
			sign = -1
		case len(words) > 0 && len(words) <= 2 && starting.Has(words[0]) && (len(words) == 1 || startJoined(words[0], words[1])):
			sign, span = 1, true // "3 weeks starting June 8th"
		default:
			return a, false
		}
		if b.ta != a.tb+1 && !span {
			return a, false
		}
		// "less than 2 weeks from today": the stretch up to that day
		if sign == 1 && a.ta >= 2 && fewerWords.Has(toks[a.ta-2].lower) && thanWords.Has(toks[a.ta-1].lower) {
			span, lessThan = true, true
		}
	case a.Rule == "ago" && b.ta == a.tb && shiftWords.Attr(toks[a.tb-1].lower, "sign") == "-1":
		// "two days before" was read as before the reference
		p := collect(toks[a.ta:a.tb])
		n, unit, sign = 1, p.unit, -1
		if p.hasNum {
			n = int(p.num)
		}
	default:
		return a, false
	}
	if n <= 0 || n > 1000 {
		return a, false
	}
	move := func(t time.Time, k int) time.Time { u, _ := addUnits(t, unit, k); return u }
	if _, ok := addUnits(day, unit, 0); !ok {
		return a, false
	}
	e := a
	if lessThan {
		e.Start, e.ta = toks[a.ta-2].start, a.ta-2
	}
	e.End, e.tb = b.End, b.tb
	e.Type, e.Mod, e.Rule, e.Relative = "DATE", "", "offset", a.Relative || b.Relative
	if span {
		// "for 3 days from today", "a week starting tomorrow": the
		// stretch that begins then
		e.Value, e.From, e.To = b.Value, b.Value, ymdString(move(day, n).AddDate(0, 0, -1))
		e.Rule = "span"
	} else {
		e.Value = ymdString(move(day, sign*n))
	}
	e.Text = strings.TrimSpace(text[e.Start:e.End])
	return e, true
}
