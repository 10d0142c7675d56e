package tone

import (
	"math"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// layer builds a document whose body is the given sentences (one
// paragraph) and whose syntax layer splits each at spaces, with every
// word's final punctuation and its "n't" as tokens of their own, as the
// syntax stage does.
func layer(sentences ...string) *doc.Document {
	text := strings.Join(sentences, " ")
	d := doc.New("t", text)
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	d.Syntax = &doc.Syntax{}
	at := 0
	for i, s := range sentences {
		ss := doc.SyntaxSentence{Span: doc.Span{Start: at, End: at + len(s)}, First: len(d.Syntax.Tokens), Index: i}
		d.Sentences = append(d.Sentences, ss.Span)
		for _, w := range strings.Fields(s) {
			start := at + strings.Index(text[at:], w)
			end := start + len(w)
			cut := end
			if strings.HasSuffix(w, ".") || strings.HasSuffix(w, ",") {
				cut--
			}
			if strings.HasSuffix(text[start:cut], "n't") {
				cut -= 3
			}
			for _, sp := range []doc.Span{{Start: start, End: cut}, {Start: cut, End: end}} {
				if sp.End > sp.Start {
					d.Syntax.Tokens = append(d.Syntax.Tokens, doc.Token{Span: sp, Form: text[sp.Start:sp.End]})
				}
			}
			at = end
		}
		ss.End = len(d.Syntax.Tokens)
		d.Syntax.Sentences = append(d.Syntax.Sentences, ss)
		at = ss.Span.End + 1
	}
	return d
}

func TestStage(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		sentences []string
	}{
		{"positive and negative", []string{"The talks were a great success.", "Troops killed 12 civilians in an attack."}},
		{"a phrase of the list counts once", []string{"It does not work."}},
		{"a clitic token joins its word", []string{"They don't like it, officials said."}},
		{"dotted abbreviations", []string{"The U.S. praised the deal."}},
		{"neutral", []string{"The committee met on Tuesday."}},
	}
	for _, c := range cases {
		d := layer(c.sentences...)
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		if len(d.SentenceTones) != len(d.Sentences) {
			t.Fatalf("%s: %d tones for %d sentences", c.name, len(d.SentenceTones), len(d.Sentences))
		}
		var all Score
		for i, s := range c.sentences {
			want := lx.Text(s)
			all.Add(want)
			if math.Abs(d.SentenceTones[i]-want.Tone) > 1e-9 {
				t.Errorf("%s: sentence %q tone %.3f, want %.3f (as Text reads it)", c.name, s, d.SentenceTones[i], want.Tone)
			}
		}
		if d.Tone == nil || math.Abs(*d.Tone-all.Tone) > 1e-9 {
			t.Errorf("%s: document tone %v, want %.3f", c.name, d.Tone, all.Tone)
		}
	}
}

// TestStageWithoutWords: no syntax layer, or a body without words, gives
// no document tone and zero sentence tones; a headline outside the text is
// not scored.
func TestStageWithoutWords(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	d := layer("The war was a disaster.")
	d.Syntax = nil
	st.Process(d)
	if d.Tone != nil || len(d.SentenceTones) != 1 || d.SentenceTones[0] != 0 {
		t.Errorf("without syntax: tone %v, sentences %v", d.Tone, d.SentenceTones)
	}
	d = layer("-- -- .")
	st.Process(d)
	if d.Tone != nil {
		t.Errorf("no words: tone %v", *d.Tone)
	}
	d = layer("The committee met.")
	d.Syntax.Sentences = append(d.Syntax.Sentences, doc.SyntaxSentence{Span: doc.Span{Start: 0, End: 3}, Headline: true, Index: -1})
	st.Process(d)
	if d.Tone == nil || *d.Tone != 0 {
		t.Errorf("a headline outside the text was scored: %v", d.Tone)
	}
}
