// Factors of an event's confidence that weigh what the sentence tells of
// its parties and of how it tells the act (see events.go, and the package
// comment in table.go for the whole model).

package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/words"
)

// neuterPronoun are the personal pronouns of neuter gender ("it").
var neuterPronoun = set(words.Get("pronoun").Where("gender", "n"))

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

// pronounDoer reports whether the doer of a predicate is a personal
// pronoun that names a person (a third person's, or one that stands for a
// reported speaker, class subject-pronoun, save the neuter "it", which
// may stand for a thing or for nothing): on the subject side the parse gives it ("the minister said he
// had paid and apologized to the envoy"), or the subject of the clause the
// trigger word j stands in, found up its copula, its open complements and
// its conjuncts ("said she was confident about the deal", "we do not
// comment but remain committed to the partnership"). The doer is told, a
// person named elsewhere in the sentence or before it, only not coded. A
// passive's subject (nsubj:pass) is the one acted on, no doer.
func (p *parse) pronounDoer(a args, j int) bool {
	personal := func(w int) bool {
		t := p.syn[w]
		f := strings.ToLower(t.Form)
		return t.XPOS == "PRP" && (personalPronoun[f] || subjectPronoun[f] && !neuterPronoun[f])
	}
	for _, w := range a.subj {
		if personal(w) {
			return true
		}
	}
	if j >= 0 && p.rel(j) == "cop" {
		j = p.head(j)
	}
	for n := 0; j >= 0 && n < 4; n++ {
		subj := -1
		p.kids(j, func(k int) bool {
			if p.syn[k].Rel == "nsubj" {
				subj = k
			}
			return subj < 0
		})
		if subj >= 0 {
			return personal(subj)
		}
		if r := p.rel(j); r != "xcomp" && r != "conj" {
			return false
		}
		j = p.head(j)
	}
	return false
}
