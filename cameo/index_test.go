package cameo

import (
	"fmt"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func sp(a, b int) doc.Span { return doc.Span{Start: a, End: b} }

// TestBySentence: each item is listed under every sentence it overlaps,
// in item order, whether the sentences are in order (binary search) or not
// (scan); an item with a negative start is in none.
func TestBySentence(t *testing.T) {
	ordered := []doc.Span{sp(0, 10), sp(11, 20), sp(20, 30)}
	unordered := []doc.Span{sp(20, 30), sp(0, 10), sp(11, 20)}
	items := []doc.Span{
		sp(2, 4),   // 0: inside the first
		sp(8, 12),  // 1: across the first two
		sp(10, 11), // 2: between two sentences
		sp(20, 20), // 3: empty, at a boundary
		sp(-1, -1), // 4: the headline's
		sp(25, 40), // 5: past the last sentence's end
		sp(0, 30),  // 6: all three
	}
	for _, c := range []struct {
		sents []doc.Span
		want  string
	}{
		{ordered, "[[0 1 6] [1 3 6] [3 5 6]]"},
		{unordered, "[[3 5 6] [0 1 6] [1 3 6]]"},
		{nil, "[]"},
	} {
		got := fmt.Sprint(bySentence(c.sents, len(items), func(i int) doc.Span { return items[i] }))
		if got != c.want {
			t.Errorf("sentences %v: got %s, want %s", c.sents, got, c.want)
		}
	}
}
