// Arguments shared across a coordination of verbs. A Universal
// Dependencies parse hangs a dependent that conjoined verbs share on one
// of them only: on the first ("seized and burned the depot" with "depot"
// under "seized") or, as parsers often do, on the nearest ("depot" under
// "burned"). argsOf calls shareObjects so that every reader of a
// predicate's arguments (the event roles, the evidence, the fallback and
// PETRARCH coders) sees the object on both verbs; the subject and the
// passive agent are shared by inherit.

package cameo

// shareObjects gives predicate j, active and with no object of its own,
// the object a verb it is conjoined with carries, where the coordination
// shows the object is shared:
//   - j is a conjunct of h and h's object stands after j ("raided and
//     searched the offices" with "offices" under "raided"): the object
//     follows both verbs, so both act on it; an object between h and j
//     is h's alone ("praised the envoy and left");
//   - j has a conjunct c right after it (only the conjunction, a comma
//     or an adverb between) that shares j's subject and has an object
//     after it ("seized and burned the depot" with "depot" under
//     "burned").
//
// A conjunct with a subject, an object, a clausal complement or a
// target preposition of its own keeps its own arguments; a passive one
// keeps those inherit gave it.
func (p *parse) shareObjects(a *args, j int) {
	if a.passive {
		p.shareAgent(a, j)
		return
	}
	if len(a.obj) > 0 || len(a.iobj) > 0 || p.ownComplement(j) {
		return
	}
	// a target of j's own before the object ("met with the envoy and
	// praised the king")
	ownTarget := func(objs []int) bool {
		for _, o := range a.obl {
			if targetPreps[o.prep] && o.head < objs[0] {
				return true
			}
		}
		return false
	}
	if h := p.head(j); h >= 0 && p.syn[j].Rel == "conj" && a.via == "conj" && verbal(p.syn[h].UPOS) && !p.passiveVerb(h) {
		if objs := p.objectsAfter(h, j); len(objs) > 0 && !ownTarget(objs) {
			a.obj, a.objVia = objs, "conj"
			return
		}
	}
	p.kids(j, func(c int) bool {
		if c < j || p.syn[c].Rel != "conj" || !verbal(p.syn[c].UPOS) || p.passiveVerb(c) || p.ownSubject(c) || !p.adjacentConjunct(j, c) {
			return true
		}
		if objs := p.objectsAfter(c, c); len(objs) > 0 && !ownTarget(objs) {
			a.obj, a.objVia = objs, "conj"
		}
		return false
	})
}

// shareAgent gives passive predicate j with no doer of its own the
// "by" phrase of a participle conjoined right after it that has no
// subject of its own ("were attacked and kidnapped by militants" with
// the agent under "kidnapped"): the doer follows both participles.
func (p *parse) shareAgent(a *args, j int) {
	if len(a.subj) > 0 || len(a.obj) == 0 {
		return
	}
	p.kids(j, func(c int) bool {
		if c < j || p.syn[c].Rel != "conj" || p.syn[c].XPOS != "VBN" || p.ownSubject(c) || !p.adjacentConjunct(j, c) {
			return true
		}
		p.kids(c, func(k int) bool {
			if k > c && p.syn[k].Rel == "obl:agent" {
				a.subj = append(a.subj, k)
			}
			return true
		})
		if len(a.subj) > 0 && a.via == "" {
			a.via = "conj"
		}
		return false
	})
}

func verbal(upos string) bool { return upos == "VERB" }

// objectsAfter returns the direct objects of verb v that stand after
// word at.
func (p *parse) objectsAfter(v, at int) []int {
	var out []int
	p.kids(v, func(k int) bool {
		if p.syn[k].Rel == "obj" && k > at {
			out = append(out, k)
		}
		return true
	})
	return out
}

// passiveVerb reports whether verb v has a passive subject or auxiliary.
func (p *parse) passiveVerb(v int) bool {
	pass := false
	p.kids(v, func(k int) bool {
		r := p.syn[k].Rel
		pass = r == "nsubj:pass" || r == "aux:pass" || r == "csubj:pass"
		return !pass
	})
	return pass
}

// ownComplement reports whether verb v has a clausal complement of its
// own ("said that", "agreed to").
func (p *parse) ownComplement(v int) bool {
	own := false
	p.kids(v, func(k int) bool {
		r := p.rel(k)
		own = r == "ccomp" || r == "xcomp"
		return !own
	})
	return own
}

// adjacentConjunct reports whether only the conjunction, punctuation
// and adverbs of c stand between verb j and its conjunct c, and no
// dependent of j but a stranded preposition: "seized and burned",
// "seized, then burned", "shot at and boarded".
func (p *parse) adjacentConjunct(j, c int) bool {
	for k := j + 1; k < c; k++ {
		if p.head(k) == j && p.syn[k].UPOS == "ADP" {
			continue // a stranded preposition or particle of j ("shot at and boarded")
		}
		if p.head(k) != c {
			return false
		}
		switch p.syn[k].Rel {
		case "cc", "punct", "advmod":
		default:
			return false
		}
	}
	return true
}

// ofConjuncts adds to the argument words ws the conjuncts of a proper
// noun that one of them, a common noun, takes with "of": "the
// governments of Peru and Chile" is both countries' governments, so
// Chile is a party beside Peru ("blamed the security services of A
// and B" blames both). The conjunct must be a proper noun too, so "the
// leaders of Kenya and their aides" adds no one.
func (p *parse) ofConjuncts(ws []int) []int {
	n := len(ws)
	for i := 0; i < n; i++ {
		w := ws[i]
		if p.syn[w].UPOS != "NOUN" {
			continue
		}
		p.kids(w, func(c int) bool {
			if c < w || p.syn[c].Rel != "nmod" || p.syn[c].UPOS != "PROPN" || !genitive[p.caseOf(c)] {
				return true
			}
			for _, k := range p.withConjuncts([]int{c})[1:] {
				if p.syn[k].UPOS == "PROPN" && !containsInt(ws, k) {
					ws = append(ws, k)
				}
			}
			return true
		})
	}
	return ws
}
