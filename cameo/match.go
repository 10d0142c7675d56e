// Matching a pattern at a token: its words, its object, and whether the
// word is used as a verb or a noun.

package cameo

import (
	"slices"
	"strings"
	"sync"

	"github.com/dragoman/dragoman/token"
)

// announcedNoun reports whether an event noun is what its clause's verb
// does: "declared a halt to ferry services", "imposed a curfew".
func announcedNoun(lower []string, t *trigger) bool {
	k := t.at - 1
	for k >= 0 && (determiners[lower[k]] || isAdjectiveLike(lower[k]) || nounModifiers[lower[k]]) {
		k--
	}
	if k < 0 {
		return false
	}
	return announcing[lower[k]]
}

// match finds the most specific pattern triggered at token i. own, when
// not nil, tells whether an object found after the trigger (its last
// token) is the trigger's own; an object that is not does not match.
// passSubj, when not nil, gives the view tokens of a passive verb's
// subject (its head, then the heads of its appositions: "X, an American
// journalist, was released"), the object its pattern asks for beyond the
// word window, and whether an "in" after the verb names a state the
// subject is in rather than where the act happened ("troops were engaged
// in looting", not "was declared in the capital"). prt
// is the verb's particle as the parse reads it ("off" of "called off"),
// or "": a pattern without it does not match ("call" is no "call off").
// farPrep, when not nil, tells whether the parse gives the verb a
// dependent marked by a pattern's preposition past the word window
// ("asked the envoy in Rome, a former minister, to help").
func (s *Stage) match(lower []string, i int, noun bool, own func(at, end int) bool, passSubj func(i int) ([]int, bool), prt string, farPrep func(i int, prep string) bool) (trigger, bool) {
	cands := s.Patterns.byForm[lower[i]]
	if noun {
		cands = s.Patterns.byNoun[lower[i]]
	}
	best := trigger{objectEnd: -1}
	found, bestObj := false, 0
	for _, p := range cands {
		end, ok := followWords(lower, i, p.Words[1:])
		if !ok || prt != "" && !slices.Contains(p.Words[1:], prt) {
			continue
		}
		objEnd, objWords, passObj := -1, 0, 0
		if len(p.Object) > 0 {
			if objEnd, objWords = findObject(lower, i+1, p.Object); objEnd >= 0 && (own != nil && !own(i, objEnd) || agentPhrase(lower, i, objEnd)) {
				objEnd, objWords = -1, 0
			}
			if objEnd < 0 {
				// a passive's subject is its object: "the civilians were
				// released", "sanctions were imposed on Russia"; past the
				// word window, the one the parse gives ("a deal to ship
				// oil from the Black Sea was signed")
				// with the parse's passive subject, its words (its head,
				// an "of" noun on it, an apposition) are the only place
				// the object may stand; with none, the word window before
				// the be-form, unless an "in" of state follows the verb
				heads, inState, parsed := []int(nil), i+1 < len(lower) && containmentPreps[lower[i+1]], false
				if passSubj != nil {
					heads, inState = passSubj(i)
					parsed = len(heads) > 0
				}
				if !parsed && !inState {
					objWords = passiveObject(lower, i, p.Object)
				}
				for _, h := range heads {
					if objWords > 0 || inState {
						break
					}
					if h >= 0 && h < i {
						for k := max(0, h-3); k <= h && objWords == 0; k++ {
							if end, w := findObject(lower[:h+1], k, p.Object); end == h {
								objWords, passObj = w, h
							}
						}
					}
				}
				if objWords == 0 {
					continue
				}
			}
		}
		if p.Prep != "" && findWord(lower, end+1, p.Prep, 10) < 0 && (farPrep == nil || !farPrep(i, p.Prep)) {
			continue
		}
		// the more specific pattern wins; among equals, an idiom whose
		// words stand together (contentIdiom: "opened fire on people
		// crossing" is no crossing opened), then the longer object ("offer military
		// support" over "offer support"), then the finer code ("ease the
		// curfew" 0813 over 081), then the earlier line
		sp, bp := p.specificity(), 0
		if found {
			bp = best.p.specificity()
		}
		idiom := contentIdiom(p, i, end)
		bestIdiom := found && contentIdiom(best.p, best.at, best.end)
		if !found || sp > bp || sp == bp && (idiom && !bestIdiom || idiom == bestIdiom && (objWords > bestObj || objWords == bestObj && len(p.Code) > len(best.p.Code))) {
			best = trigger{p: p, at: i, end: end, objectEnd: objEnd, passObj: passObj, intent: -1, must: -1, obj: -1, subj: -1, means: -1}
			found, bestObj = true, objWords
		}
	}
	return best, found
}

// followWords checks that words follow token i (each within four tokens
// of the one before, so "pulled some staff out", "hold talks" and "ordered
// the French ambassador to leave" match); the last word may be plural
// ("filed two suits").
func followWords(lower []string, i int, words []string) (int, bool) {
	at := i
	for n, w := range words {
		found := false
		for k := at + 1; k < len(lower) && k <= at+4; k++ {
			// (the phrase's last word may be plural, as an object's may:
			// "filed two suits", "issued ultimatums")
			if lower[k] == w || n == len(words)-1 && isPlural(lower[k], w) {
				at, found = k, true
				break
			}
			if clauseBreak(lower[k]) {
				break
			}
		}
		if !found {
			return i, false
		}
	}
	return at, true
}

// passiveObject finds one of objs as the subject of a passive verb at i
// ("the prisoners were freed"): within five tokens before its be-form. It
// returns the object's length in words, or 0. (The caller leaves out a
// verb followed by an "in" of state: "troops were engaged in looting".)
func passiveObject(lower []string, i int, objs []string) int {
	be := i - 1
	for be >= 0 && be >= i-3 && (strings.HasSuffix(lower[be], "ly") || passiveAdverbs[lower[be]]) {
		be--
	}
	if be < 1 || !beForms[lower[be]] || !(strings.HasSuffix(lower[i], "ed") || isIrregularParticiple(lower[i])) {
		return 0
	}
	if beForms[lower[be-1]] || haveForms[lower[be-1]] {
		be-- // "have been", "are being"
	}
	for k := be - 1; k >= 0 && k >= be-8; k-- {
		if clauseBreak(lower[k]) || lower[k] == "," {
			return 0
		}
		if end, words := findObject(lower[:be], k, objs); end >= 0 && end < be {
			return words
		}
	}
	return 0
}

// findObject looks for one of the object words (or phrases) in the clause
// after token i, the longest where several start at one token; it returns
// the index of the phrase's last token and its length in words, or -1.
func findObject(lower []string, i int, objs []string) (end, words int) {
	for k := i; k < len(lower) && k < i+12; k++ {
		if clauseBreak(lower[k]) {
			return -1, 0
		}
		end, words = -1, 0
		for _, o := range objs {
			var ws []string
			if oneWord(o) {
				ws = []string{o} // one word: no split (it stays on the stack)
			} else {
				ws = objectWords(o)
			}
			ok := k+len(ws) <= len(lower) && len(ws) > words
			for j := 0; ok && j < len(ws); j++ {
				ok = lower[k+j] == ws[j] || j == len(ws)-1 && isPlural(lower[k+j], ws[j])
			}
			if ok {
				end, words = k+len(ws)-1, len(ws)
			}
		}
		if end >= 0 {
			return end, words
		}
	}
	return -1, 0
}

// phrases holds the words of the object phrases seen so far (they come
// from the patterns: a finite set), split once.
var phrases sync.Map // string -> []string

// objectWords returns strings.Fields(o), split once per phrase.
func objectWords(o string) []string {
	if v, ok := phrases.Load(o); ok {
		return v.([]string)
	}
	ws := strings.Fields(o)
	phrases.Store(o, ws)
	return ws
}

// oneWord reports whether strings.Fields(o) is o alone: o is ASCII
// without spaces (a cheap test; other text goes through Fields).
func oneWord(o string) bool {
	for i := 0; i < len(o); i++ {
		if c := o[i]; c <= ' ' || c >= 0x80 {
			return false
		}
	}
	return o != ""
}

// isPlural reports whether w is word with an s added ("troops", "troop").
func isPlural(w, word string) bool {
	return len(w) == len(word)+1 && w[len(word)] == 's' && w[:len(word)] == word
}

func findWord(lower []string, i int, w string, window int) int {
	for k := i; k < len(lower) && k < i+window; k++ {
		if lower[k] == w {
			return k
		}
		if clauseBreak(lower[k]) {
			return -1
		}
	}
	return -1
}

// nounUse reports whether a verb form is used as a noun ("the attack",
// "a strike"), in which case only noun patterns apply.
func nounUse(lower []string, i int) bool {
	if i == 0 {
		return false
	}
	w := lower[i]
	if (beForms[w] || haveForms[w]) && i+1 < len(lower) && strings.HasSuffix(lower[i+1], "ed") {
		// "is", "was", "has" end in -s, but before a participle they are
		// its auxiliary, not a plural subject ("was opposed to"); before
		// an -ing form the pattern of the -ing verb is read instead
		return false
	}
	// "promises of", "threats against": a plural noun with its complement;
	// "government forces in the city", "attacks on Monday.": an -s form
	// with no object is a plural noun
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (i+1 == len(lower) || nounFollower[lower[i+1]]) {
		return true
	}
	// "10 assists", "two attacks": a count makes a plural noun; "thanks to"
	// is a preposition; "protests exploding": a subject before its verb
	if strings.HasSuffix(w, "s") && (isNumberWord(lower[i-1]) || prepositionalPlurals[w] ||
		i+1 < len(lower) && (strings.HasSuffix(lower[i+1], "ing") || strings.HasSuffix(lower[i+1], "ed")) && len(lower[i+1]) > 5) {
		return true
	}
	// "initial public offering", "the world record signing": an -ing form
	// after a modifier that takes no verb is a noun
	if strings.HasSuffix(w, "ing") && !verbGroupWord(lower[i-1]) && !strings.HasSuffix(lower[i-1], "ly") && isWordLike(lower[i-1]) &&
		!(i+1 < len(lower) && verbObjectStart[lower[i+1]]) {
		return true
	}
	// "the exiled leaders", "two imprisoned journalists": a participle
	// between a determiner or a count and its noun is an adjective
	if (strings.HasSuffix(w, "ed") || isIrregularParticiple(w)) && i+1 < len(lower) && modifierSlot(lower[i-1], lower[i+1]) {
		return true
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && !determiners[lower[i-1]] {
		return false
	}
	// "the attack", "a deadly attack", "an armed force"
	return determiners[lower[i-1]] || i >= 2 && determiners[lower[i-2]] && (isAdjectiveLike(lower[i-1]) || strings.HasSuffix(lower[i-1], "ed"))
}

// verbGroupWord reports words after which an -ing form is a verb: be,
// prepositions that take gerunds, conjunctions, punctuation.
func verbGroupWord(w string) bool {
	return verbGroup[w]
}

// modifierSlot reports whether a word between prev and next modifies a
// noun: prev a determiner or a count, next a word that is neither a
// preposition nor a determiner ("the exiled leaders", not "the troops
// that attacked the base").
func modifierSlot(prev, next string) bool {
	if !modifierOpener[prev] && (prev == "" || prev[0] < '0' || prev[0] > '9') {
		return false
	}
	if !isWordLike(next) || determiners[next] || verbGroupWord(next) {
		return false
	}
	return !particles[next]
}

func isWordLike(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

func isAdjectiveLike(w string) bool {
	return strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ive") || strings.HasSuffix(w, "ous") ||
		strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ful") || adjectives[w]
}

// inTime reports whether a token lies inside a time expression.
func (sc *sentCtx) inTime(t token.Token) bool {
	for _, i := range sc.times {
		x := sc.d.Times[i]
		if t.Start >= x.Start && t.End <= x.End {
			return true
		}
	}
	return false
}

// verbEvidence accepts an inflected verb form as a verb; a bare form
// ("travel") only after a word that takes a verb: to, a modal, a pronoun,
// a negation, or an actor, and a bare form that is also the participle
// after a form of have.
func verbEvidence(lower []string, i int, lemma string, inActor []int) bool {
	w := lower[i]
	if w != lemma {
		return true
	}
	if i == 0 {
		return true
	}
	k := i - 1
	for k > 0 && strings.HasSuffix(lower[k], "ly") {
		k-- // "to fully withdraw"
	}
	p := lower[k]
	if verbLicenser[p] {
		return true
	}
	if inActor[k] >= 0 || strings.HasSuffix(p, "s") && len(p) > 3 && !strings.HasSuffix(p, "ss") {
		return true
	}
	// a participle spelt as its lemma ("hit", "cut", "put") after a form
	// of have: the perfect ("has hit"). After be, the passive "was hit" is
	// as often struck by a vehicle or a storm as by a party: only with an
	// actor as its agent.
	// After be, only with an actor as its agent ("was hit by Ruritania").
	if !isIrregularParticiple(w) {
		return false
	}
	return haveForms[p] || beForms[p] && i+2 < len(lower) && agentPreps[lower[i+1]] && inActor[i+2] >= 0
}

func isIrregularParticiple(w string) bool {
	return irregularPart[w]
}

// cessation reports whether the event noun at i is named only as paused
// or ended: "a lull in the shelling", "an end to the fighting", "a halt
// to the raids".
func cessation(lower []string, i int) bool {
	k := i - 1
	if k >= 0 && cessationOpeners[lower[k]] {
		k--
	}
	if k < 1 {
		return false
	}
	return cessations[lower[k-1]+" "+lower[k]]
}

// passiveObjects drops an event noun that a later passive verb's pattern
// took as its object: "an accord on fishing ... was signed by Chile" is
// one signing, not an accord and a signing.
func passiveObjects(kept []trigger) []trigger {
	out := kept[:0]
	for i, u := range kept {
		taken := false
		for _, t := range kept[i+1:] {
			taken = taken || u.p.Noun && t.passObj > 0 && u.end == t.passObj
		}
		if !taken {
			out = append(out, u)
		}
	}
	return out
}

// agentPhrase reports whether the object found for a passive verb at i,
// ending at end, stands in its "by" phrase: the agent, not the object
// ("the report was received by the president" receives no visit).
func agentPhrase(lower []string, i, end int) bool {
	be := i - 1
	for be >= 0 && (strings.HasSuffix(lower[be], "ly") || passiveAdverbs[lower[be]]) {
		be--
	}
	if be < 0 || !beForms[lower[be]] || !(strings.HasSuffix(lower[i], "ed") || isIrregularParticiple(lower[i])) {
		return false
	}
	for k := i + 1; k < end; k++ {
		if agentPreps[lower[k]] {
			return true
		}
	}
	return false
}

// contentIdiom reports whether pattern p matched at i to end is an idiom
// of a verb and content words standing together ("open fire", "take
// hostage"): a fixed phrase tells its sense more surely than an object
// word found further on. A verb with a preposition or "to" ("agree to",
// "call for") is no such idiom: its object still decides.
func contentIdiom(p *Pattern, i, end int) bool {
	if len(p.Words) < 2 || end != i+len(p.Words)-1 {
		return false
	}
	for _, w := range p.Words[1:] {
		if prepositions[w] || infinitiveMarkers[w] || particles[w] {
			return false
		}
	}
	return true
}
