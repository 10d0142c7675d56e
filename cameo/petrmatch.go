// Matching PETRARCH verb patterns around a verb, and the dictionaries'
// indexes (synonym sets expanded, discard phrases by their first letters,
// each pattern's literal words).

package cameo

import (
	"slices"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/petrarch"
)

// matchPattern matches a pattern's elements around the verb j in its
// clause [lo, hi]: those before "*" in order before it, those after in
// order after it, skipping words between unless "_" joins them. It
// returns the number of elements matched as the pattern's specificity and
// the words where "$" and "+" matched, or -1.
func (pd *PetrDicts) matchPattern(s *petrSentence, pt *petrarch.Pattern, j, lo, hi int) (ok bool, score, src, tgt, end int) {
	src, tgt = -1, -1
	vat := pt.VerbAt()
	if vat < 0 {
		return false, 0, -1, -1, j
	}
	// a passive's subject is the one acted on, not the doer the words
	// before a pattern's verb stand for: PETRARCH reads them in the
	// verb's own phrase, where the passive subject is not (an actor
	// slot, "+ * DEAD", still takes it); the words after the verb, its
	// object's, read the passive subject when they are not after it
	// ("a dossier was submitted" is "* DOSSIER")
	plo, phi := s.passiveSubject(j)
	// after the verb
	after := func(at, hi int) (ok bool, src, tgt, end int) {
		src, tgt = -1, -1
		first := at
		prevJoined := true
		for _, e := range pt.Elements[vat+1:] {
			var next int
			if next, ok = pd.element(s, e, at, hi, e.Joined || prevJoined && at == first && e.Joined); !ok {
				return false, -1, -1, j
			}
			switch e.Kind {
			case petrarch.ElemSource:
				src = s.npAt(at, hi)
			case petrarch.ElemTarget:
				tgt = s.npAt(at, hi)
			}
			at = next
			prevJoined = false
		}
		return true, src, tgt, at - 1
	}
	if ok, src, tgt, end = after(j+1, hi); !ok && plo <= phi && vat+1 < len(pt.Elements) && !pt.Elements[vat+1].Joined {
		ok, src, tgt, _ = after(plo, phi)
		end = j
	}
	if !ok {
		return false, 0, -1, -1, j
	}
	// before it, backwards
	at := j - 1
	pre := pt.Elements[:vat]
	for k := len(pre) - 1; k >= 0; k-- {
		e := pre[k]
		joined := k+1 < len(pre) && pre[k+1].Joined || k == len(pre)-1 && vat < len(pt.Elements) && pt.Elements[vat].Joined
		// (a phrase of several words joined to what follows must end
		// right before it: "WO N'T" of "&NEGATVAUXVRB_EVER")
		found := -1
		for x := at; x >= 0; x-- {
			if x >= plo && x <= phi && e.Kind != petrarch.ElemSource && e.Kind != petrarch.ElemTarget {
				continue
			}
			if next, ok := pd.element(s, e, x, x+8, true); ok && next-1 <= at && (!joined || next-1 == at) {
				found = x
				break
			}
			if joined && x < at-3 {
				break
			}
		}
		if found < 0 {
			return false, 0, -1, -1, j
		}
		switch e.Kind {
		case petrarch.ElemSource:
			src = s.npAt(found, hi)
		case petrarch.ElemTarget:
			tgt = s.npAt(found, hi)
		}
		at = found - 1
	}
	// (the words after the verb that the pattern matched are its own)
	return true, len(pt.Elements), src, tgt, max(end, j)
}

// element matches one pattern element at or after word at (only at it
// when joined), within hi; it returns the word after the match.
func (pd *PetrDicts) element(s *petrSentence, e petrarch.Element, at, hi int, joined bool) (int, bool) {
	for x := at; x <= hi && x < len(s.upper); x++ {
		switch e.Kind {
		case petrarch.ElemWord, petrarch.ElemPrep:
			if (s.upper[x] == e.Word || s.lemma[x] == e.Word) && !s.infinitiveTo(e, x) {
				return x + 1, true
			}
		case petrarch.ElemSynset:
			for _, ph := range pd.expand(e.Word) {
				if x+len(ph) <= len(s.upper) && wordsAt(s.upper, x, ph) {
					return x + len(ph), true
				}
			}
		case petrarch.ElemSkip:
			// "^" skips the noun phrase at x: up to its last noun
			y := x
			for y < hi && !nominal(s.p.syn[y].UPOS) {
				y++
			}
			for y+1 <= hi && y+1 < len(s.upper) && (s.p.syn[y+1].UPOS == "NOUN" || s.p.syn[y+1].UPOS == "PROPN") {
				y++
			}
			return y + 1, true
		case petrarch.ElemSource, petrarch.ElemTarget, petrarch.ElemCompound:
			if h := s.npAt(x, hi); h >= 0 {
				end := h
				for end+1 < len(s.upper) && s.inNP[end+1] == s.inNP[h] && s.inNP[h] >= 0 {
					end++
				}
				return end + 1, true
			}
			return 0, false
		case petrarch.ElemVerb:
			return x + 1, true
		}
		if joined {
			break
		}
	}
	return 0, false
}

// npAt finds the first word at or after at (within hi) that belongs to a
// coded phrase, or -1.
func (s *petrSentence) npAt(at, hi int) int {
	for x := at; x <= hi && x < len(s.upper); x++ {
		if h := s.inNP[x]; h >= 0 && s.nps[h] != nil && len(s.nps[h].codes) > 0 {
			return h
		}
	}
	return -1
}

func (pd *PetrDicts) expand(name string) [][]string {
	if pd.synsets == nil {
		pd.Prepare()
	}
	return pd.synsets[name]
}

func wordsAt(ws []string, at int, ph []string) bool {
	for k, w := range ph {
		if ws[at+k] != w {
			return false
		}
	}
	return true
}

// discarded reports whether a discard phrase stands in ws, as
// petrarch.Discards.Match finds it, through the index Prepare builds.
func (pd *PetrDicts) discarded(ws []string) bool {
	if pd.Discards == nil {
		return false
	}
	if pd.discards == nil {
		pd.Prepare()
	}
	for i, w := range ws {
		for n := 1; n <= min(3, len(w)); n++ {
			for _, e := range pd.discards[w[:n]] {
				if len(e.Words[0]) < 3 && n != len(e.Words[0]) || len(e.Words[0]) >= 3 && n != 3 {
					continue
				}
				if discardAt(e, ws, i) {
					return true
				}
			}
		}
	}
	return false
}

// discardAt matches a discard phrase at word i: whole words, the last a
// stem unless the phrase ended in "_".
func discardAt(e *petrarch.Discard, ws []string, i int) bool {
	n := len(e.Words)
	if i+n > len(ws) {
		return false
	}
	for j, w := range e.Words {
		got := ws[i+j]
		if got != w && !(j == n-1 && !e.Whole && strings.HasPrefix(got, w)) {
			return false
		}
	}
	return true
}

// Prepare expands the verb dictionary's synonym sets once, so that the
// dictionaries can be read by several goroutines.
func (pd *PetrDicts) Prepare() {
	if pd.Derived == nil {
		if t, err := DefaultTable(); err == nil {
			pd.Derived, _ = DefaultDerived(t) // (built-in data, checked by its tests)
		}
	}
	pd.discards = map[string][]*petrarch.Discard{}
	if pd.Discards != nil {
		for k := range pd.Discards.Entries {
			e := &pd.Discards.Entries[k]
			w := e.Words[0]
			pd.discards[w[:min(3, len(w))]] = append(pd.discards[w[:min(3, len(w))]], e)
		}
	}
	pd.required = map[*petrarch.Pattern][]string{}
	pd.synsets = map[string][][]string{}
	for name := range pd.Verbs.Synsets {
		x := pd.Verbs.Expand(name)
		sort.SliceStable(x, func(i, j int) bool { return len(x[i]) > len(x[j]) })
		pd.synsets[name] = x
	}
	// a pattern written again later in its block gives way to the later
	// one, as PETRARCH's pattern tree keeps the last
	pd.superseded = map[*petrarch.Pattern]bool{}
	for _, b := range pd.Verbs.Blocks {
		last := map[string]*petrarch.Pattern{}
		for _, pt := range b.Patterns {
			k := strings.Join(strings.Fields(pt.Text), " ")
			if old := last[k]; old != nil {
				pd.superseded[old] = true
			}
			last[k] = pt
		}
	}
	pd.negating = map[*petrarch.Pattern]bool{}
	for _, b := range pd.Verbs.Blocks {
		for _, pt := range b.Patterns {
			for _, e := range pt.Elements {
				if e.Kind == petrarch.ElemWord || e.Kind == petrarch.ElemPrep {
					pd.required[pt] = append(pd.required[pt], e.Word)
				}
				if e.Kind == petrarch.ElemWord && negWord(e.Word) {
					pd.negating[pt] = true
				}
				if e.Kind == petrarch.ElemSynset {
					for _, ph := range pd.synsets[e.Word] {
						pd.negating[pt] = pd.negating[pt] || slices.ContainsFunc(ph, negWord)
					}
				}
			}
		}
	}
}

// passiveSubject is the word range of the subject of the verb at word j
// when the verb is passive, under PETRARCH's convention; lo > hi when
// there is none.
func (s *petrSentence) passiveSubject(j int) (lo, hi int) {
	lo, hi = 0, -1
	if s.conv != Petrarch {
		return lo, hi
	}
	s.p.kids(j, func(k int) bool {
		if s.p.syn[k].Rel == "nsubj:pass" {
			lo, hi = s.clause(k)
			return false
		}
		return true
	})
	return lo, hi
}

// infinitiveTo reports whether, under PETRARCH's convention, the word at
// x is an infinitive's "to" and e the preposition of a (...) phrase: the
// phrase is a prepositional one in PETRARCH's tree, which an infinitive
// is not ("vowed to end the blockade" is no "(TO BLOCKADE)").
func (s *petrSentence) infinitiveTo(e petrarch.Element, x int) bool {
	return s.conv == Petrarch && e.Kind == petrarch.ElemPrep && s.p.syn[x].UPOS == "PART" && s.p.syn[x].Rel == "mark"
}
