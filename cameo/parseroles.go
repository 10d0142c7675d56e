// Roles and patterns read along the dependency parse: relative clauses,
// a pattern's own object and particle, and the actors the parse allows a
// word-window role to take (places: parseplaces.go; verb senses:
// parsesenses.go; a predicate's source and target: predroles.go).

package cameo

import "strings"

// relativePronoun reports whether word w is a relative pronoun ("who",
// "which", "that" heading a relative clause's argument; not "whose", a
// possessor).
func (p *parse) relativePronoun(w int) bool {
	switch p.syn[w].XPOS {
	case "WP", "WDT":
		return true
	}
	return false
}

// antecedent is the noun a relative clause with predicate j tells of:
// the noun the parse hangs the clause on (acl:relcl), or, for a clause
// the parse hangs elsewhere (a parataxis, an adverbial clause) whose
// subject or object is a relative pronoun of the shared word classes
// right after a comma, the noun before the comma ("sued Zorvan, which
// detained him", "until the sailors, who were seized by Kelda, are
// freed"); -1 when j heads no relative clause.
func (p *parse) antecedent(j int) int {
	if p.syn[j].Rel == "acl:relcl" {
		return p.head(j)
	}
	if u := p.syn[j].UPOS; u != "VERB" && u != "AUX" {
		return -1
	}
	n, cased := -1, false
	p.kids(j, func(c int) bool {
		if c > j {
			return false
		}
		switch p.syn[c].Rel {
		case "nsubj", "nsubj:pass", "obj":
			// the pronoun's case agrees with its role ("whom" read
			// as a subject is a misread clause)
			cs, ok := sharedRelatives[strings.ToLower(p.syn[c].Form)]
			want := "acc"
			if p.rel(c) == "nsubj" {
				want = "nom"
			}
			if ok && (cs == "" || cs == want) && p.relativePronoun(c) && c >= 2 && p.syn[c-1].Form == "," {
				n, cased = c-2, cs != ""
			}
		}
		return n < 0
	})
	// a pronoun of a case ("who", "whom") stands for a noun; one of none
	// ("which") may stand for the clause before the comma, so only a
	// name is taken for it
	if n < 0 || p.syn[n].UPOS != "PROPN" && !(cased && p.syn[n].UPOS == "NOUN") {
		return -1
	}
	// the comma closes the noun's phrase: a name's first word heads it
	// ("Tal Amrev," is Tal's), a list's first conjunct heads the list
	// ("the sailors and marines, who")
	for {
		h, r := p.head(n), p.syn[n].Rel
		if h < 0 || h > n || !(r == "flat" || r == "fixed" || r == "conj" && nominal(p.syn[h].UPOS)) {
			return n
		}
		n = h
	}
}

// passingParty is the actor phrase of the noun that predicate j tells an
// act of in passing, a relative clause or a participle on it ("the
// envoy, who was expelled in May,", "a soldier killed in the raid"), or
// -1 when j is no such clause or its noun is no actor.
func (p *parse) passingParty(j int, inActor []int) int {
	switch p.syn[j].Rel {
	case "acl:relcl", "acl":
		h := p.head(j)
		if h < 0 {
			return -1
		}
		if k := inActor[p.tokOf[h]]; k >= 0 {
			return k
		}
		// "the name of a soldier killed in the raid": a clause the
		// parser hung on a noun that is no actor goes with the actor
		// right before it, the noun's "of" phrase
		n := -1
		p.kids(h, func(c int) bool {
			if c < j && p.rel(c) == "nmod" && genitive[p.caseOf(c)] {
				n = c
			}
			return c < j
		})
		if n >= 0 && n == j-1 {
			return inActor[p.tokOf[n]]
		}
	default:
		// a relative clause the parse hung elsewhere: the actor phrase
		// of its noun ("the Chilean sailors, who")
		if h := p.antecedent(j); h >= 0 {
			none := func(int) bool { return false }
			return p.actorOfWord(h, inActor, none, none)
		}
	}
	return -1
}

// ownObject reports whether the word at view token end, the last of a
// pattern's object found after the trigger at view token at, is the
// trigger's own: false when the parse hangs it, between the two, on a
// scene-setting adjunct ("called off the strike after two days of talks":
// the talks are no object of calling off) or on a verb of its own ("ended
// the strike and began talks"). A parse that reads the words otherwise
// (or none) leaves the object to the clause, as the word windows find it.
func (sc *sentCtx) ownObject(at, end int) bool {
	p := sc.parse
	if p == nil || p.synAt(at) < 0 || p.synAt(end) < 0 {
		return true
	}
	j, o := p.synOf[at], p.synOf[end]
	lo, hi := p.syn[j].Start, p.syn[o].Start
	between := func(w int) bool { return p.syn[w].Start > lo && p.syn[w].Start < hi }
	for h := o; h >= 0 && h != j; h = p.head(h) {
		switch p.rel(h) {
		case "obl", "nmod":
			if c := p.caseWord(h); c >= 0 && sceneWords[strings.ToLower(p.syn[c].Form)] && between(c) {
				return false
			}
			if c := p.caseWord(h); c >= 0 && locativePreps[strings.ToLower(p.syn[c].Form)] && p.rel(h) == "obl" && p.head(h) == j && p.hasObject(j) {
				// "captured two soldiers near the border": the noun of
				// an adjunct of place is no object of a verb with an
				// object of its own
				return false
			}
		case "advcl", "acl", "parataxis", "conj":
			// (a complement clause is the verb's own: "announced that
			// it will impose a curfew")
			if h != o && p.syn[h].UPOS == "VERB" && between(h) {
				return false
			}
		}
	}
	return true
}

// hasObject reports whether the parse gives word j a direct object.
func (p *parse) hasObject(j int) bool {
	found := false
	p.kids(j, func(k int) bool {
		found = p.syn[k].Rel == "obj"
		return !found
	})
	return found
}

// passiveSubject gives the view tokens of the word the parse gives as the
// passive subject of the verb at view token i, of its appositions ("Jane
// Roe, an aid worker, was freed"), of a noun after it ("a state of
// emergency", "the mayor and two aides"), and whether the "in" right after
// the verb opens a state rather than the act's place or time: its noun is
// a gerund ("engaged in looting", "involved in smuggling"). Without a
// parse, no subject, and any "in" right after the verb is a state.
func (sc *sentCtx) passiveSubject(i int) ([]int, bool) {
	lower := sc.lower
	inAfter := i+1 < len(lower) && statePreps[lower[i+1]]
	p := sc.parse
	if p == nil || p.synAt(i) < 0 {
		return nil, inAfter
	}
	var heads []int
	p.kids(p.synOf[i], func(w int) bool {
		if p.syn[w].Rel == "nsubj:pass" {
			heads = append(heads, p.tokOf[w])
			p.kids(w, func(a int) bool {
				if r := p.syn[a].Rel; r == "appos" || (r == "nmod" || r == "conj") && a > w {
					heads = append(heads, p.tokOf[a]) // "a journalist", "state of emergency", "X and Y"
				}
				return true
			})
			return false
		}
		return true
	})
	if v := p.synOf[i]; len(heads) == 0 && p.syn[v].Rel == "acl" && p.syn[v].XPOS == "VBN" && p.strandsPrep(v) {
		// a prepositional verb's past participle on a noun, its
		// preposition stranded, takes that noun as its passive subject:
		// "the rally, called for by the unions" (a participle with no
		// stranded preposition is left as it was: "a meeting attended
		// by hundreds" is told in passing)
		if n := p.head(v); n >= 0 && n < v {
			heads = append(heads, p.tokOf[n])
		}
	}
	inState := false
	if inAfter && p.synAt(i+1) >= 0 {
		// the noun "in" marks: a gerund is a state, a place or a time is not
		if n := p.head(p.synOf[i+1]); n >= 0 {
			inState = p.syn[n].XPOS == "VBG" || p.syn[n].UPOS != "PROPN" && strings.HasSuffix(strings.ToLower(p.syn[n].Form), "ing")
		}
	} else if inAfter {
		inState = true
	}
	return heads, inState
}

// strandsPrep reports whether verb v has a dependent that carries its
// stranded preposition before the agent's ("called for by the unions").
func (p *parse) strandsPrep(v int) bool {
	found := false
	p.kids(v, func(k int) bool {
		found = p.rel(k) == "obl" && p.strandedAgent(k)
		return !found
	})
	return found
}

// farPrep reports whether the parse gives the verb at view token i a
// dependent that prep marks: an infinitive ("to help") or a nominal ("on
// the government") of its own, its complement or adjunct, not a word of
// its object's phrase.
func (sc *sentCtx) farPrep(i int, prep string) bool {
	p := sc.parse
	if p == nil || p.synAt(i) < 0 || p.syn[p.synOf[i]].UPOS != "VERB" {
		return false
	}
	found := false
	p.kids(p.synOf[i], func(k int) bool {
		switch p.rel(k) {
		case "xcomp", "advcl", "obl", "parataxis":
			p.kids(k, func(m int) bool {
				r := p.syn[m].Rel
				found = (r == "mark" || r == "case") && m < k && strings.ToLower(p.syn[m].Form) == prep
				return !found
			})
		}
		return !found
	})
	return found
}

// particle is the particle the parse gives the verb at view token i
// ("off" of "called off the strike"), lower-case, or "".
func (sc *sentCtx) particle(i int) string {
	p := sc.parse
	if p == nil || p.synAt(i) < 0 || p.syn[p.synOf[i]].UPOS != "VERB" {
		return ""
	}
	prt := ""
	p.kids(p.synOf[i], func(k int) bool {
		// (a "particle" before a preposition modifies it: "up to 400")
		if p.syn[k].Rel == "compound:prt" && !(k+1 < len(p.syn) && p.syn[k+1].UPOS == "ADP") {
			prt = strings.ToLower(p.syn[k].Form)
			return false
		}
		return true
	})
	return prt
}

// actorHead is the syntactic word heading actor phrase x (the word whose
// head lies outside the phrase), or -1.
func (p *parse) actorHead(x actor) int {
	for v := x.First; v <= x.Last && v < len(p.synOf); v++ {
		w := p.synOf[v]
		if w < 0 {
			continue
		}
		h := p.head(w)
		if h < 0 || p.tokOf[h] < x.First || p.tokOf[h] > x.Last {
			return w
		}
	}
	return -1
}

// within reports whether word w lies in word h's phrase without crossing
// a clause of its own ("the case made by the minister": the minister is
// not within "case").
func (p *parse) within(w, h int) bool {
	for ; w >= 0 && w != h; w = p.head(w) {
		switch p.rel(w) {
		case "acl", "advcl", "ccomp", "csubj", "parataxis":
			return false
		}
	}
	return w == h
}

// supports reports whether the parse lets a word-window role take actor
// phrase x for predicate j: not when the phrase stands in a clause of its
// own that does not hold the predicate ("a rival, who lost to Z, vowed";
// "the case made by Z was rejected"), where the window reached into
// another clause. A parse that says nothing against it (or none) leaves
// the windows their actor, since windows also mend the parser's misreads.
//
// A clause among the trigger's own words (at to end, view tokens: "an
// attempt to assassinate X") or an -ing participle in the predicate's
// phrase ("an attack targeting X") goes on with the act.
func (p *parse) supports(j int, x actor, at, end int) bool {
	w := p.actorHead(x)
	if w < 0 {
		return true
	}
	for h := w; h >= 0; h = p.head(h) {
		if h == j {
			return true // in the predicate's own phrase
		}
		switch p.rel(h) {
		case "acl", "advcl", "ccomp", "csubj", "parataxis":
			if v := p.tokOf[h]; v >= at && v <= end || p.syn[h].Rel == "acl" && p.syn[h].XPOS == "VBG" && p.dominates(j, h) {
				continue
			}
			if !p.dominates(h, j) {
				return false
			}
		}
	}
	return true
}

// pronoun reports whether any of the words ws is a personal pronoun.
func (p *parse) pronoun(ws []int) bool {
	for _, w := range ws {
		if p.syn[w].XPOS == "PRP" {
			return true
		}
	}
	return false
}

// dominates reports whether word h heads word w's subtree.
func (p *parse) dominates(h, w int) bool {
	for ; w >= 0; w = p.head(w) {
		if w == h {
			return true
		}
	}
	return false
}

// participle reports whether word j is an adjective in a participle's
// form ("shot", "wounded", "detained"), which the parser may give a
// passive verb after "be".
func (p *parse) participle(j int) bool {
	if p.syn[j].UPOS != "ADJ" {
		return false
	}
	w := strings.ToLower(p.syn[j].Form)
	return strings.HasSuffix(w, "ed") || isIrregularParticiple(w)
}

// possessorSubject is, for an event noun whose only doer is a possessive
// pronoun that names no actor ("signed the deal during her visit"), the
// subject of the clause the noun stands in as an adjunct: the one whose
// visit it is. It is nil when the noun hangs from no active verb within a few nouns.
func (p *parse) possessorSubject(a args) []int {
	if !nominal(p.syn[a.pred].UPOS) || len(a.subj) != 1 {
		return nil
	}
	if w := a.subj[0]; p.syn[w].Rel != "nmod:poss" || p.syn[w].UPOS != "PRON" {
		return nil
	}
	// an adjunct ("during her visit", "on his trip"), not a party to the
	// verb ("praised their visit": theirs is another's)
	if r := p.rel(a.pred); r != "obl" && r != "nmod" || p.caseOf(a.pred) == "" {
		return nil
	}
	for h, n := p.head(a.pred), 0; h >= 0 && n < 4; h, n = p.head(h), n+1 {
		if p.syn[h].UPOS == "VERB" {
			if up := p.argsOf(h); !up.passive {
				return up.subj
			}
			return nil
		}
		if !nominal(p.syn[h].UPOS) {
			return nil
		}
	}
	return nil
}

// absolute reports whether a participle with its own noun stands in an
// absolute clause after "with" or "without" ("with two guards abducted",
// also its conjunct "with a guard shot and two guards abducted", which the
// tagger may read as a past tense): a passive, the noun the one acted on.
func (p *parse) absolute(j int) bool {
	withMark := func(h int) bool {
		found, aux := false, false
		p.kids(h, func(k int) bool {
			l := strings.ToLower(p.syn[k].Form)
			found = found || p.syn[k].Rel == "mark" && absoluteMarks[l]
			aux = aux || p.syn[k].Rel == "aux" || p.syn[k].Rel == "aux:pass"
			return true
		})
		return found && !aux
	}
	if x := p.syn[j].XPOS; x != "VBN" && x != "VBD" {
		return false
	}
	// ("with" never opens a finite clause: a past tense under it, in a
	// clause that is not the sentence's own, is the tagger's participle)
	if (p.syn[j].XPOS == "VBN" || p.rel(j) != "root") && withMark(j) {
		return true
	}
	h := p.head(j)
	return p.rel(j) == "conj" && h >= 0 && (p.syn[h].XPOS == "VBN" || p.syn[h].XPOS == "VBD" && p.rel(h) != "root") && withMark(h)
}

// objectPrep returns the nominal, with its conjuncts, that the parser
// hung with the preposition prep on one of the objects obj ("sent an
// envoy to Peru on Monday"): the one a pattern's preposition names, when
// the parse gives the verb no oblique with it.
func (p *parse) objectPrep(obj []int, prep string) []int {
	for _, o := range obj {
		n := -1
		p.kids(o, func(k int) bool {
			if p.rel(k) == "nmod" && p.caseOf(k) == prep {
				n = k
			}
			return n < 0
		})
		if n >= 0 {
			return p.withConjuncts([]int{n})
		}
	}
	return nil
}

// personal reports whether a clause names a person as its own subject or
// object (a conjunct's shared subject included), coded actor or not: a
// name, a personal pronoun, a number or a counted noun ("he", "Smith",
// "killing 10", "14 others"), in a clause with no modal; the
// events of such a clause have parties even when the actor dictionaries
// code neither.
func (p *parse) personal(a args) bool {
	if a.modal != "" {
		return false
	}
	for _, w := range append(append([]int(nil), a.subj...), a.obj...) {
		if p.head(w) != a.pred && !p.sharedSubject(a, w) {
			continue
		}
		switch t := p.syn[w]; {
		case t.UPOS == "PROPN", t.UPOS == "NUM", t.XPOS == "PRP" && personalPronoun[strings.ToLower(t.Form)]:
			return true
		case t.UPOS == "NOUN":
			counted := false
			p.kids(w, func(k int) bool {
				counted = counted || p.syn[k].Rel == "nummod"
				return !counted
			})
			if counted {
				return true
			}
		}
	}
	return false
}

// nounDoer reports whether a clause names its doer by a common noun as its
// own subject or the one a conjunct shares ("green groups condemned",
// "the villagers blocked"), in a
// clause with no modal: one who acts, only not a person by name or count
// and not coded by the actor dictionaries. The subject of a passive is
// the one acted on, no doer.
func (p *parse) nounDoer(a args) bool {
	if a.modal != "" {
		return false
	}
	for _, w := range a.subj {
		if t := p.syn[w]; (p.head(w) == a.pred || p.sharedSubject(a, w)) && t.Rel == "nsubj" && t.UPOS == "NOUN" {
			return true
		}
	}
	return false
}

// lonePerson reports whether a clause's subject is a pronoun that names
// one person ("he", "she").
func (p *parse) lonePerson(a args) bool {
	for _, w := range a.subj {
		if t := p.syn[w]; t.XPOS == "PRP" && onePersonPronoun[strings.ToLower(t.Form)] {
			return true
		}
	}
	return false
}

// sharedSubject reports whether argument w of a predicate is the subject
// the predicate, a conjunct, shares with the verb it is conjoined to
// ("the crowd broke windows and looted shops": the crowd looted, its own
// subject as much as the first verb's).
func (p *parse) sharedSubject(a args, w int) bool {
	return p.rel(a.pred) == "conj" && p.head(a.pred) == p.head(w) && p.rel(w) == "nsubj"
}

// personalPronoun are the pronouns that name a person or people.
var personalPronoun = personalPronouns()

// strayAgent returns the "by" phrase the parser hung as an agent, or a
// nominal "by" oblique, on an active verb with an object, or -1: no active
// verb has an agent, so the phrase is its object noun's doer ("rejected an
// offer by the union", "ignored the protests by farmers").
func (p *parse) strayAgent(h int) int {
	if p.syn[h].UPOS != "VERB" || p.syn[h].XPOS == "VBN" {
		return -1
	}
	agent, obj, pass := -1, false, false
	p.kids(h, func(k int) bool {
		switch p.syn[k].Rel {
		case "obl:agent":
			agent = k
		case "obl":
			if agent < 0 && agentPreps[p.caseOf(k)] && nominal(p.syn[k].UPOS) {
				agent = k // "ignored the protests by farmers"
			}
		case "obj":
			obj = true
		case "nsubj:pass", "aux:pass":
			pass = true
		}
		return true
	})
	if !obj || pass {
		return -1
	}
	return agent
}

// insideObject reports whether actor phrase x lies inside the phrase of
// one of a's objects without being that object's own actor: a modifier
// of the one acted on ("the aides of the minister were detained": the
// minister is no party acting), which the word windows may take for a
// subject when the object stands before a passive predicate.
func (p *parse) insideObject(a args, x actor) bool {
	w := p.actorHead(x)
	if w < 0 {
		return false
	}
	for _, o := range a.obj {
		if w != o && p.within(w, o) && (p.tokOf[o] < x.First || p.tokOf[o] > x.Last) {
			return true
		}
	}
	return false
}

// reducedRelative reports whether past participle j, with no auxiliary,
// is a participle on the noun right before it that the parser took for
// the subject of a clause of its own ("Ana Ruiz, the nurse held in Lima,
// was freed" read with "nurse" the subject of "held"): a participle is
// not finite, so the noun is the one acted on. subj are j's subject-side
// words; the noun must stand in apposition, after a comma that follows a
// name or a noun ("but senators argued", a past tense the tagger took for
// a participle, keeps its subject), and the sentence's own verb is left
// alone.
func (p *parse) reducedRelative(j int, subj []int) bool {
	if p.syn[j].XPOS != "VBN" || p.rel(j) == "root" {
		return false
	}
	for _, w := range subj {
		if p.syn[w].Rel == "nsubj" && w < j && p.syn[w].UPOS == "NOUN" && p.dominates(w, j-1) && p.beforeComma(w) >= 0 {
			return true
		}
	}
	return false
}

// apposedTo is the actor phrase that word w stands in apposition to, or
// -1: the phrase it is hung on as an apposition, or, for a common noun
// whose own phrase opens right after a comma, the phrase ending before
// that comma ("Ana Ruiz, the nurse held in Lima" read with "nurse" the
// subject of a clause of its own).
func (p *parse) apposedTo(w int, inActor []int) int {
	if p.rel(w) == "appos" {
		if h := p.head(w); h >= 0 {
			return inActor[p.tokOf[h]]
		}
		return -1
	}
	if p.syn[w].UPOS != "NOUN" {
		return -1
	}
	if b := p.beforeComma(w); b >= 0 {
		return inActor[p.tokOf[b]]
	}
	return -1
}

// beforeComma is the word before the comma that opens word w's phrase,
// when a name or a noun ends there (the phrase stands in apposition to
// it: "Ana Ruiz, the nurse"), or -1.
func (p *parse) beforeComma(w int) int {
	first := w
	for v := w - 1; v >= 0 && p.dominates(w, v); v-- {
		first = v
	}
	if first < 2 || p.syn[first-1].Form != "," || p.dominates(w, first-1) {
		return -1
	}
	if u := p.syn[first-2].UPOS; u != "PROPN" && u != "NOUN" {
		return -1
	}
	return first - 2
}
