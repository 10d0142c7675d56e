// The roles of a verb's clause as the PETRARCH coder reads them: the
// actor codes on its source and target sides.

package cameo

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/words"
)

// sides gives the actor codes of the source and target sides of verb j
// (its args a): those of the words its pattern matched as "$" and "+"
// (bestSrc, bestTgt; -1 for none), else those the parse gives, hi the
// end of its clause.
func (s *petrSentence) sides(j int, a args, bestSrc, bestTgt, hi int) (src, tgt []string) {
	p := s.p
	fromW := -1 // the oblique a passive's source was taken from
	if bestSrc >= 0 {
		src = s.codesOf(bestSrc)
	} else {
		// (two subjects of one verb are a misparse of one phrase: the
		// first that names an actor is the subject, with its conjuncts)
		// (codesOf brings each subject's conjuncts)
		prev := -1
		for _, w := range a.subj {
			if p.rel(w) == "conj" || s.beforeColon(w, j) {
				continue
			}
			if prev >= 0 && p.rel(w) == "nsubj" && len(src) > 0 && !s.joined(prev, w) && s.oneSubject(prev) != w {
				break
			}
			if prev >= 0 && p.rel(w) == "nsubj" && s.joined(prev, w) && s.conv == Petrarch {
				// "A, B, and C met" read as A (with B) and C: B, which
				// the list's conjunction did not reach, is A's conjunct
				p.kids(prev, func(k int) bool {
					if p.rel(k) == "conj" && k < w && nominal(p.syn[k].UPOS) {
						src = append(src, s.codesOf(k)...)
					}
					return true
				})
			}
			prev = w
			src = append(src, s.codesOf(w)...)
		}
		// "X indicated it would act": a pronoun subject of a reported
		// clause is the reporter
		if len(src) == 0 && len(a.subj) == 1 && p.syn[a.subj[0]].UPOS == "PRON" {
			for h := j; h >= 0 && len(src) == 0; h = p.head(h) {
				if r := p.rel(h); r != "ccomp" && r != "xcomp" && r != "conj" {
					break
				}
				for _, w := range p.argsOf(p.head(h)).subj {
					src = append(src, s.codesOf(w)...)
				}
			}
		}
		// "died in a raid by Y": the agent of a passive
		// told on the noun of the act it was done in
		for _, o := range a.obl {
			if len(src) > 0 || !a.passive || s.conv != Petrarch {
				break
			}
			if !containmentPreps[o.prep] {
				continue
			}
			p.kids(o.head, func(k int) bool {
				if strings.HasPrefix(p.rel(k), "nmod") && agentPreps[p.caseOf(k)] {
					src = s.codesOf(k)
				}
				return len(src) == 0
			})
		}
		// a passive with no agent: PETRARCH takes its source from the
		// phrase of where the act came from ("rockets were launched at
		// X from Y")
		for _, o := range a.obl {
			if len(src) > 0 || !a.passive || s.conv != Petrarch {
				break
			}
			if passiveSourcePreps[o.prep] {
				if src = s.codesOf(o.head); len(src) > 0 {
					fromW = o.head
				}
			}
		}
	}
	if bestTgt >= 0 {
		tgt = s.codesOf(bestTgt)
	} else {
		for _, ws := range [][]int{a.iobj, a.obj} {
			for _, w := range ws {
				switch {
				case p.syn[w].UPOS == "VERB": // (a clause the parser made an object)
				case reflexive(p.syn[w].Form) && s.conv == Petrarch:
					tgt = append(tgt, src...) // "attacked themselves"
				default:
					tgt = append(tgt, s.codesOf(w)...)
				}
			}
			if len(tgt) > 0 {
				break
			}
		}
		// a passive whose subject names the one acted on, with no agent:
		// PETRARCH also takes its source from an "in" phrase ("X were
		// killed in Y's raid"); (its passive with no target is no
		// event, so a place is not made the source of one)
		for _, o := range a.obl {
			if len(src) > 0 || len(tgt) == 0 || !a.passive || s.conv != Petrarch || bestSrc >= 0 {
				break
			}
			if containmentPreps[o.prep] {
				if src = s.codesOf(o.head); len(src) > 0 {
					fromW = o.head
				}
			}
		}
		// an object that names only an agent ("received ministers from
		// X's government") takes its country from the verb's phrase of
		// where it is from, as PETRARCH mixes the agents of a verb's
		// object with the actors of its prepositional phrases
		if s.conv == Petrarch && len(tgt) > 0 && !slices.ContainsFunc(tgt, func(c string) bool { return !strings.HasPrefix(c, "---") }) {
			for _, o := range a.obl {
				if o.head == fromW || !agentPlacePreps[o.prep] {
					continue
				}
				var mixed []string
				for _, c := range s.codesOf(o.head) {
					if strings.HasPrefix(c, "---") {
						continue
					}
					for _, t := range tgt {
						mixed = append(mixed, c+strings.TrimPrefix(t, "---"))
					}
				}
				if len(mixed) > 0 {
					tgt = mixed
					break
				}
			}
		}
		for _, o := range a.obl {
			if len(tgt) > 0 {
				break
			}
			if (targetPreps[o.prep] || containmentPreps[o.prep]) && o.head != fromW {
				tgt = s.codesOf(o.head)
			}
		}
		// else the first coded phrase after the verb in its clause
		// ("sealed off the bridges leading into the capital"; "allowed that
		// Mordor isn't a place to visit")
		for x := j + 1; x <= hi && len(tgt) == 0; x++ {
			if h := s.inNP[x]; h >= 0 && s.nps[h] != nil && len(s.nps[h].codes) > 0 && !slices.Contains(a.subj, h) && h != fromW && !s.subordinate(h, j) {
				tgt = s.codesOf(h)
			}
		}
	}
	return splitCodes(src), splitCodes(tgt)
}

// beforeColon reports whether, under PETRARCH's convention, a colon
// stands between subject word w and its verb j, the subject a dateline
// the parser joined to the sentence ("ZORVAN CITY, Zorvan: officials
// said ..."), no party to the act.
func (s *petrSentence) beforeColon(w, j int) bool {
	if s.conv != Petrarch || w > j {
		return false
	}
	for x := w + 1; x < j; x++ {
		if s.p.syn[x].Form == ":" {
			return true
		}
	}
	return false
}

// unknownTarget reports whether the verb's object side names someone the
// dictionaries do not know (a name outside every coded phrase): PETRARCH
// codes no event on an unknown target ("ties with Gxndor").
func (s *petrSentence) unknownTarget(a args) bool {
	p := s.p
	ws := append(append([]int(nil), a.obj...), a.iobj...)
	for _, o := range a.obl {
		if targetPreps[o.prep] {
			ws = append(ws, o.head)
		}
	}
	unknown := false
	var walk func(w int)
	walk = func(w int) {
		if l := strings.ToLower(p.syn[w].Form); p.syn[w].UPOS == "PROPN" && s.inNP[w] < 0 && !words.Is("weekday", l) && !words.Is("month", l) {
			unknown = true
		}
		p.kids(w, func(k int) bool {
			if r := p.rel(k); r != "acl" && r != "advcl" && r != "parataxis" {
				walk(k)
			}
			return !unknown
		})
	}
	for _, w := range ws {
		walk(w)
	}
	return unknown
}

// splitCodes splits the "/"-joined codes of an actor with several
// ("FRO/BIL/SAM") and drops repeats.
//
// Of codes where one extends another ("BRE" and "BREGOV" of "Bree Prime
// Minister Romendacil") the longer stays; the bare "---" is no actor.
func splitCodes(cs []string) []string {
	var out []string
	for _, c := range cs {
		for _, x := range strings.Split(c, "/") {
			if x != "" && x != "---" && !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	keep := out[:0]
	for _, x := range out {
		longer := false
		for _, y := range out {
			longer = longer || len(y) > len(x) && strings.HasPrefix(y, x)
		}
		if !longer {
			keep = append(keep, x)
		}
	}
	return keep
}

// subordinate reports whether word w lies in a clause below the verb j
// that tells something else: an adverbial or relative clause, a
// parenthetical.
//
// A clause without a subject of its own goes on with the verb's act ("to
// supply Gondor with wheat", "roads running into the port") and is not.
func (s *petrSentence) subordinate(w, j int) bool {
	for h := w; h >= 0 && h != j; h = s.p.head(h) {
		switch s.p.syn[h].Rel {
		case "advcl", "acl:relcl", "parataxis":
			subj := false
			s.p.kids(h, func(k int) bool {
				subj = subj || s.p.rel(k) == "nsubj" || s.p.rel(k) == "csubj"
				return !subj
			})
			if subj || s.p.syn[h].Rel == "acl:relcl" {
				return true
			}
		}
	}
	return false
}

// reflexive reports whether a pronoun is reflexive ("themselves"): the
// one acted on is the subject.
func reflexive(form string) bool {
	return reflexives[strings.ToLower(form)]
}
