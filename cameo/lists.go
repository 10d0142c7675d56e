// Lists of parties the parser reads as appositions.

package cameo

import "strings"

// appositionList returns the other members of a list the parser read as
// appositions: "A, B and C" with B hung on A as an apposition and C on B
// as a second apposition or as B's conjunct. A chain is a list only when
// it ends in a coordinating "and" or "or"; a single apposition ("the
// ministry, its spokesman,") names the same party.
func (p *parse) appositionList(w int) []int {
	// onName calls f for the dependents of h and of its name's later
	// words ("Angela Merkel": on "Merkel" too)
	var onName func(h int, f func(k int) bool) bool
	onName = func(h int, f func(k int) bool) bool {
		goOn := true
		p.kids(h, func(k int) bool {
			if goOn = f(k); goOn && p.syn[k].Rel == "flat" {
				goOn = onName(k, f)
			}
			return goOn
		})
		return goOn
	}
	var chain []int
	for h := w; ; {
		next := -1
		onName(h, func(k int) bool {
			if p.syn[k].Rel == "appos" && nominal(p.syn[k].UPOS) {
				next = k
			}
			return next < 0
		})
		if next < 0 {
			break
		}
		chain = append(chain, next)
		h = next
	}
	if len(chain) == 0 {
		return nil
	}
	last := chain[len(chain)-1]
	// "A, B and C" with C a conjunct of B
	var conj []int
	onName(last, func(k int) bool {
		if p.syn[k].Rel == "conj" && nominal(p.syn[k].UPOS) && p.coordinated(k) {
			conj = append(conj, k)
		}
		return true
	})
	if len(conj) > 0 {
		return append(chain, conj...)
	}
	if len(chain) >= 2 && p.coordinated(last) {
		return chain
	}
	return nil
}

// coordinated reports whether a list member carries "and" or "or", on
// itself or on a word of its phrase before it ("and Chilean Foreign
// Minister Ana Soto": on the title).
func (p *parse) coordinated(h int) bool {
	listed := false
	var cc func(h int, depth int)
	cc = func(h int, depth int) {
		p.kids(h, func(c int) bool {
			if p.syn[c].Rel == "cc" {
				l := strings.ToLower(p.syn[c].Form)
				listed = listed || listConjunctions[l]
			} else if depth == 0 && p.rel(c) != "appos" && c < h {
				cc(c, 1)
			}
			return !listed
		})
	}
	cc(h, 0)
	return listed
}

// oneParty reports whether a predicate's parties are one singular party:
// a single subject, not plural ("they", "the ministers") nor coordinated,
// and no object, indirect object or oblique with a preposition that
// names a party ("with", "between", "among"), save a pronoun object that
// stands for a topic ("raised it"). A meeting of one party with
// no one ("the envoy raised it") tells no interaction.
func (p *parse) oneParty(a args) bool {
	if len(a.subj) != 1 || len(a.iobj) > 0 {
		return false
	}
	for _, o := range a.obl {
		if partyPreps[o.prep] {
			return false
		}
	}
	for _, w := range a.obj {
		if !topicObjects[strings.ToLower(p.syn[w].Form)] { // "it": a topic, not a party
			return false // "met Putin", "met him", "discussed the budget"
		}
	}
	s := p.syn[a.subj[0]]
	if pluralSubjects[strings.ToLower(s.Form)] {
		return false
	}
	return s.XPOS != "NNS" && s.XPOS != "NNPS"
}
