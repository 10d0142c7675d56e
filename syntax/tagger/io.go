package tagger

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/dragoman/dragoman/syntax/internal/modelio"
)

// The model file (see package modelio) holds, after the magic line: the
// classes (count, then UPOS and XPOS strings); the words (count, then
// form, dictionary class + 1 and ambiguity class as bytes); the word
// profiles (count, then word, count, capitalized count, left and right
// neighbour); the features (count, keys ascending and delta-coded, the
// weight scale's float64 bits, then each feature's count of class weights
// and for each a class byte and a varint in units of the scale).
//
// Version 3 adds, after the word profiles, the model's feature sets
// (uvarint, featClusters...) and its word clusters (count, then folded
// form and cluster code, 1<<len | bits, in ascending form order). A model
// without them is written as version 2, which is read too.
const (
	magic  = "dragoman tagger 3\n"
	magic2 = "dragoman tagger 2\n"
)

// Write writes the model to w.
func (m *Model) Write(w io.Writer) error {
	head := magic
	if m.feat == 0 {
		head = magic2
	}
	mw := modelio.NewWriter(w, head)
	mw.Uvarint(uint64(len(m.upos)))
	for c := range m.upos {
		mw.String(m.upos[c])
		mw.String(m.xpos[c])
	}
	keys := modelio.SortedKeys(m.words)
	mw.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		e := m.words[k]
		mw.String(k)
		mw.Uvarint(uint64(e.dict + 1))
		mw.Bytes(e.tags)
	}
	keys = modelio.SortedKeys(m.profiles)
	mw.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		p := m.profiles[k].p
		mw.String(k)
		mw.Uvarint(uint64(p.count))
		mw.Uvarint(uint64(p.caps))
		mw.String(p.left)
		mw.String(p.right)
	}
	if m.feat != 0 {
		mw.Uvarint(m.feat)
		keys = modelio.SortedKeys(m.clusters)
		mw.Uvarint(uint64(len(keys)))
		for _, k := range keys {
			mw.String(k)
			mw.Uvarint(m.clusters[k])
		}
	}
	mw.Uvarint(uint64(len(m.keys)))
	var prev uint64
	for _, k := range m.keys {
		mw.Uvarint(k - prev)
		prev = k
	}
	mw.Uvarint(math.Float64bits(m.scale))
	for f := range m.keys {
		ws := m.weights[m.start[f]:m.start[f+1]]
		mw.Uvarint(uint64(len(ws)))
		for _, x := range ws {
			mw.Byte(uint8(x))
			mw.Varint(int64(int16(x >> 16)))
		}
	}
	return mw.Close()
}

// Read reads a model written by Write. A truncated or corrupt model is an
// error saying so.
func Read(r io.Reader) (*Model, error) {
	mr, version, err := modelio.NewReaderOf(r, magic2, magic)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	m := &Model{}
	nc := int(mr.Uvarint(maxClasses, "class count"))
	if mr.Err() == nil && nc == 0 {
		mr.Fail(errors.New("no classes"))
	}
	for c := 0; c < nc && mr.Err() == nil; c++ {
		m.upos = append(m.upos, mr.String("UPOS"))
		m.xpos = append(m.xpos, mr.String("XPOS"))
	}
	nw := int(mr.Uvarint(1<<24, "word count"))
	m.words = make(map[string]wordEntry, min(nw, 1<<16))
	for i := 0; i < nw && mr.Err() == nil; i++ {
		k := mr.String("word")
		d := int32(mr.Uvarint(uint64(nc), "dictionary class")) - 1
		tags := mr.Bytes(nc, "ambiguity class")
		for _, c := range tags {
			if int(c) >= nc {
				mr.Fail(fmt.Errorf("word %q: class %d out of range", k, c))
			}
		}
		m.words[k] = wordEntry{amb: ambHash(tags), tags: tags, dict: d, role: -1}
	}
	np := int(mr.Uvarint(1<<24, "profile count"))
	m.profiles = make(map[string]wordProfile, min(np, 1<<16))
	for i := 0; i < np && mr.Err() == nil; i++ {
		k := mr.String("profile word")
		count := int(mr.Uvarint(1<<40, "profile count"))
		caps := int(mr.Uvarint(uint64(count), "profile capitals"))
		left, right := mr.String("profile neighbour"), mr.String("profile neighbour")
		m.profiles[k] = newWordProfile(profile{count: count, caps: caps, left: left, right: right})
	}
	if version == 1 {
		m.feat = mr.Uvarint(featKnown, "feature sets")
		if mr.Err() == nil && m.feat == 0 {
			mr.Fail(errors.New("version 3 model without feature sets"))
		}
		nk := int(mr.Uvarint(1<<24, "cluster count"))
		if nk > 0 {
			m.clusters = make(map[string]uint64, min(nk, 1<<16))
		}
		for i := 0; i < nk && mr.Err() == nil; i++ {
			k := mr.String("cluster word")
			code := mr.Uvarint(math.MaxUint64, "cluster code")
			if mr.Err() == nil && (code < 2 || k == "") {
				mr.Fail(fmt.Errorf("cluster word %q: bad code", k))
			}
			m.clusters[k] = code
		}
		if mr.Err() == nil && (m.clusters != nil) != (m.feat&featClusters != 0) {
			mr.Fail(errors.New("cluster feature set and clusters disagree"))
		}
	}
	nf := int(mr.Uvarint(1<<26, "feature count"))
	keys := make([]uint64, 0, min(nf, 1<<20))
	var prev uint64
	for i := 0; i < nf && mr.Err() == nil; i++ {
		d := mr.Uvarint(math.MaxUint64, "feature key")
		if mr.Err() == nil && d == 0 {
			mr.Fail(errors.New("feature keys not ascending"))
		}
		prev += d
		keys = append(keys, prev)
	}
	scale := math.Float64frombits(mr.Uvarint(math.MaxUint64, "scale"))
	if mr.Err() == nil && (math.IsNaN(scale) || math.IsInf(scale, 0) || scale <= 0) {
		mr.Fail(errors.New("bad weight scale"))
	}
	start := make([]uint32, 1, min(nf, 1<<20)+1)
	var weights []uint32
	for i := 0; i < nf && mr.Err() == nil; i++ {
		n := int(mr.Uvarint(uint64(nc), "feature weights"))
		if len(weights)+n > maxWeights {
			mr.Fail(errors.New("too many weights"))
		}
		for e := 0; e < n && mr.Err() == nil; e++ {
			c := mr.Byte(nc, "weight class")
			q := mr.Varint(math.MinInt16, math.MaxInt16, "weight")
			weights = append(weights, uint32(uint16(int16(q)))<<16|uint32(c))
		}
		start = append(start, uint32(len(weights)))
	}
	if err := mr.End(); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	m.build(keys, start, weights, scale)
	return m, nil
}
