package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/tone"
)

// A labelling verb with an object and a name the tone lexicon rates
// negative criticizes (111); a name rated zero or above, or no name, is
// no such event.
func TestLabelling(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text    string
		counted bool
	}{
		{"The Kenyan minister called the Ugandan president a liar and a coward.", true},
		{"Kenyan officials labelled the Ugandan plan a disaster.", true},
		// a quoted name the parser hangs on the object
		{"Officials in Kenya called his remarks \"utter nonsense\" on Monday.", true},
		{"The Kenyan president called the Ugandan leader a great friend.", false},
		// a pejorative noun the tone lexicon does not rate
		{"The Kenyan minister called the Ugandan president a despot and a warmonger.", true},
		{"The Kenyan president called the Ugandan envoy on Monday.", false},
		{"The Kenyan president called the Ugandan plan a first step.", false},
		// other verbs that name their object: "consider", "deem", "brand"
		{"The Kenyan president considered the Ugandan army a menace to the region.", true},
		{"Kenyan officials branded the Ugandan envoy a liar.", true},
		{"The Kenyan president considered the Ugandan offer a good start.", false},
	} {
		found := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Code == "111" && Counted(&e) {
				found = true
			}
		}
		if found != c.counted {
			t.Errorf("%q: a counted 111: %v, want %v", c.text, found, c.counted)
		}
	}
}

// TestPejoratives: the pejorative nouns are words the tone lexicon does
// not rate (a rated word needs no entry).
func TestPejoratives(t *testing.T) {
	lx, err := tone.Default()
	if err != nil {
		t.Fatal(err)
	}
	for w := range pejoratives {
		if s := lx.Words([]string{w}); s.Positive+s.Negative > 0 {
			t.Errorf("pejorative %q is rated by the tone lexicon (%d)", w, s.Polarity)
		}
	}
}
