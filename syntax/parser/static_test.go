package parser

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/dragoman/dragoman/syntax/cluster"
)

// TestStaticFeatures checks the split of the templates that Parse uses
// (static.go): at every configuration of random transition sequences,
// the buffer's, the stack's, the dynamic keys and the keys of absent
// dependents are together the keys of features (with and without word
// clusters), and the buffer's and the stack's keys are those computed when
// the buffer's front or the stack's top last changed.
func TestStaticFeatures(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := []string{"The", "cat", "sat", "on", "the", "mat", "in", "2024", "well-known", "."}
	tags := []string{"DET", "NOUN", "VERB", "ADP", "PRON", "PUNCT", "NUM"}
	var m Model
	// with word clusters (a few of the words clustered) and without
	clus := clusterTable([]cluster.Entry{{Word: "the", Bits: "0110101"}, {Word: "cat", Bits: "10"}, {Word: "mat", Bits: "1011"}, {Word: "sat", Bits: "0111001110"}})
	for sent := 0; sent < 600; sent++ {
		table := clus
		if sent%2 == 0 {
			table = nil
		}
		n := 1 + rng.Intn(25)
		ws, up, xp := make([]string, n), make([]string, n), make([]string, n)
		for i := range ws {
			ws[i], up[i], xp[i] = words[rng.Intn(len(words))], tags[rng.Intn(len(tags))], tags[rng.Intn(len(tags))]
		}
		var st state
		st.init(ws, up, xp, nil, table)
		var bkeys []uint64
		bat := 0
		var levels [][]uint64 // the stack keys of each level, from its push
		for !st.terminal() {
			k := len(st.stack)
			if k > 0 && !(st.b == n+1 && k == 1) {
				if bat != st.b {
					bkeys, bat = st.bufferFeatures(nil), st.b
				}
				// the groups of absent words (as scoreConfig's stack
				// vectors leave stackNoneKeys out)
				none := st.stackNone()
				stackKeys := func() []uint64 {
					return append(st.stackFeatures(nil, none), stackNoneKeys(none)...)
				}
				if len(levels) < k {
					levels = append(levels, stackKeys())
				}
				if got := st.bufferFeatures(nil); !slices.Equal(got, bkeys) {
					t.Fatalf("sentence %d: the buffer's keys changed with its front", sent)
				}
				got := stackKeys()
				if !slices.Equal(got, levels[k-1]) {
					t.Fatalf("sentence %d: the stack's keys changed with its top", sent)
				}
				st.features()
				want := slices.Clone(st.feats[:st.nf])
				noRight, noLeft := st.r1[st.stack[k-1]] == 0, st.l1[st.b] == 0
				st.dynamicFeatures(noRight, noLeft)
				got = append(append(slices.Clone(bkeys), levels[k-1]...), st.feats[:st.nf]...)
				if noRight {
					got = append(got, noneKeys(true)...)
				}
				if noLeft {
					got = append(got, noneKeys(false)...)
				}
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("sentence %d: %d keys split, want the %d of features", sent, len(got), len(want))
				}
			}
			// a random legal transition
			var legal []int
			l := rng.Intn(8)
			switch {
			case k == 0:
				legal = []int{shift}
			case st.b == n+1:
				if k == 1 {
					legal = []int{leftOf(l)}
				} else {
					legal = []int{rightOf(l)}
				}
			default:
				legal = []int{shift, leftOf(l)}
				if k >= 2 {
					legal = append(legal, rightOf(l))
				}
			}
			c := legal[rng.Intn(len(legal))]
			m.apply(&st, c)
			levels = levels[:min(len(levels), len(st.stack))]
			if c == shift {
				levels = levels[:len(st.stack)-1]
			}
		}
	}
}
