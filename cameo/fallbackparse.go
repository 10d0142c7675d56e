// The production verb dictionary checked against the parse: a verb the
// built-in patterns left without a counted event (fallback.go) is coded
// with the most specific production pattern whose words the parse puts
// in the verb's own clause (its particles and prepositions its
// dependents, its source "$" on the subject side, its target "+" its
// object or the object of the pattern's preposition). The verb must be a
// predicate (a verb, not a noun or a modifier), both parties named by the
// dictionaries' actors (a subject, an object or the preposition's), and
// the act is read as the built-in coder reads its own triggers:
// modality, negation and conditionals (modality, parseModality), clauses
// told in passing (subordinate, background, attributive) and claims
// (allegedAct).

package cameo

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
)

// rootBit is the bit of a CAMEO root ("01" to "20") in a set of roots.
func rootBit(code string) uint32 {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return 0
	}
	r := int(code[0]-'0')*10 + int(code[1]-'0')
	if r < 1 || r > 20 {
		return 0
	}
	return 1 << r
}

// rootsOf is the set of roots of a code list like "10-20,03,05-09".
func rootsOf(spec string) uint32 {
	var m uint32
	for _, part := range strings.Split(spec, ",") {
		a, b, ok := strings.Cut(strings.TrimSpace(part), "-")
		if !ok {
			b = a
		}
		lo, hi := rootBit(a), rootBit(b)
		for x := lo; x != 0 && x <= hi; x <<= 1 {
			m |= x
		}
	}
	return m
}

// fallbackRoots are the roots the fallback codes: the conflictual ones.
// Measured root by root (docs/fallback.md), the cooperative roots (03 to
// 09), appeals (02) and statements (01) added no right event on the
// tuned-on sets and some wrong ones ("said" coded as an intent, 04 and
// 05 on reports of visits and statements).
var fallbackRoots = rootsOf("10-20")

// verbRoots is the set of roots the dictionary's entries for a word code
// (their own codes and their blocks' patterns').
func (pd *PetrDicts) verbRoots(word string) uint32 {
	var m uint32
	for _, v := range pd.Verbs.Lookup(word) {
		m |= pd.roots[v]
	}
	return m
}

// predicate reports whether syntax word j is a predicate the fallback
// may code: a verb (not a noun, nor an adjective modifier or a
// participle on a noun, nor a relative clause, an act told in passing).
// A participle on the noun that heads the sentence ("Chilean senators
// argued with ...", the noun taken for the root) is the sentence's own
// act, as the built-in reading of roles takes it.
func predicate(p *parse, j int) bool {
	t := &p.syn[j]
	if t.UPOS != "VERB" {
		return false
	}
	switch t.Rel {
	case "acl":
		h := p.head(j)
		return h >= 0 && p.syn[h].Rel == "root"
	case "amod", "acl:relcl", "compound", "nsubj", "obj", "obl", "nmod", "dep", "reparandum":
		return false
	}
	return true
}

// codedAt reports whether a counted event of evs has its trigger on the
// span.
func codedAt(evs []doc.Event, sp doc.Span) bool {
	for _, e := range evs {
		if e.Confidence >= MinConfidence && e.Trigger.Span.Start < sp.End && sp.Start < e.Trigger.Span.End {
			return true
		}
	}
	return false
}

// contentOf reports whether verb j is the complement of a predicate the
// built-in patterns coded (builtin), or a conjunct of one that shares its
// subject: "demanded that
// X withdraw", "claimed X had attacked and seized", whose content the
// built-in reading of the demand or the claim has judged.
func contentOf(p *parse, j int, builtin []doc.Event) bool {
	for r := p.rel(j); r == "ccomp" || r == "xcomp" || r == "conj" && !p.ownSubject(j); r = p.rel(j) {
		if j = p.head(j); j < 0 {
			return false
		}
		for _, e := range builtin {
			if sp := p.syn[j].Span; e.Trigger.Span.Start < sp.End && sp.Start < e.Trigger.Span.End {
				return true
			}
		}
	}
	return false
}

// ownSubject reports whether predicate j has a subject of its own.
func (p *parse) ownSubject(j int) bool {
	own := false
	p.kids(j, func(k int) bool {
		own = p.rel(k) == "nsubj" || p.rel(k) == "csubj"
		return !own
	})
	return own
}

// fallback codes the verbs of sentence i that the built-in patterns
// (whose events are builtin) left without a counted event.
func (s *Stage) fallback(d *doc.Document, ix *docIndex, i, date int, builtin []doc.Event) []doc.Event {
	pd := s.Fallback
	sent := d.Sentences[i]
	v := ix.view(d, sent, i)
	toks, p := v.toks, v.parse
	if p == nil {
		return nil
	}
	var cands []int
	for j := range p.syn {
		t := &p.syn[j]
		if !predicate(p, j) || p.tokOf[j] < 0 || codedAt(builtin, t.Span) || contentOf(p, j, builtin) {
			continue
		}
		if (pd.verbRoots(t.Form)|pd.verbRoots(t.Lemma))&fallbackRoots == 0 {
			continue
		}
		// (both parties are its arguments: a subject, and an object or
		// a preposition's)
		if a := p.argsOf(j); len(a.subj) > 0 && (len(a.obj) > 0 || len(a.iobj) > 0 || len(a.obl) > 0) {
			cands = append(cands, j)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	lower := v.lower
	sc := &sentCtx{d: d, span: sent, toks: toks, lower: lower,
		times: ix.times[i], quotes: ix.quotes[i], places: ix.places[i], parse: p}
	ps := pd.petrView(p, date)
	var out []doc.Event
	for _, j := range cands {
		// (a verb the built-in patterns list, judged by them in another
		// sense, is coded only in a sense a pattern of the dictionary
		// makes specific, not by its entry's own code)
		// both parties named: an act between two (measured against one
		// side named, which coded deaths, failures and contents as
		// conflictual acts: docs/fallback.md)
		a := p.argsOf(j)
		if !named(ps.sourceCodes(a)) {
			continue
		}
		code, prep, matched, ok := pd.parseMatch(ps, j)
		if !ok || !matched && s.listed(p.syn[j]) {
			continue
		}
		src, tgt := ps.roleCodes(a, prep)
		// a target the dictionaries' actors leave unnamed is the
		// document's actor phrase on its head word, when there is one
		// (fallbackactors.go); the target's own act back ([:B]) is then
		// not coded
		docTarget := false
		if !named(tgt) {
			tgt, docTarget = docPartyCodes(d, p, p.docTargetWords(a, prep)), true
		}
		if !named(src) || !named(tgt) {
			continue
		}
		var pe []PetrEvent
		for _, x := range src {
			for _, y := range tgt {
				if c := code.Event; rootBit(c)&fallbackRoots != 0 && s.Table[c] != nil {
					pe = append(pe, PetrEvent{Source: x, Target: y, Code: c, Verb: j})
				}
				if c := code.Reverse; rootBit(c)&fallbackRoots != 0 && s.Table[c] != nil && !docTarget {
					// "[:184]": the target's act on the source
					pe = append(pe, PetrEvent{Source: y, Target: x, Code: c, Verb: j})
				}
			}
		}
		if len(pe) == 0 {
			continue
		}
		at := p.tokOf[j]
		t := trigger{p: &Pattern{Code: pe[0].Code, Words: []string{lower[at]}, Prep: prep}, at: at, end: at, objectEnd: -1, intent: -1, must: -1, obj: -1, subj: -1, means: -1}
		s.modality(lower, &t, []trigger{t}, sc.clauseOf(&t), sc.parse)
		sc.parseModality(&t)
		t.sub = subordinate(lower, &t)
		t.background = background(lower, nil, &t, []trigger{t}, func(k int) bool { return sc.timePreposition(k, &t) }, sc.conjoinedPredicate(&t), sc.pastVerb(&t), sc.triggerGroup(&t)) || sc.attributive(&t)
		t.background = t.background || t.before // the fallback's acts in an "after" clause stay in passing
		t.alleged = allegedAct(lower, &t, func(k int) bool { return sc.describesOther(k, &t) })
		evs := s.petrEvents(d, sc, p.lo, pe)
		for k := range evs {
			e := &evs[k]
			e.Negated = t.negated
			e.Hypothetical = t.hypo && !(s.Convention == Petrarch && !t.negated && t.intent >= 0)
			e.Evidence = p.evidence(d.Text, a)
			if t.sub {
				e.Confidence *= 0.6
			}
			if t.background {
				e.Confidence *= 0.5
			}
			if t.alleged {
				e.Confidence *= 0.6
			}
			e.Confidence = float64(int(e.Confidence*100+0.5)) / 100
		}
		out = append(out, evs...)
	}
	return out
}

// sourceCodes are the actor codes of a predicate's subject side.
func (s *petrSentence) sourceCodes(a args) []string {
	var src []string
	for _, w := range a.subj {
		src = append(src, s.phraseCodes(w)...)
	}
	return splitCodes(src)
}

// roleCodes are the actor codes of a predicate's source, its subject
// side, and of its target: the object of the pattern's preposition prep,
// else its object, else the object of a preposition a predicate acts on
// ("met with").
func (s *petrSentence) roleCodes(a args, prep string) (src, tgt []string) {
	p := s.p
	src = s.sourceCodes(a)
	if prep != "" {
		for _, o := range a.obl {
			if o.prep == prep {
				tgt = append(tgt, s.phraseCodes(o.head)...)
			}
		}
		for _, o := range a.obj {
			p.kids(o, func(c int) bool {
				if p.rel(c) == "nmod" && p.caseOf(c) == prep {
					tgt = append(tgt, s.phraseCodes(c)...)
				}
				return true
			})
		}
	} else {
		for _, ws := range [][]int{a.iobj, a.obj} {
			for _, w := range ws {
				if p.syn[w].UPOS != "VERB" {
					tgt = append(tgt, s.phraseCodes(w)...)
				}
			}
		}
		for _, o := range a.obl {
			if len(tgt) == 0 && targetPreps[o.prep] {
				tgt = s.phraseCodes(o.head)
			}
		}
	}
	tgt = splitCodes(tgt)
	tgt = slices.DeleteFunc(tgt, func(c string) bool { return slices.Contains(src, c) })
	return src, tgt
}

// named reports whether one of the codes names a party (not an agent
// alone, "---GOV").
func named(codes []string) bool {
	return slices.ContainsFunc(codes, func(c string) bool { return !strings.HasPrefix(c, "---") })
}

// phraseCodes are the actor codes of an argument word (codesOf), else
// those of the first coded phrase in its phrase, a participle's or a
// name's on it included ("supporters of the newly elected mayor"), not in a
// clause of its own.
func (s *petrSentence) phraseCodes(w int) []string {
	if cs := s.codesOf(w); len(cs) > 0 {
		return cs
	}
	p := s.p
	for x := range p.syn {
		np := s.nps[x]
		if np == nil || len(np.codes) == 0 {
			continue
		}
		for h := x; h >= 0; h = p.head(h) {
			if h == w {
				return np.codes
			}
			if r := p.syn[h].Rel; r == "ccomp" || r == "advcl" || r == "parataxis" || r == "acl:relcl" || r == "csubj" {
				break
			}
		}
	}
	return nil
}

// petrView is a parsed sentence as the dictionary's patterns read it,
// its phrases coded by the dictionaries' actors and agents.
func (pd *PetrDicts) petrView(p *parse, date int) *petrSentence {
	n := len(p.syn)
	s := &petrSentence{p: p, upper: make([]string, n), lemma: make([]string, n), nps: map[int]*npCode{}, inNP: make([]int, n), date: date}
	for j, t := range p.syn {
		s.upper[j], s.lemma[j] = strings.ToUpper(t.Form), strings.ToUpper(t.Lemma)
		s.inNP[j] = -1
	}
	pd.actors(s)
	return s
}

// parseMatch picks the code of verb j: the most specific pattern of its
// dictionary entries that matches around it and whose words the parse
// puts in its clause (matched), else the entry's own code. prep is the
// preposition whose object the pattern's target is ("" for its object).
func (pd *PetrDicts) parseMatch(s *petrSentence, j int) (code petrarch.Code, prep string, matched, ok bool) {
	p := s.p
	cands := pd.Verbs.Lookup(p.syn[j].Form)
	if len(cands) == 0 {
		cands = pd.Verbs.Lookup(p.syn[j].Lemma)
	}
	own := s.ownClause(j)
	lo, hi := s.clause(j)
	var best *petrarch.Pattern
	var bestVerb *petrarch.Verb
	bestScore := -1
	for _, v := range cands {
		if len(v.Words) > 1 && !s.particles(v, j) {
			continue
		}
		if bestVerb == nil || best == nil && len(v.Words) > len(bestVerb.Words) {
			bestVerb = v
		}
	patterns:
		for _, pt := range v.Block.Patterns {
			for _, w := range pd.required[pt] {
				if !s.has(w) {
					continue patterns
				}
			}
			ok, score, src, tgt, _ := pd.matchPattern(s, pt, j, lo, hi)
			if !ok || score <= bestScore {
				continue
			}
			pp, fits := pd.onParse(s, pt, j, own, src, tgt)
			if fits {
				best, bestVerb, bestScore, prep = pt, v, score, pp
			}
		}
	}
	if bestVerb == nil {
		return code, "", false, false
	}
	c := bestVerb.Code
	if best != nil {
		c = best.Code
	}
	if c.Null() {
		return code, "", false, false
	}
	if c.Event == "---" {
		c.Event = ""
	}
	return c, prep, best != nil, true
}

// particles checks the other words of a phrase verb ("BREAK DOWN") are
// the verb's dependents.
func (s *petrSentence) particles(v *petrarch.Verb, j int) bool {
	for k, w := range v.Words {
		if k == v.Head {
			continue
		}
		found := false
		s.p.kids(j, func(c int) bool {
			found = s.upper[c] == w || s.lemma[c] == w
			return !found
		})
		if !found {
			return false
		}
	}
	return true
}

// ownClause marks the words of verb j's own clause: its dependents and
// theirs, not through a clause of their own (a complement clause, an
// adverbial or relative clause, a parenthetical, a coordinated verb).
func (s *petrSentence) ownClause(j int) []bool {
	p := s.p
	own := make([]bool, len(p.syn))
	for x := range p.syn {
		for h := x; h >= 0; h = p.head(h) {
			if h == j {
				own[x] = true
				break
			}
			r := p.rel(h)
			if r == "ccomp" || r == "advcl" || r == "acl" || r == "parataxis" || r == "csubj" || r == "conj" && p.syn[h].UPOS == "VERB" {
				break
			}
		}
	}
	return own
}

// onParse checks a pattern that matched around verb j by word order
// against the parse: its words in the verb's own clause (own), a
// preposition as a preposition of it, the source's phrase (src, -1 for
// none) on the subject side and the target's (tgt) its object or the
// object of the pattern's preposition, which it returns.
func (pd *PetrDicts) onParse(s *petrSentence, pt *petrarch.Pattern, j int, own []bool, src, tgt int) (prep string, ok bool) {
	p := s.p
	has := func(w string, preposition bool) bool {
		for x := range p.syn {
			if own[x] && x != j && (s.upper[x] == w || s.lemma[x] == w) {
				if r := p.syn[x].Rel; !preposition || r == "case" || r == "mark" || r == "compound:prt" || r == "advmod" {
					return true
				}
			}
		}
		return false
	}
	for k, e := range pt.Elements {
		switch e.Kind {
		case petrarch.ElemWord:
			// a word right before the target is its preposition
			pre := k+1 < len(pt.Elements) && pt.Elements[k+1].Kind == petrarch.ElemTarget
			if !has(e.Word, pre) {
				return "", false
			}
			if pre {
				prep = strings.ToLower(e.Word)
			}
		case petrarch.ElemPrep:
			if !has(e.Word, true) {
				return "", false
			}
		case petrarch.ElemSynset:
			found := false
			for _, ph := range pd.expand(e.Word) {
				for x := range p.syn {
					if own[x] && x+len(ph) <= len(s.upper) && wordsAt(s.upper, x, ph) {
						found = true
						break
					}
				}
				if found {
					break
				}
			}
			if !found {
				return "", false
			}
		case petrarch.ElemTarget:
			if e.Prep != "" {
				prep = strings.ToLower(e.Prep)
			}
		}
	}
	a := p.argsOf(j)
	if src >= 0 && !s.onSide(src, a.subj) {
		return "", false
	}
	if tgt >= 0 {
		side := append(append([]int(nil), a.obj...), a.iobj...)
		if prep != "" {
			side = nil
			for _, o := range a.obl {
				if o.prep == prep {
					side = append(side, p.withConjuncts([]int{o.head})...)
				}
			}
			for _, o := range a.obj {
				// "held talks with X": the preposition on the object
				p.kids(o, func(c int) bool {
					if p.rel(c) == "nmod" && p.caseOf(c) == prep {
						side = append(side, p.withConjuncts([]int{c})...)
					}
					return true
				})
			}
		}
		if !s.onSide(tgt, side) {
			return "", false
		}
	}
	return prep, true
}

// onSide reports whether phrase h is one of the argument words ws or lies
// in one's phrase.
func (s *petrSentence) onSide(h int, ws []int) bool {
	for _, w := range ws {
		if w == h || s.p.within(h, w) || s.inNP[w] == h {
			return true
		}
	}
	return false
}
