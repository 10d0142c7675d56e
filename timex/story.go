package timex

import (
	"fmt"
	"strconv"
	"time"

	"github.com/dragoman/dragoman/calendar"
)

// Story is the time a narrative has reached: the last calendar date (a
// day, a month or a year) told in the document so far. An expression
// anchored to the story's time ("the next year", "two days later", "that
// night", words of the narrative class in rules/words.tsv) resolves from
// it instead of from the publication date, when it is precise enough for
// the expression's unit. The zero Story knows no date.
type Story struct {
	value string    // the value the story's time was read from
	t     time.Time // its first day
	prec  byte      // 'Y', 'M' or 'D': how precisely it is known
}

// Value is the value of the date the story has reached, "" when none.
func (s *Story) Value() string { return s.value }

// Tell moves the story to the date an expression names, when it names a
// calendar day, month or year (a week, a season, a reference such as
// PRESENT_REF or a value with an unknown part do not move it), and when it
// is not told in a relative clause (a noun's background: "Kosovo's
// independence that was declared last Sunday").
func (s *Story) Tell(e Expression) {
	if e.aside {
		return
	}
	if e.Type != "DATE" && e.Type != "TIME" || e.Value == "" || e.Mod == "BEFORE" || e.Mod == "AFTER" {
		return
	}
	v := e.Value
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	var prec byte
	switch len(v) {
	case 4:
		prec = 'Y'
	case 7:
		prec = 'M'
	case 10:
		prec = 'D'
	default:
		return
	}
	st, _, ok := calendar.Interval(v)
	if !ok {
		return
	}
	s.value, s.t, s.prec = e.Value, st, prec
}

// refFor is the story's time as a reference for an expression counted in
// unit (a lexicon unit code, "" for a part of a day), when it is known
// precisely enough.
func (s *Story) refFor(unit string) (time.Time, bool) {
	if s == nil || s.value == "" {
		return time.Time{}, false
	}
	switch unit {
	case "Y", "DE", "CE", "HY":
		return s.t, true
	case "M", "Q":
		return s.t, s.prec != 'Y'
	}
	return s.t, s.prec == 'D'
}

// narrativeAt reports whether the expression toks[a:b] is tied to the
// story's time: "two days later", "the next year", "the same day", "that
// night"; prev is the word before it ("over the next year" is a stretch
// from now).
func narrativeAt(toks []token, a, b int, prev string) bool {
	if spanBefore.Has(prev) {
		return false
	}
	if b-a >= 2 && narrative.Attr(toks[b-1].lower, "form") == "end" {
		return true
	}
	for k := a; k < b; k++ {
		switch narrative.Attr(toks[k].lower, "form") {
		case "the":
			if k > a && toks[k-1].class == 'T' {
				return true
			}
		case "alone":
			if k == a {
				return true
			}
		}
	}
	return false
}

// unitOf is the lexicon unit an expression counts in, "" for a part of a
// day or none.
func unitOf(toks []token) string {
	for _, t := range toks {
		if t.class == 'U' {
			return t.value
		}
	}
	return ""
}

// sameShifted reads "the same month a year ago", "the same quarter last
// year", "the same week a year earlier": the period "the same <unit>"
// names (the story's), moved by the count the shift after it says.
func sameShifted(text string, toks []token, a, b Expression) (Expression, bool) {
	if b.ta != a.tb || a.Value == "" || b.Type != "DATE" || a.Type != "DATE" {
		return a, false
	}
	same := false
	for _, t := range toks[a.ta:a.tb] {
		if t.class == 'R' && t.value == "P0" && narrative.Attr(t.lower, "form") == "the" {
			same = true
		}
	}
	if !same {
		return a, false
	}
	p := collect(toks[b.ta:b.tb])
	if p.units != 1 {
		return a, false
	}
	n := 1
	if p.hasNum {
		n = int(p.num)
		if float64(n) != p.num {
			return a, false
		}
	}
	switch {
	case b.Rule == "ago" && p.shift != 0:
		n *= p.shift
	case b.Rule == "relative" && p.hasRel && (p.rel == "-1" || p.rel == "1"):
		n = -1
		if p.rel == "1" {
			n = 1
		}
	default:
		return a, false
	}
	v, ok := shiftCalendar(a.Value, p.unit, n)
	if !ok {
		return a, false
	}
	e := joined(text, a, b)
	e.Value, e.Mod, e.Type, e.Relative = v, "", "DATE", true
	return e, true
}

// shiftCalendar moves a calendar value (a year, month, day, quarter or ISO
// week) by n units (Y, M, Q, W, D), keeping its own precision: 2009-01
// moved back a year is 2008-01.
func shiftCalendar(v, unit string, n int) (string, bool) {
	months := map[string]int{"Y": 12, "Q": 3, "M": 1}[unit]
	days := map[string]int{"W": 7, "D": 1}[unit]
	switch {
	case len(v) == 4:
		y, err := strconv.Atoi(v)
		if err != nil || unit != "Y" {
			return "", false
		}
		return strconv.Itoa(y + n), true
	case len(v) == 7 && v[4] == '-' && v[5] != 'Q' && v[5] != 'W' && months > 0:
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return "", false
		}
		return t.AddDate(0, months*n, 0).Format("2006-01"), true
	case len(v) == 7 && v[5] == 'Q' && (unit == "Y" || unit == "Q"):
		y, err1 := strconv.Atoi(v[:4])
		q, err2 := strconv.Atoi(v[6:])
		if err1 != nil || err2 != nil {
			return "", false
		}
		q = y*4 + q - 1 + n*months/3
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1), true
	case len(v) == 10:
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return "", false
		}
		if months > 0 {
			return t.AddDate(0, months*n, 0).Format("2006-01-02"), true
		}
		if days > 0 {
			return t.AddDate(0, 0, days*n).Format("2006-01-02"), true
		}
	case len(v) == 8 && v[5] == 'W':
		monday, ok := weekMonday(v)
		if !ok {
			return "", false
		}
		if unit == "Y" {
			monday = monday.AddDate(0, 0, 364*n)
		} else if days > 0 {
			monday = monday.AddDate(0, 0, days*n)
		} else {
			return "", false
		}
		return weekValue(monday), true
	}
	return "", false
}
