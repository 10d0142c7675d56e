package place

// The article's context for names: the places inside organisations' and
// landmarks' names, the "Place, Region" pairs, the countries of a
// sentence's actors, and the people's and organisations' names that a
// place name may be part of.

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
)

// actorCC is the country of an actor of a sentence, and the entity that
// names the actor ("" for a role word).
type actorCC struct{ cc, entity string }

// actorCountries lists the countries of each sentence's named actors,
// from their codes ("BOLGOV" of a named leader: Bolivia) in the entity
// stage's actor phrases.
func (s *Stage) actorCountries(d *doc.Document) map[int][]actorCC {
	out := map[int][]actorCC{}
	for _, a := range d.Actors {
		// named people and organisations: a role word's or a place's code
		// may come from the very names being resolved
		if len(a.Code) < 3 || a.Type != "PERSON" && a.Type != "ORG" {
			continue
		}
		if c, ok := s.Gaz.Country(a.Code[:3]); ok {
			out[a.Sentence] = append(out[a.Sentence], actorCC{c.Country, a.Entity})
		}
	}
	return out
}

// sentCountries returns the countries of the other actors of the sentence
// of the entity's first body mention (not the entity's own code, which may
// come from the very name being resolved), or nil.
func sentCountries(d *doc.Document, e *doc.Entity, actors map[int][]actorCC) map[string]bool {
	if len(actors) == 0 {
		return nil
	}
	for _, m := range e.Mentions {
		if m.In != "" {
			continue
		}
		i := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > m.Start })
		var out map[string]bool
		for _, a := range actors[i] {
			if a.entity != e.ID {
				if out == nil {
					out = map[string]bool{}
				}
				out[a.cc] = true
			}
		}
		return out
	}
	return nil
}

// initials collects the initials of the article's organisations' names
// of three words or more ("SLA" of "Sudan Liberation Army").
func initials(d *doc.Document) map[string]bool {
	out := map[string]bool{}
	for _, e := range d.Entities {
		if e.Type != "ORG" {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(e.Name) {
			if w[0] >= 'A' && w[0] <= 'Z' {
				b.WriteByte(w[0])
			}
		}
		if b.Len() >= 3 {
			out[b.String()] = true
		}
	}
	return out
}

// surnames collects the words of the article's people's names after the
// first ("Moore" of "Michael Moore"), and in organisations' names the word
// after a given name.
func (s *Stage) surnames(d *doc.Document) map[string]bool {
	out := map[string]bool{}
	for _, e := range d.Entities {
		ws := strings.Fields(e.Name)
		switch e.Type {
		case "PERSON":
			for _, w := range ws[min(1, len(ws)):] {
				out[w] = true
			}
		case "ORG":
			// a person's name inside a mistyped one: "United Kingdom Tony
			// Blair", the word after a given name
			for i := 1; i < len(ws); i++ {
				if s.Lex.Given[ws[i-1]] && ws[i] != "" && ws[i][0] >= 'A' && ws[i][0] <= 'Z' {
					out[ws[i]] = true
				}
			}
		}
	}
	return out
}

// widened returns the name of a body mention with the capitalised word
// before it ("La Paz", "El Alto", "Le Havre", "San José") when the
// gazetteer knows that longer name, or "".
func (s *Stage) widened(d *doc.Document, e *doc.Entity) string {
	for _, m := range e.Mentions {
		if m.In != "" || m.Start < 2 || m.End > len(d.Text) || d.Text[m.Start-1] != ' ' {
			continue
		}
		before := d.Text[max(0, m.Start-12) : m.Start-1]
		i := strings.LastIndexAny(before, " \n\t\"(")
		w := before[i+1:]
		if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, ".,;:") {
			continue
		}
		if full := w + " " + m.Text; len(s.Gaz.Lookup(full)) > 0 {
			return full
		}
	}
	return ""
}

// insideAny is inside for the entity's name, else for the texts of its
// body mentions ("U.S. State Department" of the entity "State
// Department").
func (s *Stage) insideAny(e *doc.Entity, countries map[string]bool, datelineCC string) (*geo.Place, string) {
	if p, kind := s.inside(e.Name, e.Type, countries, datelineCC); p != nil {
		return p, kind
	}
	seen := map[string]bool{e.Name: true}
	for _, m := range e.Mentions {
		if m.In != "" || seen[m.Text] {
			continue
		}
		seen[m.Text] = true
		if p, kind := s.inside(m.Text, e.Type, countries, datelineCC); p != nil {
			return p, kind
		}
	}
	return nil, ""
}

// inside finds a place named inside the name of an organisation, building
// or site: "Liverpool FC" (embedded), "Kabul International Airport"
// (landmark, placed at its city). The place must be a country, a
// subdivision or a city large enough to be named in organisations.
func (s *Stage) inside(name, typ string, countries map[string]bool, datelineCC string) (*geo.Place, string) {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil, ""
	}
	kind := doc.PlaceEmbedded
	lw := strings.ToLower(strings.Join(words, " "))
	for head := range s.Cues.Landmark {
		if strings.HasSuffix(lw, " "+head) || strings.HasPrefix(lw, head+" of ") {
			if !s.Cues.AtCity[head] {
				return nil, "" // "Hanover Square" is not in Hanover
			}
			kind = doc.PlaceLandmark
			break
		}
	}
	if typ != "ORG" && kind != doc.PlaceLandmark {
		return nil, "" // a place name of several words is itself a place
	}
	// "Nizar Rayyan": a person's name typed as an organisation
	person := typ == "ORG" && len(words) <= 3 && s.Lex.Given[words[0]]
	// the longest run of words that names a place, leftmost first
	for n := len(words) - 1; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			if person && i > 0 {
				break
			}
			cand := strings.Trim(strings.Join(words[i:i+n], " "), ",'’")
			if !strings.Contains(cand, ".") || strings.Count(cand, ".") == 1 {
				cand = strings.TrimRight(cand, ".") // "Corp." but not "U.S."
			}
			if cand == "" || cand[0] < 'A' || cand[0] > 'Z' {
				continue
			}
			if n == 1 && s.Lex.Common[strings.ToLower(cand)] {
				continue // "West", "Capital": words first
			}
			if k, ok := s.Lex.Known[strings.ToLower(cand)]; ok {
				// "White House Chief of Staff": a known landmark's place,
				// never a town named like a known organisation
				if k.Place != "" {
					if p := s.inCountry(k.Place, k.PlaceCountry); p != nil {
						return p, doc.PlaceLandmark
					}
				}
				continue
			}
			if i > 0 && s.Cues.Regions[strings.ToLower(words[i-1]+" "+cand)] {
				continue // "Latin American" is no American
			}
			if cc := s.countryIn(cand, countries); cc != "" {
				if p, ok := s.Gaz.Country(cc); ok {
					return p, kind
				}
			}
			if cc := s.demonymOf(cand); cc != "" {
				if p, ok := s.Gaz.Country(cc); ok {
					return p, doc.PlaceDemonym // "Australian Federal Police"
				}
			}
			p := s.best(cand, countries, datelineCC, nil)
			if p == nil {
				continue
			}
			if n == 1 && s.Lex.Given[cand] && p.Feature != geo.Capital && p.Population < 1000000 {
				continue // "Michael": a given name first, unless a great city's
			}
			if p.Kind == 'A' && n == 1 && !strings.EqualFold(p.Name, cand) {
				continue // "Qassim" of a person's name is not the Al-Qassim Region
			}
			if p.Kind == 'P' && n == 1 && p.Population < 1000000 && !strings.EqualFold(p.Name, cand) && !strings.HasPrefix(strings.ToLower(p.Name), strings.ToLower(cand)+" ") {
				continue // a town by another of its names: "Minster" is not Münster
			}
			if p.Kind == 'A' || p.Kind == 'C' || p.Feature == geo.Capital || p.Population >= minBarePop {
				return p, kind
			}
		}
	}
	return nil, ""
}

// qualifiers finds "Place, Region" pairs: for the start of each place
// mention followed by a comma and another place mention, the latter's text.
func qualifiers(d *doc.Document) map[int]string {
	type ms struct {
		start, end int
		text       string
	}
	var all []ms
	for _, e := range d.Entities {
		if e.Type != "GPE" && e.Type != "LOC" && e.Type != "FAC" {
			continue
		}
		for _, m := range e.Mentions {
			if m.In == "" { // a "Place, Region" pair of the body
				all = append(all, ms{m.Start, m.End, m.Text})
			}
		}
	}
	// the mentions by start, to find those right after a comma
	byStart := make([]int, len(all))
	for i := range byStart {
		byStart[i] = i
	}
	sort.SliceStable(byStart, func(i, j int) bool { return all[byStart[i]].start < all[byStart[j]].start })
	out := map[int]string{}
	for _, a := range all {
		// a's end, spaces, a comma, spaces: b starts after the comma and
		// no later than the first non-space (the last such b wins)
		rest := strings.TrimLeftFunc(d.Text[a.end:], unicode.IsSpace)
		if !strings.HasPrefix(rest, ",") {
			continue
		}
		lo := len(d.Text) - len(rest) + 1
		hi := len(d.Text) - len(strings.TrimLeftFunc(rest[1:], unicode.IsSpace))
		best := -1
		for k := sort.Search(len(byStart), func(k int) bool { return all[byStart[k]].start >= lo }); k < len(byStart) && all[byStart[k]].start <= hi; k++ {
			best = max(best, byStart[k])
		}
		if best >= 0 {
			out[a.start] = all[best].text
		}
	}
	return out
}

// namedRegions are the first-level subdivisions ("Kent", "Kunar
// province") the article's place names resolve to, by the sentences that
// name them.
type namedRegions struct {
	bySentence map[int][]*geo.Place
	own        map[*geo.Place]string // the entity that names it
}

// sentenceRegions finds, among the place entities still to resolve, those
// whose likeliest place is a first-level subdivision, and the sentences
// their body mentions are in.
func (s *Stage) sentenceRegions(d *doc.Document, es []*doc.Entity, countries map[string]bool, datelineCC string) namedRegions {
	out := namedRegions{}
	for _, e := range es {
		p := s.best(e.Name, countries, datelineCC, nil)
		if p == nil || p.Kind != 'A' {
			continue
		}
		if out.bySentence == nil {
			out.bySentence, out.own = map[int][]*geo.Place{}, map[*geo.Place]string{}
		}
		out.own[p] = e.ID
		for _, m := range e.Mentions {
			if m.In != "" {
				continue
			}
			i := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > m.Start })
			out.bySentence[i] = append(out.bySentence[i], p)
		}
	}
	return out
}

// nearRegions are the subdivisions named by other names than a town's,
// in its sentence and anywhere in the article.
type nearRegions struct {
	sentence, article []*geo.Place
	named             map[string]bool // the countries named in the sentence
}

// of lists the subdivisions other entities name in the sentence of the
// entity's first body mention and in the article; none for a name that
// is itself a subdivision's ("Wyoming" beside "Ohio" is the state, not
// the town, and "Arizona" no town of Arizona).
func (r namedRegions) of(d *doc.Document, e *doc.Entity) nearRegions {
	var out nearRegions
	for _, id := range r.own {
		if id == e.ID {
			return out
		}
	}
	for p := range r.own {
		out.article = append(out.article, p)
	}
	for _, m := range e.Mentions {
		if m.In != "" {
			continue
		}
		i := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > m.Start })
		out.sentence = r.bySentence[i]
		break
	}
	return out
}

// sentenceCountry is a country named by its name (an entity).
type sentenceCountry struct {
	e  *doc.Entity
	cc string
}

// namedIn lists the countries named in the sentence of the entity's
// first body mention ("a village in Zorvania").
func namedIn(d *doc.Document, e *doc.Entity, named []sentenceCountry) map[string]bool {
	i := -1
	for _, m := range e.Mentions {
		if m.In == "" {
			i = sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > m.Start })
			break
		}
	}
	if i < 0 || i >= len(d.Sentences) {
		return nil
	}
	sp := d.Sentences[i]
	var out map[string]bool
	for _, n := range named {
		if n.e == e {
			continue
		}
		for _, m := range n.e.Mentions {
			if m.In == "" && m.Start >= sp.Start && m.End <= sp.End {
				if out == nil {
					out = map[string]bool{}
				}
				out[n.cc] = true
				break
			}
		}
	}
	return out
}
