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
// names its maker and keeps the event). A verdict (116, "the men convicted
// of fraud") is no label: it tells that a court found them guilty.
func (sc *sentCtx) labelParticiple(t *trigger) bool {
	p := sc.parse
	j := p.synAt(t.at)
	if j < 0 || t.p.Noun || len(t.p.Code) < 2 || t.p.Code[:2] != "11" || strings.HasPrefix(t.p.Code, "116") {
		return false
	}
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
	j := p.synAt(t.at)
	if j < 0 || t.p.Noun || t.p.Code != "112" {
		return false
	}
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

// criticisedDoer returns the actor a disapproval verb (root 11) is aimed
// at through its object, when the object is an act or a manner, no party,
// whose doer the parse names: the agent after "by" ("condemned the
// treatment of refugees by Zorvan") or the subject of a relative clause on
// it ("criticised the way in which Zorvan handled the crisis"); -1 when
// there is none. party gives the coded actor a syntactic word stands in,
// or -1.
func (sc *sentCtx) criticisedDoer(t *trigger, a args, party func(k int) int) int {
	p := sc.parse
	if p == nil || t.p.Noun || len(t.p.Code) < 2 || t.p.Code[:2] != "11" {
		return -1
	}
	for _, w := range a.obj {
		if w < 0 || w >= len(p.syn) || p.syn[w].UPOS != "NOUN" || party(w) >= 0 || p.head(w) != a.pred {
			continue
		}
		doer := -1
		var byAgent func(h, depth int)
		byAgent = func(h, depth int) {
			// "by" on the object or on an "of" noun of it, as the
			// parse may hang it ("the treatment of refugees by Zorvan")
			p.kids(h, func(k int) bool {
				if r := p.syn[k].Rel; r == "nmod" || r == "nmod:agent" {
					if c := p.caseOf(k); agentPreps[c] {
						doer = party(k)
					} else if genitive[c] && depth == 0 {
						byAgent(k, 1)
					}
				}
				return doer < 0
			})
		}
		byAgent(w, 0)
		if doer < 0 && !a.passive {
			// or on the active verb itself ("condemned the killing of
			// protesters by the police")
			for _, o := range a.obl {
				if agentPreps[o.prep] && doer < 0 {
					doer = party(o.head)
				}
			}
		}
		p.kids(w, func(k int) bool {
			switch p.syn[k].Rel {
			case "acl:relcl":
				p.kids(k, func(m int) bool {
					if p.syn[m].Rel == "nsubj" {
						doer = party(m)
					}
					return doer < 0
				})
			}
			return doer < 0
		})
		if doer >= 0 {
			return doer
		}
	}
	return -1
}
