package cameo

import "testing"

// TestFallback checks that a conflictual verb sense verbs.tsv lacks is
// coded with the production dictionary, and that the fallback adds no
// event where the built-in patterns found one.
func TestFallback(t *testing.T) {
	s := load(t)
	if s.ev.Fallback == nil {
		t.Fatal("no fallback dictionaries")
	}
	for _, c := range []struct {
		text, root string
		want       bool
	}{
		{"Chilean senators argued with Peruvian diplomats about the border.", "11", true},
		{"Chilean senators met Peruvian diplomats about the border.", "04", true},
		// a relative clause on a party tells its act in passing
		{"Chile said the plan had support from Bolivia, which has argued with Peru about the border.", "11", false},
	} {
		found := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			found = found || e.Root == c.root && e.Confidence >= MinConfidence
		}
		if found != c.want {
			t.Errorf("%q: counted root %s event %v, want %v", c.text, c.root, found, c.want)
		}
	}
}

// TestFallbackCode checks which production-dictionary events may stand in
// for the built-in patterns.
func TestFallbackCode(t *testing.T) {
	for _, c := range []struct {
		e    PetrEvent
		want bool
	}{
		{PetrEvent{Source: "CHL", Target: "PER", Code: "110"}, true},
		{PetrEvent{Source: "CHL", Target: "PER", Code: "190"}, true},
		{PetrEvent{Source: "CHL", Target: "---", Code: "110"}, false},
		{PetrEvent{Source: "---", Target: "PER", Code: "110"}, false},
		{PetrEvent{Source: "CHL", Target: "PER", Code: "010"}, false},
		{PetrEvent{Source: "CHL", Target: "PER", Code: "060"}, false},
	} {
		if got := fallbackCode(c.e); got != c.want {
			t.Errorf("%+v: %v, want %v", c.e, got, c.want)
		}
	}
}
