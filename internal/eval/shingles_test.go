package eval

import (
	"math"
	"testing"
)

func TestScorePage(t *testing.T) {
	gold := "one two three four five six"
	cases := []struct {
		name, pred string
		p, r       float64
		has        bool
	}{
		{"exact", gold, 1, 1, true},
		{"empty", "", 0, 0, false},
		{"half", "one two three four", 1, 1.0 / 3, true},
		{"extra", gold + " seven", 0.75, 1, true},
	}
	for _, c := range cases {
		s := ScorePage("x", gold, c.pred)
		if math.Abs(s.Precision-c.p) > 1e-9 || math.Abs(s.Recall-c.r) > 1e-9 || s.HasPrediction != c.has {
			t.Errorf("%s: P %.3f R %.3f has %v; want %.3f %.3f %v", c.name, s.Precision, s.Recall, s.HasPrediction, c.p, c.r, c.has)
		}
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize([]PageScore{{Precision: 1, Recall: 1, HasPrediction: true, Exact: true}, {Recall: 0}})
	if s.Precision != 1 || s.Recall != 0.5 || math.Abs(s.F1-2.0/3) > 1e-9 || s.Exact != 0.5 {
		t.Errorf("%+v", s)
	}
}

func TestUnicodeWords(t *testing.T) {
	if got := len(wordRE.FindAllString("café naïve 東京 x_y", -1)); got != 4 {
		t.Errorf("got %d tokens", got)
	}
}
