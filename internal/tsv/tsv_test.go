package tsv

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestEach(t *testing.T) {
	var got []string
	err := Each(strings.NewReader("# c\n\na\tb\nc\td\n"), "f.tsv", 2, func(ln int, f []string) error {
		got = append(got, f[0]+f[1])
		return nil
	})
	if err != nil || strings.Join(got, ",") != "ab,cd" {
		t.Fatalf("%v %v", got, err)
	}
	err = Each(strings.NewReader("a\tb\nc\n"), "f.tsv", 2, func(int, []string) error { return nil })
	if err == nil || err.Error() != "f.tsv:2: want 2 tab-separated fields, got 1" {
		t.Errorf("%v", err)
	}
	err = Each(strings.NewReader("\n\nx\n"), "f.tsv", 0, func(int, []string) error { return errors.New("bad x") })
	if err == nil || err.Error() != "f.tsv:3: bad x" {
		t.Errorf("%v", err)
	}
}

func TestPattern(t *testing.T) {
	for _, tc := range []struct{ expr, err string }{
		{`\d+`, ""},
		{`(`, "pattern: error parsing regexp: missing closing ): `(`"},
		{`a*`, "pattern matches the empty string"},
	} {
		_, err := Pattern(tc.expr)
		if got := fmt.Sprint(err); (tc.err == "" && err != nil) || (tc.err != "" && got != tc.err) {
			t.Errorf("Pattern(%q) = %v, want %q", tc.expr, err, tc.err)
		}
	}
}
