package lemma

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/dragoman/dragoman/syntax/internal/modelio"
)

// The model file (see package modelio) holds, after the magic line, the
// lexicon (count, then per entry the key's kind, word and tag and the
// lemma, keys ascending) and the rules (count, then per rule the key's
// suffix and tag, the case flag, strip count and added text).
const magic = "dragoman lemma 2\n"

// Write writes the model to w.
func (m *Model) Write(w io.Writer) error {
	lex, rules := m.maps()
	mw := modelio.NewWriter(w, magic)
	keys := sortedKeys(lex)
	mw.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		mw.Byte(k.kind)
		mw.String(k.word)
		mw.String(k.tag)
		mw.String(lex[k])
	}
	keys = sortedKeys(rules)
	mw.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		r := rules[k]
		mw.String(k.word)
		mw.String(k.tag)
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

// sortedKeys returns m's keys in ascending order.
func sortedKeys[V any](m map[key]V) []key {
	keys := make([]key, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.word, b.word), cmp.Compare(a.tag, b.tag))
	})
	return keys
}

// Read reads a model written by Write. A truncated or corrupt model is an
// error saying so.
func Read(r io.Reader) (*Model, error) {
	mr, err := modelio.NewReader(r, magic)
	if err != nil {
		return nil, fmt.Errorf("lemma model: %w", err)
	}
	// The file's keys ascend, by kind first: each word's entries are
	// added in the order Lemma tries them (see fromMaps).
	m := &Model{words: map[string][]lexEntry{}, suffixes: map[string][]suffixRule{}}
	seen := map[string]string{} // one copy of each string
	str := func(what string) string { return mr.Interned(seen, what) }
	n := int(mr.Uvarint(1<<24, "lexicon size"))
	for i := 0; i < n && mr.Err() == nil; i++ {
		kind := mr.Byte(numKinds, "lexicon key kind")
		word, tag := str("lexicon word"), str("lexicon tag")
		m.words[word] = append(m.words[word], lexEntry{kind, tag, str("lemma")})
	}
	n = int(mr.Uvarint(1<<24, "rule count"))
	for i := 0; i < n && mr.Err() == nil; i++ {
		suf, tag := str("rule suffix"), str("rule tag")
		keep := mr.Uvarint(1, "rule case flag") == 1
		strip := int(mr.Uvarint(modelio.MaxString, "rule strip count"))
		m.suffixes[suf] = append(m.suffixes[suf], suffixRule{tag, rule{keep: keep, strip: strip, add: str("rule text")}})
	}
	if err := mr.End(); err != nil {
		return nil, fmt.Errorf("lemma model: %w", err)
	}
	m.verbs, m.list = verbLemmas(m.words), builtinVerbs()
	return m, nil
}
