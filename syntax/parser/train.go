package parser

import (
	"fmt"
	"io"
	"math/rand"
	"sort"
	"time"

	"github.com/dragoman/dragoman/syntax/conllu"
)

// example is one training sentence.
type example struct {
	words, upos, xpos []string
	gh                []int32 // gold head per position (n+1 = root), index 0 unused
	gl                []int   // gold label id per position
}

// tentry is one (class, weight) pair being trained; u accumulates the
// weight changes scaled by the time of the change, for averaging.
type tentry struct {
	cls int32
	w   float32
	u   float64
}

type trainer struct {
	m    *Model
	idx  map[uint64]int32
	rows [][]tentry
	c    float64 // number of decisions so far

	alpha  float64        // word dropout
	counts map[uint64]int // training word counts by hash
}

func (t *trainer) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.idx[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.cls] += e.w
		}
	}
}

// row is the row of feature f, added empty if it is new.
func (t *trainer) row(f uint64) int32 {
	r, ok := t.idx[f]
	if !ok {
		r = int32(len(t.rows))
		t.idx[f] = r
		t.rows = append(t.rows, nil)
	}
	return r
}

func (t *trainer) update(feats []uint64, good, bad int) {
	for _, f := range feats {
		r := t.row(f)
		t.bump(r, good, 1)
		t.bump(r, bad, -1)
	}
}

func (t *trainer) bump(r int32, cls int, d float32) {
	row := t.rows[r]
	for i := range row {
		if row[i].cls == int32(cls) {
			row[i].w += d
			row[i].u += t.c * float64(d)
			return
		}
	}
	t.rows[r] = append(row, tentry{cls: int32(cls), w: d, u: t.c * float64(d)})
}

// Train learns a model from sentences with gold heads and relations.
// upos and xpos, when not nil, give the tags to train on (predicted tags,
// e.g. from jackknifing) aligned with sents; nil means the gold tags.
// Sentences without a complete tree are skipped. Progress goes to log when
// it is not nil. Training is deterministic for a given Options.
func Train(sents []*conllu.Sentence, upos, xpos [][]string, opt Options, log io.Writer) *Model {
	opt = opt.withDefaults()
	if log == nil {
		log = io.Discard
	}
	start := time.Now()
	m := &Model{clusters: clusterTable(opt.Clusters)}
	if opt.Beam > 1 {
		m.SetBeam(opt.Beam)
	}
	// Labels, most frequent first.
	count := map[string]int{"root": 0}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Deprel != "" && w.Deprel != "_" {
				count[w.Deprel]++
			}
		}
	}
	for l := range count {
		m.labels = append(m.labels, l)
	}
	sort.Slice(m.labels, func(i, j int) bool {
		a, b := m.labels[i], m.labels[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return a < b
	})
	lid := map[string]int{}
	for i, l := range m.labels {
		lid[l] = i
	}
	m.rootL = lid["root"]

	var exs []example
	skipped := 0
	for si, s := range sents {
		ex, ok := makeExample(s, si, upos, xpos, lid)
		if !ok {
			skipped++
			continue
		}
		exs = append(exs, ex)
	}
	fmt.Fprintf(log, "parser: %d training sentences (%d skipped), %d relations\n", len(exs), skipped, len(m.labels))

	m.cons = learnConstraints(exs, len(m.labels), m.rootL, opt)
	fmt.Fprintf(log, "parser: %d well-formedness rules\n", m.cons.rules())
	t := &trainer{m: m, idx: map[uint64]int32{}, alpha: opt.WordDropout}
	if t.alpha > 0 {
		t.counts = map[uint64]int{}
		for _, ex := range exs {
			for _, w := range ex.words {
				t.counts[fnv(w, true)]++
			}
		}
		m.vocab = make(map[uint64]struct{}, len(t.counts))
		for h := range t.counts {
			m.vocab[h] = struct{}{}
		}
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	st := &state{}
	costs := make([]int, m.numClasses())
	beam := min(opt.Beam, maxBeam)
	var bt beamTrainer
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := ep >= 2
		var right, total, updates int
		for _, k := range order {
			if beam > 1 {
				r, u := t.beamSentence(&bt, st, &exs[k], beam, rng)
				right += b2i(r)
				updates += b2i(u)
				total++
				continue
			}
			r, n := t.sentence(st, &exs[k], costs, explore, opt.Explore, rng)
			right += r
			total += n
		}
		if beam > 1 {
			fmt.Fprintf(log, "parser: epoch %d/%d: beam %d: %.4f of sentences right, %d updates, %d features, %s\n",
				ep+1, opt.Epochs, beam, float64(right)/float64(max(total, 1)), updates, len(t.rows), time.Since(start).Round(time.Second))
		} else {
			fmt.Fprintf(log, "parser: epoch %d/%d: %.4f of transitions right, %d features, %s\n",
				ep+1, opt.Epochs, float64(right)/float64(max(total, 1)), len(t.rows), time.Since(start).Round(time.Second))
		}
		if len(opt.Dev) > 0 {
			m.setWeights(build(t.average(), 0))
			sc := m.score(opt.Dev, opt.DevUPOS, opt.DevXPOS)
			fmt.Fprintf(log, "parser: epoch %d/%d: dev UAS %.4f LAS %.4f\n", ep+1, opt.Epochs, sc.UAS(), sc.LAS())
		}
	}
	rows := t.average()
	if opt.MaxWeights >= 0 {
		rows = shrink(rows, opt.MaxWeights)
	}
	m.setWeights(build(rows, 0))
	fmt.Fprintf(log, "parser: trained in %s, %d features, %d weights\n", time.Since(start).Round(time.Second), m.Features(), m.Weights())
	return m
}

func makeExample(s *conllu.Sentence, si int, upos, xpos [][]string, lid map[string]int) (example, bool) {
	n := len(s.Words)
	if n == 0 {
		return example{}, false
	}
	ex := example{words: s.Forms(), upos: make([]string, n), xpos: make([]string, n),
		gh: make([]int32, n+2), gl: make([]int, n+2)}
	roots := 0
	for i, w := range s.Words {
		ex.upos[i], ex.xpos[i] = w.UPOS, w.XPOS
		if w.Head < 0 || w.Head > n {
			return example{}, false
		}
		h := int32(w.Head)
		if h == 0 {
			h = int32(n + 1)
			roots++
			if w.Deprel != "root" {
				return example{}, false
			}
		} else if w.Deprel == "root" {
			return example{}, false
		}
		ex.gh[i+1] = h
		l, ok := lid[w.Deprel]
		if !ok {
			return example{}, false
		}
		ex.gl[i+1] = l
	}
	if roots != 1 {
		return example{}, false
	}
	if upos != nil && si < len(upos) && len(upos[si]) == n {
		ex.upos = upos[si]
	}
	if xpos != nil && si < len(xpos) && len(xpos[si]) == n {
		ex.xpos = xpos[si]
	}
	return ex, true
}

// sentence runs one training pass over ex; it returns how many of the
// model's predicted transitions were of minimal cost, and how many there were.
func (t *trainer) sentence(st *state, ex *example, costs []int, explore bool, p float64, rng *rand.Rand) (right, total int) {
	m := t.m
	st.init(ex.words, ex.upos, ex.xpos, nil, t.m.clusters)
	if t.alpha > 0 {
		for i := 1; i <= st.n; i++ {
			c := float64(t.counts[st.wh[i]])
			if rng.Float64() < t.alpha/(c+t.alpha) {
				st.wh[i] = hUnk
			}
		}
	}
	scores := st.scoreBuf(m.numClasses())
	for !st.terminal() {
		st.features()
		feats := st.feats[:st.nf]
		t.score(feats, scores)
		pred := bestLegal(m, st, scores)
		minCost := t.costs(st, ex, costs)
		gold, gs := -1, float32(0)
		for c, k := range costs {
			if k == minCost && (gold < 0 || scores[c] > gs) {
				gold, gs = c, scores[c]
			}
		}
		t.c++
		total++
		next := pred
		if costs[pred] == minCost {
			right++
		} else {
			t.update(feats, gold, pred)
			if !explore || rng.Float64() >= p {
				next = gold
			}
		}
		m.apply(st, next)
	}
	return right, total
}

// costs fills costs with the number of gold arcs each class makes
// unreachable (a large number for illegal classes) and returns the minimum.
func (t *trainer) costs(st *state, ex *example, costs []int) int {
	m := t.m
	const illegal = 1 << 20
	for i := range costs {
		costs[i] = illegal
	}
	n := int32(st.n)
	b := int32(st.b)
	k := len(st.stack)
	var s0, s1 int32
	if k > 0 {
		s0 = st.stack[k-1]
	}
	if k > 1 {
		s1 = st.stack[k-2]
	}
	gh := ex.gh
	// dependents of s0 still in the buffer
	s0deps := 0
	if s0 != 0 {
		for d := b; d <= n; d++ {
			if gh[d] == s0 {
				s0deps++
			}
		}
	}
	if m.legal(st, shift) {
		c := 0
		for i, x := range st.stack {
			if gh[b] == x && i != k-1 {
				c++
			}
			if gh[x] == b {
				c++
			}
		}
		costs[shift] = c
	}
	if k > 0 {
		// LEFT: s0 <- b0
		c := s0deps
		if h := gh[s0]; h != b && (h == s1 && s1 != 0 || h >= b) {
			c++
		}
		for l := range m.labels {
			cl := leftOf(l)
			if !m.legal(st, cl) {
				continue
			}
			costs[cl] = c
			if gh[s0] == b && ex.gl[s0] != l {
				costs[cl]++
			}
		}
	}
	if k > 1 {
		// RIGHT: s0 <- s1
		c := s0deps
		if h := gh[s0]; h != s1 && h >= b {
			c++
		}
		for l := range m.labels {
			cl := rightOf(l)
			if !m.legal(st, cl) {
				continue
			}
			costs[cl] = c
			if gh[s0] == s1 && ex.gl[s0] != l {
				costs[cl]++
			}
		}
	}
	minCost := illegal
	for _, c := range costs {
		minCost = min(minCost, c)
	}
	return minCost
}

// average returns the averaged weights in increasing key order, without
// zeros.
func (t *trainer) average() []row {
	keys := make([]uint64, 0, len(t.idx))
	for k := range t.idx {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var rows []row
	for _, k := range keys {
		var r row
		r.key = k
		es := t.rows[t.idx[k]]
		sort.Slice(es, func(i, j int) bool { return es[i].cls < es[j].cls })
		for _, e := range es {
			w := float32(float64(e.w) - e.u/t.c)
			if w != 0 {
				r.cls = append(r.cls, uint16(e.cls))
				r.w = append(r.w, w)
			}
		}
		if len(r.cls) > 0 {
			rows = append(rows, r)
		}
	}
	return rows
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
