package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// ActorSpan is a phrase of a sentence that names an actor: an entity, a
// role word with its country ("Iraqi police", "a State Department
// spokesperson", "the US official"), or a role word alone ("the
// government"). Tokens are indexes into the sentence's tokens.
type ActorSpan struct {
	doc.Span
	First, Last int    // token range, inclusive
	Code        string // CAMEO actor code; "" when unknown
	Entity      string // entity id, or ""
	Type        string // entity type, or "ROLE"
	Head        string // the role word or the entity's name
	// an armed role with no country of its own ("the soldiers"), coded
	// with the article's country or none: the document's one armed force
	// may give it another (forceCountry)
	bare  bool
	own   bool   // a role whose country is its own (an adjective, a possessive, "of")
	agent string // the role's agent code
}

// Actors lists the actor phrases of one sentence in text order, with its
// tokens (token.In). The entity stage put them on the document
// (Document.Actors); this reads them there and numbers their tokens, for
// stages that still ask the entity stage.
func (s *Stage) Actors(d *doc.Document, sent doc.Span) ([]ActorSpan, []token.Token) {
	toks := token.In(d, sent)
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= sent.Start })
	if d.Actors == nil || i == len(d.Sentences) || d.Sentences[i] != sent {
		return s.actors(d, toks, sentenceMentions(d, sent)), toks // not a sentence of the document
	}
	a := sort.Search(len(d.Actors), func(k int) bool { return d.Actors[k].Sentence >= i })
	var out []ActorSpan
	for ; a < len(d.Actors) && d.Actors[a].Sentence == i; a++ {
		x := d.Actors[a]
		first, _ := tokenStarting(toks, x.Start)
		last, _ := tokenEnding(toks, x.End)
		out = append(out, ActorSpan{Span: x.Span, First: first, Last: last, Code: x.Code, Entity: x.Entity, Type: x.Type, Head: x.Head})
	}
	return out, toks
}

// documentActors puts the actor phrases of every sentence on the document.
// The body's mentions are sorted into their sentences once (in entity
// order, as actors reads them), so the cost stays linear in the document.
func (s *Stage) documentActors(d *doc.Document) {
	d.Actors = []doc.ActorPhrase{}
	s.persons = bodyPersons(d)
	bySentence := make([][]entityMention, len(d.Sentences))
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			if m.In != "" {
				continue
			}
			k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End >= m.End })
			if k < len(d.Sentences) && d.Sentences[k].Start <= m.Start {
				bySentence[k] = append(bySentence[k], entityMention{e, m})
			}
		}
	}
	var bare []int // the armed roles with no country of their own
	var agents []string
	var own []string
	var ownAt []int // the actors of own, by index in d.Actors
	for i := range d.Sentences {
		for _, a := range s.actors(d, s.views[i], bySentence[i]) {
			if a.bare {
				bare = append(bare, len(d.Actors))
				agents = append(agents, a.agent)
			} else if a.Type == "ROLE" && a.own {
				// (a role coded only with the article's country names no
				// force of its own: "dismissed from the army")
				own = append(own, a.Code)
				ownAt = append(ownAt, len(d.Actors))
			}
			d.Actors = append(d.Actors, doc.ActorPhrase{Span: a.Span, Sentence: i, Code: a.Code, Entity: a.Entity, Type: a.Type, Head: a.Head})
		}
	}
	for i, k := range bare {
		if f := forceCountry(d, own, agents[i]); f != "" {
			d.Actors[k].Code = f
		} else if f := namedBefore(d, ownAt, k, agents[i]); f != "" {
			d.Actors[k].Code = f
		}
	}
	s.titledForces(d, own)
}

// phraseText is the text of a phrase's tokens, one space where the text
// has space between two of them.
func phraseText(text string, toks []token.Token) string {
	if len(toks) == 1 {
		return toks[0].Text(text)
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text(text))
	}
	return b.String()
}

// appendLower appends w lower-cased to b (as strings.ToLower would).
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(b, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// tokenStarting returns the index of the token that starts at byte off
// (tokens are in text order and do not overlap), or 0 and false.
func tokenStarting(toks []token.Token, off int) (int, bool) {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= off })
	if k < len(toks) && toks[k].Start == off {
		return k, true
	}
	return 0, false
}

// tokenEnding returns the index of the token that ends at byte off, or 0
// and false.
func tokenEnding(toks []token.Token, off int) (int, bool) {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].End >= off })
	if k < len(toks) && toks[k].End == off {
		return k, true
	}
	return 0, false
}

// entityMention is one mention of an entity.
type entityMention struct {
	e *doc.Entity
	m doc.Mention
}

// sentenceMentions lists the body's mentions inside sent, in entity order.
func sentenceMentions(d *doc.Document, sent doc.Span) []entityMention {
	var out []entityMention
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			if m.In == "" && m.Start >= sent.Start && m.End <= sent.End {
				out = append(out, entityMention{e, m})
			}
		}
	}
	return out
}

// actors finds the actor phrases of one sentence's tokens, given the
// entity mentions in it.
func (s *Stage) actors(d *doc.Document, toks []token.Token, mentions []entityMention) []ActorSpan {
	if len(toks) == 0 {
		return nil
	}
	sent := doc.Span{Start: toks[0].Start, End: toks[len(toks)-1].End}
	// Entity mentions in the sentence, by first token.
	var ems []em
	covered := make([]int, len(toks))
	for i := range covered {
		covered[i] = -1
	}
	for _, x := range mentions {
		e, m := x.e, x.m
		if m.In != "" || m.Start < sent.Start || m.End > sent.End {
			continue
		}
		a, ok1 := tokenStarting(toks, m.Start)
		b, ok2 := tokenEnding(toks, m.End)
		if !ok1 || !ok2 {
			continue
		}
		ems = append(ems, em{a, b, e, m})
		for k := a; k <= b; k++ {
			covered[k] = len(ems) - 1
		}
	}
	var out []ActorSpan
	var pair []byte
	used := map[int]bool{} // entity mentions taken into a role phrase
	var titled map[int]int // the first token of an office title before a person's mention
	wordBuf := make([]string, 0, 8)
	for i := 0; i < len(toks); i++ {
		if covered[i] >= 0 || toks[i].Kind != token.Word {
			continue
		}
		// Role words, longest first: "prime minister", "security forces".
		w1 := strings.ToLower(toks[i].Text(d.Text))
		agent, n := "", 0
		if i+1 < len(toks) {
			// the pair, lower-cased, in a reused buffer (a map index by
			// string(buf) does not copy)
			pair = appendLower(append(append(pair[:0], w1...), ' '), toks[i+1].Text(d.Text))
			if a, ok := s.Lex.Agents[string(pair)]; ok && covered[i+1] < 0 {
				agent, n = a, 2
			}
		}
		if agent == "" {
			if a, ok := s.Lex.Agents[w1]; ok {
				agent, n = a, 1
			} else if a := hyphenedGroup(s.Lex.Agents, w1); a != "" {
				agent, n = a, 1
			}
		}
		// The agent dictionary, where it reads more words ("riot police",
		// "defence ministry", "police chief"); single words only from the
		// user's own dictionary.
		var dictAgent *petrarch.Agent
		if s.Dicts == nil || s.Dicts.Agents == nil || !s.Dicts.Agents.Starts(toks[i].Text(d.Text)) {
			// no dictionary phrase starts here
		} else if ws := freeWords(wordBuf[:0], d.Text, toks, covered, i); len(ws) > n {
			// (one word of the built-in dictionary only in the plural, a
			// group of people: "teachers", "bishops"; its singulars are
			// too often no actor: "school", "business")
			if a, m, plural := s.dictAgent(d.Text, ws); a != nil && m > n && (m > 1 || s.Dicts.Given.Agents || plural) && !functionWord(ws[m-1]) {
				dictAgent, agent, n = a, a.Code, m
			}
		}
		if agent == "" {
			continue
		}
		// A title before a person's name ("Gen. Qasem Soleimani", "police
		// chief Ana Ruiz"), a description before an organisation's
		// ("Zorvan carmaker Velox") is part of the name, not an actor of
		// its own; it codes a name that has no code ("Zorvan police chief
		// Ana Ruiz" is ZORCOP).
		titleOf, office := -1, ""
		if j := i + n; j < len(toks) && covered[j] >= 0 && (ems[covered[j]].e.Type == "PERSON" || ems[covered[j]].e.Type == "ORG") {
			titleOf = covered[j]
		} else if k, c := officeComplement(d.Text, toks, covered, ems, i, j); k >= 0 {
			// "Secretary of Defence Ana Ruiz", "Minister for the
			// Environment Ana Ruiz": the title's office runs on to the
			// person's name; the whole is the person's title
			titleOf, n, office = covered[k], k-i, c
			if titled == nil {
				titled = map[int]int{}
			}
			titled[titleOf] = i // the person's phrase opens with the title
		}
		// "government forces", "police officers": the last role word heads.
		if j := i + n; j < len(toks) && covered[j] < 0 && dictAgent == nil {
			if _, ok := s.Lex.Agents[strings.ToLower(toks[j].Text(d.Text))]; ok {
				continue
			}
		}
		first, last := i, i+n-1
		code := agent
		entityID := ""
		// A country or organisation to the left within three tokens:
		// "Iraqi police", "US officials", "Iran's leaders", "State
		// Department spokesperson", "senior Syrian army officers".
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if covered[k] >= 0 {
				x := ems[covered[k]]
				if x.e.Actor != nil {
					code = compose(*x.e.Actor, agent)
					if dictAgent != nil {
						code = composeAgent(*x.e.Actor, dictAgent)
					}
					entityID = x.e.ID
					first = x.first
					used[covered[k]] = true
				}
				break
			}
			t := strings.ToLower(toks[k].Text(d.Text))
			// "rebel leaders", "opposition officials": the group leads, the
			// generic leadership word does not make them government
			if a, ok := s.Lex.Agents[t]; ok && agent == "GOV" && a != "GOV" {
				agent, code, first = a, a, k
				continue
			}
			if isModifierWord(t) {
				first = k // "senior officials", "government forces": one phrase
				continue
			}
			if k == i-1 && thirdPossessive(t) {
				// "Peru said its troops", "the minister said his
				// government": a role owned by a possessive pronoun is of
				// the country of the actor named last before it
				if c := countryBefore(out, ems, k); c != "" {
					code = compose(c, agent)
					if dictAgent != nil {
						code = composeAgent(c, dictAgent)
					}
					first = k
				}
				break
			}
			if possessives.Has(t) {
				if countryAnaphor(d.Text, toks, k-1) {
					// "the country's president": the country named last
					if c := lastCountryEntity(d, toks[k-1].Start); c != "" {
						code = compose(c, agent)
						if dictAgent != nil {
							code = composeAgent(c, dictAgent)
						}
						first = k - 2
					}
					break
				}
				continue
			}
			// "Zorvan internal affairs ministry": lower-case nouns and
			// adjectives between the country and the role (the tagger's)
			if t == toks[k].Text(d.Text) && nounOrAdjective(d, toks[k].Start) {
				continue
			}
			break
		}
		if code == agent && office != "" {
			code = compose(office, agent) // "Minister of Zorvania Ana Ruiz"
		}
		// "diplomats of the German embassy", "officials from Iraq": the
		// country after "of" or "from" (not "in": where they are is not
		// whose they are, save for local institutions: "a court in Guyana").
		if entityID == "" && code == agent && last+1 < len(toks) {
			w := strings.ToLower(toks[last+1].Text(d.Text))
			// a court, a parliament, the police "in" a country are its own
			// (troops "with" a country's army serve in it)
			if j := ownerBefore.Attr(w, "jurisdiction"); ownerBefore.Has(w) && (j == "" || j == "only" && jurisdiction.Has(agent) || j == "armed" && armedUnit.Has(agent)) {
				for k := last + 2; k < len(toks) && k <= last+4; k++ {
					// (only determiners and modifiers between: "officials
					// from the war-torn Zorvania", but not "fighters from
					// the group attacked Zorvan troops")
					if w := strings.ToLower(toks[k].Text(d.Text)); covered[k] < 0 && !words.Is("determiner", w) && !isModifierWord(w) && !strings.Contains(w, "-") && !ordinal(w) {
						break
					}
					if covered[k] >= 0 {
						x := ems[covered[k]]
						if x.e.Actor != nil && (x.e.Type == "GPE" || x.e.Type == "NORP") {
							code = compose(*x.e.Actor, agent)
						} else if x.e.Actor != nil && x.e.Type == "ORG" && len(*x.e.Actor) == 6 && armedGroups.Has((*x.e.Actor)[3:]) {
							// "the leader of the Zorvan insurgents' front":
							// an armed group's people are the group's own
							code = *x.e.Actor
						} else if x.e.Actor != nil && x.e.Type == "ORG" && agent == "GOV" && strings.HasPrefix(*x.e.Actor, "IGO") {
							// "the leaders of the Zorvan Union", "officials
							// of the bloc's commission": an international
							// body's own leaders and officials are the body
							code = *x.e.Actor
						} else if x.e.Actor != nil && x.e.Type == "ORG" && len(*x.e.Actor) >= 3 && !strings.HasPrefix(*x.e.Actor, "IGO") {
							// "critics of Kenya's parliament": the Senate's country
							code = compose((*x.e.Actor)[:3], agent)
						}
						break
					}
				}
			}
		}
		// "Ana Ruiz, Zorvania's police chief, said": the apposition is the
		// person, and codes a person who has no code
		if titleOf < 0 && s.apposed(d.Text, toks, covered, ems, first, last, code, code != agent) {
			i = last
			continue
		}
		if code == agent && titleOf < 0 && definiteRole(d.Text, toks, first, last) {
			// "the president": the person last named with that title
			if e := s.titledAntecedent(d, toks[first].Start, phraseText(d.Text, toks[i:last+1])); e != nil && e.Actor != nil {
				code, entityID = compose(*e.Actor, agent), e.ID
			}
		}
		// "Zorvan soldiers and marines": a role joined to one before it
		// with a country of its own shares that country
		// (or to a nationality's noun that is no role: "Zorvan sailors
		// and marines")
		if code == agent && first >= 2 && coordinators.Has(strings.ToLower(toks[first-1].Text(d.Text))) {
			if p := len(out) - 1; p >= 0 && out[p].Type == "ROLE" && out[p].own && out[p].Last == first-2 && len(out[p].Code) == 3+len(out[p].agent) && strings.HasSuffix(out[p].Code, out[p].agent) && !NonState(out[p].Code) {
				code = compose(out[p].Code[:3], agent)
			} else if n := first - 2; n >= 1 && covered[n] < 0 && covered[n-1] >= 0 && toks[n].Text(d.Text) == strings.ToLower(toks[n].Text(d.Text)) && nounOrAdjective(d, toks[n].Start) {
				if x := ems[covered[n-1]]; x.e.Type == "NORP" && x.e.Actor != nil && len(*x.e.Actor) == 3 {
					code = compose(*x.e.Actor, agent)
				}
			}
		}
		stateless := code == agent && first > 0 && statelessBefore.Has(strings.ToLower(toks[first-1].Text(d.Text)))
		own := code != agent
		// (people of the force, by the last word: not a body, "the army",
		// "the junta", mostly the story's country's own, nor an official,
		// "a defence official")
		lastWord := strings.ToLower(toks[last].Text(d.Text))
		bare := code == agent && armedUnit.Has(agent) && (dictAgent == nil || !dictAgent.Before) &&
			s.Lex.Agents[lastWord] == agent && !institutions.Has(lastWord)
		if stateless {
			// "world leaders", "international monitors": of no one
			// country, neither the article's nor the other party's
			code = ""
		} else if code == agent && s.context != "" && (dictAgent == nil || !dictAgent.Before) {
			// no country of its own: the article's ("police" in a story
			// from Belfast)
			code = s.context + agent
		}
		// "a former minister", "former Zorvan president Ana Ruiz": no
		// longer in office, an elite (ELI), not the government
		if (agent == "GOV" || agent == "LEG") && strings.HasSuffix(code, agent) && pastOfficeBefore(d.Text, toks, first, i) {
			code = code[:len(code)-len(agent)] + "ELI"
		}
		if titleOf >= 0 {
			// a lower-case title codes a name that has no code or only a
			// country, the title's own ("Zorvan prime minister Ana Ruiz"
			// is ZORGOV, not ZOR)
			// (or one the dictionary holds in office, where the text says
			// former: "former Zorvan president Ana Ruiz" is ZORELI)
			if p := ems[titleOf].e; code != agent && (p.Actor == nil || len(*p.Actor) == 3 && strings.HasPrefix(code, *p.Actor) ||
				strings.HasSuffix(code, "ELI") && len(*p.Actor) >= 6 && strings.HasPrefix(*p.Actor, code[:3]) && !NonState(*p.Actor)) {
				c := code
				p.Actor = &c
			}
			i = last
			continue
		}
		out = append(out, ActorSpan{Span: doc.Span{Start: toks[first].Start, End: toks[last].End}, First: first, Last: last,
			Code: code, Entity: entityID, Type: "ROLE", Head: phraseText(d.Text, toks[i:last+1]), bare: bare, own: own, agent: agent})
		i = last
	}
	out = s.apposedNames(d, toks, ems, covered, used, out)
	s.describedPersons(d, toks, ems, covered, used)
	for k, x := range ems {
		if used[k] {
			continue
		}
		switch x.e.Type {
		case "EVENT", "LOC":
			continue // an ocean or a region does nothing
		case "FAC":
			if x.e.Actor == nil {
				continue
			}
		case "NORP", "GPE":
			// "Iranian Gen. Qasem Soleimani": the demonym belongs to the person.
			if modifiesPerson(d.Text, toks, ems, covered, x.last, s.title) {
				continue
			}
		}
		code := ""
		if c := sharedRole(d.Text, toks, ems, k, out); c != "" {
			code = c // "Zorvan and Ruritanian soldiers": Zorvan soldiers too
		} else if x.e.Actor != nil {
			code = *x.e.Actor
		} else if x.e.Type == "PERSON" {
			code = s.context // a person no dictionary, title or apposition codes: the story's country
		} else if a := s.groupName(x.e); a != "" {
			// "Shiites", "Christians": a religious group with no code of
			// its own is of the country before it or the article's
			code = a
			if k := x.first - 1; k >= 0 && covered[k] >= 0 && ems[covered[k]].e.Actor != nil && len(*ems[covered[k]].e.Actor) == 3 {
				code = compose(*ems[covered[k]].e.Actor, a)
			} else if s.context != "" {
				code = s.context + a
			}
		}
		span, first := x.m.Span, x.first
		if t, ok := titled[k]; ok {
			span.Start, first = toks[t].Start, t
		}
		out = append(out, ActorSpan{Span: span, First: first, Last: x.last, Code: code, Entity: x.e.ID, Type: x.e.Type, Head: x.e.Name})
	}
	sortActors(out)
	out = s.cataphoric(d.Text, toks, ems, out)
	out = s.pronounActors(d, toks, out)
	sortActors(out)
	return out
}

// groupName is the agent code of an organisation or nationality that has
// no actor code and whose name is a religious group's ("Shiites",
// "Christians"), or "". (A title read as an organisation, "the President
// of the assembly", is left to the person it names: cataphoric.)
func (s *Stage) groupName(e *doc.Entity) string {
	if e.Actor != nil || e.Type != "ORG" && e.Type != "NORP" {
		return ""
	}
	if a := s.Lex.Agents[strings.ToLower(e.Name)]; a == "REL" {
		return a
	}
	return ""
}

// apposed reports whether a role phrase (toks[first:last+1]) stands in
// apposition to a person: the person's name, a comma, perhaps an article,
// the phrase, then a comma or the sentence's end. The phrase is then that
// person, no actor of its own; its code, when it has a country of its own
// (withCountry), becomes the person's if the person has none.
func (s *Stage) apposed(text string, toks []token.Token, covered []int, ems []em, first, last int, code string, withCountry bool) bool {
	p := first - 1
	if p > 0 && words.Is("determiner", strings.ToLower(toks[p].Text(text))) {
		p--
	}
	if p < 1 || toks[p].Text(text) != "," || covered[p-1] < 0 {
		return false
	}
	if next := last + 1; next < len(toks) && toks[next].Text(text) != "," && toks[next].Text(text) != "." {
		return false
	}
	e := ems[covered[p-1]].e
	if e.Type != "PERSON" {
		return false
	}
	if e.Actor == nil && withCountry {
		c := code
		e.Actor = &c
	}
	return true
}

// officeComplement finds the first token of a person's name that a
// capitalised title (toks[i], its role word ending before j) reaches
// through its office: a preposition, then only determiners, prepositions
// and capitalised words or named things that are no person, at most six
// tokens ("Secretary of the Navy for Research Ana Ruiz"), and the country
// of the office where a country or nationality names it ("Minister of
// Zorvania"); -1 when none.
func officeComplement(text string, toks []token.Token, covered []int, ems []em, i, j int) (int, string) {
	if j >= len(toks) || covered[j] >= 0 || !capitalised(toks[i].Text(text)) || !words.Is("preposition", strings.ToLower(toks[j].Text(text))) {
		return -1, ""
	}
	country := ""
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		if covered[k] >= 0 {
			x := ems[covered[k]]
			if x.e.Type == "PERSON" {
				if k == j+1 {
					return -1, "" // "Minister of Ana Ruiz": no office between
				}
				return k, country
			}
			if x.e.Actor != nil && len(*x.e.Actor) == 3 && (x.e.Type == "GPE" || x.e.Type == "NORP") && country == "" {
				country = *x.e.Actor
			}
			k = x.last
			continue
		}
		w := toks[k].Text(text)
		lw := strings.ToLower(w)
		if toks[k].Kind != token.Word || !capitalised(w) && !words.Is("determiner", lw) && !words.Is("preposition", lw) {
			return -1, ""
		}
	}
	return -1, ""
}

// thirdPossessive reports whether a lower-case word is a possessive
// pronoun of the third person ("its", "their", "his", "her").
func thirdPossessive(w string) bool {
	a := words.Get("pronoun").Attrs(w)
	return a["person"] == "3" && strings.Contains(a["case"], "gen")
}

// countryBefore is the country code (three letters) of the actor named
// last before token k in the sentence: an entity coded with a state's
// code, or a role phrase with a country of its own; "" for none or where
// the last one has no country (an international body, a bare role).
func countryBefore(out []ActorSpan, ems []em, k int) string {
	code, at := "", -1
	for _, a := range out {
		if a.Last < k && a.Last > at {
			code, at = "", a.Last
			if len(a.Code) >= 6 {
				code = a.Code
			}
		}
	}
	for _, x := range ems {
		if x.last < k && x.last > at {
			code, at = "", x.last
			if x.e.Actor != nil && len(*x.e.Actor) >= 3 {
				code = *x.e.Actor
			}
		}
	}
	if code == "" || NonState(code) {
		return ""
	}
	return code[:3]
}

// lastCountryEntity is the actor code of the country or nationality
// mentioned last before byte off in the document's body ("" for none).
func lastCountryEntity(d *doc.Document, off int) string {
	code, at := "", -1
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Actor == nil || len(*e.Actor) != 3 || e.Type != "GPE" && e.Type != "NORP" {
			continue
		}
		for _, m := range e.Mentions {
			if m.In == "" && m.End <= off && m.Start > at {
				code, at = *e.Actor, m.Start
			}
		}
	}
	return code
}

// capitalised reports whether a word opens with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// em is an entity mention located in a sentence's tokens.
type em struct {
	first, last int
	e           *doc.Entity
	m           doc.Mention
}

// modifiesPerson reports whether a person's name follows token last,
// with at most titles between ("Iranian Foreign Minister Abbas
// Araghchi").
func modifiesPerson(text string, toks []token.Token, ems []em, covered []int, last int, title func(string) (string, bool)) bool {
	j := last + 1
	for steps := 0; j < len(toks) && steps < 3; steps++ {
		if covered[j] >= 0 {
			return ems[covered[j]].e.Type == "PERSON"
		}
		n := 0
		for k := min(len(toks), j+3); k > j; k-- {
			var parts []string
			for _, t := range toks[j:k] {
				parts = append(parts, t.Text(text))
			}
			if _, ok := title(strings.Join(parts, " ")); ok {
				n = k - j
				break
			}
		}
		if n == 0 {
			return false
		}
		j += n
	}
	return j < len(toks) && covered[j] >= 0 && ems[covered[j]].e.Type == "PERSON"
}

func sortActors(a []ActorSpan) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].Start < a[j-1].Start; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// compose joins an entity's actor code and a role's agent: USA + GOV is
// USAGOV; a code that already has an agent keeps it (USAGOV + GOV).
func compose(code, agent string) string {
	if len(code) >= 6 || strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG") {
		return code
	}
	if len(code) == 3 {
		return code + agent
	}
	return code
}

func isModifierWord(w string) bool { return modifiers.Has(w) }

// formerTitle reports whether a word marking a former office holder
// opens a capitalised run before its name (toks up to a: "Former
// President") or stands just before it ("the former President").
func formerTitle(text string, toks []token.Token, a int) bool {
	for k := 0; k < a && k < len(toks); k++ {
		if pastOffice.Has(strings.ToLower(toks[k].Text(text))) {
			return true
		}
	}
	if len(toks) == 0 {
		return false
	}
	ws := strings.Fields(text[max(0, toks[0].Start-16):toks[0].Start])
	return len(ws) > 0 && pastOffice.Has(strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], "-")))
}

// pastOfficeBefore reports whether a word marking a former office holder
// ("former", "ex") stands in a role phrase before its role word (toks
// first to role), or just before the phrase past a determiner ("the
// former Zorvan president").
func pastOfficeBefore(text string, toks []token.Token, first, role int) bool {
	start := first - 1
	if start >= 0 && toks[start].Text(text) == "-" {
		start-- // "ex-minister" as three tokens
	}
	for k := max(0, start); k < role; k++ {
		if pastOffice.Has(strings.ToLower(toks[k].Text(text))) {
			return true
		}
	}
	return false
}

// freeWords appends to ws (up to its capacity) the words of toks from i
// on that are not inside an entity mention.
func freeWords(ws []string, text string, toks []token.Token, covered []int, i int) []string {
	for k := i; k < len(toks) && len(ws) < cap(ws) && covered[k] < 0 && toks[k].Kind == token.Word; k++ {
		ws = append(ws, toks[k].Text(text))
	}
	return ws
}

// functionWord reports whether a word is a preposition, determiner or
// conjunction: no role phrase ends in one (the agent dictionary's
// "EMBASSY_IN" leaves the country to the phrase after it).
func functionWord(w string) bool {
	w = strings.ToLower(w)
	return words.Is("preposition", w) || words.Is("determiner", w) || words.Is("conjunction", w)
}

// hyphenedGroup is the agent code of a hyphened word whose last part is
// a role word in the plural, a group of people ("counter-protesters",
// "ex-rebels", "anti-war-demonstrators"), or "". A singular last part is
// left alone: it is mostly a modifier ("pro-government", "ex-minister").
func hyphenedGroup(agents map[string]string, w string) string {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return ""
	}
	tail := w[k+1:]
	if !(strings.HasSuffix(tail, "s") && !strings.HasSuffix(tail, "ss") || strings.HasSuffix(tail, "men")) {
		return ""
	}
	return agents[tail]
}
