// Package segment splits the article body into sentences, with byte
// offsets into the document text. It only reads body paragraphs, so
// boilerplate never yields sentences.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// Stage is the sentence-splitting pipeline stage.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "segment" }

// Process implements pipeline.Stage.
func (Stage) Process(d *doc.Document) error {
	for _, p := range d.Body {
		d.Sentences = Split(d.Text, p, d.Sentences)
	}
	return nil
}

// abbreviations end with a period that does not end a sentence when a
// capitalised word follows: the tokenizer's list (lower-cased, without the
// final period; syntax/tokenize/data/tokens.tsv), one list for both.
var abbreviations = mustAbbreviations()

func mustAbbreviations() map[string]bool {
	td, err := tokenize.Default()
	if err != nil {
		panic(err) // the embedded file is validated by its package's tests
	}
	return td.Abbreviations
}

// Split appends the sentences of paragraph p to out.
func Split(text string, p doc.Span, out []doc.Span) []doc.Span {
	start := p.Start
	s := text[:p.End]
	for i := p.Start; i < p.End; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		// more terminal punctuation and closing quotes or brackets
		for j < p.End {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '\'' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == ']' {
				j += n2
				continue
			}
			break
		}
		k := j
		for k < p.End && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') {
			k++
		}
		if k == j || k >= p.End {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '‘' || next == '\'' || next == '(') {
			i = j
			continue
		}
		// a quote closing after the period ends the sentence: “... no.” Then
		if r == '.' && !strings.ContainsAny(s[i+n:j], "\"'”’") && isAbbreviation(s[start:i]) {
			i = j
			continue
		}
		out = append(out, doc.Span{Start: start, End: j})
		start = k
		i = k
	}
	if st, en := trim(text, start, p.End); st < en {
		out = append(out, doc.Span{Start: st, End: en})
	}
	return out
}

// isAbbreviation reports whether the text before a period ends with an
// abbreviation or a single initial.
func isAbbreviation(before string) bool {
	w := before
	// the word is the letters and periods before the period: "Dec" in
	// "18-Dec." and in "(Dec."
	if i := strings.LastIndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:]
	}
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}

func trim(text string, st, en int) (int, int) {
	for st < en && (text[st] == ' ' || text[st] == '\n' || text[st] == '\t' || text[st] == '\r') {
		st++
	}
	for en > st && (text[en-1] == ' ' || text[en-1] == '\n' || text[en-1] == '\t' || text[en-1] == '\r') {
		en--
	}
	return st, en
}

// Paragraphs appends to out the paragraphs of a plain text: its
// non-blank lines, without their surrounding spaces and tabs.
func Paragraphs(text string, out []doc.Span) []doc.Span {
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		st, en := start, end
		for st < en && strings.IndexByte(" \t\r\f\v", text[st]) >= 0 {
			st++
		}
		for en > st && strings.IndexByte(" \t\r\f\v", text[en-1]) >= 0 {
			en--
		}
		if st < en {
			out = append(out, doc.Span{Start: st, End: en})
		}
		start = end + 1
	}
	return out
}
