package parser

import (
	"math"
	"slices"
	"sort"
)

// weights is the read-only scoring table: an open-addressing hash table
// (linear probing) from feature key to a run of (class, weight) entries.
// The weights are quantized to 16-bit integers (held as float32); the true
// weight is the quantized one times scale, but scores are only compared, so
// Parse adds the quantized weights as they are.
type weights struct {
	mask  uint64
	slots []slot
	cls   []uint16
	w     []float32
	scale float32
}

type slot struct {
	key   uint64 // 0 = empty
	start uint32
	n     uint32
}

// fixKey keeps feature keys off the empty-slot marker.
func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// score sets scores to the sum of the (quantized) weights of feats. The
// slots are resolved for all features first and the weights added after,
// so that the memory loads of different features overlap.
func (t *weights) score(feats []uint64, scores []float32) {
	clear(scores)
	if t.mask == 0 {
		return
	}
	var hits [maxFeats]slot
	nh := 0
	for _, f := range feats {
		i := f & t.mask
		for {
			s := t.slots[i]
			if s.key == f {
				hits[nh] = s
				nh++
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & t.mask
		}
	}
	for _, s := range hits[:nh] {
		cls := t.cls[s.start : s.start+s.n]
		w := t.w[s.start : s.start+s.n]
		for j, c := range cls {
			scores[c] += w[j]
		}
	}
}

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
	total := 0
	for _, r := range rows {
		total += len(r.cls)
	}
	size := 1
	for size < 2*len(rows)+1 {
		size <<= 1
	}
	t.mask, t.slots = uint64(size-1), make([]slot, size)
	t.cls, t.w = make([]uint16, 0, total), make([]float32, 0, total)
	for _, r := range rows {
		start := len(t.cls)
		for j, w := range r.w {
			v := math.Round(float64(w / scale))
			v = max(-32767, min(32767, v))
			if v != 0 {
				t.cls = append(t.cls, r.cls[j])
				t.w = append(t.w, float32(v))
			}
		}
		if len(t.cls) == start {
			continue
		}
		key := fixKey(r.key)
		i := key & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{key: key, start: uint32(start), n: uint32(len(t.cls) - start)}
	}
	return t
}

// rows returns the table's rows in increasing key order, with the weights
// scaled back.
func (t *weights) rows() []row {
	var rs []row
	for _, s := range t.slots {
		if s.key == 0 {
			continue
		}
		r := row{key: s.key, cls: t.cls[s.start : s.start+s.n], w: make([]float32, s.n)}
		for j, q := range t.w[s.start : s.start+s.n] {
			r.w[j] = q * t.scale
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
