package parser

// Constrained decoding. Universal Dependencies trees obey rules that a
// greedy parser, scoring one transition at a time, can break: a predicate
// has at most one subject and one direct object, a function word (det,
// case, aux, cop, mark, cc, punct) is a leaf but for a few relations
// (fixed, conj, punct), a clause with a nominal subject has no clausal
// one. The UD validator checks some of these; the treebank shows them all.
//
// The rules are learned from the gold training trees, not listed by hand:
//
//   - a relation is unique under a head when heads with a dependent of it
//     almost never have two (rate below Options.UniqueRate);
//   - two relations exclude each other under one head when no head of the
//     training trees has both although, by their frequencies, one would
//     expect at least Options.PairExpect heads to (nsubj and nsubj:pass,
//     obj and cop, amod and obj);
//   - a relation is a leaf relation when almost none of its dependents
//     have dependents of their own (rate below Options.LeafRate); such a
//     dependent may then have only the relations seen under it in
//     training.
//
// A transition that would break a rule is illegal, at parse time and in
// training alike, so the model learns to rank the legal transitions: when
// the best one is illegal the parser takes the best legal one. The rules
// are kept as two bit masks per relation, so there are at most 64
// relations; a label set past that is parsed without constraints.
//
// The rules are off by default (Options.UniqueRate, PairExpect, LeafRate),
// because on EWT they cost a little accuracy instead of adding any
// (2026-12-01, tags predicted as in the pipeline, 800,000 weights kept):
// trained and parsed with all three kinds (167 rules), EWT dev UAS/LAS
// 0.8468/0.8160 against 0.8482/0.8178 without, EWT test 0.8465/0.8191
// against 0.8488/0.8197, GUM test 0.8184/0.7806 against 0.8218/0.7855.
// With the unique relations alone (16 rules) dev LAS followed the same
// course epoch by epoch (0.8201 against 0.8211 with all rules after 11
// epochs, before the weights are cut to 800,000). Rules added at parse
// time only, to the weights trained without them, cost 0.1 to 0.2 points
// of LAS (dev, gold tags). The greedy parser seldom breaks a rule, and
// where it does the first of the two arcs is as often the wrong one:
// forbidding the second then adds an error instead of mending one.

// constraints hold the learned rules, indexed by label id.
type constraints struct {
	// conflict[l]: the labels a head may not already have among its
	// dependents when it takes a dependent with label l.
	conflict []uint64
	// allowed[l]: the labels that a word may have among its own dependents
	// when it is attached with label l (all ones: any).
	allowed []uint64
}

// admits reports whether word d may be attached to head h with label l.
func (c *constraints) admits(st *state, h, d int32, l int) bool {
	if c == nil {
		return true
	}
	return (st.ls[d]|st.rs[d])&^c.allowed[l] == 0 && (st.ls[h]|st.rs[h])&c.conflict[l] == 0
}

// Minimum support for learning a rule: a relation must be seen under at
// least minUniqueHeads heads to be taken as unique, under minPairHeads for
// a pair rule, and on minLeafWords words to be a leaf relation.
const (
	minUniqueHeads = 100
	minPairHeads   = 50
	minLeafWords   = 100
)

// learnConstraints derives the rules from the gold trees of exs. It returns
// nil when every rule is disabled or there are more than 64 labels.
func learnConstraints(exs []example, nlabels, rootL int, opt Options) *constraints {
	if nlabels > 64 || (opt.UniqueRate <= 0 && opt.PairExpect <= 0 && opt.LeafRate <= 0) {
		return nil
	}
	heads := 0                       // heads with at least one dependent (the artificial root left out)
	withL := make([]int, nlabels)    // heads with a dependent of label l
	repeat := make([]int, nlabels)   // heads with two or more of label l
	words := make([]int, nlabels)    // words of label l
	parents := make([]int, nlabels)  // words of label l with dependents
	under := make([]uint64, nlabels) // labels seen under words of label l
	co := make([][]int, nlabels)     // co[a][b]: heads with both a and b
	for i := range co {
		co[i] = make([]int, nlabels)
	}
	var kids []uint64
	var count []uint8
	for e := range exs {
		ex := &exs[e]
		n := len(ex.words)
		kids = grow(kids, n+2)
		count = grow(count, (n+2)*nlabels)
		for d := 1; d <= n; d++ {
			h, l := ex.gh[d], ex.gl[d]
			words[l]++
			kids[h] |= 1 << uint(l)
			if i := int(h)*nlabels + l; count[i] < 2 {
				count[i]++
			}
		}
		for d := 1; d <= n; d++ {
			if kids[d] != 0 {
				l := ex.gl[d]
				parents[l]++
				under[l] |= kids[d]
			}
		}
		for h := 1; h <= n; h++ {
			k := kids[h]
			if k == 0 {
				continue
			}
			heads++
			for a := range nlabels {
				if k&(1<<uint(a)) == 0 {
					continue
				}
				withL[a]++
				if count[h*nlabels+a] > 1 {
					repeat[a]++
				}
				for b := range nlabels {
					if k&(1<<uint(b)) != 0 {
						co[a][b]++
					}
				}
			}
		}
	}
	c := &constraints{conflict: make([]uint64, nlabels), allowed: make([]uint64, nlabels)}
	rules := 0
	for l := range nlabels {
		c.allowed[l] = ^uint64(0)
		if l == rootL {
			continue
		}
		if opt.UniqueRate > 0 && withL[l] >= minUniqueHeads && float64(repeat[l]) < opt.UniqueRate*float64(withL[l]) {
			c.conflict[l] |= 1 << uint(l)
			rules++
		}
		if opt.LeafRate > 0 && words[l] >= minLeafWords && float64(parents[l]) < opt.LeafRate*float64(words[l]) {
			c.allowed[l] = under[l]
			rules++
		}
		if opt.PairExpect <= 0 || withL[l] < minPairHeads {
			continue
		}
		for b := range nlabels {
			if b == l || b == rootL || withL[b] < minPairHeads || co[l][b] > 0 {
				continue
			}
			if float64(withL[l])*float64(withL[b])/float64(max(heads, 1)) >= opt.PairExpect {
				c.conflict[l] |= 1 << uint(b)
				rules++
			}
		}
	}
	if rules == 0 {
		return nil
	}
	return c
}

// rules returns the number of rules: unique relations, excluding pairs
// (each counted once) and leaf relations.
func (c *constraints) rules() int {
	if c == nil {
		return 0
	}
	n := 0
	for l := range c.conflict {
		for b := range c.conflict {
			if c.conflict[l]&(1<<uint(b)) != 0 && b >= l {
				n++
			}
		}
		if c.allowed[l] != ^uint64(0) {
			n++
		}
	}
	return n
}
