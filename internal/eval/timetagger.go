package eval

import (
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/timex"
)

// TimeTagger reads time expressions as the pipeline does: the sentences
// parsed by the syntax stage, then tagged in order by timex with the
// story's time moving from sentence to sentence.
type TimeTagger struct {
	syn *syntax.Stage
	tg  *timex.Tagger
}

// NewTimeTagger loads the syntax models and the timex rules.
func NewTimeTagger() (*TimeTagger, error) {
	s, err := syntax.New()
	if err != nil {
		return nil, err
	}
	tg, err := timex.NewTagger()
	if err != nil {
		return nil, err
	}
	return &TimeTagger{syn: s, tg: tg}, nil
}

// Tag parses the sentences sents of text and tags them in order.
func (t *TimeTagger) Tag(text string, sents []doc.Span, ref time.Time, hasRef bool) []timex.Expression {
	d := &doc.Document{Text: text, Sentences: sents}
	if err := t.syn.Process(d); err != nil {
		return nil
	}
	var story timex.Story
	var out []timex.Expression
	for i, ss := range d.Syntax.Sentences {
		es := t.tg.TagSentence(timex.Sentence{Text: text, Tokens: d.Syntax.SentenceTokens(i), First: ss.First}, ref, hasRef, &story)
		for _, e := range es {
			story.Tell(e)
		}
		out = append(out, es...)
	}
	return out
}
