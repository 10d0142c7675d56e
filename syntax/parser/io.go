package parser

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Model file format (all of it gzip-compressed):
//
//	"dragoman-parser 1\n"
//	uvarint number of labels, then each label as uvarint length + bytes
//	uvarint number of feature rows
//	per row, in increasing key order: uvarint key delta from the previous
//	key (the first from 0), uvarint number of entries, then per entry
//	uvarint class and the weight as a little-endian float32
//	"end\n"
const magic = "dragoman-parser 1\n"

// Write writes the model in its compressed binary format.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	slots := make([]slot, 0, len(m.w.slots)/2)
	for _, s := range m.w.slots {
		if s.key != 0 {
			slots = append(slots, s)
		}
	}
	sort.Slice(slots, func(i, j int) bool { return slots[i].key < slots[j].key })
	uv(uint64(len(slots)))
	prev := uint64(0)
	for _, s := range slots {
		uv(s.key - prev)
		prev = s.key
		uv(uint64(s.n))
		for j := s.start; j < s.start+s.n; j++ {
			uv(uint64(m.w.cls[j]))
			binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(m.w.w[j]))
			bw.Write(buf[:4])
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
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("parser model: bad header (want %q)", magic[:len(magic)-1])
	}
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
	nc := uint64(m.numClasses())
	nrows, err := binary.ReadUvarint(br)
	if err != nil || nrows > 1<<28 {
		return bad("row count", err)
	}
	rows := make([]row, 0, nrows)
	key := uint64(0)
	var w4 [4]byte
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
			if _, err := io.ReadFull(br, w4[:]); err != nil {
				return bad("weight", err)
			}
			r.cls[j] = uint16(c)
			r.w[j] = math.Float32frombits(binary.LittleEndian.Uint32(w4[:]))
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
	m.w = build(rows)
	return m, nil
}
