package cameo

import (
	"strings"
	"testing"
)

// A consultation noun with an "of" phrase and another party after a
// target preposition is made by its "of" phrase, also where the parser
// hangs the other party on the "of" phrase's noun; with no other party
// the "of" phrase stays where it was.
func TestGenitiveDoer(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, source, target string }{
		{"The minister expects progress during the visit of the Chilean president to Peru next week.", "visit", "CHLGOV", "PER"},
		{"The visit of the Chilean president to Peru was postponed.", "visit", "CHLGOV", "PER"},
		{"A meeting of the Chilean ministers with the Peruvian envoy ended without a deal.", "meeting", "CHLGOV", "PERGOV"},
	} {
		d := s.run(c.text, "2021-06-01")
		found := false
		for _, e := range d.Events {
			if !strings.HasPrefix(e.Trigger.Text, c.trigger) {
				continue
			}
			found = true
			src, tgt := "", ""
			if e.Source != nil && e.Source.Actor != nil {
				src = *e.Source.Actor
			}
			if e.Target != nil && e.Target.Actor != nil {
				tgt = *e.Target.Actor
			}
			if src != c.source || tgt != c.target {
				t.Errorf("%q: %s is %q -> %q, want %q -> %q", c.text, c.trigger, src, tgt, c.source, c.target)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
	}
}
