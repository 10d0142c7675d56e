package cameo

import (
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/words"
)

// Present states told by "be" (issue 13): a pattern built on "be" ("be
// critical of", "be angry", "be ready to") reads its present forms too
// ("is critical of", "are ready to"). A present state of opinion is a
// statement event only when it is someone's voiced stance: CAMEO codes
// an act by an actor towards another, and a state told in the present is
// a description until it is voiced at someone. Its confidence is scaled
// by presentStateFactor (0.7), so that a state told with its holder and
// the party it is directed at (0.8 or more) counts, and one told of its
// holder alone (0.65: "is ready to carry on", "are angry") or of no
// coded party does not. A past state ("was critical of") is told as a
// stance taken, and is not scaled.

// bePresent are the present forms of "be" ("is", "are", "am").
var bePresent = auxForms(beLemma, "pres")

// presentBe is bePresent as a set.
var presentBe = set(bePresent)

// finiteBe are the finite forms of "be" (present and past: "is", "was").
var finiteBe = set(auxForms(beLemma, "pres", "past"))

// auxForms is the auxiliaries (data/words auxiliary) of the lemmas in the
// tenses given, in the order of the class's entries by tense.
func auxForms(lemmas map[string]bool, tenses ...string) []string {
	var out []string
	c := words.Get("auxiliary")
	for _, tense := range tenses {
		for _, w := range c.Where("tense", tense) {
			if lemmas[c.Attr(w, "lemma")] {
				out = append(out, w)
			}
		}
	}
	return out
}

// presentStateFactor scales the confidence of a present state.
const presentStateFactor = 0.7

// presentState reports whether the trigger is a pattern of "be" read at
// a present form of "be" ("is critical of", "are ready to").
func presentState(lower []string, t *trigger) bool {
	return !t.p.Noun && len(t.p.Words) > 1 && beLemma[t.p.Words[0]] && t.at < len(lower) && presentBe[lower[t.at]]
}

// hasDoer reports whether the parse read a doer for an event with no
// coded party: a subject or an agent, or, for an event noun, a possessor
// ("his trip to the island"). An act of which the clause reads only an
// object or a modifier ("freed" before a name) tells no one doing it: the
// codebook codes an act by an actor, and such a reading is as often a
// word in another sense or an adjective. A passive's subject, the one
// acted on, stands for the untold doer as grammar tells it, and counts
// as before (events.go).
func hasDoer(ev *doc.Evidence, noun bool) bool {
	if ev == nil {
		return false
	}
	for _, a := range ev.Arguments {
		switch a.Role {
		case "subject", "agent":
			return true
		case "possessor":
			if noun {
				return true
			}
		}
	}
	return false
}
