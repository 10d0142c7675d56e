// Package parser is dragoman's dependency parser: a greedy arc-hybrid
// transition system (Kuhlmann et al. 2011) scored by an averaged perceptron
// over a rich feature set in the style of Zhang & Nivre (2011), trained with
// a dynamic oracle and error exploration (Goldberg & Nivre 2012, 2013).
//
// Labels are joint with the arc transitions: the classes are SHIFT and one
// LEFT and one RIGHT transition per Universal Dependencies relation (with
// its subtype, e.g. "obl:tmod"). The artificial root sits at the end of the
// buffer and takes exactly one dependent, when it is the only word left on
// the stack, so every parse is a well-formed tree with a single root.
//
// Words are seen lowercased with digits folded to 0, with their XPOS and
// UPOS tags and a suffix-and-shape code; in training, rare words are
// replaced by an unknown-word symbol now and then (word dropout), and at
// parse time words not seen in training get that symbol.
//
// Feature templates are hashed to 64-bit keys; each key holds a sparse row
// of (class, weight) pairs, so scoring one configuration costs one table
// probe per template and adds only the non-zero weights. After training
// only the largest weights are kept (Options.MaxWeights), quantized to 16
// bits.
//
// Train on tags as good as those the parser will see: predicted, from a
// jackknifed tagger. cmd/parser-eval reproduces the figures.
package parser

import (
	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/internal/reuse"
)

// Options set training. Zero values select the tuned defaults.
type Options struct {
	Epochs int   // passes over the training sentences (default 12)
	Seed   int64 // seed of the sentence shuffling and of the exploration (default 1)
	// Explore is the probability of following the model's own prediction
	// instead of the oracle after the first two epochs (default 0.9).
	Explore float64
	// WordDropout is the alpha of word dropout: in training, a word seen c
	// times is replaced by the unknown word with probability
	// alpha/(c+alpha), so that the model learns what to do with words it
	// has not seen (default 0.25; negative disables it).
	WordDropout float64
	// MaxWeights bounds the number of weights kept after training: the
	// smallest in absolute value go first, which makes the model smaller
	// and faster at little cost (default 800,000; negative keeps every
	// non-zero weight).
	MaxWeights int
	// Dev, when set, is parsed after every epoch (with DevUPOS and DevXPOS
	// as tags when not nil) and its UAS and LAS logged, to tune Epochs.
	Dev              []*conllu.Sentence
	DevUPOS, DevXPOS [][]string
	// UniqueRate, PairExpect and LeafRate turn on constrained decoding
	// and set how its well-formedness rules are learned from the training
	// trees (see constrain.go); zero leaves that kind of rule out, and with
	// all three zero (the default) the parser has no rules. A relation is
	// unique under a head when fewer than UniqueRate of the heads having it
	// have it twice (0.001 is a useful value); two relations exclude each
	// other when no head has both though PairExpect would by chance (5); a
	// relation is a leaf relation when fewer than LeafRate of its words
	// have dependents (0.05). On EWT they cost accuracy (see constrain.go).
	UniqueRate, PairExpect, LeafRate float64
	// Beam, when above 1, trains the model for beam search with that
	// many configurations (beam.go, beamtrain.go: max-violation updates
	// instead of the dynamic oracle; Explore is then unused) and makes it
	// parse with that beam. At most 64.
	Beam int
	// Clusters, when not empty, are word clusters whose bit-string
	// prefixes the parser uses as features (clusters.go).
	Clusters []cluster.Entry
}

func (o Options) withDefaults() Options {
	if o.Epochs <= 0 {
		o.Epochs = 12
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.WordDropout == 0 {
		o.WordDropout = 0.25
	}
	if o.MaxWeights == 0 {
		o.MaxWeights = 800_000
	}
	if o.Explore <= 0 {
		o.Explore = 0.9
	}
	return o
}

// Model is a trained parser. It is read-only after training or reading and
// safe for concurrent use by several goroutines.
type Model struct {
	labels []string            // relation names; index = label id
	rootL  int                 // label id of "root"
	vocab  map[uint64]struct{} // hashes of the training words; nil = no unknown-word mapping
	cons   *constraints        // well-formedness rules; nil = none
	// clusters maps the hash of a folded word form to its cluster code
	// (clusters.go); nil = no cluster features.
	clusters  map[uint64]uint64
	w         weights
	none      [3][]int32             // see setNone
	stackNone [stackNoneSets][]int32 // see setNone
	free      reuse.List[state]      // parse states, with their memos
	beam      int                    // beam width (beam.go); 0 or 1 = greedy
	beams     reuse.List[beamBuf]    // beam parses' scratch
}

// numClasses is the number of transition classes.
func (m *Model) numClasses() int { return 1 + 2*len(m.labels) }

// Labels returns the relations the model predicts.
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

// Parse fills heads (1-based word positions, 0 for the root) and rels
// (relations) for one sentence of words with their UPOS and XPOS tags.
// heads and rels must be as long as words. The result is always a tree with
// exactly one word attached to the root.
func (m *Model) Parse(words, upos, xpos []string, heads []int, rels []string) {
	n := len(words)
	if n == 0 {
		return
	}
	if m.beam > 1 {
		m.parseBeam(words, upos, xpos, heads, rels)
		return
	}
	st := m.free.Get()
	st.init(words, upos, xpos, m.vocab, m.clusters)
	scores := st.intScoreBuf(m.numClasses())
	st.bat, st.vok = 0, 0
	for !st.terminal() {
		c := shift
		switch {
		case len(st.stack) == 0: // only SHIFT is legal
		case st.b == n+1 && len(st.stack) == 1: // only the root arc is legal
			c = leftOf(m.rootL)
		default:
			st.dynamicFeatures(m.staticScores(st, scores))
			m.w.score(st.feats[:st.nf], scores, &st.memo, legalParts(st))
			c = bestLegal(m, st, scores)
		}
		m.apply(st, c)
		if c == shift {
			st.vok = min(st.vok, len(st.stack)-1)
		}
	}
	m.result(st, n, heads, rels)
	m.free.Put(st)
}

// result writes the parse of a terminal state of n words into heads
// (1-based, 0 for the root) and rels.
func (m *Model) result(st *state, n int, heads []int, rels []string) {
	for i := 1; i <= n; i++ {
		h := int(st.head[i])
		if h == n+1 {
			h = 0
		}
		heads[i-1] = h
		rels[i-1] = m.labels[st.label[i]]
	}
}

// Transition classes: 0 is SHIFT, 1+2l is LEFT with label l, 2+2l is RIGHT
// with label l.
const shift = 0

func isLeft(c int) bool  { return c > 0 && c%2 == 1 }
func labelOf(c int) int  { return (c - 1) / 2 }
func leftOf(l int) int   { return 1 + 2*l }
func rightOf(l int) int  { return 2 + 2*l }
func isRight(c int) bool { return c > 0 && c%2 == 0 }

// legal reports whether class c may be applied in st.
func (m *Model) legal(st *state, c int) bool {
	root := st.b == st.n+1
	switch {
	case c == shift:
		return !root
	case isLeft(c):
		if len(st.stack) == 0 {
			return false
		}
		if root {
			return len(st.stack) == 1 && labelOf(c) == m.rootL
		}
		return labelOf(c) != m.rootL && m.cons.admits(st, int32(st.b), st.stack[len(st.stack)-1], labelOf(c))
	default:
		k := len(st.stack)
		return k >= 2 && labelOf(c) != m.rootL && m.cons.admits(st, st.stack[k-2], st.stack[k-1], labelOf(c))
	}
}

// bestLegal returns the highest-scoring legal class (the first on a tie):
// scores are float32 in training, int32 when parsing.
func bestLegal[S int32 | float32](m *Model, st *state, scores []S) int {
	root := st.b == st.n+1
	if root && len(st.stack) == 1 {
		return leftOf(m.rootL)
	}
	best, bs := -1, S(0)
	if !root {
		best, bs = shift, scores[shift]
	}
	k := len(st.stack)
	canLeft := k >= 1 && !root
	canRight := k >= 2
	if cs := m.cons; cs != nil && k > 0 {
		// The same choice with the well-formedness rules (constrain.go):
		// s0 is the dependent of both arcs, b0 the head of LEFT and s1 of
		// RIGHT.
		s0 := st.stack[k-1]
		own := st.ls[s0] | st.rs[s0]
		lh := st.ls[st.b] | st.rs[st.b]
		var rh uint64
		if canRight {
			s1 := st.stack[k-2]
			rh = st.ls[s1] | st.rs[s1]
		}
		for l := range m.labels {
			if l == m.rootL || own&^cs.allowed[l] != 0 {
				continue
			}
			if canLeft && lh&cs.conflict[l] == 0 {
				if c := leftOf(l); best < 0 || scores[c] > bs {
					best, bs = c, scores[c]
				}
			}
			if canRight && rh&cs.conflict[l] == 0 {
				if c := rightOf(l); best < 0 || scores[c] > bs {
					best, bs = c, scores[c]
				}
			}
		}
		if best >= 0 {
			return best
		}
		// A dead end (at the root, where only RIGHT arcs remain, no
		// label keeps every rule): the rules give way.
	}
	for l := range m.labels {
		if l == m.rootL {
			continue
		}
		if canLeft {
			if c := leftOf(l); best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
		if canRight {
			if c := rightOf(l); best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
	}
	return best
}

// legalParts returns the parts of the weight rows (see weights) that hold
// every legal class of st, which is neither terminal nor forced.
func legalParts(st *state) int {
	switch {
	case st.b == st.n+1: // the root is the buffer's front: only RIGHT
		return partsRight
	case len(st.stack) < 2: // no RIGHT
		return partsLeft
	}
	return partsAll
}

// apply performs transition c on st.
func (m *Model) apply(st *state, c int) {
	switch {
	case c == shift:
		st.stack = append(st.stack, int32(st.b))
		st.b++
	case isLeft(c):
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(int32(st.b), s0, labelOf(c))
	default:
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(s1, s0, labelOf(c))
	}
}

// Shrink keeps at most maxWeights weights, the largest in absolute value,
// making the model smaller and faster; it returns the number of features
// left.
func (m *Model) Shrink(maxWeights int) int {
	if maxWeights >= 0 && m.w.n > maxWeights {
		m.setWeights(build(shrink(m.w.rows(), maxWeights), m.w.scale))
	}
	return m.Features()
}

// Weights returns the number of non-zero weights.
func (m *Model) Weights() int { return m.w.n }

// Features returns the number of features with weights.
func (m *Model) Features() int {
	n := 0
	for _, s := range m.w.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// setWeights replaces the model's weights and drops the kept parse
// states, whose memos hold slots of the old table.
func (m *Model) setWeights(w weights) {
	m.w = w
	m.setNone()
	m.free = reuse.List[state]{}
	m.beams = reuse.List[beamBuf]{}
}
