// Factors of an event's confidence that weigh what the sentence tells of
// its parties and of how it tells the act (see events.go, and the package
// comment in table.go for the whole model).

package cameo

import "strings"

// passingFactor scales the confidence of an act told in passing
// (trigger.background). An act a verb tells as done, in a relative or a
// temporal clause or as a participle, is an act all the same, only not
// the sentence's news: it keeps 0.6 of its confidence, so that one told
// with both its parties coded and its object (0.9) still counts, and
// one lacking any of them does not. A noun that sets the scene of another
// act ("on a trip to the capital") and an act told in passing as intended,
// feared or denied (not done, and not the news) keep half.
func passingFactor(t *trigger) float64 {
	if t.p.Noun || t.hypo || t.negated {
		return 0.5
	}
	return 0.6
}

// doerUntold reports whether a cooperative or verbal act (roots 01 to 09)
// is told with only the party it is done to: no coded source, and the
// parse names no person as its clause's own subject or object (a name, a
// personal pronoun or a counted noun) nor gives it a personal pronoun as
// its subject, shared or its own (pronounDoer): "she praised Peru's envoy", "two
// senators praised Peru" name their doers; "Peru's envoy was praised", "a
// visit to Peru is being considered" do not). For such acts the one
// acted on alone tells no interaction between two actors, and the reading
// is often of a sense or a clause the coder got wrong; the event is scaled
// by 0.8, so that a target alone (0.6) no longer counts while a target
// with a pattern's object or preposition (0.7) still does. A conflictual
// act (roots 10 to 20) told of its victim alone ("gunmen killed three
// policemen", "the embassy was attacked") is news all the same, and is
// not scaled.
func doerUntold(t *trigger, a, b int, code string) bool {
	return a < 0 && b >= 0 && !conflictCode(code) && !t.party && !t.saidBy
}

// pronounDoer reports whether the subject side of a predicate holds a
// personal pronoun, its own or one it shares with the verb it is conjoined
// to or depends on ("the minister said he had paid and apologized to the
// envoy"), or, for a trigger on a copula (j: "said she was confident about
// the deal"), the subject of the word it links: the doer is told, a person
// named elsewhere in the sentence or before it, only not coded.
func (p *parse) pronounDoer(a args, j int) bool {
	subj := a.subj
	if j >= 0 && p.rel(j) == "cop" {
		if h := p.head(j); h >= 0 {
			p.kids(h, func(k int) bool {
				if p.rel(k) == "nsubj" {
					subj = append(subj[:len(subj):len(subj)], k)
				}
				return true
			})
		}
	}
	for _, w := range subj {
		if t := p.syn[w]; t.XPOS == "PRP" && personalPronoun[strings.ToLower(t.Form)] {
			return true
		}
	}
	return false
}
