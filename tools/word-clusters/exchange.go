package main

import (
	"cmp"
	"math"
	"slices"
)

// corpus is the text as word ids; id 0 is the sentence boundary, which
// sits between sentences and at both ends.
type corpus struct {
	words []string // by id; words[0] is the boundary
	count []int64  // by id
	succ  [][]pair // per word, the words following it, with counts
	pred  [][]pair // per word, the words before it
	total int64
}

type pair struct {
	w int32
	n int64
}

// newCorpus counts the bigrams of the id sequence seq.
func newCorpus(words []string, seq []int32) *corpus {
	c := &corpus{words: words, count: make([]int64, len(words))}
	big := map[[2]int32]int64{}
	for i, w := range seq {
		c.count[w]++
		if i > 0 {
			big[[2]int32{seq[i-1], w}]++
		}
	}
	c.total = int64(len(seq))
	keys := make([][2]int32, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]int32) int {
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		return cmp.Compare(a[1], b[1])
	})
	c.succ = make([][]pair, len(words))
	c.pred = make([][]pair, len(words))
	for _, k := range keys {
		n := big[k]
		c.succ[k[0]] = append(c.succ[k[0]], pair{k[1], n})
		c.pred[k[1]] = append(c.pred[k[1]], pair{k[0], n})
	}
	return c
}

// xlogx is a table of x ln x for the counts that occur.
type xlogx []float64

func newXlogx(n int64) xlogx {
	t := make(xlogx, n+1)
	for i := int64(1); i <= n; i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}

// exchange assigns every word but the boundary to one of k classes
// (1..k; the boundary keeps class 0) by the exchange algorithm (Kneser &
// Ney 1993, Martin et al. 1998): a word moves to the class that most
// raises the likelihood of the class bigram model, until a pass moves
// fewer than minMoves words or after iters passes. Words start in class
// 1 + rank mod k by frequency; the order of the moves is fixed, so the
// result is deterministic.
func exchange(c *corpus, k, iters int, minMoves int, logf func(string, ...any)) []int32 {
	nw := len(c.words)
	cls := make([]int32, nw)
	order := make([]int32, 0, nw-1)
	for w := 1; w < nw; w++ {
		order = append(order, int32(w))
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(c.count[b], c.count[a]) })
	for r, w := range order {
		cls[w] = int32(1 + r%k)
	}
	K := k + 1
	M := make([]int64, K*K) // class bigram counts
	N := make([]int64, K)   // class counts
	for w := 0; w < nw; w++ {
		N[cls[w]] += c.count[w]
		for _, p := range c.succ[w] {
			M[int(cls[w])*K+int(cls[p.w])] += p.n
		}
	}
	f := newXlogx(c.total + 1)
	sc := make([]int64, K)
	pc := make([]int64, K)
	var nzS, nzP []int32
	for it := 0; it < iters; it++ {
		moves := 0
		for _, w := range order {
			// the word's bigrams by the class of the other word
			var self int64
			nzS, nzP = nzS[:0], nzP[:0]
			for _, p := range c.succ[w] {
				if p.w == w {
					self = p.n
					continue
				}
				g := cls[p.w]
				if sc[g] == 0 {
					nzS = append(nzS, g)
				}
				sc[g] += p.n
			}
			for _, p := range c.pred[w] {
				if p.w == w {
					continue
				}
				g := cls[p.w]
				if pc[g] == 0 {
					nzP = append(nzP, g)
				}
				pc[g] += p.n
			}
			n := c.count[w]
			old := int(cls[w])
			// take the word out of its class
			for _, g := range nzS {
				M[old*K+int(g)] -= sc[g]
			}
			for _, g := range nzP {
				M[int(g)*K+old] -= pc[g]
			}
			M[old*K+old] -= self
			N[old] -= n
			best, bestGain := old, math.Inf(-1)
			for l := 1; l < K; l++ {
				gain := 0.0
				row := M[l*K : l*K+K]
				for _, g := range nzS {
					if int(g) != l {
						x := row[g]
						gain += f[x+sc[g]] - f[x]
					}
				}
				for _, g := range nzP {
					if int(g) != l {
						x := M[int(g)*K+l]
						gain += f[x+pc[g]] - f[x]
					}
				}
				x := row[l]
				gain += f[x+sc[l]+pc[l]+self] - f[x]
				gain -= 2 * (f[N[l]+n] - f[N[l]])
				if gain > bestGain+1e-9 || l == old && gain >= bestGain-1e-9 {
					best, bestGain = l, gain
				}
			}
			// put it into the best class
			for _, g := range nzS {
				if int(g) != best {
					M[best*K+int(g)] += sc[g]
				}
			}
			for _, g := range nzP {
				if int(g) != best {
					M[int(g)*K+best] += pc[g]
				}
			}
			M[best*K+best] += sc[best] + pc[best] + self
			N[best] += n
			if best != old {
				cls[w] = int32(best)
				moves++
			}
			for _, g := range nzS {
				sc[g] = 0
			}
			for _, g := range nzP {
				pc[g] = 0
			}
		}
		logf("exchange pass %d: %d words moved, log-likelihood term %.6g", it+1, moves, objective(M, N, K, f))
		if moves < minMoves {
			break
		}
	}
	return cls
}

func objective(M, N []int64, K int, f xlogx) float64 {
	s := 0.0
	for _, x := range M {
		s += f[x]
	}
	for _, x := range N[1:] {
		s -= 2 * f[x]
	}
	return s
}

// hierarchy merges the k classes bottom-up, each time the two whose merge
// loses the least class-bigram likelihood (as Brown et al. merge words),
// and returns each class's bit string: its path from the root, 0 for the
// first-merged side, 1 for the other.
func hierarchy(c *corpus, cls []int32, k int) []string {
	K := k + 1
	M := make([]int64, K*K)
	N := make([]int64, K)
	for w := range c.words {
		N[cls[w]] += c.count[w]
		for _, p := range c.succ[w] {
			M[int(cls[w])*K+int(cls[p.w])] += p.n
		}
	}
	f := newXlogx(c.total + 1)
	// node ids: 1..k are the classes, k+1.. the merges
	left := make([]int, 2*K)
	right := make([]int, 2*K)
	node := make([]int, K) // matrix index -> node id
	for i := 1; i < K; i++ {
		node[i] = i
	}
	active := make([]int, 0, k)
	for i := 1; i < K; i++ {
		if N[i] > 0 {
			active = append(active, i)
		}
	}
	next := K
	rowF := make([]float64, K)
	colF := make([]float64, K)
	sums := func() {
		for _, a := range append([]int{0}, active...) {
			rowF[a], colF[a] = 0, 0
			for g := 0; g < K; g++ {
				rowF[a] += f[M[a*K+g]]
				colF[a] += f[M[g*K+a]]
			}
		}
	}
	for len(active) > 1 {
		sums()
		ba, bb, bestLoss := -1, -1, math.Inf(1)
		for i, a := range active {
			for _, b := range active[i+1:] {
				old := rowF[a] + rowF[b] + colF[a] + colF[b] -
					f[M[a*K+a]] - f[M[a*K+b]] - f[M[b*K+a]] - f[M[b*K+b]] -
					2*f[N[a]] - 2*f[N[b]]
				nw := f[M[a*K+a]+M[a*K+b]+M[b*K+a]+M[b*K+b]] - 2*f[N[a]+N[b]]
				for g := 0; g < K; g++ {
					if g == a || g == b {
						continue
					}
					nw += f[M[a*K+g]+M[b*K+g]] + f[M[g*K+a]+M[g*K+b]]
				}
				if loss := old - nw; loss < bestLoss-1e-9 {
					ba, bb, bestLoss = a, b, loss
				}
			}
		}
		// merge bb into ba
		aa := M[ba*K+ba] + M[ba*K+bb] + M[bb*K+ba] + M[bb*K+bb]
		for g := 0; g < K; g++ {
			M[ba*K+g] += M[bb*K+g]
			M[g*K+ba] += M[g*K+bb]
		}
		for g := 0; g < K; g++ {
			M[bb*K+g], M[g*K+bb] = 0, 0
		}
		M[ba*K+ba] = aa
		N[ba] += N[bb]
		N[bb] = 0
		left[next], right[next] = node[ba], node[bb]
		node[ba] = next
		next++
		active = slices.DeleteFunc(active, func(x int) bool { return x == bb })
	}
	bits := make([]string, K)
	var walk func(id int, path string)
	walk = func(id int, path string) {
		if id < K {
			if path == "" {
				path = "0"
			}
			bits[id] = path
			return
		}
		walk(left[id], path+"0")
		walk(right[id], path+"1")
	}
	if len(active) == 1 {
		walk(node[active[0]], "")
	}
	return bits
}
