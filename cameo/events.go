// Building the events of a trigger, and the actor codes that choose
// between close codes.

package cameo

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// events builds the events of one trigger: one per source and target pair.
func (s *Stage) events(sc *sentCtx, t *trigger, src, tgt []int) []doc.Event {
	d, sent, toks, lower, actors := sc.d, sc.span, sc.toks, sc.lower, sc.actors
	c := s.Table[t.p.Code]
	trig := doc.Trigger{Span: doc.Span{Start: toks[t.at].Start, End: toks[t.end].End}}
	trig.Text = d.Text[trig.Start:trig.End]
	date := sc.eventDate(trig.Span)
	place := sc.eventPlace(trig.Span)
	attr := sc.quoteAttribution(trig.Span)
	if attr == nil {
		attr = attribution(d, toks, lower, actors, t)
	}
	pair := &pairReading{t: t, lower: lower, actors: actors, codebook: s.Convention == Codebook}
	mk := func(a, b int) doc.Event {
		// the act's code told apart by its parties and its words
		// (data/recode.tsv)
		pair.a, pair.b = a, b
		c := s.Recode.recode(s.Table, c, pair)
		ev := doc.Event{Code: c.Code, Root: c.Root, Label: c.Name, Goldstein: c.Goldstein, QuadClass: c.Quad,
			Date: date, Place: place, Sentence: sent, Trigger: trig, Attribution: attr,
			Negated: t.negated, Hypothetical: t.hypo, Evidence: t.evidence}
		doc.SetStr(&ev.Plover, c.Plover)
		if a >= 0 {
			ev.Source = actorOf(actors[a])
		}
		if b >= 0 {
			ev.Target = actorOf(actors[b])
		}
		// the confidence is read from the evidence the sentence gives
		// of the event (confmodel.go: its features, and the model)
		ev.Trace.Features = sc.confFeatures(t, a, b, c)
		ev.Confidence = s.confidence(ev.Trace.Features)
		return ev
	}
	var out []doc.Event
	// "A, B and C met": each met the others; "a meeting between A and
	// B" is one meeting, the one named first its source
	if len(tgt) == 0 && len(src) > 1 && (symmetric(c.Root, c.Code) || reciprocal(t)) {
		ps := slices.Clone(src)
		slices.Sort(ps)
		for i, a := range ps {
			for j, b := range ps {
				if a != b && (!t.p.Noun || j > i) {
					out = append(out, mk(a, b))
				}
			}
		}
		return out
	}
	if len(src) == 0 {
		src = []int{-1}
	}
	if len(tgt) == 0 {
		tgt = []int{-1}
	}
	for _, a := range src {
		for _, b := range tgt {
			if a >= 0 && a == b {
				continue
			}
			if s.Convention == Codebook && a >= 0 && sceneModifier(sc, actors[a], t, c.Code) {
				// "the Zorvik bombings": the town is where the act was,
				// the place attacked, not its doer
				if b < 0 {
					b = a
				}
				a = -1
			}
			out = append(out, mk(a, b))
			// "the strikers received envoys of the
			// cabinet": to host a visit is to be visited (042 mirrors
			// 043, as CAMEO pairs them)
			if c.Code == "043" && a >= 0 && b >= 0 && s.Table["042"] != nil {
				v := mk(b, a)
				m := s.Table["042"]
				recode(&v, m)
				out = append(out, v)
			}
		}
	}
	return out
}

// reciprocal reports whether trigger t is a verb of fighting whose
// subjects, when several, fight each other ("Zorvan troops and rebels
// fought near the border"; reciprocal-verb in data/words), though its
// code (190) is no symmetric one: "Zorvan troops fought the rebels" has
// an object.
func reciprocal(t *trigger) bool {
	return !t.p.Noun && t.p.Code[:2] == "19" && reciprocalVerbs[t.p.Words[0]]
}

// symmetric codes are done with each other: consult, cooperate, clash.
func symmetric(root, code string) bool {
	switch root {
	case "04", "05", "06":
		return code != "042" && code != "043"
	case "03":
		// an intent to do a symmetric act: "Chile and Peru pledged closer
		// ties", "will hold talks" (to cooperate, to meet)
		switch code {
		case "030", "031", "0311", "0312", "0313", "0314", "032", "036":
			return true
		}
		return false
	}
	return code == "193" || code == "145"
}

func actorOf(a actor) *doc.Actor {
	act := &doc.Actor{Name: a.Head}
	doc.SetStr(&act.Actor, a.Code)
	doc.SetStr(&act.Entity, a.Entity)
	return act
}

// isKilling reports whether a trigger word kills: "killed", "killing",
// "murdered", "slain".
func isKilling(w string) bool {
	for _, p := range killingStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// sceneModifier reports whether actor x, a source of violence told by an
// event noun, is a town or another place short of a country named right
// before the noun ("the Zorvik attacks", "the Lima bombings"): the place
// the violence struck, no doer. A country's name or adjective there is
// the doer ("Zorvan strikes"). A determiner before the place's name tells
// the noun where the parse read a verb ("after the Zorvik attacks ended":
// a town takes no article, the noun phrase it modifies does).
func sceneModifier(sc *sentCtx, x actor, t *trigger, code string) bool {
	if !violent(code) || x.Entity == "" || x.Last != t.at-1 || !t.p.Noun && !sc.nounAt(t.at) && !(x.First > 0 && determiners[sc.lower[x.First-1]]) {
		return false
	}
	for i := range sc.d.Places {
		if p := &sc.d.Places[i]; p.Entity == x.Entity {
			return p.Kind == "" && p.Feature != "" && p.Feature != "country"
		}
	}
	return false
}

// nounAt reports whether the parse reads token i of the sentence as a
// noun.
func (sc *sentCtx) nounAt(i int) bool {
	j := sc.parse.synAt(i)
	return j >= 0 && sc.parse.syn[j].UPOS == "NOUN"
}

// nonStateAgents are the agent codes of groups outside the state.
var nonStateAgents = map[string]bool{"AGR": true, "BUS": true, "CRM": true, "CVL": true, "EDU": true, "HLH": true, "LAB": true,
	"MED": true, "NGO": true, "OPP": true, "REB": true, "REF": true, "REL": true, "UAF": true}

// stateActor reports whether an actor code names a state or one of its
// organs: a bare country, its government, military, police, judiciary or
// legislature, or an intergovernmental body.
// legalCharge reports whether a trigger is a passive "charged" that
// events codes as a legal charge (173), not an accusation (110).
func legalCharge(lower []string, t *trigger) bool {
	return t.p.Code == "110" && t.passive && hasStem(chargeStem, lower[t.at])
}

// enforcer reports whether an actor code is a force that arrests,
// charges or detains: police, the courts, the military, intelligence.
func enforcer(code string) bool {
	if len(code) < 6 && !nonStateAgents[code] && len(code) != 3 {
		return false
	}
	for _, a := range []string{"COP", "JUD", "MIL", "SPY"} {
		if strings.HasSuffix(code, a) || len(code) >= 6 && code[3:6] == a {
			return true
		}
	}
	return false
}

func stateActor(code string) bool {
	if len(code) == 3 && nonStateAgents[code] {
		return false // "demonstrators" (OPP) with no country
	}
	if len(code) == 3 || strings.HasPrefix(code, "IGO") {
		return true
	}
	for _, a := range []string{"GOV", "MIL", "COP", "JUD", "LEG", "SPY"} {
		if strings.Contains(code, a) {
			return true
		}
	}
	return false
}

// governingActor reports whether an actor code names a state's civil
// organs, or the state itself: a country, its government, legislature or
// courts, an IGO; not its armed forces or police, not people with no
// country.
func governingActor(code string) bool {
	if !stateActor(code) {
		return false
	}
	for _, a := range []string{"MIL", "COP", "SPY", "REB", "INS", "UAF", "OPP", "CVL", "CIV"} {
		if strings.Contains(code, a) {
			return false
		}
	}
	return true
}

// armedActor reports whether an actor code names a state or an armed
// group: a bare country, its military or police, rebels, insurgents.
func armedActor(code string) bool {
	if len(code) == 3 {
		return !nonStateAgents[code] // a country, not "teachers" (EDU) with none
	}
	for _, a := range []string{"MIL", "COP", "REB", "INS", "UAF", "SPY"} {
		if strings.Contains(code, a) {
			return true
		}
	}
	return false
}

// hasParty reports whether the parse found a party for an event, an actor
// or not ("they", "the lawyers"): an event no one does and no one
// undergoes ("an inquiry into the tender") is not sure to be a political
// event.
func hasParty(ev *doc.Evidence) bool {
	if ev == nil {
		return false
	}
	for _, a := range ev.Arguments {
		switch a.Role {
		case "subject", "agent", "object", "iobj", "possessor", "modifier":
			return true
		}
	}
	return false
}
