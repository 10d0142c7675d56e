package cameo

import "testing"

// An intent told with its content as a clause and no one it is made to
// does not count; one made to a party, or told with an object or an
// open complement, does (reportedIntent).
func TestReportedIntent(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, root string
		counted             bool
	}{
		{"The Venezuelan president vowed that his supporters would keep marching through the capital.", "vowed", "03", false},
		{"The Venezuelan president pledged that his supporters would stay calm during the count.", "pledged", "03", false},
		{"The Venezuelan president vowed to cooperate with Colombia on border security.", "vowed to", "03", true},
		{"The Venezuelan president promised Colombia that trade would resume soon.", "promised", "03", true},
	} {
		found, counted := false, false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Trigger.Text != c.trigger || e.Root != c.root {
				continue
			}
			found = true
			counted = counted || Counted(&e)
		}
		if !found {
			t.Errorf("%q: no %s event on %q", c.text, c.root, c.trigger)
			continue
		}
		if counted != c.counted {
			t.Errorf("%q: %s on %q counted %v, want %v", c.text, c.root, c.trigger, counted, c.counted)
		}
	}
}
