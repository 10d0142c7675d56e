package syntax

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func sentenceForms(d *doc.Document, i int) string {
	ss := d.Syntax.Sentences[i]
	text := d.Text
	if ss.Headline && ss.Index < 0 && d.HeadlineSpan == nil {
		text = *d.Headline
	}
	var f []string
	for _, t := range d.Syntax.SentenceTokens(i) {
		if text[t.Start:t.End] != t.Form && !strings.ContainsRune(text[t.Start:t.End], '’') {
			return "span/form mismatch: " + t.Form
		}
		f = append(f, t.Form)
	}
	return strings.Join(f, " ")
}

func TestStage(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Iran's envoy leaves\n\nThe envoy didn't stay. He left Tehran."
	body := []doc.Span{{Start: 21, End: 43}, {Start: 44, End: 59}}
	headline := "Iran's envoy leaves"
	for _, c := range []struct {
		name     string
		headSpan *doc.Span
		headline *string
		want     []string
		marks    []int // Index of each sentence, -1 = headline outside the body
	}{
		{"headline in text", &doc.Span{Start: 0, End: 19}, &headline,
			[]string{"Iran 's envoy leaves", "The envoy did n't stay .", "He left Tehran ."}, []int{-1, 0, 1}},
		{"headline from metadata", nil, &headline,
			[]string{"Iran 's envoy leaves", "The envoy did n't stay .", "He left Tehran ."}, []int{-1, 0, 1}},
		{"no headline", nil, nil,
			[]string{"The envoy did n't stay .", "He left Tehran ."}, []int{0, 1}},
	} {
		d := doc.New("x", text)
		d.Sentences = body
		d.HeadlineSpan = c.headSpan
		if c.headline != nil && c.headSpan == nil {
			d.Headline = c.headline
		}
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		if len(d.Syntax.Sentences) != len(c.want) {
			t.Fatalf("%s: %d sentences, want %d", c.name, len(d.Syntax.Sentences), len(c.want))
		}
		for i, w := range c.want {
			if got := sentenceForms(d, i); got != w {
				t.Errorf("%s: sentence %d = %q, want %q", c.name, i, got, w)
			}
			ss := d.Syntax.Sentences[i]
			if ss.Index != c.marks[i] || ss.Headline != (c.marks[i] < 0) {
				t.Errorf("%s: sentence %d index %d headline %v", c.name, i, ss.Index, ss.Headline)
			}
		}
	}
}
