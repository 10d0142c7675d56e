package token

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

func TestView(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The US’ killing of Iranian Gen. Qasem Soleimani.", "The|US|’|killing|of|Iranian|Gen.|Qasem|Soleimani|."},
		{"Iranian-backed militia attacks didn’t subside", "Iranian-backed|militia|attacks|didn’t|subside"},
		{"the U.S. and U.N. said we're", "the|U.S.|and|U.N.|said|we're"},
		{"Iran's leaders, 2,000 troops at 3:30", "Iran|'s|leaders|,|2,000|troops|at|3:30"},
		{"Ambassador (Matthew) Tueller", "Ambassador|(|Matthew|)|Tueller"},
		{"J. Doe and Mr. Smith", "J.|Doe|and|Mr.|Smith"},
		{"an F-16 on 2020-12-02 can't", "an|F-16|on|2020-12-02|can't"},
		{"a company called Petroleum Co.", "a|company|called|Petroleum|Co."},
		{"ends here.", "ends|here|."},
	}
	for _, c := range cases {
		d := doc.New("x", c.in)
		var got []string
		for _, tk := range In(d, doc.Span{Start: 0, End: len(c.in)}) {
			got = append(got, tk.Text(c.in))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.in, g, c.want)
		}
	}
}

// The view reads the layer when it is there: every token is whole layer
// tokens.
func TestViewReadsLayer(t *testing.T) {
	s := "Iran's leaders didn't go."
	d := doc.New("x", s)
	sp := doc.Span{Start: 0, End: len(s)}
	toks := tokenize.Sentence(s, 0, len(s), nil)
	toks[0].End = 2 // a layer that (wrongly) says "Ir"
	d.Syntax = &doc.Syntax{Tokens: toks, Sentences: []doc.SyntaxSentence{{Span: sp, First: 0, End: len(toks)}}}
	if got := In(d, sp)[0].Text(s); got != "Ir" {
		t.Errorf("first token %q: the view did not read the layer", got)
	}
}

func FuzzView(f *testing.F) {
	f.Add("The U.S.’ 2,000 troops-in Iraq's north.")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Of(s, tokenize.Sentence(s, 0, len(s), nil), nil) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %+v after %d", tk, prev)
			}
			prev = tk.End
		}
	})
}

// A sentence's view holds its own tokens only; a paragraph's holds its
// sentences'.
func TestViewSpans(t *testing.T) {
	s := "One two. Three four five."
	d := doc.New("x", s)
	a, b := doc.Span{Start: 0, End: 8}, doc.Span{Start: 9, End: len(s)}
	syn := &doc.Syntax{}
	for i, sp := range []doc.Span{a, b} {
		first := len(syn.Tokens)
		syn.Tokens = tokenize.Sentence(s, sp.Start, sp.End, syn.Tokens)
		syn.Sentences = append(syn.Sentences, doc.SyntaxSentence{Span: sp, First: first, End: len(syn.Tokens), Index: i})
	}
	d.Syntax = syn
	if n := len(In(d, a)); n != 3 {
		t.Errorf("first sentence: %d tokens, want 3", n)
	}
	if n := len(In(d, doc.Span{Start: 0, End: len(s)})); n != 7 {
		t.Errorf("paragraph: %d tokens, want 7", n)
	}
}
