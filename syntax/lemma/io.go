package lemma

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// The model file is gzip-compressed; inside, after the magic line, come
// the lexicon (count, then key and lemma per entry, keys ascending) and the
// rules (count, then key, case flag, strip count and added text), every
// number a uvarint and every string a uvarint length and its bytes.
const magic = "dragoman lemma 1\n"

// Write writes the model to w.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(magic)
	keys := sortedKeys(m.lex)
	uv(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		str(m.lex[k])
	}
	keys = sortedKeys(m.rules)
	uv(uint64(len(keys)))
	for _, k := range keys {
		r := m.rules[k]
		str(k)
		if r.keep {
			uv(1)
		} else {
			uv(0)
		}
		uv(uint64(r.strip))
		str(r.add)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Read reads a model written by Write. A truncated or corrupt model is an
// error saying so.
func Read(r io.Reader) (*Model, error) {
	m, err := read(r)
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = errors.New("truncated")
		}
		return nil, fmt.Errorf("lemma model: %w", err)
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
	m := &Model{lex: map[string]string{}, rules: map[string]rule{}}
	n := int(uv(1<<24, "lexicon size"))
	for i := 0; i < n && rerr == nil; i++ {
		k := str("lexicon key")
		m.lex[k] = str("lemma")
	}
	n = int(uv(1<<24, "rule count"))
	for i := 0; i < n && rerr == nil; i++ {
		k := str("rule key")
		if rerr == nil && !strings.Contains(k, "\t") {
			rerr = fmt.Errorf("rule key %q has no tab", k)
		}
		keep := uv(1, "rule case flag") == 1
		strip := int(uv(1<<16, "rule strip count"))
		m.rules[k] = rule{keep: keep, strip: strip, add: str("rule text")}
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
	return m, nil
}
