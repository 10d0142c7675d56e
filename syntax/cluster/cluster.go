// Package cluster holds word clusters for the syntax models: a binary
// hierarchy of word classes learned from unlabelled text (tools/word-clusters),
// each word given the bit string of its path from the root, so that a
// prefix of the string names a coarser class (Brown et al. 1992; used as
// parser features after Koo, Carreras & Collins 2008).
//
// File format (data/clusters.tsv): tab-separated lines, # comments,
//
//	word<TAB>bits<TAB>count
//
// word is the folded form (Fold: ASCII letters lowercased, ASCII digits
// as 0), with no tab or space; bits is a string of 0 and 1 of 1 to 64
// characters; count is the word's positive count in the text the clusters
// were learned from. A word appears once; a word starting with # cannot
// be listed (its line is a comment).
package cluster

import (
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/dragoman/dragoman/internal/digest"
	"github.com/dragoman/dragoman/internal/tsv"
)

// MaxBits bounds the length of a bit string.
const MaxBits = 64

//go:embed data/clusters.tsv
var raw string

// DataDigest is a short digest of the embedded clusters.
func DataDigest() string { return digest.Strings(raw) }

// File names the embedded file in messages.
const File = "syntax/cluster/data/clusters.tsv"

// Entry is one word's cluster.
type Entry struct {
	Word  string // folded form
	Bits  string // path from the root, of 0 and 1
	Count int
}

// Fold returns the form clusters are keyed by: ASCII letters lowercased,
// ASCII digits as 0 (as the parser sees words).
func Fold(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		default:
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		b[i] = c
	}
	if b == nil {
		return s
	}
	return string(b)
}

// Read reads a clusters file; name is used in messages.
func Read(r io.Reader, name string) ([]Entry, error) {
	var out []Entry
	seen := map[string]bool{}
	err := tsv.Each(r, name, 3, func(_ int, f []string) error {
		w, bits := f[0], f[1]
		if w == "" || strings.ContainsAny(w, " \t") {
			return fmt.Errorf("word %q: empty or holds a space", w)
		}
		if Fold(w) != w {
			return fmt.Errorf("word %q is not folded (want %q)", w, Fold(w))
		}
		if seen[w] {
			return fmt.Errorf("word %q listed twice", w)
		}
		seen[w] = true
		if bits == "" || len(bits) > MaxBits || strings.Trim(bits, "01") != "" {
			return fmt.Errorf("word %q: bits %q are not 1 to %d of 0 and 1", w, bits, MaxBits)
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || n <= 0 {
			return fmt.Errorf("word %q: count %q is not a positive number", w, f[2])
		}
		out = append(out, Entry{Word: w, Bits: bits, Count: n})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

var (
	defOnce sync.Once
	defEnts []Entry
	defErr  error
)

// Default returns the embedded clusters, read once.
func Default() ([]Entry, error) {
	defOnce.Do(func() { defEnts, defErr = Read(strings.NewReader(raw), File) })
	return defEnts, defErr
}

// Code packs a bit string of 0s and 1s as 1<<len | bits, so that a
// prefix of k bits is the code shifted right by Len(code)-k.
func Code(bits string) uint64 {
	c := uint64(1)
	for i := 0; i < len(bits); i++ {
		c = c<<1 | uint64(bits[i]-'0')
	}
	return c
}

// Table maps each entry's word, through key, to its code (Code of its
// bits); entries whose bit string is empty or too long for a code are
// left out. Nil for no entries.
func Table[K comparable](es []Entry, key func(word string) K) map[K]uint64 {
	if len(es) == 0 {
		return nil
	}
	t := make(map[K]uint64, len(es))
	for _, e := range es {
		if len(e.Bits) > 0 && len(e.Bits) < 64 {
			t[key(e.Word)] = Code(e.Bits)
		}
	}
	return t
}

// Len returns the number of bits of a code made by Code (-1 for 0).
func Len(c uint64) int {
	n := -1
	for c > 0 {
		c >>= 1
		n++
	}
	return n
}

// Prefix returns the code of the first k bits of code (code itself when
// k is 0 or the code is not longer).
func Prefix(code uint64, k int) uint64 {
	if n := Len(code); k > 0 && n > k {
		code >>= uint(n - k)
	}
	return code
}
