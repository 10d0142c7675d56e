// The clauses of a sentence as the PETRARCH coder weighs them: a verb
// that reports another's act, one that tells an act in passing, one that
// frames the act its complement tells.

package cameo

import "strings"

// reports tells whether verb j has a complement or a parenthetical that
// holds a verb of the dictionary, or is itself the parenthetical of one.
func (s *petrSentence) reports(j int, byVerb map[int][]PetrEvent) bool {
	p := s.p
	// holds: a clause with a verb of the dictionary (coded, or left
	// uncoded for an unknown actor), its own or a complement's
	var holds func(k int) bool
	holds = func(k int) bool {
		if byVerb[k] != nil {
			return true
		}
		found := false
		p.kids(k, func(c int) bool {
			if r := p.rel(c); r == "xcomp" || r == "ccomp" {
				found = holds(c)
			}
			return !found
		})
		return found
	}
	if r := p.rel(j); r == "parataxis" && holds(p.head(j)) {
		return true
	}
	found := false
	p.kids(j, func(k int) bool {
		if r := p.rel(k); (r == "ccomp" || r == "parataxis") && holds(k) {
			found = true
		}
		return !found
	})
	return found
}

// inPassing reports whether verb j tells an act in passing, the
// circumstance of the sentence's act rather than an act of its own: it
// stands in an adverbial clause ("after X restored ties with Y", "before
// leaving for Z") or an infinitive on a noun, or in a clause below one.
// PETRARCH codes the main clause's verb phrases only.
func (s *petrSentence) inPassing(j int) bool {
	p := s.p
	for h := j; h >= 0; h = p.head(h) {
		if p.syn[h].Rel == "advcl" {
			return true
		}
		if p.syn[h].Rel == "acl" {
			// an infinitive on a noun tells the act the noun is
			// about, not one done: "pressure to help", "a plan to
			// strike" (PETRARCH codes no verb inside a noun phrase)
			if p.toMark(h) {
				return true
			}
		}
	}
	return false
}

// embedsEvent gives the verbs, coded with an event, of the complement
// clauses (xcomp or ccomp, or one below it) of verb j when j frames the
// act they tell: "X pledged to expel Y", "X said it would send aid to Y",
// "X wants to inspect Y". An appeal or a demand (CAMEO 02, 10) is an
// event of its own, addressed to the one asked: "X urged Y to act".
func (s *petrSentence) embedsEvent(j int, byVerb map[int][]PetrEvent) []int {
	p := s.p
	if len(byVerb[j]) == 0 {
		return nil
	}
	for _, e := range byVerb[j] {
		if strings.HasPrefix(e.Code, "02") || strings.HasPrefix(e.Code, "10") {
			return nil
		}
	}
	var out []int
	var below func(k int)
	below = func(k int) {
		p.kids(k, func(c int) bool {
			if r := p.rel(c); r == "xcomp" || r == "ccomp" {
				if len(byVerb[c]) > 0 {
					out = append(out, c)
				}
				below(c)
			}
			return true
		})
	}
	below(j)
	return out
}

// beforeReported gives the last word of verb j's clause (which ends at
// hi) before a reported act that follows the verb, a verb's clause with a
// subject of its own ("said that Y had struck Z", "wants Y to strike Z",
// an adverbial clause, "X struck Y as media reported") or a clause set
// beside it ("X struck Y, media reported"):
// PETRARCH matches a verb's patterns on the verb's own phrases, and the
// reported act's words are its verb's. (A reported state, "allowed that
// X isn't a pleasant place", is read by the patterns.)
func (s *petrSentence) beforeReported(j, hi int) int {
	p := s.p
	obj := false // an object before the complement: its subject
	p.kids(j, func(c int) bool {
		if p.rel(c) == "obj" {
			obj = true
		}
		if c < j || p.syn[c].UPOS != "VERB" {
			return true
		}
		subj := false
		switch p.rel(c) {
		case "parataxis":
			subj = true
		case "ccomp", "advcl":
			p.kids(c, func(k int) bool {
				r := p.rel(k)
				subj = subj || r == "nsubj" || r == "nsubj:pass" || r == "csubj"
				return !subj
			})
		case "xcomp":
			// (an infinitive: "to strike")
			subj = obj && p.toMark(c)
		}
		if subj {
			lo, _ := s.clause(c)
			hi = min(hi, lo-1)
		}
		return true
	})
	return hi
}

// appeals composes, as PETRARCH does, an appeal or a demand (CAMEO 02,
// 10) with the act its complement asks for: "X asked Y to send aid to Z"
// is X's appeal to Y for aid (023), the aid not an event of its own. An
// appeal or demand coded with its family's cue code (020, 100) takes the
// code the derived codes give the act (family appeal or demand); the
// verbs of the acts asked for are returned.
func (pd *PetrDicts) appeals(s *petrSentence, byVerb map[int][]PetrEvent) map[int]bool {
	p := s.p
	var asked map[int]bool
	for j := range p.syn {
		evs := byVerb[j]
		if len(evs) == 0 {
			continue
		}
		family := ""
		switch evs[0].Code[:min(2, len(evs[0].Code))] {
		case "02":
			family = "appeal"
		case "10":
			family = "demand"
		default:
			continue
		}
		p.kids(j, func(c int) bool {
			if r := p.rel(c); c < j || r != "xcomp" && r != "ccomp" || len(byVerb[c]) == 0 {
				return true
			}
			d := pd.Derived.Code(family, byVerb[c][0].Code)
			if d == "" {
				return true
			}
			for i := range evs {
				if evs[i].Code == "020" || evs[i].Code == "100" {
					evs[i].Code = d
				}
			}
			if asked == nil {
				asked = map[int]bool{}
			}
			asked[c] = true
			return false
		})
	}
	return asked
}

// attribution reports whether verb j, a statement (CAMEO 01), is the
// attribution the sentence ends with: "X did Y, officials said (on
// Monday)", the verb after a comma and its subject, with no object or
// complement after it, an act coded before it. PETRARCH reads such a
// reporter as no event, however the parser hung it.
func (s *petrSentence) attribution(j int, byVerb map[int][]PetrEvent) bool {
	p := s.p
	evs := byVerb[j]
	if len(evs) == 0 || !strings.HasPrefix(evs[0].Code, "01") {
		return false
	}
	after := false
	first := j // the first word of the verb's subject
	p.kids(j, func(k int) bool {
		switch r := p.rel(k); {
		case k > j && (r == "obj" || r == "iobj" || r == "ccomp" || r == "xcomp"):
			after = true
		case k < j && (r == "nsubj" || r == "nsubj:pass"):
			lo, _ := s.clause(k)
			for lo < k && p.syn[lo].UPOS == "PUNCT" {
				lo++ // (a comma the parser hung on the subject)
			}
			first = min(first, lo)
		}
		return !after
	})
	if after || first == j || first == 0 || p.syn[first-1].Form != "," {
		return false
	}
	for k := 0; k < first; k++ {
		if len(byVerb[k]) > 0 {
			return true
		}
	}
	return false
}

// tells reports whether verb j, a statement (CAMEO 01), tells a clause
// after it, a verb's with a subject of its own ("X says it has
// evidence"): PETRARCH codes a statement only through the act its clause
// tells, and no event when the clause tells none.
func (s *petrSentence) tells(j int, byVerb map[int][]PetrEvent) bool {
	evs := byVerb[j]
	if len(evs) == 0 || !strings.HasPrefix(evs[0].Code, "01") {
		return false
	}
	return s.beforeReported(j, len(s.upper)) < len(s.upper)
}
