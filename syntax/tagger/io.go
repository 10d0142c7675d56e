package tagger

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// The model file is gzip-compressed; inside, after the magic line, come
// uvarint-prefixed sections: the classes (UPOS and XPOS strings), the
// words (form, dictionary class + 1, ambiguity class), and the features
// (keys ascending, delta-coded; then each feature's class weights, the
// weights quantized to integers of a stored scale).
const magic = "dragoman tagger 1\n"

// Write writes the model to w.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }

	bw.WriteString(magic)
	uv(uint64(len(m.upos)))
	for c := range m.upos {
		str(m.upos[c])
		str(m.xpos[c])
	}
	keys := make([]string, 0, len(m.words))
	for k := range m.words {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	uv(uint64(len(keys)))
	for _, k := range keys {
		e := m.words[k]
		str(k)
		uv(uint64(e.dict + 1))
		uv(uint64(len(e.tags)))
		bw.Write(e.tags)
	}
	fkeys := m.featureKeys()
	uv(uint64(len(fkeys)))
	var prev uint64
	for _, k := range fkeys {
		uv(k - prev)
		prev = k
	}
	var maxAbs float64
	for _, x := range m.wt {
		maxAbs = max(maxAbs, math.Abs(float64(x)))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	uv(math.Float64bits(scale))
	for _, k := range fkeys {
		f := m.lookup(k)
		lo, hi := m.start[f], m.start[f+1]
		uv(uint64(hi - lo))
		for e := lo; e < hi; e++ {
			bw.WriteByte(m.cls[e])
			sv(int64(math.Round(float64(m.wt[e]) / scale)))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// featureKeys returns the model's feature keys in ascending order.
func (m *Model) featureKeys() []uint64 {
	var ks []uint64
	for _, k := range m.keys {
		if k != 0 {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	return ks
}

// lookup returns the number of feature k, or -1.
func (m *Model) lookup(k uint64) int {
	j := k & m.mask
	for m.keys[j] != 0 {
		if m.keys[j] == k {
			return int(m.slot[j])
		}
		j = (j + 1) & m.mask
	}
	return -1
}

// Read reads a model written by Write. A truncated or corrupt model is an
// error saying so.
func Read(r io.Reader) (*Model, error) {
	m, err := read(r)
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = errors.New("truncated")
		}
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	return m, nil
}

func read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("not a gzip stream: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, err
	}
	if string(head) != magic {
		return nil, fmt.Errorf("bad header %q", strings.TrimSpace(string(head)))
	}
	var rerr error
	uv := func(limit uint64, what string) uint64 {
		if rerr != nil {
			return 0
		}
		x, err := binary.ReadUvarint(br)
		if err != nil {
			rerr = err
			return 0
		}
		if x > limit {
			rerr = fmt.Errorf("%s %d out of range", what, x)
			return 0
		}
		return x
	}
	str := func(what string) string {
		n := uv(1<<16, what+" length")
		if rerr != nil {
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			rerr = err
		}
		return string(b)
	}
	m := &Model{}
	nc := int(uv(maxClasses, "class count"))
	if rerr == nil && nc == 0 {
		rerr = errors.New("no classes")
	}
	for c := 0; c < nc && rerr == nil; c++ {
		m.upos = append(m.upos, str("UPOS"))
		m.xpos = append(m.xpos, str("XPOS"))
	}
	nw := int(uv(1<<24, "word count"))
	m.words = make(map[string]wordEntry, nw)
	for i := 0; i < nw && rerr == nil; i++ {
		k := str("word")
		d := int32(uv(uint64(nc), "dictionary class")) - 1
		tags := make([]uint8, uv(uint64(nc), "ambiguity class size"))
		if rerr != nil {
			break
		}
		if _, err := io.ReadFull(br, tags); err != nil {
			rerr = err
			break
		}
		for _, c := range tags {
			if int(c) >= nc {
				rerr = fmt.Errorf("word %q: class %d out of range", k, c)
			}
		}
		m.words[k] = wordEntry{amb: ambHash(tags), tags: tags, dict: d}
	}
	nf := int(uv(1<<26, "feature count"))
	keys := make([]uint64, 0, nf)
	var prev uint64
	for i := 0; i < nf && rerr == nil; i++ {
		d := uv(math.MaxUint64, "feature key")
		if rerr == nil && d == 0 {
			rerr = errors.New("feature keys not ascending")
		}
		prev += d
		keys = append(keys, prev)
	}
	scale := math.Float64frombits(uv(math.MaxUint64, "scale"))
	if rerr == nil && (math.IsNaN(scale) || math.IsInf(scale, 0) || scale <= 0) {
		rerr = errors.New("bad weight scale")
	}
	start := make([]uint32, 1, nf+1)
	var cls []uint8
	var wt []float32
	for i := 0; i < nf && rerr == nil; i++ {
		n := int(uv(uint64(nc), "feature weights"))
		for e := 0; e < n && rerr == nil; e++ {
			c, err := br.ReadByte()
			if err != nil {
				rerr = err
				break
			}
			if int(c) >= nc {
				rerr = fmt.Errorf("weight class %d out of range", c)
				break
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				rerr = err
				break
			}
			cls = append(cls, c)
			wt = append(wt, float32(float64(q)*scale))
		}
		start = append(start, uint32(len(cls)))
	}
	if rerr != nil {
		return nil, rerr
	}
	if _, err := br.ReadByte(); err != io.EOF {
		if err == nil {
			return nil, errors.New("trailing data")
		}
		return nil, err
	}
	m.build(keys, start, cls, wt)
	return m, nil
}
