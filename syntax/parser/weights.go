package parser

import (
	"math"
	"slices"
	"sort"
)

// weights is the read-only scoring table: an open-addressing hash table
// (linear probing) from feature key to a run of (class, weight) entries.
// The weights are quantized to 16-bit integers; the true weight is the
// quantized one times scale, but scores are only compared, so Parse adds
// the quantized weights as they are, in 32-bit integers (exact: a score
// is a sum of at most maxFeats weights of at most 32767).
//
// Each entry is one uint32: the class in the high 16 bits, the weight in
// the low 16. A row of one or two entries (most rows) is held in its slot,
// so that finding the feature also brings its weights; a longer row is a
// span of ents.
type weights struct {
	mask  uint64
	slots []slot
	ents  []uint32
	n     int // number of entries (weights)
	scale float32
}

// slot is one feature's place in the table. When b has the indirect bit,
// the row is ents[a : a+b&^indirect]; otherwise a is its first entry and
// b its second, or 0 when it has one (no entry is 0: weights are not 0).
type slot struct {
	key  uint64 // 0 = empty
	a, b uint32
}

const indirect = 1 << 31

func entry(class uint16, q int16) uint32 { return uint32(class)<<16 | uint32(uint16(q)) }

// fixKey keeps feature keys off the empty-slot marker.
func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// row returns the entries of the row in slot s; buf holds inline ones.
func (t *weights) row(s *slot, buf *[2]uint32) []uint32 {
	if s.b&indirect != 0 {
		return t.ents[s.a : s.a+s.b&^indirect]
	}
	buf[0], buf[1] = s.a, s.b
	if s.b == 0 {
		return buf[:1]
	}
	return buf[:2]
}

// score sets scores to the sum of the (quantized) weights of feats;
// scores must have room for maxClasses (its length is the model's). The
// slots are resolved for all features first and the weights added after,
// so that the memory loads of different features overlap.
//
// memo remembers the slots of recent features (a feature the table lacks
// as a slot of its key with no weights: a=b=0 adds 0 to class 0), so that
// the features that repeat from one configuration to the next and from
// one sentence to the next (most of them: tags, frequent words) are found
// without going out to the large table.
func (t *weights) score(feats []uint64, scores []int32, memo *memo) {
	clear(scores)
	if t.mask == 0 {
		return
	}
	var hits [maxFeats]slot
	var miss [maxFeats]uint8
	nm := 0
	for k, f := range feats {
		m := &memo.slots[f&(memoSize-1)]
		hits[k&(maxFeats-1)] = *m
		miss[nm] = uint8(k)
		if m.key != f {
			nm++
		}
	}
	// The features the memo lacks are looked up in the table in two
	// passes: the first only loads their first slots, one independent
	// load after another, so that their cache misses overlap; the second
	// finds them in lines the first brought in.
	var touch uint64
	for _, k := range miss[:nm] {
		touch += t.slots[feats[k]&t.mask].key
	}
	memo.touch = touch
	for _, k := range miss[:nm] {
		f := feats[k]
		h := slot{key: f}
		i := f & t.mask
		for {
			s := &t.slots[i]
			if s.key == f {
				h = *s
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & t.mask
		}
		memo.slots[f&(memoSize-1)] = h
		hits[k&(maxFeats-1)] = h
	}
	// sc has room for every class an entry can name, so that adding an
	// entry needs no bounds check.
	sc := (*[maxClasses]int32)(scores[:maxClasses])
	for _, s := range hits[:len(feats)] {
		if s.b&indirect == 0 {
			sc[s.a>>16&(maxClasses-1)] += int32(int16(s.a))
			if s.b != 0 {
				sc[s.b>>16&(maxClasses-1)] += int32(int16(s.b))
			}
			continue
		}
		es := t.ents[s.a : s.a+s.b&^indirect]
		for len(es) >= 4 {
			e0, e1, e2, e3 := es[0], es[1], es[2], es[3]
			sc[e0>>16&(maxClasses-1)] += int32(int16(e0))
			sc[e1>>16&(maxClasses-1)] += int32(int16(e1))
			sc[e2>>16&(maxClasses-1)] += int32(int16(e2))
			sc[e3>>16&(maxClasses-1)] += int32(int16(e3))
			es = es[4:]
		}
		for _, e := range es {
			sc[e>>16&(maxClasses-1)] += int32(int16(e))
		}
	}
}

// memo is a direct-mapped cache of table slots by feature key (see
// weights.score); the zero memo is empty, as no feature key is 0.
type memo struct {
	slots [memoSize]slot
	touch uint64 // keeps the loads of score's first pass
}

const memoSize = 1 << 13

// maxClasses bounds the number of classes: an entry's class has 15 bits.
const maxClasses = 1 << 15

// row is one feature's weights, used while building a table.
type row struct {
	key uint64
	cls []uint16
	w   []float32
}

// build makes a table from rows (keys distinct and non-zero after fixKey).
// The weights are quantized with the given scale, or, when scale is 0, with
// the scale that maps the largest weight to 32767. Weights that round to
// zero are dropped.
func build(rows []row, scale float32) weights {
	if scale == 0 {
		var maxAbs float32
		for _, r := range rows {
			for _, w := range r.w {
				maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
			}
		}
		scale = 1
		if maxAbs > 0 {
			scale = maxAbs / 32767
		}
	}
	t := weights{scale: scale}
	size := 1
	for size < 2*len(rows)+1 {
		size <<= 1
	}
	t.mask, t.slots = uint64(size-1), make([]slot, size)
	var es []uint32
	for _, r := range rows {
		es = es[:0]
		for j, w := range r.w {
			v := math.Round(float64(w / scale))
			v = max(-32767, min(32767, v))
			if r.cls[j] >= maxClasses {
				panic("parser: too many classes")
			}
			if v != 0 {
				es = append(es, entry(r.cls[j], int16(v)))
			}
		}
		if len(es) == 0 {
			continue
		}
		t.n += len(es)
		s := slot{key: fixKey(r.key)}
		switch len(es) {
		case 1:
			s.a = es[0]
		case 2:
			s.a, s.b = es[0], es[1]
		default:
			s.a, s.b = uint32(len(t.ents)), uint32(len(es))|indirect
			t.ents = append(t.ents, es...)
		}
		i := s.key & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = s
	}
	t.ents = slices.Clip(t.ents)
	return t
}

// rows returns the table's rows in increasing key order, with the weights
// scaled back.
func (t *weights) rows() []row {
	var rs []row
	var buf [2]uint32
	for i := range t.slots {
		s := &t.slots[i]
		if s.key == 0 {
			continue
		}
		es := t.row(s, &buf)
		r := row{key: s.key, cls: make([]uint16, len(es)), w: make([]float32, len(es))}
		for j, e := range es {
			r.cls[j] = uint16(e >> 16)
			r.w[j] = float32(int16(e)) * t.scale
		}
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
	return rs
}

// prune drops the weights smaller than min in absolute value from rows,
// and the rows left without any.
func prune(rows []row, min float32) []row {
	var out []row
	for _, r := range rows {
		var n row
		n.key = r.key
		for j, w := range r.w {
			if w >= min || w <= -min {
				n.cls = append(n.cls, r.cls[j])
				n.w = append(n.w, w)
			}
		}
		if len(n.cls) > 0 {
			out = append(out, n)
		}
	}
	return out
}

// threshold returns the absolute weight at or above which at most n of the
// rows' weights lie.
func threshold(rows []row, n int) float32 {
	var a []float32
	for _, r := range rows {
		for _, w := range r.w {
			a = append(a, float32(math.Abs(float64(w))))
		}
	}
	if n >= len(a) {
		return 0
	}
	slices.Sort(a)
	return math.Nextafter32(a[len(a)-n-1], float32(math.Inf(1)))
}

// shrink keeps at most n weights of rows, the largest in absolute value.
func shrink(rows []row, n int) []row {
	if th := threshold(rows, n); th > 0 {
		return prune(rows, th)
	}
	return rows
}
