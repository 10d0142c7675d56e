// The places the parse puts on a predicate or a noun: locative phrases, the
// case word before a place, and which argument words name places (read by
// the event's place and by the roles, which keep places out of who acts).

package cameo

// caseWord is the preposition word of a nominal, or -1.
func (p *parse) caseWord(h int) int {
	c := -1
	p.kids(h, func(j int) bool {
		if p.syn[j].Rel == "case" && p.syn[j].UPOS == "ADP" {
			c = j
			return false
		}
		return true
	})
	return c
}

// placesUnder lists the place phrases (a country, a city, a region, a
// building) of word w's phrase, its appositions and conjuncts included
// ("in Lima, Peru"), not those inside a clause on it.
func (p *parse) placesUnder(w int, inActor []int, actors []actor) []int {
	return p.placesOf(w, inActor, actors, placeType)
}

// placesOf is placesUnder with the actor types that name places.
func (p *parse) placesOf(w int, inActor []int, actors []actor, isPlace func(string) bool) []int {
	var out []int
	for j := range p.syn {
		k := inActor[p.tokOf[j]]
		if k < 0 || containsInt(out, k) || !isPlace(actors[k].Type) {
			continue
		}
		h := j
		for h >= 0 && h != w {
			switch p.rel(h) {
			case "acl", "advcl", "ccomp", "parataxis", "nmod":
				h = -1
				continue
			}
			h = p.head(h)
		}
		if h == w {
			out = append(out, k)
		}
	}
	return out
}

// locatives lists the place phrases after a locative preposition on
// noun w, a nationality there included ("a bombing in Iraq", "the
// fighting near the Kenyan border").
func (p *parse) locatives(w int, inActor []int, actors []actor) []int {
	var out []int
	p.kids(w, func(c int) bool {
		if p.rel(c) == "nmod" && locativePreps[p.caseOf(c)] {
			out = append(out, p.placesOf(c, inActor, actors, func(t string) bool { return placeType(t) || t == "NORP" })...)
		}
		return true
	})
	return out
}

// placeType reports whether an entity type names a place.
func placeType(t string) bool {
	return t == "GPE" || t == "LOC" || t == "FAC"
}

// places lists the actor phrases the parse reads as the place of trigger
// t's act, whose arguments are a: "a protest in Lima", "talks at the
// palace". A place after a locative preposition is where the act
// happened, no party, unless the pattern asks for that preposition
// ("invest in"); force used at a place is used against it ("fired rockets
// at Haifa", "exercises in the Arctic", "arrests in Gaza"), roots 15 to
// 20, which have none.
func (p *parse) places(a args, t *trigger, inActor []int, actors []actor) []int {
	if t.p.Code[:2] >= "15" && t.p.Code[:2] <= "20" {
		return nil
	}
	var out []int
	for _, o := range a.obl {
		if locativePreps[o.prep] && o.prep != t.p.Prep {
			out = append(out, p.placesUnder(o.head, inActor, actors)...)
		}
	}
	// (the parser may hang the place on the object: "signed a deal in
	// Lima")
	for _, w := range append(append([]int(nil), a.obj...), a.iobj...) {
		p.kids(w, func(k int) bool {
			if c := p.caseOf(k); p.rel(k) == "nmod" && locativePreps[c] && c != t.p.Prep {
				out = append(out, p.placesUnder(k, inActor, actors)...)
			}
			return true
		})
	}
	return out
}
