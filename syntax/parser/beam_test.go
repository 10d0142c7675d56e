package parser

import (
	"bytes"
	"math/rand"
	"testing"
)

// TestBeamOneIsGreedy checks that the beam decoder with a beam of 1 makes
// the greedy parse exactly, on a model trained without a beam (with and
// without rules and clusters) and on words the model has not seen.
func TestBeamOneIsGreedy(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	words := []string{"the", "cat", "minister", "visited", "a", "city", "near", "Lyon", "quickly", "2024", "."}
	tags := []string{"DET", "NOUN", "VERB", "ADP", "PROPN", "ADV", "NUM", "PUNCT"}
	for _, opt := range []Options{
		{Epochs: 2},
		{Epochs: 2, UniqueRate: 0.001, PairExpect: 5, LeafRate: 0.05},
		{Epochs: 2, Clusters: testClusters},
	} {
		m := Train(synthetic(80, 1), nil, nil, opt, nil)
		for sent := 0; sent < 300; sent++ {
			n := 1 + rng.Intn(30)
			ws, up, xp := make([]string, n), make([]string, n), make([]string, n)
			for i := range ws {
				ws[i], up[i], xp[i] = words[rng.Intn(len(words))], tags[rng.Intn(len(tags))], tags[rng.Intn(len(tags))]
			}
			gh, gr := make([]int, n), make([]string, n)
			bh, br := make([]int, n), make([]string, n)
			m.Parse(ws, up, xp, gh, gr)
			m.beam = 1
			m.parseBeam(ws, up, xp, bh, br)
			for i := range gh {
				if gh[i] != bh[i] || gr[i] != br[i] {
					t.Fatalf("sentence %d word %d: greedy %d %s, beam of 1 %d %s", sent, i+1, gh[i], gr[i], bh[i], br[i])
				}
			}
		}
	}
}

// TestBeamLearnsSynthetic trains with a beam and checks accuracy, trees,
// the model's beam width through Write and Read, and determinism.
func TestBeamLearnsSynthetic(t *testing.T) {
	opt := Options{Epochs: 4, Beam: 4}
	m := Train(synthetic(200, 1), nil, nil, opt, nil)
	if m.Beam() != 4 {
		t.Fatalf("beam %d, want 4", m.Beam())
	}
	test := synthetic(50, 2)
	sc := parseAll(m, test)
	if sc.LAS() < 0.99 {
		t.Fatalf("synthetic held-out LAS = %.3f (UAS %.3f), want >= 0.99", sc.LAS(), sc.UAS())
	}
	rng := rand.New(rand.NewSource(3))
	words := []string{"the", "dog", "saw", "in", "big", "Paris", "."}
	for sent := 0; sent < 100; sent++ {
		n := 1 + rng.Intn(20)
		ws, up := make([]string, n), make([]string, n)
		for i := range ws {
			ws[i], up[i] = words[rng.Intn(len(words))], "X"
		}
		heads, rels := make([]int, n), make([]string, n)
		m.Parse(ws, up, up, heads, rels)
		checkTree(t, heads, rels)
	}
	m2, written := roundTrip(t, m)
	var b bytes.Buffer
	if m2.Beam() != 4 {
		t.Fatalf("beam read %d, want 4", m2.Beam())
	}
	if err := m2.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(written, b.Bytes()) {
		t.Fatal("model written after reading differs")
	}
	if x, y := parseAll(m, test), parseAll(m2, test); x != y {
		t.Fatalf("read model parses differently: %+v vs %+v", x, y)
	}
	var c bytes.Buffer
	if err := Train(synthetic(200, 1), nil, nil, opt, nil).Write(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(written, c.Bytes()) {
		t.Fatal("two beam trainings with the same options wrote different models")
	}
	// greedy decoding of the beam-trained model still gives trees
	m.SetBeam(1)
	if sc := parseAll(m, test); sc.UAS() < 0.9 {
		t.Fatalf("beam model decoded greedily: UAS %.3f", sc.UAS())
	}
}

// TestBeamWithClusters writes and reads a beam model with word clusters.
func TestBeamWithClusters(t *testing.T) {
	m := Train(synthetic(60, 1), nil, nil, Options{Epochs: 2, Beam: 2, Clusters: testClusters}, nil)
	m2, _ := roundTrip(t, m)
	if m2.Beam() != 2 || len(m2.clusters) != len(m.clusters) || len(m.clusters) == 0 {
		t.Fatalf("read beam %d and %d clusters, want 2 and %d", m2.Beam(), len(m2.clusters), len(m.clusters))
	}
}

// TestBeamSplitSums checks that the beam decoder's sums of the fixed
// templates kept per buffer front and stack level (beamBuf) give the
// parses of looking every template up, with beams of 2 to 8.
func TestBeamSplitSums(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	words := []string{"the", "cat", "minister", "visited", "a", "city", "near", "Lyon", "quickly", "2024", "."}
	tags := []string{"DET", "NOUN", "VERB", "ADP", "PROPN", "ADV", "NUM", "PUNCT"}
	for _, opt := range []Options{{Epochs: 2}, {Epochs: 2, Beam: 3, Clusters: testClusters}} {
		m := Train(synthetic(80, 1), nil, nil, opt, nil)
		for sent := 0; sent < 200; sent++ {
			m.SetBeam(2 + sent%7)
			n := 1 + rng.Intn(30)
			ws, up, xp := make([]string, n), make([]string, n), make([]string, n)
			for i := range ws {
				ws[i], up[i], xp[i] = words[rng.Intn(len(words))], tags[rng.Intn(len(tags))], tags[rng.Intn(len(tags))]
			}
			ah, ar := make([]int, n), make([]string, n)
			bh, br := make([]int, n), make([]string, n)
			m.Parse(ws, up, xp, ah, ar)
			beamSplit = false
			m.Parse(ws, up, xp, bh, br)
			beamSplit = true
			for i := range ah {
				if ah[i] != bh[i] || ar[i] != br[i] {
					t.Fatalf("sentence %d word %d: split %d %s, every template %d %s", sent, i+1, ah[i], ar[i], bh[i], br[i])
				}
			}
		}
	}
}
