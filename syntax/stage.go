// Package syntax is the syntax stage: it tokenizes every sentence of the
// document once, the headline included, UD English style (package
// syntax/tokenize), and fills doc.Syntax for the stages after it.
package syntax

import (
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// Stage is the syntax pipeline stage.
type Stage struct {
	tok *tokenize.Data
}

// New loads the tokenizer's data.
func New() (*Stage, error) {
	td, err := tokenize.Default()
	if err != nil {
		return nil, err
	}
	return &Stage{tok: td}, nil
}

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "syntax" }

// Process implements pipeline.Stage: the headline first, then every
// sentence of d.Sentences in order.
func (s *Stage) Process(d *doc.Document) error {
	syn := &doc.Syntax{}
	headIn := -1 // index of the body sentence that is the headline
	switch {
	case d.HeadlineSpan != nil:
		for i, sp := range d.Sentences {
			if sp == *d.HeadlineSpan {
				headIn = i
			}
		}
		if headIn < 0 {
			s.add(syn, d.Text, *d.HeadlineSpan, true, -1)
		}
	case d.Headline != nil && *d.Headline != "":
		h := *d.Headline
		s.add(syn, h, doc.Span{Start: 0, End: len(h)}, true, -1)
	}
	for i, sp := range d.Sentences {
		s.add(syn, d.Text, sp, i == headIn, i)
	}
	d.Syntax = syn
	return nil
}

// add tokenizes text[sp] as one sentence of the layer.
func (s *Stage) add(syn *doc.Syntax, text string, sp doc.Span, headline bool, index int) {
	first := len(syn.Tokens)
	syn.Tokens = s.tok.Sentence(text, sp.Start, sp.End, syn.Tokens)
	for i := first; i < len(syn.Tokens); i++ {
		syn.Tokens[i].Head = -1
	}
	syn.Sentences = append(syn.Sentences, doc.SyntaxSentence{Span: sp, First: first, End: len(syn.Tokens), Headline: headline, Index: index})
}
