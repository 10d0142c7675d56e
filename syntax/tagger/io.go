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
// words (form, dictionary class + 1, ambiguity class), the word profiles
// (word, count, capitalized count, left and right neighbour), and the features
// (keys ascending, delta-coded; then each feature's class weights, the
// weights quantized to integers of a stored scale).
const magic = "dragoman tagger 2\n"

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
	pkeys := make([]string, 0, len(m.profiles))
	for k := range m.profiles {
		pkeys = append(pkeys, k)
	}
	slices.Sort(pkeys)
	uv(uint64(len(pkeys)))
	for _, k := range pkeys {
		p := m.profiles[k].p
		str(k)
		uv(uint64(p.count))
		uv(uint64(p.caps))
		str(p.left)
		str(p.right)
	}
	fkeys := m.keys
	uv(uint64(len(fkeys)))
	var prev uint64
	for _, k := range fkeys {
		uv(k - prev)
		prev = k
	}
	uv(math.Float64bits(m.scale))
	for f := range fkeys {
		ws := m.weights[m.start[f]:m.start[f+1]]
		uv(uint64(len(ws)))
		for _, x := range ws {
			bw.WriteByte(uint8(x))
			sv(int64(int16(x >> 16)))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
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
	np := int(uv(1<<24, "profile count"))
	m.profiles = make(map[string]wordProfile, np)
	for i := 0; i < np && rerr == nil; i++ {
		k := str("profile word")
		count := int(uv(1<<40, "profile count"))
		caps := int(uv(uint64(count), "profile capitals"))
		left, right := str("profile neighbour"), str("profile neighbour")
		m.profiles[k] = newWordProfile(profile{count: count, caps: caps, left: left, right: right})
	}
	nf := int(uv(1<<26, "feature count"))
	keys := make([]uint64, 0, min(nf, 1<<20))
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
	var weights []uint32
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
			if q < math.MinInt16 || q > math.MaxInt16 || len(weights) >= maxWeights {
				rerr = fmt.Errorf("weight %d out of range", q)
				break
			}
			weights = append(weights, uint32(uint16(int16(q)))<<16|uint32(c))
		}
		start = append(start, uint32(len(weights)))
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
	m.build(keys, start, weights, scale)
	return m, nil
}
