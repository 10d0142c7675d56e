package parser

// Beam search (Zhang & Nivre 2011; Huang, Fayong & Guo 2012). A model
// trained with Options.Beam > 1 keeps that many configurations at every
// step instead of one: each is expanded by all its legal transitions, a
// candidate scores the sum of the scores of its transitions, and the
// Beam best candidates (the first generated on a tie) go on. All
// configurations of a sentence end after the same 2n transitions, so the
// beam advances in step. The model is trained globally for it (see
// beamtrain.go: max-violation updates), so its scores are comparable
// across configurations.
//
// Parsing with a beam splits the templates as the greedy parse does
// (static.go), with the sums of the fixed ones kept per buffer front and
// per stack level for the whole beam (beamBuf). With a beam of 1 the decoder makes the choices
// of the greedy Parse exactly (TestBeamOneIsGreedy); a model with a beam
// of 1 (every model trained without Options.Beam) never uses it.

// beamSplit turns the split sums on (beamBuf); off, every template of a
// configuration is looked up (tests compare the two).
var beamSplit = true

// maxBeam bounds the beam width of a model.
const maxBeam = 64

// Beam returns the model's beam width (1: greedy).
func (m *Model) Beam() int { return max(m.beam, 1) }

// SetBeam sets the beam width Parse uses (at most 64; below 2: greedy), for
// measuring a model at other widths than it was trained with. It must not
// be called while the model parses.
func (m *Model) SetBeam(k int) {
	m.beam = min(max(k, 1), maxBeam)
}

// copyFrom makes st the configuration of src: the words' properties are
// shared with src (read-only while parsing), the rest copied.
func (st *state) copyFrom(src *state) {
	st.n, st.b = src.n, src.b
	st.stack = append(st.stack[:0], src.stack...)
	st.wh, st.ph, st.sh, st.xh = src.wh, src.ph, src.sh, src.xh
	st.clus, st.c4, st.c6, st.cf = src.clus, src.c4, src.c6, src.cf
	m := len(src.head)
	st.head = append(st.head[:0], src.head...)
	st.label = append(st.label[:0], src.label...)
	st.l1 = append(st.l1[:0], src.l1[:m]...)
	st.l2 = append(st.l2[:0], src.l2[:m]...)
	st.r1 = append(st.r1[:0], src.r1[:m]...)
	st.r2 = append(st.r2[:0], src.r2[:m]...)
	st.nl = append(st.nl[:0], src.nl[:m]...)
	st.nr = append(st.nr[:0], src.nr[:m]...)
	st.ls = append(st.ls[:0], src.ls[:m]...)
	st.rs = append(st.rs[:0], src.rs[:m]...)
}

// forced returns the only legal class of st and true when st has one
// (SHIFT on an empty stack, the root arc for the last word), which Parse
// does not score.
func (m *Model) forced(st *state) (int, bool) {
	switch {
	case len(st.stack) == 0:
		return shift, true
	case st.b == st.n+1 && len(st.stack) == 1:
		return leftOf(m.rootL), true
	}
	return 0, false
}

// legalClasses appends the legal classes of st, which is neither terminal
// nor forced, in the order in which bestLegal prefers them on a tie:
// SHIFT, then LEFT and RIGHT of each label. With well-formedness rules,
// the classes they admit, or all when they admit none (as bestLegal).
func (m *Model) legalClasses(st *state, dst []int) []int {
	start := len(dst)
	root := st.b == st.n+1
	k := len(st.stack)
	canLeft := k >= 1 && !root
	canRight := k >= 2
	add := func(useRules bool) {
		if !root {
			dst = append(dst, shift)
		}
		for l := range m.labels {
			if l == m.rootL {
				continue
			}
			if canLeft && (!useRules || m.cons.admits(st, int32(st.b), st.stack[k-1], l)) {
				dst = append(dst, leftOf(l))
			}
			if canRight && (!useRules || m.cons.admits(st, st.stack[k-2], st.stack[k-1], l)) {
				dst = append(dst, rightOf(l))
			}
		}
	}
	if m.cons != nil {
		add(true)
		if len(dst) > start { // always, but at the root
			return dst
		}
		dst = dst[:start]
	}
	add(false)
	return dst
}

// cand is a candidate of the next beam: its parent's index, its class and
// its score.
type cand[S int64 | float64] struct {
	parent, cls int
	score       S
}

// pushTop inserts c into top, kept sorted by decreasing score and at most
// k long; on a tie the candidate already there stays first.
func pushTop[S int64 | float64](top []cand[S], k int, c cand[S]) []cand[S] {
	n := len(top)
	if n == k {
		if c.score <= top[n-1].score {
			return top
		}
		n--
	} else {
		top = append(top, c)
	}
	i := n
	for i > 0 && top[i-1].score < c.score {
		top[i] = top[i-1]
		i--
	}
	top[i] = c
	return top
}

// beamBuf is the scratch of a beam parse. The sums of the fixed
// templates (static.go) are kept in arena, nc classes a vector: the buffer
// front's by its position (bidx; they read only the words), a stack
// level's from when it is first scored (state.lv; a level's keys do not
// change while it is on the stack), shared by the configurations that
// descend from the one that pushed it.
type beamBuf struct {
	root      state
	cur, nxt  []*state
	scores    []int64
	top       []cand[int64]
	classes   []int
	iscore    []int32
	memo      memo
	nextScore []int64
	arena     []int32
	bidx      []int32
	sfeat     [64]uint64
}

// vec returns a new vector of arena with the scores of feats and its
// index.
func (m *Model) vec(bb *beamBuf, feats []uint64, nc int) int32 {
	buf := bb.iscore[:nc]
	clear(buf)
	m.w.score(feats, bb.iscore, &bb.memo, partsAll)
	at := len(bb.arena)
	bb.arena = append(bb.arena, buf...)
	return int32(at)
}

// beamScores sets scores (with room for maxClasses) to the scores of st's
// classes, as staticScores, dynamicFeatures and weights.score do for the
// greedy parse, with the fixed templates' sums kept in bb.
func (m *Model) beamScores(bb *beamBuf, st *state, scores []int32) {
	nc := m.numClasses()
	bi := bb.bidx[st.b]
	if bi < 0 {
		bi = m.vec(bb, st.bufferFeatures(bb.sfeat[:0]), nc)
		bb.bidx[st.b] = bi
	}
	top := len(st.stack) - 1
	li := st.lv[top]
	if li < 0 {
		none := st.stackNone()
		li = m.vec(bb, st.stackFeatures(bb.sfeat[:0], none), nc)
		v := bb.arena[li : li+int32(nc)]
		k := m.stackNone[none][:nc]
		for c := range v {
			v[c] += k[c]
		}
		st.lv[top] = li
	}
	b, v := bb.arena[bi:bi+int32(nc)], bb.arena[li:li+int32(nc)]
	noRight, noLeft := st.r1[st.stack[top]] == 0, st.l1[st.b] == 0
	switch {
	case noRight && noLeft:
		k := m.none[2][:nc]
		for c := range nc {
			scores[c] = b[c] + v[c] + k[c]
		}
	case noRight:
		k := m.none[0][:nc]
		for c := range nc {
			scores[c] = b[c] + v[c] + k[c]
		}
	case noLeft:
		k := m.none[1][:nc]
		for c := range nc {
			scores[c] = b[c] + v[c] + k[c]
		}
	default:
		for c := range nc {
			scores[c] = b[c] + v[c]
		}
	}
	st.dynamicFeatures(noRight, noLeft)
	m.w.score(st.feats[:st.nf], scores, &bb.memo, legalParts(st))
}

// parseBeam is Parse with the model's beam.
func (m *Model) parseBeam(words, upos, xpos []string, heads []int, rels []string) {
	n := len(words)
	k := m.Beam()
	bb := m.beams.Get()
	bb.root.init(words, upos, xpos, m.vocab, m.clusters)
	if bb.iscore == nil {
		bb.iscore = make([]int32, maxClasses)
	}
	nc := m.numClasses()
	// the split sums need the model's sums of absent words (setWeights)
	split := beamSplit && len(m.none[2]) == nc && len(m.stackNone[stackNoneSets-1]) == nc
	bb.arena = bb.arena[:0]
	bb.bidx = bb.bidx[:0]
	for range n + 2 {
		bb.bidx = append(bb.bidx, -1)
	}
	for len(bb.cur) < k {
		bb.cur = append(bb.cur, new(state))
		bb.nxt = append(bb.nxt, new(state))
	}
	bb.cur[0].copyFrom(&bb.root)
	bb.cur[0].lv = bb.cur[0].lv[:0]
	live := 1
	bb.scores = append(bb.scores[:0], 0)
	for !bb.cur[0].terminal() {
		top := bb.top[:0]
		for j := 0; j < live; j++ {
			st := bb.cur[j]
			base := bb.scores[j]
			if c, ok := m.forced(st); ok {
				top = pushTop(top, k, cand[int64]{j, c, base})
				continue
			}
			sc := bb.iscore[:nc]
			if split {
				m.beamScores(bb, st, bb.iscore)
			} else {
				st.features()
				clear(sc)
				m.w.score(st.feats[:st.nf], bb.iscore, &bb.memo, legalParts(st))
			}
			bb.classes = m.legalClasses(st, bb.classes[:0])
			for _, c := range bb.classes {
				s := base + int64(sc[c])
				if len(top) == k && s <= top[k-1].score {
					continue
				}
				top = pushTop(top, k, cand[int64]{j, c, s})
			}
		}
		bb.top = top
		bb.nextScore = bb.nextScore[:0]
		for i, c := range top {
			st := bb.nxt[i]
			p := bb.cur[c.parent]
			st.copyFrom(p)
			st.lv = append(st.lv[:0], p.lv...)
			m.apply(st, c.cls)
			if c.cls == shift {
				st.lv = append(st.lv, -1)
			} else {
				st.lv = st.lv[:len(st.stack)]
			}
			bb.nextScore = append(bb.nextScore, c.score)
		}
		live = len(top)
		bb.cur, bb.nxt = bb.nxt, bb.cur
		bb.scores, bb.nextScore = bb.nextScore, bb.scores
	}
	m.result(bb.cur[0], n, heads, rels)
	m.beams.Put(bb)
}
