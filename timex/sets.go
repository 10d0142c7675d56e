package timex

import (
	"fmt"
	"strconv"
)

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
	if lastVerb.Has(toks[0].lower) && verbBefore.Has(c.prev) {
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
		case withinWords.Has(toks[0].lower) && c.tense != past:
			dir = 1
		case toks[0].class == 'f':
			return r, false // "for three months" is the duration alone
		}
		if dir != 0 {
			if a, b, ok := anchor(c.ref, p.unit, int(n), dir, withinWords.Has(toks[0].lower)); ok {
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

// normHalves handles a length with a half: "a half hour", "half an hour",
// "a half-day", "two and a half years", "a week and a half". A half
// alone is written in the next smaller unit where it is whole (PT30M,
// PT12H, P6M); with whole units the count is a decimal (P2.5Y, PT1.5H).
func normHalves(c *ctx, toks []token) (result, bool) {
	half, unit := -1, ""
	whole := 0.0
	for k, t := range toks {
		switch t.class {
		case 'U':
			if t.value == "HY" && half < 0 {
				half = k
			} else if unit == "" {
				unit = t.value
			} else {
				return result{}, false
			}
		case 'N', 'D':
			n, err := strconv.ParseFloat(t.value, 64)
			if err != nil {
				return result{}, false
			}
			// the count before "and" is whole units; any other is "a"
			if k+1 < len(toks) && toks[k+1].class == 'J' {
				whole = n
			} else if n != 1 {
				return result{}, false
			}
		case 'J':
			if k == 0 || k+1 == len(toks) {
				return result{}, false
			}
		}
	}
	if half < 0 || unit == "" || unit == "HY" {
		return result{}, false
	}
	if toks[0].class == 'N' && toks[1].class == 'U' && toks[1].value != "HY" {
		whole = 1 // "a week and a half"
	}
	if whole == 0 {
		switch unit {
		case "H":
			return result{value: "PT30M"}, true
		case "D":
			return result{value: "PT12H"}, true
		case "Y":
			return result{value: "P6M"}, true
		case "MIN":
			return result{value: "PT30S"}, true
		}
	}
	v, ok := durationValue(whole+0.5, false, unit)
	return result{value: v}, ok
}
