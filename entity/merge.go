package entity

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

type group struct {
	key   string
	typ   string
	names []string
	ms    []*mention
}

func (s *Stage) mergeKey(m *mention) string {
	switch m.typ {
	case "PERSON":
		if m.family != "" {
			return m.family
		}
		return "P:" + fold(m.parts[len(m.parts)-1])
	case "GPE":
		if m.country != "" && s.isCountryName(m) {
			return "C:" + m.country
		}
		return "G:" + fold(m.name)
	case "NORP":
		return "N:" + m.country
	}
	if m.known != nil {
		return "K:" + m.known.Name
	}
	return m.typ + ":" + fold(trimArticle(m.name))
}

func (s *Stage) isCountryName(m *mention) bool {
	if s.Lex.Countries[m.name] != "" {
		return true
	}
	for _, i := range s.Gaz.Lookup(m.name) {
		if s.Gaz.Places[i].Kind == 'C' {
			return true
		}
	}
	return false
}

func (s *Stage) merge(d *doc.Document, ms []*mention, date string) []doc.Entity {
	groups := map[string]*group{}
	var order []*group
	for _, m := range ms {
		if m.typ == "" {
			continue
		}
		k := s.mergeKey(m)
		// Persons: a different given name is a different person.
		if m.typ == "PERSON" {
			if g, ok := groups[k]; ok && !sameGiven(g, m) {
				k += "#" + strconv.Itoa(len(order))
			}
		}
		g, ok := groups[k]
		if !ok {
			g = &group{key: k, typ: m.typ}
			groups[k] = g
			order = append(order, g)
		}
		g.ms = append(g.ms, m)
	}
	// Acronyms: "NSC" joins "National Security Council".
	// (each group's initials are worked out once, again only when it grows)
	ini := map[*group]string{}
	for _, g := range order {
		if len(g.ms) == 0 || g.typ != "ORG" || !token.IsAllCaps(g.ms[0].name) {
			continue
		}
		for _, h := range order {
			if h == g || h.typ != "ORG" || len(h.ms) == 0 {
				continue
			}
			x, ok := ini[h]
			if !ok {
				x = initials(canonical(h))
				ini[h] = x
			}
			if x == g.ms[0].name {
				h.ms = append(h.ms, g.ms...)
				g.ms = nil
				delete(ini, h)
				break
			}
		}
	}
	var out []doc.Entity
	for _, g := range order {
		if len(g.ms) == 0 {
			continue
		}
		// the headline's mentions first, then the body's, in text order
		sort.Slice(g.ms, func(i, j int) bool {
			if hi, hj := g.ms[i].in != "", g.ms[j].in != ""; hi != hj {
				return hi
			}
			return g.ms[i].span.Start < g.ms[j].span.Start
		})
		if g.typ == "GPE" && s.companyNotPlace(canonical(g), date) && !s.placedByRegion(d, g) {
			g.typ = "ORG" // "Toyota", "Honda": the company, not the town
		}
		e := doc.Entity{ID: "e" + strconv.Itoa(len(out)+1), Name: canonical(g), Type: g.typ}
		for _, m := range g.ms {
			text := d.Text
			if m.in != "" && d.HeadlineSpan == nil {
				text = *d.Headline // a headline that is not in the text
			}
			e.Mentions = append(e.Mentions, doc.Mention{Span: m.span, Text: text[m.span.Start:m.span.End], In: m.in})
		}
		if code := s.actorFor(g, e.Name, date); code != "" {
			if cc := s.regionCountry(d, g); g.typ == "GPE" && len(code) == 3 && cc != "" {
				code = s.ISO3(cc) // "San Jose, California": the town of the region named
			}
			e.Actor = &code
		} else if a := titleAgent(g); g.typ == "PERSON" && a != "" && s.titled != nil {
			s.titled[e.ID] = a // "Prime Minister Scott Morrison": the article's country, once known
		} else if a := orgAgent(strings.Fields(e.Name)); g.typ == "ORG" && a != "" && s.titled != nil {
			s.titled[e.ID] = a // "the Refugee Appeals Tribunal": a local organ of the article's country
		} else if a, ok := s.title(e.Name); g.typ == "ORG" && ok && len(a) == 3 && s.titled != nil {
			s.titled[e.ID] = a // "the Prime Minister" with no name: the article's country's
		}
		out = append(out, e)
	}
	return out
}

func sameGiven(g *group, m *mention) bool {
	mw := m.parts
	if len(mw) < 2 {
		return true
	}
	for _, o := range g.ms {
		ow := o.parts
		if len(ow) < 2 {
			continue
		}
		a, b := strings.TrimSuffix(mw[0], "."), strings.TrimSuffix(ow[0], ".")
		if a != b && !(len(a) == 1 && strings.HasPrefix(b, a)) && !(len(b) == 1 && strings.HasPrefix(a, b)) {
			return false
		}
	}
	return true
}

// canonical is the fullest name among the body's mentions (the headline's
// when only the headline names the entity).
func canonical(g *group) string {
	best := ""
	body := false // the body's names win over the headline's
	for _, m := range g.ms {
		body = body || m.in == ""
	}
	for _, m := range g.ms {
		if body && m.in != "" {
			continue
		}
		n := m.name
		if m.known != nil {
			n = m.known.Name
		}
		if g.typ == "NORP" && strings.ContainsAny(n, "-‑") && best != "" {
			continue
		}
		if utf8.RuneCountInString(n) > utf8.RuneCountInString(best) {
			best = n
		}
	}
	return best
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if noInitial.Has(strings.ToLower(w)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// Actor codes --------------------------------------------------------------

// ISO3 returns the CAMEO country code (ISO alpha-3) of an alpha-2 code.
func (s *Stage) ISO3(cc string) string {
	if c, ok := cameoCountry[cc]; ok {
		return c
	}
	if p, ok := s.Gaz.Country(cc); ok && p.Extra != "" {
		return p.Extra
	}
	if len(cc) == 3 && s.givenActors() {
		return cc // a country code of the user's dictionary (givenCountry)
	}
	return ""
}

// cameoCountry holds the CAMEO country codes that differ from ISO 3166
// alpha-3: Kosovo (the gazetteer's UNK). Romania is ROU, as in the
// Phoenix actor dictionaries (the older CAMEO files had ROM).
var cameoCountry = map[string]string{"XK": "KSV"}

func (s *Stage) actorFor(g *group, name, date string) string {
	if s.givenActors() {
		if c := s.dictCode(name, date); c != "" {
			// the user's own dictionary first; a bare country code takes
			// a person's title ("Arda Prime Minister Valen")
			if a := titleAgent(g); g.typ == "PERSON" && len(c) == 3 && a != "" && !NonState(c) {
				return c + a
			}
			return c
		}
	}
	switch g.typ {
	case "GPE", "NORP":
		for _, m := range g.ms {
			if m.known != nil && m.known.Actor != "" {
				return m.known.Actor
			}
			if m.country != "" {
				return s.ISO3(m.country)
			}
		}
		return s.dictCode(name, date)
	case "PERSON":
		country, agent, owner := "", "", ""
		for _, m := range g.ms {
			if country == "" && m.modifier != "" {
				country = s.ISO3(m.modifier)
			}
			if agent == "" {
				agent = m.agent
			}
			if owner == "" {
				owner = m.owner
			}
		}
		// "former President X": the text says X has left the office the
		// dictionary holds on the date
		former := func(c string) string {
			if agent == "ELI" && len(c) >= 6 && !NonState(c) {
				return c[:3] + "ELI"
			}
			return c
		}
		leader, isLeader := s.Lex.LeaderCode(name, date)
		if isLeader && s.Lex.InOffice(name, date) {
			return former(leader)
		}
		// the dictionary's person, unless the text says another country
		// ("Mexican President X" is no namesake's code); a bare country
		// code takes the title's agent
		// (nor where the text names the organisation the person acts for:
		// "UN Envoy X" is no longer the minister the dictionary knew)
		if c := s.dictPersonCode(name, date); c != "" && (country == "" || strings.HasPrefix(c, country)) && (owner == "" || strings.HasPrefix(c, owner[:min(3, len(owner))])) {
			if len(c) == 3 && agent != "" && !NonState(c) {
				return c + agent
			}
			return former(c)
		}
		if country == "" {
			if leader == "" && owner != "" {
				return compose(owner, agent) // "UN Envoy Ana Ruiz"
			}
			return leader
		}
		return country + agent
	}
	for _, m := range g.ms {
		if m.known != nil && m.known.Actor != "" {
			// "Rwanda's Senate", "the Rwandan Senate": a country's own
			// organ, though "Senate" alone is the US one
			if m.modifier != "" && len(m.known.Actor) > 3 && !strings.HasPrefix(m.known.Actor, "IGO") {
				if cc := s.ISO3(m.modifier); cc != "" && cc != m.known.Actor[:3] {
					return cc + m.known.Actor[3:]
				}
			}
			return m.known.Actor
		}
	}
	if c := s.dictCode(name, date); c != "" {
		return c
	}
	// An organisation: country from a modifier or a place named inside it,
	// agent from its organisation word.
	country := ""
	for _, m := range g.ms {
		if m.modifier != "" {
			country = s.ISO3(m.modifier)
			break
		}
	}
	words := strings.Fields(name)
	if country == "" {
		// "the United Nations Assistance Mission in Zorvania": a body
		// whose name opens with an international organisation's is that
		// organisation's, whatever place it names after
		if c := s.bodyOf(words); c != "" {
			return c
		}
	}
	if country == "" {
		for i, w := range words {
			// a country or region of two words before a word of it:
			// "Northern Ireland Assembly" is no Irish organ, "New Mexico
			// Senate" no Mexican one
			if i+1 < len(words) {
				if cc := s.pairRegion(words[i] + " " + words[i+1]); cc != "" {
					country = s.ISO3(cc)
					break
				}
			}
			if cc, ok := s.demonym(w); ok {
				country = s.ISO3(cc)
				break
			}
			if cc := s.Lex.Countries[w]; cc != "" {
				country = s.ISO3(cc)
				break
			}
			for _, i := range s.Gaz.Lookup(w) {
				if s.Gaz.Places[i].Kind == 'C' {
					country = s.ISO3(s.Gaz.Places[i].Country)
				}
			}
			if country != "" {
				break
			}
		}
	}
	agent := orgAgent(words)
	if agent == "" && len(words) > 0 {
		agent = s.leadingTitle(words) // "Foreign Minister of Zorvania"
	}
	if country == "" {
		return ""
	}
	return country + agent
}

// pairRegion is the country of a two-word name the lexicon or the
// gazetteer knows as a country or a first-level region, or "".
func (s *Stage) pairRegion(name string) string {
	if cc := s.Lex.Countries[name]; cc != "" {
		return cc
	}
	for _, i := range s.Gaz.Lookup(name) {
		if p := &s.Gaz.Places[i]; (p.Kind == 'C' || p.Kind == 'A') && p.Name == name {
			return p.Country
		}
	}
	return ""
}

// orgAgent is the agent code given by the organisation word that ends a
// name's words, else by the word that begins them ("Zorvan Supreme
// Court": JUD), or "".
func orgAgent(words []string) string {
	if len(words) == 0 {
		return ""
	}
	if a := orgWords.Attr(strings.ToLower(words[len(words)-1]), "agent"); a != "" {
		return a
	}
	return orgWords.Attr(strings.ToLower(words[0]), "agent")
}

// titleAgent is the agent code of the first title before a mention of
// the group, or "".
func titleAgent(g *group) string {
	for _, m := range g.ms {
		if m.agent != "" {
			return m.agent
		}
	}
	return ""
}

// leadingTitle is the agent code of the longest title a name's words
// begin with and go on after ("Foreign Minister of Zorvania": GOV), or "".
func (s *Stage) leadingTitle(words []string) string {
	for n := min(s.Lex.maxTitleWords, len(words)-1); n >= 1; n-- {
		if a, ok := s.title(strings.Join(words[:n], " ")); ok {
			return a
		}
	}
	return ""
}

// bodyOf is the code of the international or non-state organisation
// (IGO, NGO...) whose name, the longest that the lexicon or the actor
// dictionary knows, opens an organisation's name of more words ("UN
// Development Programme"), or "".
func (s *Stage) bodyOf(words []string) string {
	for n := len(words) - 1; n >= 1; n-- {
		if c := s.orgCode(strings.Join(words[:n], " ")); NonState(c) {
			return c
		}
	}
	return ""
}
