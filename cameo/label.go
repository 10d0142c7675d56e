package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/tone"
)

// Labelling: a verb that gives its object a name (senses.tsv labelling:
// "call", "label") criticizes or denounces (111) when the parse gives it
// an object, the one named, and a predicative complement that the tone
// lexicon (AFINN) rates negative in sum: "called the plan a disaster",
// "labelled the minister a liar and a coward". The subject is the source,
// the object the target, as the parse reads any verb's roles. A name
// rated zero or above ("called it a first step", "called him a friend")
// makes no event here.

// labelPattern is the pattern a labelling trigger carries.
var labelPattern = &Pattern{Code: "111"}

// labelTrigger returns a criticism trigger at view token i when the parse
// reads the word there as a labelling verb with an object and a negative
// complement.
func (sc *sentCtx) labelTrigger(i int) (trigger, bool) {
	p := sc.parse
	if p == nil || p.synAt(i) < 0 {
		return trigger{}, false
	}
	j := p.synOf[i]
	if p.syn[j].UPOS != "VERB" || !labellingVerbs[strings.ToLower(p.syn[j].Lemma)] {
		return trigger{}, false
	}
	named, name := -1, -1
	objs := 0
	p.kids(j, func(k int) bool {
		switch p.syn[k].Rel {
		case "obj", "iobj":
			objs++
			if named < 0 {
				named = k
			} else if name < 0 {
				name = k // "called him a liar" read as two objects
			}
		case "xcomp", "obl:unmarked", "parataxis":
			// ("labelled the plan a disaster", "called it "nonsense"":
			// the parser may read the name as a bare oblique, a quoted
			// one as a clause of its own, which must then open with the
			// quote right after the object)
			if p.syn[k].Rel == "parataxis" && !p.quotedAfter(k, named) {
				break
			}
			if u := p.syn[k].UPOS; u == "NOUN" || u == "ADJ" || u == "PROPN" {
				name = k
			}
		}
		return true
	})
	if named >= 0 && name < 0 {
		// "called his remarks "utter nonsense"": a quoted name the
		// parser hangs on the object
		p.kids(named, func(k int) bool {
			if p.syn[k].Rel == "appos" && p.quotedAfter(k, named) {
				name = k
			}
			return name < 0
		})
	}
	if named < 0 || name < 0 || name == named {
		return trigger{}, false
	}
	lx, err := tone.Default()
	if err != nil {
		return trigger{}, false
	}
	lo, hi := name, name
	p.subtree(name, func(k int) { lo, hi = min(lo, k), max(hi, k) })
	var words []string
	for k := lo; k <= hi; k++ {
		words = tone.AppendWords(words, p.syn[k].Form)
	}
	if namePolarity(lx, words) >= 0 {
		return trigger{}, false
	}
	pt := *labelPattern
	pt.Words = []string{sc.lower[i]}
	return trigger{p: &pt, at: i, end: i, objectEnd: -1, intent: -1, must: -1, obj: -1, subj: -1, means: -1}, true
}

// quotedAfter reports whether word k's phrase opens with a quote mark
// that stands right after a word of the phrase of word obj (not of k's).
func (p *parse) quotedAfter(k, obj int) bool {
	if obj < 0 {
		return false
	}
	lo := k
	p.subtree(k, func(m int) { lo = min(lo, m) })
	if lo == 0 {
		return false
	}
	if f := p.syn[lo].Form; f != "\"" && f != "“" && f != "'" && f != "‘" {
		return false
	}
	for w := lo - 1; w >= 0; w = p.head(w) {
		if w == k {
			return false
		}
		if w == obj {
			return true
		}
	}
	return false
}

// subtree calls f for word h and every word below it, depth first.
func (p *parse) subtree(h int, f func(k int)) {
	f(h)
	p.kids(h, func(k int) bool {
		p.subtree(k, f)
		return true
	})
}

// pejorativeScore is the rating of a pejorative noun (senses.tsv
// pejorative), one the tone lexicon does not rate.
const pejorativeScore = -2

// namePolarity is the tone lexicon's rating of a name's words in sum,
// each pejorative noun counted at pejorativeScore.
func namePolarity(lx *tone.Lexicon, words []string) int {
	pol := lx.Words(words).Polarity
	for _, w := range words {
		if pejoratives[w] {
			pol += pejorativeScore
		}
	}
	return pol
}
