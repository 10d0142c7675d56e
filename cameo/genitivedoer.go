// The "of" phrase of a consultation noun as its doer (issue 13, actors
// on the wrong phrase).

package cameo

// genitiveDoer reads a consultation noun (root 04: a visit, a trip, a
// meeting) with an "of" phrase and another party after a target
// preposition, on the noun or, as the parser often hangs it, on the "of"
// phrase's noun ("the visit of the president to Lima", "a meeting of the
// ministers with the envoy"): the one who makes such an act is its "of"
// phrase, the other party its target. No act of root 04 is done to its
// "of" phrase while another party is named. ok is false for any other
// shape. (The nouns of data/words doer-of, a visit or a withdrawal of any
// root, already take their "of" phrase as doer when their arguments are
// read, ofDoer in possessed.go; this reads, at the roles, the other
// consultation nouns, a meeting or talks "of" someone "with" another.)
func (p *parse) genitiveDoer(a args, t *trigger, inActor []int) (doer, other []int, ok bool) {
	if !t.p.Noun && p.syn[a.pred].UPOS != "NOUN" || t.p.Code[:2] != "04" {
		return nil, nil, false
	}
	for _, o := range a.obl {
		switch {
		case genitive[o.prep]:
			doer = append(doer, o.head)
			k := inActor[p.tokOf[o.head]]
			p.kids(o.head, func(c int) bool {
				// (a title's own preposition, "the envoy to Lima", is
				// inside the actor's phrase: no second party)
				if cs := p.caseOf(c); p.rel(c) == "nmod" && targetPreps[cs] && !genitive[cs] && (k < 0 || inActor[p.tokOf[c]] != k) {
					other = append(other, c)
				}
				return true
			})
		case targetPreps[o.prep]:
			other = append(other, o.head)
		}
	}
	if len(doer) == 0 || len(other) == 0 {
		return nil, nil, false
	}
	return p.withConjuncts(doer), p.withConjuncts(other), true
}

// genitiveRoles gives the source and target of a consultation noun with
// no source yet (src empty) that genitiveDoer reads, as add finds the
// actors of argument words, or ok false.
func (p *parse) genitiveRoles(a args, t *trigger, inActor, src []int, add func(out, ws []int) []int) (doer, other []int, ok bool) {
	if len(src) > 0 {
		return nil, nil, false
	}
	ds, os, ok := p.genitiveDoer(a, t, inActor)
	if !ok {
		return nil, nil, false
	}
	doer, other = add(nil, ds), add(nil, os)
	return doer, other, len(doer) > 0 && len(other) > 0
}
