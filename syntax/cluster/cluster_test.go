package cluster

import (
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	es, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(es) < 1000 {
		t.Errorf("%d words in the embedded clusters, want many more", len(es))
	}
}

func TestReadMalformed(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"fields", "the\t0101\n", "3 tab-separated fields"},
		{"bits", "the\t01x1\t5\n", "bits"},
		{"empty bits", "the\t\t5\n", "bits"},
		{"long bits", "the\t" + strings.Repeat("0", MaxBits+1) + "\t5\n", "bits"},
		{"count", "the\t0101\tzero\n", "count"},
		{"negative count", "the\t0101\t-1\n", "count"},
		{"unfolded", "The\t0101\t5\n", "not folded"},
		{"digit", "1999\t0101\t5\n", "not folded"},
		{"space", "a b\t0101\t5\n", "space"},
		{"twice", "the\t0101\t5\nthe\t0110\t3\n", "twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.in), "test.tsv")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	es, err := Read(strings.NewReader("# comment\nthe\t0101\t5\n0000\t11\t2\n"), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0] != (Entry{"the", "0101", 5}) || es[1] != (Entry{"0000", "11", 2}) {
		t.Errorf("read %+v", es)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Iran": "iran", "1,999": "0,000", "U.S.": "u.s.", "ÉTÉ": "ÉtÉ", "the": "the"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCode(t *testing.T) {
	for _, c := range []struct {
		bits string
		code uint64
		n    int
	}{
		{"", 1, 0},
		{"0", 2, 1},
		{"1", 3, 1},
		{"0110", 0b10110, 4},
	} {
		if got := Code(c.bits); got != c.code {
			t.Errorf("Code(%q) = %b, want %b", c.bits, got, c.code)
		}
		if got := Len(Code(c.bits)); got != c.n {
			t.Errorf("Len(Code(%q)) = %d, want %d", c.bits, got, c.n)
		}
	}
	if got := Prefix(Code("0110"), 2); got != Code("01") {
		t.Errorf("Prefix(0110, 2) = %b, want %b", got, Code("01"))
	}
	if got := Prefix(Code("01"), 4); got != Code("01") {
		t.Errorf("Prefix(01, 4) = %b, want %b", got, Code("01"))
	}
	if Len(0) != -1 {
		t.Errorf("Len(0) = %d, want -1", Len(0))
	}
}

// TestTable: each entry's word maps through the key to its code, and bit
// strings that make no code are left out.
func TestTable(t *testing.T) {
	es := []Entry{{Word: "peace", Bits: "0110"}, {Word: "none", Bits: ""}, {Word: "long", Bits: strings.Repeat("1", 64)}}
	got := Table(es, strings.ToUpper)
	if len(got) != 1 || got["PEACE"] != Code("0110") {
		t.Errorf("Table = %v, want only PEACE -> %d", got, Code("0110"))
	}
	if Table(nil, strings.ToUpper) != nil {
		t.Error("Table of no entries is not nil")
	}
}
