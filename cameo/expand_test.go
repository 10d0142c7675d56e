package cameo

import (
	"slices"
	"testing"
)

// TestExpand: coordinated actors join a list; actors whose token ranges
// overlap or stand out of order (a phrase that does not line up with the
// tokens) join none, and never make the coder fail.
func TestExpand(t *testing.T) {
	lower := []string{"chile", ",", "peru", "and", "bolivia", "met", "today"}
	list := []actor{{First: 0, Last: 0}, {First: 2, Last: 2}, {First: 4, Last: 4}}
	for _, c := range []struct {
		name   string
		actors []actor
		ks     []int
		want   []int
	}{
		{"a list ending in and", list, []int{1}, []int{0, 1, 2}},
		{"overlapping phrases", []actor{{First: 0, Last: 4}, {First: 2, Last: 2}}, []int{1}, []int{1}},
		{"out of order", []actor{{First: 4, Last: 4}, {First: 0, Last: 0}}, []int{0}, []int{0}},
	} {
		if got := expand(lower, c.actors, c.ks); !slices.Equal(got, c.want) {
			t.Errorf("%s: expand = %v, want %v", c.name, got, c.want)
		}
	}
}
