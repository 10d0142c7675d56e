package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/syntax/cluster"
)

// A tiny corpus where two sets of words share their contexts: the
// clusters are deterministic, valid, and words of one set share a class.
func TestClusterLines(t *testing.T) {
	var sents [][]string
	nouns := []string{"dog", "cat", "bird", "horse"}
	verbs := []string{"runs", "sleeps", "eats", "sings"}
	for i := range 200 {
		sents = append(sents, []string{"the", nouns[i%4], verbs[(i/4)%4], "."})
		sents = append(sents, []string{"a", nouns[(i+1)%4], "never", verbs[(i/3)%4], "."})
	}
	quiet := func(string, ...any) {}
	a := clusterLines(sents, 4, 1, 10, quiet)
	b := clusterLines(sents, 4, 1, 10, quiet)
	if !slices.Equal(a, b) {
		t.Fatal("two runs differ")
	}
	es, err := cluster.Read(strings.NewReader(strings.Join(a, "")), "test")
	if err != nil {
		t.Fatal(err)
	}
	bits := map[string]string{}
	for _, e := range es {
		bits[e.Word] = e.Bits
	}
	if len(bits) != 12 {
		t.Fatalf("%d words clustered, want 12: %v", len(bits), bits)
	}
	for _, set := range [][]string{nouns, verbs} {
		for _, w := range set[1:] {
			if bits[w] != bits[set[0]] {
				t.Errorf("%s in %s, %s in %s", w, bits[w], set[0], bits[set[0]])
			}
		}
	}
}
