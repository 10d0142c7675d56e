package main

import (
	"fmt"
	"testing"
)

func TestTop(t *testing.T) {
	for _, tc := range []struct {
		in   map[string]int
		want string
	}{
		{map[string]int{}, "-"},
		{map[string]int{"-": 1, "the": 5}, "the"},
		{map[string]int{"-": 5, "the": 1}, "-"},
		{map[string]int{"of": 3, "a": 3, "the": 2}, "a"},
	} {
		for range 20 { // map order must not matter
			if got := top(tc.in); got != tc.want {
				t.Fatalf("top(%v) = %q, want %q", tc.in, got, tc.want)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	got := fmt.Sprint(sentences("The U.S. didn't ask. Iran's well-known envoy!"))
	want := "[[{the true} {u.s. true} {did false} {n't false} {ask false} {. false}] [{iran true} {'s false} {well-known false} {envoy false} {! false}]]"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
