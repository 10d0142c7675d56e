// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies (https://universaldependencies.org/format.html). Reading
// keeps every line: comments, multiword-token ranges and empty nodes are
// carried through unchanged, so a file written back has the same lines in
// the same order with only the columns a caller changed.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word (a line whose ID is an integer).
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root, -1 when the column is "_"
	Deprel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether the word's MISC column does not say SpaceAfter=No.
func (w Word) SpaceAfter() bool {
	for _, f := range strings.Split(w.Misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// Line is one line of a sentence block in file order: a comment, a
// multiword-token range or empty node (kept verbatim in Raw), or a word
// (Word >= 0 indexes Sentence.Words).
type Line struct {
	Raw  string
	Word int
}

// Sentence is one block of a CoNLL-U file.
type Sentence struct {
	Lines []Line
	Words []Word
}

// Comment returns the value of the comment "# key = value", or "".
func (s *Sentence) Comment(key string) string {
	for _, l := range s.Lines {
		if l.Word >= 0 || !strings.HasPrefix(l.Raw, "#") {
			continue
		}
		k, v, ok := strings.Cut(strings.TrimSpace(l.Raw[1:]), "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Forms returns the words' forms.
func (s *Sentence) Forms() []string {
	f := make([]string, len(s.Words))
	for i, w := range s.Words {
		f[i] = w.Form
	}
	return f
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
}

// NewReader returns a reader of r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	return &Reader{sc: sc, name: name}
}

// Read returns the next sentence, or io.EOF after the last.
func (r *Reader) Read() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		text := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if strings.HasPrefix(text, "#") {
			s.Lines = append(s.Lines, Line{Raw: text, Word: -1})
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("%s:%d: want 10 tab-separated columns, found %d", r.name, r.line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			s.Lines = append(s.Lines, Line{Raw: text, Word: -1})
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(s.Words)+1 {
			return nil, fmt.Errorf("%s:%d: word ID %q, want %d", r.name, r.line, cols[0], len(s.Words)+1)
		}
		head := -1
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil || head < 0 {
				return nil, fmt.Errorf("%s:%d: HEAD %q is not a word ID", r.name, r.line, cols[6])
			}
		}
		s.Lines = append(s.Lines, Line{Word: len(s.Words)})
		s.Words = append(s.Words, Word{ID: id, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9]})
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", r.name, err)
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	cr := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes s followed by a blank line.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, l := range s.Lines {
		if l.Word < 0 {
			bw.WriteString(l.Raw)
			bw.WriteByte('\n')
			continue
		}
		x := s.Words[l.Word]
		head := "_"
		if x.Head >= 0 {
			head = strconv.Itoa(x.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", x.ID, x.Form, dash(x.Lemma), dash(x.UPOS), dash(x.XPOS),
			dash(x.Feats), head, dash(x.Deprel), dash(x.Deps), dash(x.Misc))
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
