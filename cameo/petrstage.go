// The event stage with a user's PETRARCH verb dictionary: each sentence
// coded by the dictionary coder (petr.go) instead of the built-in
// patterns, its events given the same dates, places and attribution.

package cameo

import (
	"strconv"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// petrProcess codes d's body sentences with s.Petr.
func (s *Stage) petrProcess(d *doc.Document) {
	if d.Syntax == nil {
		return
	}
	date := publishedDate(d)
	focus, focusSource := focusPlace(d)
	ix := newIndex(d, d.Sentences)
	for k, ss := range d.Syntax.Sentences {
		i := ss.Index
		if i < 0 || i >= len(d.Sentences) || ss.Headline && d.HeadlineSpan != nil && *d.HeadlineSpan == d.Sentences[i] && i != 0 {
			continue
		}
		evs, _ := s.Petr.CodeSentence(d, k, date, s.Convention)
		if len(evs) == 0 {
			continue
		}
		sent := d.Sentences[i]
		sc := &sentCtx{d: d, span: sent, toks: token.In(d, sent), times: ix.times[i], quotes: ix.quotes[i], places: ix.places[i]}
		for _, ev := range s.petrEvents(d, sc, ss.First, evs) {
			ev.ID = "v" + strconv.Itoa(len(d.Events)+1)
			if ev.Place != nil {
				ev.PlaceSource = placeFromClause
			} else if focus != nil {
				ev.Place, ev.PlaceSource = focus, focusSource
			}
			d.Events = append(d.Events, ev)
		}
	}
}

// petrEvents makes the document's events of the dictionary coder's
// events in one sentence, whose syntax tokens start at first.
func (s *Stage) petrEvents(d *doc.Document, sc *sentCtx, first int, evs []PetrEvent) []doc.Event {
	var out []doc.Event
	for _, e := range evs {
		c := s.Table[e.Code]
		if c == nil && len(e.Code) >= 2 {
			c = s.Table[e.Code[:2]] // a code of the user's own under a CAMEO root
		}
		if c == nil {
			continue
		}
		vt := d.Syntax.Tokens[first+e.Verb]
		trig := doc.Trigger{Span: vt.Span, Text: d.Text[vt.Start:vt.End]}
		ev := doc.Event{Code: e.Code, Root: c.Root, Label: c.Name, Goldstein: c.Goldstein, QuadClass: c.Quad,
			Date: sc.eventDate(trig.Span), Place: sc.eventPlace(trig.Span), Sentence: sc.span, Trigger: trig, Attribution: sc.quoteAttribution(trig.Span), Confidence: 0.6,
			Hypothetical: e.Hypothetical && s.Convention == Codebook}
		doc.SetStr(&ev.Plover, c.Plover)
		ev.Source, ev.Target = petrActor(e.Source), petrActor(e.Target)
		if ev.Source != nil {
			ev.Confidence += 0.2
		}
		if ev.Target != nil {
			ev.Confidence += 0.1
		}
		out = append(out, ev)
	}
	return out
}

// petrActor is an actor of a dictionary-coded event: its code stands for
// its name ("---" is none).
func petrActor(code string) *doc.Actor {
	if code == "" || code == "---" {
		return nil
	}
	a := &doc.Actor{Name: code}
	doc.SetStr(&a.Actor, code)
	return a
}
