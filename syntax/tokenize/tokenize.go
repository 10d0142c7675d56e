// Package tokenize splits a sentence into syntactic words following the
// conventions of Universal Dependencies English (EWT v2.16): clitics and
// possessives are words of their own ("don't" -> do n't, "can't" -> ca
// n't, "cannot" -> can not, "Iran's" -> Iran 's, "Bush'" -> Bush '),
// abbreviations keep their period inside a sentence ("U.S.", "Gen."),
// numbers stay whole ("1,000", "3.5", "5:30", "11/20/2000"), hyphenated
// compounds split into word, hyphen, word except after a listed prefix
// ("e-mail", "non-profit"), and URLs, e-mail addresses and emoticons are
// one token. Every token carries its byte span in the text.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
)

// Sentence appends the tokens of text[start:end] to out, with the
// embedded data.
func Sentence(text string, start, end int, out []doc.Token) []doc.Token {
	return mustDefault().Sentence(text, start, end, out)
}

// Sentence appends the tokens of text[start:end] to out.
func (d *Data) Sentence(text string, start, end int, out []doc.Token) []doc.Token {
	last := end
	for last > start {
		r, n := utf8.DecodeLastRuneInString(text[start:last])
		if !unicode.IsSpace(r) {
			break
		}
		last -= n
	}
	t := tokenizer{d: d, text: text, out: out, final: last}
	for i := start; i < last; {
		r, n := utf8.DecodeRuneInString(text[i:last])
		if unicode.IsSpace(r) || r == utf8.RuneError && n == 1 || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
			i += n
			continue
		}
		j := i + n
		for j < last {
			r, n := utf8.DecodeRuneInString(text[j:last])
			if unicode.IsSpace(r) || r == utf8.RuneError && n == 1 || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
				break
			}
			j += n
		}
		t.chunk(i, j)
		i = j
	}
	return t.out
}

type tokenizer struct {
	d     *Data
	text  string
	out   []doc.Token
	final int // end of the sentence's last chunk
	tail  []doc.Span
	buf   [32]byte // room for lower-casing a word to look it up
	noAt  bool     // the chunk being read has no '@': no part is an e-mail address
}

// lower returns s lower-cased for a map lookup: in t.buf when s is short
// ASCII (the common case, no allocation: the caller indexes a map with
// string(b), which Go does not copy), else through strings.ToLower.
func (t *tokenizer) lower(s string) []byte {
	if len(s) > len(t.buf) {
		return []byte(strings.ToLower(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		t.buf[i] = c
	}
	return t.buf[:len(s)]
}

func (t *tokenizer) emit(a, b int) {
	t.out = append(t.out, doc.Token{Span: doc.Span{Start: a, End: b}, Form: t.text[a:b]})
}

// cliticApostrophes maps the other apostrophes to "'" in a clitic's form.
var cliticApostrophes = strings.NewReplacer("’", "'", "‘", "'", "`", "'", "´", "'")

// emitClitic emits a token whose form is normalised (curly apostrophes).
func (t *tokenizer) emitClitic(a, b int) {
	f := t.text[a:b]
	if strings.ContainsAny(f, "’‘`´") {
		f = cliticApostrophes.Replace(f)
	}
	t.out = append(t.out, doc.Token{Span: doc.Span{Start: a, End: b}, Form: f})
}

// chunk tokenizes one whitespace-delimited chunk text[a:b].
func (t *tokenizer) chunk(a, b int) {
	s := t.text
	t.noAt = strings.IndexByte(s[a:b], '@') < 0
	if t.whole(s[a:b]) {
		t.emit(a, b)
		return
	}
	// leading punctuation
	for a < b {
		if t.whole(s[a:b]) {
			t.emit(a, b)
			return
		}
		r, n := utf8.DecodeRuneInString(s[a:b])
		if isWordRune(r) || !t.leadingPunct(r, a+n, b) {
			break
		}
		e := runEnd(s, a, b)
		t.emit(a, e)
		a = e
	}
	// trailing punctuation, emitted after the core
	tail := t.tail[:0]
	end := b
	keptPeriod := false
	for a < b {
		if t.whole(s[a:b]) {
			break
		}
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if isWordRune(r) {
			break
		}
		var k int
		if r == '.' || r == '!' || r == '?' {
			// a run of final punctuation is one token ("...", "?!"), but
			// an abbreviation keeps its period inside the sentence
			k = b - n
			for k > a {
				r2, n2 := utf8.DecodeLastRuneInString(s[a:k])
				if r2 != '.' && r2 != '!' && r2 != '?' {
					break
				}
				k -= n2
			}
			if r == '.' && b-k == 1 && k > a && !(b == end && end == t.final) && t.abbreviation(s[a:k]) {
				keptPeriod = true
				break
			}
		} else {
			k = runStart(s, a, b, r)
			if r == '+' && k > a && unicode.IsLetter(lastRune(s[a:k])) {
				break // "C++"
			}
		}
		tail = append(tail, doc.Span{Start: k, End: b})
		b = k
	}
	t.tail = tail
	if keptPeriod {
		// the abbreviation's period joins the word before it
		t.core(a, b-1)
		tk := &t.out[len(t.out)-1]
		tk.End = b
		tk.Form = s[tk.Start:b]
	} else if a < b {
		t.core(a, b)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		sp := tail[i]
		if isApostrophe(firstRune(s[sp.Start:sp.End])) {
			t.emitClitic(sp.Start, sp.End)
		} else {
			t.emit(sp.Start, sp.End)
		}
	}
}

// leadingPunct reports whether the punctuation r opening text[a:b] splits
// off: a sign or a period before a digit ("-5", ".5") and an apostrophe
// before a year or a clitic ("'90s", "'s") do not.
func (t *tokenizer) leadingPunct(r rune, next, b int) bool {
	if next >= b {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(t.text[next:b])
	switch {
	case r == '-' || r == '+' || r == '.' || r == '−':
		return !unicode.IsDigit(nr)
	case isApostrophe(r):
		if unicode.IsDigit(nr) {
			return false
		}
		rest := strings.ToLower(t.text[next:b])
		switch rest {
		case "s", "re", "ve", "ll", "d", "m":
			return false
		}
	}
	return true
}

// whole reports whether s is one token: an emoticon, a URL, an e-mail
// address.
func (t *tokenizer) whole(s string) bool {
	if t.d.mayBeEmoticon(s) && t.d.Emoticons[s] {
		return true
	}
	return isURL(s) || !t.noAt && isEmail(s)
}

func isURL(s string) bool {
	if hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "ftp://") || hasPrefixFold(s, "www.") && len(s) > 6 {
		r, _ := utf8.DecodeLastRuneInString(s)
		return isWordRune(r) || r == '/'
	}
	return false
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix
// p, in any case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return false
	}
	f, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(s)
	if !isWordRune(f) || !unicode.IsLetter(l) {
		return false
	}
	dom := s[at+1:]
	if !strings.Contains(dom, ".") || strings.ContainsAny(dom, "@()[]<>,;:\"'") || strings.ContainsAny(s[:at], "()[]<>,;:\"") {
		return false
	}
	return true
}

// abbreviation reports whether w (a word before a period) keeps the
// period: a listed abbreviation, a single letter ("J."), or letters
// joined by periods ("U.S", "a.m").
func (t *tokenizer) abbreviation(w string) bool {
	if t.d.Abbreviations[string(t.lower(w))] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		return unicode.IsLetter(firstRune(w))
	}
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsLetter(firstRune(part)) {
			return false
		}
	}
	return true
}

// core splits a chunk stripped of its outer punctuation into words and
// inner punctuation.
func (t *tokenizer) core(a, b int) {
	s := t.text
	if isNumberLike(s[a:b]) || isDayMonthYear(s[a:b]) || t.whole(s[a:b]) {
		t.emit(a, b)
		return
	}
	i := a
	for i < b {
		r, n := utf8.DecodeRuneInString(s[i:b])
		if !isWordRune(r) {
			if (r == '-' || r == '+' || r == '.' || r == '−' || isApostrophe(r)) && i+n < b && unicode.IsDigit(firstRune(s[i+n:b])) && i == a {
				j := t.wordEnd(i+n, b)
				t.word(i, j)
				i = j
				continue
			}
			e := runEnd(s, i, b)
			t.emit(i, e)
			i = e
			continue
		}
		j := t.wordEnd(i, b)
		t.word(i, j)
		i = j
	}
}

// wordEnd returns the end of the word starting at i: letters, digits
// and marks, joined by the punctuation that stays inside a word.
func (t *tokenizer) wordEnd(i, b int) int {
	s := t.text
	j := i
	seg := i // start of the current hyphen-separated segment
	for j < b {
		r, n := utf8.DecodeRuneInString(s[j:b])
		if isWordRune(r) {
			j += n
			continue
		}
		if j+n >= b || j == i {
			break
		}
		prev, _ := utf8.DecodeLastRuneInString(s[i:j])
		next, _ := utf8.DecodeRuneInString(s[j+n : b])
		if !isWordRune(next) {
			break
		}
		joined := false
		switch r {
		case '.':
			joined = true // "U.S", "3.5", "e.g", "file.doc"
		case ',', ':':
			joined = unicode.IsDigit(prev) && unicode.IsDigit(next)
		case '/':
			joined = unicode.IsDigit(prev) && unicode.IsDigit(next)
		case '&', '_':
			joined = true
		case '\'', '’':
			joined = unicode.IsLetter(prev) && unicode.IsLetter(next)
		case '-', '‑':
			switch {
			case unicode.IsDigit(prev) && unicode.IsDigit(next):
				joined = true
			case unicode.IsLetter(prev) && unicode.IsLetter(next):
				joined = t.d.Prefixes[string(t.lower(s[seg:j]))]
			default:
				joined = unicode.IsLetter(prev) && unicode.IsDigit(next) // "F-16"
			}
			if joined {
				seg = j + n
			}
		}
		if !joined {
			break
		}
		j += n
	}
	return j
}

// word emits one word, split into its syntactic words.
func (t *tokenizer) word(a, b int) {
	s := t.text
	w := s[a:b]
	if t.d.maySplit(w) {
		if parts, ok := t.d.Splits[string(t.lower(w))]; ok {
			for _, p := range parts {
				t.emit(a, a+len(p))
				a += len(p)
			}
			return
		}
	}
	if c := t.cliticAt(w); c > 0 {
		t.word(a, a+c)
		t.emitClitic(a+c, b)
		return
	}
	t.emit(a, b)
}

// cliticAt returns where a clitic ending of w starts ("n't", "'s", "'re",
// "'ve", "'ll", "'d", "'m"), or -1.
func (t *tokenizer) cliticAt(w string) int {
	if !mayHaveApostrophe(w) {
		return -1 // most words: no apostrophe, no clitic
	}
	lw := strings.ToLower(w)
	for _, ap := range apostrophes {
		if strings.HasSuffix(lw, ap.nt) {
			return len(lw) - len(ap.nt)
		}
		i := strings.LastIndex(lw, ap.ap)
		if i < 0 {
			continue
		}
		switch lw[i+len(ap.ap):] {
		case "s", "re", "ve", "ll", "d", "m":
			if i > 0 {
				pr, _ := utf8.DecodeLastRuneInString(lw[:i])
				if unicode.IsDigit(pr) { // "90's"
					return -1
				}
			}
			return i
		}
	}
	return -1
}

// mayHaveApostrophe reports whether w may hold one of the apostrophes: an
// ASCII one, or the first byte of ’ or ´ (a cheap test before the real
// search).
func mayHaveApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '\'', '`', 0xE2, 0xC2: // ’ is E2 80 99, ´ is C2 B4
			return true
		}
	}
	return false
}

// apostrophes are the apostrophes a clitic may be written with, and the
// "n't" ending written with each.
var apostrophes = []struct{ ap, nt string }{{"'", "n't"}, {"’", "n’t"}, {"`", "n`t"}, {"´", "n´t"}}

// isNumberLike reports a number with its inner punctuation ("1,000",
// "3.5", "713-853-3989", "11/20/2000", "5:30").
func isNumberLike(s string) bool {
	digits := false
	prevDigit := false
	for i, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits = true
			prevDigit = true
			continue
		case strings.ContainsRune(".,:/-", r):
			if !prevDigit || i == len(s)-1 {
				return false
			}
		default:
			return false
		}
		prevDigit = false
	}
	return digits
}

// isDayMonthYear reports a date written day-month-year with the month's
// short name ("01-Feb-02", "3-Jan-2009").
func isDayMonthYear(s string) bool {
	d, rest, ok := strings.Cut(s, "-")
	if !ok || len(d) < 1 || len(d) > 2 || !allDigits(d) {
		return false
	}
	m, y, ok := strings.Cut(rest, "-")
	if !ok || len(m) != 3 || (len(y) != 2 && len(y) != 4) || !allDigits(y) {
		return false
	}
	for _, r := range m {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// runEnd returns the end of the run of the rune at i ("...", "--").
func runEnd(s string, i, b int) int {
	r, n := utf8.DecodeRuneInString(s[i:b])
	j := i + n
	for j < b {
		r2, n2 := utf8.DecodeRuneInString(s[j:b])
		if r2 != r {
			break
		}
		j += n2
	}
	return j
}

// runStart returns the start of the run of r ending at b.
func runStart(s string, a, b int, r rune) int {
	_, n := utf8.DecodeLastRuneInString(s[a:b])
	k := b - n
	for k > a {
		r2, n2 := utf8.DecodeLastRuneInString(s[a:k])
		if r2 != r {
			break
		}
		k -= n2
	}
	return k
}

// SameWord reports whether tokens a and b, a right before b, are
// syntactic words of one written word: they touch and the split falls
// inside a word ("do|n't", "Iran|'s", "gon|na"), not at punctuation
// ("U.S.|.", "(|word").
func SameWord(text string, a, b doc.Token) bool {
	if a.End != b.Start || a.End <= a.Start || b.End <= b.Start {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[a.Start:a.End])
	if !isWordRune(last) {
		return false
	}
	first, n := utf8.DecodeRuneInString(text[b.Start:b.End])
	if isWordRune(first) {
		return true
	}
	// a clitic: an apostrophe and letters ("'s", "’re")
	return isApostrophe(first) && b.Start+n < b.End && unicode.IsLetter(firstRune(text[b.Start+n:b.End]))
}
