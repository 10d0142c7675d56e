// Package modelio writes and reads the syntax layer's model files: a gzip
// stream holding a magic line, then uvarints, varints, bytes and
// length-prefixed strings in the order the model chooses. Reading checks
// every number against a limit and ends with the gzip checksum, so a
// truncated or corrupt file is an error, never a half-read model.
package modelio

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Writer writes a model file.
type Writer struct {
	zw  *gzip.Writer
	bw  *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

// NewWriter starts a model file on w with its magic line.
func NewWriter(w io.Writer, magic string) *Writer {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression) // the level is valid
	mw := &Writer{zw: zw, bw: bufio.NewWriter(zw)}
	mw.bw.WriteString(magic)
	return mw
}

// Uvarint writes x.
func (w *Writer) Uvarint(x uint64) { w.bw.Write(w.buf[:binary.PutUvarint(w.buf[:], x)]) }

// Varint writes x.
func (w *Writer) Varint(x int64) { w.bw.Write(w.buf[:binary.PutVarint(w.buf[:], x)]) }

// Byte writes b.
func (w *Writer) Byte(b byte) { w.bw.WriteByte(b) }

// Bytes writes b's length and b.
func (w *Writer) Bytes(b []byte) { w.Uvarint(uint64(len(b))); w.bw.Write(b) }

// String writes s's length and s.
func (w *Writer) String(s string) { w.Uvarint(uint64(len(s))); w.bw.WriteString(s) }

// Close finishes the file; it returns the first write error.
func (w *Writer) Close() error {
	if err := w.bw.Flush(); err != nil {
		return err
	}
	return w.zw.Close()
}

// Reader reads a model file. After the first error every read returns a
// zero value and Err (and End) return that error.
type Reader struct {
	br  *bufio.Reader
	err error
	buf []byte // Interned's
}

// MaxString is the longest string a model file may hold.
const MaxString = 1 << 16

// NewReader starts reading a model file from r, checking its magic line.
func NewReader(r io.Reader, magic string) (*Reader, error) {
	mr, _, err := NewReaderOf(r, magic)
	return mr, err
}

// NewReaderOf starts reading a model file whose magic line is one of
// magics (of one length), returning the index of the one it has: a model
// format's versions read by one reader.
func NewReaderOf(r io.Reader, magics ...string) (*Reader, int, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, 0, fmt.Errorf("not a gzip stream: %w", explain(err))
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magics[0]))
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, 0, explain(err)
	}
	for k, m := range magics {
		if string(head) == m {
			return &Reader{br: br}, k, nil
		}
	}
	return nil, 0, fmt.Errorf("bad header %q, want %q", strings.TrimSpace(string(head)), strings.TrimSpace(magics[len(magics)-1]))
}

// explain names a truncated stream as such.
func explain(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("truncated")
	}
	return err
}

// Fail records err unless an error is already recorded.
func (r *Reader) Fail(err error) {
	if r.err == nil {
		r.err = explain(err)
	}
}

// Err returns the first error met.
func (r *Reader) Err() error { return r.err }

// Uvarint reads a number, which must not pass limit; what names it in
// the error.
func (r *Reader) Uvarint(limit uint64, what string) uint64 {
	if r.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(r.br)
	if err != nil {
		r.Fail(err)
		return 0
	}
	if x > limit {
		r.Fail(fmt.Errorf("%s %d out of range", what, x))
		return 0
	}
	return x
}

// Varint reads a signed number within [lo, hi].
func (r *Reader) Varint(lo, hi int64, what string) int64 {
	if r.err != nil {
		return 0
	}
	x, err := binary.ReadVarint(r.br)
	if err != nil {
		r.Fail(err)
		return 0
	}
	if x < lo || x > hi {
		r.Fail(fmt.Errorf("%s %d out of range", what, x))
		return 0
	}
	return x
}

// Byte reads a byte, which must be below limit.
func (r *Reader) Byte(limit int, what string) byte {
	if r.err != nil {
		return 0
	}
	b, err := r.br.ReadByte()
	if err != nil {
		r.Fail(err)
		return 0
	}
	if int(b) >= limit {
		r.Fail(fmt.Errorf("%s %d out of range", what, b))
		return 0
	}
	return b
}

// Bytes reads a length (at most limit) and that many bytes.
func (r *Reader) Bytes(limit int, what string) []byte {
	n := r.Uvarint(uint64(limit), what+" length")
	if r.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r.br, b); err != nil {
		r.Fail(err)
		return nil
	}
	return b
}

// String reads a string of at most MaxString bytes.
func (r *Reader) String(what string) string { return string(r.Bytes(MaxString, what)) }

// Interned reads a string as String does, returning the string of seen
// equal to it when there is one, else the new string, which seen then
// holds: a model whose strings repeat (tags, a word under several keys)
// keeps one copy of each, which the garbage collector visits once.
func (r *Reader) Interned(seen map[string]string, what string) string {
	n := r.Uvarint(MaxString, what+" length")
	if r.err != nil {
		return ""
	}
	if cap(r.buf) < int(n) {
		r.buf = make([]byte, n)
	}
	b := r.buf[:n]
	if _, err := io.ReadFull(r.br, b); err != nil {
		r.Fail(err)
		return ""
	}
	if s, ok := seen[string(b)]; ok {
		return s
	}
	s := string(b)
	seen[s] = s
	return s
}

// End checks that the file ends here, its checksum right, and returns the
// first error met.
func (r *Reader) End() error {
	if r.err != nil {
		return r.err
	}
	switch _, err := r.br.ReadByte(); {
	case err == nil:
		r.err = errors.New("trailing data")
	case err != io.EOF:
		r.Fail(err)
	}
	return r.err
}

// SortedKeys returns m's keys in ascending order.
func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Damaged returns damaged copies of a good model file, by name, for tests:
// empty, not gzip, cut short in several places, a byte flipped.
func Damaged(good []byte) map[string][]byte {
	flipped := slices.Clone(good)
	flipped[len(flipped)/2] ^= 0x55
	return map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello, world"),
		"one byte":  good[:1],
		"half":      good[:len(good)/2],
		"no footer": good[:len(good)-4],
		"flipped":   flipped,
	}
}
