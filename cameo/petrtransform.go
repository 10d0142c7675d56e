// PETRARCH's verb transformations on the dependency parse: a framing
// verb's event over the event its complement tells ("X said Y attacked
// Z": a SAY by X whose target is an ATTACK by Y on Z) is coded as the
// dictionary's "~" lines say (X accuses Y, 112), under PETRARCH's
// convention only.

package cameo

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/petrarch"
)

// verbRoles is what the coder read of a verb of the dictionary: its
// code and the actor codes of its two sides.
type verbRoles struct {
	code     string // the event code, "" or "---" for none
	src, tgt []string
	// controlled: the clause has no subject of its own, its doer is the
	// subject of the verb it complements ("X vowed to strike Y")
	controlled bool
	negated    bool
	hypo       bool
	// passive: the verb is passive, its target the one acted on when
	// it has one
	passive bool
}

// tnode is an event as the transformations read it: a verb's code, its
// source, and its target or the event it frames.
type tnode struct {
	code     string
	src, tgt []string // nil for no actor
	inner    *tnode
	negated  bool
	passive  bool  // a passive with no target: any actor (".") stands for it
	verbs    []int // the verbs whose events the node stands for
}

// tbind binds a transformation's variables to actors, each actor (the
// set of codes of one phrase) to one variable.
type tbind struct {
	actor map[string][]string // variable -> codes
	name  map[string]string   // the codes' key -> variable
	q     string              // the code Q matched
}

// bind matches variable v against an actor (nil for none): "_" only no
// actor, "." any actor, a letter the actor it is bound to, or an actor
// not yet bound to another letter.
func (b *tbind) bind(v string, codes []string) bool {
	if len(codes) == 0 {
		return v == "_"
	}
	if v == "_" {
		return false
	}
	if v == "." {
		return true
	}
	k := strings.Join(slices.Sorted(slices.Values(codes)), " ")
	if w, ok := b.name[k]; ok {
		return w == v
	}
	if _, ok := b.actor[v]; ok {
		return false
	}
	b.actor[v], b.name[k] = codes, v
	return true
}

// match matches pattern event e against node n, binding b; score grows
// with the pattern's specificity (a verb's own code over its family over
// Q, a variable over ".").
func (b *tbind) match(e *petrarch.TEvent, n *tnode, score *int) bool {
	if n.negated {
		return false
	}
	switch {
	case e.Verb == "Q":
		if n.code == "" || n.code == "---" {
			return false
		}
		b.q = n.code
	case n.code == e.Code || (n.code == "" && e.Code == "---"):
		*score += 3
	case petrarch.CodeUnder(n.code, e.Code):
		*score += 2
	default:
		return false
	}
	if !b.bind(e.Source, n.src) {
		return false
	}
	if e.Source != "." {
		*score++
	}
	if e.Inner != nil {
		return n.inner != nil && b.match(e.Inner, n.inner, score)
	}
	if n.inner != nil {
		return false
	}
	if len(n.tgt) == 0 && n.passive && e.Target == "." {
		// (PETRARCH's passive with no target: its "passive" stands for
		// any actor)
		return true
	}
	if !b.bind(e.Target, n.tgt) {
		return false
	}
	if e.Target != "." {
		*score++
	}
	return true
}

// transform applies the most specific transformation that matches n
// (the first in the file of equals): the event it gives, its verbs those
// of all n's levels; nil when none matches.
func (pd *PetrDicts) transform(n *tnode) *tnode {
	var best *petrarch.Transform
	var bb *tbind
	bestScore := -1
	for _, t := range pd.Verbs.Transforms {
		b := &tbind{actor: map[string][]string{}, name: map[string]string{}}
		score := 0
		if b.match(t.Frame, n, &score) && score > bestScore {
			best, bb, bestScore = t, b, score
		}
	}
	if best == nil {
		return nil
	}
	out := &tnode{code: best.Code, src: bb.actor[best.Source], tgt: bb.actor[best.Target]}
	if out.code == "Q" {
		out.code = bb.q
	}
	for x := n; x != nil; x = x.inner {
		out.verbs = append(out.verbs, x.verbs...)
	}
	return out
}

// frame builds verb j's node, its complement's node inside (transformed
// first, as PETRARCH works up the tree), and transforms it; nil for a
// verb the coder did not read. A complement's conjuncts ("claimed that Y
// had struck Z and taken W") are framed by j too, each transformed apart.
func (pd *PetrDicts) frame(s *petrSentence, j int, done map[int][]*tnode) *tnode {
	p := s.p
	r := s.roles[j]
	if r == nil {
		return nil
	}
	own := func() *tnode {
		n := &tnode{code: r.code, src: r.src, tgt: r.tgt, negated: r.negated, passive: r.passive, verbs: []int{j}}
		if r.controlled {
			n.src = nil // PETRARCH's complement without a subject
		}
		return n
	}
	n := own()
	comp := -1
	p.kids(j, func(c int) bool {
		// (a complement after the verb: "officials said" after the
		// clause they report frames nothing, as in PETRARCH's trees)
		if rel := p.rel(c); (rel == "xcomp" || rel == "ccomp") && c > j {
			if in := pd.frame(s, c, done); in != nil {
				n.inner, comp = in, c
			}
		}
		return n.inner == nil
	})
	if n.inner == nil {
		return n
	}
	t := pd.transform(n)
	if t != nil {
		done[j] = append(done[j], t)
	}
	p.kids(comp, func(c int) bool {
		if p.rel(c) == "conj" && c > comp && p.syn[c].UPOS == "VERB" {
			m := own()
			if m.inner = pd.frame(s, c, done); m.inner != nil {
				if u := pd.transform(m); u != nil {
					done[j] = append(done[j], u)
				}
			}
		}
		return true
	})
	if t != nil {
		return t
	}
	return n
}

// transformed applies the dictionary's transformations to the sentence's
// framing verbs: the events each gives, by the framing verb, and the
// verbs whose own events they replace.
func (pd *PetrDicts) transformed(s *petrSentence) (byVerb map[int][]PetrEvent, replaced map[int]bool) {
	if len(pd.Verbs.Transforms) == 0 || len(s.roles) < 2 {
		return nil, nil
	}
	done := map[int][]*tnode{}
	for j := range s.roles {
		if h := s.p.head(j); h >= 0 && h < j && s.roles[h] != nil && (s.p.rel(j) == "xcomp" || s.p.rel(j) == "ccomp") {
			continue // (reached from the verb it complements)
		}
		pd.frame(s, j, done)
	}
	if len(done) == 0 {
		return nil, nil
	}
	byVerb, replaced = map[int][]PetrEvent{}, map[int]bool{}
	// a transformation at an outer verb takes in those below it
	for j, ts := range done {
		for _, t := range ts {
			for _, v := range t.verbs {
				if v != j {
					replaced[v] = true
				}
			}
		}
	}
	for j := range s.p.syn {
		if replaced[j] || done[j] == nil {
			continue
		}
		hypo := s.roles[j].hypo
		for _, t := range done[j] {
			for _, x := range t.src {
				for _, y := range t.tgt {
					byVerb[j] = append(byVerb[j], PetrEvent{Source: x, Target: y, Code: t.code, Hypothetical: hypo})
				}
			}
		}
		replaced[j] = true
	}
	return byVerb, replaced
}
