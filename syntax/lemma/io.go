package lemma

import (
	"fmt"
	"io"
	"strings"

	"github.com/dragoman/dragoman/syntax/internal/modelio"
)

// The model file (see package modelio) holds, after the magic line, the
// lexicon (count, then key and lemma per entry, keys ascending) and the
// rules (count, then key, case flag, strip count and added text).
const magic = "dragoman lemma 1\n"

// Write writes the model to w.
func (m *Model) Write(w io.Writer) error {
	mw := modelio.NewWriter(w, magic)
	keys := modelio.SortedKeys(m.lex)
	mw.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		mw.String(k)
		mw.String(m.lex[k])
	}
	keys = modelio.SortedKeys(m.rules)
	mw.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		r := m.rules[k]
		mw.String(k)
		if r.keep {
			mw.Uvarint(1)
		} else {
			mw.Uvarint(0)
		}
		mw.Uvarint(uint64(r.strip))
		mw.String(r.add)
	}
	return mw.Close()
}

// Read reads a model written by Write. A truncated or corrupt model is an
// error saying so.
func Read(r io.Reader) (*Model, error) {
	mr, err := modelio.NewReader(r, magic)
	if err != nil {
		return nil, fmt.Errorf("lemma model: %w", err)
	}
	m := &Model{lex: map[string]string{}, rules: map[string]rule{}}
	n := int(mr.Uvarint(1<<24, "lexicon size"))
	for i := 0; i < n && mr.Err() == nil; i++ {
		k := mr.String("lexicon key")
		m.lex[k] = mr.String("lemma")
	}
	n = int(mr.Uvarint(1<<24, "rule count"))
	for i := 0; i < n && mr.Err() == nil; i++ {
		k := mr.String("rule key")
		if mr.Err() == nil && !strings.Contains(k, "\t") {
			mr.Fail(fmt.Errorf("rule key %q has no tab", k))
		}
		keep := mr.Uvarint(1, "rule case flag") == 1
		strip := int(mr.Uvarint(modelio.MaxString, "rule strip count"))
		m.rules[k] = rule{keep: keep, strip: strip, add: mr.String("rule text")}
	}
	if err := mr.End(); err != nil {
		return nil, fmt.Errorf("lemma model: %w", err)
	}
	return m, nil
}
