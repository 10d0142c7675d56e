package tagger

import "slices"

// Tag scores a word in parts: the templates that read only the word
// itself (its form, lowercase, shape, flags, ambiguity class, prefixes,
// suffixes and news profile, and the bias), those that read only the word
// before it, those that read only the word after it, and the rest (two
// words, or the previous tags). The first three parts' class scores
// depend only on one word and on whether it starts the sentence, so they
// are kept for recent words (wordCache) and a word seen again adds only
// the rest's weights. Integer sums do not depend on their order: the
// tags are those of extract's features summed at once
// (TestSplitFeatures checks the split).

// wordFeatures appends the keys of the templates of extract that read
// only ws[i] (with the bias), in extract's order.
func wordFeatures(out []uint64, w *word) []uint64 {
	out = append(out,
		fix(mix(fBias, 0)),
		fix(mix(fForm, w.form)),
		fix(mix(fLower, w.lower)),
		fix(mix(fShape, w.shape)),
		fix(mix(fFlags, w.flags)),
		fix(mix(fAmb, w.amb)),
	)
	if w.amb == hashUnknown {
		out = append(out,
			fix(mix(fWikiCap, w.wcap)),
			fix(mix(mix(fWikiCapFlags, w.wcap), w.flags&(flagInitCap|flagAllUpper|flagFirst))),
			fix(mix(fWikiLeft, w.wleft)),
			fix(mix(fWikiRight, w.wright)),
			fix(mix(mix(fWikiLR, w.wleft), w.wright)),
		)
	}
	if w.flags&flagFirst != 0 {
		out = append(out, fix(mix(fFirstLower, w.lower)))
	}
	for k := 0; k < 4; k++ {
		if w.pre[k] != 0 {
			out = append(out, fix(mix(fPre1+uint64(k), w.pre[k])))
		}
		if w.suf[k] != 0 {
			out = append(out, fix(mix(fSuf1+uint64(k), w.suf[k])))
		}
	}
	return clusterWordFeatures(out, w)
}

// contextFeatures appends the keys of the templates of extract that read
// more than one word, or a word with the previous tags, in its order; the
// templates that read only the word before ws[i] or only the word after
// it are neighbourFeatures'.
func contextFeatures(out []uint64, ws []word, i, p1, p2 int) []uint64 {
	w := &ws[i]
	m1, m2 := hashStart, hashStart
	fm1 := uint64(hashStart)
	if i > 0 {
		m1, fm1 = ws[i-1].lower, ws[i-1].flags
		if i > 1 {
			m2 = ws[i-2].lower
		}
	}
	n1, n2 := hashEnd, hashEnd
	sn1, an1, an2, fn1 := hashEnd, hashEnd, hashEnd, hashEnd
	if i+1 < len(ws) {
		n1, sn1, an1, fn1 = ws[i+1].lower, ws[i+1].suf[2], ws[i+1].amb, ws[i+1].flags
		if i+2 < len(ws) {
			n2, an2 = ws[i+2].lower, ws[i+2].amb
		}
	}
	t1, t2 := uint64(p1+2), uint64(p2+2)
	k := len(out)
	out = append(out,
		mix(fPrev, t1),
		mix(fPrev2, t2),
		mix(mix(fPrevPrev2, t1), t2),
		mix(mix(fPrevLower, t1), w.lower),
		mix(fLowerM2, m2),
		mix(fLowerP2, n2),
		mix(fAmbP2, an2),
		mix(mix(fAmbP1P2, an1), an2),
		mix(mix(fLowerLowerP1, w.lower), n1),
		mix(mix(fLowerM1Lower, m1), w.lower),
		mix(mix(fPrevAmbP1, t1), an1),
		mix(mix(fPrevAmb, t1), w.amb),
		mix(mix(fPrevSuf3, t1), w.suf[2]),
		mix(mix(fSuf3AmbP1, w.suf[2]), an1),
		mix(mix(fShapeAmbP1, w.shape), an1),
		mix(mix(fFlagsFlagsP1, w.flags), fn1),
		mix(mix(fFlagsM1Flags, fm1), w.flags),
		mix(mix(fPrevLowerP1, t1), n1),
		mix(mix(fLowerM1LowerP1, m1), n1),
		mix(mix(fLowerAmbP1, w.lower), an1),
		mix(mix(mix(fLowerAmbP1P2, w.lower), an1), an2),
		mix(mix(fLowerSufP1, w.lower), sn1),
	)
	for j := k; j < len(out); j++ {
		out[j] = fix(out[j])
	}
	if w.clus[0] != 0 {
		out = clusterContextFeatures(out, ws, i, t1)
	}
	return out
}

// The two neighbour roles: the word before the tagged one, the word
// after it.
const (
	rolePrev = iota
	roleNext
	numRoles
)

// neighbourFeatures appends the keys of the templates of extract that
// read only the word before the tagged one (role rolePrev) or only the
// word after it (roleNext): its lowercase form, 3-byte suffix, shape,
// ambiguity class and flags. w is that word, nil past the sentence's
// start or end (whose place the start and end hashes take). With clus,
// the model's cluster templates of that word follow.
func neighbourFeatures(out []uint64, role int, w *word, clus bool) []uint64 {
	edge := hashStart
	t := [5]uint64{fLowerM1, fSufM1, fShapeM1, fAmbM1, fFlagsM1}
	if role == roleNext {
		edge = hashEnd
		t = [5]uint64{fLowerP1, fSufP1, fShapeP1, fAmbP1, fFlagsP1}
	}
	v := [5]uint64{edge, edge, edge, edge, edge}
	if w != nil {
		v = [5]uint64{w.lower, w.suf[2], w.shape, w.amb, w.flags}
	}
	for j := range t {
		out = append(out, fix(mix(t[j], v[j])))
	}
	if clus {
		out = clusterNeighbourFeatures(out, role, w)
	}
	return out
}

// fix keeps a feature key off 0, as extract does.
func fix(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// wordCache is a direct-mapped cache of recent words by form: what
// prepare finds for the word (as a word that does not start its
// sentence) and, once a word not starting its sentence has been tagged,
// the class scores of its wordFeatures.
type wordCache struct {
	nc     int
	form   [wordCacheSize]string
	ok     [wordCacheSize]bool // form and word are set
	hasVec [wordCacheSize]bool
	word   [wordCacheSize]word
	vec    []int32 // wordCacheSize rows of nc
	first  []int32 // the scores of a sentence's first word
	feats  []uint64
}

const wordCacheSize = 1 << 8

// prepareCached is prepare (with allProfiles false) through sc's cache.
func (m *Model) prepareCached(sc *scratch, words []string) {
	c := &sc.words
	if nc := len(m.upos); c.nc != nc {
		*c = wordCache{nc: nc, vec: make([]int32, wordCacheSize*nc), first: make([]int32, nc)}
	}
	sc.ws = slices.Grow(sc.ws[:0], len(words))[:len(words)]
	for i, s := range words {
		k := hashString(s) & (wordCacheSize - 1)
		if !c.ok[k] || c.form[k] != s {
			c.word[k].fill(s, false)
			m.prepareWord(&c.word[k], s, false)
			c.form[k], c.ok[k], c.hasVec[k] = s, true, false
		}
		sc.ws[i] = c.word[k]
		if i == 0 {
			sc.ws[i].flags |= flagFirst // as fill(s, true) sets them
		}
	}
}

// wordScores returns the class scores of wordFeatures for ws[i], the word
// s, from the model's rows of frequent words (see roles.go) or the cache,
// or else computed (and kept in the cache unless the word starts the
// sentence).
func (m *Model) wordScores(sc *scratch, ws []word, i int, s string) []int32 {
	c := &sc.words
	nc := c.nc
	w := &ws[i]
	k := w.form & (wordCacheSize - 1) // w.form is hashString(s)
	if i > 0 && w.role >= 0 {
		return m.row(w, roleSelf)
	}
	v := c.first
	if i > 0 && c.ok[k] && c.form[k] == s {
		v = c.vec[int(k)*nc : int(k+1)*nc]
		if c.hasVec[k] {
			return v
		}
		c.hasVec[k] = true
	}
	c.feats = wordFeatures(c.feats[:0], w)
	clear(sc.scores[:nc])
	m.sum(c.feats, &sc.scores, &sc.memo)
	copy(v, sc.scores[:nc])
	return v
}
