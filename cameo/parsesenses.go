// Verb senses read from the parse: a bare directive, the verb a sense class
// names, help given to a party, a dismissal of a person, criticism told
// with a verb of attack.

package cameo

import (
	"strings"
)

// bareDirective reports whether a trigger is a verb of directing
// (class directing: "tell", "order") that the parse gives no infinitive
// complement, the act directed ("told residents to leave"): then it
// orders nothing. Without a parse every such trigger is bare.
func (p *parse) bareDirective(t *trigger) bool {
	if p == nil || p.synAt(t.at) < 0 {
		return true
	}
	j := p.synOf[t.at]
	if !directingVerbs[strings.ToLower(p.syn[j].Lemma)] {
		return false
	}
	inf := false
	p.kids(j, func(k int) bool {
		if p.syn[k].Rel == "xcomp" && p.syn[k].UPOS == "VERB" {
			inf = p.toMark(k)
		}
		return !inf
	})
	return !inf
}

// senseVerb returns the syntactic word of a verb trigger whose lemma is
// one of a verb-sense class (senses.tsv), -1 for a noun trigger, one the
// parse lacks or a verb of another class.
func (p *parse) senseVerb(t *trigger, class map[string]bool) int {
	if p == nil || t.p.Noun || p.synAt(t.at) < 0 {
		return -1
	}
	j := p.synOf[t.at]
	if !class[strings.ToLower(p.syn[j].Lemma)] {
		return -1
	}
	return j
}

// helpsAct reports whether a verb trigger is a helping verb (senses.tsv
// helping) the parse gives an infinitive complement whose object, like
// the help's own, is no coded actor (party tells whether a syntactic
// word stands in one): the help is a share in an outcome, not aid
// ("helped the talks reach a deal"; "help defend Kuwait" aids a party).
func (p *parse) helpsAct(t *trigger, party func(k int) bool) bool {
	j := p.senseVerb(t, helpingVerbs)
	if j < 0 {
		return false
	}
	act := -1
	p.kids(j, func(k int) bool {
		if p.syn[k].Rel == "xcomp" && p.syn[k].UPOS == "VERB" {
			act = k
		}
		return act < 0
	})
	if act < 0 {
		return false
	}
	aided := false
	for _, v := range []int{j, act} {
		p.kids(v, func(k int) bool {
			aided = (p.syn[k].Rel == "obj" || p.syn[k].Rel == "iobj") && party(k)
			return !aided
		})
	}
	return !aided
}

// dismissal reports whether a verb trigger is a dismissing verb (senses.tsv
// dismissing) whose object or passive subject is a person, a personal
// pronoun or a party (party tells whether a syntactic word stands in a
// coded actor or a role), with no oblique after on, at or upon: "fired
// the coach", "they were fired", not "fired on the crowd".
func (p *parse) dismissal(t *trigger, party func(k int) bool) bool {
	j := p.senseVerb(t, dismissingVerbs)
	if j < 0 {
		return false
	}
	person, aimed := false, false
	p.kids(j, func(k int) bool {
		switch p.syn[k].Rel {
		case "obj", "nsubj:pass":
			f := strings.ToLower(p.syn[k].Form)
			person = person || p.syn[k].UPOS == "PRON" && !thingPronouns[f] || party(k)
		case "obl", "obl:agent":
			if c := p.caseWord(k); c >= 0 {
				aimed = aimed || aimedPreps[strings.ToLower(p.syn[c].Form)]
			} else if p.syn[k].UPOS == "ADP" {
				// a passive's stranded preposition, hung on the verb
				// when a conjoined verb carries the doer ("was fired
				// on and sunk by")
				aimed = aimed || aimedPreps[strings.ToLower(p.syn[k].Form)]
			}
		}
		return true
	})
	return person && !aimed
}

// verbalAttack reports whether a verb trigger is a verbal-attack verb
// (senses.tsv) with an oblique naming the matter of a criticism: after over,
// regarding, about or for, a common noun that is no party or time (other
// tells whether a syntactic word stands in an actor phrase or a time
// expression); after on, one with a possessor ("on its record").
func (p *parse) verbalAttack(t *trigger, other func(k int) bool) bool {
	j := p.senseVerb(t, verbalAttacks)
	if j < 0 {
		return false
	}
	matter := false
	p.kids(j, func(k int) bool {
		if p.syn[k].Rel != "obl" || p.syn[k].UPOS != "NOUN" || other(k) {
			return true
		}
		c := p.caseWord(k)
		if c < 0 {
			return true
		}
		switch f := strings.ToLower(p.syn[c].Form); {
		case matterPreps[f]:
			matter = true
		case matterOn[f]:
			p.kids(k, func(m int) bool {
				matter = matter || p.syn[m].Rel == "nmod:poss"
				return !matter
			})
		}
		return !matter
	})
	return matter
}
