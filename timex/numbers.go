package timex

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/calendar"
)

// mergeNumbers joins number words: "twenty one" and "twenty-first" (a day),
// decades written "70's", and years written in words ("nineteen seventy
// eight", "two thousand and eighteen").
func mergeNumbers(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.class == 'N' {
			tens, _ := strconv.Atoi(t.value)
			j := i + 1
			if j < len(toks) && toks[j].class == '-' {
				j++
			}
			if tens >= 20 && tens <= 90 && tens%10 == 0 && j < len(toks) && t.text != "" && !isNumber(t.text) {
				n, _ := strconv.Atoi(toks[j].value)
				if (toks[j].class == 'N' || toks[j].class == 'O') && n >= 1 && n <= 9 && !isNumber(toks[j].text) {
					t.value = strconv.Itoa(tens + n)
					if toks[j].class == 'O' {
						t.class = 'D'
					}
					t.end = toks[j].end
					out = append(out, t)
					i = j
					continue
				}
			}
		}
		if (t.class == 'N' || t.class == 'Y') && (len(t.text) == 2 || len(t.text) == 4) && strings.HasSuffix(t.text, "0") {
			// "1970's", "70's": the tokenizer gives 1970, ', s
			k := 0
			switch {
			case i+1 < len(toks) && isClitic(toks[i+1].text):
				k = 1
			case i+2 < len(toks) && (toks[i+1].text == "'" || toks[i+1].text == "’") && decadeS.Has(toks[i+2].text) && toks[i+2].start == toks[i+1].end:
				k = 2
			case i+1 < len(toks) && decadeS.Has(toks[i+1].text): // "the 1990 s"
				k = 1
			}
			if k > 0 {
				t.class = 'y'
				if len(t.text) == 4 {
					t.value = t.text[:3]
				} else {
					t.value = "19" + t.text[:1]
				}
				t.end = toks[i+k].end
				out = append(out, t)
				i += k
				continue
			}
		}
		out = append(out, t)
	}
	return spelledYears(out)
}

// spelledYears turns years written in words into year tokens, and a
// number word after a month into its day ("May twenty one").
func spelledYears(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		prev := byte(0)
		if len(out) > 0 {
			prev = out[len(out)-1].class
		}
		if t.class == 'N' && !isNumber(t.text) {
			// "in two thousand and eleven" closing the phrase is a year;
			// "in two thousand and eleven cases" a count
			if y, j, plain := spelledYear(toks, i); y > 0 && (plain || strings.IndexByte("MDO,FB", prev) >= 0 && prev != 0 || prev == 'i' && closesAt(toks, j)) {
				t.class, t.value, t.end = 'Y', strconv.Itoa(y), toks[j-1].end
				out = append(out, t)
				i = j - 1
				continue
			}
			afterWeekday := prev == 'T' && len(out) >= 2 && out[len(out)-2].class == 'W' && closesAt(toks, i+1) // "Friday the fifteen", not "Friday the two of them"
			if n, _ := strconv.Atoi(t.value); n >= 1 && n <= 31 && (prev == 'M' || afterWeekday || i+1 < len(toks) && toks[i+1].class == 'M' && n >= 13) {
				t.class = 'D' // "May twenty one", "twenty five January", "Friday the fifteenth"
			}
		}
		// "April of 87": two digits after "<month> of" that no day can be
		if t.class == 'N' && len(t.text) == 2 && isNumber(t.text) && prev == 'F' && len(out) >= 2 && out[len(out)-2].class == 'M' {
			if n, _ := strconv.Atoi(t.text); n > 31 {
				t.class, t.value = 'Y', strconv.Itoa(twoDigitYear(n))
			}
		}
		out = append(out, t)
	}
	return out
}

// weekdayPair reports whether the short weekday at toks[i:j] is joined to
// another weekday by "or", "and", "to" or a dash, either way round.
func (r *Rules) weekdayPair(toks []token, i, j int, out []token) bool {
	joiner := func(w string) bool { return weekdayJoiners.Has(w) || w == "-" || w == "–" }
	if i > 0 && hasFold(definiteArticles, toks[i-1].text) {
		return false // "The Sun and ..." is a newspaper
	}
	if k := len(out); k >= 2 && out[k-2].class == 'W' && joiner(out[k-1].lower) {
		return true
	}
	if j+1 < len(toks) && joiner(lowerASCII(toks[j].text)) {
		e, ok := r.lexicon[lowerASCII(toks[j+1].text)]
		return ok && e.class == 'W'
	}
	return false
}

// closesAt reports whether the phrase ends before toks[j]: the end, or
// punctuation rather than a word or a number.
func closesAt(toks []token, j int) bool {
	if j >= len(toks) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(toks[j].text)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// spelledYear reads a year in words at toks[i]: "nineteen seventy eight",
// "nineteen oh one", "twenty twenty" (plain: no count reads so) or "two
// thousand and eighteen" (which could be a count). It returns the year and
// the index after it, or 0.
func spelledYear(toks []token, i int) (year, next int, plain bool) {
	word := func(k int) (int, bool) {
		if k < len(toks) && toks[k].class == 'N' && !isNumber(toks[k].text) {
			n, _ := strconv.Atoi(toks[k].value)
			return n, true
		}
		return 0, false
	}
	skip := func(k int, in func(string) bool) int {
		for k < len(toks) {
			if toks[k].class != '-' && !in(toks[k].lower) {
				break
			}
			k++
		}
		return k
	}
	a, _ := word(i)
	if a >= 11 && a <= 19 && i+1 < len(toks) && spokenYear.Attr(toks[i+1].lower, "part") == "hundred" {
		// "nineteen hundred ninety three", "seventeen hundred and thirty three"
		k := skip(i+2, numberJoiners.Has)
		if b, ok := word(k); ok && b >= 1 && b <= 99 {
			return a*100 + b, k + 1, true
		}
		return a * 100, i + 2, true
	}
	switch {
	case a >= 11 && a <= 20:
		k := skip(i+1, yearZeros.Has)
		b, ok := word(k)
		if !ok || b < 1 || b > 99 || (k == i+1 && b < 10) {
			return 0, i, false
		}
		return a*100 + b, k + 1, true
	case spokenYear.Attr(toks[i].lower, "part") == "millennium" && i+1 < len(toks) && spokenYear.Attr(toks[i+1].lower, "part") == "thousand":
		y, k := 1000*a, skip(i+2, numberJoiners.Has)
		if b, ok := word(k); ok && b >= 1 && b <= 99 {
			return y + b, k + 1, false
		}
		return y, i + 2, false
	}
	return 0, i, false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return i > 0 && hasOrdinalSuffix(s)
		}
	}
	return true
}

// hasOrdinalSuffix reports whether a number is written 1st, 2nd, 3rd, 4th.
func hasOrdinalSuffix(s string) bool {
	return len(s) > 2 && (strings.HasSuffix(s, "st") || strings.HasSuffix(s, "nd") || strings.HasSuffix(s, "rd") || strings.HasSuffix(s, "th"))
}

// clockValue reads a clock time at toks[i]: "16:00", "8:30 a.m.", "4 p.m.",
// "0800 UTC". It returns HH:MM or "".
func clockValue(toks []token, i int) string {
	s := toks[i].text
	h, m := -1, 0
	if k := strings.IndexByte(s, ':'); k > 0 {
		hh, err1 := strconv.Atoi(s[:k])
		mm, err2 := strconv.Atoi(s[k+1:])
		if err1 != nil || err2 != nil || len(s[k+1:]) != 2 {
			return ""
		}
		h, m = hh, mm
	}
	ampm := ""
	if i+1 < len(toks) {
		ampm = meridiems.Attr(strings.ToLower(toks[i+1].text), "half") // "am" or "pm"
	}
	if h < 0 {
		n, err := strconv.Atoi(s)
		if err != nil {
			return ""
		}
		switch {
		case ampm != "" && n >= 1 && n <= 12:
			h = n
		case len(s) == 4 && i+1 < len(toks) && isZone(toks[i+1].text) && n%100 < 60 && n/100 < 24:
			h, m = n/100, n%100
		default:
			return ""
		}
	}
	if ampm == "pm" && h < 12 {
		h += 12
	}
	if ampm == "am" && h == 12 {
		h = 0
	}
	if h > 24 || m > 59 {
		return ""
	}
	return twoDigits(h) + ":" + twoDigits(m)
}

func isZone(s string) bool {
	switch strings.ToUpper(s) {
	case "UTC", "GMT", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "BST", "CET":
		return true
	}
	return false
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// plausibleYear is the year range the Y class accepts.
func plausibleYear(y int) bool { return y >= 1000 && y <= 2199 }

// twoDigitYear reads a year written with two digits ('82, 3/18/40): 00-30
// are this century's, 31-99 the last's. News written in the 2020s names
// years up to a few ahead and birth dates long past; the pivot wants
// moving on when that stops being true.
func twoDigitYear(n int) int {
	if n <= 30 {
		return 2000 + n
	}
	return 1900 + n
}

// impossibleDate is numericDate's value for a well-formed date the
// calendar does not have ("2/29/2019"): found, but left unresolved.
const impossibleDate = "impossible"

// numericDate reads an all-digit date or month and returns it as
// YYYY-MM-DD, YYYY-MM or XXXX-MM-DD (no year given), or impossibleDate.
func numericDate(s string) (string, bool) {
	// "08/12,2015": a year after a comma
	if i := strings.IndexByte(s, ','); i > 0 && strings.Count(s, ",") == 1 && strings.Count(s[:i], "/") == 1 {
		if y := s[i+1:]; (len(y) == 2 || len(y) == 4) && isNumber(y) {
			s = s[:i] + "/" + y
		}
	}
	sep := ""
	for _, c := range []string{"/", "-", "."} {
		if strings.Contains(s, c) {
			if sep != "" {
				return "", false
			}
			sep = c
		}
	}
	if sep == "" {
		return "", false
	}
	f := strings.Split(s, sep)
	n := make([]int, len(f))
	for i, x := range f {
		v, err := strconv.Atoi(x)
		if err != nil || x == "" {
			return "", false
		}
		n[i] = v
	}
	year := func(i int) int {
		if len(f[i]) == 2 {
			return twoDigitYear(n[i])
		}
		return n[i]
	}
	switch len(f) {
	case 3:
		var y, m, d int
		switch {
		case len(f[0]) == 4:
			y, m, d = n[0], n[1], n[2]
		case len(f[2]) == 4 || len(f[2]) == 2:
			y = year(2)
			if n[0] > 12 || sep == "." {
				d, m = n[0], n[1]
			} else {
				m, d = n[0], n[1]
			}
		default:
			return "", false
		}
		if !plausibleYear(y) || m < 1 || m > 12 || d < 1 || d > 31 {
			return "", false
		}
		if !calendar.ValidDate(y, m, d) {
			return impossibleDate, true // "2/29/2019": a date, but no real one
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
	case 2:
		switch {
		case len(f[0]) == 4 && n[1] >= 1 && n[1] <= 12 && sep != "." && plausibleYear(n[0]):
			return fmt.Sprintf("%04d-%02d", n[0], n[1]), true
		case len(f[1]) == 4 && n[0] >= 1 && n[0] <= 12 && sep == "/" && plausibleYear(n[1]):
			return fmt.Sprintf("%04d-%02d", n[1], n[0]), true
		case sep == "/" && (len(f[0]) == 2 || len(f[1]) == 2):
			m, d := n[0], n[1]
			if m > 12 {
				m, d = d, m
			}
			if calendar.ValidDate(2000, m, d) {
				return fmt.Sprintf("XXXX-%02d-%02d", m, d), true
			}
		}
	}
	return "", false
}

// dayNumberWord accepts a number word that can begin a day of the month
// ("twenty" of "twenty two"), not "a" or "one".
func dayNumberWord(value, text string) bool {
	n, err := strconv.Atoi(value)
	return err == nil && n >= 2 && n <= 31 && len(text) > 3
}
