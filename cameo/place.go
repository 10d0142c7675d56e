// Place: where an event happened.

package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// eventPlace takes the place named in the sentence, preferring one after
// "in", "at" or "near". It is weighed once a sentence; each event gets its
// own copy.
func (sc *sentCtx) eventPlace() *doc.EventPlace {
	if !sc.placeDone {
		sc.place, sc.placeDone = weighPlaces(sc.d, sc.span, sc.places), true
	}
	if sc.place == nil {
		return nil
	}
	p := *sc.place
	return &p
}

// weighPlaces picks, among the place mentions pms, the one in the sentence
// that best names where its events happened, or nil.
func weighPlaces(d *doc.Document, sent doc.Span, pms []placeMention) *doc.EventPlace {
	var best *doc.EventPlace
	bestScore := -1
	for _, pm := range pms {
		p, m := pm.place, pm.span
		if m.Start < sent.Start || m.End > sent.End {
			continue
		}
		if p.Kind == doc.PlaceDemonym || p.Kind == doc.PlaceEmbedded {
			continue // "Russian troops", "Liverpool FC": no place of the act
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
		if score == 0 {
			continue // a country named as an actor is not where it happened
		}
		if score > bestScore {
			best = &doc.EventPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
			bestScore = score
		}
	}
	return best
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
