// Place: where an event happened.

package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// eventPlace takes the place named in the sentence, preferring one after
// "in", "at" or "near", and among several the one of the trigger's own
// clause (see clausePlace). The sentence's choice is weighed once; each
// event gets its own copy.
func (sc *sentCtx) eventPlace(trig doc.Span) *doc.EventPlace {
	if !sc.placeDone {
		sc.place, sc.placeDone = weighPlaces(sc.d, sc.span, sc.places), true
	}
	if sc.place == nil {
		return nil
	}
	p := *sc.place
	if q := clausePlace(sc.d, sc.span, sc.places, trig); q != nil {
		p = *q
	}
	return &p
}

// clausePlace returns, when a sentence names several places of events,
// the one whose words hang in the parse from the trigger ("arrested ... in
// Cochabamba" where the sentence goes on "while ... marched in La Paz"),
// or nil.
func clausePlace(d *doc.Document, sent doc.Span, pms []placeMention, trig doc.Span) *doc.EventPlace {
	if d.Syntax == nil {
		return nil
	}
	var cands []placeMention
	for _, pm := range pms {
		if pm.span.Start >= sent.Start && pm.span.End <= sent.End && placeScore(d, sent, pm) > 0 {
			cands = append(cands, pm)
		}
	}
	if len(cands) < 2 {
		return nil
	}
	toks := d.Syntax.Tokens
	var ss *doc.SyntaxSentence
	for i := range d.Syntax.Sentences {
		x := &d.Syntax.Sentences[i]
		if !(x.Headline && x.Index < 0) && x.Span.Start <= trig.Start && trig.Start < x.Span.End {
			ss = x
			break
		}
	}
	if ss == nil {
		return nil
	}
	at := func(off int) int {
		for k := ss.First; k < ss.End; k++ {
			if toks[k].Start <= off && off < toks[k].End {
				return k
			}
		}
		return -1
	}
	t := at(trig.Start)
	if t < 0 {
		return nil
	}
	for _, pm := range cands {
		k := at(pm.span.Start)
		for steps := 0; k >= 0 && steps < 12; steps++ {
			if k == t {
				p := pm.place
				return &doc.EventPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
			}
			k = int(toks[k].Head)
		}
	}
	return nil
}

// weighPlaces picks, among the place mentions pms, the one in the sentence
// that best names where its events happened, or nil.
func weighPlaces(d *doc.Document, sent doc.Span, pms []placeMention) *doc.EventPlace {
	var best *doc.EventPlace
	bestScore := 0
	for _, pm := range pms {
		if pm.span.Start < sent.Start || pm.span.End > sent.End {
			continue
		}
		score := placeScore(d, sent, pm)
		if score > bestScore {
			p := pm.place
			best = &doc.EventPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
			bestScore = score
		}
	}
	return best
}

// placeScore rates a place mention as the place of its sentence's events:
// 3 after "in", "at" or "near", one more for a place smaller than a
// country; 0 for a country or landmark named without such a word (an
// actor), a demonym or a place inside an organisation's name.
func placeScore(d *doc.Document, sent doc.Span, pm placeMention) int {
	p, m := pm.place, pm.span
	if p.Kind == doc.PlaceDemonym || p.Kind == doc.PlaceEmbedded {
		return 0 // "Russian troops", "Liverpool FC": no place of the act
	}
	score := 0
	before := " " + strings.ToLower(strings.TrimSpace(d.Text[max(sent.Start, m.Start-8):m.Start]))
	for _, prep := range placeCues {
		if strings.HasSuffix(before, " "+prep) {
			score = 3
		}
	}
	if p.Feature != "country" && p.Kind != doc.PlaceLandmark {
		score++ // a landmark without "in" or "at" is an actor ("Wall Street rose")
	}
	return score
}

// Event place sources (doc.Event.PlaceSource).
const (
	placeFromClause   = "clause"
	placeFromDateline = "dateline"
	placeFromFocus    = "focus"
)

// focusPlace is the article's place when a sentence names none, and where
// it came from: the dateline's place, else the place its body names most
// (a city or region counting four times a country's or a landmark's
// mention, a mention in the first sentences counting more than a closing
// line's), never a demonym or a place inside an organisation's name.
func focusPlace(d *doc.Document) (*doc.EventPlace, string) {
	if d.Dateline != nil && d.Dateline.Geo != nil {
		p := d.Dateline.Geo
		return &doc.EventPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}, placeFromDateline
	}
	byID := map[string]doc.Place{}
	for _, p := range d.Places {
		if p.Kind == doc.PlaceDemonym || p.Kind == doc.PlaceEmbedded {
			continue
		}
		byID[p.Entity] = p
	}
	lead := len(d.Text)
	if len(d.Sentences) > 2 {
		lead = d.Sentences[1].End
	}
	best, bestN := "", 0
	for _, e := range d.Entities {
		p, ok := byID[e.ID]
		if !ok {
			continue
		}
		// Body mentions only: the headline's are not counted here (yet),
		// so that reading the headline changed no event's place.
		n := 0
		for _, m := range e.Mentions {
			if m.In != "" {
				continue
			}
			w := 4
			if p.Feature == "country" || p.Kind == doc.PlaceLandmark {
				w = 1 // a country, or a landmark named as an actor ("Wall Street")
			}
			if m.Start < lead {
				w *= 2
			}
			n += w
		}
		if d.Dateline != nil && strings.EqualFold(e.Name, d.Dateline.Place) {
			n += 100
		}
		if n > bestN {
			best, bestN = e.ID, n
		}
	}
	if best == "" {
		return nil, ""
	}
	p := byID[best]
	return &doc.EventPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}, placeFromFocus
}
