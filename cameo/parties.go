// Parties by place: codes an event's parties take from where it happens
// (the clause's place or the article's), and codes a careful coder
// leaves off.

package cameo

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/words"
)

// placeCountries maps the document's place countries (ISO alpha-2) to the
// actor codes their entities carry, read once per document into
// countries.
func placeCountries(d *doc.Document, countries *map[string]string) map[string]string {
	if *countries == nil {
		*countries = map[string]string{}
		actorOf := map[string]string{}
		for _, e := range d.Entities {
			if e.Actor != nil && len(*e.Actor) >= 3 && (e.Type == "GPE" || e.Type == "NORP") && !strings.HasPrefix(*e.Actor, "IGO") {
				actorOf[e.ID] = (*e.Actor)[:3]
			}
		}
		for _, p := range d.Places {
			if c, ok := actorOf[p.Entity]; ok && p.Country != "" {
				(*countries)[p.Country] = c
			}
		}
	}
	return *countries
}

// placeLocals gives a bare local role (police, protesters, villagers,
// students, the government, a court, a newspaper: local-agent in
// data/words) on an event the country of the place it happens in, the one
// its clause names or else the article's ("police fired on students in
// Lima" are Peru's; so is "the court" of a story from Lima), as a role
// the sentence gives no country takes the country the article is about.
func placeLocals(d *doc.Document, ev *doc.Event, countries *map[string]string) {
	if ev.Place == nil {
		return
	}
	c, ok := placeCountries(d, countries)[ev.Place.Country]
	if !ok {
		return
	}
	for _, a := range []*doc.Actor{ev.Source, ev.Target} {
		if a != nil && a.Actor != nil && localAgents[*a.Actor] {
			code := c + *a.Actor
			a.Actor = &code
		}
	}
}

// partyLocals gives a bare local role on an event (police, protesters,
// residents, a party: local-agent in data/words, with no country) the
// country of the other party where that one is a local role of a
// country too ("Zorvan police fired on protesters": Zorvan protesters;
// "supporters accused the Zorvan ministry") or a country alone, a state
// or a person coded only by nationality ("the Zorvan writer Ana Ruiz
// thanked the nurses"): people and bodies of one country's own affairs
// deal with their own. Soldiers, diplomats and international bodies on
// the other side act abroad and give nothing; bare soldiers facing a
// country's rebels or insurgents are that country's (rebels rise against
// their own state).
func partyLocals(ev *doc.Event) {
	a, b := ev.Source, ev.Target
	if a == nil || b == nil || a.Actor == nil || b.Actor == nil {
		return
	}
	for _, p := range [][2]*doc.Actor{{a, b}, {b, a}} {
		bare, other := *p[0].Actor, *p[1].Actor
		if bare == "MIL" && len(other) >= 6 && !entity.NonState(other) && insurgentAgents[other[3:6]] {
			// a country's rebels fight that country's soldiers
			code := other[:3] + bare
			p[0].Actor = &code
			return
		}
		if len(bare) != 3 || !localAgents[bare] || entity.NonState(other) || !(len(other) >= 6 && localAgents[other[3:6]] || countryOnly(other)) {
			continue
		}
		code := other[:3] + bare
		p[0].Actor = &code
		return
	}
}

// groupMeets makes a meeting (040-046 but visits) or a formal agreement
// (057) told of one group alone ("the G8 leaders met", "Zorvan ministers
// held talks", "the bloc's leaders struck a deal") a meeting or an
// agreement among its members: the group is its target too, as CAMEO
// codes a group's own consultations and accords. The group is an
// intergovernmental body or a phrase whose last word is a plural.
func groupMeets(ev *doc.Event) {
	a := ev.Source
	if !(ev.Root == "04" && symmetric(ev.Root, ev.Code) || ev.Code == "057") || ev.Target != nil || a == nil || a.Actor == nil {
		return
	}
	w := strings.ToLower(a.Name[strings.LastIndexByte(a.Name, ' ')+1:])
	if !strings.HasPrefix(*a.Actor, "IGO") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
		return
	}
	t := *a
	ev.Target = &t
}

// placeProtesters gives a protest with no source the people of the place
// it is held in, the clause's or the article's ("the rally began at the
// harbour" in a story from Sydney: Australians), as their country's code;
// countries maps the document's place countries (ISO alpha-2) to the
// actor codes their entities carry, read once per document.
func placeProtesters(d *doc.Document, ev *doc.Event, countries *map[string]string) {
	if ev.Source != nil || ev.Place == nil || ev.Root != "14" || strings.HasPrefix(ev.Code, "144") {
		return
	}
	if c, ok := placeCountries(d, countries)[ev.Place.Country]; ok {
		if ev.Target != nil && ev.Target.Actor != nil && *ev.Target.Actor == c {
			return // "protests against Kenya" held in Kenya: no one named protests
		}
		ev.Source = &doc.Actor{Name: ev.Place.Name}
		doc.SetStr(&ev.Source.Actor, c)
	}
}

// protestTarget gives a protest held at home (14, not a blockade, 144,
// nor a riot, 145, whose violence is often aimed at no one) that names
// no coded target the government of its country, as CAMEO codes a
// demonstration no one is named as the object of: "thousands of Zorvans
// marched in Zorvik" against the Zorvan government; others are the
// events of its sentence, and where one of them names whom a protest is
// against, that is whom this one is against too (one act, told twice, is
// kept once: onePerPair). The country
// is the protesters' (a state's code, not its government's own), and
// where the place it is held in is another country's the protest is left
// alone (a rally abroad, at an embassy, is against no one said). A place
// the parse read as the target ("protests across Zorvan", its clause's
// own place and no one named protesting) is where, not whom: the
// protesters are that country's people and the target its government
// (a riot's stays the country: "riots erupted across Zorvan").
func protestTarget(d *doc.Document, ev *doc.Event, others []doc.Event, countries *map[string]string) {
	if ev.Root != "14" || strings.HasPrefix(ev.Code, "144") {
		return
	}
	for i := range others {
		if o := &others[i]; o != ev && o.Root == "14" && actorCode(o.Target) != "" {
			return // the sentence names whom a protest is against
		}
	}
	place := ""
	if ev.Place != nil {
		place = placeCountries(d, countries)[ev.Place.Country]
	}
	if t := ev.Target; ev.Source == nil && t != nil && t.Actor != nil && place != "" && *t.Actor == place &&
		ev.PlaceSource == placeFromClause && t.Name == ev.Place.Name {
		ev.Source = &doc.Actor{Name: t.Name}
		doc.SetStr(&ev.Source.Actor, place)
		if !strings.HasPrefix(ev.Code, "145") {
			gov := place + "GOV"
			t.Actor, t.Entity = &gov, nil
		}
		return
	}
	if strings.HasPrefix(ev.Code, "145") || ev.Target != nil && ev.Target.Actor != nil || ev.Source == nil || ev.Source.Actor == nil {
		return
	}
	src := *ev.Source.Actor
	if len(src) < 3 || entity.NonState(src) || agentCodes[src[:3]] || strings.HasPrefix(src[3:], "GOV") {
		return
	}
	c := src[:3]
	if place != "" && place != c {
		return
	}
	name := ev.Source.Name
	if ev.Place != nil {
		name = ev.Place.Name
	}
	ev.Target = &doc.Actor{Name: name}
	doc.SetStr(&ev.Target.Actor, c+"GOV")
}

// placeVictims gives an attack, a bombing or a killing that names no
// coded target (none, or a phrase with no actor code: "a bus in Zorvik")
// the country of the place it happened in, the clause's or the
// article's ("a bomb went off on a bus in Zorvan": against Zorvan), as
// CAMEO codes violence against unnamed victims. An abduction is left
// alone: its victim's country is the hostage's, not the place's.
func placeVictims(d *doc.Document, ev *doc.Event, countries *map[string]string) {
	if ev.Target != nil && ev.Target.Actor != nil || ev.Place == nil || !violent(ev.Code) || strings.HasPrefix(ev.Code, "181") {
		return
	}
	c, ok := placeCountries(d, countries)[ev.Place.Country]
	if !ok || ev.Source != nil && ev.Source.Actor != nil && sameCountry(*ev.Source.Actor, c) && !strings.HasPrefix(ev.Code, "18") {
		return
	}
	if ev.Target == nil {
		ev.Target = &doc.Actor{Name: ev.Place.Name}
	}
	doc.SetStr(&ev.Target.Actor, c)
}

// placeWithdrawal gives a military withdrawal (087x, or an intent to
// withdraw, 0356) whose target is the withdrawing side's own troops (or
// none) the country of the place its clause says they leave ("pulled its
// troops out of Zorvan": against Zorvan): the troops withdrawn are the
// means of the act, the country left is its target.
func placeWithdrawal(d *doc.Document, ev *doc.Event, countries *map[string]string) {
	if ev.Place == nil || ev.PlaceSource != placeFromClause || !strings.HasPrefix(ev.Code, "087") && ev.Code != "0356" {
		return
	}
	c, ok := placeCountries(d, countries)[ev.Place.Country]
	if !ok {
		return
	}
	src := ""
	if ev.Source != nil && ev.Source.Actor != nil {
		src = *ev.Source.Actor
	}
	if sameCountry(src, c) {
		return
	}
	if t := ev.Target; t != nil && t.Actor != nil {
		code := *t.Actor
		if len(code) > 3 && !sameCountry(code, src) || len(code) == 3 && !localAgents[code] && code != "MIL" {
			return // another party's ("withdrew from talks with Zorvan's army")
		}
	}
	ev.Target = &doc.Actor{Name: ev.Place.Name}
	doc.SetStr(&ev.Target.Actor, c)
}

// placeVisits gives a visit (042) that names no host the country of the
// place its clause says is visited ("arrived in Lima": a visit to Peru),
// unless the visitor is of that country.
func placeVisits(d *doc.Document, ev *doc.Event, countries *map[string]string) {
	if ev.Code != "042" || ev.Target != nil && ev.Target.Actor != nil || ev.Place == nil || ev.PlaceSource != placeFromClause {
		return
	}
	c, ok := placeCountries(d, countries)[ev.Place.Country]
	if !ok || ev.Source != nil && ev.Source.Actor != nil && sameCountry(*ev.Source.Actor, c) {
		return
	}
	if ev.Target == nil {
		ev.Target = &doc.Actor{Name: ev.Place.Name}
	}
	doc.SetStr(&ev.Target.Actor, c)
}

// placeBombers drops a bombing's (183x) source that is a place or a
// country named as such ("bombs exploded in the Zorvan city of Lima,
// killing five": Lima is where, not who): CAMEO's 183 is a non-military
// bombing, whose agent is a group, never a state or a town by its name.
func placeBombers(d *doc.Document, ev *doc.Event) {
	a := ev.Source
	if !strings.HasPrefix(ev.Code, "183") || a == nil || a.Entity == nil || a.Actor == nil || len(*a.Actor) != 3 {
		return
	}
	for i := range d.Entities {
		if e := &d.Entities[i]; e.ID == *a.Entity {
			if e.Type == "GPE" || e.Type == "LOC" || e.Type == "NORP" {
				ev.Source = nil
			}
			return
		}
	}
}

// unnamedAttackers takes the code off a party named only by its act, with
// no group or country of its own in its phrase ("gunmen", "suicide
// bombers", "unknown assailants": unnamed-attacker in data/words): a
// careful coder leaves attackers no group is named for uncoded, where
// the role's code with the article's country would make them that
// country's rebels or armed forces. Under the codebook convention only:
// PETRARCH's dictionaries code gunmen as unidentified armed forces (UAF).
func unnamedAttackers(ev *doc.Event) {
	for _, a := range []*doc.Actor{ev.Source, ev.Target} {
		if a == nil || a.Actor == nil || a.Entity != nil {
			continue
		}
		name := " " + strings.ToLower(strings.TrimSpace(a.Name))
		for _, w := range attackerWords {
			if strings.HasSuffix(name, " "+w) {
				a.Actor = nil
				break
			}
		}
	}
}

// betweenPairs makes the events of one symmetric act told "between" two
// parties ("a meeting between the Kenyan and the Somali presidents", "an
// agreement between Chile and Peru"), which the roles read as one event
// per party, each with that party as its target and no source, one event
// between them: the party named first its source, the other its target.
// Both parties must be named after a "between" in the sentence ("an
// agreement between Chile and Peru was reached").
func betweenPairs(d *doc.Document, evs []doc.Event) []doc.Event {
	var out []doc.Event
	used := make([]bool, len(evs))
	for i := range evs {
		if used[i] {
			continue
		}
		e := evs[i]
		if e.Source == nil && e.Target != nil && e.Target.Actor != nil && symmetric(e.Root, e.Code) {
			if k := betweenAt(d, e.Sentence); k >= 0 {
				rest := d.Text[k:e.Sentence.End]
				for j := i + 1; j < len(evs); j++ {
					f := evs[j]
					if used[j] || f.Source != nil || f.Target == nil || f.Target.Actor == nil || f.Code != e.Code || f.Trigger.Span != e.Trigger.Span {
						continue
					}
					a, b := strings.Index(rest, e.Target.Name), strings.Index(rest, f.Target.Name)
					if a < 0 || b < 0 || *e.Target.Actor == *f.Target.Actor {
						continue
					}
					first, second := e.Target, f.Target
					if b < a {
						first, second = second, first
					}
					e.Source, e.Target = first, second
					used[j] = true
					break
				}
			}
		}
		out = append(out, e)
	}
	return out
}

// betweenAt is the offset of the first preposition that names all the
// parties of a symmetric act (data/words between-preposition: "between")
// among the syntax layer's words of the body sentence at sent, or -1.
func betweenAt(d *doc.Document, sent doc.Span) int {
	if d.Syntax == nil {
		return -1
	}
	ss := d.Syntax.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].Start >= sent.Start && !ss[i].Headline || ss[i].Start > sent.Start })
	for ; k < len(ss) && ss[k].Span.End <= sent.End; k++ {
		if ss[k].Headline && ss[k].Index < 0 {
			continue
		}
		for _, tk := range d.Syntax.Tokens[ss[k].First:ss[k].End] {
			if betweenPreps[strings.ToLower(tk.Form)] {
				return tk.Start
			}
		}
	}
	return -1
}

// AgentCode reports whether three letters are a CAMEO agent code, a role
// with no country ("CVL", "MIL"), not a country's code.
func AgentCode(code string) bool { return agentCodes[code] }

// countryOnly reports whether an actor code is a country's alone: three
// letters that are no CAMEO agent code (agent-code in data/words: "CVL"
// is a role with no country, "PER" is Peru, "NGO" no state).
func countryOnly(code string) bool {
	return len(code) == 3 && !agentCodes[code] && !entity.NonState(code)
}

// meetingReach is how many sentences before its own a meeting told with
// "we" or "they" may have been told with its parties.
const meetingReach = 3

// pronounMeets gives a meeting (a symmetric 04) that names no party and
// whose subject on the parse is a plural personal pronoun ("they had a
// long discussion", "we held good talks") the parties of the last counted
// meeting the article told with both its parties, in its sentence or
// the meetingReach before it: the pronoun stands for those who met.
func pronounMeets(d *doc.Document, ev *doc.Event) {
	if ev.Root != "04" || !symmetric(ev.Root, ev.Code) || ev.Source != nil || ev.Target != nil || ev.Evidence == nil {
		return
	}
	plural := false
	for _, a := range ev.Evidence.Arguments {
		if a.Role != "subject" {
			continue
		}
		at := words.Get("pronoun").Attrs(strings.ToLower(a.Text))
		plural = at["number"] == "pl" && at["kind"] == "personal" && at["case"] == "nom" && at["person"] != "2"
	}
	if !plural || len(d.Sentences) == 0 {
		return
	}
	k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].Start >= ev.Sentence.Start })
	from := d.Sentences[max(0, k-meetingReach)].Start
	for j := len(d.Events) - 1; j >= 0; j-- {
		e := &d.Events[j]
		if e.Sentence.Start < from {
			return
		}
		if Counted(e) && e.Root == "04" && symmetric(e.Root, e.Code) && actorCode(e.Source) != "" && actorCode(e.Target) != "" {
			s, t := *e.Source, *e.Target
			ev.Source, ev.Target = &s, &t
			return
		}
	}
}
