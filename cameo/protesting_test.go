package cameo

import (
	"slices"
	"testing"
)

// TestProtestingDoer checks the parse's reading of whether the doer of a
// verb is people out in protest.
func TestProtestingDoerParse(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, verb string
		want       bool
	}{
		{"Angry demonstrators smashed the windows of the bank.", "smashed", true},
		{"Thousands of protesters burned tyres on the bridge.", "burned", true},
		{"The depot was torched by a mob from the market.", "torched", true},
		{"Hundreds of gunmen burned the village.", "burned", false},
		{"Police beat the protesters.", "beat", false},
		{"Protesters and students were beaten by police.", "beaten", false},
	} {
		p, lower := sentParse(t, s, c.text)
		i := slices.Index(lower, c.verb)
		if i < 0 || p.synAt(i) < 0 {
			t.Fatalf("%q: no %q", c.text, c.verb)
		}
		g, _ := p.verbGroupAt(i)
		if got := p.protestingDoer(p.argsOf(p.synOf[i]), g.passive); got != c.want {
			t.Errorf("%q: %q done by people in protest %v, want %v", c.text, c.verb, got, c.want)
		}
	}
}
