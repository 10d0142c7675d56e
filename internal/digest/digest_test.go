package digest

import (
	"testing"
	"testing/fstest"
)

func TestDigests(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		same bool
	}{
		{"same parts", Strings("ab", "c"), Strings("ab", "c"), true},
		{"bytes moved between parts", Strings("ab", "c"), Strings("a", "bc"), false},
		{"one byte changed", Strings("abc"), Strings("abd"), false},
		{"bytes and strings agree", Of([]byte("x")), Strings("x"), true},
		{"file renamed", FS(fstest.MapFS{"a.tsv": {Data: []byte("x")}}), FS(fstest.MapFS{"b.tsv": {Data: []byte("x")}}), false},
		{"file content changed", FS(fstest.MapFS{"a.tsv": {Data: []byte("x")}}), FS(fstest.MapFS{"a.tsv": {Data: []byte("y")}}), false},
		{"file system order", FS(fstest.MapFS{"a": {Data: []byte("1")}, "b": {Data: []byte("2")}}), FS(fstest.MapFS{"b": {Data: []byte("2")}, "a": {Data: []byte("1")}}), true},
	}
	for _, c := range cases {
		if len(c.a) != Size {
			t.Errorf("%s: digest %q is not %d digits", c.name, c.a, Size)
		}
		if (c.a == c.b) != c.same {
			t.Errorf("%s: %s vs %s, want same=%v", c.name, c.a, c.b, c.same)
		}
	}
}
