// Package token splits sentences into word, number and punctuation tokens
// with exact byte offsets. Abbreviations keep their periods ("U.S.",
// "Gen."), hyphenated words stay whole ("Iranian-backed"), and possessive
// endings are tokens of their own ("US" + "’", "Iran" + "’s").
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of token.
const (
	Word   = 'w'
	Number = 'n'
	Punct  = 'p'
)

// Token is a span of the text and its kind.
type Token struct {
	Start, End int
	Kind       byte
}

// Text returns the token's text.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// abbreviations keep their final period (lower-cased, without the period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"lt": true, "col": true, "maj": true, "capt": true, "cmdr": true, "adm": true,
	"sgt": true, "cpl": true, "pvt": true, "sen": true, "rep": true, "gov": true,
	"pres": true, "rev": true, "st": true, "mt": true, "ft": true, "hon": true,
	"jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"vs": true, "no": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "dept": true, "gens": true, "sens": true, "reps": true,
	"atty": true, "supt": true, "insp": true, "det": true, "amb": true, "brig": true,
}

// Split appends the tokens of s[start:end] to out.
func Split(s string, start, end int, out []Token) []Token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r):
			j := wordEnd(s, i, end)
			out = append(out, Token{i, j, Word})
			i = j
		case unicode.IsDigit(r):
			j := i + n
			for j < end {
				c := s[j]
				if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
					j++
					continue
				}
				if (c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && j+1 < end && s[j+1] >= '0' && s[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			out = append(out, Token{i, j, Number})
			i = j
		default:
			if (r == '\'' || r == '’') && isPossessive(s, i+n, end) && len(out) > 0 && out[len(out)-1].End == i {
				out = append(out, Token{i, i + n + 1, Word}) // 's
				i += n + 1
				continue
			}
			out = append(out, Token{i, i + n, Punct})
			i += n
		}
	}
	return out
}

// wordEnd finds the end of the word starting at i.
func wordEnd(s string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			j += n
			continue
		}
		if j+n < end {
			next, _ := utf8.DecodeRuneInString(s[j+n : end])
			switch r {
			case '-', '‑':
				if unicode.IsLetter(next) || unicode.IsDigit(next) {
					j += n
					continue
				}
			case '\'', '’':
				// inner apostrophe ("don't", "O'Brien"), not a possessive
				if unicode.IsLetter(next) && !isPossessive(s, j+n, end) {
					j += n
					continue
				}
			case '.':
				// "U.S.", "U.N.": single letters with periods
				if unicode.IsLetter(next) && singleLetters(s[i:j]) {
					j += n
					continue
				}
			}
		}
		if r == '.' {
			w := s[i:j]
			if singleLetters(w) && (strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w))) || abbreviations[strings.ToLower(w)] {
				return j + n
			}
		}
		break
	}
	return j
}

func isPossessive(s string, i, end int) bool {
	if i < end && (s[i] == 's' || s[i] == 'S') {
		return i+1 == end || !isLetterAt(s, i+1, end)
	}
	return false
}

func isLetterAt(s string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return unicode.IsLetter(r)
}

// singleLetters reports whether w is like "U", "U.S" or "U.N".
func singleLetters(w string) bool {
	parts := strings.Split(w, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// IsCapitalised reports whether a word starts with an upper-case letter.
func IsCapitalised(w string) bool { return unicode.IsUpper(firstRune(w)) }

// IsAllCaps reports whether a word has at least two letters, all upper case.
func IsAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
