package eval

import (
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax/conllu"
)

// GoldTokenSpans locates a treebank sentence's syntactic words in its
// "# text" comment: each word's byte span, the words of a multiword token
// splitting its span when their forms spell it ("don't" -> do + n't) and
// sharing it otherwise. ok is false when the forms cannot be found in the
// text in order.
func GoldTokenSpans(s *conllu.Sentence) (text string, spans []doc.Span, ok bool) {
	text = s.Comment("text")
	if text == "" {
		return "", nil, false
	}
	spans = make([]doc.Span, len(s.Words))
	pos := 0
	skipUntil := 0 // words covered by a multiword range already placed
	for _, l := range s.Lines {
		if l.Word < 0 {
			from, to, form, isRange := multiwordRange(l.Raw)
			if !isRange {
				continue
			}
			st, en, found := locate(text, pos, form)
			if !found {
				return text, nil, false
			}
			pos = en
			// split among the words when their forms spell the token
			var words []conllu.Word
			for id := from; id <= to && id-1 < len(s.Words); id++ {
				words = append(words, s.Words[id-1])
			}
			var b strings.Builder
			for _, w := range words {
				b.WriteString(w.Form)
			}
			if b.String() == form {
				p := st
				for _, w := range words {
					spans[w.ID-1] = doc.Span{Start: p, End: p + len(w.Form)}
					p += len(w.Form)
				}
			} else {
				for _, w := range words {
					spans[w.ID-1] = doc.Span{Start: st, End: en}
				}
			}
			skipUntil = to
			continue
		}
		w := s.Words[l.Word]
		if w.ID <= skipUntil {
			continue
		}
		st, en, found := locate(text, pos, w.Form)
		if !found {
			return text, nil, false
		}
		spans[l.Word] = doc.Span{Start: st, End: en}
		pos = en
	}
	return text, spans, true
}

// multiwordRange parses a "3-4<TAB>don't<TAB>..." line.
func multiwordRange(raw string) (from, to int, form string, ok bool) {
	if strings.HasPrefix(raw, "#") {
		return 0, 0, "", false
	}
	cols := strings.Split(raw, "\t")
	if len(cols) < 2 {
		return 0, 0, "", false
	}
	a, b, dash := strings.Cut(cols[0], "-")
	if !dash {
		return 0, 0, "", false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || y < x {
		return 0, 0, "", false
	}
	return x, y, cols[1], true
}

// locate finds form in text at or after pos, skipping only white space.
func locate(text string, pos int, form string) (int, int, bool) {
	i := pos
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	if strings.HasPrefix(text[i:], form) {
		return i, i + len(form), true
	}
	// tolerate other white space (no-break spaces) before the form
	if j := strings.Index(text[pos:], form); j >= 0 && strings.TrimSpace(strings.Map(func(r rune) rune {
		if r == '\u00a0' || r == '\u2009' || r == '\u200b' || r == '\ufeff' {
			return ' '
		}
		return r
	}, text[pos:pos+j])) == "" {
		return pos + j, pos + j + len(form), true
	}
	return 0, 0, false
}

// SpanCounts counts predicted and gold spans and exact matches.
type SpanCounts struct{ Gold, Predicted, Correct int }

// Add counts one sentence.
func (c *SpanCounts) Add(gold, pred []doc.Span) {
	c.Gold += len(gold)
	c.Predicted += len(pred)
	set := make(map[doc.Span]int, len(gold))
	for _, g := range gold {
		set[g]++
	}
	for _, p := range pred {
		if set[p] > 0 {
			set[p]--
			c.Correct++
		}
	}
}

// F1 returns precision, recall and F1.
func (c SpanCounts) F1() (p, r, f float64) {
	if c.Predicted > 0 {
		p = float64(c.Correct) / float64(c.Predicted)
	}
	if c.Gold > 0 {
		r = float64(c.Correct) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
