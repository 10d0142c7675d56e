package timex

import (
	"time"

	"github.com/dragoman/dragoman/calendar"
	"github.com/dragoman/dragoman/doc"
)

// Stage is the time-expression pipeline stage. It tags the headline and the
// body's sentences, resolving against the publication date when one is
// known; when none is, it infers bounds for it from the body.
type Stage struct {
	Tagger *Tagger
}

// New returns the stage with the built-in rules.
func New() (*Stage, error) {
	t, err := NewTagger()
	if err != nil {
		return nil, err
	}
	return &Stage{Tagger: t}, nil
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "timex" }

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	var ref time.Time
	hasRef := false
	if d.Published.Value != nil {
		if t, err := time.Parse("2006-01-02", *d.Published.Value); err == nil {
			ref, hasRef = t, true
		}
	}
	// The headline and the body's sentences, in order; a headline that is
	// not in the text has its offsets in the headline.
	var all []Expression
	headline := 0 // the first len(all) expressions after the headline's are the body's
	if d.Syntax != nil {
		// the story's time moves with the body's dates, sentence by
		// sentence; the headline tells none
		var story Story
		for i, ss := range d.Syntax.Sentences {
			text := d.Text
			if ss.Headline && d.HeadlineSpan == nil {
				text = *d.Headline
			}
			st := &story
			if ss.Headline {
				st = nil
			}
			es := s.Tagger.TagSentence(Sentence{Text: text, Tokens: d.Syntax.SentenceTokens(i), First: ss.First}, ref, hasRef, st)
			all = append(all, es...)
			if ss.Headline && i == 0 {
				headline = len(all)
			}
			if st != nil {
				for _, e := range es {
					story.Tell(e)
				}
			}
		}
	} else {
		// no syntax stage ran (a test's own chain): tokenize here
		switch {
		case d.HeadlineSpan != nil:
			all = s.Tagger.Tag(d.Text, d.HeadlineSpan.Start, d.HeadlineSpan.End, ref, hasRef)
		case d.Headline != nil:
			all = s.Tagger.Tag(*d.Headline, 0, len(*d.Headline), ref, hasRef)
		}
		headline = len(all)
		for _, sp := range d.Sentences {
			all = append(all, s.Tagger.Tag(d.Text, sp.Start, sp.End, ref, hasRef)...)
		}
	}
	for k, e := range all {
		t := doc.Time{Text: e.Text, Span: e.Span, Type: e.Type, Mod: e.Mod, Rule: e.Rule, Subject: e.Subject}
		if k < headline {
			t.In = "headline"
		}
		doc.SetStr(&t.Value, e.Value)
		switch {
		case e.Value == "":
			t.Anchor = "none"
		case e.Story != "":
			t.Anchor = "story"
			doc.SetStr(&t.AnchorValue, e.Story)
		case e.Relative:
			t.Anchor = "published"
		default:
			t.Anchor = "absolute"
		}
		doc.SetStr(&t.From, e.From)
		doc.SetStr(&t.To, e.To)
		t.Interval = calendarInterval(e.Value)
		d.Times = append(d.Times, t)
	}
	if !hasRef && (d.Published.Source == doc.PublishedUnknown || d.Published.Source == "") {
		inferPublished(d, all)
	}
	return nil
}

// inferPublished bounds the publication date from the body's absolute
// dates: a past-tense date the article reports is on or before it was
// written; a future-tense one is after.
func inferPublished(d *doc.Document, all []Expression) {
	var earliest, latest string
	for _, e := range all {
		if e.Relative || e.Type != "DATE" || len(e.Value) < 7 || e.Value[0] == 'X' || e.Value[0] == 'P' {
			continue
		}
		v := e.Value
		if len(v) == 7 {
			if e.Tense == future {
				v += "-01"
			} else {
				t, err := time.Parse("2006-01", v)
				if err != nil {
					continue
				}
				v = t.AddDate(0, 1, -1).Format("2006-01-02")
				if e.Tense == past {
					// the month is past: the article is at least in it
					v = e.Value + "-01"
				}
			}
		}
		if len(v) != 10 {
			continue
		}
		switch e.Tense {
		case past:
			if v > earliest {
				earliest = v
			}
		case future:
			if latest == "" || v < latest {
				latest = v
			}
		}
	}
	if earliest == "" && latest == "" {
		return
	}
	p := doc.Published{Source: doc.PublishedInferred}
	if earliest != "" {
		p.Earliest = &earliest
	}
	if latest != "" {
		p.Latest = &latest
	}
	if earliest != "" && latest != "" && earliest > latest {
		return // contradictory evidence: say nothing
	}
	d.Published = p
}

// calendarInterval is the stretch of days a value names (calendar.Interval),
// first and last day, nil when it names none (an unknown year, a
// duration, a reference such as PRESENT_REF).
func calendarInterval(v string) *doc.DateInterval {
	a, b, ok := calendar.Interval(v)
	if !ok {
		return nil
	}
	last := b.Add(-time.Nanosecond)
	return &doc.DateInterval{Start: a.Format("2006-01-02"), End: last.Format("2006-01-02")}
}
