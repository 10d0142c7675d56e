package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/calendar"
	"github.com/dragoman/dragoman/doc"
)

// token is a word, number or punctuation mark of a sentence.
type token struct {
	start, end int // byte offsets into the text
	text       string
	lower      string
	class      byte
	value      string // lexicon value, or the parsed number
	words      int    // lexicon phrase length in tokens (1 for others)
	// lt is the index, in its sentence, of the layer token the token was
	// cut from (the first one, for a phrase); glued marks a number cut
	// from a layer token that goes on with letters ("1440p", "5km")
	lt    int
	glued bool
}

// fromLayer appends the tokens timex reads for one sentence of the syntax
// layer (syn, whose spans point into s). This is timex's one reading of
// the layer: every layer token gives its pieces (see pieces), in order,
// and no piece ever spans two layer tokens.
func fromLayer(s string, syn []doc.Token, out []token) []token {
	for li, t := range syn {
		n := len(out)
		out = pieces(s, t.Start, t.End, out)
		for k := n; k < len(out); k++ {
			out[k].lt = li
			if k > n && isDigitAt(out[k-1].text, 0) && wordy(out[k].text, true) && !isDigitAt(out[k].text, 0) {
				out[k-1].glued = true
			}
		}
	}
	return out
}

// wordy reports whether a piece ends (or, with first, starts) with a
// letter or digit.
func wordy(p string, first bool) bool {
	var r rune
	if first {
		r, _ = utf8.DecodeRuneInString(p)
	} else {
		r, _ = utf8.DecodeLastRuneInString(p)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// pieces is the sub-token matching timex does over one layer token's
// text, s[start:end]: the token is cut where its text changes between
// letters, digits and punctuation, so that the rules see "mid-January"
// as mid, -, January; "Jan." as Jan, .; "19-20" as 19, -, 20; "10am" as
// 10, am; "1440p" as 1440, p (the number marked glued). A piece is a run
// of letters (with inner apostrophes; a clitic such as "'ll" keeps its
// apostrophe, a possessive "'s" is ', s), a run of digits (with inner
// : . , / and the dashes of a date: 2020-12-02, the letters of an
// ordinal or a decade: 21st, 1990s), or one punctuation mark. Most layer
// tokens are one piece.
func pieces(s string, start, end int, out []token) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(s[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < end {
					r3, n3 := utf8.DecodeRuneInString(s[j+n2 : end])
					// "Monday's": the possessive is a token of its own
					possessive := (r3 == 's' || r3 == 'S') && (j+n2+n3 == end || !unicode.IsLetter(rune(s[j+n2+n3])))
					if unicode.IsLetter(r3) && !possessive {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, token{start: i, end: j, text: s[i:j]})
			i = j
		case unicode.IsDigit(r) || (r == '\'' || r == '’') && i+n < end && isDigitAt(s, i+n):
			j := i + n
			for j < end {
				c := s[j]
				if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' && j > i && isOrdinalSuffixAt(s, j, end) {
					j++
					continue
				}
				if (c == ':' || c == '.' || c == ',' || c == '/') && j+1 < end && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				if c == '-' && j+1 < end && s[j+1] >= '0' && s[j+1] <= '9' && dashDate(s, i, end) > j {
					j = dashDate(s, i, end)
					continue
				}
				break
			}
			out = append(out, token{start: i, end: j, text: s[i:j]})
			i = j
		case (r == '\'' || r == '’') && i+n < end && clitic(s[i+n:end]):
			// "'ll", "'re": the clitic is one piece
			out = append(out, token{start: i, end: end, text: s[i:end]})
			i = end
		default:
			out = append(out, token{start: i, end: i + n, text: s[i : i+n]})
			i += n
		}
	}
	return out
}

// clitic reports whether the rest of a layer token after its apostrophe
// is a clitic's letters: "ll", "re", "ve", "d"; not the s of a possessive.
func clitic(rest string) bool {
	if rest == "" || decadeS.Has(strings.ToLower(rest)) {
		return false
	}
	for _, r := range rest {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// dashDate returns the end of a dash-separated date starting at i
// (2020-12-02, 2016-11, 21-04-2016), or i when there is none, so that
// "19-20" and scores such as "70-44" stay separate numbers.
func dashDate(s string, i, end int) int {
	if m := reDashDate.FindStringIndex(s[i:end]); m != nil && m[0] == 0 {
		return i + m[1]
	}
	return i
}

var reDashDate = regexp.MustCompile(`^(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}-\d{1,2}-\d{2,4})\b`)

func isDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// isOrdinalSuffixAt accepts the letters of 1st, 2nd, 3rd, 4th and the s
// of 1990s.
func isOrdinalSuffixAt(s string, j, end int) bool {
	for _, suf := range append(ordinalSuffixes.Words(), decadeS.Words()...) {
		if strings.HasPrefix(s[j:end], suf) {
			k := j + len(suf)
			if k == end || !unicode.IsLetter(rune(s[k])) {
				return true
			}
		}
	}
	// inside a suffix already begun
	return j > 0 && (s[j-1] == 's' || s[j-1] == 'n' || s[j-1] == 'r' || s[j-1] == 't') && (s[j] == 't' || s[j] == 'd' || s[j] == 'h')
}

// capitalised words are required for these classes, so that "may" and
// "march" the verbs are not months.
func needsCapital(c byte) bool { return c == 'M' || c == 'W' || c == 'H' }

// lowerASCII lower-cases s, without allocating when it has no upper-case
// letter; non-ASCII text goes through strings.ToLower.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// lowerOK accepts a lower-case month or weekday: weekdays and months other
// than "may" and "march" always, those two only before a number.
func lowerOK(class byte, phrase string, toks []token, at, next int) bool {
	switch class {
	case 'W':
		return len(phrase) > 4
	case 'H':
		// "christmas", "ramadan"; but "the new year" and "may day" in
		// lower case are not the holidays
		return !lowerNoHoliday.Has(phrase)
	case 'M':
		if verbMonths.Has(phrase) {
			// "may 5"; "in may" closing the phrase ("It may be in may")
			return next < len(toks) && isNumber(toks[next].text) ||
				at > 0 && hasFold(aheadIn.Words(), toks[at-1].text) && closesAt(toks, next)
		}
		return len(phrase) > 3
	}
	return false
}

// classify gives every token its class letter, joining multi-word lexicon
// phrases into their first token.
func (r *Rules) classify(toks []token, refYear int) []token {
	toks = r.splitMonthDigits(toks)
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		t.lower = lowerASCII(t.text)
		t.words = 1
		t.class = 'o'
		matched := false
		// Longest lexicon phrase first.
		for n := r.longest[t.lower] + 1; n >= 1 && !matched; n-- {
			if n > maxPhraseTokens {
				continue
			}
			if i+n > len(toks) {
				continue
			}
			phrase := t.lower
			if n > 1 {
				var b strings.Builder
				b.WriteString(t.lower)
				ok := true
				for k := 1; k < n; k++ {
					w := toks[i+k].text
					if isClitic(w) {
						ok = false
					}
					b.WriteByte(' ')
					b.WriteString(lowerASCII(w))
				}
				if !ok {
					continue
				}
				phrase = strings.ReplaceAll(b.String(), "’", "'")
				// the tokenizer splits "Year's" into "Year", "'", "s"
				for _, s := range decadeS.Words() {
					phrase = strings.ReplaceAll(phrase, " ' "+s+" ", "'"+s+" ")
				}
				// and "Presidents' Day" into "Presidents", "'", "Day"
				phrase = strings.ReplaceAll(phrase, " ' ", "' ")
			} else {
				phrase = strings.ReplaceAll(phrase, "’", "'")
			}
			e, ok := r.lexicon[phrase]
			if !ok {
				continue
			}
			if needsCapital(e.class) && !startsUpper(t.text) && !lowerOK(e.class, phrase, toks, i, i+n) &&
				!(e.class == 'M' && len(phrase) == 3 && !verbMonths.Has(phrase) && r.abbrevMonthOK(toks, i, i+n, out)) {
				continue
			}
			if e.class == 'M' && len(t.text) <= 4 && !fullMonths.Has(t.lower) {
				// Abbreviated months: "Dec", "Dec." only next to a number
				// or a day: "Dec 2", "Dec-2018", "Dec, 2018", "14 Dec",
				// "12 of Dec", "2019-Dec-1", "Dec first".
				if !r.abbrevMonthOK(toks, i, i+n, out) {
					continue
				}
			}
			if e.class == 'W' && len(t.text) <= 4 && !strings.HasSuffix(strings.ToLower(t.text), "day") &&
				!(i+n < len(toks) && isNumber(toks[i+n].text) && toks[i+n].text[0] <= '3' && len(toks[i+n].text) > 2) &&
				!(len(out) > 0 && out[len(out)-1].class == 'U' && out[len(out)-1].value == "W") &&
				!r.weekdayPair(toks, i, i+n, out) {
				continue // "Sun", "Wed": too ambiguous, unless a day follows ("Wed 13th"), a week comes before ("next week Mon") or another weekday pairs with it ("Mon or Tue", "from Tue to Thur")
			}
			t.class, t.value, t.words = e.class, e.value, n
			t.end = toks[i+n-1].end
			i += n - 1
			matched = true
		}
		if !matched {
			t.class, t.value = classifyOther(toks, i)
			if t.class == 'C' {
				// take "a.m.", "pm" with the clock time
				j := i + 1
				for j < len(toks) && j <= i+4 {
					l := strings.ToLower(toks[j].text)
					if meridiems.Has(l) || l == "." && j > i+1 {
						j++
						continue
					}
					break
				}
				if j > i+1 {
					t.end = toks[j-1].end
					i = j - 1
				}
			}
		}
		out = append(out, t)
	}
	out = seasonContext(out)
	out = weekdayNumericDates(out, refYear)
	out = pairedSlashDates(out)
	return mergeNumbers(out)
}

// monthDay reads a month and a day written as one or two digits each
// ("7", "6") as XXXX-07-06.
func monthDay(m, d string) (string, bool) {
	if len(m) < 1 || len(m) > 2 || len(d) < 1 || len(d) > 2 || !isNumber(m) || !isNumber(d) {
		return "", false
	}
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	if !calendar.ValidDate(2000, mm, dd) {
		return "", false
	}
	return fmt.Sprintf("XXXX-%02d-%02d", mm, dd), true
}

func isDash(toks []token, k int) bool {
	return k >= 0 && k < len(toks) && (toks[k].text == "-" || toks[k].text == "–")
}

// weekdayNumericDates reads "7-6" and "7.6" after a weekday as a month and
// a day when that day is that weekday in the reference year ("Friday 7-6"
// read in 2018; not "Sunday 3-1", a score, nor "Friday 7.6 million", read
// in 2019).
func weekdayNumericDates(toks []token, refYear int) []token {
	for k := 1; k < len(toks); k++ {
		if toks[k-1].class != 'W' {
			continue
		}
		dashed := false
		var f []string
		if strings.IndexByte(toks[k].text, '.') >= 0 {
			f = strings.Split(toks[k].text, ".")
		}
		if len(f) != 2 {
			if !isDash(toks, k+1) || k+2 >= len(toks) {
				continue
			}
			f, dashed = []string{toks[k].text, toks[k+2].text}, true
		}
		v, ok := monthDay(f[0], f[1])
		wd, _ := strconv.Atoi(toks[k-1].value)
		if !ok || !weekdayFits(refYear, v, wd) {
			continue
		}
		if dashed { // "7", "-", "6" become one token
			toks[k].end = toks[k+2].end
			toks = append(toks[:k+1], toks[k+3:]...)
		}
		toks[k].class, toks[k].value = 'L', v
	}
	return toks
}

// pairedSlashDates reads "5/1" as May 1 when a dash pairs it with another
// date ("5/1-5/7", "2/29-3/1"): alone, or before a word ("1/2-1/4 cup"),
// one-digit halves are more often fractions.
func pairedSlashDates(toks []token) []token {
	md := func(k int) (string, bool) {
		if k < 0 || k >= len(toks) {
			return "", false
		}
		if toks[k].class == 'L' {
			return toks[k].value, true
		}
		if strings.IndexByte(toks[k].text, '/') < 0 {
			return "", false // most tokens: no split, no allocation
		}
		f := strings.Split(toks[k].text, "/")
		if len(f) != 2 {
			return "", false
		}
		return monthDay(f[0], f[1])
	}
	for k := range toks {
		if toks[k].class == 'L' {
			continue
		}
		v, ok := md(k)
		if !ok {
			continue
		}
		if _, next := md(k + 2); isDash(toks, k+1) && next && (toks[k+2].class == 'L' || closesAt(toks, k+3)) {
			toks[k].class, toks[k].value = 'L', v
		} else if _, prev := md(k - 2); isDash(toks, k-1) && prev && closesAt(toks, k+1) {
			toks[k].class, toks[k].value = 'L', v
		}
	}
	return toks
}

// weekdayFits reports whether the day of XXXX-MM-DD value v falls on
// weekday wd (Monday = 1) in year y; false when y is 0 (no reference).
func weekdayFits(y int, v string, wd int) bool {
	t, err := time.Parse("2006-01-02", fmt.Sprintf("%04d", y)+v[4:])
	return y != 0 && err == nil && weekdayOf(t) == wd
}

// seasonContext keeps "spring" and "fall" as seasons only when written
// with a capital or after a word that introduces a time.
func seasonContext(toks []token) []token {
	for i := range toks {
		if toks[i].class != 'S' || startsUpper(toks[i].text) {
			continue
		}
		ok := false
		if i > 0 && seasonBefore.Has(toks[i-1].lower) {
			ok = true
		}
		if !ok {
			toks[i].class = 'o'
		}
	}
	return toks
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// classifyOther classes tokens that are not in the lexicon: numbers,
// years, days, clock times, ISO and numeric dates, decades, punctuation.
func classifyOther(toks []token, i int) (byte, string) {
	t := toks[i]
	s := t.text
	switch s {
	case "-", "–", "—":
		return '-', ""
	case ",":
		return ',', ""
	case ".":
		return '.', ""
	case "/":
		return '/', ""
	}
	if len(s) == 2 && (s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4' ||
		len(s) == 2 && (s[0] == 'H' || s[0] == 'h') && (s[1] == '1' || s[1] == '2') {
		return 'k', strings.ToUpper(s) // Q3, H1
	}
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == '\'' || strings.HasPrefix(s, "’")) {
		if v := clockWords.Attr(t.lower, "value"); v != "" {
			return 'C', v // "noon", "midnight"
		}
		return 'o', ""
	}
	prevMoney := i > 0 && (toks[i-1].text == "$" || toks[i-1].text == "£" || toks[i-1].text == "€" || strings.HasSuffix(toks[i-1].text, "$"))
	nextPercent := i+1 < len(toks) && percentWords.Has(lowerASCII(toks[i+1].text))
	if prevMoney || nextPercent {
		return 'o', ""
	}
	// ISO date 2020-12-02, and written without dashes: 20161016
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		if _, ok := calendar.ParseDate(s); ok {
			return 'I', s
		}
	}
	if len(s) == 8 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		if v, ok := calendar.ParseDate(s[:4] + "-" + s[4:6] + "-" + s[6:]); ok {
			return 'I', v
		}
	}
	// Numeric dates: 12/2/2020, 21-04-2016, 13.5.2015, 2015/08/12, 4/22,
	// and months: 2016-11, 11/2016.
	if v, ok := numericDate(s); ok {
		return 'L', v
	}
	// '82: a year of the last or this century
	if (strings.HasPrefix(s, "'") || strings.HasPrefix(s, "’")) && len(strings.TrimLeft(s, "'’")) == 2 {
		if n, err := strconv.Atoi(strings.TrimLeft(s, "'’")); err == nil {
			return 'Y', strconv.Itoa(twoDigitYear(n))
		}
	}
	// Clock time 16:00, 8:30, 0800 followed by a zone or a.m./p.m.
	if c := clockValue(toks, i); c != "" {
		return 'C', c
	}
	// Decades: 1990s, '90s, 70s
	if strings.HasSuffix(s, "s") {
		d := strings.TrimSuffix(strings.TrimLeft(s, "'’"), "s")
		if n, err := strconv.Atoi(d); err == nil {
			switch {
			case len(d) == 4 && n%10 == 0:
				return 'y', d[:3]
			case len(d) == 2 && n%10 == 0:
				return 'y', "19" + d[:1]
			}
		}
		return 'o', ""
	}
	// Ordinal day 3rd, 21st
	for _, suf := range ordinalSuffixes.Words() {
		if strings.HasSuffix(s, suf) {
			if n, err := strconv.Atoi(strings.TrimSuffix(s, suf)); err == nil && n >= 1 && n <= 31 {
				return 'D', strconv.Itoa(n)
			}
			return 'o', ""
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		if f, err := strconv.ParseFloat(s, 64); err == nil && !strings.Contains(s, ",") {
			return 'N', strconv.FormatFloat(f, 'f', -1, 64)
		}
		return 'o', ""
	}
	switch {
	case len(s) == 4 && n >= 1000 && n <= 2199:
		return 'Y', s
	case n >= 1 && n <= 31 && len(s) <= 2:
		return 'D', strconv.Itoa(n)
	}
	return 'N', strconv.Itoa(n)
}

// abbrevMonthOK accepts an abbreviated month name at toks[i:j] when a
// number or a day stands next to it, so that "mar", "dec" and "sep" as
// words are not months. out holds the tokens already classified.
func (r *Rules) abbrevMonthOK(toks []token, i, j int, out []token) bool {
	numAt := func(k int) bool { return k < len(toks) && isNumber(toks[k].text) }
	sep := func(k int) bool {
		return k < len(toks) && (toks[k].text == "." || toks[k].text == "-" || toks[k].text == "/" || toks[k].text == ",")
	}
	monthAt := func(k int) bool {
		e, ok := r.lexicon[lowerASCII(toks[k].text)]
		return ok && e.class == 'M'
	}
	switch {
	case numAt(j), sep(j) && numAt(j+1):
		return true
	case (sep(j) || j < len(toks) && rangeTo.Has(lowerASCII(toks[j].text))) && j+1 < len(toks) && monthAt(j+1):
		return true // "Jan-Feb 2017", "from nov to march"
	case j < len(toks):
		if e, ok := r.lexicon[lowerASCII(toks[j].text)]; ok && (e.class == 'O' || e.class == 'D' || e.class == 'N' && dayNumberWord(e.value, toks[j].text)) {
			return true // "Jan first", "jan twenty two"
		}
	}
	// before it: "14 Dec", "12 of Dec", "2019-Dec", "second of Aug"
	k := len(out) - 1
	if k >= 1 && out[k].class == 'F' && out[k-1].class == 'U' {
		return true // "the second week of Mar"
	}
	if k >= 0 && out[k].class == 'R' && closesAt(toks, j) {
		return true // "last Sept.", "next Dec" closing the phrase
	}
	if k >= 0 && (out[k].class == 'F' || out[k].class == '-' || out[k].class == '/' || out[k].class == ',') {
		k-- // "2016, nov"
	}
	if k >= 1 && out[k].class == 'J' && out[k-1].class == 'M' {
		return true // "from sep to nov"
	}
	return k >= 0 && (out[k].class == 'D' || out[k].class == 'O' || out[k].class == 'Y' || out[k].class == 'M')
}

// splitMonthDigits splits a month name run together with a number, as in
// "Dec31" and "October2", into the two tokens.
func (r *Rules) splitMonthDigits(toks []token) []token {
	for i := 0; i < len(toks); i++ {
		s := toks[i].text
		k := 0
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
			k++
		}
		if k < 3 || k == len(s) || !isDigitAt(s, k) {
			continue
		}
		if e, ok := r.lexicon[strings.ToLower(s[:k])]; !ok || e.class != 'M' {
			continue
		}
		if !isNumber(s[k:]) {
			continue
		}
		a, b := toks[i], toks[i]
		a.end, a.text = a.start+k, s[:k]
		b.start, b.text = a.end, s[k:]
		toks = append(toks, token{})
		copy(toks[i+2:], toks[i+1:])
		toks[i], toks[i+1] = a, b
		i++
	}
	return toks
}
