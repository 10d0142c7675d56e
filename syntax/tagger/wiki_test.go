package tagger

import (
	"strings"
	"testing"
)

func TestEmbeddedProfiles(t *testing.T) {
	p := wikiProfiles()
	if len(p) < 1000 {
		t.Fatalf("%d word profiles", len(p))
	}
	if the, ok := p["the"]; !ok || the.capBucket() != 1 {
		t.Errorf("the: %+v", the)
	}
}

func TestParseProfiles(t *testing.T) {
	for _, tc := range []struct{ name, in, err string }{
		{"good", "# comment\nabc\t10\t2\tthe\tof\nabd\t0\t0\t-\t-\n", ""},
		{"fields", "abc\t10\t2\tthe\n", "want 5 tab-separated fields"},
		{"uppercase", "Abc\t10\t2\tthe\tof\n", "not one lowercase word"},
		{"space", "a b\t10\t2\tthe\tof\n", "not one lowercase word"},
		{"order", "abd\t1\t0\t-\t-\nabc\t1\t0\t-\t-\n", "out of order"},
		{"repeat", "abc\t1\t0\t-\t-\nabc\t1\t0\t-\t-\n", "out of order"},
		{"caps over count", "abc\t1\t2\t-\t-\n", "want 0 <= caps <= count"},
		{"count", "abc\tx\t0\t-\t-\n", "want 0 <= caps <= count"},
		{"neighbour", "abc\t1\t0\t\t-\n", "neighbour"},
	} {
		_, err := parseProfiles(strings.NewReader(tc.in), "test.tsv")
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "test.tsv:")):
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.err)
		}
	}
}

func TestCapBucket(t *testing.T) {
	for _, tc := range []struct {
		count, caps int
		want        uint64
	}{{0, 0, 5}, {100, 0, 1}, {100, 30, 2}, {100, 60, 3}, {100, 95, 4}} {
		if got := (profile{count: tc.count, caps: tc.caps}).capBucket(); got != tc.want {
			t.Errorf("%d/%d: bucket %d, want %d", tc.caps, tc.count, got, tc.want)
		}
	}
}
