package parser

import (
	"math/rand"
	"testing"
)

// TestTableLookUp: every feature of a table is found with its weights and
// no other key is, whatever the keys' spread (runs past the last home
// slot into the overflow, keys at both ends of the range), the rows given
// in any order.
func TestTableLookUp(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{1, 2, 7, 100, 5000} {
		want := map[uint64]int32{}
		var rows []row
		add := func(k uint64) {
			if _, ok := want[k]; ok || k == 0 {
				return
			}
			w := int32(rng.Intn(2000) + 1)
			want[k] = w
			rows = append(rows, row{key: k, cls: []uint16{3}, w: []float32{float32(w)}})
		}
		for len(rows) < n {
			switch rng.Intn(4) {
			case 0: // crowded at the top of the range
				add(^uint64(0) - uint64(rng.Intn(4*n)))
			case 1: // crowded at the bottom
				add(1 + uint64(rng.Intn(4*n)))
			default:
				add(rng.Uint64())
			}
		}
		tb := build(rows, 1) // the weights as they are
		var m memo
		scores := make([]int32, maxClasses)
		probe := func(k uint64) int32 {
			clear(scores)
			tb.score([]uint64{k}, scores, &m, partsAll)
			return scores[3]
		}
		for k, w := range want {
			if got := probe(k); got != w {
				t.Fatalf("n=%d: key %#x: weight %d, want %d", n, k, got, w)
			}
		}
		for range 20000 {
			k := rng.Uint64()
			if rng.Intn(2) == 0 {
				k = ^uint64(0) - uint64(rng.Intn(8*n))
			}
			if _, ok := want[k]; ok || k == 0 {
				continue
			}
			if got := probe(k); got != 0 {
				t.Fatalf("n=%d: absent key %#x scored %d", n, k, got)
			}
		}
		if got := (&Model{w: tb}).Features(); got != n {
			t.Fatalf("n=%d: %d features in the table", n, got)
		}
	}
}
