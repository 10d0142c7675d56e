package parser

// maxFeats bounds the number of feature templates.
const maxFeats = 256 // a power of 2 (weights.score masks with it), at most 256

func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>31
}

func f1(t, a uint64) uint64       { return mix(mix(t*0xD6E8FEB86659FD93, a), 0) }
func f2(t, a, b uint64) uint64    { return mix(mix(mix(t*0xD6E8FEB86659FD93, a), b), 0) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(mix(t*0xD6E8FEB86659FD93, a), b), c), 0) }

// dist buckets the distance between two positions.
func dist(a, b int32) uint64 {
	if a == 0 || b == 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d < 5:
		return uint64(d)
	case d < 10:
		return 5
	default:
		return 6
	}
}

// features fills st.feats with the hashed features of the configuration.
// Template numbers are part of the model format: append, never renumber.
func (st *state) features() {
	var s0, s1, s2, b0, b1, b2 int32
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
	lim := int32(st.n + 1)
	b0 = int32(st.b)
	if b0+1 <= lim {
		b1 = b0 + 1
	}
	if b0+2 <= lim {
		b2 = b0 + 2
	}
	// p is the primary tag (UPOS: with predicted tags it serves the
	// templates better than XPOS), u the secondary one (XPOS).
	w, p, u := st.wh, st.ph, st.sh
	lab := func(x int32) uint64 {
		if x == 0 {
			return 0
		}
		return uint64(st.label[x]) + 1
	}
	s0w, s0p, s1w, s1p, s2w, s2p := w[s0], p[s0], w[s1], p[s1], w[s2], p[s2]
	b0w, b0p, b1w, b1p, b2w, b2p := w[b0], p[b0], w[b1], p[b1], w[b2], p[b2]
	s0wp, s1wp, b0wp, b1wp := mix(s0w, s0p), mix(s1w, s1p), mix(b0w, b0p), mix(b1w, b1p)
	s0l, s0l2, s0r, s0r2 := st.l1[s0], st.l2[s0], st.r1[s0], st.r2[s0]
	s1l, s1r, s1r2 := st.l1[s1], st.r1[s1], st.r2[s1]
	b0l, b0l2 := st.l1[b0], st.l2[b0]
	d := dist(s0, b0)
	d1 := dist(s1, s0)
	s0vl, s0vr, b0vl := uint64(st.nl[s0]), uint64(st.nr[s0]), uint64(st.nl[b0])
	s1vl, s1vr := uint64(st.nl[s1]), uint64(st.nr[s1])

	f := &st.feats
	i := 0
	add := func(h uint64) { f[i] = fixKey(h); i++ }
	// single words
	add(f1(1, s0w))
	add(f1(2, s0p))
	add(f1(3, s0wp))
	add(f1(4, s1w))
	add(f1(5, s1p))
	add(f1(6, s1wp))
	add(f1(7, s2p))
	add(f1(8, mix(s2w, s2p)))
	add(f1(9, b0w))
	add(f1(10, b0p))
	add(f1(11, b0wp))
	add(f1(12, b1w))
	add(f1(13, b1p))
	add(f1(14, b1wp))
	add(f1(15, b2w))
	add(f1(16, b2p))
	add(f1(17, mix(b2w, b2p)))
	add(f2(18, u[s0], u[b0]))
	add(f2(19, u[s1], u[s0]))
	// pairs
	add(f2(20, s0wp, b0wp))
	add(f2(21, s0wp, b0w))
	add(f2(22, s0w, b0wp))
	add(f2(23, s0wp, b0p))
	add(f2(24, s0p, b0wp))
	add(f2(25, s0w, b0w))
	add(f2(26, s0p, b0p))
	add(f2(27, b0p, b1p))
	add(f2(28, s1wp, s0wp))
	add(f2(29, s1wp, s0w))
	add(f2(30, s1w, s0wp))
	add(f2(31, s1wp, s0p))
	add(f2(32, s1p, s0wp))
	add(f2(33, s1w, s0w))
	add(f2(34, s1p, s0p))
	add(f2(35, s1p, b0p))
	add(f2(36, s1w, b0w))
	add(f2(37, b0w, b1w))
	add(f2(38, b0wp, b1p))
	// triples
	add(f3(40, b0p, b1p, b2p))
	add(f3(41, s0p, b0p, b1p))
	add(f3(42, s1p, s0p, b0p))
	add(f3(43, s2p, s1p, s0p))
	add(f3(44, s0p, p[s0l], b0p))
	add(f3(45, s0p, p[s0r], b0p))
	add(f3(46, s0p, b0p, p[b0l]))
	add(f3(47, s1p, p[s1r], s0p))
	add(f3(48, s1p, s0p, p[s0l]))
	add(f3(49, s1p, p[s1l], s0p))
	add(f3(50, s1p, s0p, p[s0r]))
	add(f3(51, s1w, s0p, b0p))
	add(f3(52, s1p, s0w, b0p))
	add(f3(53, s1p, s0p, b0w))
	// distance
	add(f2(60, s0w, d))
	add(f2(61, s0p, d))
	add(f2(62, b0w, d))
	add(f2(63, b0p, d))
	add(f3(64, s0w, b0w, d))
	add(f3(65, s0p, b0p, d))
	add(f3(66, s1p, s0p, d1))
	add(f3(67, s1w, s0w, d1))
	add(f2(68, s1w, d1))
	add(f2(69, s0w, d1))
	// valency
	add(f2(70, s0w, s0vr))
	add(f2(71, s0p, s0vr))
	add(f2(72, s0w, s0vl))
	add(f2(73, s0p, s0vl))
	add(f2(74, b0w, b0vl))
	add(f2(75, b0p, b0vl))
	add(f2(76, s1p, s1vr))
	add(f2(77, s1p, s1vl))
	// children
	add(f1(80, w[s0l]))
	add(f1(81, p[s0l]))
	add(f1(82, lab(s0l)))
	add(f1(83, w[s0r]))
	add(f1(84, p[s0r]))
	add(f1(85, lab(s0r)))
	add(f1(86, w[b0l]))
	add(f1(87, p[b0l]))
	add(f1(88, lab(b0l)))
	add(f1(89, w[s1r]))
	add(f1(90, p[s1r]))
	add(f1(91, lab(s1r)))
	add(f1(92, lab(s1l)))
	add(f2(93, s0p, lab(s0l)))
	add(f2(94, s0p, lab(s0r)))
	add(f2(95, b0p, lab(b0l)))
	// third order
	add(f1(100, w[s0l2]))
	add(f1(101, p[s0l2]))
	add(f1(102, lab(s0l2)))
	add(f1(103, w[s0r2]))
	add(f1(104, p[s0r2]))
	add(f1(105, lab(s0r2)))
	add(f1(106, p[b0l2]))
	add(f1(107, lab(b0l2)))
	add(f3(108, s0p, p[s0l], p[s0l2]))
	add(f3(109, s0p, p[s0r], p[s0r2]))
	add(f3(110, b0p, p[b0l], p[b0l2]))
	add(f3(111, s1p, p[s1r], p[s1r2]))
	// label sets
	add(f2(120, s0w, st.rs[s0]))
	add(f2(121, s0p, st.rs[s0]))
	add(f2(122, s0w, st.ls[s0]))
	add(f2(123, s0p, st.ls[s0]))
	add(f2(124, b0w, st.ls[b0]))
	add(f2(125, b0p, st.ls[b0]))
	add(f2(126, s1p, st.rs[s1]))
	add(f2(127, s1p, st.ls[s1]))
	// suffix and shape, secondary tags
	x := st.xh
	add(f1(130, x[s0]))
	add(f1(131, x[b0]))
	add(f1(132, x[b1]))
	add(f1(133, x[s1]))
	add(f2(134, s0p, x[b0]))
	add(f2(135, x[s0], b0p))
	add(f2(136, x[s1], s0p))
	add(f2(137, s1p, x[s0]))
	add(f3(138, u[s0], u[b0], u[b1]))
	add(f3(139, u[s1], u[s0], u[b0]))
	if st.clus {
		i = st.clusterFeatures(i, s0, s1, b0, b1, b2, s0l, s0r, b0l)
	}
	st.nf = i
}
