// Package tagger assigns part-of-speech tags to the words of a sentence:
// a Universal Dependencies tag (UPOS) and a Penn Treebank tag (XPOS),
// predicted jointly as one class. It is a greedy left-to-right averaged
// perceptron (Collins 2002) over hashed features: the word, its lowercase
// form, prefixes and suffixes, shape and flags, the two words on each side,
// the two previous tags, and the ambiguity classes (the tags a word was
// seen with in training) of the word and of the two words after it, which
// give the tagger a view of the right context it has not tagged yet.
// Words the treebank lacks also get the features of their profile in news
// text (data/wikinews.tsv, see wiki.go). Frequent words seen with one tag
// only take it from a tag dictionary. Training words' ambiguity classes
// are counted without their own sentence, so that the words seen once are
// unknown in training as new words are in use. A model may also read
// word clusters and a fifth suffix (Options.Clusters and Suffix5, see
// clusters.go); the shipped model does (docs/tagger-clusters.md).
//
// Figures (UD English EWT, gold tokenization) and the command that
// measures them: go run ./syntax/tagger/cmd/tagger-eval.
package tagger

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/syntax/internal/reuse"
)

// Model is a trained tagger. It is read-only once built: Tag may be
// called from several goroutines at once.
type Model struct {
	upos, xpos []string             // per class
	words      map[string]wordEntry // training words: ambiguity class and dictionary tag
	profiles   map[string]wordProfile
	clusters   map[string]uint64 // folded form -> cluster code (see clusters.go); nil without
	feat       uint64            // the feature sets beyond the base templates (featClusters...)

	// Weights: feature f has key keys[f] and the class weights
	// weights[start[f]:start[f+1]], each a class (low 8 bits) and a weight
	// in units of scale (high 16 bits, signed). Tagging finds a feature
	// through slots, an open-addressing table of fingerprints (the key's
	// high 32 bits, never 0) and weight spans (start<<8 | count); a slot of
	// 0 is empty.
	keys    []uint64
	start   []uint32
	weights []uint32
	scale   float64
	slots   []uint64
	mask    uint64

	// The class scores of neighbourFeatures and wordFeatures (see
	// roles.go): of the frequent word whose entry has role index i, in
	// role r, at roles[(i*rowsPerWord+r)*nc:]; of the sentence's start and
	// end in edge.
	roles []int32
	edge  [numRoles][]int32

	free reuse.List[scratch] // with its memo
}

// wordProfile is a word profile (see wiki.go) and its feature values.
type wordProfile struct {
	p                profile
	cap, left, right uint64
}

func newWordProfile(p profile) wordProfile {
	return wordProfile{p: p, cap: p.capBucket(), left: hashString(p.left), right: hashString(p.right)}
}

type wordEntry struct {
	amb  uint64
	tags []uint8   // the ambiguity class: classes seen with the word
	dict int32     // -1 when not in the tag dictionary
	role int32     // the word's index in Model.roles, -1 for none
	clus [3]uint64 // the form's cluster hashes (see clusterOf), set by build
}

var hashUnknown = hashString("\x00-UNK-")

type scratch struct {
	ws     []word
	feats  []uint64
	scores [256]int32 // by class (a class is a byte)
	memo   memo
	words  wordCache
}

// memo is a direct-mapped cache of the table's answers by feature key:
// slot is what predict's probe found for key (0: nothing), so that the
// features that repeat from one word to the next (most of them) are found
// without going out to the large table. The zero memo is empty, as no
// feature key is 0.
type memo struct {
	e     [memoSize]struct{ key, slot uint64 }
	touch uint64 // keeps the loads of predict's first pass
}

const memoSize = 1 << 12

// Tag fills upos[i] and xpos[i] for every words[i]; upos and xpos must be
// at least as long as words.
func (m *Model) Tag(words []string, upos, xpos []string) {
	if len(words) == 0 {
		return
	}
	sc := m.free.Get()
	m.prepareCached(sc, words)
	p1, p2 := -1, -1
	for i := range sc.ws {
		c := int(sc.ws[i].dict)
		if c < 0 {
			base := m.wordScores(sc, sc.ws, i, words[i])
			sc.feats = contextFeatures(sc.feats[:0], sc.ws, i, p1, p2)
			prev := m.neighbourScores(rolePrev, sc.ws, i-1)
			if prev == nil {
				sc.feats = neighbourFeatures(sc.feats, rolePrev, &sc.ws[i-1], m.clusters != nil)
			}
			next := m.neighbourScores(roleNext, sc.ws, i+1)
			if next == nil {
				sc.feats = neighbourFeatures(sc.feats, roleNext, &sc.ws[i+1], m.clusters != nil)
			}
			c = m.predict(base, prev, next, sc.feats, &sc.scores, &sc.memo)
		}
		upos[i], xpos[i] = m.upos[c], m.xpos[c]
		p2, p1 = p1, c
	}
	m.free.Put(sc)
}

// prepare fills ws with the hashes and dictionary facts of words. The
// word profile features are only read for words with no ambiguity class
// (see extract): with allProfiles false, only those words look theirs up;
// training, which takes ambiguity classes away afterwards, asks for all.
func (m *Model) prepare(ws []word, words []string, allProfiles bool) []word {
	ws = slices.Grow(ws[:0], len(words))[:len(words)]
	for i, s := range words {
		w := &ws[i]
		w.fill(s, i == 0)
		m.prepareWord(w, s, allProfiles)
	}
	return ws
}

// prepareWord sets the dictionary facts and profile of w, filled for s.
func (m *Model) prepareWord(w *word, s string, allProfiles bool) {
	w.amb, w.dict, w.role = hashUnknown, -1, -1
	if e, ok := m.words[s]; ok {
		w.amb, w.dict, w.role, w.clus = e.amb, e.dict, e.role, e.clus
	} else {
		if w.flags&flagUpper != 0 {
			if e, ok := m.lowerEntry(s); ok {
				w.amb = e.amb
			}
		}
		m.clusterOf(w, s)
	}
	m.suffix5(w, s)
	if allProfiles || w.amb == hashUnknown {
		m.profile(w, s)
	} else {
		w.wcap, w.wleft, w.wright = 0, hashUnknown, hashUnknown
	}
}

// lowerEntry returns the entry of s's lowercase form in m.words, the
// entry of lowerKey(s), building the key on the stack when s is short
// and ASCII (where strings.ToLower only maps A-Z).
func (m *Model) lowerEntry(s string) (wordEntry, bool) {
	var buf [64]byte
	if len(s) >= len(buf) {
		e, ok := m.words[lowerKey(s)]
		return e, ok
	}
	b := buf[:len(s)+1]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			e, ok := m.words[lowerKey(s)]
			return e, ok
		}
		b[i+1] = lowerByte(c)
	}
	e, ok := m.words[string(b)]
	return e, ok
}

// profile sets w's word profile features for the word s.
func (m *Model) profile(w *word, s string) {
	w.wcap, w.wleft, w.wright = 0, hashUnknown, hashUnknown
	var buf [48]byte
	if len(s) > len(buf) {
		return
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		b[i] = lowerByte(s[i])
	}
	if p, ok := m.profiles[string(b)]; ok {
		w.wcap, w.wleft, w.wright = p.cap, p.left, p.right
	}
}

// lowerKey is the key of a word's lowercase entry in Model.words.
func lowerKey(s string) string { return "\x00" + strings.ToLower(s) }

// predict returns the best class for base, prev and next (the class
// scores of wordScores and neighbourScores, prev and next nil when there
// are none) plus the weights of feats.
func (m *Model) predict(base, prev, next []int32, feats []uint64, scores *[256]int32, memo *memo) int {
	nc := len(m.upos)
	sc := scores[:nc]
	copy(sc, base)
	if prev != nil {
		prev = prev[:nc]
		for c := range sc {
			sc[c] += prev[c]
		}
	}
	if next != nil {
		next = next[:nc]
		for c := range sc {
			sc[c] += next[c]
		}
	}
	m.sum(feats, scores, memo)
	best := 0
	for c, s := range scores[:nc] {
		if s > scores[best] {
			best = c
		}
	}
	return best
}

// sum adds the weights of feats to scores. A feature's weights are
// those of the first slot of its probe sequence with its fingerprint, up
// to an empty slot; the memo remembers that answer for recent features.
// The features the memo lacks are looked up in two passes: the first only
// loads their first slots, one independent load after another, so that
// their cache misses overlap.
func (m *Model) sum(feats []uint64, scores *[256]int32, memo *memo) {
	var found [maxFeatures]uint64
	var miss [maxFeatures]uint8
	nm := 0
	feats = feats[:min(len(feats), maxFeatures)]
	// The first weight of each feature the memo holds is loaded as the
	// memo is read (weights[0] for the others), so that the cache misses
	// of the weights overlap with each other and with the table's.
	var pre uint32
	for k, f := range feats {
		e := &memo.e[f&(memoSize-1)]
		sl := e.slot
		found[k] = sl
		miss[nm] = uint8(k)
		if e.key != f {
			nm++
		}
		pre += m.weights[uint32(sl)>>8]
	}
	var touch uint64
	for _, k := range miss[:nm] {
		touch += m.slots[feats[k]&m.mask]
	}
	memo.touch = touch
	for _, k := range miss[:nm] {
		f := feats[k]
		j, fp := f&m.mask, fingerprint(f)
		var hit uint64
		for {
			sl := m.slots[j]
			if sl == 0 {
				break
			}
			if uint32(sl>>32) == fp {
				hit = sl
				break
			}
			j = (j + 1) & m.mask
		}
		memo.e[f&(memoSize-1)] = struct{ key, slot uint64 }{f, hit}
		found[k] = hit
		pre += m.weights[uint32(hit)>>8]
	}
	memo.touch += uint64(pre)
	for _, sl := range found[:len(feats)] {
		if sl == 0 {
			continue
		}
		lo := uint32(sl) >> 8
		for _, x := range m.weights[lo : lo+uint32(sl)&0xff] {
			scores[x&0xff] += int32(int16(x >> 16))
		}
	}
}

func fingerprint(k uint64) uint32 {
	if fp := uint32(k >> 32); fp != 0 {
		return fp
	}
	return 1
}

// maxWeights is the number of class weights a model may hold (24 bits of
// a slot).
const maxWeights = 1 << 24

// Classes returns the number of joint UPOS+XPOS classes of the model.
func (m *Model) Classes() int { return len(m.upos) }

// Features returns the number of features with a weight in the model.
func (m *Model) Features() int { return len(m.keys) }

// build sets the model's weights and makes the lookup table: feature f
// has key keys[f] and weights[start[f]:start[f+1]] (packed as in Model).
func (m *Model) build(keys []uint64, start []uint32, weights []uint32, scale float64) {
	size := 1
	for size < 2*len(keys)+1 {
		size *= 2
	}
	// One zero weight after the last feature's: predict may load
	// weights[start] for a feature whose weights end the table.
	weights = append(weights[:len(weights):len(weights)], 0)
	m.keys, m.start, m.weights, m.scale = keys, start, weights, scale
	m.slots = make([]uint64, size)
	m.mask = uint64(size - 1)
	for f, k := range keys {
		j := k & m.mask
		for m.slots[j] != 0 {
			j = (j + 1) & m.mask
		}
		m.slots[j] = uint64(fingerprint(k))<<32 | uint64(start[f])<<8 | uint64(start[f+1]-start[f])
	}
	m.wordClusters()
	m.buildRoles()
}

// wordClusters sets the cluster hashes of the training words' entries,
// so that tagging a known word does not look its cluster up.
func (m *Model) wordClusters() {
	for s, e := range m.words {
		var w word
		m.clusterOf(&w, s)
		e.clus = w.clus
		m.words[s] = e
	}
}
