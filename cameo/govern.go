// Modality read from the parse beyond a predicate's own words: a modal it
// shares with a conjunct, the verbs that govern it through complements.

package cameo

import "strings"

// modalOf returns the word of the modal auxiliary on predicate j, or on
// the conjunct it shares it with; -1 for none.
func (p *parse) modalOf(j int) int {
	for ; j >= 0; j = p.head(j) {
		m := -1
		p.kids(j, func(k int) bool {
			if p.syn[k].Rel == "aux" && p.syn[k].XPOS == "MD" {
				m = k
			}
			return m < 0
		})
		if m >= 0 || p.syn[j].Rel != "conj" || p.head(j) >= 0 && p.ownTense(j, p.head(j)) {
			return m
		}
	}
	return -1
}

// indefinite reports whether the noun j has an indefinite article, or no
// determiner or possessor at all ("a visit", "talks").
func (p *parse) indefinite(j int) bool {
	ind := true
	p.kids(j, func(k int) bool {
		switch p.syn[k].Rel {
		case "det":
			f := strings.ToLower(p.syn[k].Form)
			ind = indefinites[f]
		case "nmod:poss":
			ind = false
		}
		return ind && k < j
	})
	return ind
}

// toMark reports whether a clause is a to-infinitive (the parser reads
// some open complements as adverbial clauses: "a decree allowing
// troops to search homes"): its verb's own "to", a mark child. The one
// reader of a verb's infinitive marker in the package.
func (p *parse) toMark(j int) bool {
	to := false
	p.kids(j, func(k int) bool {
		to = p.syn[k].Rel == "mark" && infinitiveMarkers[strings.ToLower(p.syn[k].Form)]
		return !to && k < j
	})
	return to
}

// governedModality reads the verbs that govern a predicate through open
// complements ("plans to attack", "a decree allowing troops to search homes"): an
// act intended, planned, threatened or only permitted is not done; one
// its subject commits to is an intent of its own. Verbs that carry the
// act out ("managed to", "voted to") leave it as it is.
func (sc *sentCtx) governedModality(t *trigger, j int) {
	p := sc.parse
	// "plans to meet the envoy and sign the deal": a bare infinitive
	// conjoined to an open complement is governed as that complement is
	for n := 0; n < 4 && p.syn[j].Rel == "conj" && p.syn[j].XPOS == "VB" && p.head(j) >= 0 && (p.rel(p.head(j)) == "xcomp" || p.rel(p.head(j)) == "conj"); n++ {
		j = p.head(j)
	}
	for p.syn[j].Rel == "xcomp" || (p.rel(j) == "advcl" || p.rel(j) == "acl") && p.toMark(j) {
		g := p.head(j)
		if g >= 0 && p.rel(j) == "acl" {
			// "permit inspectors to expel": the infinitive hung on the
			// governing verb's object
			if p.syn[g].Rel != "obj" {
				// "a plot to kill the president", "in a bid to
				// oust him": an act a noun names as aimed at is not
				// done ("the first state to recognise it", "among the
				// states to have signed it" did; a name or a pronoun
				// aims at nothing: the parser's misreading of a
				// purpose, "gathered in Lima to protest")
				t.hypo = t.hypo || p.syn[g].UPOS == "NOUN" && p.syn[j].UPOS == "VERB" && !p.factiveNoun(g) && !p.perfect(j)
				return
			}
			g = p.head(g)
		}
		if g < 0 {
			return
		}
		form := strings.ToLower(p.syn[g].Form)
		if realGovernors[form] {
			return
		}
		if intentWords[form] || commissive[form] || permissionVerbs[strings.ToLower(p.syn[g].Lemma)] {
			t.hypo = true
			if commissive[form] && t.intent < 0 && !t.p.negForm {
				if k := p.tokOf[g]; k < t.at {
					t.intent = k
				}
			}
			return
		}
		j = g
	}
}

// parseModality adds what the parse says of a verb trigger's clause to
// what its verb group says: a negation on the predicate ("did not
// attack", "never met") and a conditional clause ("if X attacks").
func (sc *sentCtx) parseModality(t *trigger) {
	p := sc.parse
	if p != nil && sc.stoppedAct(t) {
		t.negated, t.sawNot = true, true
	}
	if p != nil && t.occurred && p.synAt(t.end) >= 0 {
		sc.occurrenceModality(t)
		return
	}
	if p != nil && t.p.Noun && p.synAt(t.end) >= 0 {
		sc.aimedNoun(t, p.synOf[t.end])
		return
	}
	if p == nil || t.p.Noun || p.synAt(t.at) < 0 {
		return
	}
	a := p.argsOf(p.synOf[t.at])
	if a.negated {
		t.sawNot = true
		if !t.p.negForm {
			t.negated = true
		}
	}
	if a.cond {
		t.hypo = true
	}
	if m := p.modalOf(p.synOf[t.at]); m >= 0 && !t.hypo && !(t.p.negForm && t.sawNot) && !(p.tokOf[m] >= 0 && epistemicPerfect(sc.lower, p.tokOf[m], t)) {
		// a modal on the predicate, or on the conjunct it shares it
		// with, that the word windows did not reach ("will meet Putin on
		// Friday and sign", a long subject between)
		t.hypo = true
		if k := p.tokOf[m]; futureModal[strings.ToLower(p.syn[m].Form)] && t.intent < 0 && k < t.at {
			t.intent = k
		}
	}
	sc.governedModality(t, p.synOf[t.at])
}

// aimedNoun marks an event noun hypothetical when it is the object of a
// verb that only plans, seeks, threatens or permits it, or of a verb in
// such a verb's open complement or of a noun's infinitive: "are planning a
// bomb attack", "tried to stage a protest", "is considering an embargo",
// "efforts to open an inquiry".
func (sc *sentCtx) aimedNoun(t *trigger, j int) {
	p := sc.parse
	arg := j // up the noun phrase: "his tour of the region, including a visit"
	for (p.syn[arg].Rel == "nmod" || p.syn[arg].Rel == "appos" || p.syn[arg].Rel == "conj") && p.head(arg) >= 0 && nominal(p.syn[p.head(arg)].UPOS) {
		arg = p.head(arg)
	}
	if (p.syn[arg].Rel == "obj" || p.syn[arg].Rel == "obl") && p.head(arg) >= 0 && p.modalOf(p.head(arg)) >= 0 && p.indefinite(j) {
		// a new act named as the object of a verb under a modal ("will
		// continue her trip, including a visit to Kano", "could face
		// an embargo") is ahead, not done; a definite one may be told
		// as done ("will investigate the attack")
		t.hypo = true
		return
	}
	if p.syn[j].Rel != "obj" {
		return
	}
	for g := p.head(j); g >= 0; g = p.head(g) {
		if intentWords[strings.ToLower(p.syn[g].Form)] || permissionVerbs[strings.ToLower(p.syn[g].Lemma)] {
			t.hypo = true
			return
		}
		if p.syn[g].Rel != "xcomp" && !(p.rel(g) == "acl" && p.toMark(g)) {
			return
		}
	}
}

// clauseOf returns, for a verb trigger the parse has, whether the word at
// a view token stands in the trigger's clause: the predicate, the verbs
// that govern it through complements and adverbial clauses ("refused to
// attack", "denied that it had attacked", "has not ruled out sending")
// and the verbs it is conjoined with ("will meet and sign"), or a word
// hanging on one of them ("not", "will", "if"); not a word of a relative
// clause or of a subject's phrase. Nil (no answer) for a noun or a
// trigger the parse lacks.
func (sc *sentCtx) clauseOf(t *trigger) func(k int) bool {
	p := sc.parse
	if p == nil || t.p.Noun || p.synAt(t.at) < 0 {
		return nil
	}
	j := p.synOf[t.at]
	switch p.rel(j) {
	case "nsubj", "csubj", "obj", "iobj", "obl", "nmod", "reparandum", "dep", "compound":
		return nil // a verb the parser read as a nominal or left unattached: no answer
	}
	if p.syn[j].UPOS != "VERB" {
		return nil
	}
	chain := []int{j}
	var apart []int // verbs whose own negation and auxiliaries are not the trigger's
	for {
		r := p.rel(j)
		if !(r == "xcomp" || r == "conj" || r == "ccomp" || r == "advcl" || r == "acl" && p.syn[j].Rel == "acl") {
			break
		}
		c := j
		if j = p.head(j); j < 0 {
			break
		}
		if r == "conj" && p.ownTense(c, j) {
			apart = append(apart, j)
		}
		chain = append(chain, j)
		if r == "acl" && p.rel(j) == "obj" {
			// "denied reports that it had attacked": the clause on the
			// object noun is governed by the object's verb
			if j = p.head(j); j < 0 {
				break
			}
			chain = append(chain, j)
		}
	}
	return func(k int) bool {
		if p.synAt(k) < 0 || k >= t.at && k <= t.end {
			return true
		}
		w := p.synOf[k]
		return containsInt(chain, w) || containsInt(chain, p.head(w)) && !containsInt(apart, p.head(w))
	}
}

// ownTense reports whether conjunct c of verb h carries its own tense, so
// that h's auxiliaries, modal and negation are not c's: a finite verb
// beside a verb group ("had not taken bribes and apologized", "has
// resigned and says"). A bare conjunct shares them ("will meet and sign",
// "did not attack or kill").
func (p *parse) ownTense(c, h int) bool {
	switch p.syn[c].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	aux := false
	p.kids(h, func(k int) bool {
		aux = p.syn[k].Rel == "aux" && k < h
		return !aux
	})
	return aux
}

// factiveNoun reports whether a noun with an infinitive is told as having
// done the infinitive's act: "the first country to recognise", "the only
// leader to attend". A conjoined noun shares the modifier its first
// conjunct carries ("the first state or territory leader to reject": the
// parse hangs "first" on "state" and the infinitive on "leader").
func (p *parse) factiveNoun(g int) bool {
	f := false
	p.kids(g, func(k int) bool {
		f = (p.syn[k].Rel == "amod" || p.syn[k].Rel == "advmod") && factiveModifiers[strings.ToLower(p.syn[k].Form)]
		return !f
	})
	if !f && p.syn[g].Rel == "conj" {
		if h := p.head(g); h >= 0 && h < g && nominal(p.syn[h].UPOS) {
			p.kids(h, func(k int) bool {
				f = k < h && (p.syn[k].Rel == "amod" || p.syn[k].Rel == "advmod") && factiveModifiers[strings.ToLower(p.syn[k].Form)]
				return !f
			})
		}
	}
	return f
}

// perfect reports whether a verb carries the auxiliary "have" ("to have
// signed"): an act told as done.
func (p *parse) perfect(j int) bool {
	have := false
	p.kids(j, func(k int) bool {
		have = p.syn[k].Rel == "aux" && hasFold(haveLemma, p.syn[k].Lemma)
		return !have
	})
	return have
}

// forcedBy reports whether a verb trigger is a passive with an open
// complement and no agent ("was forced to resign", "was asked to
// leave"): it tells what its subject had to do or was asked to do, not
// who coerced or asked it.
func (sc *sentCtx) forcedBy(t *trigger) bool {
	p := sc.parse
	if p == nil || t.p.Noun || p.synAt(t.at) < 0 {
		return false
	}
	j := p.synOf[t.at]
	a := p.argsOf(j)
	if !a.passive {
		return false
	}
	xcomp, agent := false, false
	p.kids(j, func(k int) bool {
		xcomp = xcomp || p.syn[k].Rel == "xcomp"
		agent = agent || p.syn[k].Rel == "obl:agent" || p.rel(k) == "obl" && agentPreps[p.caseOf(k)]
		return true
	})
	return xcomp && !agent
}

// stoppedAct reports whether the parse gives the trigger's verb as the
// gerund or the complement of a verb of stopping (stopping in
// modality.tsv): "stopped attacking the army", "urged them to stop
// shelling" end the act; none of it is done. A trigger that holds the
// stopping verb itself is not one.
func (sc *sentCtx) stoppedAct(t *trigger) bool {
	p := sc.parse
	if t.p.Noun || p.synAt(t.at) < 0 {
		return false
	}
	w := p.synOf[t.at]
	switch p.rel(w) {
	case "xcomp", "obj", "ccomp":
	default:
		return false
	}
	h := p.head(w)
	if h < 0 || p.syn[h].UPOS != "VERB" || !stoppingVerbs[strings.ToLower(p.syn[h].Lemma)] {
		return false
	}
	k := p.tokOf[h]
	return k < t.at || k > t.end
}
