package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Error is a malformed entry of a dictionary file: the file (as named to the
// reader), the 1-based line, and what is wrong.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// line is one line of a dictionary with its comments removed.
type line struct {
	n    int    // 1-based line number
	text string // without comments and trailing space; leading space kept
	// comment is the text of a "#" or ";" comment on the line, trimmed.
	comment string
	// blank is true for a line that was empty before comments were removed.
	blank bool
}

// maxLine bounds one line of a dictionary file.
const maxLine = 1 << 20

// readLines reads a dictionary's lines and removes its comments: XML-style
// <!-- ... --> (also over several lines), "#" up to the line's end, and
// the legacy ";" of KEDS/TABARI files when keepSemicolon is false. Control
// bytes other than TAB (the production files carry a stray 0x1A) are
// dropped and invalid UTF-8 becomes U+FFFD, so every text is valid UTF-8.
func readLines(r io.Reader, name string, keepSemicolon bool) ([]line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var out []line
	inXML := false
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if n == 1 {
			raw = strings.TrimPrefix(raw, "\uFEFF")
		}
		if !utf8.ValidString(raw) {
			raw = strings.ToValidUTF8(raw, "\uFFFD")
		}
		raw = dropControls(raw)
		ln := line{n: n, blank: strings.TrimSpace(raw) == ""}
		s := raw
		// XML comments, possibly spanning lines.
		var b strings.Builder
		for {
			if inXML {
				k := strings.Index(s, "-->")
				if k < 0 {
					s = ""
					break
				}
				s = s[k+3:]
				inXML = false
				continue
			}
			k := strings.Index(s, "<!--")
			if k < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:k])
			s = s[k+4:]
			inXML = true
		}
		s = b.String()
		cut := commentAt(s)
		if !keepSemicolon {
			if k := strings.IndexByte(s, ';'); k >= 0 && (cut < 0 || k < cut) {
				cut = k
			}
		}
		if cut >= 0 {
			ln.comment = strings.TrimSpace(strings.TrimLeft(s[cut:], "#;"))
			s = s[:cut]
		}
		ln.text = strings.TrimRight(s, " \t")
		out = append(out, ln)
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{File: name, Line: n + 1, Msg: err.Error()}
	}
	return out, nil
}

// commentAt returns the index of the "#" that starts a comment, or -1. A
// "#" inside brackets is not one: "[###]" is a code of the validation
// verbs file.
func commentAt(s string) int {
	open := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			open = true
		case ']':
			open = false
		case '#':
			if !open {
				return i
			}
		}
	}
	return -1
}

// dropControls removes C0 control characters other than TAB, and DEL.
func dropControls(s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t') || c == 0x7f {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t') || c == 0x7f {
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// openWith opens path and reads it with read, naming the file in errors.
func openWith[T any](path string, read func(io.Reader, string) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return read(f, path)
}

// words splits a phrase string into its words: blanks and underscores
// separate words. The returned words are upper case.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == ' ' || r == '_' || r == '\t' })
}

// plural returns the regular English plural of an upper-case word as the
// PETRARCH dictionaries form it: +IES after a consonant and Y, +ES after S,
// SH, CH, X or Z, +S otherwise.
func plural(w string) string {
	switch {
	case w == "":
		return w
	case strings.HasSuffix(w, "Y") && len(w) > 1 && !strings.ContainsRune("AEIOU", rune(w[len(w)-2])):
		return w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "SH"), strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"):
		return w + "ES"
	}
	return w + "S"
}

// normASCII writes Norm(w) into buf when w is ASCII and fits (periods
// dropped, letters upper-cased), so that an index can be asked without
// making a string (m[string(b)] does not allocate); ok is false otherwise.
func normASCII(buf *[64]byte, w string) (b []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	b = buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 0x80:
			return nil, false
		case c == '.':
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// firstWords is a bit filter of the normalised words that begin the
// entries of an index: a word whose bit is clear begins none (a set bit
// only says it may), so most words of a sentence are turned away without
// asking the index.
type firstWords [1 << 12]uint64

func wordBit(b []byte) uint32 {
	h := uint32(2166136261) // FNV-1a
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return (h ^ h>>18) & (1<<18 - 1)
}

func (f *firstWords) add(w string) {
	x := wordBit([]byte(w))
	f[x>>6] |= 1 << (x & 63)
}

// may reports whether the normalised word b may begin an entry.
func (f *firstWords) may(b []byte) bool {
	if f == nil {
		return true // no filter: ask the index
	}
	x := wordBit(b)
	return f[x>>6]&(1<<(x&63)) != 0
}

// Norm is the form words are compared in: upper case, without accents
// or periods, with the typographic apostrophe made plain ("Calderón" is
// CALDERON, "U.S." is US, "W." is W).
func Norm(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c == '.' || (c >= 'a' && c <= 'z') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	plain := true // ASCII without periods: only the case changes
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c == '.' {
			plain = false
			break
		}
	}
	if plain {
		return strings.ToUpper(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range norm.NFD.String(w) {
		switch {
		case r == '.' || unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘':
			r = '\''
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// StripComments returns the lines of the dictionary at path without their
// comments and blank lines, as the readers see them (for deriving compact
// copies: tools/petrarch-dict).
func StripComments(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lines, err := readLines(f, path, false)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l.text) != "" {
			out = append(out, l.text)
		}
	}
	return out, nil
}
