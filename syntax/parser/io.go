package parser

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
)

// Model file format (all of it gzip-compressed):
//
//	"dragoman-parser 6\n" (version 4, without rules or clusters, and
//	version 5, without clusters, are read too; version 7 is written for a
//	model with a beam, see beam.go)
//	uvarint number of labels, then each label as uvarint length + bytes
//	(versions 5 and 6) uvarint 0 (no well-formedness rules) or the number
//	of labels, then per label its conflict and allowed masks as uvarints
//	(see constraints); a model without rules or clusters is written as
//	version 4, one with rules and without clusters as version 5
//	(version 6 only) uvarint number of clustered words, then per word, in
//	increasing order of the hash of its folded form, the uvarint hash
//	delta and the uvarint cluster code (1<<len | bits, see clusters.go)
//	(version 7 only, a model with a beam wider than 1: version 6's
//	sections, the clusters possibly none, then) uvarint beam width
//	uvarint number of vocabulary word hashes, then the hashes in increasing
//	order as uvarint deltas (none: no unknown-word mapping)
//	the weight scale as a little-endian float32
//	uvarint number of feature rows
//	per row, in increasing key order: uvarint key delta from the previous
//	key (the first from 0), uvarint number of entries, then per entry
//	uvarint class and the quantized weight as a zigzag varint
//	"end\n"
const (
	magicPrefix = "dragoman-parser "
	version     = '6'
	versionBeam = '7'
)

// Write writes the model in its compressed binary format.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(magicPrefix)
	v7 := m.beam > 1
	switch {
	case v7:
		bw.WriteByte(versionBeam)
	case m.clusters != nil:
		bw.WriteByte(version)
	case m.cons == nil:
		// Without rules, version 4: a model trained without them keeps
		// the bytes it had before they existed.
		bw.WriteByte('4')
	default:
		bw.WriteByte('5')
	}
	bw.WriteByte('\n')
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	if m.cons != nil {
		uv(uint64(len(m.cons.conflict)))
		for l := range m.cons.conflict {
			uv(m.cons.conflict[l])
			uv(m.cons.allowed[l])
		}
	} else if m.clusters != nil || v7 {
		uv(0)
	}
	if m.clusters != nil || v7 {
		writeKeys(uv, slices.Sorted(maps.Keys(m.clusters)), func(h uint64) { uv(m.clusters[h]) })
	}
	if v7 {
		uv(uint64(m.beam))
	}
	writeKeys(uv, slices.Sorted(maps.Keys(m.vocab)), nil)
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(m.w.scale))
	bw.Write(buf[:4])
	rows := m.w.rows()
	uv(uint64(len(rows)))
	prev := uint64(0)
	for _, r := range rows {
		uv(r.key - prev)
		prev = r.key
		uv(uint64(len(r.cls)))
		for j, c := range r.cls {
			uv(uint64(c))
			bw.Write(buf[:binary.PutVarint(buf[:], int64(math.Round(float64(r.w[j]/m.w.scale))))])
		}
	}
	bw.WriteString("end\n")
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

var errCorrupt = errors.New("parser model: corrupt or truncated")

// writeKeys writes sorted hash keys as their count, then each key's
// uvarint delta from the one before (the first from 0), each followed by
// what value writes for it (nil: nothing).
func writeKeys(uv func(uint64), keys []uint64, value func(uint64)) {
	uv(uint64(len(keys)))
	prev := uint64(0)
	for _, h := range keys {
		uv(h - prev)
		prev = h
		if value != nil {
			value(h)
		}
	}
}

// Read reads a model written by Write. A truncated or corrupt model gives an
// error, never a partial model.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: not a gzip stream: %w", err)
	}
	// Reading to the end lets gzip verify its checksum and length.
	data, err := io.ReadAll(io.LimitReader(zr, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	if len(data) > maxModelBytes {
		return nil, fmt.Errorf("parser model: over %d bytes uncompressed", maxModelBytes)
	}
	magic := magicPrefix + string(version) + "\n"
	head := string(data[:min(len(data), len(magic))])
	old := head == magicPrefix+"4\n"
	v5 := head == magicPrefix+"5\n"
	v7 := head == magicPrefix+string(versionBeam)+"\n"
	if !old && !v5 && !v7 && head != magic {
		return nil, fmt.Errorf("parser model: bad header (want %q)", magic[:len(magic)-1])
	}
	d := decoder{b: data[len(magic):]}
	bad := func(what string) (*Model, error) { return nil, fmt.Errorf("%w: %s", errCorrupt, what) }
	nl := d.uvarint()
	if d.bad || nl == 0 || nl > 4096 {
		return bad("label count")
	}
	m := &Model{rootL: -1}
	for i := uint64(0); i < nl; i++ {
		n := d.uvarint()
		if n == 0 || n > 256 {
			return bad("label")
		}
		l := string(d.bytes(int(n)))
		if d.bad {
			return bad("label")
		}
		if l == "root" {
			m.rootL = int(i)
		}
		m.labels = append(m.labels, l)
	}
	if m.rootL < 0 {
		return bad("no root label")
	}
	if !old {
		nr := d.uvarint()
		if d.bad || (nr != 0 && nr != nl) || nl > 64 && nr != 0 {
			return bad("rule count")
		}
		if nr > 0 {
			m.cons = &constraints{conflict: make([]uint64, nl), allowed: make([]uint64, nl)}
			for l := range m.cons.conflict {
				m.cons.conflict[l], m.cons.allowed[l] = d.uvarint(), d.uvarint()
			}
			if d.bad {
				return bad("rules")
			}
		}
	}
	if !old && !v5 {
		nc := d.uvarint()
		if d.bad || nc == 0 && !v7 || nc > uint64(len(d.b)) {
			return bad("cluster count")
		}
		if nc > 0 {
			m.clusters = make(map[uint64]uint64, nc)
		}
		h := uint64(0)
		for i := uint64(0); i < nc; i++ {
			x, code := d.uvarint(), d.uvarint()
			if d.bad || (x == 0 && i > 0) || code < 2 {
				return bad("clusters")
			}
			h += x
			m.clusters[h] = code
		}
	}
	if v7 {
		k := d.uvarint()
		if d.bad || k < 2 || k > maxBeam {
			return bad("beam width")
		}
		m.beam = int(k)
	}
	nv := d.uvarint()
	if d.bad || nv > uint64(len(d.b)) {
		return bad("vocabulary size")
	}
	if nv > 0 {
		m.vocab = make(map[uint64]struct{}, nv)
		h := uint64(0)
		for i := uint64(0); i < nv; i++ {
			x := d.uvarint()
			if d.bad || (x == 0 && i > 0) {
				return bad("vocabulary")
			}
			h += x
			m.vocab[h] = struct{}{}
		}
	}
	sb := d.bytes(4)
	if d.bad {
		return bad("scale")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb))
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		return bad("scale")
	}
	nc := uint64(m.numClasses())
	nrows := d.uvarint()
	if d.bad || nrows > uint64(len(d.b)) {
		return bad("row count")
	}
	q := qrows{keys: make([]uint64, 0, nrows), ends: make([]int, 0, nrows), es: make([]uint32, 0, len(d.b)/3)}
	key := uint64(0)
	for i := uint64(0); i < nrows; i++ {
		x := d.uvarint()
		if d.bad || (x == 0 && i > 0) {
			return bad("feature key")
		}
		key += x
		n := d.uvarint()
		if d.bad || n == 0 || n > nc {
			return bad("entry count")
		}
		for j := uint64(0); j < n; j++ {
			c := d.uvarint()
			v := d.varint()
			if d.bad || c >= nc {
				return bad("class")
			}
			if v == 0 || v < -32767 || v > 32767 {
				return bad("weight")
			}
			q.es = append(q.es, entry(uint16(c), int16(v)))
		}
		q.end(key)
	}
	if string(d.bytes(4)) != "end\n" || d.bad || len(d.b) != 0 {
		return bad("missing end marker")
	}
	m.setWeights(q.build(scale))
	return m, nil
}

// maxModelBytes bounds a model's uncompressed size.
const maxModelBytes = 1 << 30

// decoder reads varints from a byte slice; bad is set on the first error.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) varint() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) bytes(n int) []byte {
	if n > len(d.b) || n < 0 {
		d.bad = true
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}
