// Clause structure: where a clause ends, and whether a trigger is the
// main act of its clause or told in passing.

package cameo

import (
	"strings"
)

// crossesBut is crosses with one boundary word allowed: "demanded that".
func crossesBut(lower []string, a, b int, allowed string) bool {
	for k := a; k < b && k < len(lower); k++ {
		if lower[k] != allowed && crosses(lower, k, k+1) {
			return true
		}
	}
	return false
}

// complementAt reports whether the verb at token v is the complement of an
// appeal or demand whose words end before token from: "to send", "to
// fully withdraw", "that Israel release". to tells whether the parse gives
// the verb a "to" of its own (a mark child, however many words stand
// between: "to quickly and fully withdraw"). Where it gives none, the words
// before the token still tell, "to" right before it or "to" and an -ly
// adverb: "to" before a verb's base form is its marker, and the parse
// gives none mostly where it misreads the verb (a noun, a compound of the
// noun after it, with "to" as a preposition), not where the words mean
// otherwise.
func complementAt(lower []string, from, v int, to bool) bool {
	if to || infinitiveMarkers[lower[v-1]] || v >= 2 && infinitiveMarkers[lower[v-2]] && strings.HasSuffix(lower[v-1], "ly") {
		return true
	}
	for k := from; k < v; k++ {
		if complements[lower[k]] {
			return true
		}
	}
	return false
}

// infinitiveAt reports whether the parse gives the verb at view token v
// a "to" of its own (complementAt).
func (sc *sentCtx) infinitiveAt(v int) bool {
	p := sc.parse
	if p == nil {
		return false
	}
	g, ok := p.verbGroupAt(v)
	return ok && p.toMark(g.pred)
}

func clauseBreak(w string) bool {
	return clauseBreaks[w]
}

// resultOf finds the verb trigger whose outcome a participle after a
// comma tells ("struck Gaza, killing 12 people"): the nearest verb before
// it in its sentence, or -1.
func resultOf(lower []string, kept []trigger, k int) int {
	t := &kept[k]
	if t.p.Noun || t.at < 2 || lower[t.at-1] != "," || !strings.HasSuffix(lower[t.at], "ing") {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		if u := &kept[j]; !u.p.Noun && !u.hypo {
			return j
		}
	}
	return -1
}

// purposeOf finds the verb trigger whose purpose trigger k states ("met
// with Assad to discuss"): the nearest verb before it in its clause, or -1.
func purposeOf(lower []string, kept []trigger, k int) int {
	t := &kept[k]
	if t.p.Noun || t.at < 2 || !infinitiveMarkers[lower[t.at-1]] || realGovernors[lower[t.at-2]] {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		u := &kept[j]
		if u.p.Noun {
			continue
		}
		if t.at-u.end > 14 {
			return -1
		}
		for m := u.end + 1; m < t.at; m++ {
			if clauseBreak(lower[m]) || lower[m] == "," {
				return -1
			}
		}
		if (u.p.Code[:2] == "02" || u.p.Code[:2] == "10" || u.p.Code[:2] == "17") && u.obj >= 0 {
			return -1 // "urged Putin to withdraw": the one urged acts
		}
		return j
	}
	return -1
}

// timeAdverbialLen gives the length in tokens of a short time phrase ("on
// Tuesday", "last week", "yesterday") that ends just before "to" at k, or 0.
func timeAdverbialLen(lower []string, k int) int {
	switch {
	case k >= 2 && timeOpeners[lower[k-2]] && timeWords[lower[k-1]]:
		return 2
	case k >= 1 && timeAdverbs[lower[k-1]]:
		return 1
	}
	return 0
}

// subordinate reports whether a trigger sits in a relative clause ("who
// had been arrested"), or is a participle after a comma or a preposition
// (", killing", "for helping"), rather than the main verb of its clause.
func subordinate(lower []string, t *trigger) bool {
	if t.p.Noun {
		return false
	}
	w := lower[t.at]
	if strings.HasSuffix(w, "ing") && t.at > 0 {
		if gerundSubord[lower[t.at-1]] {
			return true
		}
	}
	for k := t.at - 1; k >= 0 && k >= t.at-6; k-- {
		switch w := lower[k]; {
		case relativePronouns[w]:
			return true
		case w == "," || w == ";" || relativeStops[w]:
			return false
		}
	}
	return false
}

// background reports whether a verb trigger is told in passing rather
// than reported: a participle that modifies a noun ("victims killed by the
// crash", "the prisoners held for protesting were
// freed", "a statement issued Monday") or a verb in a temporal clause
// ("a month after gunmen seized the ferry"). Such
// events are listed with a confidence below MinConfidence. A verb the parse
// reads as a predicate of its own (predicate: "said she had paid and
// apologized for the delay", a verb conjoined to another) is no reduced
// relative, whatever its words. past tells whether the parse reads the
// verb in the past tense (a "when" clause tells a done act only so).
// g is the verb group the parse gives the verb, nil where it gives none
// (verbGroupOfTrigger).
func background(lower []string, actors []actor, t *trigger, all []trigger, prep func(k int) bool, predicate, past bool, g *predGroup) bool {
	if t.at == 0 {
		return false
	}
	if t.p.Noun {
		// "met the minister ... on an unannounced trip to the capital": a noun in a
		// time adjunct sets the scene of the main verb's event
		hasVerb := false
		for _, u := range all {
			hasVerb = hasVerb || !u.p.Noun && u.at < t.at
		}
		for k := t.at - 1; k >= 0 && k >= t.at-4 && hasVerb; k-- {
			if sceneWords[lower[k]] {
				return true
			}
			if clauseBreak(lower[k]) || lower[k] == "," {
				break
			}
		}
		return false
	}
	// a relative clause: "a lawyer who had been detained last
	// spring", "the faction that has held the port since May": a
	// relative pronoun right before the verb group the parse gives the
	// verb; where it gives none, before the auxiliaries and adverbs the
	// words show
	relative := func(k int) bool {
		w := lower[k]
		return subjectRelatives[w] || relativeThats[w] && relativeThat(lower, k)
	}
	if g != nil && g.start >= 2 && relative(g.start-1) {
		return true
	}
	for k := t.at - 1; g == nil && k >= 1 && k >= t.at-4; k-- {
		if relative(k) {
			return true
		}
		if w := lower[k]; !(haveForms[w] || beForms[w] || modals[w] || strings.HasSuffix(w, "ly") || verbGroupAdverbs[w]) {
			break
		}
	}
	if t.passive {
		return false
	}
	// a temporal clause: the conjunction, its subject, the verb
	for k := t.at - 1; k >= 0 && k >= t.at-8; k-- {
		if clauseBreak(lower[k]) || lower[k] == "," {
			break
		}
		if temporalConj[lower[k]] && k < t.at-1 && !prep(k) {
			if !pastConj[lower[k]] || pastTenseConj[lower[k]] && !past {
				return true
			}
			// "after rebels seized the port": an act the clause
			// presupposes done, told as such (no one's report of it),
			// and counted as the devsets' convention codes an act
			// told in passing, beside the sentence's own act or not
			t.before = true
			break
		}
	}
	return !predicate && reducedRelative(lower, actors, t, all, g)
}

// reducedRelative reports whether a verb trigger reads, by its words, as a
// participle that modifies the noun before it ("victims killed by the
// crash", "a statement issued Monday"): a noun, the participle, then a
// preposition or a date. A verb the parse gives an auxiliary (g, its
// verb group: "had been freed") is no participle on a noun; where the
// parse gives it no group (g nil), the word before it tells.
func reducedRelative(lower []string, actors []actor, t *trigger, all []trigger, g *predGroup) bool {
	w := lower[t.at]
	if t.p.Noun || t.passive || t.at == 0 {
		return false
	}
	if !(strings.HasSuffix(w, "ed") || isIrregularParticiple(w)) || t.end+1 >= len(lower) {
		return false
	}
	prev := lower[t.at-1]
	if !isWordLike(prev) || timeWords[prev] || determiners[prev] || pronouns[prev] || participleLicensers[prev] || strings.HasSuffix(prev, "ly") {
		return false
	}
	if g != nil && len(g.aux) > 0 || g == nil && (beForms[prev] || haveForms[prev] || modals[prev]) {
		return false
	}
	for _, a := range actors {
		if a.Last == t.at-1 && a.Type != "ROLE" {
			return false // "Israel released": a name is a subject
		}
	}
	if !reducedNext[lower[t.end+1]] { // after the pattern's particles: "handed over 700 kg" is no relative
		return false
	}
	// the noun is an object ("identify victims killed"), after a
	// preposition ("a raft of officials accused of"), or the subject of a
	// verb still to come ("the civilians imprisoned ... were released")
	n := t.at - 1
	for n > 0 && isAdjectiveLike(lower[n-1]) && !determiners[lower[n-1]] {
		n--
	}
	if n > 0 && (determiners[lower[n-1]] || isNumberWord(lower[n-1])) {
		n--
	}
	if n > 0 && (prepositions[lower[n-1]] || n > 1 && infinitiveMarkers[lower[n-2]]) {
		return true
	}
	finite := func(k int) bool {
		w := lower[k]
		if beForms[w] && k > 0 && existentials[lower[k-1]] {
			return false // "There were 10 soldiers killed": the main predicate
		}
		if beForms[w] || haveForms[w] || modals[w] || reportingVerbs[w] {
			return true
		}
		for _, u := range all {
			if !u.p.Noun && u.at == k && k > 0 && !prepositions[lower[k-1]] && !determiners[lower[k-1]] {
				return true
			}
		}
		return false
	}
	// a verb before the noun: "the army freed the governor, a leader of
	// a party banned since 2010", "will help identify victims killed"
	for k := n - 1; k >= 0; k-- {
		if clauseBreak(lower[k]) || additive[lower[k]] || subjectRelatives[lower[k]] {
			break
		}
		if finite(k) {
			return true
		}
	}
	// a verb after it: "a study published Friday by the ministry claimed";
	// but "Rebels attacked on Monday, officials said" is a main clause
	for k := t.end + 2; k < len(lower) && k < t.end+16; k++ {
		if clauseBreak(lower[k]) || lower[k] == "," || pronouns[lower[k]] || temporalConj[lower[k]] || infinitiveMarkers[lower[k]] || conditionals[lower[k]] {
			break
		}
		if finite(k) {
			return true
		}
	}
	return false
}

// relativeThat reports whether "that" at k opens a relative clause ("the
// group that has seized") rather than a reported one ("said that").
func relativeThat(lower []string, k int) bool {
	if k == 0 {
		return false
	}
	p := lower[k-1]
	if reportingVerbs[p] || demandingVerbs[p] || intentWords[p] || commissive[p] || !isWordLike(p) {
		return false
	}
	if thatComplement[p] {
		return false
	}
	return !strings.HasSuffix(p, "ed") // "agreed that", "announced that"
}

// crosses reports whether tokens [a, b) hold a clause boundary a role
// cannot cross: a reporting verb's complement, a relative pronoun, a
// semicolon, the end of a quotation (a quotation mark after a comma or a
// full stop: '"... refuses to help," the senator said': the speaker is
// no party of what the quotation tells).
func crosses(lower []string, a, b int) bool {
	for k := a; k < b && k < len(lower); k++ {
		if roleBoundary[lower[k]] || k > 0 && closingQuote(lower[k-1], lower[k]) {
			return true
		}
	}
	return false
}

// closingQuote reports whether quotation mark q after token prev ends a
// quotation.
func closingQuote(prev, q string) bool {
	if q != "\"" && q != "”" && q != "''" {
		return false
	}
	switch prev {
	case ",", ".", "?", "!":
		return true
	}
	return false
}
