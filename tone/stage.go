package tone

import (
	"sort"

	"github.com/dragoman/dragoman/doc"
)

// Stage is the tone pipeline stage: it scores every body sentence from the
// syntax layer's tokens (d.Syntax) and the body as a whole, and sets
// d.SentenceTones and d.Tone. It is safe for concurrent use.
type Stage struct {
	lx *Lexicon
}

// NewStage returns the stage with the built-in lexicon.
func NewStage() (*Stage, error) {
	lx, err := Default()
	if err != nil {
		return nil, err
	}
	return &Stage{lx: lx}, nil
}

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "tone" }

// Process implements pipeline.Stage. A sentence's words are its tokens
// joined where they touch ("do" + "n't", "U" + "." + "S" + "."), read as
// Text reads words; a sentence without words scores 0. The document's
// tone is that of the body sentences together, nil when they have no
// words.
func (s *Stage) Process(d *doc.Document) error {
	d.SentenceTones = make([]float64, len(d.Sentences))
	d.Tone = nil
	if d.Syntax == nil {
		return nil
	}
	var all Score
	var words []string
	for i, ss := range d.Syntax.Sentences {
		if ss.Index < 0 || ss.Index >= len(d.Sentences) {
			continue // a headline that is not in the text
		}
		words = words[:0]
		toks := d.Syntax.SentenceTokens(i)
		for j := 0; j < len(toks); {
			start, end := toks[j].Start, toks[j].End
			for j++; j < len(toks) && toks[j].Start <= end; j++ {
				end = max(end, toks[j].End)
			}
			if start >= 0 && start <= end && end <= len(d.Text) {
				words = AppendWords(words, d.Text[start:end])
			}
		}
		sc := s.lx.Words(words)
		d.SentenceTones[ss.Index] = sc.Tone
		if inBody(d.Body, d.Sentences[ss.Index]) {
			all.Add(sc)
		}
	}
	if all.Words > 0 {
		t := all.Tone
		d.Tone = &t
	}
	return nil
}

// inBody reports whether sp lies within one of the body's paragraphs.
// The paragraphs are in text order and do not overlap.
func inBody(body []doc.Span, sp doc.Span) bool {
	i := sort.Search(len(body), func(i int) bool { return body[i].End >= sp.End })
	return i < len(body) && body[i].Start <= sp.Start
}
