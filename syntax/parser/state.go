package parser

// state is one parser configuration. Positions: 0 stands for "no token",
// 1..n are the words, n+1 is the artificial root at the end of the buffer.
type state struct {
	n     int
	b     int     // front of the buffer (n+1 when only the root is left)
	stack []int32 // word positions, top last

	wh     []uint64 // hash of the lowercased form
	ph, sh []uint64 // hashes of the primary tag (UPOS) and the secondary one (XPOS)
	xh     []uint64 // hash of the lowercased last three bytes and the shape of the form
	head   []int32  // 0 while unattached
	label  []int    // label id of the arc to the word
	l1, l2 []int32  // leftmost and second leftmost dependents
	r1, r2 []int32  // rightmost and second rightmost dependents
	nl, nr []uint8  // number of left and right dependents (capped)
	ls, rs []uint64 // sets of the labels of left and right dependents

	clus       bool     // the model has word clusters (clusters.go)
	c4, c6, cf []uint64 // hashes of the words' cluster prefixes

	feats  [maxFeats]uint64
	nf     int
	scores []float32 // training's scores
	iscore []int32   // parsing's scores (quantized weights)
	memo   memo      // parsing's recent table slots

	// Parse's sums of the fixed templates (see static.go).
	bvec  []int32    // the buffer front's, for the front at bat
	bat   int        // 0 = none yet
	vstk  []int32    // each stack level's, numClasses a level
	vok   int        // levels below vok have theirs
	sfeat [64]uint64 // scratch keys

	lv []int32 // a beam parse's vector of each stack level (beam.go); -1 = none yet
}

const (
	hNone uint64 = 0x6e6f6e65 // "none"
	hRoot uint64 = 0x726f6f74 // "root"
	hUnk  uint64 = 0x756e6b   // "unk": a word not seen in training
)

// fnv hashes s, lowercased (ASCII) and with digits folded to 0 when fold.
func fnv(s string, fold bool) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if fold {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c >= '0' && c <= '9' {
				c = '0'
			}
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h | 1<<63 // never collides with hNone or hRoot
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// init sets st to the initial configuration for a sentence.
// Words not in vocab (when it is not nil) get the unknown-word hash.
func (st *state) init(words, upos, xpos []string, vocab map[uint64]struct{}, clusters map[uint64]uint64) {
	n := len(words)
	st.n = n
	st.clus = false
	st.b = 1
	st.stack = st.stack[:0]
	m := n + 2
	st.wh, st.ph, st.sh, st.xh = grow(st.wh, m), grow(st.ph, m), grow(st.sh, m), grow(st.xh, m)
	st.head, st.label = grow(st.head, m), grow(st.label, m)
	st.l1, st.l2, st.r1, st.r2 = grow(st.l1, m), grow(st.l2, m), grow(st.r1, m), grow(st.r2, m)
	st.nl, st.nr = grow(st.nl, m), grow(st.nr, m)
	st.ls, st.rs = grow(st.ls, m), grow(st.rs, m)
	st.wh[0], st.ph[0], st.sh[0], st.xh[0] = hNone, hNone, hNone, hNone
	st.wh[n+1], st.ph[n+1], st.sh[n+1], st.xh[n+1] = hRoot, hRoot, hRoot, hRoot
	for i, w := range words {
		st.wh[i+1] = fnv(w, true)
	}
	if clusters != nil {
		st.setClusters(clusters)
	}
	for i, w := range words {
		if vocab != nil {
			if _, ok := vocab[st.wh[i+1]]; !ok {
				st.wh[i+1] = hUnk
			}
		}
		st.xh[i+1] = suffixShape(w)
		if i < len(upos) {
			st.ph[i+1] = fnv(upos[i], false)
		}
		if i < len(xpos) {
			st.sh[i+1] = fnv(xpos[i], false)
		}
	}
}

func (st *state) scoreBuf(c int) []float32 {
	if cap(st.scores) < c {
		st.scores = make([]float32, c)
	}
	return st.scores[:c]
}

// intScoreBuf returns the parse's scores for c classes, with room for
// maxClasses (see weights.score).
func (st *state) intScoreBuf(c int) []int32 {
	if st.iscore == nil {
		st.iscore = make([]int32, maxClasses)
	}
	return st.iscore[:c]
}

func (st *state) terminal() bool { return st.b == st.n+1 && len(st.stack) == 0 }

// attach records the arc h -> d with label l.
func (st *state) attach(h, d int32, l int) {
	st.head[d] = h
	st.label[d] = l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		switch {
		case st.l1[h] == 0 || d < st.l1[h]:
			st.l2[h], st.l1[h] = st.l1[h], d
		case st.l2[h] == 0 || d < st.l2[h]:
			st.l2[h] = d
		}
		if st.nl[h] < 255 {
			st.nl[h]++
		}
		st.ls[h] |= bit
	} else {
		switch {
		case d > st.r1[h]:
			st.r2[h], st.r1[h] = st.r1[h], d
		case d > st.r2[h]:
			st.r2[h] = d
		}
		if st.nr[h] < 255 {
			st.nr[h]++
		}
		st.rs[h] |= bit
	}
}

// suffixShape hashes the last three bytes of w, lowercased, with whether w
// starts with a capital, holds a digit and holds a hyphen.
func suffixShape(w string) uint64 {
	suf := w
	if len(suf) > 3 {
		suf = suf[len(suf)-3:]
	}
	var shape uint64
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
		shape |= 1
	}
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			shape |= 2
		case c == '-':
			shape |= 4
		}
	}
	return fnv(suf, true) ^ shape<<56
}
