package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// labelParticiple reports whether the disapproval trigger t (root 11) is a
// passive participle hung on a noun with no agent of its own ("the men
// accused of fraud", "a minister blamed for the losses"): the participle
// tells what the noun's people are charged with, a label on them, not an
// accusation anyone made (an agent, "accused by the opposition of fraud",
// names its maker and keeps the event).
func (sc *sentCtx) labelParticiple(t *trigger) bool {
	p := sc.parse
	if p == nil || t.p.Noun || len(t.p.Code) < 2 || t.p.Code[:2] != "11" || t.at >= len(p.synOf) || p.synOf[t.at] < 0 {
		return false
	}
	j := p.synOf[t.at]
	if p.syn[j].Rel != "acl" || p.syn[j].XPOS != "VBN" {
		return false
	}
	h := p.head(j)
	if h < 0 || !nominal(p.syn[h].UPOS) {
		return false
	}
	agent := false
	p.kids(j, func(k int) bool {
		if r := p.syn[k].Rel; r == "obl:agent" || strings.HasPrefix(r, "nsubj") || r == "aux" || r == "aux:pass" {
			agent = true // an agent, or a verb group of its own: a clause
			return false
		}
		return true
	})
	return !agent
}

// unnamedDisapproval sets aside, below the counting threshold, the events
// of a disapproval noun (root 11: an accusation, a criticism) that name no
// party at all, neither who voiced it nor whom it is against ("new
// allegations of fraud"): no one's act between parties is told.
func unnamedDisapproval(t *trigger, evs []doc.Event) {
	if !t.p.Noun || len(t.p.Code) < 2 || t.p.Code[:2] != "11" {
		return
	}
	for i := range evs {
		if evs[i].Source != nil || evs[i].Target != nil {
			return
		}
	}
	for i := range evs {
		setAsideUncounted(&evs[i], "a disapproval noun with no party named: no one's act")
	}
}

// thingAccused reports whether the accusation verb t (112: accuse, blame)
// has for its direct object a common noun that is no party ("blamed the
// weather", "blamed rising prices"): with no one accused named, no
// accusation between parties is told. party tells whether a syntactic
// word stands in an actor phrase.
func (sc *sentCtx) thingAccused(t *trigger, party func(k int) bool) bool {
	p := sc.parse
	if p == nil || t.p.Noun || t.p.Code != "112" || t.at >= len(p.synOf) || p.synOf[t.at] < 0 {
		return false
	}
	j := p.synOf[t.at]
	thing := false
	p.kids(j, func(k int) bool {
		if p.syn[k].Rel != "obj" {
			return true
		}
		thing = p.syn[k].UPOS == "NOUN" && !party(k)
		p.kids(k, func(m int) bool {
			if p.syn[m].Rel == "nummod" || party(m) {
				thing = false // "blamed two officers", "blamed Peru's army"
			}
			return thing
		})
		return false
	})
	return thing
}
