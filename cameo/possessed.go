package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// Possessors that undergo the act. The possessor of an event noun is
// mostly its doer ("Israel's strikes", "Peru's arrest of three
// journalists"), but for the nouns of acts done to a person (data/words
// patient-possessor) a possessor with no phrase after the noun's pattern
// preposition is the one the act is done to: "the mayor's arrest" is "the
// arrest of the mayor", "the general's killing by a drone" the general's
// killing. The possessor then stands for that phrase: it lets the
// pattern match and is read as the phrase's argument, not as the doer.

var patientPossessorPreps = prepositionSets(own.Class("patient-possessor"), "preps")

// possessedPatient returns the possessor (nmod:poss) of the event noun
// at syntax token j and the preposition it stands for, when the noun is
// of the patient-possessor class and the parse gives it no dependent
// after that preposition; -1 otherwise.
func (p *parse) possessedPatient(j int) (int, string) {
	if j < 0 || j >= len(p.syn) {
		return -1, ""
	}
	preps := patientPossessorPreps[strings.ToLower(p.syn[j].Form)]
	if len(preps) == 0 {
		return -1, ""
	}
	poss, has := -1, false
	p.kids(j, func(k int) bool {
		switch p.syn[k].Rel {
		case "nmod:poss":
			poss = k
		case "nmod", "acl", "acl:relcl":
			has = has || preps[p.caseOf(k)]
		}
		return true
	})
	if poss < 0 || has {
		return -1, ""
	}
	if l := strings.ToLower(p.syn[poss].Form); timeWords[l] || words.Is("month", l) {
		return -1, "" // "Sunday's arrest", "last week's killing": when, not whom
	}
	for prep := range preps {
		return poss, prep // (one preposition a noun)
	}
	return -1, ""
}

// nounPossessedPrep tells the noun matcher whether the event noun at view
// token i has a possessor that stands for its pattern's preposition prep.
func (sc *sentCtx) nounPossessedPrep(i int, prep string) bool {
	p := sc.parse
	if p == nil || p.synAt(i) < 0 {
		return false
	}
	_, q := p.possessedPatient(p.synOf[i])
	return q != "" && q == prep
}

// participatingNouns are the nouns of data/words participating-noun.
var participatingNouns = own.Class("participating-noun").Set()

// participant returns, for an event noun j after a containment
// preposition ("in") on a participation noun (data/words
// participating-noun), the party that noun gives: its possessor, or a
// name or a capitalised adjective modifying it ("Peru's part in the
// kidnapping", "the Syrian role in the attack"); nil otherwise.
func (p *parse) participant(j int) []int {
	h := p.head(j)
	if h < 0 || !containmentPreps[p.caseOf(j)] {
		return nil
	}
	if p.rel(j) == "obl" {
		// "criticised Zorvan participation in the raid": the parse
		// hangs the phrase on the verb whose object the noun is
		v := h
		h = -1
		p.kids(v, func(k int) bool {
			if p.rel(k) == "obj" && k < j {
				h = k
			}
			return h < 0
		})
		if h < 0 {
			return nil
		}
	} else if p.rel(j) != "nmod" {
		return nil
	}
	if !participatingNouns[strings.ToLower(p.syn[h].Lemma)] {
		return nil
	}
	var out []int
	p.kids(h, func(k int) bool {
		t := &p.syn[k]
		switch {
		case t.Rel == "nmod:poss":
			out = append(out, k)
		case (t.Rel == "amod" || t.Rel == "compound") && (t.UPOS == "PROPN" || t.UPOS == "ADJ" && token.IsCapitalised(t.Form)):
			out = append(out, k)
		}
		return true
	})
	return out
}

// doerOfPreps are the prepositions of the nouns of data/words doer-of.
var doerOfPreps = prepositionSets(own.Class("doer-of"), "preps")

// ofDoer moves the "of" phrase of an event noun of data/words doer-of
// from the noun's obliques to its doers when the noun also has a phrase
// after another preposition, on itself or on that party ("the visit of
// the Chilean president to Lima": the president visits Lima), and gives
// the noun the phrases the parse hangs on that party. With no other
// phrase the "of" phrase may be the place or the one acted on ("began a
// visit of India") and is read as before. A noun with a doer of its own
// (a possessor, a modifier, "by") keeps it.
func (p *parse) ofDoer(j int, a *args) {
	preps := doerOfPreps[strings.ToLower(p.syn[j].Form)]
	if len(a.subj) > 0 || len(preps) == 0 {
		return
	}
	doer := -1
	var rest []obl
	other := false
	for _, o := range a.obl {
		if preps[o.prep] && doer < 0 && o.head > j {
			doer = o.head
			continue
		}
		rest = append(rest, o)
		other = other || o.prep != ""
	}
	if doer < 0 {
		return
	}
	p.kids(doer, func(k int) bool {
		if c := p.caseOf(k); p.rel(k) == "nmod" && k > doer && c != "" && !preps[c] {
			rest = append(rest, obl{c, k}) // "of the president to Lima"
			other = true
		}
		return true
	})
	if !other {
		return
	}
	a.obl = rest
	a.subj = p.withConjuncts([]int{doer})
}
