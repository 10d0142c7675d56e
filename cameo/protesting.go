// Whether the doer of an act is people out in protest, read from the
// parse's arguments.

package cameo

import "strings"

// protestingDoer reports whether the doer the parse names for a
// predicate's act (a) is people out in protest: the subject of an active
// verb, or the agent of a passive one (passive), has a demonstrators word
// for its head ("angry protesters", "a mob in the square", "thousands of
// marchers"). A count alone ("hundreds of gunmen") says how many act,
// not that they protest.
func (p *parse) protestingDoer(a args, passive bool) bool {
	if p == nil {
		return false
	}
	protesting := func(w int) bool {
		l := strings.ToLower(p.syn[w].Form)
		if crowdWords[l] && !demonstratorWords[l] {
			// "thousands of protesters": the people counted
			p.kids(w, func(k int) bool {
				if k > w && p.rel(k) == "nmod" && p.caseOf(k) != "" {
					l = strings.ToLower(p.syn[k].Form)
					return false
				}
				return true
			})
		}
		return demonstratorWords[l]
	}
	for _, x := range a.subj {
		w := x // a conjunct has its list's role: "by Chile and Peru"
		for h := p.head(w); p.syn[w].Rel == "conj" && h >= 0 && containsInt(a.subj, h); h = p.head(w) {
			w = h
		}
		if p.agentWord(w) != passive || p.syn[w].Rel == "nmod:poss" || p.syn[w].Rel == "amod" || p.syn[w].Rel == "compound" {
			continue // (a possessor or a modifier is no subject)
		}
		if protesting(x) {
			return true
		}
	}
	if passive {
		for _, o := range a.obl {
			if agentPreps[o.prep] && protesting(o.head) {
				return true // "by a mob" the parse left an oblique
			}
		}
	}
	return false
}

// agentWord reports whether a subject-side word is a passive's agent (a
// "by" phrase) rather than a subject.
func (p *parse) agentWord(w int) bool {
	return p.syn[w].Rel == "obl:agent" || (p.rel(w) == "obl" || p.rel(w) == "nmod") && (agentPreps[p.caseOf(w)] || p.strandedAgent(w))
}
