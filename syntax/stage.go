// Package syntax is the syntax stage: it tokenizes every sentence of the
// document once, the headline included, UD English style (package
// syntax/tokenize), tags, lemmatizes and parses it with the embedded
// models (packages syntax/tagger, syntax/lemma, syntax/parser, trained by
// tools/train-syntax), and fills doc.Syntax for the stages after it.
package syntax

import (
	"sync"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// Stage is the syntax pipeline stage. It is safe for concurrent use.
type Stage struct {
	tok    *tokenize.Data
	models *Models
	pool   sync.Pool // *scratch
}

type scratch struct {
	words []string
	an    Analysis
}

// New loads the tokenizer's data and the embedded models (once per
// process); a missing or corrupt model file is an error naming it.
func New() (*Stage, error) {
	td, err := tokenize.Default()
	if err != nil {
		return nil, err
	}
	m, err := DefaultModels()
	if err != nil {
		return nil, err
	}
	return &Stage{tok: td, models: m}, nil
}

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "syntax" }

// Process implements pipeline.Stage: the headline first, then every
// sentence of d.Sentences in order.
func (s *Stage) Process(d *doc.Document) error {
	// Room for the tokens at once (about one per five bytes of news
	// text), so that a long document's layer is not copied as it grows.
	size := 0
	for _, sp := range d.Sentences {
		size += sp.End - sp.Start
	}
	syn := &doc.Syntax{Tokens: make([]doc.Token, 0, size/5+64), Sentences: make([]doc.SyntaxSentence, 0, len(d.Sentences)+1)}
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
	s.annotate(syn.Tokens[first:], first)
	syn.Sentences = append(syn.Sentences, doc.SyntaxSentence{Span: sp, First: first, End: len(syn.Tokens), Headline: headline, Index: index})
}

// annotate fills the tags, lemmas and dependencies of one sentence's
// tokens, which start at index first of the layer.
func (s *Stage) annotate(toks []doc.Token, first int) {
	sc, _ := s.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer s.pool.Put(sc)
	sc.words = sc.words[:0]
	for _, t := range toks {
		sc.words = append(sc.words, t.Form)
	}
	s.models.Annotate(sc.words, &sc.an)
	a := &sc.an
	for i := range toks {
		t := &toks[i]
		t.Lemma, t.UPOS, t.XPOS, t.Rel = a.Lemma[i], a.UPOS[i], a.XPOS[i], a.Rel[i]
		t.Head = -1
		if a.Head[i] > 0 {
			t.Head = int32(first + a.Head[i] - 1)
		}
	}
}
