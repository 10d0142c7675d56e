package parser

import (
	"math/rand"
	"testing"
)

// TestLearnConstraints: the rules learned from the synthetic treebank are
// those its trees obey (one subject and one object per verb, determiners
// and adjectives are leaves, nouns take no subject) and none that they
// break (a verb has punctuation and an oblique beside its subject).
func TestLearnConstraints(t *testing.T) {
	m := Train(synthetic(400, 1), nil, nil, Options{Epochs: 1, UniqueRate: 0.001, PairExpect: 5, LeafRate: 0.05}, nil)
	if m.cons == nil {
		t.Fatal("no rules learned")
	}
	id := map[string]int{}
	for i, l := range m.labels {
		id[l] = i
	}
	bit := func(l string) uint64 { return 1 << uint(id[l]) }
	for _, tc := range []struct {
		rel, other string
		excluded   bool
	}{
		{"nsubj", "nsubj", true},
		{"obj", "obj", true},
		{"nsubj", "det", true},
		{"det", "nsubj", true},
		{"nsubj", "obj", false},
		{"nsubj", "punct", false},
		{"obl", "nsubj", false},
		{"det", "amod", false},
	} {
		if got := m.cons.conflict[id[tc.rel]]&bit(tc.other) != 0; got != tc.excluded {
			t.Errorf("%s beside %s excluded = %v, want %v", tc.rel, tc.other, got, tc.excluded)
		}
	}
	for _, tc := range []struct {
		rel  string
		leaf bool
	}{{"det", true}, {"amod", true}, {"punct", true}, {"obj", false}, {"root", false}} {
		if got := m.cons.allowed[id[tc.rel]] != ^uint64(0); got != tc.leaf {
			t.Errorf("%s leaf = %v, want %v", tc.rel, got, tc.leaf)
		}
	}
	off := Train(synthetic(400, 1), nil, nil, Options{Epochs: 1}, nil)
	if off.cons != nil {
		t.Error("rules learned by default")
	}
}

// TestConstrainedParses: on sentences with words out of place, the parses
// break the learned rules far less often than without them (only where no
// transition keeps them all: the tiny label set of the synthetic treebank
// has such dead ends).
func TestConstrainedParses(t *testing.T) {
	m := Train(synthetic(400, 1), nil, nil, Options{Epochs: 2, UniqueRate: 0.001, PairExpect: 5, LeafRate: 0.05}, nil)
	rules := m.cons
	with := violations(m, rules)
	m.cons = nil
	without := violations(m, rules)
	m.cons = rules
	if without == 0 || with*3 > without {
		t.Errorf("sentences breaking a rule: %d with the rules, %d without", with, without)
	}
}

// violations parses 300 sentences of the synthetic grammar with two words
// given each other's forms and tags, and counts those whose parse breaks one
// of rules.
func violations(m *Model, rules *constraints) int {
	rng := rand.New(rand.NewSource(7))
	id := map[string]int{}
	for i, l := range m.labels {
		id[l] = i
	}
	bad := 0
	for _, s := range synthetic(300, 9) {
		n := len(s.Words)
		words, upos := s.Forms(), make([]string, n)
		for i, w := range s.Words {
			upos[i] = w.UPOS
		}
		i, j := rng.Intn(n), rng.Intn(n)
		words[i], words[j] = words[j], words[i]
		upos[i], upos[j] = upos[j], upos[i]
		heads, rels := make([]int, n), make([]string, n)
		m.Parse(words, upos, upos, heads, rels)
		if breaks(rules, id, heads, rels) {
			bad++
		}
	}
	return bad
}

// breaks reports whether a parse breaks one of rules.
func breaks(rules *constraints, id map[string]int, heads []int, rels []string) bool {
	kids := make([]uint64, len(heads)+1)
	for i, h := range heads {
		kids[h] |= 1 << uint(id[rels[i]])
	}
	for i, h := range heads {
		l := id[rels[i]]
		if kids[i+1]&^rules.allowed[l] != 0 {
			return true
		}
		if h == 0 {
			continue
		}
		for j, h2 := range heads {
			if j != i && h2 == h && rules.conflict[l]&(1<<uint(id[rels[j]])) != 0 {
				return true
			}
		}
	}
	return false
}
