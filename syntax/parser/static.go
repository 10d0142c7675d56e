package parser

import "slices"

// Parse scores a configuration in three parts. The templates that read
// only fixed properties (form, tags, suffix) of the buffer's first three
// words depend only on the buffer's front b0 (b1 and b2 follow from it);
// those that read the stack's top three words, s0's left dependents and
// s1's dependents do not change while s0 stays on the stack (see
// stackFeatures). Their weights are summed once into a vector of class
// scores for the buffer's front (state.bvec, kept until the next SHIFT)
// and once for each stack level when it is pushed (state.vstk), so that a
// configuration starts from the two vectors' sum and looks up only the
// other templates (dynamicFeatures): 52 of 116, or 65 of the 147 of a
// model with word clusters (clusterFeatures' templates are split the same
// way). The templates of absent dependents, the same keys for every
// configuration or level without them, are summed once per model
// (noneKeys for the configuration's, stackNoneKeys for a level's: s0
// without left dependents, s1 without right ones, no s2 or no s1, which
// most levels are).
// Integer sums do not depend on their order, so the scores are those of
// every template looked up at every configuration (TestStaticFeatures
// checks the split).

// bufferFeatures appends the keys of the templates that read only fixed
// properties of b0, b1 and b2 (those of features, in its order).
func (st *state) bufferFeatures(f []uint64) []uint64 {
	lim := int32(st.n + 1)
	b0 := int32(st.b)
	var b1, b2 int32
	if b0+1 <= lim {
		b1 = b0 + 1
	}
	if b0+2 <= lim {
		b2 = b0 + 2
	}
	w, p, x := st.wh, st.ph, st.xh
	b0w, b0p, b1w, b1p, b2w, b2p := w[b0], p[b0], w[b1], p[b1], w[b2], p[b2]
	b0wp, b1wp := mix(b0w, b0p), mix(b1w, b1p)
	f = append(f,
		fixKey(f1(9, b0w)),
		fixKey(f1(10, b0p)),
		fixKey(f1(11, b0wp)),
		fixKey(f1(12, b1w)),
		fixKey(f1(13, b1p)),
		fixKey(f1(14, b1wp)),
		fixKey(f1(15, b2w)),
		fixKey(f1(16, b2p)),
		fixKey(f1(17, mix(b2w, b2p))),
		fixKey(f2(27, b0p, b1p)),
		fixKey(f2(37, b0w, b1w)),
		fixKey(f2(38, b0wp, b1p)),
		fixKey(f3(40, b0p, b1p, b2p)),
		fixKey(f1(131, x[b0])),
		fixKey(f1(132, x[b1])),
	)
	if st.clus {
		c4, c6, cf := st.c4, st.c6, st.cf
		f = append(f,
			fixKey(f1(153, c4[b0])),
			fixKey(f1(154, c6[b0])),
			fixKey(f1(155, cf[b0])),
			fixKey(f1(156, c4[b1])),
			fixKey(f1(157, cf[b1])),
			fixKey(f1(160, c4[b2])),
			fixKey(f2(162, cf[b0], p[b0])),
			fixKey(f2(181, c4[b0], c4[b1])),
		)
	}
	return f
}

// stackFeatures appends the keys of the templates that read only fixed
// properties of s0, s1 and s2, s0's left dependents and s1's dependents
// (those of features, in its order). None of these changes while s0 stays
// on the stack: a word gets left dependents only while it is the buffer's
// front, and s1 gets a right dependent only by a RIGHT that pops s0.
// It leaves out the keys of stackNoneKeys(g) for each group g in none
// (see stackNone), which are then those of every such level.
func (st *state) stackFeatures(f []uint64, none uint8) []uint64 {
	var s0, s1, s2 int32
	k := len(st.stack)
	if k > 0 {
		s0 = st.stack[k-1]
	}
	if k > 1 {
		s1 = st.stack[k-2]
	}
	if k > 2 {
		s2 = st.stack[k-3]
	}
	w, p, u, x := st.wh, st.ph, st.sh, st.xh
	lab := func(x int32) uint64 {
		if x == 0 {
			return 0
		}
		return uint64(st.label[x]) + 1
	}
	s0w, s0p, s1w, s1p, s2w, s2p := w[s0], p[s0], w[s1], p[s1], w[s2], p[s2]
	s0wp, s1wp := mix(s0w, s0p), mix(s1w, s1p)
	d1 := dist(s1, s0)
	s0l, s0l2 := st.l1[s0], st.l2[s0]
	s1l, s1r, s1r2 := st.l1[s1], st.r1[s1], st.r2[s1]
	s0vl := uint64(st.nl[s0])
	s1vl, s1vr := uint64(st.nl[s1]), uint64(st.nr[s1])
	f = append(f,
		fixKey(f1(1, s0w)),
		fixKey(f1(2, s0p)),
		fixKey(f1(3, s0wp)),
		fixKey(f2(19, u[s1], u[s0])),
		fixKey(f2(28, s1wp, s0wp)),
		fixKey(f2(29, s1wp, s0w)),
		fixKey(f2(30, s1w, s0wp)),
		fixKey(f2(31, s1wp, s0p)),
		fixKey(f2(32, s1p, s0wp)),
		fixKey(f2(33, s1w, s0w)),
		fixKey(f2(34, s1p, s0p)),
		fixKey(f3(43, s2p, s1p, s0p)),
		fixKey(f3(47, s1p, p[s1r], s0p)),
		fixKey(f3(48, s1p, s0p, p[s0l])),
		fixKey(f3(49, s1p, p[s1l], s0p)),
		fixKey(f3(66, s1p, s0p, d1)),
		fixKey(f3(67, s1w, s0w, d1)),
		fixKey(f2(68, s1w, d1)),
		fixKey(f2(69, s0w, d1)),
		fixKey(f2(72, s0w, s0vl)),
		fixKey(f2(73, s0p, s0vl)),
		fixKey(f2(93, s0p, lab(s0l))),
		fixKey(f3(108, s0p, p[s0l], p[s0l2])),
		fixKey(f2(122, s0w, st.ls[s0])),
		fixKey(f2(123, s0p, st.ls[s0])),
		fixKey(f1(130, x[s0])),
		fixKey(f2(136, x[s1], s0p)),
		fixKey(f2(137, s1p, x[s0])),
	)
	if none&stackNoLeft == 0 {
		f = append(f,
			fixKey(f1(80, w[s0l])),
			fixKey(f1(81, p[s0l])),
			fixKey(f1(82, lab(s0l))),
			fixKey(f1(100, w[s0l2])),
			fixKey(f1(101, p[s0l2])),
			fixKey(f1(102, lab(s0l2))),
		)
	}
	if none&stackNoRight == 0 {
		f = append(f,
			fixKey(f1(89, w[s1r])),
			fixKey(f1(90, p[s1r])),
			fixKey(f1(91, lab(s1r))),
		)
	}
	if none&stackNoS2 == 0 {
		f = append(f,
			fixKey(f1(7, s2p)),
			fixKey(f1(8, mix(s2w, s2p))),
		)
	}
	if none&stackNoS1 == 0 {
		f = append(f,
			fixKey(f1(4, s1w)),
			fixKey(f1(5, s1p)),
			fixKey(f1(6, s1wp)),
			fixKey(f2(76, s1p, s1vr)),
			fixKey(f2(77, s1p, s1vl)),
			fixKey(f1(92, lab(s1l))),
			fixKey(f3(111, s1p, p[s1r], p[s1r2])),
			fixKey(f2(126, s1p, st.rs[s1])),
			fixKey(f2(127, s1p, st.ls[s1])),
			fixKey(f1(133, x[s1])),
		)
	}
	if st.clus {
		c4, c6, cf := st.c4, st.c6, st.cf
		f = append(f,
			fixKey(f1(150, c4[s0])),
			fixKey(f1(151, c6[s0])),
			fixKey(f1(152, cf[s0])),
			fixKey(f1(158, c4[s1])),
			fixKey(f1(159, cf[s1])),
			fixKey(f2(161, cf[s0], s0p)),
			fixKey(f2(177, c4[s1], c4[s0])),
			fixKey(f2(178, c6[s1], c6[s0])),
			fixKey(f2(179, cf[s1], s0p)),
			fixKey(f2(180, s1p, cf[s0])),
		)
	}
	return f
}

// dynamicFeatures fills st.feats with the keys of the templates that
// neither bufferFeatures nor stackFeatures gives: those that read two of
// the stack and the buffer, or arcs built so far (those of features, in
// its order). With noRight (s0 has no right dependent) or noLeft (b0 has
// no left dependent), it leaves out the keys of noneKeys(true) or
// noneKeys(false), which are then those of every such configuration.
func (st *state) dynamicFeatures(noRight, noLeft bool) {
	var s0, s1 int32
	k := len(st.stack)
	if k > 0 {
		s0 = st.stack[k-1]
	}
	if k > 1 {
		s1 = st.stack[k-2]
	}
	lim := int32(st.n + 1)
	b0 := int32(st.b)
	var b1 int32
	if b0+1 <= lim {
		b1 = b0 + 1
	}
	w, p, u := st.wh, st.ph, st.sh
	lab := func(x int32) uint64 {
		if x == 0 {
			return 0
		}
		return uint64(st.label[x]) + 1
	}
	s0w, s0p, s1w, s1p := w[s0], p[s0], w[s1], p[s1]
	b0w, b0p, b1p := w[b0], p[b0], p[b1]
	s0wp, b0wp := mix(s0w, s0p), mix(b0w, b0p)
	s0l, s0r, s0r2 := st.l1[s0], st.r1[s0], st.r2[s0]
	b0l, b0l2 := st.l1[b0], st.l2[b0]
	d := dist(s0, b0)
	s0vr, b0vl := uint64(st.nr[s0]), uint64(st.nl[b0])

	f := &st.feats
	i := 0
	add := func(h uint64) { f[i] = fixKey(h); i++ }
	add(f2(18, u[s0], u[b0]))
	add(f2(20, s0wp, b0wp))
	add(f2(21, s0wp, b0w))
	add(f2(22, s0w, b0wp))
	add(f2(23, s0wp, b0p))
	add(f2(24, s0p, b0wp))
	add(f2(25, s0w, b0w))
	add(f2(26, s0p, b0p))
	add(f2(35, s1p, b0p))
	add(f2(36, s1w, b0w))
	add(f3(41, s0p, b0p, b1p))
	add(f3(42, s1p, s0p, b0p))
	add(f3(44, s0p, p[s0l], b0p))
	add(f3(45, s0p, p[s0r], b0p))
	add(f3(46, s0p, b0p, p[b0l]))
	add(f3(50, s1p, s0p, p[s0r]))
	add(f3(51, s1w, s0p, b0p))
	add(f3(52, s1p, s0w, b0p))
	add(f3(53, s1p, s0p, b0w))
	add(f2(60, s0w, d))
	add(f2(61, s0p, d))
	add(f2(62, b0w, d))
	add(f2(63, b0p, d))
	add(f3(64, s0w, b0w, d))
	add(f3(65, s0p, b0p, d))
	add(f2(70, s0w, s0vr))
	add(f2(71, s0p, s0vr))
	add(f2(74, b0w, b0vl))
	add(f2(75, b0p, b0vl))
	if !noRight {
		add(f1(83, w[s0r]))
		add(f1(84, p[s0r]))
		add(f1(85, lab(s0r)))
	}
	if !noLeft {
		add(f1(86, w[b0l]))
		add(f1(87, p[b0l]))
		add(f1(88, lab(b0l)))
	}
	add(f2(94, s0p, lab(s0r)))
	add(f2(95, b0p, lab(b0l)))
	if !noRight {
		add(f1(103, w[s0r2]))
		add(f1(104, p[s0r2]))
		add(f1(105, lab(s0r2)))
	}
	if !noLeft {
		add(f1(106, p[b0l2]))
		add(f1(107, lab(b0l2)))
	}
	add(f3(109, s0p, p[s0r], p[s0r2]))
	add(f3(110, b0p, p[b0l], p[b0l2]))
	add(f2(120, s0w, st.rs[s0]))
	add(f2(121, s0p, st.rs[s0]))
	add(f2(124, b0w, st.ls[b0]))
	add(f2(125, b0p, st.ls[b0]))
	x := st.xh
	add(f2(134, s0p, x[b0]))
	add(f2(135, x[s0], b0p))
	add(f3(138, u[s0], u[b0], u[b1]))
	add(f3(139, u[s1], u[s0], u[b0]))
	if st.clus {
		// the cluster templates that pair the stack with the buffer or
		// read arcs (clusterFeatures' others)
		c4, c6, cf := st.c4, st.c6, st.cf
		add(f2(170, c4[s0], c4[b0]))
		add(f2(171, c6[s0], c6[b0]))
		add(f2(172, cf[s0], cf[b0]))
		add(f2(173, cf[s0], b0p))
		add(f2(174, s0p, cf[b0]))
		add(f2(175, c4[s0], b0p))
		add(f2(176, s0p, c4[b0]))
		add(f3(190, c4[s0], c4[b0], d))
		add(f3(191, s0p, b0p, c4[b1]))
		add(f3(192, c4[s1], s0p, b0p))
		add(f3(193, s0p, c4[s0l], b0p))
		add(f3(194, s0p, c4[s0r], b0p))
		add(f2(195, c4[b0], c4[b0l]))
	}
	st.nf = i
}

// noneKeys returns the keys of the templates that read s0's right
// dependents (right) or b0's left ones when there are none: the same keys
// for every configuration, whose weights Model.none sums once.
func noneKeys(right bool) []uint64 {
	if right {
		return []uint64{fixKey(f1(83, hNone)), fixKey(f1(84, hNone)), fixKey(f1(85, 0)),
			fixKey(f1(103, hNone)), fixKey(f1(104, hNone)), fixKey(f1(105, 0))}
	}
	return []uint64{fixKey(f1(86, hNone)), fixKey(f1(87, hNone)), fixKey(f1(88, 0)),
		fixKey(f1(106, hNone)), fixKey(f1(107, 0))}
}

// The groups of stack templates that read what a level may lack, whose
// keys are then the same for every such level (stackNoneKeys): s0's left
// dependents, s1's right ones, s2, and s1 itself (a level with no s1 has
// no s2 and no s1's right dependent either). A level's set of absent
// groups indexes Model.stackNone.
const (
	stackNoLeft  = 1 << iota // s0 has no left dependent
	stackNoRight             // s1 (or the word 0 standing for none) has no right dependent
	stackNoS2                // the stack has fewer than three words
	stackNoS1                // the stack has one word
	stackNoneSets
)

// stackNoneKeys returns the keys of the templates of the groups in none
// when what they read is absent (position 0: no word, no label).
func stackNoneKeys(none uint8) []uint64 {
	var k []uint64
	if none&stackNoLeft != 0 {
		k = append(k, fixKey(f1(80, hNone)), fixKey(f1(81, hNone)), fixKey(f1(82, 0)),
			fixKey(f1(100, hNone)), fixKey(f1(101, hNone)), fixKey(f1(102, 0)))
	}
	if none&stackNoRight != 0 {
		k = append(k, fixKey(f1(89, hNone)), fixKey(f1(90, hNone)), fixKey(f1(91, 0)))
	}
	if none&stackNoS2 != 0 {
		k = append(k, fixKey(f1(7, hNone)), fixKey(f1(8, mix(hNone, hNone))))
	}
	if none&stackNoS1 != 0 {
		k = append(k, fixKey(f1(4, hNone)), fixKey(f1(5, hNone)), fixKey(f1(6, mix(hNone, hNone))),
			fixKey(f2(76, hNone, 0)), fixKey(f2(77, hNone, 0)), fixKey(f1(92, 0)),
			fixKey(f3(111, hNone, hNone, hNone)), fixKey(f2(126, hNone, 0)), fixKey(f2(127, hNone, 0)),
			fixKey(f1(133, hNone)))
	}
	return k
}

// stackNone returns the groups of stack templates (stackNoLeft...) whose
// words are absent at the stack's top level.
func (st *state) stackNone() uint8 {
	var none uint8
	k := len(st.stack)
	var s1 int32
	if k > 1 {
		s1 = st.stack[k-2]
	} else {
		none |= stackNoS1
	}
	if k < 3 {
		none |= stackNoS2
	}
	if st.l1[st.stack[k-1]] == 0 {
		none |= stackNoLeft
	}
	if st.r1[s1] == 0 {
		none |= stackNoRight
	}
	return none
}

// setNone sets m.none from m's weights: the class scores of noneKeys(true),
// of noneKeys(false), and of both; and m.stackNone[g] those of
// stackNoneKeys(g) for every set of groups g.
func (m *Model) setNone() {
	nc := m.numClasses()
	buf := make([]int32, maxClasses)
	mem := new(memo)
	sum := func(keys []uint64) []int32 {
		clear(buf)
		m.w.score(keys, buf, mem, partsAll)
		return slices.Clone(buf[:nc])
	}
	r, l := noneKeys(true), noneKeys(false)
	m.none = [3][]int32{sum(r), sum(l), sum(append(slices.Clip(r), l...))}
	for g := range m.stackNone {
		m.stackNone[g] = sum(stackNoneKeys(uint8(g)))
	}
}

// staticScores sets scores (the parse's, with room for maxClasses) to the
// sum of the buffer's and the stack top's vectors, computing either when
// it is not yet known (see above), and Model.none's sum when s0 has no
// right dependent or b0 no left one, which it reports for
// dynamicFeatures. The stack must not be empty.
func (m *Model) staticScores(st *state, scores []int32) (noRight, noLeft bool) {
	nc := len(scores)
	if st.bat != st.b {
		st.bvec = grow(st.bvec, nc)
		m.staticVec(st, st.bufferFeatures(st.sfeat[:0]), st.bvec)
		st.bat = st.b
	}
	top := len(st.stack) - 1
	if need := (top + 1) * nc; len(st.vstk) < need {
		st.vstk = append(st.vstk, make([]int32, need-len(st.vstk))...)
	}
	v := st.vstk[top*nc : (top+1)*nc]
	s0 := st.stack[top]
	if st.vok <= top {
		// the groups of templates whose words the level lacks: the
		// keys of stackNoneKeys, summed once in m.stackNone
		none := st.stackNone()
		if len(m.stackNone[stackNoneSets-1]) != nc { // a model not made by setWeights
			none = 0
		}
		m.staticVec(st, st.stackFeatures(st.sfeat[:0], none), v)
		if none != 0 {
			k := m.stackNone[none][:nc]
			for c := range v {
				v[c] += k[c]
			}
		}
		st.vok = top + 1
	}
	b := st.bvec[:nc]
	noRight, noLeft = st.r1[s0] == 0, st.l1[st.b] == 0
	if len(m.none[2]) != nc { // a model not made by setWeights
		noRight, noLeft = false, false
	}
	var k []int32
	switch {
	case noRight && noLeft:
		k = m.none[2]
	case noRight:
		k = m.none[0]
	case noLeft:
		k = m.none[1]
	default:
		for c := range scores {
			scores[c] = b[c] + v[c]
		}
		return
	}
	k = k[:nc]
	for c := range scores {
		scores[c] = b[c] + v[c] + k[c]
	}
	return
}

// staticVec sets dst to the scores of feats over every class, using
// st.iscore as the scratch that weights.score needs.
func (m *Model) staticVec(st *state, feats []uint64, dst []int32) {
	buf := st.iscore[:len(dst)]
	clear(buf)
	m.w.score(feats, buf, &st.memo, partsAll)
	copy(dst, buf)
}
