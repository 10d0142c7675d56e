package timex

import (
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
// PRESENT_REF or a value with an unknown part do not move it).
func (s *Story) Tell(e Expression) {
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
