package posture

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// sent is one sentence of the syntax layer with its children lists; token
// indexes are local to the sentence.
type sent struct {
	toks     []doc.Token
	first    int // index of toks[0] in Syntax.Tokens
	span     doc.Span
	index    int // index in Document.Sentences
	children [][]int
	lemmas   []string
	// count and back are link's scratch space, kept for the next sentence.
	count, back []int
}

// load reads sentence i into s, reusing s's slices: a stage reads its
// sentences one after another and keeps none of them.
func (s *sent) load(sy *doc.Syntax, i int) {
	ss := sy.Sentences[i]
	n := ss.End - ss.First
	*s = sent{toks: sy.Tokens[ss.First:ss.End], first: ss.First, span: ss.Span, index: ss.Index,
		children: grow(s.children, n), lemmas: grow(s.lemmas, n), count: s.count, back: s.back}
	for j, t := range s.toks {
		s.lemmas[j] = strings.ToLower(t.Lemma)
	}
	s.link()
}

// grow returns a slice of length n, reusing b's array when it is large
// enough.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// link fills the children lists from the heads, as sub-slices of one
// backing array.
func (s *sent) link() {
	n := len(s.toks)
	s.count = grow(s.count, n+1)
	count := s.count
	clear(count)
	for j := range s.toks {
		if h := s.head(j); h >= 0 {
			count[h+1]++
		}
	}
	for i := 1; i <= n; i++ {
		count[i] += count[i-1]
	}
	s.back = grow(s.back, count[n])
	back := s.back
	for j := range s.children {
		s.children[j] = back[count[j]:count[j]:count[j+1]]
	}
	for j := range s.toks {
		if h := s.head(j); h >= 0 {
			s.children[h] = append(s.children[h], j)
		}
	}
}

// span1 returns the first and last local index of the words of j's
// subtree (its punctuation left out).
func (s *sent) span1(j int) (lo, hi int) {
	lo, hi = j, j
	for _, c := range s.subtree(j, 6) {
		if s.toks[c].UPOS != "PUNCT" {
			lo, hi = min(lo, c), max(hi, c)
		}
	}
	return lo, hi
}

// head returns the local index of token j's head, -1 for the root or a
// head outside the sentence.
func (s *sent) head(j int) int {
	h := int(s.toks[j].Head)
	if h < 0 {
		return -1
	}
	h -= s.first
	if h < 0 || h >= len(s.toks) || h == j {
		return -1
	}
	return h
}

// distance is the number of dependency edges between a and b, or a large
// number when they are not connected within 8 steps.
func (s *sent) distance(a, b int) int {
	var up [9]int
	na := 0
	for x := a; x >= 0 && na < len(up); x = s.head(x) {
		up[na] = x
		na++
	}
	for y, n := b, 0; y >= 0 && n <= 8; y, n = s.head(y), n+1 {
		for m := 0; m < na; m++ {
			if up[m] == y {
				return m + n
			}
		}
	}
	return 99
}

// ancestors returns j and up to n of its ancestors, nearest first.
func (s *sent) ancestors(j, n int) []int {
	out := []int{j}
	for x := s.head(j); x >= 0 && len(out) <= n; x = s.head(x) {
		out = append(out, x)
	}
	return out
}

// agentOf reports whether k is in the agent phrase of event noun j ("an
// attack by militants", "criticism from the embassy's staff"): the doer,
// not what the event befalls.
func (s *sent) agentOf(j, k int) bool {
	if s.toks[j].UPOS != "NOUN" {
		return false
	}
	for x := k; x >= 0 && x != j; x = s.head(x) {
		if s.head(x) == j {
			c := s.caseOf(x)
			return c == "by" || c == "from"
		}
	}
	return false
}

// under reports whether x is root or below it.
func (s *sent) under(x, root int) bool {
	for n := 0; x >= 0 && n < 64; x, n = s.head(x), n+1 {
		if x == root {
			return true
		}
	}
	return false
}

// clauseAncestors returns j and up to n of its ancestors, nearest first,
// within j's clause: the walk stops at a coordinated clause with a subject
// or a subordinator of its own ("the closure would last a week, and that
// the envoy had been recalled": the second clause does not take the
// first's modal).
func (s *sent) clauseAncestors(j, n int) []int {
	out := []int{j}
	for x := j; len(out) <= n; {
		if s.toks[x].Rel == "conj" && (s.toks[x].UPOS == "VERB" || s.toks[x].UPOS == "AUX") && len(s.childWith(x, "nsubj", "mark")) > 0 {
			break
		}
		if x = s.head(x); x < 0 {
			break
		}
		out = append(out, x)
	}
	return out
}

// subtree returns the tokens of j's subtree down to depth, in order of
// discovery (depth first).
func (s *sent) subtree(j int, depth int) []int {
	return s.appendSubtree(make([]int, 0, 8), j, depth)
}

func (s *sent) appendSubtree(out []int, j, depth int) []int {
	out = append(out, j)
	if depth == 0 {
		return out
	}
	for _, c := range s.children[j] {
		out = s.appendSubtree(out, c, depth-1)
	}
	return out
}

// childWith returns a child of j whose relation starts with rel, or -1.
func (s *sent) childWith(j int, rels ...string) []int {
	var out []int
	for _, c := range s.children[j] {
		for _, r := range rels {
			if s.toks[c].Rel == r || strings.HasPrefix(s.toks[c].Rel, r+":") {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// caseOf returns the lemma of j's case-marking child ("in", "from"), or "".
func (s *sent) caseOf(j int) string {
	for _, c := range s.children[j] {
		if s.toks[c].Rel == "case" {
			return s.lemmas[c]
		}
	}
	return ""
}

// conjuncts returns j and the tokens coordinated with it.
func (s *sent) conjuncts(j int) []int {
	out := []int{j}
	for _, c := range s.children[j] {
		if s.toks[c].Rel == "conj" {
			out = append(out, s.conjuncts(c)...)
		}
	}
	return out
}

// hasChildLemma reports whether j has a child whose lemma is in set.
func (s *sent) hasChildLemma(j int, set map[string]bool) bool {
	for _, c := range s.children[j] {
		if set[s.lemmas[c]] {
			return true
		}
	}
	return false
}

// sameClause reports whether the dependency path between trigger j and
// argument k stays within one clause: it crosses no adverbial, complement
// or coordinated clause. For a nominal trigger the argument must be below
// it or above it.
func (s *sent) sameClause(j, k int, nominal bool) bool {
	lca := -1
	for y, n := k, 0; y >= 0 && lca < 0 && n < 64; y, n = s.head(y), n+1 {
		for x, m := j, 0; x >= 0 && m < 64; x, m = s.head(x), m+1 {
			if x == y {
				lca = y
				break
			}
		}
	}
	if lca < 0 {
		return false
	}
	// A nominal trigger governs its argument ("the attack on the
	// embassy", "the embassy attack") or is governed by it; a post that is
	// only a sibling ("an embassy spokesman condemned the attack on the
	// hotel") is not what it is about.
	if nominal && lca != j && lca != k {
		return false
	}
	for _, from := range []int{j, k} {
		for x := from; x != lca && x >= 0; x = s.head(x) {
			switch r := s.toks[x].Rel; {
			case r == "parataxis" && s.head(x) >= 0 && s.toks[s.head(x)].Rel == "root" && s.toks[s.head(x)].UPOS == "NOUN":
				// A noun parsed as the sentence's root ("The embassies in
				// Damascus, Syria have been set alight"): its verb hangs
				// off it as parataxis.
			case r == "advcl", r == "ccomp", r == "parataxis", r == "list", strings.HasPrefix(r, "csubj"), r == "acl:relcl":
				return false
			case r == "conj" && (s.toks[x].UPOS == "VERB" || s.toks[x].UPOS == "AUX"):
				return false
			}
		}
	}
	return true
}

// verbalPath reports whether a verbal trigger j reaches the post noun k the
// way a predicate reaches its argument: k depends on j (or on a verb j
// is the xcomp of: "continues to operate"), directly or through nouns that
// carry it: people or premises of the post ("staff from the embassy",
// "the embassy building", "a part of the embassy"). "A road near the
// embassy was closed" is not about the embassy.
func (s *sent) verbalPath(j, k int, carrier func(int) bool) bool {
	// A post that governs the verb: "the embassy closed in 1990" (acl),
	// or a noun parsed as the root with its verb as parataxis.
	for x := s.head(j); x >= 0; x = s.head(x) {
		if x == k {
			return true
		}
	}
	// The verbs j may speak through: j and the verbs it is the xcomp of.
	verbs := map[int]bool{j: true}
	for x := j; s.toks[x].Rel == "xcomp" && s.head(x) >= 0; x = s.head(x) {
		verbs[s.head(x)] = true
	}
	child := k
	for x := s.head(k); x >= 0; x = s.head(x) {
		if verbs[x] {
			return true
		}
		if !carrier(x) && s.toks[child].Rel != "compound" && s.caseOf(child) != "of" {
			return false
		}
		child = x
	}
	return false
}
