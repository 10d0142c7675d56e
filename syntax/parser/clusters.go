package parser

import "github.com/dragoman/dragoman/syntax/cluster"

// Word clusters as features (Koo, Carreras & Collins 2008): a model
// trained with Options.Clusters keeps each clustered word's bit string
// (by the hash of its folded form) and sees, for the words its templates
// read, the string's prefixes of 4 and 6 bits and the whole string.

// hNoCluster stands for a word without a cluster.
const hNoCluster uint64 = 0x6e6f636c // "nocl"

// clusterTable maps the hash of a folded word form to its cluster code.
func clusterTable(es []cluster.Entry) map[uint64]uint64 {
	return cluster.Table(es, func(w string) uint64 { return fnv(w, true) })
}

// prefixHash hashes the first k bits of code (all of them when k is 0
// or the code is shorter).
func prefixHash(code uint64, k int) uint64 {
	return mix(cluster.Prefix(code, k), uint64(k)) | 1<<63
}

// setClusters fills the cluster hashes of the words from the hashes of
// their folded forms, wh (before any unknown-word mapping).
func (st *state) setClusters(t map[uint64]uint64) {
	m := st.n + 2
	st.c4, st.c6, st.cf = grow(st.c4, m), grow(st.c6, m), grow(st.cf, m)
	st.c4[0], st.c6[0], st.cf[0] = hNone, hNone, hNone
	st.c4[m-1], st.c6[m-1], st.cf[m-1] = hRoot, hRoot, hRoot
	for i := 1; i <= st.n; i++ {
		code, ok := t[st.wh[i]]
		if !ok {
			st.c4[i], st.c6[i], st.cf[i] = hNoCluster, hNoCluster, hNoCluster
			continue
		}
		st.c4[i], st.c6[i], st.cf[i] = prefixHash(code, 4), prefixHash(code, 6), prefixHash(code, 0)
	}
	st.clus = true
}

// clusterFeatures adds the cluster templates from i on and returns the
// next free index.
func (st *state) clusterFeatures(i int, s0, s1, b0, b1, b2 int32, s0l, s0r, b0l int32) int {
	f := &st.feats
	add := func(h uint64) { f[i] = fixKey(h); i++ }
	p := st.ph
	c4, c6, cf := st.c4, st.c6, st.cf
	d := dist(s0, b0)
	// single words
	add(f1(150, c4[s0]))
	add(f1(151, c6[s0]))
	add(f1(152, cf[s0]))
	add(f1(153, c4[b0]))
	add(f1(154, c6[b0]))
	add(f1(155, cf[b0]))
	add(f1(156, c4[b1]))
	add(f1(157, cf[b1]))
	add(f1(158, c4[s1]))
	add(f1(159, cf[s1]))
	add(f1(160, c4[b2]))
	add(f2(161, cf[s0], p[s0]))
	add(f2(162, cf[b0], p[b0]))
	// pairs
	add(f2(170, c4[s0], c4[b0]))
	add(f2(171, c6[s0], c6[b0]))
	add(f2(172, cf[s0], cf[b0]))
	add(f2(173, cf[s0], p[b0]))
	add(f2(174, p[s0], cf[b0]))
	add(f2(175, c4[s0], p[b0]))
	add(f2(176, p[s0], c4[b0]))
	add(f2(177, c4[s1], c4[s0]))
	add(f2(178, c6[s1], c6[s0]))
	add(f2(179, cf[s1], p[s0]))
	add(f2(180, p[s1], cf[s0]))
	add(f2(181, c4[b0], c4[b1]))
	// triples and context
	add(f3(190, c4[s0], c4[b0], d))
	add(f3(191, p[s0], p[b0], c4[b1]))
	add(f3(192, c4[s1], p[s0], p[b0]))
	add(f3(193, p[s0], c4[s0l], p[b0]))
	add(f3(194, p[s0], c4[s0r], p[b0]))
	add(f2(195, c4[b0], c4[b0l]))
	return i
}
