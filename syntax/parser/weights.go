package parser

import (
	"math"
	"slices"
	"sort"
)

// weights is the read-only scoring table: an open-addressing hash table from
// feature key to a run of (class, weight) entries.
type weights struct {
	mask  uint64
	slots []slot
	cls   []uint16
	w     []float32
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

// find returns the slot holding key, or nil.
func (t *weights) find(key uint64) *slot {
	if t.mask == 0 {
		return nil
	}
	key = fixKey(key)
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == key {
			return s
		}
		if s.key == 0 {
			return nil
		}
	}
}

// score sets scores to the sum of the weights of feats. The slots are
// resolved for all features first and the weights added after, so that the
// memory loads of different features overlap.
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
func build(rows []row) weights {
	size := 1
	for size < 2*len(rows)+1 {
		size <<= 1
	}
	t := weights{mask: uint64(size - 1), slots: make([]slot, size)}
	total := 0
	for _, r := range rows {
		total += len(r.cls)
	}
	t.cls = make([]uint16, 0, total)
	t.w = make([]float32, 0, total)
	for _, r := range rows {
		key := fixKey(r.key)
		i := key & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{key: key, start: uint32(len(t.cls)), n: uint32(len(r.cls))}
		t.cls = append(t.cls, r.cls...)
		t.w = append(t.w, r.w...)
	}
	return t
}

// rows returns the table's rows in increasing key order.
func (t *weights) rows() []row {
	var rs []row
	for _, s := range t.slots {
		if s.key != 0 {
			rs = append(rs, row{key: s.key, cls: t.cls[s.start : s.start+s.n], w: t.w[s.start : s.start+s.n]})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
	return rs
}

// prune drops the weights smaller than min in absolute value, and the
// features left without any.
func (t *weights) prune(min float32) weights {
	var out []row
	for _, r := range t.rows() {
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
	return build(out)
}

// threshold returns the absolute weight at or above which at most n
// weights lie (ties may keep a few more).
func (t *weights) threshold(n int) float32 {
	a := make([]float32, len(t.w))
	for i, w := range t.w {
		if w < 0 {
			w = -w
		}
		a[i] = w
	}
	slices.Sort(a)
	if n >= len(a) {
		return 0
	}
	// the smallest value strictly above the one that would make n+1
	return math.Nextafter32(a[len(a)-n-1], float32(math.Inf(1)))
}
