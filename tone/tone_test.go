package tone

import (
	"math"
	"strings"
	"testing"
)

func TestDefaultLoads(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if lx.n < 3000 {
		t.Errorf("%d entries", lx.n)
	}
}

func TestText(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text               string
		pos, neg, polarity int
		tone               float64
	}{
		{"The talks were a great success.", 2, 0, 5, 100 * 2.0 / 6},
		{"Troops killed 12 civilians in an attack.", 0, 2, -4, -100 * 2.0 / 7},
		{"The committee met on Tuesday.", 0, 0, 0, 0},
		{"", 0, 0, 0, 0},
		{"It does not work.", 0, 1, -3, -100.0 / 4}, // a phrase counts once
	}
	for _, c := range cases {
		s := lx.Text(c.text)
		if s.Positive != c.pos || s.Negative != c.neg || s.Polarity != c.polarity || math.Abs(s.Tone-c.tone) > 1e-9 {
			t.Errorf("%q: got %+v, want +%d -%d polarity %d tone %.2f", c.text, s, c.pos, c.neg, c.polarity, c.tone)
		}
	}
}

func TestLoadRejectsMalformed(t *testing.T) {
	for _, in := range []string{
		"good",             // no score
		"good\t6",          // out of range
		"good\tx",          // not a number
		"Good\t3",          // upper case
		"very  good\t3",    // double space
		"good\t3\tmore",    // extra field
		"good\t3\ngood\t2", // twice
		"# only a comment",
	} {
		if _, err := Load(strings.NewReader(in), "test.tsv"); err == nil {
			t.Errorf("%q: loaded", in)
		} else if !strings.HasPrefix(err.Error(), "test.tsv") {
			t.Errorf("%q: error does not name the file: %v", in, err)
		}
	}
}
