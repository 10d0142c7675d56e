package parser

import (
	"math"
	"slices"
	"sort"
)

// weights is the read-only scoring table: an open-addressing hash table
// (linear probing) from feature key to a run of (class, weight) entries.
// A key's home slot is its high bits scaled to the table's size, which
// grows with the key, and the keys are put in in increasing order without
// wrapping around (the slots past the last home are overflow), so the
// keys stand in increasing order along the table: a look-up stops at the
// first larger key, absent features as soon as present ones, and the
// table can be filled fuller (see loadFactor) and built in one pass
// through memory.
// The weights are quantized to 16-bit integers; the true weight is the
// quantized one times scale, but scores are only compared, so Parse adds
// the quantized weights as they are, in 32-bit integers (exact: a score
// is a sum of at most maxFeats weights of at most 32767).
//
// Each entry is one uint32: the class in the high 16 bits, the weight in
// the low 16. A row of one or two entries (most rows) is held in its slot,
// so that finding the feature also brings its weights; a longer row is a
// span of ents in two parts: first the entries of SHIFT and the LEFT
// classes, then those of the RIGHT classes, so that a configuration where
// only one kind of transition is legal adds only its part (a fifth of
// the configurations on EWT dev).
type weights struct {
	homes uint64 // number of home slots; slots has overflow after them
	slots []slot
	ents  []uint32
	n     int // number of entries (weights)
	scale float32
}

// slot is one feature's place in the table. When b has the indirect bit,
// the row's first part is ents[a : a+n1] and its second the n2 entries
// after it, with n1 = b>>partBits&partMask and n2 = b&partMask;
// otherwise a is its first entry and b its second, or 0 when it has one
// (no entry is 0: weights are not 0).
type slot struct {
	key  uint64 // 0 = empty
	a, b uint32
}

const (
	indirect = 1 << 31
	partBits = 15
	partMask = 1<<partBits - 1
)

func entry(class uint16, q int16) uint32 { return uint32(class)<<16 | uint32(uint16(q)) }

// isRightEntry reports whether an entry's class is a RIGHT transition.
func isRightEntry(e uint32) bool { return isRight(int(e >> 16)) }

// home returns the home slot of key k in a table of n home slots: the
// high 32 bits of k scaled to n, which never decreases as k grows.
func home(k, n uint64) uint64 { return k >> 32 * n >> 32 }

// loadFactor is the share of a table's home slots that hold a feature.
const loadFactor = 0.5

// fixKey keeps feature keys off the empty-slot marker.
func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// row returns the entries of the row in slot s in increasing class order
// (the order of the model file); buf holds inline ones.
func (t *weights) row(s *slot, buf *[2]uint32) []uint32 {
	if s.b&indirect != 0 {
		n1, n2 := s.b>>partBits&partMask, s.b&partMask
		es := slices.Clone(t.ents[s.a : s.a+n1+n2])
		slices.Sort(es) // the class is in the high bits
		return es
	}
	buf[0], buf[1] = s.a, s.b
	if s.b == 0 {
		return buf[:1]
	}
	return buf[:2]
}

// Which parts of the long rows score adds: a configuration where a kind
// of transition is illegal needs no scores for its classes.
const (
	partsAll   = iota // every class
	partsLeft         // SHIFT and the LEFT classes (no RIGHT is legal)
	partsRight        // the RIGHT classes (neither SHIFT nor LEFT is legal)
)

// score adds to scores the sum of the (quantized) weights of feats, for
// the classes of parts at least (the others may get partial sums); scores
// must have room for maxClasses (its length is the model's). The slots
// are resolved for all features first and the weights added after, so
// that the memory loads of different features overlap.
//
// memo remembers the slots of recent features (a feature the table lacks
// as a slot of its key with no weights: a=b=0 adds 0 to class 0), so that
// the features that repeat from one configuration to the next and from
// one sentence to the next (most of them: tags, frequent words) are found
// without going out to the large table.
func (t *weights) score(feats []uint64, scores []int32, memo *memo, parts int) {
	if t.homes == 0 {
		return
	}
	// hits and miss live in the memo, which score's caller keeps: as
	// local arrays they would be zeroed (6 kB) at every call.
	hits, miss := &memo.hits, &memo.miss
	nm := 0
	// The first entry of each long row the memo holds is loaded as the
	// memo is read (an index of 0 for the others), so that the rows'
	// cache misses overlap with each other and with the table's.
	last := uint32(len(t.ents) - 1)
	var pre uint32
	for k, f := range feats {
		m := &memo.slots[f&(memoSize-1)]
		h := *m
		hits[k&(maxFeats-1)] = h
		miss[nm] = uint8(k)
		if h.key != f {
			nm++
		}
		pre += t.ents[min(h.a&-(h.b>>31), last)]
	}
	// The features the memo lacks are looked up in the table in two
	// passes: the first only loads their first slots, one independent
	// load after another, so that their cache misses overlap; the second
	// finds them in lines the first brought in.
	var touch uint64
	for _, k := range miss[:nm] {
		touch += t.slots[home(feats[k], t.homes)].key
	}
	memo.touch = touch
	for _, k := range miss[:nm] {
		f := feats[k]
		h := slot{key: f}
		// keys increase along the table, and an empty slot ends it
		i := home(f, t.homes)
		for {
			s := &t.slots[i]
			if s.key >= f {
				if s.key == f {
					h = *s
				}
				break
			}
			if s.key == 0 {
				break
			}
			i++
		}
		memo.slots[f&(memoSize-1)] = h
		hits[k&(maxFeats-1)] = h
		pre += t.ents[min(h.a&-(h.b>>31), last)]
	}
	memo.touch += uint64(pre)
	// sc has room for every class an entry can name, so that adding an
	// entry needs no bounds check.
	sc := (*[maxClasses]int32)(scores[:maxClasses])
	for _, s := range hits[:len(feats)] {
		if s.b&indirect == 0 {
			// b is 0 for a row of one entry, which adds 0 to class 0
			sc[s.a>>16&(maxClasses-1)] += int32(int16(s.a))
			sc[s.b>>16&(maxClasses-1)] += int32(int16(s.b))
			continue
		}
		lo, n1, n2 := s.a, s.b>>partBits&partMask, s.b&partMask
		hi := lo + n1 + n2
		switch parts { // the same for every feature: well predicted
		case partsLeft:
			hi = lo + n1
		case partsRight:
			lo += n1
		}
		es := t.ents[lo:hi]
		for len(es) >= 4 {
			e0, e1, e2, e3 := es[0], es[1], es[2], es[3]
			sc[e0>>16&(maxClasses-1)] += int32(int16(e0))
			sc[e1>>16&(maxClasses-1)] += int32(int16(e1))
			sc[e2>>16&(maxClasses-1)] += int32(int16(e2))
			sc[e3>>16&(maxClasses-1)] += int32(int16(e3))
			es = es[4:]
		}
		// The last 0 to 3 entries are added as 3, those past the part
		// masked to 0 (adding 0 to class 0): a loop over them would
		// mispredict its exit for most rows. ents ends with 3 zero
		// entries, so that the 3 are there to read.
		r := len(es)
		tail := t.ents[hi-uint32(r):][:3]
		m := &tailMask[r&3]
		e0, e1, e2 := tail[0]&m[0], tail[1]&m[1], tail[2]&m[2]
		sc[e0>>16&(maxClasses-1)] += int32(int16(e0))
		sc[e1>>16&(maxClasses-1)] += int32(int16(e1))
		sc[e2>>16&(maxClasses-1)] += int32(int16(e2))
	}
}

// tailMask[r] keeps the first r of 3 entries.
var tailMask = [4][3]uint32{{}, {^uint32(0)}, {^uint32(0), ^uint32(0)}, {^uint32(0), ^uint32(0), ^uint32(0)}}

// memo is a direct-mapped cache of table slots by feature key (see
// weights.score); the zero memo is empty, as no feature key is 0.
type memo struct {
	slots [memoSize]slot
	touch uint64 // keeps the loads of score's first pass
	// score's scratch: the slots found for each feature and the indexes
	// of those the memo lacked (only what score writes is read)
	hits [maxFeats]slot
	miss [maxFeats]uint8
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
	var q qrows
	for _, r := range sortedRows(rows) {
		for j, w := range r.w {
			v := math.Round(float64(w / scale))
			v = max(-32767, min(32767, v))
			if r.cls[j] >= maxClasses {
				panic("parser: too many classes")
			}
			if v != 0 {
				q.es = append(q.es, entry(r.cls[j], int16(v)))
			}
		}
		q.end(r.key)
	}
	return q.build(scale)
}

// qrows are rows of quantized entries, in increasing key order, held flat
// (no pointers for the garbage collector to follow while a model loads).
type qrows struct {
	keys []uint64 // fixed keys
	ends []int    // row i's entries end at es[ends[i]]
	es   []uint32
}

// end ends the row of key k, with the entries appended to es since the
// last row; a row without entries is dropped.
func (q *qrows) end(k uint64) {
	start := 0
	if n := len(q.ends); n > 0 {
		start = q.ends[n-1]
	}
	if len(q.es) == start {
		return
	}
	q.keys = append(q.keys, fixKey(k))
	q.ends = append(q.ends, len(q.es))
}

// build makes the table of the rows with the given scale.
func (q *qrows) build(scale float32) weights {
	t := weights{scale: scale, n: len(q.es)}
	t.homes = uint64(float64(len(q.keys))/loadFactor) + 1
	t.slots = make([]slot, t.homes, t.homes+t.homes/64+2)
	next := uint64(0) // the first slot after the last key's
	// long holds the rows of more than two entries, each with the table
	// index of its slot, until they are laid out in ents.
	type longRow struct {
		slot   uint64
		n1, n2 int // entries of the two parts
	}
	var long []longRow
	var parts [2][]uint32 // the long rows' parts, one after the other
	start := 0
	for r, key := range q.keys {
		es := q.es[start:q.ends[r]]
		start = q.ends[r]
		s := slot{key: key}
		switch len(es) {
		case 1:
			s.a = es[0]
		case 2:
			s.a, s.b = es[0], es[1]
		}
		i := max(home(s.key, t.homes), next)
		for i >= uint64(len(t.slots)) {
			t.slots = append(t.slots, slot{})
		}
		next = i + 1
		if len(es) > 2 {
			lr := longRow{slot: i}
			for p := range parts {
				k := len(parts[p])
				for _, e := range es {
					if isRightEntry(e) == (p == 1) {
						parts[p] = append(parts[p], e)
					}
				}
				if p == 0 {
					lr.n1 = len(parts[p]) - k
				} else {
					lr.n2 = len(parts[p]) - k
				}
			}
			long = append(long, lr)
			s.b = indirect // marks the slot taken; set below
		}
		t.slots[i] = s
	}
	// The long rows are laid out longest first: the features with many
	// classes (tags and their pairs) are the ones that recur in nearly
	// every configuration, and packed together they share fewer cache
	// lines than scattered in key order.
	var at [2]int
	src := make([][2]int, len(long)) // each row's parts' start in parts
	total := 0
	for k, r := range long {
		src[k] = at
		at[0] += r.n1
		at[1] += r.n2
		total += r.n1 + r.n2
	}
	order := make([]int, len(long))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return long[b].n1 + long[b].n2 - long[a].n1 - long[a].n2 })
	t.ents = make([]uint32, 0, total+3)
	for _, k := range order {
		r := long[k]
		s := &t.slots[r.slot]
		s.a, s.b = uint32(len(t.ents)), indirect|uint32(r.n1)<<partBits|uint32(r.n2)
		t.ents = append(t.ents, parts[0][src[k][0]:src[k][0]+r.n1]...)
		t.ents = append(t.ents, parts[1][src[k][1]:src[k][1]+r.n2]...)
	}
	t.ents = append(t.ents, 0, 0, 0)         // see score
	t.slots = append(t.slots[:next], slot{}) // an empty slot ends the table
	if uint64(len(t.slots)) < t.homes+1 {
		t.slots = t.slots[:t.homes+1]
	}
	return t
}

// sortedRows returns rows in increasing order of their fixed keys, as
// build puts them in: rows itself when it is (as trained and read rows
// are).
func sortedRows(rows []row) []row {
	less := func(a, b row) int {
		ka, kb := fixKey(a.key), fixKey(b.key)
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	}
	if slices.IsSortedFunc(rows, less) {
		return rows
	}
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, less)
	return rows
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
