package cameo

import (
	"strings"
	"testing"
)

// A place the parse tells as where an act was ("along the quay", "near
// the harbour", "in the capital") is no target the word windows may take;
// a visit's place is its host, force used at a place targets it, and a
// place that is an act's only clue to its parties stays.
func TestWhereaboutsTarget(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, target string }{
		{"The Zorvan speaker refused to let the minister announce the plan in Lima.", "refused", ""},
		{"Chilean students marched across Peru on Friday.", "marched", "PER"},
		{"More riots erupted overnight across Peru after the match.", "riots", "PER"},
		{"The Chilean envoy will arrive in Peru on Sunday to meet the president.", "arrive", "PER"},
		{"Chilean troops shelled Peruvian positions near Tacna.", "shelled", "PER"},
	} {
		d := s.run(c.text, "2021-06-01")
		found := false
		for _, e := range d.Events {
			if !strings.HasPrefix(e.Trigger.Text, c.trigger) {
				continue
			}
			found = true
			got := ""
			if e.Target != nil && e.Target.Actor != nil {
				got = *e.Target.Actor
			}
			if got != c.target {
				t.Errorf("%q: %s has target %q, want %q", c.text, c.trigger, got, c.target)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
	}
}
