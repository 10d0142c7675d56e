// Package token is the word view of the syntax layer that the entity,
// place and quote stages read: the layer's syntactic words (package
// syntax/tokenize fills them, once per sentence) joined back where these
// stages read one word. Touching parts of one written word are joined
// ("do" + "n't" -> "don't", "we" + "'re" -> "we're", "Iranian" + "-" +
// "backed" -> "Iranian-backed", "U.S" + "." -> "U.S."); possessive
// endings stay tokens of their own ("Iran" + "'s", "US" + "’"). The view
// never reads the text for boundaries of its own: every token is one or
// more whole tokens of the layer.
package token

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax/tokenize"
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

// In returns the view of the body sentences of the syntax layer that lie
// in sp of d.Text (a sentence, or a paragraph of them). A document the
// syntax stage did not run on (a test that builds its own pipeline) gets
// sp tokenized by package syntax/tokenize, the tokens the stage would have
// put there.
func In(d *doc.Document, sp doc.Span) []Token {
	var out []Token
	found := false
	if d.Syntax != nil {
		ss := d.Syntax.Sentences
		if len(ss) > 0 && ss[0].Index < 0 {
			ss = ss[1:] // a headline outside the text
		}
		k := sort.Search(len(ss), func(i int) bool { return ss[i].Start >= sp.Start })
		n := 0 // room for the layer's tokens at once
		for j := k; j < len(ss) && ss[j].Span.End <= sp.End; j++ {
			n += ss[j].End - ss[j].First
		}
		out = make([]Token, 0, n)
		for ; k < len(ss) && ss[k].Span.End <= sp.End; k++ {
			out = Of(d.Text, d.Syntax.Tokens[ss[k].First:ss[k].End], out)
			found = true
		}
	}
	if !found {
		out = Of(d.Text, tokenize.Sentence(d.Text, sp.Start, sp.End, nil), out)
	}
	return out
}

// Headline returns the headline's text and view: the headline sentence of
// the syntax layer, in d.Text when the headline was read from it
// (d.HeadlineSpan), else in *d.Headline. Without a layer the headline is
// tokenized by package syntax/tokenize; without a headline both are empty.
func Headline(d *doc.Document) (string, []Token) {
	text, sp := "", doc.Span{}
	switch {
	case d.HeadlineSpan != nil:
		text, sp = d.Text, *d.HeadlineSpan
	case d.Headline != nil && *d.Headline != "":
		text, sp = *d.Headline, doc.Span{Start: 0, End: len(*d.Headline)}
	default:
		return "", nil
	}
	if d.Syntax != nil {
		for i, ss := range d.Syntax.Sentences {
			if ss.Headline && ss.Span == sp {
				return text, Of(text, d.Syntax.SentenceTokens(i), nil)
			}
		}
	}
	return text, Of(text, tokenize.Sentence(text, sp.Start, sp.End, nil), nil)
}

// Of appends the view of a sentence's layer tokens to out; text is the
// string their spans point into.
func Of(text string, syn []doc.Token, out []Token) []Token {
	for i := 0; i < len(syn); i++ {
		t := Token{syn[i].Start, syn[i].End, kind(text[syn[i].Start:syn[i].End])}
		for i+1 < len(syn) && syn[i+1].Start == t.End {
			n := joins(text, t, syn, i+1)
			if n == 0 {
				break
			}
			t.End = syn[i+n].End
			i += n
		}
		out = append(out, t)
	}
	return out
}

// joins returns how many of the layer tokens from k on belong to the word
// t ends: the next one when it continues the word (letters or digits on
// both sides, an inner apostrophe that is no possessive, the period of an
// abbreviation), a hyphen and the word after it, or a number's separator
// and the digits after it; 0 when t ends there.
func joins(text string, t Token, syn []doc.Token, k int) int {
	cur := text[t.Start:t.End]
	next := text[syn[k].Start:syn[k].End]
	last, _ := utf8.DecodeLastRuneInString(cur)
	first, n := utf8.DecodeRuneInString(next)
	switch {
	case alnum(last) && alnum(first):
		return 1
	case isApostrophe(first) && alnum(last) && len(next) > n && !possessive(next[n:]):
		r, _ := utf8.DecodeRuneInString(next[n:])
		if unicode.IsLetter(r) {
			return 1
		}
	case next == "." && t.Kind == Word && abbreviation(cur):
		return 1
	case (next == "-" || next == "‑") && alnum(last) && t.Kind == Word || t.Kind == Number && strings.Contains(",.:/-", next) && len(next) == 1:
		if k+1 < len(syn) && syn[k+1].Start == syn[k].End {
			r, _ := utf8.DecodeRuneInString(text[syn[k+1].Start:syn[k+1].End])
			if t.Kind == Word && alnum(r) || t.Kind == Number && unicode.IsDigit(r) {
				return 2
			}
		}
	}
	return 0
}

// abbreviation reports whether a word keeps a period that touches it, as
// the tokenizer keeps it inside a sentence ("Gen.", "U.S.", "J."), also
// where the layer gave the period to the sentence's end ("... Petroleum
// Co.").
func abbreviation(w string) bool {
	if singleLetters(w) && (strings.Contains(w, ".") || unicode.IsUpper(firstRune(w))) {
		return true
	}
	td, err := tokenize.Default()
	return err == nil && td.Abbreviations[strings.ToLower(w)]
}

func alnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// possessive reports whether s, what follows an apostrophe, is the s of a
// possessive ending ("'s", not "'re").
func possessive(s string) bool {
	return (s[0] == 's' || s[0] == 'S') && (len(s) == 1 || !alnum(firstRune(s[1:])))
}

// kind classes a layer token: a word (letters, or a possessive ending),
// a number (digits first) or punctuation.
func kind(s string) byte {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsLetter(r):
		return Word
	case unicode.IsDigit(r):
		return Number
	case isApostrophe(r) && len(s) > n && possessive(s[n:]):
		return Word
	}
	return Punct
}

// singleLetters reports whether w is like "U", "U.S" or "U.N".
func singleLetters(w string) bool {
	for {
		p, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
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
