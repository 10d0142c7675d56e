// The source and target of a trigger read from its predicate's arguments
// on the parse (parseRoles), and how they merge with the roles read before
// them.

package cameo

import (
	"slices"
	"strings"
)

// parseRoles reads the source and target actors of trigger t from the
// parse: the subject side and the object side of its predicate. ok is
// false when the parse has no word for the trigger. The argument words
// that gave the roles are returned for the event's evidence.
func (s *Stage) parseRoles(sc *sentCtx, t *trigger, inActor []int) (src, tgt []int, a args, ok bool) {
	p := sc.parse
	if p == nil || p.synAt(t.at) < 0 {
		return nil, nil, args{}, false
	}
	j := p.synOf[t.at]
	if t.p.Noun || p.syn[j].UPOS == "NOUN" {
		// (a verb pattern on a word the parse reads as a noun: "the US'
		// killing of X")
		a = p.nounArgs(j)
		if t.p.Code[:2] == "04" {
			p.consultParty(j, &a) // "after talks with the rebels, the envoy said"
		}
		if fromSourceRoots[t.p.Code[:2]] {
			p.fromDoer(j, &a) // "led to criticism from the bar"
		}
		if t.p.Code[:2] == "11" {
			p.answeredBy(j, &a) // "the ministry dismissed the accusations"
		}
		if addressedRoots[t.p.Code[:2]] {
			p.addressedBy(j, &a) // "Peru rejected an offer by Chile"
		}
		if a.via == "witness" && t.p.Code[:2] == "14" && !strings.HasPrefix(t.p.Code, "144") {
			// "the capital saw protests": its people protested (a
			// blockade still targets the place it blocks)
			a.subj, a.obj = a.obj, nil
		}
	} else {
		a = p.argsOf(j)
	}
	// the pattern's own words and object are no party ("offered military
	// support", "fired missiles"), save a name among them
	skip := func(k int) bool {
		x := sc.actors[k]
		if x.Type != "ROLE" && !(x.First == x.Last && x.Code == "") {
			return false
		}
		if x.First >= t.at && x.Last <= t.end {
			return true // among the pattern's words ("resume military talks")
		}
		if t.objectEnd > t.end && x.First > t.end {
			if x.Last+1 < len(sc.lower) && clitics[sc.lower[x.Last+1]] {
				return false // "denounced the minister's decision": whose it is, not a modifier
			}
			// a modifier inside the object ("offered military support"),
			// or the weapons and troops of a show of force or a shelling
			// ("fired missiles"); the object itself is a party ("expelled
			// German diplomats")
			return x.Last < t.objectEnd && x.First == x.Last || x.Last == t.objectEnd && (t.p.Code[:2] == "15" || t.p.Code == "194")
		}
		return false
	}
	holder := func(k int) bool { return sc.actors[k].Type == "PERSON" && sc.actors[k].Code != "" }
	wordOf := map[int]int{} // actor -> the argument word that gave it
	add := func(out []int, ws []int) []int {
		for _, w := range ws {
			if k := p.actorOfWord(w, inActor, skip, holder); k >= 0 && !containsInt(out, k) {
				out = append(out, k)
				wordOf[k] = w
			}
			// "French and German students": coordinated modifiers name
			// parties of their own
			p.kids(w, func(c int) bool {
				if r := p.rel(c); r == "compound" || r == "amod" {
					p.kids(c, func(x int) bool {
						if p.syn[x].Rel == "conj" {
							for _, y := range []int{c, x} {
								if k := inActor[p.tokOf[y]]; k >= 0 && !skip(k) && !containsInt(out, k) {
									out = append(out, k)
								}
							}
						}
						return true
					})
				}
				return true
			})
		}
		return out
	}
	if a.via == "acl" && len(a.subj) == 1 && inActor[p.tokOf[a.subj[0]]] < 0 {
		// "filed a case accusing X", "issued a statement condemning X":
		// a participle on a thing, not an actor, tells what the one who
		// made the thing did
		if h := p.head(a.subj[0]); h >= 0 && (p.rel(a.subj[0]) == "obj" || p.rel(a.subj[0]) == "nsubj") {
			if up := p.argsOf(h); p.rel(a.subj[0]) == "obj" {
				a.subj = up.subj
			} else {
				a.subj = nil
			}
		}
	}
	a.where = p.places(a, t, inActor, sc.actors)
	// "a bombing in Iraq killed": a place after a locative preposition in
	// a subject that names no actor is where the act was, not its doer
	for _, w := range a.subj {
		if inActor[p.tokOf[w]] < 0 {
			a.where = append(a.where, p.locatives(w, inActor, sc.actors)...)
		}
	}
	isWhere := func(k int) bool { return containsInt(a.where, k) }
	skipWhere := skip
	skip = func(k int) bool { return isWhere(k) || skipWhere(k) }
	src = add(nil, a.subj)
	if len(src) == 0 {
		src = add(nil, p.possessorSubject(a))
	}
	// a named doer from elsewhere acts on the place it acts in ("US
	// activists protested in Beijing", "inspectors visited the plants in
	// Iran"): the place is then the target, save a state's protest, made
	// at a venue ("the ministry protested in Vienna against the ruling")
	for _, k := range src {
		if c := sc.actors[k].Code; c != "" && !(protestAct(sc.lower, t) && stateActor(c)) {
			a.where = slices.DeleteFunc(a.where, func(w int) bool {
				wc := sc.actors[w].Code
				return wc != "" && !sameCountry(c, wc)
			})
		}
	}
	// "met at the summit" (044, a meeting at a third location): the
	// pattern's preposition names the venue, not a party
	venue := ""
	if t.p.Code == "044" {
		venue = t.p.Prep
	}
	// ("accused Chile of lying", "was charged with fraud": the charge
	// follows the preposition, the one charged is the object)
	if t.p.Prep != "" && venue == "" && !(!t.p.Noun && chargePreps[t.p.Prep] && t.p.Code[:2] >= "10") {
		found := false
		for _, o := range a.obl {
			if o.prep == t.p.Prep {
				tgt = add(tgt, p.withConjuncts([]int{o.head}))
				found = true
				break
			}
		}
		if !found && !t.p.Noun && len(t.p.Object) > 0 {
			tgt = add(tgt, p.objectPrep(a.obj, t.p.Prep))
		}
	}
	// "a meeting between Chile and Peru": those between whom it is are
	// its parties (one act of the pair: events)
	if len(src) == 0 && t.p.Noun && symmetric(t.p.Code[:2], t.p.Code) {
		for _, o := range a.obl {
			if betweenPreps[o.prep] {
				if between := add(nil, p.withConjuncts([]int{o.head})); len(between) > 1 {
					src, tgt = between, nil
				}
				break
			}
		}
	}
	if len(tgt) == 0 {
		tgt = add(tgt, a.iobj)
	}
	if len(tgt) == 0 {
		tgt = add(tgt, a.obj)
	}
	for _, o := range a.obl {
		if len(tgt) > 0 {
			break
		}
		if !targetPreps[o.prep] || o.prep == venue {
			continue
		}
		if sourcePreps[o.prep] && a.passive && violent(t.p.Code) {
			// "a rocket was launched at it from across the border": where
			// the attack came from is its source
			if len(src) == 0 {
				src = add(src, []int{o.head})
			}
			continue
		}
		if genitive[o.prep] && !t.p.Noun {
			continue
		}
		tgt = add(tgt, p.withConjuncts([]int{o.head}))
	}
	// "alleged that Chile had armed the rebels", "accusations that Chile
	// armed the rebels": a disapproval of what a clause tells targets the
	// clause's subject
	if len(tgt) == 0 && t.p.Code[:2] == "11" {
		p.kids(a.pred, func(c int) bool {
			if r := p.rel(c); r != "ccomp" && !(t.p.Noun && r == "acl") {
				return true
			}
			tgt = add(tgt, p.withConjuncts(p.argsOf(c).subj))
			return false
		})
	}
	// A target of the source's own side is not the other party: the
	// place it is in is ("withdrew staff from the US embassy in Baghdad"
	// targets Iraq).
	if len(src) == 1 && len(tgt) == 1 {
		as, at := sc.actors[src[0]], sc.actors[tgt[0]]
		if ownSide(as, at) {
			w, other := wordOf[tgt[0]], -1
			for j := range p.syn {
				k := inActor[p.tokOf[j]]
				if k < 0 || k == tgt[0] || sameCountry(as.Code, sc.actors[k].Code) || sc.actors[k].Code == "" {
					continue
				}
				h := j
				for h >= 0 && h != w {
					h = p.head(h)
				}
				if h == w {
					other = k
					break
				}
			}
			tgt = one(other)
		}
	}
	if d, o, ok := p.genitiveRoles(a, t, inActor, src, add); ok {
		src, tgt = d, o // "the visit of the president to Lima"
	}
	// an actor on both sides stands on the subject side only
	for i := 0; i < len(tgt); i++ {
		if containsInt(src, tgt[i]) {
			tgt = append(tgt[:i], tgt[i+1:]...)
			i--
		}
	}
	return src, tgt, a, true
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// mergeRoles chooses between the word-window roles and the parse's: the
// parse's side where it found one, else the word windows' unless that
// actor stands on the parse's other side.
func mergeRoles(oldSrc, oldTgt, src, tgt []int) ([]int, []int) {
	fill := func(side, old, other []int) []int {
		// the word windows' coordination where it holds the parse's
		// actor and more ("Two soldiers and a driver were hurt")
		if len(side) > 0 && (len(old) <= len(side) || !subset(side, old)) {
			return side
		}
		return without(old, other)
	}
	return fill(src, oldSrc, tgt), fill(tgt, oldTgt, src)
}

func subset(a, b []int) bool {
	for _, x := range a {
		if !containsInt(b, x) {
			return false
		}
	}
	return true
}
