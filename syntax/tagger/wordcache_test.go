package tagger

import (
	"math/rand"
	"slices"
	"testing"
)

// TestSplitFeatures checks that the keys of wordFeatures,
// contextFeatures and neighbourFeatures (both roles) are together those
// of extract, at every position of
// random sentences (known and unknown words, first or not), for models
// with and without clusters and a fifth suffix.
func TestSplitFeatures(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	forms := []string{"The", "cat", "U.S.", "well-known", "1,984", "a", "I", "Zürich", "NATO", "-", ""}
	for sent := 0; sent < 200; sent++ {
		n := 1 + rng.Intn(12)
		ws := make([]word, n)
		clus := sent%2 == 1 // a model with clusters
		suf5 := rng.Intn(2) == 0
		for i := range ws {
			ws[i].fill(forms[rng.Intn(len(forms))], i == 0)
			ws[i].amb, ws[i].wcap, ws[i].wleft, ws[i].wright = hashUnknown, uint64(rng.Intn(3)), uint64(rng.Intn(5)), uint64(rng.Intn(5))
			if rng.Intn(2) == 0 {
				ws[i].amb = uint64(rng.Intn(4))
			}
			if clus {
				ws[i].clus = [3]uint64{1 + uint64(rng.Intn(3)), 1 + uint64(rng.Intn(5)), 1 + uint64(rng.Intn(9))}
			}
			if suf5 && rng.Intn(3) > 0 {
				ws[i].suf5 = 1 + uint64(rng.Intn(7))
			}
		}
		for i := range ws {
			p1, p2 := rng.Intn(20)-1, rng.Intn(20)-1
			want := extract(nil, ws, i, p1, p2)
			got := contextFeatures(wordFeatures(nil, &ws[i]), ws, i, p1, p2)
			var prev, next *word
			if i > 0 {
				prev = &ws[i-1]
			}
			if i+1 < n {
				next = &ws[i+1]
			}
			got = neighbourFeatures(neighbourFeatures(got, rolePrev, prev, clus), roleNext, next, clus)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("sentence %d, word %d: %d keys split, want the %d of extract", sent, i, len(got), len(want))
			}
		}
	}
}
