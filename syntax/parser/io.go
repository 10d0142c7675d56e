package parser

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Model file format (all of it gzip-compressed):
//
//	"dragoman-parser 3\n"
//	uvarint number of labels, then each label as uvarint length + bytes
//	uvarint number of vocabulary word hashes, then the hashes in increasing
//	order as uvarint deltas (none: no unknown-word mapping)
//	the weight scale as a little-endian float32
//	uvarint number of feature rows
//	per row, in increasing key order: uvarint key delta from the previous
//	key (the first from 0), uvarint number of entries, then per entry
//	uvarint class and the quantized weight as a zigzag varint
//	"end\n"
//
// Versions 1 (no vocabulary) and 2 had no scale and little-endian float32
// weights; they are still read.
const (
	magicPrefix = "dragoman-parser "
	version     = '3'
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
	bw.WriteByte(version)
	bw.WriteByte('\n')
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	vocab := make([]uint64, 0, len(m.vocab))
	for h := range m.vocab {
		vocab = append(vocab, h)
	}
	slices.Sort(vocab)
	uv(uint64(len(vocab)))
	prev := uint64(0)
	for _, h := range vocab {
		uv(h - prev)
		prev = h
	}
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(m.w.scale))
	bw.Write(buf[:4])
	rows := m.w.rows()
	uv(uint64(len(rows)))
	prev = 0
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

// Read reads a model written by Write. A truncated or corrupt model gives an
// error, never a partial model.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: not a gzip stream: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magicPrefix)+2)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:len(magicPrefix)]) != magicPrefix ||
		head[len(magicPrefix)] < '1' || head[len(magicPrefix)] > version || head[len(head)-1] != '\n' {
		return nil, fmt.Errorf("parser model: bad header (want %q)", magicPrefix+string(version))
	}
	ver := head[len(magicPrefix)]
	v2 := ver < '3'
	bad := func(what string, err error) (*Model, error) {
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", errCorrupt, what, err)
		}
		return nil, fmt.Errorf("%w: %s", errCorrupt, what)
	}
	nl, err := binary.ReadUvarint(br)
	if err != nil || nl == 0 || nl > 4096 {
		return bad("label count", err)
	}
	m := &Model{rootL: -1}
	for i := uint64(0); i < nl; i++ {
		n, err := binary.ReadUvarint(br)
		if err != nil || n == 0 || n > 256 {
			return bad("label", err)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return bad("label", err)
		}
		if string(b) == "root" {
			m.rootL = int(i)
		}
		m.labels = append(m.labels, string(b))
	}
	if m.rootL < 0 {
		return bad("no root label", nil)
	}
	var nv uint64
	if ver >= '2' {
		nv, err = binary.ReadUvarint(br)
		if err != nil || nv > 1<<26 {
			return bad("vocabulary size", err)
		}
	}
	if nv > 0 {
		m.vocab = make(map[uint64]struct{}, nv)
		h := uint64(0)
		for i := uint64(0); i < nv; i++ {
			d, err := binary.ReadUvarint(br)
			if err != nil || (d == 0 && i > 0) {
				return bad("vocabulary", err)
			}
			h += d
			m.vocab[h] = struct{}{}
		}
	}
	var scale float32
	var w4 [4]byte
	if !v2 {
		if _, err := io.ReadFull(br, w4[:]); err != nil {
			return bad("scale", err)
		}
		scale = math.Float32frombits(binary.LittleEndian.Uint32(w4[:]))
		if !(scale > 0) || math.IsInf(float64(scale), 0) {
			return bad("scale", nil)
		}
	}
	nc := uint64(m.numClasses())
	nrows, err := binary.ReadUvarint(br)
	if err != nil || nrows > 1<<28 {
		return bad("row count", err)
	}
	rows := make([]row, 0, nrows)
	key := uint64(0)
	for i := uint64(0); i < nrows; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil || (d == 0 && i > 0) {
			return bad("feature key", err)
		}
		key += d
		n, err := binary.ReadUvarint(br)
		if err != nil || n == 0 || n > nc {
			return bad("entry count", err)
		}
		r := row{key: key, cls: make([]uint16, n), w: make([]float32, n)}
		for j := range r.cls {
			c, err := binary.ReadUvarint(br)
			if err != nil || c >= nc {
				return bad("class", err)
			}
			r.cls[j] = uint16(c)
			if v2 {
				if _, err := io.ReadFull(br, w4[:]); err != nil {
					return bad("weight", err)
				}
				r.w[j] = math.Float32frombits(binary.LittleEndian.Uint32(w4[:]))
				continue
			}
			q, err := binary.ReadVarint(br)
			if err != nil || q == 0 || q < -32767 || q > 32767 {
				return bad("weight", err)
			}
			r.w[j] = float32(q) * scale
		}
		rows = append(rows, r)
	}
	tail := make([]byte, 4)
	if _, err := io.ReadFull(br, tail); err != nil || string(tail) != "end\n" {
		return bad("missing end marker", err)
	}
	// Drain to let gzip verify its checksum.
	if _, err := io.Copy(io.Discard, br); err != nil {
		return bad("checksum", err)
	}
	m.w = build(rows, scale)
	return m, nil
}
