package parser

import "math/rand"

// Global training for the beam (Options.Beam > 1): the max-violation
// perceptron of Huang, Fayong & Guo (2012). Each training sentence is
// decoded with the beam under the current weights while the gold
// transition sequence is followed beside it; at the step where the best
// configuration of the beam outscores the gold prefix by the most, the
// weights move towards the gold prefix's features and away from that
// configuration's (both counted from where they part). Sentences whose
// best parse is the gold one, never outscored, give no update.
//
// The gold sequence is the static oracle's: of the transitions that lose
// the fewest gold arcs (trainer.costs), the arc that attaches s0 with its
// gold relation, else SHIFT, else the first. A non-projective tree thus
// gets the sequence of one of its best reachable projective trees.

// bstep is one configuration of a training beam: its parent in the
// previous step, the class that made it, its score, whether it is the gold
// prefix, and where the features of its expansion are kept.
type bstep struct {
	parent, cls int
	score       float64
	gold        bool
	off, nf     int
}

// beamTrainer holds the scratch of beam training.
type beamTrainer struct {
	cur, nxt []*state
	hist     [][]bstep // per step, its beam
	feats    []uint64  // the kept features
	gfeats   []uint64  // the gold configurations' features, per step
	goff     []int     // offsets in gfeats, per step (and the end)
	gcls     []int
	gscore   []float64 // the gold prefix's score after each step
	top      []cand[float64]
	classes  []int
	costs    []int
	scores   []float32
}

// goldClass returns the static oracle's class for st (see above).
func (t *trainer) goldClass(st *state, ex *example, costs []int) int {
	m := t.m
	minCost := t.costs(st, ex, costs)
	if c, ok := m.forced(st); ok {
		return c
	}
	if k := len(st.stack); k > 0 {
		s0 := st.stack[k-1]
		if c := leftOf(ex.gl[s0]); ex.gh[s0] == int32(st.b) && costs[c] == minCost {
			return c
		}
		if c := rightOf(ex.gl[s0]); k > 1 && ex.gh[s0] == st.stack[k-2] && costs[c] == minCost {
			return c
		}
	}
	if costs[shift] == minCost {
		return shift
	}
	for c, k := range costs {
		if k == minCost {
			return c
		}
	}
	return shift
}

// beamSentence runs one max-violation pass over ex with a beam of k; it
// returns whether the best parse was the gold sequence's and whether the
// weights were updated.
func (t *trainer) beamSentence(bt *beamTrainer, root *state, ex *example, k int, rng *rand.Rand) (right, updated bool) {
	m := t.m
	root.init(ex.words, ex.upos, ex.xpos, nil, m.clusters)
	if t.alpha > 0 {
		for i := 1; i <= root.n; i++ {
			c := float64(t.counts[root.wh[i]])
			if rng.Float64() < t.alpha/(c+t.alpha) {
				root.wh[i] = hUnk
			}
		}
	}
	nc := m.numClasses()
	if len(bt.costs) != nc {
		bt.costs = make([]int, nc)
		bt.scores = make([]float32, nc)
	}
	for len(bt.cur) < k+1 {
		bt.cur = append(bt.cur, new(state))
		bt.nxt = append(bt.nxt, new(state))
	}
	// The gold sequence first, with its features (the last state of cur
	// is free for it).
	gst := bt.cur[k]
	gst.copyFrom(root)
	bt.gfeats, bt.goff, bt.gcls, bt.gscore = bt.gfeats[:0], bt.goff[:0], bt.gcls[:0], bt.gscore[:0]
	for !gst.terminal() {
		bt.goff = append(bt.goff, len(bt.gfeats))
		c := t.goldClass(gst, ex, bt.costs)
		if _, ok := m.forced(gst); !ok {
			gst.features()
			bt.gfeats = append(bt.gfeats, gst.feats[:gst.nf]...)
		}
		bt.gcls = append(bt.gcls, c)
		m.apply(gst, c)
	}
	bt.goff = append(bt.goff, len(bt.gfeats))
	steps := len(bt.gcls)

	for len(bt.hist) < steps+1 {
		bt.hist = append(bt.hist, nil)
	}
	bt.feats = bt.feats[:0]
	bt.hist[0] = append(bt.hist[0][:0], bstep{parent: -1, gold: true})
	bt.cur[0].copyFrom(root)
	gs := 0.0
	bt.gscore = append(bt.gscore, 0)
	worst, worstAt := 0.0, -1
	for step := 0; step < steps; step++ {
		prev := bt.hist[step]
		top := bt.top[:0]
		for j := range prev {
			st := bt.cur[j]
			base := prev[j].score
			if c, ok := m.forced(st); ok {
				prev[j].off, prev[j].nf = len(bt.feats), 0
				top = pushTop(top, k, cand[float64]{j, c, base})
				continue
			}
			st.features()
			prev[j].off, prev[j].nf = len(bt.feats), st.nf
			bt.feats = append(bt.feats, st.feats[:st.nf]...)
			t.score(st.feats[:st.nf], bt.scores)
			bt.classes = m.legalClasses(st, bt.classes[:0])
			for _, c := range bt.classes {
				s := base + float64(bt.scores[c])
				if len(top) == k && s <= top[k-1].score {
					continue
				}
				top = pushTop(top, k, cand[float64]{j, c, s})
			}
		}
		bt.top = top
		// the gold prefix's score (its features are kept in gfeats)
		gf := bt.gfeats[bt.goff[step]:bt.goff[step+1]]
		if len(gf) > 0 {
			t.score(gf, bt.scores)
			gs += float64(bt.scores[bt.gcls[step]])
		}
		bt.gscore = append(bt.gscore, gs)
		next := bt.hist[step+1][:0]
		for i, c := range top {
			st := bt.nxt[i]
			st.copyFrom(bt.cur[c.parent])
			m.apply(st, c.cls)
			next = append(next, bstep{parent: c.parent, cls: c.cls, score: c.score,
				gold: prev[c.parent].gold && c.cls == bt.gcls[step]})
		}
		bt.hist[step+1] = next
		bt.cur, bt.nxt = bt.nxt, bt.cur
		if !next[0].gold {
			if v := next[0].score - gs; worstAt < 0 || v > worst {
				worst, worstAt = v, step+1
			}
		}
	}
	right = bt.hist[steps][0].gold
	if worstAt < 0 {
		return right, false
	}
	// Walk the violating configuration back to where it left the gold
	// sequence, collecting its (step, index) pairs.
	t.c++
	j := 0
	for step := worstAt; step > 0; step-- {
		h := bt.hist[step][j]
		if h.gold {
			break // the prefixes are the same from here back
		}
		p := h.parent
		par := bt.hist[step-1][p]
		if par.nf > 0 {
			t.add(bt.feats[par.off:par.off+par.nf], h.cls, -1)
		}
		if gf := bt.gfeats[bt.goff[step-1]:bt.goff[step]]; len(gf) > 0 {
			t.add(gf, bt.gcls[step-1], 1)
		}
		j = p
	}
	return right, true
}

// add adds d to the weights of class cls for feats.
func (t *trainer) add(feats []uint64, cls int, d float32) {
	for _, f := range feats {
		r := t.row(f)
		t.bump(r, cls, d)
	}
}
