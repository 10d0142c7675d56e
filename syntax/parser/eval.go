package parser

import (
	"strings"

	"github.com/dragoman/dragoman/syntax/conllu"
)

// Score counts attachment agreement the CoNLL 2018 way: every word counts,
// punctuation included, and LAS compares the universal relation without
// its subtype.
type Score struct {
	Words, Heads, Labeled, FullLabeled int
}

// UAS is the share of words with the right head.
func (s Score) UAS() float64 { return ratio(s.Heads, s.Words) }

// LAS is the share of words with the right head and universal relation.
func (s Score) LAS() float64 { return ratio(s.Labeled, s.Words) }

// FullLAS is LAS comparing the relation with its subtype.
func (s Score) FullLAS() float64 { return ratio(s.FullLabeled, s.Words) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// Add scores one sentence's predicted heads and relations against gold.
func (s *Score) Add(gold *conllu.Sentence, heads []int, rels []string) {
	for i, w := range gold.Words {
		s.Words++
		if heads[i] != w.Head {
			continue
		}
		s.Heads++
		if universal(rels[i]) == universal(w.Deprel) {
			s.Labeled++
		}
		if rels[i] == w.Deprel {
			s.FullLabeled++
		}
	}
}

// score parses sents (with the given tags, or their own when nil) and
// scores the result.
func (m *Model) score(sents []*conllu.Sentence, upos, xpos [][]string) Score {
	var sc Score
	for si, s := range sents {
		n := len(s.Words)
		u, x := make([]string, n), make([]string, n)
		for i, w := range s.Words {
			u[i], x[i] = w.UPOS, w.XPOS
		}
		if upos != nil {
			u = upos[si]
		}
		if xpos != nil {
			x = xpos[si]
		}
		heads, rels := make([]int, n), make([]string, n)
		m.Parse(s.Forms(), u, x, heads, rels)
		sc.Add(s, heads, rels)
	}
	return sc
}
