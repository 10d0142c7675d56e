package posture

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
)

// host is a post's host place.
type host struct {
	City, Country string // city name ("" when none), ISO alpha-2
	Lat, Lon      float64
}

// postState is one post of the article being read.
type postState struct {
	sender, typ string
	host        host
	mentions    []doc.Span
}

func (p *postState) key(g *geo.Gazetteer) string {
	return p.sender + "@" + hostName(g, p.host)
}

func hostName(g *geo.Gazetteer, h host) string {
	if h.City != "" {
		return h.City
	}
	if c, ok := g.Country(h.Country); ok {
		return c.Name
	}
	return h.Country
}

// ref is one argument of a trigger: a post, or people of a post.
type ref struct {
	tok   int    // the noun's local index
	role  string // post, envoy or staff
	posts []*postState
}

// article is the state of one document's reading.
type article struct {
	st      *Stage
	d       *doc.Document
	posts   []*postState
	current *postState
	// currentSent is the sentence index where current was last named, and
	// sentIndex the sentence being read.
	currentSent, sentIndex int
	// lastDate is the date read from the text for the last dated change,
	// in sentence lastDateSent.
	lastDate     string
	lastDateSent int
	// storyDate is the last day of the last date told in the paragraph
	// before the current sentence, which ends at prevEnd.
	storyDate string
	prevEnd   int
	places    []placeMention
	// forced, when not -1, is the post noun the trigger being read is said
	// of, found by its place in the text (participleOfPost).
	forced int
	// actors are the document's actor phrases in order of their start.
	actors  []doc.ActorPhrase
	changes []*changeState
}

type placeMention struct {
	span doc.Span
	p    *doc.Place
}

func (a *article) indexPlaces() {
	byEntity := map[string]*doc.Place{}
	for i := range a.d.Places {
		// A demonym ("British") or a place inside a name ("Liverpool
		// FC") names no host: the first is a sender, the second an
		// organisation.
		if k := a.d.Places[i].Kind; k == doc.PlaceDemonym || k == doc.PlaceEmbedded {
			continue
		}
		byEntity[a.d.Places[i].Entity] = &a.d.Places[i]
	}
	for _, e := range a.d.Entities {
		p := byEntity[e.ID]
		if p == nil {
			continue
		}
		for _, m := range e.Mentions {
			if m.In == "" {
				a.places = append(a.places, placeMention{m.Span, p})
			}
		}
	}
	sort.Slice(a.places, func(i, j int) bool { return a.places[i].span.Start < a.places[j].span.Start })
}

// placeAt returns the place a mention covering span names.
func (a *article) placeAt(sp doc.Span) *doc.Place {
	i := sort.Search(len(a.places), func(i int) bool { return a.places[i].span.End > sp.Start })
	for ; i < len(a.places) && a.places[i].span.Start < sp.End; i++ {
		return a.places[i].p
	}
	return nil
}

func (a *article) toHost(p *doc.Place) host {
	h := host{Country: p.Country, Lat: p.Lat, Lon: p.Lon}
	if p.Feature == geo.City || p.Feature == geo.Capital {
		h.City = p.Name
	} else if p.Feature == geo.Admin1 {
		// A province named like its chief city (a municipality, a
		// city-state) hosts a post in that city: posts are in cities.
		for _, i := range a.st.Gaz.Lookup(p.Name) {
			c := &a.st.Gaz.Places[i]
			if c.Kind == 'P' && c.Country == p.Country && (c.Feature == geo.City || c.Feature == geo.Capital) && abs1(c.Lat-p.Lat) < 0.5 && abs1(c.Lon-p.Lon) < 0.5 {
				return host{City: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon}
			}
		}
	}
	return h
}

// countryCodes returns the CAMEO country codes named by the tokens of
// j's subtree (its conjuncts included): actor phrases first, then the
// gazetteer's countries and demonyms.
func (a *article) countryCodes(s *sent, j int) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range s.conjuncts(j) {
		code := a.countryCode(s, c)
		if code != "" && !seen[code] {
			seen[code] = true
			out = append(out, code)
		}
	}
	return out
}

func (a *article) countryCode(s *sent, j int) string {
	// The name's tokens: j with its flat, compound and adjacent adjectival
	// parts ("United States", "Bosnia and Herzegovina" as one name).
	toks := []int{j}
	for _, c := range s.subtree(j, 2) {
		r := s.toks[c].Rel
		if c != j && (r == "flat" || r == "compound" || strings.HasPrefix(r, "flat:") || r == "amod" && s.toks[c].UPOS != "ADJ" || r == "amod" && abs(c-j) == 1) {
			toks = append(toks, c)
		}
	}
	sort.Ints(toks)
	lo, hi := s.toks[toks[0]].Start, s.toks[toks[len(toks)-1]].End
	if hi > len(a.d.Text) || lo >= hi {
		return ""
	}
	jlo, jhi := s.toks[j].Start, s.toks[j].End
	first := sort.Search(len(a.actors), func(i int) bool { return a.actors[i].Start >= lo-40 })
	for _, ap := range a.actors[first:] {
		if ap.Start >= jhi {
			break
		}
		if ap.End > jlo && len(ap.Code) >= 3 {
			if ap.Type == "ROLE" && ap.Start >= jlo && ap.End <= jhi && !a.namesCountry(ap) {
				// a one-word role the entity layer gave the article's
				// country ("intelligence personnel"): no sender of its own
				continue
			}
			if a.st.isCountry(ap.Code[:3]) && (ap.Type != "ROLE" || ap.Start >= lo) {
				// A name the entity layer took for an organisation whose
				// whole names no country but whose last words do is that
				// country: its head decides (a stray word before a
				// country's name, such as a dateline left in the text,
				// does not make it another country).
				if ap.Type == "ORG" && len(toks) > 1 && toks[len(toks)-1] == j && a.st.countryOfName(a.d.Text[lo:hi]) == "" {
					for i := 1; i < len(toks); i++ {
						if code := a.st.countryOfName(a.d.Text[s.toks[toks[i]].Start:hi]); code != "" {
							return code
						}
					}
				}
				// An actor phrase wider than the name counts only when it
				// starts at it or the name is a name.
				return ap.Code[:3]
			}
		}
	}
	// The longest run of the name's tokens, from its first, that names a
	// country or a demonym.
	for n := len(toks); n >= 1; n-- {
		e := s.toks[toks[n-1]].End
		if code := a.st.countryOfName(a.d.Text[lo:e]); code != "" {
			return code
		}
	}
	return a.st.countryOfName(a.d.Text[jlo:jhi])
}

// namesCountry reports whether a role phrase names its country in its own
// words ("U.S. ambassador", "Syrian envoy").
func (a *article) namesCountry(ap doc.ActorPhrase) bool {
	want := ap.Code[:3]
	for _, w := range strings.FieldsFunc(a.d.Text[ap.Start:ap.End], func(r rune) bool { return r == ' ' || r == '\n' || r == '-' }) {
		if a.st.countryOfName(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) == want {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// senders reads the sending party of a post or staff noun j: its
// possessive, adjectival or compound modifiers, "of X", or the subject
// of the clause for "its"/"their". For staff nouns with a possessive, a
// country modifier is the host ("its U.S. ambassador").
func (a *article) senders(s *sent, j int) (senders []string, hostCC string) {
	var poss, mods []int
	kids := s.children[j]
	if h := s.head(j); h >= 0 && s.toks[j].Rel == "compound" {
		// "the Canadian embassy building": the modifiers of the head
		// that stand before the post noun are the post's.
		for _, c := range s.children[h] {
			if c < j {
				kids = append(kids, c)
			}
		}
	}
	if h := s.head(j); h >= 0 && s.toks[j].Rel == "flat" && h < j {
		// "The United States Embassy" parsed as one name.
		if codes := a.countryCodes(s, h); len(codes) > 0 {
			senders = append(senders, codes...)
		}
	}
	for _, c := range kids {
		switch r := s.toks[c].Rel; {
		case strings.HasPrefix(r, "nmod:poss"):
			poss = append(poss, c)
		case r == "amod", r == "compound", r == "nmod:desc", r == "nmod:unmarked":
			mods = append(mods, c)
		case r == "nmod" && s.caseOf(c) == "of":
			mods = append(mods, c)
		}
	}
	for _, c := range poss {
		if s.toks[c].UPOS == "PRON" {
			senders = append(senders, a.subjectCodes(s, j)...)
		} else {
			senders = append(senders, a.countryCodes(s, c)...)
		}
	}
	for _, c := range mods {
		codes := a.countryCodes(s, c)
		if len(codes) == 0 {
			continue
		}
		if len(senders) > 0 {
			if p, ok := a.st.Gaz.Country(codes[0]); ok {
				hostCC = p.ID
			}
			continue
		}
		senders = append(senders, codes...)
	}
	return senders, hostCC
}

// subjectCodes returns the country codes of the subject of the nearest
// verb above j.
func (a *article) subjectCodes(s *sent, j int) []string {
	for _, v := range s.ancestors(j, 5)[1:] {
		pron := false
		for _, c := range s.childWith(v, "nsubj") {
			if codes := a.countryCodes(s, c); len(codes) > 0 {
				return codes
			}
			pron = pron || s.toks[c].UPOS == "PRON"
		}
		// "Chile said it would close its consulate": a pronoun subject
		// is the subject of the clause above.
		if s.toks[v].UPOS == "VERB" && s.toks[v].Rel != "xcomp" && s.toks[v].Rel != "conj" && !(pron && s.toks[v].Rel == "ccomp") {
			break
		}
	}
	return nil
}

// hosts reads the host places of noun j: "in X", "to X", "at X" (with
// coordinated places), "the Iraqi capital".
func (a *article) hosts(s *sent, j int, cases map[string]bool) []host {
	return a.phraseHosts(s, j, cases, nil)
}

// phraseHosts reads the places of the first of j's prepositional phrases
// with one of cases that skip (when not nil) does not rule out, each
// conjunct a host of its own.
func (a *article) phraseHosts(s *sent, j int, cases map[string]bool, skip func(c int) bool) []host {
	var out []host
	for _, c := range s.childWith(j, "nmod", "obl") {
		if !cases[s.caseOf(c)] || skip != nil && skip(c) {
			continue
		}
		for _, cj := range s.conjuncts(c) {
			if h, ok := a.hostOf(s, cj); ok {
				out = append(out, h)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// postCases are the prepositions of a post's host ("in", "at", "to").
var postCases = map[string]bool{"in": true, "at": true, "to": true}

// postHosts reads the host places of post noun j, its prepositional
// phrases read by their place in the text where the parse hangs them on
// the wrong noun: in "the embassy in A and the consulate in B" the phrase
// "in B" is the consulate's whatever its head in the parse.
func (a *article) postHosts(s *sent, j int) []host {
	cases := postCases
	out := a.phraseHosts(s, j, cases, func(c int) bool { return a.postBetween(s, j, c) })
	if len(out) > 0 {
		return out
	}
	// A phrase right after j that the parse gave to an earlier post noun
	// or to j's verb ("closed its consulate in X" with "in X" on
	// "closed").
	if k := j + 1; k < len(s.toks) && s.toks[k].Rel == "case" && cases[s.lemmas[k]] {
		if c := s.head(k); c > j && s.head(c) >= 0 && (s.head(c) < j && a.isPostNoun(s, s.head(c)) || s.head(c) == s.head(j)) {
			for _, cj := range s.conjuncts(c) {
				if h, ok := a.hostOf(s, cj); ok {
					out = append(out, h)
				}
			}
		}
	}
	return out
}

func (a *article) isPostNoun(s *sent, x int) bool {
	_, ok := a.st.Data.posts[s.lemmas[x]]
	return ok && s.toks[x].UPOS != "VERB"
}

// postBetween reports whether a post noun with a determiner of its own
// (another noun phrase) stands between post noun j and its phrase c.
func (a *article) postBetween(s *sent, j, c int) bool {
	for x := j + 1; x < c; x++ {
		if a.isPostNoun(s, x) && s.head(x) != j {
			for _, d := range s.children[x] {
				if s.toks[d].Rel == "det" {
					return true
				}
			}
		}
	}
	return false
}

func (a *article) hostOf(s *sent, j int) (host, bool) {
	best := (*doc.Place)(nil)
	for _, c := range s.subtree(j, 2) {
		if c != j && (s.toks[c].Rel == "conj" || s.head(c) != j && s.toks[s.head(c)].Rel == "conj") {
			continue // a coordinated place is a host of its own
		}
		if p := a.placeAt(s.toks[c].Span); p != nil {
			if best == nil || (best.Feature == geo.Country && p.Feature != geo.Country) {
				best = p
			}
		}
	}
	if best == nil || best.Feature != geo.City && best.Feature != geo.Capital && a.placeAt(s.toks[j].Span) == nil {
		// "in Pune, Maharashtra" with only the state resolved: the name
		// the preposition governs is the city.
		if cands := a.namedPlace(s, j); cands != nil && (s.caseOf(j) != "" || s.toks[j].Rel == "conj" && s.caseOf(s.head(j)) != "") {
			return *cands, true
		}
	}
	if best != nil {
		return a.toHost(best), true
	}
	if s.lemmas[j] == "capital" {
		for _, c := range s.children[j] {
			code := a.countryCode(s, c)
			if code == "" {
				continue
			}
			if cp, ok := a.st.Gaz.Country(code); ok {
				if cap, ok := a.st.capitals[cp.ID]; ok {
					return host{City: cap.Name, Country: cap.Country, Lat: cap.Lat, Lon: cap.Lon}, true
				}
			}
		}
	}
	return host{}, false
}

// fallbackHost is the host of a post named without one: a city of the
// sentence, else the current post's host, else a city of the article, else
// a country of the sentence or the article; never the sender's country,
// nor that of another sender named with it ("embassies of A, B and C").
func (a *article) fallbackHost(s *sent, sender string, all []string) (host, bool) {
	not := map[string]bool{}
	for _, snd := range append(all, sender) {
		if p, ok := a.st.Gaz.Country(snd); ok {
			not[p.ID] = true
		}
	}
	senderCC := ""
	if p, ok := a.st.Gaz.Country(sender); ok {
		senderCC = p.ID
	}
	pick := func(lo, hi int, cities bool) (host, bool) {
		for _, pm := range a.places {
			if pm.span.Start < lo || pm.span.End > hi || not[pm.p.Country] {
				continue
			}
			city := pm.p.Feature == geo.City || pm.p.Feature == geo.Capital
			if city == cities {
				return a.toHost(pm.p), true
			}
		}
		return host{}, false
	}
	if h, ok := pick(s.span.Start, s.span.End, true); ok {
		return h, true
	}
	if a.current != nil && a.current.host.Country != senderCC {
		return a.current.host, true
	}
	if h, ok := pick(s.span.Start, s.span.End, false); ok {
		return h, true
	}
	return a.mainPlace(not)
}

// mainPlace is the article's most named country other than those of not,
// as its first named city when it names one, else as the country.
func (a *article) mainPlace(not map[string]bool) (host, bool) {
	count := map[string]int{}
	best := ""
	for _, pm := range a.places {
		if cc := pm.p.Country; !not[cc] {
			count[cc]++
			if best == "" || count[cc] > count[best] {
				best = cc
			}
		}
	}
	if best == "" {
		return host{}, false
	}
	var country *doc.Place
	for _, pm := range a.places {
		if pm.p.Country != best {
			continue
		}
		if pm.p.Feature == geo.City || pm.p.Feature == geo.Capital {
			return a.toHost(pm.p), true
		}
		if country == nil {
			country = pm.p
		}
	}
	return a.toHost(country), true
}

// post returns the article's post for sender and host, creating it.
func (a *article) post(sender, typ string, h host, mention doc.Span) *postState {
	for _, p := range a.posts {
		if p.sender == sender && p.host.Country == h.Country && (p.host.City == h.City || h.City == "" || p.host.City == "") {
			if p.host.City == "" && h.City != "" {
				p.host = h
			}
			if p.typ == "" {
				p.typ = typ
			}
			p.mentions = append(p.mentions, mention)
			a.current, a.currentSent = p, a.sentIndex
			return p
		}
	}
	p := &postState{sender: sender, typ: typ, host: h, mentions: []doc.Span{mention}}
	a.posts = append(a.posts, p)
	a.current, a.currentSent = p, a.sentIndex
	return p
}

// lastPost returns the most recent post of sender, or nil.
func (a *article) lastPost(sender string) *postState {
	for i := len(a.posts) - 1; i >= 0; i-- {
		if a.posts[i].sender == sender {
			return a.posts[i]
		}
	}
	return nil
}

// diplomaticWords make a noun flagged diplomatic name a post ("its
// diplomatic outpost", "the interests section", "the High Commission").
var diplomaticWords = map[string]bool{"diplomatic": true, "consular": true, "permanent": true, "interests": true, "interest": true, "high": true}

// resolvePost reads the post a post noun j names.
func (a *article) resolvePost(s *sent, j int, pn postNoun) []*postState {
	senders, _ := a.senders(s, j)
	hosts := a.postHosts(s, j)
	if pn.Flag == "anaphoric" || (len(senders) == 0 && len(hosts) == 0) {
		if !definite(s, j) {
			return nil
		}
		if pn.Flag == "diplomatic" && !s.hasChildLemma(j, diplomaticWords) {
			return nil
		}
		if a.current == nil {
			return nil
		}
		return []*postState{a.post(a.current.sender, pn.Type, a.current.host, s.toks[j].Span)}
	}
	if pn.Flag == "diplomatic" && !s.hasChildLemma(j, diplomaticWords) {
		// "an outpost of the army", "a peacekeeping mission": not posts.
		return nil
	}
	if len(senders) == 0 && len(hosts) > 0 && !definite(s, j) {
		// "Chile will open consulates in A and B": the country that is
		// the subject of the post's verb sends it, unless it is the
		// host's.
		for _, code := range a.subjectCodes(s, j) {
			if c, ok := a.st.Gaz.Country(code); ok && c.ID != hosts[0].Country {
				senders = append(senders, code)
			}
		}
	}
	if len(senders) == 0 {
		if a.current == nil {
			return nil
		}
		senders = []string{a.current.sender}
	}
	var out []*postState
	for _, snd := range senders {
		hs := hosts
		if len(hs) == 0 {
			if lp := a.lastPost(snd); lp != nil {
				hs = []host{lp.host}
			} else if h, ok := a.fallbackHost(s, snd, senders); ok {
				hs = []host{h}
			}
		}
		for _, h := range hs {
			out = append(out, a.post(snd, pn.Type, h, s.toks[j].Span))
		}
	}
	return out
}

// resolveStaff reads the post whose people a staff noun j names; trig is
// the trigger and status its status, which decide whose subject is whose.
func (a *article) resolveStaff(s *sent, j, trig int, status string) []*postState {
	senders, hostCC := a.senders(s, j)
	fam := a.st.Data.Statuses[status].Family
	if len(senders) == 0 {
		// "an aide to the Chilean ambassador", "the head of staff to the
		// Chilean ambassador": the people noun's phrase names its post.
		phrase := j
		if h := s.head(j); h >= 0 && s.toks[j].Rel == "nmod" && s.caseOf(j) == "of" && s.toks[h].UPOS == "NOUN" {
			phrase = h
		}
		for _, c := range s.subtree(phrase, 2)[1:] {
			if _, ok := a.st.Data.staff[s.lemmas[c]]; ok {
				if snd, _ := a.senders(s, c); len(snd) > 0 {
					senders = snd
					break
				}
			}
		}
	}
	if len(senders) == 0 && (fam == "staffing" || status == "ambassador_recalled") {
		senders = a.subjectCodes(s, j)
	}
	if len(senders) == 0 {
		if a.current == nil {
			return nil
		}
		return []*postState{a.post(a.current.sender, a.current.typ, a.current.host, s.toks[j].Span)}
	}
	hosts := a.hosts(s, j, map[string]bool{"to": true, "in": true, "at": true})
	if len(hosts) == 0 {
		hosts = a.hosts(s, trig, map[string]bool{"from": true, "in": true})
	}
	if len(hosts) == 0 && hostCC != "" {
		if c, ok := a.st.Gaz.Country(hostCC); ok {
			hosts = []host{{Country: c.ID, Lat: c.Lat, Lon: c.Lon}}
		}
	}
	if len(hosts) == 0 && fam == "envoy" && status != "ambassador_recalled" {
		for _, code := range a.subjectCodes(s, j) {
			if c, ok := a.st.Gaz.Country(code); ok {
				hosts = append(hosts, host{Country: c.ID, Lat: c.Lat, Lon: c.Lon})
			}
		}
	}
	var out []*postState
	for _, snd := range senders {
		// A country has no post in itself.
		var hs []host
		for _, h := range hosts {
			if c, ok := a.st.Gaz.Country(snd); !ok || c.ID != h.Country {
				hs = append(hs, h)
			}
		}
		if len(hs) == 0 {
			if lp := a.lastPost(snd); lp != nil {
				hs = []host{lp.host}
			} else if h, ok := a.fallbackHost(s, snd, senders); ok {
				hs = []host{h}
			}
		}
		for _, h := range hs {
			out = append(out, a.post(snd, "embassy", h, s.toks[j].Span))
		}
	}
	return out
}

// definite reports whether noun j is definite ("the embassy", "this
// compound", "both embassies"), as a mention that refers back must be.
func definite(s *sent, j int) bool {
	kids := s.children[j]
	if h := s.head(j); h >= 0 && (s.toks[j].Rel == "compound" || s.toks[j].Rel == "flat") {
		kids = append(kids, s.children[h]...)
	}
	for _, c := range kids {
		switch s.lemmas[c] {
		case "the", "this", "that", "these", "those", "both":
			return true
		}
	}
	return false
}

// namedPlace reads a proper noun the entity stage did not resolve ("Balti")
// as a populated place of a country the article names.
func (a *article) namedPlace(s *sent, j int) *host {
	if s.toks[j].UPOS != "PROPN" {
		return nil
	}
	countries := map[string]bool{}
	for _, pm := range a.places {
		countries[pm.p.Country] = true
	}
	var big *geo.Place
	for _, i := range a.st.Gaz.Lookup(s.toks[j].Form) {
		p := &a.st.Gaz.Places[i]
		if p.Kind != 'P' {
			continue
		}
		if countries[p.Country] {
			return &host{City: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
		}
		if p.Population >= bigCity && (big == nil || p.Population > big.Population) {
			big = p
		}
	}
	if big != nil {
		// A post is in a city: a name after its preposition that the
		// article's countries do not explain is the largest city so named.
		return &host{City: big.Name, Country: big.Country, Lat: big.Lat, Lon: big.Lon}
	}
	return nil
}

// bigCity is the population from which a city unknown to the article's
// countries is taken for a post's host by its name alone.
const bigCity = 300000

func abs1(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
