package cameo

import "testing"

// TestNounDoer checks that a conflictual act with no coded party whose
// clause names its doer by a common noun, its own subject or the one a
// conjunct shares, counts; a modal leaves the act unsaid.
func TestNounDoer(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, root string
		counted             bool
	}{
		{"Several charities condemned the new levy on imported grain.", "condemned", "11", true},
		{"Environmental groups criticised the pipeline project.", "criticised", "11", true},
		{"Environmental groups will criticise the pipeline project.", "criticise", "11", false},
		// the subject a conjunct shares is its doer too
		{"Several charities held a meeting and condemned the new levy on imported grain.", "condemned", "11", true},
	} {
		found := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			found = found || e.Trigger.Text == c.trigger && e.Root == c.root && Counted(&e)
		}
		if found != c.counted {
			t.Errorf("%q: counted root %s event on %q %v, want %v", c.text, c.root, c.trigger, found, c.counted)
		}
	}
}
