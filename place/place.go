// Package place finds the article's toponyms and resolves them to
// gazetteer entries. It reads the entity layer and the syntax layer:
// place entities (GPE, LOC, FAC) are places unless the words around them
// or the parse say company, product or currency ("Toyota recalled",
// "shares of Ford", "US$"; data/cues.txt); nationality adjectives and
// demonyms (NORP) become records of kind demonym, places inside
// organisations' names records of kind embedded, landmarks records of kind
// landmark at their town. Among places of the same name it chooses with the
// article's context: the countries it names, its dateline, the other
// places it mentions, the countries of a sentence's named actors, and each
// candidate's population and kind; a small town nothing supports, or a
// common word, a person's surname or an organisation's initials, stays
// unresolved. The dateline's place goes on Document.Dateline.
package place

import (
	"math"
	"strings"
	"sync"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/geo"
)

// Stage is the place-resolution pipeline stage.
type Stage struct {
	Gaz  *geo.Gazetteer
	Lex  *entity.Lexicon
	Cues *Cues
}

var (
	cuesOnce sync.Once
	cuesData *Cues
)

// DefaultCues returns the built-in cue lists (data/cues.txt); the file is
// checked by the package's tests, so a malformed one never ships.
func DefaultCues() *Cues {
	cuesOnce.Do(func() {
		c, err := ParseCues(cuesTxt, "place/data/cues.txt")
		if err != nil {
			panic(err)
		}
		cuesData = c
	})
	return cuesData
}

// New returns the stage over a gazetteer and the entity dictionaries (the
// places organisations stand for, country names); it reads the entities
// and the syntax layer from the document.
func New(gaz *geo.Gazetteer, lex *entity.Lexicon) *Stage {
	return &Stage{Gaz: gaz, Lex: lex, Cues: DefaultCues()}
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "place" }

// Context weights (see score).
const (
	wPop       = 2.0 // per power of ten of the population
	wCountry   = 18.0
	wAdmin1    = 11.0
	wCapital   = 2.5
	wContext   = 3.0 // the candidate lies in a country the article names
	wNear      = 2.5 // in the region of, or within nearKm of, another place the article names
	wDateline  = 3.0 // in the dateline's country
	wSentence  = 3.0 // in the country of an actor of the name's sentence
	wRegion    = 4.0 // in a first-level subdivision the name's sentence names
	nearKm     = 400.0
	minCityPop = 1000
	// A town smaller than this that nothing in the article supports (no
	// place word before it, no country, dateline or nearby place of the
	// article) is more likely a word or a name than that town.
	minBarePop = 100000
	minCuedPop = 15000
	// A city this large needs no support; one between minBarePop and this
	// needs none unless the article's countries are all elsewhere ("Kent"
	// in a story about Saskatoon is not Kent, Washington; "Frankfurt" in a
	// story that names no country of it is still Frankfurt).
	minForeignPop = 200000
)

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	ix := newTokIndex(d)
	countries := map[string]bool{}
	for _, e := range d.Entities {
		if e.Type == "NORP" || e.Type == "GPE" {
			for _, m := range e.Mentions {
				if cc := s.countryOnly(m.Text); cc != "" && s.admin1Named(m.Text, cc) == nil {
					countries[cc] = true // not "Georgia", which may be a state
				}
			}
		}
	}
	datelineCC := ""
	if d.Dateline != nil {
		if p := s.dateline(d.Dateline.Place, countries); p != nil {
			datelineCC = p.Country
			r := s.record("", p, "")
			d.Dateline.Geo = &r
		}
	}
	// First the unambiguous places, then the rest near them.
	var anchors []*geo.Place
	type pending struct {
		e    *doc.Entity
		name string
		use  int
	}
	var todo, deferred []pending
	var named []sentenceCountry // the countries named by their names
	todoEntities := func(ps []pending) []*doc.Entity {
		out := make([]*doc.Entity, len(ps))
		for i, p := range ps {
			out[i] = p.e
		}
		return out
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		switch e.Type {
		case "GPE", "LOC", "FAC", "ORG", "NORP":
		default:
			continue
		}
		name := e.Name
		if k, ok := s.Lex.Known[strings.ToLower(name)]; ok && k.Place != "" {
			if p := s.inCountry(k.Place, k.PlaceCountry); p != nil {
				r := s.record(e.ID, p, "landmark")
				r.Kind = doc.PlaceLandmark
				d.Places = append(d.Places, r)
			}
			continue
		}
		if e.Type == "NORP" {
			// "Russian", "Iraqis": the country of a demonym
			if cc := s.demonymOf(name); cc != "" {
				if p, ok := s.Gaz.Country(cc); ok {
					r := s.record(e.ID, p, "")
					r.Kind = doc.PlaceDemonym
					d.Places = append(d.Places, r)
				}
			}
			continue
		}
		if e.Type == "ORG" || e.Type == "FAC" || e.Type == "LOC" {
			// "Liverpool FC", "Kabul airport": a place inside the name
			if p, kind := s.insideAny(e, countries, datelineCC); p != nil {
				r := s.record(e.ID, p, "")
				r.Kind = kind
				d.Places = append(d.Places, r)
				continue
			}
			if e.Type == "ORG" {
				continue
			}
		}
		use := s.entityUse(d, ix, e)
		if use == useOther {
			continue // a company, product or currency of a place's name
		}
		if cc := s.countryIn(name, countries); cc != "" {
			if a := s.admin1Named(name, cc); a != nil {
				deferred = append(deferred, pending{e, name, use})
				continue // "Georgia": the country or the US state, by the places near it
			}
			if p, ok := s.Gaz.Country(cc); ok {
				r := s.record(e.ID, p, "")
				if s.countryName(name) == "" && s.gazDemonym(name) != "" {
					r.Kind = doc.PlaceDemonym // a demonym typed as a place
				}
				d.Places = append(d.Places, r)
				anchors = append(anchors, p)
				named = append(named, sentenceCountry{e, p.Country})
			}
			continue
		}
		todo = append(todo, pending{e, name, use})
	}
	qual := qualifiers(d)
	regions := s.sentenceRegions(d, todoEntities(todo), countries, datelineCC)
	actors := s.actorCountries(d)
	people := s.surnames(d)
	inits := initials(d)
	for _, t := range todo {
		if t.use != usePlace && people[t.name] {
			continue // "Moore" after "Michael Moore": the person, not the town
		}
		if s.Cues.Regions[strings.ToLower(strings.TrimPrefix(t.name, "the "))] {
			continue // "Asia", "the Middle East": no town of that name
		}
		if inits[t.name] {
			continue // "SLA" after "Sudan Liberation Army"
		}
		var p *geo.Place
		// "Everett, Washington": the place inside the region named after it.
		for _, m := range t.e.Mentions {
			if q, ok := qual[m.Start]; ok && m.In == "" {
				if p = s.within(m.Text, q, countries); p != nil {
					break
				}
			}
		}
		qualified := p != nil
		local := sentCountries(d, t.e, actors)
		near := regions.of(d, t.e)
		near.named = namedIn(d, t.e, named)
		if p == nil {
			if full := s.widened(d, t.e); full != "" {
				p = s.bestNear(full, countries, local, datelineCC, anchors, near) // "La Paz" of a mention "Paz"
			}
		}
		if p == nil {
			p = s.bestNear(t.name, countries, local, datelineCC, anchors, near)
		}
		if p == nil {
			for _, m := range t.e.Mentions {
				if p = s.best(m.Text, countries, datelineCC, anchors); p != nil {
					break
				}
			}
		}
		// a town without the article's support stays unresolved unless a
		// place word comes before it; a village even then
		if p != nil && !qualified && !local[p.Country] {
			if t.use != usePlace && !s.supported(p, countries, datelineCC, anchors) ||
				t.use == usePlace && !s.cuedSupported(p, countries, datelineCC, anchors) {
				continue
			}
		}
		// a town named as a modifier of a common noun ("Arab militias")
		// is more likely a people's or a group's adjective than that town
		if p != nil && !qualified && t.use == useModifier && p.Kind == 'P' && p.Feature != geo.Capital && p.Population < minBarePop {
			continue
		}
		// a one-word name that is a common word ("Free", "Mobile") is a
		// town only with a place word or the article's support, however
		// large the town
		if p != nil && !qualified && t.use != usePlace && p.Kind == 'P' && p.Feature != geo.Capital && s.wordy(t.name) && !local[p.Country] && !s.supportedTown(p, countries, datelineCC, anchors) {
			continue
		}
		if p != nil && p.Kind == 'A' && t.use != usePlace && !qualified && s.wordy(t.name) && !strings.EqualFold(p.Name, t.name) {
			continue // "Free" is not the Free State
		}
		if p != nil {
			d.Places = append(d.Places, s.record(t.e.ID, p, ""))
			anchors = append(anchors, p)
			if p.Kind == 'P' && !qualified && inRegions(p, near.sentence) {
				s.recode(d, t.e, p) // its sentence names its region
			}
		}
	}
	for _, t := range deferred {
		cc := s.countryIn(t.name, countries)
		p, _ := s.Gaz.Country(cc)
		if a := s.admin1Named(t.name, cc); a != nil {
			for _, q := range anchors {
				if q.Kind == 'P' && q.Country == a.Country && q.Admin1 == a.Admin1 {
					p = a // a city of the article lies in the subdivision
					break
				}
			}
		}
		if p != nil {
			d.Places = append(d.Places, s.record(t.e.ID, p, ""))
		}
	}
	return nil
}

// admin1Named returns a first-level subdivision of another country than
// cc that has the name ("Georgia" of the United States), or nil.
func (s *Stage) admin1Named(name, cc string) *geo.Place {
	for _, i := range s.Gaz.Lookup(name) {
		if p := &s.Gaz.Places[i]; p.Kind == 'A' && p.Country != cc && p.Name == name {
			return p
		}
	}
	return nil
}

// wordy says whether a one-word name is also a common English word.
// (Given names are not: Atlanta, Austin and Sydney are given names too;
// small towns named like people wait for support anyway.)
func (s *Stage) wordy(name string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	return s.Lex.Common[strings.ToLower(name)]
}

// supportedTown is supported without the size test: the article names the
// town's country, the dateline is there, or another place lies near.
func (s *Stage) supportedTown(p *geo.Place, countries map[string]bool, datelineCC string, anchors []*geo.Place) bool {
	return countries[p.Country] || p.Country == datelineCC || s.nearAnchor(p, anchors)
}

// cuedSupported is supported for a name after a place word ("in X"): the
// word says place, not which, so a town of another country than the
// article's needs the article's support all the same; a village always.
func (s *Stage) cuedSupported(p *geo.Place, countries map[string]bool, datelineCC string, anchors []*geo.Place) bool {
	if p.Population < minCuedPop {
		return s.supported(p, countries, datelineCC, anchors)
	}
	if p.Kind != 'P' || p.Feature == geo.Capital || p.Population >= minForeignPop || len(countries) == 0 {
		return true
	}
	return countries[p.Country] || p.Country == datelineCC || s.nearAnchor(p, anchors)
}

// nearAnchor says whether another place of the article lies near p.
func (s *Stage) nearAnchor(p *geo.Place, anchors []*geo.Place) bool {
	for _, a := range anchors {
		if a != p && (a.Kind == 'A' && p.Country == a.Country && p.Admin1 == a.Admin1 || a.Kind == 'P' && geo.Distance(a.Lat, a.Lon, p.Lat, p.Lon) <= nearKm) {
			return true
		}
	}
	return false
}

// supported says whether a resolved place stands without a place cue: a
// country, a subdivision, a capital or a large city stands on its own; a
// town only with the article's support (its country named, the dateline's
// country, another place of the article nearby).
func (s *Stage) supported(p *geo.Place, countries map[string]bool, datelineCC string, anchors []*geo.Place) bool {
	if p.Kind != 'P' || p.Feature == geo.Capital || p.Population >= minForeignPop {
		return true
	}
	if p.Population >= minBarePop && (len(countries) == 0 || s.nearAnchor(p, anchors)) {
		return true
	}
	return countries[p.Country] || p.Country == datelineCC || s.nearAnchor(p, anchors)
}

// dateline resolves a dateline's place ("La Paz, Bolivia", "Washington").
func (s *Stage) dateline(name string, countries map[string]bool) *geo.Place {
	if city, region, ok := strings.Cut(name, ","); ok {
		if p := s.within(strings.TrimSpace(city), strings.TrimSpace(region), countries); p != nil {
			return p
		}
		name = city
	}
	return s.best(strings.TrimSpace(name), countries, "", nil)
}

// gazDemonym returns the country of a demonym of the gazetteer
// ("Iranian", "Iraqis"), or "".
func (s *Stage) gazDemonym(name string) string {
	for _, n := range []string{name, strings.TrimSuffix(name, "s")} {
		for _, i := range s.Gaz.Lookup(n) {
			if p := &s.Gaz.Places[i]; p.Kind == 'D' {
				return p.Country
			}
		}
	}
	return ""
}

// demonymOf returns the country of a demonym or nationality adjective
// ("Iranian", "Iraqis"), or "".
func (s *Stage) demonymOf(name string) string {
	if cc := s.gazDemonym(name); cc != "" {
		return cc
	}
	if cc := s.Lex.Countries[name]; cc != "" && s.countryName(name) == "" {
		return cc // a nationality adjective of the entity dictionaries
	}
	return ""
}

// countryName returns the code when name is a country's own name (not a
// demonym).
func (s *Stage) countryName(name string) string {
	for _, i := range s.Gaz.Lookup(name) {
		if p := &s.Gaz.Places[i]; p.Kind == 'C' {
			return p.Country
		}
	}
	return ""
}

// within resolves name to a place inside the region or country named
// region ("Everett" within "Washington" picks the US state's Everett).
func (s *Stage) within(name, region string, countries map[string]bool) *geo.Place {
	if full, ok := s.Cues.Abbrev[strings.ToLower(region)]; ok {
		region = full
	}
	var regions []*geo.Place
	for _, i := range s.Gaz.Lookup(region) {
		if p := &s.Gaz.Places[i]; p.Kind == 'A' || p.Kind == 'C' {
			regions = append(regions, p)
		}
	}
	if cc := s.countryOf(region); cc != "" {
		if p, ok := s.Gaz.Country(cc); ok {
			regions = append(regions, p)
		}
	}
	var best *geo.Place
	ids := s.Gaz.Lookup(name)
	if rest, ok := strings.CutPrefix(name, "St. "); ok {
		// "St. Joseph": the gazetteer's small towns are under "Saint"
		ids = append(append([]int32(nil), ids...), s.Gaz.Lookup("Saint "+rest)...)
	}
	for _, i := range ids {
		p := &s.Gaz.Places[i]
		if p.Kind != 'P' && p.Kind != 'A' {
			continue
		}
		for _, r := range regions {
			in := r.Kind == 'C' && p.Country == r.Country || r.Kind == 'A' && p.Country == r.Country && p.Admin1 == r.Admin1 && p.Kind == 'P'
			if in && (best == nil || p.Population > best.Population) {
				best = p
			}
		}
	}
	return best
}

// countryOnly is countryOf for a name that names one country only
// ("Congo" and "Congolese" name two, and say nothing of which the article
// is about).
func (s *Stage) countryOnly(name string) string {
	cc := ""
	for _, i := range s.Gaz.Lookup(name) {
		if p := &s.Gaz.Places[i]; p.Kind == 'C' || p.Kind == 'D' {
			if cc != "" && p.Country != cc {
				return ""
			}
			cc = p.Country
		}
	}
	if cc != "" {
		return cc
	}
	return s.countryOf(name)
}

// countryIn is countryOf preferring, among countries of the same name
// ("Congo"), one the article names otherwise.
func (s *Stage) countryIn(name string, countries map[string]bool) string {
	first, named := "", ""
	for _, i := range s.Gaz.Lookup(name) {
		if p := &s.Gaz.Places[i]; p.Kind == 'C' {
			if countries[p.Country] && named == "" {
				named = p.Country
			}
			if first == "" {
				first = p.Country
			}
		}
	}
	if first == "" {
		return s.countryOf(name)
	}
	// "Congo" in an article that names the "Democratic Republic of (the)
	// Congo": the short form of the country it names
	for _, pre := range []string{"Democratic Republic of the ", "Democratic Republic of ", "Democratic People's Republic of "} {
		for _, i := range s.Gaz.Lookup(pre + name) {
			if p := &s.Gaz.Places[i]; p.Kind == 'C' && p.Country != first && countries[p.Country] {
				return p.Country
			}
		}
	}
	if named != "" {
		return named
	}
	return first
}

// countryOf returns the ISO code when name is a country's name.
func (s *Stage) countryOf(name string) string {
	if cc := s.Lex.Countries[name]; cc != "" {
		return cc
	}
	for _, i := range s.Gaz.Lookup(name) {
		if p := &s.Gaz.Places[i]; p.Kind == 'C' || p.Kind == 'D' {
			return p.Country
		}
	}
	if strings.HasSuffix(name, "s") {
		for _, i := range s.Gaz.Lookup(strings.TrimSuffix(name, "s")) {
			if p := &s.Gaz.Places[i]; p.Kind == 'D' {
				return p.Country
			}
		}
	}
	return ""
}

func (s *Stage) inCountry(name, cc string) *geo.Place {
	var best *geo.Place
	for _, i := range s.Gaz.Lookup(name) {
		p := &s.Gaz.Places[i]
		if p.Country == cc && p.Kind != 'D' && (best == nil || p.Population > best.Population || p.Feature == geo.Capital) {
			best = p
		}
	}
	return best
}

// best picks the likeliest place of a name.
func (s *Stage) best(name string, countries map[string]bool, datelineCC string, anchors []*geo.Place) *geo.Place {
	return s.bestNear(name, countries, nil, datelineCC, anchors, nearRegions{})
}

// bestNear is best with the countries of the actors of the name's sentence
// (local) and the first-level subdivisions it names (regions) counting
// too.
func (s *Stage) bestNear(name string, countries, local map[string]bool, datelineCC string, anchors []*geo.Place, regions nearRegions) *geo.Place {
	var best *geo.Place
	bestScore := math.Inf(-1)
	ids := s.Gaz.Lookup(name)
	maxPop := 0
	for _, i := range ids {
		if p := &s.Gaz.Places[i]; p.Kind == 'P' {
			maxPop = max(maxPop, p.Population)
		}
	}
	for _, i := range ids {
		p := &s.Gaz.Places[i]
		if p.Kind == 'D' {
			continue
		}
		if p.Kind == 'P' && p.Population < minCityPop {
			continue
		}
		sc := score(p, countries, datelineCC, anchors)
		inRegion := inRegions(p, regions.sentence)
		if inRegion {
			sc += wRegion // "Zorvik in Kent", "the village of Zorvik, in Kent province"
		}
		inArticle := inRegions(p, regions.article)
		if !inRegion && inArticle && !nearAnchor(p, anchors) {
			// in a subdivision the article names elsewhere, resolved or
			// not yet: as if near a place of the article
			sc += wNear
		}
		if p.Kind == 'P' && countries[p.Country] && p.Population*20 < maxPop && !inRegion && !inArticle {
			// a country the article names does not make a town twenty
			// times smaller than the name's great city the one meant
			// ("Frankfurt" in a story that names the United States), but
			// one in a subdivision the story names may be
			sc -= wContext
		}
		if local[p.Country] {
			sc += wSentence
		} else if regions.named[p.Country] && (p.Kind != 'P' || p.Population*20 >= maxPop || inRegion) {
			// a country its sentence names ("a village in Zorvania"), not
			// for a town twenty times smaller than the name's great city
			sc += wSentence
		}
		if sc > bestScore {
			best, bestScore = p, sc
		}
	}
	return best
}

// score rates a candidate: size, kind, and agreement with the context.
func score(p *geo.Place, countries map[string]bool, datelineCC string, anchors []*geo.Place) float64 {
	sc := wPop * math.Log10(float64(p.Population)+1)
	switch p.Feature {
	case geo.Country:
		sc += wCountry
	case geo.Admin1:
		sc += wAdmin1
	case geo.Capital:
		sc += wCapital
	}
	if countries[p.Country] {
		sc += wContext
	}
	if datelineCC != "" && p.Country == datelineCC {
		sc += wDateline
	}
	for _, a := range anchors {
		if a == p {
			continue
		}
		if a.Kind == 'A' && p.Country == a.Country && p.Admin1 == a.Admin1 || a.Kind == 'P' && geo.Distance(a.Lat, a.Lon, p.Lat, p.Lon) <= nearKm {
			sc += wNear
			break
		}
	}
	return sc
}

func (s *Stage) record(entityID string, p *geo.Place, feature string) doc.Place {
	f := p.Feature
	if f == geo.Capital {
		f = geo.City
	}
	if feature != "" {
		f = feature
	}
	return doc.Place{Entity: entityID, Name: p.Name, Country: p.Country, Admin1: s.Gaz.Admin1Name(p),
		Feature: f, Lat: p.Lat, Lon: p.Lon, GazetteerID: string(p.Kind) + ":" + p.ID, GeoNamesID: p.GeoNames}
}

// recode gives a town's entity, and the actor phrases it heads or
// opens, the country of the town the article's context resolves it to
// where the entity stage, reading the name alone, coded it as the
// country of another town of that name ("Zorvik" of a story set in the
// Kent province of another country than the largest Zorvik's).
func (s *Stage) recode(d *doc.Document, e *doc.Entity, p *geo.Place) {
	if e.Type != "GPE" || e.Actor == nil || len(*e.Actor) != 3 {
		return
	}
	c, ok := s.Gaz.Country(p.Country)
	if !ok || c.Extra == "" || c.Extra == *e.Actor {
		return
	}
	old := *e.Actor
	if o, ok := s.Gaz.Country(old); !ok || o.Kind != 'C' {
		return // a code of no country the gazetteer knows (a region's, a dictionary's)
	}
	code := c.Extra
	e.Actor = &code
	for i := range d.Actors {
		if a := &d.Actors[i]; a.Entity == e.ID && strings.HasPrefix(a.Code, old) {
			a.Code = code + a.Code[len(old):]
		}
	}
}

// inRegions reports whether a town lies in one of the subdivisions.
func inRegions(p *geo.Place, regions []*geo.Place) bool {
	for _, r := range regions {
		if p.Kind == 'P' && p.Country == r.Country && p.Admin1 == r.Admin1 {
			return true
		}
	}
	return false
}

// nearAnchor reports whether a town lies in a subdivision among the
// anchors (as score counts it).
func nearAnchor(p *geo.Place, anchors []*geo.Place) bool {
	for _, a := range anchors {
		if a != p && a.Kind == 'A' && p.Country == a.Country && p.Admin1 == a.Admin1 {
			return true
		}
	}
	return false
}
