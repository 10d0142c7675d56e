package cameo

import "testing"

// TestBareNounAfterNoun: a verb form the parse reads as a noun with no word
// of its own, right after a common noun ("security forces" in a
// coordination the parse lost), names no act; the same form as a verb
// with its object stays one.
func TestBareNounAfterNoun(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		want          bool // a counted event on the trigger
	}{
		{"Twelve graves were dug after a clash between smugglers and navy security forces two days ago.", "forces", false},
		// (the verb with its object and infinitive: an expulsion, 174)
		{"Chile forces the Peruvian miners to leave the border zone.", "forces the Peruvian miners to leave", true},
	} {
		got := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			got = got || e.Trigger.Text == c.trigger && Counted(&e)
		}
		if got != c.want {
			t.Errorf("%q: counted event on %q %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}
