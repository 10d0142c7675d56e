// What the parse tells of an act told in passing: a verb conjoined to a
// predicate is itself a predicate, not a participle on a noun.

package cameo

// conjoinedPredicate reports whether the parse reads a verb trigger as the
// second of two conjoined predicates ("she denied the charge and
// resigned from the board"): the conjunction's verb heads a clause of its
// own, so the word windows' reading of it as a participle on the noun before
// ("victims killed by the crash") does not hold. The first predicate must
// itself be no participle on a noun (acl, amod): "troops stationed and
// trained in the north" stays a reduced relative.
func (sc *sentCtx) conjoinedPredicate(t *trigger) bool {
	p := sc.parse
	if p == nil || t.p.Noun || p.synAt(t.at) < 0 {
		return false
	}
	j := p.synOf[t.at]
	h := p.head(j)
	if p.rel(j) != "conj" || h < 0 || h >= j || p.syn[h].UPOS != "VERB" {
		return false
	}
	switch p.rel(h) {
	case "acl", "amod":
		return false
	}
	cc := false
	p.kids(j, func(k int) bool {
		cc = cc || p.rel(k) == "cc" && k < j
		return !cc
	})
	return cc
}

// pastVerb reports whether the parse reads a verb trigger in the past
// tense (pastTense: a past form, or a participle with no modal).
func (sc *sentCtx) pastVerb(t *trigger) bool {
	p := sc.parse
	if p == nil || t.p.Noun || p.synAt(t.at) < 0 {
		return false
	}
	return p.pastTense(p.synOf[t.at])
}
