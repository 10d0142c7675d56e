// Package tagger assigns part-of-speech tags to the words of a sentence:
// a Universal Dependencies tag (UPOS) and a Penn Treebank tag (XPOS),
// predicted jointly as one class. It is a greedy left-to-right averaged
// perceptron (Collins 2002) over hashed features: the word, its lowercase
// form, prefixes and suffixes, shape and flags, the two words on each side,
// the two previous tags, and the ambiguity classes (the tags a word was
// seen with in training) of the word and of the two words after it, which
// give the tagger a view of the right context it has not tagged yet.
// Frequent words seen with one tag only take it from a tag dictionary.
package tagger

import (
	"slices"
	"strings"
	"sync"
)

// Model is a trained tagger. It is read-only once built: Tag may be
// called from several goroutines at once.
type Model struct {
	upos, xpos []string             // per class
	words      map[string]wordEntry // training words: ambiguity class and dictionary tag

	// Weights: an open-addressing table from feature hash to feature
	// number, then feature f's weights are cls/wt[start[f]:start[f+1]].
	keys  []uint64
	slot  []int32
	mask  uint64
	start []uint32
	cls   []uint8
	wt    []float32

	pool sync.Pool
}

type wordEntry struct {
	amb  uint64
	tags []uint8 // the ambiguity class: classes seen with the word
	dict int32   // -1 when not in the tag dictionary
}

var hashUnknown = hashString("\x00-UNK-")

type scratch struct {
	ws     []word
	feats  []uint64
	scores []float32
}

// Tag fills upos[i] and xpos[i] for every words[i]; upos and xpos must be
// at least as long as words.
func (m *Model) Tag(words []string, upos, xpos []string) {
	if len(words) == 0 {
		return
	}
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, len(m.upos))}
	}
	sc.ws = m.prepare(sc.ws, words)
	p1, p2 := -1, -1
	for i := range sc.ws {
		c := int(sc.ws[i].dict)
		if c < 0 {
			sc.feats = extract(sc.feats[:0], sc.ws, i, p1, p2)
			c = m.predict(sc.feats, sc.scores)
		}
		upos[i], xpos[i] = m.upos[c], m.xpos[c]
		p2, p1 = p1, c
	}
	m.pool.Put(sc)
}

// prepare fills ws with the hashes and dictionary facts of words.
func (m *Model) prepare(ws []word, words []string) []word {
	ws = slices.Grow(ws[:0], len(words))[:len(words)]
	for i, s := range words {
		w := &ws[i]
		w.fill(s, i == 0)
		w.amb, w.dict = hashUnknown, -1
		if e, ok := m.words[s]; ok {
			w.amb, w.dict = e.amb, e.dict
		} else if w.flags&flagUpper != 0 {
			if e, ok := m.words[lowerKey(s)]; ok {
				w.amb = e.amb
			}
		}
	}
	return ws
}

// lowerKey is the key of a word's lowercase entry in Model.words.
func lowerKey(s string) string { return "\x00" + strings.ToLower(s) }

// predict returns the best class for feats.
func (m *Model) predict(feats []uint64, scores []float32) int {
	clear(scores)
	for _, f := range feats {
		j := f & m.mask
		for {
			k := m.keys[j]
			if k == f {
				s := m.slot[j]
				lo, hi := m.start[s], m.start[s+1]
				cls, wt := m.cls[lo:hi], m.wt[lo:hi]
				for e, c := range cls {
					scores[c] += wt[e]
				}
				break
			}
			if k == 0 {
				break
			}
			j = (j + 1) & m.mask
		}
	}
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}

// Classes returns the number of joint UPOS+XPOS classes of the model.
func (m *Model) Classes() int { return len(m.upos) }

// Features returns the number of features with a weight in the model.
func (m *Model) Features() int { return len(m.start) - 1 }

// build makes the lookup table from features' weights.
func (m *Model) build(keys []uint64, start []uint32, cls []uint8, wt []float32) {
	size := 1
	for size < 2*len(keys)+1 {
		size *= 2
	}
	m.keys = make([]uint64, size)
	m.slot = make([]int32, size)
	m.mask = uint64(size - 1)
	for f, k := range keys {
		j := k & m.mask
		for m.keys[j] != 0 {
			j = (j + 1) & m.mask
		}
		m.keys[j], m.slot[j] = k, int32(f)
	}
	m.start, m.cls, m.wt = start, cls, wt
}
